//! The README's salvo code is the code this member compiles and tests.

#[test]
fn the_readme_snippet_is_this_crates_code() {
    example_conformance::assert_in_readme(include_str!("../src/lib.rs"), "salvo");
}

/// The setup that makes every error response a problem, as the README shows it.
#[test]
fn the_readme_s_error_setup_is_this_crates_code() {
    example_conformance::assert_in_readme(include_str!("../src/lib.rs"), "salvo-errors");
}
