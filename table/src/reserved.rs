//! The two reserved entries of the registry, 306 and 418: never a `StatusCode`,
//! but known, so that errors can explain them.

use core::fmt;

use crate::entry::SpecRef;
use crate::language::{Language, Texts};

/// A code that the IANA registry reserves as "Unused": 306 or 418.
///
/// 注册表中保留且不再使用的状态码（306 与 418），不能构造为 `StatusCode`。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Reserved, StatusCode};
/// let teapot = Reserved::from_u16(418).unwrap();
/// assert_eq!(teapot.former_reason(), "I'm a teapot");
/// assert_eq!(teapot.spec().section(), "15.5.19");
/// assert!(StatusCode::from_u16(418).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Reserved {
    code: u16,
    former: &'static str,
    why: Texts,
    spec: SpecRef,
}

impl Reserved {
    /// Both reserved entries, ascending.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Reserved::ALL.map(|r| r.code()), [306, 418]);
    /// ```
    pub const ALL: [Reserved; 2] = [
        Reserved {
            code: 306,
            former: "Switch Proxy",
            why: [
                "a draft of HTTP/1.1 used it for \"Switch Proxy\" and then dropped it, so the number is kept out of use",
                "HTTP/1.1 的早期草案曾用它表示 “Switch Proxy”，后被废弃，该号码保留不再分配",
            ],
            spec: SpecRef {
                rfc: 9110,
                section: "15.4.7",
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.4.7",
            },
        },
        Reserved {
            code: 418,
            former: "I'm a teapot",
            why: [
                "it is the \"I'm a teapot\" joke of the April Fools' RFC 2324, deployed widely enough that the number is kept out of use for now; it may be reassigned if the 4xx numbers run out",
                "它来自 1998 年愚人节 RFC 2324 的玩笑 “我是茶壶”，因部署广泛，目前保留不再分配；若将来 4xx 号码用尽，仍可重新分配",
            ],
            spec: SpecRef {
                rfc: 9110,
                section: "15.5.19",
                url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.19",
            },
        },
    ];

    /// The reserved entry for `code`, if it is 306 or 418.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Reserved::from_u16(306).is_some());
    /// assert!(Reserved::from_u16(404).is_none());
    /// ```
    pub const fn from_u16(code: u16) -> Option<&'static Reserved> {
        match code {
            306 => Some(&Reserved::ALL[0]),
            418 => Some(&Reserved::ALL[1]),
            _ => None,
        }
    }

    /// The reserved entry known by this phrase (`"I'm a teapot"`, `"Switch Proxy"`),
    /// ignoring ASCII case.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Reserved::from_reason("i'm a TEAPOT").map(|r| r.code()), Some(418));
    /// ```
    pub fn from_reason(phrase: &str) -> Option<&'static Reserved> {
        Reserved::ALL
            .iter()
            .find(|reserved| reserved.former.eq_ignore_ascii_case(phrase.trim()))
    }

    /// The number, 306 or 418.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Reserved::ALL[0].code(), 306);
    /// ```
    pub const fn code(&self) -> u16 {
        self.code
    }

    /// The registry's phrase for both entries: `"Unused"`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Reserved::ALL[1].reason(), "Unused");
    /// ```
    pub const fn reason(&self) -> &'static str {
        "Unused"
    }

    /// The phrase the code was known by before it was reserved.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Reserved::ALL[0].former_reason(), "Switch Proxy");
    /// ```
    pub const fn former_reason(&self) -> &'static str {
        self.former
    }

    /// Why the code is reserved, in English.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Reserved::ALL[1].explanation().contains("RFC 2324"));
    /// ```
    pub const fn explanation(&self) -> &'static str {
        self.explanation_in(Language::English)
    }

    /// Why the code is reserved, in `language`. 保留原因。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Reserved::ALL[1].explanation_in(Language::Chinese).contains("茶壶"));
    /// ```
    pub const fn explanation_in(&self, language: Language) -> &'static str {
        self.why[language.index()]
    }

    /// The section of RFC 9110 that reserves it.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Reserved::ALL[1].spec().to_string(), "RFC 9110 §15.5.19");
    /// ```
    pub const fn spec(&self) -> SpecRef {
        self.spec
    }
}

/// Why a reserved code cannot be used, as the messages about one say it:
/// `reserved and unused (RFC 9110 §15.5.19): it is the "I'm a teapot" joke…`.
#[doc(hidden)]
pub struct Unused<'a>(pub &'a Reserved);

impl fmt::Display for Unused<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "reserved and unused ({}): {}",
            self.0.spec(),
            self.0.explanation()
        )
    }
}
