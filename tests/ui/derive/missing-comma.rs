use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(503 expose)]
    Maintenance,
}

fn main() {}
