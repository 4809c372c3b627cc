//! `FromStr`: exactly three ASCII digits naming a registered code.

use core::fmt;
use core::str::FromStr;

use crate::status_code::StatusCode;
use http_status_table::UnknownStatusCode;

/// Why a string did not parse as a [`StatusCode`].
///
/// Like `ParseIntError`, it tells malformed input (`"+404"`, `" 404"`,
/// `"4040"`, `""`) from a well-formed number that is not registered (`"418"`).
///
/// 解析失败的原因：格式错误，或格式正确但未注册。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::StatusCode;
/// assert!("+404".parse::<StatusCode>().unwrap_err().is_malformed());
/// let err = "418".parse::<StatusCode>().unwrap_err();
/// assert_eq!(err.unknown().map(|e| e.code()), Some(418));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ParseStatusCodeError {
    unknown: Option<UnknownStatusCode>,
}

impl ParseStatusCodeError {
    /// Whether the input was not exactly three ASCII digits.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!("40".parse::<StatusCode>().unwrap_err().is_malformed());
    /// assert!(!"499".parse::<StatusCode>().unwrap_err().is_malformed());
    /// ```
    pub const fn is_malformed(&self) -> bool {
        self.unknown.is_none()
    }

    /// The unregistered number, when the input was well-formed.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!("499".parse::<StatusCode>().unwrap_err().unknown().map(|e| e.code()), Some(499));
    /// ```
    pub const fn unknown(&self) -> Option<UnknownStatusCode> {
        self.unknown
    }
}

impl fmt::Display for ParseStatusCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.unknown {
            Some(unknown) => unknown.fmt(f),
            None => f.write_str("invalid status code: expected exactly three ASCII digits"),
        }
    }
}

/// No `source()`: the `Display` already is the unknown number's message,
/// and an error reporter would print it twice. [`unknown`](Self::unknown)
/// gives it.
impl core::error::Error for ParseStatusCodeError {}

impl FromStr for StatusCode {
    type Err = ParseStatusCodeError;

    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// assert_eq!("404".parse(), Ok(StatusCode::NOT_FOUND));
    /// ```
    fn from_str(s: &str) -> Result<StatusCode, ParseStatusCodeError> {
        let Some(code) = http_status_table::three_digits(s) else {
            return Err(ParseStatusCodeError { unknown: None });
        };
        StatusCode::from_u16(code).map_err(|unknown| ParseStatusCodeError {
            unknown: Some(unknown),
        })
    }
}
