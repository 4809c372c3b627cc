//! One annotation, four sources of truth that must agree: `status()`, the
//! status set, utoipa's `IntoResponses` and aide's inferred responses.

use std::collections::BTreeSet;

use aide::axum::ApiRouter;
use aide::axum::routing::get;
use aide::openapi::{Info, OpenApi as AideApi};
use axum::Json;
use axum::response::IntoResponse;
use http_status::{HttpStatus, Problem, StatusCode, StatusSet, status};
use http_status_test_openapi::{
    ApiError, BoxedError, CreditError, NotOptedIn, ProxyError, StorageError,
};
use serde_json::Value;
use utoipa::{IntoResponses, OpenApi};

type AppError = ApiError<StorageError>;

/// Every value of `AppError`, one per variant and storage error.
fn every_error() -> Vec<AppError> {
    vec![
        ApiError::NotFound(7),
        ApiError::TitleTaken("a".into()),
        ApiError::Storage(StorageError::Full),
        ApiError::Storage(StorageError::ReadOnly),
        ApiError::Poisoned,
    ]
}

fn codes(set: StatusSet) -> Vec<u16> {
    set.iter().map(StatusCode::as_u16).collect()
}

#[test]
fn the_status_set_is_exactly_what_status_answers() {
    let set = AppError::statuses();
    assert!(!set.is_open());
    assert_eq!(codes(set), [404, 409, 500, 503, 507]);
    let answered: BTreeSet<u16> = every_error().iter().map(|e| e.status().as_u16()).collect();
    assert_eq!(answered.into_iter().collect::<Vec<_>>(), codes(set));
    assert!(AppError::statuses().contains(status!(404)));
    assert!(!AppError::statuses().contains(status!(400)));
    // The default is listed only because a variant uses it.
    assert_eq!(codes(StorageError::statuses()), [503, 507]);
}

#[test]
fn a_transparent_status_code_makes_the_set_open() {
    let set = ProxyError::statuses();
    assert!(set.is_open());
    assert_eq!(codes(set), [404]);
    assert_eq!(format!("{set:?}"), "{404, …}");
    assert!(StatusCode::statuses().is_open());
}

/// The response keys and, for each error, description and media type.
fn check_problem_responses(responses: &serde_json::Map<String, Value>, expected: &[&str]) {
    let keys: Vec<&str> = responses.keys().map(String::as_str).collect();
    assert_eq!(keys, expected);
    for (key, response) in responses {
        let Ok(code) = key.parse::<u16>() else {
            assert_eq!(key, "default");
            continue;
        };
        if code == 200 {
            continue;
        }
        let status = StatusCode::from_u16(code).unwrap();
        assert_eq!(response["description"], status.reason(), "{key}");
        assert!(
            response["content"]["application/problem+json"]["schema"].is_object(),
            "{key}: {response}"
        );
    }
}

#[utoipa::path(get, path = "/notes/{id}", responses((status = 200, body = String), AppError))]
#[allow(dead_code)]
fn get_note() {}

#[utoipa::path(get, path = "/proxy", responses((status = 200, body = String), Problem<ProxyError>))]
#[allow(dead_code)]
fn proxy() {}

#[utoipa::path(get, path = "/gone", responses(NotOptedIn))]
#[allow(dead_code)]
fn gone() {}

#[utoipa::path(get, path = "/boxed", responses((status = 200, body = String), BoxedError))]
#[allow(dead_code)]
fn boxed() {}

#[derive(OpenApi)]
#[openapi(paths(get_note, proxy, gone, boxed))]
struct Docs;

#[test]
fn utoipa_documents_the_same_statuses_as_problem_json() {
    let doc = serde_json::to_value(Docs::openapi()).unwrap();
    let paths = &doc["paths"];
    let note = paths["/notes/{id}"]["get"]["responses"]
        .as_object()
        .unwrap();
    check_problem_responses(note, &["200", "404", "409", "500", "503", "507"]);
    let schema = &note["404"]["content"]["application/problem+json"]["schema"];
    assert_eq!(schema["required"], serde_json::json!(["status", "title"]));
    for member in ["type", "status", "title", "detail", "instance"] {
        assert!(schema["properties"][member].is_object(), "{member}");
    }

    // An open set adds `default`; `Problem<T>` works for any `HttpStatus`.
    let proxy = paths["/proxy"]["get"]["responses"].as_object().unwrap();
    check_problem_responses(proxy, &["200", "404", "default"]);

    // A type that did not opt in keeps its own impl.
    assert_eq!(
        paths["/gone"]["get"]["responses"]["410"]["description"],
        "written by hand"
    );
    let keys: Vec<String> = AppError::responses().into_keys().collect();
    assert_eq!(keys, ["404", "409", "500", "503", "507"]);

    // A boxed transparent field brings the boxed type's statuses.
    let boxed = paths["/boxed"]["get"]["responses"].as_object().unwrap();
    check_problem_responses(boxed, &["200", "404", "503", "507"]);
}

async fn fetch_note() -> Result<Json<String>, AppError> {
    Err(ApiError::NotFound(7))
}

async fn fetch_boxed() -> Result<Json<String>, BoxedError> {
    Err(BoxedError::NotFound)
}

async fn fetch_upstream() -> Result<Json<String>, Problem<ProxyError>> {
    Err(Problem::new(ProxyError::NoUpstream))
}

#[test]
fn aide_infers_the_same_statuses_with_one_problem_component() {
    let mut api = AideApi {
        info: Info {
            title: "notes".into(),
            version: "1".into(),
            ..Info::default()
        },
        ..AideApi::default()
    };
    let _router: axum::Router = ApiRouter::new()
        .api_route("/notes/{id}", get(fetch_note))
        .api_route("/proxy", get(fetch_upstream))
        .api_route("/boxed", get(fetch_boxed))
        .finish_api(&mut api);
    let doc = serde_json::to_value(&api).unwrap();
    let note = doc["paths"]["/notes/{id}"]["get"]["responses"]
        .as_object()
        .unwrap();
    check_problem_responses(note, &["200", "404", "409", "500", "503", "507"]);
    // Each status extends the one component, with its code pinned.
    let conflict = &note["409"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(conflict[0]["$ref"], "#/components/schemas/Problem");
    assert_eq!(
        conflict[1]["properties"]["status"]["enum"],
        serde_json::json!([409])
    );
    let proxy = doc["paths"]["/proxy"]["get"]["responses"]
        .as_object()
        .unwrap();
    check_problem_responses(proxy, &["200", "404", "default"]);
    let boxed = doc["paths"]["/boxed"]["get"]["responses"]
        .as_object()
        .unwrap();
    check_problem_responses(boxed, &["200", "404", "503", "507"]);
    let components = doc["components"]["schemas"].as_object().unwrap();
    assert_eq!(components.keys().collect::<Vec<_>>(), ["Problem"]);
    assert_eq!(
        components["Problem"]["required"],
        serde_json::json!(["status", "title"])
    );
}

/// aide's per-status overrides reach the derived type: the transform's
/// description replaces the reason phrase, the problem body stays.
#[test]
fn aide_response_with_overrides_one_status() {
    let mut api = AideApi::default();
    let _router: axum::Router = ApiRouter::new()
        .api_route(
            "/notes/{id}",
            aide::axum::routing::get_with(fetch_note, |op| {
                op.response_with::<404, AppError, _>(|r| r.description("no note with that id"))
            }),
        )
        .api_route(
            "/proxy",
            aide::axum::routing::get_with(fetch_upstream, |op| {
                op.response_with::<502, Problem<ProxyError>, _>(|r| r.description("upstream down"))
            }),
        )
        .finish_api(&mut api);
    let doc = serde_json::to_value(&api).unwrap();
    let note = &doc["paths"]["/notes/{id}"]["get"]["responses"]["404"];
    assert_eq!(note["description"], "no note with that id", "{doc}");
    assert_eq!(
        note["content"]["application/problem+json"]["schema"]["$ref"],
        "#/components/schemas/Problem"
    );
    let proxy = &doc["paths"]["/proxy"]["get"]["responses"]["502"];
    assert_eq!(proxy["description"], "upstream down", "{doc}");
}

#[test]
fn the_axum_opt_in_answers_with_a_problem_body() {
    let response = ApiError::<StorageError>::NotFound(7).into_response();
    assert_eq!(response.status().as_u16(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let hidden = ApiError::<StorageError>::Poisoned.into_response();
    assert_eq!(hidden.status().as_u16(), 500);
    let body: Value = serde_json::from_slice(&tokio_free_body(hidden)).unwrap();
    let instance = body["instance"].as_str().unwrap_or_default();
    assert!(instance.starts_with("urn:uuid:"), "{body}");
    assert_eq!(
        body,
        serde_json::json!({"status": 500, "title": "Internal Server Error", "instance": instance})
    );
}

/// The bytes of a response body that is already in memory, as `Problem`'s
/// is: one poll of the body future, with no runtime needed.
fn tokio_free_body(response: axum::response::Response) -> Vec<u8> {
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    let mut collect = pin!(axum::body::to_bytes(response.into_body(), usize::MAX));
    match collect
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(bytes) => bytes.unwrap().to_vec(),
        Poll::Pending => panic!("a problem body is in memory"),
    }
}

/// The problem schema is written once: utoipa's inline schema, utoipa's
/// registered components and aide's component have the same members.
#[test]
fn one_problem_schema_for_both_tools_and_utoipa_s_shared_components() {
    use http_status::utoipa::{ProblemResponse, ProblemSchema};

    #[derive(OpenApi)]
    #[openapi(
        paths(get_note),
        components(schemas(ProblemSchema), responses(ProblemResponse))
    )]
    struct Shared;

    let doc = serde_json::to_value(Shared::openapi()).unwrap();
    let inline = doc["paths"]["/notes/{id}"]["get"]["responses"]["404"]["content"]
        ["application/problem+json"]["schema"]
        .clone();
    let component = &doc["components"]["schemas"]["Problem"];
    // The inline schema is the component's, untitled, with its code pinned.
    let mut expected = component.clone();
    expected.as_object_mut().unwrap().remove("title");
    expected["properties"]["status"] = serde_json::json!({"type": "integer", "enum": [404]});
    assert_eq!(expected, inline, "{doc}");
    assert_eq!(component["title"], "Problem");
    let response = &doc["components"]["responses"]["Problem"];
    assert_eq!(
        &response["content"]["application/problem+json"]["schema"],
        component
    );

    let mut api = AideApi::default();
    let _router: axum::Router = ApiRouter::new()
        .api_route("/notes/{id}", get(fetch_note))
        .finish_api(&mut api);
    let aide = serde_json::to_value(&api).unwrap();
    let aide = &aide["components"]["schemas"]["Problem"];
    for key in ["type", "description", "properties", "required"] {
        assert_eq!(aide[key], component[key], "{key}: {aide} vs {component}");
    }
}

#[utoipa::path(get, path = "/credit", responses((status = 200, body = String), CreditError))]
#[allow(dead_code)]
fn credit() {}

#[derive(OpenApi)]
#[openapi(paths(credit, proxy, boxed))]
struct CreditDocs;

async fn fetch_credit() -> Result<Json<String>, CreditError> {
    Err(CreditError::Frozen)
}

/// Both documents of `CreditError`, as JSON.
fn credit_documents() -> (Value, Value) {
    let utoipa = serde_json::to_value(CreditDocs::openapi()).unwrap();
    let mut api = AideApi {
        info: Info {
            title: "credit".into(),
            version: "1".into(),
            ..Info::default()
        },
        ..AideApi::default()
    };
    let _router: axum::Router = ApiRouter::new()
        .api_route("/credit", get(fetch_credit))
        .api_route("/boxed", get(fetch_boxed))
        .finish_api(&mut api);
    (utoipa, serde_json::to_value(&api).unwrap())
}

const TYPES_AT_403: [&str; 3] = [
    "about:blank",
    "https://example.com/probs/frozen",
    "https://example.com/probs/out-of-credit",
];

#[test]
fn utoipa_documents_types_members_and_headers_per_status() {
    let (doc, _) = credit_documents();
    let responses = doc["paths"]["/credit"]["get"]["responses"]
        .as_object()
        .unwrap();
    let statuses: Vec<String> = CreditError::statuses()
        .iter()
        .map(|s| s.as_u16().to_string())
        .chain(["200".to_owned()])
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(responses.keys().cloned().collect::<Vec<_>>(), statuses);
    let forbidden = &responses["403"]["content"]["application/problem+json"]["schema"];
    assert_eq!(
        forbidden["properties"]["type"]["enum"],
        serde_json::json!(TYPES_AT_403)
    );
    assert_eq!(forbidden["properties"]["balance"]["type"], "integer");
    assert_eq!(forbidden["properties"]["accounts"]["type"], "array");
    assert!(forbidden["properties"].get("cost").is_none(), "{forbidden}");
    assert_eq!(
        forbidden["required"],
        serde_json::json!(["status", "title"])
    );
    let limited = &responses["429"];
    assert_eq!(
        limited["headers"]["retry-after"]["schema"]["type"],
        "integer"
    );
    // The catalog's rule for the header on that status, as its description.
    assert_eq!(
        limited["headers"]["retry-after"]["description"],
        "Retry-After: MAY (RFC 6585 §4). Sent with every response of this status."
    );
    assert!(
        limited["content"]["application/problem+json"]["schema"]["properties"]["type"]["enum"]
            .is_null()
    );
    // A header is documented as it goes on the wire: a `Duration` as an
    // integer of seconds, not as Rust's `{secs, nanos}`.
    let maintenance = &responses["503"]["headers"]["retry-after"]["schema"];
    assert_eq!(maintenance["type"], "integer", "{maintenance}");
}

#[test]
fn aide_documents_types_members_and_headers_per_status() {
    let (_, doc) = credit_documents();
    let maintenance = &doc["paths"]["/credit"]["get"]["responses"]["503"]["headers"]["retry-after"];
    assert_eq!(maintenance["schema"]["type"], "integer", "{maintenance}");
    assert_eq!(
        maintenance["description"],
        "Retry-After: MAY (RFC 9110 §15.6.4)"
    );
    let responses = doc["paths"]["/credit"]["get"]["responses"]
        .as_object()
        .unwrap();
    let forbidden = &responses["403"]["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(forbidden[0]["$ref"], "#/components/schemas/Problem");
    let extra = &forbidden[1]["properties"];
    assert_eq!(extra["type"]["enum"], serde_json::json!(TYPES_AT_403));
    assert_eq!(extra["balance"]["type"], "integer");
    assert_eq!(extra["accounts"]["type"], "array");
    assert!(extra.get("cost").is_none(), "{extra}");
    assert_eq!(
        responses["429"]["headers"]["retry-after"]["schema"]["type"],
        "integer"
    );
    // A status that adds nothing else still pins its code.
    let boxed = &doc["paths"]["/boxed"]["get"]["responses"]["404"];
    let schema = &boxed["content"]["application/problem+json"]["schema"]["allOf"];
    assert_eq!(schema[0]["$ref"], "#/components/schemas/Problem");
    assert_eq!(
        schema[1]["properties"],
        serde_json::json!({"status": {"type": "integer", "enum": [404]}})
    );
}

/// Every problem response of a document, as (path, method, status, response).
fn problem_responses(doc: &Value) -> Vec<(String, String, String, Value)> {
    let mut found = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            let Some(responses) = operation["responses"].as_object() else {
                continue;
            };
            for (status, response) in responses {
                if response["content"]["application/problem+json"].is_object() {
                    found.push((
                        path.clone(),
                        method.clone(),
                        status.clone(),
                        response.clone(),
                    ));
                }
            }
        }
    }
    found
}

/// What generators turn into types, on both tools' documents: no two
/// schemas of one operation share a name (utoipa's are untitled; aide's
/// extend the one component); no `allOf` with an empty object; a 401
/// documents its challenge; `status` is pinned to the response's code; a
/// header that every item at a status sends is required (aide), or says so
/// (utoipa, whose headers cannot say `required`).
#[test]
fn documents_generators_can_use() {
    let (utoipa, aide) = credit_documents();
    for (tool, doc) in [("utoipa", &utoipa), ("aide", &aide)] {
        let responses = problem_responses(doc);
        assert!(responses.len() > 5, "{tool}: {doc}");
        let mut titles: BTreeSet<(String, String, String)> = BTreeSet::new();
        for (path, method, status, response) in &responses {
            let at = format!("{tool} {method} {path} {status}");
            let schema = &response["content"]["application/problem+json"]["schema"];
            if let Some(title) = schema["title"].as_str() {
                assert!(
                    titles.insert((path.clone(), method.clone(), title.to_owned())),
                    "{at}: a second schema titled {title:?}"
                );
            }
            let own = match schema["allOf"].as_array() {
                Some(parts) => {
                    let extra = &parts[1]["properties"];
                    assert!(
                        extra.as_object().is_some_and(|p| !p.is_empty()),
                        "{at}: an allOf with nothing to add: {schema}"
                    );
                    extra.clone()
                }
                None => schema["properties"].clone(),
            };
            if let Ok(code) = status.parse::<u16>() {
                assert_eq!(own["status"]["enum"], serde_json::json!([code]), "{at}");
            }
            if status == "401" {
                let challenge = &response["headers"]["www-authenticate"];
                assert_eq!(challenge["schema"]["type"], "string", "{at}: {response}");
                assert!(
                    challenge["description"]
                        .as_str()
                        .is_some_and(|d| d.starts_with("WWW-Authenticate: MUST (RFC 9110 §15.5.2)")),
                    "{at}: {challenge}"
                );
            }
        }
        assert!(responses.iter().any(|(_, _, s, _)| s == "401"), "{tool}");
        // 429: its one item always sends `Retry-After`; 503: one of its two
        // items may not.
        let credit = &doc["paths"]["/credit"]["get"]["responses"];
        let always = &credit["429"]["headers"]["retry-after"];
        let sometimes = &credit["503"]["headers"]["retry-after"];
        let challenge = &credit["401"]["headers"]["www-authenticate"];
        match tool {
            "aide" => {
                assert_eq!(always["required"], true, "{always}");
                assert_eq!(challenge["required"], true, "{challenge}");
                // aide writes no `required: false`.
                assert_ne!(sometimes["required"], true, "{sometimes}");
            }
            _ => {
                let says = |header: &Value| {
                    header["description"]
                        .as_str()
                        .is_some_and(|d| d.ends_with("Sent with every response of this status."))
                };
                assert!(says(always) && says(challenge), "{always} {challenge}");
                assert!(!says(sometimes), "{sometimes}");
            }
        }
    }
}

/// Where the validator is importable from: the machine's own Python
/// packages, or, on a machine without it, a copy that this test installs
/// from PyPI into cargo's scratch directory, so that the README's test
/// command needs no set-up of its own.
fn validator_path() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("openapi-validator");
    let importable = |python_path: &std::path::Path| {
        std::process::Command::new("python3")
            .args(["-c", "import openapi_spec_validator"])
            .env("PYTHONPATH", python_path)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    };
    if !importable(&dir) {
        let installed = std::process::Command::new("python3")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .arg("--target")
            .arg(&dir)
            .arg("openapi-spec-validator")
            .status()
            .expect("python3 runs");
        assert!(
            installed.success() && importable(&dir),
            "openapi-spec-validator installs"
        );
    }
    dir
}

/// Both documents are valid OpenAPI 3.1, by an independent validator: the
/// Python package `openapi-spec-validator`.
#[test]
fn both_documents_validate_as_openapi() {
    let python_path = validator_path();
    let (utoipa, aide) = credit_documents();
    for (name, doc) in [("utoipa", utoipa), ("aide", aide)] {
        let path =
            std::env::temp_dir().join(format!("http-status-{name}-{}.json", std::process::id()));
        std::fs::write(&path, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
        let output = std::process::Command::new("python3")
            .args(["-m", "openapi_spec_validator"])
            .arg(&path)
            .env("PYTHONPATH", &python_path)
            .output()
            .expect("python3 runs");
        let _ = std::fs::remove_file(&path);
        assert!(
            output.status.success(),
            "{name}'s document is not valid OpenAPI:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

async fn fetch_wrapped() -> Result<Json<String>, http_status_test_openapi::WrapperError> {
    Err(http_status_test_openapi::WrapperError::OutOfCredit)
}

/// A transparent field's types are its own: the derive cannot list them,
/// so a status it may answer gets no `enum`, which would reject its bodies.
#[test]
fn a_transparent_field_leaves_its_statuses_types_open() {
    let responses =
        serde_json::to_value(http_status_test_openapi::WrapperError::responses()).unwrap();
    let schema = &responses["403"]["content"]["application/problem+json"]["schema"];
    assert!(schema["properties"]["type"]["enum"].is_null(), "{schema}");
    // aide leaves it open too, and keeps the extension for the members.
    let mut api = AideApi::default();
    let _router: axum::Router = ApiRouter::new()
        .api_route("/wrapped", get(fetch_wrapped))
        .finish_api(&mut api);
    let doc = serde_json::to_value(&api).unwrap();
    let schema = &doc["paths"]["/wrapped"]["get"]["responses"]["403"]["content"]["application/problem+json"]
        ["schema"];
    assert!(
        schema["allOf"][1]["properties"]["type"].is_null(),
        "{schema}"
    );
    let frozen = serde_json::to_value(http_status_test_openapi::Frozen::responses()).unwrap();
    let schema = &frozen["403"]["content"]["application/problem+json"]["schema"];
    assert_eq!(
        schema["properties"]["type"]["enum"],
        serde_json::json!(["/probs/frozen"])
    );
}
