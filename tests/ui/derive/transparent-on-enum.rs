use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(transparent)]
enum AppError {
    #[status(404)]
    Missing,
}

fn main() {}
