use http_status::HttpStatus;

#[derive(HttpStatus)]
enum AppError {
    #[status(tranparent)]
    Upstream(http_status::StatusCode),
}

fn main() {}
