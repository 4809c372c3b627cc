//! axum: `IntoResponse` for `StatusCode` and for problem bodies.
//!
//! These impls must live here, beside `StatusCode`, because of the orphan rule.

use core::fmt::Display;

use axum_core::response::{IntoResponse, Response};
use http::header::{CONTENT_TYPE, HeaderValue};

use crate::{HttpStatus, Problem, StatusCode};

/// An empty response with this status.
impl IntoResponse for StatusCode {
    fn into_response(self) -> Response {
        http::StatusCode::from(self).into_response()
    }
}

/// A response with the error's status and an RFC 9457 JSON body; a 5xx
/// whose text is withheld carries an incident id (and, with the `tracing`
/// feature, is logged with it).
impl<T: HttpStatus + Display> IntoResponse for Problem<T> {
    fn into_response(self) -> Response {
        let problem = super::respond::prepare(self);
        let status = problem.status();
        let mut response = problem.to_json().into_response();
        *response.status_mut() = status.into();
        response.headers_mut().insert(
            CONTENT_TYPE,
            HeaderValue::from_static(crate::PROBLEM_CONTENT_TYPE),
        );
        response
    }
}
