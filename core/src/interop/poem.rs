//! poem 3: the `poem::Error` of a problem (what handlers return), the
//! language middleware, and poem's extractor errors.
//!
//! A type that says `#[status(poem)]` gets poem's `ResponseError`, so poem's
//! own `From` keeps the value as the `poem::Error`'s source: an app's
//! middleware finds it with `error.downcast_ref::<ApiError>()`, and the
//! client reads the problem. poem asks such a type to be
//! `std::error::Error + Send + Sync + 'static` (a thiserror type is).
//!
//! What stays outside:
//! - **poem's own `get`/`post` routes** answer a wrong method with poem's
//!   405, which `Problems` turns into a 405 problem without `Allow`, which
//!   RFC 9110 §15.5.6 requires: poem keeps a route's methods private. Route
//!   with [`methods`] for the header.
//! - **poem-openapi** (`#[OpenApi]` routes) is not read by this crate. A
//!   derived error returned from an `#[oai]` handler is a `poem::Error`
//!   like any other, so it answers its problem; but poem-openapi's own
//!   errors (`ParseParamError`, `ParseRequestPayloadError`, its
//!   content-type and authorization errors) are types this crate does not
//!   know: a 4xx of theirs passes through as poem-openapi renders it
//!   (`text/plain`), and a 5xx becomes a withheld problem. An `#[OpenApi]`
//!   route's wrong method is poem's 405, without `Allow`. Map those errors
//!   into your own derived type where their text matters, and note that
//!   poem-openapi documents its own error responses, not this crate's
//!   problem bodies.

use core::cell::Cell;
use core::fmt::{self, Display};

use poem::error::MethodNotAllowedError;
use poem::error::{
    ParseFormError, ParseJsonError, ParsePathError, ParseQueryError, ReadBodyError, ResponseError,
};
use poem::http::Method;
use poem::http::header::{ACCEPT_LANGUAGE, HeaderName, HeaderValue};
use poem::{Endpoint, IntoEndpoint, IntoResponse, Middleware, Request, Response, RouteMethod};

use super::caught::{self, Answered, CatchUnwind, Problems};
use super::respond::{self, Localized, keep_fields, write_fields};
use super::server_text;
use crate::http_status::HttpStatus;
use crate::negotiate::NegotiateLanguage;
use crate::problem::Problem;
use crate::status_code::StatusCode;
use crate::status_set::StatusSet;
use http_status_table::Language;

/// The `poem::Error` that answers `problem`: its status, a problem+json
/// body (none where the status allows no content), `Content-Language`, a
/// 401's challenge, and the body in every language for the
/// [`NegotiateLanguage`] middleware. A withheld 5xx carries its incident id
/// and is logged (feature `tracing`).
pub fn render<T: HttpStatus + Display>(problem: &Problem<T>) -> poem::Error {
    render_with(problem, alloc::vec::Vec::new())
}

/// [`render`], with more headers (a 405's `Allow`).
fn render_with<T: HttpStatus + Display>(
    problem: &Problem<T>,
    extra: alloc::vec::Vec<(HeaderName, HeaderValue)>,
) -> poem::Error {
    let (response, localized) = response_in(problem, None, extra);
    // poem gives a response the error's data, not the response's own.
    let mut error = poem::Error::from_response(response);
    if let Some(bodies) = localized {
        error.set_data(bodies);
    }
    error
}

/// The response of `problem`: in `language` where a middleware chose one,
/// else in the problem's own, with every language's body handed back.
fn response_in<T: HttpStatus + Display>(
    problem: &Problem<T>,
    language: Option<(Language, bool)>,
    extra: alloc::vec::Vec<(HeaderName, HeaderValue)>,
) -> (Response, Option<Localized>) {
    let (answer, localized) = respond::answer(problem, language);
    let mut response = Response::builder().status(answer.status.into()).finish();
    write_fields!(
        response.headers_mut(),
        answer.fields,
        HeaderName,
        HeaderValue
    );
    keep_fields!(response.headers_mut(), &extra);
    if let Some(body) = answer.body {
        response.set_body(body);
    }
    (response, localized)
}

std::thread_local! {
    /// Set by a derived type's `ResponseError::status`: how
    /// [`NegotiateLanguage`] tells a derived error inside a `poem::Error`
    /// from any other, whose type it cannot name.
    static DERIVED: Cell<bool> = const { Cell::new(false) };
    /// Set by a derived type's `ResponseError::as_response`: whether a
    /// response is the derived problem, whatever type wraps it.
    static RENDERED: Cell<bool> = const { Cell::new(false) };
    /// The language [`NegotiateLanguage`] chose: set while it polls the
    /// endpoints inside it, and while it answers, so that a derived error
    /// turned into a response anywhere in there (poem's `Cors` calls
    /// `get_response`) speaks it.
    static CHOSEN: Cell<Option<(Language, bool)>> = const { Cell::new(None) };
}

/// The status a derived type's `poem::Error` answers with (the hook's
/// `ResponseError::status`).
#[doc(hidden)]
pub fn status_of<T: HttpStatus + ?Sized>(error: &T) -> poem::http::StatusCode {
    DERIVED.with(|derived| derived.set(true));
    respond::final_status(error.status()).into()
}

/// The problem response of a derived type (the hook's
/// `ResponseError::as_response`): in the language [`NegotiateLanguage`]
/// chose, else in the problem's own.
#[doc(hidden)]
pub fn response_of<T: HttpStatus + Display + ?Sized>(error: &T) -> Response {
    RENDERED.with(|rendered| rendered.set(true));
    let language = CHOSEN.with(Cell::get);
    response_in(&Problem::new(error), language, alloc::vec::Vec::new()).0
}

/// Whether `error` answers with a derived type's status. Only a hint: a
/// hand-written wrapper may ask a derived error for its status and still
/// render its own text, so nothing is sent on this alone.
fn is_derived(error: &poem::Error) -> bool {
    DERIVED.with(|derived| derived.set(false));
    let _ = error.status();
    DERIVED.with(|derived| derived.replace(false))
}

/// `error`'s response, and whether it is a derived problem.
fn rendered(error: poem::Error) -> (Response, bool) {
    RENDERED.with(|rendered| rendered.set(false));
    let response = error.into_response();
    (response, RENDERED.with(|rendered| rendered.replace(false)))
}

/// [`CHOSEN`] for as long as it lives, then what it was before (a
/// `NegotiateLanguage` may sit inside another).
struct Chosen(Option<(Language, bool)>);

impl Chosen {
    fn set(language: (Language, bool)) -> Chosen {
        Chosen(CHOSEN.with(|chosen| chosen.replace(Some(language))))
    }
}

impl Drop for Chosen {
    fn drop(&mut self) {
        CHOSEN.with(|chosen| chosen.set(self.0));
    }
}

/// A problem answers as itself: `Err(Problem::new(error))?` in a handler.
impl<T: HttpStatus + Display> From<Problem<T>> for poem::Error {
    fn from(problem: Problem<T>) -> poem::Error {
        render(&problem)
    }
}

/// Problem responses in the client's language: `.with(NegotiateLanguage::new())`.
impl<E: Endpoint> Middleware<E> for NegotiateLanguage {
    type Output = Negotiated<E>;

    fn transform(&self, inner: E) -> Negotiated<E> {
        Negotiated {
            inner,
            setting: *self,
        }
    }
}

/// The endpoint [`NegotiateLanguage`] wraps around an app.
pub struct Negotiated<E> {
    inner: E,
    setting: NegotiateLanguage,
}

impl<E: Endpoint> Endpoint for Negotiated<E> {
    type Output = Response;

    async fn call(&self, request: Request) -> poem::Result<Response> {
        let header = request.headers().get(ACCEPT_LANGUAGE);
        let language = self.setting.language(header.and_then(|v| v.to_str().ok()));
        let negotiated = (language, self.setting.negotiates());
        // The choice holds during each poll of the endpoints inside, never
        // across an await, where another task may run on this thread.
        let mut call = core::pin::pin!(self.inner.call(request));
        let result = core::future::poll_fn(|cx| {
            let _chosen = Chosen::set(negotiated);
            call.as_mut().poll(cx)
        })
        .await;
        let mut response = match result {
            Ok(output) => output.into_response(),
            // A problem's error becomes its response here; any other error
            // goes on as it is, for the layers outside.
            Err(error) if error.data::<Localized>().is_some() => error.into_response(),
            // A derived error, still the app's own value (its source) for
            // the middleware inside: rendered here, in the chosen language.
            Err(error) if is_derived(&error) => {
                let _chosen = Chosen::set(negotiated);
                return Ok(error.into_response());
            }
            Err(error) => return Err(error),
        };
        let Some(bodies) = response.extensions_mut().remove::<Localized>() else {
            return Ok(response);
        };
        let (body, fields) = bodies.choose(language, self.setting.negotiates());
        write_fields!(response.headers_mut(), fields, HeaderName, HeaderValue);
        if let Some(body) = body {
            response.set_body(body);
        }
        Ok(response)
    }
}

/// [`Problems`] as poem middleware: `.with(Problems::new())`, inside
/// [`NegotiateLanguage`]. poem's own errors (the 404 of an unknown route,
/// the 405 of a wrong method, an extractor's or a size limit's error)
/// become problems, an extractor's 4xx text about the client's input as
/// `detail`. Any other 5xx that is not a problem (an app's `io::Error`
/// through `InternalServerError`, poem's `GetDataError`) is withheld with
/// an incident id, its text in the log. poem's 405 has no `Allow`: route
/// with [`methods`] for one. Problems pass through as they are.
impl<E: Endpoint> Middleware<E> for Problems {
    type Output = ProblemEndpoint<E>;

    fn transform(&self, inner: E) -> ProblemEndpoint<E> {
        ProblemEndpoint { inner }
    }
}

/// The endpoint [`Problems`] wraps around an app.
pub struct ProblemEndpoint<E> {
    inner: E,
}

impl<E: Endpoint> Endpoint for ProblemEndpoint<E> {
    type Output = Response;

    async fn call(&self, request: Request) -> poem::Result<Response> {
        // A HEAD answer has no body by design: never "empty" to rewrite.
        let head = request.method() == Method::HEAD;
        match CatchUnwind::new(self.inner.call(request)).await {
            Ok(Ok(output)) if head => Ok(output.into_response()),
            Ok(Ok(output)) => as_problem(output.into_response()).await,
            // poem's own errors become problems (each with its text rules);
            // a problem, or an error of the app's own, goes on as it is.
            Ok(Err(error)) if is_poems(&error) => {
                Err(render(&Problem::new(Rejection::from(error))))
            }
            // Any other 5xx that is not a problem (an app's `?` on an
            // `io::Error`, poem's `GetDataError`): withheld, its text logged.
            // A derived error's 5xx is its own problem (in the language of a
            // `NegotiateLanguage` outside); which one it is, rendering tells,
            // since a hand-written wrapper may take a derived error's status
            // and still answer with its own text.
            Ok(Err(error))
                if error.status().is_server_error() && error.data::<Localized>().is_none() =>
            {
                let status = error.status().as_u16();
                if !is_derived(&error) {
                    let text = server_text::of_display(&error);
                    return Err(render(&server_text::withheld(status, text)));
                }
                match rendered(error) {
                    (response, true) => Err(poem::Error::from_response(response)),
                    // A wrapper's own text: withheld, and logged as read.
                    (response, false) => {
                        let body = response.into_body();
                        let read = body.into_bytes_limit(server_text::MAX_LOGGED_BODY).await;
                        let text = server_text::of_body(read.as_deref());
                        Err(render(&server_text::withheld(status, text)))
                    }
                }
            }
            Ok(Err(error)) => Err(error),
            Err(panicked) => Err(render(&Problem::new(panicked))),
        }
    }
}

/// Whether `error` is one that poem itself raised: routing, a size limit,
/// an extractor.
fn is_poems(error: &poem::Error) -> bool {
    use poem::error::{NotFoundError, SizedLimitError};

    error.is::<NotFoundError>()
        || error.is::<MethodNotAllowedError>()
        || error.is::<SizedLimitError>()
        || Rejection::is_extractors_error(error)
}

/// `response` as a problem where it is an error status with no body (a
/// handler's bare `StatusCode::NOT_FOUND`), or a 5xx with a body that is
/// not a problem (withheld, its text logged), its other headers kept.
async fn as_problem(response: Response) -> poem::Result<Response> {
    let status = response.status().as_u16();
    let content_type = response.headers().get(poem::http::header::CONTENT_TYPE);
    let plain = caught::is_plain_error(status, content_type.map(HeaderValue::as_bytes));
    if !plain {
        return Ok(response);
    }
    let (parts, body) = response.into_parts();
    let problem = if body.is_empty() {
        Problem::new(Answered::new(status, None))
    } else if server_text::withholds(status) {
        let read = body.into_bytes_limit(server_text::MAX_LOGGED_BODY).await;
        server_text::withheld(status, server_text::of_body(read.as_deref()))
    } else {
        return Ok(Response::from_parts(parts, body));
    };
    let kept = parts
        .headers
        .iter()
        .filter(|(name, _)| !caught::is_replaced_header(name.as_str()));
    Err(render_with(
        &problem,
        kept.map(|(n, v)| (n.clone(), v.clone())).collect(),
    ))
}

/// Routes by method, as poem's `RouteMethod`, and answers a method it was
/// not given with a 405 problem that carries `Allow` (RFC 9110 §15.5.6:
/// MUST), which poem's own 405 lacks: `.at("/notes", methods().post(create))`.
/// A route with GET answers HEAD too, as poem's does.
///
/// 按方法路由；不支持的方法返回带 `Allow` 头的 405 问题详情响应。
pub fn methods() -> Methods {
    Methods {
        route: RouteMethod::new(),
        allow: alloc::vec::Vec::new(),
    }
}

/// The router [`methods`] builds.
pub struct Methods {
    route: RouteMethod,
    allow: alloc::vec::Vec<Method>,
}

impl Methods {
    /// `ep` for `method`.
    #[must_use]
    pub fn method<E>(mut self, method: Method, ep: E) -> Methods
    where
        E: IntoEndpoint,
        E::Endpoint: 'static,
    {
        if method == Method::GET && !self.allow.contains(&Method::HEAD) {
            self.allow.push(Method::HEAD);
        }
        if !self.allow.contains(&method) {
            self.allow.push(method.clone());
        }
        self.route = self.route.method(method, ep);
        self
    }

    /// `ep` for GET (and HEAD).
    #[must_use]
    pub fn get<E: IntoEndpoint<Endpoint: 'static>>(self, ep: E) -> Methods {
        self.method(Method::GET, ep)
    }

    /// `ep` for POST.
    #[must_use]
    pub fn post<E: IntoEndpoint<Endpoint: 'static>>(self, ep: E) -> Methods {
        self.method(Method::POST, ep)
    }

    /// `ep` for PUT.
    #[must_use]
    pub fn put<E: IntoEndpoint<Endpoint: 'static>>(self, ep: E) -> Methods {
        self.method(Method::PUT, ep)
    }

    /// `ep` for PATCH.
    #[must_use]
    pub fn patch<E: IntoEndpoint<Endpoint: 'static>>(self, ep: E) -> Methods {
        self.method(Method::PATCH, ep)
    }

    /// `ep` for DELETE.
    #[must_use]
    pub fn delete<E: IntoEndpoint<Endpoint: 'static>>(self, ep: E) -> Methods {
        self.method(Method::DELETE, ep)
    }
}

impl Endpoint for Methods {
    type Output = Response;

    async fn call(&self, request: Request) -> poem::Result<Response> {
        match self.route.call(request).await {
            Err(error) if error.is::<MethodNotAllowedError>() => {
                let problem = Problem::new(StatusCode::METHOD_NOT_ALLOWED).withhold_detail();
                let allow: alloc::vec::Vec<&str> = self.allow.iter().map(Method::as_str).collect();
                let allow = HeaderValue::from_str(&allow.join(", ")).ok();
                let allow = allow.map(|v| (poem::http::header::ALLOW, v));
                Err(render_with(&problem, allow.into_iter().collect()))
            }
            other => other,
        }
    }
}

/// What poem's `Json`, `Path`, `Query` and `Form` extractors fail with,
/// for an error enum to wrap: a handler takes `poem::Result<Json<T>>`, and
/// `body.map_err(Rejection::from)?` sends the failure through the enum's
/// `#[status(transparent)]` variant. poem hands its extractors' errors over
/// as `poem::Error`; this reads which one it is.
#[derive(Debug)]
pub struct Rejection(poem::Error);

impl From<poem::Error> for Rejection {
    fn from(error: poem::Error) -> Rejection {
        Rejection(error)
    }
}

impl Rejection {
    /// The error poem gave.
    pub fn into_inner(self) -> poem::Error {
        self.0
    }

    fn is_extractors_error(error: &poem::Error) -> bool {
        error.is::<ParseJsonError>()
            || error.is::<ParsePathError>()
            || error.is::<ParseQueryError>()
            || error.is::<ParseFormError>()
            || error.is::<ReadBodyError>()
    }
}

impl Display for Rejection {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Display::fmt(&self.0, f)
    }
}

impl core::error::Error for Rejection {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        core::error::Error::source(&self.0)
    }
}

impl HttpStatus for Rejection {
    fn status(&self) -> StatusCode {
        super::rejection::status(self.0.status().as_u16())
    }

    /// An extractor's 4xx text about the client's input, never that of an
    /// error of another kind.
    fn exposes_detail(&self) -> bool {
        extractor_exposes(&self.0)
    }

    /// The union of the extractors' sets below.
    fn statuses() -> StatusSet {
        <ParseJsonError as HttpStatus>::statuses()
            .union(<ParsePathError as HttpStatus>::statuses())
            .union(<ParseQueryError as HttpStatus>::statuses())
            .union(<ParseFormError as HttpStatus>::statuses())
            .union(<ReadBodyError as HttpStatus>::statuses())
    }

    fn as_error(&self) -> Option<&dyn core::error::Error> {
        Some(self)
    }
}

// poem's extractor errors, statuses from poem 3's `error.rs` (a body that
// was already taken is the server's bug, a 500, withheld).
super::rejection::rejections! {
    |r: ParseJsonError| ResponseError::status(r).as_u16()
        => [BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE], exposes json_exposes(r);
    |r: ParsePathError| ResponseError::status(r).as_u16() => [BAD_REQUEST];
    |r: ParseQueryError| ResponseError::status(r).as_u16() => [BAD_REQUEST];
    |r: ParseFormError| ResponseError::status(r).as_u16()
        => [BAD_REQUEST, UNSUPPORTED_MEDIA_TYPE], exposes !matches!(r, ParseFormError::UrlDecode(_));
    |r: ReadBodyError| ResponseError::status(r).as_u16()
        => [BAD_REQUEST, CONTENT_TOO_LARGE, INTERNAL_SERVER_ERROR],
        exposes !matches!(r, ReadBodyError::Io(_));
}

/// Whether a JSON body's error is poem's own words about the client's
/// input: a content type, or a syntax error. A data error can carry the
/// text of the app's own `Deserialize` code (`deserialize_with`,
/// `try_from`, `Error::custom`) and is withheld, and so is any error of a
/// parser other than serde_json (poem's `sonic-rs`), which is not read.
fn json_exposes(r: &ParseJsonError) -> bool {
    match r {
        ParseJsonError::Parse(error) => {
            let error: &(dyn core::error::Error + 'static) = error;
            error
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|json| json.is_syntax() || json.is_eof())
        }
        _ => true,
    }
}

/// Whether poem's error is one of its extractors' whose text is about the
/// client's input, by each one's rule above.
fn extractor_exposes(error: &poem::Error) -> bool {
    let exposes = |status: StatusCode| !status.is_server_error();
    if let Some(r) = error.downcast_ref::<ParseJsonError>() {
        return r.exposes_detail();
    }
    if let Some(r) = error.downcast_ref::<ParseFormError>() {
        return r.exposes_detail();
    }
    if let Some(r) = error.downcast_ref::<ReadBodyError>() {
        return r.exposes_detail();
    }
    (error.is::<ParsePathError>() || error.is::<ParseQueryError>())
        && exposes(super::rejection::status(error.status().as_u16()))
}

/// What the hook names.
#[doc(hidden)]
pub use ::poem;

hook! { $
    /// poem's `ResponseError` for a type that says `#[status(poem)]`:
    /// poem's own `From` then keeps the value as the `poem::Error`'s source
    /// (`downcast_ref` finds it), and its response is the problem. The
    /// derive calls it; see the `interop` module.
    __poem3_hook [generics ty where] => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_0_1::poem::poem::error::ResponseError for $($ty)*
        where
            $($where)*
            $($ty)*: ::core::fmt::Display,
        {
            fn status(&self) -> $crate::__private_0_1::poem::poem::http::StatusCode {
                $crate::__private_0_1::poem::status_of(self)
            }

            fn as_response(&self) -> $crate::__private_0_1::poem::poem::Response
            where
                Self: ::std::error::Error + ::core::marker::Send + ::core::marker::Sync + 'static,
            {
                $crate::__private_0_1::poem::response_of(self)
            }
        }
    }
}

/// A 1xx is never a final response: it answers 500 (see `respond`).
#[cfg(test)]
#[test]
fn a_1xx_answers_500() {
    let status = |p: &Problem<StatusCode>| render(p).status().as_u16();
    assert_eq!(status(&Problem::new(StatusCode::EARLY_HINTS)), 500);
}

/// A body's error sends poem's words about the client's input, never the
/// text of an error inside it: an I/O error and a JSON data error are
/// withheld, also through `Rejection`.
#[cfg(test)]
#[test]
fn a_body_error_s_text_is_sent_only_where_it_is_poem_s_own() {
    let io = || ReadBodyError::Io(std::io::Error::other("/srv/spool: disk full"));
    assert_eq!(Problem::new(io()).detail(), None);
    assert_eq!(
        Problem::new(Rejection::from(poem::Error::from(io()))).detail(),
        None
    );
    assert!(
        Problem::new(ReadBodyError::PayloadTooLarge)
            .detail()
            .is_some()
    );
    let syntax = serde_json::from_str::<serde_json::Value>(r#"{"title": }"#).unwrap_err();
    let syntax = Rejection::from(poem::Error::from(ParseJsonError::Parse(syntax)));
    assert!(Problem::new(syntax).detail().is_some());
    let data = serde_json::from_str::<u8>(r#""db at 10.0.0.5""#).unwrap_err();
    assert_eq!(Problem::new(ParseJsonError::Parse(data)).detail(), None);
}
