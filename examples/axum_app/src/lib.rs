//! A notes API kept in memory: the router, its state and its error type.
//! `main.rs` serves it; `tests/http.rs` drives it over real TCP.
#![forbid(unsafe_code)]

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use http_status::{HttpStatus, status};
use serde::{Deserialize, Serialize};
use utoipa::OpenApi as _;

// The README's axum section is this block, word for word (a test checks).
// readme:axum:start
/// Everything a handler can fail with. Each variant's status is checked
/// against the IANA registry at compile time; `utoipa` documents every one of
/// them in `/openapi.json`, and `axum` answers each with a problem body,
/// from this one annotation. A 500 keeps its text on the server: the body
/// carries an incident id, and the log line (feature `tracing`) the same id
/// with the error's `Display` and its `source()` chain.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, utoipa, axum)]
pub enum AppError {
    #[error("no note with id {0}")]
    #[status(404)]
    NotFound(u64),
    #[error("a note titled {0:?} already exists")]
    #[status("Conflict")]
    TitleTaken(String),
    #[error("the title must not be empty")]
    #[status(422)]
    EmptyTitle,
    /// `Retry-After` from the field: the header and the message agree.
    #[error("too many notes created; retry in {retry_after} seconds")]
    #[status(429)]
    RateLimited {
        #[header("retry-after")]
        retry_after: u64,
    },
    #[error(transparent)]
    #[status(transparent)]
    Storage(#[from] StorageError),
    /// axum's own rejection of a body: 400, 413, 415 or 422, its text
    /// (about the client's input) sent as `detail`.
    #[error(transparent)]
    #[status(transparent)]
    BadBody(#[from] JsonRejection),
    /// axum's own rejection of a path: 400, or 500 for a route that cannot work.
    #[error(transparent)]
    #[status(transparent)]
    BadPath(#[from] PathRejection),
    #[error("the notes lock was poisoned")]
    Poisoned,
    /// A 401 MUST carry a challenge (RFC 9110 §15.5.2); the derive asks for it.
    #[error("sign in to read private notes")]
    #[status(401, www_authenticate = "Bearer")]
    SignInFirst,
    /// Written for clients, so sent even though it is a 5xx.
    #[error("notes are read-only during maintenance; try again after 14:00 UTC")]
    #[status(503, expose)]
    ReadOnly,
    /// RFC 9457's own example: a problem type and two extension members,
    /// from the one annotation (`cost` stays out of the body).
    #[error("your balance is {balance}, but that costs {cost}")]
    #[status(403, type = "https://example.com/probs/out-of-credit")]
    OutOfCredit {
        #[problem]
        balance: u64,
        #[problem]
        accounts: Vec<String>,
        cost: u64,
    },
}
// readme:axum:end

/// The storage layer's own errors, with their own statuses.
#[derive(Debug, thiserror::Error, HttpStatus)]
pub enum StorageError {
    #[error("the store is full ({0} notes)")]
    #[status(507)]
    Full(usize),
    /// The kind of message that must never reach a client (CWE-209).
    #[error("database at 10.0.0.5:5432 refused user app_rw")]
    #[status(500)]
    Unreachable(#[source] std::io::Error),
}

impl<T> From<PoisonError<T>> for AppError {
    fn from(_: PoisonError<T>) -> AppError {
        AppError::Poisoned
    }
}

/// A note as stored and returned.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct Note {
    pub id: u64,
    pub title: String,
    pub body: String,
}

/// A note as posted.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NewNote {
    /// Not empty: the handler answers 422 for an empty title, and the
    /// document says so, so that a client (or Schemathesis) knows.
    #[schema(min_length = 1)]
    pub title: String,
    #[serde(default)]
    pub body: String,
}

/// Limits, so that tests can reach every error quickly.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Notes that may be created before 429.
    pub creations: u32,
    /// Notes the store holds before 507.
    pub capacity: usize,
    /// The database is down: creating a note fails with a 500.
    pub storage_down: bool,
    /// Maintenance: creating a note fails with a 503 meant for clients.
    pub read_only: bool,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            creations: 100,
            capacity: 1_000,
            storage_down: false,
            read_only: false,
        }
    }
}

#[derive(Default)]
struct Store {
    notes: BTreeMap<u64, Note>,
    next_id: u64,
    created: u32,
}

#[derive(Clone)]
struct AppState {
    store: Arc<Mutex<Store>>,
    limits: Limits,
}

/// The whole service.
pub fn app(limits: Limits) -> Router {
    let state = AppState {
        store: Arc::default(),
        limits,
    };
    Router::new()
        .route("/health", get(|| async { status!(204) }))
        .route("/notes", post(create_note))
        .route("/notes/{id}", get(get_note))
        .route(
            "/private",
            get(|| async { Err::<(), _>(AppError::SignInFirst) }),
        )
        // A status that allows no content, as a problem: no body is sent.
        .route(
            "/quiet",
            get(|| async { Err::<(), _>(http_status::Problem::new(status!(204))) }),
        )
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        // A handler that panics: the layer below answers a 500 problem.
        .route("/panic", get(panics))
        .route("/io", get(io))
        .route("/token", get(token))
        .route("/credit", get(credit))
        // readme:axum-errors:start
        .with_state(state)
        // Bodies over 64 KiB are refused (413, through `JsonRejection`).
        .layer(DefaultBodyLimit::max(64 * 1024))
        // Every error response a problem: axum's own 404 and 405 (with its
        // `Allow`), and a handler's panic as a 500 with an incident id.
        .layer(http_status::Problems::new())
        // Problem bodies in the client's language (English or 中文).
        .layer(http_status::NegotiateLanguage::new())
    // readme:axum-errors:end
}

/// RFC 9457's example, as every member serves it.
async fn credit() -> Result<(), AppError> {
    Err(AppError::OutOfCredit {
        balance: 30,
        accounts: vec!["/account/12345".into(), "/account/67890".into()],
        cost: 50,
    })
}

/// axum has no error type of its own for an `io::Error`; a handler that
/// answers one as the usual `(StatusCode, String)` sends its text, which
/// `Problems` withholds.
async fn io() -> Result<&'static str, (axum::http::StatusCode, String)> {
    Err((
        axum::http::StatusCode::INTERNAL_SERVER_ERROR,
        std::io::Error::other("open /srv/notes/index.db: permission denied (uid 1001)").to_string(),
    ))
}

/// A 401 whose challenge says why, per response (RFC 6750 §3), with a
/// literal one for when the field's is not a valid header value.
#[derive(Debug, thiserror::Error, http_status::HttpStatus)]
#[error("the access token is not valid")]
#[status(401, www_authenticate = "Bearer", axum)]
pub struct InvalidToken {
    #[www_authenticate]
    pub challenge: String,
}

/// The challenge of `GET /token`.
pub const TOKEN_CHALLENGE: &str = r#"Bearer realm="notes", error="invalid_token""#;

async fn token() -> Result<(), InvalidToken> {
    Err(InvalidToken {
        challenge: TOKEN_CHALLENGE.to_owned(),
    })
}

/// A handler with a bug: its message is logged, never sent.
async fn panics() -> &'static str {
    panic!("the notes index is corrupt at 10.0.0.5")
}

/// The API's OpenAPI document: each route's errors come from `AppError`'s
/// status set, so the docs cannot drift from the responses.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(title = "notes", description = "A notes API kept in memory"),
    paths(create_note, get_note),
    components(schemas(Note, NewNote))
)]
pub struct ApiDoc;

#[utoipa::path(
    post,
    path = "/notes",
    request_body(content = NewNote, content_type = "application/json"),
    responses((status = 201, description = "The note, created", body = Note), AppError)
)]
async fn create_note(
    State(state): State<AppState>,
    new: Result<Json<NewNote>, JsonRejection>,
) -> Result<(axum::http::StatusCode, Json<Note>), AppError> {
    let Json(new) = new?;
    if new.title.trim().is_empty() {
        return Err(AppError::EmptyTitle);
    }
    if state.limits.read_only {
        return Err(AppError::ReadOnly);
    }
    if state.limits.storage_down {
        let refused = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
        return Err(StorageError::Unreachable(refused).into());
    }
    let mut store = state.store.lock()?;
    if store.created >= state.limits.creations {
        return Err(AppError::RateLimited { retry_after: 60 });
    }
    if store.notes.values().any(|n| n.title == new.title) {
        return Err(AppError::TitleTaken(new.title));
    }
    if store.notes.len() >= state.limits.capacity {
        return Err(StorageError::Full(store.notes.len()).into());
    }
    store.created += 1;
    store.next_id += 1;
    let note = Note {
        id: store.next_id,
        title: new.title,
        body: new.body,
    };
    store.notes.insert(note.id, note.clone());
    // axum's `(status, body)` tuples take `http::StatusCode`; ours converts for free.
    Ok((status!(201).into(), Json(note)))
}

#[utoipa::path(
    get,
    path = "/notes/{id}",
    params(("id" = u64, Path, description = "The note's id")),
    responses((status = 200, description = "The note", body = Note), AppError)
)]
async fn get_note(
    State(state): State<AppState>,
    id: Result<Path<u64>, PathRejection>,
) -> Result<Json<Note>, AppError> {
    let Path(id) = id?;
    let store = state.store.lock()?;
    store
        .notes
        .get(&id)
        .cloned()
        .map(Json)
        .ok_or(AppError::NotFound(id))
}
