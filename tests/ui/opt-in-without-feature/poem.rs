use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
#[status(404, poem)]
struct NotFound;

impl std::fmt::Display for NotFound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not found")
    }
}

fn main() {}
