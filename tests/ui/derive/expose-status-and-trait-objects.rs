// Under `expose`, an `HttpStatus` value held in a container or formatted
// with `{:?}`, and a trait object that is not `dyn Error`, are refused: the
// derive cannot show that their text is written for clients.
use std::fmt;

use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(503)]
struct Storage {
    dsn: &'static str,
}

impl fmt::Display for Storage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("storage is down")
    }
}

mod my {
    pub trait Error: std::fmt::Display + std::fmt::Debug {}
}

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Upstream {
    #[error("upstream: {0:?}")]
    #[status(503, expose)]
    Held(Option<Storage>),
    #[error("upstream: {0:?}")]
    #[status(503, expose)]
    Debugged(Storage),
    #[error("upstream: {0}")]
    #[status(503, expose)]
    Named(Box<dyn my::Error>),
}

fn main() {}
