//! Collects every error of one derive, so they are reported together
//! (serde_derive's `Ctxt`).

use std::cell::{Cell, RefCell};
use std::fmt::Display;
use std::thread;

use quote::ToTokens;
use syn::Error;

/// Built only by [`Ctxt::new`] (no `Default`, which could build a context
/// that drops what it is given), and consumed by [`Ctxt::check`], so no error
/// can be recorded after the check: the borrow checker refuses it.
/// Dropping a `Ctxt` without checking it is a bug in this crate, caught by
/// `Drop`: its errors would be lost, and a wrong impl could compile.
pub(crate) struct Ctxt {
    errors: RefCell<Vec<Error>>,
    /// Set by `check`, which takes the errors.
    checked: Cell<bool>,
}

impl Ctxt {
    pub(crate) fn new() -> Ctxt {
        Ctxt {
            errors: RefCell::new(Vec::new()),
            checked: Cell::new(false),
        }
    }

    /// Records an error whose caret covers `tokens`.
    pub(crate) fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.error(Error::new_spanned(tokens.into_token_stream(), message));
    }

    pub(crate) fn error(&self, error: Error) {
        self.errors.borrow_mut().push(error);
    }

    /// All errors recorded, combined into one.
    pub(crate) fn check(self) -> Result<(), Error> {
        self.checked.set(true);
        let mut errors = self.errors.take().into_iter();
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
        if !thread::panicking() && !self.checked.get() {
            panic!("http-status-macros: a derive forgot to check its errors");
        }
    }
}

#[cfg(test)]
mod tests {
    // Full paths, no `use`: the runtime benchmarks include this file too.

    #[test]
    fn every_recorded_error_comes_back_from_check() {
        let ctxt = super::Ctxt::new();
        assert!(super::Ctxt::new().check().is_ok());
        ctxt.error(syn::Error::new(proc_macro2::Span::call_site(), "first"));
        ctxt.error(syn::Error::new(proc_macro2::Span::call_site(), "second"));
        let messages: Vec<String> = ctxt
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| e.to_string())
            .collect();
        assert_eq!(messages, ["first", "second"]);
    }

    #[test]
    #[should_panic(expected = "forgot to check")]
    fn an_unchecked_context_is_loud() {
        let ctxt = super::Ctxt::new();
        ctxt.error(syn::Error::new(proc_macro2::Span::call_site(), "lost"));
    }
}
