//! axum 0.8: `IntoResponse` for `StatusCode` and for problem bodies, the
//! layer that answers them in the client's language, and the layer that
//! makes axum's own error responses and handlers' panics problems.
//!
//! These impls must live here, beside `StatusCode`, because of the orphan rule.

use alloc::boxed::Box;
use core::fmt::Display;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use axum::extract::rejection::{BytesRejection, FailedToBufferBody, FormRejection, JsonRejection};
use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{ACCEPT_LANGUAGE, HeaderValue};

use super::caught::{self, Answered, CatchUnwind, Panicked, Problems};
use super::respond::{self, Localized, keep_fields, write_fields};
use super::server_text;
use crate::http_status::HttpStatus;
use crate::negotiate::NegotiateLanguage;
use crate::problem::Problem;
use crate::status_code::StatusCode;
use http_status_table::Language;

/// An empty response with this status.
impl IntoResponse for StatusCode {
    fn into_response(self) -> Response {
        http::StatusCode::from(self).into_response()
    }
}

/// A response with the error's status and an RFC 9457 JSON body, in
/// English unless [`NegotiateLanguage`] picks another language. A 5xx whose
/// text is withheld carries an incident id (and, with the `tracing`
/// feature, is logged with it); a status that allows no content (204,
/// 205, 304) has no body and no `Content-Type`, and a 1xx, never a final
/// response, answers 500 with an incident id; a 401 carries its
/// [`challenge`](HttpStatus::challenge) as `WWW-Authenticate`.
impl<T: HttpStatus + Display> IntoResponse for Problem<T> {
    fn into_response(self) -> Response {
        let (answer, localized) = respond::answer(&self, None);
        let mut response = Response::new(answer.body.map_or_else(Body::empty, Body::from));
        *response.status_mut() = answer.status.into();
        write_fields!(
            response.headers_mut(),
            answer.fields,
            http::HeaderName,
            HeaderValue
        );
        if let Some(bodies) = localized {
            response.extensions_mut().insert(bodies);
        }
        response
    }
}

/// [`NegotiateLanguage`] as a tower layer: `.layer(NegotiateLanguage::new())`.
impl<S> tower_layer::Layer<S> for NegotiateLanguage {
    type Service = Negotiated<S>;

    fn layer(&self, inner: S) -> Negotiated<S> {
        Negotiated {
            inner,
            config: *self,
        }
    }
}

/// The service [`NegotiateLanguage`] wraps around an app.
#[derive(Debug, Clone)]
pub struct Negotiated<S> {
    inner: S,
    config: NegotiateLanguage,
}

impl<S, B> tower_service::Service<http::Request<B>> for Negotiated<S>
where
    S: tower_service::Service<http::Request<B>, Response = Response>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        let header = request.headers().get(ACCEPT_LANGUAGE);
        let language = self.config.language(header.and_then(|v| v.to_str().ok()));
        let negotiate = self.config.negotiates();
        let future = self.inner.call(request);
        Box::pin(async move {
            let mut response = future.await?;
            localize(&mut response, language, negotiate);
            Ok(response)
        })
    }
}

/// [`Problems`] as a tower layer: `.layer(Problems::new())`, after the
/// routes and inside [`NegotiateLanguage`]. axum's own answers have no body
/// (404 for an unknown route, 405 for a wrong method, whose `Allow` axum
/// adds after this layer).
impl<S> tower_layer::Layer<S> for Problems {
    type Service = ProblemService<S>;

    fn layer(&self, inner: S) -> ProblemService<S> {
        ProblemService { inner }
    }
}

/// The service [`Problems`] wraps around a route.
#[derive(Debug, Clone)]
pub struct ProblemService<S> {
    inner: S,
}

impl<S, B> tower_service::Service<http::Request<B>> for ProblemService<S>
where
    S: tower_service::Service<http::Request<B>, Response = Response>,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<B>) -> Self::Future {
        // A panic in `call` itself, before any future, is caught too.
        let inner = &mut self.inner;
        // Its `Panicked` is made here, on the panicking thread, where the
        // panic hook left the incident id.
        let called =
            std::panic::catch_unwind(core::panic::AssertUnwindSafe(|| inner.call(request)))
                .map_err(|payload| Panicked::new(&*payload));
        Box::pin(async move {
            // In a block of its own, so that nothing of the service's error
            // (which need not be `Send`) lives across the await below.
            let response = {
                let outcome = match called {
                    Ok(future) => CatchUnwind::new(future).await,
                    Err(panicked) => Err(panicked),
                };
                match outcome {
                    Ok(Ok(response)) => response,
                    Ok(Err(error)) => return Err(error),
                    Err(panicked) => return Ok(Problem::new(panicked).into_response()),
                }
            };
            Ok(as_problem(response).await)
        })
    }
}

/// `response` as a problem where axum answered an error status with no
/// body, or where a 5xx has a body that is not a problem (an app's
/// `(StatusCode::INTERNAL_SERVER_ERROR, error.to_string())`, a rejection's
/// 500): that one is withheld, its text logged.
async fn as_problem(response: Response) -> Response {
    use axum::body::HttpBody;

    let status = response.status().as_u16();
    let content_type = response.headers().get(http::header::CONTENT_TYPE);
    let empty = response.body().size_hint().exact() == Some(0);
    if !caught::is_plain_error(status, content_type.map(HeaderValue::as_bytes))
        || !(empty || server_text::withholds(status))
    {
        return response;
    }
    let (parts, body) = response.into_parts();
    let problem = if empty {
        Problem::new(Answered::new(status, None))
    } else {
        let read = axum::body::to_bytes(body, server_text::MAX_LOGGED_BODY).await;
        server_text::withheld(status, server_text::of_body(read.as_deref()))
    };
    let mut problem = problem.into_response();
    keep_fields!(problem.headers_mut(), &parts.headers);
    problem
}

/// A problem response in `language`; others untouched.
fn localize(response: &mut Response, language: Language, negotiated: bool) {
    let Some(bodies) = response.extensions_mut().remove::<Localized>() else {
        return;
    };
    let (body, fields) = bodies.choose(language, negotiated);
    if let Some(body) = body {
        *response.body_mut() = Body::from(body);
    }
    write_fields!(
        response.headers_mut(),
        fields,
        http::HeaderName,
        HeaderValue
    );
}

// axum's extractor rejections, statuses from axum 0.8's `extract/rejection.rs`
// and `extract/path/mod.rs` (a path that the route cannot be deserialized
// into, or a missing one, is a 500: the server's bug, its text withheld).
super::rejection::rejections! {
    |r: JsonRejection| r.status().as_u16()
        => [BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT],
        exposes json_exposes(r);
    |r: FormRejection| r.status().as_u16()
        => [BAD_REQUEST, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_CONTENT],
        exposes form_exposes(r);
    |r: axum::extract::rejection::QueryRejection| r.status().as_u16() => [BAD_REQUEST];
    |r: axum::extract::rejection::PathRejection| r.status().as_u16()
        => [BAD_REQUEST, INTERNAL_SERVER_ERROR];
}

/// Whether a JSON body's rejection is axum's own words about the client's
/// input (a syntax error, a missing content type, a body over the limit).
/// A data error can carry the text of the app's own `Deserialize` code
/// (`deserialize_with`, `try_from`, `Error::custom`), and an error reading
/// the body is the server's: both are withheld.
fn json_exposes(r: &JsonRejection) -> bool {
    match r {
        JsonRejection::JsonSyntaxError(_) | JsonRejection::MissingJsonContentType(_) => true,
        JsonRejection::BytesRejection(r) => bytes_exposes(r),
        _ => false,
    }
}

/// A form body's rejection, by the same rule: the data error is withheld.
fn form_exposes(r: &FormRejection) -> bool {
    match r {
        FormRejection::InvalidFormContentType(_) => true,
        FormRejection::BytesRejection(r) => bytes_exposes(r),
        _ => false,
    }
}

/// Only a body over the limit: an unknown error reading it is the server's.
fn bytes_exposes(r: &BytesRejection) -> bool {
    matches!(
        r,
        BytesRejection::FailedToBufferBody(FailedToBufferBody::LengthLimitError(_))
    )
}

/// What the hook names.
#[doc(hidden)]
pub use ::axum_core;

hook! { $
    /// axum's `IntoResponse`, a [`Problem`] body, for a type that says
    /// `#[status(axum)]`. The derive calls it; see the `interop` module.
    __axum08_hook [generics ty where] => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_0_1::axum::axum_core::response::IntoResponse for $($ty)*
        where
            $($where)*
            Self: ::core::fmt::Display,
        {
            fn into_response(self) -> $crate::__private_0_1::axum::axum_core::response::Response {
                $crate::__private_0_1::axum::axum_core::response::IntoResponse::into_response(
                    $crate::Problem::new(self),
                )
            }
        }
    }
}

/// A 1xx is never a final response: it answers 500 (see `respond`).
#[cfg(test)]
#[test]
fn a_1xx_answers_500() {
    let status = |p: &Problem<StatusCode>| {
        use axum_core::response::IntoResponse;
        p.clone().into_response().status().as_u16()
    };
    assert_eq!(status(&Problem::new(StatusCode::EARLY_HINTS)), 500);
}

/// A bodiless error becomes a problem with every value of every header it
/// had, but those the problem writes itself.
#[cfg(test)]
#[test]
fn a_rewritten_response_keeps_every_header_value() {
    use http::header::{CONTENT_TYPE, SET_COOKIE};

    let mut response = Response::new(Body::empty());
    *response.status_mut() = http::StatusCode::UNAUTHORIZED;
    let headers = response.headers_mut();
    headers.append(SET_COOKIE, HeaderValue::from_static("a=; Max-Age=0"));
    headers.append(SET_COOKIE, HeaderValue::from_static("b=; Max-Age=0"));
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/plain"));
    let problem = ready(as_problem(response));
    let cookies: alloc::vec::Vec<_> = problem.headers().get_all(SET_COOKIE).iter().collect();
    assert_eq!(cookies, ["a=; Max-Age=0", "b=; Max-Age=0"]);
    assert_eq!(
        problem.headers()[CONTENT_TYPE],
        crate::problem::PROBLEM_CONTENT_TYPE
    );
    assert_eq!(problem.status(), http::StatusCode::UNAUTHORIZED);
}

/// The output of a future that never waits (a response whose body is in
/// memory), without a runtime.
#[cfg(test)]
fn ready<F: Future>(future: F) -> F::Output {
    let mut future = core::pin::pin!(future);
    let mut context = Context::from_waker(core::task::Waker::noop());
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
    }
}

/// A 5xx with a body that is not a problem (an app's `(500, error.to_string())`)
/// is withheld: an incident id, and none of its text.
#[cfg(test)]
#[test]
fn a_5xx_with_a_text_body_is_withheld() {
    let secret = "open /srv/db: permission denied";
    let mut response = Response::new(Body::from(secret));
    *response.status_mut() = http::StatusCode::INTERNAL_SERVER_ERROR;
    let problem = ready(as_problem(response));
    assert_eq!(problem.status(), http::StatusCode::INTERNAL_SERVER_ERROR);
    let body = ready(axum::body::to_bytes(problem.into_body(), 1 << 16)).expect("a body");
    let body = core::str::from_utf8(&body).expect("UTF-8");
    assert!(!body.contains("/srv/db"), "{body}");
    assert!(body.contains("urn:uuid:"), "{body}");
    // A 4xx with a body of the app's own is the app's answer.
    let mut response = Response::new(Body::from("title is empty"));
    *response.status_mut() = http::StatusCode::BAD_REQUEST;
    let kept = ready(as_problem(response));
    let body = ready(axum::body::to_bytes(kept.into_body(), 1 << 16)).expect("a body");
    assert_eq!(&body[..], b"title is empty");
}
