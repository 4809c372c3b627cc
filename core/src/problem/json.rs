//! The JSON that problem bodies are written in (RFC 8259), without a JSON
//! library: strings escaped, numbers and extension values rendered.

use alloc::borrow::Cow;
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
                loop {
                    self.space();
                    if !(self.string() && self.eat(b':') && self.value(depth + 1)) {
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
            Some(b'"') => self.string(),
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => false,
        }
    }

    fn string(&mut self) -> bool {
        if self.peek() != Some(b'"') {
            return false;
        }
        self.1 += 1;
        while let Some(byte) = self.peek() {
            self.1 += 1;
            match byte {
                b'"' => return true,
                b'\\' => {
                    let escape = self.peek();
                    self.1 += 1;
                    match escape {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {}
                        Some(b'u') => {
                            let hex = self.0.get(self.1..self.1 + 4);
                            if !hex.is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)) {
                                return false;
                            }
                            self.1 += 4;
                        }
                        _ => return false,
                    }
                }
                0..=0x1f => return false,
                _ => {}
            }
        }
        false
    }

    fn digits(&mut self) -> usize {
        let start = self.1;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.1 += 1;
        }
        self.1 - start
    }

    fn number(&mut self) -> bool {
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
        true
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
}
