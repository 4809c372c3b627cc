//! aide 0.15: the inferred responses of a status set, documented as RFC 9457
//! problems with one shared `Problem` component, and `OperationOutput` for
//! `Problem<T>`.

use alloc::borrow::{Cow, ToOwned};
use alloc::vec::Vec;

use aide::generate::GenContext;
use aide::openapi::{MediaType, Operation, Response, SchemaObject};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde_json::{Map, Value, json};

use crate::problem::schema::{self, Kind};

use crate::{HttpStatus, Problem, StatusSet};

/// The schema of a problem body, registered once as
/// `#/components/schemas/Problem`.
pub struct ProblemSchema;

impl JsonSchema for ProblemSchema {
    fn schema_name() -> Cow<'static, str> {
        schema::NAME.into()
    }

    fn schema_id() -> Cow<'static, str> {
        "http_status::Problem".into()
    }

    /// From the one schema table, as utoipa's is.
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut properties = Map::new();
        let mut required = Vec::new();
        for member in &schema::MEMBERS {
            let mut property = match member.kind {
                Kind::String(format) => {
                    let mut string = json!({ "type": "string" });
                    if let Some(format) = format {
                        string["format"] = format.into();
                    }
                    string
                }
                Kind::Integer { minimum, maximum } => {
                    json!({ "type": "integer", "minimum": minimum, "maximum": maximum })
                }
            };
            if let Some(description) = member.description {
                property["description"] = description.into();
            }
            properties.insert(member.name.into(), property);
            if member.required {
                required.push(Value::from(member.name));
            }
        }
        let mut object = Map::new();
        object.insert("type".into(), "object".into());
        object.insert("description".into(), schema::DESCRIPTION.into());
        object.insert("properties".into(), properties.into());
        object.insert("required".into(), required.into());
        Schema::from(object)
    }
}

fn problem_response(ctx: &mut GenContext, description: &str) -> Response {
    // A `$ref`; `finish_api` moves the definition into the components.
    let json_schema = ctx.schema.subschema_for::<ProblemSchema>();
    let media = MediaType {
        schema: Some(SchemaObject {
            json_schema,
            example: None,
            external_docs: None,
        }),
        ..MediaType::default()
    };
    Response {
        description: description.to_owned(),
        content: [(crate::PROBLEM_CONTENT_TYPE.to_owned(), media)]
            .into_iter()
            .collect(),
        ..Response::default()
    }
}

/// One problem response, for aide's `response_with::<404, MyError, _>(…)`,
/// whose transform then describes it: aide asks `operation_response` for it.
pub fn response(ctx: &mut GenContext) -> Response {
    problem_response(ctx, "RFC 9457 problem details")
}

/// One response per listed status (described by its reason phrase), and a
/// `default` response (`None`) when the set is open.
pub fn responses(ctx: &mut GenContext, set: StatusSet) -> Vec<(Option<u16>, Response)> {
    let mut responses: Vec<(Option<u16>, Response)> = set
        .iter()
        .map(|status| {
            (
                Some(status.as_u16()),
                problem_response(ctx, status.reason()),
            )
        })
        .collect();
    if set.is_open() {
        responses.push((None, problem_response(ctx, "Any other error")));
    }
    responses
}

/// A handler returning `Result<Json<T>, Problem<MyError>>` is documented with
/// every status `MyError` can answer.
impl<T: HttpStatus> aide::OperationOutput for Problem<T> {
    type Inner = T;

    fn operation_response(ctx: &mut GenContext, _operation: &mut Operation) -> Option<Response> {
        Some(response(ctx))
    }

    fn inferred_responses(
        ctx: &mut GenContext,
        _operation: &mut Operation,
    ) -> Vec<(Option<u16>, Response)> {
        responses(ctx, T::statuses())
    }
}

/// What the hook names.
#[doc(hidden)]
pub use ::aide;

/// `aide::OperationOutput` for a type that says `#[status(aide)]`: every
/// status it can answer, and one problem response for aide's
/// `response_with::<N, …>`. The derive calls it; see the `interop` module.
#[doc(hidden)]
#[macro_export]
macro_rules! __aide015_hook {
    (word = $word:ident, feature = $feature:literal,
     impl [$($generics:tt)*] for [$($ty:tt)*] where [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_0_1::aide::aide::OperationOutput for $($ty)* where $($where)* {
            type Inner = Self;

            fn operation_response(
                ctx: &mut $crate::__private_0_1::aide::aide::generate::GenContext,
                _operation: &mut $crate::__private_0_1::aide::aide::openapi::Operation,
            ) -> ::core::option::Option<$crate::__private_0_1::aide::aide::openapi::Response> {
                ::core::option::Option::Some($crate::__private_0_1::aide::response(ctx))
            }

            fn inferred_responses(
                ctx: &mut $crate::__private_0_1::aide::aide::generate::GenContext,
                _operation: &mut $crate::__private_0_1::aide::aide::openapi::Operation,
            ) -> $crate::__private_0_1::Vec<(
                ::core::option::Option<::core::primitive::u16>,
                $crate::__private_0_1::aide::aide::openapi::Response,
            )> {
                $crate::__private_0_1::aide::responses(ctx, <Self as $crate::HttpStatus>::statuses())
            }
        }
    };
}
