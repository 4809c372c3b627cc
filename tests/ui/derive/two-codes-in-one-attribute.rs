use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(404, 410)]
    Missing,
}

fn main() {}
