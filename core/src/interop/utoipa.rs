//! utoipa 5: the responses of a status set, documented as RFC 9457 problems,
//! and `IntoResponses` for `Problem<T>`.

use alloc::borrow::{Cow, ToOwned};
use alloc::collections::BTreeMap;
use alloc::string::{String, ToString};

use utoipa::openapi::RefOr;
use utoipa::openapi::content::ContentBuilder;

use utoipa::openapi::header::HeaderBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{ObjectBuilder, Schema, SchemaFormat, Type};

use crate::http_status::HttpStatus;
use crate::problem::Problem;
use crate::problem::schema::{self, Kind};
use crate::status_set::StatusSet;

/// What `utoipa::IntoResponses::responses` returns.
pub type Responses = BTreeMap<String, RefOr<Response>>;

/// The RFC 9457 problem object, from the one schema table: `status` and
/// `title` required; `type`, `detail` and `instance` optional (a withheld
/// 5xx sends no `detail`). Titled `Problem`: the one shared schema.
pub fn problem_schema() -> Schema {
    problem_object().title(Some(schema::NAME)).into()
}

/// The problem object's builder, for schemas that add to it. Untitled:
/// generators name a model after its title, so one title on every status's
/// schema would fold them into one type, or drop all but one.
fn problem_object() -> ObjectBuilder {
    let mut object = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(Some(schema::DESCRIPTION));
    for member in &schema::MEMBERS {
        let property = match member.kind {
            Kind::String(format) => ObjectBuilder::new()
                .schema_type(Type::String)
                .format(format.map(|f| SchemaFormat::Custom(f.to_owned()))),
            Kind::Integer { minimum, maximum } => ObjectBuilder::new()
                .schema_type(Type::Integer)
                .minimum(Some(minimum))
                .maximum(Some(maximum)),
        };
        object = object.property(member.name, property.description(member.description));
        if member.required {
            object = object.required(member.name);
        }
    }
    object
}

/// The problem schema as a component, for `components(schemas(ProblemSchema))`
/// and `body = ProblemSchema`: `#/components/schemas/Problem`.
pub struct ProblemSchema;

impl utoipa::PartialSchema for ProblemSchema {
    fn schema() -> RefOr<Schema> {
        problem_schema().into()
    }
}

impl utoipa::ToSchema for ProblemSchema {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed(schema::NAME)
    }
}

/// One shared problem response, for `components(responses(ProblemResponse))`:
/// `#/components/responses/Problem`, which a path can then reference. The
/// derived `IntoResponses` does not reference it: utoipa gives an
/// `IntoResponses` no way to register a component, and a reference to one
/// that is not registered breaks the document, so each status's response
/// carries its own description and the schema inline.
pub struct ProblemResponse;

impl<'r> utoipa::ToResponse<'r> for ProblemResponse {
    fn response() -> (&'r str, RefOr<Response>) {
        (schema::NAME, problem_response(schema::DESCRIPTION))
    }
}

fn problem_response(description: &str) -> RefOr<Response> {
    ResponseBuilder::new()
        .description(description)
        .content(
            crate::problem::PROBLEM_CONTENT_TYPE,
            ContentBuilder::new().schema(Some(problem_schema())).build(),
        )
        .build()
        .into()
}

/// One response per listed status (described by its reason phrase, its
/// `status` pinned to the code), and a `default` response when the set is
/// open.
pub fn responses(set: StatusSet) -> Responses {
    schema::Docs::<RefOr<Schema>>::new(set).into_responses()
}

/// The body of one status: the problem object with `status` pinned (an
/// `enum` of the one code, which generators turn into a literal type), the
/// items' `type` enum and members.
fn pinned(pinned: &schema::Pinned<'_, RefOr<Schema>>) -> Schema {
    let status = ObjectBuilder::new()
        .schema_type(Type::Integer)
        .enum_values(Some([pinned.status]));
    let mut object = problem_object().property("status", status);
    if let Some(types) = &pinned.types {
        let kind = ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::Custom("uri-reference".to_owned())))
            .enum_values(Some(types.iter().copied()));
        object = object.property("type", kind);
    }
    for (name, schema) in &pinned.members {
        object = object.property(*name, (*schema).clone());
    }
    object.into()
}

/// What `#[status(utoipa)]` documents beyond the statuses.
#[doc(hidden)]
pub type Docs = schema::Docs<RefOr<Schema>>;

impl Docs {
    /// The responses: one per status, each with one schema for every item
    /// that answers it (`status` pinned, its `type` an enum of their types,
    /// its members theirs), and their headers, required where every item
    /// sends them.
    pub fn responses(self) -> Responses {
        self.into_responses()
    }

    fn into_responses(self) -> Responses {
        let mut responses = Responses::new();
        for (body, headers) in self.per_status() {
            let reason =
                crate::status_code::StatusCode::from_u16(body.status).map_or("", |s| s.reason());
            let mut response = ResponseBuilder::new().description(reason).content(
                crate::problem::PROBLEM_CONTENT_TYPE,
                ContentBuilder::new().schema(Some(pinned(&body))).build(),
            );
            for (name, schema, required) in headers {
                // utoipa 5's `Header` has only a schema and a description
                // (no `required`), so the description says it.
                let header = HeaderBuilder::new()
                    .schema(schema.clone())
                    .description(schema::header_description(body.status, name, required))
                    .build();
                response = response.header(name, header);
            }
            responses.insert(body.status.to_string(), response.build().into());
        }
        if self.set.is_open() {
            responses.insert("default".to_owned(), problem_response("Any other error"));
        }
        responses
    }
}

/// A `#[header]` field's schema: what goes on the wire ([`HeaderField`](crate::HeaderField)).
#[doc(hidden)]
pub fn header_schema<T: crate::parts::HeaderField>() -> RefOr<Schema> {
    let (kind, format) = T::schema_type();
    let kind = if kind == "integer" {
        Type::Integer
    } else {
        Type::String
    };
    ObjectBuilder::new()
        .schema_type(kind)
        .format(format.map(|f| SchemaFormat::Custom(f.to_owned())))
        .into()
}

/// A field type's schema, found by autoref at the concrete type: its own
/// where it has one (`&&SchemaOf`), else any JSON value (`&SchemaOf`).
#[doc(hidden)]
pub struct SchemaOf<T: ?Sized>(pub core::marker::PhantomData<T>);

#[doc(hidden)]
pub trait SchemaKnown {
    fn schema(self) -> RefOr<Schema>;
}

impl<T: utoipa::PartialSchema + ?Sized> SchemaKnown for &&SchemaOf<T> {
    fn schema(self) -> RefOr<Schema> {
        T::schema()
    }
}

#[doc(hidden)]
pub trait SchemaUnknown {
    fn schema(self) -> RefOr<Schema>;
}

impl<T: ?Sized> SchemaUnknown for &SchemaOf<T> {
    fn schema(self) -> RefOr<Schema> {
        ObjectBuilder::new()
            .description(Some("any JSON value: the field's type has no `ToSchema`"))
            .into()
    }
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

hook! { $
    /// `utoipa::IntoResponses` for a type that says `#[status(utoipa)]`: every
    /// status it can answer. The derive calls it; see the `interop` module.
    __utoipa5_hook [generics ty where]
        docs [status kind member member_ty header header_ty open] => {
        #[automatically_derived]
        impl $($generics)* $crate::__private_0_1::utoipa::utoipa::IntoResponses for $($ty)* where $($where)* {
            fn responses() -> $crate::__private_0_1::utoipa::Responses {
                #[allow(unused_imports)]
                use $crate::__private_0_1::utoipa::{SchemaKnown as _, SchemaUnknown as _};
                #[allow(unused_mut)]
                let mut docs = $crate::__private_0_1::utoipa::Docs::new(
                    <Self as $crate::HttpStatus>::statuses(),
                );
                $(
                    docs.item($status, [$($kind)?].into_iter().next());
                    $(docs.member(
                        $status,
                        $member,
                        (&&$crate::__private_0_1::utoipa::SchemaOf::<$member_ty>(::core::marker::PhantomData)).schema(),
                    );)*
                    $(docs.header(
                        $status,
                        $header,
                        $crate::__private_0_1::utoipa::header_schema::<$header_ty>(),
                        <$header_ty as $crate::HeaderField>::always_sent(),
                    );)*
                )*
                $(docs.open($crate::__open_statuses!($($open)*));)*
                docs.responses()
            }
        }
    }
}
