//! One status code as the user wrote it (`404`, `404u16`, `"Not Found"`):
//! its resolution against the catalog, and every error message about it.
//! `status!` and `#[status(...)]` both go through here.

use std::fmt::Display;

use http_status_core::{Help, OutOfRange, Reserved, StatusCode};
use proc_macro2::{Delimiter, Literal, Span, TokenTree};

use crate::error::{Error, Result};
use crate::literal::string_value;

/// A code that resolved, with the span of the token that named it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved {
    pub(crate) status: StatusCode,
    pub(crate) span: Span,
}

/// What the user may write, for messages.
const EXPECTED: &str =
    "expected a status code such as `404` or a reason phrase such as \"Not Found\"";

/// Resolves the tokens of exactly one code. `what` names the construct for
/// the "several codes" message, such as "`status!`".
pub(crate) fn resolve(tokens: &[TokenTree], what: &str) -> Result<Resolved> {
    match tokens {
        [] => Err(Error::new(
            Span::call_site(),
            format!(
                "{what} needs a status code\nhelp: write a code such as `404` or a phrase such as \"Not Found\""
            ),
        )),
        [TokenTree::Group(group)] if group.delimiter() == Delimiter::None => {
            // A `$code:literal` forwarded by a user's `macro_rules!` arrives in an invisible group.
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            resolve(&inner, what)
        }
        [TokenTree::Literal(literal)] => resolve_literal(literal),
        [TokenTree::Punct(minus), TokenTree::Literal(literal)] if minus.as_char() == '-' => {
            let written = format!("-{literal}");
            let help = match parse_number(&literal.to_string()) {
                Ok(Number { value, .. }) => {
                    registered(value).map(|s| format!("write `{}`", s.as_u16()))
                }
                Err(_) => None,
            };
            Err(spanned_error(
                tokens,
                message(
                    format_args!("status codes are never negative, found `{written}`"),
                    help,
                ),
            ))
        }
        [TokenTree::Ident(ident)] => Err(not_a_code(tokens, &ident.to_string())),
        [first, TokenTree::Punct(comma)] if comma.as_char() == ',' => {
            resolve(std::slice::from_ref(first), what)
        }
        [TokenTree::Ident(_), TokenTree::Punct(colon), ..]
            if colon.as_char() == ':' && is_path(tokens) =>
        {
            let last = tokens.last().map(ToString::to_string).unwrap_or_default();
            Err(not_a_code(tokens, &last))
        }
        _ => {
            let comma = tokens
                .iter()
                .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','));
            match comma {
                Some(at) if at > 0 => {
                    resolve(&tokens[..at], what)?;
                    Err(spanned_error(
                        &tokens[at..],
                        format!("{what} takes exactly one status code, found more after the first"),
                    ))
                }
                _ => Err(spanned_error(
                    tokens,
                    format!(
                        "{EXPECTED}, found an expression\nhelp: write the code as a literal; {what} cannot evaluate expressions"
                    ),
                )),
            }
        }
    }
}

/// An identifier or path: suggest the literal when it names a constant.
fn not_a_code(tokens: &[TokenTree], last: &str) -> Error {
    let kind = match (tokens.len(), last) {
        (1, "true" | "false") => "a boolean",
        (1, _) => "an identifier",
        _ => "a path",
    };
    let help = StatusCode::ALL
        .iter()
        .find(|s| s.constant_name() == last)
        .map(|s| format!("write `{}` for `StatusCode::{last}`", s.as_u16()));
    let written: String = tokens.iter().map(ToString::to_string).collect();
    spanned_error(
        tokens,
        message(format_args!("{EXPECTED}, found {kind} `{written}`"), help),
    )
}

fn is_path(tokens: &[TokenTree]) -> bool {
    tokens.iter().all(|t| {
        matches!(t, TokenTree::Ident(_)) || matches!(t, TokenTree::Punct(p) if p.as_char() == ':')
    })
}

fn resolve_literal(literal: &Literal) -> Result<Resolved> {
    let text = literal.to_string();
    let span = literal.span();
    let fail = |msg: String| Err(Error::new(span, msg));
    match text.as_bytes() {
        [b'"', ..] | [b'r', b'"' | b'#', ..] => resolve_phrase(literal, span),
        [b'\'', ..] => fail(format!("{EXPECTED}, found the character literal `{text}`")),
        [b'b', b'\'', ..] => fail(format!("{EXPECTED}, found the byte literal `{text}`")),
        [b'b' | b'c', ..] => fail(message(
            format_args!(
                "{EXPECTED}, found the {} literal `{text}`",
                if text.starts_with('b') {
                    "byte string"
                } else {
                    "C string"
                }
            ),
            Some("write a plain string such as \"Not Found\"".to_owned()),
        )),
        _ => match parse_number(&text) {
            Ok(Number {
                value,
                suffix: None | Some("u16"),
            }) => resolve_number(value, span),
            Ok(Number {
                value,
                suffix: Some(suffix),
            }) => fail(message(
                format_args!("`{text}` has the suffix `{suffix}`, but a status code is a `u16`"),
                Some(format!("write `{value}` or `{value}u16`")),
            )),
            Err(NotDecimal::Radix(name, value)) => fail(message(
                format_args!(
                    "status codes are written in decimal, found the {name} literal `{text}`"
                ),
                value
                    .and_then(registered)
                    .map(|s| format!("write `{}`", s.as_u16())),
            )),
            Err(NotDecimal::Float) => {
                let integral = text.split(['.', 'e', 'E', 'f']).next().unwrap_or_default();
                let help = integral
                    .parse()
                    .ok()
                    .and_then(registered)
                    .map(|s| format!("write `{}`", s.as_u16()));
                fail(message(
                    format_args!("status codes are integers, found the float `{text}`"),
                    help,
                ))
            }
        },
    }
}

fn resolve_number(value: u128, span: Span) -> Result<Resolved> {
    let error = match u16::try_from(value) {
        Ok(code) => match StatusCode::from_u16(code) {
            Ok(status) => return Ok(Resolved { status, span }),
            Err(unknown) => unknown.to_string(),
        },
        Err(_) => OutOfRange(i128::try_from(value).unwrap_or(i128::MAX)).to_string(),
    };
    let help = u64::try_from(value).ok().and_then(Help::for_code);
    Err(Error::new(
        span,
        message(error, help.map(|h| h.to_string())),
    ))
}

fn resolve_phrase(literal: &Literal, span: Span) -> Result<Resolved> {
    let phrase = match string_value(literal) {
        Some(phrase) => phrase,
        None => {
            return Err(Error::new(span, format!("{EXPECTED}, found `{literal}`")));
        }
    };
    if let Some(status) = StatusCode::from_reason(&phrase) {
        return Ok(Resolved { status, span });
    }
    let error = if let Some(reserved) = Reserved::from_reason(&phrase) {
        format!(
            "{literal} was the phrase of {}, which is reserved and unused ({}): {}",
            reserved.code(),
            reserved.spec(),
            reserved.explanation()
        )
    } else {
        let help = StatusCode::closest_reason(&phrase)
            .map(|s| format!("did you mean \"{}\" ({})?", s.reason(), s.as_u16()));
        message(
            format_args!("{literal} is not a registered reason phrase"),
            help,
        )
    };
    Err(Error::new(span, error))
}

/// The message, and its help line when a fix is known.
fn message(error: impl Display, help: Option<String>) -> String {
    match help {
        Some(help) => format!("{error}\nhelp: {help}"),
        None => error.to_string(),
    }
}

/// An error whose caret covers all of `tokens`.
fn spanned_error(tokens: &[TokenTree], message: impl Display) -> Error {
    Error::spanned(tokens.iter().cloned(), message)
}

fn registered(value: u128) -> Option<StatusCode> {
    u16::try_from(value)
        .ok()
        .and_then(|code| StatusCode::from_u16(code).ok())
}

/// A decimal integer literal, split into its value and suffix.
#[derive(Debug, PartialEq)]
struct Number<'a> {
    value: u128,
    suffix: Option<&'a str>,
}

#[derive(Debug, PartialEq)]
enum NotDecimal {
    /// Hexadecimal, octal or binary, with its value when it fits.
    Radix(&'static str, Option<u128>),
    Float,
}

fn parse_number(text: &str) -> std::result::Result<Number<'_>, NotDecimal> {
    let radix = match text.get(..2) {
        Some("0x") => Some(("hexadecimal", 16)),
        Some("0o") => Some(("octal", 8)),
        Some("0b") => Some(("binary", 2)),
        _ => None,
    };
    if let Some((name, radix)) = radix {
        let digits: String = text[2..]
            .chars()
            .take_while(|c| c.is_digit(radix) || *c == '_')
            .filter(|c| *c != '_')
            .collect();
        return Err(NotDecimal::Radix(
            name,
            u128::from_str_radix(&digits, radix).ok(),
        ));
    }
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '_'))
        .unwrap_or(text.len());
    let (digits, rest) = text.split_at(end);
    if rest.starts_with(['.', 'e', 'E']) || rest == "f32" || rest == "f64" {
        return Err(NotDecimal::Float);
    }
    let digits: String = digits.chars().filter(|c| *c != '_').collect();
    // Wider than u128 is certainly out of range; say so with the largest value.
    let value = digits.parse().unwrap_or(u128::MAX);
    let suffix = (!rest.is_empty()).then_some(rest);
    Ok(Number { value, suffix })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_split_into_value_and_suffix() {
        assert_eq!(
            parse_number("404"),
            Ok(Number {
                value: 404,
                suffix: None
            })
        );
        assert_eq!(
            parse_number("4_04u16"),
            Ok(Number {
                value: 404,
                suffix: Some("u16")
            })
        );
        assert_eq!(
            parse_number("404i32"),
            Ok(Number {
                value: 404,
                suffix: Some("i32")
            })
        );
        assert_eq!(
            parse_number("0x194"),
            Err(NotDecimal::Radix("hexadecimal", Some(404)))
        );
        assert_eq!(
            parse_number("0o624"),
            Err(NotDecimal::Radix("octal", Some(404)))
        );
        assert_eq!(
            parse_number("0b1"),
            Err(NotDecimal::Radix("binary", Some(1)))
        );
        assert_eq!(parse_number("404.0"), Err(NotDecimal::Float));
        assert_eq!(parse_number("404f32"), Err(NotDecimal::Float));
        assert_eq!(parse_number("4e2"), Err(NotDecimal::Float));
        assert_eq!(
            parse_number("99999999999999999999999999999999999999999"),
            Ok(Number {
                value: u128::MAX,
                suffix: None
            })
        );
    }
}
