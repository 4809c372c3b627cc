//! Cross-check against the `http` crate, the type axum, hyper and reqwest use.

use http_status_core::StatusCode;

/// Where the two crates' phrases may differ, and why.
fn known_difference(code: u16, ours: &str, theirs: &str) -> bool {
    match code {
        // RFC 9110 renamed these; `http` keeps the RFC 7231 phrases.
        413 => (ours, theirs) == ("Content Too Large", "Payload Too Large"),
        422 => (ours, theirs) == ("Unprocessable Content", "Unprocessable Entity"),
        // `http` spells it without the hyphen.
        203 => theirs == "Non Authoritative Information",
        _ => false,
    }
}

#[test]
fn every_code_both_crates_know_has_the_same_phrase() {
    let mut differences = Vec::new();
    for value in 100..=999u16 {
        let theirs = http::StatusCode::from_u16(value)
            .unwrap()
            .canonical_reason();
        match (StatusCode::from_u16(value), theirs) {
            (Ok(ours), Some(theirs)) if ours.reason() != theirs => {
                assert!(
                    known_difference(value, ours.reason(), theirs),
                    "{value}: {} vs {theirs}",
                    ours.reason()
                );
                // A former phrase: the lookup still finds the code by `http`'s name.
                assert_eq!(StatusCode::from_reason(theirs).is_some(), value != 203);
                differences.push(value);
            }
            (Ok(ours), None) => panic!("`http` has no phrase for registered {ours}"),
            (Err(_), Some(theirs)) => assert_eq!((value, theirs), (418, "I'm a teapot")),
            _ => {}
        }
    }
    assert_eq!(differences, [203, 413, 422]);
}

#[test]
#[allow(deprecated)]
fn every_http_constant_except_418_exists_here() {
    let pairs = [
        (http::StatusCode::CONTINUE, StatusCode::CONTINUE),
        (
            http::StatusCode::SWITCHING_PROTOCOLS,
            StatusCode::SWITCHING_PROTOCOLS,
        ),
        (http::StatusCode::PROCESSING, StatusCode::PROCESSING),
        (http::StatusCode::EARLY_HINTS, StatusCode::EARLY_HINTS),
        (http::StatusCode::OK, StatusCode::OK),
        (http::StatusCode::CREATED, StatusCode::CREATED),
        (http::StatusCode::ACCEPTED, StatusCode::ACCEPTED),
        (
            http::StatusCode::NON_AUTHORITATIVE_INFORMATION,
            StatusCode::NON_AUTHORITATIVE_INFORMATION,
        ),
        (http::StatusCode::NO_CONTENT, StatusCode::NO_CONTENT),
        (http::StatusCode::RESET_CONTENT, StatusCode::RESET_CONTENT),
        (
            http::StatusCode::PARTIAL_CONTENT,
            StatusCode::PARTIAL_CONTENT,
        ),
        (http::StatusCode::MULTI_STATUS, StatusCode::MULTI_STATUS),
        (
            http::StatusCode::ALREADY_REPORTED,
            StatusCode::ALREADY_REPORTED,
        ),
        (http::StatusCode::IM_USED, StatusCode::IM_USED),
        (
            http::StatusCode::MULTIPLE_CHOICES,
            StatusCode::MULTIPLE_CHOICES,
        ),
        (
            http::StatusCode::MOVED_PERMANENTLY,
            StatusCode::MOVED_PERMANENTLY,
        ),
        (http::StatusCode::FOUND, StatusCode::FOUND),
        (http::StatusCode::SEE_OTHER, StatusCode::SEE_OTHER),
        (http::StatusCode::NOT_MODIFIED, StatusCode::NOT_MODIFIED),
        (http::StatusCode::USE_PROXY, StatusCode::USE_PROXY),
        (
            http::StatusCode::TEMPORARY_REDIRECT,
            StatusCode::TEMPORARY_REDIRECT,
        ),
        (
            http::StatusCode::PERMANENT_REDIRECT,
            StatusCode::PERMANENT_REDIRECT,
        ),
        (http::StatusCode::BAD_REQUEST, StatusCode::BAD_REQUEST),
        (http::StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED),
        (
            http::StatusCode::PAYMENT_REQUIRED,
            StatusCode::PAYMENT_REQUIRED,
        ),
        (http::StatusCode::FORBIDDEN, StatusCode::FORBIDDEN),
        (http::StatusCode::NOT_FOUND, StatusCode::NOT_FOUND),
        (
            http::StatusCode::METHOD_NOT_ALLOWED,
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (http::StatusCode::NOT_ACCEPTABLE, StatusCode::NOT_ACCEPTABLE),
        (
            http::StatusCode::PROXY_AUTHENTICATION_REQUIRED,
            StatusCode::PROXY_AUTHENTICATION_REQUIRED,
        ),
        (
            http::StatusCode::REQUEST_TIMEOUT,
            StatusCode::REQUEST_TIMEOUT,
        ),
        (http::StatusCode::CONFLICT, StatusCode::CONFLICT),
        (http::StatusCode::GONE, StatusCode::GONE),
        (
            http::StatusCode::LENGTH_REQUIRED,
            StatusCode::LENGTH_REQUIRED,
        ),
        (
            http::StatusCode::PRECONDITION_FAILED,
            StatusCode::PRECONDITION_FAILED,
        ),
        (
            http::StatusCode::PAYLOAD_TOO_LARGE,
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        (http::StatusCode::URI_TOO_LONG, StatusCode::URI_TOO_LONG),
        (
            http::StatusCode::UNSUPPORTED_MEDIA_TYPE,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
        ),
        (
            http::StatusCode::RANGE_NOT_SATISFIABLE,
            StatusCode::RANGE_NOT_SATISFIABLE,
        ),
        (
            http::StatusCode::EXPECTATION_FAILED,
            StatusCode::EXPECTATION_FAILED,
        ),
        (
            http::StatusCode::MISDIRECTED_REQUEST,
            StatusCode::MISDIRECTED_REQUEST,
        ),
        (
            http::StatusCode::UNPROCESSABLE_ENTITY,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (http::StatusCode::LOCKED, StatusCode::LOCKED),
        (
            http::StatusCode::FAILED_DEPENDENCY,
            StatusCode::FAILED_DEPENDENCY,
        ),
        (http::StatusCode::TOO_EARLY, StatusCode::TOO_EARLY),
        (
            http::StatusCode::UPGRADE_REQUIRED,
            StatusCode::UPGRADE_REQUIRED,
        ),
        (
            http::StatusCode::PRECONDITION_REQUIRED,
            StatusCode::PRECONDITION_REQUIRED,
        ),
        (
            http::StatusCode::TOO_MANY_REQUESTS,
            StatusCode::TOO_MANY_REQUESTS,
        ),
        (
            http::StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
        ),
        (
            http::StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS,
            StatusCode::UNAVAILABLE_FOR_LEGAL_REASONS,
        ),
        (
            http::StatusCode::INTERNAL_SERVER_ERROR,
            StatusCode::INTERNAL_SERVER_ERROR,
        ),
        (
            http::StatusCode::NOT_IMPLEMENTED,
            StatusCode::NOT_IMPLEMENTED,
        ),
        (http::StatusCode::BAD_GATEWAY, StatusCode::BAD_GATEWAY),
        (
            http::StatusCode::SERVICE_UNAVAILABLE,
            StatusCode::SERVICE_UNAVAILABLE,
        ),
        (
            http::StatusCode::GATEWAY_TIMEOUT,
            StatusCode::GATEWAY_TIMEOUT,
        ),
        (
            http::StatusCode::HTTP_VERSION_NOT_SUPPORTED,
            StatusCode::HTTP_VERSION_NOT_SUPPORTED,
        ),
        (
            http::StatusCode::VARIANT_ALSO_NEGOTIATES,
            StatusCode::VARIANT_ALSO_NEGOTIATES,
        ),
        (
            http::StatusCode::INSUFFICIENT_STORAGE,
            StatusCode::INSUFFICIENT_STORAGE,
        ),
        (http::StatusCode::LOOP_DETECTED, StatusCode::LOOP_DETECTED),
        (http::StatusCode::NOT_EXTENDED, StatusCode::NOT_EXTENDED),
        (
            http::StatusCode::NETWORK_AUTHENTICATION_REQUIRED,
            StatusCode::NETWORK_AUTHENTICATION_REQUIRED,
        ),
    ];
    for (theirs, ours) in pairs {
        assert_eq!(theirs.as_u16(), ours.as_u16());
    }
    // `http` has one more constant, IM_A_TEAPOT, which RFC 9110 reserves.
    assert_eq!(pairs.len(), StatusCode::ALL.len());
    assert!(StatusCode::from_u16(http::StatusCode::IM_A_TEAPOT.as_u16()).is_err());
}

#[cfg(feature = "http")]
#[test]
fn converts_both_ways() {
    for &ours in StatusCode::ALL {
        let theirs = http::StatusCode::from(ours);
        assert_eq!(theirs.as_u16(), ours.as_u16());
        assert_eq!(StatusCode::try_from(theirs), Ok(ours));
        assert_eq!(ours, theirs);
        assert_eq!(theirs, ours);
    }
    let teapot = StatusCode::try_from(http::StatusCode::IM_A_TEAPOT).unwrap_err();
    assert_eq!(teapot.code(), 418);
    assert!(StatusCode::try_from(http::StatusCode::from_u16(999).unwrap()).is_err());
    assert!(StatusCode::OK != http::StatusCode::CREATED);
}

/// actix-web 4 uses `http` 0.2: the same conversions, behind `http02`.
#[cfg(feature = "http02")]
#[test]
fn converts_both_ways_with_http_0_2() {
    for &ours in StatusCode::ALL {
        let theirs = http02::StatusCode::from(ours);
        assert_eq!(theirs.as_u16(), ours.as_u16());
        assert_eq!(StatusCode::try_from(theirs), Ok(ours));
        assert_eq!(ours, theirs);
        assert_eq!(theirs, ours);
    }
    assert_eq!(
        StatusCode::try_from(http02::StatusCode::IM_A_TEAPOT)
            .unwrap_err()
            .code(),
        418
    );
}
