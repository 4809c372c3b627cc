//! The path to a catalog constant: `<krate::StatusCode>::NOT_FOUND`.

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream, TokenTree};

/// `<krate::StatusCode>::NAME`, as an expression or a pattern.
///
/// Spans do two jobs here. The constant's name and the punctuation around
/// the type carry the user's literal span, so the path as a whole is the
/// user's: rustc reports a deprecated constant at the literal (it hides that
/// lint in derive output otherwise). The type itself keeps the macro's span,
/// so that hovering the literal in an IDE shows only the constant's docs.
pub(crate) fn constant(
    krate: impl IntoIterator<Item = TokenTree>,
    status: crate::code::Code,
    span: Span,
) -> TokenStream {
    let site = Span::call_site();
    let mut path: Vec<TokenTree> = Vec::with_capacity(12);
    path.push(punct('<', Spacing::Alone, span));
    path.extend(krate);
    path.extend([
        punct(':', Spacing::Joint, site),
        punct(':', Spacing::Alone, site),
        TokenTree::Ident(Ident::new("StatusCode", site)),
        punct('>', Spacing::Alone, span),
        punct(':', Spacing::Joint, span),
        punct(':', Spacing::Alone, span),
        TokenTree::Ident(Ident::new(status.constant_name(), span)),
    ]);
    path.into_iter().collect()
}

fn punct(c: char, spacing: Spacing, span: Span) -> TokenTree {
    let mut punct = Punct::new(c, spacing);
    punct.set_span(span);
    TokenTree::Punct(punct)
}
