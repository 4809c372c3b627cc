//! RFC 9457 problem details: a JSON body for any `HttpStatus + Display` error,
//! safe by default.

mod collected;
mod json;
#[cfg(any(feature = "utoipa5", feature = "aide015"))]
pub(crate) mod schema;

use alloc::borrow::Cow;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::{self, Display};

pub(crate) use self::collected::Collected;
pub use self::json::Extension;
use crate::http_status::HttpStatus;
use crate::status_code::StatusCode;
use http_status_table::Language;
use http_status_table::names::{STANDARD_MEMBERS, is_member_name};

/// An RFC 9457 problem response built from an error: `Content-Type:
/// application/problem+json` and a body such as
/// `{"status":404,"title":"Not Found","detail":"no note with id 7"}`.
///
/// **Safe by default.** The `detail` member is the error's `Display` only
/// where [`HttpStatus::exposes_detail`] says so: for a 4xx, what the client
/// needs to fix its request; never, unless asked, for a 5xx, whose message
/// tends to carry hosts, users, queries and paths (CWE-209). A 5xx body has
/// `status` and `title` only. To send a 5xx's text anyway, say so per
/// variant with `#[status(503, expose)]` in the derive, or per value with
/// [`Problem::expose_detail`]; [`Problem::with_public_detail`] sends a text
/// of your own. Its `Display` follows the same rule. Log the error on the server: the client no longer sees it.
///
/// The other members of RFC 9457 are there too: [`with_type`](Problem::with_type)
/// (absent means `about:blank`, and then `title` is the reason phrase),
/// [`with_public_title`](Problem::with_public_title), [`with_instance`](Problem::with_instance)
/// and extension members with [`with_extension`](Problem::with_extension).
///
/// Each framework feature makes it that framework's error response (axum's
/// `IntoResponse` with `axum08`, actix-web's `ResponseError` with `actix4`,
/// `poem::Error` with `poem3`, salvo's `Writer` with `salvo1`); elsewhere
/// (hyper, a framework of your own) [`Problem::to_json`] gives the body and
/// [`PROBLEM_CONTENT_TYPE`] the media type.
///
/// 把错误包装成 RFC 9457 “问题详情” 响应。默认安全：4xx 的 `detail` 是错误信息，
/// 5xx 不发送错误信息（除非显式选择 `expose`），以免泄露服务器内部细节。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Problem, StatusCode};
///
/// let body = Problem::new(StatusCode::NOT_FOUND).to_json();
/// assert_eq!(body, r#"{"status":404,"title":"Not Found","detail":"404 Not Found"}"#);
///
/// // A 5xx withholds its text.
/// let body = Problem::new(StatusCode::INTERNAL_SERVER_ERROR).to_json();
/// assert_eq!(body, r#"{"status":500,"title":"Internal Server Error"}"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Problem<T> {
    error: T,
    detail: Detail,
    kind: Option<Cow<'static, str>>,
    title: Option<Cow<'static, str>>,
    instance: Option<Cow<'static, str>>,
    extensions: Vec<(Cow<'static, str>, Extension)>,
    language: Language,
}

/// Which text, if any, goes in `detail`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Detail {
    /// The error's `Display` where the error exposes it (4xx by default).
    Default,
    /// The error's `Display`, whatever the status.
    Exposed,
    /// No `detail` member.
    Hidden,
    /// This text.
    Text(Cow<'static, str>),
}

/// The media type of a [`Problem`] body, for the `Content-Type` header
/// (RFC 9457 §3).
///
/// 问题详情响应体的媒体类型。
///
/// ```
/// # use http_status_core as http_status;
/// assert_eq!(http_status::PROBLEM_CONTENT_TYPE, "application/problem+json");
/// ```
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

impl<T> Problem<T> {
    /// A problem response for `error`, with the safe defaults.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Problem::new(StatusCode::GONE).status(), StatusCode::GONE);
    /// ```
    pub fn new(error: T) -> Problem<T> {
        Problem {
            error,
            detail: Detail::Default,
            kind: None,
            title: None,
            instance: None,
            extensions: Vec::new(),
            language: Language::English,
        }
    }

    /// The error.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(*Problem::new(StatusCode::GONE).error(), StatusCode::GONE);
    /// ```
    pub fn error(&self) -> &T {
        &self.error
    }

    /// The error, taken back.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Problem::new(StatusCode::GONE).into_error(), StatusCode::GONE);
    /// ```
    pub fn into_error(self) -> T {
        self.error
    }

    /// Sends the error's `Display` as `detail` whatever its status: for a
    /// 5xx whose message was written for clients ("maintenance until 14:00").
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::SERVICE_UNAVAILABLE).expose_detail().to_json();
    /// assert!(json.ends_with(r#""detail":"503 Service Unavailable"}"#));
    /// ```
    #[must_use]
    pub fn expose_detail(mut self) -> Self {
        self.detail = Detail::Exposed;
        self
    }

    /// Sends no `detail`, whatever the status.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::NOT_FOUND).withhold_detail().to_json();
    /// assert_eq!(json, r#"{"status":404,"title":"Not Found"}"#);
    /// ```
    #[must_use]
    pub fn withhold_detail(mut self) -> Self {
        self.detail = Detail::Hidden;
        self
    }

    /// Sends `detail` to every client, as it is, as the `detail` member
    /// instead of the error's text, whatever the status. Write it for
    /// clients: `format!("{err}")` here sends a 5xx's text after all.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::INTERNAL_SERVER_ERROR)
    ///     .with_public_detail("try again in a minute")
    ///     .to_json();
    /// assert!(json.ends_with(r#""detail":"try again in a minute"}"#));
    /// ```
    #[must_use]
    pub fn with_public_detail(mut self, detail: impl Into<Cow<'static, str>>) -> Self {
        self.detail = Detail::Text(detail.into());
        self
    }

    /// The `type` member: a URI reference that identifies the problem type
    /// (RFC 9457 §3.1.1). Without it the type is `about:blank`, and `title`
    /// is the reason phrase.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::FORBIDDEN)
    ///     .with_type("https://example.com/probs/out-of-credit")
    ///     .with_public_title("You do not have enough credit.")
    ///     .to_json();
    /// assert!(json.starts_with(r#"{"type":"https://example.com/probs/out-of-credit","status":403,"title":"You do not have enough credit.""#));
    /// ```
    #[must_use]
    pub fn with_type(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.kind = Some(uri.into());
        self
    }

    /// Sends `title` to every client, as it is, as the `title` member: a
    /// short summary of the problem type, the reason phrase by default. Give
    /// one together with [`with_type`](Self::with_type), and write it for
    /// clients: `err.to_string()` here sends the error's text whatever the
    /// status.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::FORBIDDEN).with_public_title("Out of credit").to_json();
    /// assert!(json.contains(r#""title":"Out of credit""#));
    /// ```
    #[must_use]
    pub fn with_public_title(mut self, title: impl Into<Cow<'static, str>>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// The `instance` member: a URI reference that identifies this
    /// occurrence of the problem (RFC 9457 §3.1.5).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::CONFLICT).with_instance("/notes/7").to_json();
    /// assert!(json.contains(r#""instance":"/notes/7""#));
    /// ```
    #[must_use]
    pub fn with_instance(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.instance = Some(uri.into());
        self
    }

    /// Writes the default `title`, the reason phrase, in `language`
    /// (RFC 9457 §3.1.3 lets the title change for localization). `type`,
    /// `status` and `detail` never change: `detail` is the application's
    /// own text. The integrations send `Content-Language` to match.
    ///
    /// 以指定语言输出默认 `title`（原因短语）；`detail` 不翻译。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::NOT_FOUND).with_language(Language::Chinese).withhold_detail().to_json();
    /// assert_eq!(json, r#"{"status":404,"title":"未找到"}"#);
    /// ```
    #[must_use]
    pub fn with_language(mut self, language: Language) -> Self {
        self.language = language;
        self
    }

    /// The language of the default `title`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Problem::new(StatusCode::GONE).language(), Language::English);
    /// ```
    pub fn language(&self) -> Language {
        self.language
    }

    /// The `instance` member, if set: by [`with_instance`](Self::with_instance),
    /// or by an integration, which gives a withheld 5xx its incident id.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let problem = Problem::new(StatusCode::CONFLICT).with_instance("/notes/7");
    /// assert_eq!(problem.instance(), Some("/notes/7"));
    /// ```
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// An extension member (RFC 9457 §3.2), such as `retry_after` or
    /// `invalid_fields`, written after the standard members in the order
    /// given; a second value for one name replaces the first.
    ///
    /// A name that cannot be an extension is not written, in every build:
    /// one of the five members RFC 9457 defines, in any case (`type`,
    /// `status`, `title`, `detail`, `instance`: use their own methods), or
    /// anything but an ASCII letter followed by ASCII letters, digits, `_`
    /// and `-` (RFC 9457 §4), which every client reads alike. Where the name comes from a
    /// request, [`insert_extension`](Self::insert_extension) says why one
    /// was refused.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let json = Problem::new(StatusCode::TOO_MANY_REQUESTS)
    ///     .with_extension("retry_after", 30)
    ///     .with_extension("status", 200)
    ///     .withhold_detail()
    ///     .to_json();
    /// assert_eq!(json, r#"{"status":429,"title":"Too Many Requests","retry_after":30}"#);
    /// ```
    #[must_use]
    pub fn with_extension(
        mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<Extension>,
    ) -> Self {
        // Refused names are documented above; `insert_extension` reports them.
        let _ = self.insert_extension(name, value);
        self
    }

    /// Adds an extension member, as [`with_extension`](Self::with_extension)
    /// does, or says why `name` cannot be one.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let mut problem = Problem::new(StatusCode::UNPROCESSABLE_CONTENT);
    /// assert!(problem.insert_extension("invalid_field", "email").is_ok());
    /// let refused = problem.insert_extension("title", "x").unwrap_err();
    /// assert_eq!(refused.to_string(), "`title` is a member that RFC 9457 defines (in any case), not an extension");
    /// assert!(problem.insert_extension("my field", 1).is_err());
    /// ```
    pub fn insert_extension(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<Extension>,
    ) -> Result<(), ExtensionNameError> {
        let name = name.into();
        let kind = if name.is_empty() {
            Some(NameFault::Empty)
        } else if STANDARD_MEMBERS
            .iter()
            .any(|standard| name.eq_ignore_ascii_case(standard))
        {
            Some(NameFault::Standard)
        } else if !is_member_name(&name) {
            Some(NameFault::Spaces)
        } else {
            None
        };
        if let Some(kind) = kind {
            return Err(ExtensionNameError { name, kind });
        }
        let value = value.into();
        match self.extensions.iter_mut().find(|(n, _)| *n == name) {
            Some((_, old)) => *old = value,
            None => self.extensions.push((name, value)),
        }
        Ok(())
    }
}

/// Why a name cannot be an extension member of a [`Problem`].
///
/// 扩展成员名称无效的原因。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::*;
/// let err = Problem::new(StatusCode::BAD_REQUEST).insert_extension("", 1).unwrap_err();
/// assert_eq!(err.name(), "");
/// assert_eq!(err.to_string(), "an extension member needs a name");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ExtensionNameError {
    name: Cow<'static, str>,
    kind: NameFault,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum NameFault {
    Empty,
    Standard,
    Spaces,
}

impl ExtensionNameError {
    /// The refused name.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let err = Problem::new(StatusCode::BAD_REQUEST).insert_extension("a b", 1).unwrap_err();
    /// assert_eq!(err.name(), "a b");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Display for ExtensionNameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            NameFault::Empty => f.write_str("an extension member needs a name"),
            NameFault::Standard => write!(
                f,
                "`{}` is a member that RFC 9457 defines (in any case), not an extension",
                self.name
            ),
            NameFault::Spaces => write!(
                f,
                "{:?} is not an extension member name: a name is an ASCII letter followed by ASCII letters, digits, `_` and `-` (RFC 9457 §4)",
                self.name
            ),
        }
    }
}

impl core::error::Error for ExtensionNameError {}

impl<T: HttpStatus> Problem<T> {
    /// The `title` member: the one given, or the reason phrase in the
    /// problem's language.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Problem::new(StatusCode::GONE).title(), "Gone");
    /// ```
    pub fn title(&self) -> &str {
        self.title_in(self.language)
    }

    /// The `title`: the one given, or the reason phrase in `language`.
    fn title_in(&self, language: Language) -> &str {
        match &self.title {
            Some(title) => title,
            None => self.status().reason_in(language),
        }
    }

    /// The error's status.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Problem::new(StatusCode::GONE).status().as_u16(), 410);
    /// ```
    pub fn status(&self) -> StatusCode {
        self.error.status()
    }
}

/// The longest `detail` taken from an error's `Display`, in characters,
/// the `…` that marks a cut included.
pub const MAX_DETAIL_CHARS: usize = 512;

/// `error`'s text, cut to [`MAX_DETAIL_CHARS`]; an error where its
/// `Display` returns one (which `to_string` would turn into a panic).
/// The client's text of `error`: its `write_detail`, else its `Display`.
struct ClientText<'a, T: ?Sized>(&'a T);

impl<T: HttpStatus + Display + ?Sized> Display for ClientText<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.write_detail(f) {
            Some(written) => written,
            None => Display::fmt(self.0, f),
        }
    }
}

fn capped(error: &impl Display) -> Result<String, fmt::Error> {
    let mut text = String::new();
    fmt::write(&mut text, format_args!("{error}"))?;
    if let Some((end, _)) = text.char_indices().nth(MAX_DETAIL_CHARS - 1) {
        if text[end..].chars().nth(1).is_some() {
            text.truncate(end);
            text.push('…');
        }
    }
    Ok(text)
}

impl<T: HttpStatus + Display> Problem<T> {
    /// The `detail` that the body carries, if any (see the type's docs).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Problem::new(StatusCode::GONE).detail().as_deref(), Some("410 Gone"));
    /// assert_eq!(Problem::new(StatusCode::BAD_GATEWAY).detail(), None);
    /// ```
    ///
    /// A detail taken from the error's `Display` is cut to
    /// [`MAX_DETAIL_CHARS`] characters, ending in `…`: a framework's
    /// rejection echoes the client's input (an unknown field's name, say),
    /// and no client can make the body as long as it likes. Text given to
    /// [`with_public_detail`](Problem::with_public_detail) is sent as given.
    /// An error whose `Display` fails has no `detail`: nothing half-written
    /// is sent, and nothing panics.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let long = Problem::new(StatusCode::BAD_REQUEST).with_public_detail("x".repeat(600));
    /// assert_eq!(long.detail().map(|d| d.len()), Some(600));
    /// ```
    pub fn detail(&self) -> Option<Cow<'static, str>> {
        self.try_detail().ok().flatten()
    }

    /// The `detail`, or the error of a `Display` that failed to write it.
    pub(crate) fn try_detail(&self) -> Result<Option<Cow<'static, str>>, fmt::Error> {
        Ok(match &self.detail {
            Detail::Default if self.error.exposes_detail() => {
                Some(capped(&ClientText(&self.error))?.into())
            }
            Detail::Default | Detail::Hidden => None,
            Detail::Exposed => Some(capped(&ClientText(&self.error))?.into()),
            Detail::Text(text) => Some(text.clone()),
        })
    }

    /// The JSON body: `type` when set, `status`, `title`, `detail` when
    /// sent, `instance` when set, then the extensions.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(Problem::new(StatusCode::GONE).to_json().starts_with(r#"{"status":410,"title":"Gone""#));
    /// ```
    pub fn to_json(&self) -> String {
        self.json_in(
            self.language,
            self.status(),
            self.detail().as_deref(),
            self.instance(),
            &Collected::of(&self.error),
        )
    }

    /// The body with its default title in `language` and `detail` as
    /// decided, for the integrations, which decide the detail once and
    /// render each language once. A `status` other than the error's (the
    /// 500 that stands in for a 1xx) has only its own `status`, `title`
    /// and `instance`: the rest described the error's.
    pub(crate) fn json_in(
        &self,
        language: Language,
        status: StatusCode,
        detail: Option<&str>,
        instance: Option<&str>,
        parts: &Collected,
    ) -> String {
        let own = status == self.status();
        let mut json = String::with_capacity(96);
        json.push('{');
        // The type given here, else the error's own (the derive's `type = …`).
        let kind = self.kind.as_deref().or_else(|| self.error.problem_type());
        if let Some(kind) = kind.filter(|_| own) {
            json.push_str("\"type\":");
            json::push_string(&mut json, kind);
            json.push(',');
        }
        json.push_str("\"status\":");
        json.push_str(&status.as_u16().to_string());
        json.push_str(",\"title\":");
        let title = match own {
            true => self.title_in(language),
            false => status.reason_in(language),
        };
        json::push_string(&mut json, title);
        if let Some(detail) = detail {
            json.push_str(",\"detail\":");
            json::push_string(&mut json, detail);
        }
        if let Some(instance) = instance {
            json.push_str(",\"instance\":");
            json::push_string(&mut json, instance);
        }
        // The error's members, then the ones given here, which replace an
        // error's member of the same name.
        let derived = parts
            .members
            .iter()
            .filter(|(name, _)| !self.extensions.iter().any(|(n, _)| n == name))
            .map(|(name, value)| (*name, value.as_str()));
        let given = self
            .extensions
            .iter()
            .map(|(n, v)| (n.as_ref(), v.as_json()));
        for (name, value) in derived.chain(given).filter(|_| own) {
            json.push(',');
            json::push_string(&mut json, name);
            json.push(':');
            json.push_str(value);
        }
        json.push('}');
        json
    }
}

impl<T> From<T> for Problem<T> {
    fn from(error: T) -> Problem<T> {
        Problem::new(error)
    }
}

/// What a client may see, as text: the code, the title, and the `detail`
/// where the body sends one (`404 Not Found: no note 7`; a 5xx only `500
/// Internal Server Error`). So a framework that renders the wrapper as text
/// (actix-web's `ErrorInternalServerError(problem)`, a `format!` into a
/// response) keeps the same promise as the JSON body. Log
/// [`error`](Problem::error) for the whole story.
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::*;
/// assert_eq!(Problem::new(StatusCode::GONE).to_string(), "410 Gone: 410 Gone");
/// assert_eq!(Problem::new(StatusCode::BAD_GATEWAY).to_string(), "502 Bad Gateway");
/// ```
impl<T: HttpStatus + Display> Display for Problem<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.status().as_u16(), self.title())?;
        match self.detail() {
            Some(detail) => write!(f, ": {detail}"),
            None => Ok(()),
        }
    }
}
