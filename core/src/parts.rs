//! What an error adds to its problem beyond its status and text: a problem
//! `type`, extension members and response headers, which the derive writes
//! from `#[status(type = "…")]`, `#[problem]` and `#[header("…")]`.

use core::fmt;
use core::time::Duration;

/// Where an error writes the extension members and headers of its problem
/// ([`HttpStatus::problem_parts`](crate::HttpStatus::problem_parts)). Each
/// value is written as text: a member as its JSON, a header as its value.
///
/// 错误写入其问题详情扩展成员与响应头字段的地方。
pub trait ProblemParts {
    /// An extension member (RFC 9457 §3.2); `json` writes its JSON value.
    fn member(&mut self, name: &'static str, json: &dyn fmt::Display);

    /// A response header field; `value` writes its value. A value that is
    /// empty or not a valid field value is dropped, never sent split.
    fn header(&mut self, name: &'static str, value: &dyn fmt::Display);
}

/// A value a `#[header("…")]` field can send: an integer (`Retry-After:
/// 120`), a string as it is, a [`Duration`] as whole seconds (rounded up,
/// so a client never retries early), `SystemTime` as an HTTP-date (RFC 9110
/// §5.6.7; feature `std`), or an `Option` of one (`None` sends no header).
///
/// `#[header]` 字段可发送的值。
pub trait HeaderField {
    /// Writes the field value.
    fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result;

    /// The value's JSON Schema type and format, for API docs: what goes on
    /// the wire, not the Rust type's shape (`Duration` is an integer of
    /// seconds, `SystemTime` an HTTP-date string). A string by default.
    fn schema_type() -> (&'static str, Option<&'static str>)
    where
        Self: Sized,
    {
        ("string", None)
    }

    /// Whether every value is sent, for API docs, which mark such a header
    /// required: `false` for an `Option`, whose `None` sends none.
    fn always_sent() -> bool
    where
        Self: Sized,
    {
        true
    }
}

/// [`HeaderField`] as `Display`, for [`ProblemParts::header`].
#[derive(Debug, Clone, Copy)]
pub struct HeaderText<'a, T: ?Sized>(pub &'a T);

impl<T: HeaderField + ?Sized> fmt::Display for HeaderText<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt_header(f)
    }
}

macro_rules! display_headers {
    ($kind:literal: $($ty:ty)*) => {$(
        impl HeaderField for $ty {
            fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(self, f)
            }

            fn schema_type() -> (&'static str, Option<&'static str>) {
                ($kind, None)
            }
        }
    )*};
}
display_headers!("integer": u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize crate::status_code::StatusCode);

impl HeaderField for str {
    fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

#[cfg(feature = "alloc")]
display_headers!("string": alloc::string::String);

impl<T: HeaderField + ?Sized> HeaderField for &T {
    fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt_header(f)
    }
}

/// `None` writes nothing, and an empty value is not sent.
impl<T: HeaderField> HeaderField for Option<T> {
    fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Some(value) => value.fmt_header(f),
            None => Ok(()),
        }
    }

    fn schema_type() -> (&'static str, Option<&'static str>) {
        T::schema_type()
    }

    fn always_sent() -> bool {
        false
    }
}

/// Whole seconds, rounded up: `Retry-After: 2` for 1.5 s. The longest
/// durations stay at `u64::MAX` seconds rather than wrap round to `0`,
/// which would tell a client to retry at once.
impl HeaderField for Duration {
    fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self
            .as_secs()
            .saturating_add(u64::from(self.subsec_nanos() > 0));
        write!(f, "{seconds}")
    }

    fn schema_type() -> (&'static str, Option<&'static str>) {
        ("integer", None)
    }
}

/// An HTTP-date, `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7), to the
/// second; a time before 1970 writes nothing, so no header is sent, and a
/// time after 9999 writes the last second of 9999: the date has four
/// digits of year, and the latest date it can write is the nearest.
#[cfg(feature = "std")]
impl HeaderField for std::time::SystemTime {
    fn fmt_header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.duration_since(std::time::UNIX_EPOCH) {
            Ok(since) => http_date(since.as_secs().min(LAST_HTTP_DATE), f),
            Err(_) => Ok(()),
        }
    }

    fn schema_type() -> (&'static str, Option<&'static str>) {
        ("string", Some("http-date"))
    }
}

/// `Fri, 31 Dec 9999 23:59:59 GMT`, in seconds after the Unix epoch.
#[cfg(feature = "std")]
const LAST_HTTP_DATE: u64 = 253_402_300_799;

/// `seconds` after the Unix epoch as an IMF-fixdate.
#[cfg(feature = "std")]
fn http_date(seconds: u64, f: &mut fmt::Formatter<'_>) -> fmt::Result {
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let days = seconds / 86_400;
    let rest = seconds % 86_400;
    let (year, month, day) = crate::civil::civil(days);
    write!(
        f,
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} GMT",
        DAYS[(days % 7) as usize],
        MONTHS[(month - 1) as usize],
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use alloc::string::ToString;
    use std::time::{Duration, SystemTime, UNIX_EPOCH};

    use super::HeaderText;

    #[test]
    fn header_values_are_written_as_http_says() {
        assert_eq!(HeaderText(&120u32).to_string(), "120");
        assert_eq!(HeaderText(&Duration::from_millis(1500)).to_string(), "2");
        assert_eq!(HeaderText(&Duration::from_secs(60)).to_string(), "60");
        assert_eq!(HeaderText(&None::<u8>).to_string(), "");
        assert_eq!(HeaderText("GET, POST").to_string(), "GET, POST");
        // RFC 9110 §5.6.7's own example.
        let example = UNIX_EPOCH + Duration::from_secs(784_111_777);
        assert_eq!(
            HeaderText(&example).to_string(),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
        assert_eq!(
            HeaderText(&UNIX_EPOCH).to_string(),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
        // A leap day.
        let leap = UNIX_EPOCH + Duration::from_secs(951_782_400);
        assert_eq!(
            HeaderText(&leap).to_string(),
            "Tue, 29 Feb 2000 00:00:00 GMT"
        );
        let before = UNIX_EPOCH - Duration::from_secs(1);
        assert_eq!(HeaderText(&before).to_string(), "");
        let _ = SystemTime::now();
    }

    /// The longest waits and the latest times write the nearest value HTTP
    /// can carry, the same in debug and release: never `0` ("retry now")
    /// from an overflow, never a five-digit year.
    #[test]
    fn values_past_what_http_can_write_saturate() {
        assert_eq!(HeaderText(&Duration::MAX).to_string(), u64::MAX.to_string());
        let just_under = Duration::new(u64::MAX - 1, 1);
        assert_eq!(HeaderText(&just_under).to_string(), u64::MAX.to_string());
        let last = UNIX_EPOCH + Duration::from_secs(253_402_300_799);
        assert_eq!(
            HeaderText(&last).to_string(),
            "Fri, 31 Dec 9999 23:59:59 GMT"
        );
        for later in [
            last + Duration::from_secs(1),
            last + Duration::from_secs(86_400 * 366 * 1000),
            UNIX_EPOCH + Duration::from_secs(i64::MAX as u64 / 2),
        ] {
            assert_eq!(
                HeaderText(&later).to_string(),
                "Fri, 31 Dec 9999 23:59:59 GMT"
            );
        }
        // The day before, to check the weekday is computed, not fixed.
        let before = UNIX_EPOCH + Duration::from_secs(253_402_214_399);
        assert_eq!(
            HeaderText(&before).to_string(),
            "Thu, 30 Dec 9999 23:59:59 GMT"
        );
    }
}
