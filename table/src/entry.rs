//! The shape of one catalog row, and the small value types its accessors return.

use core::fmt;

use crate::class::Class;
use crate::language::{Language, Texts};

/// One row of the catalog, built only from `__catalog_rows!`; the
/// library's `StatusCode` reads it.
#[doc(hidden)]
#[derive(Debug)]
pub struct Entry {
    pub code: u16,
    pub name: &'static str,
    /// The IANA phrase, then its name in each other language.
    pub reason: Texts,
    /// `"404"`, for `as_str`, which matches `http`'s.
    pub digits: &'static str,
    /// `"404 Not Found"`, so that `Display` is a single write.
    pub display: &'static str,
    pub summary: Texts,
    pub class: Class,
    pub spec: SpecRef,
    pub first_defined: FirstDefined,
    /// Former phrases (IANA's), then former names in each other language.
    pub former: [&'static [&'static str]; Language::COUNT],
    pub deprecation: Option<&'static str>,
    /// The RFC 9110 section that says the response has no content.
    pub no_content: Option<SpecRef>,
    /// The section that makes the response heuristically cacheable.
    pub cacheable: Option<SpecRef>,
    pub headers: &'static [HeaderRule],
    /// Who may not generate, send or store a response with this status.
    pub responses: &'static [ResponseRule],
    /// Vendors that send this registered number with a meaning of their own.
    pub also: &'static [OtherUse],
}

/// A vendor's own use of a registered number, beside the registry's
/// meaning: Exchange ActiveSync's 451 Redirect, beside 451 Unavailable For
/// Legal Reasons.
///
/// 厂商对某个已注册状态码的另一种用法（与 IANA 登记的含义不同）。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::*;
/// let [exchange] = StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS.other_uses() else { unreachable!() };
/// assert_eq!(exchange.name(), "Redirect");
/// assert!(exchange.user().contains("ActiveSync"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OtherUse {
    pub(crate) user: &'static str,
    pub(crate) name: &'static str,
    pub(crate) source: &'static str,
    pub(crate) meaning: Texts,
}

impl OtherUse {
    /// Who uses it: `"Microsoft Exchange ActiveSync"`.
    pub const fn user(self) -> &'static str {
        self.user
    }

    /// The name the vendor gives it: `"Redirect"`.
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// The vendor's own documentation of it.
    pub const fn source(self) -> &'static str {
        self.source
    }

    /// What it means there.
    pub const fn meaning(self) -> &'static str {
        self.meaning_in(Language::English)
    }

    /// What it means there, in `language`.
    ///
    /// 含义。
    pub const fn meaning_in(self, language: Language) -> &'static str {
        self.meaning[language.index()]
    }
}

impl Entry {
    /// The IANA phrase, which lookups by phrase read.
    pub const fn iana_reason(&self) -> &'static str {
        self.reason[Language::English.index()]
    }

    /// The phrases IANA listed before.
    pub const fn iana_former(&self) -> &'static [&'static str] {
        self.former[Language::English.index()]
    }
}

/// A header field that the RFC asks a response with this status to carry
/// (`WWW-Authenticate` for 401, `Allow` for 405, `Location` for a
/// redirect), or not to carry (`Content-Length` in a 1xx or a 204).
///
/// 该状态码的响应按 RFC 应当（或不得）携带的头字段。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Requirement, StatusCode};
/// let [rule] = StatusCode::UNAUTHORIZED.header_rules() else { unreachable!() };
/// assert_eq!(rule.name(), "WWW-Authenticate");
/// assert_eq!(rule.requirement(), Requirement::Must);
/// assert_eq!(rule.spec().to_string(), "RFC 9110 §15.5.2");
/// assert_eq!(rule.to_string(), "WWW-Authenticate: MUST (RFC 9110 §15.5.2)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HeaderRule {
    pub(crate) name: &'static str,
    pub(crate) level: Requirement,
    pub(crate) when: Option<Texts>,
    pub(crate) spec: SpecRef,
}

impl HeaderRule {
    /// The header field's name, as the RFC writes it.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::METHOD_NOT_ALLOWED.header_rules()[0].name(), "Allow");
    /// ```
    pub const fn name(self) -> &'static str {
        self.name
    }

    /// How strongly the RFC asks for it.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::TOO_MANY_REQUESTS.header_rules()[0].requirement(), Requirement::May);
    /// ```
    pub const fn requirement(self) -> Requirement {
        self.level
    }

    /// The condition the RFC attaches, if any: `"for a byte-range request"`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::RANGE_NOT_SATISFIABLE.header_rules()[0].condition(), Some("for a byte-range request"));
    /// ```
    pub const fn condition(self) -> Option<&'static str> {
        self.condition_in(Language::English)
    }

    /// The condition, in `language`.
    ///
    /// 附加条件。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let rule = StatusCode::RANGE_NOT_SATISFIABLE.header_rules()[0];
    /// assert_eq!(rule.condition_in(Language::Chinese), Some("对字节范围请求"));
    /// ```
    pub const fn condition_in(self, language: Language) -> Option<&'static str> {
        match self.when {
            Some(when) => Some(when[language.index()]),
            None => None,
        }
    }

    /// The rule as a sentence in `language`; its `Display` in English is
    /// the rule's own.
    ///
    /// 以指定语言说明的规则。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let [rule] = StatusCode::IM_USED.header_rules() else { unreachable!() };
    /// assert_eq!(rule.display_in(Language::Chinese).to_string(), "必须发送 `ETag`（RFC 3229 §10.4.1）");
    /// assert_eq!(rule.display_in(Language::English).to_string(), rule.to_string());
    /// ```
    pub const fn display_in(self, language: Language) -> RuleIn {
        RuleIn {
            rule: self,
            language,
        }
    }

    /// The section that says it.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::TOO_MANY_REQUESTS.header_rules()[0].spec().rfc(), 6585);
    /// ```
    pub const fn spec(self) -> SpecRef {
        self.spec
    }
}

/// [`HeaderRule::display_in`]'s sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RuleIn {
    rule: HeaderRule,
    language: Language,
}

impl fmt::Display for RuleIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let HeaderRule {
            name, level, spec, ..
        } = self.rule;
        let when = self.rule.condition_in(self.language);
        let keyword = level.keyword_in(self.language);
        // Each language's sentence: the one place a language is a template.
        // The field first, then the condition, then the section.
        match self.language {
            Language::English => {
                write!(f, "{name}: {keyword}")?;
                if let Some(when) = when {
                    write!(f, " {when}")?;
                }
                write!(f, " ({spec})")
            }
            Language::Chinese => {
                write!(f, "{keyword} `{name}`（")?;
                if let Some(when) = when {
                    write!(f, "{when}；")?;
                }
                write!(f, "{spec}）")
            }
        }
    }
}

/// A rule about who may generate, send or store a response with a status:
/// a proxy MUST NOT generate a 421, a cache MUST NOT store a 429, a server
/// MUST NOT send a 1xx to an HTTP/1.0 client.
///
/// 关于谁可以生成、发送或存储该状态码响应的规则。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::*;
/// let [rule] = StatusCode::MISDIRECTED_REQUEST.response_rules() else { unreachable!() };
/// assert_eq!((rule.party(), rule.act()), (Party::Proxy, Act::Generate));
/// assert_eq!(rule.requirement(), Requirement::MustNot);
/// assert_eq!(rule.to_string(), "a proxy MUST NOT generate it (RFC 9110 §15.5.20)");
/// assert_eq!(rule.display_in(Language::Chinese).to_string(), "代理不得生成该状态码（RFC 9110 §15.5.20）");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ResponseRule {
    pub(crate) party: Party,
    pub(crate) level: Requirement,
    pub(crate) act: Act,
    pub(crate) when: Option<Texts>,
    pub(crate) spec: SpecRef,
}

/// Who a [`ResponseRule`] binds.
///
/// 规则约束的一方。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Party {
    /// Any server answering the request.
    Server,
    /// The server that holds the resource, not a proxy.
    OriginServer,
    /// An intermediary that forwards the request.
    Proxy,
    /// A cache, private or shared.
    Cache,
    /// Whoever sends the response.
    Sender,
}

/// What a [`ResponseRule`] is about.
///
/// 规则约束的行为。
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Act {
    /// Generate a response with the status.
    Generate,
    /// Send a response with the status.
    Send,
    /// Store the response.
    Store,
    /// Send representation metadata beyond the fields a 304 lists.
    SendMetadata,
}

/// Each party, in the order of `Party`, a column per language.
const PARTIES: [Texts; 5] = [
    ["a server", "服务器"],
    ["an origin server", "源服务器"],
    ["a proxy", "代理"],
    ["a cache", "缓存"],
    ["a sender", "发送方"],
];

/// Each act, in the order of `Act`, a column per language.
const ACTS: [Texts; 4] = [
    ["generate it", "生成该状态码"],
    ["send it", "发送该状态码"],
    ["store it", "存储该响应"],
    [
        "send representation metadata other than the fields listed, unless it guides cache updates (as `Last-Modified` does)",
        "发送上述字段以外的表示元数据（用于指导缓存更新的元数据除外，如 `Last-Modified`）",
    ],
];

impl Party {
    /// The party in `language`: `"a proxy"`, `"代理"`.
    pub const fn name_in(self, language: Language) -> &'static str {
        PARTIES[self as usize][language.index()]
    }
}

impl Act {
    /// The act in `language`: `"generate it"`, `"生成该状态码"`.
    pub const fn name_in(self, language: Language) -> &'static str {
        ACTS[self as usize][language.index()]
    }
}

impl ResponseRule {
    /// Who the rule binds.
    pub const fn party(self) -> Party {
        self.party
    }

    /// How strongly: for now always a prohibition, `MUST NOT` or `SHOULD NOT`.
    pub const fn requirement(self) -> Requirement {
        self.level
    }

    /// What it is about.
    pub const fn act(self) -> Act {
        self.act
    }

    /// The condition the RFC attaches, if any: `"to an HTTP/1.0 client"`.
    pub const fn condition(self) -> Option<&'static str> {
        self.condition_in(Language::English)
    }

    /// The condition, in `language`.
    pub const fn condition_in(self, language: Language) -> Option<&'static str> {
        match self.when {
            Some(when) => Some(when[language.index()]),
            None => None,
        }
    }

    /// The section that says it.
    pub const fn spec(self) -> SpecRef {
        self.spec
    }

    /// The rule as a sentence in `language`.
    ///
    /// 以指定语言说明的规则。
    pub const fn display_in(self, language: Language) -> ResponseRuleIn {
        ResponseRuleIn {
            rule: self,
            language,
        }
    }
}

/// [`ResponseRule::display_in`]'s sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ResponseRuleIn {
    rule: ResponseRule,
    language: Language,
}

impl fmt::Display for ResponseRuleIn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ResponseRule {
            party,
            level,
            act,
            spec,
            ..
        } = self.rule;
        let language = self.language;
        let (party, modal, act) = (
            party.name_in(language),
            level.modal_in(language),
            act.name_in(language),
        );
        let when = self.rule.condition_in(language);
        // Each language's sentence, as `RuleIn`'s: who, how strongly, what,
        // then the condition and the section.
        match language {
            Language::English => {
                write!(f, "{party} {modal} {act}")?;
                if let Some(when) = when {
                    write!(f, " {when}")?;
                }
                write!(f, " ({spec})")
            }
            Language::Chinese => {
                write!(f, "{party}{modal}{act}（")?;
                if let Some(when) = when {
                    write!(f, "{when}；")?;
                }
                write!(f, "{spec}）")
            }
        }
    }
}

/// `a proxy MUST NOT generate it (RFC 9110 §15.5.20)`.
impl fmt::Display for ResponseRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display_in(Language::English).fmt(f)
    }
}

/// `Allow: MUST (RFC 9110 §15.5.6)`, with the condition where there is one.
impl fmt::Display for HeaderRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display_in(Language::English).fmt(f)
    }
}

/// How strongly an RFC asks for something (BCP 14 keywords).
///
/// RFC 对某项要求的强度（BCP 14 关键词）。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::Requirement;
/// assert_eq!(Requirement::Must.to_string(), "MUST");
/// assert!(Requirement::Must > Requirement::May);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Requirement {
    /// `MUST NOT`: a response that does it is not what the RFC allows. The
    /// order runs from "never" to "always": `MustNot` is the least.
    ///
    /// 不得（MUST NOT）。
    MustNot,
    /// `SHOULD NOT`: avoided unless there is a good reason.
    ///
    /// 不应（SHOULD NOT）。
    ShouldNot,
    /// The RFC names the field without a keyword: `201`'s `Location`
    /// identifies what was created, or else the target URI does.
    ///
    /// RFC 提到该字段，但没有使用要求关键词。
    Named,
    /// `MAY`: allowed, and useful.
    ///
    /// 可以（MAY）。
    May,
    /// `SHOULD`: expected unless there is a good reason.
    ///
    /// 应当（SHOULD）。
    Should,
    /// `MUST`: a response without it is not what the RFC defines.
    ///
    /// 必须（MUST）。
    Must,
}

impl Requirement {
    /// The keyword, in capitals; `"named"` for [`Requirement::Named`].
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Requirement;
    /// assert_eq!(Requirement::Should.keyword(), "SHOULD");
    /// ```
    pub const fn keyword(self) -> &'static str {
        self.keyword_in(Language::English)
    }
}

impl Requirement {
    /// The keyword in `language`: the keyword itself in English, what it
    /// asks in Chinese (`"必须发送"`); for [`Requirement::Named`], that the
    /// RFC mentions the field without a requirement keyword.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, Requirement};
    /// assert_eq!(Requirement::Must.keyword_in(Language::English), "MUST");
    /// assert_eq!(Requirement::Must.keyword_in(Language::Chinese), "必须发送");
    /// assert_eq!(Requirement::Named.keyword_in(Language::Chinese), "规范提及（未用要求关键词）");
    /// ```
    pub const fn keyword_in(self, language: Language) -> &'static str {
        KEYWORDS[self as usize][language.index()]
    }
}

/// Each requirement's keyword, in the order of `Requirement`, a column per
/// language, as it reads of a header field (`catalog!`'s `rule!(@level…)`
/// repeats them for the docs, where a function cannot be called).
const KEYWORDS: [Texts; 6] = [
    ["MUST NOT", "不得发送"],
    ["SHOULD NOT", "不应发送"],
    ["named", "规范提及（未用要求关键词）"],
    ["MAY", "可以发送"],
    ["SHOULD", "应当发送"],
    ["MUST", "必须发送"],
];

/// Each requirement as the modal verb of a sentence with its own verb (a
/// [`ResponseRule`]'s), in the order of `Requirement`.
const MODALS: [Texts; 6] = [
    ["MUST NOT", "不得"],
    ["SHOULD NOT", "不应"],
    ["", ""],
    ["MAY", "可以"],
    ["SHOULD", "应当"],
    ["MUST", "必须"],
];

impl Requirement {
    /// The requirement as the modal verb of a sentence that has its own
    /// verb: `"MUST NOT"`, `"不得"`; empty for [`Requirement::Named`].
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, Requirement};
    /// assert_eq!(Requirement::MustNot.modal_in(Language::English), "MUST NOT");
    /// assert_eq!(Requirement::ShouldNot.modal_in(Language::Chinese), "不应");
    /// ```
    pub const fn modal_in(self, language: Language) -> &'static str {
        MODALS[self as usize][language.index()]
    }

    /// Whether it forbids: `MUST NOT` or `SHOULD NOT`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Requirement;
    /// assert!(Requirement::MustNot.forbids() && !Requirement::May.forbids());
    /// ```
    pub const fn forbids(self) -> bool {
        matches!(self, Requirement::MustNot | Requirement::ShouldNot)
    }
}

impl fmt::Display for Requirement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.keyword())
    }
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
