//! `#[derive(HttpStatus)]`, split the way thiserror splits its derives:
//! `input` reads the tokens, `attr` parses `#[status(...)]`, `ast` is the
//! typed view of the input, `valid` checks it, `expand` writes the impl, and
//! `fallback` writes a stand-in impl after an error, so that uses of the type
//! add no more errors.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod input;
mod valid;

use proc_macro2::TokenStream;

use self::ctxt::Ctxt;
use self::input::DeriveInput;
use crate::error::Error;

/// The whole derive: the impl, or every error found plus a fallback impl.
pub fn derive(input: TokenStream) -> TokenStream {
    let input = match input::parse(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    match try_expand(&input) {
        Ok(expanded) => expanded,
        Err((error, krate)) => fallback::expand(&input, &krate, error),
    }
}

/// The impl, or all errors together with the crate path for the fallback.
fn try_expand(input: &DeriveInput) -> Result<TokenStream, (Error, TokenStream)> {
    let ctxt = Ctxt::new();
    let ast = ast::Input::from_input(&ctxt, input);
    if let Some(ast) = &ast {
        valid::check(&ctxt, ast);
    }
    let krate = ast
        .as_ref()
        .map_or_else(attr::default_crate, ast::Input::krate);
    match (ctxt.check(), ast) {
        (Ok(()), Some(ast)) => Ok(expand::impl_http_status(&ast)),
        (Err(error), _) => Err((error, krate)),
        // `from_input` returns `None` only after recording an error.
        (Ok(()), None) => Err((
            Error::new(input.ident.span(), "cannot derive `HttpStatus` here"),
            krate,
        )),
    }
}

/// The expander as a pure `Result`, for tests: `Err` holds every error.
#[cfg(test)]
pub(crate) fn expand(input: TokenStream) -> crate::error::Result<TokenStream> {
    let input = input::parse(input)?;
    try_expand(&input).map_err(|(error, _)| error)
}
