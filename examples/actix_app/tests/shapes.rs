//! The error shapes of a real actix-web newsletter service, written here
//! in this crate's own words: a subscription's validation error whose text
//! the app chose to send, a confirmation link with an unknown token, and
//! 500s whose `anyhow` context names the server's internals. Over real TCP,
//! with the log read back.

use std::net::SocketAddr;

use actix_web::{App, HttpServer, web};
use example_conformance::{Log, send};
use http_status::HttpStatus;

/// What subscribing fails with.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, actix)]
enum SubscribeError {
    /// The app's own words about the form, for the client.
    #[error("{0}")]
    #[status(400)]
    Validation(String),
    /// Storing failed; the context says where.
    #[error("failed to store the subscriber")]
    Store(#[source] anyhow::Error),
}

/// What confirming fails with. An unknown token in a link is not HTTP
/// authentication (no scheme applies), so it answers 404, as the derive's
/// help says, and not the original's 401 without a challenge.
#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, actix)]
enum ConfirmError {
    #[error("no subscription is waiting for this token")]
    #[status(404)]
    UnknownToken,
    #[error("failed to confirm the subscriber")]
    Store(#[source] anyhow::Error),
}

async fn subscribe(
    form: web::Query<Vec<(String, String)>>,
) -> Result<&'static str, SubscribeError> {
    use anyhow::Context;
    match form.iter().find(|(k, _)| k == "email") {
        None => Err(SubscribeError::Validation(
            "the email is missing".to_owned(),
        )),
        Some(_) => Err::<(), _>(anyhow::anyhow!("pool timed out after 2s"))
            .context("inserting into subscriptions at db.internal:5432")
            .map(|()| "subscribed")
            .map_err(SubscribeError::Store),
    }
}

async fn confirm(token: web::Path<String>) -> Result<&'static str, ConfirmError> {
    use anyhow::Context;
    match token.as_str() {
        "broken" => Err::<(), _>(anyhow::anyhow!("connection reset"))
            .context("updating subscription_tokens at db.internal:5432")
            .map(|()| "confirmed")
            .map_err(ConfirmError::Store),
        _ => Err(ConfirmError::UnknownToken),
    }
}

#[test]
fn a_newsletter_s_errors_answer_and_log_as_ported() {
    let log = Log::install();
    actix_web::rt::System::new().block_on(async {
        let server = HttpServer::new(|| {
            App::new()
                .wrap(actix_web::middleware::from_fn(http_status::actix::problems))
                .service(web::resource("/subscriptions").get(subscribe))
                .service(web::resource("/subscriptions/confirm/{token}").get(confirm))
        })
        .workers(1)
        .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .unwrap();
        let addr = server.addrs()[0];
        let server = server.run();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        let checked = actix_web::rt::task::spawn_blocking(move || {
            let invalid = send(addr, "GET", "/subscriptions?name=ursula", None, &[]);
            assert_eq!(invalid.status, 400, "{invalid:?}");
            assert_eq!(invalid.json()["detail"], "the email is missing");

            let unknown = send(addr, "GET", "/subscriptions/confirm/abc", None, &[]);
            assert_eq!(unknown.status, 404, "{unknown:?}");
            assert_eq!(
                unknown.json()["detail"],
                "no subscription is waiting for this token"
            );

            let logged = || log.text();
            for (path, chain) in [
                (
                    "/subscriptions?email=u%40example.com",
                    "inserting into subscriptions at db.internal:5432: pool timed out after 2s",
                ),
                (
                    "/subscriptions/confirm/broken",
                    "updating subscription_tokens at db.internal:5432: connection reset",
                ),
            ] {
                let failed = send(addr, "GET", path, None, &[]);
                assert_eq!(failed.status, 500, "{failed:?}");
                let body = failed.json();
                assert!(body.get("detail").is_none(), "{failed:?}");
                assert!(!failed.body.contains("db.internal"), "{failed:?}");
                let id = failed.incident_id();
                let logged = logged();
                let lines: Vec<&str> = logged.lines().filter(|l| l.contains(&id)).collect();
                assert_eq!(lines.len(), 1, "{logged}");
                assert!(
                    lines[0].contains(&format!("sources={chain:?}")),
                    "{}",
                    lines[0]
                );
            }
        })
        .await;
        handle.stop(true).await;
        if let Err(failure) = checked {
            std::panic::resume_unwind(failure.into_panic());
        }
    });
}
