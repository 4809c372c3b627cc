//! A typed view of the derive input. Each node keeps its `original` syn
//! node, for spans.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::{Attribute, Data, DataUnion, DeriveInput, Fields, Ident, Member};

use super::attr::{self, Attrs, FieldAttrs};
use super::ctxt::Ctxt;
use super::message::Message;
use super::types::FieldType;
use crate::code::Resolved;

pub(crate) enum Input<'a> {
    Struct(Struct<'a>),
    Enum(Enum<'a>),
}

pub(crate) struct Struct<'a> {
    pub(crate) original: &'a DeriveInput,
    pub(crate) attrs: Attrs,
    /// thiserror's `#[error(...)]` on the struct, if any.
    pub(crate) message: Option<Message>,
    /// `#[detail("…")]`: the client's text, where it is not the message.
    pub(crate) detail: Option<syn::LitStr>,
    /// The detail read as a message, for the allowlist.
    pub(crate) detail_message: Option<Message>,
    pub(crate) fields: Vec<Field<'a>>,
}

pub(crate) struct Enum<'a> {
    pub(crate) original: &'a DeriveInput,
    /// `#[status(500)]` on the enum is the default for its variants.
    pub(crate) attrs: Attrs,
    pub(crate) variants: Vec<Variant<'a>>,
}

pub(crate) struct Variant<'a> {
    pub(crate) original: &'a syn::Variant,
    pub(crate) attrs: Attrs,
    /// thiserror's `#[error(...)]` on the variant, if any.
    pub(crate) message: Option<Message>,
    /// `#[detail("…")]`: the client's text, where it is not the message.
    pub(crate) detail: Option<syn::LitStr>,
    /// The detail read as a message, for the allowlist.
    pub(crate) detail_message: Option<Message>,
    pub(crate) fields: Vec<Field<'a>>,
}

/// How an item gets its status, decided once for the three methods the
/// derive writes. `None` only where `valid` has already reported an error.
pub(crate) enum Source<'a> {
    /// Its own code, or the enum's default.
    Code(Resolved),
    /// `transparent`: its one field's.
    Transparent(&'a Field<'a>),
}

/// `transparent` with exactly one field, else the item's code or `default`.
fn source<'a>(
    attrs: &Attrs,
    fields: &'a [Field<'a>],
    default: Option<Resolved>,
) -> Option<Source<'a>> {
    match (&attrs.transparent, fields) {
        (Some(_), [field]) => Some(Source::Transparent(field)),
        _ => attrs.code.or(default).map(Source::Code),
    }
}

impl<'a> Struct<'a> {
    pub(crate) fn source(&self) -> Option<Source<'_>> {
        source(&self.attrs, &self.fields, None)
    }
}

impl<'a> Variant<'a> {
    pub(crate) fn source(&self, default: Option<Resolved>) -> Option<Source<'_>> {
        source(&self.attrs, &self.fields, default)
    }
}

pub(crate) struct Field<'a> {
    pub(crate) original: &'a syn::Field,
    pub(crate) member: Member,
    /// thiserror's source: `#[from]`, `#[source]`, or a field named `source`.
    pub(crate) is_source: bool,
    /// `#[problem]` and `#[header("…")]`.
    pub(crate) attrs: FieldAttrs,
    /// Its type, taken apart for the safety rules.
    pub(crate) ty: FieldType,
}

impl<'a> Input<'a> {
    /// `None` for a union, after recording the error.
    pub(crate) fn from_syn(ctxt: &Ctxt, input: &'a DeriveInput) -> Option<Input<'a>> {
        match &input.data {
            Data::Struct(data) => {
                field_attrs_misplaced(ctxt, &input.attrs, "the struct");
                let mut attrs = Attrs::parse(ctxt, &input.attrs);
                let params = type_params(input);
                let fields = Field::multiple(ctxt, &data.fields, &mut attrs, "the struct", &params);
                Some(Input::Struct(Struct {
                    original: input,
                    attrs,
                    message: Message::of(&input.attrs, &members(&fields)),
                    detail: attr::detail_literal(ctxt, &input.attrs),
                    detail_message: Message::of_detail(&input.attrs, &members(&fields)),
                    fields,
                }))
            }
            Data::Enum(data) => Some(Input::Enum(Enum {
                original: input,
                attrs: {
                    field_attrs_misplaced(ctxt, &input.attrs, "the enum");
                    for attr in input
                        .attrs
                        .iter()
                        .filter(|a| a.path().is_ident(attr::DETAIL))
                    {
                        ctxt.error_spanned_by(
                            attr,
                            "`#[detail(...)]` goes on a variant, not on the enum: each variant's client text is its own\nhelp: put `#[detail(\"…\")]` on the variants it is for",
                        );
                    }
                    Attrs::parse(ctxt, &input.attrs)
                },
                variants: data
                    .variants
                    .iter()
                    .map(|variant| Variant::from_syn(ctxt, input, variant))
                    .collect(),
            })),
            Data::Union(DataUnion { union_token, .. }) => {
                ctxt.error_spanned_by(
                    union_token,
                    "`HttpStatus` cannot be derived for a union\nhelp: derive it for a struct or an enum, or implement it by hand",
                );
                None
            }
        }
    }

    pub(crate) fn original(&self) -> &'a DeriveInput {
        match self {
            Input::Struct(s) => s.original,
            Input::Enum(e) => e.original,
        }
    }

    /// The attributes on the type itself.
    pub(crate) fn attrs(&self) -> &Attrs {
        match self {
            Input::Struct(s) => &s.attrs,
            Input::Enum(e) => &e.attrs,
        }
    }

    /// The path of the `http-status` crate: `crate = …`, or `::http_status`.
    pub(crate) fn krate(&self) -> TokenStream {
        match &self.attrs().krate {
            Some((path, _)) => path.clone(),
            None => attr::default_crate(),
        }
    }
}

impl<'a> Variant<'a> {
    fn from_syn(ctxt: &Ctxt, input: &'a DeriveInput, variant: &'a syn::Variant) -> Variant<'a> {
        field_attrs_misplaced(
            ctxt,
            &variant.attrs,
            &format!("the variant `{}`", variant.ident),
        );
        let mut attrs = Attrs::parse(ctxt, &variant.attrs);
        let owner = format!("the variant `{}`", variant.ident);
        let params = type_params(input);
        let fields = Field::multiple(ctxt, &variant.fields, &mut attrs, &owner, &params);
        // A message written for the whole enum (derive_more's
        // `#[display("{_variant}: {_0}")]`) stands over each variant's own,
        // and the derive does not read it.
        let message = match Message::on_enum(&input.attrs) {
            Some(message) => Some(message),
            None => Message::of(&variant.attrs, &members(&fields)),
        };
        Variant {
            original: variant,
            attrs,
            message,
            detail: attr::detail_literal(ctxt, &variant.attrs),
            detail_message: Message::of_detail(&variant.attrs, &members(&fields)),
            fields,
        }
    }
}

impl<'a> Field<'a> {
    /// The fields of one struct or variant. A `#[status(...)]` on a field is
    /// an error, never ignored: rustc accepts it there, since `status` is the
    /// derive's helper attribute, but the status belongs to `owner`.
    fn multiple(
        ctxt: &Ctxt,
        fields: &'a Fields,
        owner_attrs: &mut Attrs,
        owner: &str,
        params: &BTreeSet<Ident>,
    ) -> Vec<Field<'a>> {
        fields
            .iter()
            .enumerate()
            .map(|(i, field)| {
                for attr in field.attrs.iter().filter(|attr| attr::is_status(attr)) {
                    misplaced(ctxt, attr, owner);
                    owner_attrs.errored = true;
                }
                for attr in field.attrs.iter().filter(|attr| attr.path().is_ident(attr::DETAIL)) {
                    ctxt.error_spanned_by(
                        attr,
                        format!("`#[detail(...)]` goes on {owner}, not on one of its fields: it is the text a client reads for the whole item\nhelp: move it to {owner}, naming the field in it: `#[detail(\"… {{name}}\")]`"),
                    );
                }
                let is_source = field.ident.as_ref().is_some_and(|i| i.unraw() == "source")
                    || field.attrs.iter().any(|attr| {
                        attr.path()
                            .get_ident()
                            .is_some_and(|i| i.unraw() == "from" || i.unraw() == "source")
                    });
                Field {
                    original: field,
                    member: match &field.ident {
                        Some(ident) => Member::Named(ident.clone()),
                        None => Member::Unnamed(i.into()),
                    },
                    is_source,
                    attrs: FieldAttrs::parse(ctxt, &field.attrs, field.ident.as_ref()),
                    ty: FieldType::of(&field.ty, params),
                }
            })
            .collect()
    }
}

/// `#[problem]` or `#[header]` on a type or a variant: rustc accepts them
/// there (they are the derive's helper attributes) and they would mean
/// nothing, so each is an error, never ignored.
fn field_attrs_misplaced(ctxt: &Ctxt, attrs: &[Attribute], owner: &str) {
    for attr in attrs.iter().filter(|attr| attr::is_field_attr(attr)) {
        ctxt.error_spanned_by(
            attr,
            format!("this attribute goes on a field of {owner}, not on {owner} itself\nhelp: put it on the field whose value it sends"),
        );
    }
}

fn misplaced(ctxt: &Ctxt, attr: &Attribute, owner: &str) {
    ctxt.error_spanned_by(
        attr,
        format!(
            "`#[status(...)]` goes on {owner}, not on one of its fields\nhelp: move this attribute to {owner}; `#[status(transparent)]` there takes the status of its one field"
        ),
    );
}

/// The item's type parameters, unraw.
fn type_params(input: &DeriveInput) -> BTreeSet<Ident> {
    input
        .generics
        .type_params()
        .map(|param| param.ident.unraw())
        .collect()
}

/// The fields' names, in order, for the message reader.
fn members<'a>(fields: &'a [Field<'_>]) -> Vec<&'a Member> {
    fields.iter().map(|field| &field.member).collect()
}
