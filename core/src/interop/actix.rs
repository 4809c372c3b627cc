//! actix-web 4: `ResponseError` for problems, ready error handlers for
//! actix's extractor configs, and the language middleware.
//!
//! actix-web 4 speaks `http` 0.2; the statuses convert through `http02`.

use core::fmt::{Debug, Display};

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::error::{
    InternalError, JsonPayloadError, PathError, QueryPayloadError, UrlencodedError,
};
use actix_web::http::header::{ACCEPT_LANGUAGE, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, ResponseError};

use super::caught::{self, Answered, CatchUnwind};
use super::respond::{self, Localized, keep_fields, write_fields};
use super::server_text;
use crate::http_status::HttpStatus;
use crate::negotiate::NegotiateLanguage;
use crate::problem::Problem;
use crate::status_code::StatusCode;
use http_status_table::Language;

/// The response for `problem`: its status, a problem+json body (none where
/// the status allows no content), `Content-Language`, a 401's challenge, and
/// the body in every language for [`negotiate_language`]. A withheld 5xx
/// carries its incident id and is logged (feature `tracing`).
pub fn render<T: HttpStatus + Display>(problem: &Problem<T>) -> HttpResponse {
    build(problem, None)
}

/// The response in `negotiated` (and `Vary` when it was negotiated), or in
/// the problem's own language with every language kept for the middleware.
fn build<T: HttpStatus + Display>(
    problem: &Problem<T>,
    negotiated: Option<(Language, bool)>,
) -> HttpResponse {
    // Negotiated, the one language; otherwise every one, for the middleware.
    let (answer, localized) = respond::answer(problem, negotiated);
    let mut response = HttpResponse::new(answer.status.into());
    write_fields!(
        response.headers_mut(),
        answer.fields,
        HeaderName,
        HeaderValue
    );
    if let Some(bodies) = localized {
        response.extensions_mut().insert(bodies);
    }
    match answer.body {
        Some(body) => response.set_body(BoxBody::new(body)),
        None => response,
    }
}

/// The status actix-web is told for an error of `status`: the one its
/// response carries, so a 1xx is a 500 here too.
#[doc(hidden)]
pub fn status_code(status: StatusCode) -> actix_web::http::StatusCode {
    respond::final_status(status).into()
}

/// A problem answers as itself: `Err(Problem::new(error))` from a handler.
impl<T: HttpStatus + Display + Debug> ResponseError for Problem<T> {
    fn status_code(&self) -> actix_web::http::StatusCode {
        status_code(self.status())
    }

    fn error_response(&self) -> HttpResponse {
        build(self, None)
    }
}

/// The language a request asks for, under the app's [`NegotiateLanguage`]
/// (`App::app_data`), or [`NegotiateLanguage::new`] when it has none.
fn language_of(request: &HttpRequest) -> (Language, bool) {
    let setting = request
        .app_data::<NegotiateLanguage>()
        .copied()
        .unwrap_or_default();
    let header = request.headers().get(ACCEPT_LANGUAGE);
    let header = header.and_then(|value| value.to_str().ok());
    (setting.language(header), setting.negotiates())
}

/// The problem for an error that actix's own extractors raised, each with
/// its own disclosure rules (their `HttpStatus`); `None` for any other
/// error, which the app rendered itself.
fn extractors_problem(error: &actix_web::Error) -> Option<HttpResponse> {
    use actix_web::error::PayloadError;

    if let Some(error) = error.as_error::<JsonPayloadError>() {
        return Some(render(&Problem::new(error)));
    }
    if let Some(error) = error.as_error::<PathError>() {
        return Some(render(&Problem::new(error)));
    }
    if let Some(error) = error.as_error::<QueryPayloadError>() {
        return Some(render(&Problem::new(error)));
    }
    if let Some(error) = error.as_error::<UrlencodedError>() {
        return Some(render(&Problem::new(error)));
    }
    // A body over `PayloadConfig`'s limit, which has no handler of its own:
    // its status and title, no text.
    let payload = error.as_error::<PayloadError>()?;
    let status = ResponseError::status_code(payload).as_u16();
    Some(render(&Problem::new(Answered::new(status, None))))
}

/// A rejection as the problem the client reads, in its language.
fn rejected<E>(error: E, request: &HttpRequest) -> actix_web::Error
where
    E: HttpStatus + Debug + Display + 'static,
{
    let response = build(&Problem::new(&error), Some(language_of(request)));
    InternalError::from_response(error, response).into()
}

/// For `web::JsonConfig::default().error_handler(http_status::actix::json_error)`:
/// a body actix cannot read answers as a problem (400 or 413, its text as
/// `detail`), not as actix's `text/plain`.
pub fn json_error(error: JsonPayloadError, request: &HttpRequest) -> actix_web::Error {
    rejected(error, request)
}

/// For `web::PathConfig::default().error_handler(http_status::actix::path_error)`:
/// a path segment that does not parse answers 400 as a problem (actix's
/// own default without a handler is a 404).
pub fn path_error(error: PathError, request: &HttpRequest) -> actix_web::Error {
    rejected(error, request)
}

/// For `web::QueryConfig::default().error_handler(http_status::actix::query_error)`.
pub fn query_error(error: QueryPayloadError, request: &HttpRequest) -> actix_web::Error {
    rejected(error, request)
}

/// For `web::FormConfig::default().error_handler(http_status::actix::form_error)`.
pub fn form_error(error: UrlencodedError, request: &HttpRequest) -> actix_web::Error {
    rejected(error, request)
}

/// Problem responses in the client's language, for
/// `App::new().wrap(actix_web::middleware::from_fn(http_status::actix::negotiate_language))`.
/// It follows the app's [`NegotiateLanguage`] (`App::app_data`) when it has
/// one, and negotiates with English as the default otherwise. Other
/// responses pass through untouched.
pub async fn negotiate_language(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let (language, negotiated) = language_of(request.request());
    let mut service_response = next.call(request).await?.map_into_boxed_body();
    let localized = service_response
        .response_mut()
        .extensions_mut()
        .remove::<Localized>();
    let Some(bodies) = localized else {
        return Ok(service_response);
    };
    let (request, mut response) = service_response.into_parts();
    let (body, fields) = bodies.choose(language, negotiated);
    write_fields!(response.headers_mut(), fields, HeaderName, HeaderValue);
    let response = match body {
        Some(body) => response.set_body(BoxBody::new(body)),
        None => response,
    };
    Ok(ServiceResponse::new(request, response))
}

/// Every error response of the app as a problem, for
/// `App::new().wrap(from_fn(http_status::actix::problems))`, wrapped before
/// [`negotiate_language`] so that the language middleware is the outer one.
/// actix's own answers (the empty 404 of an unknown route, the empty 405
/// with `Allow` of a `web::resource` asked with another method, the text
/// errors of `JsonPayloadError`, `PathError`, `QueryPayloadError`,
/// `UrlencodedError` and `PayloadError`) become problems with the same
/// status and headers, an extractor's 4xx text as `detail`. actix's default
/// path error is a plain `ErrorNotFound`, which reads as the app's own:
/// set `PathConfig::error_handler(path_error)` for it; a handler that panics
/// answers a 500 problem with an incident id, logged once (feature
/// `tracing`) with the panic's message, which never reaches the body. Any
/// other 5xx that is not a problem (a handler's `?` on an `io::Error` into
/// `actix_web::Error`) is withheld the same way, its text in the log; a 4xx
/// that actix rendered from an error's `Display` is sent without the text.
/// 4xx responses with a body of the app's own are left as they are.
///
/// 把框架自身返回的错误以及处理函数的 panic 统一转换为问题详情响应。
pub async fn problems(
    request: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // The request is routed inside and must not be cloned before; what a
    // response built out here needs is its language, read now.
    let language = language_of(request.request());
    match CatchUnwind::new(next.call(request)).await {
        Ok(Ok(response)) => Ok(as_problem(response.map_into_boxed_body()).await),
        // An inner middleware's error: its own `ResponseError`'s answer (a
        // derived error's problem, rendered once here), unless that is a
        // plain 5xx, or a 4xx of an error's `Display`, which are withheld.
        Ok(Err(error)) => Err(inner_error(error, language)),
        // A panic: no request is left to answer with, so the error carries
        // its problem, already in the client's language.
        Err(panicked) => {
            let response = build(&Problem::new(&panicked), Some(language));
            Err(InternalError::from_response(panicked, response).into())
        }
    }
}

/// An error an inner middleware returned, as `problems` answers it: its
/// response rendered once, and replaced by a problem where it is a 5xx
/// that is not one (withheld, its text logged) or a 4xx of an error's
/// `Display` (sent without it). The error stays inside, for the layers out.
fn inner_error(error: actix_web::Error, language: (Language, bool)) -> actix_web::Error {
    use actix_web::body::BodySize;

    let response = error.error_response();
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE);
    if !caught::is_plain_error(status, content_type.map(HeaderValue::as_bytes)) {
        return InternalError::from_response(error, response).into();
    }
    let default_text = content_type.is_some_and(|t| t.as_bytes() == DEFAULT_ERROR_TYPE.as_bytes());
    let empty = matches!(response.body().size(), BodySize::None | BodySize::Sized(0));
    let mut problem = if server_text::withholds(status) {
        let text = server_text::of_display(&error);
        build(&server_text::withheld(status, text), Some(language))
    } else if default_text || empty {
        build(&Problem::new(Answered::new(status, None)), Some(language))
    } else {
        return InternalError::from_response(error, response).into();
    };
    keep_fields!(problem.headers_mut(), response.headers());
    InternalError::from_response(error, problem).into()
}

/// What actix's `ResponseError::error_response` sets by default.
const DEFAULT_ERROR_TYPE: &str = "text/plain; charset=utf-8";

/// `response` as a problem where actix answered an error status with no
/// body, rendered one of its own extractors' errors (as `text/plain`),
/// rendered an error's `Display` by default (a 4xx: no text), or
/// rendered any 5xx that is not a problem (a handler's `?` on an
/// `io::Error` into `actix_web::Error`): that one is withheld, with an
/// incident id, and its text goes to the log. A 4xx the app rendered from
/// an error of its own, in a body of its own, is left alone.
async fn as_problem(response: ServiceResponse<BoxBody>) -> ServiceResponse<BoxBody> {
    use actix_web::body::BodySize;

    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE);
    if !caught::is_plain_error(status, content_type.map(HeaderValue::as_bytes)) {
        return response;
    }
    let empty = matches!(
        response.response().body().size(),
        BodySize::None | BodySize::Sized(0)
    );
    let own = response.response().error().and_then(extractors_problem);
    // actix's default rendering of an error (`ResponseError`'s own
    // `error_response`): its `Display` as `text/plain`, the text of an
    // `io::Error` or any other error of the app's. A 4xx of it sends no
    // text; a response the app rendered itself (its own body type) is left.
    let default_text = response.response().error().is_some()
        && content_type.is_some_and(|t| t.as_bytes() == DEFAULT_ERROR_TYPE.as_bytes());
    let withheld = own.is_none() && !empty && server_text::withholds(status);
    if !empty && own.is_none() && !withheld && !default_text {
        return response;
    }
    let (request, old) = response.into_parts();
    let headers = old.headers().clone();
    let mut problem = match own {
        Some(problem) => problem,
        None if withheld => {
            // The error actix rendered, where it kept one; else the body.
            let text = match old.error() {
                Some(error) => server_text::of_display(error),
                None => {
                    let body = old.into_body();
                    let read =
                        actix_web::body::to_bytes_limited(body, server_text::MAX_LOGGED_BODY).await;
                    server_text::of_body(match &read {
                        Ok(Ok(bytes)) => Ok(bytes.as_ref()),
                        _ => Err(()),
                    })
                }
            };
            render(&server_text::withheld(status, text))
        }
        None => render(&Problem::new(Answered::new(status, None))),
    };
    keep_fields!(problem.headers_mut(), &headers);
    ServiceResponse::new(request, problem)
}

// actix-web's extractor errors, statuses from actix-web 4's `error/mod.rs`
// (`ResponseError` impls): a JSON body that actix failed to *serialize*
// is its server's 500, withheld.
super::rejection::rejections! {
    |r: JsonPayloadError| ResponseError::status_code(r).as_u16()
        => [BAD_REQUEST, CONTENT_TOO_LARGE, INTERNAL_SERVER_ERROR], exposes json_exposes(r);
    |r: PathError| ResponseError::status_code(r).as_u16() => [BAD_REQUEST];
    |r: QueryPayloadError| ResponseError::status_code(r).as_u16() => [BAD_REQUEST];
    |r: UrlencodedError| ResponseError::status_code(r).as_u16()
        => [BAD_REQUEST, LENGTH_REQUIRED, CONTENT_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE],
        exposes form_exposes(r);
}

/// Whether a JSON body's error is actix's own words about the client's
/// input: a body over the limit, a wrong content type, a syntax error. A
/// data error can carry the text of the app's own `Deserialize` code
/// (`deserialize_with`, `try_from`, `Error::custom`), and a payload error
/// is the server's I/O: both are withheld.
fn json_exposes(r: &JsonPayloadError) -> bool {
    match r {
        JsonPayloadError::OverflowKnownLength { .. }
        | JsonPayloadError::Overflow { .. }
        | JsonPayloadError::ContentType => true,
        JsonPayloadError::Deserialize(error) => error.is_syntax() || error.is_eof(),
        _ => false,
    }
}

/// A form body's error, by the same rule: the data and payload errors are
/// withheld.
fn form_exposes(r: &UrlencodedError) -> bool {
    matches!(
        r,
        UrlencodedError::Chunked
            | UrlencodedError::Overflow { .. }
            | UrlencodedError::UnknownLength
            | UrlencodedError::ContentType
            | UrlencodedError::Encoding
    )
}

/// What the hook names.
#[doc(hidden)]
pub use ::actix_web;

hook! { $
    /// actix-web's `ResponseError` for a type that says `#[status(actix)]`: its
    /// status, and a [`Problem`] body, never actix's default `Display` text.
    /// The derive calls it; see the `interop` module.
    __actix4_hook [generics ty where] => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_0_1::actix::actix_web::ResponseError for $($ty)*
        where
            $($where)*
            Self: ::core::fmt::Debug + ::core::fmt::Display,
        {
            fn status_code(&self) -> $crate::__private_0_1::actix::actix_web::http::StatusCode {
                $crate::__private_0_1::actix::status_code($crate::HttpStatus::status(self))
            }

            fn error_response(&self) -> $crate::__private_0_1::actix::actix_web::HttpResponse {
                $crate::__private_0_1::actix::render(&$crate::Problem::new(self))
            }
        }
    }
}

/// A 1xx is never a final response: it answers 500 (see `respond`).
#[cfg(test)]
#[test]
fn a_1xx_answers_500() {
    let status = |p: &Problem<StatusCode>| {
        use actix_web::ResponseError;
        assert_eq!(p.status_code().as_u16(), 500);
        p.error_response().status().as_u16()
    };
    assert_eq!(status(&Problem::new(StatusCode::EARLY_HINTS)), 500);
}

/// A body's error sends actix's words about the client's input, never the
/// text of an error inside it: a JSON data error (which the app's own
/// `Deserialize` code may write) and a payload error are withheld.
#[cfg(test)]
#[test]
fn a_body_error_s_text_is_sent_only_where_it_is_actix_s_own() {
    let detail = |error: JsonPayloadError| Problem::new(error).detail().map(|d| d.into_owned());
    let syntax = serde_json::from_str::<serde_json::Value>(r#"{"title": }"#).unwrap_err();
    assert!(detail(JsonPayloadError::Deserialize(syntax)).is_some());
    let data = serde_json::from_str::<u8>(r#""db at 10.0.0.5""#).unwrap_err();
    assert_eq!(detail(JsonPayloadError::Deserialize(data)), None);
    let io = actix_web::error::PayloadError::Io(std::io::Error::other("/srv/spool: disk full"));
    assert_eq!(detail(JsonPayloadError::Payload(io)), None);
    assert!(detail(JsonPayloadError::ContentType).is_some());
    let form = |error: UrlencodedError| Problem::new(error).detail().map(|d| d.into_owned());
    assert!(form(UrlencodedError::ContentType).is_some());
    let io = actix_web::error::PayloadError::Io(std::io::Error::other("/srv/spool: disk full"));
    assert_eq!(form(UrlencodedError::Payload(io)), None);
}
