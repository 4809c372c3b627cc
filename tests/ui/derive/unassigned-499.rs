use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(499)]
struct ClientClosed;

fn main() {}
