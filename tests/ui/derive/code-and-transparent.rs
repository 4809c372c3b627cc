use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(500)]
struct Inner;

#[derive(HttpStatus)]
enum AppError {
    #[status(502, transparent)]
    Upstream(Inner),
}

fn main() {}
