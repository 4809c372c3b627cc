use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(404, crate = http_status)]
    Missing,
}

fn main() {}
