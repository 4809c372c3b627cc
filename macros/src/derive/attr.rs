//! Parsing of `#[status(...)]`: a code or phrase, `transparent`, `expose`
//! and `withhold` (who may read the item's text), the integration words
//! (`axum`, `actix`, `poem`, `salvo`, `utoipa`, `aide`: core's table), and
//! `crate = path`.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::Parser;
use syn::punctuated::Punctuated;
use syn::{Attribute, Error, Lit, Meta, Path, Token};

use http_status_table::names::{RESPONSE_OWNED, is_member_name, is_token};

use super::ctxt::Ctxt;
use crate::code::{self, Resolved};

/// The attribute's name.
pub(crate) const STATUS: &str = "status";
/// `#[status(transparent)]`.
pub(crate) const TRANSPARENT: &str = "transparent";
/// `#[status(crate = path)]`.
pub(crate) const CRATE: &str = "crate";
/// `#[status(503, expose)]`: a 5xx whose `Display` may reach clients.
pub(crate) const EXPOSE: &str = "expose";
/// `#[status(409, withhold)]`: a 4xx whose `Display` must not reach clients.
pub(crate) const WITHHOLD: &str = "withhold";
/// `#[status(401, www_authenticate = "Bearer")]`: a 401's challenge.
pub(crate) const WWW_AUTHENTICATE: &str = "www_authenticate";
/// `#[status(403, type = "https://example.com/probs/out-of-credit")]`.
pub(crate) const TYPE: &str = "type";
/// `#[problem]` on a field: an extension member.
pub(crate) const PROBLEM: &str = "problem";
/// `#[header("retry-after")]` on a field: a response header.
pub(crate) const HEADER: &str = "header";

/// An integration a type opts into with one word on the type:
/// `#[status(utoipa)]`. Opt-in per type, so that enabling a feature anywhere
/// in a build never adds an impl to a type that did not ask for it. The word
/// makes the derive call its row's hook, which core defines under the
/// feature, and as an error that names the feature without it. The rows are
/// the table crate's, so an integration is written in one place.
pub(crate) type Integration = http_status_table::Integration;

/// The integration `word` names, if any.
fn integration_named(word: &Ident) -> Option<Integration> {
    http_status_table::integration(&word.unraw().to_string()).copied()
}

/// Everything the `#[status(...)]` attributes of one item say.
#[derive(Default)]
pub(crate) struct Attrs {
    pub(crate) code: Option<Resolved>,
    pub(crate) transparent: Option<Ident>,
    /// `expose`: send this item's `Display` to clients even for a 5xx.
    pub(crate) expose: Option<Ident>,
    /// `withhold`: never send this item's `Display`, even for a 4xx.
    pub(crate) withhold: Option<Ident>,
    /// `www_authenticate = "Bearer"`: the challenge a 401 sends, and the key.
    pub(crate) challenge: Option<(syn::LitStr, Ident)>,
    /// `type = "…"`: the problem type URI, and the key.
    pub(crate) problem_type: Option<(syn::LitStr, Ident)>,
    /// The integration words (`axum`, `utoipa`, …) the type opts into.
    pub(crate) integrations: Vec<(Integration, Ident)>,
    /// The path and the `crate` keyword, for spans.
    pub(crate) krate: Option<(TokenStream, Ident)>,
    /// The item's own lint levels for `deprecated` (`#[allow(deprecated)]`),
    /// repeated where the derive names its code, so that they reach the
    /// deprecation warning of 305 and 510 as they reach any other use
    /// inside the item.
    pub(crate) lints: TokenStream,
    /// An attribute of this item was already reported: the checks that
    /// follow stay quiet about it, so one mistake gives one error.
    pub(crate) errored: bool,
}

/// `::http_status`, the facade, when no `crate = …` is given.
pub(crate) fn default_crate() -> TokenStream {
    quote!(::http_status)
}

/// What an item of `#[status(...)]` may be, for `help:` lines. The
/// integrations are named by kind, not listed: their words live in the
/// table crate, and a new row must not change every message.
const EXPECTED: &str = "expected a status code such as `404`, a reason phrase such as \"Not Found\", `transparent`, `expose`, `withhold`, an integration such as `axum` or `utoipa`, `www_authenticate = \"…\"`, `type = \"…\"` or `crate = path`";

fn expected() -> &'static str {
    EXPECTED
}

/// Whether `attr` is ours: `#[status(...)]`, also written `#[r#status(...)]`.
/// Identifiers are compared unraw, never as text, so no spelling slips past.
pub(crate) fn is_status(attr: &Attribute) -> bool {
    attr.path()
        .get_ident()
        .is_some_and(|ident| ident.unraw() == STATUS)
}

impl Attrs {
    /// Parses every `#[status(...)]` among `attrs`, recording errors in `ctxt`.
    pub(crate) fn parse(ctxt: &Ctxt, attrs: &[Attribute]) -> Attrs {
        let mut parsed = Attrs {
            lints: lint_levels(attrs),
            ..Attrs::default()
        };
        let errors_before = ctxt.len();
        for attr in attrs.iter().filter(|attr| is_status(attr)) {
            let tokens = match &attr.meta {
                Meta::List(list) if !list.tokens.is_empty() => list.tokens.clone(),
                _ => {
                    ctxt.error_spanned_by(
                        attr,
                        format!(
                            "expected `#[status(...)]` with one item or more\nhelp: {}",
                            expected()
                        ),
                    );
                    continue;
                }
            };
            for item in split_commas(ctxt, tokens) {
                parsed.parse_item(ctxt, &item);
            }
        }
        parsed.errored = ctxt.len() > errors_before;
        parsed
    }

    fn parse_item(&mut self, ctxt: &Ctxt, item: &[TokenTree]) {
        if let [TokenTree::Ident(word)] = item {
            if let Some(integration) = integration_named(word) {
                return self.parse_integration(ctxt, integration, word);
            }
        }
        match item {
            // A fragment forwarded by a `macro_rules!` (`$e:expr`, `$m:meta`)
            // arrives in an invisible group: read what it holds.
            [TokenTree::Group(group)] if group.delimiter() == Delimiter::None => {
                for item in split_commas(ctxt, group.stream()) {
                    self.parse_item(ctxt, &item);
                }
            }
            [TokenTree::Ident(key), TokenTree::Punct(eq), value @ ..] if eq.as_char() == '=' => {
                if key == CRATE {
                    self.parse_crate(ctxt, key, value);
                } else if key.unraw() == WWW_AUTHENTICATE {
                    self.parse_challenge(ctxt, key, value);
                } else if key.unraw() == TYPE {
                    self.parse_type(ctxt, key, value);
                } else {
                    ctxt.error_spanned_by(
                        key,
                        format!(
                            "unknown key `{key}` in `#[status(...)]`\nhelp: {}",
                            expected()
                        ),
                    );
                }
            }
            [TokenTree::Ident(word)] if word.unraw() == TRANSPARENT => {
                if self.transparent.is_some() {
                    ctxt.error_spanned_by(word, "`transparent` is given twice");
                } else if let Some(code) = &self.code {
                    ctxt.error_spanned_by(word, both_message(code));
                } else {
                    self.transparent = Some(word.clone());
                }
            }
            [TokenTree::Ident(word)] if word.unraw() == EXPOSE => {
                if self.expose.is_some() {
                    ctxt.error_spanned_by(word, "`expose` is given twice");
                } else {
                    self.expose = Some(word.clone());
                }
            }
            [TokenTree::Ident(word)] if word.unraw() == WITHHOLD => {
                if self.withhold.is_some() {
                    ctxt.error_spanned_by(word, "`withhold` is given twice");
                } else {
                    self.withhold = Some(word.clone());
                }
            }
            [TokenTree::Ident(word)]
                if !is_constant_name(word) && word != "true" && word != "false" =>
            {
                ctxt.error_spanned_by(
                    word,
                    format!(
                        "unknown item `{word}` in `#[status(...)]`\nhelp: {}",
                        expected()
                    ),
                );
            }
            _ => match code::resolve(item, code::Site::Attribute) {
                Ok(code) => {
                    if let Some(first) = &self.code {
                        let message = format!(
                            "this item already has status {}; found a second one, {}\nhelp: remove one of them: an item has exactly one status",
                            first.status, code.status
                        );
                        ctxt.error(Error::new(code.span, message));
                    } else if self.transparent.is_some() {
                        ctxt.error(Error::new(code.span, both_message(&code)));
                    } else {
                        self.code = Some(code);
                    }
                }
                Err(error) => ctxt.error(error),
            },
        }
    }

    /// An integration word. Its place is checked by `valid` (on a variant,
    /// the misplacement is the mistake); whether its feature is on, by the
    /// hook it calls, which core defines as an error without the feature.
    fn parse_integration(&mut self, ctxt: &Ctxt, integration: Integration, word: &Ident) {
        if self.integrations.iter().any(|(i, _)| *i == integration) {
            ctxt.error_spanned_by(word, format!("`{word}` is given twice"));
        } else {
            self.integrations.push((integration, word.clone()));
        }
    }

    /// `www_authenticate = "Bearer realm=\"api\""`: one string that is a
    /// valid header value (visible ASCII and spaces), since it is sent as is.
    fn parse_challenge(&mut self, ctxt: &Ctxt, key: &Ident, value: &[TokenTree]) {
        let literal = match value {
            [TokenTree::Literal(literal)] => match Lit::new(literal.clone()) {
                Lit::Str(text) => text,
                _ => return ctxt.error_spanned_by(literal, CHALLENGE_EXPECTED),
            },
            [] => return ctxt.error_spanned_by(key, CHALLENGE_EXPECTED),
            tokens => {
                return ctxt.error_spanned_by(
                    tokens.iter().cloned().collect::<TokenStream>(),
                    CHALLENGE_EXPECTED,
                );
            }
        };
        let text = literal.value();
        if text.trim().is_empty() || !text.bytes().all(|b| b == b' ' || b.is_ascii_graphic()) {
            return ctxt.error_spanned_by(
                &literal,
                "a `WWW-Authenticate` challenge is visible ASCII, such as \"Bearer\" or \"Basic realm=\\\"api\\\"\"; found an empty one or one with other characters",
            );
        }
        if self.challenge.is_some() {
            return ctxt.error_spanned_by(key, "`www_authenticate` is given twice");
        }
        self.challenge = Some((literal, key.clone()));
    }

    /// `type = "https://example.com/probs/out-of-credit"`: one string that
    /// is a URI reference (RFC 3986), since it is sent as it is.
    fn parse_type(&mut self, ctxt: &Ctxt, key: &Ident, value: &[TokenTree]) {
        let literal = match value {
            [TokenTree::Literal(literal)] => match Lit::new(literal.clone()) {
                Lit::Str(text) => text,
                _ => return ctxt.error_spanned_by(literal, TYPE_EXPECTED),
            },
            [TokenTree::Group(group)] if group.delimiter() == Delimiter::None => {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                return self.parse_type(ctxt, key, &inner);
            }
            [] => return ctxt.error_spanned_by(key, TYPE_EXPECTED),
            tokens => {
                return ctxt.error_spanned_by(
                    tokens.iter().cloned().collect::<TokenStream>(),
                    TYPE_EXPECTED,
                );
            }
        };
        if let Some(problem) = super::uri::problem(&literal.value()) {
            return ctxt.error_spanned_by(
                &literal,
                format!(
                    "a problem `type` is a URI reference (RFC 9457 §3.1.1), and {:?} is not: {problem}\nhelp: write an absolute URI such as \"https://example.com/probs/out-of-credit\" or a relative one such as \"/probs/out-of-credit\"",
                    literal.value()
                ),
            );
        }
        if self.problem_type.is_some() {
            return ctxt.error_spanned_by(key, "`type` is given twice");
        }
        self.problem_type = Some((literal, key.clone()));
    }

    fn parse_crate(&mut self, ctxt: &Ctxt, key: &Ident, value: &[TokenTree]) {
        let path = match value {
            [] => Err(Error::new(key.span(), PATH_EXPECTED)),
            [TokenTree::Literal(literal)] => match Lit::new(literal.clone()) {
                // syn gives the path's tokens the string's span.
                Lit::Str(text) => text.parse_with(Path::parse_mod_style),
                _ => Err(Error::new(literal.span(), PATH_EXPECTED)),
            },
            tokens => Path::parse_mod_style.parse2(tokens.iter().cloned().collect()),
        };
        match path {
            Ok(path) if is_relative_root(&path) => {
                let written = path.to_token_stream().to_string();
                ctxt.error_spanned_by(
                    value.iter().cloned().collect::<TokenStream>(),
                    format!(
                        "`crate = {written}` names a module of the crate being compiled, and http-status is not there: the derive expands in this crate\nhelp: remove `crate = …` to use `::http_status`, or write the path this crate reaches http-status by, such as `crate = ::my_http_status` or `crate = crate::deps::http_status`"
                    ),
                );
            }
            Ok(_) if self.krate.is_some() => {
                ctxt.error_spanned_by(key, "`crate = …` is given twice")
            }
            Ok(path) => self.krate = Some((path.into_token_stream(), key.clone())),
            Err(_) if value.is_empty() => ctxt.error_spanned_by(key, PATH_EXPECTED),
            Err(_) => ctxt.error_spanned_by(
                value.iter().cloned().collect::<TokenStream>(),
                PATH_EXPECTED,
            ),
        }
    }

    /// The span of the first `#[status(...)]` item, for errors about the attribute.
    pub(crate) fn status_span(&self) -> Option<Span> {
        self.code
            .map(|c| c.span)
            .or_else(|| self.transparent.as_ref().map(Ident::span))
    }
}

/// `crate`, `self`, `super` or `Self` alone: the derive's own crate or
/// module, never http-status (whose own items do not derive `HttpStatus`;
/// were they to, `extern crate self as http_status;` gives them a path).
fn is_relative_root(path: &Path) -> bool {
    path.leading_colon.is_none()
        && path.segments.len() == 1
        && path.segments.first().is_some_and(|segment| {
            ["crate", "self", "super", "Self"]
                .iter()
                .any(|keyword| segment.ident == keyword)
        })
}

/// `#[allow(deprecated)]`, `#[deny(deprecated)]`, … among `attrs`, rebuilt
/// with only `deprecated` (or `warnings`, the group that holds it), the
/// user's spans kept. Other lints are not repeated: a user's
/// `#[forbid(unused_qualifications)]` must not meet the impl's `allow`.
/// `expect` is not repeated either: the copy would be fulfilled and the
/// user's own expectation, on the item, would not.
fn lint_levels(attrs: &[Attribute]) -> TokenStream {
    let mut levels = TokenStream::new();
    for attr in attrs {
        let Some(level) = attr.path().get_ident() else {
            continue;
        };
        if !["allow", "warn", "deny", "forbid"]
            .iter()
            .any(|known| level == known)
        {
            continue;
        }
        let Ok(lints) = attr.parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
        else {
            continue;
        };
        let lints: Vec<&Path> = lints
            .iter()
            .filter_map(|meta| match meta {
                Meta::Path(path)
                    if path
                        .get_ident()
                        .is_some_and(|lint| lint == "deprecated" || lint == "warnings") =>
                {
                    Some(path)
                }
                _ => None,
            })
            .collect();
        if !lints.is_empty() {
            attr.pound_token.to_tokens(&mut levels);
            attr.bracket_token.surround(&mut levels, |inner| {
                level.to_tokens(inner);
                let mut group = Group::new(Delimiter::Parenthesis, quote!(#(#lints),*));
                group.set_span(level.span());
                inner.extend([TokenTree::Group(group)]);
            });
        }
    }
    levels
}

const TYPE_EXPECTED: &str =
    "expected a URI after `type =`, such as `type = \"https://example.com/probs/out-of-credit\"`";

const CHALLENGE_EXPECTED: &str =
    "expected a challenge after `www_authenticate =`, such as `www_authenticate = \"Bearer\"`";

const PATH_EXPECTED: &str = "expected a path after `crate =`, such as `crate = my_http_status` or `crate = \"my_http_status\"`";

fn both_message(code: &Resolved) -> String {
    format!(
        "a status code and `transparent` cannot both be given: `transparent` takes the field's status\nhelp: remove `transparent` to always answer {}, or remove the code",
        code.status
    )
}

fn is_constant_name(word: &Ident) -> bool {
    let word = word.unraw();
    http_status_table::ENTRIES.iter().any(|e| word == e.name)
}

/// The attribute's items: its tokens split at top-level commas. One trailing
/// comma is allowed; any other empty item (`#[status(,)]`, `404,,`) is an
/// error at its comma, never dropped in silence.
fn split_commas(ctxt: &Ctxt, tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let mut items: Vec<Vec<TokenTree>> = vec![Vec::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => {
                if items.last().is_some_and(Vec::is_empty) {
                    ctxt.error_spanned_by(
                        p,
                        format!("expected an item before this comma\nhelp: {}", expected()),
                    );
                }
                items.push(Vec::new());
            }
            _ => {
                if let Some(last) = items.last_mut() {
                    last.push(token);
                }
            }
        }
    }
    items.retain(|item| !item.is_empty());
    items
}

/// What `#[problem]` and `#[header("…")]` say of one field.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    /// `#[problem]` or `#[problem(rename = "…")]`: the member's name, and
    /// the tokens to point at.
    pub(crate) member: Option<(String, TokenStream)>,
    /// `#[header("retry-after")]`: the header's name, lowercase, and its literal.
    pub(crate) header: Option<(String, syn::LitStr)>,
}

/// Whether `attr` is `#[problem]` or `#[header]`, the field attributes.
pub(crate) fn is_field_attr(attr: &Attribute) -> bool {
    attr.path()
        .get_ident()
        .is_some_and(|ident| ident.unraw() == PROBLEM || ident.unraw() == HEADER)
}

impl FieldAttrs {
    /// The field attributes among `attrs`; `name` is the field's own name,
    /// if it has one.
    pub(crate) fn parse(ctxt: &Ctxt, attrs: &[Attribute], name: Option<&Ident>) -> FieldAttrs {
        let mut parsed = FieldAttrs::default();
        for attr in attrs.iter().filter(|attr| is_field_attr(attr)) {
            let is_problem = attr.path().is_ident(PROBLEM)
                || attr
                    .path()
                    .get_ident()
                    .is_some_and(|i| i.unraw() == PROBLEM);
            if is_problem {
                parsed.parse_problem(ctxt, attr, name);
            } else {
                parsed.parse_header(ctxt, attr);
            }
        }
        parsed
    }

    fn parse_problem(&mut self, ctxt: &Ctxt, attr: &Attribute, name: Option<&Ident>) {
        let mut rename = None;
        if let Meta::List(_) = &attr.meta {
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    rename = Some(meta.value()?.parse::<syn::LitStr>()?);
                    Ok(())
                } else {
                    Err(meta.error(
                        "unknown key in `#[problem(...)]`\nhelp: write `#[problem]` for a member named as the field, or `#[problem(rename = \"name\")]`",
                    ))
                }
            });
            if let Err(error) = parsed {
                return ctxt.error(error);
            }
        } else if let Meta::NameValue(_) = &attr.meta {
            return ctxt.error_spanned_by(
                attr,
                "expected `#[problem]` or `#[problem(rename = \"name\")]`",
            );
        }
        let member = match (&rename, name) {
            (Some(rename), _) => (rename.value(), rename.to_token_stream()),
            (None, Some(name)) => (name.unraw().to_string(), attr.to_token_stream()),
            (None, None) => {
                return ctxt.error_spanned_by(
                    attr,
                    "a field without a name needs one for its member\nhelp: write `#[problem(rename = \"name\")]`",
                );
            }
        };
        if !is_member_name(&member.0) {
            return ctxt.error_spanned_by(
                &member.1,
                format!(
                    "{:?} cannot name an extension member: a name has no spaces or control characters (RFC 9457 §3.2 advises letters, digits and `_`)",
                    member.0
                ),
            );
        }
        if self.member.is_some() {
            return ctxt.error_spanned_by(attr, "`#[problem]` is given twice on this field");
        }
        self.member = Some(member);
    }

    fn parse_header(&mut self, ctxt: &Ctxt, attr: &Attribute) {
        let literal = match attr.parse_args::<syn::LitStr>() {
            Ok(literal) => literal,
            Err(_) => {
                return ctxt.error_spanned_by(
                    attr,
                    "expected a header name: `#[header(\"retry-after\")]`",
                );
            }
        };
        let name = literal.value().to_ascii_lowercase();
        if !is_token(&name) {
            return ctxt.error_spanned_by(
                &literal,
                format!(
                    "{:?} is not a header field name: a name is a token of letters, digits and `!#$%&'*+-.^_`|~` (RFC 9110 §5.1)\nhelp: write it as on the wire, such as \"retry-after\"",
                    literal.value()
                ),
            );
        }
        if name == "www-authenticate" {
            return ctxt.error_spanned_by(
                &literal,
                "a 401's `WWW-Authenticate` is its challenge, which the item names itself\nhelp: write `#[status(401, www_authenticate = \"Bearer\")]` on the item instead",
            );
        }
        if RESPONSE_OWNED.contains(&name.as_str()) {
            return ctxt.error_spanned_by(
                &literal,
                format!(
                    "`{name}` is written by the response itself, from its problem body\nhelp: remove `#[header]` from this field"
                ),
            );
        }
        if self.header.is_some() {
            return ctxt.error_spanned_by(attr, "`#[header]` is given twice on this field");
        }
        self.header = Some((name, literal));
    }
}
