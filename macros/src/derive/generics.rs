//! The bounds that `transparent` fields add to the impl (thiserror's
//! `generics.rs`): `FieldType: HttpStatus` for a field whose type depends on
//! a type parameter (`T`, `T::Error`, `<T as Tr>::Error`, `Box<T>`, `&T`),
//! once per type.

use std::collections::BTreeSet;

use proc_macro2::{Delimiter, Ident, TokenStream, TokenTree};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::{
    GenericArgument, Generics, PathArguments, Type, TypeParamBound, TypePath, WhereClause,
    WherePredicate,
};

/// The type parameters declared `?Sized`, in their bounds or the where
/// clause, unraw. A bound forwarded by a `macro_rules!` (`?$b`, `$t: ?Sized`)
/// arrives in invisible groups, which are looked through.
pub(crate) fn unsized_params(generics: &Generics) -> BTreeSet<Ident> {
    let mut params: BTreeSet<Ident> = generics
        .type_params()
        .filter(|param| param.bounds.iter().any(is_maybe))
        .map(|param| param.ident.unraw())
        .collect();
    for predicate in generics.where_clause.iter().flat_map(|w| &w.predicates) {
        let WherePredicate::Type(predicate) = predicate else {
            continue;
        };
        if !predicate.bounds.iter().any(is_maybe) {
            continue;
        }
        if let Some(ident) = bare_ident(&predicate.bounded_ty) {
            params.insert(ident.unraw());
        }
    }
    params
}

/// `?Sized` (the one relaxed bound stable Rust has), also when syn kept it
/// verbatim.
fn is_maybe(bound: &TypeParamBound) -> bool {
    match bound {
        TypeParamBound::Trait(bound) => bound.maybe.is_some(),
        TypeParamBound::Verbatim(tokens) => starts_with_question_mark(tokens.clone()),
        _ => false,
    }
}

fn starts_with_question_mark(tokens: TokenStream) -> bool {
    match tokens.into_iter().next() {
        Some(TokenTree::Punct(punct)) => punct.as_char() == '?',
        Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::None => {
            starts_with_question_mark(group.stream())
        }
        _ => false,
    }
}

/// `T`, also inside invisible groups and parentheses.
fn bare_ident(ty: &Type) -> Option<&Ident> {
    match ty {
        Type::Group(group) => bare_ident(&group.elem),
        Type::Paren(paren) => bare_ident(&paren.elem),
        Type::Path(path) if path.qself.is_none() => path.path.get_ident(),
        _ => None,
    }
}

/// The type whose status set a transparent field of type `ty` has: `ty`
/// itself, or, through `&`, `&mut`, `Box`, `Rc` and `Arc` (whose impls in
/// core forward to what they point to), the pointee. `None` when that type
/// may be unsized, since `statuses` needs `Sized`: the set is then open.
pub(crate) fn asked_type<'t>(ty: &'t Type, unsized_params: &BTreeSet<Ident>) -> Option<&'t Type> {
    let asked = pointee(ty);
    (!may_be_unsized(asked, unsized_params)).then_some(asked)
}

/// Through every pointer layer: `Box<Arc<E>>` is `E`.
fn pointee(ty: &Type) -> &Type {
    match ty {
        Type::Group(group) => pointee(&group.elem),
        Type::Paren(paren) => pointee(&paren.elem),
        Type::Reference(reference) => pointee(&reference.elem),
        Type::Path(path) => match smart_pointee(path) {
            Some(inner) => pointee(inner),
            None => ty,
        },
        _ => ty,
    }
}

/// The paths of the pointers whose `HttpStatus` impl core writes.
const SMART_POINTERS: &[&[&str]] = &[
    &["Box"],
    &["std", "boxed", "Box"],
    &["alloc", "boxed", "Box"],
    &["Rc"],
    &["std", "rc", "Rc"],
    &["alloc", "rc", "Rc"],
    &["Arc"],
    &["std", "sync", "Arc"],
    &["alloc", "sync", "Arc"],
];

/// `E` in `Box<E>`, `std::rc::Rc<E>`, `::alloc::sync::Arc<E>`.
fn smart_pointee(path: &TypePath) -> Option<&Type> {
    if path.qself.is_some() {
        return None;
    }
    let segments = &path.path.segments;
    let last = segments.last()?;
    if segments
        .iter()
        .take(segments.len() - 1)
        .any(|s| !s.arguments.is_none())
    {
        return None;
    }
    let names: Vec<Ident> = segments.iter().map(|s| s.ident.unraw()).collect();
    let known =
        |path: &&[&str]| path.len() == names.len() && path.iter().zip(&names).all(|(k, n)| n == k);
    if !SMART_POINTERS.iter().any(known) {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    let mut arguments = arguments.args.iter();
    match (arguments.next(), arguments.next()) {
        (Some(GenericArgument::Type(inner)), None) => Some(inner),
        _ => None,
    }
}

/// Whether `ty` may be unsized, read syntactically: a trait object, a slice,
/// `str`, a `?Sized` parameter, or a type with one of those among its type
/// arguments (`Inner<T>` is unsized when `Inner`'s last field is `T`).
/// Pointers, arrays and associated types (`T::Error`) are sized.
pub(crate) fn may_be_unsized(ty: &Type, unsized_params: &BTreeSet<Ident>) -> bool {
    match ty {
        Type::Group(group) => may_be_unsized(&group.elem, unsized_params),
        Type::Paren(paren) => may_be_unsized(&paren.elem, unsized_params),
        Type::TraitObject(_) | Type::Slice(_) => true,
        Type::Tuple(tuple) => tuple
            .elems
            .last()
            .is_some_and(|last| may_be_unsized(last, unsized_params)),
        Type::Path(path) => {
            if path.qself.is_some() || smart_pointee(path).is_some() {
                return false;
            }
            let segments = &path.path.segments;
            if let Some(ident) = path.path.get_ident() {
                let ident = ident.unraw();
                return ident == "str" || unsized_params.contains(&ident);
            }
            if segments
                .last()
                .is_some_and(|s| s.ident == "str" && s.arguments.is_none())
            {
                // `core::primitive::str`.
                return true;
            }
            if path.path.leading_colon.is_none()
                && segments.len() > 1
                && segments
                    .first()
                    .is_some_and(|first| unsized_params.contains(&first.ident.unraw()))
            {
                // `T::Error`: an associated type is sized unless declared otherwise.
                return false;
            }
            segments.iter().any(|segment| {
                let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
                    return false;
                };
                arguments.args.iter().any(|argument| {
                    matches!(argument, GenericArgument::Type(ty) if may_be_unsized(ty, unsized_params))
                })
            })
        }
        _ => false,
    }
}

pub(crate) struct Bounds<'a> {
    /// The type parameters, unraw: `r#E` and `E` are one parameter.
    params: BTreeSet<Ident>,
    /// Those declared `?Sized`.
    unsized_params: BTreeSet<Ident>,
    krate: &'a TokenStream,
    /// The bounded types, printed, to add each only once.
    seen: BTreeSet<String>,
    predicates: Vec<TokenStream>,
}

impl<'a> Bounds<'a> {
    pub(crate) fn new(generics: &Generics, krate: &'a TokenStream) -> Bounds<'a> {
        Bounds {
            params: generics.type_params().map(|p| p.ident.unraw()).collect(),
            unsized_params: unsized_params(generics),
            krate,
            seen: BTreeSet::new(),
            predicates: Vec::new(),
        }
    }

    /// Bounds a transparent field's type, and the type `statuses` asks
    /// through a pointer (`E` for `Box<E>`), each when it depends on a type
    /// parameter.
    pub(crate) fn add_field(&mut self, ty: &Type) {
        self.add(ty);
        if let Some(asked) = asked_type(ty, &self.unsized_params) {
            self.add(asked);
        }
    }

    /// Bounds `ty` when it depends on a type parameter. A concrete type
    /// needs no bound, and one would trip the `private_bounds` lint.
    fn add(&mut self, ty: &Type) {
        if self.depends_on_param(ty) && self.seen.insert(ty.to_token_stream().to_string()) {
            let krate = self.krate;
            self.predicates.push(quote!(#ty: #krate::HttpStatus));
        }
    }

    /// `T`, `T::Error`, `<T as Tr>::Error`, `Box<T>`, `&T`: a path whose first
    /// segment, or whose qualified self type, or one of whose type arguments
    /// depends on a parameter.
    fn depends_on_param(&self, ty: &Type) -> bool {
        match ty {
            // `$ty:ty` from a `macro_rules!` arrives as an invisible group.
            Type::Group(group) => self.depends_on_param(&group.elem),
            Type::Paren(paren) => self.depends_on_param(&paren.elem),
            Type::Reference(reference) => self.depends_on_param(&reference.elem),
            Type::Path(path) => {
                let from_param = match &path.qself {
                    Some(qself) => self.depends_on_param(&qself.ty),
                    None => {
                        path.path.leading_colon.is_none()
                            && path
                                .path
                                .segments
                                .first()
                                .is_some_and(|first| self.params.contains(&first.ident.unraw()))
                    }
                };
                from_param
                    || path.path.segments.iter().any(|segment| {
                        let PathArguments::AngleBracketed(arguments) = &segment.arguments else {
                            return false;
                        };
                        arguments.args.iter().any(|argument| match argument {
                            GenericArgument::Type(ty) => self.depends_on_param(ty),
                            _ => false,
                        })
                    })
            }
            _ => false,
        }
    }

    /// The input's where predicates, then the added bounds.
    pub(crate) fn predicates(&self, existing: Option<&WhereClause>) -> Vec<TokenStream> {
        let existing = existing.into_iter().flat_map(|w| w.predicates.iter());
        existing
            .map(ToTokens::to_token_stream)
            .chain(self.predicates.iter().cloned())
            .collect()
    }

    /// The input's where clause with the added bounds.
    pub(crate) fn where_clause(&self, existing: Option<&WhereClause>) -> TokenStream {
        let mut all = self.predicates(existing).into_iter();
        match all.next() {
            None => TokenStream::new(),
            Some(first) => quote!(where #first #(, #all)*),
        }
    }
}
