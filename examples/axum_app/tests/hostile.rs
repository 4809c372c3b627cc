//! Errors whose impls work against the response: a source chain that
//! loops, a `Display` that fails or panics, text that tries to forge a log
//! line, a 1xx as an error. Each still answers a problem over real TCP, in
//! time, and each incident is logged once, on one line, with its id, by a
//! real `tracing` subscriber. Its own test binary, for its own subscriber.

mod support;

use std::error::Error;
use std::fmt;

use axum::Router;
use axum::routing::get;
use example_conformance::Log;
use http_status::{HttpStatus, Problem, StatusCode, status};
use support::{Server, send};

/// An error that is its own source.
#[derive(Debug)]
struct Loop;

impl fmt::Display for Loop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a loop")
    }
}

impl Error for Loop {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(&Loop)
    }
}

/// A 500 whose only field is the loop.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("storage failed")]
#[status(500, axum)]
struct Looping(#[source] Loop);

/// A `Display` that writes half a message, then fails or panics.
#[derive(Debug)]
struct Broken {
    status: StatusCode,
    panics: bool,
}

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("half a messa")?;
        if self.panics {
            panic!("a Display that panics");
        }
        Err(fmt::Error)
    }
}

impl HttpStatus for Broken {
    fn status(&self) -> StatusCode {
        self.status
    }
}

/// A 500 whose text carries what a client sent: a newline, a fake id, and
/// an ANSI escape that would recolour a terminal.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("no user {0}")]
#[status(500, axum)]
struct Forged(String);

const FORGERY: &str = "bob\nERROR withheld a 500 from the client status=500 id=00000000-0000-4000-8000-000000000000 \u{1b}[31mred";

fn router() -> Router {
    Router::new()
        .route("/loop", get(|| async { Err::<(), _>(Looping(Loop)) }))
        .route(
            "/fails/{code}",
            get(
                |axum::extract::Path(code): axum::extract::Path<u16>| async move {
                    let status = StatusCode::from_u16(code).unwrap();
                    Err::<(), _>(
                        Problem::new(Broken {
                            status,
                            panics: false,
                        })
                        .expose_detail(),
                    )
                },
            ),
        )
        .route(
            "/panics",
            get(|| async {
                let status = StatusCode::INTERNAL_SERVER_ERROR;
                Err::<(), _>(
                    Problem::new(Broken {
                        status,
                        panics: true,
                    })
                    .expose_detail(),
                )
            }),
        )
        .route(
            "/forged",
            get(|| async { Err::<(), _>(Forged(FORGERY.into())) }),
        )
        .route(
            "/early",
            get(|| async { Err::<(), _>(Problem::new(status!(103))) }),
        )
}

/// The id a withheld reply carries, after checking its problem body.
fn incident(reply: &support::Reply, code: u16) -> String {
    assert!(
        reply.status_line.starts_with(&format!("HTTP/1.1 {code} ")),
        "{reply:?}"
    );
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    let body = reply.json();
    assert_eq!(body["status"], code, "{body}");
    assert!(body.get("detail").is_none(), "no text: {body}");
    let instance = body["instance"]
        .as_str()
        .expect("an incident id")
        .to_owned();
    instance
        .strip_prefix("urn:uuid:")
        .expect("a urn:uuid")
        .to_owned()
}

/// The one log line with `id`, checked to be the only one.
fn line_of(logged: &str, id: &str) -> String {
    assert_eq!(logged.matches(id).count(), 1, "logged once: {logged}");
    logged.lines().find(|l| l.contains(id)).unwrap().to_owned()
}

#[tokio::test]
async fn hostile_errors_answer_in_time_and_are_logged_on_one_line_each() {
    let log = Log::install();
    let server = Server::serve(router()).await;

    // `send` gives up after 10 s: a loop that hung the worker fails here.
    let looping = send(server.addr, "GET", "/loop", None).await;
    let fails_500 = send(server.addr, "GET", "/fails/500", None).await;
    let fails_400 = send(server.addr, "GET", "/fails/400", None).await;
    let panics = send(server.addr, "GET", "/panics", None).await;
    let forged = send(server.addr, "GET", "/forged", None).await;
    let early = send(server.addr, "GET", "/early", None).await;
    // The server still answers after all that.
    let after = send(server.addr, "GET", "/loop", None).await;
    server.stop().await;
    let logged = log.text();

    let id = incident(&looping, 500);
    let line = line_of(&logged, &id);
    assert!(line.contains(r#"error="storage failed""#), "{line}");
    assert_eq!(
        line.matches("a loop").count(),
        32,
        "the walk is bounded: {line}"
    );

    for (reply, code) in [(&fails_500, 500), (&fails_400, 400)] {
        let id = incident(reply, code);
        let line = line_of(&logged, &id);
        assert!(line.contains("the error's Display failed"), "{line}");
        assert!(!reply.body.contains("half"), "{}", reply.body);
    }
    // A `Display` that panics: the panic hook's line, with the id that the
    // incident line and the body carry too, and the `Display` called once.
    let id = incident(&panics, 500);
    assert!(!panics.body.contains("half"), "{}", panics.body);
    let lines: Vec<&str> = logged.lines().filter(|l| l.contains(&id)).collect();
    assert_eq!(lines.len(), 2, "{logged}");
    assert!(
        lines[0].contains(r#"panic="a Display that panics""#),
        "the hook's line first: {lines:?}"
    );
    assert!(lines[1].contains("the error's Display failed"), "{lines:?}");
    assert!(
        lines[1].contains(r#"error="<its Display panicked>""#),
        "{lines:?}"
    );
    assert_eq!(
        logged.matches("a Display that panics").count(),
        1,
        "called once, written once: {logged}"
    );
    assert!(
        logged
            .lines()
            .all(|l| !l.contains("half a messa") || l.contains(" id=")),
        "no half-written line: {logged}"
    );

    let id = incident(&forged, 500);
    let line = line_of(&logged, &id);
    assert!(
        line.contains(r#"error="no user bob\nERROR withheld"#),
        "escaped: {line}"
    );
    assert!(line.contains(r"\u{1b}[31mred"), "{line}");
    assert!(!logged.contains('\u{1b}'), "no raw escape: {logged}");
    assert_eq!(
        logged
            .matches("id=00000000-0000-4000-8000-000000000000")
            .count(),
        1,
        "the fake id stays inside the quoted field: {logged}"
    );
    assert!(
        logged.lines().all(|l| !l.starts_with("ERROR withheld")),
        "no forged line: {logged}"
    );

    let id = incident(&early, 500);
    let line = line_of(&logged, &id);
    assert!(line.contains("a 1xx cannot be a final response"), "{line}");
    assert!(line.contains("103 Early Hints"), "{line}");

    incident(&after, 500);
}
