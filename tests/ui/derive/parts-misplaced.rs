// `#[problem]` and `#[header]` belong on fields of items that answer for
// themselves: on a transparent item, or on the item itself, they are errors.
use http_status::{HttpStatus, StatusCode};

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(transparent)]
    Upstream(#[problem(rename = "upstream")] StatusCode),
    #[status(transparent, type = "/probs/upstream")]
    Typed(StatusCode),
    #[problem]
    #[status(404)]
    Missing,
}

#[derive(Debug, HttpStatus)]
#[status(type = "/probs/default")]
enum NoDefault {
    #[status(404)]
    Missing,
}

fn main() {}
