// A type parameter may be an error: what the derive cannot see is refused.
use std::fmt::{Debug, Display};

use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Gateway<T: Debug + Display> {
    #[error("bad gateway: {0}")]
    #[status(502, expose)]
    Upstream(T),
}

fn main() {}
