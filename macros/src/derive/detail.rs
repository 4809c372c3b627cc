//! `#[detail("…")]` on an item: the text a client reads as `detail`, shorter
//! than the `Display` the log keeps (`HttpStatus::write_detail`). One string
//! literal whose placeholders name the item's fields (`{name}`, `{0}`,
//! `{_0}`, with any format spec), read by the same reader as `#[error]`, so
//! the same allowlist decides whether it may be sent.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::LitStr;

use super::ast::{Enum, Field, Struct, Variant};
use super::tokens::{call_site_ident, call_site_member, match_some};

/// The binding a tuple field is given for the format string.
fn binding(index: usize) -> syn::Ident {
    // At the call site: the format string's implicit captures see it.
    format_ident!("__http_status_detail_{}", index, span = Span::call_site())
}

/// `format` with each placeholder of a tuple field (`{0}`, `{_0:>4}`)
/// naming that field's binding; named fields are captured as they are.
fn rewritten(format: &str, tuple: bool) -> String {
    let mut out = String::with_capacity(format.len());
    let mut rest = format;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        if let Some(after) = rest.strip_prefix('{') {
            out.push('{');
            rest = after;
            continue;
        }
        let end = rest.find(['}', ':']).unwrap_or(rest.len());
        let name = rest[..end].trim();
        let number = name.strip_prefix('_').unwrap_or(name);
        match number.parse::<usize>() {
            Ok(index) if tuple && !number.is_empty() => {
                out.push_str(&binding(index).to_string());
            }
            _ => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The pattern's bindings and the `write!` of one item's detail.
fn write(literal: &LitStr, fields: &[Field]) -> (TokenStream, TokenStream) {
    let tuple = fields
        .iter()
        .any(|field| matches!(field.member, syn::Member::Unnamed(_)));
    let mut pattern = TokenStream::new();
    for (index, field) in fields.iter().enumerate() {
        let member = call_site_member(&field.member);
        match &field.member {
            syn::Member::Unnamed(_) => {
                let binding = binding(index);
                pattern.extend(quote!(#member: #binding,));
            }
            syn::Member::Named(name) => pattern.extend(quote!(#member: #name,)),
        }
    }
    let format = LitStr::new(&rewritten(&literal.value(), tuple), literal.span());
    let write = quote!(::core::option::Option::Some(::core::write!(f, #format)));
    (pattern, write)
}

/// `fn write_detail` for a struct with `#[detail]`; nothing otherwise.
pub(crate) fn struct_detail(input: &Struct) -> TokenStream {
    let Some(literal) = &input.detail else {
        return TokenStream::new();
    };
    let (pattern, write) = write(literal, &input.fields);
    method(quote! {
        let Self { #pattern .. } = self;
        #write
    })
}

/// `fn write_detail` for an enum with a `#[detail]` on some variant.
pub(crate) fn enum_detail(input: &Enum) -> TokenStream {
    if input
        .variants
        .iter()
        .all(|variant| variant.detail.is_none())
    {
        return TokenStream::new();
    }
    let body = match_some(input, variant_arm, quote!(::core::option::Option::None));
    method(body)
}

fn variant_arm(variant: &Variant) -> Option<TokenStream> {
    let literal = variant.detail.as_ref()?;
    let (pattern, write) = write(literal, &variant.fields);
    let name = call_site_ident(&variant.original.ident);
    Some(quote!(Self::#name { #pattern .. } => { #write }))
}

fn method(body: TokenStream) -> TokenStream {
    quote! {
        // Every field is bound; the string names those it shows.
        #[allow(unused_variables)]
        fn write_detail(
            &self,
            f: &mut ::core::fmt::Formatter<'_>,
        ) -> ::core::option::Option<::core::fmt::Result> {
            #body
        }
    }
}

#[cfg(test)]
mod tests {
    use super::rewritten;

    #[test]
    fn tuple_placeholders_name_their_bindings() {
        assert_eq!(
            rewritten("{0} and {_1:>4} {{0}} {name}", true),
            "{__http_status_detail_0} and {__http_status_detail_1:>4} {{0}} {name}"
        );
        assert_eq!(rewritten("{0}", false), "{0}");
        assert_eq!(rewritten("no {", true), "no {");
    }
}
