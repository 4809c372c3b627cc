use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, withhold)]
enum ApiError {
    #[error("database failed")]
    #[status(500, withhold)]
    Database,
    #[error("title taken")]
    #[status(409, expose, withhold)]
    Conflict,
}

fn main() {}
