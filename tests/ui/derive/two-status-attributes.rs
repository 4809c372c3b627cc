use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(404)]
    #[status("Gone")]
    Missing,
}

fn main() {}
