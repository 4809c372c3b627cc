//! One status code as the user wrote it (`404`, `404u16`, `"Not Found"`):
//! its resolution against the catalog, and every error message about it.
//! `status!` and `#[status(...)]` both go through here.

use std::fmt::Display;

use http_status_table::{
    Class, ENTRIES, Entry, PhraseUses, Reserved, SpecRef, UnknownStatusCode, Unofficial, Unused,
    WideNumber,
};
use proc_macro2::{Ident, Literal, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::{Error, Lit, LitInt, LitStr, Path, Result, Token};

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
        self.0.class == Class::ServerError
    }

    pub(crate) fn is_redirection(self) -> bool {
        self.0.class == Class::Redirection
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

/// One item as syn reads it: what a code may be written as, or a mistake
/// the messages name.
enum Item {
    /// `404`, `"Not Found"`, `0x194`, `4.04`.
    Literal(Literal),
    /// `-404`.
    Negative(Token![-], Literal),
    /// `NOT_FOUND`, `true`, `StatusCode::NOT_FOUND`.
    Path(Path),
}

impl Item {
    /// The item at the start of `input`, if one is there; syn reads
    /// through the invisible groups of a user's `macro_rules!`.
    fn parse(input: ParseStream) -> Option<Item> {
        let literal = |input: ParseStream| {
            input.step(|cursor| cursor.literal().ok_or_else(|| cursor.error("a literal")))
        };
        if input.peek(Token![-]) && input.peek2(Lit) {
            let minus = input.parse().ok()?;
            return Some(Item::Negative(minus, literal(input).ok()?));
        }
        // A step that fails takes nothing from the input.
        if let Ok(literal) = literal(input) {
            return Some(Item::Literal(literal));
        }
        if input.peek(Token![as]) {
            return None;
        }
        if Path::parse_mod_style(&input.fork()).is_ok() {
            return Path::parse_mod_style(input).ok().map(Item::Path);
        }
        // One word that is no path, such as `true`.
        input
            .call(Ident::parse_any)
            .ok()
            .map(|word| Item::Path(word.into()))
    }

    /// The item as the user wrote it: no space around `::` nor after `-`.
    fn written(&self) -> String {
        let tokens: Vec<TokenTree> = self.to_token_stream().into_iter().collect();
        written(&tokens)
    }

    fn to_token_stream(&self) -> TokenStream {
        match self {
            Item::Literal(lit) => TokenTree::Literal(lit.clone()).into(),
            Item::Negative(minus, lit) => quote::quote!(#minus #lit),
            Item::Path(path) => path.to_token_stream(),
        }
    }

    fn resolve(&self) -> Result<Resolved> {
        match self {
            Item::Literal(literal) => resolve_literal(literal),
            Item::Negative(_, literal) => {
                let help = match Lit::new(literal.clone()) {
                    Lit::Int(int) => match number(&int, &literal.to_string()) {
                        Number::Decimal(value, _) => {
                            registered(value).map(|s| format!("write `{}`", s.as_u16()))
                        }
                        Number::Radix(..) => None,
                    },
                    _ => None,
                };
                Err(Error::new_spanned(
                    self.to_token_stream(),
                    message(
                        format_args!(
                            "status codes are never negative, found `{}`",
                            self.written()
                        ),
                        help,
                    ),
                ))
            }
            Item::Path(path) => Err(not_a_code(path)),
        }
    }
}

/// Resolves the tokens of exactly one code.
pub(crate) fn resolve(tokens: &[TokenTree], site: Site) -> Result<Resolved> {
    let stream: TokenStream = tokens.iter().cloned().collect();
    let what = site.name();
    if stream.is_empty() {
        return Err(Error::new(
            Span::call_site(),
            format!(
                "{what} needs a status code\nhelp: write a code such as `404` or a phrase such as \"Not Found\""
            ),
        ));
    }
    let expression = || {
        Error::new_spanned(
            &stream,
            format!(
                "{EXPECTED}, found an expression\nhelp: write the code as a literal; {what} cannot evaluate expressions"
            ),
        )
    };
    let one = |input: ParseStream| -> Result<Resolved> {
        let Some(first) = Item::parse(input) else {
            input.parse::<TokenStream>()?;
            return Err(expression());
        };
        if input.is_empty() {
            return first.resolve();
        }
        if input.peek(Token![,]) {
            let comma: Token![,] = input.parse()?;
            if input.is_empty() {
                // `status!(404,)`: one trailing comma.
                return first.resolve();
            }
            first.resolve()?;
            let rest: TokenStream = input.parse()?;
            return Err(Error::new_spanned(
                quote::quote!(#comma #rest),
                format!("{what} takes exactly one status code, found more after the first"),
            ));
        }
        // Two items side by side, as in `503 expose` or `404 500`: a comma
        // is missing (or, in `status!`, which takes one code, one item is
        // too many); anything else, such as `400 + 4`, is an expression.
        let after: Vec<TokenTree> = input.fork().parse::<TokenStream>()?.into_iter().collect();
        let Some(second) = Item::parse(&input.fork()) else {
            input.parse::<TokenStream>()?;
            return Err(expression());
        };
        input.parse::<TokenStream>()?;
        let (first_text, second_text) = (first.written(), second.written());
        let message = match site {
            Site::Attribute => {
                format!(
                    "expected a comma between `{first_text}` and `{second_text}`\nhelp: write `{first_text}, {}`",
                    written(&after)
                )
            }
            Site::Macro => {
                // The first item's own mistake, if any, comes first.
                first.resolve()?;
                format!(
                    "`status!` takes exactly one status code, found `{second_text}` after `{first_text}`\nhelp: write one code, such as `status!({first_text})`"
                )
            }
        };
        Err(Error::new_spanned(second.to_token_stream(), message))
    };
    one.parse2(stream.clone())
}

/// An identifier or path: suggest the literal when it names a constant.
fn not_a_code(path: &Path) -> Error {
    let last = path
        .segments
        .last()
        .map(|segment| segment.ident.to_string())
        .unwrap_or_default();
    let kind = match (
        path.leading_colon.is_some(),
        path.segments.len(),
        last.as_str(),
    ) {
        (false, 1, "true" | "false") => "a boolean",
        (false, 1, _) => "an identifier",
        _ => "a path",
    };
    let help = ENTRIES
        .iter()
        .find(|e| e.name == last)
        .map(|e| format!("write `{}` for `StatusCode::{last}`", e.code));
    let tokens: Vec<TokenTree> = path.to_token_stream().into_iter().collect();
    Error::new_spanned(
        path,
        message(
            format_args!("{EXPECTED}, found {kind} `{}`", written(&tokens)),
            help,
        ),
    )
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
