//! The `lookup` example: its logic directly, and the built program end to end.

#[path = "../examples/lookup/query.rs"]
#[allow(dead_code)]
mod query;

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

use http_status::{Class, StatusCode};
use query::{Answer, answer, render_json, render_text, table};
use unicode_width::UnicodeWidthStr;

#[test]
fn numbers_classes_and_words_find_their_codes() {
    assert_eq!(answer(None), Ok(Answer::All));
    assert_eq!(
        answer(Some("404")),
        Ok(Answer::Entry(StatusCode::NOT_FOUND))
    );
    assert_eq!(answer(Some("4xx")), Ok(Answer::Class(Class::ClientError)));
    assert_eq!(answer(Some("5XX")), Ok(Answer::Class(Class::ServerError)));
    let timeouts = Ok(Answer::Search(vec![
        StatusCode::REQUEST_TIMEOUT,
        StatusCode::GATEWAY_TIMEOUT,
    ]));
    assert_eq!(answer(Some("timeout")), timeouts);
    assert_eq!(answer(Some("time-out")), timeouts);
    assert_eq!(answer(Some("超时")), timeouts);
    assert_eq!(
        answer(Some("entity")),
        Ok(Answer::Search(vec![
            StatusCode::CONTENT_TOO_LARGE,
            StatusCode::UNPROCESSABLE_CONTENT
        ]))
    );
    assert_eq!(
        answer(Some("请求实体过大")),
        Ok(Answer::Search(vec![StatusCode::CONTENT_TOO_LARGE]))
    );
}

#[test]
fn reserved_codes_are_answered_with_the_reason() {
    let Ok(Answer::Reserved(teapot)) = answer(Some("418")) else {
        panic!("418 is an answer")
    };
    assert_eq!(teapot.code(), 418);
    assert!(render_text(&Answer::Reserved(teapot)).contains("RFC 9110 §15.5.19"));
    assert!(matches!(answer(Some("teapot")), Ok(Answer::Reserved(r)) if r.code() == 418));
    assert!(matches!(answer(Some("306")), Ok(Answer::Reserved(r)) if r.code() == 306));
}

#[test]
fn unknown_queries_explain_and_suggest() {
    let no = answer(Some("499")).unwrap_err();
    assert_eq!(no.message, "499 is not a registered HTTP status code");
    assert_eq!(
        no.help.as_deref(),
        Some("the nearest registered 4xx code is 451 Unavailable For Legal Reasons")
    );
    let no = answer(Some("4040")).unwrap_err();
    assert_eq!(
        no.help.as_deref(),
        Some("did you mean 404 Not Found or 400 Bad Request?")
    );
    let no = answer(Some("99999999999999999999999")).unwrap_err();
    assert!(no.message.ends_with(
        "is not an HTTP status code: status codes are three-digit numbers from 100 to 599"
    ));
    let no = answer(Some("Not Fond")).unwrap_err();
    assert_eq!(no.help.as_deref(), Some("did you mean 404 Not Found?"));
    assert!(answer(Some("zzzz")).unwrap_err().help.is_some());
}

#[test]
fn tables_align_by_display_width_not_chars() {
    let text = table(StatusCode::ALL);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), StatusCode::ALL.len() + 1);
    // The class column starts at the same terminal column on every line,
    // header included, although the Chinese cells before it differ in width.
    let class_start = |line: &str| {
        line.find("class")
            .unwrap_or_else(|| line.find("xx ").map_or(0, |i| i - 1))
    };
    let columns: Vec<usize> = lines
        .iter()
        .map(|line| line[..class_start(line)].width())
        .collect();
    assert!(
        columns.windows(2).all(|w| w[0] == w[1]),
        "{columns:?}\n{text}"
    );
    let chars = |line: &str| line[..class_start(line)].chars().count();
    // 继续 (100) and 切换协议 (101) differ in chars but line up in columns.
    assert_ne!(
        chars(lines[1]),
        chars(lines[2]),
        "padding counts two columns per Chinese character"
    );
}

#[test]
fn json_carries_every_fact() {
    let json = render_json(&Answer::Entry(StatusCode::CONTENT_TOO_LARGE));
    assert_eq!(json["code"], 413);
    assert_eq!(json["reason_zh"], "内容过大");
    assert_eq!(json["former_reasons"][0], "Request Entity Too Large");
    assert_eq!(
        json["spec"]["url"],
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14"
    );
    assert_eq!(json["first_defined"]["rfc"], 2068);
    assert!(json["deprecated"].is_null());
    assert_eq!(render_json(&Answer::All).as_array().map(Vec::len), Some(61));
}

/// The example program, built once.
fn lookup() -> &'static PathBuf {
    static PROGRAM: OnceLock<PathBuf> = OnceLock::new();
    PROGRAM.get_or_init(|| {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--quiet", "--example", "lookup"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the example builds");
        // Tests run from target/<profile>/deps; examples land in target/<profile>/examples.
        let exe = std::env::current_exe().expect("test executable path");
        let profile = exe
            .parent()
            .and_then(|deps| deps.parent())
            .expect("target/<profile>");
        profile
            .join("examples")
            .join(format!("lookup{}", std::env::consts::EXE_SUFFIX))
    })
}

fn run(args: &[&str]) -> Output {
    Command::new(lookup())
        .args(args)
        .output()
        .expect("lookup runs")
}

#[test]
fn end_to_end_the_catalog_an_entry_and_the_exit_codes() {
    let all = run(&[]);
    assert!(all.status.success());
    let stdout = String::from_utf8(all.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 62);
    assert!(stdout.contains("404   Not Found"));

    let entry = run(&["422"]);
    assert!(entry.status.success());
    let stdout = String::from_utf8(entry.stdout).unwrap();
    assert!(
        stdout.starts_with("422 Unprocessable Content — 无法处理的内容"),
        "{stdout}"
    );
    assert!(stdout.contains("former phrases: Unprocessable Entity"));

    let teapot = run(&["418"]);
    assert_eq!(
        teapot.status.code(),
        Some(0),
        "a reserved code is an answer"
    );

    let unknown = run(&["499"]);
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = String::from_utf8(unknown.stderr).unwrap();
    assert!(
        stderr.starts_with("error: 499 is not a registered HTTP status code\nhelp: "),
        "{stderr}"
    );

    let json = run(&["--json", "超时"]);
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(parsed.as_array().map(Vec::len), Some(2));

    let bad_json = run(&["--json", "9999"]);
    assert_eq!(bad_json.status.code(), Some(2));
    let parsed: serde_json::Value = serde_json::from_slice(&bad_json.stdout).unwrap();
    assert!(
        parsed["error"]
            .as_str()
            .unwrap()
            .starts_with("9999 is not an HTTP status code")
    );
}
