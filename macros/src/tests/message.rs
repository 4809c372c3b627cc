//! The reader of `#[error(...)]`: which fields a message shows, on every
//! shape thiserror accepts, through invisible groups, and never a panic.

use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};
use proptest::prelude::*;

use super::support::tokens;
use crate::derive::expand;

/// The first error of deriving `source`, if any.
fn first_error(source: TokenStream) -> Option<String> {
    expand(source).err().map(|e| {
        e.into_iter()
            .next()
            .map(|e| e.to_string())
            .unwrap_or_default()
    })
}

/// A 5xx marked `expose` whose message is `message`, with a source field 0
/// and a plain field 1.
fn exposed(message: TokenStream) -> TokenStream {
    let mut attr = TokenStream::new();
    attr.extend(tokens("error"));
    attr.extend([TokenTree::Group(Group::new(
        Delimiter::Parenthesis,
        message,
    ))]);
    let attr = TokenTree::Group(Group::new(Delimiter::Bracket, attr));
    let mut source = tokens("#");
    source.extend([attr]);
    source.extend(tokens("#[status(503, expose)] struct S(#[source] E, u64);"));
    source
}

fn verdict(message: &str) -> Option<String> {
    first_error(exposed(tokens(message)))
}

#[test]
fn plain_messages_that_show_no_source_pass() {
    for message in [
        r#""read-only""#,
        r#""read-only for {1} minutes""#,
        r#""read-only for {} minutes", .1"#,
        r#""read-only for {} minutes", _1"#,
        r#""read-only for {m} minutes", m = .1"#,
        r#""read-only","#,
    ] {
        assert_eq!(verdict(message), None, "{message}");
    }
}

#[test]
fn every_way_to_name_the_source_is_refused() {
    for message in [
        r#""x {0}""#,
        r#""x {0:?}""#,
        r#""x {_0}""#,
        r#""x {}", .0"#,
        r#""x {}", _0"#,
        r#""x {s}", s = .0"#,
        r#""x {:>1$}", .1, .0"#,
        "transparent",
    ] {
        let error = verdict(message).unwrap_or_else(|| panic!("{message} passed"));
        assert!(error.contains("(field `0`)"), "{message}: {error}");
    }
}

#[test]
fn every_message_that_cannot_be_read_is_refused() {
    for (message, why) in [
        ("fmt = show", "a function"),
        (r#""x {}", .0.0"#, "an expression"),
        (r#""x {}", .0.to_string()"#, "an expression"),
        (r#""x {}", self.source().unwrap()"#, "an expression"),
        (r#""x {}", self"#, "formats `self`"),
        (r#""x {self}""#, "formats `{self}`"),
        (r#""x {}", .7"#, "names no field"),
        (r#""x {}", .1.inner"#, "an expression"),
        (
            r#""database {DATABASE_URL} is down""#,
            "`DATABASE_URL`, which is not a field",
        ),
        (
            r#""database {}", DATABASE_URL"#,
            "`DATABASE_URL`, which is not a field",
        ),
        (
            r#""database {url}", url = DATABASE_URL"#,
            "`DATABASE_URL`, which is not a field",
        ),
        (r#""{_variant}: {_1}""#, "`_variant`, which is not a field"),
        ("concat!(\"x\", \"{0}\")", "not a string literal"),
        ("", "not a string literal"),
        (r#""x" "y""#, "cannot parse"),
    ] {
        let error = verdict(message).unwrap_or_else(|| panic!("{message} passed"));
        assert!(error.contains(why), "{message}: {error}");
    }
}

/// rustc hands a forwarded `$msg:literal`, `$msg:expr` or `$arg:expr` to
/// the derive in an invisible group: read as if it were not there.
#[test]
fn invisible_groups_are_read_through() {
    let none = |source: &str| TokenTree::Group(Group::new(Delimiter::None, tokens(source)));
    let literal = TokenStream::from_iter([none(r#""x {0}""#)]);
    assert!(first_error(exposed(literal)).is_some_and(|e| e.contains("source error")));
    let mut with_argument = TokenStream::from_iter([none(r#""x {}""#)]);
    with_argument.extend(tokens(", .0"));
    assert!(first_error(exposed(with_argument)).is_some_and(|e| e.contains("source error")));
    let mut expression = tokens(r#""x {}","#);
    expression.extend([none("self.0.to_string()")]);
    assert!(first_error(exposed(expression)).is_some_and(|e| e.contains("an expression")));
    let fine = TokenStream::from_iter([none(r#""read-only""#)]);
    assert_eq!(first_error(exposed(fine)), None);
}

fn message_token() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        r#""x {0}""#,
        r#""{}""#,
        r#""{_0:?}""#,
        r#""{{0}}""#,
        r#""{:1$}""#,
        "\"{\"",
        ",",
        ".",
        "0",
        "0.0",
        "1",
        "_0",
        "source",
        "self",
        "=",
        "==",
        "fmt",
        "transparent",
        "show",
        "(a, b)",
        "[.0]",
        "{ .0 }",
        "::x",
        "'a",
        "-",
    ])
}

proptest! {
    /// Any message, with fragments in invisible groups, gives an impl or
    /// errors, never a panic.
    #[test]
    fn arbitrary_messages_never_panic(
        parts in prop::collection::vec((message_token(), any::<bool>()), 0..8),
    ) {
        let mut message = TokenStream::new();
        for (part, wrap) in parts {
            let part = tokens(part);
            if wrap {
                message.extend([TokenTree::Group(Group::new(Delimiter::None, part))]);
            } else {
                message.extend(part);
            }
        }
        let _ = expand(exposed(message.clone()));
        // Without `expose`, the message decides the answer, and never panics.
        let mut source = tokens("#");
        let mut attr = tokens("error");
        attr.extend([TokenTree::Group(Group::new(Delimiter::Parenthesis, message))]);
        source.extend([TokenTree::Group(Group::new(Delimiter::Bracket, attr))]);
        source.extend(tokens("#[status(400)] struct S(#[source] E, u64);"));
        let _ = expand(source);
    }
}
