//! The actix-web server over a real socket: raw HTTP/1.1 on TCP, bounded in
//! time, server stopped at the end.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// One request with `Connection: close`; the whole reply as (status line, headers, body).
fn get(addr: SocketAddr, path: &str) -> (String, String, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = String::new();
    stream.read_to_string(&mut raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").expect("a head and a body");
    let (status_line, headers) = head.split_once("\r\n").unwrap_or((head, ""));
    (
        status_line.to_owned(),
        headers.to_lowercase(),
        body.to_owned(),
    )
}

#[test]
fn errors_answer_with_problem_json_over_tcp() {
    actix_web::rt::System::new().block_on(async {
        let (server, addr) =
            actix_app_example::server(SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
        let handle = server.handle();
        actix_web::rt::spawn(server);
        let replies = actix_web::rt::task::spawn_blocking(move || {
            [
                "/notes/1",
                "/notes/7",
                "/notes/2",
                "/notes/3",
                "/wrapped/3",
                "/wrapped/7",
            ]
            .map(|path| get(addr, path))
        })
        .await
        .unwrap();
        handle.stop(true).await;

        let [found, missing, locked, broken, wrapped, wrapped_missing] = replies;
        assert_eq!(found.0, "HTTP/1.1 200 OK");
        assert_eq!(found.2, "groceries");

        for (reply, line) in [
            (&missing, "HTTP/1.1 404 Not Found"),
            (&locked, "HTTP/1.1 409 Conflict"),
            (&broken, "HTTP/1.1 500 Internal Server Error"),
        ] {
            assert_eq!(reply.0, line);
            assert!(
                reply.1.contains("content-type: application/problem+json"),
                "{reply:?}"
            );
        }
        let json = |body: &str| serde_json::from_str::<serde_json::Value>(body).unwrap();
        assert_eq!(
            json(&missing.2),
            serde_json::json!({"status": 404, "title": "Not Found", "detail": "no note with id 7"})
        );
        assert_eq!(
            json(&locked.2)["detail"],
            "note 2 is locked by another editor"
        );
        // The 500's text stays on the server.
        assert_eq!(
            json(&broken.2),
            serde_json::json!({"status": 500, "title": "Internal Server Error"})
        );
        assert!(!broken.2.contains("10.0.0.5"));

        // actix-web's `ErrorInternalServerError(problem)` answers `text/plain`
        // with the wrapper's `Display`: what a client may see, nothing more.
        assert_eq!(wrapped.0, "HTTP/1.1 500 Internal Server Error");
        assert!(
            wrapped.1.contains("content-type: text/plain"),
            "{wrapped:?}"
        );
        assert_eq!(wrapped.2, "500 Internal Server Error");
        assert!(!wrapped.2.contains("10.0.0.5") && !wrapped.2.contains("app_rw"));
        assert_eq!(wrapped_missing.2, "404 Not Found: no note with id 7");
    });
}
