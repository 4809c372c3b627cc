//! The actix-web server over a real socket: the notes suite every framework
//! example passes, then the server stopped.

use std::net::SocketAddr;

use example_conformance::{Log, check_framework_errors, check_notes_api};

#[test]
fn the_notes_api_over_tcp() {
    let log = Log::install();
    actix_web::rt::System::new().block_on(async {
        let (server, addr) =
            actix_app_example::server(SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        let checked = actix_web::rt::task::spawn_blocking(move || {
            check_notes_api(addr, &log);
            check_framework_errors(addr, &log);
            example_conformance::check_problem_parts(addr);
            example_conformance::check_client_errors_logged(addr, &log);
            // actix renders an `io::Error` of kind `PermissionDenied` as a
            // 403 with its text: a problem without it.
            let denied = example_conformance::send(addr, "GET", "/io/forbidden", None, &[]);
            assert_eq!(denied.status, 403, "{denied:?}");
            assert_eq!(
                denied.header("content-type"),
                Some("application/problem+json")
            );
            let body = denied.json();
            assert_eq!(body["title"], "Forbidden", "{denied:?}");
            assert!(body.get("detail").is_none(), "{denied:?}");
            assert!(!denied.body.contains("/srv"), "{denied:?}");
            // An inner middleware's `Err`: withheld, with an id, and logged.
            let guarded = example_conformance::send(addr, "GET", "/guarded", None, &[]);
            assert_eq!(guarded.status, 500, "{guarded:?}");
            assert_eq!(
                guarded.header("content-type"),
                Some("application/problem+json")
            );
            assert!(!guarded.body.contains("10.0.0.7"), "{guarded:?}");
            let id = guarded.incident_id();
            let logged = log.text();
            let line = logged
                .lines()
                .find(|l| l.contains(&id))
                .expect("a log line");
            assert!(line.contains("10.0.0.7:6379 refused AUTH"), "{line}");
        })
        .await;
        handle.stop(true).await;
        if let Err(failure) = checked {
            std::panic::resume_unwind(failure.into_panic());
        }
    });
}

/// The set OpenAPI documents: the variants' codes and the framework
/// rejection's exact set, read from the framework's source.
#[test]
fn the_error_s_statuses_are_exact() {
    use http_status::HttpStatus;

    let codes: Vec<u16> = actix_app_example::ApiError::statuses()
        .iter()
        .map(|s| s.as_u16())
        .collect();
    assert_eq!(codes, [400, 403, 404, 413, 500, 503]);
}
