//! A typed view of the derive input. Each node keeps its `original` syn node,
//! for spans.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::{Data, DeriveInput, Fields, Index, Member};

use super::attr::{self, Attrs};
use super::ctxt::Ctxt;

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
    pub(crate) original: &'a syn::Variant,
    pub(crate) attrs: Attrs,
    pub(crate) fields: Vec<Field<'a>>,
}

pub(crate) struct Field<'a> {
    pub(crate) original: &'a syn::Field,
    pub(crate) member: Member,
}

impl<'a> Input<'a> {
    /// `None` for a union, after recording the error.
    pub(crate) fn from_syn(ctxt: &Ctxt, input: &'a DeriveInput) -> Option<Input<'a>> {
        let attrs = Attrs::parse(ctxt, &input.attrs);
        match &input.data {
            Data::Struct(data) => Some(Input::Struct(Struct {
                original: input,
                attrs,
                fields: Field::multiple_from_syn(&data.fields),
            })),
            Data::Enum(data) => Some(Input::Enum(Enum {
                original: input,
                attrs,
                variants: data
                    .variants
                    .iter()
                    .map(|variant| Variant {
                        original: variant,
                        attrs: Attrs::parse(ctxt, &variant.attrs),
                        fields: Field::multiple_from_syn(&variant.fields),
                    })
                    .collect(),
            })),
            Data::Union(data) => {
                ctxt.syn_error(syn::Error::new(
                    data.union_token.span,
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
            Some((path, _)) => path.to_token_stream(),
            None => attr::default_crate(),
        }
    }
}

impl<'a> Field<'a> {
    fn multiple_from_syn(fields: &'a Fields) -> Vec<Field<'a>> {
        fields
            .iter()
            .enumerate()
            .map(|(i, field)| Field {
                original: field,
                member: match &field.ident {
                    Some(ident) => Member::Named(ident.clone()),
                    None => Member::Unnamed(Index {
                        index: i as u32,
                        span: Span::call_site(),
                    }),
                },
            })
            .collect()
    }
}
