//! The app's own error stays reachable from poem's error value: poem keeps
//! it as the `poem::Error`'s source, so the app's middleware can log it and
//! match on it, while what the client reads is the problem, in its
//! language, through `Problems` and `NegotiateLanguage`.

use std::sync::{Arc, Mutex};

use example_conformance::send;
use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::Path;
use poem::{Endpoint, EndpointExt, Route, Server, handler};
use poem_app_example::ApiError;

#[test]
fn the_app_error_is_reachable_from_poem_s_error() {
    let cause = std::io::Error::other("connection reset by 10.0.0.5");
    let error = poem::Error::from(ApiError::Database(cause));

    // The app's error, downcast from poem's, with its source chain whole.
    let Some(ApiError::Database(inner)) = error.downcast_ref::<ApiError>() else {
        panic!("poem's error does not hold the ApiError: {error:?}");
    };
    assert_eq!(inner.to_string(), "connection reset by 10.0.0.5");
    assert!(format!("{error:?}").contains("Database"), "{error:?}");
    assert_eq!(error.status().as_u16(), 500);

    // The response is still the withheld problem.
    let response = error.into_response();
    assert_eq!(response.status().as_u16(), 500);
    assert_eq!(
        response.headers().get("content-type").unwrap(),
        "application/problem+json"
    );
    let body = tokio::runtime::Runtime::new()
        .unwrap()
        .block_on(response.into_body().into_string())
        .unwrap();
    assert!(
        body.contains(r#""title":"Internal Server Error""#),
        "{body}"
    );
    assert!(!body.contains("10.0.0.5"), "{body}");
}

#[handler]
async fn note(Path(id): Path<u64>) -> Result<&'static str, ApiError> {
    match id {
        3 => Err(ApiError::Database(std::io::Error::other(
            "pool at 10.0.0.5 exhausted",
        ))),
        id => Err(ApiError::NotFound(id)),
    }
}

/// A hand-written wrapper that takes the derived error's status and keeps
/// poem's default rendering, its `Display` as the body.
#[derive(Debug, thiserror::Error)]
#[error("while syncing: {0}")]
struct Syncing(ApiError);

impl poem::error::ResponseError for Syncing {
    fn status(&self) -> poem::http::StatusCode {
        poem::error::ResponseError::status(&self.0)
    }
}

#[handler]
async fn sync() -> Result<&'static str, Syncing> {
    Err(Syncing(ApiError::Database(std::io::Error::other(
        "replica at 10.0.0.9 lagging",
    ))))
}

/// An app's own request logger inside the crate's middleware, as a real app
/// writes one: it matches on the error the handler returned.
#[tokio::test(flavor = "multi_thread")]
async fn an_app_s_middleware_matches_the_handler_s_error() {
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let record = Arc::clone(&seen);
    let app = Route::new()
        .at("/notes/:id", poem::get(note))
        .at("/sync", poem::get(sync))
        .around(move |endpoint, request| {
            let record = Arc::clone(&record);
            async move {
                let result = endpoint.call(request).await;
                if let Err(error) = &result {
                    let what = match error.downcast_ref::<ApiError>() {
                        Some(ApiError::NotFound(id)) => format!("not found: {id}"),
                        Some(ApiError::Database(cause)) => format!("database: {cause}"),
                        Some(other) => format!("other: {other}"),
                        None if error.is::<Syncing>() => "a wrapper".to_owned(),
                        None => format!("not the app's: {error:?}"),
                    };
                    record.lock().unwrap().push(what);
                }
                result
            }
        })
        .with(http_status::Problems::new())
        // A layer that answers with a response, as poem's `Cors` does: the
        // derived error becomes one here, still in the chosen language.
        .around(|endpoint, request| async move { Ok(endpoint.get_response(request).await) })
        .with(http_status::NegotiateLanguage::new());

    let acceptor = TcpListener::bind("127.0.0.1:0")
        .into_acceptor()
        .await
        .unwrap();
    let addr = *acceptor.local_addr().remove(0).as_socket_addr().unwrap();
    let server = tokio::spawn(Server::new_with_acceptor(acceptor).run(app));
    let (missing, failed, wrapped) = tokio::task::spawn_blocking(move || {
        let missing = send(addr, "GET", "/notes/7", None, &[("Accept-Language", "zh")]);
        let failed = send(addr, "GET", "/notes/3", None, &[]);
        let wrapped = send(addr, "GET", "/sync", None, &[]);
        (missing, failed, wrapped)
    })
    .await
    .unwrap();
    server.abort();

    assert_eq!(
        *seen.lock().unwrap(),
        [
            "not found: 7",
            "database: pool at 10.0.0.5 exhausted",
            "a wrapper"
        ]
    );
    // The wrapper's own text is withheld, like any 5xx that is not a problem.
    assert_eq!(wrapped.status, 500, "{wrapped:?}");
    assert_eq!(
        wrapped.header("content-type"),
        Some("application/problem+json")
    );
    assert!(!wrapped.body.contains("10.0.0.9"), "{wrapped:?}");
    // The client still reads the problem: in 中文 where it asked.
    assert_eq!(missing.status, 404, "{missing:?}");
    assert_eq!(
        missing.header("content-language"),
        Some("zh"),
        "{missing:?}"
    );
    assert_eq!(missing.json()["detail"], "no note with id 7");
    assert_eq!(failed.status, 500, "{failed:?}");
    assert!(failed.json().get("detail").is_none(), "{failed:?}");
    assert!(!failed.body.contains("10.0.0.5"), "{failed:?}");
}
