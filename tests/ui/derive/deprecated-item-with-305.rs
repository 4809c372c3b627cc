#![deny(deprecated)]

use http_status::HttpStatus;

// The item's own deprecation adds nothing; the deprecated code still warns.
#[deprecated = "use `Current`"]
#[derive(HttpStatus)]
#[status(305)]
struct Legacy;

fn main() {}
