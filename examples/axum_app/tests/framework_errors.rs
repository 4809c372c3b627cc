//! What axum itself answers, as problems, over real TCP: the suite every
//! member passes. Its own test binary, for its own log subscriber.

mod support;

use axum_app_example::Limits;
use example_conformance::{Log, check_framework_errors};
use support::Server;

#[tokio::test(flavor = "multi_thread")]
async fn unknown_routes_wrong_methods_large_bodies_and_panics_are_problems() {
    let log = Log::install();
    let server = Server::start(Limits::default()).await;
    let addr = server.addr;
    let log_for_check = log.clone();
    let checked = tokio::task::spawn_blocking(move || {
        check_framework_errors(addr, &log_for_check);
        example_conformance::check_problem_parts(addr);
    })
    .await;
    server.stop().await;
    if let Err(failure) = checked {
        std::panic::resume_unwind(failure.into_panic());
    }
}
