use http_status::HttpStatus;
use poem::{Route, get, handler, post};

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, poem)]
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
    let _ = Route::new()
        .at("/confirm", get(confirm))
        .at("/resend", post(resend))
        .at("/status", get(status));
}
