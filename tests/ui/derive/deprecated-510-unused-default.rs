#![deny(deprecated)]

use http_status::HttpStatus;

// The default was written, so it warns although no variant uses it.
#[derive(HttpStatus)]
#[status(510)]
enum AppError {
    #[status(404)]
    Missing,
}

fn main() {}
