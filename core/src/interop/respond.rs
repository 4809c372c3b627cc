//! What every framework integration sends for a problem, whatever the
//! framework: a 5xx whose text is withheld gets an incident id as its
//! `instance` (and, with the `tracing` feature, one log line with the same
//! id and the whole error); a status that allows no content gets no body;
//! a 401 gets its `WWW-Authenticate` challenge; the body is rendered once
//! per language the response may be sent in: every catalog language for a
//! framework whose middleware picks one later, one where it is known.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Display;

use crate::{HttpStatus, IncidentId, Language, Problem, StatusCode};

/// A problem response, before any framework types.
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    /// `WWW-Authenticate`, for a 401 that has a challenge.
    pub(crate) challenge: Option<&'static str>,
    /// The body in each language asked for; `None` where the status allows
    /// no content (RFC 9110 §6.4.1, §15.3.6).
    pub(crate) bodies: Option<Vec<(Language, String)>>,
    /// The language of the default body.
    #[cfg_attr(feature = "salvo1", allow(dead_code))] // see `Localized`
    pub(crate) language: Language,
}

impl Reply {
    /// The response's headers in `language`, lowercase names: the problem
    /// media type and `Content-Language` when there is a body, and the
    /// challenge. Each framework inserts them with its own header types.
    pub(crate) fn headers(&self, language: Language) -> impl Iterator<Item = (&'static str, &str)> {
        let body = self.bodies.is_some();
        let content = [
            ("content-type", crate::PROBLEM_CONTENT_TYPE),
            ("content-language", language.tag()),
        ];
        content
            .into_iter()
            .filter(move |_| body)
            .chain(self.challenge.map(|c| ("www-authenticate", c)))
    }

    /// The bodies in every language asked for, for the response's extensions.
    #[cfg_attr(feature = "salvo1", allow(dead_code))] // see `Localized`
    pub(crate) fn localized(&mut self) -> Option<Localized> {
        self.bodies.take().map(Localized)
    }

    /// The body in `language`.
    pub(crate) fn body(&self, language: Language) -> Option<&str> {
        let bodies = self.bodies.as_ref()?;
        bodies
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, body)| body.as_str())
    }
}

/// The reply for `problem`, with a body in each of `languages`. Call once
/// per response: it logs.
pub(crate) fn reply<T: HttpStatus + Display>(
    problem: &Problem<T>,
    languages: &[Language],
) -> Reply {
    // The error's text, decided once for the log and every language.
    let detail = problem.detail();
    let instance = instance(problem, detail.is_some());
    let status = problem.status();
    let challenge = match status {
        StatusCode::UNAUTHORIZED => problem.error().challenge(),
        _ => None,
    };
    let bodies = status.allows_content().then(|| {
        languages
            .iter()
            .map(|l| {
                (
                    *l,
                    problem.json_in(*l, detail.as_deref(), instance.as_deref()),
                )
            })
            .collect()
    });
    Reply {
        status,
        challenge,
        bodies,
        language: problem.language(),
    }
}

/// The problem's `instance`; a withheld 5xx without one gets an incident
/// id, and its log line.
fn instance<T: HttpStatus + Display>(problem: &Problem<T>, sends_detail: bool) -> Option<String> {
    let given = problem.instance().map(String::from);
    if !problem.status().is_server_error() || sends_detail {
        return given;
    }
    let (instance, id) = match given {
        Some(given) => (given, None),
        None => {
            let id = IncidentId::new();
            (id.urn(), Some(id))
        }
    };
    #[cfg(feature = "tracing")]
    log(problem, &instance, id);
    #[cfg(not(feature = "tracing"))]
    let _ = id;
    Some(instance)
}

/// One `error` event: the status, the id, the error and its `source()` chain.
#[cfg(feature = "tracing")]
fn log<T: HttpStatus + Display>(problem: &Problem<T>, instance: &str, id: Option<IncidentId>) {
    use alloc::string::ToString;

    let error = problem.error();
    let mut sources = String::new();
    let mut next = error.as_error().and_then(core::error::Error::source);
    while let Some(source) = next {
        if !sources.is_empty() {
            sources.push_str(": ");
        }
        sources.push_str(&source.to_string());
        next = source.source();
    }
    let status = problem.status();
    match id {
        Some(id) => tracing::error!(
            status = status.as_u16(),
            id = %id,
            error = %error,
            sources = %sources,
            "withheld a {status} from the client",
        ),
        None => tracing::error!(
            status = status.as_u16(),
            instance = %instance,
            error = %error,
            sources = %sources,
            "withheld a {status} from the client",
        ),
    }
}

/// The body in every catalog language, kept on a response (in its
/// extensions) for the framework's language middleware.
// salvo picks the language before rendering, so it keeps no bodies for
// middleware; in a build whose only framework is salvo, this goes unused.
#[cfg_attr(feature = "salvo1", allow(dead_code))]
#[derive(Clone)]
pub(crate) struct Localized(pub(crate) Vec<(Language, String)>);

#[cfg_attr(feature = "salvo1", allow(dead_code))] // see `Localized`
impl Localized {
    /// The body in `language`.
    pub(crate) fn into_body(self, language: Language) -> Option<String> {
        let (_, body) = self.0.into_iter().find(|(l, _)| *l == language)?;
        Some(body)
    }
}
