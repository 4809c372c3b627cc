use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(code = 404)]
    Missing,
}

fn main() {}
