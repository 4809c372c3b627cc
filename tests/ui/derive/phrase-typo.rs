use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status("Not Fond")]
    Missing,
}

fn main() {}
