//! Unit tests of the pure expanders, on `proc_macro2` streams.

mod status;
mod support;
