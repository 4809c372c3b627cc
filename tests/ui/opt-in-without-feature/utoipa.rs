use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(500, utoipa)]
enum ApiError {
    #[status(404)]
    NotFound,
    Internal,
}

fn main() {}
