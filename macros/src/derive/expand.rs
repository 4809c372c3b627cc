//! The impl of a valid input.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};

use super::ast::{Enum, Input, Struct, Variant};
use super::attr::Attrs;
use super::generics::Bounds;
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
    let ty = &input.original().ident;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let where_clause = bounds.where_clause(where_clause);
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        impl #impl_generics #krate::HttpStatus for #ty #ty_generics #where_clause {
            fn status(&self) -> #krate::StatusCode {
                #body
            }
        }
    }
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
