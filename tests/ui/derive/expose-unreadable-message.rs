// Where the derive cannot read the whole message, `expose` is refused: it
// cannot check that no source error is in the text.
use std::error::Error as _;

use http_status::HttpStatus;

#[derive(Debug, thiserror::Error)]
#[error("pg://10.0.0.5/app refused user app_rw")]
struct DbError {
    inner: Option<std::io::Error>,
}

fn show(error: &DbError, f: &mut std::fmt::Formatter) -> std::fmt::Result {
    write!(f, "maintenance: {error}")
}

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ApiError {
    // A function writes the message.
    #[error(fmt = show)]
    #[status(503, expose)]
    Function(#[from] DbError),
    // A field of the source field.
    #[error("maintenance: {}", .0.inner.is_some())]
    #[status(503, expose)]
    Projection(#[source] DbError),
    // A tuple index into the source, which the lexer reads as `0.0`.
    #[error("maintenance: {:?}", .0.0)]
    #[status(503, expose)]
    Nested((DbError, u8)),
    // Any expression.
    #[error("maintenance: {}", self.source().map(|s| s.to_string()).unwrap_or_default())]
    #[status(502, expose)]
    Method { cause: std::io::Error },
}

fn main() {}
