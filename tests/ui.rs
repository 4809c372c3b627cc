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
