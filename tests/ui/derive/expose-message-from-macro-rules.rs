// A message that a `macro_rules!` writes is read through its invisible
// group, as a literal, as an expression, and with forwarded arguments.
use http_status::HttpStatus;

#[derive(Debug, thiserror::Error)]
#[error("pg://10.0.0.5/app refused user app_rw")]
struct DbError;

macro_rules! literal_message {
    ($name:ident, $msg:literal) => {
        #[derive(Debug, thiserror::Error, HttpStatus)]
        #[error($msg)]
        #[status(503, expose)]
        struct $name(#[from] DbError);
    };
}

macro_rules! expression_message {
    ($name:ident, $msg:expr) => {
        #[derive(Debug, thiserror::Error, HttpStatus)]
        #[error($msg, .0)]
        #[status(503, expose)]
        struct $name(#[from] DbError);
    };
}

literal_message!(Literal, "maintenance: {0}");
expression_message!(Expression, "maintenance: {}");

fn main() {}
