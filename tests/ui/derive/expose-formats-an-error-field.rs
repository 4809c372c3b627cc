// A field that is not the source but is an error: its type says so, and
// rustc refuses it where the 5xx is marked `expose`.
use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ApiError {
    #[error("maintenance: {0}")]
    #[status(503, expose)]
    Maintenance(std::io::Error),
    // An optional error is an error too.
    #[error("maintenance: {0:?}")]
    #[status(503, expose)]
    Optional(Option<std::io::Error>),
    // Plain values are fine.
    #[error("read-only until {until}")]
    #[status(503, expose)]
    ReadOnly { until: String },
}

fn main() {}
