use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(transparent)]
    Upstream,
}

fn main() {}
