#![doc = include_str!("../README.md")]
#![no_std]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub use http_status_core::*;
/// Derives [`HttpStatus`](trait@HttpStatus) for an error enum or struct, each
/// code checked against the registry at compile time, as `status!` checks it.
///
/// - `#[status(404)]` or `#[status("Not Found")]` on a variant or a struct;
/// - `#[status(500)]` on an enum: the default for variants without their own;
/// - `#[status(transparent)]` on a variant or struct with one field: that
///   field's status (a generic field gets the `HttpStatus` bound it needs);
/// - `#[status(503, expose)]` on a 5xx variant or struct whose `Display` is
///   written for clients: [`Problem`] then sends it as `detail` (a 5xx's text
///   is withheld otherwise; see [`HttpStatus::exposes_detail`]); the 5xx
///   still carries an incident id and is logged. The derive reads
///   thiserror's `#[error(...)]` and refuses `expose` where the message
///   shows a source error or has a part it cannot read;
/// - on any status, a message is sent only where the derive can read all of
///   it: plain fields of types that are not errors (an `HttpStatus` field
///   decides for itself). A hand-written `Display`, a const, a projection
///   or a type parameter is withheld on a 4xx unless it says `expose`;
///   `#[status(409, withhold)]` keeps a 4xx's message on the server;
/// - `#[detail("name {0} is taken")]` on a variant or struct: the text a
///   client reads as `detail`, where it is not the `Display` the log keeps
///   (see [`HttpStatus::write_detail`]); one string whose placeholders name
///   the item's fields, read by the same allowlist (an error where it could
///   never be sent, and on a 5xx it needs `expose`);
/// - `#[status(401, www_authenticate = "Bearer realm=\"api\"")]`: the
///   challenge a 401 sends as `WWW-Authenticate` (RFC 9110 §11.6.1; with an
///   integration word a 401 without one is an error); `#[www_authenticate]`
///   on a field of a 401: this response's challenge (OAuth's
///   `Bearer error="invalid_token"`, RFC 6750 §3, or a realm from config),
///   checked as a header value at run time, where an invalid one is logged
///   and the item's literal challenge goes out instead;
/// - `#[status(403, type = "https://example.com/probs/out-of-credit")]`:
///   the problem `type` (a URI reference, checked), on an item or, for the
///   variants that use its default code, the enum;
/// - `#[problem]` or `#[problem(rename = "name")]` on a field: an extension
///   member of the problem; `#[header("retry-after")]` on a field: a header
///   of the response (see [`HeaderField`]);
/// - `#[status(crate = path)]` on the type, when http-status is renamed;
/// - `#[status(axum)]`, `#[status(actix)]`, `#[status(poem)]`,
///   `#[status(salvo)]` on the type: the framework's error response with a
///   [`Problem`] body (axum's `IntoResponse`, actix-web's `ResponseError`,
///   poem's `ResponseError`, salvo's `Writer`), behind the features
///   `axum08`, `actix4`, `poem3`, `salvo1`;
/// - `#[status(utoipa)]`, `#[status(aide)]` on the type:
///   `utoipa::IntoResponses` or `aide::OperationOutput`, behind `utoipa5`
///   and `aide015`. Every word is opt-in per type, so a feature never adds
///   an impl to a type that did not ask; a word without its feature is an
///   error that names the feature.
///
/// It also writes [`HttpStatus::statuses`]: every status the type can
/// answer, which is what the OpenAPI integrations document.
///
/// Items written by `macro_rules!` macros are read like any other, with
/// attributes forwarded as `$(#[$m:meta])*`. A `#[status(...)]` is never
/// ignored: on a field, where it means nothing, it is an error.
///
/// ```
/// use http_status::{HttpStatus, StatusCode};
///
/// #[derive(HttpStatus)]
/// #[status(500)]
/// enum AppError {
///     #[status(404)]
///     Missing,
///     #[status(transparent)]
///     Upstream(StatusCode),
///     Other,
/// }
///
/// assert_eq!(AppError::Missing.status().as_u16(), 404);
/// assert_eq!(AppError::Upstream(StatusCode::BAD_GATEWAY).status().as_u16(), 502);
/// assert_eq!(AppError::Other.status().as_u16(), 500);
/// ```
pub use http_status_macros::HttpStatus;

/// The hidden half of [`status!`]; not public API. It sits at the crate root
/// because every path segment costs each `status!` call compile time.
#[doc(hidden)]
pub use http_status_macros::__status;

/// A registered status code, checked at compile time: `status!(404)` is
/// [`StatusCode::NOT_FOUND`], and `status!(418)` does not compile.
///
/// 编译期检查的状态码：`status!(404)` 即 `StatusCode::NOT_FOUND`。
///
/// It accepts one code, written as
/// - a decimal integer literal, unsuffixed or `u16`: `status!(404)`;
/// - a reason phrase, current or former, in any ASCII case:
///   `status!("Not Found")`, `status!("Request Entity Too Large")` (413).
///
/// It expands to the path of the associated constant, so it costs nothing at
/// run time and works wherever a constant does. In an IDE, hovering the
/// literal shows the constant's documentation.
///
/// ```
/// use http_status::{status, StatusCode};
///
/// const MISSING: StatusCode = status!(404);
/// static LIMITED: StatusCode = status!("Too Many Requests");
///
/// fn retryable(status: StatusCode) -> bool {
///     match status {
///         status!(429) | status!(503) => true,
///         _ => false,
///     }
/// }
///
/// assert_eq!(MISSING, StatusCode::NOT_FOUND);
/// assert!(retryable(LIMITED));
/// assert!(!retryable(status!(404u16)));
/// ```
///
/// Unregistered codes are compile errors that explain themselves:
///
/// ```compile_fail
/// let teapot = http_status::status!(418);
/// // error: 418 is reserved and unused (RFC 9110 §15.5.19): it is the "I'm a teapot" joke ...
/// ```
///
/// Deprecated codes (305, 510) compile with a deprecation warning on the literal.
#[macro_export]
macro_rules! status {
    // One token, the common case, is tried first and skips the repetition matcher.
    ($code:tt) => {
        $crate::__status!($crate $code)
    };
    () => {
        ::core::compile_error!(
            "`status!` needs a status code\nhelp: write a code such as `status!(404)` or a phrase such as `status!(\"Not Found\")`"
        )
    };
    ($($code:tt)*) => {
        $crate::__status!($crate $($code)*)
    };
}

// The derive's opt-in integrations (`#[status(axum)]`, …) call hooks that
// core defines beside each integration, re-exported here with the rest of
// core: see core's `interop` module.
