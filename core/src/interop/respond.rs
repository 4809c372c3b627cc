//! What every framework integration sends for a problem, whatever the
//! framework: a 5xx whose text is withheld gets an incident id as its
//! `instance` (and, with the `tracing` feature, one log line with the same
//! id and the whole error); a status that allows no content gets no body;
//! a 401 gets its `WWW-Authenticate` challenge; the body is rendered once
//! per language the response may be sent in: every catalog language for a
//! framework whose middleware picks one later, one where it is known.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Display;

use crate::http_status::HttpStatus;
use crate::incident::IncidentId;
use crate::problem::Collected;
use crate::problem::Problem;
use crate::status_code::StatusCode;
use http_status_table::Language;

/// A problem response, decided: its status, the body in each language
/// asked for, the challenge and the error's own headers.
struct Reply {
    status: StatusCode,
    /// `WWW-Authenticate`, for a 401 that has a challenge.
    challenge: Option<&'static str>,
    /// The body in each language asked for; `None` where the status allows
    /// no content (RFC 9110 §6.4.1, §15.3.6).
    bodies: Option<Localized>,
    /// The error's own headers (`#[header]` fields), checked.
    extra: Vec<(&'static str, String)>,
    /// The language of the default body.
    language: Language,
}

/// One header field of a problem response, before any framework's types.
pub(crate) struct Field {
    /// Lowercase.
    pub(crate) name: &'static str,
    pub(crate) value: Cow<'static, str>,
    /// `Vary` adds to the values already there; any other field replaces them.
    pub(crate) append: bool,
}

impl Field {
    fn set(name: &'static str, value: impl Into<Cow<'static, str>>) -> Field {
        Field {
            name,
            value: value.into(),
            append: false,
        }
    }
}

/// A problem response as it goes on the wire, before any framework's
/// types: each framework converts this, and nothing else.
pub(crate) struct Answer {
    pub(crate) status: StatusCode,
    pub(crate) fields: Vec<Field>,
    pub(crate) body: Option<String>,
}

/// The response for `problem`, the one way in for every framework. Where
/// the framework knows the request's language (`Some((language,
/// negotiated))`), the body is rendered in it alone; otherwise in every
/// catalog language, the answer is in the problem's own, and the bodies
/// come back for the framework's language middleware to pick again. Call
/// once per response: it logs.
pub(crate) fn answer<T: HttpStatus + Display>(
    problem: &Problem<T>,
    language: Option<(Language, bool)>,
) -> (Answer, Option<Localized>) {
    match language {
        Some((language, negotiated)) => {
            let (answer, _) = reply(problem, &[language]).answer(language, negotiated);
            (answer, None)
        }
        None => {
            let reply = reply(problem, Language::ALL);
            let language = reply.language;
            reply.answer(language, false)
        }
    }
}

impl Reply {
    /// The response in `language`, `negotiated` from the request or not:
    /// the problem media type and `Content-Language` when there is a body,
    /// `Vary: accept-language` when negotiated, the challenge, and the
    /// error's own headers. The bodies come back, for a middleware.
    fn answer(self, language: Language, negotiated: bool) -> (Answer, Option<Localized>) {
        let (body, mut fields) = match &self.bodies {
            Some(bodies) => bodies.choose(language, negotiated),
            None => (None, vary(negotiated).collect()),
        };
        if body.is_some() {
            fields.insert(
                0,
                Field::set("content-type", crate::problem::PROBLEM_CONTENT_TYPE),
            );
        }
        fields.extend(self.challenge.map(|c| Field::set("www-authenticate", c)));
        fields.extend(
            self.extra
                .into_iter()
                .map(|(name, value)| Field::set(name, value)),
        );
        // What adds to a field (`Vary`) goes after what sets one, so that
        // an error's own `#[header("vary")]` cannot replace it.
        fields.sort_by_key(|field| field.append);
        let answer = Answer {
            status: self.status,
            fields,
            body,
        };
        (answer, self.bodies)
    }
}

/// `Vary: accept-language`, when the language was negotiated.
fn vary(negotiated: bool) -> impl Iterator<Item = Field> {
    negotiated
        .then_some(Field {
            name: "vary",
            value: Cow::Borrowed("accept-language"),
            append: true,
        })
        .into_iter()
}

/// The body in every language rendered, kept on a response (in its
/// extensions) for the framework's language middleware.
#[derive(Clone)]
pub(crate) struct Localized(Vec<(Language, String)>);

impl Localized {
    /// The body in `language` (in the first language rendered, where that
    /// one was not), and the fields that go with it: `Content-Language`,
    /// and `Vary` when the language was negotiated.
    pub(crate) fn choose(
        &self,
        language: Language,
        negotiated: bool,
    ) -> (Option<String>, Vec<Field>) {
        let chosen = self
            .0
            .iter()
            .find(|(l, _)| *l == language)
            .or_else(|| self.0.first());
        let mut fields: Vec<Field> = chosen
            .map(|(l, _)| Field::set("content-language", l.tag()))
            .into_iter()
            .collect();
        fields.extend(vary(negotiated));
        (chosen.map(|(_, body)| body.clone()), fields)
    }
}

/// Writes `fields` into a framework's header map, given its name and
/// value types; a name or value that they reject (a hand-written impl's)
/// is left out, never a panic. A macro, because the four frameworks have
/// three header maps (`http` 1, `http` 0.2 in actix's own map).
macro_rules! write_fields {
    ($map:expr, $fields:expr, $name:ty, $value:ty) => {
        for field in $fields {
            if let (Ok(name), Ok(value)) = (
                <$name>::from_bytes(field.name.as_bytes()),
                <$value>::from_str(&field.value),
            ) {
                if field.append {
                    $map.append(name, value);
                } else {
                    $map.insert(name, value);
                }
            }
        }
    };
}
pub(crate) use write_fields;

/// Adds to a problem's header map every value of each of `old`'s fields
/// that the problem neither sets nor replaces (two `Set-Cookie`s stay two),
/// when a framework's bodiless error response becomes a problem. `Vary` is
/// a list that both may add to (`Origin`, `Accept-Language`): every old
/// value is kept beside the problem's.
macro_rules! keep_fields {
    ($problem:expr, $old:expr) => {{
        let own: alloc::vec::Vec<_> = $problem.keys().cloned().collect();
        for (name, value) in $old {
            let list = name.as_str() == "vary";
            if !crate::interop::caught::is_replaced_header(name.as_str())
                && (list || !own.contains(name))
            {
                $problem.append(name.clone(), value.clone());
            }
        }
    }};
}
pub(crate) use keep_fields;

/// The reply for `problem`, with a body in each of `languages`. Call once
/// per response: it logs.
///
/// Whatever the error's impls do, a reply goes out: a `Display` that fails
/// or panics sends no `detail` and is logged as an incident; a 1xx, which
/// can never be a final response (RFC 9110 §15.2), is answered as a 500
/// incident.
fn reply<T: HttpStatus + Display>(problem: &Problem<T>, languages: &[Language]) -> Reply {
    let own = problem.status();
    let status = final_status(own);
    // The error's text, decided once for the log and every language.
    let (detail, incident) = if status != own {
        (None, Some(Incident::Informational(own)))
    } else {
        match guarded(|| problem.try_detail()) {
            Some(Ok(Some(detail))) => (Some(detail), None),
            Some(Ok(None)) if status.is_server_error() => (None, Some(Incident::Withheld)),
            Some(Ok(None)) => (None, None),
            // A `Display` that failed or panicked: a bug on the server.
            Some(Err(_)) | None => (None, Some(Incident::Display)),
        }
    };
    let instance = match incident {
        Some(incident) => Some(self::incident(problem, status, incident)),
        None => problem.instance().map(String::from),
    };
    let challenge = match status {
        StatusCode::UNAUTHORIZED => problem.error().challenge(),
        _ => None,
    };
    // The error's members and headers, once for every language; a panic
    // there costs them, never the response.
    let parts = guarded(|| Collected::of(problem.error())).unwrap_or_default();
    #[cfg(feature = "tracing")]
    for (name, why) in &parts.dropped {
        // `?`: a hand-written name may hold anything.
        tracing::warn!(status = status.as_u16(), header = ?name, "dropped a header of the error's: {why}");
    }
    let bodies = status.allows_content().then(|| {
        Localized(
            languages
                .iter()
                .map(|l| {
                    let json =
                        problem.json_in(*l, status, detail.as_deref(), instance.as_deref(), &parts);
                    (*l, json)
                })
                .collect(),
        )
    });
    // A 1xx's stand-in 500 carries none of the error's headers.
    let extra = match status == own {
        true => parts.headers,
        false => Vec::new(),
    };
    Reply {
        status,
        challenge,
        bodies,
        extra,
        language: problem.language(),
    }
}

/// The status a response may carry for an error of `status`: a 1xx is
/// never final, so it stands as a 500 (which `reply` logs).
pub(crate) fn final_status(status: StatusCode) -> StatusCode {
    match status.is_informational() {
        true => StatusCode::INTERNAL_SERVER_ERROR,
        false => status,
    }
}

/// Why a reply carries an incident id instead of the error's text: what
/// its log line says.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "tracing"), allow(dead_code))]
enum Incident {
    /// A 5xx whose text stays on the server.
    Withheld,
    /// The error's `Display` failed or panicked.
    Display,
    /// The error's status is a 1xx, which cannot be a final response.
    Informational(StatusCode),
}

/// `f`'s value, or `None` where it panics (a user's `Display`): the
/// response still goes out. With `panic = "abort"` nothing can be caught.
fn guarded<R>(f: impl FnOnce() -> R) -> Option<R> {
    std::panic::catch_unwind(core::panic::AssertUnwindSafe(f)).ok()
}

/// The problem's `instance` where it has one, else a new incident id; and
/// the log line of the incident.
fn incident<T: HttpStatus + Display>(
    problem: &Problem<T>,
    status: StatusCode,
    why: Incident,
) -> String {
    let (instance, id) = match problem.instance() {
        Some(given) => (String::from(given), None),
        None => {
            let id = IncidentId::new();
            (id.urn(), Some(id))
        }
    };
    #[cfg(feature = "tracing")]
    log::incident(problem.error(), status, why, &instance, id);
    #[cfg(not(feature = "tracing"))]
    let _ = (status, why, id);
    instance
}

/// One `error` event per incident: the status, the id, the error and its
/// `source()` chain. The error's text is rendered here, never inside the
/// subscriber, and logged `Debug`-escaped: a `Display` that fails or panics
/// cannot cut the line short, and a newline or an escape sequence in the
/// text (which may carry client input) cannot start a forged line or field.
#[cfg(feature = "tracing")]
mod log {
    use alloc::string::String;
    use core::fmt::{self, Display};

    use super::{Incident, guarded};
    use crate::http_status::HttpStatus;
    use crate::incident::IncidentId;
    use crate::status_code::StatusCode;

    /// How many sources are followed: a chain that loops (a `source()` that
    /// returns itself) ends here, as `anyhow`'s and `eyre`'s reports bound theirs.
    pub(super) const MAX_SOURCES: usize = 32;

    pub(super) fn incident<T: HttpStatus + Display>(
        error: &T,
        status: StatusCode,
        why: Incident,
        instance: &str,
        id: Option<IncidentId>,
    ) {
        let text = text(error);
        let sources = guarded(|| sources(error.as_error()))
            .unwrap_or_else(|| String::from("<a source() panicked>"));
        let message = match why {
            Incident::Withheld => alloc::format!("withheld a {status} from the client"),
            Incident::Display => {
                alloc::format!("answered {status} without its text: the error's Display failed")
            }
            Incident::Informational(own) => alloc::format!(
                "answered {status} for an error of status {own}: a 1xx cannot be a final response (RFC 9110 §15.2)"
            ),
        };
        match id {
            Some(id) => tracing::error!(
                status = status.as_u16(),
                id = %id,
                error = ?text,
                sources = ?sources,
                "{message}",
            ),
            None => tracing::error!(
                status = status.as_u16(),
                instance = ?instance,
                error = ?text,
                sources = ?sources,
                "{message}",
            ),
        }
    }

    /// `value`'s `Display`, or what went wrong with it.
    fn text(value: &(impl Display + ?Sized)) -> String {
        match guarded(|| {
            let mut text = String::new();
            fmt::write(&mut text, format_args!("{value}")).map(|()| text)
        }) {
            Some(Ok(text)) => text,
            Some(Err(fmt::Error)) => String::from("<its Display failed>"),
            None => String::from("<its Display panicked>"),
        }
    }

    /// The `source()` chain, `: `-separated, at most [`MAX_SOURCES`] long.
    pub(super) fn sources(error: Option<&dyn core::error::Error>) -> String {
        let mut sources = String::new();
        let mut next = error.and_then(core::error::Error::source);
        let mut depth = 0;
        while let Some(source) = next {
            if !sources.is_empty() {
                sources.push_str(": ");
            }
            if depth == MAX_SOURCES {
                sources.push('…');
                break;
            }
            sources.push_str(&text(source));
            next = source.source();
            depth += 1;
        }
        sources
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::ToString;
    use core::fmt;

    use super::*;

    /// An error that sends its own `Vary`.
    #[derive(Debug)]
    struct Varies;

    impl fmt::Display for Varies {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("no such note")
        }
    }

    impl HttpStatus for Varies {
        fn status(&self) -> StatusCode {
            StatusCode::NOT_FOUND
        }

        fn problem_parts(&self, parts: &mut dyn crate::parts::ProblemParts) {
            parts.header("vary", &"origin");
        }
    }

    /// Every field as a framework's map ends up with it: set, or added.
    fn written(fields: &[Field]) -> http::HeaderMap {
        let mut map = http::HeaderMap::new();
        write_fields!(map, fields, http::HeaderName, http::HeaderValue);
        map
    }

    #[test]
    fn a_negotiated_vary_is_added_to_the_error_s_own() {
        let (answer, _) = answer(&Problem::new(Varies), Some((Language::English, true)));
        let map = written(&answer.fields);
        let vary: alloc::vec::Vec<_> = map.get_all("vary").iter().collect();
        assert_eq!(vary, ["origin", "accept-language"]);
        assert_eq!(map["content-language"], "en");
    }

    #[test]
    fn an_old_response_s_vary_is_kept_beside_the_problem_s() {
        let mut old = http::HeaderMap::new();
        old.append("vary", http::HeaderValue::from_static("origin"));
        old.append("content-type", http::HeaderValue::from_static("text/plain"));
        let (answer, _) = answer(
            &Problem::new(StatusCode::FORBIDDEN),
            Some((Language::English, true)),
        );
        let mut map = written(&answer.fields);
        keep_fields!(map, &old);
        let vary: alloc::vec::Vec<_> = map.get_all("vary").iter().collect();
        assert_eq!(vary, ["accept-language", "origin"]);
        assert_eq!(map["content-type"], crate::problem::PROBLEM_CONTENT_TYPE);
    }

    /// An error whose `Display` fails, or panics.
    #[derive(Debug)]
    struct Broken {
        status: StatusCode,
        panics: bool,
    }

    impl fmt::Display for Broken {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("half a messa")?;
            if self.panics {
                panic!("a Display that panics");
            }
            Err(fmt::Error)
        }
    }

    impl HttpStatus for Broken {
        fn status(&self) -> StatusCode {
            self.status
        }
    }

    fn body_in(reply: &Reply, language: Language) -> serde_json::Value {
        let bodies = reply.bodies.as_ref().expect("a body");
        let (body, _) = bodies.choose(language, false);
        serde_json::from_str(&body.expect("a body")).expect("JSON")
    }

    fn body(reply: &Reply) -> serde_json::Value {
        body_in(reply, Language::English)
    }

    #[test]
    fn a_display_that_fails_or_panics_still_answers_a_problem_with_an_id() {
        for status in [StatusCode::BAD_REQUEST, StatusCode::SERVICE_UNAVAILABLE] {
            for panics in [false, true] {
                let problem = Problem::new(Broken { status, panics }).expose_detail();
                let reply = reply(&problem, &[Language::English]);
                assert_eq!(reply.status, status);
                let body = body(&reply);
                assert_eq!(body["status"], status.as_u16(), "{body}");
                assert!(body.get("detail").is_none(), "no half-written text: {body}");
                let instance = body["instance"].as_str().expect("an incident id");
                assert!(instance.starts_with("urn:uuid:"), "{body}");
            }
        }
    }

    #[test]
    fn a_1xx_is_never_a_final_response_it_is_a_500_incident() {
        for informational in StatusCode::ALL.iter().filter(|s| s.is_informational()) {
            let problem = Problem::new(*informational)
                .with_type("https://example.com/early")
                .with_extension("hint", "x");
            let reply = reply(&problem, Language::ALL);
            assert_eq!(reply.status, StatusCode::INTERNAL_SERVER_ERROR);
            for &language in Language::ALL {
                let body = body_in(&reply, language);
                assert_eq!(body["status"], 500);
                assert_eq!(
                    body["title"],
                    StatusCode::INTERNAL_SERVER_ERROR.reason_in(language)
                );
                assert!(body["instance"].as_str().unwrap().starts_with("urn:uuid:"));
                assert!(
                    body.get("type").is_none() && body.get("hint").is_none(),
                    "{body}"
                );
            }
            assert_eq!(
                final_status(*informational),
                StatusCode::INTERNAL_SERVER_ERROR
            );
        }
        for status in StatusCode::ALL.iter().filter(|s| !s.is_informational()) {
            assert_eq!(final_status(*status), *status);
        }
    }

    #[test]
    fn a_given_instance_is_kept_for_an_incident() {
        let problem = Problem::new(StatusCode::BAD_GATEWAY).with_instance("/incidents/7");
        assert_eq!(
            body(&reply(&problem, &[Language::English]))["instance"],
            "/incidents/7"
        );
        let problem = Problem::new(StatusCode::NOT_FOUND);
        assert_eq!(
            body(&reply(&problem, &[Language::English]))["detail"].to_string(),
            r#""404 Not Found""#
        );
    }

    /// An error that is its own source, or one of two that are each
    /// other's: the log's walk of the chain ends.
    #[cfg(feature = "tracing")]
    #[test]
    fn a_source_chain_that_loops_is_cut_at_its_bound() {
        #[derive(Debug)]
        struct Cycle(u8);

        impl fmt::Display for Cycle {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "link {}", self.0)
            }
        }

        static ODD: Cycle = Cycle(1);
        static EVEN: Cycle = Cycle(2);

        impl core::error::Error for Cycle {
            fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
                Some(if self.0 == 1 { &EVEN } else { &ODD })
            }
        }

        let chain = log::sources(Some(&ODD));
        assert_eq!(chain.matches("link").count(), log::MAX_SOURCES);
        assert!(chain.starts_with("link 2: link 1: "), "{chain}");
        assert!(chain.ends_with(": …"), "{chain}");
        assert_eq!(log::sources(Some(&std::io::Error::other("x"))), "");
    }
}
