//! The impl of a valid input.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{ToTokens, format_ident, quote};
use syn::{Generics, Type};

use super::ast::{Enum, Field, Input, Struct, Variant};
use super::attr::Attrs;
use crate::path;

pub(crate) fn impl_http_status(input: &Input) -> TokenStream {
    let krate = input.krate();
    let generics = &input.original().generics;
    let mut bounds = Bounds {
        generics,
        krate: &krate,
        predicates: Vec::new(),
    };
    let body = match input {
        Input::Struct(input) => struct_body(input, &krate, &mut bounds),
        Input::Enum(input) => enum_body(input, &krate, &mut bounds),
    };
    let ty = &input.original().ident;
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let existing = where_clause.into_iter().flat_map(|w| &w.predicates);
    let added = &bounds.predicates;
    let where_clause = match (where_clause, added.is_empty()) {
        (None, true) => quote!(),
        _ => quote!(where #(#existing,)* #(#added,)*),
    };
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
            bounds.add(field);
            let member = &field.member;
            quote!(#krate::HttpStatus::status(&self.#member))
        }
        (
            Attrs {
                code: Some(code), ..
            },
            _,
        ) => path::constant(krate.clone(), code.status, code.span),
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
    default: Option<crate::code::Resolved>,
    krate: &TokenStream,
    bounds: &mut Bounds,
) -> (TokenStream, TokenStream) {
    let name = &variant.original.ident;
    if let (Some(_), [field]) = (&variant.attrs.transparent, variant.fields.as_slice()) {
        bounds.add(field);
        let binding = format_ident!("__http_status_field", span = Span::mixed_site());
        let member = &field.member;
        let pattern = quote!(Self::#name { #member: #binding });
        return (pattern, quote!(#krate::HttpStatus::status(#binding)));
    }
    let pattern = quote!(Self::#name { .. });
    let status = match variant.attrs.code.or(default) {
        Some(code) => path::constant(krate.clone(), code.status, code.span),
        None => quote!(::core::unreachable!()),
    };
    (pattern, status)
}

/// The bounds that transparent fields add to the impl.
struct Bounds<'a> {
    generics: &'a Generics,
    krate: &'a TokenStream,
    predicates: Vec<TokenStream>,
}

impl Bounds<'_> {
    /// `FieldType: HttpStatus`, when the field's type mentions a type
    /// parameter. Concrete types need no bound, and one would trip `private_bounds`.
    fn add(&mut self, field: &Field) {
        let ty = &field.original.ty;
        if mentions_type_param(ty, self.generics) {
            let krate = self.krate;
            self.predicates.push(quote!(#ty: #krate::HttpStatus));
        }
    }
}

fn mentions_type_param(ty: &Type, generics: &Generics) -> bool {
    let params: Vec<String> = generics
        .type_params()
        .map(|p| p.ident.to_string())
        .collect();
    fn walk(tokens: TokenStream, params: &[String]) -> bool {
        tokens.into_iter().any(|token| match token {
            TokenTree::Ident(ident) => params.iter().any(|p| ident == p),
            TokenTree::Group(group) => walk(group.stream(), params),
            _ => false,
        })
    }
    !params.is_empty() && walk(ty.to_token_stream(), &params)
}
