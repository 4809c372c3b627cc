use http_status::HttpStatus;

#[derive(HttpStatus)]
struct Timeout {
    seconds: u64,
}

fn main() {}
