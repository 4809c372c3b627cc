//! The poem server over a real socket: the notes suite every framework
//! example passes.

use example_conformance::{Log, check_framework_errors, check_notes_api};
use poem::Server;
use poem::listener::{Acceptor, Listener, TcpListener};

#[tokio::test(flavor = "multi_thread")]
async fn the_notes_api_over_tcp() {
    let log = Log::install();
    let acceptor = TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .unwrap();
    let addr = *acceptor
        .local_addr()
        .remove(0)
        .as_socket_addr()
        .expect("a TCP address");
    let server = tokio::spawn(Server::new_with_acceptor(acceptor).run(poem_app_example::app()));
    let checked = tokio::task::spawn_blocking(move || {
        check_notes_api(addr, &log);
        check_framework_errors(addr, &log);
        example_conformance::check_problem_parts(addr);
        example_conformance::check_client_errors_logged(addr, &log);
        // poem's own 500 for state the app never added names a Rust type:
        // withheld, with an incident id, the type in the log.
        let missing = example_conformance::send(addr, "GET", "/pool", None, &[]);
        assert_eq!(missing.status, 500, "{missing:?}");
        assert_eq!(
            missing.header("content-type"),
            Some("application/problem+json")
        );
        assert!(!missing.body.contains("Pool"), "{missing:?}");
        let id = missing.incident_id();
        let logged = log.text();
        let line = logged
            .lines()
            .find(|l| l.contains(&id))
            .expect("a log line");
        assert!(line.contains("Pool"), "{line}");
    })
    .await;
    server.abort();
    if let Err(failure) = checked {
        std::panic::resume_unwind(failure.into_panic());
    }
}

/// The set OpenAPI documents: the variants' codes and the framework
/// rejection's exact set, read from the framework's source.
#[test]
fn the_error_s_statuses_are_exact() {
    use http_status::HttpStatus;

    let codes: Vec<u16> = poem_app_example::ApiError::statuses()
        .iter()
        .map(|s| s.as_u16())
        .collect();
    assert_eq!(codes, [400, 403, 404, 413, 415, 500, 503]);
}
