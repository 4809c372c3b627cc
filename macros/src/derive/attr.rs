//! Parsing of `#[status(...)]`: a code or phrase, `transparent`, `expose`
//! and `withhold` (who may read the item's text), the integration words
//! (the table crate's rows), `www_authenticate = "…"`, `type = "…"` and
//! `crate = path`, read with syn's `ParseStream`.

use proc_macro2::{Delimiter, Group, Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Error, LitStr, Meta, Path, Token};

use http_status_table::names::{
    FRAMING_FIELDS, RESPONSE_OWNED, STANDARD_MEMBERS, is_member_name, is_token,
};

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
pub(crate) const EXPECTED: &str = "expected a status code such as `404`, a reason phrase such as \"Not Found\", `transparent`, `expose`, `withhold`, an integration such as `axum` or `utoipa`, `www_authenticate = \"…\"`, `type = \"…\"` or `crate = path`";

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
        for attr in attrs.iter().filter(|attr| is_status(attr)) {
            match &attr.meta {
                Meta::List(list) if !list.tokens.is_empty() => {
                    let items = |input: ParseStream| parsed.parse_items(ctxt, input);
                    if let Err(error) = items.parse2(list.tokens.clone()) {
                        parsed.fail(ctxt, error);
                    }
                }
                _ => parsed.fail(
                    ctxt,
                    Error::new_spanned(
                        attr,
                        format!(
                            "expected `#[status(...)]` with one item or more\nhelp: {EXPECTED}"
                        ),
                    ),
                ),
            }
        }
        parsed
    }

    /// Records an error about this item's attribute: the checks that follow
    /// stay quiet about the attribute, so one mistake gives one error.
    fn fail(&mut self, ctxt: &Ctxt, error: Error) {
        self.errored = true;
        ctxt.error(error);
    }

    /// The items, separated by commas. One trailing comma is allowed; any
    /// other empty item (`#[status(,)]`, `404,,`) is an error at its comma,
    /// never dropped in silence.
    fn parse_items(&mut self, ctxt: &Ctxt, input: ParseStream) -> syn::Result<()> {
        while !input.is_empty() {
            if input.peek(Token![,]) {
                let comma: Token![,] = input.parse()?;
                let message = format!("expected an item before this comma\nhelp: {EXPECTED}");
                self.fail(ctxt, Error::new(comma.span, message));
                continue;
            }
            let item = input.step(|cursor| {
                let mut rest = *cursor;
                let mut item = Vec::new();
                while let Some((token, next)) = rest.token_tree() {
                    if matches!(&token, TokenTree::Punct(p) if p.as_char() == ',') {
                        break;
                    }
                    item.push(token);
                    rest = next;
                }
                Ok((item, rest))
            })?;
            self.parse_item(ctxt, &item);
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
        }
        Ok(())
    }

    /// One item: a word, `key = value`, or a code. A fragment forwarded by
    /// a `macro_rules!` (`$e:expr`, `$m:meta`) arrives in an invisible
    /// group, which syn reads through; one that holds several items is
    /// read as a list.
    fn parse_item(&mut self, ctxt: &Ctxt, item: &[TokenTree]) {
        if let [TokenTree::Group(group)] = item {
            let list = group
                .stream()
                .into_iter()
                .any(|token| matches!(token, TokenTree::Punct(comma) if comma.as_char() == ','));
            if group.delimiter() == Delimiter::None && list {
                let items = |input: ParseStream| self.parse_items(ctxt, input);
                if let Err(error) = items.parse2(group.stream()) {
                    self.fail(ctxt, error);
                }
                return;
            }
        }
        let tokens: TokenStream = item.iter().cloned().collect();
        let kind = |input: ParseStream| -> syn::Result<Item> {
            if input.peek(Ident::peek_any) && input.peek2(Token![=]) {
                let key = input.call(Ident::parse_any)?;
                input.parse::<Token![=]>()?;
                return Ok(Item::Key(key, input.parse()?));
            }
            let fork = input.fork();
            let word = fork.call(Ident::parse_any).ok().filter(|_| fork.is_empty());
            input.parse::<TokenStream>()?;
            Ok(word.map_or(Item::Code, Item::Word))
        };
        match kind.parse2(tokens) {
            Ok(Item::Key(key, value)) => self.parse_key(ctxt, &key, value),
            Ok(Item::Word(word)) => self.parse_word(ctxt, item, &word),
            Ok(Item::Code) | Err(_) => self.parse_code(ctxt, item),
        }
    }

    fn parse_key(&mut self, ctxt: &Ctxt, key: &Ident, value: TokenStream) {
        if key == CRATE {
            self.parse_crate(ctxt, key, value);
        } else if key.unraw() == WWW_AUTHENTICATE {
            self.parse_challenge(ctxt, key, value);
        } else if key.unraw() == TYPE {
            self.parse_type(ctxt, key, value);
        } else {
            let message = format!("unknown key `{key}` in `#[status(...)]`\nhelp: {EXPECTED}");
            self.fail(ctxt, Error::new(key.span(), message));
        }
    }

    fn parse_word(&mut self, ctxt: &Ctxt, item: &[TokenTree], word: &Ident) {
        let given_twice =
            |word: &Ident| Error::new(word.span(), format!("`{word}` is given twice"));
        if let Some(integration) = integration_named(word) {
            if self.integrations.iter().any(|(i, _)| *i == integration) {
                self.fail(ctxt, given_twice(word));
            } else {
                // Its place is checked by `valid` (on a variant, the
                // misplacement is the mistake); whether its feature is on,
                // by the hook it calls, which core defines as an error
                // without the feature.
                self.integrations.push((integration, word.clone()));
            }
        } else if word.unraw() == TRANSPARENT {
            if self.transparent.is_some() {
                self.fail(ctxt, given_twice(word));
            } else if let Some(code) = &self.code {
                let error = Error::new(word.span(), both_message(code));
                self.fail(ctxt, error);
            } else {
                self.transparent = Some(word.clone());
            }
        } else if word.unraw() == EXPOSE || word.unraw() == WITHHOLD {
            let slot = match word.unraw() == EXPOSE {
                true => &mut self.expose,
                false => &mut self.withhold,
            };
            if slot.is_some() {
                self.fail(ctxt, given_twice(word));
            } else {
                *slot = Some(word.clone());
            }
        } else if is_constant_name(word) || word == "true" || word == "false" {
            // `NOT_FOUND`, `true`: the code reader says what to write.
            self.parse_code(ctxt, item);
        } else {
            let message = format!("unknown item `{word}` in `#[status(...)]`\nhelp: {EXPECTED}");
            self.fail(ctxt, Error::new(word.span(), message));
        }
    }

    fn parse_code(&mut self, ctxt: &Ctxt, item: &[TokenTree]) {
        let code = match code::resolve(item, code::Site::Attribute) {
            Ok(code) => code,
            Err(error) => return self.fail(ctxt, error),
        };
        if let Some(first) = &self.code {
            let message = format!(
                "this item already has status {}; found a second one, {}\nhelp: remove one of them: an item has exactly one status",
                first.status, code.status
            );
            self.fail(ctxt, Error::new(code.span, message));
        } else if self.transparent.is_some() {
            self.fail(ctxt, Error::new(code.span, both_message(&code)));
        } else {
            self.code = Some(code);
        }
    }

    /// `www_authenticate = "Bearer realm=\"api\""`: one string that is a
    /// valid header value (visible ASCII and spaces), since it is sent as is.
    fn parse_challenge(&mut self, ctxt: &Ctxt, key: &Ident, value: TokenStream) {
        let literal = match string(key, value, CHALLENGE_EXPECTED) {
            Ok(literal) => literal,
            Err(error) => return self.fail(ctxt, error),
        };
        let text = literal.value();
        if text.trim().is_empty() || !text.bytes().all(|b| b == b' ' || b.is_ascii_graphic()) {
            let error = Error::new(
                literal.span(),
                "a `WWW-Authenticate` challenge is visible ASCII, such as \"Bearer\" or \"Basic realm=\\\"api\\\"\"; found an empty one or one with other characters",
            );
            return self.fail(ctxt, error);
        }
        if self.challenge.is_some() {
            let error = Error::new(key.span(), "`www_authenticate` is given twice");
            return self.fail(ctxt, error);
        }
        self.challenge = Some((literal, key.clone()));
    }

    /// `type = "https://example.com/probs/out-of-credit"`: one string that
    /// is a URI reference (RFC 3986), since it is sent as it is.
    fn parse_type(&mut self, ctxt: &Ctxt, key: &Ident, value: TokenStream) {
        let literal = match string(key, value, TYPE_EXPECTED) {
            Ok(literal) => literal,
            Err(error) => return self.fail(ctxt, error),
        };
        if let Some(problem) = super::uri::problem(&literal.value()) {
            let error = Error::new(
                literal.span(),
                format!(
                    "a problem `type` is a URI reference (RFC 9457 §3.1.1) that clients may follow, and {:?} cannot be one: {problem}\nhelp: write an absolute URI such as \"https://example.com/probs/out-of-credit\" or a relative one such as \"/probs/out-of-credit\"",
                    literal.value()
                ),
            );
            return self.fail(ctxt, error);
        }
        if self.problem_type.is_some() {
            return self.fail(ctxt, Error::new(key.span(), "`type` is given twice"));
        }
        self.problem_type = Some((literal, key.clone()));
    }

    fn parse_crate(&mut self, ctxt: &Ctxt, key: &Ident, value: TokenStream) {
        let path = |input: ParseStream| match input.parse::<Option<LitStr>>()? {
            // syn gives the path's tokens the string's span.
            Some(text) => text.parse_with(Path::parse_mod_style),
            None => Path::parse_mod_style(input),
        };
        let error = |span: Span, message: &str| Error::new(span, message);
        match path.parse2(value.clone()) {
            Ok(path) if is_relative_root(&path) => {
                let written = path.to_token_stream().to_string();
                let error = Error::new_spanned(
                    &value,
                    format!(
                        "`crate = {written}` names a module of the crate being compiled, and http-status is not there: the derive expands in this crate\nhelp: remove `crate = …` to use `::http_status`, or write the path this crate reaches http-status by, such as `crate = ::my_http_status` or `crate = crate::deps::http_status`"
                    ),
                );
                self.fail(ctxt, error);
            }
            Ok(_) if self.krate.is_some() => {
                self.fail(ctxt, error(key.span(), "`crate = …` is given twice"));
            }
            Ok(path) => self.krate = Some((path.into_token_stream(), key.clone())),
            Err(_) if value.is_empty() => self.fail(ctxt, error(key.span(), PATH_EXPECTED)),
            Err(_) => self.fail(ctxt, Error::new_spanned(&value, PATH_EXPECTED)),
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

/// What an item of `#[status(...)]` is, as syn reads it.
enum Item {
    /// `key = value`.
    Key(Ident, TokenStream),
    /// One identifier: `transparent`, `axum`, a mistake.
    Word(Ident),
    /// Anything else: a code, or what the code reader explains.
    Code,
}

/// The string after `key =`: an error at the key when there is nothing,
/// at what is there otherwise.
fn string(key: &Ident, value: TokenStream, expected: &str) -> syn::Result<LitStr> {
    if value.is_empty() {
        return Err(Error::new(key.span(), expected));
    }
    syn::parse2::<LitStr>(value.clone()).map_err(|_| Error::new_spanned(&value, expected))
}

/// What `#[problem]` and `#[header("…")]` say of one field.
#[derive(Default)]
pub(crate) struct FieldAttrs {
    /// `#[problem]` or `#[problem(rename = "…")]`: the member's name, and
    /// the tokens to point at.
    pub(crate) member: Option<(String, TokenStream)>,
    /// `#[header("retry-after")]`: the header's name, lowercase, and its literal.
    pub(crate) header: Option<(String, syn::LitStr)>,
    /// `#[www_authenticate]`: the field is the 401's challenge, for this
    /// response; the attribute, to point at.
    pub(crate) challenge: Option<TokenStream>,
}

/// Whether `attr` is `#[problem]`, `#[header]` or `#[www_authenticate]`,
/// the field attributes.
pub(crate) fn is_field_attr(attr: &Attribute) -> bool {
    attr.path().get_ident().is_some_and(|ident| {
        ident.unraw() == PROBLEM || ident.unraw() == HEADER || ident.unraw() == WWW_AUTHENTICATE
    })
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
            let is_challenge = attr
                .path()
                .get_ident()
                .is_some_and(|i| i.unraw() == WWW_AUTHENTICATE);
            if is_problem {
                parsed.parse_problem(ctxt, attr, name);
            } else if is_challenge {
                parsed.parse_challenge(ctxt, attr);
            } else {
                parsed.parse_header(ctxt, attr);
            }
        }
        parsed
    }

    /// `#[www_authenticate]`, a bare word on the field.
    fn parse_challenge(&mut self, ctxt: &Ctxt, attr: &Attribute) {
        if !matches!(attr.meta, Meta::Path(_)) {
            return ctxt.error_spanned_by(
                attr,
                "`#[www_authenticate]` takes no arguments: the field's value is the challenge\nhelp: write `#[www_authenticate]` on the field; a fixed challenge goes on the item, `#[status(401, www_authenticate = \"Bearer\")]`",
            );
        }
        if self.challenge.is_some() {
            return ctxt
                .error_spanned_by(attr, "`#[www_authenticate]` is given twice on this field");
        }
        self.challenge = Some(attr.to_token_stream());
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
        // A standard member's name, in any case, is `valid`'s to report.
        let standard = STANDARD_MEMBERS
            .iter()
            .any(|standard| member.0.eq_ignore_ascii_case(standard));
        if !standard && !is_member_name(&member.0) {
            return ctxt.error_spanned_by(
                &member.1,
                format!(
                    "{:?} cannot name an extension member: a name is an ASCII letter followed by ASCII letters, digits, `_` and `-` (RFC 9457 §4), which every client reads alike\nhelp: name it in `snake_case` or `camelCase`, such as `#[problem(rename = \"invalid_params\")]`",
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
        if FRAMING_FIELDS.contains(&name.as_str()) {
            let what = match name.as_str() {
                "content-encoding" | "content-range" | "transfer-encoding" | "trailer" => {
                    "describes how a body is encoded or cut, and a problem's body is whole, plain JSON that the response writes itself (RFC 9110 §8.4, §14.4, §6.6.2)"
                }
                _ => {
                    "is about the connection, which belongs to the server, not to an error (RFC 9110 §7.6.1)"
                }
            };
            return ctxt.error_spanned_by(
                &literal,
                format!("`{name}` {what}\nhelp: remove `#[header]` from this field"),
            );
        }
        if self.header.is_some() {
            return ctxt.error_spanned_by(attr, "`#[header]` is given twice on this field");
        }
        self.header = Some((name, literal));
    }
}

/// `#[detail("…")]` on an item: the client's text.
pub(crate) const DETAIL: &str = "detail";

/// `#[detail("…")]` among `attrs`: its literal, or an error where it is not
/// one string.
pub(crate) fn detail_literal(ctxt: &Ctxt, attrs: &[Attribute]) -> Option<LitStr> {
    let attr = attrs.iter().find(|attr| attr.path().is_ident(DETAIL))?;
    let Meta::List(list) = &attr.meta else {
        ctxt.error_spanned_by(attr, DETAIL_EXPECTED);
        return None;
    };
    match syn::parse2::<LitStr>(list.tokens.clone()) {
        Ok(literal) => Some(literal),
        Err(_) => {
            ctxt.error_spanned_by(&list.tokens, DETAIL_EXPECTED);
            None
        }
    }
}

const DETAIL_EXPECTED: &str = "`#[detail(...)]` takes one string, whose placeholders name the item's fields: `#[detail(\"no note {id}\")]`\nhelp: write the client's text as one string literal; the log keeps the `Display`";
