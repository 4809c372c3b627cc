//! Small pieces of generated code that `expand`, `disclosure`, `parts` and
//! `fallback` all write: names resolved at the call site, respanned tokens,
//! match arms over an enum's variants.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};
use syn::Member;

use super::ast::{Enum, Field, Variant};

/// `tokens`, each at `span` (groups included).
pub(crate) fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            if let proc_macro2::TokenTree::Group(group) = &token {
                let mut inner =
                    proc_macro2::Group::new(group.delimiter(), respan(group.stream(), span));
                inner.set_span(span);
                token = inner.into();
            } else {
                token.set_span(span);
            }
            token
        })
        .collect()
}

/// The type's name as the impl writes it: resolved at the call site, so a
/// `#[deprecated]` type does not warn about its own derive (thiserror's
/// `call_site_ident`).
pub(crate) fn call_site_ident(ident: &Ident) -> Ident {
    let mut ident = ident.clone();
    ident.set_span(ident.span().resolved_at(Span::call_site()));
    ident
}

/// A field's name, likewise: a `#[deprecated]` field is not warned about.
pub(crate) fn call_site_member(member: &Member) -> Member {
    match member {
        Member::Named(ident) => Member::Named(call_site_ident(ident)),
        Member::Unnamed(index) => Member::Unnamed(syn::Index {
            index: index.index,
            span: index.span,
        }),
    }
}

/// `Self::Variant { .. }`.
pub(crate) fn unit_pattern(variant: &Variant) -> TokenStream {
    let name = call_site_ident(&variant.original.ident);
    quote!(Self::#name { .. })
}

/// `Self::Variant { member: binding }` and the arm's value, which reads the
/// binding (hygienic, so it can never shadow a user's name).
pub(crate) fn binding_arm(
    variant: &Variant,
    field: &Field,
    value: impl FnOnce(&Ident) -> TokenStream,
) -> (TokenStream, TokenStream) {
    let name = call_site_ident(&variant.original.ident);
    let binding = format_ident!("__http_status_field", span = Span::mixed_site());
    let member = call_site_member(&field.member);
    (quote!(Self::#name { #member: #binding }), value(&binding))
}

/// `match self` with the arms `arm` gives, and one `_ => rest` for the
/// variants it gives none: a large enum does not expand to a pattern per
/// variant for every method. No `_` arm where every variant has its own.
pub(crate) fn match_some(
    input: &Enum,
    mut arm: impl FnMut(&Variant) -> Option<TokenStream>,
    rest: TokenStream,
) -> TokenStream {
    let arms: Vec<TokenStream> = input.variants.iter().filter_map(&mut arm).collect();
    let rest = (arms.len() < input.variants.len()).then(|| quote!(_ => #rest,));
    quote! {
        match self {
            #(#arms)*
            #rest
        }
    }
}
