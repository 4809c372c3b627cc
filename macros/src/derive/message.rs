//! What an item's message formats, read as thiserror reads `#[error(...)]`
//! (and derive_more's `#[display(...)]`, the same grammar): the fields it
//! shows, or the first part that cannot be read through. The safety rules
//! need nothing else, and treat what cannot be read as "every field".
//!
//! syn reads through invisible groups (a `$msg:literal` or `$msg:expr`
//! forwarded by a `macro_rules!`) wherever it parses a literal, an
//! identifier or a punctuation mark, so this one reader handles them.

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::parse::discouraged::Speculative;
use syn::parse::{ParseStream, Parser};
use syn::{Attribute, ExprPath, Ident, Index, LitInt, LitStr, Member, Meta, Token};

/// An item's message, as far as it shows fields.
pub(crate) struct Message {
    /// `#[error(transparent)]`: the message is the one field's own.
    pub(crate) transparent: bool,
    pub(crate) reads: Reads,
    /// Some placeholder formats with `Debug` (`{:?}`, `{0:#?}`): an
    /// `HttpStatus` value's `Debug` shows what its `Display` withholds.
    pub(crate) debug: bool,
}

/// Which of the item's fields the message shows.
pub(crate) enum Reads {
    /// These fields (indexes into the item's fields) and none other.
    Fields(BTreeSet<usize>),
    /// A part the derive cannot read through, so any field may be shown.
    Opaque(Opaque),
}

/// The first part of a message that cannot be read through: its tokens
/// (for the caret), and what it is.
pub(crate) struct Opaque {
    pub(crate) tokens: TokenStream,
    pub(crate) what: String,
    /// What to write instead.
    pub(crate) help: &'static str,
}

/// What to write instead of a message part the derive cannot read.
const PLAIN_FIELDS: &str = "write the message as a string literal whose arguments are plain fields (`{0}`, `{name}`, `.name`), and keep a value the client may read in a field of its own; or remove `expose`";

impl Message {
    /// The item's `#[error(...)]`, else its `#[display(...)]`, over the
    /// item's `fields` in order; `None` when it has neither, and its
    /// `Display` is written by hand elsewhere.
    pub(crate) fn of(attrs: &[Attribute], fields: &[&Member]) -> Option<Message> {
        let named = |name: &str| {
            attrs.iter().find(|attr| {
                attr.path()
                    .get_ident()
                    .is_some_and(|ident| ident.unraw() == name)
            })
        };
        let attr = named("error").or_else(|| named("display"))?;
        Some(read(attr, fields).unwrap_or_else(|error| Message {
            transparent: false,
            debug: false,
            reads: Reads::Opaque(Opaque {
                tokens: error.to_compile_error(),
                what: "the derive cannot parse this message".to_owned(),
                help: PLAIN_FIELDS,
            }),
        }))
    }

    /// The item's `#[detail("…")]`, read as a message: the client's text,
    /// which the allowlist reads in place of `#[error]`'s.
    pub(crate) fn of_detail(attrs: &[Attribute], fields: &[&Member]) -> Option<Message> {
        let attr = attrs
            .iter()
            .find(|attr| attr.path().is_ident(super::attr::DETAIL))?;
        Some(read(attr, fields).unwrap_or_else(|error| {
            opaque(
                error.to_compile_error(),
                "the derive cannot parse this detail",
            )
        }))
    }

    /// A message written on an enum for all its variants (derive_more's
    /// `#[display("{_variant}: {_0}")]`): it stands over each variant's
    /// own, and the derive does not read it.
    pub(crate) fn on_enum(attrs: &[Attribute]) -> Option<Message> {
        let attr = attrs.iter().find(|attr| {
            attr.path()
                .get_ident()
                .is_some_and(|ident| ident.unraw() == "error" || ident.unraw() == "display")
        })?;
        Some(Message {
            transparent: false,
            debug: false,
            reads: Reads::Opaque(Opaque {
                tokens: attr.to_token_stream(),
                what: "the enum's own message attribute writes every variant's message, which the derive does not read".to_owned(),
                help: "give each variant a message of its own and remove the enum's, or implement `HttpStatus::exposes_detail` by hand; or remove `expose`",
            }),
        })
    }
}

mod kw {
    syn::custom_keyword!(transparent);
    syn::custom_keyword!(fmt);
}

/// One attribute, by thiserror's grammar: `transparent`, `fmt = path`, or a
/// format string and its arguments.
fn read(attr: &Attribute, fields: &[&Member]) -> syn::Result<Message> {
    let Meta::List(list) = &attr.meta else {
        return Ok(opaque(
            attr.to_token_stream(),
            "this attribute has no message",
        ));
    };
    let parser = |input: ParseStream| {
        if input.peek(kw::transparent) {
            input.parse::<kw::transparent>()?;
            input.parse::<Option<Token![,]>>()?;
            let first: BTreeSet<usize> = (!fields.is_empty()).then_some(0).into_iter().collect();
            return Ok(Message {
                transparent: true,
                debug: false,
                reads: Reads::Fields(first),
            });
        }
        if input.peek(kw::fmt) && input.peek2(Token![=]) {
            input.parse::<kw::fmt>()?;
            input.parse::<Token![=]>()?;
            let path: ExprPath = input.parse()?;
            input.parse::<TokenStream>()?;
            return Ok(opaque(
                path.to_token_stream(),
                "a function (`fmt = …`) writes the message",
            ));
        }
        if !input.peek(LitStr) {
            let rest: TokenStream = input.parse()?;
            let rest = if rest.is_empty() {
                attr.to_token_stream()
            } else {
                rest
            };
            return Ok(opaque(rest, "the message is not a string literal"));
        }
        let format: LitStr = input.parse()?;
        let mut arguments = Vec::new();
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            arguments.push(argument(input)?);
        }
        Ok(resolve(&format, &arguments, fields))
    };
    parser.parse2(list.tokens.clone())
}

fn opaque(tokens: TokenStream, what: impl Into<String>) -> Message {
    Message {
        transparent: false,
        debug: false,
        reads: Reads::Opaque(Opaque {
            tokens,
            what: what.into(),
            help: PLAIN_FIELDS,
        }),
    }
}

/// One argument after the format string: `name = value` or `value`.
struct Argument {
    name: Option<Ident>,
    value: Value,
}

/// What an argument's value is.
enum Value {
    /// `.0` or `.source`: thiserror's shorthand for a field.
    Field(Member),
    /// A lone identifier: a field's binding (`source`, `_0`), or a name
    /// from outside the item.
    Name(Ident),
    /// A literal (`5`, `"text"`): written in the code, so it may be shown.
    Literal,
    /// Anything else (`.0.0`, `self.source()`, `x + 1`): the derive cannot
    /// tell what it reads.
    Expression(TokenStream),
}

fn argument(input: ParseStream) -> syn::Result<Argument> {
    let name = if input.peek(Ident::peek_any) && input.peek2(Token![=]) && !input.peek2(Token![==])
    {
        let name = Ident::parse_any(input)?;
        input.parse::<Token![=]>()?;
        Some(name)
    } else {
        None
    };
    let ahead = input.fork();
    if let Ok(value) = plain(&ahead) {
        if ahead.is_empty() || ahead.peek(Token![,]) {
            input.advance_to(&ahead);
            return Ok(Argument { name, value });
        }
    }
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    Ok(Argument {
        name,
        value: Value::Expression(tokens),
    })
}

/// `.0`, `.field`, `name` or a literal, with nothing after it.
fn plain(input: ParseStream) -> syn::Result<Value> {
    if input.peek(syn::Lit) {
        input.parse::<syn::Lit>()?;
        return Ok(Value::Literal);
    }
    if input.peek(Token![.]) {
        input.parse::<Token![.]>()?;
        if input.peek(LitInt) {
            return Ok(Value::Field(Member::Unnamed(input.parse::<Index>()?)));
        }
        return Ok(Value::Field(Member::Named(Ident::parse_any(input)?)));
    }
    Ok(Value::Name(Ident::parse_any(input)?))
}

/// The fields that the format string and its arguments show. thiserror
/// binds field `0` as `_0` and a named field by its name; a number in the
/// string names a field of a tuple item and a positional argument
/// otherwise. Every argument counts, used or not (rustc rejects an unused
/// one), so the positional ones need no counting.
fn resolve(format: &LitStr, arguments: &[Argument], fields: &[&Member]) -> Message {
    let mut shown = BTreeSet::new();
    for argument in arguments {
        match &argument.value {
            Value::Field(member) => match field_index(fields, &name_of(member)) {
                Some(index) => {
                    shown.insert(index);
                }
                None => {
                    return opaque(
                        member.to_token_stream(),
                        "this argument names no field of the item",
                    );
                }
            },
            Value::Name(ident) if ident == "self" => {
                return opaque(ident.to_token_stream(), "this argument formats `self`");
            }
            Value::Name(ident) => match field_index(fields, &ident.unraw().to_string()) {
                Some(index) => {
                    shown.insert(index);
                }
                None => return outside(ident.to_token_stream(), &ident.unraw().to_string()),
            },
            Value::Literal => {}
            Value::Expression(tokens) => {
                return opaque(
                    tokens.clone(),
                    "this argument is an expression, not a plain field such as `.0` or `.name`",
                );
            }
        }
    }
    let named: BTreeSet<String> = arguments
        .iter()
        .filter_map(|a| a.name.as_ref().map(|n| n.unraw().to_string()))
        .collect();
    let tuple = fields
        .iter()
        .any(|member| matches!(member, Member::Unnamed(_)));
    for name in placeholders(&format.value()) {
        if name == "self" {
            return opaque(format.to_token_stream(), "the message formats `{self}`");
        }
        let numbered = name.bytes().all(|b| b.is_ascii_digit());
        if named.contains(&name) || (numbered && !tuple) {
            continue; // an argument, counted above
        }
        match field_index(fields, &name) {
            Some(index) => {
                shown.insert(index);
            }
            None => return outside(format.to_token_stream(), &name),
        }
    }
    Message {
        transparent: false,
        debug: debug_placeholders(&format.value()),
        reads: Reads::Fields(shown),
    }
}

/// Whether some placeholder of `format` formats with `Debug` (`{:?}`,
/// `{0:#?}`, `{x:>8?}`, `{:x?}`).
fn debug_placeholders(format: &str) -> bool {
    each_placeholder(format).any(|inside| {
        inside
            .split_once(':')
            .is_some_and(|(_, spec)| spec.ends_with('?'))
    })
}

/// What is inside each placeholder of `format` (`name:spec`); `{{` is a
/// brace, not a placeholder.
fn each_placeholder(format: &str) -> impl Iterator<Item = &str> {
    let mut rest = format;
    core::iter::from_fn(move || {
        loop {
            let open = rest.find('{')?;
            rest = &rest[open + 1..];
            if let Some(after) = rest.strip_prefix('{') {
                rest = after;
                continue;
            }
            let end = rest.find('}').unwrap_or(rest.len());
            let inside = &rest[..end];
            rest = &rest[end..];
            return Some(inside);
        }
    })
}

/// A name in a message that is no field of the item: a const, a static or
/// a local, whose text the derive cannot see (`{DATABASE_URL}`).
fn outside(tokens: TokenStream, name: &str) -> Message {
    opaque(
        tokens,
        format!(
            "the message formats `{name}`, which is not a field of the item (a const, a static or a variable may hold server text)"
        ),
    )
}

/// The index of the field bound as `name`: `source`, `0` or `_0`.
fn field_index(fields: &[&Member], name: &str) -> Option<usize> {
    let numbered = name.strip_prefix('_').unwrap_or(name);
    fields.iter().position(|member| match member {
        Member::Named(ident) => ident.unraw() == name,
        Member::Unnamed(index) => numbered == index.index.to_string(),
    })
}

/// `0` or `source`, as a format string or an argument names the field.
pub(crate) fn name_of(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.unraw().to_string(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}

/// Every name or number a format string refers to: in `{name}`, `{0:?}`,
/// and in a width or precision taken from an argument (`{:width$}`,
/// `{:.1$}`); `{{` is a brace.
fn placeholders(format: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for inside in each_placeholder(format) {
        let (argument, spec) = inside.split_once(':').unwrap_or((inside, ""));
        let argument = argument.trim().trim_start_matches("r#");
        if !argument.is_empty() {
            names.insert(argument.to_owned());
        }
        // `name$` and `1$` in the spec: split at everything that is not
        // part of a name, and keep the pieces that end where a `$` follows.
        let mut piece_start = 0;
        for (i, c) in spec.char_indices() {
            if c == '$' {
                let piece = spec[piece_start..i].trim_start_matches("r#");
                if !piece.is_empty() {
                    names.insert(piece.to_owned());
                }
            }
            if !(c.is_alphanumeric() || c == '_' || c == '#') {
                piece_start = i + c.len_utf8();
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_name_fields_however_formatted() {
        let names = placeholders("maintenance: {0} {source:?} {{literal}} {r#type:>8} {}");
        assert_eq!(
            names.into_iter().collect::<Vec<_>>(),
            ["0", "source", "type"]
        );
    }

    #[test]
    fn placeholders_include_widths_and_precisions_taken_from_arguments() {
        let names = placeholders("{:>width$} {0:.prec$} {:1$} {:.*} {x:#?}");
        assert_eq!(
            names.into_iter().collect::<Vec<_>>(),
            ["0", "1", "prec", "width", "x"]
        );
    }

    #[test]
    fn placeholders_survive_any_text() {
        for text in ["{", "}", "{:", "{:$", "{$}", "{{{", "{é$}", "{:é$}"] {
            let _ = placeholders(text);
        }
    }
}
