use http_status::{HttpStatus, StatusCode};

#[derive(HttpStatus)]
#[status(transparent, expose)]
struct Upstream(StatusCode);

fn main() {}
