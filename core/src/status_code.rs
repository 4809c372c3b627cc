//! `StatusCode`: a registered status code in two bytes.

use core::num::NonZeroU16;

use http_status_table::{
    Class, ENTRIES, Entry, FIRST, FirstDefined, HeaderRule, Language, OtherUse, ResponseRule, SPAN,
    SpecRef, UnknownStatusCode, row_of,
};

/// A registered HTTP status code.
///
/// It can only hold one of the permanent codes of the IANA HTTP Status Code
/// Registry ([`StatusCode::ALL`]), so every accessor is infallible. It is two bytes, and so is
/// `Option<StatusCode>`. Its constants are usable in `const`, `static` and
/// `match` patterns, and every method that the language allows is `const`.
///
/// 已注册的 HTTP 状态码：只能取 IANA 注册表中的永久状态码之一（见 [`StatusCode::ALL`]），占两个字节。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Language, StatusCode};
///
/// const GONE: StatusCode = StatusCode::GONE;
/// assert_eq!(GONE.as_u16(), 410);
/// assert_eq!(GONE.reason(), "Gone");
/// assert_eq!(StatusCode::NOT_FOUND.reason_in(Language::Chinese), "未找到");
/// assert_eq!(StatusCode::from_u16(404), Ok(StatusCode::NOT_FOUND));
/// assert!(StatusCode::from_u16(418).is_err());
///
/// match StatusCode::from_u16(429) {
///     Ok(StatusCode::TOO_MANY_REQUESTS) => {}
///     _ => unreachable!(),
/// }
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatusCode(NonZeroU16);

/// The status at `code - FIRST`, for every code in the catalog's span: a
/// range check, one two-byte load, and the `Option` is already the answer
/// (its niche is `StatusCode`'s zero). 824 bytes. It replaced an 8 KiB
/// bitmap of every `u16`, whose load and bit test, and the step that proved
/// the code non-zero, measured 1.4× `http`'s range check (BENCHMARKS.md).
static STATUS_AT: [Option<StatusCode>; SPAN + 1] = {
    // The last slot stays `None`: every code outside the span reads it.
    let mut table = [None; SPAN + 1];
    let mut row = 0;
    while row < ENTRIES.len() {
        let code = ENTRIES[row].code;
        if let Some(nonzero) = NonZeroU16::new(code) {
            table[(code - FIRST) as usize] = Some(StatusCode(nonzero));
        }
        row += 1;
    }
    table
};

impl StatusCode {
    /// Builds a catalog constant; fails the build if `code` is not in the table.
    pub(crate) const fn from_catalog(code: u16) -> StatusCode {
        match StatusCode::from_u16(http_status_table::registered(code)) {
            Ok(status) => status,
            // `registered` has failed the build for any other code.
            Err(_) => unreachable!(),
        }
    }

    /// The deprecated name that the `http` crate uses for 413.
    #[deprecated(
        note = "RFC 9110 renamed 413 \"Content Too Large\": use `StatusCode::CONTENT_TOO_LARGE`"
    )]
    pub const PAYLOAD_TOO_LARGE: StatusCode = StatusCode::from_catalog(413);

    /// The deprecated name that the `http` crate uses for 422.
    #[deprecated(
        note = "RFC 9110 renamed 422 \"Unprocessable Content\": use `StatusCode::UNPROCESSABLE_CONTENT`"
    )]
    pub const UNPROCESSABLE_ENTITY: StatusCode = StatusCode::from_catalog(422);

    /// The registered code with this number, or an error that says why there is none.
    ///
    /// O(1): a range check and one two-byte load from a table of the
    /// registry, whose `Option` is the answer.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// assert_eq!(StatusCode::from_u16(200), Ok(StatusCode::OK));
    /// let err = StatusCode::from_u16(418).unwrap_err();
    /// assert!(err.to_string().starts_with("418 is reserved"));
    /// ```
    #[inline]
    pub const fn from_u16(code: u16) -> Result<StatusCode, UnknownStatusCode> {
        let offset = code.wrapping_sub(FIRST) as usize;
        // A conditional move, not a branch: a code outside the span reads
        // the last slot, which is `None`.
        let slot = if offset < SPAN { offset } else { SPAN };
        match STATUS_AT[slot] {
            Some(status) => Ok(status),
            None => Err(UnknownStatusCode::new(code as i128)),
        }
    }

    #[inline]
    const fn entry(self) -> &'static Entry {
        match row_of(self.0.get()) {
            Some(row) => &ENTRIES[row],
            // A `StatusCode` is only ever built from a row of the catalog.
            None => unreachable!(),
        }
    }

    /// The number, such as `404`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::NOT_FOUND.as_u16(), 404);
    /// ```
    #[inline]
    pub const fn as_u16(self) -> u16 {
        self.0.get()
    }

    /// The IANA reason phrase, such as `"Not Found"`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// assert_eq!(StatusCode::CONTENT_TOO_LARGE.reason(), "Content Too Large");
    /// ```
    #[doc(alias = "canonical_reason")]
    #[inline]
    pub const fn reason(self) -> &'static str {
        self.reason_in(Language::English)
    }

    /// The reason phrase in `language`: IANA's in English, the catalog's
    /// name in another, such as `"未找到"`.
    ///
    /// 指定语言的原因短语。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::GONE.reason_in(Language::English), "Gone");
    /// assert_eq!(StatusCode::NOT_FOUND.reason_in(Language::Chinese), "未找到");
    /// ```
    #[inline]
    pub const fn reason_in(self, language: Language) -> &'static str {
        self.entry().reason[language.index()]
    }

    /// A one-sentence summary in English.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::GONE.summary().contains("likely permanent"));
    /// ```
    #[inline]
    pub const fn summary(self) -> &'static str {
        self.summary_in(Language::English)
    }

    /// A one-sentence summary in `language`. 简介。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::GONE.summary_in(Language::Chinese).contains("很可能是永久性的"));
    /// ```
    #[inline]
    pub const fn summary_in(self, language: Language) -> &'static str {
        self.entry().summary[language.index()]
    }

    /// The class, given by the first digit.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::BAD_GATEWAY.class(), Class::ServerError);
    /// ```
    #[inline]
    pub const fn class(self) -> Class {
        self.entry().class
    }

    /// Whether the code is 1xx.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::EARLY_HINTS.is_informational());
    /// assert!(!StatusCode::OK.is_informational());
    /// ```
    #[inline]
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), Class::Informational)
    }

    /// Whether the code is 2xx.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::NO_CONTENT.is_success());
    /// assert!(!StatusCode::FOUND.is_success());
    /// ```
    #[inline]
    pub const fn is_success(self) -> bool {
        matches!(self.class(), Class::Success)
    }

    /// Whether the code is 3xx.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::SEE_OTHER.is_redirection());
    /// assert!(!StatusCode::OK.is_redirection());
    /// ```
    #[inline]
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), Class::Redirection)
    }

    /// Whether the code is 4xx.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::NOT_FOUND.is_client_error());
    /// assert!(!StatusCode::BAD_GATEWAY.is_client_error());
    /// ```
    #[inline]
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), Class::ClientError)
    }

    /// Whether the code is 5xx.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::BAD_GATEWAY.is_server_error());
    /// assert!(!StatusCode::NOT_FOUND.is_server_error());
    /// ```
    #[inline]
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), Class::ServerError)
    }

    /// Where the code is defined today.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::TOO_MANY_REQUESTS.spec().to_string(), "RFC 6585 §4");
    /// ```
    #[inline]
    pub const fn spec(self) -> SpecRef {
        self.entry().spec
    }

    /// The RFC that first defined the code.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// assert_eq!(StatusCode::PERMANENT_REDIRECT.first_defined().rfc(), 7238);
    /// ```
    #[inline]
    pub const fn first_defined(self) -> FirstDefined {
        self.entry().first_defined
    }

    /// The reason phrases the code was known by before, newest last.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// assert_eq!(
    ///     StatusCode::CONTENT_TOO_LARGE.former_reasons(),
    ///     ["Request Entity Too Large", "Payload Too Large"]
    /// );
    /// ```
    #[inline]
    pub const fn former_reasons(self) -> &'static [&'static str] {
        self.former_reasons_in(Language::English)
    }

    /// The names the code was known by before, in `language`. 旧译名。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::CONTENT_TOO_LARGE.former_reasons_in(Language::Chinese), ["请求实体过大"]);
    /// ```
    #[inline]
    pub const fn former_reasons_in(self, language: Language) -> &'static [&'static str] {
        self.entry().former[language.index()]
    }

    /// Why the code should no longer be sent, when it is deprecated (305, 510).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// #[allow(deprecated)]
    /// let proxy = StatusCode::USE_PROXY;
    /// assert!(proxy.deprecation().is_some());
    /// assert!(StatusCode::OK.deprecation().is_none());
    /// ```
    #[inline]
    pub const fn deprecation(self) -> Option<&'static str> {
        self.entry().deprecation
    }

    /// Whether the code is deprecated.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// #[allow(deprecated)]
    /// let extended = StatusCode::NOT_EXTENDED;
    /// assert!(extended.is_deprecated());
    /// assert!(!StatusCode::OK.is_deprecated());
    /// ```
    #[inline]
    pub const fn is_deprecated(self) -> bool {
        self.entry().deprecation.is_some()
    }

    /// The name of the associated constant, such as `"NOT_FOUND"`; handy for code generators.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::IM_USED.constant_name(), "IM_USED");
    /// ```
    #[inline]
    pub const fn constant_name(self) -> &'static str {
        self.entry().name
    }

    /// Whether the response is final: every code but the 1xx interim ones
    /// (RFC 9110 §15.2).
    ///
    /// 是否为最终响应（1xx 为临时响应）。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::OK.is_final());
    /// assert!(!StatusCode::EARLY_HINTS.is_final());
    /// ```
    #[inline]
    pub const fn is_final(self) -> bool {
        !self.is_informational()
    }

    /// Whether a response with this status may carry content. 1xx, 204 and
    /// 304 messages end after their header section (RFC 9112 §6.3, RFC 9110
    /// §6.4.1), and a server MUST NOT generate content in a 205 (§15.3.6).
    /// [`no_content_spec`](Self::no_content_spec) names the section.
    ///
    /// 该状态码的响应是否可以包含内容（1xx、204、205、304 不可以）。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(!StatusCode::NO_CONTENT.allows_content());
    /// assert!(StatusCode::NOT_FOUND.allows_content());
    /// ```
    #[inline]
    pub const fn allows_content(self) -> bool {
        self.entry().no_content.is_none()
    }

    /// The RFC 9110 section that forbids content, for a code whose
    /// response has none.
    ///
    /// 规定此类响应不含内容的 RFC 9110 章节。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::RESET_CONTENT.no_content_spec().map(|s| s.to_string()), Some("RFC 9110 §15.3.6".into()));
    /// assert_eq!(StatusCode::OK.no_content_spec(), None);
    /// ```
    #[inline]
    pub const fn no_content_spec(self) -> Option<SpecRef> {
        self.entry().no_content
    }

    /// Whether a cache may reuse the response with heuristic expiration,
    /// with no explicit freshness (RFC 9110 §15.1): 200, 203, 204, 206, 300,
    /// 301, 308, 404, 405, 410, 414 and 501.
    ///
    /// 默认是否可被启发式缓存（RFC 9110 §15.1）。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::NOT_FOUND.is_heuristically_cacheable());
    /// assert!(!StatusCode::FOUND.is_heuristically_cacheable());
    /// ```
    #[inline]
    pub const fn is_heuristically_cacheable(self) -> bool {
        self.entry().cacheable.is_some()
    }

    /// The section that makes a response with this status heuristically
    /// cacheable: RFC 9110 §15.1 for its own codes, RFC 7725 §3 for 451.
    ///
    /// 规定此类响应默认可启发式缓存的 RFC 章节。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::NOT_FOUND.cacheable_spec().map(|s| s.to_string()), Some("RFC 9110 §15.1".into()));
    /// assert_eq!(StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS.cacheable_spec().map(|s| s.to_string()), Some("RFC 7725 §3".into()));
    /// assert_eq!(StatusCode::FOUND.cacheable_spec(), None);
    /// ```
    #[inline]
    pub const fn cacheable_spec(self) -> Option<SpecRef> {
        self.entry().cacheable
    }

    /// The header fields the RFC asks a response with this status to
    /// carry, with MUST, SHOULD or MAY and the section (`WWW-Authenticate`
    /// for 401, `Allow` for 405, `Location` for the redirects,
    /// `Retry-After` for 429 and 503), and those it must not carry, with
    /// MUST NOT or SHOULD NOT (`Content-Length` in a 1xx or a 204). Empty
    /// for most codes.
    ///
    /// RFC 要求该状态码的响应携带（或不得携带）的头字段。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let names: Vec<_> = StatusCode::PERMANENT_REDIRECT.header_rules().iter().map(|r| r.name()).collect();
    /// assert_eq!(names, ["Location"]);
    /// assert!(StatusCode::OK.header_rules().is_empty());
    /// ```
    #[inline]
    pub const fn header_rules(self) -> &'static [HeaderRule] {
        self.entry().headers
    }

    /// Who the RFC forbids to generate, send or store a response with this
    /// status: a proxy for 421, a cache for 428, 429, 431 and 511, a server
    /// for a 1xx to an HTTP/1.0 client. Empty for most codes.
    ///
    /// RFC 对谁可以生成、发送或存储该状态码响应的限制。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let [rule] = StatusCode::TOO_MANY_REQUESTS.response_rules() else { unreachable!() };
    /// assert_eq!(rule.to_string(), "a cache MUST NOT store it (RFC 6585 §4)");
    /// assert!(StatusCode::OK.response_rules().is_empty());
    /// ```
    #[inline]
    pub const fn response_rules(self) -> &'static [ResponseRule] {
        self.entry().responses
    }

    /// Vendors that send this number with a meaning of their own, beside
    /// the registry's: Exchange ActiveSync's 451 Redirect. Empty for most
    /// codes.
    ///
    /// 厂商对该状态码的其他用法。
    #[inline]
    pub const fn other_uses(self) -> &'static [OtherUse] {
        self.entry().also
    }

    /// The number as text, `"404"`, as `http::StatusCode::as_str` gives it.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::NOT_FOUND.as_str(), "404");
    /// ```
    #[inline]
    pub const fn as_str(self) -> &'static str {
        self.entry().digits
    }

    /// `"404 Not Found"`: the code and its reason phrase, the same text as
    /// `Display`, without formatting.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::NOT_FOUND.code_and_reason(), "404 Not Found");
    /// ```
    #[inline]
    pub const fn code_and_reason(self) -> &'static str {
        self.entry().display
    }
}

impl Default for StatusCode {
    /// `200 OK`, as in the `http` crate.
    fn default() -> StatusCode {
        StatusCode::OK
    }
}

/// `TryFrom` for every integer type: the same checks and the same error as
/// `from_u16`, for numbers that come from JSON, command lines or databases.
macro_rules! try_from_integers {
    ($($ty:ty)*) => {$(
        impl TryFrom<$ty> for StatusCode {
            type Error = UnknownStatusCode;

            fn try_from(value: $ty) -> Result<StatusCode, UnknownStatusCode> {
                match u16::try_from(value) {
                    Ok(code) => StatusCode::from_u16(code),
                    // Each of these types fits in i128, so the number is kept as it is.
                    Err(_) => Err(UnknownStatusCode::new(value as i128)),
                }
            }
        }
    )*};
}

try_from_integers!(u8 u16 u32 u64 usize i8 i16 i32 i64 i128 isize);

impl From<StatusCode> for u16 {
    fn from(status: StatusCode) -> u16 {
        status.as_u16()
    }
}

impl PartialEq<u16> for StatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

impl PartialEq<StatusCode> for u16 {
    fn eq(&self, other: &StatusCode) -> bool {
        *self == other.as_u16()
    }
}
