use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(444)]
struct DropConnection;

fn main() {}
