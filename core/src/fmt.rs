//! `Display` and `Debug` for `StatusCode`.

use core::fmt;

use crate::status_code::StatusCode;

/// `404 Not Found`. Honours width and alignment (`{:<20}`).
impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code_and_reason())
    }
}

/// `StatusCode(404 Not Found)`.
impl fmt::Debug for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "StatusCode({})", self.code_and_reason())
    }
}
