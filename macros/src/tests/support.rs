//! Helpers shared by the expander tests.

use proc_macro2::{Span, TokenStream};

/// Parses test source; panics only on a test's own malformed source.
pub(crate) fn tokens(source: &str) -> TokenStream {
    source.parse().expect("test source must tokenize")
}

/// The 0-based column where a span starts (all test sources are one line).
pub(crate) fn column(span: Span) -> usize {
    span.start().column
}
