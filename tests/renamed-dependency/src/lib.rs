//! http-status depended on as `hs`, from an edition-2021 crate: `status!`
//! resolves through `$crate`, and the derive through `#[status(crate = hs)]`.
#![forbid(unsafe_code)]

use hs::{status, HttpStatus, StatusCode};

pub const MISSING: StatusCode = status!(404);

#[derive(HttpStatus)]
#[status(500, crate = hs)]
pub enum AppError {
    #[status("Not Found")]
    Missing,
    Broken,
}

#[derive(HttpStatus)]
#[status(crate = "hs")]
#[status(transparent)]
pub struct Wrapper(pub AppError);

pub fn classify(status: StatusCode) -> &'static str {
    match status {
        status!(404) => "missing",
        status!(500) => "broken",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_and_derive_work_under_another_name() {
        assert_eq!(MISSING, StatusCode::NOT_FOUND);
        assert_eq!(classify(AppError::Missing.status()), "missing");
        assert_eq!(classify(Wrapper(AppError::Broken).status()), "broken");
    }
}
