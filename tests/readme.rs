//! What the README claims, checked against the code: its catalog table, its
//! features table (against the manifest), its frameworks table (against
//! core's table of integration words), its minimum Rust, its setup
//! commands and what the test command runs.

use http_status::StatusCode;
use http_status_cli::query;

const README: &str = include_str!("../README.md");
const MANIFEST: &str = include_str!("../Cargo.toml");

/// The rows of the Markdown table whose header line is `header`, as cells.
fn table(header: &str) -> Vec<Vec<String>> {
    let start = README
        .find(header)
        .unwrap_or_else(|| panic!("the README has a table {header:?}"));
    README[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            line.trim_matches('|')
                .split(" | ")
                .map(|cell| cell.trim().trim_matches('`').to_owned())
                .collect()
        })
        .collect()
}

/// The `[features]` of the facade's manifest, and its `default` list.
fn features() -> (Vec<String>, Vec<String>) {
    let section = MANIFEST
        .split("\n[features]\n")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [features] section");
    let mut names = Vec::new();
    let mut default = Vec::new();
    for line in section
        .lines()
        .filter(|l| !l.starts_with('#') && l.contains(" = "))
    {
        let (name, value) = line.split_once(" = ").unwrap();
        if name == "default" {
            default = value
                .trim_matches(['[', ']'])
                .split(", ")
                .map(|f| f.trim_matches('"').to_owned())
                .collect();
        } else {
            names.push(name.to_owned());
        }
    }
    (names, default)
}

#[test]
fn the_readme_catalog_table_is_current() {
    let start = README
        .find("<!-- catalog:start -->\n")
        .expect("start marker")
        + "<!-- catalog:start -->\n".len();
    let end = README.find("<!-- catalog:end -->").expect("end marker");
    assert_eq!(
        &README[start..end],
        query::markdown_table(),
        "README.md's catalog is stale: paste `cargo run --example lookup -- --markdown` between the markers"
    );
}

#[test]
fn the_features_table_lists_the_manifest_s_features_and_defaults() {
    let (mut manifest, default) = features();
    let rows = table("| feature | default | what it adds |");
    let mut listed: Vec<String> = rows.iter().map(|row| row[0].clone()).collect();
    for row in &rows {
        assert_eq!(row[1] == "yes", default.contains(&row[0]), "{row:?}");
    }
    manifest.sort();
    listed.sort();
    assert_eq!(listed, manifest);
}

#[test]
fn the_frameworks_table_is_core_s_table_of_words() {
    let rows = table("| word | framework | feature | generates | rejections |");
    let words: Vec<(String, String, String)> = rows
        .iter()
        .map(|row| (row[0].clone(), row[2].clone(), row[3].clone()))
        .collect();
    let frameworks: Vec<(String, String, String)> = http_status::__private_0_1::INTEGRATIONS
        .iter()
        .filter(|i| !["utoipa", "aide"].contains(&i.word))
        .map(|i| {
            let generates = i.generates.trim_matches('`').to_owned();
            (i.word.to_owned(), i.feature.to_owned(), generates)
        })
        .collect();
    assert_eq!(words, frameworks);
    // Every word, OpenAPI's too, is in its feature's row.
    let features = table("| feature | default | what it adds |");
    for integration in http_status::__private_0_1::INTEGRATIONS {
        assert!(
            README.contains(&format!("#[status({})]", integration.word)),
            "{}",
            integration.word
        );
        let row = features
            .iter()
            .find(|row| row[0] == integration.feature)
            .unwrap_or_else(|| panic!("the features table has {}", integration.feature));
        assert!(
            row[2].contains(&format!("#[status({})]", integration.word)),
            "the {} row names its word: {row:?}",
            integration.feature
        );
    }
}

/// The derive's docs (src/lib.rs) name every word and its feature.
#[test]
fn the_derive_s_docs_list_every_word_of_the_table() {
    let docs = include_str!("../src/lib.rs");
    for integration in http_status::__private_0_1::INTEGRATIONS {
        assert!(
            docs.contains(&format!("`#[status({})]`", integration.word)),
            "src/lib.rs names #[status({})]",
            integration.word
        );
        assert!(
            docs.contains(&format!("`{}`", integration.feature)),
            "src/lib.rs names the feature {}",
            integration.feature
        );
    }
}

#[test]
fn the_minimum_rust_is_the_manifest_s() {
    let package = MANIFEST
        .split("\n[package]\n")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a [package] section");
    let declared = package
        .lines()
        .find_map(|line| line.strip_prefix("rust-version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .expect("the facade declares its rust-version");
    assert!(
        README.contains(&format!("**Minimum Rust: {declared}**")),
        "the README's minimum Rust is {declared}"
    );
}

#[test]
fn status_code_is_two_bytes_as_the_readme_says() {
    assert!(README.contains("two bytes (so is `Option<StatusCode>`)"));
    assert_eq!(size_of::<StatusCode>(), 2);
    assert_eq!(size_of::<Option<StatusCode>>(), 2);
}

/// The README names both commands, and says which tests the second one
/// leaves out: the UI snapshots, compiled out wherever the facade's `std`
/// is on, as it is under `--all-features`.
#[test]
fn the_readme_shows_both_setup_commands_and_what_they_run() {
    assert!(README.contains("cargo run --example lookup"));
    assert!(README.contains("cargo test --workspace --all-features"));
    assert!(README.contains("cargo test -p http-status --test ui"));
    let ui = include_str!("ui.rs");
    assert!(
        ui.contains("#![cfg(not(feature = \"std\"))]"),
        "the README says the UI tests skip where `std` is on; if they no longer do, say so there"
    );
}
