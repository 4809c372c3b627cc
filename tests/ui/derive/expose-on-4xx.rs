use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
enum ApiError {
    // Nothing to vouch for: the message formats no field.
    #[error("no such note")]
    #[status(404, expose)]
    NotFound,
}

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Fine {
    // A 4xx may vouch for the source it shows.
    #[error("the body is not JSON: {0}")]
    #[status(400, expose)]
    Body(#[from] std::io::Error),
}

fn main() {}
