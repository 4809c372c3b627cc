//! axum 0.8: `IntoResponse` for `StatusCode` and for problem bodies, and the
//! layer that answers them in the client's language.
//!
//! These impls must live here, beside `StatusCode`, because of the orphan rule.

use alloc::boxed::Box;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Display;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use axum_core::body::Body;
use axum_core::response::{IntoResponse, Response};
use http::header::{
    ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, HeaderValue, VARY, WWW_AUTHENTICATE,
};

use super::respond;
use crate::{HttpStatus, Language, Problem, StatusCode};

/// An empty response with this status.
impl IntoResponse for StatusCode {
    fn into_response(self) -> Response {
        http::StatusCode::from(self).into_response()
    }
}

/// A response with the error's status and an RFC 9457 JSON body, in
/// English unless [`NegotiateLanguage`] picks another language. A 5xx whose
/// text is withheld carries an incident id (and, with the `tracing`
/// feature, is logged with it); a status that allows no content (1xx, 204,
/// 205, 304) has no body and no `Content-Type`; a 401 carries its
/// [`challenge`](HttpStatus::challenge) as `WWW-Authenticate`.
impl<T: HttpStatus + Display> IntoResponse for Problem<T> {
    fn into_response(self) -> Response {
        let reply = respond::reply(self);
        let mut response = match reply.body(reply.language) {
            Some(body) => {
                let mut response = Response::new(Body::from(String::from(body)));
                let headers = response.headers_mut();
                headers.insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static(crate::PROBLEM_CONTENT_TYPE),
                );
                headers.insert(
                    CONTENT_LANGUAGE,
                    HeaderValue::from_static(reply.language.tag()),
                );
                response
            }
            None => Response::new(Body::empty()),
        };
        *response.status_mut() = reply.status.into();
        // A challenge that is not a valid header value is left out, never a panic.
        if let Some(value) = reply.challenge.and_then(|c| HeaderValue::from_str(c).ok()) {
            response.headers_mut().insert(WWW_AUTHENTICATE, value);
        }
        if let Some(bodies) = reply.bodies {
            response.extensions_mut().insert(Localized(bodies));
        }
        response
    }
}

/// The body in every catalog language, kept on the response for the layer.
#[derive(Clone)]
struct Localized(Vec<String>);

/// A tower layer that answers problem responses in the client's language:
/// it reads `Accept-Language` (q-values included) and sends the title in
/// English or 中文, with `Content-Language` and `Vary: Accept-Language`.
/// Other responses pass through untouched. One line per app:
///
/// ```ignore
/// let app = Router::new().route(...).layer(http_status::NegotiateLanguage::new());
/// // or, for an app whose clients read Chinese first:
/// .layer(http_status::NegotiateLanguage::new().default_language(Language::Chinese))
/// // or one language for everyone, without negotiation:
/// .layer(http_status::NegotiateLanguage::fixed(Language::Chinese))
/// ```
///
/// 按 `Accept-Language` 选择问题响应的语言（英文或中文）。
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NegotiateLanguage {
    default: Language,
    negotiate: bool,
}

impl NegotiateLanguage {
    /// Negotiate, with English when the client asks for no catalog language.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, NegotiateLanguage};
    /// assert_eq!(NegotiateLanguage::new(), NegotiateLanguage::new().default_language(Language::English));
    /// ```
    #[allow(clippy::new_without_default)] // `new` is the one-line setting
    pub const fn new() -> NegotiateLanguage {
        NegotiateLanguage {
            default: Language::English,
            negotiate: true,
        }
    }

    /// The language for clients that ask for none the catalog has.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, NegotiateLanguage};
    /// let layer = NegotiateLanguage::new().default_language(Language::Chinese);
    /// assert_ne!(layer, NegotiateLanguage::new());
    /// ```
    pub const fn default_language(self, language: Language) -> NegotiateLanguage {
        NegotiateLanguage {
            default: language,
            ..self
        }
    }

    /// Always `language`, whatever the client asks; no `Vary`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::{Language, NegotiateLanguage};
    /// assert_ne!(NegotiateLanguage::fixed(Language::English), NegotiateLanguage::new());
    /// ```
    pub const fn fixed(language: Language) -> NegotiateLanguage {
        NegotiateLanguage {
            default: language,
            negotiate: false,
        }
    }

    fn language(&self, request_header: Option<&HeaderValue>) -> Language {
        if !self.negotiate {
            return self.default;
        }
        let header = request_header.and_then(|value| value.to_str().ok());
        Language::negotiate(header, self.default)
    }
}

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
        let language = self.config.language(request.headers().get(ACCEPT_LANGUAGE));
        let negotiate = self.config.negotiate;
        let future = self.inner.call(request);
        Box::pin(async move {
            let mut response = future.await?;
            localize(&mut response, language, negotiate);
            Ok(response)
        })
    }
}

/// A problem response in `language`; others untouched.
fn localize(response: &mut Response, language: Language, negotiated: bool) {
    let Some(Localized(bodies)) = response.extensions_mut().remove::<Localized>() else {
        return;
    };
    if let Some(body) = bodies.into_iter().nth(language.index()) {
        *response.body_mut() = Body::from(body);
        response
            .headers_mut()
            .insert(CONTENT_LANGUAGE, HeaderValue::from_static(language.tag()));
    }
    if negotiated {
        response
            .headers_mut()
            .append(VARY, HeaderValue::from_static("accept-language"));
    }
}

/// What the hook names.
#[doc(hidden)]
pub use ::axum_core;

/// axum's `IntoResponse`, a [`Problem`] body, for a type that says
/// `#[status(axum)]`. The derive calls it; see the `interop` module.
#[doc(hidden)]
#[macro_export]
macro_rules! __axum08_hook {
    (word = $word:ident, feature = $feature:literal,
     impl [$($generics:tt)*] for [$($ty:tt)*] where [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::axum::axum_core::response::IntoResponse for $($ty)*
        where
            $($where)*
            Self: ::core::fmt::Display,
        {
            fn into_response(self) -> $crate::__private::axum::axum_core::response::Response {
                $crate::__private::axum::axum_core::response::IntoResponse::into_response(
                    $crate::Problem::new(self),
                )
            }
        }
    };
}
