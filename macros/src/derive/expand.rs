//! The impl of a valid input.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::ast::{Enum, Field, Input, Struct, Variant};
use super::attr::Attrs;
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
    match (&input.attrs, input.fields.as_slice()) {
        (
            Attrs {
                transparent: Some(_),
                ..
            },
            [field],
        ) => {
            bounds.add(&field.original.ty);
            let member = &field.member;
            quote!(#krate::HttpStatus::status(&self.#member))
        }
        (
            Attrs {
                code: Some(code), ..
            },
            _,
        ) => constant(krate, code),
        // `valid` rejected every other shape.
        _ => quote!(::core::unreachable!()),
    }
}

fn enum_body(input: &Enum, krate: &TokenStream, bounds: &mut Bounds) -> TokenStream {
    if input.variants.is_empty() {
        return quote!(match *self {});
    }
    let arms = input.variants.iter().map(|variant| {
        let (pattern, status) = variant_arm(variant, input.attrs.code, krate, bounds);
        quote!(#pattern => #status,)
    });
    quote! {
        match self {
            #(#arms)*
        }
    }
}

fn variant_arm(
    variant: &Variant,
    default: Option<Resolved>,
    krate: &TokenStream,
    bounds: &mut Bounds,
) -> (TokenStream, TokenStream) {
    let name = &variant.original.ident;
    if let (Some(_), [field]) = (&variant.attrs.transparent, variant.fields.as_slice()) {
        bounds.add(&field.original.ty);
        let binding = format_ident!("__http_status_field", span = Span::mixed_site());
        let member = &field.member;
        let pattern = quote!(Self::#name { #member: #binding });
        return (pattern, quote!(#krate::HttpStatus::status(#binding)));
    }
    let pattern = quote!(Self::#name { .. });
    let status = match variant.attrs.code.or(default) {
        Some(code) => constant(krate, &code),
        None => quote!(::core::unreachable!()),
    };
    (pattern, status)
}

fn constant(krate: &TokenStream, code: &Resolved) -> TokenStream {
    path::constant(krate.clone(), code.status, code.span)
}

/// `fn exposes_detail`, where the trait's default (every status but a 5xx)
/// is not the answer: an item says `expose`, or takes its field's answer
/// through `transparent`. Otherwise nothing, and the default stands.
fn struct_exposes(input: &Struct, krate: &TokenStream) -> TokenStream {
    let body = match (&input.attrs, input.fields.as_slice()) {
        (
            Attrs {
                expose: Some(_), ..
            },
            _,
        ) => quote!(true),
        (
            Attrs {
                transparent: Some(_),
                ..
            },
            [field],
        ) => {
            let member = &field.member;
            quote!(#krate::HttpStatus::exposes_detail(&self.#member))
        }
        _ => return TokenStream::new(),
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
        let name = &variant.original.ident;
        match (&variant.attrs, variant.fields.as_slice()) {
            (Attrs { expose: Some(_), .. }, _) => quote!(Self::#name { .. } => true,),
            (
                Attrs {
                    transparent: Some(_),
                    ..
                },
                [field],
            ) => {
                let binding = format_ident!("__http_status_field", span = Span::mixed_site());
                let member = &field.member;
                quote!(Self::#name { #member: #binding } => #krate::HttpStatus::exposes_detail(#binding),)
            }
            (attrs, _) => {
                // Known now: the code is a constant.
                let exposed = attrs
                    .code
                    .or(input.attrs.code)
                    .is_some_and(|code| !code.status.is_server_error());
                quote!(Self::#name { .. } => #exposed,)
            }
        }
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
    let items: Vec<(&Attrs, Option<&Field>)> = match input {
        Input::Struct(s) => vec![(&s.attrs, s.fields.first())],
        Input::Enum(e) => e
            .variants
            .iter()
            .map(|v| (&v.attrs, v.fields.first()))
            .collect(),
    };
    let default = match input {
        Input::Enum(e) => e.attrs.code,
        Input::Struct(_) => None,
    };
    let generics = &input.original().generics;
    let parts = items
        .into_iter()
        .map(|(attrs, field)| match (attrs, field) {
            (
                Attrs {
                    transparent: Some(_),
                    ..
                },
                Some(field),
            ) => {
                let ty = &field.original.ty;
                if generics::maybe_unsized(generics, ty) {
                    quote!(.union(#krate::StatusSet::OPEN))
                } else {
                    quote!(.union(<#ty as #krate::HttpStatus>::statuses()))
                }
            }
            (attrs, _) => match attrs.code.or(default) {
                Some(code) => {
                    let number = proc_macro2::Literal::u16_unsuffixed(code.status.as_u16());
                    quote!(.with(#krate::__private::registered(#number)))
                }
                None => TokenStream::new(),
            },
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
