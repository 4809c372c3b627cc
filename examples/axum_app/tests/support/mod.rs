//! Shared by the TCP tests: a real server on a loopback port, raw HTTP/1.1
//! requests, and the checks of a problem response.
#![allow(dead_code)] // each test binary uses part of it

use std::net::SocketAddr;
use std::time::Duration;

use axum_app_example::{Limits, app};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;

/// A server on an ephemeral loopback port; dropping it shuts the server down.
pub struct Server {
    pub addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub async fn start(limits: Limits) -> Server {
        Server::serve(app(limits)).await
    }

    /// Serves `router` instead of the notes API.
    pub async fn serve(router: axum::Router) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (shutdown, stop) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            axum::serve(listener, router)
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

    pub async fn stop(mut self) {
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
pub struct Reply {
    pub status_line: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// Sends one request with `Connection: close` and reads the whole reply.
pub async fn send(addr: SocketAddr, method: &str, path: &str, body: Option<&str>) -> Reply {
    send_with(addr, method, path, body, &[]).await
}

/// The same, with extra request header lines such as `("Accept-Language", "zh")`.
pub async fn send_with(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&str>,
    headers: &[(&str, &str)],
) -> Reply {
    let exchange = async {
        let mut stream = TcpStream::connect(addr).await.unwrap();
        let mut request =
            format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
        for (name, value) in headers {
            request += &format!("{name}: {value}\r\n");
        }
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

/// Checks a problem response: status code, media type and RFC 9457 body.
/// The status line's phrase is hyper's (it still says "Unprocessable Entity"
/// for 422), so only its code is compared; the body's title is ours.
pub fn assert_problem(reply: &Reply, code: u16, title: &str, detail: &str) {
    assert_problem_body(
        reply,
        code,
        serde_json::json!({"status": code, "title": title, "detail": detail}),
    );
}

pub fn assert_problem_body(reply: &Reply, code: u16, body: serde_json::Value) {
    assert!(
        reply.status_line.starts_with(&format!("HTTP/1.1 {code} ")),
        "{reply:?}"
    );
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json"),
        "{reply:?}"
    );
    assert_eq!(reply.json(), body);
}
