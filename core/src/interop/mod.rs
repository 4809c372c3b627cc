//! Conversions to and from other crates' types, each behind its own feature.

#[cfg(feature = "aide015")]
pub mod aide;
#[cfg(feature = "axum08")]
pub(crate) mod axum;
#[cfg(feature = "std")]
pub(crate) mod respond;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "utoipa5")]
pub mod utoipa;

/// The conversions for one major version of the `http` crate; both versions
/// have the same `StatusCode` API.
#[cfg(any(feature = "http", feature = "http02"))]
macro_rules! http_conversions {
    ($http:ident) => {
        use crate::{StatusCode, UnknownStatusCode};

        /// Infallible: every registered code is within `http`'s 100–999.
        impl From<StatusCode> for $http::StatusCode {
            fn from(status: StatusCode) -> $http::StatusCode {
                match $http::StatusCode::from_u16(status.as_u16()) {
                    Ok(status) => status,
                    Err(_) => unreachable!("every registered code is within 100..=999"),
                }
            }
        }

        /// Fails for the codes `http` accepts that are not registered (418, 499, 999…).
        impl TryFrom<$http::StatusCode> for StatusCode {
            type Error = UnknownStatusCode;

            fn try_from(status: $http::StatusCode) -> Result<StatusCode, UnknownStatusCode> {
                StatusCode::from_u16(status.as_u16())
            }
        }

        impl PartialEq<$http::StatusCode> for StatusCode {
            fn eq(&self, other: &$http::StatusCode) -> bool {
                self.as_u16() == other.as_u16()
            }
        }

        impl PartialEq<StatusCode> for $http::StatusCode {
            fn eq(&self, other: &StatusCode) -> bool {
                self.as_u16() == other.as_u16()
            }
        }
    };
}

#[cfg(feature = "http")]
mod http {
    http_conversions!(http);
}

#[cfg(feature = "http02")]
mod http02 {
    http_conversions!(http02);
}
