//! `#[derive(HttpStatus)]` on every shape it accepts.

use std::fmt::Display;

use http_status::{HttpStatus, StatusCode, status};

#[derive(HttpStatus)]
enum Shapes {
    #[status(404)]
    Unit,
    #[status("Conflict")]
    Tuple(#[allow(dead_code)] u32, #[allow(dead_code)] String),
    #[status(422u16)]
    Named {
        #[allow(dead_code)]
        field: &'static str,
    },
}

#[test]
fn unit_tuple_and_named_variants() {
    assert_eq!(Shapes::Unit.status(), StatusCode::NOT_FOUND);
    assert_eq!(
        Shapes::Tuple(1, String::new()).status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        Shapes::Named { field: "x" }.status(),
        StatusCode::UNPROCESSABLE_CONTENT
    );
}

#[derive(HttpStatus)]
#[status(500)]
enum WithDefault {
    #[status(404)]
    Missing,
    Broken,
    AlsoBroken(#[allow(dead_code)] i32),
}

#[test]
fn the_enum_attribute_is_the_default() {
    assert_eq!(WithDefault::Missing.status(), status!(404));
    assert_eq!(WithDefault::Broken.status(), status!(500));
    assert_eq!(WithDefault::AlsoBroken(7).status(), status!(500));
}

#[derive(HttpStatus)]
#[status(503)]
struct Maintenance;

#[derive(HttpStatus)]
#[status("Too Many Requests")]
struct RateLimited {
    #[allow(dead_code)]
    retry_after: u64,
}

#[test]
fn structs() {
    assert_eq!(Maintenance.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(
        RateLimited { retry_after: 3 }.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[derive(HttpStatus)]
enum Inner {
    #[status(409)]
    Conflict,
    #[status(410)]
    Gone,
}

#[derive(HttpStatus)]
enum Middle {
    #[status(transparent)]
    Inner(Inner),
    #[status(400)]
    Bad,
}

#[derive(HttpStatus)]
#[status(transparent)]
struct Outer {
    middle: Middle,
}

#[derive(HttpStatus)]
enum Top {
    #[status(transparent)]
    Wrapped { outer: Outer },
}

#[test]
fn transparent_nests_three_deep() {
    let deep = |inner| Top::Wrapped {
        outer: Outer {
            middle: Middle::Inner(inner),
        },
    };
    assert_eq!(deep(Inner::Conflict).status(), StatusCode::CONFLICT);
    assert_eq!(deep(Inner::Gone).status(), StatusCode::GONE);
    assert_eq!(
        Top::Wrapped {
            outer: Outer {
                middle: Middle::Bad
            }
        }
        .status(),
        StatusCode::BAD_REQUEST
    );
}

#[derive(HttpStatus)]
#[status(500)]
enum Generic<'a, E, T: Clone>
where
    T: Default,
{
    #[status(transparent)]
    Source(E),
    #[status(transparent)]
    Borrowed(&'a E),
    Value(#[allow(dead_code)] T),
}

#[derive(HttpStatus)]
#[status(transparent)]
struct Boxed<E: ?Sized>(Box<E>);

#[test]
fn generics_lifetimes_and_where_clauses() {
    let source: Generic<'_, Inner, u8> = Generic::Source(Inner::Gone);
    assert_eq!(source.status(), StatusCode::GONE);
    let inner = Inner::Conflict;
    assert_eq!(
        Generic::<'_, Inner, u8>::Borrowed(&inner).status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        Generic::<'_, Inner, u8>::Value(1).status(),
        StatusCode::INTERNAL_SERVER_ERROR
    );
    let boxed: Boxed<dyn HttpStatus> = Boxed(Box::new(Maintenance));
    assert_eq!(boxed.status(), StatusCode::SERVICE_UNAVAILABLE);
}

#[derive(HttpStatus)]
enum Never {}

#[test]
fn an_empty_enum_implements_the_trait() {
    fn assert_impl<T: HttpStatus>() {}
    assert_impl::<Never>();
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500)]
enum AppError {
    #[error("note {0} not found")]
    #[status(404)]
    NotFound(u64),
    #[error("title {title:?} is taken")]
    #[status(409)]
    Taken { title: String },
    #[error(transparent)]
    #[status(transparent)]
    Upstream(#[from] UpstreamError),
    #[error("database unavailable")]
    Database,
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("upstream timed out")]
#[status(504)]
struct UpstreamError;

#[test]
fn alongside_thiserror() {
    let errors = [
        AppError::NotFound(7),
        AppError::Taken { title: "x".into() },
        AppError::from(UpstreamError),
        AppError::Database,
    ];
    let seen: Vec<(u16, String)> = errors
        .iter()
        .map(|e| (e.status().as_u16(), e.to_string()))
        .collect();
    assert_eq!(
        seen,
        [
            (404, "note 7 not found".to_owned()),
            (409, "title \"x\" is taken".to_owned()),
            (504, "upstream timed out".to_owned()),
            (500, "database unavailable".to_owned()),
        ]
    );
    let source = std::error::Error::source(&AppError::Upstream(UpstreamError));
    assert!(
        source.is_none(),
        "transparent forwards source() to the inner error, which has none"
    );
}

#[test]
fn as_dyn_http_status() {
    fn describe(error: &dyn HttpStatus) -> String {
        error.status().to_string()
    }
    let boxed: Vec<Box<dyn HttpStatus>> =
        vec![Box::new(Maintenance), Box::new(AppError::NotFound(1))];
    let described: Vec<String> = boxed.iter().map(|e| describe(e.as_ref())).collect();
    assert_eq!(described, ["503 Service Unavailable", "404 Not Found"]);
    fn generic(error: impl HttpStatus + Display) -> String {
        format!("{}: {error}", error.status().as_u16())
    }
    assert_eq!(generic(AppError::Database), "500: database unavailable");
}

/// Defaults, const generics, `Fn` bounds with `->`, and a where clause: the
/// derive must copy each to the right place.
#[derive(HttpStatus)]
#[status(500)]
enum Tricky<'a, E: HttpStatus + 'a, F: Fn(u8) -> u8 = fn(u8) -> u8, const N: usize = 3>
where
    E: Sized,
{
    #[status(transparent)]
    Source(&'a E),
    Functions(#[allow(dead_code)] [F; N]),
}

#[test]
fn defaults_const_generics_and_arrows() {
    let double: fn(u8) -> u8 = |x| x.wrapping_mul(2);
    let source: Tricky<'_, Inner> = Tricky::Source(&Inner::Gone);
    assert_eq!(source.status(), StatusCode::GONE);
    let functions: Tricky<'_, Inner, fn(u8) -> u8, 1> = Tricky::Functions([double]);
    assert_eq!(functions.status(), StatusCode::INTERNAL_SERVER_ERROR);
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500)]
enum Exposure {
    #[error("no such note")]
    #[status(404)]
    Missing,
    #[error("read-only until 14:00 UTC")]
    #[status(503, expose)]
    Maintenance,
    #[error("the pool is exhausted")]
    Secret,
    #[error("upstream")]
    #[status(transparent)]
    Inner(InnerMaintenance),
    #[error("upstream")]
    #[status(transparent)]
    Code(StatusCode),
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("read-only until 14:00 UTC")]
#[status(503, expose)]
struct InnerMaintenance;

#[derive(Debug, HttpStatus)]
#[status(transparent)]
struct Around<E>(E);

#[test]
fn expose_marks_a_5xx_and_transparent_takes_the_field_s_answer() {
    assert!(Exposure::Missing.exposes_detail());
    assert!(Exposure::Maintenance.exposes_detail());
    assert!(!Exposure::Secret.exposes_detail());
    // No `#[error(transparent)]`: the derive cannot see that the text is the
    // field's, so a 5xx field's `expose` does not carry over (a 4xx's does).
    assert!(!Exposure::Inner(InnerMaintenance).exposes_detail());
    assert!(!Exposure::Code(StatusCode::BAD_GATEWAY).exposes_detail());
    assert!(Exposure::Code(StatusCode::CONFLICT).exposes_detail());
    assert!(InnerMaintenance.exposes_detail());
    // No `#[error]`: a `Display` the derive cannot read, so nothing is
    // sent through it, whatever the field would send.
    assert!(!Around(InnerMaintenance).exposes_detail());
    assert!(!Around(Exposure::Missing).exposes_detail());
    assert!(!Around(Exposure::Secret).exposes_detail());
}

#[derive(HttpStatus)]
#[status(500)]
enum AllOwnCodes {
    #[status(404)]
    Missing,
    #[status(409)]
    Clash,
}

#[derive(HttpStatus)]
enum Nothing {}

#[test]
fn status_sets_list_what_the_type_can_answer() {
    let codes =
        |set: http_status::StatusSet| set.iter().map(StatusCode::as_u16).collect::<Vec<_>>();
    // The enum's default is not listed when no variant uses it.
    assert_eq!(codes(AllOwnCodes::statuses()), [404, 409]);
    assert_eq!(codes(WithDefault::statuses()), [404, 500]);
    assert_eq!(codes(InnerMaintenance::statuses()), [503]);
    assert!(Nothing::statuses().is_empty() && !Nothing::statuses().is_open());
    // Through `transparent`: the field type's set; `StatusCode`'s is open.
    let exposure = Exposure::statuses();
    assert_eq!(codes(exposure), [404, 500, 503]);
    assert!(exposure.is_open());
    assert_eq!(codes(Around::<InnerMaintenance>::statuses()), [503]);
    // Every value's status is in its type's set.
    for missing in [AllOwnCodes::Missing, AllOwnCodes::Clash] {
        assert!(AllOwnCodes::statuses().contains(missing.status()));
    }
}

/// Through `Box`, `Arc`, `Rc` and references the derive asks the pointee:
/// their impls in core forward to it, so its set is the pointer's.
#[allow(dead_code)] // the set is the point, not the values
#[derive(HttpStatus)]
#[status(500)]
enum Pointers<'a> {
    #[status(transparent)]
    Boxed(Box<AllOwnCodes>),
    #[status(transparent)]
    Shared(std::sync::Arc<InnerMaintenance>),
    #[status(transparent)]
    Counted(::std::rc::Rc<AllOwnCodes>),
    #[status(transparent)]
    Borrowed(&'a AllOwnCodes),
    #[status(transparent)]
    Mutable(&'a mut AllOwnCodes),
    #[status(transparent)]
    #[allow(clippy::redundant_allocation)] // nested pointers are the case tested
    Nested(Box<std::sync::Arc<AllOwnCodes>>),
    Other,
}

#[derive(HttpStatus)]
#[status(transparent)]
struct BoxedGeneric<E>(Box<E>);

#[derive(HttpStatus)]
#[status(transparent)]
struct BoxedDyn(Box<dyn HttpStatus>);

#[test]
fn a_pointer_field_s_set_is_its_pointee_s() {
    let codes =
        |set: http_status::StatusSet| set.iter().map(StatusCode::as_u16).collect::<Vec<_>>();
    let pointers = Pointers::statuses();
    assert_eq!(codes(pointers), [404, 409, 500, 503]);
    assert!(!pointers.is_open());
    let set = BoxedGeneric::<AllOwnCodes>::statuses();
    assert_eq!(codes(set), [404, 409]);
    assert!(!set.is_open());
    assert_eq!(
        BoxedGeneric(Box::new(AllOwnCodes::Clash)).status(),
        StatusCode::CONFLICT
    );
    // A trait object's set cannot be asked: open.
    assert!(BoxedDyn::statuses().is_open());
    assert_eq!(
        BoxedDyn(Box::new(StatusCode::GONE)).status(),
        StatusCode::GONE
    );
}

/// A user's types named like the primitives the expansion uses.
mod shadowed_primitives {
    #![allow(non_camel_case_types, dead_code)]

    use http_status::{HttpStatus, StatusCode};

    struct bool;
    struct u16;
    struct str;
    struct usize;

    #[derive(Debug, thiserror::Error, HttpStatus)]
    #[status(500)]
    enum Shadowed {
        #[error("read-only")]
        #[status(503, expose)]
        Maintenance,
        #[error("upstream")]
        #[status(transparent)]
        Code(StatusCode),
        #[error("other")]
        Other,
    }

    #[derive(Debug, thiserror::Error, HttpStatus)]
    #[error("read-only")]
    #[status(503, expose)]
    struct Exposed;

    #[test]
    fn primitives_are_named_by_their_absolute_paths() {
        assert!(Shadowed::Maintenance.exposes_detail());
        assert!(!Shadowed::Other.exposes_detail());
        assert!(Exposed.exposes_detail());
        assert_eq!(Shadowed::Code(StatusCode::GONE).status(), StatusCode::GONE);
    }
}
