//! The bounds that `transparent` fields add to the impl (thiserror's
//! `generics.rs`): `FieldType: HttpStatus` for a field whose type depends on
//! a type parameter (`T`, `T::Error`, `<T as Tr>::Error`, `Box<T>`, `&T`),
//! once per type.

use std::collections::BTreeSet;

use proc_macro2::{Ident, TokenStream};
use quote::{ToTokens, quote};
use syn::ext::IdentExt;
use syn::{
    GenericArgument, Generics, PathArguments, Type, TypeParamBound, WhereClause, WherePredicate,
};

/// Whether `ty` is a bare type parameter declared `?Sized` (in its bounds or
/// the where clause): a transparent struct's one field may be unsized, and
/// then its set cannot be asked for (`statuses` needs `Sized`).
pub(crate) fn maybe_unsized(generics: &Generics, ty: &Type) -> bool {
    let ty = match ty {
        Type::Group(group) => &*group.elem,
        Type::Paren(paren) => &*paren.elem,
        ty => ty,
    };
    let Type::Path(path) = ty else { return false };
    let Some(ident) = path.path.get_ident().filter(|_| path.qself.is_none()) else {
        return false;
    };
    let is_maybe = |bound: &TypeParamBound| matches!(bound, TypeParamBound::Trait(trait_bound) if trait_bound.maybe.is_some());
    let in_params = generics
        .type_params()
        .filter(|param| param.ident.unraw() == ident.unraw())
        .any(|param| param.bounds.iter().any(is_maybe));
    let in_where = generics.where_clause.iter().flat_map(|w| &w.predicates).any(|p| {
        matches!(p, WherePredicate::Type(p)
            if matches!(&p.bounded_ty, Type::Path(b) if b.path.get_ident().is_some_and(|i| i.unraw() == ident.unraw()))
                && p.bounds.iter().any(is_maybe))
    });
    in_params || in_where
}

pub(crate) struct Bounds<'a> {
    /// The type parameters, unraw: `r#E` and `E` are one parameter.
    params: BTreeSet<Ident>,
    krate: &'a TokenStream,
    /// The bounded types, printed, to add each only once.
    seen: BTreeSet<String>,
    predicates: Vec<TokenStream>,
}

impl<'a> Bounds<'a> {
    pub(crate) fn new(generics: &Generics, krate: &'a TokenStream) -> Bounds<'a> {
        Bounds {
            params: generics.type_params().map(|p| p.ident.unraw()).collect(),
            krate,
            seen: BTreeSet::new(),
            predicates: Vec::new(),
        }
    }

    /// Bounds `ty` when it depends on a type parameter. A concrete type
    /// needs no bound, and one would trip the `private_bounds` lint.
    pub(crate) fn add(&mut self, ty: &Type) {
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
