//! The expander behind `status!`: `$crate 404` becomes
//! `<$crate::StatusCode>::NOT_FOUND`.
//!
//! This runs once per `status!` call, in the user's dev builds, where proc
//! macros are compiled without optimisation. So the common case, one plain
//! decimal literal, takes a fast path: one `to_string`, a digit loop, one
//! table lookup, and the output built in one go. Everything else goes to
//! `code::resolve`, which knows every error message.

use proc_macro2::{Span, TokenStream, TokenTree};

use crate::{code, path};
use syn::{Error, Result};

/// Expands the hidden macro's input: the facade's `$crate`, then the user's tokens.
pub fn expand(input: TokenStream) -> Result<TokenStream> {
    let mut tokens = input.into_iter();
    let krate = match tokens.next() {
        Some(krate @ TokenTree::Ident(_)) => krate,
        _ => {
            return Err(Error::new(
                Span::call_site(),
                "`__status!` is the hidden half of `http_status::status!`; call `status!` instead",
            ));
        }
    };
    let first = tokens.next();
    let second = tokens.next();
    if let (Some(TokenTree::Literal(literal)), None) = (&first, &second) {
        if let Some(status) = code::Code::from_plain_literal(&literal.to_string()) {
            return Ok(path::constant([krate], status, literal.span()));
        }
    }
    let rest: Vec<TokenTree> = first.into_iter().chain(second).chain(tokens).collect();
    let code = code::resolve(&rest, code::Site::Macro)?;
    Ok(path::constant([krate], code.status, code.span))
}
