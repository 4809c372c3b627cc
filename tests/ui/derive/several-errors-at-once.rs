use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(418)]
    Teapot,
    #[status(unknown = 1)]
    Odd,
    Forgotten,
    #[status(transparent)]
    Empty,
}

fn main() {
    let _ = AppError::Teapot.status();
}
