//! What every framework integration sends for a problem, whatever the
//! framework: a 5xx whose text is withheld gets an incident id as its
//! `instance` (and, with the `tracing` feature, one log line with the same
//! id and the whole error); a status that allows no content gets no body;
//! a 401 gets its `WWW-Authenticate` challenge; the body is rendered once
//! per catalog language, so that the negotiated one can be sent.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Display;

use crate::{HttpStatus, IncidentId, Language, Problem, StatusCode};

/// A problem response, before any framework types.
pub(crate) struct Reply {
    pub(crate) status: StatusCode,
    /// `WWW-Authenticate`, for a 401 that has a challenge.
    pub(crate) challenge: Option<&'static str>,
    /// The body in each language of [`Language::ALL`], in that order; `None`
    /// where the status allows no content (RFC 9110 §6.4.1, §15.3.6).
    pub(crate) bodies: Option<Vec<String>>,
    /// The language of the default body.
    pub(crate) language: Language,
}

impl Reply {
    /// The body in `language`.
    pub(crate) fn body(&self, language: Language) -> Option<&str> {
        self.bodies
            .as_ref()?
            .get(language.index())
            .map(String::as_str)
    }
}

/// The reply for `problem`. Call once per response: it logs.
pub(crate) fn reply<T: HttpStatus + Display>(problem: Problem<T>) -> Reply {
    // The error's text, decided once for the log and every language.
    let detail = problem.detail();
    let problem = prepare(problem, detail.is_some());
    let status = problem.status();
    let challenge = match status {
        StatusCode::UNAUTHORIZED => problem.error().challenge(),
        _ => None,
    };
    let bodies = status.allows_content().then(|| {
        Language::ALL
            .iter()
            .map(|l| problem.json_in(*l, detail.as_deref()))
            .collect()
    });
    Reply {
        status,
        challenge,
        bodies,
        language: problem.language(),
    }
}

/// A withheld 5xx gets its incident id, and its log line.
fn prepare<T: HttpStatus + Display>(problem: Problem<T>, sends_detail: bool) -> Problem<T> {
    let status = problem.status();
    if !status.is_server_error() || sends_detail {
        return problem;
    }
    let (problem, id) = match problem.instance() {
        Some(_) => (problem, None),
        None => {
            let id = IncidentId::new();
            (problem.with_instance(id.urn()), Some(id))
        }
    };
    #[cfg(feature = "tracing")]
    log(&problem, id);
    #[cfg(not(feature = "tracing"))]
    let _ = id;
    problem
}

/// One `error` event: the status, the id, the error and its `source()` chain.
#[cfg(feature = "tracing")]
fn log<T: HttpStatus + Display>(problem: &Problem<T>, id: Option<IncidentId>) {
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
            instance = %problem.instance().unwrap_or_default(),
            error = %error,
            sources = %sources,
            "withheld a {status} from the client",
        ),
    }
}
