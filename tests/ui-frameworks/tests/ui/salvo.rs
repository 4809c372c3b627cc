use http_status::HttpStatus;
use salvo::prelude::*;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, salvo)]
enum ConfirmationError {
    // A 401 without a challenge: the one mistake.
    #[error("no subscriber has this confirmation token")]
    #[status(401)]
    UnknownToken,
}

#[handler]
async fn confirm() -> Result<(), ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

#[handler]
async fn resend() -> Result<(), ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

#[handler]
async fn status() -> Result<(), ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

fn main() {
    let _ = Router::new()
        .push(Router::with_path("confirm").get(confirm))
        .push(Router::with_path("resend").post(resend))
        .push(Router::with_path("status").get(status));
}
