//! The notes API every framework example serves, and the suite that checks
//! it over real TCP, so that actix-web, poem and salvo are held to the same
//! answers, byte for byte where it matters (and axum too, for the
//! framework's own errors):
//!
//! | request | answer |
//! |---|---|
//! | `GET /notes/1` | 200, `{"id":1,"title":"groceries"}` |
//! | `GET /notes/7` | 404 problem, `detail` "no note with id 7" |
//! | `GET /notes/3` | 500 problem: the database's text withheld, an incident id, logged with that id |
//! | `GET /notes/seven` | 400 problem: the framework's own path rejection |
//! | `POST /notes` `{"title":"milk"}` | 201, `{"id":2,"title":"milk"}` |
//! | `POST /notes` with malformed JSON | 400 problem: the framework's own body rejection |
//! | `DELETE /notes/1` | 503 problem marked `expose`: its text is sent |
//!
//! and `Accept-Language: zh` answers the 404 in 中文. [`check_framework_errors`]
//! checks, against all four members, what the framework itself answers:
//! an unknown route, a wrong method, a body over the limit, a handler's
//! panic and a handler's `io::Error` through the framework's own error
//! type, each a problem in both languages.
//!
//! The client is a plain blocking socket, so that no framework's runtime
//! or client is trusted to check itself.
#![forbid(unsafe_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use http_status::{Language, StatusCode};
use serde_json::{Value, json};

/// The database's text, which must never reach a client.
pub const SECRET: &str = "database at 10.0.0.5:5432 refused user app_rw";
/// The 503's text, written for clients.
pub const MAINTENANCE: &str = "notes are read-only during maintenance; try again after 14:00 UTC";

/// One response.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    /// Names in lowercase.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    /// The first value of header `name` (lowercase).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The body as JSON; `Null` when it is not.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or(Value::Null)
    }

    /// The incident id of a 5xx problem: its `instance`, without `urn:uuid:`.
    #[track_caller]
    pub fn incident_id(&self) -> String {
        self.json()["instance"]
            .as_str()
            .and_then(|i| i.strip_prefix("urn:uuid:"))
            .unwrap_or_else(|| panic!("a 5xx problem carries an incident id: {self:?}"))
            .to_owned()
    }
}

/// One HTTP/1.1 request with `Connection: close`, a JSON body if any, and
/// extra header lines.
pub fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Reply {
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request += &format!("{name}: {value}\r\n");
    }
    match body {
        Some(body) => {
            request += &format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
        }
        None => request += "Content-Length: 0\r\n\r\n",
    }
    exchange(addr, request.into_bytes())
}

/// Writes `request` from a thread of its own while this one reads the
/// reply: a server may answer (a 413) before it has read a large body, and
/// stop reading it, which must not leave the client stuck writing.
fn exchange(addr: SocketAddr, request: Vec<u8>) -> Reply {
    let stream = TcpStream::connect(addr).expect("the server accepts");
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .expect("a timeout");
    let mut writer = stream.try_clone().expect("a second handle");
    let written = std::thread::spawn(move || {
        // A server that has answered may close before all is sent.
        let _ = writer.write_all(&request);
    });
    let mut raw = Vec::new();
    let mut reader = stream;
    // A reset after the reply was read is the server closing early: what
    // arrived before it is the reply.
    if let Err(error) = reader.read_to_end(&mut raw) {
        assert!(!raw.is_empty(), "a reply in time: {error}");
    }
    let _ = written.join();
    let raw = String::from_utf8(raw).expect("a UTF-8 reply");
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse().ok())
        .expect("a status line");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_lowercase(), v.trim().to_owned()))
        .collect();
    Reply {
        status,
        headers,
        body: dechunk(body, &raw),
    }
}

/// The body, joined from its chunks when the reply is chunked.
fn dechunk(body: &str, raw: &str) -> String {
    if !raw.to_lowercase().contains("transfer-encoding: chunked") {
        return body.to_owned();
    }
    let mut joined = String::new();
    let mut rest = body;
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || after.len() < size {
            break;
        }
        joined += &after[..size];
        rest = after[size..].trim_start_matches("\r\n");
    }
    joined
}

/// What the panic hook's line says.
const PANICKED: &str = "a thread panicked";

/// Everything the app logs, for the suite to read.
#[derive(Clone, Default)]
pub struct Log(Arc<Mutex<Vec<u8>>>);

impl Log {
    /// Makes this process's log a `Log`, and installs the crate's panic
    /// hook, as the members' `main` does. Once per test binary.
    pub fn install() -> Log {
        let log = Log::default();
        let writer = log.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::set_global_default(subscriber).expect("the only subscriber");
        std::panic::set_hook(Box::new(http_status::panic_hook()));
        log
    }

    /// What was logged so far.
    pub fn text(&self) -> String {
        let bytes = self.0.lock().map(|b| b.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl std::io::Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut log) = self.0.lock() {
            log.extend_from_slice(bytes);
        }
        // A panic's line (a failed assertion's too) is also shown where
        // the test harness shows it.
        if bytes
            .windows(PANICKED.len())
            .any(|w| w == PANICKED.as_bytes())
        {
            eprint!("{}", String::from_utf8_lossy(bytes));
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A problem response: its status, media type, and body.
#[track_caller]
pub fn assert_problem(reply: &Reply, body: Value) {
    assert_eq!(reply.status, body["status"], "{reply:?}");
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json"),
        "{reply:?}"
    );
    assert_eq!(reply.json(), body, "{reply:?}");
}

/// The framework's rejection, as a problem: status, title, and the
/// framework's text about the input as `detail`.
#[track_caller]
fn assert_rejection(reply: &Reply, status: u16) {
    let code = StatusCode::from_u16(status).expect("a registered code");
    let detail = reply.json()["detail"].clone();
    assert!(
        detail.as_str().is_some_and(|d| !d.is_empty()),
        "a rejection says what was wrong: {reply:?}"
    );
    assert_problem(
        reply,
        json!({"status": status, "title": code.reason(), "detail": detail}),
    );
}

/// The whole suite against the server at `addr`, whose log is `log`.
pub fn check_notes_api(addr: SocketAddr, log: &Log) {
    let found = send(addr, "GET", "/notes/1", None, &[]);
    assert_eq!(found.status, 200, "{found:?}");
    assert_eq!(found.json(), json!({"id": 1, "title": "groceries"}));

    let created = send(addr, "POST", "/notes", Some(r#"{"title":"milk"}"#), &[]);
    assert_eq!(created.status, 201, "{created:?}");
    assert_eq!(created.json(), json!({"id": 2, "title": "milk"}));

    // A 404 with its detail, in English by default.
    let missing = send(addr, "GET", "/notes/7", None, &[]);
    assert_problem(
        &missing,
        json!({"status": 404, "title": "Not Found", "detail": "no note with id 7"}),
    );

    // The same in 中文, when the client asks for it.
    let zh = send(
        addr,
        "GET",
        "/notes/7",
        None,
        &[("Accept-Language", "zh-CN, en;q=0.5")],
    );
    let title = StatusCode::NOT_FOUND.reason_in(Language::Chinese);
    assert_problem(
        &zh,
        json!({"status": 404, "title": title, "detail": "no note with id 7"}),
    );
    assert_eq!(zh.header("content-language"), Some("zh"), "{zh:?}");
    assert!(
        zh.headers
            .iter()
            .any(|(n, v)| n == "vary" && v.to_lowercase().contains("accept-language")),
        "{zh:?}"
    );

    // A 503 marked `expose` sends its text, and is still a failure: it has
    // an incident id, and the log has the id on one line.
    let read_only = send(addr, "DELETE", "/notes/1", None, &[]);
    let instance = read_only.json()["instance"].clone();
    let id = read_only.incident_id();
    assert_problem(
        &read_only,
        json!({"status": 503, "title": "Service Unavailable", "detail": MAINTENANCE, "instance": instance}),
    );
    let logged = log.text();
    let line = logged
        .lines()
        .find(|line| line.contains(&id))
        .unwrap_or_else(|| panic!("a log line with id {id}: {logged}"));
    assert!(
        line.contains("status=503") && line.contains("marked for clients"),
        "{line}"
    );

    // The framework's own rejections, as problems.
    let malformed = send(addr, "POST", "/notes", Some(r#"{"title": "#), &[]);
    assert_rejection(&malformed, 400);
    let bad_id = send(addr, "GET", "/notes/seven", None, &[]);
    assert_rejection(&bad_id, 400);

    // A 500: the text stays on the server; the body's id is the log's.
    let broken = send(addr, "GET", "/notes/3", None, &[]);
    let instance = broken.json()["instance"].clone();
    assert_problem(
        &broken,
        json!({"status": 500, "title": "Internal Server Error", "instance": instance}),
    );
    let line = incident_line(&broken, log, &["10.0.0.5", "app_rw", "refused"]);
    assert!(line.contains(SECRET), "the log has the error: {line}");
    assert!(
        line.contains("connection refused"),
        "and its source: {line}"
    );
}

/// The log line of a withheld 500's incident: the body carries an id and
/// none of `secrets`, and the log has the id on one line, once.
#[track_caller]
fn incident_line(reply: &Reply, log: &Log, secrets: &[&str]) -> String {
    let id = reply.incident_id();
    for secret in secrets {
        assert!(!reply.body.contains(secret), "{reply:?}");
    }
    let logged = log.text();
    let line = logged
        .lines()
        .find(|line| line.contains(&id))
        .unwrap_or_else(|| panic!("a log line with id {id}: {logged}"));
    assert!(
        line.contains("ERROR") && line.contains("status=500"),
        "{line}"
    );
    assert_eq!(logged.matches(&id).count(), 1, "logged once: {logged}");
    line.to_owned()
}

/// The two lines of a handler's panic: the panic hook's, with the message
/// escaped and the incident id; and the 500's incident line, with the same
/// id and not the message again. The body has the id and no message.
#[track_caller]
fn panic_lines(reply: &Reply, log: &Log) {
    let id = reply.incident_id();
    for secret in ["10.0.0.5", "corrupt", "panic"] {
        assert!(!reply.body.contains(secret), "{reply:?}");
    }
    let logged = log.text();
    let lines: Vec<&str> = logged.lines().filter(|line| line.contains(&id)).collect();
    assert_eq!(
        lines.len(),
        2,
        "the hook's line and the incident's: {logged}"
    );
    let hook = lines
        .iter()
        .find(|line| line.contains(PANIC))
        .unwrap_or_else(|| panic!("the hook's line has the message: {lines:?}"));
    assert!(hook.contains("ERROR"), "{hook}");
    let incident = lines
        .iter()
        .find(|line| line.contains("status=500"))
        .unwrap_or_else(|| panic!("an incident line: {lines:?}"));
    assert!(!incident.contains(PANIC), "the message once: {incident}");
}

/// The panic message of every member's `GET /panic`: it names a host, so
/// that a body that carried it would be seen.
pub const PANIC: &str = "the notes index is corrupt at 10.0.0.5";

/// The challenge every member's `GET /token` sends: its 401 error's
/// `#[www_authenticate]` field, for this response (RFC 6750 §3).
pub const TOKEN_CHALLENGE: &str = r#"Bearer realm="notes", error="invalid_token""#;

/// The `io::Error` of every member's `GET /io`, which fails through the
/// framework's own error type (actix's `actix_web::Error`, `poem::Error`,
/// `salvo::Error`; axum has none, so its member answers the usual
/// `(StatusCode, String)`): the framework renders it as text, and the
/// setup withholds it.
pub const IO_ERROR: &str = "open /srv/notes/index.db: permission denied (uid 1001)";

/// A problem in `language`, whatever its members: its status, media type,
/// title in that language, and `Content-Language`.
#[track_caller]
fn assert_problem_in(reply: &Reply, status: u16, language: Language) -> Value {
    let code = StatusCode::from_u16(status).expect("a registered code");
    assert_eq!(reply.status, status, "{reply:?}");
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json"),
        "{reply:?}"
    );
    let body = reply.json();
    assert_eq!(body["status"], status, "{reply:?}");
    assert_eq!(body["title"], code.reason_in(language), "{reply:?}");
    assert_eq!(
        reply.header("content-language"),
        Some(language.tag()),
        "{reply:?}"
    );
    body
}

/// What the framework itself answers, as problems, in English and in 中文:
/// an unknown route (404), a wrong method (405 with `Allow`), a body over
/// the member's 64 KiB limit (413), `GET /panic` (500, its message in the
/// log with the body's incident id, never in the body), and `GET /io` (500,
/// likewise, for an `io::Error` the framework rendered as text).
pub fn check_framework_errors(addr: SocketAddr, log: &Log) {
    for (language, accept) in [(Language::English, None), (Language::Chinese, Some("zh"))] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("Accept-Language", a)).into_iter().collect();

        let unknown = send(addr, "GET", "/no/such/route", None, &headers);
        let body = assert_problem_in(&unknown, 404, language);
        assert!(body.get("detail").is_none(), "{unknown:?}");

        let wrong = send(addr, "PUT", "/notes", None, &headers);
        assert_problem_in(&wrong, 405, language);
        let allow = wrong
            .header("allow")
            .unwrap_or_else(|| panic!("a 405 MUST carry Allow: {wrong:?}"));
        assert!(
            allow.contains("POST") && !allow.contains("PUT"),
            "{wrong:?}"
        );

        let large = format!(r#"{{"title":"{}"}}"#, "x".repeat(3 * 1024 * 1024));
        let refused = send(addr, "POST", "/notes", Some(&large), &headers);
        assert_problem_in(&refused, 413, language);

        let panicked = send(addr, "GET", "/panic", None, &headers);
        assert_problem_in(&panicked, 500, language);
        panic_lines(&panicked, log);

        // A challenge that varies per response, as the error's field says.
        let token = send(addr, "GET", "/token", None, &headers);
        assert_problem_in(&token, 401, language);
        let challenges: Vec<&str> = token
            .headers
            .iter()
            .filter(|(n, _)| n == "www-authenticate")
            .map(|(_, v)| v.as_str())
            .collect();
        assert_eq!(challenges, [TOKEN_CHALLENGE], "{token:?}");

        let failed = send(addr, "GET", "/io", None, &headers);
        let body = assert_problem_in(&failed, 500, language);
        assert!(body.get("detail").is_none(), "{failed:?}");
        let line = incident_line(&failed, log, &["/srv", "index.db", "denied", "1001"]);
        assert!(
            line.contains(IO_ERROR),
            "the log has the error the framework rendered: {line}"
        );
    }
}

/// RFC 9457's example, `GET /credit`: a 403 whose problem carries its
/// `type` and two extension members from the annotation, and not the
/// field that is not marked, in both languages.
pub fn check_problem_parts(addr: SocketAddr) {
    for (language, accept) in [(Language::English, None), (Language::Chinese, Some("zh"))] {
        let headers: Vec<(&str, &str)> =
            accept.map(|a| ("Accept-Language", a)).into_iter().collect();
        let credit = send(addr, "GET", "/credit", None, &headers);
        let body = assert_problem_in(&credit, 403, language);
        assert_eq!(
            body,
            json!({
                "type": "https://example.com/probs/out-of-credit",
                "status": 403,
                "title": StatusCode::FORBIDDEN.reason_in(language),
                "detail": "your balance is 30, but that costs 50",
                "balance": 30,
                "accounts": ["/account/12345", "/account/67890"],
            }),
            "{credit:?}"
        );
    }
}

/// `text` with the indentation its lines share removed: a block from inside
/// a function reads as it would on its own.
fn dedent(text: &str) -> String {
    let indent = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    text.lines()
        .map(|line| line.get(indent..).unwrap_or("").trim_end())
        .map(|line| format!("{line}\n"))
        .collect()
}

/// Checks that the README has the block of `source` between
/// `// readme:{name}:start` and `// readme:{name}:end`, word for word, as a
/// `rust,ignore` code block, its shared indentation removed: the README's
/// framework code is the members'.
#[track_caller]
pub fn assert_in_readme(source: &str, name: &str) {
    let start_marker = format!("// readme:{name}:start\n");
    let end_marker = format!("// readme:{name}:end");
    let start = source.find(&start_marker).expect("a start marker") + start_marker.len();
    let end = source.find(&end_marker).expect("an end marker");
    // The end marker's own indentation is not part of the block.
    let snippet = dedent(source[start..end].trim_end_matches([' ', '\t']));
    let readme = include_str!("../../../README.md");
    assert!(
        readme.contains(&format!("```rust,ignore\n{snippet}```")),
        "README.md's {name} block must be, word for word:\n{snippet}"
    );
}

/// `http_status::log_client_errors`: off by default, a 4xx leaves no line;
/// on, it leaves one at the app's level, with the error's text escaped; a
/// 5xx keeps its one incident line, never a second. The setting is the
/// process's, so this turns it off again at once.
pub fn check_client_errors_logged(addr: SocketAddr, log: &Log) {
    let quiet = send(addr, "GET", "/notes/41", None, &[]);
    http_status::log_client_errors(Some(tracing::Level::INFO));
    let missing = send(addr, "GET", "/notes/42", None, &[]);
    let broken = send(addr, "GET", "/notes/3", None, &[]);
    http_status::log_client_errors(None);

    assert_eq!((quiet.status, missing.status), (404, 404), "{missing:?}");
    assert_client_errors_logged(&log.text(), "INFO", &broken.incident_id());
}

/// What [`check_client_errors_logged`] reads in the log, for a member that
/// drives its own server: no line for `GET /notes/41` (sent with the
/// setting off), one at `level` for `GET /notes/42`'s 404, and the
/// incident `id` of a 5xx answered while it was on, on one line only.
#[track_caller]
pub fn assert_client_errors_logged(logged: &str, level: &str, id: &str) {
    assert!(
        !logged.contains("no note with id 41"),
        "a 4xx is not logged by default: {logged}"
    );
    let lines: Vec<&str> = logged
        .lines()
        .filter(|l| l.contains(r#"error="no note with id 42""#))
        .collect();
    assert_eq!(lines.len(), 1, "one line for the 404: {logged}");
    assert!(
        lines[0].contains(&format!(" {level} "))
            && lines[0].contains("answered 404 Not Found to the client")
            && lines[0].contains("status=404"),
        "{lines:?}"
    );
    assert_eq!(logged.matches(id).count(), 1, "{logged}");
    assert!(
        !logged.contains("Internal Server Error to the client"),
        "a 5xx is logged once, as an incident: {logged}"
    );
}
