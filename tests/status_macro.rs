//! `status!` in every position a constant can take, for every catalog code.
#![allow(deprecated)] // 305 and 510 are in the list on purpose.

use http_status::{StatusCode, status};

/// Checks each code written as a number, a `u16` literal and a phrase.
macro_rules! every_code {
    ($($code:literal $name:ident $phrase:literal,)+) => {
        [$(
            (status!($code), status!($phrase), StatusCode::$name, $code),
        )+]
    };
}

#[test]
fn each_catalog_code_equals_its_constant() {
    let all = every_code! {
        100 CONTINUE "Continue",
        101 SWITCHING_PROTOCOLS "Switching Protocols",
        102 PROCESSING "Processing",
        103 EARLY_HINTS "Early Hints",
        200 OK "OK",
        201 CREATED "Created",
        202 ACCEPTED "Accepted",
        203 NON_AUTHORITATIVE_INFORMATION "Non-Authoritative Information",
        204 NO_CONTENT "No Content",
        205 RESET_CONTENT "Reset Content",
        206 PARTIAL_CONTENT "Partial Content",
        207 MULTI_STATUS "Multi-Status",
        208 ALREADY_REPORTED "Already Reported",
        226 IM_USED "IM Used",
        300 MULTIPLE_CHOICES "Multiple Choices",
        301 MOVED_PERMANENTLY "Moved Permanently",
        302 FOUND "Found",
        303 SEE_OTHER "See Other",
        304 NOT_MODIFIED "Not Modified",
        305 USE_PROXY "Use Proxy",
        307 TEMPORARY_REDIRECT "Temporary Redirect",
        308 PERMANENT_REDIRECT "Permanent Redirect",
        400 BAD_REQUEST "Bad Request",
        401 UNAUTHORIZED "Unauthorized",
        402 PAYMENT_REQUIRED "Payment Required",
        403 FORBIDDEN "Forbidden",
        404 NOT_FOUND "Not Found",
        405 METHOD_NOT_ALLOWED "Method Not Allowed",
        406 NOT_ACCEPTABLE "Not Acceptable",
        407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required",
        408 REQUEST_TIMEOUT "Request Timeout",
        409 CONFLICT "Conflict",
        410 GONE "Gone",
        411 LENGTH_REQUIRED "Length Required",
        412 PRECONDITION_FAILED "Precondition Failed",
        413 CONTENT_TOO_LARGE "Content Too Large",
        414 URI_TOO_LONG "URI Too Long",
        415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type",
        416 RANGE_NOT_SATISFIABLE "Range Not Satisfiable",
        417 EXPECTATION_FAILED "Expectation Failed",
        421 MISDIRECTED_REQUEST "Misdirected Request",
        422 UNPROCESSABLE_CONTENT "Unprocessable Content",
        423 LOCKED "Locked",
        424 FAILED_DEPENDENCY "Failed Dependency",
        425 TOO_EARLY "Too Early",
        426 UPGRADE_REQUIRED "Upgrade Required",
        428 PRECONDITION_REQUIRED "Precondition Required",
        429 TOO_MANY_REQUESTS "Too Many Requests",
        431 REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large",
        451 UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons",
        500 INTERNAL_SERVER_ERROR "Internal Server Error",
        501 NOT_IMPLEMENTED "Not Implemented",
        502 BAD_GATEWAY "Bad Gateway",
        503 SERVICE_UNAVAILABLE "Service Unavailable",
        504 GATEWAY_TIMEOUT "Gateway Timeout",
        505 HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported",
        506 VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates",
        507 INSUFFICIENT_STORAGE "Insufficient Storage",
        508 LOOP_DETECTED "Loop Detected",
        510 NOT_EXTENDED "Not Extended",
        511 NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required",
    };
    assert_eq!(all.len(), StatusCode::ALL.len());
    for ((by_number, by_phrase, constant, code), &listed) in all.into_iter().zip(StatusCode::ALL) {
        assert_eq!(by_number, constant);
        assert_eq!(by_phrase, constant);
        assert_eq!(constant.as_u16(), code);
        assert_eq!(constant, listed);
    }
}

const NOT_FOUND: StatusCode = status!(404);
static TOO_MANY: StatusCode = status!("too many requests");
const CODE: u16 = status!(201u16).as_u16();

#[test]
fn works_in_const_static_and_const_fn_positions() {
    assert_eq!(NOT_FOUND, StatusCode::NOT_FOUND);
    assert_eq!(TOO_MANY.as_u16(), 429);
    assert_eq!(CODE, 201);
    const { assert!(status!(503).is_server_error()) };
}

fn classify(status: StatusCode) -> &'static str {
    match status {
        status!(200) | status!(204) => "fine",
        status!(404) | status!("Gone") => "missing",
        status!(429) | status!(503) => "retry",
        _ => "other",
    }
}

#[test]
fn works_in_match_patterns() {
    assert_eq!(classify(StatusCode::NO_CONTENT), "fine");
    assert_eq!(classify(StatusCode::GONE), "missing");
    assert_eq!(classify(StatusCode::SERVICE_UNAVAILABLE), "retry");
    assert_eq!(classify(StatusCode::CONFLICT), "other");
}

/// A user's own macro forwarding a `$code:literal` reaches `status!` inside
/// an invisible group; it must still work.
macro_rules! respond {
    ($code:literal) => {
        status!($code)
    };
}

#[test]
fn works_when_forwarded_by_another_macro() {
    assert_eq!(respond!(409), StatusCode::CONFLICT);
    assert_eq!(respond!("Conflict"), StatusCode::CONFLICT);
}

#[test]
fn former_phrases_and_any_case_resolve_to_the_current_code() {
    assert_eq!(
        status!("Request Entity Too Large"),
        StatusCode::CONTENT_TOO_LARGE
    );
    assert_eq!(
        status!("unprocessable entity"),
        StatusCode::UNPROCESSABLE_CONTENT
    );
    assert_eq!(status!("GATEWAY TIME-OUT"), StatusCode::GATEWAY_TIMEOUT);
}
