use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status("404")]
struct Missing;

fn main() {}
