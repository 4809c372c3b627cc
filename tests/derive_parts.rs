//! `type`, `#[problem]` and `#[header]`: what the derive adds to a problem
//! beyond its status and text.

use std::fmt::{self, Display};
use std::time::Duration;

use http_status::{HttpStatus, Problem, ProblemParts, StatusCode};

#[derive(Debug, thiserror::Error, HttpStatus)]
#[status(500, type = "https://example.com/probs/internal")]
enum ApiError {
    /// RFC 9457's own example.
    #[error("your balance is {balance}, but that costs {cost}")]
    #[status(403, type = "https://example.com/probs/out-of-credit")]
    OutOfCredit {
        #[problem]
        balance: u64,
        #[problem(rename = "accounts")]
        links: Vec<String>,
        cost: u64,
    },
    #[error("slow down")]
    #[status(429)]
    RateLimited {
        #[header("Retry-After")]
        #[problem]
        retry_after: u64,
    },
    #[error("maintenance")]
    #[status(503, expose)]
    Maintenance(#[header("retry-after")] Duration),
    /// The enum's type goes with its default code.
    #[error("database down")]
    Database,
    #[error(transparent)]
    #[status(transparent)]
    Inner(Inner),
}

#[derive(Debug, thiserror::Error, HttpStatus)]
#[error("gone for good")]
#[status(410, type = "/probs/gone")]
struct Inner {
    #[problem]
    since: &'static str,
}

/// What an error writes, as text.
#[derive(Default, Debug, PartialEq)]
struct Written {
    members: Vec<(&'static str, String)>,
    headers: Vec<(&'static str, String)>,
}

impl ProblemParts for Written {
    fn member(&mut self, name: &'static str, json: &dyn Display) {
        self.members.push((name, json.to_string()));
    }
    fn header(&mut self, name: &'static str, value: &dyn Display) {
        self.headers.push((name, value.to_string()));
    }
}

fn written(error: &impl HttpStatus) -> Written {
    let mut written = Written::default();
    error.problem_parts(&mut written);
    written
}

fn credit() -> ApiError {
    ApiError::OutOfCredit {
        balance: 30,
        links: vec!["/account/12345".into(), "/account/67890".into()],
        cost: 50,
    }
}

#[test]
fn the_type_and_members_reach_the_body() {
    let error = credit();
    assert_eq!(
        error.problem_type(),
        Some("https://example.com/probs/out-of-credit")
    );
    assert_eq!(
        Problem::new(error).to_json(),
        r#"{"type":"https://example.com/probs/out-of-credit","status":403,"title":"Forbidden","detail":"your balance is 30, but that costs 50","balance":30,"accounts":["/account/12345","/account/67890"]}"#
    );
}

#[test]
fn headers_are_written_for_the_integrations() {
    let limited = ApiError::RateLimited { retry_after: 60 };
    assert_eq!(
        written(&limited),
        Written {
            members: vec![("retry_after", "60".into())],
            headers: vec![("retry-after", "60".into())],
        }
    );
    assert_eq!(limited.problem_type(), None, "no type: about:blank");
    let maintenance = ApiError::Maintenance(Duration::from_millis(2500));
    assert_eq!(
        written(&maintenance).headers,
        [("retry-after", "3".to_string())]
    );
}

#[test]
fn the_enum_s_type_goes_with_its_default_code_and_transparent_asks_the_field() {
    assert_eq!(
        ApiError::Database.problem_type(),
        Some("https://example.com/probs/internal")
    );
    let inner = ApiError::Inner(Inner {
        since: "2026-01-01",
    });
    assert_eq!(inner.status(), StatusCode::GONE);
    assert_eq!(inner.problem_type(), Some("/probs/gone"));
    assert_eq!(
        written(&inner).members,
        [("since", r#""2026-01-01""#.to_string())]
    );
}

#[test]
fn a_problem_s_own_type_and_members_override_the_derived_ones() {
    let json = Problem::new(credit())
        .with_type("https://example.com/probs/other")
        .with_extension("balance", 0)
        .to_json();
    assert!(
        json.starts_with(r#"{"type":"https://example.com/probs/other""#),
        "{json}"
    );
    assert!(
        json.contains(r#""balance":0"#) && !json.contains(r#""balance":30"#),
        "{json}"
    );
    assert!(json.contains(r#""accounts":["#), "{json}");
}

#[test]
fn members_are_sent_whatever_the_status_and_the_text_stays_withheld() {
    #[derive(Debug, HttpStatus)]
    #[status(500)]
    struct Busy {
        #[problem]
        queue: u32,
    }
    impl fmt::Display for Busy {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("queue at db-7 is full")
        }
    }
    assert_eq!(
        Problem::new(Busy { queue: 3 }).to_json(),
        r#"{"status":500,"title":"Internal Server Error","queue":3}"#
    );
}

/// A 401 whose challenge varies per response, as OAuth's `error="…"` does
/// (RFC 6750 §3), with a literal one to fall back on.
#[derive(Debug, thiserror::Error, HttpStatus)]
enum AuthError {
    #[error("the token is not valid")]
    #[status(401, www_authenticate = "Bearer")]
    InvalidToken {
        #[www_authenticate]
        challenge: String,
    },
    #[error("sign in")]
    #[status(401)]
    Optional {
        #[www_authenticate]
        challenge: Option<&'static str>,
    },
}

#[test]
fn a_field_challenge_is_written_for_the_response() {
    let oauth = r#"Bearer realm="api", error="invalid_token""#;
    let error = AuthError::InvalidToken {
        challenge: oauth.to_owned(),
    };
    assert_eq!(error.challenge(), Some("Bearer"), "the literal stays");
    assert_eq!(
        written(&error).headers,
        [("www-authenticate", oauth.to_owned())]
    );
    let none = AuthError::Optional { challenge: None };
    assert_eq!(
        written(&none).headers,
        [("www-authenticate", String::new())]
    );
    assert_eq!(none.challenge(), None);
}
