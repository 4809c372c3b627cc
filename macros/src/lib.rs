//! Proc macros of [`http-status`](https://docs.rs/http-status). Depend on
//! `http-status` and use them from there: it forwards `$crate`, so the
//! expansions resolve however the dependency is named.
#![forbid(unsafe_code)]

extern crate proc_macro;

mod code;
mod derive;
mod path;
mod status;

use proc_macro::TokenStream;

/// The hidden half of `http_status::status!`, which passes it `$crate`
/// followed by the user's tokens.
#[doc(hidden)]
#[proc_macro]
pub fn __status(input: TokenStream) -> TokenStream {
    status::expand(input.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Implements `http_status::HttpStatus`; see the docs of `http-status`.
#[proc_macro_derive(
    HttpStatus,
    attributes(status, problem, header, www_authenticate, detail)
)]
pub fn derive_http_status(input: TokenStream) -> TokenStream {
    derive::derive(input.into()).into()
}

#[cfg(test)]
mod tests;
