use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(500, expose)]
enum ApiError {
    Database,
}

fn main() {}
