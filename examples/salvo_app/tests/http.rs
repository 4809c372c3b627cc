//! The salvo server over a real socket: the notes suite every framework
//! example passes.

use example_conformance::{Log, check_framework_errors, check_notes_api};
use salvo::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn the_notes_api_over_tcp() {
    let log = Log::install();
    let acceptor = TcpListener::new("127.0.0.1:0")
        .try_bind()
        .await
        .expect("a loopback port");
    let addr = acceptor.local_addr().expect("its address");
    let server = tokio::spawn(Server::new(acceptor).serve(salvo_app_example::service()));
    let checked = tokio::task::spawn_blocking(move || {
        check_notes_api(addr, &log);
        check_framework_errors(addr, &log);
        example_conformance::check_problem_parts(addr);
        example_conformance::check_client_errors_logged(addr, &log);
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

    let codes: Vec<u16> = salvo_app_example::ApiError::statuses()
        .iter()
        .map(|s| s.as_u16())
        .collect();
    assert_eq!(codes, [400, 403, 404, 413, 500, 503]);
}
