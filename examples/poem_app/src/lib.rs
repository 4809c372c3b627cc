//! The notes API on poem 3 (see `example-conformance` for what it answers):
//! its error derives `HttpStatus`, and `#[status(poem)]` turns it into a
//! `poem::Error` that answers a problem. `main.rs` serves it;
//! `tests/http.rs` drives it over real TCP.
#![forbid(unsafe_code)]

use std::sync::atomic::{AtomicU64, Ordering};

use poem::http::StatusCode;
use poem::middleware::SizeLimit;
use poem::web::{Json, Path};
use poem::{EndpointExt, IntoResponse, Route, handler};
use serde::{Deserialize, Serialize};

// The README's poem section is this block, word for word (a test checks).
// readme:poem:start
use http_status::poem::Rejection;
use http_status::{HttpStatus, NegotiateLanguage};

/// Everything a handler can fail with; `poem` answers each as a problem.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, poem)]
pub enum ApiError {
    #[error("no note with id {0}")]
    #[status(404)]
    NotFound(u64),
    /// poem's own rejection of a body or a path: 400, 413 or 415.
    #[error(transparent)]
    #[status(transparent)]
    Rejected(#[from] Rejection),
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
    /// A 500: its text is logged with an incident id, never sent.
    #[error("database at 10.0.0.5:5432 refused user app_rw")]
    Database(#[source] std::io::Error),
}

#[handler]
async fn get_note(id: poem::Result<Path<u64>>) -> Result<Json<Note>, ApiError> {
    let Path(id) = id.map_err(Rejection::from)?;
    match id {
        1 => Ok(Json(Note::new(1, "groceries"))),
        3 => Err(ApiError::Database(
            std::io::ErrorKind::ConnectionRefused.into(),
        )),
        id => Err(ApiError::NotFound(id)),
    }
}
// readme:poem:end

/// A note as stored and returned.
#[derive(Debug, Serialize)]
pub struct Note {
    pub id: u64,
    pub title: String,
}

impl Note {
    fn new(id: u64, title: &str) -> Note {
        Note {
            id,
            title: title.to_owned(),
        }
    }
}

/// A note as posted.
#[derive(Debug, Deserialize)]
pub struct NewNote {
    pub title: String,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(2);

#[handler]
async fn create_note(new: poem::Result<Json<NewNote>>) -> Result<impl IntoResponse, ApiError> {
    let Json(new) = new.map_err(Rejection::from)?;
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    Ok(Json(Note::new(id, &new.title)).with_status(StatusCode::CREATED))
}

#[handler]
async fn delete_note() -> Result<(), ApiError> {
    Err(ApiError::ReadOnly)
}

/// RFC 9457's example, as every member serves it.
#[handler]
async fn credit() -> Result<(), ApiError> {
    Err(ApiError::OutOfCredit {
        balance: 30,
        accounts: vec!["/account/12345".into(), "/account/67890".into()],
        cost: 50,
    })
}

/// A 401 whose challenge says why, per response (RFC 6750 §3), with a
/// literal one for when the field's is not a valid header value.
#[derive(Debug, thiserror::Error, http_status::HttpStatus)]
#[error("the access token is not valid")]
#[status(401, www_authenticate = "Bearer", poem)]
pub struct InvalidToken {
    #[www_authenticate]
    pub challenge: String,
}

/// The challenge of `GET /token`.
pub const TOKEN_CHALLENGE: &str = r#"Bearer realm="notes", error="invalid_token""#;

#[handler]
async fn token() -> Result<(), InvalidToken> {
    Err(InvalidToken {
        challenge: TOKEN_CHALLENGE.to_owned(),
    })
}

/// A handler with a bug: its message is logged, never sent.
#[handler]
async fn panics() -> &'static str {
    panic!("the notes index is corrupt at 10.0.0.5")
}

/// A handler that turns an `io::Error` into `poem::Error` the usual way,
/// with poem's `InternalServerError`, which poem renders as `text/plain`:
/// `Problems` withholds it.
#[handler]
async fn io() -> poem::Result<&'static str> {
    let error = std::io::Error::other("open /srv/notes/index.db: permission denied (uid 1001)");
    Err(poem::error::InternalServerError(error))
}

/// Shared state that this app forgot to add with `.data(…)`.
pub struct Pool;

/// A handler that reads state the app never added: poem answers its
/// `GetDataError`, a 500 whose text names a Rust type, withheld.
#[handler]
async fn needs_pool(_: poem::web::Data<&Pool>) -> &'static str {
    "unreachable"
}

/// The whole service.
pub fn app() -> impl poem::Endpoint {
    // readme:poem-errors:start
    // `methods()`, not poem's `get`/`post`: a wrong method answers 405 with `Allow`.
    use http_status::Problems;
    use http_status::poem::methods;

    Route::new()
        // poem sets no body limit; 64 KiB is plenty for a note.
        .at(
            "/notes",
            methods().post(create_note.with(SizeLimit::new(64 * 1024))),
        )
        .at("/notes/:id", methods().get(get_note).delete(delete_note))
        .at("/panic", methods().get(panics))
        .at("/io", methods().get(io))
        .at("/pool", methods().get(needs_pool))
        .at("/token", methods().get(token))
        .at("/credit", methods().get(credit))
        // Every error response a problem: poem's own 404, 405 and 413,
        // and a handler's panic as a 500 with an incident id.
        .with(Problems::new())
        // Problem bodies in the client's language (English or 中文).
        .with(NegotiateLanguage::new())
    // readme:poem-errors:end
}
