//! `fn problem_type` and `fn problem_parts`: what a problem carries beyond
//! its status and text, from `type = "…"`, `#[problem]` and `#[header]`.
//! A transparent item asks its field; an item without any writes nothing,
//! and the trait's defaults stand.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::ast::{Enum, Field, Input, Source, Struct, Variant};
use super::tokens::{binding_arm, call_site_ident, call_site_member, match_some, unit_pattern};
use crate::code::Resolved;

/// Both methods for a struct.
pub(crate) fn struct_parts(input: &Struct, krate: &TokenStream) -> TokenStream {
    let (kind, parts) = match input.source() {
        Some(Source::Transparent(field)) => {
            let member = call_site_member(&field.member);
            (
                Some(quote!(#krate::HttpStatus::problem_type(&self.#member))),
                Some(quote!(#krate::HttpStatus::problem_parts(&self.#member, parts))),
            )
        }
        _ => {
            let kind = input
                .attrs
                .problem_type
                .as_ref()
                .map(|(uri, _)| quote!(::core::option::Option::Some(#uri)));
            let parts = marked(&input.fields).map(|(pattern, writes)| {
                quote! {
                    let Self { #pattern .. } = self;
                    #writes
                }
            });
            (kind, parts)
        }
    };
    methods(krate, kind, parts)
}

/// Both methods for an enum: arms only for the variants that have
/// something to say, one `_` arm for the rest.
pub(crate) fn enum_parts(input: &Enum, krate: &TokenStream) -> TokenStream {
    let mut any_type = false;
    let kind = match_some(
        input,
        |variant| {
            let arm = type_arm(input, variant, krate)?;
            any_type = true;
            Some(arm)
        },
        quote!(::core::option::Option::None),
    );
    let mut any_parts = false;
    let parts = match_some(
        input,
        |variant| {
            let arm = parts_arm(input, variant, krate)?;
            any_parts = true;
            Some(arm)
        },
        quote!({}),
    );
    methods(krate, any_type.then_some(kind), any_parts.then_some(parts))
}

fn type_arm(input: &Enum, variant: &Variant, krate: &TokenStream) -> Option<TokenStream> {
    match variant.source(input.attrs.code) {
        Some(Source::Transparent(field)) => {
            let (pattern, value) = binding_arm(
                variant,
                field,
                |binding| quote!(#krate::HttpStatus::problem_type(#binding)),
            );
            Some(quote!(#pattern => #value,))
        }
        _ => {
            let uri = variant_type(input, variant)?;
            let pattern = unit_pattern(variant);
            Some(quote!(#pattern => ::core::option::Option::Some(#uri),))
        }
    }
}

/// A variant's own `type`, else the enum's, which goes with the enum's
/// default code (as its challenge does).
fn variant_type<'i>(input: &'i Enum, variant: &'i Variant) -> Option<&'i syn::LitStr> {
    let own = variant.attrs.problem_type.as_ref();
    let default = input
        .attrs
        .problem_type
        .as_ref()
        .filter(|_| variant.attrs.code.is_none());
    own.or(default).map(|(uri, _)| uri)
}

fn parts_arm(input: &Enum, variant: &Variant, krate: &TokenStream) -> Option<TokenStream> {
    match variant.source(input.attrs.code) {
        Some(Source::Transparent(field)) => {
            let (pattern, value) = binding_arm(
                variant,
                field,
                |binding| quote!(#krate::HttpStatus::problem_parts(#binding, parts)),
            );
            Some(quote!(#pattern => #value,))
        }
        _ => {
            let (pattern, writes) = marked(&variant.fields)?;
            let name = call_site_ident(&variant.original.ident);
            Some(quote!(Self::#name { #pattern .. } => { #writes }))
        }
    }
}

/// What the OpenAPI hooks document beyond the statuses, per item that
/// answers with its own code: `{ status = 403, type = ["…"], members
/// [("balance": u64)], headers [("retry-after": u64)] }`. A transparent item
/// adds its field's statuses only.
pub(crate) fn docs(input: &Input) -> TokenStream {
    let mut docs = TokenStream::new();
    // The field types of transparent items: their statuses' types are the
    // field's, which the derive cannot see, so the docs leave them open.
    let unsized_params = super::generics::unsized_params(&input.original().generics);
    let mut open = TokenStream::new();
    let mut transparent =
        |field: &Field| match super::generics::asked_type(&field.original.ty, &unsized_params) {
            Some(ty) => open.extend(quote!((#ty))),
            None => open.extend(quote!((*))),
        };
    let mut entry = |code: Option<Resolved>,
                     kind: Option<&syn::LitStr>,
                     challenge: bool,
                     fields: &[Field]| {
        let Some(code) = code else {
            return;
        };
        let status = proc_macro2::Literal::u16_unsuffixed(code.status.as_u16());
        let kind = kind.into_iter();
        let members = fields.iter().filter_map(|field| {
            let (name, _) = field.attrs.member.as_ref()?;
            let ty = &field.original.ty;
            Some(quote!((#name: #ty)))
        });
        let headers = fields.iter().filter_map(|field| {
            let (name, _) = field.attrs.header.as_ref()?;
            let ty = &field.original.ty;
            Some(quote!((#name: #ty)))
        });
        // A 401's challenge is a header the response sends: always with a
        // literal one, as its field sends it without.
        let field_challenge = fields
            .iter()
            .find(|field| field.attrs.challenge.is_some())
            .map(|field| &field.original.ty);
        let challenge = match (challenge, field_challenge) {
            (true, _) => Some(quote!(("www-authenticate": &'static str))),
            (false, Some(ty)) => Some(quote!(("www-authenticate": #ty))),
            (false, None) => None,
        };
        docs.extend(quote! {
            { status = #status, type = [#(#kind)*], members [#(#members)*], headers [#(#headers)* #challenge] }
        });
    };
    match input {
        Input::Struct(input) => match input.source() {
            Some(Source::Code(code)) => {
                let kind = input.attrs.problem_type.as_ref().map(|(uri, _)| uri);
                let challenge = input.attrs.challenge.is_some();
                entry(Some(code), kind, challenge, &input.fields);
            }
            Some(Source::Transparent(field)) => transparent(field),
            None => {}
        },
        Input::Enum(input) => {
            for variant in &input.variants {
                if let Some(Source::Transparent(field)) = variant.source(input.attrs.code) {
                    transparent(field);
                }
                if let Some(Source::Code(code)) = variant.source(input.attrs.code) {
                    // The enum's challenge goes with its default code.
                    let challenge = variant.attrs.challenge.is_some()
                        || (variant.attrs.code.is_none() && input.attrs.challenge.is_some());
                    entry(
                        Some(code),
                        variant_type(input, variant),
                        challenge,
                        &variant.fields,
                    );
                }
            }
        }
    }
    quote!(#docs open [#open])
}

/// The bindings of the marked fields and one write per mark; `None` where
/// no field is marked.
fn marked(fields: &[Field]) -> Option<(TokenStream, TokenStream)> {
    let mut pattern = TokenStream::new();
    let mut writes = TokenStream::new();
    for (i, field) in fields.iter().enumerate() {
        if field.attrs.member.is_none()
            && field.attrs.header.is_none()
            && field.attrs.challenge.is_none()
        {
            continue;
        }
        let member = call_site_member(&field.member);
        let binding = format_ident!("__http_status_part_{}", i, span = Span::mixed_site());
        pattern.extend(quote!(#member: #binding,));
        // Sent to every client: neither the type nor any type inside it may
        // be an error. Checked at the field's type, where it is reported.
        let span = field.original.ty.span();
        let kind = field
            .ty
            .all(&field.original.ty)
            .map(|inner| {
                let ty = &inner.ty;
                match inner.object {
                    true => quote_spanned!(span=> (&&__http_status_private::Dyn::<#ty>::new()).kind()),
                    false => quote_spanned!(span=> (&&__http_status_private::Carried::<#ty>::new()).kind()),
                }
            })
            .reduce(|kind, next| quote_spanned!(span=> #kind.and(#next)));
        writes.extend(quote_spanned! {span=>
            __http_status_private::public_value(#kind);
        });
        if let Some((name, _)) = &field.attrs.member {
            // At the field's type, so that a type that is no JSON is
            // reported there.
            let json = quote_spanned! {span=>
                __http_status_private::member(#binding, &(&&__http_status_private::Member(#binding)).json())
            };
            writes.extend(quote!(parts.member(#name, #json);));
        }
        if let Some((name, _)) = &field.attrs.header {
            writes.extend(quote! {
                parts.header(#name, &__http_status_private::HeaderText(#binding));
            });
        }
        // This response's challenge: the response path checks it, and a
        // 401 sends it in place of the item's literal one.
        if field.attrs.challenge.is_some() {
            writes.extend(quote_spanned! {span=>
                parts.header("www-authenticate", &__http_status_private::HeaderText(#binding));
            });
        }
    }
    (!writes.is_empty()).then_some((pattern, writes))
}

/// The two methods, each where the item says something.
fn methods(
    krate: &TokenStream,
    kind: Option<TokenStream>,
    parts: Option<TokenStream>,
) -> TokenStream {
    let kind = kind.map(|body| {
        quote! {
            fn problem_type(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
                #body
            }
        }
    });
    let parts = parts.map(|body| {
        quote! {
            // The probes' `&&` is autoref at work, not a needless borrow.
            #[allow(clippy::needless_borrow)]
            fn problem_parts(&self, parts: &mut dyn #krate::ProblemParts) {
                #[allow(unused_imports)]
                use #krate::__private_0_1::member_probe::*;
                #[allow(unused_imports)]
                use #krate::__private_0_1::{DynOther as _, InsideError as _, InsideErrorBehind as _, InsideOther as _};
                #[allow(unused_imports)]
                use #krate::__private_0_1 as __http_status_private;
                #body
            }
        }
    });
    quote!(#kind #parts)
}
