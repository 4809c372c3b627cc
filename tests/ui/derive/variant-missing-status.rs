use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(404)]
    NotFound,
    Database,
}

fn main() {
    // The fallback impl keeps this line free of follow-on errors.
    let _ = AppError::NotFound.status();
}
