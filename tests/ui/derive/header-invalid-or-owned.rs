// A header name that is no token, one the response writes itself, and one
// given twice, are errors.
use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(429)]
    Limited {
        #[header("retry after")]
        a: u64,
        #[header("Content-Type")]
        b: u64,
        #[header("retry-after")]
        c: u64,
        #[header("Retry-After")]
        d: u64,
    },
}

fn main() {}
