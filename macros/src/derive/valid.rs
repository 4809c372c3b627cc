//! Checks that need the whole input: every item has exactly one way to get
//! its status, and each attribute stands where it means something.

use http_status_table::names::STANDARD_MEMBERS;
use quote::ToTokens;

/// The codes whose headers the rules below name.
const CREATED: u16 = 201;
const UNAUTHORIZED: u16 = 401;
const METHOD_NOT_ALLOWED: u16 = 405;

use super::ast::{Enum, Field, Input, Struct};
use super::attr::Attrs;
use super::ctxt::Ctxt;
use super::disclosure;
use super::message::{self, Message};
use crate::code::Resolved;

pub(crate) fn check(ctxt: &Ctxt, input: &Input) {
    match input {
        Input::Struct(input) => check_struct(ctxt, input),
        Input::Enum(input) => check_enum(ctxt, input),
    }
}

fn check_struct(ctxt: &Ctxt, input: &Struct) {
    let name = &input.original.ident;
    let errored = input.attrs.errored;
    if input.attrs.status_span().is_none() && !errored {
        ctxt.error_spanned_by(
            name,
            format!(
                "`{name}` has no status\nhelp: add `#[status(...)]` to the struct, such as `#[status(500)]`, or `#[status(transparent)]` to use its field's status"
            ),
        );
    }
    check_transparent(ctxt, &input.attrs, &input.fields, &format!("`{name}`"));
    check_detail(
        ctxt,
        &input.attrs,
        input.detail.as_ref().and(input.detail_message.as_ref()),
        &input.fields,
        None,
    );
    check_disclosure(
        ctxt,
        &input.attrs,
        input.detail_message.as_ref().or(input.message.as_ref()),
        &input.fields,
        None,
    );
    check_protocol(
        ctxt,
        &input.attrs,
        &input.attrs,
        has_challenge(&input.fields),
    );
    check_parts(ctxt, &input.attrs, &input.fields, input.attrs.code);
}

fn check_enum(ctxt: &Ctxt, input: &Enum) {
    if let Some(transparent) = &input.attrs.transparent {
        ctxt.error_spanned_by(
            transparent,
            "`transparent` goes on a variant or on a struct with one field, not on an enum\nhelp: put `#[status(transparent)]` on each variant that wraps another error",
        );
    }
    if let Some(expose) = &input.attrs.expose {
        ctxt.error_spanned_by(
            expose,
            "`expose` goes on a variant, not on an enum: each 5xx whose message may reach clients says so itself\nhelp: put `#[status(..., expose)]` on the variants whose `Display` is written for clients",
        );
    }
    if let Some(withhold) = &input.attrs.withhold {
        ctxt.error_spanned_by(
            withhold,
            "`withhold` goes on a variant, not on an enum: each variant whose message must stay on the server says so itself\nhelp: put `#[status(..., withhold)]` on the variants that wrap internal errors",
        );
    }
    // The default, once: the variants that use it are not checked again.
    check_protocol(ctxt, &input.attrs, &input.attrs, false);
    // A default that failed (`#[status(418)]` on the enum) was meant to be
    // one: the variants that would use it are not also reported.
    let has_default = input.attrs.code.is_some() || input.attrs.errored;
    for variant in &input.variants {
        let name = &variant.original.ident;
        for (_, word) in &variant.attrs.integrations {
            ctxt.error_spanned_by(
                word,
                format!("`{word}` goes on the type, not on a variant: it documents or answers for the whole type\nhelp: move it to the enum's `#[status(...)]`"),
            );
        }
        if let Some((_, keyword)) = &variant.attrs.krate {
            ctxt.error_spanned_by(
                keyword,
                "`crate = …` goes on the type, not on a variant\nhelp: move it to the enum's `#[status(...)]`",
            );
        }
        if variant.attrs.status_span().is_none() && !variant.attrs.errored && !has_default {
            ctxt.error_spanned_by(
                name,
                format!(
                    "variant `{name}` has no status\nhelp: add `#[status(...)]` to `{name}`, or a default such as `#[status(500)]` to the enum"
                ),
            );
        }
        check_transparent(
            ctxt,
            &variant.attrs,
            &variant.fields,
            &format!("variant `{name}`"),
        );
        check_detail(
            ctxt,
            &variant.attrs,
            variant.detail.as_ref().and(variant.detail_message.as_ref()),
            &variant.fields,
            input.attrs.code,
        );
        check_disclosure(
            ctxt,
            &variant.attrs,
            variant.detail_message.as_ref().or(variant.message.as_ref()),
            &variant.fields,
            input.attrs.code,
        );
        check_protocol(
            ctxt,
            &input.attrs,
            &variant.attrs,
            has_challenge(&variant.fields),
        );
        check_parts(
            ctxt,
            &variant.attrs,
            &variant.fields,
            variant.attrs.code.or(input.attrs.code),
        );
    }
    if let (Some((_, key)), None) = (&input.attrs.problem_type, input.attrs.code) {
        ctxt.error_spanned_by(
            key,
            "`type` on an enum goes with its default code: it is the type of the variants that use that code\nhelp: add a default such as `#[status(500, type = \"…\")]`, or put `type` on the variants",
        );
    }
}

/// `type`, `#[problem]` and `#[header]` on one item: a transparent item
/// takes them from its field's type, so on it they are errors; a member
/// RFC 9457 defines, and a name given twice, are errors at the second.
fn check_parts(ctxt: &Ctxt, attrs: &Attrs, fields: &[Field], code: Option<Resolved>) {
    if let (Some(_), Some((_, key))) = (&attrs.transparent, &attrs.problem_type) {
        ctxt.error_spanned_by(
            key,
            "`type` and `transparent` cannot both be given: `transparent` takes the field's type\nhelp: put `type` on the field type's own item",
        );
    }
    let mut members: Vec<&str> = Vec::new();
    let mut headers: Vec<&str> = Vec::new();
    let mut challenged = false;
    for field in fields {
        let marked = field
            .attrs
            .member
            .as_ref()
            .map(|(_, tokens)| tokens.clone())
            .or_else(|| {
                field
                    .attrs
                    .header
                    .as_ref()
                    .map(|(_, literal)| quote::ToTokens::to_token_stream(literal))
            })
            .or_else(|| field.attrs.challenge.clone());
        if let (true, Some(tokens)) = (field.is_source, &marked) {
            ctxt.error_spanned_by(
                tokens,
                format!(
                    "`#[problem]` and `#[header]` send this field to every client, and the field `{}` is the item's source error, whose text was not written for clients (hosts, users, queries)\nhelp: add a field of your own for what the client may read (a code, an id, a count), mark that one, and fill it where the error is converted; log the source on the server",
                    message::name_of(&field.member)
                ),
            );
            continue;
        }
        if let (Some(_), Some(tokens)) = (&attrs.transparent, &marked) {
            ctxt.error_spanned_by(
                tokens,
                "a transparent item answers with its field's own members and headers, so a field of it cannot add any\nhelp: remove `#[problem]` and `#[header]` here, and mark the fields of the wrapped type",
            );
            continue;
        }
        if let Some(tokens) = &field.attrs.challenge {
            let status = code.map(|code| code.status);
            if let Some(status) = status.filter(|s| s.as_u16() != UNAUTHORIZED) {
                ctxt.error_spanned_by(
                    tokens,
                    format!("`#[www_authenticate]` is the challenge of a 401, and this item answers {status}\nhelp: remove it, or answer 401"),
                );
            } else if challenged {
                ctxt.error_spanned_by(
                    tokens,
                    "a 401 sends one challenge, and another field of this item is `#[www_authenticate]` already\nhelp: keep one field for it",
                );
            }
            challenged = true;
        }
        if let Some((name, tokens)) = &field.attrs.member {
            let standard = STANDARD_MEMBERS
                .iter()
                .find(|standard| name.eq_ignore_ascii_case(standard));
            if let Some(standard) = standard {
                let what = if name == standard {
                    format!("`{name}` is a member that RFC 9457 defines, not an extension")
                } else {
                    format!(
                        "`{name}` is `{standard}`, a member that RFC 9457 defines, in another case: a client that folds case reads it as that member"
                    )
                };
                ctxt.error_spanned_by(
                    tokens,
                    format!(
                        "{what}\nhelp: name the member otherwise with `#[problem(rename = \"…\")]`"
                    ),
                );
            } else if members.contains(&name.as_str()) {
                ctxt.error_spanned_by(
                    tokens,
                    format!("the member `{name}` is given twice in this item\nhelp: rename one with `#[problem(rename = \"…\")]`"),
                );
            } else {
                members.push(name);
            }
        }
        if let Some((name, literal)) = &field.attrs.header {
            let status = code.map(|code| code.status);
            let misplaced = match (name.as_str(), status) {
                // RFC 9110 §10.2.2: a redirect's target or a created resource.
                ("location", Some(s)) => !(s.is_redirection() || s.as_u16() == CREATED),
                // §10.2.1: the methods a 405 allows.
                ("allow", Some(s)) => s.as_u16() != METHOD_NOT_ALLOWED,
                _ => false,
            };
            if let (true, Some(status)) = (misplaced, status) {
                let goes = if name == "location" {
                    "a 3xx or a 201"
                } else {
                    "a 405"
                };
                ctxt.error_spanned_by(
                    literal,
                    format!("`{name}` belongs on {goes} (RFC 9110 §10.2), and this item answers {status}\nhelp: send it from a status it belongs to, or remove `#[header]`"),
                );
            } else if headers.contains(&name.as_str()) {
                ctxt.error_spanned_by(
                    literal,
                    format!("the header `{name}` is given twice in this item\nhelp: keep one field for it"),
                );
            } else {
                headers.push(name);
            }
        }
    }
}

/// What a response written by an integration must be (RFC 9110): a status
/// whose response allows no content cannot be a problem body, and a 401
/// needs its challenge. `owner` holds the type's words; `item` the code or
/// default being checked. Plain `HttpStatus` is not checked: an enum of
/// responses may well answer 204.
/// Whether a field of the item is its challenge (`#[www_authenticate]`).
fn has_challenge(fields: &[Field]) -> bool {
    fields.iter().any(|field| field.attrs.challenge.is_some())
}

/// `field_challenge`: a field of the item gives the challenge.
fn check_protocol(ctxt: &Ctxt, owner: &Attrs, item: &Attrs, field_challenge: bool) {
    if let (Some((_, key)), None) = (&item.challenge, item.code) {
        ctxt.error_spanned_by(
            key,
            "`www_authenticate` goes with a 401 code on the same item: it is the challenge that response sends\nhelp: write `#[status(401, www_authenticate = \"Bearer\")]`",
        );
    }
    let Some(code) = item.code else {
        return;
    };
    let status = code.status;
    if let Some((_, key)) = &item.challenge {
        if status.as_u16() != UNAUTHORIZED {
            ctxt.error_spanned_by(
                key,
                format!("`www_authenticate` is the challenge of a 401, and this item answers {status}\nhelp: remove it, or answer 401"),
            );
        }
    }
    let Some((_, word)) = owner.integrations.first() else {
        return;
    };
    if let Some(spec) = status.no_content_spec() {
        ctxt.error(syn::Error::new(
            code.span,
            format!(
                "`#[status({word})]` answers with a problem body, and a {status} response cannot carry content ({spec})\nhelp: answer {status} from the handler itself, not as an error of this type; or use a status whose response has content"
            ),
        ));
    } else if status.as_u16() == UNAUTHORIZED && item.challenge.is_none() && !field_challenge {
        ctxt.error(syn::Error::new(
            code.span,
            format!(
                "a 401 response MUST carry a `WWW-Authenticate` challenge (RFC 9110 §15.5.2), and `#[status({word})]` writes the response\nhelp: name the challenge: `#[status(401, www_authenticate = \"Bearer\")]`; if no authentication scheme applies (an unknown token in a link, a confirmation that expired), answer 400 for a malformed request, 403 for a refusal, or 404 for something that does not exist"
            ),
        ));
    }
}

/// `#[detail("…")]` is written for clients, so it is an error where it
/// would never be sent: where the derive cannot read it (it names what is
/// not a field, a type parameter), or on a 5xx without `expose`.
fn check_detail(
    ctxt: &Ctxt,
    attrs: &Attrs,
    detail: Option<&Message>,
    fields: &[Field],
    default: Option<Resolved>,
) {
    let Some(detail) = detail else {
        return;
    };
    if let Err(unreadable) = disclosure::readable(Some(detail), fields) {
        let tokens = unreadable.tokens.unwrap_or_default();
        return ctxt.error_spanned_by(
            tokens,
            format!(
                "`#[detail]` is the text a client reads, and {}, so it could never be sent\nhelp: write the text itself, naming only fields of the item whose values the client may read",
                unreadable.what
            ),
        );
    }
    let server = attrs
        .code
        .or(default)
        .is_some_and(|code| code.status.is_server_error());
    if server && attrs.expose.is_none() {
        ctxt.error(syn::Error::new(
            attrs.code.or(default).map_or_else(proc_macro2::Span::call_site, |c| c.span),
            "a 5xx's `#[detail]` is sent only with `expose`, since a 5xx's text stays on the server by default\nhelp: add `expose` to this item's `#[status(...)]`, or remove `#[detail]`",
        ));
    }
}

fn check_transparent(ctxt: &Ctxt, attrs: &Attrs, fields: &[Field], owner: &str) {
    let Some(transparent) = &attrs.transparent else {
        return;
    };
    let count = fields.len();
    if count != 1 {
        let fields = match count {
            0 => "no fields".to_owned(),
            n => format!("{n} fields"),
        };
        ctxt.error_spanned_by(
            transparent,
            format!("`transparent` needs exactly one field to take the status from, and {owner} has {fields}"),
        );
    }
}

/// `expose` and `withhold`, who may read an item's text: `expose` only
/// changes a 5xx and never sends a source error's text; `withhold` only
/// changes a 4xx (or a transparent item); they exclude each other.
fn check_disclosure(
    ctxt: &Ctxt,
    attrs: &Attrs,
    message: Option<&Message>,
    fields: &[Field],
    default: Option<Resolved>,
) {
    if let (Some(expose), Some(_)) = (&attrs.expose, &attrs.withhold) {
        ctxt.error_spanned_by(
            expose,
            "`expose` and `withhold` cannot both be given: one sends the item's message to clients, the other keeps it on the server\nhelp: keep the one you mean",
        );
        return;
    }
    if let (Some(expose), Some(_)) = (&attrs.expose, &attrs.transparent) {
        ctxt.error_spanned_by(
            expose,
            "`expose` and `transparent` cannot both be given: `transparent` takes the field's answer, and the field's own type decides whether its text may be sent\nhelp: put `expose` on the field type's 5xx variant instead",
        );
        return;
    }
    let code = attrs.code.or(default);
    if let (Some(withhold), Some(code)) = (&attrs.withhold, code) {
        if code.status.is_server_error() && attrs.transparent.is_none() {
            ctxt.error_spanned_by(
                withhold,
                format!(
                    "`withhold` is for 4xx statuses, and this item answers {}, whose message is withheld already\nhelp: remove `withhold`",
                    code.status
                ),
            );
        }
    }
    let Some(expose) = &attrs.expose else {
        return;
    };
    if code.is_some_and(|code| !code.status.is_server_error()) {
        return check_expose_4xx(ctxt, expose, code, message, fields);
    }
    // A 5xx (or an item whose code was already reported): the message must
    // be read completely, and show no source error.
    let shown = match disclosure::readable(message, fields) {
        Ok(shown) => shown,
        Err(unreadable) => {
            let tokens = unreadable
                .tokens
                .unwrap_or_else(|| expose.to_token_stream());
            return ctxt.error_spanned_by(
                tokens,
                format!(
                    "`expose` sends this item's message to every client, and {}, so the derive cannot show that no server text is in it\nhelp: {}",
                    unreadable.what, unreadable.help
                ),
            );
        }
    };
    let Some(message) = message else {
        return;
    };
    let source = shown
        .iter()
        .find(|field| field.is_source || message.transparent);
    if let Some(source) = source {
        let field = message::name_of(&source.member);
        let what = if message.transparent {
            format!(
                "`#[error(transparent)]` makes the message the source error's own (field `{field}`)"
            )
        } else {
            format!("the message formats the source error (field `{field}`)")
        };
        ctxt.error_spanned_by(
            expose,
            format!(
                "`expose` sends this item's message to every client, and {what}, whose text was not written for clients (hosts, users, queries)\nhelp: write a message of your own without the source, and log the source on the server; or remove `expose`"
            ),
        );
    }
}

/// `expose` on a 4xx: it vouches for the errors the message shows (a 4xx's
/// own text is sent already), so it needs a message that shows a field.
fn check_expose_4xx(
    ctxt: &Ctxt,
    expose: &syn::Ident,
    code: Option<Resolved>,
    message: Option<&Message>,
    fields: &[Field],
) {
    // What the derive cannot read is withheld on a 4xx, so `expose`
    // means something there.
    let shows_a_field = match disclosure::readable(message, fields) {
        Ok(shown) => !shown.is_empty(),
        Err(_) => true,
    };
    if !shows_a_field {
        let status = code.map(|code| code.status.to_string()).unwrap_or_default();
        ctxt.error_spanned_by(
            expose,
            format!(
                "`expose` on a 4xx sends the errors its message formats, and this item answers {status}, whose message formats no field and is sent already\nhelp: remove `expose`"
            ),
        );
    }
}
