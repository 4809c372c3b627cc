//! The shape of one catalog row, and the small value types its accessors return.

use core::fmt;

use crate::Class;

/// One row of the catalog. Built only by the `catalog!` table.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) code: u16,
    pub(crate) name: &'static str,
    pub(crate) reason: &'static str,
    pub(crate) reason_zh: &'static str,
    /// `"404"`, for `as_str`, which matches `http`'s.
    pub(crate) digits: &'static str,
    /// `"404 Not Found"`, so that `Display` is a single write.
    pub(crate) display: &'static str,
    pub(crate) summary: &'static str,
    pub(crate) summary_zh: &'static str,
    pub(crate) class: Class,
    pub(crate) spec: SpecRef,
    pub(crate) first_defined: u16,
    pub(crate) former: &'static [&'static str],
    pub(crate) former_zh: &'static [&'static str],
    pub(crate) deprecation: Option<&'static str>,
}

/// Where a status code is defined today: an RFC, a section and a link.
///
/// 状态码现行定义所在的 RFC 章节。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::StatusCode;
/// let spec = StatusCode::NOT_FOUND.spec();
/// assert_eq!((spec.rfc(), spec.section()), (9110, "15.5.5"));
/// assert_eq!(spec.url(), "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
/// assert_eq!(spec.to_string(), "RFC 9110 §15.5.5");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SpecRef {
    pub(crate) rfc: u16,
    pub(crate) section: &'static str,
    pub(crate) url: &'static str,
}

impl SpecRef {
    /// The RFC number, such as `9110`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::LOCKED.spec().rfc(), 4918);
    /// ```
    pub const fn rfc(self) -> u16 {
        self.rfc
    }

    /// The section within the RFC, such as `"15.5.5"`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::LOCKED.spec().section(), "11.3");
    /// ```
    pub const fn section(self) -> &'static str {
        self.section
    }

    /// A link to the section on rfc-editor.org.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::LOCKED.spec().url(), "https://www.rfc-editor.org/rfc/rfc4918#section-11.3");
    /// ```
    pub const fn url(self) -> &'static str {
        self.url
    }
}

impl fmt::Display for SpecRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RFC {} §{}", self.rfc, self.section)
    }
}

/// The RFC that first defined a status code, which is not always the one
/// that defines it now.
///
/// 最早定义该状态码的 RFC（不一定是现行定义它的 RFC）。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::StatusCode;
/// let first = StatusCode::CONFLICT.first_defined();
/// assert_eq!(first.rfc(), 2068);
/// assert_eq!(first.http_version(), Some("HTTP/1.1"));
/// assert!(first.is_http11_addition());
/// assert_eq!(first.to_string(), "RFC 2068 (HTTP/1.1)");
/// assert_eq!(StatusCode::UNPROCESSABLE_CONTENT.first_defined().to_string(), "RFC 2518");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FirstDefined {
    pub(crate) rfc: u16,
}

impl FirstDefined {
    /// The RFC number.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::OK.first_defined().rfc(), 1945);
    /// ```
    pub const fn rfc(self) -> u16 {
        self.rfc
    }

    /// `"HTTP/1.0"` for RFC 1945, `"HTTP/1.1"` for RFC 2068 and RFC 2616,
    /// `None` for the extension RFCs.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::OK.first_defined().http_version(), Some("HTTP/1.0"));
    /// assert_eq!(StatusCode::LOCKED.first_defined().http_version(), None);
    /// ```
    pub const fn http_version(self) -> Option<&'static str> {
        match self.rfc {
            1945 => Some("HTTP/1.0"),
            2068 | 2616 => Some("HTTP/1.1"),
            _ => None,
        }
    }

    /// Whether HTTP/1.1 (RFC 2068 or its revision RFC 2616) added the code.
    ///
    /// 是否为 HTTP/1.1 新增的状态码。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::TEMPORARY_REDIRECT.first_defined().is_http11_addition());
    /// assert!(!StatusCode::OK.first_defined().is_http11_addition());
    /// ```
    pub const fn is_http11_addition(self) -> bool {
        matches!(self.rfc, 2068 | 2616)
    }
}

impl fmt::Display for FirstDefined {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.http_version() {
            Some(version) => write!(f, "RFC {} ({version})", self.rfc),
            None => write!(f, "RFC {}", self.rfc),
        }
    }
}
