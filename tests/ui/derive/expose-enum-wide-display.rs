// derive_more's message for the whole enum stands over each variant's own,
// and the derive does not read it: `expose` cannot vouch for it.
use http_status::HttpStatus;

#[derive(Debug, derive_more::Display, HttpStatus)]
#[display("{_variant} ({_0})")]
enum Upstream {
    #[display("read-only")]
    #[status(503, expose)]
    Maintenance(std::io::Error),
}

fn main() {}
