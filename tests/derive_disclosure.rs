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
    /// Its own message, with the inner value's `Display`.
    #[error("upstream said: {0}")]
    #[status(transparent)]
    Quoted(Inner),
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
    // A 4xx inside, but formatted with `{:?}`: its `Debug` shows what its
    // `Display` would withhold, so the outer message is not sent.
    assert_eq!(detail(Outer::Upstream(Inner::Missing)), None);
    assert_eq!(
        detail(Outer::Quoted(Inner::Missing)).as_deref(),
        Some("upstream said: no such note")
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

/// What a context type carries: a database error it does not show itself.
#[derive(Debug)]
struct Ctx {
    inner: std::io::Error,
}

impl std::fmt::Display for Ctx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("saving a note")
    }
}

const DATABASE_URL: &str = "postgres://app:hunter2@10.0.0.5/app";

fn leaked() -> std::io::Error {
    std::io::Error::other("denied: postgres://app:hunter2@10.0.0.5/app")
}

/// Shapes that got past a denylist: each is sent only if the derive can read
/// every piece of it, and none of these can be read.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum Unreadable<T: std::fmt::Debug + std::fmt::Display> {
    /// A projection into a field.
    #[error("could not save: {}", .0.inner)]
    #[status(409)]
    Projection(Ctx),
    #[error("could not save: {}", .ctx.inner)]
    #[status(409)]
    NamedProjection { ctx: Ctx },
    /// Errors behind wrappers.
    #[error("upstream: {0:?}")]
    #[status(424)]
    OptionalBoxed(Option<Box<dyn std::error::Error + Send + Sync>>),
    #[error("upstream: {0:?}")]
    #[status(424)]
    Nested(Option<Option<std::io::Error>>),
    #[error("upstream: {0:?}")]
    #[status(424)]
    BoxedOption(Box<Option<std::io::Error>>),
    #[error("upstream: {0:?}")]
    #[status(424)]
    Shared(std::rc::Rc<std::cell::RefCell<std::io::Error>>),
    /// Containers of errors.
    #[error("upstream: {0:?}")]
    #[status(424)]
    Many(Vec<std::io::Error>),
    #[error("upstream: {0:?}")]
    #[status(424)]
    Outcome(Result<u8, std::io::Error>),
    #[error("upstream: {0:?}")]
    #[status(424)]
    Pair((u8, std::io::Error)),
    /// A type parameter, which may be an error.
    #[error("bad: {0}")]
    #[status(400)]
    Generic(T),
    /// A const named in the message, as a placeholder or an argument.
    #[error("database {DATABASE_URL} is down")]
    #[status(409)]
    Const,
    #[error("database {url} is down", url = DATABASE_URL)]
    #[status(409)]
    ConstArgument,
}

fn unreadable_detail(error: Unreadable<std::io::Error>) -> Option<String> {
    let problem = Problem::new(error);
    let (json, text) = (problem.to_json(), problem.to_string());
    assert!(!json.contains("hunter2"), "{json}");
    assert!(!text.contains("hunter2"), "{text}");
    problem.detail().map(|d| d.into_owned())
}

#[test]
fn what_the_derive_cannot_read_is_withheld_on_a_4xx() {
    use std::{cell::RefCell, rc::Rc};
    let ctx = || Ctx { inner: leaked() };
    for error in [
        Unreadable::Projection(ctx()),
        Unreadable::NamedProjection { ctx: ctx() },
        Unreadable::OptionalBoxed(Some(Box::new(leaked()))),
        Unreadable::Nested(Some(Some(leaked()))),
        Unreadable::BoxedOption(Box::new(Some(leaked()))),
        Unreadable::Shared(Rc::new(RefCell::new(leaked()))),
        Unreadable::Many(vec![leaked()]),
        Unreadable::Outcome(Err(leaked())),
        Unreadable::Pair((1, leaked())),
        Unreadable::Generic(leaked()),
        Unreadable::Const,
        Unreadable::ConstArgument,
    ] {
        // The server still has every word of it.
        assert!(error.to_string().contains("hunter2"), "{error}");
        assert!(error.status().is_client_error());
        assert_eq!(unreadable_detail(error), None);
    }
}

/// derive_more's message for the whole enum stands over a variant's own.
#[derive(Debug, derive_more::Display, HttpStatus)]
#[display("{_variant} ({_0})")]
enum EnumWide {
    #[display("conflict")]
    #[status(409)]
    Conflict(std::io::Error),
}

/// A `Display` written by hand may read anything: withheld unless exposed.
#[derive(Debug, HttpStatus)]
#[status(404)]
struct HandWritten;

#[derive(Debug, HttpStatus)]
#[status(404, expose)]
struct HandWrittenExposed;

impl std::fmt::Display for HandWritten {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no note at {DATABASE_URL}")
    }
}

impl std::fmt::Display for HandWrittenExposed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no such note")
    }
}

#[test]
fn a_message_the_derive_does_not_read_is_withheld_on_a_4xx() {
    let conflict = Problem::new(EnumWide::Conflict(leaked()));
    assert!(conflict.error().to_string().contains("hunter2"));
    assert_eq!(conflict.detail(), None);
    assert!(!conflict.to_json().contains("hunter2"));
    assert_eq!(Problem::new(HandWritten).detail(), None);
    assert_eq!(
        Problem::new(HandWrittenExposed).detail().as_deref(),
        Some("no such note"),
        "`expose` vouches for a hand-written `Display`"
    );
}

/// What stays readable: plain fields of plain types, through wrappers.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum Readable {
    #[error("no note {id} in {folder:?} (tags {tags:?})")]
    #[status(404)]
    Missing {
        id: u64,
        folder: Option<Box<str>>,
        tags: Vec<std::borrow::Cow<'static, str>>,
    },
}

#[test]
fn plain_fields_through_wrappers_are_still_sent() {
    let missing = Readable::Missing {
        id: 7,
        folder: Some("inbox".into()),
        tags: vec!["a".into()],
    };
    assert_eq!(
        Problem::new(missing).detail().as_deref(),
        Some(r#"no note 7 in Some("inbox") (tags ["a"])"#)
    );
}

/// A 404 whose source is an I/O error: its own text is "not found".
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("not found")]
#[status(404)]
struct NotFound {
    #[source]
    src: std::io::Error,
}

fn not_found() -> NotFound {
    NotFound { src: leaked() }
}

/// A 503 that is no `Error`: its `Display` is written for nobody.
#[derive(Debug, HttpStatus)]
#[status(503)]
struct Storage {
    // Read only by `Debug`, which is how it would leak.
    #[allow(dead_code)]
    dsn: &'static str,
}

impl std::fmt::Display for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("storage is down")
    }
}

mod my {
    /// A trait that is named `Error` and is not std's.
    pub trait Error: std::fmt::Display + std::fmt::Debug {}
    impl Error for std::io::Error {}
}

/// Through `transparent` with a message of its own, and through an
/// `HttpStatus` formatted with `Debug`, held or named as other traits: the
/// allowlist holds there too.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum Around {
    #[error("{DATABASE_URL}: {0}")]
    #[status(transparent)]
    Const(NotFound),
    #[error("{}", .0.src)]
    #[status(transparent)]
    Projection(NotFound),
    #[error("wrapped: {0:?}")]
    #[status(400)]
    Debugged(NotFound),
    #[error("bad: {0:?}")]
    #[status(400)]
    Optional(Option<Storage>),
    #[error("bad: {0:?}")]
    #[status(400)]
    Many(Vec<Storage>),
    #[error("bad: {0}")]
    #[status(400)]
    NamedError(Box<dyn my::Error>),
    #[error("literal {}", 5)]
    #[status(400)]
    Literal,
    /// `dyn Error` under another name is still probed as one.
    #[error("bad: {0:?}")]
    #[status(400)]
    Aliased(Result<u8, Box<dyn StdError + Send + Sync>>),
}

use std::error::Error as StdError;

/// A transparent item with a `Display` written by hand that reads a const.
#[derive(Debug, HttpStatus)]
#[status(transparent)]
struct HandAround(NotFound);

impl std::fmt::Display for HandAround {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{DATABASE_URL}: {}", self.0)
    }
}

/// derive_more's message for a whole enum over a transparent variant.
#[derive(Debug, derive_more::Display, HttpStatus)]
#[display("{_variant}: {_0:?}")]
enum EnumWideAround {
    #[display("nf")]
    #[status(transparent)]
    Found(NotFound),
}

#[test]
fn the_allowlist_holds_through_transparent_debug_and_named_traits() {
    let storage = || Storage {
        dsn: "postgres://app:hunter2@10.0.0.5/app",
    };
    for error in [
        Around::Const(not_found()),
        Around::Projection(not_found()),
        Around::Debugged(not_found()),
        Around::Optional(Some(storage())),
        Around::Many(vec![storage()]),
        Around::NamedError(Box::new(leaked())),
        Around::Aliased(Err(Box::new(leaked()))),
    ] {
        assert!(error.status().is_client_error());
        let text = format!("{error} {error:?}");
        assert!(text.contains("hunter2"), "the server has it: {text}");
        let problem = Problem::new(error);
        assert_eq!(problem.detail(), None, "{:?}", problem.error());
        assert!(!problem.to_json().contains("hunter2"));
    }
    assert_eq!(Problem::new(HandAround(not_found())).detail(), None);
    assert_eq!(
        Problem::new(EnumWideAround::Found(not_found())).detail(),
        None
    );
    assert_eq!(
        Problem::new(Around::Literal).detail().as_deref(),
        Some("literal 5"),
        "a literal argument is written in the code"
    );
}

/// The client's text apart from the log's: `#[detail]`, under the same
/// allowlist as `#[error]`.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum Category {
    /// The log keeps the query; the client reads the short text.
    #[error("insert into categories failed: name {0:?} exists ({1})")]
    #[detail("名称已存在")]
    #[status(409)]
    NameTaken(String, std::io::Error),
    /// A field the detail names, in its own words.
    #[error("no category {id} in shard {shard}")]
    #[detail("no category {id}")]
    #[status(404)]
    Missing { id: u64, shard: &'static str },
    /// A tuple field by position.
    #[error("slug {0:?} rejected by rule {1}")]
    #[detail("the slug {0:?} is not allowed")]
    #[status(422)]
    BadSlug(String, u32),
    /// A 5xx sends its detail only with `expose`.
    #[error("the categories table is locked by pid 4242")]
    #[detail("categories are being reindexed; try again in a minute")]
    #[status(503, expose)]
    Reindexing,
}

#[test]
fn a_detail_is_what_the_client_reads_and_the_display_what_the_log_keeps() {
    let taken = Category::NameTaken("news".into(), leaked());
    assert!(taken.to_string().contains("insert into categories"));
    assert_eq!(Problem::new(taken).detail().as_deref(), Some("名称已存在"));
    let missing = Category::Missing {
        id: 7,
        shard: "db-3",
    };
    assert_eq!(
        Problem::new(missing).detail().as_deref(),
        Some("no category 7")
    );
    let slug = Category::BadSlug("a b".into(), 9);
    assert_eq!(
        Problem::new(slug).detail().as_deref(),
        Some(r#"the slug "a b" is not allowed"#)
    );
    let reindexing = Problem::new(Category::Reindexing);
    assert_eq!(
        reindexing.detail().as_deref(),
        Some("categories are being reindexed; try again in a minute")
    );
    assert!(!reindexing.to_json().contains("4242"));
}
