//! Collects every error of one derive, so they are reported together
//! (serde_derive's `Ctxt`).

use std::cell::RefCell;
use std::fmt::Display;

use quote::ToTokens;

use crate::error::Error;

#[derive(Default)]
pub(crate) struct Ctxt {
    errors: RefCell<Vec<Error>>,
}

impl Ctxt {
    pub(crate) fn new() -> Ctxt {
        Ctxt::default()
    }

    /// Records an error whose caret covers `tokens`.
    pub(crate) fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.error(Error::spanned(tokens.into_token_stream(), message));
    }

    pub(crate) fn error(&self, error: Error) {
        self.errors.borrow_mut().push(error);
    }

    /// How many errors have been recorded.
    pub(crate) fn len(&self) -> usize {
        self.errors.borrow().len()
    }

    /// All errors recorded so far, combined into one.
    pub(crate) fn check(self) -> Result<(), Error> {
        let mut errors = self.errors.into_inner().into_iter();
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            combined.combine(error);
        }
        Err(combined)
    }
}
