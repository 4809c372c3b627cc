//! Unit tests of the pure expanders, on `proc_macro2` streams.

mod derive;
mod message;
mod status;
pub(crate) mod support;
