//! Compile-fail tests: each bad input gives one error, on the right token,
//! with a message a user can act on. Review every `.stderr` as a user would.
//!
//! They run where the facade's `std` is off: with its default features
//! (`cargo test -p http-status --test ui`, a CI step) and with none. trybuild
//! builds the facade as the test was built, so a build with the framework
//! features (all of which imply `std`) would compile every framework once
//! more to print the same messages. CI's `--all-features` run skips them.
#![cfg(not(feature = "std"))]

// The `status!` and derive snapshots do not depend on the facade's features;
// they run in the default build, not again in the `--no-default-features`
// one, where they would cost minutes to print the same text.
#[cfg(feature = "alloc")]
#[test]
fn status_macro() {
    trybuild::TestCases::new().compile_fail("tests/ui/status/*.rs");
}

#[cfg(feature = "alloc")]
#[test]
fn derive_http_status() {
    trybuild::TestCases::new().compile_fail("tests/ui/derive/*.rs");
}

/// Each opt-in word without its feature: a clear error, at the word, that
/// names the feature. One file per word of core's table, compiled where
/// that feature is off (CI's `--no-default-features` run of the library crates).
#[test]
fn derive_opt_ins_without_their_features() {
    let cases = trybuild::TestCases::new();
    for integration in http_status::__private_0_1::INTEGRATIONS {
        let file = format!("tests/ui/opt-in-without-feature/{}.rs", integration.word);
        assert!(
            std::path::Path::new(&file).exists(),
            "every integration word has its UI test: {file}"
        );
        if !http_status::__private_0_1::is_enabled(integration) {
            cases.compile_fail(file);
        }
    }
}

/// With an integration word, the derive holds responses to RFC 9110: no
/// problem body for a status that allows no content, a challenge for a 401.
/// These are the derive's own errors, so no hook (and no feature) is reached.
#[cfg(feature = "alloc")]
#[test]
fn derive_protocol_rules_with_an_integration() {
    trybuild::TestCases::new().compile_fail("tests/ui/protocol/*.rs");
}
