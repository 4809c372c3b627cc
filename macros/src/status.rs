//! The expander behind `status!`: `$crate 404` becomes
//! `<$crate::StatusCode>::NOT_FOUND`.
//!
//! This runs once per `status!` call, in the user's dev builds, where proc
//! macros are compiled without optimisation. So the common case, one plain
//! decimal literal, takes a fast path: one `to_string`, a digit loop, one
//! table lookup, and the output built in one go. Everything else goes to
//! `code::resolve`, which knows every error message.

use http_status_core::StatusCode;
use proc_macro2::{Literal, Span, TokenStream, TokenTree};

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
        if let Some(status) = plain_decimal(literal) {
            return Ok(path::constant([krate], status, literal.span()));
        }
    }
    let rest: Vec<TokenTree> = first.into_iter().chain(second).chain(tokens).collect();
    let code = code::resolve(&rest, code::Site::Macro)?;
    Ok(path::constant([krate], code.status, code.span))
}

/// `404` or `404u16` naming a registered code; `None` sends anything else,
/// valid or not, down the slow path.
fn plain_decimal(literal: &Literal) -> Option<StatusCode> {
    let text = literal.to_string();
    // Core's `FromStr` takes exactly three ASCII digits naming a registered code.
    text.strip_suffix("u16").unwrap_or(&text).parse().ok()
}
