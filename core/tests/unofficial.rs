//! The table of well-known unofficial codes, and how every way of naming a
//! number explains them.

use std::collections::BTreeMap;

use http_status_core::{Language, Reserved, Seen, StatusCode, Unofficial};

/// Where a person meets each row, written from the vendors' sources (and,
/// for nginx, from running nginx 1.22: see DESIGN.md), independently of the
/// table: (code, user, where, the code a configuration-only number is
/// answered and logged as).
const SEEN: &[(u16, &str, &str, Option<u16>)] = &[
    (419, "ASP.NET Core", "constant", None),
    (419, "Laravel", "line", None),
    (419, "Spring", "constant", None),
    (420, "Shopify", "line", None),
    (420, "Spring", "constant", None),
    (420, "Twitter's old API", "line", None),
    (430, "Shopify", "line", None),
    (440, "Microsoft Exchange (Outlook Web Access)", "line", None),
    (444, "nginx", "log", None),
    (449, "Microsoft WebDAV", "line", None),
    (456, "Microsoft Exchange ActiveSync", "line", None),
    (457, "Microsoft Exchange ActiveSync", "line", None),
    (460, "AWS Elastic Load Balancing", "log", None),
    (463, "AWS Elastic Load Balancing", "line", None),
    (464, "AWS Elastic Load Balancing", "line", None),
    (494, "nginx", "config", Some(400)),
    (495, "nginx", "config", Some(400)),
    (496, "nginx", "config", Some(400)),
    (497, "nginx", "config", Some(400)),
    (498, "Esri ArcGIS", "body", None),
    (499, "nginx", "log", None),
    (499, "Google APIs", "line", None),
    (499, "Esri ArcGIS", "body", None),
    (509, "Spring", "constant", None),
    (520, "Cloudflare", "line", None),
    (521, "Cloudflare", "line", None),
    (522, "Cloudflare", "line", None),
    (523, "Cloudflare", "line", None),
    (524, "Cloudflare", "line", None),
    (525, "Cloudflare", "line", None),
    (526, "Cloudflare", "line", None),
    (529, "Qualys SSL Labs", "line", None),
    (530, "Cloudflare", "line", None),
    (561, "AWS Elastic Load Balancing", "line", None),
    (599, "Tornado", "client", None),
];

#[test]
fn every_row_says_where_a_person_meets_it() {
    let table: Vec<(u16, &str, &str, Option<u16>)> = Unofficial::ALL
        .iter()
        .map(|u| {
            let (kind, answered) = match u.seen() {
                Seen::StatusLine => ("line", None),
                Seen::AccessLog => ("log", None),
                Seen::ResponseBody => ("body", None),
                Seen::ClientLibrary => ("client", None),
                Seen::Constant => ("constant", None),
                Seen::Configuration { answered, .. } => ("config", Some(answered)),
                // A kind this list does not know: the comparison fails.
                _ => ("a new kind", None),
            };
            (u.code(), u.user(), kind, answered)
        })
        .collect();
    assert_eq!(table, SEEN);
}

#[test]
fn where_seen_reads_as_a_sentence_in_both_languages() {
    let sentence = |code: u16, user: &str| {
        let u = Unofficial::from_u16(code)
            .iter()
            .find(|u| u.user() == user)
            .unwrap();
        (
            u.where_seen().to_string(),
            u.where_seen_in(Language::Chinese).to_string(),
        )
    };
    assert_eq!(
        sentence(494, "nginx").0,
        "never sent: nginx answers 400 Bad Request and logs 400; only `error_page` can match 494"
    );
    assert_eq!(
        sentence(499, "nginx").0,
        "never sent: it appears only in nginx's access log"
    );
    assert_eq!(
        sentence(498, "Esri ArcGIS").0,
        "usually in the response body: Esri ArcGIS puts it in a JSON error object, under another HTTP status"
    );
    assert_eq!(
        sentence(599, "Tornado").0,
        "never sent: Tornado's HTTP client makes it up when no response arrived"
    );
    assert_eq!(
        sentence(520, "Cloudflare").0,
        "sent: Cloudflare answers with 520 in the status line"
    );
    for u in Unofficial::ALL {
        let zh = u.where_seen_in(Language::Chinese).to_string();
        assert!(zh.contains(u.user()), "{zh}");
        assert!(
            zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{zh}"
        );
    }
}

#[test]
fn no_entry_is_registered_or_reserved_and_each_is_sourced_in_both_languages() {
    for entry in Unofficial::ALL {
        let code = entry.code();
        assert!((100..=599).contains(&code), "{code}");
        assert!(StatusCode::from_u16(code).is_err(), "{code} is registered");
        assert!(Reserved::from_u16(code).is_none(), "{code} is reserved");
        assert!(entry.source().starts_with("https://"), "{code}");
        for text in [
            entry.user(),
            entry.name().unwrap_or("unnamed"),
            entry.meaning(),
            entry.meaning_in(Language::Chinese),
        ] {
            assert!(!text.is_empty(), "{code}");
        }
        assert!(
            entry
                .meaning_in(Language::Chinese)
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{code}: the Chinese meaning is Chinese"
        );
        assert!(entry.meaning().len() <= 180, "{code}: one sentence");
        if let Some(instead) = entry.instead() {
            let instead = StatusCode::from_u16(instead).expect("`instead` is registered");
            assert!(!instead.is_deprecated(), "{code}");
        }
    }
}

#[test]
fn names_are_the_vendors_own() {
    let name = |code: u16, user: &str| {
        Unofficial::from_u16(code)
            .iter()
            .find(|u| u.user() == user)
            .and_then(Unofficial::name)
    };
    // Microsoft's page: "440 Login Timeout".
    assert_eq!(
        name(440, "Microsoft Exchange (Outlook Web Access)"),
        Some("Login Timeout")
    );
    // nginx's error pages (ngx_http_special_response.c), as nginx 1.22 sends
    // them here: `<title>400 Request Header Or Cookie Too Large</title>`.
    assert_eq!(
        name(494, "nginx"),
        Some("Request Header Or Cookie Too Large")
    );
    assert_eq!(name(495, "nginx"), Some("The SSL certificate error"));
    assert_eq!(
        name(496, "nginx"),
        Some("No required SSL certificate was sent")
    );
    assert_eq!(
        name(497, "nginx"),
        Some("The plain HTTP request was sent to HTTPS port")
    );
    // Vendors that give no name: nginx's 444 (its source says only "close
    // connection without any response"), AWS's 460, 463 and 464 (bare
    // "HTTP 460" headings), Qualys's 529 ("the service is overloaded").
    // The names in wide use come from Wikipedia, and the meaning says so.
    for (code, user) in [
        (444, "nginx"),
        (460, "AWS Elastic Load Balancing"),
        (463, "AWS Elastic Load Balancing"),
        (464, "AWS Elastic Load Balancing"),
        (529, "Qualys SSL Labs"),
        (599, "Tornado"),
    ] {
        assert_eq!(name(code, user), None, "{code} {user}");
    }
    for code in [444, 529] {
        assert!(
            Unofficial::from_u16(code)[0]
                .meaning()
                .contains("Wikipedia"),
            "{code}"
        );
    }
    // Cloudflare titles its page only "Error 530"; Shopify's changelog names no phrase.
    assert_eq!(name(530, "Cloudflare"), None);
    assert_eq!(name(420, "Shopify"), None);
    // ASP.NET Core's constant: Status419AuthenticationTimeout.
    assert_eq!(name(419, "ASP.NET Core"), Some("Authentication Timeout"));
    assert!(
        Unofficial::from_u16(522)[0].meaning().contains("90 s"),
        "522 also covers an origin that accepts but does not acknowledge"
    );
    // nginx 1.22, run here: a request line too long is 414, a header line
    // too long is 494 (answered 400).
    let nginx = Unofficial::from_u16(494)[0];
    assert!(nginx.meaning().contains("header line") && nginx.meaning().contains("414"));
    assert!(!nginx.meaning().contains("request line or headers"));
    // The Exchange source names an authentication problem, not sessions.
    let owa = Unofficial::from_u16(440)[0];
    assert!(!owa.meaning().contains("session"), "{}", owa.meaning());
    // Tornado makes 599 up when no response came: no gateway status fits.
    assert_eq!(Unofficial::from_u16(599)[0].instead(), None);
    // Twitter's own English page.
    let twitter = Unofficial::from_u16(420)[2];
    assert_eq!(
        twitter.source(),
        "https://dev.twitter.com/docs/error-codes-responses"
    );
}

#[test]
fn codes_with_several_users_list_every_one() {
    let mut users: BTreeMap<u16, Vec<(&str, Option<&str>)>> = BTreeMap::new();
    for entry in Unofficial::ALL {
        users
            .entry(entry.code())
            .or_default()
            .push((entry.user(), entry.name()));
    }
    assert_eq!(
        users[&499],
        [
            ("nginx", Some("Client Closed Request")),
            ("Google APIs", Some("Client Closed Request")),
            ("Esri ArcGIS", Some("Token Required"))
        ]
    );
    assert_eq!(
        users[&420],
        [
            ("Shopify", None),
            ("Spring", Some("Method Failure")),
            ("Twitter's old API", Some("Enhance Your Calm"))
        ]
    );
    for (code, list) in users {
        assert_eq!(Unofficial::from_u16(code).len(), list.len(), "{code}");
    }
}

#[test]
fn unofficial_phrases_are_found_by_name() {
    let codes = |phrase| {
        Unofficial::from_reason(phrase)
            .map(|u| (u.code(), u.user()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        codes("client closed request"),
        [(499, "nginx"), (499, "Google APIs")]
    );
    assert_eq!(codes("Enhance Your Calm"), [(420, "Twitter's old API")]);
    assert_eq!(codes("Page Expired"), [(419, "Laravel")]);
    assert_eq!(codes("Not Found"), []);
}

#[test]
fn from_u16_explains_unofficial_codes_and_says_what_to_send() {
    let err = StatusCode::from_u16(520).unwrap_err();
    assert_eq!(
        err.to_string(),
        r#"520 is not registered with IANA; unofficially it is "Web Server Returns an Unknown Error" (Cloudflare)"#
    );
    assert_eq!(
        err.help().unwrap().to_string(),
        "the registered code to send instead is 502 Bad Gateway"
    );
    let err = StatusCode::from_u16(444).unwrap_err();
    assert_eq!(
        err.to_string(),
        "444 is not registered with IANA; unofficially it is an unnamed code (nginx, access log only)"
    );
    assert!(
        err.help().is_none(),
        "nginx's 444 closes the connection: nothing to send"
    );
    assert_eq!(
        StatusCode::from_u16(420)
            .unwrap_err()
            .help()
            .unwrap()
            .to_string(),
        r#"send 423 Locked for Shopify's code; 424 Failed Dependency for "Method Failure"; 429 Too Many Requests for "Enhance Your Calm""#
    );
    let help = StatusCode::from_u16(419).unwrap_err().help().unwrap();
    assert_eq!(
        help.codes().collect::<Vec<_>>(),
        [
            StatusCode::UNAUTHORIZED,
            StatusCode::FORBIDDEN,
            StatusCode::INSUFFICIENT_STORAGE
        ]
    );
    // A number nobody uses keeps its old message.
    assert_eq!(
        StatusCode::from_u16(299).unwrap_err().to_string(),
        "299 is not a registered HTTP status code"
    );
}

#[test]
fn parsing_a_string_explains_them_too() {
    let err = "499".parse::<StatusCode>().unwrap_err();
    assert!(
        err.to_string()
            .contains(r#"unofficially it is "Client Closed Request" (nginx, access log only"#),
        "{err}"
    );
    assert_eq!(err.unknown().map(|u| u.code()), Some(499));
}

#[cfg(feature = "serde")]
#[test]
fn deserializing_explains_them_too() {
    let err = serde_json::from_str::<StatusCode>("522").unwrap_err();
    assert!(
        err.to_string()
            .contains(r#""Connection Timed Out" (Cloudflare)"#),
        "{err}"
    );
}
