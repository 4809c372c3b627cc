//! The frameworks' own extractor rejections (a malformed JSON body, a path
//! segment that is not a number…) as [`HttpStatus`](crate::HttpStatus), so
//! that an error enum can wrap them with `#[status(transparent)]` and answer
//! them as problems, and OpenAPI lists their statuses.
//!
//! The status is always the framework's own; the set lists every status the
//! framework gives the type, read from its source. Their text describes the
//! client's own input, so a 4xx sends it as `detail`, cut to
//! [`MAX_DETAIL_CHARS`](crate::MAX_DETAIL_CHARS); a 5xx (a route that
//! cannot be served, which is the server's bug) keeps it back.

use crate::status_code::StatusCode;

/// `HttpStatus` for rejection types, one row each:
/// `|r: Type| status code as u16 => [CONSTANTS of the set]`, and optionally
/// `, exposes |r| bool` for a type whose 4xx text can come from the server.
macro_rules! rejections {
    ($(|$r:ident: $ty:ty| $code:expr => [$($status:ident),* $(,)?] $(, exposes $exposes:expr)?;)*) => {$(
        impl crate::http_status::HttpStatus for $ty {
            fn status(&self) -> crate::status_code::StatusCode {
                let $r = self;
                crate::interop::rejection::status($code)
            }

            $(fn exposes_detail(&self) -> bool {
                let $r = self;
                !crate::http_status::HttpStatus::status(self).is_server_error() && $exposes
            })?

            fn statuses() -> crate::status_set::StatusSet {
                crate::status_set::StatusSet::EMPTY $(.with(crate::status_code::StatusCode::$status))*
            }

            fn as_error(&self) -> Option<&dyn core::error::Error> {
                Some(self)
            }
        }
    )*};
}

pub(crate) use rejections;

/// A framework's status as ours. Every status a framework gives its
/// rejections is registered; one that is not would be its bug, a 500.
pub(crate) fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}
