//! RFC 9457 problem bodies: well-formed JSON whatever the error says.
#![cfg(feature = "alloc")]

use std::fmt;

use http_status_core::{HttpStatus, Problem, StatusCode};

struct Tricky(&'static str);

impl HttpStatus for Tricky {
    fn status(&self) -> StatusCode {
        StatusCode::UNPROCESSABLE_CONTENT
    }
}

impl fmt::Display for Tricky {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[test]
fn the_detail_is_escaped_and_the_body_parses() {
    let detail = "say \"hi\"\\ \n\t\r \u{1} 中文 </script>";
    let json = Problem(Tricky(detail)).to_json();
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed["status"], 422);
    assert_eq!(parsed["title"], "Unprocessable Content");
    assert_eq!(parsed["detail"], detail);
    assert_eq!(parsed.as_object().unwrap().len(), 3);
    assert!(json.starts_with(
        r#"{"status":422,"title":"Unprocessable Content","detail":"say \"hi\"\\ \n\t\r \u0001"#
    ));
    assert_eq!(Problem::<Tricky>::CONTENT_TYPE, "application/problem+json");
}
