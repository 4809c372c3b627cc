//! The README's actix-web snippet is the code this member compiles and tests.

#[test]
fn the_readme_snippet_is_this_crates_code() {
    let source = include_str!("../src/lib.rs");
    let start = source
        .find("// readme:actix:start\n")
        .expect("start marker")
        + "// readme:actix:start\n".len();
    let end = source.find("// readme:actix:end").expect("end marker");
    let snippet = &source[start..end];
    let readme = include_str!("../../../README.md");
    assert!(
        readme.contains(&format!("```rust,ignore\n{snippet}```")),
        "README.md's actix-web block must be, word for word:\n{snippet}"
    );
}
