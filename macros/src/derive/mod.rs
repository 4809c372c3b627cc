//! `#[derive(HttpStatus)]`, split the way thiserror splits its derives:
//! syn reads the item, `attr` parses `#[status(...)]`, `ast` is the typed
//! view of the input (`message` reads thiserror's `#[error(...)]`), `valid`
//! checks it, `generics` adds bounds, `expand` writes the impl
//! (`disclosure` its `exposes_detail`), and `fallback` writes a stand-in
//! impl after an error, so that uses of the type add no more errors.

mod ast;
mod attr;
mod ctxt;
mod detail;
mod disclosure;
mod expand;
mod fallback;
mod generics;
mod message;
mod parts;
mod tokens;
mod types;
mod uri;
mod valid;

use proc_macro2::TokenStream;
use syn::{DeriveInput, Error};

use self::ctxt::Ctxt;

/// The whole derive: the impl, or every error found plus a fallback impl.
pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input.clone()) {
        Ok(input) => input,
        Err(error) => return fallback::expand_unparsed(input, &error),
    };
    match try_expand(&input) {
        Ok(expanded) => expanded,
        Err((error, krate, hooks)) => {
            let mut stand_in = fallback::expand(&input, &krate, error);
            stand_in.extend(hooks);
            stand_in
        }
    }
}

/// The impl, or all errors together with the crate path and the words'
/// hooks for the fallback.
fn try_expand(input: &DeriveInput) -> Result<TokenStream, (Error, TokenStream, TokenStream)> {
    let ctxt = Ctxt::new();
    let ast = ast::Input::from_syn(&ctxt, input);
    if let Some(ast) = &ast {
        valid::check(&ctxt, ast);
    }
    let krate = ast
        .as_ref()
        .map_or_else(attr::default_crate, ast::Input::krate);
    let hooks = ast
        .as_ref()
        .map(|ast| expand::fallback_hooks(ast, &krate))
        .unwrap_or_default();
    match (ctxt.check(), ast) {
        (Ok(()), Some(ast)) => Ok(expand::impl_http_status(&ast)),
        (Err(error), _) => Err((error, krate, hooks)),
        // `from_syn` returns `None` only after recording an error.
        (Ok(()), None) => Err((
            Error::new(input.ident.span(), "cannot derive `HttpStatus` here"),
            krate,
            hooks,
        )),
    }
}

/// The expander as a pure `Result`, for tests: `Err` holds every error.
#[cfg(test)]
pub(crate) fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let input = syn::parse2::<DeriveInput>(input)?;
    try_expand(&input).map_err(|(error, _, _)| error)
}
