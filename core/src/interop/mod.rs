//! Conversions to and from other crates' types, each behind its own feature,
//! and the framework integrations the derive's words turn on.
//!
//! An integration is one module here, with the hook the derive calls (a
//! `#[macro_export]` `macro_rules!`), and one row in the table crate's
//! `__integration_rows!`, which gives the derive its word and its hook.

/// Defines the hook of one integration word: a `#[macro_export]` macro
/// that the derive calls as `word = …, feature = …, impl […] for […] where
/// […], docs […]`. The grammar is written here once; each integration
/// writes its body, and names in brackets the parts the body reads (a
/// macro's variables must be named where they are used): the impl's
/// generics, type and where clause, and, for OpenAPI, the docs' status,
/// problem type, members and their types, headers and their types, and
/// open sets. (`$d` is a `$`, so that this macro can write the matcher of
/// another.)
macro_rules! hook {
    ($d:tt $(#[$attr:meta])* $name:ident [$generics:ident $ty:ident $where:ident]
     $(docs [$status:ident $kind:ident $member:ident $member_ty:ident $header:ident $header_ty:ident $open:ident])?
     => { $($body:tt)* }) => {
        hook! { @define $d $(#[$attr])* $name [$generics $ty $where]
            docs [$($status $kind $member $member_ty $header $header_ty $open)?
                  // Unread by the body: names of the macro's own.
                  _status _kind _member _member_ty _header _header_ty _open]
            => { $($body)* } }
    };
    (@define $d:tt $(#[$attr:meta])* $name:ident [$generics:ident $ty:ident $where:ident]
     docs [$status:ident $kind:ident $member:ident $member_ty:ident $header:ident $header_ty:ident $open:ident $($unused:ident)*]
     => { $($body:tt)* }) => {
        $(#[$attr])*
        #[doc(hidden)]
        #[macro_export]
        macro_rules! $name {
            (word = $d _word:ident, feature = $d _feature:literal,
             impl [$d($d $generics:tt)*] for [$d($d $ty:tt)*] where [$d($d $where:tt)*],
             docs [$d({
                 status = $d $status:literal, type = [$d($d $kind:literal)?],
                 members [$d(($d $member:literal: $d $member_ty:ty))*],
                 headers [$d(($d $header:literal: $d $header_ty:ty))*]
             })* open [$d(($d($d $open:tt)*))*]]) => { $($body)* };
        }
    };
}

#[cfg(feature = "actix4")]
pub mod actix;
#[cfg(feature = "aide015")]
pub mod aide;
#[cfg(feature = "axum08")]
pub mod axum;
#[cfg(feature = "framework")]
mod caught;
#[cfg(feature = "tracing")]
pub(crate) mod client_errors;
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
#[cfg(feature = "framework")]
mod server_text;
#[cfg(feature = "utoipa5")]
pub mod utoipa;

pub use http_status_table::{INTEGRATIONS, Integration};

/// From the table's rows: each hook's twin for builds without its feature,
/// an error at the word that names the feature, and which words this build
/// has. (`$d` is a `$`, for `hook!`.)
macro_rules! missing_hooks {
    ($d:tt $($word:ident, $feature:literal, $hook:ident, $generates:literal;)*) => {
        $(
            hook! { $d
                #[cfg(not(feature = $feature))]
                $hook [generics ty where] => {
                    ::core::compile_error! { ::core::concat!(
                        "`#[status(", ::core::stringify!($word), ")]` needs the `", $feature,
                        "` feature of http-status\nhelp: enable it in Cargo.toml: `http-status = { version = \"0.1\", features = [\"",
                        $feature, "\"] }`"
                    ) }
                }
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
