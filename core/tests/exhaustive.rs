//! Every `u16` through `from_u16`, `TryFrom` and `FromStr`: accepted exactly
//! when the value is in the catalog.

use std::collections::BTreeSet;

use http_status_core::{Reserved, StatusCode, Temporary, Unofficial};

#[test]
fn every_u16_is_accepted_exactly_when_registered() {
    let registered: BTreeSet<u16> = StatusCode::ALL.iter().map(|s| s.as_u16()).collect();
    let mut accepted = 0;
    for value in 0..=u16::MAX {
        let by_fn = StatusCode::from_u16(value);
        let by_trait = StatusCode::try_from(value);
        assert_eq!(by_fn, by_trait, "{value}");
        match by_fn {
            Ok(status) => {
                assert!(
                    registered.contains(&value),
                    "{value} accepted but not in the catalog"
                );
                assert_eq!(status.as_u16(), value);
                assert_eq!(u16::from(status), value);
                assert_eq!(status, value);
                assert_eq!(value, status);
                accepted += 1;
            }
            Err(err) => {
                assert!(
                    !registered.contains(&value),
                    "{value} is in the catalog but rejected"
                );
                assert_eq!(err.code(), i128::from(value));
                assert_eq!(
                    err.reserved().is_some(),
                    Reserved::from_u16(value).is_some()
                );
                let message = err.to_string();
                let expected_start = if err.reserved().is_some() {
                    format!("{value} is reserved and unused")
                } else if Temporary::from_u16(value).is_some() {
                    format!("{value} is not a permanent registration: IANA lists ")
                } else if !Unofficial::from_u16(value).is_empty() {
                    format!("{value} is not registered with IANA; unofficially it is ")
                } else if (100..=599).contains(&value) {
                    format!("{value} is not a registered HTTP status code")
                } else {
                    format!("{value} is not an HTTP status code")
                };
                assert!(message.starts_with(&expected_start), "{value}: {message}");
            }
        }
    }
    assert_eq!(accepted, StatusCode::ALL.len());
}

#[test]
fn every_three_digit_string_parses_exactly_when_registered() {
    for value in 0..=999u16 {
        let text = format!("{value:03}");
        let parsed = text.parse::<StatusCode>();
        match StatusCode::from_u16(value) {
            Ok(status) => assert_eq!(parsed, Ok(status)),
            Err(unknown) => assert_eq!(parsed.unwrap_err().unknown(), Some(unknown), "{text}"),
        }
    }
}

#[test]
fn suggestions_only_name_registered_codes_of_the_right_class() {
    for value in 0..=u16::MAX {
        let Err(err) = StatusCode::from_u16(value) else {
            continue;
        };
        let Some(help) = err.help() else { continue };
        let codes: Vec<StatusCode> = help
            .codes()
            .map(|code| StatusCode::from_u16(code).expect("every suggestion is registered"))
            .collect();
        assert!(!codes.is_empty() && codes.len() <= 3, "{value}");
        if err.is_in_range() && err.unofficial().is_empty() {
            for code in &codes {
                assert_eq!(code.as_u16() / 100, value / 100, "{value}: {help}");
            }
        }
        let text = help.to_string();
        assert!(!text.contains('\n') && text.len() <= 160, "{value}: {text}");
        for code in codes {
            assert!(text.contains(&code.to_string()), "{value}: {text}");
        }
    }
}
