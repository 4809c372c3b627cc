//! An API's errors, each annotated once: `#[derive(HttpStatus)]` with
//! `#[status(utoipa, aide, axum)]` gives the response and both OpenAPI
//! documents. The tests in `tests/` check that every source agrees.
#![forbid(unsafe_code)]

use http_status::{HttpStatus, StatusCode};

/// Four variants: a code, a phrase, the enum's default, and a transparent,
/// generic one that brings its own statuses.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, utoipa, aide, axum)]
pub enum ApiError<E: std::error::Error + HttpStatus> {
    #[error("no note with id {0}")]
    #[status(404)]
    NotFound(u64),
    #[error("a note titled {0:?} already exists")]
    #[status("Conflict")]
    TitleTaken(String),
    #[error(transparent)]
    #[status(transparent)]
    Storage(E),
    #[error("the notes lock was poisoned")]
    Poisoned,
}

/// The storage layer's errors.
#[derive(Debug, thiserror::Error, HttpStatus)]
pub enum StorageError {
    #[error("the store is full")]
    #[status(507)]
    Full,
    #[error("the store is read-only")]
    #[status(503, expose)]
    ReadOnly,
}

/// An error that wraps a `StatusCode` chosen at run time: its set is open.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(utoipa, aide)]
pub enum ProxyError {
    #[error("no such upstream")]
    #[status(404)]
    NoUpstream,
    #[error("upstream answered {0}")]
    #[status(transparent)]
    Upstream(StatusCode),
}

/// A type that does not opt in keeps its own `IntoResponses`, although the
/// `utoipa5` feature is on in this crate: features stay additive.
#[derive(Debug, HttpStatus)]
#[status(410)]
pub struct NotOptedIn;

impl utoipa::IntoResponses for NotOptedIn {
    fn responses() -> std::collections::BTreeMap<
        String,
        utoipa::openapi::RefOr<utoipa::openapi::response::Response>,
    > {
        let gone = utoipa::openapi::ResponseBuilder::new()
            .description("written by hand")
            .build();
        [("410".to_owned(), gone.into())].into()
    }
}

/// A boxed transparent field: its set is the boxed type's, so the documents
/// list the storage errors, as they would for the unboxed field.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(utoipa, aide, axum)]
pub enum BoxedError {
    #[error("no such note")]
    #[status(404)]
    NotFound,
    #[error(transparent)]
    #[status(transparent)]
    Storage(Box<StorageError>),
}

/// Types named like the primitives the hooks' expansions use.
#[allow(non_camel_case_types, dead_code)]
mod shadowed_primitives {
    use http_status::HttpStatus;

    struct u16;
    struct bool;

    #[derive(Debug, thiserror::Error, HttpStatus)]
    #[status(utoipa, aide, axum)]
    #[error("gone")]
    #[status(410)]
    pub struct Shadowed;
}

/// Types, members and headers from the annotation: two types and an
/// `about:blank` at 403, a header at 429 and 503 (always sent at 429, by
/// only one item of two at 503), a challenge at 401.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(utoipa, aide, axum)]
pub enum CreditError {
    #[error("your balance is {balance}, but that costs {cost}")]
    #[status(403, type = "https://example.com/probs/out-of-credit")]
    OutOfCredit {
        #[problem]
        balance: u64,
        #[problem]
        accounts: Vec<String>,
        cost: u64,
    },
    #[error("this account is frozen")]
    #[status(403, type = "https://example.com/probs/frozen")]
    Frozen,
    #[error("no such account")]
    #[status(403)]
    Hidden,
    #[error("slow down")]
    #[status(429)]
    RateLimited {
        #[header("retry-after")]
        retry_after: u64,
    },
    #[error("down for maintenance")]
    #[status(503, expose)]
    Maintenance(#[header("retry-after")] std::time::Duration),
    #[error("overloaded")]
    #[status(503)]
    Overloaded {
        #[header("retry-after")]
        after: Option<u64>,
    },
    #[error("sign in first")]
    #[status(401, www_authenticate = "Bearer realm=\"credit\"")]
    SignIn,
}

/// A 403 of its own type beside a transparent item whose field answers 403
/// with another: the documents cannot list the field's types, so they list
/// none for 403.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(utoipa, aide, axum)]
pub enum WrapperError {
    #[error("out of credit")]
    #[status(403, type = "/probs/out-of-credit")]
    OutOfCredit,
    #[error(transparent)]
    #[status(transparent)]
    Frozen(Frozen),
}

/// A 403 with a type of its own.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("frozen")]
#[status(403, utoipa, type = "/probs/frozen")]
pub struct Frozen;
