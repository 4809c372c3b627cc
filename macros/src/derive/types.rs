//! What a field's type is made of, for the safety rules: the named types
//! and trait objects inside it, each of which generated code probes for
//! being an error (an error in an `Option`, a `Box`, an `Rc<RefCell<…>>`,
//! a `Vec` or a tuple still is one; a trait object is cleared only as
//! `dyn Error`, which is an error), or the first part the derive cannot see
//! through: a type parameter, an associated type, a type a macro writes.
//! What cannot be seen through is never taken as safe.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{GenericArgument, Ident, PathArguments, ReturnType, Type};

/// A field's type, taken apart.
pub(crate) struct FieldType {
    /// Every named type inside the field's type, the type itself left out
    /// (its value is probed whole): `RefCell<io::Error>` and `io::Error`
    /// for `Rc<RefCell<io::Error>>`; and every trait object, the type
    /// itself too.
    pub(crate) inside: Vec<Inner>,
    /// The first part that cannot be seen through, if any.
    pub(crate) unseen: Option<Unseen>,
}

/// A type inside a field's type, to probe.
pub(crate) struct Inner {
    pub(crate) ty: TokenStream,
    /// A trait object (`dyn Trait`), which only a probe for `dyn Error`
    /// can clear, whatever its trait is named.
    pub(crate) object: bool,
}

/// A part of a type the derive cannot show is not an error: its tokens,
/// and what it is ("is a type parameter, …").
pub(crate) struct Unseen {
    pub(crate) tokens: TokenStream,
    pub(crate) what: String,
}

impl FieldType {
    /// `ty`, in an item whose type parameters are `params` (unraw).
    pub(crate) fn of(ty: &Type, params: &BTreeSet<Ident>) -> FieldType {
        let mut walk = Walk {
            params,
            inside: Vec::new(),
            unseen: None,
        };
        walk.ty(ty, true);
        FieldType {
            inside: walk.inside,
            unseen: walk.unseen,
        }
    }

    /// The field's type and every type inside it, for a probe that has no
    /// value to ask (a member's or a header's type).
    pub(crate) fn all<'a>(&'a self, ty: &Type) -> impl Iterator<Item = Inner> + 'a {
        // A field that is a trait object is in `inside` already.
        let whole = (!is_object(ty)).then(|| Inner {
            ty: ty.to_token_stream(),
            object: false,
        });
        whole
            .into_iter()
            .chain(self.inside.iter().map(|inner| Inner {
                ty: inner.ty.clone(),
                object: inner.object,
            }))
    }
}

/// `dyn Trait`, also inside parentheses and invisible groups.
fn is_object(ty: &Type) -> bool {
    match ty {
        Type::TraitObject(_) => true,
        Type::Paren(paren) => is_object(&paren.elem),
        Type::Group(group) => is_object(&group.elem),
        _ => false,
    }
}

struct Walk<'a> {
    params: &'a BTreeSet<Ident>,
    inside: Vec<Inner>,
    unseen: Option<Unseen>,
}

impl Walk<'_> {
    fn unseen(&mut self, tokens: &impl ToTokens, what: String) {
        if self.unseen.is_none() {
            self.unseen = Some(Unseen {
                tokens: tokens.to_token_stream(),
                what,
            });
        }
    }

    fn ty(&mut self, ty: &Type, top: bool) {
        match ty {
            Type::Path(path) => {
                if path.qself.is_some() {
                    return self.unseen(
                        ty,
                        "is an associated type, which any type may stand for, an error too"
                            .to_owned(),
                    );
                }
                let first = path.path.segments.first().map(|s| s.ident.unraw());
                if path.path.leading_colon.is_none() {
                    if let Some(param) = first.filter(|first| self.params.contains(first)) {
                        let what = if path.path.segments.len() == 1 {
                            "is a type parameter, which any type may stand for, an error too"
                                .to_owned()
                        } else {
                            format!(
                                "is an associated type of the type parameter `{param}`, which any type may stand for, an error too"
                            )
                        };
                        return self.unseen(ty, what);
                    }
                }
                if !top {
                    self.inside.push(Inner {
                        ty: ty.to_token_stream(),
                        object: false,
                    });
                }
                for segment in &path.path.segments {
                    match &segment.arguments {
                        PathArguments::None => {}
                        PathArguments::AngleBracketed(arguments) => {
                            for argument in &arguments.args {
                                match argument {
                                    GenericArgument::Type(ty) => self.ty(ty, false),
                                    GenericArgument::AssocType(assoc) => self.ty(&assoc.ty, false),
                                    _ => {}
                                }
                            }
                        }
                        PathArguments::Parenthesized(arguments) => {
                            for input in &arguments.inputs {
                                self.ty(&input.ty, false);
                            }
                            if let ReturnType::Type(_, output) = &arguments.output {
                                self.ty(output, false);
                            }
                        }
                    }
                }
            }
            Type::Reference(reference) => self.ty(&reference.elem, false),
            Type::Ptr(pointer) => self.ty(&pointer.elem, false),
            Type::Array(array) => self.ty(&array.elem, false),
            Type::Slice(slice) => self.ty(&slice.elem, false),
            Type::Paren(paren) => self.ty(&paren.elem, top),
            Type::Group(group) => self.ty(&group.elem, top),
            Type::Tuple(tuple) => {
                for elem in &tuple.elems {
                    self.ty(elem, false);
                }
            }
            // Probed as a trait object, the field itself too: only `dyn
            // Error` is known, and any other may hold an error.
            Type::TraitObject(_) => self.inside.push(Inner {
                ty: ty.to_token_stream(),
                object: true,
            }),
            Type::FnPtr(_) | Type::Never(_) => {}
            _ => self.unseen(ty, "is a type the derive cannot look into".to_owned()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(ty: &str) -> FieldType {
        let ty: Type = syn::parse_str(ty).expect("a type");
        let params = [Ident::new("T", proc_macro2::Span::call_site())].into();
        FieldType::of(&ty, &params)
    }

    fn inside(ty: &str) -> Vec<String> {
        let field = of(ty);
        assert!(field.unseen.is_none(), "{ty} is seen through");
        field
            .inside
            .iter()
            .map(|inner| inner.ty.to_string().replace(' ', ""))
            .collect()
    }

    #[test]
    fn wrappers_and_containers_are_looked_into() {
        assert_eq!(
            inside("Rc<RefCell<io::Error>>"),
            ["RefCell<io::Error>", "io::Error"]
        );
        assert_eq!(
            inside("Option<Box<dyn Error + Send + Sync>>"),
            ["Box<dynError+Send+Sync>", "dynError+Send+Sync"]
        );
        assert_eq!(
            inside("Result<(u8, [io::Error; 2]), &'static str>"),
            ["u8", "io::Error", "str"]
        );
        assert_eq!(inside("String"), Vec::<String>::new());
        // A trait object whatever its trait, and the field itself if it is one.
        let field = of("Box<dyn Display>");
        assert!(field.inside.iter().any(|inner| inner.object));
        assert!(of("dyn my::Error").inside[0].object);
    }

    #[test]
    fn type_parameters_trait_objects_and_macros_are_unseen() {
        for ty in [
            "T",
            "Vec<T>",
            "T::Error",
            "<T as Iterator>::Item",
            "Option<ty!()>",
        ] {
            assert!(of(ty).unseen.is_some(), "{ty} is unseen");
        }
        // A path that starts at the crate root is not the parameter.
        assert!(of("::T").unseen.is_none());
    }
}
