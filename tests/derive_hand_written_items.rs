#![allow(dead_code, non_camel_case_types)] // the items' shapes are the point
//! `#[derive(HttpStatus)]` on hand-written items of every shape rustc accepts.

use http_status::{HttpStatus, StatusCode};

mod outer {
    pub mod inner {
        use http_status::HttpStatus;

        #[derive(HttpStatus)]
        #[status(403)]
        pub(in crate::outer) struct Restricted {
            pub(in crate::outer) reason: &'static str,
        }

        pub fn restricted() -> impl HttpStatus {
            Restricted { reason: "no" }
        }
    }
}

#[test]
fn pub_in_path_visibility() {
    assert_eq!(outer::inner::restricted().status(), StatusCode::FORBIDDEN);
}

#[derive(HttpStatus)]
#[status(500)]
enum r#Raw {
    #[status(404)]
    r#match,
    #[status(transparent)]
    r#type {
        r#struct: StatusCode,
    },
    r#fn,
}

#[test]
fn raw_identifiers() {
    assert_eq!(Raw::r#match.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        Raw::r#type {
            r#struct: StatusCode::GONE
        }
        .status(),
        StatusCode::GONE
    );
    assert_eq!(Raw::r#fn.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[derive(HttpStatus)]
#[status(500)]
enum Configured {
    #[cfg(any())]
    Removed,
    #[cfg_attr(all(), status(404))]
    OnWhenTrue,
    #[cfg_attr(any(), status(404))]
    OffWhenFalse,
}

#[test]
fn cfg_and_cfg_attr_are_applied_before_the_derive() {
    assert_eq!(Configured::OnWhenTrue.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        Configured::OffWhenFalse.status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
}

trait Tr<T, U> {
    const V: u8;
}
impl Tr<u8, u16> for () {
    const V: u8 = 7;
}
const fn pick<A, B>() -> u8 {
    (size_of::<A>() + size_of::<B>() * 4) as u8
}

#[derive(HttpStatus, Clone, Copy)]
#[repr(u8)]
enum Discriminants {
    #[status(400)]
    Shift = 1 << 2,
    #[status(409)]
    Qualified = <() as Tr<u8, u16>>::V,
    #[status(410)]
    Turbofish = pick::<u8, u16>(),
}

#[test]
fn explicit_discriminants_with_generic_arguments() {
    assert_eq!(Discriminants::Shift as u8, 4);
    assert_eq!(Discriminants::Qualified as u8, 7);
    assert_eq!(Discriminants::Turbofish as u8, 9);
    assert_eq!(Discriminants::Qualified.status(), StatusCode::CONFLICT);
    assert_eq!(Discriminants::Turbofish.status(), StatusCode::GONE);
}

#[derive(HttpStatus)]
#[status(transparent)]
struct Borrowed<'a, T: ?Sized + HttpStatus>(&'a T);

#[derive(HttpStatus)]
#[status(502)]
struct Hrtb<F>(F)
where
    for<'b> F: Fn(&'b str) -> &'b str;

#[derive(HttpStatus)]
#[status(transparent)]
struct Unsized<T: ?Sized + HttpStatus>(Box<T>);

#[test]
fn hrtb_and_unsized_bounds() {
    assert_eq!(Hrtb(|s: &str| s).status(), StatusCode::BAD_GATEWAY);
    let dynamic: Box<dyn HttpStatus> = Box::new(StatusCode::LOCKED);
    assert_eq!(Unsized(dynamic).status(), StatusCode::LOCKED);
    let dynamic: &dyn HttpStatus = &StatusCode::LOCKED;
    assert_eq!(Borrowed(dynamic).status(), StatusCode::LOCKED);
}

#[derive(HttpStatus)]
#[status(transparent)]
struct ConstDefault<E, const N: usize = 3>(E);

#[derive(HttpStatus)]
#[status(413)]
struct ConstArray<const N: usize = 3>([u8; N]);

#[test]
fn const_generics_with_defaults() {
    let with_default: ConstDefault<StatusCode> = ConstDefault(StatusCode::ACCEPTED);
    assert_eq!(with_default.status(), StatusCode::ACCEPTED);
    let array: ConstArray = ConstArray([0; 3]);
    assert_eq!(array.status(), StatusCode::CONTENT_TOO_LARGE);
}

trait Takes<const N: usize> {}
impl<T> Takes<3> for T {}

#[derive(HttpStatus)]
#[status(transparent)]
struct BraceInWhere<T>(T)
where
    T: Takes<{ 1 + 2 }>;

#[derive(HttpStatus)]
#[status(transparent)]
struct WhereAfterFields<T>(T)
where
    T: Clone;

#[test]
fn where_clauses_after_tuple_fields_and_with_brace_groups() {
    assert_eq!(BraceInWhere(StatusCode::OK).status(), StatusCode::OK);
    assert_eq!(WhereAfterFields(StatusCode::OK).status(), StatusCode::OK);
}

trait Backend {
    type Error;
}
struct Db;
impl Backend for Db {
    type Error = StatusCode;
}

#[derive(HttpStatus)]
#[status(500)]
enum Associated<B: Backend, T: Backend> {
    #[status(transparent)]
    Backend(B::Error),
    #[status(transparent)]
    Qualified(<T as Backend>::Error),
    #[status(transparent)]
    Again(B::Error),
    Other,
}

#[test]
fn transparent_associated_types_get_their_bounds() {
    type A = Associated<Db, Db>;
    assert_eq!(
        A::Backend(StatusCode::INSUFFICIENT_STORAGE).status(),
        StatusCode::INSUFFICIENT_STORAGE
    );
    assert_eq!(
        A::Qualified(StatusCode::BAD_GATEWAY).status(),
        StatusCode::BAD_GATEWAY
    );
    assert_eq!(A::Other.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[derive(HttpStatus)]
#[status(transparent)]
struct RawParam<r#E>(E);

#[test]
fn a_raw_type_parameter_keeps_its_bound() {
    assert_eq!(RawParam(StatusCode::GONE).status(), StatusCode::GONE);
}

#[derive(HttpStatus)]
enum RawAttribute {
    #[r#status(404)]
    Missing,
}

#[test]
fn a_raw_status_attribute_is_read() {
    assert_eq!(RawAttribute::Missing.status(), StatusCode::NOT_FOUND);
}

#[derive(HttpStatus)]
#[status(transparent)]
struct MaybeUnsized<E: ?Sized + HttpStatus>(E);

#[derive(HttpStatus)]
#[status(transparent)]
struct MaybeUnsizedWhere<E>(E)
where
    E: ?Sized + HttpStatus;

#[test]
fn an_unsized_transparent_field_compiles_and_its_set_is_open() {
    assert_eq!(MaybeUnsized(StatusCode::GONE).status(), StatusCode::GONE);
    assert!(MaybeUnsized::<StatusCode>::statuses().is_open());
    assert!(MaybeUnsizedWhere::<StatusCode>::statuses().is_open());
    let boxed: Box<MaybeUnsized<dyn HttpStatus>> = Box::new(MaybeUnsized(StatusCode::GONE));
    assert_eq!(boxed.status(), StatusCode::GONE);
}

/// The generated code needs no `allow`, which such a module would reject.
#[forbid(deprecated)]
mod strict {
    use http_status::HttpStatus;

    #[derive(HttpStatus)]
    #[status(500)]
    pub enum Strict {
        #[status(404)]
        Missing,
        Other,
    }
}

#[test]
fn a_forbid_deprecated_module_accepts_the_derive() {
    assert_eq!(
        strict::Strict::statuses()
            .iter()
            .map(StatusCode::as_u16)
            .collect::<Vec<_>>(),
        [404, 500]
    );
    assert_eq!(
        strict::Strict::Other.status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
}

/// A type generic over a `?Sized` parameter, unsized when it is.
struct Holder<T: ?Sized>(T);

impl<T: ?Sized> HttpStatus for Holder<T> {
    fn status(&self) -> StatusCode {
        StatusCode::GONE
    }
}

#[derive(HttpStatus)]
#[status(transparent)]
struct OverUnsized<T: ?Sized>(Holder<T>);

#[derive(HttpStatus)]
#[status(500)]
enum BoxedOverUnsized<T: ?Sized> {
    #[status(transparent)]
    Held(Box<Holder<T>>),
    #[status(404)]
    Missing,
}

/// Unsized whatever its parameters: a `dyn` last field.
#[derive(HttpStatus)]
#[status(transparent)]
struct DynField(dyn HttpStatus);

#[derive(HttpStatus)]
#[status(404)]
struct DynTail(dyn std::fmt::Debug);

#[test]
fn a_field_over_an_unsized_parameter_or_a_dyn_field_compiles_and_its_set_is_open() {
    assert_eq!(OverUnsized(Holder(1u8)).status(), StatusCode::GONE);
    assert!(OverUnsized::<u8>::statuses().is_open());
    let set = BoxedOverUnsized::<str>::statuses();
    assert!(set.is_open() && set.contains(StatusCode::NOT_FOUND));
    let unsized_holder: &OverUnsized<dyn HttpStatus> = &OverUnsized(Holder(StatusCode::LOCKED));
    assert_eq!(unsized_holder.status(), StatusCode::GONE);
    // Values of `DynField` and `DynTail` cannot be built without `unsafe`;
    // that their impls compile and answer through a reference is the point.
    let _: fn(&DynField) -> StatusCode = |field| field.status();
    let _: fn(&DynTail) -> StatusCode = |tail| tail.status();
}

/// A deprecated type, variant and field: the derive's own code does not use
/// them, so it adds no warning, and this module's `deny` stays quiet.
#[deny(deprecated)]
mod deprecated_items {
    use http_status::HttpStatus;

    #[deprecated = "use `Current`"]
    #[derive(HttpStatus)]
    #[status(410)]
    pub struct Old;

    #[deprecated = "use `Current`"]
    #[derive(HttpStatus)]
    #[status(500)]
    pub enum OldEnum {
        #[deprecated = "gone"]
        #[status(410)]
        Gone,
        #[status(transparent)]
        Wrapped {
            #[deprecated = "read `status()`"]
            inner: http_status::StatusCode,
        },
        Other,
    }

    #[derive(HttpStatus)]
    #[status(transparent)]
    pub struct OldField {
        #[deprecated = "read `status()`"]
        pub inner: http_status::StatusCode,
    }
}

/// A `#[forbid(deprecated)]` module accepts a deprecated item's derive: the
/// derive writes no `allow` that would clash with it.
#[forbid(deprecated)]
mod forbidden {
    use http_status::HttpStatus;

    #[deprecated = "use something else"]
    #[derive(HttpStatus)]
    #[status(404)]
    pub struct Forbidden;
}

#[test]
#[allow(deprecated)]
fn deprecated_items_derive_without_warning_about_themselves() {
    use deprecated_items::*;
    assert_eq!(Old.status(), StatusCode::GONE);
    assert_eq!(OldEnum::Gone.status(), StatusCode::GONE);
    assert_eq!(
        OldEnum::Wrapped {
            inner: StatusCode::LOCKED
        }
        .status(),
        StatusCode::LOCKED
    );
    assert_eq!(OldEnum::Other.status(), StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(
        OldField {
            inner: StatusCode::LOCKED
        }
        .status(),
        StatusCode::LOCKED
    );
    assert_eq!(forbidden::Forbidden.status(), StatusCode::NOT_FOUND);
}

/// `#[allow(deprecated)]` on the item or the variant reaches the warning of
/// a deprecated code, as it reaches any other deprecated use inside the
/// item; this module would reject the warning.
#[deny(deprecated)]
mod allowed_deprecated_codes {
    use http_status::HttpStatus;

    #[allow(deprecated)]
    #[derive(HttpStatus)]
    #[status(305)]
    pub struct Proxy;

    #[derive(HttpStatus)]
    pub enum PerVariant {
        #[allow(deprecated)]
        #[status(510)]
        NotExtended,
        #[status(404)]
        Missing,
    }

    #[allow(deprecated)]
    #[derive(HttpStatus)]
    #[status(510)]
    pub enum UnusedDefault {
        #[status(404)]
        Missing,
    }
}

#[test]
fn allow_deprecated_on_the_item_or_variant_silences_305_and_510() {
    use allowed_deprecated_codes::*;
    assert_eq!(Proxy.status().as_u16(), 305);
    assert_eq!(PerVariant::NotExtended.status().as_u16(), 510);
    assert_eq!(PerVariant::Missing.status().as_u16(), 404);
    assert_eq!(UnusedDefault::Missing.status().as_u16(), 404);
}
