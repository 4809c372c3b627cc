//! `NegotiateLanguage`: which language problem responses are sent in.

use http_status_table::Language;

/// Which language problem responses are sent in: the client's, read from
/// `Accept-Language` (q-values included), or one for everyone. Each
/// framework integration applies it its own way; the language decides the
/// title (English or 中文), and the response says `Content-Language` and,
/// when negotiated, `Vary: Accept-Language`. Other responses are untouched.
///
/// - axum: a tower layer, `.layer(NegotiateLanguage::new())`;
/// - actix-web: `.wrap(actix_web::middleware::from_fn(http_status::actix::negotiate_language))`,
///   with the setting from `App::app_data(NegotiateLanguage::…)`;
/// - poem: a middleware, `.with(NegotiateLanguage::new())`;
/// - salvo: the response writer reads the request itself and negotiates
///   by default; a `NegotiateLanguage` in the depot changes that.
///
/// 按 `Accept-Language` 选择问题响应的语言（英文或中文）。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NegotiateLanguage {
    default: Language,
    negotiate: bool,
}

impl NegotiateLanguage {
    /// Negotiate, with English when the client asks for no catalog language.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, NegotiateLanguage};
    /// assert_eq!(NegotiateLanguage::new(), NegotiateLanguage::new().default_language(Language::English));
    /// ```
    pub const fn new() -> NegotiateLanguage {
        NegotiateLanguage {
            default: Language::English,
            negotiate: true,
        }
    }

    /// The language for clients that ask for none the catalog has.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, NegotiateLanguage};
    /// let layer = NegotiateLanguage::new().default_language(Language::Chinese);
    /// assert_ne!(layer, NegotiateLanguage::new());
    /// ```
    pub const fn default_language(self, language: Language) -> NegotiateLanguage {
        NegotiateLanguage {
            default: language,
            ..self
        }
    }

    /// Always `language`, whatever the client asks; no `Vary`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, NegotiateLanguage};
    /// assert_ne!(NegotiateLanguage::fixed(Language::English), NegotiateLanguage::new());
    /// ```
    pub const fn fixed(language: Language) -> NegotiateLanguage {
        NegotiateLanguage {
            default: language,
            negotiate: false,
        }
    }

    /// The language for a request whose `Accept-Language` is `header`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, NegotiateLanguage};
    /// assert_eq!(NegotiateLanguage::new().language(Some("zh-CN, en;q=0.5")), Language::Chinese);
    /// assert_eq!(NegotiateLanguage::fixed(Language::English).language(Some("zh")), Language::English);
    /// ```
    pub fn language(self, header: Option<&str>) -> Language {
        if !self.negotiate {
            return self.default;
        }
        Language::negotiate(header, self.default)
    }

    /// Whether the language follows the request (and the response varies).
    pub const fn negotiates(self) -> bool {
        self.negotiate
    }
}

/// [`NegotiateLanguage::new`].
impl Default for NegotiateLanguage {
    fn default() -> NegotiateLanguage {
        NegotiateLanguage::new()
    }
}
