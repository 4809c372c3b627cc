use http_status::HttpStatus;

#[derive(Debug, thiserror::Error)]
#[error("pg://10.0.0.5/app refused user app_rw")]
struct DbError;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ApiError {
    // The message formats the source: `expose` would send the database's text.
    #[error("maintenance: {0}")]
    #[status(503, expose)]
    Maintenance(#[from] DbError),
    // The message is the source's own.
    #[error(transparent)]
    #[status(502, expose)]
    Upstream(std::io::Error),
    // A message of its own: fine.
    #[error("read-only until 14:00 UTC")]
    #[status(503, expose)]
    ReadOnly { source: std::fmt::Error },
}

fn main() {}
