//! The derive's input read from tokens: attributes, name, generics, where
//! clause and fields: only what the derive needs, without syn, which would
//! more than double the clean build of every user (BENCHMARKS.md).
//!
//! rustc hands a derive only items that parsed, so this reads valid Rust;
//! anything it does not expect is an error, never a panic.

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::{ToTokens, TokenStreamExt};

use crate::error::{Error, Result};

/// A `struct`, `enum` or `union` with everything a derive needs.
pub(crate) struct DeriveInput {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ident: Ident,
    pub(crate) generics: Generics,
    pub(crate) data: Data,
}

pub(crate) enum Data {
    Struct(Fields),
    Enum(Vec<Variant>),
    /// The span of the `union` keyword.
    Union(Span),
}

pub(crate) struct Variant {
    pub(crate) attrs: Vec<Attribute>,
    pub(crate) ident: Ident,
    pub(crate) fields: Fields,
}

pub(crate) enum Fields {
    Named(Vec<Field>),
    Unnamed(Vec<Field>),
    Unit,
}

pub(crate) struct Field {
    /// `None` for a tuple field.
    pub(crate) ident: Option<Ident>,
    pub(crate) ty: TokenStream,
}

/// An outer attribute, `#[...]`.
pub(crate) struct Attribute {
    pound: Punct,
    brackets: Group,
}

/// What an attribute holds after its path.
pub(crate) enum Meta {
    /// `#[path(...)]`: the tokens in the parentheses.
    List(TokenStream),
    /// `#[path]` or `#[path = value]`.
    Other,
}

/// The generic parameters and the where clause.
#[derive(Default)]
pub(crate) struct Generics {
    params: Vec<GenericParam>,
    /// The predicates after `where`, as written.
    where_predicates: Vec<TokenTree>,
}

struct GenericParam {
    /// The parameter as declared, without its default: `T: Clone`, `'a`, `const N: usize`.
    declaration: Vec<TokenTree>,
    /// Its use in a type: `T`, `'a`, `N`.
    name: Vec<TokenTree>,
    /// A type parameter, rather than a lifetime or a const.
    is_type: bool,
}

impl Fields {
    pub(crate) fn as_slice(&self) -> &[Field] {
        match self {
            Fields::Named(fields) | Fields::Unnamed(fields) => fields,
            Fields::Unit => &[],
        }
    }
}

impl Attribute {
    /// The attribute's name, when its path is a single identifier.
    pub(crate) fn name(&self) -> Option<Ident> {
        match self.brackets.stream().into_iter().next() {
            Some(TokenTree::Ident(ident)) => Some(ident),
            _ => None,
        }
    }

    pub(crate) fn meta(&self) -> Meta {
        let tokens: Vec<TokenTree> = self.brackets.stream().into_iter().collect();
        match tokens.as_slice() {
            [TokenTree::Ident(_), TokenTree::Group(args)]
                if args.delimiter() == Delimiter::Parenthesis =>
            {
                Meta::List(args.stream())
            }
            _ => Meta::Other,
        }
    }
}

impl ToTokens for Attribute {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        tokens.append(self.pound.clone());
        tokens.append(self.brackets.clone());
    }
}

impl Generics {
    /// `<T: Clone, 'a, const N: usize>`, for `impl<…>`; empty without parameters.
    pub(crate) fn impl_generics(&self) -> TokenStream {
        self.angle_list(|p| &p.declaration)
    }

    /// `<T, 'a, N>`, for the type; empty without parameters.
    pub(crate) fn type_generics(&self) -> TokenStream {
        self.angle_list(|p| &p.name)
    }

    fn angle_list(&self, part: impl Fn(&GenericParam) -> &Vec<TokenTree>) -> TokenStream {
        let mut out = TokenStream::new();
        if self.params.is_empty() {
            return out;
        }
        out.append(Punct::new('<', Spacing::Alone));
        for param in &self.params {
            out.extend(part(param).iter().cloned());
            out.append(Punct::new(',', Spacing::Alone));
        }
        out.append(Punct::new('>', Spacing::Alone));
        out
    }

    /// `where <existing>, <added>,`; empty when both are.
    pub(crate) fn where_clause(&self, added: &[TokenStream]) -> TokenStream {
        let mut out = TokenStream::new();
        if self.where_predicates.is_empty() && added.is_empty() {
            return out;
        }
        out.append(Ident::new("where", Span::call_site()));
        out.extend(self.where_predicates.iter().cloned());
        let ends_with_comma =
            matches!(self.where_predicates.last(), Some(TokenTree::Punct(p)) if p.as_char() == ',');
        if !self.where_predicates.is_empty() && !ends_with_comma {
            out.append(Punct::new(',', Spacing::Alone));
        }
        for predicate in added {
            out.extend(predicate.clone());
            out.append(Punct::new(',', Spacing::Alone));
        }
        out
    }

    /// The names of the type parameters (not lifetimes or consts).
    pub(crate) fn type_param_names(&self) -> impl Iterator<Item = String> + '_ {
        self.params
            .iter()
            .filter(|p| p.is_type)
            .filter_map(|p| p.name.first().map(ToString::to_string))
    }
}

/// Reads a derive's input.
pub(crate) fn parse(input: TokenStream) -> Result<DeriveInput> {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let mut cursor = Cursor {
        tokens: &tokens,
        at: 0,
    };
    let attrs = cursor.attributes();
    cursor.skip_visibility();
    let keyword = cursor.ident("`struct`, `enum` or `union`")?;
    let ident = cursor.ident("the type's name")?;
    let mut generics = Generics {
        params: if cursor.is_punct('<') {
            cursor.generic_params()?
        } else {
            Vec::new()
        },
        where_predicates: Vec::new(),
    };
    let data = match keyword.to_string().as_str() {
        "struct" => {
            generics.where_predicates = cursor.where_clause();
            let fields = match cursor.next() {
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                    Fields::Named(fields(g.stream(), true)?)
                }
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                    generics.where_predicates = cursor.where_clause();
                    Fields::Unnamed(fields(g.stream(), false)?)
                }
                Some(TokenTree::Punct(p)) if p.as_char() == ';' => Fields::Unit,
                other => return Err(unexpected(other.as_ref(), &keyword, "the struct's fields")),
            };
            Data::Struct(fields)
        }
        "enum" => {
            generics.where_predicates = cursor.where_clause();
            match cursor.next() {
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                    Data::Enum(variants(g.stream())?)
                }
                other => return Err(unexpected(other.as_ref(), &keyword, "the enum's variants")),
            }
        }
        "union" => Data::Union(keyword.span()),
        _ => {
            return Err(Error::new(
                keyword.span(),
                "expected `struct`, `enum` or `union`",
            ));
        }
    };
    Ok(DeriveInput {
        attrs,
        ident,
        generics,
        data,
    })
}

fn unexpected(found: Option<&TokenTree>, near: &Ident, expected: &str) -> Error {
    let span = found.map_or_else(|| near.span(), TokenTree::span);
    Error::new(span, format!("expected {expected}"))
}

/// A position in a flat list of token trees.
struct Cursor<'a> {
    tokens: &'a [TokenTree],
    at: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<&TokenTree> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<TokenTree> {
        let token = self.tokens.get(self.at).cloned();
        self.at += usize::from(token.is_some());
        token
    }

    fn is_punct(&self, c: char) -> bool {
        matches!(self.peek(), Some(TokenTree::Punct(p)) if p.as_char() == c)
    }

    fn is_ident(&self, name: &str) -> bool {
        matches!(self.peek(), Some(TokenTree::Ident(i)) if i == name)
    }

    fn ident(&mut self, expected: &str) -> Result<Ident> {
        match self.next() {
            Some(TokenTree::Ident(ident)) => Ok(ident),
            other => Err(Error::new(
                other.map_or_else(Span::call_site, |t| t.span()),
                format!("expected {expected}"),
            )),
        }
    }

    /// Outer attributes, `#[...]`.
    fn attributes(&mut self) -> Vec<Attribute> {
        let mut attrs = Vec::new();
        while let [TokenTree::Punct(pound), TokenTree::Group(brackets), ..] =
            &self.tokens[self.at.min(self.tokens.len())..]
        {
            if pound.as_char() != '#' || brackets.delimiter() != Delimiter::Bracket {
                break;
            }
            attrs.push(Attribute {
                pound: pound.clone(),
                brackets: brackets.clone(),
            });
            self.at += 2;
        }
        attrs
    }

    /// `pub`, `pub(crate)`, `pub(in path)`.
    fn skip_visibility(&mut self) {
        if self.is_ident("pub") {
            self.at += 1;
            if matches!(self.peek(), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
            {
                self.at += 1;
            }
        }
    }

    /// The parameters between `<` and its matching `>`.
    fn generic_params(&mut self) -> Result<Vec<GenericParam>> {
        let open = self.next();
        let start = self.at;
        let mut depth = 1usize;
        while depth > 0 {
            let Some(token) = self.peek() else {
                return Err(Error::spanned(
                    open,
                    "expected `>` to close the generic parameters",
                ));
            };
            depth = angle_depth(depth, token, self.tokens[..self.at].last());
            self.at += 1;
        }
        let inside = &self.tokens[start..self.at - 1];
        items(inside, true).map(generic_param).collect()
    }

    /// The predicates after `where`, up to the body or the `;`.
    fn where_clause(&mut self) -> Vec<TokenTree> {
        if !self.is_ident("where") {
            return Vec::new();
        }
        self.at += 1;
        let start = self.at;
        while let Some(token) = self.peek() {
            match token {
                TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => break,
                TokenTree::Punct(p) if p.as_char() == ';' => break,
                _ => self.at += 1,
            }
        }
        self.tokens[start..self.at].to_vec()
    }
}

/// The nesting of `<…>` after `token`; `->` is an arrow, not a bracket.
fn angle_depth(depth: usize, token: &TokenTree, previous: Option<&TokenTree>) -> usize {
    match token {
        TokenTree::Punct(p) if p.as_char() == '<' => depth + 1,
        TokenTree::Punct(p) if p.as_char() == '>' => {
            let arrow = matches!(previous, Some(TokenTree::Punct(q)) if q.as_char() == '-' && q.spacing() == Spacing::Joint);
            if arrow {
                depth
            } else {
                depth.saturating_sub(1)
            }
        }
        _ => depth,
    }
}

/// The non-empty comma-separated items of a list (a trailing comma is fine).
fn items(tokens: &[TokenTree], angles: bool) -> impl Iterator<Item = &[TokenTree]> {
    split_top_level(tokens, angles)
        .into_iter()
        .filter(|item| !item.is_empty())
}

/// Splits at commas outside any group, and outside `<…>` when `angles`.
fn split_top_level(tokens: &[TokenTree], angles: bool) -> Vec<&[TokenTree]> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        if angles {
            let previous = i.checked_sub(1).map(|p| &tokens[p]);
            depth = angle_depth(depth, token, previous);
        }
        if depth == 0 && matches!(token, TokenTree::Punct(p) if p.as_char() == ',') {
            parts.push(&tokens[start..i]);
            start = i + 1;
        }
    }
    parts.push(&tokens[start..]);
    parts
}

/// `'a: 'b`, `T: Bound = Default`, `const N: usize = 3`, with attributes.
fn generic_param(tokens: &[TokenTree]) -> Result<GenericParam> {
    let mut at = 0;
    while let [TokenTree::Punct(p), TokenTree::Group(_), ..] = &tokens[at..] {
        if p.as_char() != '#' {
            break;
        }
        at += 2;
    }
    // Everything before a top-level `=` is the declaration.
    let mut depth = 0;
    let mut end = tokens.len();
    for (i, token) in tokens.iter().enumerate().skip(at) {
        let previous = i.checked_sub(1).map(|p| &tokens[p]);
        depth = angle_depth(depth, token, previous);
        if depth == 0 && matches!(token, TokenTree::Punct(p) if p.as_char() == '=') {
            end = i;
            break;
        }
    }
    let declaration = tokens[..end].to_vec();
    let (name, is_type) = match &tokens[at..] {
        [TokenTree::Punct(quote), TokenTree::Ident(lifetime), ..] if quote.as_char() == '\'' => (
            vec![tokens[at].clone(), TokenTree::Ident(lifetime.clone())],
            false,
        ),
        [TokenTree::Ident(keyword), TokenTree::Ident(name), ..] if keyword == "const" => {
            (vec![TokenTree::Ident(name.clone())], false)
        }
        [TokenTree::Ident(name), ..] => (vec![TokenTree::Ident(name.clone())], true),
        _ => {
            return Err(Error::spanned(
                tokens.iter().cloned(),
                "expected a generic parameter",
            ));
        }
    };
    Ok(GenericParam {
        declaration,
        name,
        is_type,
    })
}

/// The fields in `{…}` (`named`) or `(…)`.
fn fields(stream: TokenStream, named: bool) -> Result<Vec<Field>> {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    items(&tokens, true)
        .map(|field| {
            let mut cursor = Cursor {
                tokens: field,
                at: 0,
            };
            cursor.attributes();
            cursor.skip_visibility();
            let ident = if named {
                let ident = cursor.ident("a field name")?;
                match cursor.next() {
                    Some(TokenTree::Punct(colon)) if colon.as_char() == ':' => {}
                    other => {
                        return Err(unexpected(
                            other.as_ref(),
                            &ident,
                            "`:` and the field's type",
                        ));
                    }
                }
                Some(ident)
            } else {
                None
            };
            let ty: TokenStream = field[cursor.at..].iter().cloned().collect();
            if ty.is_empty() {
                return Err(Error::spanned(
                    field.iter().cloned(),
                    "expected the field's type",
                ));
            }
            Ok(Field { ident, ty })
        })
        .collect()
}

/// The variants in an enum's `{…}`.
fn variants(stream: TokenStream) -> Result<Vec<Variant>> {
    let tokens: Vec<TokenTree> = stream.into_iter().collect();
    // A discriminant may hold `<` (`1 << 2`), so angles are not tracked here;
    // field types sit inside the variant's own group.
    items(&tokens, false)
        .map(|variant| {
            let mut cursor = Cursor {
                tokens: variant,
                at: 0,
            };
            let attrs = cursor.attributes();
            let ident = cursor.ident("a variant name")?;
            let fields = match cursor.peek() {
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Brace => {
                    Fields::Named(fields(g.stream(), true)?)
                }
                Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis => {
                    Fields::Unnamed(fields(g.stream(), false)?)
                }
                _ => Fields::Unit,
            };
            Ok(Variant {
                attrs,
                ident,
                fields,
            })
        })
        .collect()
}

/// A field's name in `self.<member>` and in patterns: `name` or `0`.
pub(crate) enum Member {
    Named(Ident),
    Unnamed(usize),
}

impl ToTokens for Member {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            Member::Named(ident) => tokens.append(ident.clone()),
            Member::Unnamed(index) => tokens.append(Literal::usize_unsuffixed(*index)),
        }
    }
}
