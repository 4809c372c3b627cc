//! The impl of a valid input.

use std::collections::BTreeSet;

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, quote, quote_spanned};

use super::ast::{Enum, Input, Source, Struct};
use super::disclosure;
use super::generics::{self, Bounds};
use super::tokens::{
    binding_arm, call_site_ident, call_site_member, match_some, respan, unit_pattern,
};
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
        Input::Struct(input) => disclosure::struct_exposes(input, &krate),
        Input::Enum(input) => disclosure::enum_exposes(input, &krate),
    };
    let statuses = statuses(input, &krate);
    let as_error = as_error(&krate);
    let detail = match input {
        Input::Struct(input) => super::detail::struct_detail(input),
        Input::Enum(input) => super::detail::enum_detail(input),
    };
    let challenge = match input {
        Input::Struct(input) => struct_challenge(input, &krate),
        Input::Enum(input) => enum_challenge(input, &krate),
    };
    let parts = match input {
        Input::Struct(input) => super::parts::struct_parts(input, &krate),
        Input::Enum(input) => super::parts::enum_parts(input, &krate),
    };
    let ty = call_site_ident(&input.original().ident);
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    let hooks = hooks(input, &krate, &bounds, where_clause);
    let where_clause = bounds.where_clause(where_clause);
    let lints = &input.attrs().lints;
    quote! {
        #[automatically_derived]
        #[allow(unused_qualifications)]
        #lints
        impl #impl_generics #krate::HttpStatus for #ty #ty_generics #where_clause {
            fn status(&self) -> #krate::StatusCode {
                #body
            }
            #exposes
            #statuses
            #as_error
            #detail
            #challenge
            #parts
        }

        #hooks
    }
}

/// The hooks of the words the type says, with its impl's bounds and docs.
fn hooks(
    input: &Input,
    krate: &TokenStream,
    bounds: &Bounds,
    where_clause: Option<&syn::WhereClause>,
) -> TokenStream {
    let predicates = bounds.predicates(where_clause);
    hook_calls(input, krate, &predicates, &super::parts::docs(input))
}

/// After an error, the hooks of the words the type says, with nothing to
/// document (every status open): the framework impls the words promise
/// still exist beside the stand-in `HttpStatus`, so that the handlers that
/// return the type add no error of their own (one mistake, one error).
pub(crate) fn fallback_hooks(input: &Input, krate: &TokenStream) -> TokenStream {
    let where_clause = input.original().generics.where_clause.as_ref();
    let predicates: Vec<_> = where_clause
        .map(|clause| clause.predicates.iter().collect())
        .unwrap_or_default();
    hook_calls(input, krate, &predicates, &quote!(open [(*)]))
}

/// One call of the facade's hidden `macro_rules!` per integration the type
/// opted into; core defines each hook, as an error without its feature.
fn hook_calls(
    input: &Input,
    krate: &TokenStream,
    predicates: &[impl ToTokens],
    docs: &TokenStream,
) -> TokenStream {
    let original = input.original();
    let ty = call_site_ident(&original.ident);
    let (impl_generics, ty_generics, _) = original.generics.split_for_impl();
    input
        .attrs()
        .integrations
        .iter()
        .map(|(integration, word)| {
            let hook = Ident::new(integration.hook, word.span());
            let feature = syn::LitStr::new(integration.feature, word.span());
            // The whole call at the word, so that the error a hook gives
            // without its feature points at the word, not at the derive.
            let krate = respan(krate.clone(), word.span());
            quote_spanned! {word.span()=>
                #krate::#hook! {
                    word = #word, feature = #feature,
                    impl [#impl_generics] for [#ty #ty_generics] where [#(#predicates,)*],
                    docs [#docs]
                }
            }
        })
        .collect()
}

fn struct_body(input: &Struct, krate: &TokenStream, bounds: &mut Bounds) -> TokenStream {
    match input.source() {
        Some(Source::Transparent(field)) => {
            bounds.add_field(&field.original.ty);
            let member = call_site_member(&field.member);
            quote!(#krate::HttpStatus::status(&self.#member))
        }
        Some(Source::Code(code)) => constant(krate, &code),
        // `valid` rejected every other shape.
        None => quote!(::core::unreachable!()),
    }
}

fn enum_body(input: &Enum, krate: &TokenStream, bounds: &mut Bounds) -> TokenStream {
    let unused_default = unused_default(input, krate);
    if input.variants.is_empty() {
        return quote! {
            #unused_default
            match *self {}
        };
    }
    let arms = input.variants.iter().map(|variant| {
        let (pattern, status) = match variant.source(input.attrs.code) {
            Some(Source::Transparent(field)) => {
                bounds.add_field(&field.original.ty);
                binding_arm(
                    variant,
                    field,
                    |binding| quote!(#krate::HttpStatus::status(#binding)),
                )
            }
            Some(Source::Code(code)) => (unit_pattern(variant), constant(krate, &code)),
            None => (unit_pattern(variant), quote!(::core::unreachable!())),
        };
        let lints = &variant.attrs.lints;
        quote!(#lints #pattern => #status,)
    });
    quote! {
        #unused_default
        match self {
            #(#arms)*
        }
    }
}

/// The enum's default when no variant uses it: named once, in an unnamed
/// constant, so that a deprecated default (305, 510) still warns at the
/// attribute, as it would if a variant used it.
fn unused_default(input: &Enum, krate: &TokenStream) -> TokenStream {
    let Some(default) = input.attrs.code else {
        return TokenStream::new();
    };
    let used = input
        .variants
        .iter()
        .any(|v| v.attrs.code.is_none() && v.attrs.transparent.is_none());
    if used {
        return TokenStream::new();
    }
    let constant = constant(krate, &default);
    quote!(const _: #krate::StatusCode = #constant;)
}

fn constant(krate: &TokenStream, code: &Resolved) -> TokenStream {
    path::constant(krate.clone(), code.status, code.span)
}

/// `fn challenge`, where an item names one or takes its field's; otherwise
/// the trait's default, `None`.
fn struct_challenge(input: &Struct, krate: &TokenStream) -> TokenStream {
    let body = match (&input.attrs.challenge, input.source()) {
        (Some((challenge, _)), _) => quote!(::core::option::Option::Some(#challenge)),
        (None, Some(Source::Transparent(field))) => {
            let member = call_site_member(&field.member);
            quote!(#krate::HttpStatus::challenge(&self.#member))
        }
        (None, _) => return TokenStream::new(),
    };
    quote! {
        fn challenge(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            #body
        }
    }
}

fn enum_challenge(input: &Enum, krate: &TokenStream) -> TokenStream {
    let needed = input.attrs.challenge.is_some()
        || input
            .variants
            .iter()
            .any(|v| v.attrs.challenge.is_some() || v.attrs.transparent.is_some());
    if !needed || input.variants.is_empty() {
        return TokenStream::new();
    }
    // Arms only for the variants with a challenge or a field to ask.
    let body = match_some(
        input,
        |variant| {
            let own = variant.attrs.challenge.as_ref().or_else(|| {
                // The enum's challenge goes with the enum's default code.
                match (variant.attrs.code, variant.attrs.transparent.is_some()) {
                    (None, false) => input.attrs.challenge.as_ref(),
                    _ => None,
                }
            });
            let (pattern, value) = match (own, variant.source(input.attrs.code)) {
                (Some((challenge, _)), _) => (
                    unit_pattern(variant),
                    quote!(::core::option::Option::Some(#challenge)),
                ),
                (None, Some(Source::Transparent(field))) => binding_arm(
                    variant,
                    field,
                    |binding| quote!(#krate::HttpStatus::challenge(#binding)),
                ),
                (None, _) => return None,
            };
            Some(quote!(#pattern => #value,))
        },
        quote!(::core::option::Option::None),
    );
    quote! {
        fn challenge(&self) -> ::core::option::Option<&'static ::core::primitive::str> {
            #body
        }
    }
}

/// `fn as_error`: `Some(self)` where the type is an `Error`, found at the
/// concrete type by autoref, so the impl needs no bound.
fn as_error(krate: &TokenStream) -> TokenStream {
    quote! {
        fn as_error(
            &self,
        ) -> ::core::option::Option<&dyn ::core::error::Error> {
            #[allow(unused_imports)]
            use #krate::__private_0_1::{ViaError as _, ViaNothing as _};
            (&#krate::__private_0_1::Probe(self)).probe()
        }
    }
}

/// `fn statuses`: each item's code (the enum's default only where a variant
/// uses it) and each transparent field type's own set, asked through
/// pointers (`Box<E>` asks `E`), open where the type may be unsized. Codes
/// are named by number through a hidden function, not by constant, so that
/// 305 and 510, which already warn at the attribute, neither warn twice nor
/// need an `allow` that a `#![forbid(deprecated)]` crate would reject.
///
/// None for a struct that is unsized whatever its parameters (its last
/// field is `dyn Trait`, `str` or a slice): `where Self: Sized` would be a
/// bound that never holds, which rustc rejects, and the method could not be
/// called anyway; the trait's default, open, stands.
fn statuses(input: &Input, krate: &TokenStream) -> TokenStream {
    let generics = &input.original().generics;
    let sources: Vec<Option<Source>> = match input {
        Input::Struct(s) => {
            let last = s.fields.last().map(|field| &field.original.ty);
            if last.is_some_and(|ty| generics::may_be_unsized(ty, &BTreeSet::new())) {
                return TokenStream::new();
            }
            vec![s.source()]
        }
        Input::Enum(e) => e.variants.iter().map(|v| v.source(e.attrs.code)).collect(),
    };
    let unsized_params = generics::unsized_params(generics);
    let parts = sources.into_iter().flatten().map(|source| match source {
        Source::Transparent(field) => {
            match generics::asked_type(&field.original.ty, &unsized_params) {
                Some(ty) => quote!(.union(<#ty as #krate::HttpStatus>::statuses())),
                None => quote!(.union(#krate::StatusSet::OPEN)),
            }
        }
        Source::Code(code) => {
            let number = proc_macro2::Literal::u16_unsuffixed(code.status.as_u16());
            quote!(.with(#krate::__private_0_1::registered(#number)))
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
