// A problem `type` is a URI reference (RFC 3986).
use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(403, type = "https://example.com/out of credit")]
    Spaces,
    #[status(403, type = "https://example.com/100%")]
    Percent,
    #[status(403, type = "")]
    Empty,
    #[status(403, type = 42)]
    Number,
    #[status(403, type = "javascript:alert(document.cookie)")]
    Script,
}

fn main() {}
