use http_status::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status("Client Closed Request")]
    Gone,
    #[status("Enhance Your Calm")]
    Slow,
    #[status("Page Expired")]
    Stale,
}

fn main() {}
