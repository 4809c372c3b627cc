//! Conversions to and from other crates' types, each behind its own feature,
//! and the framework integrations the derive's words turn on.
//!
//! An integration is one module here, with the hook the derive calls (a
//! `#[macro_export]` `macro_rules!`), and one row in the table crate's
//! `__integration_rows!`, which gives the derive its word and its hook.

#[cfg(feature = "actix4")]
pub mod actix;
#[cfg(feature = "aide015")]
pub mod aide;
#[cfg(feature = "axum08")]
pub mod axum;
#[cfg(feature = "framework")]
mod caught;
#[cfg(feature = "framework")]
pub use self::caught::Problems;
#[cfg(feature = "poem3")]
pub mod poem;
#[cfg(feature = "framework")]
mod rejection;
#[cfg(feature = "framework")]
pub(crate) mod respond;
#[cfg(feature = "salvo1")]
pub mod salvo;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "utoipa5")]
pub mod utoipa;

pub use http_status_table::{INTEGRATIONS, Integration};

/// From the table's rows: each hook's twin for builds without its feature,
/// an error that names the feature, and which words this build has. (`$d`
/// is a `$`, so that the rows can define `macro_rules!` of their own.)
macro_rules! missing_hooks {
    ($d:tt $($word:ident, $feature:literal, $hook:ident, $generates:literal;)*) => {
        $(
            #[cfg(not(feature = $feature))]
            #[doc(hidden)]
            #[macro_export]
            macro_rules! $hook {
                ($d($d tokens:tt)*) => { $crate::__missing_feature! { $d($d tokens)* } };
            }
        )*

        /// Whether this build of core has the feature that `integration`
        /// needs (for tests that must know which words compile).
        pub fn is_enabled(integration: &Integration) -> bool {
            match integration.word {
                $(stringify!($word) => cfg!(feature = $feature),)*
                _ => false,
            }
        }
    };
}

http_status_table::__integration_rows!(missing_hooks $);

/// The statuses of a transparent field's type, for the OpenAPI hooks: the
/// type's own set, or open where the derive could not name a sized type.
#[doc(hidden)]
#[macro_export]
macro_rules! __open_statuses {
    (*) => {
        $crate::StatusSet::OPEN
    };
    ($ty:ty) => {
        <$ty as $crate::HttpStatus>::statuses()
    };
}

/// What a hook says when its feature is off; the derive calls every hook
/// with `word = …, feature = "…",` first, so this is written once.
#[doc(hidden)]
#[macro_export]
macro_rules! __missing_feature {
    (word = $word:ident, feature = $feature:literal, $($rest:tt)*) => {
        ::core::compile_error! { ::core::concat!(
            "`#[status(", ::core::stringify!($word), ")]` needs the `", $feature,
            "` feature of http-status\nhelp: enable it in Cargo.toml: `http-status = { version = \"0.1\", features = [\"",
            $feature, "\"] }`"
        ) }
    };
}

/// The conversions for one major version of the `http` crate; both versions
/// have the same `StatusCode` API.
#[cfg(any(feature = "http", feature = "http02"))]
macro_rules! http_conversions {
    ($http:ident) => {
        use crate::status_code::StatusCode;
        use http_status_table::UnknownStatusCode;

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
