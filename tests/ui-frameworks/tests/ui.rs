//! One mistake, one error, with a framework word: the derive's error is the
//! only one, though three handlers return the type (rustc would otherwise
//! add one "the trait bound … is not satisfied" per handler). Review every
//! `.stderr` as a user would.

#[test]
fn a_derive_error_adds_no_framework_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
