use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(404, aide, axum)]
struct NotFound;

fn main() {}
