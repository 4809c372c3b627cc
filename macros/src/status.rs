//! The expander behind `status!`: `$crate 404` becomes
//! `$crate::StatusCode::NOT_FOUND`.
//!
//! This is the hot path of every `status!` call, so it reads token trees
//! directly: no syn parse and no quote on success.

use proc_macro2::{TokenStream, TokenTree};

use crate::{code, path};

/// Expands the hidden macro's input: the facade's `$crate`, then the user's tokens.
pub fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let mut tokens = input.into_iter();
    let krate = match tokens.next() {
        Some(krate @ TokenTree::Ident(_)) => krate,
        _ => {
            return Err(syn::Error::new(
                proc_macro2::Span::call_site(),
                "`__status!` is the hidden half of `http_status::status!`; call `status!` instead",
            ));
        }
    };
    let rest: Vec<TokenTree> = tokens.collect();
    let code = code::resolve(&rest, "`status!`")?;
    Ok(path::constant(krate.into(), code.status, code.span))
}
