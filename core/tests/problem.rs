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
        .with_public_detail("logged as 7f3a");
    assert_eq!(body(&own)["detail"], "logged as 7f3a");
    assert!(!own.to_json().contains("10.0.0.5"));

    let hidden = Problem::new(Failure(StatusCode::NOT_FOUND, "no note 7".into())).withhold_detail();
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
        .with_public_title("You do not have enough credit.")
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
        name in "[a-zA-Z][a-zA-Z0-9_-]{0,12}".prop_filter("an extension's name", |n| {
            !["type", "status", "title", "detail", "instance"]
                .iter()
                .any(|standard| n.eq_ignore_ascii_case(standard))
        }),
        value in any::<String>(),
    ) {
        let problem = Problem::new(Failure(StatusCode::BAD_REQUEST, detail.clone()))
            .with_type(kind.clone())
            .with_public_title(title.clone())
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
fn names_that_cannot_be_extensions_are_refused_in_every_build() {
    for name in [
        "type",
        "status",
        "title",
        "detail",
        "instance",
        "",
        "my field",
        "a\nb",
        "tab\t",
        // RFC 9457 §4: a letter, then letters, digits and `_` (and `-`, as
        // the RFC's own example has it); and no standard member in another case.
        "Status",
        "TITLE",
        "status\u{200b}",
        "__proto__",
        "_id",
        "1st",
        "-x",
        "$ref",
        "中文",
    ] {
        let mut problem = Problem::new(StatusCode::BAD_REQUEST);
        let err = problem.insert_extension(name, 1).unwrap_err();
        assert_eq!(err.name(), name);
        assert!(!err.to_string().is_empty());
        // The builder form drops it, the same in debug and release.
        let built = Problem::new(StatusCode::BAD_REQUEST).with_extension(name, 200);
        assert_eq!(
            body(&built),
            json!({"status": 400, "title": "Bad Request", "detail": "400 Bad Request"}),
            "{name:?}"
        );
    }
    let mut problem = Problem::new(StatusCode::BAD_REQUEST);
    for name in [
        "invalid_params",
        "invalid-params",
        "retry_after",
        "statusText",
        "x",
    ] {
        problem.insert_extension(name, 1).unwrap();
    }
}

#[test]
fn display_is_what_a_client_may_see() {
    let secret = Problem::new(Failure(StatusCode::INTERNAL_SERVER_ERROR, SECRET.into()));
    assert_eq!(secret.to_string(), "500 Internal Server Error");
    let missing = Problem::new(Failure(StatusCode::NOT_FOUND, "no note 7".into()));
    assert_eq!(missing.to_string(), "404 Not Found: no note 7");
    let exposed = Problem::new(Failure(
        StatusCode::SERVICE_UNAVAILABLE,
        "back at 14:00".into(),
    ))
    .expose_detail();
    assert_eq!(
        exposed.to_string(),
        "503 Service Unavailable: back at 14:00"
    );
    let titled = Problem::new(Failure(StatusCode::FORBIDDEN, "no".into()))
        .with_public_title("Out of credit")
        .withhold_detail();
    assert_eq!(titled.to_string(), "403 Out of credit");
}

#[test]
fn objects_never_repeat_a_key() {
    let nested = Extension::object([
        ("a", Extension::from(1)),
        ("a", Extension::object([("b", 1), ("b", 2)])),
    ]);
    assert_eq!(nested.as_json(), r#"{"a":{"b":2}}"#);
    assert_eq!(Extension::NULL, Extension::from(None::<u8>));
}

#[cfg(feature = "serde_json")]
#[test]
fn serialized_maps_never_repeat_a_key() {
    struct Twice;
    impl serde::Serialize for Twice {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::SerializeMap;
            let mut map = s.serialize_map(Some(2))?;
            map.serialize_entry("a", &1)?;
            map.serialize_entry("a", &2)?;
            map.end()
        }
    }
    assert_eq!(
        Extension::serialize(&Twice).unwrap().as_json(),
        r#"{"a":2}"#
    );
    assert_eq!(Extension::serialize(&None::<u8>).unwrap(), Extension::NULL);
}

/// The value serde_json reads from what we wrote, and the one it would
/// write itself, compared as parsed values.
fn reads_back(extension: Extension, expected: Value) -> Result<(), TestCaseError> {
    let problem = Problem::new(StatusCode::BAD_REQUEST).with_extension("v", extension.clone());
    let parsed: Value = serde_json::from_str(&problem.to_json())
        .map_err(|e| TestCaseError::fail(format!("{e}: {}", extension.as_json())))?;
    // With `float_roundtrip` (core's dev-dependency), serde_json reads
    // floats exactly, so the value read is the value written.
    prop_assert_eq!(&parsed["v"], &expected, "{}", extension.as_json());
    Ok(())
}

fn float_json(value: f64) -> Value {
    serde_json::Number::from_f64(value).map_or(Value::Null, Value::Number)
}

#[test]
fn edges_of_every_number_type_read_back() {
    for value in [
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        5e-324,
        1e300,
        -1e-300,
        0.0,
        -0.0,
        1e16,
        1e-5,
        0.1,
        123456.789,
        f64::from_bits(14054345979687309362),
    ] {
        reads_back(Extension::from(value), float_json(value)).unwrap();
        assert!(
            Extension::from(value).as_json().len() <= 24,
            "{value}: {}",
            Extension::from(value).as_json()
        );
    }
    for value in [f32::MAX, f32::MIN_POSITIVE, 1e-45, 0.1] {
        let json = Extension::from(value);
        let parsed: f32 = serde_json::from_str(json.as_json()).unwrap();
        assert_eq!(parsed, value, "{}", json.as_json());
    }
    for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        reads_back(Extension::from(value), Value::Null).unwrap();
    }
    reads_back(Extension::from(u64::MAX), json!(u64::MAX)).unwrap();
    reads_back(Extension::from(i64::MIN), json!(i64::MIN)).unwrap();
    // Wider than 64 bits: exact in the text; serde_json (like JavaScript) reads a float.
    let text = Extension::from(u128::MAX);
    assert_eq!(text.as_json(), u128::MAX.to_string());
    reads_back(text, float_json(u128::MAX as f64)).unwrap();
    reads_back(Extension::from(i128::MAX), float_json(i128::MAX as f64)).unwrap();
    reads_back(Extension::from(i128::MIN), float_json(i128::MIN as f64)).unwrap();
}

/// Any value, nested: what we render is what serde_json renders, as values.
fn any_extension() -> impl Strategy<Value = (Extension, Value)> {
    let leaf = prop_oneof![
        any::<f64>().prop_map(|v| (Extension::from(v), float_json(v))),
        any::<i64>().prop_map(|v| (Extension::from(v), json!(v))),
        any::<u64>().prop_map(|v| (Extension::from(v), json!(v))),
        any::<bool>().prop_map(|v| (Extension::from(v), json!(v))),
        any::<String>().prop_map(|v| (Extension::from(v.clone()), json!(v))),
        Just((Extension::NULL, Value::Null)),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(|items| {
                let (ours, theirs): (Vec<Extension>, Vec<Value>) = items.into_iter().unzip();
                (Extension::from(ours), Value::Array(theirs))
            }),
            prop::collection::vec(("[a-c]", inner), 0..4).prop_map(|members| {
                // serde_json's map keeps a repeated key's last value, as ours does.
                let theirs: serde_json::Map<String, Value> = members
                    .iter()
                    .map(|(k, (_, v))| (k.clone(), v.clone()))
                    .collect();
                let ours = Extension::object(members.into_iter().map(|(k, (e, _))| (k, e)));
                (ours, Value::Object(theirs))
            }),
        ]
    })
}

proptest! {
    #[test]
    fn every_value_reads_back_as_serde_json_reads_it((ours, theirs) in any_extension()) {
        reads_back(ours, theirs)?;
    }

    #[test]
    fn subnormal_and_huge_floats_read_back(bits in any::<u64>()) {
        let value = f64::from_bits(bits);
        reads_back(Extension::from(value), float_json(value))?;
    }
}

/// An error whose `Display` is `n` copies of one character.
struct Echo(char, usize);

impl fmt::Display for Echo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (0..self.1).try_for_each(|_| write!(f, "{}", self.0))
    }
}

impl HttpStatus for Echo {
    fn status(&self) -> StatusCode {
        StatusCode::BAD_REQUEST
    }
}

proptest! {
    /// A detail from `Display` is the text itself up to the cap, and beyond
    /// it the first `MAX_DETAIL_CHARS - 1` characters and `…`, whatever the
    /// characters' widths in bytes.
    #[test]
    fn a_detail_from_display_is_capped_at_char_boundaries(
        c in prop::sample::select(vec!['a', 'é', '中', '🦀']),
        n in 0usize..1200,
    ) {
        let detail = Problem::new(Echo(c, n)).detail().unwrap().into_owned();
        let max = http_status_core::MAX_DETAIL_CHARS;
        if n <= max {
            prop_assert_eq!(detail, c.to_string().repeat(n));
        } else {
            prop_assert_eq!(detail.chars().count(), max);
            prop_assert!(detail.ends_with('…'));
            prop_assert_eq!(&detail[..detail.len() - '…'.len_utf8()], c.to_string().repeat(max - 1));
        }
        let body = body(&Problem::new(Echo(c, n)));
        prop_assert!(body["detail"].as_str().is_some_and(|d| d.chars().count() <= max));
    }
}

/// An error whose hand-written impl writes `.0` as the JSON of a member.
struct Writes(String);

impl HttpStatus for Writes {
    fn status(&self) -> StatusCode {
        StatusCode::BAD_REQUEST
    }

    fn problem_parts(&self, parts: &mut dyn http_status_core::ProblemParts) {
        parts.member("data", &self.0);
    }
}

impl fmt::Display for Writes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("bad")
    }
}

/// Text made of JSON's pieces, among them what parsers disagree on: lone
/// surrogates, numbers beyond a double, a member name twice.
fn json_pieces() -> impl Strategy<Value = String> {
    const PIECES: [&str; 22] = [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "0",
        "-1.5",
        "1e308",
        "1e400",
        "-1e400",
        "true",
        "null",
        r#""a""#,
        r#""\u0061""#,
        r#""\ud800""#,
        r#""\udc00""#,
        r#""\ud83d\ude00""#,
        r#""\\""#,
        r#"{"a":1,"a":2}"#,
        r#"{"a":1,"b":2}"#,
    ];
    prop::collection::vec(prop::sample::select(&PIECES[..]), 1..10)
        .prop_map(|pieces| pieces.concat())
}

proptest! {
    /// Whatever a hand-written impl writes as a member, the body is JSON
    /// that serde_json reads, and a member that is sent reads back as the
    /// text that was written.
    #[test]
    fn a_hand_written_member_never_breaks_the_body(text in json_pieces()) {
        let problem = Problem::new(Writes(text.clone()));
        let json = problem.to_json();
        let parsed: Value = serde_json::from_str(&json)
            .map_err(|e| TestCaseError::fail(format!("{e}: {json}")))?;
        if let Some(member) = parsed.get("data") {
            let written: Value = serde_json::from_str(&text)
                .map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
            prop_assert_eq!(member, &written);
        }
    }
}

#[test]
fn members_that_parsers_read_differently_are_dropped() {
    for text in [
        r#""\ud800""#,
        r#"["\udc00"]"#,
        "1e400",
        "-1e400",
        r#"{"a":1,"a":2}"#,
    ] {
        let problem = Problem::new(Writes(text.into()));
        assert_eq!(
            body(&problem),
            json!({"status": 400, "title": "Bad Request", "detail": "bad"}),
            "{text}"
        );
    }
    let kept = Problem::new(Writes(r#"{"a":"\ud83d\ude00","b":1e308}"#.into()));
    assert_eq!(body(&kept)["data"], json!({"a": "😀", "b": 1e308}));
}
