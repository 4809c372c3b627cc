//! After an error, a stand-in impl: uses of the type then compile against it,
//! so the user sees only the real errors (thiserror's `fallback.rs`).

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use quote::quote;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, DeriveInput, Error, Generics, Ident, Token, Visibility};

use super::attr::{self, Attrs};
use super::ctxt::Ctxt;

pub(crate) fn expand(input: &DeriveInput, krate: &TokenStream, error: Error) -> TokenStream {
    stand_in(&input.ident, &input.generics, krate, error)
}

/// The error, then `impl … HttpStatus for Name<…> where … { unreachable }`.
fn stand_in(ident: &Ident, generics: &Generics, krate: &TokenStream, error: Error) -> TokenStream {
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
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
/// reworded for the user, and a stand-in impl from the item's head, read
/// with every block expression written `{ 0 }`.
pub(crate) fn expand_unparsed(input: TokenStream, error: &Error) -> TokenStream {
    let mut errors = reworded(error);
    let zeroed = input.into_iter().map(zeroed).collect();
    let Ok((attrs, ident, generics)) = head.parse2(zeroed) else {
        return errors.into_compile_error();
    };
    let ctxt = Ctxt::new();
    let krate = match &Attrs::parse(&ctxt, &attrs).krate {
        Some((path, _)) => path.clone(),
        None => attr::default_crate(),
    };
    if let Err(more) = ctxt.check() {
        errors.combine(more);
    }
    stand_in(&ident, &generics, &krate, errors)
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

/// What the stand-in needs of an item: its attributes (for `crate = …`),
/// name, generics and where clause; a tuple struct's fields and a body are
/// passed over unread. The where clause of a tuple struct follows its fields.
fn head(input: ParseStream) -> syn::Result<(Vec<Attribute>, Ident, Generics)> {
    let attrs = input.call(Attribute::parse_outer)?;
    input.parse::<Visibility>()?;
    let keyword = input.call(Ident::parse_any)?;
    if !["struct", "enum", "union"].iter().any(|k| keyword == k) {
        return Err(Error::new(keyword.span(), "expected an item"));
    }
    let ident: Ident = input.parse()?;
    let mut generics: Generics = input.parse()?;
    if input.peek(syn::token::Paren) {
        input.step(|cursor| match cursor.token_tree() {
            Some((_, rest)) => Ok(((), rest)),
            None => Err(cursor.error("expected fields")),
        })?;
    }
    if input.peek(Token![where]) {
        generics.where_clause = Some(input.parse()?);
    }
    input.parse::<TokenStream>()?;
    Ok((attrs, ident, generics))
}

/// `token` with each `{…}` in it, itself too, written `{ 0 }`: a block
/// expression syn reads. An item's body becomes `{ 0 }` too, which `head`
/// does not read.
fn zeroed(token: TokenTree) -> TokenTree {
    match token {
        TokenTree::Group(group) => {
            let stream = match group.delimiter() {
                Delimiter::Brace => quote!(0),
                _ => group.stream().into_iter().map(zeroed).collect(),
            };
            let mut replaced = Group::new(group.delimiter(), stream);
            replaced.set_span(group.span());
            TokenTree::Group(replaced)
        }
        token => token,
    }
}

#[cfg(test)]
mod tests {
    // Full paths, no `use`: the runtime benchmarks include this file too.

    fn stand_in_of(source: &str) -> Option<String> {
        let tokens: proc_macro2::TokenStream = source.parse().ok()?;
        let zeroed = tokens.into_iter().map(super::zeroed).collect();
        let (_, ident, generics) = syn::parse::Parser::parse2(super::head, zeroed).ok()?;
        let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
        let printed = quote::quote!(#impl_generics #ty_generics #where_clause).to_string();
        Some(format!(
            "{ident} {}",
            printed.split_whitespace().collect::<String>()
        ))
    }

    #[test]
    fn the_head_is_read_with_blocks_zeroed_and_the_fields_passed_over() {
        assert_eq!(
            stand_in_of("#[status(404)] pub(crate) struct S<'a, T: Fn(u8) -> u8 = fn(u8) -> u8, const N: usize = { let n = 3; n }>(&'a T, [u8; { let x = 1; x }]) where T: Clone;").as_deref(),
            Some("S <'a,T:Fn(u8)->u8,constN:usize><'a,T,N>whereT:Clone"),
        );
        assert_eq!(
            stand_in_of("enum E<T> where T: Tr<{ let x = 3; x }> { A { x: [u8; { let y = 1; y }] }, B = { 2 } }").as_deref(),
            Some("E <T><T>whereT:Tr<{0}>"),
        );
        assert_eq!(
            stand_in_of("pub(in crate::x) struct S<T: (Clone), U: ?Sized>(T garbage, Box<U>) where T: Tr<(u8, u16)>;").as_deref(),
            Some("S <T:(Clone),U:?Sized><T,U>whereT:Tr<(u8,u16)>"),
        );
        assert_eq!(stand_in_of("union U { a: u8 }").as_deref(), Some("U "));
        assert_eq!(stand_in_of("struct;"), None);
        assert_eq!(stand_in_of("struct struct;"), None);
        assert_eq!(stand_in_of("fn f() {}"), None);
    }
}
