//! Checks that need the whole input: every item has exactly one way to get
//! its status, and each attribute stands where it means something.

use super::ast::{Enum, Field, Input, Struct};
use super::attr::Attrs;
use super::ctxt::Ctxt;
use crate::code::Resolved;

pub(crate) fn check(ctxt: &Ctxt, input: &Input) {
    match input {
        Input::Struct(input) => check_struct(ctxt, input),
        Input::Enum(input) => check_enum(ctxt, input),
    }
}

fn check_struct(ctxt: &Ctxt, input: &Struct) {
    let name = &input.original.ident;
    let errored = check_features(ctxt, &input.attrs) || input.attrs.errored;
    if input.attrs.status_span().is_none() && !errored {
        ctxt.error_spanned_by(
            name,
            format!(
                "`{name}` has no status\nhelp: add `#[status(...)]` to the struct, such as `#[status(500)]`, or `#[status(transparent)]` to use its field's status"
            ),
        );
    }
    check_transparent(ctxt, &input.attrs, &input.fields, &format!("`{name}`"));
    check_expose(ctxt, &input.attrs, None);
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
    check_features(ctxt, &input.attrs);
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
        check_expose(ctxt, &variant.attrs, input.attrs.code);
    }
}

/// The type's integration words whose feature is off, each an error that
/// names the feature. Whether one was reported.
fn check_features(ctxt: &Ctxt, attrs: &Attrs) -> bool {
    let mut reported = false;
    for (integration, word) in &attrs.integrations {
        if !integration.enabled() {
            ctxt.error_spanned_by(
                word,
                format!(
                    "`#[status({word})]` needs the `{feature}` feature of http-status\nhelp: enable it in Cargo.toml: `http-status = {{ version = \"0.1\", features = [\"{feature}\"] }}`",
                    feature = integration.feature()
                ),
            );
            reported = true;
        }
    }
    reported
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

/// `expose` only changes a 5xx: any other status already sends its text.
fn check_expose(ctxt: &Ctxt, attrs: &Attrs, default: Option<Resolved>) {
    if let (Some(expose), Some(_)) = (&attrs.expose, &attrs.transparent) {
        ctxt.error_spanned_by(
            expose,
            "`expose` and `transparent` cannot both be given: `transparent` takes the field's answer, and the field's own type decides whether its text may be sent\nhelp: put `expose` on the field type's 5xx variant instead",
        );
        return;
    }
    let (Some(expose), Some(code)) = (&attrs.expose, attrs.code.or(default)) else {
        return;
    };
    if !code.status.is_server_error() {
        ctxt.error_spanned_by(
            expose,
            format!(
                "`expose` is for 5xx statuses, and this item answers {}, whose message is sent already\nhelp: remove `expose`",
                code.status
            ),
        );
    }
}
