// A member that RFC 9457 defines, and a name given twice, are errors.
use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(403)]
    OutOfCredit {
        #[problem]
        title: String,
        #[problem]
        balance: u64,
        #[problem(rename = "balance")]
        other: u64,
    },
    #[status(400)]
    Unnamed(#[problem] u64),
    #[status(400)]
    Unknown {
        #[problem(name = "x")]
        field: u64,
    },
}

fn main() {}
