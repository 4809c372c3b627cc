#![deny(deprecated)]

use http_status::HttpStatus;

#[derive(HttpStatus)]
enum Legacy {
    #[status(305)]
    UseProxy,
}

fn main() {}
