//! The README's catalog table is generated from the catalog; this fails when
//! the copy in the README is stale. Regenerate it with
//! `cargo run --example lookup -- --markdown`.

use http_status_cli::query;

#[test]
fn the_readme_catalog_table_is_current() {
    let readme = include_str!("../README.md");
    let start = readme
        .find("<!-- catalog:start -->\n")
        .expect("start marker")
        + "<!-- catalog:start -->\n".len();
    let end = readme.find("<!-- catalog:end -->").expect("end marker");
    assert_eq!(
        &readme[start..end],
        query::markdown_table(),
        "README.md's catalog is stale: paste `cargo run --example lookup -- --markdown` between the markers"
    );
}

#[test]
fn the_readme_shows_both_setup_commands() {
    let readme = include_str!("../README.md");
    assert!(readme.contains("cargo run --example lookup"));
    assert!(readme.contains("cargo test --workspace --all-features"));
}
