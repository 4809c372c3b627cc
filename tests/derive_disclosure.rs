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
    /// A unique-key violation mapped to 409: the database's text is an
    /// error that is not `HttpStatus`, so it is withheld inside a 4xx too,
    /// unless the variant says `expose`.
    #[error(transparent)]
    #[status(409)]
    Conflict(DbError),
    #[error(transparent)]
    #[status(409, expose)]
    ConflictSent(DbError),
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
fn a_4xx_wrapping_an_internal_error_withholds_it_unless_exposed() {
    let conflict = Problem::new(Outer::Conflict(DbError));
    assert_eq!(conflict.detail(), None);
    assert_eq!(conflict.to_json(), r#"{"status":409,"title":"Conflict"}"#);
    assert_eq!(conflict.to_string(), "409 Conflict");
    assert_eq!(
        detail(Outer::ConflictSent(DbError)).as_deref(),
        Some("pg://10.0.0.5/app refused user app_rw"),
        "`expose` on a 4xx vouches for the error it shows"
    );
    let withheld = Problem::new(Outer::Withheld(DbError));
    assert_eq!(withheld.detail(), None);
    assert_eq!(withheld.to_string(), "409 Conflict");
}

#[test]
fn the_log_sees_the_whole_error() {
    let error = Outer::Upstream(Inner::Missing);
    let as_error = error.as_error().expect("a thiserror type is an Error");
    assert_eq!(as_error.to_string(), "upstream said Missing");
    assert!(StatusCode::NOT_FOUND.as_error().is_none());
}

/// A storage error whose 5xx text stays on the server.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("pg://10.0.0.5/app refused user app_rw")]
#[status(503)]
struct StorageError;

/// A 4xx whose message formats its source: the source decides.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum Save {
    /// A withheld 5xx inside a 4xx stays withheld.
    #[error("could not save: {0}")]
    #[status(400)]
    Bad(#[from] StorageError),
    /// An `HttpStatus` source that may be shown is shown.
    #[error("could not save: {0}")]
    #[status(400)]
    Invalid(#[source] Inner),
    /// Not `HttpStatus`: an I/O error's text is the server's.
    #[error("could not read the upload: {source}")]
    #[status(400)]
    Io { source: std::io::Error },
    /// thiserror's binding names, as a placeholder and as an argument.
    #[error("could not save: {_0}")]
    #[status(400)]
    Bound(#[source] StorageError),
    #[error("could not save: {}", _0)]
    #[status(422)]
    BoundArgument(#[source] StorageError),
    /// A field that is an error but no source is still an error.
    #[error("upstream: {0}")]
    #[status(424)]
    NotMarked(std::io::Error),
    /// An optional error is an error too.
    #[error("upstream: {0:?}")]
    #[status(424)]
    Optional(Option<std::io::Error>),
    /// Behind a pointer, as `Box<dyn Error>` and anyhow hold them.
    #[error("upstream: {0}")]
    #[status(424)]
    Boxed(Box<dyn std::error::Error + Send + Sync>),
    /// An expression: every field counts as shown.
    #[error("could not save: {}", .0.to_string().to_uppercase())]
    #[status(400)]
    Expression(#[source] StorageError),
    /// Plain values are sent as before.
    #[error("no note {id} in {folder:?}")]
    #[status(404)]
    Missing { id: u64, folder: String },
}

fn save_detail(error: Save) -> Option<String> {
    let problem = Problem::new(error);
    let json = problem.to_json();
    let text = problem.to_string();
    for secret in ["10.0.0.5", "app_rw", "PG://", "denied"] {
        if problem.detail().is_none() {
            assert!(!json.contains(secret), "{json}");
            assert!(!text.contains(secret), "{text}");
        }
    }
    problem.detail().map(|d| d.into_owned())
}

#[test]
fn a_4xx_sends_a_source_s_text_only_where_the_source_may_be_shown() {
    assert_eq!(save_detail(Save::Bad(StorageError)), None);
    assert_eq!(save_detail(Save::Bound(StorageError)), None);
    assert_eq!(save_detail(Save::BoundArgument(StorageError)), None);
    assert_eq!(save_detail(Save::Expression(StorageError)), None);
    let denied = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied: /srv/app/db");
    assert_eq!(save_detail(Save::Io { source: denied }), None);
    let denied = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied: /srv/app/db");
    assert_eq!(save_detail(Save::NotMarked(denied)), None);
    assert_eq!(save_detail(Save::Boxed("denied: /srv/app/db".into())), None);
    let denied = std::io::Error::new(std::io::ErrorKind::PermissionDenied, "denied: /srv/app/db");
    assert_eq!(save_detail(Save::Optional(Some(denied))), None);
    assert_eq!(
        save_detail(Save::Invalid(Inner::Missing)).as_deref(),
        Some("could not save: no such note")
    );
    assert_eq!(
        save_detail(Save::Invalid(Inner::Maintenance { dsn: DSN })),
        None,
        "a 4xx never carries a 5xx's text, even one marked expose"
    );
    assert_eq!(
        save_detail(Save::Missing {
            id: 7,
            folder: "inbox".into()
        })
        .as_deref(),
        Some("no note 7 in \"inbox\"")
    );
}

/// Messages that `macro_rules!` writes are read like any other.
macro_rules! with_message {
    ($name:ident, $msg:literal) => {
        #[derive(Debug, thiserror::Error, HttpStatus)]
        #[error($msg)]
        #[status(400)]
        struct $name(#[from] StorageError);
    };
    ($name:ident, $msg:expr, shown) => {
        #[derive(Debug, thiserror::Error, HttpStatus)]
        #[error($msg, .0)]
        #[status(400)]
        struct $name(#[from] StorageError);
    };
}

with_message!(FromLiteral, "could not save: {0}");
with_message!(FromExpression, "could not save: {}", shown);

#[test]
fn a_message_written_by_a_macro_is_read() {
    assert_eq!(Problem::new(FromLiteral(StorageError)).detail(), None);
    assert_eq!(Problem::new(FromExpression(StorageError)).detail(), None);
}
