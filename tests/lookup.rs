//! The lookup tool: its logic directly, and the built programs end to end
//! (the `lookup` example, and the `http-status` binary of the `cli` feature).

use std::path::PathBuf;
use std::process::{Command, Output};
use std::sync::OnceLock;

use http_status::{Class, Language, StatusCode, Unofficial};
use http_status_cli::query::{Answer, answer, render_json, render_text, table};
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
    let registered = |query| match answer(Some(query)) {
        Ok(Answer::Search(codes, _)) => codes,
        other => panic!("{query}: {other:?}"),
    };
    let timeouts = [StatusCode::REQUEST_TIMEOUT, StatusCode::GATEWAY_TIMEOUT];
    assert_eq!(registered("timeout"), timeouts);
    assert_eq!(registered("time-out"), timeouts);
    assert_eq!(registered("超时"), timeouts);
    assert_eq!(
        registered("entity"),
        [
            StatusCode::CONTENT_TOO_LARGE,
            StatusCode::UNPROCESSABLE_CONTENT
        ]
    );
    assert_eq!(registered("请求实体过大"), [StatusCode::CONTENT_TOO_LARGE]);
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
    let no = answer(Some("490")).unwrap_err();
    assert_eq!(no.message, "490 is not a registered HTTP status code");
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
fn unofficial_codes_are_answered_with_every_use_and_its_source() {
    let Ok(Answer::Unofficial(499, uses)) = answer(Some("499")) else {
        panic!("499 is an answer")
    };
    let text = render_text(&Answer::Unofficial(499, uses));
    for u in Unofficial::from_u16(499) {
        let name = u.name().unwrap();
        assert!(text.contains(&format!("{name} — {}", u.user())), "{text}");
        assert!(text.contains(u.source()), "{text}");
        assert!(text.contains(&u.where_seen().to_string()), "{text}");
        assert!(
            text.contains(&u.where_seen_in(Language::Chinese).to_string()),
            "{text}"
        );
    }
    assert!(
        text.contains("never sent: it appears only in nginx's access log"),
        "{text}"
    );
    // Esri's 499 is never in a status line: its registered code is named, not "sent instead".
    assert!(
        text.contains("the registered code for this: 401 Unauthorized"),
        "{text}"
    );
    assert!(!text.contains("send instead"), "{text}");
    assert!(!text.contains("no registered equivalent"), "{text}");

    let Ok(Answer::Unofficial(520, uses)) = answer(Some("520")) else {
        panic!("520 is an answer")
    };
    assert!(render_text(&Answer::Unofficial(520, uses)).contains("send instead: 502 Bad Gateway"));

    let json = render_json(&answer(Some("499")).unwrap());
    assert_eq!(json["unofficial"], true);
    let users: Vec<&str> = json["uses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["user"].as_str().unwrap())
        .collect();
    assert_eq!(users, ["nginx", "Google APIs", "Esri ArcGIS"]);
    assert_eq!(json["uses"][0]["seen"]["kind"], "access_log");
    assert_eq!(json["uses"][0]["seen"]["in_status_line"], false);
    assert_eq!(json["uses"][1]["seen"]["kind"], "status_line");
    assert_eq!(json["uses"][2]["seen"]["kind"], "response_body");
    assert_eq!(json["uses"][2]["instead"], 401);
}

/// The facts a review of the RFCs, the vendors' sources and nginx 1.22 (run
/// here) corrected: each shows in the lookup, in English and in 中文.
#[test]
fn corrected_facts_show_in_both_languages() {
    let text = |query: &str| render_text(&answer(Some(query)).unwrap());
    let shows = |query: &str, parts: &[&str]| {
        let text = text(query);
        for part in parts {
            assert!(
                text.contains(part),
                "lookup {query} lacks {part:?}:\n{text}"
            );
        }
    };
    // RFC 9110 §15.5.19: 418 "can be re-assigned to another use".
    shows(
        "418",
        &[
            "may be reassigned if the 4xx numbers run out",
            "仍可重新分配",
        ],
    );
    // §15.5.4: "The client MAY repeat the request with new or different credentials."
    shows(
        "403",
        &["may retry with other credentials", "可以换用其他凭证重试"],
    );
    assert!(!text("403").contains("无济于事"));
    // §15.3.4: content changed by a proxy, not "unauthorized" (the seed's word).
    shows(
        "203",
        &[
            "Non-Authoritative Information — 非权威信息",
            "旧译名:         非授权信息",
        ],
    );
    // RFC 7725 §3 and §4.
    shows(
        "451",
        &[
            "cacheable:      heuristically, by default (RFC 7725 §3)",
            "Link: SHOULD identifying who blocks access (RFC 7725 §4)",
            "应当发送 `Link`（指明阻止访问的一方；RFC 7725 §4）",
            "Link: MUST with rel=\"blocked-by\", when sent for that purpose (RFC 7725 §4)",
            "必须发送 `Link`（用于此目的时，须带 rel=\"blocked-by\"；RFC 7725 §4）",
        ],
    );
    // §15.4.5 and §15.3.7: what a 200 would have carried.
    for code in ["304", "206"] {
        shows(
            code,
            &[
                "ETag: MUST if a 200 to the same request would carry it",
                "必须发送 `ETag`（若对同一请求的 200 响应会携带；",
                "Vary: MUST",
                "Cache-Control: MUST",
            ],
        );
    }
    shows(
        "206",
        &["Content-Type: MUST as multipart/byteranges when several parts are sent"],
    );
    // RFC 3229 §10.4.1: "The response MUST include an Etag header field".
    shows(
        "226",
        &[
            "ETag: MUST (RFC 3229 §10.4.1)",
            "必须发送 `ETag`（RFC 3229 §10.4.1）",
        ],
    );
    // nginx 1.22: a long request line is 414; a long header line is 494, answered 400.
    shows(
        "494",
        &[
            "Request Header Or Cookie Too Large — nginx",
            "a request line too long gets 414 instead",
            "请求行过长时得到的则是 414",
        ],
    );
    // Tornado makes 599 up when no response arrived: no code to send instead.
    let tornado = text("599");
    assert!(
        tornado.contains("Tornado") && tornado.contains("没有收到响应"),
        "{tornado}"
    );
    assert!(
        !tornado.contains("send instead") && !tornado.contains("registered code for this"),
        "{tornado}"
    );
    // 104: what IANA lists, with its dates; after them, what an expired
    // registration means (RFC 7120 §3.3).
    shows(
        "104",
        &[
            "104 Upload Resumption Supported — a temporary registration",
            "registered 2024-11-13, extended 2025-09-15, ",
            "2024-11-13 登记，2025-09-15 延期，",
        ],
    );
    assert!(!text("104").contains("not a registered HTTP status code"));
    let upload = http_status::Temporary::from_u16(104).unwrap();
    let before = http_status_cli::query::temporary_entry_on(upload, "2026-11-13");
    assert!(before.contains("expires 2026-11-13"), "{before}");
    assert!(before.contains("2026-11-13 到期"), "{before}");
    assert!(!before.contains("Expired"), "{before}");
    let after = http_status_cli::query::temporary_entry_on(upload, "2026-11-14");
    for part in [
        "expired 2026-11-13",
        "已于 2026-11-13 到期",
        "implementers should treat it as deprecated",
        "实现方应将其视为已弃用",
        "rfc7120#section-3.3",
    ] {
        assert!(after.contains(part), "{part:?} in:\n{after}");
    }
    // 451: the registry's meaning, and Exchange ActiveSync's Redirect beside it.
    shows(
        "451",
        &[
            "451 Unavailable For Legal Reasons",
            "also:           Microsoft Exchange ActiveSync as \"Redirect\"",
            "`X-MS-Location`",
            "若响应带有 `X-MS-Location` 头",
        ],
    );
    let json = render_json(&answer(Some("451")).unwrap());
    assert_eq!(json["also"][0]["name"], "Redirect");
    // A framework that only defines a constant does not send it.
    shows(
        "419",
        &[
            "defined as a constant in ASP.NET Core, which does not send it itself",
            "在 Spring 中定义为常量",
        ],
    );
    // MS-WDV names 449 both ways; the client MUST repeat the request.
    shows(
        "449",
        &[
            "\"Reply With\"",
            "must repeat the request",
            "必须带上 `Ms-Echo-Reply` 头",
        ],
    );
    shows("430", &["Shopify Security Rejection", "Shopify"]);
    // A rule the RFC names without a keyword says so in 中文 too.
    shows("201", &["规范提及（未用要求关键词） `Location`"]);
}

/// Each kind of prohibition, in text and JSON, in both languages: a field
/// that MUST NOT be sent, a response a cache MUST NOT store, a status a
/// proxy MUST NOT generate, one a server SHOULD NOT send but on a
/// condition, and metadata a 304 SHOULD NOT carry.
#[test]
fn prohibitions_show_in_both_languages() {
    let shows = |query: &str, parts: &[&str]| {
        let text = render_text(&answer(Some(query)).unwrap());
        for part in parts {
            assert!(
                text.contains(part),
                "lookup {query} lacks {part:?}:\n{text}"
            );
        }
    };
    for code in ["100", "204"] {
        shows(
            code,
            &[
                "header:         Content-Length: MUST NOT (RFC 9110 §8.6)",
                "不得发送 `Content-Length`（RFC 9110 §8.6）",
                "Transfer-Encoding: MUST NOT (RFC 9112 §6.1)",
                "不得发送 `Transfer-Encoding`（RFC 9112 §6.1）",
            ],
        );
    }
    shows(
        "100",
        &[
            "forbidden:      a server MUST NOT send it to an HTTP/1.0 client (RFC 9110 §15.2)",
            "服务器不得发送该状态码（对 HTTP/1.0 客户端；RFC 9110 §15.2）",
        ],
    );
    shows(
        "304",
        &[
            "Content-Length: MUST NOT unless its value is the length a 200 would have sent (RFC 9110 §8.6)",
            "不得发送 `Content-Length`（除非其值等于 200 响应会发送的内容长度；RFC 9110 §8.6）",
            "a sender SHOULD NOT send representation metadata other than the fields listed",
            "发送方不应发送上述字段以外的表示元数据",
        ],
    );
    shows(
        "206",
        &[
            "Content-Range: MUST NOT in the header section when several parts are sent",
            "不得发送 `Content-Range`（发送多个部分时不得放在头部，应由各部分各自携带；RFC 9110 §15.3.7.2）",
        ],
    );
    shows(
        "421",
        &[
            "a proxy MUST NOT generate it (RFC 9110 §15.5.20)",
            "代理不得生成该状态码（RFC 9110 §15.5.20）",
        ],
    );
    shows(
        "425",
        &[
            "a server SHOULD NOT send it unless the request came in early data or with `Early-Data: 1` (RFC 8470 §5.2)",
            "服务器不应发送该状态码（除非请求经由早期数据发送，或带有 `Early-Data: 1`；RFC 8470 §5.2）",
        ],
    );
    for (code, section) in [("428", "3"), ("429", "4"), ("431", "5"), ("511", "6")] {
        shows(
            code,
            &[
                &format!("a cache MUST NOT store it (RFC 6585 §{section})"),
                &format!("缓存不得存储该响应（RFC 6585 §{section}）"),
            ],
        );
    }
    shows(
        "511",
        &[
            "an origin server SHOULD NOT generate it (RFC 6585 §6)",
            "源服务器不应生成该状态码（RFC 6585 §6）",
        ],
    );
    let json = render_json(&answer(Some("429")).unwrap());
    assert_eq!(json["forbidden"][0]["requirement"], "MUST NOT");
    assert_eq!(json["forbidden"][0]["party"], "a cache");
    assert_eq!(
        json["forbidden"][0]["rule_zh"],
        "缓存不得存储该响应（RFC 6585 §4）"
    );
    assert_eq!(json["forbidden"][0]["spec"]["section"], "4");
    let json = render_json(&answer(Some("204")).unwrap());
    assert_eq!(json["headers"][0]["requirement"], "MUST NOT");
    assert_eq!(
        json["headers"][0]["rule_zh"],
        "不得发送 `Content-Length`（RFC 9110 §8.6）"
    );
    assert!(
        render_json(&answer(Some("200")).unwrap())["forbidden"]
            .as_array()
            .is_some_and(Vec::is_empty)
    );
}

#[test]
fn an_entry_shows_its_protocol_rules_in_text_and_json() {
    let text = render_text(&answer(Some("401")).unwrap());
    assert!(
        text.contains("header:         WWW-Authenticate: MUST (RFC 9110 §15.5.2)"),
        "{text}"
    );
    assert!(text.contains("content:        allowed"), "{text}");
    let json = render_json(&answer(Some("401")).unwrap());
    assert_eq!(json["headers"][0]["name"], "WWW-Authenticate");
    assert_eq!(json["headers"][0]["requirement"], "MUST");
    assert_eq!(json["headers"][0]["spec"]["section"], "15.5.2");
    assert_eq!(json["final"], true);
    assert_eq!(json["allows_content"], true);
    assert_eq!(json["heuristically_cacheable"], false);

    let no_content = render_json(&answer(Some("204")).unwrap());
    assert_eq!(no_content["allows_content"], false);
    assert_eq!(no_content["no_content_spec"], "RFC 9110 §15.3.5");
    assert_eq!(no_content["heuristically_cacheable"], true);
    let range = render_text(&answer(Some("416")).unwrap());
    assert!(
        range.contains("Content-Range: SHOULD for a byte-range request (RFC 9110 §15.5.17)"),
        "{range}"
    );
    let interim = render_text(&answer(Some("103")).unwrap());
    assert!(interim.contains("final:          no"), "{interim}");
}

#[test]
fn numbers_that_are_never_sent_say_so_in_words() {
    let text = |code: &str| render_text(&answer(Some(code)).unwrap());
    let nginx = text("494");
    assert!(
        nginx.contains(
            "never sent: nginx answers 400 Bad Request and logs 400; only `error_page` can match 494"
        ),
        "{nginx}"
    );
    assert!(
        nginx.contains("不会发送：nginx 实际返回并记录 400"),
        "{nginx}"
    );
    let esri = text("498");
    assert!(
        esri.contains("usually in the response body: Esri ArcGIS puts it in a JSON error object"),
        "{esri}"
    );
    let tornado = text("599");
    assert!(
        tornado.contains("never sent: Tornado's HTTP client makes it up when no response arrived"),
        "{tornado}"
    );
    let json = render_json(&answer(Some("494")).unwrap());
    assert_eq!(json["uses"][0]["seen"]["kind"], "configuration");
    assert_eq!(json["uses"][0]["seen"]["answered"], 400);
    // The list says where each is seen in plain words, not in API terms.
    let all = render_text(&Answer::AllUnofficial);
    assert!(!all.contains("StatusCode"), "{all}");
    assert!(all.contains("access log only"), "{all}");
    // Beyond 599: what such a number is.
    let no = answer(Some("999")).unwrap_err();
    assert!(
        no.help
            .as_deref()
            .unwrap()
            .contains("above 599 is a service's own"),
        "{no:?}"
    );
}

#[test]
fn vendors_and_words_find_unofficial_codes() {
    let Ok(Answer::Search(codes, uses)) = answer(Some("cloudflare")) else {
        panic!("cloudflare is an answer")
    };
    assert!(codes.is_empty());
    let found: Vec<u16> = uses.iter().map(|u| u.code()).collect();
    assert_eq!(found, [520, 521, 522, 523, 524, 525, 526, 530]);
    let Ok(Answer::Search(_, uses)) = answer(Some("closed")) else {
        panic!("closed is an answer")
    };
    assert!(uses.iter().any(|u| u.code() == 499 && u.user() == "nginx"));
    assert!(uses.iter().any(|u| u.code() == 460));
    // Registered and unofficial results together, registered first, in JSON too.
    let timeout = answer(Some("timeout")).unwrap();
    let Answer::Search(codes, uses) = &timeout else {
        panic!("timeout is an answer")
    };
    assert!(!codes.is_empty() && !uses.is_empty());
    let json = render_json(&timeout);
    let flags: Vec<bool> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["unofficial"].as_bool().unwrap())
        .collect();
    assert!(flags.is_sorted(), "{flags:?}");
    // The catalog table stays the registry only.
    assert!(!render_text(&Answer::All).contains("Cloudflare"));
    assert_eq!(
        render_text(&Answer::AllUnofficial).lines().count(),
        Unofficial::ALL.len() + 3
    );
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

    let unknown = run(&["490"]);
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = String::from_utf8(unknown.stderr).unwrap();
    assert!(
        stderr.starts_with("error: 490 is not a registered HTTP status code\nhelp: "),
        "{stderr}"
    );

    let unofficial = run(&["499"]);
    assert_eq!(
        unofficial.status.code(),
        Some(0),
        "a known unofficial code is an answer"
    );
    let stdout = String::from_utf8(unofficial.stdout).unwrap();
    assert!(
        stdout.starts_with("499 is not registered with IANA"),
        "{stdout}"
    );
    assert!(stdout.contains("Client Closed Request — nginx"), "{stdout}");

    let cloudflare = run(&["520"]);
    assert!(
        String::from_utf8(cloudflare.stdout)
            .unwrap()
            .contains("Cloudflare")
    );
    let vendor = run(&["cloudflare"]);
    assert!(vendor.status.success());
    assert!(
        String::from_utf8(vendor.stdout)
            .unwrap()
            .contains("526   Invalid SSL Certificate")
    );

    let json = run(&["499", "--json"]);
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(parsed["unofficial"], true);
    assert_eq!(parsed["uses"].as_array().map(Vec::len), Some(3));

    let listed = run(&["--unofficial"]);
    assert!(listed.status.success());
    assert!(
        String::from_utf8(listed.stdout)
            .unwrap()
            .contains("444   (unnamed)")
    );

    let json = run(&["--json", "超时"]);
    let parsed: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let registered: Vec<&serde_json::Value> = parsed
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["unofficial"] == false)
        .map(|e| &e["code"])
        .collect();
    assert_eq!(registered, [408, 504]);
    assert!(parsed.as_array().unwrap().iter().any(|e| e["code"] == 522));

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

/// The installable binary (`cargo install http-status --features cli`) is
/// the same program: cargo builds it for these tests when `cli` is on.
#[cfg(feature = "cli")]
#[test]
fn the_cli_binary_answers_like_the_example() {
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_http-status"))
            .args(args)
            .output()
            .expect("http-status runs")
    };
    let unofficial = run(&["499"]);
    assert!(unofficial.status.success());
    assert_eq!(unofficial.stdout, example(&["499"]).stdout);
    let all = run(&[]);
    assert_eq!(String::from_utf8(all.stdout).unwrap().lines().count(), 62);
    assert_eq!(run(&["9999"]).status.code(), Some(2));
}

#[cfg(feature = "cli")]
fn example(args: &[&str]) -> Output {
    run(args)
}
