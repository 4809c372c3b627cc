//! A typed view of the derive input. Each node keeps its `original` input
//! node, for spans.

use proc_macro2::TokenStream;

use super::attr::{self, Attrs};
use super::ctxt::Ctxt;
use super::input::{self, Data, DeriveInput, Member};

pub(crate) enum Input<'a> {
    Struct(Struct<'a>),
    Enum(Enum<'a>),
}

pub(crate) struct Struct<'a> {
    pub(crate) original: &'a DeriveInput,
    pub(crate) attrs: Attrs,
    pub(crate) fields: Vec<Field<'a>>,
}

pub(crate) struct Enum<'a> {
    pub(crate) original: &'a DeriveInput,
    /// `#[status(500)]` on the enum is the default for its variants.
    pub(crate) attrs: Attrs,
    pub(crate) variants: Vec<Variant<'a>>,
}

pub(crate) struct Variant<'a> {
    pub(crate) original: &'a input::Variant,
    pub(crate) attrs: Attrs,
    pub(crate) fields: Vec<Field<'a>>,
}

pub(crate) struct Field<'a> {
    pub(crate) original: &'a input::Field,
    pub(crate) member: Member,
}

impl<'a> Input<'a> {
    /// `None` for a union, after recording the error.
    pub(crate) fn from_input(ctxt: &Ctxt, input: &'a DeriveInput) -> Option<Input<'a>> {
        let attrs = Attrs::parse(ctxt, &input.attrs);
        match &input.data {
            Data::Struct(fields) => Some(Input::Struct(Struct {
                original: input,
                attrs,
                fields: Field::multiple(fields),
            })),
            Data::Enum(variants) => Some(Input::Enum(Enum {
                original: input,
                attrs,
                variants: variants
                    .iter()
                    .map(|variant| Variant {
                        original: variant,
                        attrs: Attrs::parse(ctxt, &variant.attrs),
                        fields: Field::multiple(&variant.fields),
                    })
                    .collect(),
            })),
            Data::Union(keyword) => {
                ctxt.error(crate::error::Error::new(
                    *keyword,
                    "`HttpStatus` cannot be derived for a union\nhelp: derive it for a struct or an enum, or implement it by hand",
                ));
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

impl<'a> Field<'a> {
    fn multiple(fields: &'a input::Fields) -> Vec<Field<'a>> {
        fields
            .as_slice()
            .iter()
            .enumerate()
            .map(|(i, field)| Field {
                original: field,
                member: match &field.ident {
                    Some(ident) => Member::Named(ident.clone()),
                    None => Member::Unnamed(i),
                },
            })
            .collect()
    }
}
