//! The notes API on actix-web 4 (see `example-conformance` for what it
//! answers): its error derives `HttpStatus`, and `#[status(actix)]` writes
//! its `ResponseError`. `main.rs` serves it; `tests/http.rs` drives it over
//! real TCP.
#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};

use actix_web::error::JsonPayloadError;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpResponse, HttpServer, web};
use serde::{Deserialize, Serialize};

// The README's actix-web section is this block, word for word (a test checks).
// readme:actix:start
use http_status::HttpStatus;

/// Everything a handler can fail with; `actix` answers each as a problem.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, actix)]
pub enum ApiError {
    #[error("no note with id {0}")]
    #[status(404)]
    NotFound(u64),
    /// actix-web's own rejection of a body: 400 or 413, as a problem.
    #[error(transparent)]
    #[status(transparent)]
    BadBody(#[from] JsonPayloadError),
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

fn app_config(config: &mut web::ServiceConfig) {
    config
        // A bad body goes through `ApiError`; a bad path through the ready handler.
        .app_data(
            web::JsonConfig::default()
                .limit(64 * 1024)
                .error_handler(|e, _| ApiError::from(e).into()),
        )
        .app_data(web::PathConfig::default().error_handler(http_status::actix::path_error));
}
// readme:actix:end

/// A note as stored and returned.
#[derive(Debug, Serialize)]
pub struct Note {
    pub id: u64,
    pub title: String,
}

/// A note as posted.
#[derive(Debug, Deserialize)]
pub struct NewNote {
    pub title: String,
}

static NEXT_ID: AtomicU64 = AtomicU64::new(2);

async fn get_note(id: web::Path<u64>) -> Result<web::Json<Note>, ApiError> {
    match id.into_inner() {
        1 => Ok(web::Json(Note {
            id: 1,
            title: "groceries".to_owned(),
        })),
        3 => Err(ApiError::Database(
            std::io::ErrorKind::ConnectionRefused.into(),
        )),
        id => Err(ApiError::NotFound(id)),
    }
}

async fn create_note(new: web::Json<NewNote>) -> HttpResponse {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    HttpResponse::Created().json(Note {
        id,
        title: new.into_inner().title,
    })
}

async fn delete_note(_: web::Path<u64>) -> Result<HttpResponse, ApiError> {
    Err(ApiError::ReadOnly)
}

/// RFC 9457's example, as every member serves it.
async fn credit() -> Result<HttpResponse, ApiError> {
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
#[status(401, www_authenticate = "Bearer", actix)]
pub struct InvalidToken {
    #[www_authenticate]
    pub challenge: String,
}

/// The challenge of `GET /token`.
pub const TOKEN_CHALLENGE: &str = r#"Bearer realm="notes", error="invalid_token""#;

async fn token() -> Result<HttpResponse, InvalidToken> {
    Err(InvalidToken {
        challenge: TOKEN_CHALLENGE.to_owned(),
    })
}

/// A handler with a bug: its message is logged, never sent.
async fn panics() -> HttpResponse {
    panic!("the notes index is corrupt at 10.0.0.5")
}

/// A handler whose `?` turns an `io::Error` into actix's own
/// `actix_web::Error`, which actix renders as `text/plain`: `problems`
/// withholds it.
async fn io() -> Result<HttpResponse, actix_web::Error> {
    Err(std::io::Error::other(
        "open /srv/notes/index.db: permission denied (uid 1001)",
    ))?
}

/// actix answers an `io::Error` of kind `PermissionDenied` with 403 and
/// its text: a 4xx rendered from an error's `Display`, which `problems`
/// sends without the text.
async fn io_forbidden() -> Result<HttpResponse, actix_web::Error> {
    let denied = std::io::ErrorKind::PermissionDenied;
    Err(std::io::Error::new(
        denied,
        "open /srv/notes/index.db: permission denied",
    ))?
}

/// A middleware that fails before the handler, as an auth check that
/// cannot reach its store would: its `Err` is an `io::Error`'s, which
/// `problems` withholds as any 5xx.
async fn store_check(
    _: actix_web::dev::ServiceRequest,
    _: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    Err::<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, _>(
        std::io::Error::other("session store at 10.0.0.7:6379 refused AUTH").into(),
    )
}

/// The server, bound to `addr` (port 0 for any free one), and where it listens.
pub fn server(addr: SocketAddr) -> std::io::Result<(actix_web::dev::Server, SocketAddr)> {
    let server = HttpServer::new(|| {
        App::new()
            .configure(app_config)
            // readme:actix-errors:start
            // Every error response a problem: actix's own 404, its 405 (with
            // `Allow`) for a `web::resource`, and a handler's panic as a 500.
            .wrap(from_fn(http_status::actix::problems))
            // Problem bodies in the client's language (English or 中文).
            .wrap(from_fn(http_status::actix::negotiate_language))
            // `web::resource`, not `App::route`: a resource answers a wrong
            // method with 405 and `Allow`; `App::route` answers it 404.
            .service(web::resource("/notes").post(create_note))
            // readme:actix-errors:end
            .service(
                web::resource("/notes/{id}")
                    .get(get_note)
                    .delete(delete_note),
            )
            .service(web::resource("/panic").get(panics))
            .service(web::resource("/io").get(io))
            .service(web::resource("/token").get(token))
            .service(web::resource("/io/forbidden").get(io_forbidden))
            .service(
                web::resource("/guarded")
                    .wrap(from_fn(store_check))
                    .get(credit),
            )
            .service(web::resource("/credit").get(credit))
    })
    .workers(1)
    .disable_signals()
    .bind(addr)?;
    let bound = server.addrs()[0];
    Ok((server.run(), bound))
}
