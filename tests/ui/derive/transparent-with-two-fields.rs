use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(transparent)]
struct Pair(http_status::StatusCode, http_status::StatusCode);

fn main() {}
