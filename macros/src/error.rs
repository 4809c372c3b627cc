//! Spanned compile errors: what `syn::Error` does, for a crate without syn.
//!
//! An error covers a range of the user's tokens; `into_compile_error` turns
//! each message into `::core::compile_error! { "…" }` whose first tokens
//! carry the range's start and whose braces carry its end, so that rustc
//! underlines exactly that range.

use std::fmt;

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};

/// One or more messages, each with the span range it is about.
#[derive(Debug, Clone)]
pub(crate) struct Error {
    messages: Vec<Message>,
}

#[derive(Debug, Clone)]
struct Message {
    start: Span,
    end: Span,
    text: String,
}

/// `Result` with this crate's [`Error`].
pub(crate) type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error at one token's span.
    pub(crate) fn new(span: Span, text: impl fmt::Display) -> Error {
        Error::range(span, span, text)
    }

    /// An error covering `tokens`, from the first to the last.
    pub(crate) fn spanned(
        tokens: impl IntoIterator<Item = TokenTree>,
        text: impl fmt::Display,
    ) -> Error {
        let mut tokens = tokens.into_iter();
        let start = tokens.next().map_or_else(Span::call_site, |t| t.span());
        let end = tokens.last().map_or(start, |t| t.span());
        Error::range(start, end, text)
    }

    fn range(start: Span, end: Span, text: impl fmt::Display) -> Error {
        Error {
            messages: vec![Message {
                start,
                end,
                text: text.to_string(),
            }],
        }
    }

    /// Appends `other`'s messages, reported after this one's.
    pub(crate) fn combine(&mut self, other: Error) {
        self.messages.extend(other.messages);
    }

    /// Where the first message starts.
    #[cfg(test)]
    pub(crate) fn span(&self) -> Span {
        self.messages[0].start
    }

    /// Each message as an error of its own.
    #[cfg(test)]
    pub(crate) fn into_iter(self) -> impl Iterator<Item = Error> {
        self.messages
            .into_iter()
            .map(|m| Error { messages: vec![m] })
    }

    /// `::core::compile_error! { "…" }`, once per message.
    pub(crate) fn into_compile_error(self) -> TokenStream {
        self.messages
            .into_iter()
            .flat_map(Message::into_tokens)
            .collect()
    }
}

impl Message {
    fn into_tokens(self) -> [TokenTree; 8] {
        let punct = |c, spacing| {
            let mut punct = Punct::new(c, spacing);
            punct.set_span(self.start);
            TokenTree::Punct(punct)
        };
        let mut text = Literal::string(&self.text);
        text.set_span(self.end);
        let mut braces = Group::new(Delimiter::Brace, TokenTree::Literal(text).into());
        braces.set_span(self.end);
        [
            punct(':', Spacing::Joint),
            punct(':', Spacing::Alone),
            TokenTree::Ident(Ident::new("core", self.start)),
            punct(':', Spacing::Joint),
            punct(':', Spacing::Alone),
            TokenTree::Ident(Ident::new("compile_error", self.start)),
            punct('!', Spacing::Alone),
            TokenTree::Group(braces),
        ]
    }
}

impl fmt::Display for Error {
    /// The first message, as `syn::Error` displays.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.messages.first().map_or("", |m| m.text.as_str()))
    }
}
