use actix_web::{App, HttpResponse, web};
use http_status::HttpStatus;

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, actix)]
enum ConfirmationError {
    // A 401 without a challenge: the one mistake.
    #[error("no subscriber has this confirmation token")]
    #[status(401)]
    UnknownToken,
}

async fn confirm() -> Result<HttpResponse, ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

async fn resend() -> Result<HttpResponse, ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

async fn status() -> Result<HttpResponse, ConfirmationError> {
    Err(ConfirmationError::UnknownToken)
}

fn main() {
    let _ = App::new()
        .route("/confirm", web::get().to(confirm))
        .route("/resend", web::post().to(resend))
        .route("/status", web::get().to(status));
}
