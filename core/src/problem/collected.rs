//! The members and headers an error writes through [`ProblemParts`],
//! rendered once and checked: a member whose name RFC 9457 defines, that
//! was already written, or whose text is not one JSON value, is dropped; a
//! header whose name is not a token, one the response writes itself or one
//! about a body or connection the problem does not have, or whose value is
//! not short, visible ASCII, is dropped, and named in `dropped` with the
//! reason, for the log.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Display};

use crate::parts::ProblemParts;
use http_status_table::names::{
    FRAMING_FIELDS, MAX_HEADER_VALUE, RESPONSE_OWNED, STANDARD_MEMBERS, ValueFault,
    field_value_fault, is_member_name, is_token,
};

#[derive(Debug, Default)]
pub(crate) struct Collected {
    pub(crate) members: Vec<(&'static str, String)>,
    pub(crate) headers: Vec<(&'static str, String)>,
    /// Headers dropped, and why.
    pub(crate) dropped: Vec<(&'static str, Dropped)>,
    /// A `WWW-Authenticate` value the error wrote (a `#[www_authenticate]`
    /// field), checked: a 401 sends it in place of its literal challenge.
    pub(crate) challenge: Option<String>,
}

/// Why a header the error wrote was not sent: what the log line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dropped {
    /// The name is not a token.
    Name,
    /// The response writes it itself.
    Owned,
    /// It describes a body or a connection the problem does not have.
    Framing,
    /// The value is not one the field may carry.
    Value(ValueFault),
}

impl Display for Dropped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Dropped::Name => f.write_str("its name is not a token (RFC 9110 §5.1)"),
            Dropped::Owned => f.write_str("the response sets it itself"),
            Dropped::Framing => {
                f.write_str("it describes a body or a connection that a problem response does not have")
            }
            Dropped::Value(ValueFault::NotFieldValue) => f.write_str(
                "its value is not a valid field value (a control character, or white space at an end; RFC 9110 §5.5)",
            ),
            Dropped::Value(ValueFault::TooLong) => {
                write!(f, "its value is over {MAX_HEADER_VALUE} bytes")
            }
            Dropped::Value(ValueFault::NotAscii) => {
                f.write_str("its value is not ASCII (RFC 9110 §5.5)")
            }
        }
    }
}

impl Collected {
    /// What `error` writes.
    pub(crate) fn of(error: &impl crate::http_status::HttpStatus) -> Collected {
        let mut collected = Collected::default();
        error.problem_parts(&mut collected);
        collected
    }

    /// `challenge`, where it is a valid field value (as an error's own
    /// headers must be); else `None`, and it is named in `dropped`.
    #[cfg(feature = "framework")]
    pub(crate) fn challenge(&mut self, challenge: &'static str) -> Option<&'static str> {
        match field_value_fault(challenge) {
            None => Some(challenge),
            Some(fault) => {
                self.dropped
                    .push(("www-authenticate", Dropped::Value(fault)));
                None
            }
        }
    }
}

/// `value` rendered, or `None` where its `Display` fails or writes nothing.
fn rendered(value: &dyn Display) -> Option<String> {
    let mut text = String::new();
    fmt::write(&mut text, format_args!("{value}")).ok()?;
    (!text.is_empty()).then_some(text)
}

/// A header's value rendered, `None` where its `Display` fails or writes
/// nothing; rendering stops past [`MAX_HEADER_VALUE`] bytes, so a huge
/// value costs no more than the bound before it is refused.
fn bounded(value: &dyn Display) -> Result<Option<String>, ValueFault> {
    struct Capped(String, bool);

    impl fmt::Write for Capped {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            if self.0.len() + s.len() > MAX_HEADER_VALUE {
                self.1 = true;
                return Err(fmt::Error);
            }
            self.0.push_str(s);
            Ok(())
        }
    }

    let mut text = Capped(String::new(), false);
    match fmt::write(&mut text, format_args!("{value}")) {
        _ if text.1 => Err(ValueFault::TooLong),
        Ok(()) if !text.0.is_empty() => Ok(Some(text.0)),
        _ => Ok(None),
    }
}

impl ProblemParts for Collected {
    fn member(&mut self, name: &'static str, json: &dyn Display) {
        // The rules of `Problem::insert_extension`, and JSON that is one
        // value: what a hand-written impl writes cannot add members.
        let taken = STANDARD_MEMBERS.contains(&name)
            || !is_member_name(name)
            || self.members.iter().any(|(n, _)| *n == name);
        match rendered(json) {
            Some(json) if !taken && super::json::is_json(&json) => self.members.push((name, json)),
            _ => {}
        }
    }

    fn header(&mut self, name: &'static str, value: &dyn Display) {
        let value = match bounded(value) {
            Ok(Some(value)) => value,
            Ok(None) => return, // `None` or an empty value: no header
            Err(fault) => {
                self.dropped.push((name, Dropped::Value(fault)));
                return;
            }
        };
        let named = |list: &[&str]| list.iter().any(|n| name.eq_ignore_ascii_case(n));
        // The challenge of this response: checked as any value, kept apart,
        // and the response decides where it goes (a 401's, and only once).
        if named(&["www-authenticate"]) {
            match (field_value_fault(&value), &self.challenge) {
                (None, None) => self.challenge = Some(value),
                (Some(fault), _) => self.dropped.push((name, Dropped::Value(fault))),
                (None, Some(_)) => self.dropped.push((name, Dropped::Owned)),
            }
            return;
        }
        let fault = if !is_token(name) {
            Some(Dropped::Name)
        // The response writes these itself, from its body and challenge.
        } else if named(&RESPONSE_OWNED) || named(&["www-authenticate"]) {
            Some(Dropped::Owned)
        } else if named(&FRAMING_FIELDS) {
            Some(Dropped::Framing)
        } else {
            field_value_fault(&value).map(Dropped::Value)
        };
        match fault {
            None => self.headers.push((name, value)),
            Some(fault) => self.dropped.push((name, fault)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http_status::HttpStatus;
    use crate::problem::Problem;
    use crate::status_code::StatusCode;

    /// A hand-written impl that writes what it should not.
    struct Careless;

    impl HttpStatus for Careless {
        fn status(&self) -> StatusCode {
            StatusCode::BAD_REQUEST
        }

        fn problem_parts(&self, parts: &mut dyn ProblemParts) {
            parts.member("reason", &r#"1,"status":200"#);
            parts.member("title", &r#""hijacked""#);
            parts.member("my field", &"1");
            parts.member("count", &"3");
            parts.member("count", &"4");
            parts.header("Content-Type", &"text/html");
            parts.header("x-split", &"a\r\nset-cookie: b");
            parts.header("Retry-After", &"30");
        }
    }

    impl core::fmt::Display for Careless {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("careless")
        }
    }

    #[test]
    fn what_a_hand_written_impl_writes_is_checked() {
        let collected = Collected::of(&Careless);
        assert_eq!(collected.members, [("count", "3".into())]);
        assert_eq!(collected.headers, [("Retry-After", "30".into())]);
        assert_eq!(
            collected.dropped,
            [
                ("Content-Type", Dropped::Owned),
                ("x-split", Dropped::Value(ValueFault::NotFieldValue))
            ]
        );
        assert_eq!(
            Problem::new(Careless).to_json(),
            r#"{"status":400,"title":"Bad Request","detail":"careless","count":3}"#
        );
    }

    /// Fields about a body or a connection, and values too long or not
    /// ASCII, each next to one that passes.
    struct Framing;

    impl HttpStatus for Framing {
        fn status(&self) -> StatusCode {
            StatusCode::UNAUTHORIZED
        }

        fn problem_parts(&self, parts: &mut dyn ProblemParts) {
            for name in FRAMING_FIELDS {
                parts.header(name, &"gzip");
            }
            parts.header("Content-Encoding", &"gzip");
            parts.header("Connection", &"close");
            parts.header("x-long", &"x".repeat(MAX_HEADER_VALUE + 1));
            parts.header("x-edge", &"x".repeat(MAX_HEADER_VALUE));
            parts.header("x-latin", &"caf\u{e9}");
            parts.header("x-bad name", &"1");
            parts.header("set-cookie", &"session=; Max-Age=0");
        }
    }

    impl core::fmt::Display for Framing {
        fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("framing")
        }
    }

    #[test]
    fn framing_fields_and_long_or_non_ascii_values_are_dropped_with_a_reason() {
        let collected = Collected::of(&Framing);
        let kept: Vec<_> = collected.headers.iter().map(|(n, _)| *n).collect();
        assert_eq!(kept, ["x-edge", "set-cookie"]);
        assert_eq!(collected.headers[0].1.len(), MAX_HEADER_VALUE, "never cut");
        let mut expected: Vec<(&str, Dropped)> = FRAMING_FIELDS
            .iter()
            .map(|name| {
                let why = match *name {
                    "transfer-encoding" => Dropped::Owned,
                    _ => Dropped::Framing,
                };
                (*name, why)
            })
            .collect();
        expected.extend([
            ("Content-Encoding", Dropped::Framing),
            ("Connection", Dropped::Framing),
            ("x-long", Dropped::Value(ValueFault::TooLong)),
            ("x-latin", Dropped::Value(ValueFault::NotAscii)),
            ("x-bad name", Dropped::Name),
        ]);
        assert_eq!(collected.dropped, expected);
        let said = alloc::format!("{}", Dropped::Value(ValueFault::TooLong));
        assert_eq!(said, "its value is over 4096 bytes");
    }

    /// A value whose `Display` would write far past the bound is refused
    /// as too long, however it writes it.
    #[test]
    fn a_huge_value_is_refused_before_it_is_all_rendered() {
        struct Endless;

        impl core::fmt::Display for Endless {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                for _ in 0..1_000_000 {
                    f.write_str("0123456789")?;
                }
                Ok(())
            }
        }

        assert_eq!(bounded(&Endless), Err(ValueFault::TooLong));
        assert_eq!(bounded(&""), Ok(None));
        assert_eq!(bounded(&"30"), Ok(Some("30".into())));
    }
}
