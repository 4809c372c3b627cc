//! RFC 9457 problem bodies: safe by default, complete, and well-formed JSON
//! whatever the error says. Bodies are parsed back with `serde_json`.
#![cfg(feature = "alloc")]

use std::fmt;

use http_status_core::{Extension, HttpStatus, Problem, StatusCode};
use proptest::prelude::*;
use serde_json::{Value, json};

/// An error with any status and any message.
struct Failure(StatusCode, String);

impl HttpStatus for Failure {
    fn status(&self) -> StatusCode {
        self.0
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.1)
    }
}

fn body<T: HttpStatus + fmt::Display>(problem: &Problem<T>) -> Value {
    let json = problem.to_json();
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

const SECRET: &str = "connection to 10.0.0.5:5432 refused for user app_rw";

#[test]
fn a_4xx_sends_its_message_as_detail() {
    let detail = "say \"hi\"\\ \n\t\r \u{1} 中文 </script>";
    let problem = Problem::new(Failure(StatusCode::UNPROCESSABLE_CONTENT, detail.into()));
    assert_eq!(
        body(&problem),
        json!({"status": 422, "title": "Unprocessable Content", "detail": detail})
    );
    assert!(problem.to_json().starts_with(
        r#"{"status":422,"title":"Unprocessable Content","detail":"say \"hi\"\\ \n\t\r \u0001"#
    ));
    assert_eq!(
        http_status_core::PROBLEM_CONTENT_TYPE,
        "application/problem+json"
    );
}

#[test]
fn a_5xx_withholds_its_message_by_default() {
    for status in StatusCode::ALL.iter().filter(|s| s.is_server_error()) {
        let problem = Problem::new(Failure(*status, SECRET.into()));
        assert_eq!(
            body(&problem),
            json!({"status": status.as_u16(), "title": status.reason()}),
            "{status}"
        );
        assert!(!problem.to_json().contains("10.0.0.5"));
        assert_eq!(problem.detail(), None);
    }
    for status in StatusCode::ALL.iter().filter(|s| !s.is_server_error()) {
        let problem = Problem::new(Failure(*status, "text".into()));
        assert_eq!(problem.detail().as_deref(), Some("text"), "{status}");
    }
}

#[test]
fn a_5xx_text_is_sent_only_where_asked() {
    let exposed = Problem::new(Failure(
        StatusCode::SERVICE_UNAVAILABLE,
        "back at 14:00".into(),
    ))
    .expose_detail();
    assert_eq!(body(&exposed)["detail"], "back at 14:00");

    let own = Problem::new(Failure(StatusCode::INTERNAL_SERVER_ERROR, SECRET.into()))
        .with_detail("logged as 7f3a");
    assert_eq!(body(&own)["detail"], "logged as 7f3a");
    assert!(!own.to_json().contains("10.0.0.5"));

    let hidden = Problem::new(Failure(StatusCode::NOT_FOUND, "no note 7".into())).hide_detail();
    assert_eq!(body(&hidden), json!({"status": 404, "title": "Not Found"}));
}

/// A hand-written impl may expose its 5xx text through the trait.
struct Maintenance;

impl HttpStatus for Maintenance {
    fn status(&self) -> StatusCode {
        StatusCode::SERVICE_UNAVAILABLE
    }
    fn exposes_detail(&self) -> bool {
        true
    }
}

impl fmt::Display for Maintenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("read-only until 14:00 UTC")
    }
}

#[test]
fn the_trait_decides_and_wrappers_forward_it() {
    assert_eq!(
        body(&Problem::new(Maintenance))["detail"],
        "read-only until 14:00 UTC"
    );
    assert_eq!(
        body(&Problem::new(Box::new(Maintenance)))["detail"],
        "read-only until 14:00 UTC"
    );
    let dynamic: &dyn HttpStatus = &Maintenance;
    assert!(dynamic.exposes_detail());
}

#[test]
fn type_title_instance_and_extensions() {
    let problem = Problem::new(Failure(StatusCode::FORBIDDEN, "balance is 30".into()))
        .with_type("https://example.com/probs/out-of-credit")
        .with_title("You do not have enough credit.")
        .with_instance("/account/12345/msgs/abc")
        .with_extension("balance", 30)
        .with_extension("accounts", vec!["/account/12345", "/account/67890"])
        .with_extension(
            "invalid_fields",
            vec![Extension::object([
                ("name", "age"),
                ("reason", "must be positive"),
            ])],
        )
        .with_extension("ratio", 0.5)
        .with_extension("flag", Some(true))
        .with_extension("nothing", None::<u8>)
        .with_extension("balance", 31);
    assert_eq!(
        body(&problem),
        json!({
            "type": "https://example.com/probs/out-of-credit",
            "status": 403,
            "title": "You do not have enough credit.",
            "detail": "balance is 30",
            "instance": "/account/12345/msgs/abc",
            "balance": 31,
            "accounts": ["/account/12345", "/account/67890"],
            "invalid_fields": [{"name": "age", "reason": "must be positive"}],
            "ratio": 0.5,
            "flag": true,
            "nothing": null,
        })
    );
    // Members in RFC order, then extensions in the order given.
    assert!(problem.to_json().starts_with(r#"{"type":"#));
    assert!(problem.to_json().ends_with(r#""nothing":null}"#));
}

#[test]
fn json_has_no_nan_or_infinity() {
    let problem = Problem::new(StatusCode::BAD_REQUEST)
        .with_extension("nan", f64::NAN)
        .with_extension("inf", f32::INFINITY);
    assert_eq!(body(&problem)["nan"], Value::Null);
    assert_eq!(body(&problem)["inf"], Value::Null);
}

#[cfg(feature = "serde_json")]
#[test]
fn any_serialize_value_is_an_extension() {
    #[derive(serde::Serialize)]
    struct Field {
        name: &'static str,
        reason: String,
    }
    let fields = [Field {
        name: "email",
        reason: "already \"taken\"".into(),
    }];
    let problem = Problem::new(StatusCode::UNPROCESSABLE_CONTENT)
        .with_extension("invalid_fields", Extension::serialize(&fields).unwrap());
    assert_eq!(
        body(&problem)["invalid_fields"],
        json!([{"name": "email", "reason": "already \"taken\""}])
    );
}

proptest! {
    /// Every string, control characters and non-ASCII included, survives a
    /// round trip through the body in every member that holds text.
    #[test]
    fn every_string_round_trips_through_the_json(
        detail in any::<String>(),
        kind in any::<String>(),
        title in any::<String>(),
        instance in any::<String>(),
        name in any::<String>().prop_filter("an extension's name", |n| {
            !["type", "status", "title", "detail", "instance"].contains(&n.as_str())
        }),
        value in any::<String>(),
    ) {
        let problem = Problem::new(Failure(StatusCode::BAD_REQUEST, detail.clone()))
            .with_type(kind.clone())
            .with_title(title.clone())
            .with_instance(instance.clone())
            .with_extension(name.clone(), value.clone());
        let parsed: Value = serde_json::from_str(&problem.to_json()).unwrap();
        prop_assert_eq!(&parsed["detail"], &json!(detail));
        prop_assert_eq!(&parsed["type"], &json!(kind));
        prop_assert_eq!(&parsed["title"], &json!(title));
        prop_assert_eq!(&parsed["instance"], &json!(instance));
        prop_assert_eq!(&parsed[name.as_str()], &json!(value));
    }
}

#[test]
#[cfg(debug_assertions)]
#[should_panic(expected = "`status` is a standard RFC 9457 member")]
fn a_standard_member_is_not_an_extension() {
    let _ = Problem::new(StatusCode::BAD_REQUEST).with_extension("status", 200);
}
