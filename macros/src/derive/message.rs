//! What thiserror's `#[error(...)]` on the same item says of its `Display`,
//! as far as the safety rules need it: whether the text is the field's own
//! (`#[error(transparent)]`), and which fields the message formats.

use std::collections::BTreeSet;

use proc_macro2::TokenTree;
use syn::ext::IdentExt;
use syn::{Attribute, Lit, Member, Meta};

use super::ast::Field;

/// An item's `#[error(...)]`.
pub(crate) enum Message {
    /// `#[error(transparent)]`: the `Display` is the one field's.
    Transparent,
    /// `#[error("…", args)]`: the fields it names, as `{0}`, `{source}`, or
    /// `.0`, `.source` and bare names among the arguments.
    Format { mentions: BTreeSet<String> },
}

impl Message {
    /// The item's `#[error(...)]`, if it has one that can be read.
    pub(crate) fn of(attrs: &[Attribute]) -> Option<Message> {
        let attr = attrs.iter().find(|attr| {
            attr.path()
                .get_ident()
                .is_some_and(|i| i.unraw() == "error")
        })?;
        let Meta::List(list) = &attr.meta else {
            return None;
        };
        let tokens: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
        match tokens.as_slice() {
            [TokenTree::Ident(word)] if word.unraw() == "transparent" => Some(Message::Transparent),
            [TokenTree::Literal(literal), rest @ ..] => {
                let Lit::Str(format) = Lit::new(literal.clone()) else {
                    return None;
                };
                let mut mentions = placeholders(&format.value());
                arguments(rest, &mut mentions);
                Some(Message::Format { mentions })
            }
            _ => None,
        }
    }

    /// The source field the message shows a client, if any: for
    /// `transparent`, the one field; otherwise a `#[from]`, `#[source]` or
    /// `source` field that the message formats.
    pub(crate) fn formatted_source<'a>(&self, fields: &'a [Field<'a>]) -> Option<&'a Field<'a>> {
        match self {
            Message::Transparent => fields.first(),
            Message::Format { mentions, .. } => fields
                .iter()
                .filter(|field| field.is_source)
                .find(|field| mentions.contains(&name(&field.member))),
        }
    }
}

/// `0` or `source`, as a format string or an argument names the field.
pub(crate) fn name(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.unraw().to_string(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}

/// The names in `{name}`, `{0:?}`, `{source:>8}`; `{{` is a brace.
fn placeholders(format: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = format;
    while let Some(open) = rest.find('{') {
        rest = &rest[open + 1..];
        if let Some(after) = rest.strip_prefix('{') {
            rest = after;
            continue;
        }
        let end = rest.find(['}', ':']).unwrap_or(rest.len());
        let name = rest[..end].trim().trim_start_matches("r#");
        if !name.is_empty() {
            names.insert(name.to_owned());
        }
        rest = &rest[end..];
    }
    names
}

/// Field names among extra arguments: `.0`, `.source`, and bare identifiers
/// (thiserror binds each field by name).
fn arguments(tokens: &[TokenTree], names: &mut BTreeSet<String>) {
    let mut previous_dot = false;
    for token in tokens {
        match token {
            TokenTree::Group(group) => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                arguments(&inner, names);
                previous_dot = false;
            }
            TokenTree::Punct(punct) => previous_dot = punct.as_char() == '.',
            TokenTree::Ident(ident) => {
                names.insert(ident.unraw().to_string());
                previous_dot = false;
            }
            TokenTree::Literal(literal) => {
                if previous_dot {
                    names.insert(literal.to_string());
                }
                previous_dot = false;
            }
        }
    }
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
    fn arguments_name_fields_with_and_without_a_dot() {
        let tokens: Vec<TokenTree> = "\"x\", .0, source.len(), f(.1)"
            .parse::<proc_macro2::TokenStream>()
            .unwrap()
            .into_iter()
            .collect();
        let mut names = BTreeSet::new();
        arguments(&tokens, &mut names);
        for expected in ["0", "1", "source", "len", "f"] {
            assert!(names.contains(expected), "{expected}: {names:?}");
        }
    }
}
