//! The impl of a valid input.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::ast::{Enum, Field, Input, Source, Struct, Variant};
use super::generics::{self, Bounds};
use crate::code::Resolved;
use crate::path;

pub(crate) fn impl_http_status(input: &Input) -> TokenStream {
    let krate = input.krate();
    let generics = &input.original().generics;
    let mut bounds = Bounds::new(generics, &krate);
    let body = match input {
        Input::Struct(input) => struct_body(input, &krate, &mut bounds),
        Input::Enum(input) => enum_body(input, &krate, &mut bounds),
    };
    let exposes = match input {
        Input::Struct(input) => struct_exposes(input, &krate),
        Input::Enum(input) => enum_exposes(input, &krate),
    };
    let statuses = statuses(input, &krate);
    let ty = &input.original().ident;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let hooks = hooks(input, &krate, &bounds, where_clause);
    let where_clause = bounds.where_clause(where_clause);
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl #impl_generics #krate::HttpStatus for #ty #ty_generics #where_clause {
            fn status(&self) -> #krate::StatusCode {
                #body
            }
            #exposes
            #statuses
        }

        #hooks
    }
}

/// One call of the facade's hidden `macro_rules!` per integration the type
/// opted into; the facade defines each hook only under its feature.
fn hooks(
    input: &Input,
    krate: &TokenStream,
    bounds: &Bounds,
    where_clause: Option<&syn::WhereClause>,
) -> TokenStream {
    let original = input.original();
    let ty = &original.ident;
    let (impl_generics, ty_generics, _) = original.generics.split_for_impl();
    let predicates = bounds.predicates(where_clause);
    input
        .attrs()
        .integrations
        .iter()
        .map(|(integration, word)| {
            let hook = Ident::new(integration.hook(), word.span());
            quote! {
                #krate::#hook! {
                    impl [#impl_generics] for [#ty #ty_generics] where [#(#predicates,)*]
                }
            }
        })
        .collect()
}

fn struct_body(input: &Struct, krate: &TokenStream, bounds: &mut Bounds) -> TokenStream {
    match input.source() {
        Some(Source::Transparent(field)) => {
            bounds.add(&field.original.ty);
            let member = &field.member;
            quote!(#krate::HttpStatus::status(&self.#member))
        }
        Some(Source::Code(code)) => constant(krate, &code),
        // `valid` rejected every other shape.
        None => quote!(::core::unreachable!()),
    }
}

fn enum_body(input: &Enum, krate: &TokenStream, bounds: &mut Bounds) -> TokenStream {
    if input.variants.is_empty() {
        return quote!(match *self {});
    }
    let arms = input.variants.iter().map(|variant| {
        let (pattern, status) = match variant.source(input.attrs.code) {
            Some(Source::Transparent(field)) => {
                bounds.add(&field.original.ty);
                binding_arm(
                    variant,
                    field,
                    |binding| quote!(#krate::HttpStatus::status(#binding)),
                )
            }
            Some(Source::Code(code)) => (unit_pattern(variant), constant(krate, &code)),
            None => (unit_pattern(variant), quote!(::core::unreachable!())),
        };
        quote!(#pattern => #status,)
    });
    quote! {
        match self {
            #(#arms)*
        }
    }
}

/// `Self::Variant { .. }`.
fn unit_pattern(variant: &Variant) -> TokenStream {
    let name = &variant.original.ident;
    quote!(Self::#name { .. })
}

/// `Self::Variant { member: binding }` and the arm's value, which reads the
/// binding (hygienic, so it can never shadow a user's name).
fn binding_arm(
    variant: &Variant,
    field: &Field,
    value: impl FnOnce(&Ident) -> TokenStream,
) -> (TokenStream, TokenStream) {
    let name = &variant.original.ident;
    let binding = format_ident!("__http_status_field", span = Span::mixed_site());
    let member = &field.member;
    (quote!(Self::#name { #member: #binding }), value(&binding))
}

fn constant(krate: &TokenStream, code: &Resolved) -> TokenStream {
    path::constant(krate.clone(), code.status, code.span)
}

/// `fn exposes_detail`, where the trait's default (every status but a 5xx)
/// is not the answer: an item says `expose`, or takes its field's answer
/// through `transparent`. Otherwise nothing, and the default stands.
fn struct_exposes(input: &Struct, krate: &TokenStream) -> TokenStream {
    let body = match (&input.attrs.expose, input.source()) {
        (Some(_), _) => quote!(true),
        (None, Some(Source::Transparent(field))) => {
            let member = &field.member;
            quote!(#krate::HttpStatus::exposes_detail(&self.#member))
        }
        (None, _) => return TokenStream::new(),
    };
    quote! {
        fn exposes_detail(&self) -> bool {
            #body
        }
    }
}

fn enum_exposes(input: &Enum, krate: &TokenStream) -> TokenStream {
    let overridden = input
        .variants
        .iter()
        .any(|v| v.attrs.expose.is_some() || v.attrs.transparent.is_some());
    if !overridden {
        return TokenStream::new();
    }
    let arms = input.variants.iter().map(|variant| {
        let (pattern, exposed) = match (&variant.attrs.expose, variant.source(input.attrs.code)) {
            (Some(_), _) => (unit_pattern(variant), quote!(true)),
            (None, Some(Source::Transparent(field))) => binding_arm(
                variant,
                field,
                |binding| quote!(#krate::HttpStatus::exposes_detail(#binding)),
            ),
            (None, source) => {
                // Known now: the code is a constant.
                let exposed =
                    matches!(source, Some(Source::Code(code)) if !code.status.is_server_error());
                (unit_pattern(variant), quote!(#exposed))
            }
        };
        quote!(#pattern => #exposed,)
    });
    quote! {
        fn exposes_detail(&self) -> bool {
            match self {
                #(#arms)*
            }
        }
    }
}

/// `fn statuses`: each item's code (the enum's default only where a variant
/// uses it) and each transparent field type's own set. Codes are named by
/// number through a hidden function, not by constant, so that 305 and 510,
/// which already warn at the attribute, neither warn twice nor need an
/// `allow` that a `#![forbid(deprecated)]` crate would reject.
fn statuses(input: &Input, krate: &TokenStream) -> TokenStream {
    let sources: Vec<Option<Source>> = match input {
        Input::Struct(s) => vec![s.source()],
        Input::Enum(e) => e.variants.iter().map(|v| v.source(e.attrs.code)).collect(),
    };
    let generics = &input.original().generics;
    let parts = sources.into_iter().flatten().map(|source| match source {
        Source::Transparent(field) => {
            let ty = &field.original.ty;
            if generics::maybe_unsized(generics, ty) {
                quote!(.union(#krate::StatusSet::OPEN))
            } else {
                quote!(.union(<#ty as #krate::HttpStatus>::statuses()))
            }
        }
        Source::Code(code) => {
            let number = proc_macro2::Literal::u16_unsuffixed(code.status.as_u16());
            quote!(.with(#krate::__private::registered(#number)))
        }
    });
    quote! {
        fn statuses() -> #krate::StatusSet
        where
            Self: ::core::marker::Sized,
        {
            #krate::StatusSet::EMPTY #(#parts)*
        }
    }
}
