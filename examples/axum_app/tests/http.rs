//! The notes API over a real socket: raw HTTP/1.1 requests on TCP, no
//! `oneshot` shortcut. Every test is bounded in time and shuts its server down.

use std::net::SocketAddr;
use std::time::Duration;

use axum_app_example::{Limits, app};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// A server on an ephemeral loopback port; dropping it shuts the server down.
struct Server {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    async fn start(limits: Limits) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (shutdown, stop) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, app(limits))
                .with_graceful_shutdown(async {
                    let _ = stop.await;
                })
                .await
                .unwrap();
        });
        Server {
            addr,
            shutdown: Some(shutdown),
            task,
        }
    }

    async fn stop(mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
        tokio::time::timeout(Duration::from_secs(5), &mut self.task)
            .await
            .expect("the server shuts down in time")
            .unwrap();
    }
}

/// One parsed response.
#[derive(Debug)]
struct Reply {
    status_line: String,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// Sends one request with `Connection: close` and reads the whole reply.
async fn send(addr: SocketAddr, method: &str, path: &str, body: Option<&str>) -> Reply {
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let mut request =
            format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
        if let Some(body) = body {
            request += &format!(
                "Content-Type: application/json\r\nContent-Length: {}\r\n",
                body.len()
            );
        }
        request += "\r\n";
        request += body.unwrap_or_default();
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.unwrap();
        String::from_utf8(raw).unwrap()
    };
    let raw = tokio::time::timeout(Duration::from_secs(10), exchange)
        .await
        .expect("a reply in time");
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head and a body");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap().to_owned();
    let headers = lines
        .filter_map(|l| l.split_once(": "))
        .map(|(n, v)| (n.to_owned(), v.to_owned()))
        .collect();
    Reply {
        status_line,
        headers,
        body: body.to_owned(),
    }
}

#[tokio::test]
async fn success_paths() {
    let server = Server::start(Limits::default()).await;
    let health = send(server.addr, "GET", "/health", None).await;
    assert_eq!(health.status_line, "HTTP/1.1 204 No Content");

    let created = send(
        server.addr,
        "POST",
        "/notes",
        Some(r#"{"title":"groceries","body":"milk"}"#),
    )
    .await;
    assert_eq!(created.status_line, "HTTP/1.1 201 Created");
    assert_eq!(
        created.json(),
        serde_json::json!({"id": 1, "title": "groceries", "body": "milk"})
    );

    let fetched = send(server.addr, "GET", "/notes/1", None).await;
    assert_eq!(fetched.status_line, "HTTP/1.1 200 OK");
    assert_eq!(fetched.json()["body"], "milk");
    server.stop().await;
}

/// Checks a problem response: status code, media type and RFC 9457 body.
/// The status line's phrase is hyper's (it still says "Unprocessable Entity"
/// for 422), so only its code is compared; the body's title is ours.
fn assert_problem(reply: &Reply, code: u16, title: &str, detail: &str) {
    assert!(
        reply.status_line.starts_with(&format!("HTTP/1.1 {code} ")),
        "{reply:?}"
    );
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json"),
        "{reply:?}"
    );
    assert_eq!(
        reply.json(),
        serde_json::json!({"status": code, "title": title, "detail": detail})
    );
}

#[tokio::test]
async fn each_error_path_answers_with_its_status_and_a_problem_body() {
    let server = Server::start(Limits {
        creations: 10,
        capacity: 2,
    })
    .await;
    let addr = server.addr;

    let missing = send(addr, "GET", "/notes/42", None).await;
    assert_problem(&missing, 404, "Not Found", "no note with id 42");

    let empty = send(addr, "POST", "/notes", Some(r#"{"title":"  "}"#)).await;
    assert_problem(
        &empty,
        422,
        "Unprocessable Content",
        "the title must not be empty",
    );

    let quoted = r#"{"title":"say \"hi\""}"#;
    assert_eq!(
        send(addr, "POST", "/notes", Some(quoted)).await.status_line,
        "HTTP/1.1 201 Created"
    );
    let taken = send(addr, "POST", "/notes", Some(quoted)).await;
    // The detail holds quotes: the body must still be valid JSON.
    assert_problem(
        &taken,
        409,
        "Conflict",
        r#"a note titled "say \"hi\"" already exists"#,
    );

    // The transparent storage error keeps its own status, 507.
    assert_eq!(
        send(addr, "POST", "/notes", Some(r#"{"title":"b"}"#))
            .await
            .status_line,
        "HTTP/1.1 201 Created"
    );
    let full = send(addr, "POST", "/notes", Some(r#"{"title":"c"}"#)).await;
    assert_problem(
        &full,
        507,
        "Insufficient Storage",
        "the store is full (2 notes)",
    );
    server.stop().await;
}

#[tokio::test]
async fn rate_limiting_answers_429_with_retry_after() {
    let server = Server::start(Limits {
        creations: 1,
        capacity: 10,
    })
    .await;
    let first = send(server.addr, "POST", "/notes", Some(r#"{"title":"a"}"#)).await;
    assert_eq!(first.status_line, "HTTP/1.1 201 Created");
    let limited = send(server.addr, "POST", "/notes", Some(r#"{"title":"b"}"#)).await;
    assert_problem(
        &limited,
        429,
        "Too Many Requests",
        "too many notes created; retry in 60 seconds",
    );
    assert_eq!(limited.header("retry-after"), Some("60"));
    server.stop().await;
}
