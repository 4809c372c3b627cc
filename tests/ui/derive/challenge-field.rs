// `#[www_authenticate]` marks the field whose value is a 401's challenge:
// on a 401 only, once per item, as a bare word.
use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
enum AuthError {
    #[status(403)]
    NotA401 {
        #[www_authenticate]
        challenge: String,
    },
    #[status(401)]
    Twice {
        #[www_authenticate]
        a: String,
        #[www_authenticate]
        b: String,
    },
    #[status(401)]
    WithArguments {
        #[www_authenticate("Bearer")]
        challenge: String,
    },
}

fn main() {}
