//! What no handler returned, as problems: a status the framework answered
//! itself (an unknown route, a wrong method, a body over its limit) and a
//! handler that panicked. Each framework's module catches them its own way
//! and renders them through the one response path, so they carry the same
//! body, incident id, log line and language as a derived error.

use alloc::string::String;
use core::any::Any;
use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use crate::http_status::HttpStatus;
use crate::incident::IncidentId;
use crate::status_code::StatusCode;

/// Every error response of a service as a problem: the framework's own
/// answers (an unknown route's 404, a wrong method's 405 with its `Allow`,
/// a body over the limit), each as a problem with the same status and
/// headers, and a handler's panic as a 500 problem with an incident id,
/// logged once (feature `tracing`) with the panic's message, which never
/// reaches the body. Any other 5xx that is not a problem (a framework's
/// rendering of an app's `io::Error`, a framework's own 500) is withheld
/// the same way, with an id, its text in the log only. 4xx responses with a
/// body of the app's own are left as they are. Each framework applies it
/// its own way:
///
/// - axum: a tower layer, `.layer(Problems::new())`, after the routes and
///   inside [`NegotiateLanguage`](crate::NegotiateLanguage);
/// - poem: a middleware, `.with(Problems::new())`, inside
///   `NegotiateLanguage`, with `http_status::poem::methods()` for a 405's `Allow`;
/// - actix-web: `.wrap(from_fn(http_status::actix::problems))`, before
///   `negotiate_language`;
/// - salvo: `http_status::salvo::problems(router)`, the `Service`.
///
/// 把框架自身返回的错误（未知路由、方法不允许、请求体超限）以及处理函数的 panic
/// 统一转换为问题详情响应。
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Problems {
    _private: (),
}

impl Problems {
    /// The setting; it has no options yet.
    pub const fn new() -> Problems {
        Problems { _private: () }
    }
}

/// A status the framework answered, with its text when it is about the
/// client's input. A 4xx sends that text as `detail`; a 5xx withholds it,
/// as any 5xx does; with no text there is no `detail`.
#[derive(Debug)]
pub(crate) struct Answered {
    status: StatusCode,
    text: Option<String>,
}

impl Answered {
    /// `status` from the framework; a number the registry lacks is the
    /// framework's bug, a 500.
    pub(crate) fn new(status: u16, text: Option<String>) -> Answered {
        Answered {
            status: super::rejection::status(status),
            text,
        }
    }
}

impl fmt::Display for Answered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.text {
            Some(text) => f.write_str(text),
            None => fmt::Display::fmt(&self.status, f),
        }
    }
}

impl core::error::Error for Answered {}

impl HttpStatus for Answered {
    fn status(&self) -> StatusCode {
        self.status
    }

    fn exposes_detail(&self) -> bool {
        self.text.is_some() && !self.status.is_server_error()
    }

    fn as_error(&self) -> Option<&dyn core::error::Error> {
        Some(self)
    }
}

/// A handler's panic: a 500 whose message only the log sees, with the id
/// that [`panic_hook`](crate::panic_hook) gave it, where it is installed.
#[derive(Debug)]
pub(crate) struct Panicked(String, Option<IncidentId>);

impl Panicked {
    /// The panic just caught on this thread: its message, when it is text
    /// (as `panic!` makes it), and the hook's id for it.
    pub(crate) fn new(payload: &(dyn Any + Send)) -> Panicked {
        Panicked(
            crate::panic::payload_text(payload),
            crate::panic::take_panic_id(),
        )
    }
}

/// The message, unless the panic hook wrote it already: then the incident
/// line names the id, and the message stays on the hook's line alone.
impl fmt::Display for Panicked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(id) => write!(
                f,
                "a handler panicked; its message is on the panic hook's line for incident {id}"
            ),
            None => write!(f, "a handler panicked: {}", self.0),
        }
    }
}

impl core::error::Error for Panicked {}

impl HttpStatus for Panicked {
    fn status(&self) -> StatusCode {
        StatusCode::INTERNAL_SERVER_ERROR
    }

    /// No parts; but a reply collects them right before it picks the
    /// incident id, and so learns the panic's (no framework's code passes
    /// it, and `HttpStatus` has no place for it).
    fn problem_parts(&self, _: &mut dyn crate::parts::ProblemParts) {
        if let Some(id) = self.1 {
            crate::panic::answering(id);
        }
    }

    fn as_error(&self) -> Option<&dyn core::error::Error> {
        Some(self)
    }
}

/// `future`, with a panic while it is polled caught as [`Panicked`]. Boxed,
/// so that it is `Unpin` and needs no unsafe projection. With
/// `panic = "abort"` nothing can be caught.
pub(crate) struct CatchUnwind<F>(Pin<alloc::boxed::Box<F>>);

impl<F: Future> CatchUnwind<F> {
    pub(crate) fn new(future: F) -> CatchUnwind<F> {
        CatchUnwind(alloc::boxed::Box::pin(future))
    }
}

impl<F: Future> Future for CatchUnwind<F> {
    type Output = Result<F::Output, Panicked>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let inner = self.get_mut().0.as_mut();
        // An id left from a panic that another catch took is not this one's.
        let _ = crate::panic::take_panic_id();
        match std::panic::catch_unwind(core::panic::AssertUnwindSafe(|| inner.poll(cx))) {
            Ok(Poll::Ready(output)) => Poll::Ready(Ok(output)),
            Ok(Poll::Pending) => Poll::Pending,
            Err(payload) => Poll::Ready(Err(Panicked::new(&*payload))),
        }
    }
}

/// Whether a response the framework let through should become a problem:
/// a registered error status (an app's own 499 or 418 stays as it is), and
/// no problem body already.
pub(crate) fn is_plain_error(status: u16, content_type: Option<&[u8]>) -> bool {
    (400..600).contains(&status)
        && StatusCode::from_u16(status).is_ok()
        && !content_type
            .is_some_and(|t| t.starts_with(crate::problem::PROBLEM_CONTENT_TYPE.as_bytes()))
}

/// The response headers a problem replaces; every other header of the
/// framework's response (`Allow`, `Retry-After`) is kept.
pub(crate) fn is_replaced_header(name: &str) -> bool {
    http_status_table::names::RESPONSE_OWNED
        .iter()
        .any(|replaced| name.eq_ignore_ascii_case(replaced))
}

#[cfg(test)]
mod tests {
    use alloc::string::ToString;

    use super::*;

    #[test]
    fn a_panic_s_message_is_kept_for_the_log_and_the_status_is_500() {
        let from_str: &(dyn Any + Send) = &"boom";
        let from_string: &(dyn Any + Send) = &String::from("formatted boom");
        let from_number: &(dyn Any + Send) = &7u8;
        assert_eq!(
            Panicked::new(from_str).to_string(),
            "a handler panicked: boom"
        );
        assert_eq!(Panicked::new(from_string).0, "formatted boom");
        assert!(Panicked::new(from_number).0.contains("not text"));
        let problem = crate::problem::Problem::new(Panicked::new(from_str));
        assert_eq!(problem.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(problem.detail(), None, "the message stays on the server");
    }

    #[test]
    fn an_answered_status_sends_a_4xx_s_text_and_never_a_5xx_s() {
        let bad = Answered::new(400, Some("expected value at line 1".into()));
        assert_eq!(
            crate::problem::Problem::new(bad).detail().as_deref(),
            Some("expected value at line 1")
        );
        let missing = Answered::new(404, None);
        assert_eq!(crate::problem::Problem::new(missing).detail(), None);
        let broken = Answered::new(500, Some("db at 10.0.0.5".into()));
        assert_eq!(crate::problem::Problem::new(broken).detail(), None);
        assert_eq!(
            Answered::new(499, None).status(),
            StatusCode::INTERNAL_SERVER_ERROR
        );
    }

    #[test]
    fn only_error_statuses_without_a_problem_body_are_rewritten() {
        assert!(is_plain_error(404, None));
        assert!(is_plain_error(405, Some(b"text/plain")));
        assert!(!is_plain_error(404, Some(b"application/problem+json")));
        assert!(!is_plain_error(200, None));
        assert!(!is_plain_error(304, None));
        assert!(
            !is_plain_error(499, None),
            "an unregistered status is the app's own"
        );
        assert!(is_replaced_header("Content-Type") && !is_replaced_header("allow"));
    }

    #[test]
    fn a_panicking_future_is_caught_and_a_ready_one_passes() {
        use core::task::Waker;
        let mut cx = Context::from_waker(Waker::noop());
        let mut ok = CatchUnwind::new(async { 7 });
        assert!(matches!(
            Pin::new(&mut ok).poll(&mut cx),
            Poll::Ready(Ok(7))
        ));
        let mut boom = CatchUnwind::new(async { panic!("boom") });
        match Pin::new(&mut boom).poll(&mut cx) {
            Poll::Ready(Err(panicked)) => assert_eq!(panicked.0, "boom"),
            _ => panic!("the panic is caught"),
        }
    }
}
