//! After an error, a stand-in impl: uses of the type then compile against it,
//! so the user sees only the real errors (thiserror's `fallback.rs`).

use proc_macro2::TokenStream;
use quote::quote;
use syn::{DeriveInput, Error};

pub(crate) fn expand(input: &DeriveInput, krate: &TokenStream, error: Error) -> TokenStream {
    let ty = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
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
