//! The notes API over a real socket: raw HTTP/1.1 requests on TCP, no
//! `oneshot` shortcut. Every test is bounded in time and shuts its server down.

mod support;

use axum_app_example::Limits;
use support::{Server, assert_problem, assert_problem_body, send, send_with};

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

#[tokio::test]
async fn each_error_path_answers_with_its_status_and_a_problem_body() {
    let server = Server::start(Limits {
        creations: 10,
        capacity: 2,
        ..Limits::default()
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

    // The transparent storage error keeps its own status, 507; a 5xx sends
    // no detail, but an incident id that its log line carries too.
    assert_eq!(
        send(addr, "POST", "/notes", Some(r#"{"title":"b"}"#))
            .await
            .status_line,
        "HTTP/1.1 201 Created"
    );
    let full = send(addr, "POST", "/notes", Some(r#"{"title":"c"}"#)).await;
    let instance = full.json()["instance"].clone();
    assert!(
        instance
            .as_str()
            .is_some_and(|i| i.starts_with("urn:uuid:")),
        "{full:?}"
    );
    assert_problem_body(
        &full,
        507,
        serde_json::json!({"status": 507, "title": "Insufficient Storage", "instance": instance}),
    );
    server.stop().await;
}

#[tokio::test]
async fn rate_limiting_answers_429_with_its_message() {
    let server = Server::start(Limits {
        creations: 1,
        capacity: 10,
        ..Limits::default()
    })
    .await;
    let first = send(server.addr, "POST", "/notes", Some(r#"{"title":"a"}"#)).await;
    assert_eq!(first.status_line, "HTTP/1.1 201 Created");
    let limited = send(server.addr, "POST", "/notes", Some(r#"{"title":"b"}"#)).await;
    assert_problem_body(
        &limited,
        429,
        serde_json::json!({
            "status": 429,
            "title": "Too Many Requests",
            "detail": "too many notes created; retry in 60 seconds",
        }),
    );
    // From the field marked `#[header("retry-after")]`.
    assert_eq!(limited.header("retry-after"), Some("60"), "{limited:?}");
    server.stop().await;
}

#[tokio::test]
async fn a_5xx_marked_expose_sends_its_message() {
    let server = Server::start(Limits {
        read_only: true,
        ..Limits::default()
    })
    .await;
    let read_only = send(server.addr, "POST", "/notes", Some(r#"{"title":"a"}"#)).await;
    // Still a failure: an incident id beside the text.
    let instance = read_only.json()["instance"].clone();
    assert!(
        instance
            .as_str()
            .is_some_and(|i| i.starts_with("urn:uuid:")),
        "{read_only:?}"
    );
    assert_problem_body(
        &read_only,
        503,
        serde_json::json!({
            "status": 503,
            "title": "Service Unavailable",
            "detail": "notes are read-only during maintenance; try again after 14:00 UTC",
            "instance": instance,
        }),
    );
    // A 4xx still carries its detail.
    let missing = send(server.addr, "GET", "/notes/9", None).await;
    assert_problem(&missing, 404, "Not Found", "no note with id 9");
    server.stop().await;
}

/// `/openapi.json` over TCP: each route lists its success and exactly the
/// statuses `AppError` can produce, each as a problem+json response.
#[tokio::test]
async fn the_openapi_document_lists_exactly_the_errors_statuses() {
    use http_status::HttpStatus;

    let server = Server::start(Limits::default()).await;
    let reply = send(server.addr, "GET", "/openapi.json", None).await;
    server.stop().await;
    assert_eq!(reply.status_line, "HTTP/1.1 200 OK");
    let doc = reply.json();
    let errors: Vec<String> = axum_app_example::AppError::statuses()
        .iter()
        .map(|s| s.as_u16().to_string())
        .collect();
    assert_eq!(
        errors,
        [
            "400", "401", "403", "404", "409", "413", "415", "422", "429", "500", "503", "507"
        ]
    );
    for (path, method, success) in [("/notes", "post", "201"), ("/notes/{id}", "get", "200")] {
        let responses = doc["paths"][path][method]["responses"]
            .as_object()
            .unwrap_or_else(|| panic!("{path} {method} has responses: {doc}"));
        let mut expected = vec![success.to_owned()];
        expected.extend(errors.iter().cloned());
        expected.sort();
        let listed: Vec<String> = responses.keys().cloned().collect();
        assert_eq!(listed, expected, "{path}");
        for code in &errors {
            let response = &responses[code];
            let status = http_status::StatusCode::from_u16(code.parse().unwrap()).unwrap();
            assert_eq!(response["description"], status.reason(), "{path} {code}");
            let schema = &response["content"]["application/problem+json"]["schema"];
            assert_eq!(
                schema["required"],
                serde_json::json!(["status", "title"]),
                "{path} {code}"
            );
            // What generators read: no shared title, the code pinned.
            assert!(schema.get("title").is_none(), "{path} {code}: {schema}");
            let pinned: u16 = code.parse().unwrap();
            assert_eq!(
                schema["properties"]["status"]["enum"],
                serde_json::json!([pinned]),
                "{path} {code}"
            );
        }
        // The 401 documents its challenge, which it always sends.
        let challenge = &responses["401"]["headers"]["www-authenticate"];
        assert_eq!(challenge["schema"]["type"], "string", "{challenge}");
        // The success carries the note, as the handler returns it.
        assert_eq!(
            responses[success]["content"]["application/json"]["schema"]["$ref"],
            "#/components/schemas/Note",
            "{path}"
        );
    }
    // The POST declares its body, so that a valid request is not a 415.
    let body = &doc["paths"]["/notes"]["post"]["requestBody"];
    assert_eq!(
        body["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/NewNote",
        "{body}"
    );
    assert_eq!(
        doc["components"]["schemas"]["NewNote"]["required"],
        serde_json::json!(["title"])
    );
    // An empty title is a 422: the schema says it is not valid.
    assert_eq!(
        doc["components"]["schemas"]["NewNote"]["properties"]["title"]["minLength"],
        1
    );
}

#[tokio::test]
async fn problem_titles_follow_accept_language() {
    let server = Server::start(Limits::default()).await;
    let zh = support::send_with(
        server.addr,
        "GET",
        "/notes/999",
        None,
        &[("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")],
    )
    .await;
    let english = support::send_with(
        server.addr,
        "GET",
        "/notes/999",
        None,
        &[("Accept-Language", "en")],
    )
    .await;
    let plain = send(server.addr, "GET", "/notes/999", None).await;
    let prefers_english = support::send_with(
        server.addr,
        "GET",
        "/notes/999",
        None,
        &[("Accept-Language", "fr, en;q=0.9, zh-TW;q=0.5")],
    )
    .await;
    server.stop().await;

    assert_problem_body(
        &zh,
        404,
        serde_json::json!({"status": 404, "title": "未找到", "detail": "no note with id 999"}),
    );
    assert_eq!(zh.header("content-language"), Some("zh"));
    assert!(
        zh.header("vary")
            .is_some_and(|v| v.to_ascii_lowercase().contains("accept-language")),
        "{zh:?}"
    );
    for reply in [&english, &plain, &prefers_english] {
        assert_eq!(reply.json()["title"], "Not Found", "{reply:?}");
        assert_eq!(reply.header("content-language"), Some("en"));
        assert!(reply.header("vary").is_some(), "{reply:?}");
    }
    // `detail` is the application's own text, never translated.
    assert_eq!(zh.json()["detail"], english.json()["detail"]);
}

#[tokio::test]
async fn protocol_rules_hold_on_the_wire() {
    let server = Server::start(Limits::default()).await;
    let unauthorized = send(server.addr, "GET", "/private", None).await;
    let quiet = send(server.addr, "GET", "/quiet", None).await;
    server.stop().await;

    assert_problem(
        &unauthorized,
        401,
        "Unauthorized",
        "sign in to read private notes",
    );
    assert_eq!(unauthorized.header("www-authenticate"), Some("Bearer"));
    assert_eq!(quiet.status_line, "HTTP/1.1 204 No Content");
    assert_eq!(quiet.body, "", "{quiet:?}");
    assert_eq!(quiet.header("content-type"), None, "{quiet:?}");
}

/// axum's own rejections, wrapped with `#[status(transparent)]`, answer as
/// problems with axum's status and text, never its `text/plain`.
#[tokio::test]
async fn axum_s_rejections_answer_as_problems() {
    let server = Server::start(Limits::default()).await;
    let addr = server.addr;

    let malformed = send(addr, "POST", "/notes", Some(r#"{"title": "#)).await;
    let detail = malformed.json()["detail"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        detail.starts_with("Failed to parse the request body as JSON: "),
        "{malformed:?}"
    );
    assert_problem(&malformed, 400, "Bad Request", &detail);

    // A data error: its text may be the app's own `Deserialize` code's
    // (`try_from`, `deserialize_with`), so it is withheld; the status says
    // what kind of problem it is.
    let wrong_type = send(addr, "POST", "/notes", Some(r#"{"title": 7}"#)).await;
    assert_problem_body(
        &wrong_type,
        422,
        serde_json::json!({"status": 422, "title": "Unprocessable Content"}),
    );

    let not_json = send_with(addr, "POST", "/notes", None, &[("Content-Length", "0")]).await;
    assert_problem(
        &not_json,
        415,
        "Unsupported Media Type",
        "Expected request with `Content-Type: application/json`",
    );

    let bad_id = send(addr, "GET", "/notes/seven", None).await;
    assert_problem(
        &bad_id,
        400,
        "Bad Request",
        "Cannot parse `seven` to a `u64`",
    );

    // A client cannot make the body as long as it likes: the rejection
    // echoes the path segment, and the detail is cut.
    let long = format!("/notes/{}", "x".repeat(5_000));
    let echoed = send(addr, "GET", &long, None).await;
    let detail = echoed.json()["detail"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert_eq!(
        detail.chars().count(),
        http_status::MAX_DETAIL_CHARS,
        "{echoed:?}"
    );
    assert!(detail.ends_with('…'));
    server.stop().await;
}

/// A path type that a route cannot deserialize is the server's bug: axum
/// says 500 and names the Rust type (`alloc::vec::Vec<u64>`); the problem
/// keeps that text on the server, as any 5xx's.
#[tokio::test]
async fn a_rejection_that_is_the_server_s_bug_keeps_its_text() {
    use axum::extract::Path;
    use axum::extract::rejection::PathRejection;
    use axum_app_example::AppError;

    async fn tags(tags: Result<Path<Vec<Vec<u64>>>, PathRejection>) -> Result<(), AppError> {
        tags.map(drop).map_err(AppError::from)
    }
    let app = axum::Router::new().route("/tags/{tags}", axum::routing::get(tags));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    let reply = send(addr, "GET", "/tags/1", None).await;
    server.abort();
    let instance = reply.json()["instance"].clone();
    assert_problem_body(
        &reply,
        500,
        serde_json::json!({"status": 500, "title": "Internal Server Error", "instance": instance}),
    );
    assert!(
        !reply.body.contains("Vec") && !reply.body.contains("alloc::"),
        "{reply:?}"
    );
}
