//! http-status from an edition-2018 crate: the macros' expansions must not
//! rely on newer-edition syntax or preludes.
#![forbid(unsafe_code)]

use http_status::{status, HttpStatus, StatusCode};

pub static LIMITED: StatusCode = status!("Too Many Requests");

#[derive(HttpStatus)]
pub enum AppError {
    #[status(409)]
    Conflict,
    #[status(transparent)]
    Inner(StatusCode),
}

pub fn is_retryable(status: StatusCode) -> bool {
    matches!(status, status!(429) | status!(503))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works_in_edition_2018() {
        assert!(is_retryable(LIMITED));
        assert_eq!(AppError::Conflict.status().as_u16(), 409);
        assert_eq!(
            AppError::Inner(status!(503)).status(),
            StatusCode::SERVICE_UNAVAILABLE
        );
    }
}
