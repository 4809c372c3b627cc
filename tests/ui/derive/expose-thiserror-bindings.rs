// thiserror binds field 0 as `_0`: as a placeholder and as an argument, it
// is the source field.
use http_status::HttpStatus;

#[derive(Debug, thiserror::Error)]
#[error("pg://10.0.0.5/app refused user app_rw")]
struct DbError;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ApiError {
    #[error("maintenance: {_0}")]
    #[status(503, expose)]
    Placeholder(#[from] DbError),
    #[error("maintenance: {}", _0)]
    #[status(503, expose)]
    Argument(#[source] DbError),
    #[error("maintenance: {reason}", reason = .0)]
    #[status(503, expose)]
    Named(#[source] DbError),
}

fn main() {}
