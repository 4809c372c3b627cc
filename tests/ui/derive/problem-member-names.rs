// An extension member's name is an ASCII letter followed by ASCII letters,
// digits and `_`, and never a standard member's in another case.
use http_status::HttpStatus;

#[derive(Debug, HttpStatus)]
enum ApiError {
    #[status(422)]
    Invalid {
        #[problem(rename = "status\u{200b}")]
        a: u64,
        #[problem(rename = "__proto__")]
        b: u64,
        #[problem(rename = "Status")]
        c: u64,
        #[problem(rename = "$ref")]
        d: u64,
        #[problem(rename = "invalid-params")]
        hyphen: u64,
        #[problem(rename = "invalid_params")]
        fine: u64,
    },
}

fn main() {}
