//! After an error, a stand-in impl: uses of the type then compile against it,
//! so the user sees only the real errors (thiserror's `fallback.rs`).

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::{Attribute, DeriveInput, Error, Generics, Ident, WhereClause};

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
    let ty = super::expand::call_site_ident(ident);
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
/// reworded for the user, and a stand-in impl when the item's name and
/// generics can be found in the raw tokens.
pub(crate) fn expand_unparsed(input: TokenStream, error: &Error) -> TokenStream {
    let mut errors = reworded(error);
    let Some(item) = RawItem::find(input) else {
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
    stand_in(&item.ident, item.generics, &krate, errors)
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

/// What a stand-in impl needs, read from the raw tokens.
struct RawItem {
    attrs: Vec<Attribute>,
    ident: Ident,
    /// The impl's generics, the type's arguments and the where clause.
    generics: [TokenStream; 3],
}

impl RawItem {
    /// `#[…]* vis? (struct|enum|union) Name <…>? … where …? {…}|;`
    fn find(input: TokenStream) -> Option<RawItem> {
        let tokens: Vec<TokenTree> = input.into_iter().collect();
        let mut attrs = Vec::new();
        let mut at = 0;
        let keyword = loop {
            match (tokens.get(at), tokens.get(at + 1)) {
                (Some(TokenTree::Punct(pound)), Some(TokenTree::Group(group)))
                    if pound.as_char() == '#' && group.delimiter() == Delimiter::Bracket =>
                {
                    let attr: TokenStream = tokens[at..at + 2].iter().cloned().collect();
                    if let Ok(parsed) = syn::parse::Parser::parse2(Attribute::parse_outer, attr) {
                        attrs.extend(parsed);
                    }
                    at += 2;
                }
                (Some(TokenTree::Ident(ident)), _)
                    if ident == "struct" || ident == "enum" || ident == "union" =>
                {
                    break at;
                }
                (Some(_), _) => at += 1,
                (None, _) => return None,
            }
        };
        // syn's `Ident` refuses keywords: `struct struct` is no name.
        let ident: Ident = syn::parse2(tokens.get(keyword + 1)?.clone().into()).ok()?;
        let rest = &tokens[keyword + 2..];
        let params_len = generics_len(rest)?;
        let params = &rest[..params_len];
        let generics = if params.is_empty() {
            [TokenStream::new(), TokenStream::new()]
        } else {
            match syn::parse2::<Generics>(params.iter().cloned().collect()) {
                Ok(generics) => {
                    let (impl_generics, ty_generics, _) = generics.split_for_impl();
                    [
                        impl_generics.into_token_stream(),
                        ty_generics.into_token_stream(),
                    ]
                }
                // What syn cannot read is passed on as written, for rustc,
                // when it is only its expressions that syn cannot read.
                Err(_) if readable_but_blocks::<Generics>(params) => raw_generics(params)?,
                Err(_) => return None,
            }
        };
        let where_clause = where_clause(&rest[params_len..]);
        if !where_clause.is_empty()
            && syn::parse2::<WhereClause>(where_clause.clone()).is_err()
            && !readable_but_blocks::<WhereClause>(
                &where_clause.clone().into_iter().collect::<Vec<_>>(),
            )
        {
            return None;
        }
        let [impl_generics, ty_generics] = generics;
        let generics = [impl_generics, ty_generics, where_clause];
        Some(RawItem {
            attrs,
            ident,
            generics,
        })
    }
}

/// The length of `<…>` at the start of `tokens`, 0 when there is none;
/// `None` when it never closes. `->` inside (`F: Fn() -> u8`) is no `>`.
fn generics_len(tokens: &[TokenTree]) -> Option<usize> {
    if !matches!(tokens.first(), Some(TokenTree::Punct(p)) if p.as_char() == '<') {
        return Some(0);
    }
    let mut depth = 0usize;
    let mut after_minus = false;
    for (i, token) in tokens.iter().enumerate() {
        if let TokenTree::Punct(punct) = token {
            match punct.as_char() {
                '<' => depth += 1,
                '>' if !after_minus => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                _ => {}
            }
            after_minus = punct.as_char() == '-' && punct.spacing() == Spacing::Joint;
        } else {
            after_minus = false;
        }
    }
    None
}

/// The item's `where` clause as written, before its body (`{…}`) or its
/// `;`; empty when there is none.
fn where_clause(tokens: &[TokenTree]) -> TokenStream {
    let Some(start) = tokens
        .iter()
        .position(|t| matches!(t, TokenTree::Ident(i) if i == "where"))
    else {
        return TokenStream::new();
    };
    tokens[start..]
        .iter()
        .take_while(|t| match t {
            TokenTree::Group(group) => group.delimiter() != Delimiter::Brace,
            TokenTree::Punct(punct) => punct.as_char() != ';',
            _ => true,
        })
        .cloned()
        .collect()
}

/// Whether syn reads `tokens` as a `T` once each `{…}` in them is `{ 0 }`:
/// then only their block expressions were beyond syn, and rustc, which
/// reads those, gets them as written.
fn readable_but_blocks<T: syn::parse::Parse>(tokens: &[TokenTree]) -> bool {
    fn replace(tokens: impl IntoIterator<Item = TokenTree>) -> TokenStream {
        tokens
            .into_iter()
            .map(|token| match token {
                TokenTree::Group(group) => {
                    let stream = if group.delimiter() == Delimiter::Brace {
                        quote!(0)
                    } else {
                        replace(group.stream())
                    };
                    let mut replaced = proc_macro2::Group::new(group.delimiter(), stream);
                    replaced.set_span(group.span());
                    TokenTree::Group(replaced)
                }
                token => token,
            })
            .collect()
    }
    syn::parse2::<T>(replace(tokens.iter().cloned())).is_ok()
}

/// `<…>` as written, split into the impl's parameters (defaults removed)
/// and the type's arguments (the names); `None` when a name is not found.
fn raw_generics(params: &[TokenTree]) -> Option<[TokenStream; 2]> {
    let inner = params.get(1..params.len().checked_sub(1)?)?;
    let mut impl_params = Vec::new();
    let mut names = Vec::new();
    for param in split_top_level(inner, ',') {
        let declared = split_top_level(param, '=').into_iter().next()?;
        let name: TokenStream = match declared {
            [] => continue,
            [TokenTree::Punct(quote), TokenTree::Ident(_), ..] if quote.as_char() == '\'' => {
                declared[..2].iter().cloned().collect()
            }
            [TokenTree::Ident(keyword), TokenTree::Ident(name), ..] if keyword == "const" => {
                TokenTree::Ident(name.clone()).into()
            }
            [TokenTree::Ident(name), ..] => TokenTree::Ident(name.clone()).into(),
            _ => return None,
        };
        impl_params.push(declared.iter().cloned().collect::<TokenStream>());
        names.push(name);
    }
    Some([quote!(<#(#impl_params),*>), quote!(<#(#names),*>)])
}

/// `tokens` split at each `separator` outside `<…>` (`->` is no `>`).
fn split_top_level(tokens: &[TokenTree], separator: char) -> Vec<&[TokenTree]> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut after_minus = false;
    for (i, token) in tokens.iter().enumerate() {
        if let TokenTree::Punct(punct) = token {
            match punct.as_char() {
                '<' => depth += 1,
                '>' if !after_minus => depth = depth.saturating_sub(1),
                c if c == separator && depth == 0 => {
                    parts.push(&tokens[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
            after_minus = punct.as_char() == '-' && punct.spacing() == Spacing::Joint;
        } else {
            after_minus = false;
        }
    }
    parts.push(&tokens[start..]);
    parts
}

#[cfg(test)]
mod tests {
    // Full paths, no `use`: the runtime benchmarks include this file too.

    fn tokens(source: &str) -> proc_macro2::TokenStream {
        source.parse().expect("test source must tokenize")
    }

    /// Printed without spaces: tests compare tokens, not spacing.
    fn squashed(tokens: impl ToString) -> String {
        tokens.to_string().split_whitespace().collect()
    }

    fn found(source: &str) -> Option<(String, [String; 3])> {
        let item = super::RawItem::find(tokens(source))?;
        Some((item.ident.to_string(), item.generics.map(squashed)))
    }

    fn printed(source: &str) -> String {
        squashed(tokens(source))
    }

    #[test]
    fn the_name_generics_and_where_clause_are_found_in_raw_tokens() {
        let (name, [impl_generics, ty_generics, where_clause]) = found(
            "#[status(404)] pub(crate) struct S<'a, T: Fn() -> u8 = fn() -> u8, const N: usize = 3>(&'a T) where T: Clone;",
        )
        .unwrap();
        assert_eq!(name, "S");
        let expected: syn::Generics = syn::parse_quote!(<'a, T: Fn() -> u8, const N: usize>);
        assert_eq!(impl_generics, squashed(quote::quote!(#expected)));
        assert_eq!(ty_generics, printed("<'a, T, N>"));
        assert_eq!(where_clause, printed("where T: Clone"));
        let (name, [_, ty_generics, where_clause]) =
            found("enum E<T> where T: Copy { A([u8; { 1 }]) }").unwrap();
        assert_eq!((name.as_str(), ty_generics), ("E", printed("<T>")));
        assert_eq!(where_clause, printed("where T: Copy"));
        assert_eq!(found("struct;"), None);
        assert_eq!(found("struct struct;"), None);
        assert_eq!(found("struct S<T;"), None);
        // Not an item rustc would pass: no stand-in rather than a broken one.
        assert_eq!(found("struct S<T> where #[x] { }"), None);
        assert_eq!(found("struct S<T: #[x]> { }"), None);
    }

    #[test]
    fn generics_syn_cannot_read_are_passed_on_as_written() {
        let params: Vec<proc_macro2::TokenTree> =
            tokens("<'a, T: Tr<{ let x = 3; x }> = u8, const N: usize = { 3 }>")
                .into_iter()
                .collect();
        let [impl_generics, ty_generics] = super::raw_generics(&params).unwrap();
        assert_eq!(
            squashed(impl_generics),
            printed("<'a, T: Tr<{ let x = 3; x }>, const N: usize>")
        );
        assert_eq!(squashed(ty_generics), printed("<'a, T, N>"));
    }
}
