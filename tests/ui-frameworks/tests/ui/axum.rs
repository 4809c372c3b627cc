use axum::Router;
use axum::routing::{get, post};
use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, axum)]
enum ConfirmationError {
    // A 401 without a challenge: the one mistake.
    #[error("no subscriber has this confirmation token")]
    #[status(401)]
    UnknownToken,
}

async fn confirm() -> Result<(), ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

async fn resend() -> Result<(), ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

async fn status() -> Result<(), ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

fn main() {
    let _: Router = Router::new()
        .route("/confirm", get(confirm))
        .route("/resend", post(resend))
        .route("/status", get(status));
}
