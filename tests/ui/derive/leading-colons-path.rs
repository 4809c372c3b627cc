use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(::http_status::StatusCode::NOT_FOUND)]
    Missing,
}

fn main() {}
