//! The rules of the tree, read from the sources: modules import what they
//! use, and no two modules of a crate import each other, directly or round
//! a circle; no framework is named outside its own module.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, recursively.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// A file's code without its comments and its `mod tests`.
fn code(path: &Path) -> String {
    let text = fs::read_to_string(path).expect("a source file");
    let text = text.split("\n#[cfg(test)]\nmod tests").next().unwrap_or("");
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names that follow `prefix` in `code`: `crate::status_code` gives
/// `status_code`. `$crate::` paths (written for the user's crate) are not
/// imports.
fn names_after(code: &str, prefix: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        let after = &rest[at + prefix.len()..];
        let name: String = after
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        if !matches!(before, Some(c) if c == '$' || c.is_alphanumeric() || c == '_')
            && !name.is_empty()
        {
            names.insert(name);
        }
        rest = after;
    }
    names
}

/// The modules of the crate at `src` (its top-level files and folders) and
/// the crate's modules each one names through `crate::`; with `siblings`,
/// the files of that folder and what each names through `super::`.
fn graph(src: &Path, prefix: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in sources(src) {
        let relative = file.strip_prefix(src).expect("under src");
        let mut parts = relative.components();
        let first = parts.next().expect("a name");
        let module = Path::new(first.as_os_str())
            .file_stem()
            .expect("a file name")
            .to_string_lossy()
            .into_owned();
        if ["lib", "main", "mod", "tests"].contains(&module.as_str()) {
            continue;
        }
        if prefix == "super::" && relative.components().count() > 1 {
            continue;
        }
        let mut named = names_after(&code(&file), prefix);
        named.remove(&module);
        graph.entry(module).or_default().extend(named);
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for named in graph.values_mut() {
        named.retain(|name| modules.contains(name));
    }
    graph
}

/// A circle of imports in `graph`, if there is one.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|n| n == node) {
            let mut circle = path[at..].to_vec();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(next, graph, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn no_module_imports_another_that_imports_it_back() {
    for (src, prefix) in [
        ("table/src", "crate::"),
        ("core/src", "crate::"),
        ("macros/src", "crate::"),
        ("macros/src/derive", "super::"),
        ("cli/src", "crate::"),
    ] {
        let graph = graph(&root().join(src), prefix);
        assert!(graph.len() >= 2, "{src}: {graph:?}");
        assert_eq!(circle(&graph), None, "{src} has a circle of imports");
    }
}

/// The checker finds a circle where there is one.
#[test]
fn a_circle_is_found() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(n, to)| (n.to_owned(), to.into_iter().map(str::to_owned).collect()))
    .collect();
    assert_eq!(
        circle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(
        names_after(
            "use crate::a::X; $crate::b; my_crate::c; crate::d",
            "crate::"
        ),
        ["a", "d"].into_iter().map(str::to_owned).collect()
    );
}

/// core's modules reach each other by their own paths, not through the
/// re-exports of lib.rs, which are for users: `crate::StatusCode` would
/// hide which module a file depends on.
#[test]
fn core_imports_by_module_not_through_lib_rs() {
    for file in sources(&root().join("core/src")) {
        if file.ends_with("lib.rs") {
            continue;
        }
        let code = code(&file);
        for name in names_after(&code, "crate::") {
            assert!(
                name.starts_with(|c: char| c.is_ascii_lowercase()),
                "{}: `crate::{name}` goes through lib.rs's re-exports",
                file.display()
            );
        }
    }
}

/// A framework is named (a feature, a crate, a type) only in its own
/// module of core, and where modules are declared (lib.rs, interop/mod.rs).
#[test]
fn no_framework_is_named_outside_its_own_module() {
    let frameworks = ["axum", "actix", "poem", "salvo"];
    for file in sources(&root().join("core/src")) {
        let name = file.file_stem().expect("a name").to_string_lossy();
        let declares = file.ends_with("lib.rs") || file.ends_with("interop/mod.rs");
        if declares || frameworks.iter().any(|f| name.starts_with(f)) {
            continue;
        }
        let code = code(&file);
        for framework in frameworks {
            assert!(
                !code.contains(framework),
                "{} names {framework}",
                file.display()
            );
        }
    }
}
