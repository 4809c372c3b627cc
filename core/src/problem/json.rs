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
/// RFC 9457 扩展成员的值：任意 JSON 值。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::Extension;
///
/// assert_eq!(Extension::from(30u32).as_json(), "30");
/// assert_eq!(Extension::from(0.1f32).as_json(), "0.1");
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

    /// A JSON object of `members`, in order.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Extension;
    /// let field = Extension::object([("name", Extension::from("email")), ("reason", "taken".into())]);
    /// assert_eq!(field.as_json(), r#"{"name":"email","reason":"taken"}"#);
    /// ```
    pub fn object<K, V>(members: impl IntoIterator<Item = (K, V)>) -> Extension
    where
        K: AsRef<str>,
        V: Into<Extension>,
    {
        let mut json = String::from("{");
        for (i, (name, value)) in members.into_iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            push_string(&mut json, name.as_ref());
            json.push(':');
            json.push_str(value.into().as_json());
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

    /// Any `Serialize` value, rendered by `serde_json`.
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
        serde_json::to_string(value).map(|json| Extension(json.into()))
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
            /// A finite number, written as its shortest text (`0.1`); JSON
            /// has no NaN or infinity, so those become `null`.
            fn from(value: $ty) -> Extension {
                if value.is_finite() {
                    Extension(value.to_string().into())
                } else {
                    Extension::NULL
                }
            }
        }
    )*};
}
floats!(f32 f64);

impl From<crate::StatusCode> for Extension {
    fn from(status: crate::StatusCode) -> Extension {
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
