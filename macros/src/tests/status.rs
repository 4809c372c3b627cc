use http_status_core::StatusCode;
use proc_macro2::{TokenStream, TokenTree};
use proptest::prelude::*;

use super::support::{column, tokens};
use crate::status::expand;

/// Where the user's tokens start in `krate <tokens>`.
const USER: usize = "krate ".len();

/// The expected expansion, parsed: compared as a syn tree, never as printed text.
fn path_to(name: &str) -> syn::ExprPath {
    syn::parse_str(&format!("<krate::StatusCode>::{name}")).unwrap()
}

fn parsed(output: TokenStream) -> syn::ExprPath {
    syn::parse2(output).unwrap()
}

fn expand_str(user: &str) -> syn::Result<TokenStream> {
    expand(tokens(&format!("krate {user}")))
}

#[test]
fn every_u16_literal_is_accepted_exactly_when_registered() {
    for value in 0..=u16::MAX {
        for literal in [value.to_string(), format!("{value}u16")] {
            match (expand_str(&literal), StatusCode::from_u16(value)) {
                (Ok(output), Ok(status)) => {
                    assert_eq!(parsed(output.clone()), path_to(status.constant_name()));
                    // The path starts and ends on the literal: the deprecation
                    // lint and the IDE's hover both land there.
                    let tokens: Vec<TokenTree> = output.into_iter().collect();
                    assert_eq!(column(tokens[0].span()), USER, "{literal}");
                    assert_eq!(column(tokens[tokens.len() - 1].span()), USER, "{literal}");
                }
                (Err(error), Err(unknown)) => {
                    assert_eq!(column(error.span()), USER, "{literal}");
                    let message = error.to_string();
                    assert!(
                        message.starts_with(&unknown.to_string()),
                        "{literal}: {message}"
                    );
                    match unknown.help() {
                        Some(help) => {
                            assert!(message.ends_with(&format!("\nhelp: {help}")), "{message}")
                        }
                        None => assert!(!message.contains('\n'), "{message}"),
                    }
                }
                (output, expected) => {
                    panic!("{literal}: {output:?} but the catalog says {expected:?}")
                }
            }
        }
    }
}

#[test]
fn every_phrase_current_or_former_resolves() {
    for &status in StatusCode::ALL {
        let phrases =
            std::iter::once(status.reason()).chain(status.former_reasons().iter().copied());
        for phrase in phrases {
            for written in [
                phrase.to_owned(),
                phrase.to_lowercase(),
                phrase.to_uppercase(),
            ] {
                let output = expand_str(&format!("{written:?}")).unwrap();
                assert!(
                    output.to_string().ends_with(status.constant_name()),
                    "{written}"
                );
            }
        }
    }
    let raw = expand_str(r##"r#"Request Entity Too Large"#"##).unwrap();
    assert!(raw.to_string().ends_with("CONTENT_TOO_LARGE"));
}

#[test]
fn a_forwarded_literal_in_an_invisible_group_is_unwrapped() {
    let literal: TokenStream = tokens("404");
    let group = proc_macro2::Group::new(proc_macro2::Delimiter::None, literal);
    let mut input = tokens("krate");
    input.extend([TokenTree::Group(group)]);
    assert_eq!(parsed(expand(input).unwrap()), path_to("NOT_FOUND"));
}

#[test]
fn a_trailing_comma_is_allowed() {
    assert!(expand_str("404,").is_ok());
}

/// Each malformed kind: its message, and the column the caret starts at.
#[test]
fn malformed_input_gets_one_plain_spanned_message() {
    let cases: &[(&str, &str, usize)] = &[
        (
            "404.0",
            "status codes are integers, found the float `404.0`\nhelp: write `404`",
            0,
        ),
        ("4e2", "status codes are integers, found the float `4e2`", 0),
        (
            "-404",
            "status codes are never negative, found `-404`\nhelp: write `404`",
            0,
        ),
        (
            "404u8",
            "`404u8` has the suffix `u8`, but a status code is a `u16`\nhelp: write `404` or `404u16`",
            0,
        ),
        (
            "0x194",
            "status codes are written in decimal, found the hexadecimal literal `0x194`\nhelp: write `404`",
            0,
        ),
        (
            "0b1",
            "status codes are written in decimal, found the binary literal `0b1`",
            0,
        ),
        (
            "\"Not Fond\"",
            "\"Not Fond\" is not a registered reason phrase\nhelp: did you mean \"Not Found\" (404)?",
            0,
        ),
        (
            "\"banana\"",
            "\"banana\" is not a registered reason phrase",
            0,
        ),
        ("'4'", "found the character literal `'4'`", 0),
        ("true", "found a boolean `true`", 0),
        (
            "OK",
            "found an identifier `OK`\nhelp: write `200` for `StatusCode::OK`",
            0,
        ),
        ("foo::bar", "found a path `foo::bar`", 0),
        ("400 + 4", "found an expression", 0),
        ("(404)", "found an expression", 0),
        (
            "404, 500",
            "`status!` takes exactly one status code, found more after the first",
            3,
        ),
        ("418, 500", "418 is reserved", 0),
        (
            "404 500",
            "`status!` takes exactly one status code, found `500` after `404`\nhelp: write one code, such as `status!(404)`",
            4,
        ),
        ("418 500", "418 is reserved", 0),
        ("404 as u16", "found an expression", 0),
        (
            "::http_status::StatusCode::NOT_FOUND",
            "found a path `::http_status::StatusCode::NOT_FOUND`\nhelp: write `404` for `StatusCode::NOT_FOUND`",
            0,
        ),
        // The first item's own mistake comes first.
        (
            "StatusCode::NOT_FOUND GONE",
            "found a path `StatusCode::NOT_FOUND`",
            0,
        ),
        ("b\"x\"", "found the byte string literal", 0),
        (
            "99999999999999999999999999999999999999999",
            "is not an HTTP status code",
            0,
        ),
    ];
    for &(user, expected, offset) in cases {
        let error = expand_str(user).unwrap_err();
        let message = error.to_string();
        assert!(message.contains(expected), "{user}: {message}");
        assert_eq!(error.into_iter().count(), 1, "{user}: one error");
        let error = expand_str(user).unwrap_err();
        assert_eq!(column(error.span()), USER + offset, "{user}");
    }
}

#[test]
fn empty_input_is_an_error_not_a_panic() {
    let error = expand_str("").unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("`status!` needs a status code")
    );
    assert!(expand(TokenStream::new()).is_err());
}

/// Tokens a user might plausibly type, good and bad.
fn token_strategy() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<u32>().prop_map(|n| n.to_string()),
        (100u16..600).prop_map(|n| n.to_string()),
        any::<u16>().prop_map(|n| format!("{n}u16")),
        any::<u16>().prop_map(|n| format!("{n}i8")),
        any::<f32>().prop_map(|f| format!("{:?}", f.abs())),
        "[a-zA-Z_][a-zA-Z0-9_]{0,8}",
        "\"[ -~&&[^\"\\\\]]{0,20}\"",
        "'[a-z]'",
        Just("-".to_owned()),
        Just(",".to_owned()),
        Just("::".to_owned()),
        Just("+".to_owned()),
        Just("(404)".to_owned()),
        Just("[]".to_owned()),
        Just("0x1F".to_owned()),
        Just("b\"x\"".to_owned()),
        Just("r#\"Not Found\"#".to_owned()),
    ]
}

proptest! {
    #[test]
    fn arbitrary_tokens_never_panic_and_errors_are_spanned(parts in prop::collection::vec(token_strategy(), 0..6)) {
        let user = parts.join(" ");
        match expand_str(&user) {
            Ok(output) => {
                let text = output.to_string();
                prop_assert!(text.starts_with("< krate :: StatusCode > ::"), "{}", text);
            }
            Err(error) => {
                let message = error.to_string();
                prop_assert!(!message.is_empty());
                prop_assert!(message.lines().count() <= 2, "{}", message);
                if !user.trim().is_empty() {
                    prop_assert!(column(error.span()) >= USER, "{}: {}", user, message);
                }
            }
        }
    }
}
