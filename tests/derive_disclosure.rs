//! Who may read an error's text, through the derive: the text that reaches a
//! client is the text that was marked for clients, on every path.

use http_status::{HttpStatus, Problem, StatusCode};

#[derive(Debug, thiserror::Error)]
#[error("pg://10.0.0.5/app refused user app_rw")]
struct DbError;

/// An inner type that exposes one 5xx: its own message is written for clients.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum Inner {
    #[error("read-only until 14:00 UTC")]
    #[status(503, expose)]
    Maintenance { dsn: &'static str },
    #[error("no such note")]
    #[status(404)]
    Missing,
}

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Outer {
    /// Its own message formats the inner value's `Debug`, dsn and all.
    #[error("upstream said {0:?}")]
    #[status(transparent)]
    Upstream(Inner),
    /// Its message is the inner one's: the inner type decides.
    #[error(transparent)]
    #[status(transparent)]
    Passed(Inner),
    /// A unique-key violation mapped to 409: the database's text is sent
    /// unless the variant says `withhold`.
    #[error(transparent)]
    #[status(409)]
    Conflict(DbError),
    #[error(transparent)]
    #[status(409, withhold)]
    Withheld(DbError),
    /// A transparent item may withhold too, whatever its field says.
    #[error(transparent)]
    #[status(transparent, withhold)]
    Quiet(Inner),
}

const DSN: &str = "pg://10.0.0.5/app";

fn detail(error: Outer) -> Option<String> {
    Problem::new(error).detail().map(|d| d.into_owned())
}

#[test]
fn a_transparent_item_with_its_own_message_does_not_inherit_expose() {
    let upstream = Outer::Upstream(Inner::Maintenance { dsn: DSN });
    assert_eq!(upstream.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(!upstream.exposes_detail());
    let problem = Problem::new(upstream);
    assert!(
        !problem.to_json().contains("10.0.0.5"),
        "{}",
        problem.to_json()
    );
    assert!(!problem.to_string().contains("10.0.0.5"), "{problem}");
    // A 4xx inside: its text may be sent, and so may the outer message.
    assert_eq!(
        detail(Outer::Upstream(Inner::Missing)).as_deref(),
        Some("upstream said Missing")
    );
}

#[test]
fn a_transparent_message_takes_the_inner_answer() {
    assert_eq!(
        detail(Outer::Passed(Inner::Maintenance { dsn: DSN })).as_deref(),
        Some("read-only until 14:00 UTC")
    );
    assert_eq!(
        detail(Outer::Quiet(Inner::Maintenance { dsn: DSN })),
        None,
        "withhold wins over the field"
    );
}

#[test]
fn a_4xx_wrapping_an_internal_error_sends_it_unless_withheld() {
    assert_eq!(
        detail(Outer::Conflict(DbError)).as_deref(),
        Some("pg://10.0.0.5/app refused user app_rw")
    );
    let withheld = Problem::new(Outer::Withheld(DbError));
    assert_eq!(withheld.detail(), None);
    assert_eq!(withheld.to_json(), r#"{"status":409,"title":"Conflict"}"#);
    assert_eq!(withheld.to_string(), "409 Conflict");
}

#[test]
fn the_log_sees_the_whole_error() {
    let error = Outer::Upstream(Inner::Missing);
    let as_error = error.as_error().expect("a thiserror type is an Error");
    assert_eq!(as_error.to_string(), "upstream said Missing");
    assert!(StatusCode::NOT_FOUND.as_error().is_none());
}
