//! The lookup tool of [`http-status`](https://docs.rs/http-status): the
//! status-code catalog in the terminal, in English and 中文. One library, so
//! that the installed binary (`cargo install http-status --features cli`),
//! the repository's `cargo run --example lookup` and the tests share it.
//!
//! - no query: the whole registry as a table;
//! - `404`: everything about one code; `418`: why it is reserved;
//! - `499`: what an unofficial number means, for whom, where it is seen, and
//!   what to send instead;
//! - `4xx`: one class;
//! - `timeout`, `超时`, `cloudflare`: a search over phrases, Chinese names,
//!   and the vendors and meanings of unofficial codes.
#![forbid(unsafe_code)]

mod args;
/// Not API: the repository's tests and the README's table read it; only
/// `main` is the crate's interface.
#[doc(hidden)]
pub mod query;

pub use crate::args::main;
