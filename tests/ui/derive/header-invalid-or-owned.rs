// A header name that is no token, one the response writes itself, one
// given twice, and one on a status it does not belong to, are errors.
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
        // The catalog's rules: `Location` on a 3xx or 201, `Allow` on a 405.
        #[header("location")]
        e: String,
        #[header("allow")]
        f: String,
    },
    #[status(401, www_authenticate = "Bearer")]
    SignIn {
        #[header("www-authenticate")]
        challenge: String,
    },
    #[status(301)]
    Moved {
        #[header("location")]
        to: String,
    },
}

fn main() {}
