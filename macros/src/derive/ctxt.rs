//! Collects every error of one derive, so they are reported together
//! (serde_derive's `Ctxt`).

use std::cell::RefCell;
use std::fmt::Display;
use std::thread;

use quote::ToTokens;
use syn::Error;

/// Dropping a `Ctxt` without calling [`Ctxt::check`] is a bug in this crate:
/// its errors would be lost, and a wrong impl could compile.
#[derive(Default)]
pub(crate) struct Ctxt {
    /// `None` once the errors were taken by `check`.
    errors: RefCell<Option<Vec<Error>>>,
}

impl Ctxt {
    pub(crate) fn new() -> Ctxt {
        Ctxt {
            errors: RefCell::new(Some(Vec::new())),
        }
    }

    /// Records an error whose caret covers `tokens`.
    pub(crate) fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.error(Error::new_spanned(tokens.into_token_stream(), message));
    }

    pub(crate) fn error(&self, error: Error) {
        if let Some(errors) = self.errors.borrow_mut().as_mut() {
            errors.push(error);
        }
    }

    /// How many errors have been recorded.
    pub(crate) fn len(&self) -> usize {
        self.errors.borrow().as_ref().map_or(0, Vec::len)
    }

    /// All errors recorded so far, combined into one.
    pub(crate) fn check(self) -> Result<(), Error> {
        let errors = self.errors.borrow_mut().take().unwrap_or_default();
        let mut errors = errors.into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            combined.combine(error);
        }
        Err(combined)
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        // An internal invariant, as in serde_derive: never reached from user input.
        if !thread::panicking() && self.errors.borrow().is_some() {
            panic!("http-status-macros: a derive forgot to check its errors");
        }
    }
}
