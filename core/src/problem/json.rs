//! The JSON that problem bodies are written in (RFC 8259), without a JSON
//! library: strings escaped, numbers and extension values rendered.

use alloc::borrow::Cow;
use alloc::collections::BTreeSet;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt::Write;

/// Appends `text` as a JSON string (RFC 8259 §7): quotes, backslashes and
/// control characters escaped, everything else (any Unicode) as it is.
pub(crate) fn push_string(json: &mut String, text: &str) {
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

/// The value of an RFC 9457 extension member (§3.2), such as `retry_after`
/// or `invalid_fields`: any JSON value, kept as rendered JSON.
///
/// Build it from a string, a number, a `bool`, an `Option`, a `Vec` of
/// values, or [`Extension::object`]; with the `serde_json` feature, from
/// any `Serialize` value with `Extension::serialize`.
///
/// Every value is JSON that any parser reads: floats as their shortest exact
/// text, with an exponent where plain digits would be long; NaN and ±∞ as
/// `null`. Integers are written exactly, whatever their width; JavaScript's
/// `JSON.parse` rounds those beyond ±2⁵³ (9007199254740991), so send an id
/// that large as a string (`Extension::from(id.to_string())`).
///
/// RFC 9457 扩展成员的值：任意 JSON 值。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::Extension;
///
/// assert_eq!(Extension::from(30u32).as_json(), "30");
/// assert_eq!(Extension::from(0.1f32).as_json(), "0.1");
/// assert_eq!(Extension::from(2.0).as_json(), "2.0");
/// assert_eq!(Extension::from(f64::MAX).as_json(), "1.7976931348623157e308");
/// assert_eq!(Extension::from("a \"b\"").as_json(), r#""a \"b\"""#);
/// let fields = Extension::from(vec![Extension::object([("name", "title")])]);
/// assert_eq!(fields.as_json(), r#"[{"name":"title"}]"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Extension(Cow<'static, str>);

impl Extension {
    /// `null`; equal to every other `null`, however it was made.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Extension;
    /// assert_eq!(Extension::NULL, Extension::from(None::<u32>));
    /// ```
    pub const NULL: Extension = Extension(Cow::Borrowed("null"));

    /// A JSON object of `members`, in order. A name given twice keeps its
    /// first place and its last value, so the object never carries a
    /// duplicate key, which parsers read differently (RFC 8259 §4).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Extension;
    /// let field = Extension::object([("name", Extension::from("email")), ("reason", "taken".into())]);
    /// assert_eq!(field.as_json(), r#"{"name":"email","reason":"taken"}"#);
    /// assert_eq!(Extension::object([("a", 1), ("b", 2), ("a", 3)]).as_json(), r#"{"a":3,"b":2}"#);
    /// ```
    pub fn object<K, V>(members: impl IntoIterator<Item = (K, V)>) -> Extension
    where
        K: AsRef<str>,
        V: Into<Extension>,
    {
        let mut unique: Vec<(K, Extension)> = Vec::new();
        for (name, value) in members {
            let value = value.into();
            match unique.iter_mut().find(|(n, _)| n.as_ref() == name.as_ref()) {
                Some((_, old)) => *old = value,
                None => unique.push((name, value)),
            }
        }
        let mut json = String::from("{");
        for (i, (name, value)) in unique.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            push_string(&mut json, name.as_ref());
            json.push(':');
            json.push_str(value.as_json());
        }
        json.push('}');
        Extension(json.into())
    }

    /// The value as JSON text.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Extension;
    /// assert_eq!(Extension::NULL.as_json(), "null");
    /// assert_eq!(Extension::from(f64::NAN).as_json(), "null");
    /// ```
    pub fn as_json(&self) -> &str {
        &self.0
    }

    /// Any `Serialize` value, rendered by `serde_json`. It goes through
    /// `serde_json::Value`, so a map that repeats a key keeps its last value
    /// once, as [`Extension::object`] does.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Extension;
    /// #[derive(serde::Serialize)]
    /// struct Field { name: &'static str }
    /// let value = Extension::serialize(&[Field { name: "email" }]).unwrap();
    /// assert_eq!(value.as_json(), r#"[{"name":"email"}]"#);
    /// ```
    #[cfg(feature = "serde_json")]
    #[cfg_attr(docsrs, doc(cfg(feature = "serde_json")))]
    pub fn serialize<T: serde::Serialize + ?Sized>(
        value: &T,
    ) -> Result<Extension, serde_json::Error> {
        let value = serde_json::to_value(value)?;
        serde_json::to_string(&value).map(|json| Extension(json.into()))
    }
}

impl From<&str> for Extension {
    fn from(text: &str) -> Extension {
        let mut json = String::with_capacity(text.len() + 2);
        push_string(&mut json, text);
        Extension(json.into())
    }
}

impl From<String> for Extension {
    fn from(text: String) -> Extension {
        Extension::from(text.as_str())
    }
}

impl From<Cow<'_, str>> for Extension {
    fn from(text: Cow<'_, str>) -> Extension {
        Extension::from(text.as_ref())
    }
}

impl From<bool> for Extension {
    fn from(value: bool) -> Extension {
        Extension(Cow::Borrowed(if value { "true" } else { "false" }))
    }
}

macro_rules! integers {
    ($($ty:ty)*) => {$(
        impl From<$ty> for Extension {
            fn from(value: $ty) -> Extension {
                Extension(value.to_string().into())
            }
        }
    )*};
}
integers!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

macro_rules! floats {
    ($($ty:ty)*) => {$(
        impl From<$ty> for Extension {
            /// A finite number, written as its shortest text that reads back
            /// the same (`0.1`, `1e300`, `5e-324`); JSON has no NaN or
            /// infinity, so those become `null`.
            fn from(value: $ty) -> Extension {
                if !value.is_finite() {
                    return Extension::NULL;
                }
                // Plain digits between 1e-5 and 1e16, as people write them;
                // an exponent outside, where plain digits would run to hundreds.
                let magnitude = value.abs();
                let mut text = if magnitude == 0.0 || (1e-5..1e16).contains(&magnitude) {
                    value.to_string()
                } else {
                    alloc::format!("{value:e}")
                };
                // `1.0`, not `1`: parsers then read a float, as from serde_json.
                if !text.contains(['.', 'e']) {
                    text.push_str(".0");
                }
                Extension(text.into())
            }
        }
    )*};
}
floats!(f32 f64);

impl From<crate::status_code::StatusCode> for Extension {
    fn from(status: crate::status_code::StatusCode) -> Extension {
        Extension::from(status.as_u16())
    }
}

impl<T: Into<Extension>> From<Option<T>> for Extension {
    fn from(value: Option<T>) -> Extension {
        value.map_or(Extension::NULL, Into::into)
    }
}

impl<T: Into<Extension>> From<Vec<T>> for Extension {
    fn from(values: Vec<T>) -> Extension {
        let mut json = String::from("[");
        for (i, value) in values.into_iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            json.push_str(value.into().as_json());
        }
        json.push(']');
        Extension(json.into())
    }
}

/// Whether `text` is one JSON value (RFC 8259) and nothing else, nested at
/// most 64 deep: what a hand-written `ProblemParts::member` writes is
/// checked before it is pasted into a body, so no text can end the value
/// early and add members of its own.
///
/// And one that every parser reads the same (I-JSON, RFC 7493): no escaped
/// surrogate without its pair (§2.1, RFC 8259 §8.2: some parsers refuse
/// it, others write U+FFFD), no number beyond a double (§2.2: `1e400` is
/// an error to some, infinity to others), no object with a member name
/// twice (§2.3: some keep the first value, others the last), names
/// compared as the text they escape.
pub(crate) fn is_json(text: &str) -> bool {
    let mut reader = Reader(text.as_bytes(), 0);
    reader.value(0) && {
        reader.space();
        reader.1 == reader.0.len()
    }
}

/// A cursor over JSON text.
struct Reader<'a>(&'a [u8], usize);

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.0.get(self.1).copied()
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.1 += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        self.space();
        let found = self.peek() == Some(byte);
        self.1 += usize::from(found);
        found
    }

    fn word(&mut self, word: &[u8]) -> bool {
        let found = self.0[self.1..].starts_with(word);
        self.1 += if found { word.len() } else { 0 };
        found
    }

    fn value(&mut self, depth: u8) -> bool {
        if depth > 64 {
            return false;
        }
        self.space();
        match self.peek() {
            Some(b'{') => {
                self.1 += 1;
                if self.eat(b'}') {
                    return true;
                }
                let mut names = BTreeSet::new();
                loop {
                    self.space();
                    let mut name = String::new();
                    if !(self.string(Some(&mut name))
                        && names.insert(name)
                        && self.eat(b':')
                        && self.value(depth + 1))
                    {
                        return false;
                    }
                    if self.eat(b'}') {
                        return true;
                    }
                    if !self.eat(b',') {
                        return false;
                    }
                }
            }
            Some(b'[') => {
                self.1 += 1;
                if self.eat(b']') {
                    return true;
                }
                loop {
                    if !self.value(depth + 1) {
                        return false;
                    }
                    if self.eat(b']') {
                        return true;
                    }
                    if !self.eat(b',') {
                        return false;
                    }
                }
            }
            Some(b'"') => self.string(None),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => false,
        }
    }

    /// A string; its text, escapes read, goes to `text` when asked for.
    fn string(&mut self, mut text: Option<&mut String>) -> bool {
        if self.peek() != Some(b'"') {
            return false;
        }
        self.1 += 1;
        // Where the text since the last escape starts.
        let mut run = self.1;
        while let Some(byte) = self.peek() {
            match byte {
                b'"' => {
                    self.copy(run, &mut text);
                    self.1 += 1;
                    return true;
                }
                b'\\' => {
                    self.copy(run, &mut text);
                    self.1 += 1;
                    let Some(c) = self.escape() else {
                        return false;
                    };
                    if let Some(text) = text.as_deref_mut() {
                        text.push(c);
                    }
                    run = self.1;
                }
                0..=0x1f => return false,
                _ => self.1 += 1,
            }
        }
        false
    }

    /// Appends the bytes from `run` to here to `text`, when asked for: whole
    /// UTF-8, since the input is a `str` and each stop is an ASCII byte.
    fn copy(&self, run: usize, text: &mut Option<&mut String>) {
        if let Some(text) = text.as_deref_mut() {
            let bytes = self.0.get(run..self.1).unwrap_or_default();
            text.push_str(core::str::from_utf8(bytes).unwrap_or_default());
        }
    }

    /// The character that an escape stands for, read after its backslash
    /// (a surrogate pair as one); `None` for an unknown escape or an
    /// unpaired surrogate.
    fn escape(&mut self) -> Option<char> {
        let escape = self.peek()?;
        self.1 += 1;
        Some(match escape {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4()?;
                match unit {
                    0xd800..=0xdbff => {
                        // A high surrogate: a low one must follow at once.
                        if !self.word(b"\\u") {
                            return None;
                        }
                        let low = self.hex4()?;
                        if !(0xdc00..=0xdfff).contains(&low) {
                            return None;
                        }
                        let code = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00);
                        char::from_u32(code)?
                    }
                    _ => char::from_u32(unit)?, // `None` for a low one alone
                }
            }
            _ => return None,
        })
    }

    /// Four hexadecimal digits, as a number.
    fn hex4(&mut self) -> Option<u32> {
        let hex = self.0.get(self.1..self.1 + 4)?;
        let mut value = 0;
        for digit in hex {
            value = value * 16 + char::from(*digit).to_digit(16)?;
        }
        self.1 += 4;
        Some(value)
    }

    fn digits(&mut self) -> usize {
        let start = self.1;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.1 += 1;
        }
        self.1 - start
    }

    fn number(&mut self) -> bool {
        let start = self.1;
        self.1 += usize::from(self.peek() == Some(b'-'));
        match self.peek() {
            Some(b'0') => self.1 += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return false,
        }
        if self.peek() == Some(b'.') {
            self.1 += 1;
            if self.digits() == 0 {
                return false;
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.1 += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.1 += 1;
            }
            if self.digits() == 0 {
                return false;
            }
        }
        // JSON's number syntax is within Rust's, so this reads every
        // number; past a double's range it reads as infinite.
        core::str::from_utf8(&self.0[start..self.1])
            .ok()
            .and_then(|number| number.parse::<f64>().ok())
            .is_some_and(f64::is_finite)
    }
}

#[cfg(test)]
mod json_tests {
    use super::is_json;

    #[test]
    fn only_one_whole_json_value_passes() {
        for good in [
            "30",
            "-1.5e3",
            "0",
            "\"a\\\"b\\u00e9\"",
            "true",
            "null",
            "[]",
            "[1,[2,{}]]",
            "{\"a\":1,\"b\":[true,null]}",
            " { } ",
        ] {
            assert!(is_json(good), "{good}");
        }
        for bad in [
            "",
            "1,\"status\":200",
            "01",
            "1.",
            "-",
            "\"open",
            "[1,]",
            "{\"a\"}",
            "{a:1}",
            "tru",
            "1 2",
            "\"\u{1}\"",
            "\"\\x\"",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        ] {
            assert!(!is_json(bad), "{bad}");
        }
    }

    /// What some parsers read one way and others another, or not at all,
    /// is not one JSON value for every client (I-JSON, RFC 7493).
    #[test]
    fn json_that_parsers_read_differently_is_refused() {
        for good in [
            r#""\ud83d\ude00""#,
            r#""\uD83D\uDE00 and \u00e9""#,
            "1e308",
            "-1.7976931348623157e308",
            "1e-400",
            r#"{"a":1,"b":{"a":2}}"#,
            r#"[{"a":1},{"a":2}]"#,
            r#"{"a":1,"A":2}"#,
        ] {
            assert!(is_json(good), "{good}");
        }
        for bad in [
            // RFC 8259 §8.2: unpaired surrogates.
            r#""\ud800""#,
            r#""\ud800x""#,
            r#""\ud800\u0041""#,
            r#""\ud800\ud800""#,
            r#""\udc00""#,
            r#""\uDFFF\uD800""#,
            r#"{"\ud800":1}"#,
            // RFC 7493 §2.2: numbers beyond a double.
            "1e400",
            "-1e400",
            "[0,1E+999]",
            // RFC 7493 §2.3: a member name twice, however it is written.
            r#"{"a":1,"a":2}"#,
            r#"{"a":1,"\u0061":2}"#,
            r#"{"x":{"b":1,"c":2,"b":3}}"#,
            r#"[{"a":1,"a":1}]"#,
        ] {
            assert!(!is_json(bad), "{bad}");
        }
        // 1 and 309 zeros: plain digits, past a double all the same.
        let long = alloc::format!("1{}", "0".repeat(309));
        assert!(!is_json(&long) && is_json(&long[..300]));
    }
}
