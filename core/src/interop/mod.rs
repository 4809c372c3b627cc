//! Conversions to and from other crates' types, each behind its own feature,
//! and the framework integrations the derive's words turn on.
//!
//! An integration is one module here, with the hook the derive calls (a
//! `#[macro_export]` `macro_rules!` named `__{feature}_hook`), and one row in
//! [`integrations!`]'s table below, which also gives the derive its words.

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

/// One word of `#[status(...)]` on a type, and what it turns on.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Integration {
    /// The word: `#[status(axum)]`.
    pub word: &'static str,
    /// The feature of http-status that defines the hook, `__{feature}_hook`.
    pub feature: &'static str,
    /// What the hook writes, for docs and messages.
    pub generates: &'static str,
    /// Whether this build of core has the feature (for tests that must
    /// know which words compile).
    pub enabled: bool,
}

/// The table: each row gives the derive its word, and defines the hook's
/// twin for builds without the feature, an error that names the feature.
/// (`$d` is a `$`, so that the rows can define `macro_rules!` of their own.)
macro_rules! integrations {
    ($d:tt $($word:ident, $feature:literal, $hook:ident, $generates:literal;)*) => {
        /// Every integration word, in the order of this table.
        pub const INTEGRATIONS: &[Integration] = &[$(Integration {
            word: stringify!($word),
            feature: $feature,
            generates: $generates,
            enabled: cfg!(feature = $feature),
        }),*];

        $(
            #[cfg(not(feature = $feature))]
            #[doc(hidden)]
            #[macro_export]
            macro_rules! $hook {
                ($d($d tokens:tt)*) => { $crate::__missing_feature! { $d($d tokens)* } };
            }
        )*
    };
}

integrations! { $
    // word  feature    hook            what it generates
    utoipa, "utoipa5", __utoipa5_hook, "`utoipa::IntoResponses`";
    aide,   "aide015", __aide015_hook, "`aide::OperationOutput`";
    axum,   "axum08",  __axum08_hook,  "axum's `IntoResponse`, a problem body";
    actix,  "actix4",  __actix4_hook,  "actix-web's `ResponseError`, a problem body";
    poem,   "poem3",   __poem3_hook,   "`From<T> for poem::Error`, a problem body";
    salvo,  "salvo1",  __salvo1_hook,  "salvo's `Writer`, a problem body";
}

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
