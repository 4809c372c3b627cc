//! What every framework integration does before it sends a problem: a 5xx
//! whose text is withheld gets an incident id as its `instance`, and, with
//! the `tracing` feature, one log line with the same id and the whole error.

use core::fmt::Display;

use crate::{HttpStatus, IncidentId, Problem};

/// The problem to send. Call once per response.
pub(crate) fn prepare<T: HttpStatus + Display>(problem: Problem<T>) -> Problem<T> {
    let status = problem.status();
    if !status.is_server_error() || problem.detail().is_some() {
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
    use alloc::string::{String, ToString};

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
    let instance = problem.instance().unwrap_or_default();
    match id {
        Some(id) => tracing::error!(
            status = problem.status().as_u16(),
            id = %id,
            error = %error,
            sources = %sources,
            "withheld a {} from the client",
            problem.status()
        ),
        None => tracing::error!(
            status = problem.status().as_u16(),
            instance = %instance,
            error = %error,
            sources = %sources,
            "withheld a {} from the client",
            problem.status()
        ),
    }
}
