//! The server's log: a 5xx is logged with its whole source chain, and its
//! text never reaches the client. Its own test binary, so that its
//! subscriber is the process's global one before any event is sent.

mod support;

use axum_app_example::Limits;
use example_conformance::Log;
use support::{Server, assert_problem_body, send};

/// The secret is logged on the server and never sent: the body of a 500
/// has its status, its title and an incident id, and the log line of the
/// same error has that id, the error and its source chain.
#[tokio::test]
async fn a_500_is_logged_with_the_id_its_body_carries_and_its_text_stays_on_the_server() {
    let log = Log::install();

    let server = Server::start(Limits {
        storage_down: true,
        ..Limits::default()
    })
    .await;
    let failed = send(server.addr, "POST", "/notes", Some(r#"{"title":"a"}"#)).await;
    let again = send(server.addr, "POST", "/notes", Some(r#"{"title":"b"}"#)).await;
    // A 4xx is logged only where the app asks for it, at its level.
    let quiet = send(server.addr, "GET", "/notes/41", None).await;
    http_status::log_client_errors(Some(tracing::Level::WARN));
    let missing = send(server.addr, "GET", "/notes/42", None).await;
    let third = send(server.addr, "POST", "/notes", Some(r#"{"title":"c"}"#)).await;
    http_status::log_client_errors(None);
    server.stop().await;

    let body: serde_json::Value = serde_json::from_str(&failed.body).unwrap();
    let instance = body["instance"].as_str().expect("a withheld 5xx has an id");
    let id = instance.strip_prefix("urn:uuid:").expect("a urn:uuid");
    assert_eq!(id.len(), 36, "{id}");
    assert_problem_body(
        &failed,
        500,
        serde_json::json!({"status": 500, "title": "Internal Server Error", "instance": instance}),
    );
    for secret in ["10.0.0.5", "app_rw", "refused"] {
        assert!(!failed.body.contains(secret), "{}", failed.body);
    }
    let other: serde_json::Value = serde_json::from_str(&again.body).unwrap();
    assert_ne!(
        other["instance"], body["instance"],
        "each incident has its own id"
    );

    let logged = log.text();
    let line = logged
        .lines()
        .find(|line| line.contains(id))
        .unwrap_or_else(|| panic!("a log line with id {id}: {logged}"));
    assert!(line.contains("ERROR"), "{line}");
    assert!(line.contains("status=500"), "{line}");
    assert!(
        line.contains(r#"error="database at 10.0.0.5:5432 refused user app_rw""#),
        "the log has the error: {line}"
    );
    assert!(
        line.contains(r#"sources="connection refused""#),
        "and its source chain: {line}"
    );
    assert_eq!(logged.matches(id).count(), 1, "logged once: {logged}");

    for (reply, code) in [(&quiet, "404"), (&missing, "404"), (&third, "500")] {
        assert!(reply.status_line.contains(code), "{}", reply.status_line);
    }
    // The 500 while the setting was on: its one incident line, no other.
    let body: serde_json::Value = serde_json::from_str(&third.body).unwrap();
    let id = body["instance"].as_str().unwrap_or_default();
    example_conformance::assert_client_errors_logged(
        &logged,
        "WARN",
        id.trim_start_matches("urn:uuid:"),
    );
}
