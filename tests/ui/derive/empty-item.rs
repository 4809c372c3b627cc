use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(500)]
enum ApiError {
    #[status(, 404)]
    NotFound,
}

fn main() {}
