//! The app's own error stays reachable from actix-web's error value, so that
//! a middleware or an error handler of the app can log it or match on it,
//! while what the client reads is the problem.

use actix_app_example::ApiError;
use actix_web::body::MessageBody;

#[test]
fn the_app_error_is_reachable_from_actix_s_error() {
    let cause = std::io::Error::other("connection reset by 10.0.0.5");
    let error = actix_web::Error::from(ApiError::Database(cause));

    // The app's error, downcast from actix's, with its source chain whole.
    let Some(ApiError::Database(inner)) = error.as_error::<ApiError>() else {
        panic!("actix's error does not hold the ApiError: {error:?}");
    };
    assert_eq!(inner.to_string(), "connection reset by 10.0.0.5");
    let app: &dyn std::error::Error = error.as_error::<ApiError>().unwrap();
    assert_eq!(
        app.source().map(ToString::to_string).as_deref(),
        Some("connection reset by 10.0.0.5")
    );

    // The response is still the withheld problem.
    let response = error.error_response();
    assert_eq!(response.status().as_u16(), 500);
    assert_eq!(
        response.headers().get("content-type").unwrap(),
        "application/problem+json"
    );
    let body = response.into_body().try_into_bytes().unwrap();
    let body = std::str::from_utf8(&body).unwrap();
    assert!(
        body.contains(r#""title":"Internal Server Error""#),
        "{body}"
    );
    assert!(!body.contains("10.0.0.5"), "{body}");
}
