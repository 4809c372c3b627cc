//! The table of well-known unofficial codes, and how every way of naming a
//! number explains them.

use std::collections::BTreeMap;

use http_status_core::{Reserved, StatusCode, Unofficial};

#[test]
fn no_entry_is_registered_or_reserved_and_each_is_sourced_in_both_languages() {
    assert!(Unofficial::ALL.len() >= 25, "{}", Unofficial::ALL.len());
    for entry in Unofficial::ALL {
        let code = entry.code();
        assert!((100..=599).contains(&code), "{code}");
        assert!(StatusCode::from_u16(code).is_err(), "{code} is registered");
        assert!(Reserved::get(code).is_none(), "{code} is reserved");
        assert!(entry.source().starts_with("https://"), "{code}");
        for text in [
            entry.user(),
            entry.name(),
            entry.meaning(),
            entry.meaning_zh(),
        ] {
            assert!(!text.is_empty(), "{code}");
        }
        assert!(
            entry
                .meaning_zh()
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{code}: the Chinese meaning is Chinese"
        );
        assert!(entry.meaning().len() <= 160, "{code}: one sentence");
        if let Some(instead) = entry.instead() {
            assert!(!instead.is_deprecated(), "{code}");
        }
    }
}

#[test]
fn codes_with_several_users_list_every_one() {
    let mut users: BTreeMap<u16, Vec<(&str, &str)>> = BTreeMap::new();
    for entry in Unofficial::ALL {
        users
            .entry(entry.code())
            .or_default()
            .push((entry.user(), entry.name()));
    }
    assert_eq!(
        users[&499],
        [
            ("nginx", "Client Closed Request"),
            ("Google APIs", "Client Closed Request"),
            ("Esri ArcGIS", "Token Required")
        ]
    );
    assert_eq!(
        users[&420],
        [
            ("Spring", "Method Failure"),
            ("Twitter's old API", "Enhance Your Calm")
        ]
    );
    for (code, list) in users {
        assert_eq!(Unofficial::for_code(code).len(), list.len(), "{code}");
    }
    let nginx: Vec<u16> = Unofficial::ALL
        .iter()
        .filter(|u| u.user() == "nginx")
        .map(Unofficial::code)
        .collect();
    assert_eq!(nginx, [444, 494, 495, 496, 497, 499]);
    assert!(
        nginx
            .iter()
            .all(|&c| Unofficial::for_code(c).iter().any(|u| !u.is_sent()))
    );
}

#[test]
fn from_u16_explains_unofficial_codes_and_says_what_to_send() {
    let err = StatusCode::from_u16(520).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"520 is not registered with IANA; unofficially it is "Web Server Returns an Unknown Error" (Cloudflare)"#
    );
    assert_eq!(
        err.help().unwrap().to_string(),
        "the registered code to send instead is 502 Bad Gateway"
    );
    let err = StatusCode::from_u16(444).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"444 is not registered with IANA; unofficially it is "No Response" (nginx, logged only)"#
    );
    assert!(
        err.help().is_none(),
        "nginx's 444 closes the connection: nothing to send"
    );
    assert_eq!(
        StatusCode::from_u16(420)
            .unwrap_err()
            .help()
            .unwrap()
            .to_string(),
        r#"instead of "Method Failure", send 424 Failed Dependency; instead of "Enhance Your Calm", send 429 Too Many Requests"#
    );
    let help = StatusCode::from_u16(419).unwrap_err().help().unwrap();
    assert_eq!(
        help.codes().collect::<Vec<_>>(),
        [StatusCode::FORBIDDEN, StatusCode::INSUFFICIENT_STORAGE]
    );
    // A number nobody uses keeps its old message.
    assert_eq!(
        StatusCode::from_u16(299).unwrap_err().to_string(),
        "299 is not a registered HTTP status code"
    );
}

#[test]
fn parsing_a_string_explains_them_too() {
    let err = "499".parse::<StatusCode>().unwrap_err();
    assert!(
        err.to_string()
            .contains(r#"unofficially it is "Client Closed Request" (nginx, logged only"#),
        "{err}"
    );
    assert_eq!(err.unknown().map(|u| u.code()), Some(499));
}

#[cfg(feature = "serde")]
#[test]
fn deserializing_explains_them_too() {
    let err = serde_json::from_str::<StatusCode>("522").unwrap_err();
    assert!(
        err.to_string()
            .contains(r#""Connection Timed Out" (Cloudflare)"#),
        "{err}"
    );
}
