// No `#[error(...)]`: the derive cannot see the `Display`, so `expose` on a
// 5xx is refused, with fields or without (a `Display` may read a static).
use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(503, expose)]
struct Maintenance {
    cause: std::io::Error,
}

impl std::fmt::Display for Maintenance {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "maintenance: {}", self.cause)
    }
}

#[derive(Debug, HttpStatus)]
#[status(503, expose)]
struct ReadOnly;

fn main() {}
