use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status()]
    Missing,
}

fn main() {}
