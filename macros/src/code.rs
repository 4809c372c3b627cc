//! One status code as the user wrote it (`404`, `404u16`, `"Not Found"`):
//! its resolution against the catalog, and every error message about it.
//! `status!` and `#[status(...)]` both go through here.

use std::fmt::Display;

use http_status_table::{
    ENTRIES, Entry, PhraseUses, Reserved, SpecRef, UnknownStatusCode, Unofficial, Unused,
    WideNumber,
};
use proc_macro2::{Delimiter, Literal, Spacing, Span, TokenStream, TokenTree};
use syn::{Error, Lit, LitInt, LitStr, Result};

/// A registered code: its row of the table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Code(&'static Entry);

impl Code {
    /// The registered code `code`, if it is one.
    pub(crate) fn from_u16(code: u16) -> Option<Code> {
        http_status_table::entry_of(code).map(Code)
    }

    /// `404` or `404u16` naming a registered code, as `status!`'s fast path reads it.
    pub(crate) fn from_plain_literal(text: &str) -> Option<Code> {
        Code::from_u16(http_status_table::three_digits(
            text.strip_suffix("u16").unwrap_or(text),
        )?)
    }

    pub(crate) fn as_u16(self) -> u16 {
        self.0.code
    }

    /// The name of its constant, `NOT_FOUND`.
    pub(crate) fn constant_name(self) -> &'static str {
        self.0.name
    }

    pub(crate) fn is_server_error(self) -> bool {
        self.0.code >= 500
    }

    pub(crate) fn is_redirection(self) -> bool {
        (300..400).contains(&self.0.code)
    }

    /// The section that forbids content in a response with this status.
    pub(crate) fn no_content_spec(self) -> Option<SpecRef> {
        self.0.no_content
    }
}

impl PartialEq for Code {
    fn eq(&self, other: &Code) -> bool {
        self.0.code == other.0.code
    }
}

/// `404 Not Found`.
impl Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.display)
    }
}

/// A code that resolved, with the span of the token that named it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Resolved {
    pub(crate) status: Code,
    pub(crate) span: Span,
}

/// What the user may write, for messages.
const EXPECTED: &str =
    "expected a status code such as `404` or a reason phrase such as \"Not Found\"";

/// Where a code is written, for the messages that depend on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Site {
    /// `status!(...)`: exactly one code.
    Macro,
    /// One item of `#[status(...)]`, a comma-separated list.
    Attribute,
}

impl Site {
    fn name(self) -> &'static str {
        match self {
            Site::Macro => "`status!`",
            Site::Attribute => "`#[status(...)]`",
        }
    }
}

/// Resolves the tokens of exactly one code.
pub(crate) fn resolve(tokens: &[TokenTree], site: Site) -> Result<Resolved> {
    let what = site.name();
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
            resolve(&inner, site)
        }
        [TokenTree::Literal(literal)] => resolve_literal(literal),
        [TokenTree::Punct(minus), TokenTree::Literal(literal)] if minus.as_char() == '-' => {
            let written = format!("-{literal}");
            let help = match Lit::new(literal.clone()) {
                Lit::Int(int) => match number(&int, &literal.to_string()) {
                    Number::Decimal(value, _) => {
                        registered(value).map(|s| format!("write `{}`", s.as_u16()))
                    }
                    Number::Radix(..) => None,
                },
                _ => None,
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
            resolve(std::slice::from_ref(first), site)
        }
        // `StatusCode::NOT_FOUND`, `::http_status::StatusCode::NOT_FOUND`.
        [_, TokenTree::Punct(colon), ..] if colon.as_char() == ':' && is_path(tokens) => {
            let last = tokens.last().map(ToString::to_string).unwrap_or_default();
            Err(not_a_code(tokens, &last))
        }
        _ => {
            let comma = tokens
                .iter()
                .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','));
            if comma.is_none() {
                if let Some(error) = missing_comma(tokens, site) {
                    return Err(error);
                }
            }
            match comma {
                Some(at) if at > 0 => {
                    resolve(&tokens[..at], site)?;
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
    let help = ENTRIES
        .iter()
        .find(|e| e.name == last)
        .map(|e| format!("write `{}` for `StatusCode::{last}`", e.code));
    let written: String = tokens.iter().map(ToString::to_string).collect();
    spanned_error(
        tokens,
        message(format_args!("{EXPECTED}, found {kind} `{written}`"), help),
    )
}

/// A whole path: `a::b`, `::a::b`.
fn is_path(tokens: &[TokenTree]) -> bool {
    let length = path_len(tokens);
    length > 0 && length == tokens.len()
}

/// How many of `tokens` form a path at their start: an optional leading
/// `::`, then identifiers joined by `::`. 0 when they start no path.
fn path_len(tokens: &[TokenTree]) -> usize {
    let is_colons = |at: usize| {
        matches!(
            (tokens.get(at), tokens.get(at + 1)),
            (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                if a.as_char() == ':' && a.spacing() == Spacing::Joint && b.as_char() == ':'
        )
    };
    let mut at = if is_colons(0) { 2 } else { 0 };
    loop {
        if !matches!(tokens.get(at), Some(TokenTree::Ident(_))) {
            return 0;
        }
        at += 1;
        if is_colons(at) {
            at += 2;
        } else {
            return at;
        }
    }
}

/// How many of `tokens` form one item at their start, such as `503`, `-1`,
/// `expose` or `StatusCode::GONE`; `None` when they start none.
fn item_len(tokens: &[TokenTree]) -> Option<usize> {
    match tokens {
        [TokenTree::Literal(_), ..] => Some(1),
        [TokenTree::Group(group), ..] if group.delimiter() == Delimiter::None => Some(1),
        [TokenTree::Punct(minus), TokenTree::Literal(_), ..] if minus.as_char() == '-' => Some(2),
        [TokenTree::Ident(ident), ..] if ident == "as" => None,
        _ => Some(path_len(tokens)).filter(|&length| length > 0),
    }
}

/// Two items side by side, as in `503 expose` or `404 500`: a comma is
/// missing (or, in `status!`, which takes one code, one item is too many).
/// `None` when the tokens are rather an expression, such as `400 + 4`.
fn missing_comma(tokens: &[TokenTree], site: Site) -> Option<Error> {
    let first_len = item_len(tokens)?;
    let rest = &tokens[first_len..];
    let second_len = item_len(rest)?;
    let first = written(&tokens[..first_len]);
    let second = written(&rest[..second_len]);
    let message = match site {
        Site::Attribute => format!(
            "expected a comma between `{first}` and `{second}`\nhelp: write `{first}, {}`",
            written(rest)
        ),
        Site::Macro => {
            // The first item's own mistake, if any, comes first.
            if let Err(error) = resolve(&tokens[..first_len], site) {
                return Some(error);
            }
            format!(
                "`status!` takes exactly one status code, found `{second}` after `{first}`\nhelp: write one code, such as `status!({first})`"
            )
        }
    };
    Some(spanned_error(&rest[..second_len], message))
}

/// Tokens as the user would write them: a space between two, but none
/// around `::` nor after a leading `-`.
fn written(tokens: &[TokenTree]) -> String {
    let tight = |t: &TokenTree| matches!(t, TokenTree::Punct(p) if p.as_char() == ':');
    let mut text = String::new();
    for (i, token) in tokens.iter().enumerate() {
        let after_minus = i == 1 && matches!(&tokens[0], TokenTree::Punct(p) if p.as_char() == '-');
        if i > 0 && !tight(token) && !tight(&tokens[i - 1]) && !after_minus {
            text.push(' ');
        }
        text.push_str(&token.to_string());
    }
    text
}

fn resolve_literal(literal: &Literal) -> Result<Resolved> {
    let text = literal.to_string();
    let span = literal.span();
    let fail = |msg: String| Err(Error::new(span, msg));
    let plain_string = || Some("write a plain string such as \"Not Found\"".to_owned());
    match Lit::new(literal.clone()) {
        Lit::Str(phrase) if phrase.suffix().is_empty() => resolve_phrase(&phrase, &text),
        Lit::Char(_) => fail(format!("{EXPECTED}, found the character literal `{text}`")),
        Lit::Byte(_) => fail(format!("{EXPECTED}, found the byte literal `{text}`")),
        Lit::ByteStr(_) => fail(message(
            format_args!("{EXPECTED}, found the byte string literal `{text}`"),
            plain_string(),
        )),
        Lit::CStr(_) => fail(message(
            format_args!("{EXPECTED}, found the C string literal `{text}`"),
            plain_string(),
        )),
        Lit::Int(int) => match number(&int, &text) {
            Number::Decimal(value, "" | "u16") => resolve_number(value, int.base10_digits(), span),
            Number::Decimal(value, suffix) => fail(message(
                format_args!("`{text}` has the suffix `{suffix}`, but a status code is a `u16`"),
                Some(format!("write `{value}` or `{value}u16`")),
            )),
            Number::Radix(name, value) => fail(message(
                format_args!(
                    "status codes are written in decimal, found the {name} literal `{text}`"
                ),
                registered(value).map(|s| format!("write `{}`", s.as_u16())),
            )),
        },
        Lit::Float(float) => {
            let digits = float.base10_digits();
            let integral = digits.split(['.', 'e', 'E']).next().unwrap_or_default();
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
        _ => fail(format!("{EXPECTED}, found `{text}`")),
    }
}

/// An integer literal as written: syn gives its value and suffix, but
/// normalises `0x194` to decimal, so the radix comes from the raw text.
#[derive(Debug, PartialEq)]
enum Number<'a> {
    /// The value (`u128::MAX` when wider) and the suffix, `""` when none.
    Decimal(u128, &'a str),
    /// Hexadecimal, octal or binary, with its value.
    Radix(&'static str, u128),
}

fn number<'a>(int: &'a LitInt, text: &str) -> Number<'a> {
    // Wider than u128 is certainly out of range; say so with the largest value.
    let value = int.base10_digits().parse().unwrap_or(u128::MAX);
    match text.get(..2) {
        Some("0x") => Number::Radix("hexadecimal", value),
        Some("0o") => Number::Radix("octal", value),
        Some("0b") => Number::Radix("binary", value),
        _ => Number::Decimal(value, int.suffix()),
    }
}

/// `value` is `u128::MAX` for numbers wider than that; `digits` as written.
fn resolve_number(value: u128, digits: &str, span: Span) -> Result<Resolved> {
    let error = match i128::try_from(value) {
        Ok(value) => match u16::try_from(value).ok().and_then(Code::from_u16) {
            Some(status) => return Ok(Resolved { status, span }),
            None => {
                let unknown = UnknownStatusCode::new(value);
                message(unknown, unknown.help().map(|h| h.to_string()))
            }
        },
        Err(_) => WideNumber(digits.trim_start_matches('0')).to_string(),
    };
    Err(Error::new(span, error))
}

fn resolve_phrase(literal: &LitStr, text: &str) -> Result<Resolved> {
    let span = literal.span();
    let phrase = literal.value();
    if let Some(entry) = http_status_table::entry_of_reason(&phrase) {
        return Ok(Resolved {
            status: Code(entry),
            span,
        });
    }
    let error = if let Some(reserved) = Reserved::from_reason(&phrase) {
        format!(
            "{text} was the phrase of {}, which is {}",
            reserved.code(),
            Unused(reserved)
        )
    } else if let Some(status) =
        http_status_table::three_digits(phrase.trim()).and_then(Code::from_u16)
    {
        message(
            format_args!("{text} is a string, but a status code is written as a number"),
            Some(format!("remove the quotes: `{}`", status.as_u16())),
        )
    } else if Unofficial::from_reason(&phrase).next().is_some() {
        // The registered code that every use of the phrase stands for, if they agree.
        let mut instead = Unofficial::from_reason(&phrase).map(Unofficial::instead);
        let first = instead.next().flatten();
        let help = first
            .filter(|_| instead.all(|other| other == first))
            .and_then(Code::from_u16)
            .map(|status| format!("the registered code to send instead is {status}"));
        message(
            format_args!(
                "{text} is not a registered reason phrase; unofficially it is {}",
                PhraseUses(&phrase)
            ),
            help,
        )
    } else {
        let help = http_status_table::closest_reason(&phrase)
            .map(|e| format!("did you mean \"{}\" ({})?", e.iana_reason(), e.code));
        message(
            format_args!("{text} is not a registered reason phrase"),
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
    Error::new_spanned(tokens.iter().cloned().collect::<TokenStream>(), message)
}

fn registered(value: u128) -> Option<Code> {
    u16::try_from(value).ok().and_then(Code::from_u16)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn number_of(source: &str) -> Option<(u128, String, bool)> {
        let literal: Literal = source.parse().ok()?;
        match Lit::new(literal) {
            Lit::Int(int) => Some(match number(&int, source) {
                Number::Decimal(value, suffix) => (value, suffix.to_owned(), false),
                Number::Radix(_, value) => (value, String::new(), true),
            }),
            _ => None,
        }
    }

    #[test]
    fn integers_keep_their_radix_value_and_suffix() {
        assert_eq!(number_of("404"), Some((404, String::new(), false)));
        assert_eq!(number_of("4_04u16"), Some((404, "u16".into(), false)));
        assert_eq!(number_of("404i32"), Some((404, "i32".into(), false)));
        assert_eq!(number_of("0x194"), Some((404, String::new(), true)));
        assert_eq!(number_of("0o624"), Some((404, String::new(), true)));
        assert_eq!(number_of("0b1"), Some((1, String::new(), true)));
        assert_eq!(
            number_of("99999999999999999999999999999999999999999"),
            Some((u128::MAX, String::new(), false))
        );
        assert_eq!(number_of("404.0"), None);
    }
}
