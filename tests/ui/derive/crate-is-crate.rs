use http_status::HttpStatus;

#[derive(HttpStatus)]
#[status(404, crate = "crate")]
struct Missing;

fn main() {
    let _ = Missing.status();
}
