//! A `#![no_std]` library using http-status with no default features: the
//! macros' expansions must name only `core`, never `std` or `alloc`.
#![no_std]
#![deny(warnings, unused_qualifications)]
#![forbid(unsafe_code)]

use http_status::{HttpStatus, StatusCode, status};

/// A firmware-style error type.
#[derive(HttpStatus)]
#[status(500)]
pub enum DeviceError {
    /// The sensor is not attached.
    #[status(404)]
    Missing,
    /// The device is busy.
    #[status("Service Unavailable")]
    Busy,
    /// Anything else.
    Fault(u8),
}

/// The reason phrase for an error, with no allocation.
pub fn reason(error: &DeviceError) -> &'static str {
    error.status().reason()
}

/// A constant built by `status!`.
pub const OK: StatusCode = status!(200);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn works_without_std() {
        assert_eq!(reason(&DeviceError::Missing), "Not Found");
        assert_eq!(reason(&DeviceError::Busy), "Service Unavailable");
        assert_eq!(reason(&DeviceError::Fault(3)), "Internal Server Error");
        assert_eq!(OK.as_u16(), 200);
    }
}
