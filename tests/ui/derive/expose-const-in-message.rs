// A const or a static named in a message is not a field: its text is the
// server's.
use http_status::HttpStatus;

const DATABASE_URL: &str = "postgres://app:hunter2@10.0.0.5/app";

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Storage {
    #[error("database {DATABASE_URL} is down")]
    #[status(503, expose)]
    Placeholder,
    #[error("database {url} is down", url = DATABASE_URL)]
    #[status(503, expose)]
    Argument,
}

fn main() {}
