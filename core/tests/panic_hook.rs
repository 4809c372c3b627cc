//! The panic hook, installed for real: `set_hook` is global to the process,
//! so this file has one test, and no other test shares its process.
#![cfg(feature = "tracing")]

use std::fmt;
use std::sync::{Arc, Mutex};

use http_status_core::{panic_hook, take_panic_id};
use tracing::field::{Field, Visit};

/// Each event on this thread while `f` runs, as `LEVEL message
/// field=value …`, each value as the macro recorded it.
fn logged(f: impl FnOnce()) -> Vec<String> {
    #[derive(Clone, Default)]
    struct Capture(Arc<Mutex<Vec<String>>>);

    struct Line(String);

    impl Visit for Line {
        fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
            match field.name() {
                "message" => self.0.push_str(&format!("{value:?}")),
                name => self.0.push_str(&format!(" {name}={value:?}")),
            }
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
            let mut line = Line(format!("{} ", event.metadata().level()));
            event.record(&mut line);
            self.0.lock().unwrap().push(line.0);
        }
        fn enter(&self, _: &tracing::span::Id) {}
        fn exit(&self, _: &tracing::span::Id) {}
    }

    let capture = Capture::default();
    tracing::subscriber::with_default(capture.clone(), f);
    capture.0.lock().unwrap().clone()
}

#[test]
fn a_panic_is_one_escaped_line_with_an_id_that_the_catch_takes() {
    std::panic::set_hook(Box::new(panic_hook()));
    let lines = logged(|| {
        let caught = std::panic::catch_unwind(|| panic!("bad\ninput \u{1b}[31m{}\r", 7));
        assert!(caught.is_err());
    });
    let id = take_panic_id().expect("the hook gave the panic an id");
    assert_eq!(take_panic_id(), None, "taken once");
    assert_eq!(lines.len(), 1, "{lines:?}");
    let line = &lines[0];
    assert!(!line.chars().any(char::is_control), "{line:?}");
    assert!(line.starts_with("ERROR a thread panicked "), "{line}");
    assert!(line.contains(&format!(" incident={id}")), "{line}");
    assert!(
        line.contains(r#" panic="bad\ninput \u{1b}[31m7\r""#),
        "{line}"
    );
    assert!(
        line.contains(" location=core/tests/panic_hook.rs:")
            || line.contains(" location=tests/panic_hook.rs:"),
        "{line}"
    );

    // Without a subscriber the line goes to standard error; the id is
    // handed over all the same, a new one for each panic.
    let _ = std::panic::catch_unwind(|| panic!("again"));
    let again = take_panic_id().expect("an id without tracing's subscriber");
    assert_ne!(again, id);
    let _ = std::panic::take_hook();
    // The standard hook gives none.
    let _ = std::panic::catch_unwind(|| panic!("plain"));
    assert_eq!(take_panic_id(), None);
}
