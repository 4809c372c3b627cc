use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(490)]
struct Rejected;

fn main() {}
