//! utoipa 5: the responses of a status set, documented as RFC 9457 problems,
//! and `IntoResponses` for `Problem<T>`.

use alloc::borrow::ToOwned;
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};

use utoipa::openapi::RefOr;
use utoipa::openapi::content::ContentBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaFormat, Type};

use crate::{HttpStatus, Problem, StatusSet};

/// What `utoipa::IntoResponses::responses` returns.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// The RFC 9457 problem object: `status` and `title` required; `type`,
/// `detail` and `instance` optional (a 5xx sends no `detail` by default).
pub fn problem_schema() -> Schema {
    let string = || ObjectBuilder::new().schema_type(Type::String);
    ObjectBuilder::new()
        .schema_type(Type::Object)
        .title(Some("Problem"))
        .description(Some("RFC 9457 problem details"))
        .property(
            "type",
            string().format(Some(SchemaFormat::Custom("uri-reference".to_owned()))),
        )
        .property(
            "status",
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(100))
                .maximum(Some(599)),
        )
        .property(
            "title",
            string().description(Some(crate::problem::TITLE_DESCRIPTION)),
        )
        .property("detail", string())
        .property(
            "instance",
            string().format(Some(SchemaFormat::Custom("uri-reference".to_owned()))),
        )
        .required("status")
        .required("title")
        .into()
}

fn problem_response(description: &str) -> RefOr<Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            crate::PROBLEM_CONTENT_TYPE,
            ContentBuilder::new().schema(Some(problem_schema())).build(),
        )
        .build()
        .into()
}

/// One response per listed status (described by its reason phrase), and a
/// `default` response when the set is open.
pub fn responses(set: StatusSet) -> Responses {
    let mut responses: Responses = set
        .iter()
        .map(|status| {
            (
                status.as_u16().to_string(),
                problem_response(status.reason()),
            )
        })
        .collect();
    if set.is_open() {
        responses.insert("default".to_owned(), problem_response("Any other error"));
    }
    responses
}

/// Every status `T` can answer: `responses(..., Problem<MyError>)` in
/// `#[utoipa::path]`, also for types whose `HttpStatus` is written by hand.
impl<T: HttpStatus> utoipa::IntoResponses for Problem<T> {
    fn responses() -> Responses {
        responses(T::statuses())
    }
}

/// What the hook names.
#[doc(hidden)]
pub use ::utoipa;

/// `utoipa::IntoResponses` for a type that says `#[status(utoipa)]`: every
/// status it can answer. The derive calls it; see the `interop` module.
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa5_hook {
    (word = $word:ident, feature = $feature:literal,
     impl [$($generics:tt)*] for [$($ty:tt)*] where [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private::utoipa::utoipa::IntoResponses for $($ty)* where $($where)* {
            fn responses() -> $crate::__private::utoipa::Responses {
                $crate::__private::utoipa::responses(<Self as $crate::HttpStatus>::statuses())
            }
        }
    };
}
