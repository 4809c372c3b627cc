//! Choosing the catalog language from `Accept-Language`: q-values, ranges,
//! and any header a client could send, without a panic.

use http_status_core::{Language, StatusCode};
use proptest::prelude::*;

fn pick(header: &str) -> Language {
    Language::negotiate(Some(header), Language::English)
}

#[test]
fn chinese_ranges_read_chinese_and_q_values_rank_them() {
    for header in [
        "zh",
        "zh-CN",
        "zh-Hans",
        "zh-TW",
        "ZH-cn",
        "zh-CN,zh;q=0.9,en;q=0.8",
    ] {
        assert_eq!(pick(header), Language::Chinese, "{header}");
    }
    for header in [
        "en",
        "en-US",
        "fr",
        "",
        "de, fr;q=0.5",
        "en;q=0.9, zh;q=0.8",
    ] {
        assert_eq!(pick(header), Language::English, "{header}");
    }
    // The highest q wins, wherever it stands; q=0 means "not this one".
    assert_eq!(pick("en;q=0.3, zh;q=0.7"), Language::Chinese);
    assert_eq!(pick("zh;q=0, en;q=0.1"), Language::English);
    assert_eq!(pick("zh;q=0"), Language::English);
    // A tie keeps the first listed.
    assert_eq!(pick("zh;q=0.5, en;q=0.5"), Language::Chinese);
    // `*` is the app's default; malformed items are skipped, not fatal.
    assert_eq!(
        Language::negotiate(Some("*"), Language::Chinese),
        Language::Chinese
    );
    assert_eq!(pick("zh;q=2, en"), Language::English);
    assert_eq!(pick("zh;q=0.1234, en;q=0.5"), Language::English);
    assert_eq!(pick("en;q=abc, zh;q=0.2"), Language::Chinese);
    assert_eq!(
        Language::negotiate(None, Language::Chinese),
        Language::Chinese
    );
}

#[test]
fn every_code_has_a_phrase_in_every_language() {
    for status in StatusCode::ALL {
        for &language in Language::ALL {
            assert!(
                !status.reason_in(language).is_empty(),
                "{status} {language}"
            );
        }
        assert_eq!(status.reason_in(Language::English), status.reason());
        assert_eq!(
            status.reason_in(Language::Chinese),
            status.reason_in(Language::Chinese)
        );
    }
}

proptest! {
    /// Whatever a request carries, negotiation answers a catalog language.
    #[test]
    fn any_header_is_answered_without_a_panic(header in any::<String>()) {
        let language = Language::negotiate(Some(&header), Language::English);
        prop_assert!(Language::ALL.contains(&language));
    }

    #[test]
    fn header_like_input_is_answered_too(header in "[a-zA-Z*, ;=.0-9-]{0,40}") {
        let language = Language::negotiate(Some(&header), Language::Chinese);
        prop_assert!(Language::ALL.contains(&language));
    }
}
