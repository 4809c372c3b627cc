use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(500)]
enum ApiError {
    #[status(404)]
    Missing,
    Upstream(#[status(transparent)] http_status::StatusCode),
}

fn main() {
    let _ = ApiError::Missing.status();
}
