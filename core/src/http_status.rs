//! The `HttpStatus` trait: anything that knows its HTTP status.

use core::fmt;

use crate::parts::ProblemParts;
use crate::status_code::StatusCode;
use crate::status_set::StatusSet;

/// A value that knows which HTTP status it maps to, typically an error type.
///
/// Derive it with `#[derive(HttpStatus)]` from the `http-status` crate, or
/// implement it by hand. It is object-safe, so `&dyn HttpStatus` and
/// `Box<dyn HttpStatus>` work.
///
/// 知道自己对应哪个 HTTP 状态码的类型（通常是错误类型）。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{HttpStatus, StatusCode};
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
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::GONE.status(), StatusCode::GONE);
    /// ```
    fn status(&self) -> StatusCode;

    /// Whether this value's `Display` may be sent to clients, as the `detail`
    /// of a [`Problem`](crate::Problem) body. By default, yes for every
    /// status but a 5xx: a client error's message tells the client what to
    /// fix, while a server error's message tends to carry internals (hosts,
    /// users, queries) that must stay on the server (CWE-209).
    ///
    /// The derive overrides it for `#[status(503, expose)]` and
    /// `withhold` items, delegates it through `transparent` ones, and asks
    /// each error that an item's message shows (a source, a field whose
    /// type is an `Error`): such an error is sent only where it is an
    /// `HttpStatus` that exposes its text and is not a 5xx. A hand-written
    /// impl may override it too.
    ///
    /// 是否可以把错误信息发给客户端：默认 5xx 不发送，其余发送。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::NOT_FOUND.exposes_detail());
    /// assert!(!StatusCode::INTERNAL_SERVER_ERROR.exposes_detail());
    /// ```
    fn exposes_detail(&self) -> bool {
        !self.status().is_server_error()
    }

    /// The text a client reads as `detail`, where it is not the error's
    /// `Display` (which the log keeps): the derive's `#[detail("…")]`.
    /// `None`, the default, writes nothing, and the `Display` is sent
    /// (where [`exposes_detail`](Self::exposes_detail) says so).
    ///
    /// 发给客户端的 `detail` 文字（与日志中的 `Display` 不同时）。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use core::fmt;
    /// use http_status::*;
    ///
    /// #[derive(Debug)]
    /// struct NameTaken(String);
    ///
    /// impl fmt::Display for NameTaken {
    ///     fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    ///         write!(f, "insert into categories failed: name {:?} exists", self.0)
    ///     }
    /// }
    ///
    /// impl HttpStatus for NameTaken {
    ///     fn status(&self) -> StatusCode { StatusCode::CONFLICT }
    ///     fn write_detail(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
    ///         Some(f.write_str("名称已存在"))
    ///     }
    /// }
    ///
    /// let problem = Problem::new(NameTaken("news".into()));
    /// assert_eq!(problem.detail().as_deref(), Some("名称已存在"));
    /// assert!(problem.error().to_string().contains("insert into"));
    /// ```
    fn write_detail(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        let _ = f;
        None
    }

    /// Every status a value of this type can answer: what API docs list
    /// (utoipa's `IntoResponses`, aide's inferred responses) and what tests
    /// can check. By default "open" (any status), the honest answer for a
    /// hand-written impl; the derive lists each variant's code, the enum's
    /// default where a variant uses it, and, through `transparent`, the
    /// field type's own set.
    ///
    /// `where Self: Sized` keeps `dyn HttpStatus` working; `&T`, `Box<T>`
    /// and the other pointers answer open, since `T` may be unsized.
    ///
    /// 该类型可能返回的全部状态码。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::statuses().is_open());
    /// ```
    fn statuses() -> StatusSet
    where
        Self: Sized,
    {
        StatusSet::OPEN
    }

    /// This value as an error, when it is one: what the integrations log
    /// of a withheld 5xx, with its whole `source()` chain. `None` by
    /// default; the derive answers `Some(self)` for a type that implements
    /// `Error` (where a generic type's bounds show it), and a hand-written
    /// impl may too.
    ///
    /// 若此值是错误类型，返回它本身，以便记录完整的错误链。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::BAD_GATEWAY.as_error().is_none());
    /// ```
    fn as_error(&self) -> Option<&dyn core::error::Error> {
        None
    }

    /// The `WWW-Authenticate` challenge of a 401, such as `"Bearer"`: a
    /// 401 response MUST carry one (RFC 9110 §15.5.2), and the integrations
    /// send it. `None` by default; the derive answers
    /// `#[status(401, www_authenticate = "Bearer")]`.
    ///
    /// 401 响应必须携带的 `WWW-Authenticate` 质询。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// struct NeedsToken;
    /// impl HttpStatus for NeedsToken {
    ///     fn status(&self) -> StatusCode { StatusCode::UNAUTHORIZED }
    ///     fn challenge(&self) -> Option<&'static str> { Some("Bearer") }
    /// }
    /// assert_eq!(NeedsToken.challenge(), Some("Bearer"));
    /// ```
    fn challenge(&self) -> Option<&'static str> {
        None
    }

    /// The problem `type` of this value: a URI reference that names the
    /// kind of problem (RFC 9457 §3.1.1), such as
    /// `"https://example.com/probs/out-of-credit"`. `None` by default,
    /// which means `about:blank`; the derive answers
    /// `#[status(403, type = "…")]`, and [`Problem::with_type`](crate::Problem::with_type)
    /// overrides it for one response.
    ///
    /// 问题类型 URI（RFC 9457 §3.1.1）。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::FORBIDDEN.problem_type(), None);
    /// ```
    fn problem_type(&self) -> Option<&'static str> {
        None
    }

    /// Writes the extension members and response headers this value adds
    /// to its problem: the derive's `#[problem]` and `#[header("…")]`
    /// fields. Nothing by default. Members are sent whatever the status:
    /// marking a field is the choice to send it.
    ///
    /// 写入此值为问题详情添加的扩展成员与响应头字段。
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use core::fmt::Display;
    /// use http_status::*;
    ///
    /// struct Slow;
    /// impl HttpStatus for Slow {
    ///     fn status(&self) -> StatusCode { StatusCode::TOO_MANY_REQUESTS }
    ///     fn problem_parts(&self, parts: &mut dyn ProblemParts) {
    ///         parts.header("retry-after", &HeaderText(&60u32));
    ///     }
    /// }
    ///
    /// /// Collects what is written, as the integrations do.
    /// struct Headers(Vec<String>);
    /// impl ProblemParts for Headers {
    ///     fn member(&mut self, _: &'static str, _: &dyn Display) {}
    ///     fn header(&mut self, name: &'static str, value: &dyn Display) {
    ///         self.0.push(format!("{name}: {value}"));
    ///     }
    /// }
    /// let mut headers = Headers(Vec::new());
    /// Slow.problem_parts(&mut headers);
    /// assert_eq!(headers.0, ["retry-after: 60"]);
    /// ```
    fn problem_parts(&self, parts: &mut dyn ProblemParts) {
        let _ = parts;
    }
}

impl HttpStatus for StatusCode {
    fn status(&self) -> StatusCode {
        *self
    }
}

/// A pointer answers as its target does. `statuses` stays open: the target
/// may be unsized, and a `Sized` bound would leave `Box<dyn HttpStatus>` out.
macro_rules! forward {
    ($($pointer:ty),*) => {$(
        impl<T: HttpStatus + ?Sized> HttpStatus for $pointer {
            fn status(&self) -> StatusCode {
                (**self).status()
            }

            fn exposes_detail(&self) -> bool {
                (**self).exposes_detail()
            }

            fn write_detail(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
                (**self).write_detail(f)
            }

            fn as_error(&self) -> Option<&dyn core::error::Error> {
                (**self).as_error()
            }

            fn challenge(&self) -> Option<&'static str> {
                (**self).challenge()
            }

            fn problem_type(&self) -> Option<&'static str> {
                (**self).problem_type()
            }

            fn problem_parts(&self, parts: &mut dyn ProblemParts) {
                (**self).problem_parts(parts)
            }
        }
    )*};
}

forward!(&T, &mut T);

#[cfg(feature = "alloc")]
forward!(alloc::boxed::Box<T>, alloc::rc::Rc<T>, alloc::sync::Arc<T>);
