//! Temporary registrations: numbers the IANA registry lists for a while,
//! for a draft that may or may not become an RFC (RFC 9110 §16.2.1 lets a
//! draft register a code early). Never a `StatusCode`, which holds only
//! permanent codes; they exist so that errors and `lookup` say what IANA
//! lists, with its dates, instead of "not registered".

use crate::language::{Language, Texts};

/// A code that the IANA registry lists as a temporary registration.
///
/// 在 IANA 注册表中临时登记的状态码（尚未成为永久注册）。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{StatusCode, Temporary};
///
/// let upload = Temporary::from_u16(104).unwrap();
/// assert_eq!(upload.name(), "Upload Resumption Supported");
/// assert_eq!(upload.expires(), "2026-11-13");
/// assert!(StatusCode::from_u16(104).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Temporary {
    code: u16,
    name: &'static str,
    reference: &'static str,
    registered: &'static str,
    extended: Option<&'static str>,
    expires: &'static str,
    meaning: Texts,
}

/// The IANA HTTP Status Code Registry, where each row was read.
const REGISTRY: &str = "https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml";

impl Temporary {
    /// Every temporary registration, as IANA last listed them, by code.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Temporary::ALL.is_sorted_by_key(|t| t.code()));
    /// ```
    pub const ALL: &'static [Temporary] = &[Temporary {
        code: 104,
        name: "Upload Resumption Supported",
        reference: "draft-ietf-httpbis-resumable-upload-05",
        registered: "2024-11-13",
        extended: Some("2025-09-15"),
        expires: "2026-11-13",
        meaning: [
            "an interim response telling the client that the server supports resumable uploads, and where to resume one",
            "临时响应：告知客户端服务器支持可续传上传，以及续传的位置",
        ],
    }];

    /// The temporary registration of `code`, if IANA lists one.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Temporary::from_u16(104).is_some());
    /// assert!(Temporary::from_u16(105).is_none());
    /// ```
    pub fn from_u16(code: u16) -> Option<&'static Temporary> {
        Temporary::ALL.iter().find(|t| t.code == code)
    }

    /// The number.
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The name IANA lists.
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// The draft that asked for it.
    pub const fn reference(&self) -> &'static str {
        self.reference
    }

    /// When IANA registered it (ISO 8601 date).
    pub const fn registered(&self) -> &'static str {
        self.registered
    }

    /// When IANA last extended it, if it did.
    pub const fn extended(&self) -> Option<&'static str> {
        self.extended
    }

    /// When the registration expires unless extended again, as IANA last
    /// listed it.
    pub const fn expires(&self) -> &'static str {
        self.expires
    }

    /// What the draft uses it for.
    pub const fn meaning(&self) -> &'static str {
        self.meaning_in(Language::English)
    }

    /// What the draft uses it for, in `language`.
    ///
    /// 含义。
    pub const fn meaning_in(&self, language: Language) -> &'static str {
        self.meaning[language.index()]
    }

    /// The registry page that lists it.
    pub const fn source(&self) -> &'static str {
        REGISTRY
    }

    /// What an expired temporary registration means, in `language`, as
    /// RFC 7120 §3.3 (early IANA allocation) says: read it once the date of
    /// [`expires`](Self::expires) has passed without an extension.
    ///
    /// 临时注册过期意味着什么（RFC 7120 §3.3）。
    pub const fn after_expiry_in(language: Language) -> &'static str {
        AFTER_EXPIRY[language.index()]
    }

    /// Where [`after_expiry_in`](Self::after_expiry_in) comes from.
    pub const AFTER_EXPIRY_SOURCE: &'static str =
        "https://www.rfc-editor.org/rfc/rfc7120#section-3.3";
}

/// RFC 7120 §3.3, "Expiry", in each language.
const AFTER_EXPIRY: Texts = [
    "an early allocation that expires without renewal or an RFC stays in the registry, marked expired and then deprecated; implementers should treat it as deprecated, and the number is given to no other use until the working group asks IANA to de-allocate it, so a server should not rely on it",
    "早期分配到期后若未续期、也未成为 RFC，仍会留在注册表中，标记为已过期，随后标记为弃用；实现方应将其视为已弃用，在工作组申请取消分配之前该数字不会另作他用，因此服务器不应依赖它",
];
