//! An integration word writes the response, so the response must be legal HTTP.
use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, axum)]
enum ApiError {
    #[error("nothing to say")]
    #[status(204)]
    Empty,
    #[error("not modified")]
    #[status(304)]
    Cached,
    #[error("sign in first")]
    #[status(401)]
    NoToken,
    #[error("expired")]
    #[status(401, www_authenticate = "Bearer error=\"invalid_token\"")]
    Expired,
    #[error("wrong place")]
    #[status(403, www_authenticate = "Bearer")]
    Forbidden,
}

fn main() {}
