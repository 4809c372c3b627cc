//! `fn exposes_detail`: whether an item's text may reach a client. The
//! item decides for its own words (a 4xx yes, a 5xx no, `expose` and
//! `withhold` turn that); each error its message shows decides for itself,
//! found at the field's concrete type by autoref (core's
//! `__private_0_1::Field`): an `HttpStatus` answers with its own
//! `exposes_detail`, any other error is withheld.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::ast::{Enum, Field, Source, Struct, Variant};
use super::attr::Attrs;
use super::message::{Message, Reads};
use super::tokens::{
    binding_arm, call_site_ident, call_site_member, match_some, respan, unit_pattern,
};
use crate::code::Resolved;

/// `fn exposes_detail`, where the trait's default (every status but a 5xx)
/// is not the answer. Otherwise nothing, and the default stands.
pub(crate) fn struct_exposes(input: &Struct, krate: &TokenStream) -> TokenStream {
    let body = match input.source() {
        Some(Source::Transparent(field)) if input.attrs.withhold.is_none() => {
            let member = call_site_member(&field.member);
            transparent_exposes(
                krate,
                &quote!(&self.#member),
                client_text(input.detail_message.as_ref(), input.message.as_ref()),
                &input.fields,
            )
        }
        source => {
            let code = match source {
                Some(Source::Code(code)) => Some(code),
                _ => None,
            };
            match answer(
                &input.attrs,
                code,
                client_text(input.detail_message.as_ref(), input.message.as_ref()),
                &input.fields,
            ) {
                Answer::Default => return TokenStream::new(),
                Answer::Fixed(exposed) => quote!(#exposed),
                Answer::Probed { fields, strict } => {
                    let (pattern, probes) = probes(
                        krate,
                        &fields,
                        strict,
                        client_text(input.detail_message.as_ref(), input.message.as_ref()),
                    );
                    let pattern = quote!(Self { #pattern .. });
                    quote! {
                        #[allow(unused_imports)]
                        use #krate::__private_0_1::{DynOther as _, InsideError as _, InsideErrorBehind as _, InsideOther as _, InsideStatus as _, ShownError as _, ShownErrorBehind as _, ShownErrorInside as _, ShownOther as _, ShownStatus as _};
                        let #pattern = self;
                        #probes
                    }
                }
            }
        }
    };
    quote! {
        // The probes' `&&&` is autoref at work, not a needless borrow.
        #[allow(clippy::needless_borrow)]
        fn exposes_detail(&self) -> ::core::primitive::bool {
            #body
        }
    }
}

pub(crate) fn enum_exposes(input: &Enum, krate: &TokenStream) -> TokenStream {
    let mut any = false;
    // Arms only for the variants that do not answer as the trait's default
    // (`!status().is_server_error()`), which the rest share.
    let body = match_some(
        input,
        |variant| {
            let arm = variant_arm(input, variant, krate);
            any |= arm.is_some();
            arm
        },
        quote!(!#krate::HttpStatus::status(self).is_server_error()),
    );
    if !any {
        return TokenStream::new();
    }
    quote! {
        // The probes' `&&&` is autoref at work, not a needless borrow.
        #[allow(clippy::needless_borrow)]
        fn exposes_detail(&self) -> ::core::primitive::bool {
            #[allow(unused_imports)]
            use #krate::__private_0_1::{DynOther as _, InsideError as _, InsideErrorBehind as _, InsideOther as _, InsideStatus as _, ShownError as _, ShownErrorBehind as _, ShownErrorInside as _, ShownOther as _, ShownStatus as _};
            #body
        }
    }
}

fn variant_arm(input: &Enum, variant: &Variant, krate: &TokenStream) -> Option<TokenStream> {
    let source = variant.source(input.attrs.code);
    let (pattern, exposed) = match source {
        Some(Source::Transparent(field)) if variant.attrs.withhold.is_none() => {
            binding_arm(variant, field, |binding| {
                transparent_exposes(
                    krate,
                    &quote!(#binding),
                    client_text(variant.detail_message.as_ref(), variant.message.as_ref()),
                    &variant.fields,
                )
            })
        }
        source => {
            let code = match source {
                Some(Source::Code(code)) => Some(code),
                _ => None,
            };
            match answer(
                &variant.attrs,
                code,
                client_text(variant.detail_message.as_ref(), variant.message.as_ref()),
                &variant.fields,
            ) {
                Answer::Default => return None,
                Answer::Fixed(exposed) => (unit_pattern(variant), quote!(#exposed)),
                Answer::Probed { fields, strict } => {
                    let (pattern, probes) = probes(
                        krate,
                        &fields,
                        strict,
                        client_text(variant.detail_message.as_ref(), variant.message.as_ref()),
                    );
                    let name = call_site_ident(&variant.original.ident);
                    (quote!(Self::#name { #pattern .. }), probes)
                }
            }
        }
    };
    Some(quote!(#pattern => #exposed,))
}

/// The message the client reads: the item's `#[detail]` where it has one,
/// else its `#[error]`.
fn client_text<'m>(
    detail: Option<&'m Message>,
    message: Option<&'m Message>,
) -> Option<&'m Message> {
    detail.or(message)
}

/// An item's answer, when it takes no field's status.
enum Answer<'a> {
    /// The trait's default: `!is_server_error()`.
    Default,
    Fixed(bool),
    /// `true` as long as each of these fields may be shown; `strict` (a 5xx
    /// marked `expose`) makes a field that is an error a compile error.
    Probed {
        fields: Vec<&'a Field<'a>>,
        strict: bool,
    },
}

/// The rules, in order: `withhold` sends nothing; a 5xx sends its message
/// only with `expose`, and then only fields that may be shown (what cannot
/// be read is refused by `valid`); a 4xx sends its message as long as the
/// derive can read it and the errors it shows may be shown, or whatever it
/// is with `expose`.
fn answer<'a>(
    attrs: &Attrs,
    code: Option<Resolved>,
    message: Option<&Message>,
    fields: &'a [Field<'a>],
) -> Answer<'a> {
    let Some(code) = code else {
        // `valid` has reported the item; any answer will do.
        return Answer::Fixed(false);
    };
    let server = code.status.is_server_error();
    let expose = attrs.expose.is_some();
    if attrs.withhold.is_some() || (server && !expose) {
        return if server {
            Answer::Default
        } else {
            Answer::Fixed(false)
        };
    }
    if !server && expose {
        return Answer::Fixed(true);
    }
    // What cannot be read is withheld: on a 5xx `valid` has refused it.
    let Ok(shown) = readable(message, fields) else {
        return Answer::Fixed(false);
    };
    match (shown.is_empty(), server) {
        (true, false) => Answer::Default,
        (true, true) => Answer::Fixed(true),
        (false, strict) => Answer::Probed {
            fields: shown,
            strict,
        },
    }
}

/// The first part of an item's message that the derive cannot read: its
/// tokens for the caret (`None`: the message is not on the item), and what
/// it is.
pub(crate) struct Unreadable {
    pub(crate) tokens: Option<TokenStream>,
    pub(crate) what: String,
    /// What to write instead.
    pub(crate) help: &'static str,
}

/// The fields an item's message shows, when the derive can read all of it:
/// a string literal whose arguments are plain fields, each of a type it can
/// look into. Anything else (a `Display` written by hand, a message from
/// another derive, a const, a projection, a type parameter) is unreadable.
pub(crate) fn readable<'a>(
    message: Option<&Message>,
    fields: &'a [Field<'a>],
) -> Result<Vec<&'a Field<'a>>, Unreadable> {
    let Some(message) = message else {
        // With no fields too: a `Display` written by hand may read a
        // static, the environment, anything.
        return Err(Unreadable {
            tokens: None,
            what:
                "its `Display` is written by hand, with no `#[error(\"...\")]` the derive can read"
                    .to_owned(),
            help: "write the message with thiserror's `#[error(\"...\")]`, which the derive reads; or implement `HttpStatus::exposes_detail` by hand",
        });
    };
    let shown = match &message.reads {
        Reads::Fields(shown) => shown,
        Reads::Opaque(opaque) => {
            return Err(Unreadable {
                tokens: Some(opaque.tokens.clone()),
                what: opaque.what.clone(),
                help: opaque.help,
            });
        }
    };
    let shown: Vec<&Field> = shown.iter().filter_map(|&i| fields.get(i)).collect();
    for field in &shown {
        if let Some(unseen) = &field.ty.unseen {
            return Err(Unreadable {
                tokens: Some(unseen.tokens.clone()),
                what: format!(
                    "the message formats the field `{}`, and `{}` in its type {}",
                    super::message::name_of(&field.member),
                    unseen.tokens,
                    unseen.what
                ),
                help: "give the field a type of its own that is not an error, or leave it out of the message; or implement `HttpStatus::exposes_detail` by hand",
            });
        }
    }
    Ok(shown)
}

/// The pattern's field bindings (`0: __http_status_shown_0,`) and the
/// conjunction of one probe per field.
fn probes(
    krate: &TokenStream,
    fields: &[&Field],
    strict: bool,
    message: Option<&Message>,
) -> (TokenStream, TokenStream) {
    // thiserror's `#[error(transparent)]` makes the one field the source.
    let transparent = message.is_some_and(|message| message.transparent);
    let mut pattern = TokenStream::new();
    let mut checks = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        let member = call_site_member(&field.member);
        let binding = format_ident!("__http_status_shown_{}", i, span = Span::mixed_site());
        pattern.extend(quote!(#member: #binding,));
        let source = field.is_source || transparent;
        // At the field's type, so that a refusal points at it.
        let span = field.original.ty.span();
        let krate = respan(krate.clone(), span);
        // `Debug` shows what an `HttpStatus` value's `Display` withholds.
        let probe = if message.is_some_and(|message| message.debug) {
            quote_spanned!(span=> FieldDebug)
        } else {
            quote_spanned!(span=> Field)
        };
        let whole =
            quote_spanned!(span=> (&&&#krate::__private_0_1::#probe(#binding, #source)).kind());
        // Each type inside (`io::Error` in `Rc<RefCell<io::Error>>`), which
        // no value is at hand to ask: an error there is an error, and so is
        // an `HttpStatus`, and a trait object other than `dyn Error`. Folded
        // into one kind per field, so that a field is one compile error.
        let kind = field.ty.inside.iter().fold(whole, |kind, inner| {
            let ty = &inner.ty;
            let probe = match inner.object {
                true => quote_spanned!(span=> (&&#krate::__private_0_1::Dyn::<#ty>::new()).kind()),
                false => {
                    quote_spanned!(span=> (&&&#krate::__private_0_1::Inside::<#ty>::new()).kind())
                }
            };
            quote_spanned!(span=> #kind.and(#probe))
        });
        checks.push(if strict {
            quote_spanned!(span=> #krate::__private_0_1::for_clients(#kind))
        } else {
            quote!(#kind.shown())
        });
    }
    (pattern, quote!(#(#checks)&&*))
}

/// A transparent item's answer. With `#[error(transparent)]` its text is the
/// field's, so the field decides. Otherwise its text is its own message,
/// which may format the field: sent only where the derive can read that
/// message (the allowlist, as for any item), it formats no `Debug`, the
/// field's text may be sent, and the status is not a 5xx, so a field's
/// `expose` never carries an outer message of which it knows nothing.
fn transparent_exposes(
    krate: &TokenStream,
    field: &TokenStream,
    message: Option<&Message>,
    fields: &[Field],
) -> TokenStream {
    let inner = quote!(#krate::HttpStatus::exposes_detail(#field));
    match message {
        Some(message) if message.transparent => inner,
        Some(message) if !message.debug && readable(Some(message), fields).is_ok() => quote! {
            #inner && !#krate::HttpStatus::status(#field).is_server_error()
        },
        _ => quote!(false),
    }
}
