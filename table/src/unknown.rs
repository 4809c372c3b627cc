//! `UnknownStatusCode`: a number that is not a registered code, and why.

use core::fmt;

use crate::class::Class;
use crate::reserved::{Reserved, Unused};
use crate::suggest::Help;
use crate::temporary::Temporary;
use crate::unofficial::Unofficial;

/// A number that is not a registered status code.
///
/// It keeps the rejected value, of any integer width, and its `Display` says
/// why it was rejected: reserved (306, 418), unofficial (nginx's 499: what it
/// means, for whom and where it is seen), unassigned, or outside 100–599.
/// Every way of making a `StatusCode` from a number gives this one error:
/// `from_u16`, `TryFrom` of any integer type, `FromStr`, serde, and the macros.
///
/// 未注册的状态码；`Display` 说明原因：已保留、非官方、未分配或超出 100–599。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::StatusCode;
///
/// let err = StatusCode::from_u16(499).unwrap_err();
/// assert_eq!(err.code(), 499);
/// assert_eq!(
///     err.to_string(),
///     r#"499 is not registered with IANA; unofficially it is "Client Closed Request" (nginx, access log only; Google APIs) or "Token Required" (Esri ArcGIS, usually in response bodies)"#
/// );
/// assert_eq!(err.help().unwrap().to_string(), r#"send 401 Unauthorized for "Token Required""#);
///
/// let err = StatusCode::from_u16(299).unwrap_err();
/// assert_eq!(err.to_string(), "299 is not a registered HTTP status code");
///
/// let err = StatusCode::try_from(-404i32).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "-404 is not an HTTP status code: status codes are three-digit numbers from 100 to 599"
/// );
/// let err = StatusCode::try_from(4040u64).unwrap_err();
/// assert_eq!(err.help().unwrap().to_string(), "did you mean 404 Not Found or 400 Bad Request?");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownStatusCode {
    code: i128,
}

impl UnknownStatusCode {
    /// The error for `code`, which the caller has found unregistered.
    #[doc(hidden)]
    pub const fn new(code: i128) -> UnknownStatusCode {
        UnknownStatusCode { code }
    }

    /// The rejected number.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusCode::from_u16(499).unwrap_err().code(), 499);
    /// assert_eq!(StatusCode::try_from(70_000u32).unwrap_err().code(), 70_000);
    /// ```
    pub const fn code(&self) -> i128 {
        self.code
    }

    /// The number as a `u16`, when it is one.
    const fn as_u16(&self) -> Option<u16> {
        if 0 <= self.code && self.code <= u16::MAX as i128 {
            Some(self.code as u16)
        } else {
            None
        }
    }

    /// The reserved entry, when the number is 306 or 418.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::from_u16(418).unwrap_err().reserved().is_some());
    /// assert!(StatusCode::from_u16(499).unwrap_err().reserved().is_none());
    /// ```
    pub const fn reserved(&self) -> Option<&'static Reserved> {
        match self.as_u16() {
            Some(code) => Reserved::from_u16(code),
            None => None,
        }
    }

    /// The temporary registration IANA lists for the number (104), if any.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let err = StatusCode::from_u16(104).unwrap_err();
    /// assert_eq!(err.temporary().map(|t| t.name()), Some("Upload Resumption Supported"));
    /// ```
    pub fn temporary(&self) -> Option<&'static Temporary> {
        Temporary::from_u16(self.as_u16()?)
    }

    /// The vendors' unofficial uses of the number (nginx's 499, Cloudflare's
    /// 520…); empty for most numbers.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let err = StatusCode::from_u16(520).unwrap_err();
    /// assert_eq!(err.unofficial()[0].user(), "Cloudflare");
    /// ```
    pub fn unofficial(&self) -> &'static [Unofficial] {
        match self.as_u16() {
            Some(code) => Unofficial::from_u16(code),
            None => &[],
        }
    }

    /// Whether the number is within 100–599 (reserved, unofficial or unassigned).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusCode::from_u16(499).unwrap_err().is_in_range());
    /// assert!(!StatusCode::from_u16(600).unwrap_err().is_in_range());
    /// ```
    pub const fn is_in_range(&self) -> bool {
        match self.as_u16() {
            Some(code) => Class::from_u16(code).is_some(),
            None => false,
        }
    }

    /// A suggestion of registered codes the number may have meant: the nearest
    /// codes of its class, the codes one digit away from a number with too
    /// many or too few digits, or the code to send instead of an unofficial
    /// one. `None` for reserved codes and hopeless numbers.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let help = StatusCode::from_u16(40).unwrap_err().help().unwrap();
    /// assert_eq!(help.to_string(), "did you mean 400 Bad Request or 404 Not Found?");
    /// assert!(StatusCode::from_u16(418).unwrap_err().help().is_none());
    /// ```
    pub fn help(&self) -> Option<Help> {
        if self.reserved().is_some() {
            None
        } else {
            Help::for_code(self.code)
        }
    }
}

impl fmt::Display for UnknownStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(reserved) = self.reserved() {
            write!(f, "{} is {}", self.code, Unused(reserved))
        } else if let Some(temporary) = self.temporary() {
            write!(
                f,
                "{} is not a permanent registration: IANA lists \"{}\" as a temporary one for {} (registered {}",
                self.code,
                temporary.name(),
                temporary.reference(),
                temporary.registered(),
            )?;
            if let Some(extended) = temporary.extended() {
                write!(f, ", extended {extended}")?;
            }
            write!(f, ", expires {})", temporary.expires())
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
            out_of_range(f, &self.code)
        }
    }
}

/// The message for a number outside 100–599, however it is written.
fn out_of_range(f: &mut fmt::Formatter<'_>, number: &dyn fmt::Display) -> fmt::Result {
    write!(
        f,
        "{number} is not an HTTP status code: status codes are three-digit numbers from 100 to 599"
    )
}

/// [`UnknownStatusCode`]'s message for a number too wide for any integer
/// type, given as its digits (a 45-digit literal); for the macros.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct WideNumber<'a>(pub &'a str);

impl fmt::Display for WideNumber<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        out_of_range(f, &self.0)
    }
}

/// For the macros: how an unofficial phrase is used, by number, as in
/// `499 (nginx, access log only; Google APIs)`. Empty when nobody uses it.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct PhraseUses<'a>(pub &'a str);

impl fmt::Display for PhraseUses<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let uses = || Unofficial::from_reason(self.0);
        let mut previous = None;
        for (i, first) in uses().enumerate() {
            if previous == Some(first.code()) {
                continue;
            }
            previous = Some(first.code());
            if i > 0 {
                f.write_str(" or ")?;
            }
            write!(f, "{} (", first.code())?;
            write_users(f, uses().filter(|u| u.code() == first.code()))?;
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// `"Client Closed Request" (nginx, access log only; Google APIs) or "Token
/// Required" (Esri ArcGIS, in response bodies only)`: each name once, with
/// its users and where each is seen.
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
        match first.name() {
            Some(name) => write!(f, "\"{name}\" (")?,
            None => f.write_str("an unnamed code (")?,
        }
        write_users(f, uses.iter().filter(|u| u.name() == first.name()))?;
        f.write_str(")")?;
    }
    Ok(())
}

/// `nginx, access log only; Google APIs`: each user, and where it is seen
/// when that is not a status line.
fn write_users<'a>(
    f: &mut fmt::Formatter<'_>,
    users: impl Iterator<Item = &'a Unofficial>,
) -> fmt::Result {
    for (i, user) in users.enumerate() {
        if i > 0 {
            f.write_str("; ")?;
        }
        f.write_str(user.user())?;
        if let Some(tag) = user.seen().tag() {
            write!(f, ", {tag}")?;
        }
    }
    Ok(())
}

impl core::error::Error for UnknownStatusCode {}
