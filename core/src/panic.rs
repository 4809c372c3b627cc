//! A panic hook that writes one line per panic, its message escaped, with
//! an incident id; the crate's own catches hand that id to the 500 they
//! answer, so the client's `instance` leads to the panic's line.

use alloc::string::{String, ToString};
use core::any::Any;
use core::cell::Cell;
use std::panic::PanicHookInfo;

use crate::incident::IncidentId;

std::thread_local! {
    /// The id the hook gave this thread's latest panic, until a catch takes it.
    static PANIC: Cell<Option<IncidentId>> = const { Cell::new(None) };
    /// The id of a caught panic whose 500 is being answered on this thread:
    /// set while the reply collects the error's parts, taken right after.
    #[cfg(feature = "framework")]
    static ANSWERING: Cell<Option<IncidentId>> = const { Cell::new(None) };
}

/// A panic hook for servers: one line per panic, at `error` level through
/// `tracing` where a subscriber takes it (feature `tracing`), on standard
/// error otherwise, with the message `Debug`-escaped, its location, and a
/// new [`IncidentId`].
///
/// Install it once, at the start of `main`:
///
/// ```no_run
/// # use http_status_core as http_status;
/// std::panic::set_hook(Box::new(http_status::panic_hook()));
/// ```
///
/// Why: a handler's panic becomes a 500 problem with an incident id as its
/// `instance` (the integrations' `Problems` layer), but the panic's message
/// is written before that, by the panic hook. The standard library's hook
/// writes it as it is, so a message that carries request data (a newline,
/// an escape sequence) can forge log lines or drive a terminal, and its
/// line names no id. This hook escapes it and gives it an id, which the
/// crate's catches then use as the 500's `instance` and name in its
/// incident line: the client's id leads to the message. Without it, the
/// 500 gets an id of its own and the message stays where the standard hook
/// put it. Unlike the standard hook, it writes no backtrace.
///
/// 面向服务器的 panic 钩子：每个 panic 一行日志（消息已转义），并附带事件编号。
pub fn panic_hook() -> impl Fn(&PanicHookInfo<'_>) + Send + Sync + 'static {
    |info: &PanicHookInfo<'_>| {
        let id = IncidentId::new();
        // `try_with`: a panic while the thread's locals are torn down
        // still gets its line; a panic in a hook would abort.
        let _ = PANIC.try_with(|last| last.set(Some(id)));
        let message = payload_text(info.payload());
        let location = info.location().map_or_else(
            || String::from("an unknown place"),
            |at| alloc::format!("{}:{}:{}", at.file().escape_debug(), at.line(), at.column()),
        );
        report(id, &message, &location);
    }
}

/// The panic's line: through `tracing` where a subscriber wants it.
fn report(id: IncidentId, message: &str, location: &str) {
    #[cfg(feature = "tracing")]
    if tracing::enabled!(tracing::Level::ERROR) {
        tracing::error!(incident = %id, location = %location, panic = ?message, "a thread panicked");
        return;
    }
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "{}", line(id, message, location));
}

/// `panicked at src/x.rs:3:5: "the message" (incident 7f3c…)`: the
/// message quoted and escaped, so it is one line whatever it holds.
pub(crate) fn line(id: IncidentId, message: &str, location: &str) -> String {
    alloc::format!("panicked at {location}: {message:?} (incident {id})")
}

/// A panic's message, when it is text (as `panic!` makes it).
pub(crate) fn payload_text(payload: &(dyn Any + Send)) -> String {
    match (
        payload.downcast_ref::<&str>(),
        payload.downcast_ref::<String>(),
    ) {
        (Some(text), _) => (*text).to_string(),
        (None, Some(text)) => text.clone(),
        (None, None) => String::from("a panic whose payload is not text"),
    }
}

/// The incident id that [`panic_hook`] gave the latest panic on this
/// thread, taken (a second call answers `None`). Call it right after
/// catching a panic with `catch_unwind`, to answer or log it with the id
/// its line has; the integrations do. `None` where the hook is not
/// installed.
///
/// 取出 panic 钩子为本线程最近一次 panic 分配的事件编号。
///
/// ```
/// # use http_status_core as http_status;
/// std::panic::set_hook(Box::new(http_status::panic_hook()));
/// let caught = std::panic::catch_unwind(|| panic!("boom"));
/// let _ = std::panic::take_hook();
/// assert!(caught.is_err());
/// let id = http_status::take_panic_id().expect("the hook gave it an id");
/// assert_eq!(id.to_string().len(), 36);
/// assert_eq!(http_status::take_panic_id(), None);
/// ```
pub fn take_panic_id() -> Option<IncidentId> {
    PANIC.try_with(Cell::take).ok().flatten()
}

/// Marks `id` as the panic whose 500 this thread is answering.
#[cfg(feature = "framework")]
pub(crate) fn answering(id: IncidentId) {
    let _ = ANSWERING.try_with(|cell| cell.set(Some(id)));
}

/// The id [`answering`] marked, taken.
#[cfg(feature = "framework")]
pub(crate) fn take_answering() -> Option<IncidentId> {
    ANSWERING.try_with(Cell::take).ok().flatten()
}

/// As the hook does, for tests that must not install it (it is global).
#[cfg(all(test, feature = "framework"))]
pub(crate) fn remember(id: IncidentId) {
    PANIC.with(|last| last.set(Some(id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_s_line_is_one_line_whatever_its_message() {
        let id = IncidentId::new();
        let line = line(id, "bad\ninput \u{1b}[31mred\r\0", "src/a.rs:1:2");
        assert!(!line.chars().any(char::is_control), "{line:?}");
        assert_eq!(
            line,
            alloc::format!(
                "panicked at src/a.rs:1:2: \"bad\\ninput \\u{{1b}}[31mred\\r\\0\" (incident {id})"
            )
        );
        let payload: &(dyn Any + Send) = &7u8;
        assert_eq!(payload_text(payload), "a panic whose payload is not text");
    }
}
