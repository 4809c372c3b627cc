// A projection into a field reads what the derive cannot see.
use http_status::HttpStatus;

#[derive(Debug)]
struct Ctx {
    inner: std::io::Error,
}

#[derive(Debug, thiserror::Error, HttpStatus)]
enum Save {
    #[error("could not save: {}", .0.inner)]
    #[status(503, expose)]
    Positional(Ctx),
    #[error("could not save: {}", .ctx.inner)]
    #[status(503, expose)]
    Named { ctx: Ctx },
}

fn main() {}
