//! Text in and out: `Display`, `Debug`, `FromStr` and the phrase lookups.

use http_status_core::StatusCode;

#[test]
fn display_and_debug() {
    assert_eq!(StatusCode::NOT_FOUND.to_string(), "404 Not Found");
    assert_eq!(
        format!("{:?}", StatusCode::NOT_FOUND),
        "StatusCode(404 Not Found)"
    );
    assert_eq!(format!("[{:<16}]", StatusCode::OK), "[200 OK          ]");
    assert_eq!(format!("[{:>8}]", StatusCode::OK), "[  200 OK]");
    for &status in StatusCode::ALL {
        assert_eq!(
            status.to_string(),
            format!("{} {}", status.as_u16(), status.reason())
        );
        assert_eq!(status.code_and_reason(), status.to_string());
        assert_eq!(status.as_str(), status.as_u16().to_string());
    }
    assert_eq!(StatusCode::default(), StatusCode::OK);
}

#[test]
fn from_str_accepts_exactly_three_ascii_digits() {
    assert_eq!("404".parse(), Ok(StatusCode::NOT_FOUND));
    assert_eq!("200".parse(), Ok(StatusCode::OK));
    for malformed in [
        "",
        "+404",
        "-404",
        " 404",
        "404 ",
        "4040",
        "40",
        "4o4",
        "٤٠٤",
        "404\n",
        "0x194",
        "Not Found",
    ] {
        let err = malformed.parse::<StatusCode>().unwrap_err();
        assert!(err.is_malformed(), "{malformed:?}");
        assert_eq!(
            err.to_string(),
            "invalid status code: expected exactly three ASCII digits"
        );
    }
    for (unknown, message) in [
        ("418", "418 is reserved and unused (RFC 9110 §15.5.19)"),
        ("306", "306 is reserved and unused (RFC 9110 §15.4.7)"),
        (
            "498",
            "498 is not registered with IANA; unofficially it is \"Invalid Token\"",
        ),
        ("298", "298 is not a registered HTTP status code"),
        ("099", "99 is not an HTTP status code"),
        ("600", "600 is not an HTTP status code"),
    ] {
        let err = unknown.parse::<StatusCode>().unwrap_err();
        assert!(!err.is_malformed(), "{unknown}");
        assert!(err.to_string().starts_with(message), "{unknown}: {err}");
        // The message is the unknown number's own; `source()` would make
        // error reporters print it twice.
        assert!(std::error::Error::source(&err).is_none());
        assert_eq!(err.to_string(), err.unknown().unwrap().to_string());
    }
}

#[test]
fn phrase_lookup_ignores_case_and_accepts_former_phrases() {
    for &status in StatusCode::ALL {
        assert_eq!(StatusCode::from_reason(status.reason()), Some(status));
        assert_eq!(
            StatusCode::from_reason(&status.reason().to_lowercase()),
            Some(status)
        );
        assert_eq!(
            StatusCode::from_reason(&status.reason().to_uppercase()),
            Some(status)
        );
        for former in status.former_reasons() {
            assert_eq!(StatusCode::from_reason(former), Some(status), "{former}");
        }
    }
    assert_eq!(
        StatusCode::from_reason("  gateway time-out "),
        Some(StatusCode::GATEWAY_TIMEOUT)
    );
    assert_eq!(
        StatusCode::from_reason("Moved Temporarily"),
        Some(StatusCode::FOUND)
    );
    assert_eq!(StatusCode::from_reason("Not Fond"), None);
    assert_eq!(StatusCode::from_reason(""), None);
}

#[test]
fn closest_phrase_catches_typos_but_not_unrelated_words() {
    assert_eq!(
        StatusCode::closest_reason("Not Fond"),
        Some(StatusCode::NOT_FOUND)
    );
    assert_eq!(
        StatusCode::closest_reason("too many request"),
        Some(StatusCode::TOO_MANY_REQUESTS)
    );
    assert_eq!(
        StatusCode::closest_reason("Unprocessible Entity"),
        Some(StatusCode::UNPROCESSABLE_CONTENT)
    );
    assert_eq!(StatusCode::closest_reason("Internal Error"), None);
    assert_eq!(StatusCode::closest_reason("x"), None);
    assert_eq!(StatusCode::closest_reason(&"a".repeat(500)), None);
}

#[test]
fn unknown_codes_explain_themselves_with_help() {
    let help = |code: u16| {
        StatusCode::from_u16(code)
            .unwrap_err()
            .help()
            .map(|h| h.to_string())
    };
    assert_eq!(
        help(499).as_deref(),
        Some("send 401 Unauthorized for \"Token Required\"")
    );
    assert_eq!(
        help(490).as_deref(),
        Some("the nearest registered 4xx code is 451 Unavailable For Legal Reasons")
    );
    assert_eq!(
        help(509).as_deref(),
        Some("the registered code to send instead is 503 Service Unavailable")
    );
    assert_eq!(
        help(512).as_deref(),
        Some("the nearest registered 5xx code is 511 Network Authentication Required")
    );
    assert_eq!(
        help(299).as_deref(),
        Some("the nearest registered 2xx code is 226 IM Used")
    );
    assert_eq!(
        help(4040).as_deref(),
        Some("did you mean 404 Not Found or 400 Bad Request?")
    );
    assert_eq!(
        help(4004).as_deref(),
        Some("did you mean 400 Bad Request or 404 Not Found?")
    );
    assert_eq!(
        help(40).as_deref(),
        Some("did you mean 400 Bad Request or 404 Not Found?")
    );
    assert_eq!(
        help(50).as_deref(),
        Some("did you mean 500 Internal Server Error or 505 HTTP Version Not Supported?")
    );
    for hopeless in [0, 7, 99, 600, 999, 40404] {
        assert_eq!(help(hopeless), None, "{hopeless}");
    }
    assert_eq!(help(418), None);
}
