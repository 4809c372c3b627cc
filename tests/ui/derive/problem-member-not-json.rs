// A `#[problem]` field's value must be JSON the crate can write.
use http_status::HttpStatus;

struct Opaque;

#[derive(HttpStatus)]
#[status(400)]
struct Bad {
    #[problem]
    value: Opaque,
}

fn main() {}
