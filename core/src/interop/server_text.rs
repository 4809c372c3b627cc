//! A 5xx that a framework wrote as text rather than as a problem (its
//! default rendering of an app's `io::Error`, an error of its own whose
//! text names a type, an app's `(StatusCode, String)`): under
//! [`Problems`](super::caught::Problems) it becomes a withheld problem with
//! an incident id, and its text goes to the log alone, read with a bound.
//! A 5xx is the server's failure, so no text of it is written for clients.

use alloc::string::String;
use core::fmt::{self, Display};

use super::caught::Answered;
use crate::problem::Problem;

/// How many bytes of a body are read for the log.
pub(crate) const MAX_LOGGED_BODY: usize = 4096;

/// Whether a framework's plain error response with a body is withheld: a
/// 5xx is, whatever its body; a 4xx with a body of the app's own is the
/// app's answer, left as it is.
pub(crate) fn withholds(status: u16) -> bool {
    (500..600).contains(&status)
}

/// The withheld problem for a 5xx that said `text`: the log has `text` with
/// the incident id, the client only the status, title and id.
pub(crate) fn withheld(status: u16, text: String) -> Problem<Answered> {
    Problem::new(Answered::new(status, (!text.is_empty()).then_some(text)))
}

/// A body's first bytes as text for the log: lossy UTF-8, marked where
/// it was cut or could not be read.
pub(crate) fn of_body<E>(read: Result<&[u8], E>) -> String {
    match read {
        Ok(bytes) if bytes.len() > MAX_LOGGED_BODY => {
            let mut text = String::from_utf8_lossy(&bytes[..MAX_LOGGED_BODY]).into_owned();
            text.push_str(" …");
            text
        }
        Ok(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        Err(_) => alloc::format!("<a body that could not be read within {MAX_LOGGED_BODY} bytes>"),
    }
}

/// `value`'s `Display`, or what went wrong with it: a framework's error
/// written by the app may fail or panic, and the response still goes out.
/// (Unused where the one framework turned on has no error value of its own
/// to read, only a body.)
#[allow(dead_code)]
pub(crate) fn of_display(value: &dyn Display) -> String {
    let written = std::panic::catch_unwind(core::panic::AssertUnwindSafe(|| {
        let mut text = String::new();
        fmt::write(&mut text, format_args!("{value}")).map(|()| text)
    }));
    match written {
        Ok(Ok(text)) => text,
        Ok(Err(fmt::Error)) => String::from("<its Display failed>"),
        Err(_) => String::from("<its Display panicked>"),
    }
}

#[cfg(test)]
mod tests {
    use alloc::string::ToString;

    use super::*;
    use crate::http_status::HttpStatus;

    #[test]
    fn a_5xx_s_text_is_for_the_log_only() {
        let problem = withheld(500, String::from("open /srv/db: permission denied"));
        assert!(!problem.error().exposes_detail());
        assert_eq!(problem.detail(), None);
        assert_eq!(
            problem.error().to_string(),
            "open /srv/db: permission denied"
        );
        assert!(withholds(503) && !withholds(404));
    }

    #[test]
    fn a_body_is_read_with_a_bound() {
        let long = [b'x'; MAX_LOGGED_BODY + 10];
        let text = of_body::<()>(Ok(&long));
        assert_eq!(text.len(), MAX_LOGGED_BODY + " …".len());
        assert_eq!(of_body::<()>(Ok(b"plain")), "plain");
        assert!(of_body(Err(())).starts_with("<a body"));
    }

    #[test]
    fn a_display_that_panics_is_named() {
        struct Boom;
        impl Display for Boom {
            fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
                panic!("boom")
            }
        }
        assert_eq!(of_display(&Boom), "<its Display panicked>");
    }
}
