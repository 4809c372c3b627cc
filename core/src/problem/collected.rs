//! The members and headers an error writes through [`ProblemParts`],
//! rendered once and checked: a member whose name RFC 9457 defines, that
//! was already written, or whose text is not one JSON value, is dropped; a
//! header whose name is not a token or one the response writes itself, or
//! whose value could split the header section, is dropped, and named in
//! `dropped` for the log.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Display};

use crate::parts::ProblemParts;
use http_status_table::names::{RESPONSE_OWNED, STANDARD_MEMBERS, is_member_name, is_token};

#[derive(Debug, Default)]
pub(crate) struct Collected {
    pub(crate) members: Vec<(&'static str, String)>,
    pub(crate) headers: Vec<(&'static str, String)>,
    /// Headers dropped for an invalid name or value.
    pub(crate) dropped: Vec<&'static str>,
}

impl Collected {
    /// What `error` writes.
    pub(crate) fn of(error: &impl crate::http_status::HttpStatus) -> Collected {
        let mut collected = Collected::default();
        error.problem_parts(&mut collected);
        collected
    }
}

/// `value` rendered, or `None` where its `Display` fails or writes nothing.
fn rendered(value: &dyn Display) -> Option<String> {
    let mut text = String::new();
    fmt::write(&mut text, format_args!("{value}")).ok()?;
    (!text.is_empty()).then_some(text)
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
        let Some(value) = rendered(value) else {
            return; // `None` or an empty value: no header
        };
        let token = is_token(name);
        // The response writes these itself, from its body and challenge.
        let owned = RESPONSE_OWNED
            .iter()
            .chain(&["www-authenticate"])
            .any(|owned| name.eq_ignore_ascii_case(owned));
        // RFC 9110 §5.5: visible characters, spaces and tabs inside, none
        // at the ends; never CR, LF or NUL, which would split the section.
        let field = value
            .bytes()
            .all(|b| b == b'\t' || b == b' ' || b >= 0x21 && b != 0x7f)
            && !value.starts_with([' ', '\t'])
            && !value.ends_with([' ', '\t']);
        if token && field && !owned {
            self.headers.push((name, value));
        } else {
            self.dropped.push(name);
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
        assert_eq!(collected.dropped, ["Content-Type", "x-split"]);
        assert_eq!(
            Problem::new(Careless).to_json(),
            r#"{"status":400,"title":"Bad Request","detail":"careless","count":3}"#
        );
    }
}
