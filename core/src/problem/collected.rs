//! The members and headers an error writes through [`ProblemParts`],
//! rendered once and checked: a member whose name RFC 9457 defines, or that
//! was already written, is dropped; a header whose name is not a token or
//! whose value could split the header section is dropped, and named in
//! `dropped` for the log.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::{self, Display};

use crate::ProblemParts;

#[derive(Debug, Default)]
pub(crate) struct Collected {
    pub(crate) members: Vec<(&'static str, String)>,
    pub(crate) headers: Vec<(&'static str, String)>,
    /// Headers dropped for an invalid name or value.
    pub(crate) dropped: Vec<&'static str>,
}

impl Collected {
    /// What `error` writes.
    pub(crate) fn of(error: &impl crate::HttpStatus) -> Collected {
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
        let taken =
            super::STANDARD_MEMBERS.contains(&name) || self.members.iter().any(|(n, _)| *n == name);
        if let (false, Some(json)) = (taken, rendered(json)) {
            self.members.push((name, json));
        }
    }

    fn header(&mut self, name: &'static str, value: &dyn Display) {
        let Some(value) = rendered(value) else {
            return; // `None` or an empty value: no header
        };
        let token = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b));
        // RFC 9110 §5.5: visible characters, spaces and tabs inside, none
        // at the ends; never CR, LF or NUL, which would split the section.
        let field = value
            .bytes()
            .all(|b| b == b'\t' || b == b' ' || b >= 0x21 && b != 0x7f)
            && !value.starts_with([' ', '\t'])
            && !value.ends_with([' ', '\t']);
        if token && field {
            self.headers.push((name, value));
        } else {
            self.dropped.push(name);
        }
    }
}
