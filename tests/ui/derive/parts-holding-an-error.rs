// A member or a header goes to every client: never a field whose type is,
// or holds, an error, source or not.
use std::fmt;

use http_status::{HeaderField, HttpStatus};

#[derive(Debug, thiserror::Error)]
#[error("pool timed out on postgres://app:hunter2@10.0.0.5/app")]
struct PoolError;

impl HeaderField for PoolError {
    fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{self}")
    }
}

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Storage {
    #[error("storage is down")]
    #[status(503)]
    Direct {
        #[header("x-cause")]
        cause: PoolError,
    },
    #[error("storage is down")]
    #[status(503)]
    Optional {
        #[header("x-cause")]
        cause: Option<PoolError>,
    },
}

fn main() {}
