// `#[detail("…")]` is the client's text: an error where it could never be
// sent, or is not one string.
use http_status::HttpStatus;

const DATABASE_URL: &str = "postgres://app:hunter2@10.0.0.5/app";

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Storage {
    #[error("database down")]
    #[detail("database {DATABASE_URL} is down")]
    #[status(409)]
    Const,
    #[error("database down")]
    #[detail("the database is down")]
    #[status(503)]
    NotExposed,
    #[error("database down")]
    #[detail("database {} is down", DATABASE_URL)]
    #[status(409)]
    Arguments,
}

fn main() {}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[detail("misplaced")]
enum Misplaced {
    #[error("x")]
    #[status(400)]
    OnAField(#[detail("misplaced")] u8),
}
