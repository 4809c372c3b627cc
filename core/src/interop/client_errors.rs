//! The one setting that logs client errors too. By default a 4xx goes to
//! the client and nowhere else: it is the client's mistake, not the
//! server's. An app that logged every error before keeps doing so with one
//! call at start-up, which every framework's path reads; a 5xx keeps its
//! single incident line (with its id), so nothing is logged twice.

use core::sync::atomic::{AtomicU8, Ordering};

use tracing::Level;

/// The levels, most severe first; the setting is an index into them plus
/// one, 0 being off.
const LEVELS: [Level; 5] = [
    Level::ERROR,
    Level::WARN,
    Level::INFO,
    Level::DEBUG,
    Level::TRACE,
];

static SETTING: AtomicU8 = AtomicU8::new(0);

/// Logs every 4xx problem that the integrations answer, at `level`, or
/// none (`None`, the default). Call it once, at the start of `main`; it
/// holds for every framework the app serves with.
///
/// The line names the status, the error's `Display` and its `source()`
/// chain, escaped and cut at the same bounds as a 5xx's incident line. A
/// 5xx is not affected: it is always logged once, at `error`, with its
/// incident id.
///
/// 让 4xx 客户端错误也写入日志（级别由应用选择）；5xx 始终按事件记录一次，不会重复。
///
/// ```
/// # use http_status_core as http_status;
/// http_status::log_client_errors(Some(tracing::Level::INFO));
/// # http_status::log_client_errors(None);
/// ```
pub fn log_client_errors(level: Option<Level>) {
    SETTING.store(encode(level), Ordering::Relaxed);
}

/// The level client errors are logged at, if they are.
#[cfg_attr(not(feature = "framework"), allow(dead_code))]
pub(crate) fn level() -> Option<Level> {
    decode(SETTING.load(Ordering::Relaxed))
}

fn encode(level: Option<Level>) -> u8 {
    level
        .and_then(|level| LEVELS.iter().position(|l| *l == level))
        .map_or(0, |i| i as u8 + 1)
}

fn decode(setting: u8) -> Option<Level> {
    LEVELS.get(usize::from(setting).checked_sub(1)?).copied()
}

/// Not through the static: other tests of this process count log lines.
#[cfg(test)]
#[test]
fn the_setting_keeps_each_level() {
    for level in LEVELS {
        assert_eq!(decode(encode(Some(level))), Some(level));
    }
    assert_eq!(encode(None), 0);
    assert_eq!(decode(encode(None)), None);
    assert_eq!(decode(u8::MAX), None);
}
