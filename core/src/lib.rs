//! The catalog behind [`http-status`](https://docs.rs/http-status): every
//! permanent code of the IANA HTTP Status Code Registry, as a two-byte
//! [`StatusCode`] that can hold nothing else.
//!
//! `http-status` 的状态码目录：IANA HTTP 状态码注册表中的全部永久状态码。
//!
//! Most users depend on `http-status`, which re-exports all of this and adds
//! the `status!` macro and `#[derive(HttpStatus)]`.
//!
//! ```
//! use http_status_core::{Class, Language, StatusCode};
//!
//! let status = StatusCode::NOT_FOUND;
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.reason_in(Language::Chinese), "未找到");
//! assert_eq!(status.class(), Class::ClientError);
//! assert_eq!(status.spec().url(), "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
//! ```
//!
//! # Features
//! - `alloc` (default): `HttpStatus` for `Box`, `Rc` and `Arc`, and [`Problem`] JSON bodies.
//! - `http`: conversions to and from `http::StatusCode` 1.x (axum, hyper, reqwest).
//! - `http02`: the same for `http` 0.2 (actix-web 4).
//! - `serde`: serializes as the integer; deserializing validates.
//! - `serde_json`: [`Extension::serialize`], problem extension members from any `Serialize` value.
//! - `std`: [`IncidentId`], the id of each withheld 5xx (implies `alloc`).
//! - `tracing`: the integrations log each incident (a withheld 5xx, a failed `Display`, a 1xx) once, at `error` level, with its id and `source()` chain and, after [`log_client_errors`], each 4xx at the level the app picks (implies `std`).
//! - `axum08`: axum 0.8 `IntoResponse` for `StatusCode` and for `Problem` (RFC 9457 bodies; implies `std`).
//! - `actix4`: actix-web 4 `ResponseError` for `Problem`, handlers for its extractor configs, and the language middleware (implies `std`; Rust 1.89).
//! - `poem3`: poem 3 `From<Problem>` for `poem::Error`, the language middleware and `Rejection` (implies `std`).
//! - `salvo1`: salvo 1 `Writer` for `Problem`, which negotiates the language (implies `std`; Rust 1.95).
//! - `utoipa5`: utoipa 5 `IntoResponses` and schemas for `Problem` and the derive's `#[status(utoipa)]`.
//! - `aide015`: aide 0.15 `OperationOutput` for `Problem` and the derive's `#[status(aide)]`.
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod catalog;
mod civil;
mod fmt;
mod http_status;
#[cfg(feature = "std")]
mod incident;
pub(crate) mod interop;
mod negotiate;
#[cfg(feature = "std")]
mod panic;
mod parse;
mod parts;
mod phrase;
mod probe;
#[cfg(feature = "alloc")]
mod problem;
mod status_code;
mod status_set;

pub use crate::http_status::HttpStatus;
#[cfg(feature = "std")]
pub use crate::incident::IncidentId;
#[cfg(feature = "framework")]
pub use crate::interop::Problems;
/// actix-web 4: ready error handlers for its extractor configs, the
/// language middleware, the middleware that makes every error response a
/// problem, and the response of a problem.
#[cfg(feature = "actix4")]
pub use crate::interop::actix;
/// aide 0.15: the problem schema component and the responses of a status set.
#[cfg(feature = "aide015")]
pub use crate::interop::aide;
/// axum 0.8: the layer that makes every error response a problem, and the
/// services of the layers.
#[cfg(feature = "axum08")]
pub use crate::interop::axum;
#[cfg(feature = "tracing")]
pub use crate::interop::client_errors::log_client_errors;
/// poem 3: the `poem::Error` of a problem, the middleware that makes every
/// error response a problem, a method router that answers 405 with `Allow`,
/// the language middleware's endpoint, and [`Rejection`](poem::Rejection)
/// for its extractors' errors.
#[cfg(feature = "poem3")]
pub use crate::interop::poem;
/// salvo 1: the writer of a problem, which negotiates the language itself,
/// and the service whose every error response is a problem.
#[cfg(feature = "salvo1")]
pub use crate::interop::salvo;
/// utoipa 5: the problem schema and shared components, and the responses
/// of a status set.
#[cfg(feature = "utoipa5")]
pub use crate::interop::utoipa;
pub use crate::negotiate::NegotiateLanguage;
#[cfg(feature = "std")]
pub use crate::panic::{panic_hook, take_panic_id};
pub use crate::parse::ParseStatusCodeError;
pub use crate::parts::{HeaderField, HeaderText, ProblemParts};
#[cfg(feature = "alloc")]
pub use crate::problem::{
    Extension, ExtensionNameError, MAX_DETAIL_CHARS, PROBLEM_CONTENT_TYPE, Problem,
};
pub use crate::status_code::StatusCode;
pub use crate::status_set::StatusSet;
#[doc(inline)]
pub use http_status_table::{
    Act, Class, FirstDefined, HeaderRule, Help, Language, OtherUse, Party, Requirement, Reserved,
    ResponseRule, ResponseRuleIn, RuleIn, Seen, SpecRef, Temporary, UnknownStatusCode, Unofficial,
    WhereSeen,
};

/// What the derive's generated code and the facade's hooks name; not public API.
#[doc(hidden)]
pub mod __private_0_1 {
    #[cfg(feature = "alloc")]
    pub use alloc::vec::Vec;

    /// A registered code by number, for generated code that must not name a
    /// deprecated constant; the derive passes only codes it has checked.
    pub const fn registered(code: u16) -> crate::StatusCode {
        crate::StatusCode::from_catalog(code)
    }

    /// `(year, month, day)` of a day after the Unix epoch, for the lookup
    /// tool's date.
    pub const fn civil_date(days: u64) -> (u64, u64, u64) {
        crate::civil::civil(days)
    }

    /// Messages of `UnknownStatusCode`'s kind for what only the macros see:
    /// a number wider than any integer type, and an unofficial phrase.
    pub use http_status_table::{PhraseUses, WideNumber};

    /// `HttpStatus::as_error` for a derived type: `Some(self)` when the
    /// type is an `Error`, found by autoref at the type's
    /// concrete use, with no bound on the impl.
    pub struct Probe<'a, T: ?Sized>(pub &'a T);

    impl<T: ?Sized> Clone for Probe<'_, T> {
        fn clone(&self) -> Self {
            *self
        }
    }

    impl<T: ?Sized> Copy for Probe<'_, T> {}

    /// Picked first, for `&Probe`: the type is an `Error`.
    pub trait ViaError<'a> {
        fn probe(self) -> Option<&'a dyn core::error::Error>;
    }

    impl<'a, T: core::error::Error + 'a> ViaError<'a> for &Probe<'a, T> {
        fn probe(self) -> Option<&'a dyn core::error::Error> {
            Some(self.0)
        }
    }

    /// Picked otherwise, through the reference: nothing beyond `Display`.
    pub trait ViaNothing<'a> {
        fn probe(self) -> Option<&'a dyn core::error::Error>;
    }

    impl<'a, T: ?Sized> ViaNothing<'a> for Probe<'a, T> {
        fn probe(self) -> Option<&'a dyn core::error::Error> {
            None
        }
    }

    /// The derive's compile-time probes of what a message shows and what a
    /// member or header carries.
    pub use crate::probe::*;

    /// A `#[problem]` field's value as JSON, found by autoref at the
    /// field's type: a value that converts into `Extension` (`&&Member`),
    /// else, with `serde_json`, any `Serialize` value (`&Member`), else a
    /// compile error that says so (`Member`).
    pub struct Member<'a, T: ?Sized>(pub &'a T);

    /// A member's JSON, or nothing (a value serde could not write), which
    /// the collector drops.
    #[cfg(feature = "alloc")]
    pub struct Json(pub Option<crate::Extension>);

    #[cfg(feature = "alloc")]
    impl core::fmt::Display for Json {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            match &self.0 {
                Some(json) => f.write_str(json.as_json()),
                None => Ok(()),
            }
        }
    }

    /// What a `#[problem]` field's value becomes; `T` is the field's type,
    /// which the error names.
    #[diagnostic::on_unimplemented(
        message = "`#[problem]` cannot write this field's type, `{T}`, as JSON",
        label = "this field's type",
        note = "use a number, a string, a bool, or an `Option` or `Vec` of them (anything that converts into `http_status::Extension`); with the `serde_json` feature, any `Serialize` value, such as a `HashMap` of them or a struct that derives `Serialize`"
    )]
    pub trait JsonMember<T: ?Sized>: core::fmt::Display {}

    #[cfg(feature = "alloc")]
    impl<T: ?Sized> JsonMember<T> for Json {}

    /// The value of a field that cannot be a member.
    pub struct NotJson<T: ?Sized>(core::marker::PhantomData<T>);

    #[cfg(feature = "alloc")]
    pub trait MemberInto {
        fn json(self) -> Json;
    }

    #[cfg(feature = "alloc")]
    impl<T: Clone + Into<crate::Extension>> MemberInto for &&Member<'_, T> {
        fn json(self) -> Json {
            Json(Some(self.0.clone().into()))
        }
    }

    #[cfg(feature = "serde_json")]
    pub trait MemberSerde {
        fn json(self) -> Json;
    }

    #[cfg(feature = "serde_json")]
    impl<T: serde::Serialize + ?Sized> MemberSerde for &Member<'_, T> {
        fn json(self) -> Json {
            Json(crate::Extension::serialize(self.0).ok())
        }
    }

    pub trait MemberNone<T: ?Sized> {
        fn json(self) -> NotJson<T>;
    }

    impl<T: ?Sized> MemberNone<T> for Member<'_, T> {
        fn json(self) -> NotJson<T> {
            NotJson(core::marker::PhantomData)
        }
    }

    /// The JSON of a `#[problem]` field (`field`, whose type the error
    /// names), checked to be one.
    pub fn member<'a, T: ?Sized, M: JsonMember<T>>(
        _field: &T,
        json: &'a M,
    ) -> &'a dyn core::fmt::Display {
        json
    }

    /// For `#[header]` fields.
    pub use crate::parts::HeaderText;

    /// The rules the derive checks names by, the same that the response
    /// path checks hand-written impls by.
    pub use http_status_table::names::{
        RESPONSE_OWNED, STANDARD_MEMBERS, is_member_name, is_token,
    };

    /// The traits the derive's member probe needs in scope; empty where a
    /// feature is off.
    pub mod member_probe {
        #[cfg(feature = "alloc")]
        pub use super::MemberInto;
        pub use super::MemberNone;
        #[cfg(feature = "serde_json")]
        pub use super::MemberSerde;
    }

    /// The integrations' modules (each with what its hook names), and
    /// their table, which the derive reads.
    pub use crate::interop::*;
}
