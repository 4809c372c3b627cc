use http_status::HttpStatus;

#[derive(HttpStatus)]
enum ApiError {
    #[status(404, expose)]
    NotFound,
}

fn main() {}
