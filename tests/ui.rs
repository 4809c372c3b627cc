//! Compile-fail tests: each bad input gives one error, on the right token,
//! with a message a user can act on. Review every `.stderr` as a user would.

#[test]
fn status_macro() {
    trybuild::TestCases::new().compile_fail("tests/ui/status/*.rs");
}

#[test]
fn derive_http_status() {
    trybuild::TestCases::new().compile_fail("tests/ui/derive/*.rs");
}

/// The derive's opt-in words without their features: each a clear error that
/// names the feature. Runs where those features are off, as in CI's
/// `cargo test --workspace --no-default-features`.
#[cfg(not(any(feature = "utoipa5", feature = "aide015", feature = "axum08")))]
#[test]
fn derive_opt_ins_without_their_features() {
    trybuild::TestCases::new().compile_fail("tests/ui/opt-in-without-feature/*.rs");
}

/// With an integration word, the derive holds responses to RFC 9110: no
/// problem body for a status that allows no content, a challenge for a 401.
#[cfg(feature = "axum08")]
#[test]
fn derive_protocol_rules_with_an_integration() {
    trybuild::TestCases::new().compile_fail("tests/ui/protocol/*.rs");
}
