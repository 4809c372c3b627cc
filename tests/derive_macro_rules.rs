#![allow(dead_code)] // fields give the items their shape; the tests read statuses
//! `#[derive(HttpStatus)]` on items that `macro_rules!` macros write, as many
//! codebases generate their error enums. rustc hands the derive each fragment
//! in an invisible group; every one must be read, and no `#[status(...)]`
//! may be lost on the way (a wrong status that compiles is the failure this
//! crate exists to prevent).

use http_status::{HttpStatus, StatusCode};

/// The common shape: attributes, visibility and body forwarded.
macro_rules! api_error {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($body:tt)* }) => {
        $(#[$meta])* $vis enum $name { $($body)* }
    };
}

api_error! {
    #[derive(Debug, HttpStatus)]
    #[status(500)]
    pub enum ApiError { #[status(404)] Missing, Other }
}

#[test]
fn a_forwarded_enum_answers_404_and_500() {
    assert_eq!(ApiError::Missing.status(), StatusCode::NOT_FOUND);
    assert_eq!(ApiError::Other.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

/// `quick_error!`-style: every attribute, the variants' too, comes through
/// `$(#[$m:meta])*`, and the enum's default is written inside the macro.
macro_rules! error_enum {
    (
        $(#[$m:meta])* $vis:vis enum $name:ident {
            $( $(#[$vm:meta])* $variant:ident $(( $($ty:ty),* ))? ),* $(,)?
        }
    ) => {
        $(#[$m])*
        #[status(500)]
        $vis enum $name { $( $(#[$vm])* $variant $(( $($ty),* ))? ),* }
    };
}

error_enum! {
    #[derive(Debug, HttpStatus)]
    enum Forwarded {
        #[status(404)]
        NotFound,
        #[status("Conflict")]
        Clash(u8),
        #[status(transparent)]
        Upstream(StatusCode),
        Fallback,
    }
}

#[test]
fn forwarded_meta_attributes_are_read_on_the_enum_and_its_variants() {
    assert_eq!(Forwarded::NotFound.status(), StatusCode::NOT_FOUND);
    assert_eq!(Forwarded::Clash(1).status(), StatusCode::CONFLICT);
    assert_eq!(
        Forwarded::Upstream(StatusCode::BAD_GATEWAY).status(),
        StatusCode::BAD_GATEWAY
    );
    assert_eq!(
        Forwarded::Fallback.status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
}

/// `$vis:vis` (empty and not), `$name:ident`, `$ty:ty` fields, named fields
/// with `$fv:vis`, a transparent generic field, and `$d:expr` discriminants.
macro_rules! shapes {
    ($vis:vis $name:ident $fv:vis $ty:ty, $d:expr) => {
        #[derive(HttpStatus)]
        #[status(transparent)]
        $vis struct $name<E> { $fv inner: E }

        #[derive(HttpStatus)]
        #[status(transparent)]
        $vis struct Concrete($fv $ty);

        #[derive(HttpStatus, Clone, Copy)]
        #[repr(u8)]
        $vis enum Discriminants {
            #[status(400)]
            First = $d,
            #[status(409)]
            Second = $d + 1,
        }
    };
}

shapes!(pub Wrapped pub(crate) StatusCode, 1);

mod private_visibility {
    use http_status::HttpStatus;

    macro_rules! unit {
        ($vis:vis $name:ident) => {
            #[derive(http_status::HttpStatus)]
            #[status(404)]
            $vis struct $name;
        };
    }
    unit!(Quiet);

    #[test]
    fn an_empty_vis_fragment_is_read() {
        assert_eq!(Quiet.status().as_u16(), 404);
    }
}

#[test]
fn fragments_of_every_kind_are_read() {
    let wrapped = Wrapped {
        inner: StatusCode::GONE,
    };
    assert_eq!(wrapped.status(), StatusCode::GONE);
    assert_eq!(
        Concrete(StatusCode::ACCEPTED).status(),
        StatusCode::ACCEPTED
    );
    assert_eq!(Discriminants::First as u8, 1);
    assert_eq!(Discriminants::First.status(), StatusCode::BAD_REQUEST);
    assert_eq!(Discriminants::Second.status(), StatusCode::CONFLICT);
}

/// The code itself forwarded as `$c:literal`, `$c:expr` and `$c:tt`, and the
/// crate path as `$p:path`.
macro_rules! with_code {
    ($name:ident, literal $c:literal) => {
        #[derive(HttpStatus)]
        #[status($c)]
        struct $name;
    };
    ($name:ident, expr $c:expr) => {
        #[derive(HttpStatus)]
        #[status($c)]
        struct $name;
    };
    ($name:ident, tt $c:tt) => {
        #[derive(HttpStatus)]
        #[status($c)]
        struct $name;
    };
    ($name:ident, path $p:path) => {
        #[derive(HttpStatus)]
        #[status(crate = $p, 503)]
        struct $name;
    };
}

with_code!(FromLiteral, literal 404);
with_code!(FromExpr, expr 409);
with_code!(FromTt, tt "Gone");
with_code!(FromPath, path::http_status);

#[test]
fn codes_and_paths_in_fragments_are_checked_and_used() {
    assert_eq!(FromLiteral.status(), StatusCode::NOT_FOUND);
    assert_eq!(FromExpr.status(), StatusCode::CONFLICT);
    assert_eq!(FromTt.status(), StatusCode::GONE);
    assert_eq!(FromPath.status(), StatusCode::SERVICE_UNAVAILABLE);
}

/// A transparent field whose type is a `$ty:ty` naming a type parameter.
macro_rules! generic_wrapper {
    ($name:ident<$param:ident>($ty:ty)) => {
        #[derive(HttpStatus)]
        #[status(transparent)]
        struct $name<$param>($ty);
    };
}

generic_wrapper!(Around<E>(E));

#[test]
fn a_generic_transparent_ty_fragment_gets_its_bound() {
    assert_eq!(Around(StatusCode::IM_USED).status(), StatusCode::IM_USED);
    assert_eq!(Around(Forwarded::NotFound).status(), StatusCode::NOT_FOUND);
}

/// `$l:lifetime` among the generic parameters, and a `$w:ty` in a where clause.
macro_rules! borrowed {
    ($name:ident<$l:lifetime, $param:ident> where $w:ty: $bound:path) => {
        #[derive(HttpStatus)]
        #[status(transparent)]
        struct $name<$l, $param>(&$l $param)
        where
            $w: $bound;
    };
}

borrowed!(Borrowed<'a, E> where E: Copy);

#[test]
fn lifetime_fragments_among_the_generics_are_read() {
    let status = StatusCode::MISDIRECTED_REQUEST;
    assert_eq!(Borrowed(&status).status(), StatusCode::MISDIRECTED_REQUEST);
}

/// `?Sized` forwarded as a fragment: `?$b` with `$b:path`, a where clause
/// forwarded as tokens, and a bounded type forwarded as `$t:ty`. Each field
/// is a pointer to the parameter, whose set cannot be asked: open.
macro_rules! maybe_unsized {
    ($b:path; $t:ty; $($w:tt)*) => {
        #[derive(HttpStatus)]
        #[status(transparent)]
        struct ByPath<T: ?$b + HttpStatus>(Box<T>);

        #[derive(HttpStatus)]
        #[status(transparent)]
        struct ByTokens<T>(Box<T>) where $($w)*;

        #[derive(HttpStatus)]
        #[status(transparent)]
        struct ByType<'a, T>(&'a T) where $t: ?Sized + HttpStatus;
    };
}

maybe_unsized!(Sized; T; T: ?Sized + HttpStatus);

#[test]
fn a_forwarded_maybe_sized_bound_compiles_and_its_set_is_open() {
    assert!(ByPath::<dyn HttpStatus>::statuses().is_open());
    assert!(ByTokens::<dyn HttpStatus>::statuses().is_open());
    assert!(ByType::<dyn HttpStatus>::statuses().is_open());
    let boxed: Box<dyn HttpStatus> = Box::new(StatusCode::GONE);
    assert_eq!(ByPath(boxed).status(), StatusCode::GONE);
    assert_eq!(ByType(&StatusCode::GONE).status(), StatusCode::GONE);
}
