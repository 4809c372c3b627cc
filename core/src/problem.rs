//! RFC 9457 problem details: a JSON body for any `HttpStatus + Display` error.

use alloc::string::{String, ToString};
use core::fmt::{self, Display, Write};

use crate::HttpStatus;

/// Wraps an error so that it becomes an RFC 9457 problem response:
/// `Content-Type: application/problem+json` and a body such as
/// `{"status":404,"title":"Not Found","detail":"no note with id 7"}`.
///
/// With the `axum` feature it implements `IntoResponse`; elsewhere (actix-web,
/// hyper) [`Problem::to_json`] gives the body and [`Problem::CONTENT_TYPE`] the
/// media type. The `detail` is the error's `Display`, JSON-escaped.
///
/// 把错误包装成 RFC 9457 “问题详情” 响应。
///
/// ```
/// use http_status_core::{Problem, StatusCode};
///
/// let body = Problem(StatusCode::NOT_FOUND).to_json();
/// assert_eq!(body, r#"{"status":404,"title":"Not Found","detail":"404 Not Found"}"#);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Problem<T>(pub T);

impl<T: HttpStatus + Display> Problem<T> {
    /// The media type of a problem body.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(Problem::<StatusCode>::CONTENT_TYPE, "application/problem+json");
    /// ```
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The JSON body: `status`, `title` (the reason phrase) and `detail`.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert!(Problem(StatusCode::GONE).to_json().starts_with(r#"{"status":410,"title":"Gone""#));
    /// ```
    pub fn to_json(&self) -> String {
        let status = self.0.status();
        let mut json = String::with_capacity(64);
        json.push_str("{\"status\":");
        json.push_str(&status.as_u16().to_string());
        json.push_str(",\"title\":");
        push_json_string(&mut json, status.reason());
        json.push_str(",\"detail\":");
        push_json_string(&mut json, &self.0.to_string());
        json.push('}');
        json
    }
}

/// Appends `text` as a JSON string literal (RFC 8259 §7).
fn push_json_string(json: &mut String, text: &str) {
    json.push('"');
    for c in text.chars() {
        match c {
            '"' => json.push_str("\\\""),
            '\\' => json.push_str("\\\\"),
            '\n' => json.push_str("\\n"),
            '\r' => json.push_str("\\r"),
            '\t' => json.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                // Writing to a `String` cannot fail.
                let _ = write!(json, "\\u{:04x}", u32::from(c));
            }
            c => json.push(c),
        }
    }
    json.push('"');
}

impl<T: Display> Display for Problem<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}
