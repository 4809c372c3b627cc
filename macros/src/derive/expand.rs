//! The impl of a valid input.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{format_ident, quote};

use super::ast::{Enum, Field, Input, Struct, Variant};
use super::attr::Attrs;
use super::input::Generics;
use crate::code::Resolved;
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
    let impl_generics = generics.impl_generics();
    let ty_generics = generics.type_generics();
    let where_clause = generics.where_clause(&bounds.predicates);
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
        bounds.add(field);
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
        let params: Vec<String> = self.generics.type_param_names().collect();
        if mentions(ty.clone(), &params) {
            let krate = self.krate;
            self.predicates.push(quote!(#ty: #krate::HttpStatus));
        }
    }
}

/// Whether any identifier in `tokens`, however deep, is one of `names`.
fn mentions(tokens: TokenStream, names: &[String]) -> bool {
    !names.is_empty()
        && tokens.into_iter().any(|token| match token {
            TokenTree::Ident(ident) => names.iter().any(|name| ident == name),
            TokenTree::Group(group) => mentions(group.stream(), names),
            _ => false,
        })
}
