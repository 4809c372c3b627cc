//! A notes lookup on actix-web 4: its error derives `HttpStatus` and answers
//! with RFC 9457 problem bodies through `ResponseError`. `main.rs` serves it;
//! `tests/http.rs` drives it over real TCP.
#![forbid(unsafe_code)]

use std::net::SocketAddr;

use actix_web::{App, HttpServer, web};
use http_status::HttpStatus;

/// Everything the handler can fail with.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500)]
pub enum ApiError {
    #[error("no note with id {0}")]
    #[status(404)]
    NotFound(u64),
    #[error("note {0} is locked by another editor")]
    #[status("Conflict")]
    Locked(u64),
    /// Never sent to clients: a 5xx withholds its text.
    #[error("database at 10.0.0.5:5432 refused user app_rw")]
    Database,
}

// The README's actix-web snippet is this block, word for word (a test checks).
// readme:actix:start
impl actix_web::ResponseError for ApiError {
    fn status_code(&self) -> actix_web::http::StatusCode {
        self.status().into() // the `http02` feature: actix-web 4 uses http 0.2
    }

    fn error_response(&self) -> actix_web::HttpResponse {
        // 404 + {"status":404,"title":"Not Found","detail":"no note with id 7"}
        actix_web::HttpResponse::build(self.status_code())
            .content_type(http_status::PROBLEM_CONTENT_TYPE)
            .body(http_status::Problem::new(self).to_json())
    }
}
// readme:actix:end

/// `GET /notes/{id}`: note 1 exists; 2 is locked; 3 breaks the database.
async fn get_note(id: web::Path<u64>) -> Result<String, ApiError> {
    match id.into_inner() {
        1 => Ok("groceries".to_owned()),
        2 => Err(ApiError::Locked(2)),
        3 => Err(ApiError::Database),
        id => Err(ApiError::NotFound(id)),
    }
}

/// `GET /wrapped/{id}`: the same errors, rendered the way actix-web's own
/// helpers render any error, as `text/plain` from its `Display`. `Problem`'s
/// `Display` is what a client may see, so the 500 still keeps its text.
async fn get_wrapped(id: web::Path<u64>) -> actix_web::Result<String> {
    get_note(id)
        .await
        .map_err(|e| actix_web::error::ErrorInternalServerError(http_status::Problem::new(e)))
}

/// The server, bound to `addr` (port 0 for any free one), and where it listens.
pub fn server(addr: SocketAddr) -> std::io::Result<(actix_web::dev::Server, SocketAddr)> {
    let server = HttpServer::new(|| {
        App::new()
            .route("/notes/{id}", web::get().to(get_note))
            .route("/wrapped/{id}", web::get().to(get_wrapped))
    })
    .workers(1)
    .disable_signals()
    .bind(addr)?;
    let bound = server.addrs()[0];
    Ok((server.run(), bound))
}
