//! `#[derive(HttpStatus)]`, split the way thiserror splits its derives:
//! `attr` parses `#[status(...)]`, `ast` is the typed view of the input,
//! `valid` checks it, `expand` writes the impl, and `fallback` writes a
//! stand-in impl after an error, so that uses of the type add no more errors.

mod ast;
mod attr;
mod ctxt;
mod expand;
mod fallback;
mod valid;

use proc_macro2::TokenStream;
use syn::DeriveInput;

use self::ctxt::Ctxt;

/// The whole derive: the impl, or every error found plus a fallback impl.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    match try_expand(&input) {
        Ok(expanded) => expanded,
        Err((error, krate)) => fallback::expand(&input, &krate, error),
    }
}

/// The impl, or all errors together with the crate path for the fallback.
fn try_expand(input: &DeriveInput) -> Result<TokenStream, (syn::Error, TokenStream)> {
    let ctxt = Ctxt::new();
    let ast = ast::Input::from_syn(&ctxt, input);
    if let Some(ast) = &ast {
        valid::check(&ctxt, ast);
    }
    let krate = ast
        .as_ref()
        .map_or_else(attr::default_crate, ast::Input::krate);
    match (ctxt.check(), ast) {
        (Ok(()), Some(ast)) => Ok(expand::impl_http_status(&ast)),
        (Err(error), _) => Err((error, krate)),
        // `from_syn` returns `None` only after recording an error.
        (Ok(()), None) => Err((
            syn::Error::new_spanned(&input.ident, "cannot derive `HttpStatus` here"),
            krate,
        )),
    }
}

/// The expander as a pure `syn::Result`, for tests: `Err` holds every error.
#[cfg(test)]
pub(crate) fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let input: DeriveInput = syn::parse2(input)?;
    try_expand(&input).map_err(|(error, _)| error)
}
