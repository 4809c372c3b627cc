use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(418)]
    Teapot,
}

fn main() {}
