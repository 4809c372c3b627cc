//! Integrity of the catalog table against the IANA registry and the seed table.

use http_status_core::{Act, Class, Language, Party, Requirement, Reserved, StatusCode};

/// The permanent codes of the IANA registry, copied from the registry itself.
const IANA: &[u16] = &[
    100, 101, 102, 103, //
    200, 201, 202, 203, 204, 205, 206, 207, 208, 226, //
    300, 301, 302, 303, 304, 305, 307, 308, //
    400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421,
    422, 423, 424, 425, 426, 428, 429, 431, 451, //
    500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/// The 39 codes of the seed document, with the Chinese name it gives.
/// 413 and 414 were renamed since, so their seed names are former names.
const SEED: [(u16, &str); 39] = [
    (100, "继续"),
    (101, "切换协议"),
    (200, "成功"),
    (201, "已创建"),
    (202, "已接受"),
    // The seed's 非授权信息 ("unauthorized") is wrong for 203, whose
    // content was changed by a proxy (RFC 9110 §15.3.4): the catalog says
    // 非权威信息 and keeps the seed's as a former name.
    (203, "非授权信息"),
    (204, "无内容"),
    (205, "重置内容"),
    (206, "部分内容"),
    (300, "多种选择"),
    (301, "永久移动"),
    (302, "临时移动"),
    (303, "查看其他位置"),
    (304, "未修改"),
    (305, "使用代理"),
    (307, "临时重定向"),
    (400, "错误请求"),
    (401, "未授权"),
    (403, "已禁止"),
    (404, "未找到"),
    (405, "方法禁用"),
    (406, "不接受"),
    (407, "需要代理授权"),
    (408, "请求超时"),
    (409, "冲突"),
    (410, "已删除"),
    (411, "需要有效长度"),
    (412, "未满足前提条件"),
    (413, "请求实体过大"),
    (414, "请求的 URI 过长"),
    (415, "不支持的媒体类型"),
    (416, "请求范围不符合要求"),
    (417, "未满足期望值"),
    (500, "服务器内部错误"),
    (501, "尚未实施"),
    (502, "错误网关"),
    (503, "服务不可用"),
    (504, "网关超时"),
    (505, "HTTP 版本不受支持"),
];

#[test]
fn holds_exactly_the_iana_permanent_codes_in_ascending_order() {
    let codes: Vec<u16> = StatusCode::ALL.iter().map(|s| s.as_u16()).collect();
    assert_eq!(codes, IANA);
    assert!(
        codes.windows(2).all(|w| w[0] < w[1]),
        "ascending and unique"
    );
}

#[test]
fn class_matches_the_first_digit() {
    for &status in StatusCode::ALL {
        let class = status.class();
        assert_eq!(u16::from(class.digit()), status.as_u16() / 100, "{status}");
        assert!(class.range().contains(&status.as_u16()));
        assert_eq!(Class::from_u16(status.as_u16()), Some(class));
        let predicates = [
            status.is_informational(),
            status.is_success(),
            status.is_redirection(),
            status.is_client_error(),
            status.is_server_error(),
        ];
        assert_eq!(predicates.iter().filter(|&&p| p).count(), 1, "{status}");
        assert!(predicates[usize::from(class.digit() - 1)], "{status}");
    }
}

#[test]
fn every_seed_code_is_present_with_its_chinese_name() {
    for (code, seed_name) in SEED {
        let status = StatusCode::from_u16(code).unwrap();
        let names_zh: Vec<&str> = std::iter::once(status.reason_in(Language::Chinese))
            .chain(status.former_reasons_in(Language::Chinese).iter().copied())
            .collect();
        assert!(names_zh.contains(&seed_name), "{code}: {names_zh:?}");
    }
    // RFC 9110 renamed 413 and 414; the Chinese name follows the new phrase.
    assert_eq!(
        StatusCode::CONTENT_TOO_LARGE.reason_in(Language::Chinese),
        "内容过大"
    );
    assert_eq!(
        StatusCode::CONTENT_TOO_LARGE.former_reasons_in(Language::Chinese),
        ["请求实体过大"]
    );
}

#[test]
fn every_entry_is_documented_in_both_languages() {
    for &status in StatusCode::ALL {
        for text in [status.reason(), status.summary()] {
            assert!(!text.is_empty() && text.is_ascii(), "{status}: {text:?}");
        }
        for text in [
            status.reason_in(Language::Chinese),
            status.summary_in(Language::Chinese),
        ] {
            assert!(
                text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{status}: {text:?}"
            );
        }
        assert!(status.summary().ends_with('.'), "{status}");
        assert!(
            status.summary_in(Language::Chinese).ends_with('。'),
            "{status}"
        );
        assert_ne!(status.summary(), status.reason());
    }
}

#[test]
fn reserved_codes_are_known_but_never_constructible() {
    for (code, section, former) in [
        (306, "15.4.7", "Switch Proxy"),
        (418, "15.5.19", "I'm a teapot"),
    ] {
        let reserved = Reserved::from_u16(code).unwrap();
        assert_eq!(reserved.code(), code);
        assert_eq!(reserved.reason(), "Unused");
        assert_eq!(reserved.former_reason(), former);
        assert_eq!(
            (reserved.spec().rfc(), reserved.spec().section()),
            (9110, section)
        );
        assert_eq!(Reserved::from_reason(former), Some(reserved));
        let err = StatusCode::from_u16(code).unwrap_err();
        assert_eq!(err.reserved(), Some(reserved));
        assert!(err.to_string().starts_with(&format!(
            "{code} is reserved and unused (RFC 9110 §{section})"
        )));
        assert!(StatusCode::from_reason(former).is_none());
    }
    assert_eq!(Reserved::ALL.map(|r| r.code()), [306, 418]);
}

#[test]
fn spec_references_follow_rfc_9110_section_15() {
    assert_eq!(
        StatusCode::NOT_FOUND.spec().url(),
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"
    );
    for &status in StatusCode::ALL {
        let spec = status.spec();
        assert_eq!(
            spec.url(),
            format!(
                "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
                spec.rfc(),
                spec.section()
            )
        );
        if spec.rfc() == 9110 {
            // §15.2 is 1xx, §15.3 is 2xx, and so on.
            let class_section = format!("15.{}.", status.as_u16() / 100 + 1);
            assert!(
                spec.section().starts_with(&class_section),
                "{status}: {spec}"
            );
        }
    }
    let extensions: Vec<(u16, u16)> = StatusCode::ALL
        .iter()
        .filter(|s| s.spec().rfc() != 9110)
        .map(|s| (s.as_u16(), s.spec().rfc()))
        .collect();
    assert_eq!(
        extensions,
        [
            (102, 2518),
            (103, 8297),
            (207, 4918),
            (208, 5842),
            (226, 3229),
            (423, 4918),
            (424, 4918),
            (425, 8470),
            (428, 6585),
            (429, 6585),
            (431, 6585),
            (451, 7725),
            (506, 2295),
            (507, 4918),
            (508, 5842),
            (510, 2774),
            (511, 6585),
        ]
    );
}

#[test]
fn first_definitions_match_the_history_of_http() {
    let defined_in = |rfc: u16| -> Vec<u16> {
        StatusCode::ALL
            .iter()
            .filter(|s| s.first_defined().rfc() == rfc)
            .map(|s| s.as_u16())
            .collect()
    };
    assert_eq!(
        defined_in(1945),
        [
            200, 201, 202, 204, 300, 301, 302, 304, 400, 401, 403, 404, 500, 501, 502, 503
        ]
    );
    let mut http11: Vec<u16> = vec![100, 101, 203, 205, 206, 303, 305, 402];
    http11.extend(405..=415);
    http11.extend([504, 505]);
    assert_eq!(defined_in(2068), http11);
    assert_eq!(defined_in(2616), [307, 416, 417]);
    assert_eq!(defined_in(2518), [102, 207, 422, 423, 424, 507]);
    assert_eq!(defined_in(7238), [308]);
    assert_eq!(defined_in(7540), [421]);
    assert_eq!(defined_in(2817), [426]);
    for &status in StatusCode::ALL {
        let first = status.first_defined();
        assert_eq!(
            first.is_http11_addition(),
            [2068, 2616].contains(&first.rfc()),
            "{status}"
        );
    }
}

#[test]
fn former_phrases_are_recorded() {
    let former = |s: StatusCode| s.former_reasons().to_vec();
    assert_eq!(former(StatusCode::FOUND), ["Moved Temporarily"]);
    assert_eq!(former(StatusCode::REQUEST_TIMEOUT), ["Request Time-out"]);
    assert_eq!(
        former(StatusCode::CONTENT_TOO_LARGE),
        ["Request Entity Too Large", "Payload Too Large"]
    );
    assert_eq!(
        former(StatusCode::URI_TOO_LONG),
        ["Request-URI Too Long", "Request-URI Too Large"]
    );
    assert_eq!(
        former(StatusCode::RANGE_NOT_SATISFIABLE),
        ["Requested Range Not Satisfiable"]
    );
    assert_eq!(
        former(StatusCode::UNPROCESSABLE_CONTENT),
        ["Unprocessable Entity"]
    );
    assert_eq!(former(StatusCode::GATEWAY_TIMEOUT), ["Gateway Time-out"]);
    let with_former = StatusCode::ALL
        .iter()
        .filter(|s| !s.former_reasons().is_empty())
        .count();
    assert_eq!(with_former, 7);
}

#[test]
#[allow(deprecated)]
fn deprecated_codes_and_aliases() {
    let deprecated: Vec<u16> = StatusCode::ALL
        .iter()
        .filter(|s| s.is_deprecated())
        .map(|s| s.as_u16())
        .collect();
    assert_eq!(deprecated, [305, 510]);
    assert!(
        StatusCode::USE_PROXY
            .deprecation()
            .unwrap()
            .contains("§15.4.6")
    );
    assert_eq!(StatusCode::NOT_EXTENDED.reason(), "Not Extended");
    assert_eq!(StatusCode::PAYLOAD_TOO_LARGE, StatusCode::CONTENT_TOO_LARGE);
    assert_eq!(
        StatusCode::UNPROCESSABLE_ENTITY,
        StatusCode::UNPROCESSABLE_CONTENT
    );
}

#[test]
fn constant_names_are_the_phrase_in_screaming_snake_case() {
    for &status in StatusCode::ALL {
        let expected: String = status
            .reason()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_uppercase()
                } else {
                    '_'
                }
            })
            .collect();
        assert_eq!(status.constant_name(), expected, "{status}");
    }
    assert_eq!(StatusCode::IM_USED.constant_name(), "IM_USED");
}

#[test]
fn classes_have_ranges_and_names() {
    let rows: Vec<String> = Class::ALL
        .iter()
        .map(|c| format!("{c} {:?} {}", c.range(), c.name_in(Language::Chinese)))
        .collect();
    assert_eq!(
        rows,
        [
            "1xx Informational 100..=199 信息响应",
            "2xx Successful 200..=299 成功",
            "3xx Redirection 300..=399 重定向",
            "4xx Client Error 400..=499 客户端错误",
            "5xx Server Error 500..=599 服务器错误",
        ]
    );
}

#[test]
fn it_is_two_bytes_and_so_is_its_option() {
    assert_eq!(size_of::<StatusCode>(), 2);
    assert_eq!(size_of::<Option<StatusCode>>(), 2);
}

#[test]
fn constants_work_in_const_and_match_positions() {
    const TEAPOT_FREE: StatusCode = StatusCode::NOT_FOUND;
    const CODE: u16 = TEAPOT_FREE.as_u16();
    const REASON: &str = StatusCode::GONE.reason();
    const LOOKED_UP: Result<StatusCode, http_status_core::UnknownStatusCode> =
        StatusCode::from_u16(201);
    assert_eq!((CODE, REASON), (404, "Gone"));
    let describe = |s: StatusCode| match s {
        StatusCode::NOT_FOUND => "missing",
        StatusCode::CREATED => "made",
        _ => "other",
    };
    assert_eq!(describe(LOOKED_UP.unwrap()), "made");
    assert_eq!(describe(TEAPOT_FREE), "missing");
    assert_eq!(describe(StatusCode::OK), "other");
}

/// Responses that end after their header section, and the section that
/// says so (RFC 9110 §6.4.1 lists 1xx, 204 and 304; §15.3.6 forbids content
/// in a 205).
const NO_CONTENT: &[(u16, &str)] = &[
    (100, "15.2"),
    (101, "15.2"),
    (102, "15.2"),
    (103, "15.2"),
    (204, "15.3.5"),
    (205, "15.3.6"),
    (304, "15.4.5"),
];

/// RFC 9110 §15.1: "200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414,
/// and 501 in this specification" are heuristically cacheable; RFC 7725 §3:
/// "A 451 response is cacheable by default".
const CACHEABLE: &[(u16, u16, &str)] = &[
    (200, 9110, "15.1"),
    (203, 9110, "15.1"),
    (204, 9110, "15.1"),
    (206, 9110, "15.1"),
    (300, 9110, "15.1"),
    (301, 9110, "15.1"),
    (308, 9110, "15.1"),
    (404, 9110, "15.1"),
    (405, 9110, "15.1"),
    (410, 9110, "15.1"),
    (414, 9110, "15.1"),
    (451, 7725, "3"),
    (501, 9110, "15.1"),
];

/// RFC 9110 §15.4.5 (304) and §15.3.7 (206): the fields a 200 to the same
/// request would have carried, which these MUST then carry too.
const AS_A_200_WOULD: [&str; 6] = [
    "Content-Location",
    "Date",
    "ETag",
    "Vary",
    "Cache-Control",
    "Expires",
];

/// The header fields each code's section asks for, copied from the RFCs'
/// own sentences: (code, field, keyword, RFC, section).
const HEADERS: &[(u16, &str, &str, u16, &str)] = &[
    (100, "Content-Length", "MUST NOT", 9110, "8.6"),
    (100, "Transfer-Encoding", "MUST NOT", 9112, "6.1"),
    (101, "Upgrade", "MUST", 9110, "15.2.2"),
    (101, "Content-Length", "MUST NOT", 9110, "8.6"),
    (101, "Transfer-Encoding", "MUST NOT", 9112, "6.1"),
    (102, "Content-Length", "MUST NOT", 9110, "8.6"),
    (102, "Transfer-Encoding", "MUST NOT", 9112, "6.1"),
    (103, "Content-Length", "MUST NOT", 9110, "8.6"),
    (103, "Transfer-Encoding", "MUST NOT", 9112, "6.1"),
    (201, "Location", "named", 9110, "15.3.2"),
    (204, "Content-Length", "MUST NOT", 9110, "8.6"),
    (204, "Transfer-Encoding", "MUST NOT", 9112, "6.1"),
    (206, "Content-Range", "MUST", 9110, "15.3.7.1"),
    (206, "Content-Type", "MUST", 9110, "15.3.7.2"),
    (206, "Content-Range", "MUST NOT", 9110, "15.3.7.2"),
    (206, "Date", "MUST", 9110, "15.3.7"),
    (206, "Cache-Control", "MUST", 9110, "15.3.7"),
    (206, "ETag", "MUST", 9110, "15.3.7"),
    (206, "Expires", "MUST", 9110, "15.3.7"),
    (206, "Content-Location", "MUST", 9110, "15.3.7"),
    (206, "Vary", "MUST", 9110, "15.3.7"),
    (226, "ETag", "MUST", 3229, "10.4.1"),
    (300, "Location", "SHOULD", 9110, "15.4.1"),
    (301, "Location", "SHOULD", 9110, "15.4.2"),
    (302, "Location", "SHOULD", 9110, "15.4.3"),
    (303, "Location", "named", 9110, "15.4.4"),
    (304, "Content-Location", "MUST", 9110, "15.4.5"),
    (304, "Date", "MUST", 9110, "15.4.5"),
    (304, "ETag", "MUST", 9110, "15.4.5"),
    (304, "Vary", "MUST", 9110, "15.4.5"),
    (304, "Cache-Control", "MUST", 9110, "15.4.5"),
    (304, "Expires", "MUST", 9110, "15.4.5"),
    (304, "Content-Length", "MUST NOT", 9110, "8.6"),
    (307, "Location", "SHOULD", 9110, "15.4.8"),
    (308, "Location", "SHOULD", 9110, "15.4.9"),
    (401, "WWW-Authenticate", "MUST", 9110, "15.5.2"),
    (405, "Allow", "MUST", 9110, "15.5.6"),
    (407, "Proxy-Authenticate", "MUST", 9110, "15.5.8"),
    (413, "Retry-After", "SHOULD", 9110, "15.5.14"),
    (416, "Content-Range", "SHOULD", 9110, "15.5.17"),
    (426, "Upgrade", "MUST", 9110, "15.5.22"),
    (429, "Retry-After", "MAY", 6585, "4"),
    (451, "Link", "SHOULD", 7725, "4"),
    (451, "Link", "MUST", 7725, "4"),
    (503, "Retry-After", "MAY", 9110, "15.6.4"),
];

/// Who may not generate, send or store a response, as each RFC says it:
/// code, party, requirement, act, RFC, section.
const RESPONSES: &[(u16, Party, Requirement, Act, u16, &str)] = &[
    (
        100,
        Party::Server,
        Requirement::MustNot,
        Act::Send,
        9110,
        "15.2",
    ),
    (
        101,
        Party::Server,
        Requirement::MustNot,
        Act::Send,
        9110,
        "15.2",
    ),
    (
        102,
        Party::Server,
        Requirement::MustNot,
        Act::Send,
        9110,
        "15.2",
    ),
    (
        103,
        Party::Server,
        Requirement::MustNot,
        Act::Send,
        9110,
        "15.2",
    ),
    (
        304,
        Party::Sender,
        Requirement::ShouldNot,
        Act::SendMetadata,
        9110,
        "15.4.5",
    ),
    (
        421,
        Party::Proxy,
        Requirement::MustNot,
        Act::Generate,
        9110,
        "15.5.20",
    ),
    (
        425,
        Party::Server,
        Requirement::ShouldNot,
        Act::Send,
        8470,
        "5.2",
    ),
    (
        428,
        Party::Cache,
        Requirement::MustNot,
        Act::Store,
        6585,
        "3",
    ),
    (
        429,
        Party::Cache,
        Requirement::MustNot,
        Act::Store,
        6585,
        "4",
    ),
    (
        431,
        Party::Cache,
        Requirement::MustNot,
        Act::Store,
        6585,
        "5",
    ),
    (
        511,
        Party::Cache,
        Requirement::MustNot,
        Act::Store,
        6585,
        "6",
    ),
    (
        511,
        Party::OriginServer,
        Requirement::ShouldNot,
        Act::Generate,
        6585,
        "6",
    ),
];

#[test]
fn response_rules_match_the_rfcs_row_by_row() {
    for status in StatusCode::ALL {
        let code = status.as_u16();
        let expected: Vec<_> = RESPONSES
            .iter()
            .filter(|(c, ..)| *c == code)
            .map(|&(_, party, level, act, rfc, section)| (party, level, act, rfc, section))
            .collect();
        let actual: Vec<_> = status
            .response_rules()
            .iter()
            .map(|r| {
                (
                    r.party(),
                    r.requirement(),
                    r.act(),
                    r.spec().rfc(),
                    r.spec().section(),
                )
            })
            .collect();
        assert_eq!(actual, expected, "{status}");
        for rule in status.response_rules() {
            assert!(rule.requirement().forbids(), "{status}: {rule}");
        }
    }
    let [send] = StatusCode::CONTINUE.response_rules() else {
        panic!("one rule")
    };
    assert_eq!(
        send.to_string(),
        "a server MUST NOT send it to an HTTP/1.0 client (RFC 9110 §15.2)"
    );
    assert_eq!(
        send.display_in(Language::Chinese).to_string(),
        "服务器不得发送该状态码（对 HTTP/1.0 客户端；RFC 9110 §15.2）"
    );
}

#[test]
fn protocol_rules_match_the_rfcs_row_by_row() {
    for status in StatusCode::ALL {
        let code = status.as_u16();
        let no_content = NO_CONTENT.iter().find(|(c, _)| *c == code);
        assert_eq!(status.allows_content(), no_content.is_none(), "{status}");
        assert_eq!(
            status.no_content_spec().map(|s| (s.rfc(), s.section())),
            no_content.map(|(_, section)| (9110, *section)),
            "{status}"
        );
        assert_eq!(status.is_final(), code >= 200, "{status}");
        let cacheable = CACHEABLE.iter().find(|(c, ..)| *c == code);
        assert_eq!(
            status.is_heuristically_cacheable(),
            cacheable.is_some(),
            "{status}"
        );
        assert_eq!(
            status.cacheable_spec().map(|s| (s.rfc(), s.section())),
            cacheable.map(|&(_, rfc, section)| (rfc, section)),
            "{status}"
        );
        if matches!(code, 206 | 304) {
            for field in AS_A_200_WOULD {
                let rule = status.header_rules().iter().find(|r| r.name() == field);
                let when = rule.and_then(|r| r.condition());
                assert_eq!(
                    when,
                    Some("if a 200 to the same request would carry it"),
                    "{status} {field}"
                );
            }
        }
        let expected: Vec<(&str, &str, u16, &str)> = HEADERS
            .iter()
            .filter(|(c, ..)| *c == code)
            .map(|&(_, name, level, rfc, section)| (name, level, rfc, section))
            .collect();
        let actual: Vec<(&str, &str, u16, &str)> = status
            .header_rules()
            .iter()
            .map(|r| {
                (
                    r.name(),
                    r.requirement().keyword(),
                    r.spec().rfc(),
                    r.spec().section(),
                )
            })
            .collect();
        assert_eq!(actual, expected, "{status}");
        for rule in status.header_rules() {
            assert_eq!(
                rule.spec().url(),
                format!(
                    "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
                    rule.spec().rfc(),
                    rule.spec().section()
                )
            );
        }
    }
}

/// The hover docs' requirement words (`catalog!`'s `rule!(@level…)`, where
/// `concat!` cannot call a function) are `Requirement::keyword_in`'s.
#[test]
fn the_docs_requirement_words_are_the_table_s() {
    let source = include_str!("../src/catalog.rs");
    let word_after = |arm: &str| {
        let at = source
            .find(arm)
            .unwrap_or_else(|| panic!("{arm} is in catalog.rs"));
        let rest = &source[at + arm.len()..];
        let start = rest.find('"').expect("a string") + 1;
        let end = start + rest[start..].find('"').expect("its end");
        rest[start..end].to_owned()
    };
    for (level, requirement) in [
        ("must", Requirement::Must),
        ("should", Requirement::Should),
        ("may", Requirement::May),
        ("names", Requirement::Named),
        ("must_not", Requirement::MustNot),
        ("should_not", Requirement::ShouldNot),
    ] {
        for language in Language::ALL {
            let arm = match language {
                Language::English => format!("(@level {level}) =>"),
                _ => format!("(@level_{} {level}) =>", language.tag()),
            };
            let doc = word_after(&arm);
            let table = requirement.keyword_in(*language);
            // English docs say "named, with no requirement keyword".
            assert!(doc.starts_with(table), "{arm}: {doc:?} against {table:?}");
        }
    }
}

/// The response rules' words in the hover docs (`rule!(@party…)`,
/// `@act…`, `@modal_zh…`) are the table's, in every language.
#[test]
fn the_docs_response_rule_words_are_the_table_s() {
    let source = include_str!("../src/catalog.rs");
    let word_after = |arm: &str| {
        let at = source
            .find(arm)
            .unwrap_or_else(|| panic!("{arm} is in catalog.rs"));
        let rest = &source[at + arm.len()..];
        let start = rest.find('"').expect("a string") + 1;
        let end = start + rest[start..].find('"').expect("its end");
        rest[start..end].to_owned()
    };
    let arm = |kind: &str, language: Language, word: &str| match language {
        Language::English => format!("(@{kind} {word}) =>"),
        _ => format!("(@{kind}_{} {word}) =>", language.tag()),
    };
    for language in Language::ALL.iter().copied() {
        for (word, party) in [
            ("server", Party::Server),
            ("origin", Party::OriginServer),
            ("proxy", Party::Proxy),
            ("cache", Party::Cache),
            ("sender", Party::Sender),
        ] {
            let arm = arm("party", language, word);
            assert_eq!(word_after(&arm), party.name_in(language), "{arm}");
        }
        for (word, act) in [
            ("generate", Act::Generate),
            ("send", Act::Send),
            ("store", Act::Store),
            ("send_metadata", Act::SendMetadata),
        ] {
            let arm = arm("act", language, word);
            assert_eq!(
                word_after(&arm),
                act.name_in(language).replace('"', "\\\""),
                "{arm}"
            );
        }
    }
    for (word, level) in [
        ("must_not", Requirement::MustNot),
        ("should_not", Requirement::ShouldNot),
    ] {
        let arm = format!("(@modal_zh {word}) =>");
        assert_eq!(word_after(&arm), level.modal_in(Language::Chinese), "{arm}");
        let arm = format!("(@level {word}) =>");
        assert_eq!(word_after(&arm), level.modal_in(Language::English), "{arm}");
    }
}
