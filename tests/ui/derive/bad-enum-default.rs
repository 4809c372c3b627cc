use http_status::HttpStatus;

// A default that fails is the one mistake: the variants that would use it
// are not also reported as having no status.
#[derive(HttpStatus)]
#[status("Internal Server Eror")]
enum Typo {
    First,
    Second,
}

#[derive(HttpStatus)]
#[status(418)]
enum Teapot {
    #[status(404)]
    Missing,
    Other,
}

fn main() {
    let _ = Typo::First.status();
    let _ = Teapot::Other.status();
}
