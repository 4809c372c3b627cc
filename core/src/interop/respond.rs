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
    challenge: Option<Cow<'static, str>>,
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
    // The error's text, decided once for the log and every language; a
    // `Display` that panics is not called again (its panic would be
    // written again), and its panic's id is the incident's.
    let (detail, incident, mut panic) = if status != own {
        (None, Some(Incident::Informational(own)), None)
    } else {
        match guarded(|| problem.try_detail()) {
            // A 5xx is a failure whether or not its text is sent: it has an
            // id and a log line all the same; `expose` decides only what
            // the client reads.
            Ok(Ok(Some(detail))) if status.is_server_error() => {
                (Some(detail), Some(Incident::Exposed), None)
            }
            Ok(Ok(Some(detail))) => (Some(detail), None, None),
            Ok(Ok(None)) if status.is_server_error() => (None, Some(Incident::Withheld), None),
            Ok(Ok(None)) => (None, None, None),
            // A `Display` that failed or panicked: a bug on the server.
            Ok(Err(_)) => (None, Some(Incident::Display { panicked: false }), None),
            Err(id) => (None, Some(Incident::Display { panicked: true }), id),
        }
    };
    // The error's members and headers, once for every language; a panic
    // there costs them, never the response. A caught panic's error says
    // here which panic it is.
    let _ = crate::panic::take_answering();
    let mut parts = match guarded(|| Collected::of(problem.error())) {
        Ok(parts) => parts,
        Err(_id) => {
            #[cfg(feature = "tracing")]
            if let Some(id) = _id {
                tracing::warn!(status = status.as_u16(), panic = %id, "the error's problem_parts panicked: its members and headers are not sent");
            } else {
                tracing::warn!(
                    status = status.as_u16(),
                    "the error's problem_parts panicked: its members and headers are not sent"
                );
            }
            Collected::default()
        }
    };
    panic = panic.or_else(crate::panic::take_answering);
    let instance = match incident {
        Some(incident) => Some(self::incident(problem, status, incident, panic)),
        None => problem.instance().map(String::from),
    };
    // A client error is logged only where the app asked for it; a 5xx
    // has its incident line above, and nothing more.
    #[cfg(feature = "tracing")]
    if incident.is_none() && status.is_client_error() {
        if let Some(level) = crate::interop::client_errors::level() {
            log::client_error(problem.error(), status, problem.instance(), level);
        }
    }
    // A challenge is a field value like any other; the frameworks' maps
    // would drop an invalid one without a word, leaving a 401 without it.
    let asked = match status {
        StatusCode::UNAUTHORIZED => guarded(|| problem.error().challenge()).ok().flatten(),
        _ => None,
    };
    // This response's own challenge (a `#[www_authenticate]` field, checked
    // like any header value), else the item's literal one.
    let per_response = match status {
        StatusCode::UNAUTHORIZED => parts.challenge.take(),
        _ => None,
    };
    // A 401 with no challenge at all: the derive refuses one under a
    // framework word, but a transparent item's field, or a hand-written
    // impl, decides only at run time. Still a 401 (a client signs in again
    // on it), and the log says what the item lacks.
    #[cfg(feature = "tracing")]
    if status == StatusCode::UNAUTHORIZED && asked.is_none() && per_response.is_none() {
        tracing::warn!(
            status = 401,
            "answered 401 without a WWW-Authenticate challenge, which RFC 9110 §15.5.2 requires: name one with `#[status(401, www_authenticate = \"…\")]` or `HttpStatus::challenge`, or answer 400, 403 or 404"
        );
    }
    let challenge = match per_response {
        Some(challenge) => Some(Cow::Owned(challenge)),
        None => asked
            .and_then(|challenge| parts.challenge(challenge))
            .map(Cow::Borrowed),
    };
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
    /// A 5xx whose text, marked for clients, was sent.
    Exposed,
    /// The error's `Display` failed or panicked.
    Display { panicked: bool },
    /// The error's status is a 1xx, which cannot be a final response.
    Informational(StatusCode),
}

/// `f`'s value, or, where it panics (a user's `Display`), the id that
/// [`panic_hook`](crate::panic_hook) gave the panic: the response still
/// goes out. With `panic = "abort"` nothing can be caught.
fn guarded<R>(f: impl FnOnce() -> R) -> Result<R, Option<IncidentId>> {
    // An id left from a panic that another catch took is not this one's.
    let _ = crate::panic::take_panic_id();
    std::panic::catch_unwind(core::panic::AssertUnwindSafe(f))
        .map_err(|_| crate::panic::take_panic_id())
}

/// The problem's `instance` where it has one, else the id of the `panic`
/// behind it, else a new incident id; and the log line of the incident.
fn incident<T: HttpStatus + Display>(
    problem: &Problem<T>,
    status: StatusCode,
    why: Incident,
    panic: Option<IncidentId>,
) -> String {
    let given = problem.instance();
    let (instance, id) = match given {
        Some(given) => (String::from(given), panic),
        None => {
            let id = panic.unwrap_or_else(IncidentId::new);
            (id.urn(), Some(id))
        }
    };
    #[cfg(feature = "tracing")]
    log::incident(problem.error(), status, why, given, id);
    #[cfg(not(feature = "tracing"))]
    let _ = (status, why, id);
    instance
}

/// One `error` event per incident: the status, the id, the error and its
/// `source()` chain. The error's text is rendered here, never inside the
/// subscriber, and logged `Debug`-escaped: a `Display` that fails or panics
/// cannot cut the line short, and a newline or an escape sequence in the
/// text (which may carry client input) cannot start a forged line or field.
/// The text and the chain are each cut at [`MAX_LOG_TEXT`](log::MAX_LOG_TEXT)
/// bytes: an error that echoes a 20 MB input makes one line of bounded size.
#[cfg(feature = "tracing")]
mod log {
    use alloc::string::String;
    use core::fmt::{self, Display, Write};

    use super::{Incident, guarded};
    use crate::http_status::HttpStatus;
    use crate::incident::IncidentId;
    use crate::status_code::StatusCode;

    /// How many sources are followed: a chain that loops (a `source()` that
    /// returns itself) ends here, as `anyhow`'s and `eyre`'s reports bound theirs.
    pub(super) const MAX_SOURCES: usize = 32;

    /// The most bytes of the error's text, and of its chain, in one line.
    pub(super) const MAX_LOG_TEXT: usize = 4096;

    /// `given` is the problem's own `instance`; `id` is the incident id,
    /// new or the panic's.
    pub(super) fn incident<T: HttpStatus + Display>(
        error: &T,
        status: StatusCode,
        why: Incident,
        given: Option<&str>,
        id: Option<IncidentId>,
    ) {
        // A `Display` that already failed or panicked is not called again.
        let text = match why {
            Incident::Display { panicked: true } => String::from("<its Display panicked>"),
            Incident::Display { panicked: false } => String::from("<its Display failed>"),
            _ => text(error),
        };
        let sources = guarded(|| sources(error.as_error()))
            .unwrap_or_else(|_| String::from("<a source() panicked>"));
        let message = match why {
            Incident::Withheld => alloc::format!("withheld a {status} from the client"),
            Incident::Exposed => {
                alloc::format!("answered {status} with its text, marked for clients")
            }
            Incident::Display { .. } => {
                alloc::format!("answered {status} without its text: the error's Display failed")
            }
            Incident::Informational(own) => alloc::format!(
                "answered {status} for an error of status {own}: a 1xx cannot be a final response (RFC 9110 §15.2)"
            ),
        };
        match (given, id) {
            (None, Some(id)) => tracing::error!(
                status = status.as_u16(),
                id = %id,
                error = ?text,
                sources = ?sources,
                "{message}",
            ),
            (Some(instance), Some(id)) => tracing::error!(
                status = status.as_u16(),
                instance = ?instance,
                id = %id,
                error = ?text,
                sources = ?sources,
                "{message}",
            ),
            (instance, None) => tracing::error!(
                status = status.as_u16(),
                instance = ?instance.unwrap_or_default(),
                error = ?text,
                sources = ?sources,
                "{message}",
            ),
        }
    }

    /// A 4xx's line, where the app asked for one
    /// ([`log_client_errors`](crate::log_client_errors)): the status, the
    /// error and its chain, rendered and escaped as an incident's are.
    pub(super) fn client_error<T: HttpStatus + Display>(
        error: &T,
        status: StatusCode,
        instance: Option<&str>,
        level: tracing::Level,
    ) {
        // The level is the app's, chosen at run time; `event!` wants a
        // constant, so each level is its own call site.
        macro_rules! at {
            ($($level:ident),*) => {
                match level {
                    $(l if l == tracing::Level::$level => {
                        if !tracing::enabled!(tracing::Level::$level) {
                            return;
                        }
                        let text = text(error);
                        let sources = guarded(|| sources(error.as_error()))
                            .unwrap_or_else(|_| String::from("<a source() panicked>"));
                        tracing::event!(
                            tracing::Level::$level,
                            status = status.as_u16(),
                            instance = ?instance.unwrap_or_default(),
                            error = ?text,
                            sources = ?sources,
                            "answered {status} to the client",
                        );
                    })*
                    _ => {}
                }
            };
        }
        at!(ERROR, WARN, INFO, DEBUG, TRACE);
    }

    /// `value`'s `Display`, cut at [`MAX_LOG_TEXT`] bytes, or what went
    /// wrong with it.
    pub(super) fn text(value: &(impl Display + ?Sized)) -> String {
        let mut capped = Capped::default();
        match guarded(|| fmt::write(&mut capped, format_args!("{value}"))) {
            Ok(Ok(())) => capped.finish(),
            Ok(Err(fmt::Error)) => String::from("<its Display failed>"),
            Err(_) => String::from("<its Display panicked>"),
        }
    }

    /// Text kept up to [`MAX_LOG_TEXT`] bytes, at a character boundary,
    /// and the bytes past it counted, not kept.
    #[derive(Default)]
    struct Capped {
        text: String,
        more: usize,
    }

    impl Write for Capped {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            if self.more > 0 {
                // Once cut, nothing more is kept, or the text would skip.
                self.more += s.len();
                return Ok(());
            }
            let mut end = s.len().min(MAX_LOG_TEXT - self.text.len());
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            self.text.push_str(&s[..end]);
            self.more += s.len() - end;
            Ok(())
        }
    }

    impl Capped {
        /// The text, with how much was cut.
        fn finish(mut self) -> String {
            if self.more > 0 {
                let _ = write!(self.text, "… ({} bytes more)", self.more);
            }
            self.text
        }
    }

    /// The `source()` chain, `: `-separated, at most [`MAX_SOURCES`] long
    /// and [`MAX_LOG_TEXT`] bytes.
    pub(super) fn sources(error: Option<&dyn core::error::Error>) -> String {
        let mut sources = Capped::default();
        let mut next = error.and_then(core::error::Error::source);
        let mut depth = 0;
        while let Some(source) = next {
            if depth > 0 {
                let _ = sources.write_str(": ");
            }
            if depth == MAX_SOURCES {
                let _ = sources.write_str("…");
                break;
            }
            let _ = sources.write_str(&text(source));
            next = source.source();
            depth += 1;
        }
        sources.finish()
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

    /// Every event logged on this thread while `f` runs, as `message
    /// field=value …`, each value as the macro recorded it.
    ///
    /// One subscriber for the whole test process, installed once, which
    /// keeps the events of the threads that are capturing: a scoped
    /// subscriber per test would race the other tests' threads for the
    /// callsites' cached interest, and lose events now and then.
    #[cfg(feature = "tracing")]
    pub(crate) fn logged(f: impl FnOnce()) -> alloc::vec::Vec<String> {
        use core::cell::RefCell;
        use tracing::field::{Field, Visit};

        std::thread_local! {
            static CAPTURED: RefCell<Option<alloc::vec::Vec<String>>> = const { RefCell::new(None) };
        }

        struct Capture;

        struct Line(String);

        impl Visit for Line {
            fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
                let _ = match field.name() {
                    "message" => fmt::write(&mut self.0, format_args!("{value:?}")),
                    name => fmt::write(&mut self.0, format_args!(" {name}={value:?}")),
                };
            }

            fn record_str(&mut self, field: &Field, value: &str) {
                // As `?value` records it: quoted and escaped.
                self.record_debug(field, &value);
            }
        }

        impl tracing::Subscriber for Capture {
            fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
                true
            }
            fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
                tracing::span::Id::from_u64(1)
            }
            fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
            fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
            fn event(&self, event: &tracing::Event<'_>) {
                let mut line = Line(alloc::format!("{} ", event.metadata().level()));
                event.record(&mut line);
                CAPTURED.with(|captured| {
                    if let Some(lines) = captured.borrow_mut().as_mut() {
                        lines.push(line.0);
                    }
                });
            }
            fn enter(&self, _: &tracing::span::Id) {}
            fn exit(&self, _: &tracing::span::Id) {}
        }

        static INSTALLED: std::sync::Once = std::sync::Once::new();
        INSTALLED.call_once(|| {
            let _ = tracing::subscriber::set_global_default(Capture);
        });
        CAPTURED.with(|captured| *captured.borrow_mut() = Some(alloc::vec::Vec::new()));
        f();
        CAPTURED.with(|captured| captured.borrow_mut().take().unwrap_or_default())
    }

    /// A 401 whose hand-written challenge is `.0`.
    struct Challenges(&'static str);

    impl fmt::Display for Challenges {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("who are you?")
        }
    }

    impl HttpStatus for Challenges {
        fn status(&self) -> StatusCode {
            StatusCode::UNAUTHORIZED
        }

        fn challenge(&self) -> Option<&'static str> {
            Some(self.0)
        }
    }

    /// A 401 whose challenge is its field's, which has none: through
    /// `transparent`, as the derive writes it.
    struct Transparent(StatusCode);

    impl fmt::Display for Transparent {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("sign in")
        }
    }

    impl HttpStatus for Transparent {
        fn status(&self) -> StatusCode {
            self.0.status()
        }

        fn challenge(&self) -> Option<&'static str> {
            self.0.challenge()
        }
    }

    /// A 401 whose challenge is written per response (a `#[www_authenticate]`
    /// field), beside its literal one.
    struct PerResponse(&'static str);

    impl fmt::Display for PerResponse {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("the token expired")
        }
    }

    impl HttpStatus for PerResponse {
        fn status(&self) -> StatusCode {
            StatusCode::UNAUTHORIZED
        }

        fn challenge(&self) -> Option<&'static str> {
            Some("Bearer")
        }

        fn problem_parts(&self, parts: &mut dyn crate::parts::ProblemParts) {
            parts.header("www-authenticate", &self.0);
        }
    }

    #[test]
    fn a_per_response_challenge_is_sent_and_an_invalid_one_falls_back() {
        let language = Some((Language::English, false));
        let oauth = r#"Bearer realm="api", error="invalid_token""#;
        let (sent, _) = answer(&Problem::new(PerResponse(oauth)), language);
        let map = written(&sent.fields);
        let values: alloc::vec::Vec<_> = map.get_all("www-authenticate").iter().collect();
        assert_eq!(values, [oauth], "one challenge, this response's");
        let (sent, _) = answer(
            &Problem::new(PerResponse("Bearer\r\nSet-Cookie: a=b")),
            language,
        );
        assert_eq!(written(&sent.fields)["www-authenticate"], "Bearer");
        assert!(written(&sent.fields).get("set-cookie").is_none());
        #[cfg(feature = "tracing")]
        {
            let lines = logged(|| {
                drop(reply(
                    &Problem::new(PerResponse("Bearer\r\nx")),
                    &[Language::English],
                ))
            });
            assert_eq!(lines.len(), 1, "{lines:?}");
            assert!(
                lines[0].contains("header=\"www-authenticate\""),
                "{lines:?}"
            );
        }
        // Not a 401: no challenge goes out.
        struct Forbidden;
        impl fmt::Display for Forbidden {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("no")
            }
        }
        impl HttpStatus for Forbidden {
            fn status(&self) -> StatusCode {
                StatusCode::FORBIDDEN
            }
            fn problem_parts(&self, parts: &mut dyn crate::parts::ProblemParts) {
                parts.header("www-authenticate", &"Bearer");
            }
        }
        let (sent, _) = answer(&Problem::new(Forbidden), language);
        assert!(written(&sent.fields).get("www-authenticate").is_none());
    }

    /// The line `log_client_errors` asks for: at the app's level, with the
    /// error's text escaped, so a client's input cannot forge a line. (The
    /// setting itself is process-wide, and other tests here count lines:
    /// the members check it over TCP.)
    #[cfg(feature = "tracing")]
    #[test]
    fn a_client_error_s_line_is_at_the_app_s_level_and_escaped() {
        struct Echo;
        impl fmt::Display for Echo {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("no user \"eve\"\nERROR forged line")
            }
        }
        impl HttpStatus for Echo {
            fn status(&self) -> StatusCode {
                StatusCode::BAD_REQUEST
            }
        }
        for (level, name) in [
            (tracing::Level::INFO, "INFO"),
            (tracing::Level::DEBUG, "DEBUG"),
        ] {
            let lines = logged(|| log::client_error(&Echo, StatusCode::BAD_REQUEST, None, level));
            assert_eq!(lines.len(), 1, "{lines:?}");
            assert!(
                lines[0].starts_with(&alloc::format!(
                    "{name} answered 400 Bad Request to the client"
                )),
                "{lines:?}"
            );
            assert!(
                lines[0].contains(r#" error="no user \"eve\"\nERROR forged line""#),
                "{lines:?}"
            );
        }
    }

    #[cfg(feature = "tracing")]
    #[test]
    fn a_401_without_a_challenge_is_logged() {
        let problem = Problem::new(Transparent(StatusCode::UNAUTHORIZED));
        let lines = logged(|| drop(reply(&problem, &[Language::English])));
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(
            lines[0].starts_with("WARN answered 401 without a WWW-Authenticate challenge"),
            "{lines:?}"
        );
        // With one, nothing is logged.
        let lines = logged(|| {
            drop(reply(
                &Problem::new(Challenges("Bearer")),
                &[Language::English],
            ))
        });
        assert_eq!(lines, alloc::vec::Vec::<String>::new());
    }

    #[test]
    fn an_invalid_challenge_is_not_sent_and_is_logged() {
        let language = Some((Language::English, false));
        let (sent, _) = answer(&Problem::new(Challenges("Bearer realm=\"api\"")), language);
        assert_eq!(
            written(&sent.fields)["www-authenticate"],
            "Bearer realm=\"api\""
        );
        for bad in [
            "Bearer\r\nSet-Cookie: a=b",
            "Bearer\0",
            "Bearer r\u{e9}alm",
            " Bearer",
        ] {
            let problem = Problem::new(Challenges(bad));
            assert_eq!(
                reply(&problem, &[Language::English]).challenge,
                None,
                "{bad:?}"
            );
            let (sent, _) = answer(&problem, language);
            assert!(sent.fields.iter().all(|f| f.name != "www-authenticate"));
            #[cfg(feature = "tracing")]
            {
                let lines = logged(|| drop(reply(&problem, &[Language::English])));
                assert_eq!(lines.len(), 1, "{lines:?}");
                assert!(
                    lines[0].starts_with("WARN dropped a header of the error's: its value is not"),
                    "{lines:?}"
                );
                assert!(lines[0].contains(" status=401"), "{lines:?}");
                assert!(
                    lines[0].contains(" header=\"www-authenticate\""),
                    "{lines:?}"
                );
            }
        }
    }

    /// An error that counts its `Display`'s calls, and panics in it,
    /// as the hook would have seen it (with `id`).
    struct Counted {
        calls: core::cell::Cell<u32>,
        id: Option<IncidentId>,
    }

    impl fmt::Display for Counted {
        fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.calls.set(self.calls.get() + 1);
            if let Some(id) = self.id {
                crate::panic::remember(id);
            }
            panic!("a Display that panics")
        }
    }

    impl HttpStatus for Counted {
        fn status(&self) -> StatusCode {
            StatusCode::BAD_REQUEST
        }
    }

    #[test]
    fn a_panicking_display_is_called_once_per_reply() {
        let problem = Problem::new(Counted {
            calls: core::cell::Cell::new(0),
            id: None,
        });
        let reply = reply(&problem, Language::ALL);
        assert_eq!(problem.error().calls.get(), 1);
        assert!(body(&reply).get("detail").is_none());
    }

    #[test]
    fn a_panic_s_id_from_the_hook_is_the_incident_s() {
        let id = IncidentId::new();
        let problem = Problem::new(Counted {
            calls: core::cell::Cell::new(0),
            id: Some(id),
        });
        let reply = || self::reply(&problem, &[Language::English]);
        assert_eq!(body(&reply())["instance"], id.urn());
        #[cfg(feature = "tracing")]
        {
            let lines = logged(|| drop(reply()));
            assert_eq!(lines.len(), 1, "{lines:?}");
            assert!(lines[0].contains(&alloc::format!(" id={id}")), "{lines:?}");
            assert!(
                lines[0].contains(" error=\"<its Display panicked>\""),
                "{lines:?}"
            );
        }
        // Without the hook, an id of its own.
        let problem = Problem::new(Counted {
            calls: core::cell::Cell::new(0),
            id: None,
        });
        let instance = body(&self::reply(&problem, &[Language::English]))["instance"].clone();
        assert_ne!(instance, id.urn());
        assert!(instance.as_str().unwrap().starts_with("urn:uuid:"));
    }

    #[test]
    fn a_caught_handler_panic_answers_with_its_hook_id() {
        use core::future::Future;
        use core::task::{Context, Poll, Waker};

        let id = IncidentId::new();
        let mut cx = Context::from_waker(Waker::noop());
        let mut boom = super::super::caught::CatchUnwind::new(async move {
            crate::panic::remember(id);
            panic!("boom")
        });
        let Poll::Ready(Err(panicked)) = core::pin::Pin::new(&mut boom).poll(&mut cx) else {
            panic!("the panic is caught");
        };
        let reply = reply(&Problem::new(panicked), &[Language::English]);
        assert_eq!(body(&reply)["status"], 500);
        assert_eq!(body(&reply)["instance"], id.urn());
    }

    #[cfg(feature = "tracing")]
    #[test]
    fn the_log_line_is_bounded() {
        struct Huge(&'static str, usize);

        impl fmt::Display for Huge {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                for _ in 0..self.1 {
                    f.write_str(self.0)?;
                }
                Ok(())
            }
        }

        let max = log::MAX_LOG_TEXT;
        let text = log::text(&Huge("0123456789", 2_000_000));
        let more = 20_000_000 - max;
        assert_eq!(
            text,
            alloc::format!("{}… ({more} bytes more)", &"0123456789".repeat(410)[..max])
        );
        // Cut at a character boundary: `é` is two bytes, 4096 is even, `€` three.
        let text = log::text(&Huge("€", 2000));
        assert!(text.starts_with(&"€".repeat(max / 3)), "{text}");
        assert!(text.ends_with(&alloc::format!("… ({} bytes more)", 6000 - max / 3 * 3)));
        assert_eq!(
            log::text(&Huge("ab", 10)),
            "ab".repeat(10),
            "short text is whole"
        );

        /// Its own source, with a long text: a chain of 32 of them.
        #[derive(Debug)]
        struct Loud;

        impl fmt::Display for Loud {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&"x".repeat(1000))
            }
        }

        static LOUD: Loud = Loud;

        impl core::error::Error for Loud {
            fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
                Some(&LOUD)
            }
        }

        // 32 texts, 32 separators and the `…` of the bound: 32 067 bytes.
        let chain = log::sources(Some(&LOUD));
        let kept = alloc::format!("{}: ", "x".repeat(1000)).repeat(5)[..max].to_string();
        assert_eq!(
            chain,
            alloc::format!("{kept}… ({} bytes more)", 32_067 - max)
        );
    }
}
