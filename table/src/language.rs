//! The catalog's languages, and choosing one from an `Accept-Language`
//! header (RFC 9110 §12.5.4, with q-values as in §12.4.2).

use core::fmt;

/// A language the catalog writes every text in. Every text is a table with
/// a column per language ([`Texts`], indexed by [`Language::index`]), so a
/// third language is a variant here (with its tag), a column in each table,
/// which the compiler asks for by the tables' length, and an arm in the two
/// sentence templates (`RuleIn`, `WhereSeen`), which it asks for by their
/// exhaustive `match`.
///
/// 目录提供的语言：每个原因短语都有英文与中文。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Language, StatusCode};
/// assert_eq!(StatusCode::NOT_FOUND.reason_in(Language::Chinese), "未找到");
/// assert_eq!(Language::Chinese.tag(), "zh");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[non_exhaustive]
pub enum Language {
    /// English, the IANA registry's own phrases. The default.
    #[default]
    English,
    /// 中文: one column for every Chinese-speaking region (`zh`, `zh-CN`,
    /// `zh-Hans`, `zh-TW` all read it).
    Chinese,
}

impl Language {
    /// Every language, in catalog order. A slice, not an array: a third
    /// language is no breaking change.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Language;
    /// assert_eq!(Language::ALL.first(), Some(&Language::English));
    /// ```
    pub const ALL: &'static [Language] = &[Language::English, Language::Chinese];

    /// How many languages the catalog has: the length of every column.
    #[doc(hidden)]
    pub const COUNT: usize = Language::ALL.len();

    /// The language's column in every table of texts.
    #[doc(hidden)]
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The language tag for `Content-Language` (RFC 5646): `"en"`, `"zh"`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Language;
    /// assert_eq!(Language::English.tag(), "en");
    /// ```
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh",
        }
    }

    /// The language a language range asks for, if the catalog has it:
    /// `zh`, `zh-CN`, `zh-Hans`, `ZH-tw` are Chinese; `en`, `en-GB` English.
    fn of_range(range: &str) -> Option<Language> {
        let primary = range.split('-').next().unwrap_or(range);
        Language::ALL
            .iter()
            .copied()
            .find(|language| primary.eq_ignore_ascii_case(language.tag()))
    }

    /// The language to answer in, for an `Accept-Language` field value:
    /// the one with the highest q-value among those the catalog has
    /// (ties go to the first listed), or `default` when none is acceptable,
    /// the header is absent or it cannot be read. `*` stands for `default`.
    /// Never panics, whatever the header holds.
    ///
    /// 根据 `Accept-Language`（含 q 值）选择回复语言。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Language;
    /// let zh = Language::negotiate(Some("zh-CN,zh;q=0.9,en;q=0.8"), Language::English);
    /// assert_eq!(zh, Language::Chinese);
    /// assert_eq!(Language::negotiate(Some("en-US,zh;q=0.5"), Language::English), Language::English);
    /// assert_eq!(Language::negotiate(Some("fr"), Language::English), Language::English);
    /// assert_eq!(Language::negotiate(Some("zh;q=0"), Language::English), Language::English);
    /// assert_eq!(Language::negotiate(None, Language::Chinese), Language::Chinese);
    /// ```
    pub fn negotiate(accept_language: Option<&str>, default: Language) -> Language {
        let Some(header) = accept_language else {
            return default;
        };
        let mut best: Option<(u16, Language)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let range = parts.next().unwrap_or_default().trim();
            let Some(weight) = weight(parts) else {
                continue;
            };
            let language = if range == "*" {
                Some(default)
            } else {
                Language::of_range(range)
            };
            if let Some(language) = language {
                if weight > 0 && best.is_none_or(|(top, _)| weight > top) {
                    best = Some((weight, language));
                }
            }
        }
        best.map_or(default, |(_, language)| language)
    }
}

/// A q-value in thousandths (RFC 9110 §12.4.2): 1000 when absent; `None`
/// when malformed, so that the item is skipped.
fn weight<'a>(parameters: impl Iterator<Item = &'a str>) -> Option<u16> {
    let mut weight = 1000;
    for parameter in parameters {
        let (name, value) = parameter.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("q") {
            continue;
        }
        let value = value.trim();
        let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
        if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut thousandths: u16 = match whole {
            "0" => 0,
            "1" => 1000,
            _ => return None,
        };
        for (digit, scale) in fraction.bytes().zip([100, 10, 1]) {
            thousandths += u16::from(digit - b'0') * scale;
        }
        if thousandths > 1000 {
            return None;
        }
        weight = thousandths;
    }
    Some(weight)
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// One text in every language of the catalog, indexed by
/// [`Language::index`]: a table's column per language.
#[doc(hidden)]
pub type Texts = [&'static str; Language::COUNT];
