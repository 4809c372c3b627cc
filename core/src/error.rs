//! `UnknownStatusCode`: a number that is not a registered code, and why.

use core::fmt;

use crate::suggest::Help;
use crate::{Class, Reserved, Unofficial};

/// A number that is not a registered status code.
///
/// It keeps the rejected value, and its `Display` says why it was rejected:
/// reserved (306, 418), unofficial (nginx's 499: what it means and for whom),
/// unassigned, or outside 100–599.
///
/// 未注册的状态码；`Display` 说明原因：已保留、未分配或超出 100–599。
///
/// ```
/// use http_status_core::StatusCode;
///
/// let err = StatusCode::from_u16(499).unwrap_err();
/// assert_eq!(err.code(), 499);
/// assert_eq!(
///     err.to_string(),
///     r#"499 is not registered with IANA; unofficially it is "Client Closed Request" (nginx, logged only; Google APIs) or "Token Required" (Esri ArcGIS)"#
/// );
/// assert_eq!(err.help().unwrap().to_string(), r#"instead of "Token Required", send 401 Unauthorized"#);
///
/// let err = StatusCode::from_u16(299).unwrap_err();
/// assert_eq!(err.to_string(), "299 is not a registered HTTP status code");
///
/// let err = StatusCode::from_u16(4040).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "4040 is not an HTTP status code: status codes are three-digit numbers from 100 to 599"
/// );
/// assert_eq!(err.help().unwrap().to_string(), "did you mean 404 Not Found or 400 Bad Request?");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownStatusCode {
    code: u16,
}

impl UnknownStatusCode {
    pub(crate) const fn new(code: u16) -> UnknownStatusCode {
        UnknownStatusCode { code }
    }

    /// The rejected number.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert_eq!(StatusCode::from_u16(499).unwrap_err().code(), 499);
    /// ```
    pub const fn code(self) -> u16 {
        self.code
    }

    /// The reserved entry, when the number is 306 or 418.
    ///
    /// ```
    /// use http_status_core::*;
    /// assert!(StatusCode::from_u16(418).unwrap_err().reserved().is_some());
    /// assert!(StatusCode::from_u16(499).unwrap_err().reserved().is_none());
    /// ```
    pub const fn reserved(self) -> Option<&'static Reserved> {
        Reserved::get(self.code)
    }

    /// The vendors' unofficial uses of the number (nginx's 499, Cloudflare's
    /// 520…); empty for most numbers.
    ///
    /// ```
    /// use http_status_core::*;
    /// let err = StatusCode::from_u16(520).unwrap_err();
    /// assert_eq!(err.unofficial()[0].user(), "Cloudflare");
    /// ```
    pub fn unofficial(self) -> &'static [Unofficial] {
        Unofficial::for_code(self.code)
    }

    /// Whether the number is within 100–599 (reserved or unassigned).
    ///
    /// ```
    /// use http_status_core::*;
    /// assert!(StatusCode::from_u16(499).unwrap_err().is_in_range());
    /// assert!(!StatusCode::from_u16(600).unwrap_err().is_in_range());
    /// ```
    pub const fn is_in_range(self) -> bool {
        Class::of(self.code).is_some()
    }

    /// A suggestion of registered codes the number may have meant: the nearest
    /// codes of its class, or the codes one digit away from a number with too
    /// many or too few digits. `None` for reserved codes and hopeless numbers.
    ///
    /// ```
    /// use http_status_core::*;
    /// let help = StatusCode::from_u16(40).unwrap_err().help().unwrap();
    /// assert_eq!(help.to_string(), "did you mean 400 Bad Request or 404 Not Found?");
    /// assert!(StatusCode::from_u16(418).unwrap_err().help().is_none());
    /// ```
    pub fn help(self) -> Option<Help> {
        if self.reserved().is_some() {
            None
        } else {
            Help::for_code(u64::from(self.code))
        }
    }
}

impl fmt::Display for UnknownStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(reserved) = self.reserved() {
            write!(
                f,
                "{} is reserved and unused ({}): {}",
                self.code,
                reserved.spec(),
                reserved.explanation()
            )
        } else if !self.unofficial().is_empty() {
            write!(
                f,
                "{} is not registered with IANA; unofficially it is ",
                self.code
            )?;
            write_uses(f, self.unofficial())
        } else if self.is_in_range() {
            write!(f, "{} is not a registered HTTP status code", self.code)
        } else {
            OutOfRange(i128::from(self.code)).fmt(f)
        }
    }
}

/// `"Client Closed Request" (nginx, logged only; Google APIs) or "Token
/// Required" (Esri ArcGIS)`: each name once, with its users.
fn write_uses(f: &mut fmt::Formatter<'_>, uses: &[Unofficial]) -> fmt::Result {
    // Each name where it first appears, with every user who gives it.
    let firsts = uses
        .iter()
        .enumerate()
        .filter(|(i, u)| !uses[..*i].iter().any(|earlier| earlier.name() == u.name()));
    let count = firsts.clone().count();
    for (n, (_, first)) in firsts.enumerate() {
        match n {
            0 => {}
            n if n + 1 == count => f.write_str(" or ")?,
            _ => f.write_str(", ")?,
        }
        write!(f, "\"{}\" (", first.name())?;
        for (j, user) in uses.iter().filter(|u| u.name() == first.name()).enumerate() {
            if j > 0 {
                f.write_str("; ")?;
            }
            f.write_str(user.user())?;
            if !user.is_sent() {
                f.write_str(", logged only")?;
            }
        }
        f.write_str(")")?;
    }
    Ok(())
}

impl core::error::Error for UnknownStatusCode {}

/// A number of any width outside 100–599, for parsers of wider integers (the
/// macros, serde, command lines). Its `Display` is the message that
/// [`UnknownStatusCode`] gives for such a number.
///
/// ```
/// use http_status_core::OutOfRange;
/// assert_eq!(
///     OutOfRange(70000).to_string(),
///     "70000 is not an HTTP status code: status codes are three-digit numbers from 100 to 599"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutOfRange(pub i128);

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is not an HTTP status code: status codes are three-digit numbers from 100 to 599",
            self.0
        )
    }
}
