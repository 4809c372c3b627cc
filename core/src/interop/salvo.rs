//! salvo 1: `Writer` for problems, which reads the request and so
//! negotiates the language itself, and salvo's `ParseError`.

use alloc::boxed::Box;
use core::fmt::Display;

use alloc::sync::Arc;
use salvo_core::http::ParseError;

use salvo_core::catcher::Catcher;
use salvo_core::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, HeaderName, HeaderValue};
use salvo_core::{
    Depot, FlowCtrl, Handler, Request, Response, Router, Service, Writer, async_trait,
};

use super::caught::{self, Answered, CatchUnwind};
use super::respond::{self, keep_fields, write_fields};
use super::server_text;
use crate::http_status::HttpStatus;
use crate::negotiate::NegotiateLanguage;
use crate::problem::Problem;

/// Writes `problem` as the response: its status, a problem+json body (none
/// where the status allows no content), a 401's challenge, in the language
/// the request asks for. The depot's [`NegotiateLanguage`]
/// (`affix_state::inject(…)`) decides how; without one, the language is
/// negotiated, English by default. A withheld 5xx carries its incident id
/// and is logged (feature `tracing`).
pub fn render<T: HttpStatus + Display>(
    problem: &Problem<T>,
    request: &Request,
    depot: &Depot,
    response: &mut Response,
) {
    let setting = depot
        .get_typed::<NegotiateLanguage>()
        .ok()
        .copied()
        .unwrap_or_default();
    let header = request.headers().get(ACCEPT_LANGUAGE);
    let language = setting.language(header.and_then(|v| v.to_str().ok()));
    let (answer, _) = respond::answer(problem, Some((language, setting.negotiates())));
    response.status_code(answer.status.into());
    write_fields!(
        response.headers_mut(),
        answer.fields,
        HeaderName,
        HeaderValue
    );
    if let Some(body) = answer.body {
        response.body(body);
    }
}

/// A problem answers as itself: `Err(Problem::new(error))` from a handler.
#[async_trait]
impl<T: HttpStatus + Display + Send> Writer for Problem<T> {
    async fn write(self, request: &mut Request, depot: &mut Depot, response: &mut Response) {
        render(&self, request, depot, response);
    }
}

/// `router` as a [`Service`] whose every error response is a problem:
/// `Server::new(acceptor).serve(http_status::salvo::problems(router))`.
/// salvo's own answers (the 404 of an unknown route, the 405 of a wrong
/// method, with the `Allow` salvo adds after, a 413 or 415 of its own)
/// become problems in the request's language, through the service's
/// catcher; a handler that panics answers a 500 problem with an incident
/// id, logged once (feature `tracing`) with the panic's message, which
/// never reaches the body. Any other 5xx that is not a problem (salvo's
/// `StatusError` for a `salvo::Error`, a 500 with a body of the app's) is
/// withheld the same way, its cause or text in the log; 4xx responses with
/// a body of their own are left as they are, and a `StatusError`'s brief
/// is a 4xx's `detail`. Further hoops and settings chain on the `Service`
/// it returns.
///
/// 把框架自身返回的错误以及处理函数的 panic 统一转换为问题详情响应。
pub fn problems(router: impl Into<Arc<Router>>) -> Service {
    Service::new(router)
        .hoop(PanicAsProblem)
        .catcher(Catcher::default().hoop(ErrorAsProblem))
}

/// The hoop that answers a handler's panic.
struct PanicAsProblem;

#[async_trait]
impl Handler for PanicAsProblem {
    async fn handle(
        &self,
        request: &mut Request,
        depot: &mut Depot,
        response: &mut Response,
        ctrl: &mut FlowCtrl,
    ) {
        let outcome = CatchUnwind::new(ctrl.call_next(request, depot, response)).await;
        if let Err(panicked) = outcome {
            render(&Problem::new(panicked), request, depot, response);
            return;
        }
        // A 5xx the app wrote with a body of its own (an error's text): the
        // catcher never sees it, so it is withheld here, its text logged.
        let status = response.status_code.map_or(200, |status| status.as_u16());
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .map(HeaderValue::as_bytes);
        let written = !response.body.is_none() && !response.body.is_error();
        if written && server_text::withholds(status) && caught::is_plain_error(status, content_type)
        {
            let text = match core::mem::take(&mut response.body) {
                salvo_core::http::ResBody::Once(bytes) => server_text::of_body::<()>(Ok(&bytes)),
                salvo_core::http::ResBody::Chunks(chunks) => {
                    let bytes: alloc::vec::Vec<u8> = chunks.iter().flatten().copied().collect();
                    server_text::of_body::<()>(Ok(&bytes))
                }
                _ => alloc::string::String::from("<a streamed body, not read>"),
            };
            let old = core::mem::take(response.headers_mut());
            render(
                &server_text::withheld(status, text),
                request,
                depot,
                response,
            );
            keep_fields!(response.headers_mut(), &old);
        }
    }
}

/// The catcher's hoop: an error status with no body (or salvo's own error
/// page to come) becomes a problem, before salvo's default page.
struct ErrorAsProblem;

#[async_trait]
impl Handler for ErrorAsProblem {
    async fn handle(
        &self,
        request: &mut Request,
        depot: &mut Depot,
        response: &mut Response,
        ctrl: &mut FlowCtrl,
    ) {
        let status = response.status_code.map_or(404, |status| status.as_u16());
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .map(HeaderValue::as_bytes);
        if !caught::is_plain_error(status, content_type) {
            return;
        }
        let old = core::mem::take(response.headers_mut());
        let error = match &response.body {
            salvo_core::http::ResBody::Error(error) => Some(error),
            _ => None,
        };
        let problem = if server_text::withholds(status) {
            // A 5xx: its cause goes to the log (with the brief), never out.
            let text = error.map_or_else(alloc::string::String::new, |error| match &error.cause {
                Some(cause) => {
                    alloc::format!("{}: {}", error.brief, server_text::of_display(cause))
                }
                None => error.brief.clone(),
            });
            server_text::withheld(status, text)
        } else {
            // A 4xx keeps its brief, the line the app or salvo wrote for
            // clients, as its `detail`; never its cause.
            let brief = error
                .filter(|error| !error.brief.is_empty())
                .map(|error| error.brief.clone());
            Problem::new(Answered::new(status, brief))
        };
        render(&problem, request, depot, response);
        keep_fields!(response.headers_mut(), &old);
        ctrl.skip_rest();
    }
}

/// salvo's `ParseError`, the error of `req.parse_json()`, `try_param()`,
/// `parse_queries()` and the other parsers: a body too large is 413, any
/// other 400, as salvo's own `Writer` for it answers. Its text is sent only
/// for the variants about the client's input; the others (I/O, hyper,
/// `Other`…) can carry the server's, and so can a JSON data error, which
/// the app's own `Deserialize` code may have written (`deserialize_with`,
/// `try_from`): only a JSON syntax error is sent.
fn exposes(error: &ParseError) -> bool {
    matches!(
        error,
        ParseError::PayloadTooLarge
            | ParseError::InvalidContentType
            | ParseError::EmptyBody
            | ParseError::NotExist
            | ParseError::ParseFromStr
            | ParseError::Deserialize(_)
            | ParseError::DuplicateKey
            | ParseError::NotMultipart
            | ParseError::NotFormData
            | ParseError::InvalidRange
            | ParseError::Utf8(_)
    ) || matches!(error, ParseError::SerdeJson(json) if json.is_syntax() || json.is_eof())
}

// Statuses from salvo_core 1's `http/errors/parse_error.rs` (`Writer`).
super::rejection::rejections! {
    |r: ParseError| match r {
        ParseError::PayloadTooLarge => 413,
        _ => 400,
    } => [BAD_REQUEST, CONTENT_TOO_LARGE], exposes exposes(r);
}

/// What the hook names.
#[doc(hidden)]
pub use ::salvo_core;

hook! { $
    /// salvo's `Writer` for a type that says `#[status(salvo)]`: a [`Problem`]
    /// in the request's language. The derive calls it; see the `interop` module.
    __salvo1_hook [generics ty where] => {
        #[automatically_derived]
        #[$crate::__private_0_1::salvo::salvo_core::async_trait]
        impl $($generics)* $crate::__private_0_1::salvo::salvo_core::Writer for $($ty)*
        where
            $($where)*
            Self: ::core::fmt::Display + ::core::marker::Send,
        {
            async fn write(
                self,
                request: &mut $crate::__private_0_1::salvo::salvo_core::Request,
                depot: &mut $crate::__private_0_1::salvo::salvo_core::Depot,
                response: &mut $crate::__private_0_1::salvo::salvo_core::Response,
            ) {
                $crate::__private_0_1::salvo::render(&$crate::Problem::new(self), request, depot, response);
            }
        }
    }
}

/// A 1xx is never a final response: it answers 500 (see `respond`).
#[cfg(test)]
#[test]
fn a_1xx_answers_500() {
    let status = |p: &Problem<crate::status_code::StatusCode>| {
        let mut response = salvo_core::Response::new();
        let request = salvo_core::Request::default();
        render(p, &request, &salvo_core::Depot::new(), &mut response);
        response.status_code.map_or(0, |s| s.as_u16())
    };
    assert_eq!(
        status(&Problem::new(crate::status_code::StatusCode::EARLY_HINTS)),
        500
    );
}
