//! serde: the integer on the wire, validated on the way in.
#![cfg(feature = "serde")]

use http_status_core::StatusCode;

#[test]
fn round_trips_every_code_as_an_integer() {
    for &status in StatusCode::ALL {
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, status.as_u16().to_string());
        assert_eq!(serde_json::from_str::<StatusCode>(&json).unwrap(), status);
    }
    let list: Vec<StatusCode> = serde_json::from_str("[200, 404]").unwrap();
    assert_eq!(list, [StatusCode::OK, StatusCode::NOT_FOUND]);
}

#[test]
fn rejects_bad_values_and_names_them() {
    let error = |json: &str| {
        serde_json::from_str::<StatusCode>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(
        error("418").starts_with("418 is reserved and unused"),
        "{}",
        error("418")
    );
    assert!(error("299").starts_with("299 is not a registered HTTP status code"));
    assert!(error("499").starts_with("499 is not registered with IANA; unofficially"));
    assert!(error("70000").starts_with("70000 is not an HTTP status code"));
    assert!(error("-404").starts_with("-404 is not an HTTP status code"));
    assert!(error("\"404\"").contains("expected a registered HTTP status code"));
    assert!(error("404.5").contains("expected a registered HTTP status code"));
}
