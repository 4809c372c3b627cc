use http_status::HttpStatus;

// Each misplaced word is reported, with or without its feature: on a
// variant, the place is the mistake.
#[derive(HttpStatus)]
enum AppError {
    #[status(404, utoipa, aide, axum, actix, poem, salvo)]
    Missing,
}

fn main() {}
