//! The data of [`http-status`](https://docs.rs/http-status): the IANA HTTP
//! status code table, the reserved, temporary and unofficial codes, the
//! messages about numbers that are not registered, and the integrations'
//! words.
//!
//! `http-status` 的数据：IANA 状态码表、保留码、临时注册码、非官方码与说明。
//!
//! Users depend on `http-status`, which re-exports the public types here
//! (`Class`, `Language`, `Reserved`, `Unofficial`, `UnknownStatusCode`, …).
//! This crate exists so that the proc macro and the library share one build
//! of the data: it has no features and no dependencies, so cargo compiles
//! it once, for the macro and for the app, whatever features the app turns
//! on. `StatusCode` itself lives in `http-status-core`, beside the
//! conversions that its features add.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod catalog;
mod class;
mod entry;
mod integration;
mod language;
#[doc(hidden)]
pub mod names;
mod reserved;
mod suggest;
mod temporary;
mod unknown;
mod unofficial;

pub use crate::class::Class;
pub use crate::entry::{
    Act, FirstDefined, HeaderRule, OtherUse, Party, Requirement, ResponseRule, ResponseRuleIn,
    RuleIn, SpecRef,
};
pub use crate::language::Language;
pub use crate::reserved::Reserved;
pub use crate::suggest::Help;
pub use crate::temporary::Temporary;
pub use crate::unknown::UnknownStatusCode;
pub use crate::unofficial::{Seen, Unofficial, WhereSeen};

// What core and the macros read: the rows and their lookups, not an API.
// `COUNT` changes whenever IANA registers a code; `registered` is for
// const tables, where its panic fails the build.
#[doc(hidden)]
pub use crate::catalog::{
    CODES, COUNT, ENTRIES, FIRST, SPAN, closest_reason, entry_of, entry_of_reason, registered,
    row_of, three_digits,
};
#[doc(hidden)]
pub use crate::entry::Entry;
#[doc(hidden)]
pub use crate::integration::{INTEGRATIONS, Integration, integration};
#[doc(hidden)]
pub use crate::language::Texts;
#[doc(hidden)]
pub use crate::reserved::Unused;
#[doc(hidden)]
pub use crate::unknown::{PhraseUses, WideNumber};
