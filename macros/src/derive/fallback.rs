//! After an error, a stand-in impl: uses of the type then compile against it,
//! so the user sees only the real errors (thiserror's `fallback.rs`).

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::{DeriveInput, Error, Ident};

use super::attr::{self, Attrs};
use super::ctxt::Ctxt;

pub(crate) fn expand(input: &DeriveInput, krate: &TokenStream, error: Error) -> TokenStream {
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    stand_in(
        &input.ident,
        [
            impl_generics.into_token_stream(),
            ty_generics.into_token_stream(),
            where_clause.into_token_stream(),
        ],
        krate,
        error,
    )
}

/// The error, then `impl … HttpStatus for Name<…> where … { unreachable }`.
fn stand_in(
    ident: &Ident,
    [impl_generics, ty_generics, where_clause]: [TokenStream; 3],
    krate: &TokenStream,
    error: Error,
) -> TokenStream {
    let ty = super::tokens::call_site_ident(ident);
    let error = error.into_compile_error();
    quote! {
        #error

        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl #impl_generics #krate::HttpStatus for #ty #ty_generics #where_clause {
            fn status(&self) -> #krate::StatusCode {
                ::core::unreachable!()
            }
        }
    }
}

/// syn could not read the item (built without its `full` feature, it reads
/// only simple expressions in array lengths and const arguments): the error,
/// reworded for the user, and a stand-in impl from the item with those
/// expressions taken out.
pub(crate) fn expand_unparsed(input: TokenStream, error: &Error) -> TokenStream {
    let mut errors = reworded(error);
    let Ok(item) = syn::parse2::<DeriveInput>(readable(input)) else {
        return errors.into_compile_error();
    };
    let ctxt = Ctxt::new();
    let krate = match &Attrs::parse(&ctxt, &item.attrs).krate {
        Some((path, _)) => path.clone(),
        None => attr::default_crate(),
    };
    if let Err(more) = ctxt.check() {
        errors.combine(more);
    }
    expand(&item, &krate, errors)
}

fn reworded(error: &Error) -> Error {
    let message = error.to_string();
    let message = if message.starts_with("unsupported expression") {
        "`#[derive(HttpStatus)]` cannot read this expression: in an array length or a const generic argument it reads literals, paths, operators, calls, casts and blocks that hold one such expression\nhelp: move the expression into a named constant, such as `const LEN: usize = { … };`, and write `LEN` here".to_owned()
    } else {
        format!("`#[derive(HttpStatus)]` cannot read this item: {message}")
    };
    Error::new(error.span(), message)
}

/// The item as syn reads it, for the stand-in, which needs only its name,
/// generics and where clause: its body emptied (`{}`, `()`), and every
/// other `{…}`, a block expression, written `{ 0 }` (an impl drops a
/// parameter's default, and the stand-in goes out only beside an error, so
/// a bound that changes costs no one a wrong impl).
fn readable(input: TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let last = tokens.len().saturating_sub(1);
    let mut after_pub = false;
    let mut out = TokenStream::new();
    for (i, token) in tokens.into_iter().enumerate() {
        let is_pub = matches!(&token, TokenTree::Ident(ident) if ident == "pub");
        out.extend([match token {
            TokenTree::Group(group) => {
                let body = match group.delimiter() {
                    Delimiter::Brace => i == last,
                    // A tuple struct's fields; `pub(crate)` is no body.
                    Delimiter::Parenthesis => !after_pub,
                    _ => false,
                };
                if body {
                    regroup(&group, TokenStream::new())
                } else {
                    zeroed(TokenTree::Group(group))
                }
            }
            token => token,
        }]);
        after_pub = is_pub;
    }
    out
}

/// `token` with each `{…}` in it, itself too, written `{ 0 }`.
fn zeroed(token: TokenTree) -> TokenTree {
    match token {
        TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => {
            regroup(&group, quote!(0))
        }
        TokenTree::Group(group) => {
            regroup(&group, group.stream().into_iter().map(zeroed).collect())
        }
        token => token,
    }
}

fn regroup(group: &Group, stream: TokenStream) -> TokenTree {
    let mut replaced = Group::new(group.delimiter(), stream);
    replaced.set_span(group.span());
    TokenTree::Group(replaced)
}

#[cfg(test)]
mod tests {
    // Full paths, no `use`: the runtime benchmarks include this file too.

    fn stand_in_of(source: &str) -> Option<String> {
        let item = syn::parse2::<syn::DeriveInput>(super::readable(source.parse().ok()?)).ok()?;
        let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
        let printed = quote::quote!(#impl_generics #ty_generics #where_clause).to_string();
        Some(format!(
            "{} {}",
            item.ident,
            printed.split_whitespace().collect::<String>()
        ))
    }

    #[test]
    fn blocks_syn_cannot_read_are_zeroed_and_fields_kept() {
        assert_eq!(
            stand_in_of("#[status(404)] pub(crate) struct S<'a, T: Fn() -> u8 = fn() -> u8, const N: usize = { let n = 3; n }>(&'a T, [u8; { let x = 1; x }]) where T: Clone;").as_deref(),
            Some("S <'a,T:Fn()->u8,constN:usize><'a,T,N>whereT:Clone"),
        );
        assert_eq!(
            stand_in_of("enum E<T> where T: Tr<{ let x = 3; x }> { A { x: [u8; { let y = 1; y }] }, B = { 2 } }").as_deref(),
            Some("E <T><T>whereT:Tr<{0}>"),
        );
        assert_eq!(
            stand_in_of("pub(crate) struct S<T>(T garbage) where T: Copy;").as_deref(),
            Some("S <T><T>whereT:Copy"),
        );
        assert_eq!(stand_in_of("struct;"), None);
        assert_eq!(stand_in_of("struct struct;"), None);
    }
}
