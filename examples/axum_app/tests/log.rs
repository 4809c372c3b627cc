//! The server's log: a 5xx is logged with its whole source chain, and its
//! text never reaches the client. Its own test binary, so that its
//! subscriber is the process's global one before any event is sent.

mod support;

use std::sync::{Arc, Mutex};

use axum_app_example::Limits;
use support::{Server, assert_problem_body, send};

/// Everything the app logs, kept for the test to read.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Log {
    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

/// The secret is logged on the server and never sent: the body of a 500
/// has its status and title only.
#[tokio::test]
async fn a_500_is_logged_with_its_cause_and_its_text_never_reaches_the_client() {
    let log = Log::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");

    let server = Server::start(Limits {
        storage_down: true,
        ..Limits::default()
    })
    .await;
    let failed = send(server.addr, "POST", "/notes", Some(r#"{"title":"a"}"#)).await;
    server.stop().await;

    assert_problem_body(
        &failed,
        500,
        serde_json::json!({"status": 500, "title": "Internal Server Error"}),
    );
    assert!(!failed.body.contains("10.0.0.5"), "{}", failed.body);
    assert!(!failed.body.contains("app_rw"), "{}", failed.body);
    let logged = log.text();
    assert!(
        logged.contains("database at 10.0.0.5:5432 refused user app_rw: connection refused"),
        "the log has the error and its source: {logged}"
    );
    assert!(logged.contains("status=500"), "{logged}");
}
