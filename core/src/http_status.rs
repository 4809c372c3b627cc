//! The `HttpStatus` trait: anything that knows its HTTP status.

use crate::StatusCode;

/// A value that knows which HTTP status it maps to, typically an error type.
///
/// Derive it with `#[derive(HttpStatus)]` from the `http-status` crate, or
/// implement it by hand. It is object-safe, so `&dyn HttpStatus` and
/// `Box<dyn HttpStatus>` work.
///
/// 知道自己对应哪个 HTTP 状态码的类型（通常是错误类型）。
///
/// ```
/// use http_status_core::{HttpStatus, StatusCode};
///
/// struct Missing;
/// impl HttpStatus for Missing {
///     fn status(&self) -> StatusCode {
///         StatusCode::NOT_FOUND
///     }
/// }
///
/// let errors: [&dyn HttpStatus; 2] = [&Missing, &StatusCode::CONFLICT];
/// assert_eq!(errors.map(|e| e.status().as_u16()), [404, 409]);
/// ```
pub trait HttpStatus {
    /// The status this value maps to.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(StatusCode::GONE.status(), StatusCode::GONE);
    /// ```
    fn status(&self) -> StatusCode;
}

impl HttpStatus for StatusCode {
    fn status(&self) -> StatusCode {
        *self
    }
}

impl<T: HttpStatus + ?Sized> HttpStatus for &T {
    fn status(&self) -> StatusCode {
        (**self).status()
    }
}

impl<T: HttpStatus + ?Sized> HttpStatus for &mut T {
    fn status(&self) -> StatusCode {
        (**self).status()
    }
}

#[cfg(feature = "alloc")]
mod smart_pointers {
    use alloc::{boxed::Box, rc::Rc, sync::Arc};

    use super::{HttpStatus, StatusCode};

    impl<T: HttpStatus + ?Sized> HttpStatus for Box<T> {
        fn status(&self) -> StatusCode {
            (**self).status()
        }
    }

    impl<T: HttpStatus + ?Sized> HttpStatus for Rc<T> {
        fn status(&self) -> StatusCode {
            (**self).status()
        }
    }

    impl<T: HttpStatus + ?Sized> HttpStatus for Arc<T> {
        fn status(&self) -> StatusCode {
            (**self).status()
        }
    }
}
