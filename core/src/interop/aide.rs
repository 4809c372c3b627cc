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

use crate::http_status::HttpStatus;
use crate::problem::Problem;
use crate::status_set::StatusSet;

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
        content: [(crate::problem::PROBLEM_CONTENT_TYPE.to_owned(), media)]
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

/// One response per listed status (described by its reason phrase, its
/// `status` pinned to the code), and a `default` response (`None`) when the
/// set is open.
pub fn responses(ctx: &mut GenContext, set: StatusSet) -> Vec<(Option<u16>, Response)> {
    Docs::new(set).responses(ctx)
}

/// What `#[status(aide)]` documents beyond the statuses.
#[doc(hidden)]
pub type Docs = schema::Docs<Schema>;

impl Docs {
    /// The responses: one per status, each extending the shared `Problem`
    /// schema (`allOf`) with `status` pinned to the code and, where the
    /// items have them, their `type` enum and members; and the status's
    /// headers, required where every item sends them.
    pub fn responses(self, ctx: &mut GenContext) -> Vec<(Option<u16>, Response)> {
        let mut responses = Vec::new();
        for (body, headers) in self.per_status() {
            let reason =
                crate::status_code::StatusCode::from_u16(body.status).map_or("", |s| s.reason());
            let mut response = problem_response(ctx, reason);
            let mut properties = Map::new();
            properties.insert(
                "status".into(),
                json!({ "type": "integer", "enum": [body.status] }),
            );
            if let Some(types) = &body.types {
                properties.insert(
                    "type".into(),
                    json!({ "type": "string", "format": "uri-reference", "enum": types }),
                );
            }
            for (name, schema) in &body.members {
                properties.insert((*name).into(), (*schema).clone().to_value());
            }
            let base = ctx.schema.subschema_for::<ProblemSchema>().to_value();
            let extended =
                json!({ "allOf": [base, { "type": "object", "properties": properties }] });
            if let (Some(media), Ok(schema)) = (
                response
                    .content
                    .get_mut(crate::problem::PROBLEM_CONTENT_TYPE),
                Schema::try_from(extended),
            ) {
                media.schema = Some(SchemaObject {
                    json_schema: schema,
                    example: None,
                    external_docs: None,
                });
            }
            for (name, schema, required) in headers {
                let header = aide::openapi::Header {
                    description: schema::header_rule(body.status, name),
                    style: aide::openapi::HeaderStyle::Simple,
                    required,
                    deprecated: None,
                    format: aide::openapi::ParameterSchemaOrContent::Schema(SchemaObject {
                        json_schema: schema.clone(),
                        example: None,
                        external_docs: None,
                    }),
                    example: None,
                    examples: Default::default(),
                    extensions: Default::default(),
                };
                response
                    .headers
                    .insert(name.to_owned(), aide::openapi::ReferenceOr::Item(header));
            }
            responses.push((Some(body.status), response));
        }
        if self.set.is_open() {
            responses.push((None, problem_response(ctx, "Any other error")));
        }
        responses
    }
}

/// A `#[header]` field's schema: what goes on the wire ([`HeaderField`](crate::HeaderField)).
#[doc(hidden)]
pub fn header_schema<T: crate::parts::HeaderField>(_: &mut GenContext) -> Schema {
    let (kind, format) = T::schema_type();
    let mut schema = json!({ "type": kind });
    if let Some(format) = format {
        schema["format"] = format.into();
    }
    Schema::try_from(schema).unwrap_or_default()
}

/// A field type's schema, found by autoref at the concrete type: its own
/// where it has one (`&&SchemaOf`), else any JSON value (`&SchemaOf`).
#[doc(hidden)]
pub struct SchemaOf<T: ?Sized>(pub core::marker::PhantomData<T>);

#[doc(hidden)]
pub trait SchemaKnown {
    fn schema(self, ctx: &mut GenContext) -> Schema;
}

impl<T: JsonSchema + ?Sized> SchemaKnown for &&SchemaOf<T> {
    fn schema(self, ctx: &mut GenContext) -> Schema {
        ctx.schema.subschema_for::<T>()
    }
}

#[doc(hidden)]
pub trait SchemaUnknown {
    fn schema(self, ctx: &mut GenContext) -> Schema;
}

impl<T: ?Sized> SchemaUnknown for &SchemaOf<T> {
    fn schema(self, _: &mut GenContext) -> Schema {
        Schema::try_from(
            json!({ "description": "any JSON value: the field's type has no `JsonSchema`" }),
        )
        .unwrap_or_default()
    }
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

hook! { $
    /// `aide::OperationOutput` for a type that says `#[status(aide)]`: every
    /// status it can answer, and one problem response for aide's
    /// `response_with::<N, …>`. The derive calls it; see the `interop` module.
    __aide015_hook [generics ty where]
        docs [status kind member member_ty header header_ty open] => {
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
                #[allow(unused_imports)]
                use $crate::__private_0_1::aide::{SchemaKnown as _, SchemaUnknown as _};
                #[allow(unused_mut)]
                let mut docs = $crate::__private_0_1::aide::Docs::new(
                    <Self as $crate::HttpStatus>::statuses(),
                );
                $(
                    docs.item($status, [$($kind)?].into_iter().next());
                    $(docs.member(
                        $status,
                        $member,
                        (&&$crate::__private_0_1::aide::SchemaOf::<$member_ty>(::core::marker::PhantomData)).schema(ctx),
                    );)*
                    $(docs.header(
                        $status,
                        $header,
                        $crate::__private_0_1::aide::header_schema::<$header_ty>(ctx),
                        <$header_ty as $crate::HeaderField>::always_sent(),
                    );)*
                )*
                $(docs.open($crate::__open_statuses!($($open)*));)*
                docs.responses(ctx)
            }
        }
    }
}
