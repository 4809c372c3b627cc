// A header that describes a body's encoding or the connection is not an
// error's to send: the problem's body is whole JSON on the server's own
// connection.
use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(503)]
    Down {
        #[header("content-encoding")]
        a: String,
        #[header("Connection")]
        b: String,
        #[header("upgrade")]
        c: String,
        #[header("te")]
        d: String,
        #[header("trailer")]
        e: String,
        #[header("content-range")]
        f: String,
        #[header("keep-alive")]
        g: String,
    },
    // `set-cookie` is allowed: a 401 may end a session.
    #[status(401, www_authenticate = "Bearer")]
    SignIn {
        #[header("set-cookie")]
        cleared: &'static str,
    },
}

fn main() {}
