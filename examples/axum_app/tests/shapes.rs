//! The error shapes of a real axum API, written here in this crate's own
//! words: a 401 under the `Token` scheme, a 422 whose `errors` map names
//! each field's problems, and 500s from the database and from `anyhow` with
//! context. Over real TCP, with the log read back: what the client reads
//! and what stays on the server.

mod support;

use std::collections::BTreeMap;

use axum::Router;
use axum::routing::get;
use example_conformance::Log;
use http_status::HttpStatus;
use support::{Server, assert_problem_body, send};

/// What the API's handlers fail with.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, axum)]
enum ApiError {
    /// No token, or one that does not verify.
    #[error("authentication required")]
    #[status(401, www_authenticate = "Token")]
    Unauthorized,
    /// Each field's problems, for a form to show next to the field.
    #[error("the request did not validate")]
    #[status(422)]
    Invalid {
        #[problem]
        errors: BTreeMap<String, Vec<String>>,
    },
    /// The database's error: its text names the server and the user.
    #[error("the database failed")]
    Database(#[from] std::io::Error),
    /// Anything else, with the context the handler added.
    #[error("an internal error occurred")]
    Other(#[from] anyhow::Error),
}

const DSN: &str = "postgres://app:hunter2@10.0.0.5/app refused the connection";

async fn me() -> Result<(), ApiError> {
    Err(ApiError::Unauthorized)
}

async fn register() -> Result<(), ApiError> {
    let mut errors = BTreeMap::new();
    errors.insert(
        "email".to_owned(),
        vec!["has already been taken".to_owned()],
    );
    errors.insert(
        "username".to_owned(),
        vec!["is too short".to_owned(), "is reserved".to_owned()],
    );
    Err(ApiError::Invalid { errors })
}

async fn database() -> Result<(), ApiError> {
    Err(std::io::Error::new(
        std::io::ErrorKind::ConnectionRefused,
        DSN,
    ))?
}

async fn upload() -> Result<(), ApiError> {
    use anyhow::Context;
    Err::<(), _>(anyhow::anyhow!("no space left on device"))
        .context("writing /srv/uploads/7/avatar.png")?;
    Ok(())
}

#[tokio::test]
async fn a_real_api_s_errors_answer_and_log_as_ported() {
    let log = Log::install();
    let router = Router::new()
        .route("/user", get(me))
        .route("/users", get(register))
        .route("/articles", get(database))
        .route("/upload", get(upload));
    let server = Server::serve(router).await;
    let unauthorized = send(server.addr, "GET", "/user", None).await;
    let invalid = send(server.addr, "GET", "/users", None).await;
    let database = send(server.addr, "GET", "/articles", None).await;
    let upload = send(server.addr, "GET", "/upload", None).await;
    server.stop().await;

    // The 401 names its scheme, as RFC 9110 §15.5.2 requires.
    assert_problem_body(
        &unauthorized,
        401,
        serde_json::json!({"status": 401, "title": "Unauthorized", "detail": "authentication required"}),
    );
    assert_eq!(unauthorized.header("www-authenticate"), Some("Token"));

    // The map goes out as a member, as the app built it.
    assert_problem_body(
        &invalid,
        422,
        serde_json::json!({
            "status": 422,
            "title": "Unprocessable Content",
            "detail": "the request did not validate",
            "errors": {"email": ["has already been taken"], "username": ["is too short", "is reserved"]},
        }),
    );

    // Each 500: no text on the wire; the log line with the body's id has
    // the error and its whole chain.
    let logged = log.text();
    for (reply, chain) in [
        (&database, DSN),
        (
            &upload,
            "writing /srv/uploads/7/avatar.png: no space left on device",
        ),
    ] {
        let body: serde_json::Value = serde_json::from_str(&reply.body).unwrap();
        let instance = body["instance"].as_str().expect("a 5xx has an id");
        assert_problem_body(
            reply,
            500,
            serde_json::json!({"status": 500, "title": "Internal Server Error", "instance": instance}),
        );
        for secret in ["hunter2", "10.0.0.5", "/srv", "space"] {
            assert!(!reply.body.contains(secret), "{}", reply.body);
        }
        let id = instance.trim_start_matches("urn:uuid:");
        let lines: Vec<&str> = logged.lines().filter(|l| l.contains(id)).collect();
        assert_eq!(lines.len(), 1, "{logged}");
        assert!(
            lines[0].contains(&format!("sources={chain:?}")),
            "{}",
            lines[0]
        );
    }
}
