//! After an error, a stand-in impl: uses of the type then compile against it,
//! so the user sees only the real errors (thiserror's `fallback.rs`).

use proc_macro2::TokenStream;
use quote::quote;

use super::input::DeriveInput;
use crate::error::Error;

pub(crate) fn expand(input: &DeriveInput, krate: &TokenStream, error: Error) -> TokenStream {
    let ty = &input.ident;
    let impl_generics = input.generics.impl_generics();
    let ty_generics = input.generics.type_generics();
    let where_clause = input.generics.where_clause(&[]);
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
