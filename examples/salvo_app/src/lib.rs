//! The notes API on salvo 1 (see `example-conformance` for what it
//! answers): its error derives `HttpStatus`, and `#[status(salvo)]` writes
//! its `Writer`. `main.rs` serves it; `tests/http.rs` drives it over real TCP.
#![forbid(unsafe_code)]

use std::sync::atomic::{AtomicU64, Ordering};

use salvo::http::StatusCode;
use salvo::prelude::*;
use serde::{Deserialize, Serialize};

// The README's salvo section is this block, word for word (a test checks).
// readme:salvo:start
use http_status::HttpStatus;
use salvo::http::ParseError;

/// Everything a handler can fail with; `salvo` answers each as a problem,
/// in the language the request asks for.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, salvo)]
pub enum ApiError {
    #[error("no note with id {0}")]
    #[status(404)]
    NotFound(u64),
    /// salvo's own rejection of a body or a parameter: 400 or 413.
    #[error(transparent)]
    #[status(transparent)]
    Rejected(#[from] ParseError),
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
async fn get_note(req: &mut Request) -> Result<Json<Note>, ApiError> {
    match req.try_param::<u64>("id")? {
        1 => Ok(Json(Note::new(1, "groceries"))),
        3 => Err(ApiError::Database(
            std::io::ErrorKind::ConnectionRefused.into(),
        )),
        id => Err(ApiError::NotFound(id)),
    }
}
// readme:salvo:end

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
async fn create_note(req: &mut Request, res: &mut Response) -> Result<Json<Note>, ApiError> {
    let new: NewNote = req.parse_json().await?;
    res.status_code(StatusCode::CREATED);
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    Ok(Json(Note::new(id, &new.title)))
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
#[status(401, www_authenticate = "Bearer", salvo)]
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

/// A handler whose `?` turns an `io::Error` into `salvo::Error`, which
/// salvo renders as a `StatusError` 500: `problems` withholds it and logs
/// its cause.
#[handler]
async fn io() -> salvo::Result<&'static str> {
    Err(std::io::Error::other(
        "open /srv/notes/index.db: permission denied (uid 1001)",
    ))?
}

/// The routes.
pub fn router() -> Router {
    Router::new()
        .push(
            Router::with_path("notes")
                .post(create_note)
                .push(Router::with_path("{id}").get(get_note).delete(delete_note)),
        )
        .push(Router::with_path("panic").get(panics))
        .push(Router::with_path("io").get(io))
        .push(Router::with_path("token").get(token))
        .push(Router::with_path("credit").get(credit))
}

/// The whole service.
pub fn service() -> Service {
    // readme:salvo-errors:start
    // Every error response a problem: salvo's own 404, 405 (with `Allow`)
    // and 413, and a handler's panic as a 500 with an incident id.
    http_status::salvo::problems(router())
    // readme:salvo-errors:end
}
