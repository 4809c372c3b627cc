//! Suggestions for numbers and phrases that are not registered: one source for
//! the macros' `help:` lines and for the `lookup` tool.

use core::fmt;

use crate::catalog::{ENTRIES, Named, entry_of};
use crate::class::Class;
use crate::reserved::Reserved;
use crate::unofficial::Unofficial;

/// Registered codes that an unknown number may have meant, or, for a
/// well-known unofficial number, the registered codes to send instead. Its
/// `Display` is one short line, without the `help: ` prefix.
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::StatusCode;
/// let help = StatusCode::from_u16(512).unwrap_err().help().unwrap();
/// assert_eq!(help.to_string(), "the nearest registered 5xx code is 511 Network Authentication Required");
/// let help = StatusCode::from_u16(522).unwrap_err().help().unwrap();
/// assert_eq!(help.to_string(), "the registered code to send instead is 504 Gateway Timeout");
/// assert_eq!(help.codes().collect::<Vec<_>>(), [504]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Help {
    kind: HelpKind,
    /// Best first; three, for a number that three vendors use differently.
    /// Registered codes, so each has an entry.
    codes: [Option<u16>; 3],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum HelpKind {
    /// The number is in 100–599: its registered neighbours in the same class.
    Nearest(Class),
    /// The number has too many or too few digits: codes one digit away.
    Typo,
    /// The number has unofficial uses: the registered codes to send instead.
    Unofficial(u16),
}

impl Help {
    /// Suggestions for any number, including ones wider than `u16`; `None`
    /// for registered codes, reserved codes and hopeless numbers.
    /// [`UnknownStatusCode::help`](crate::UnknownStatusCode::help) is the public way in.
    pub(crate) fn for_code(code: i128) -> Option<Help> {
        if let Ok(code) = u16::try_from(code) {
            if entry_of(code).is_some() || Reserved::from_u16(code).is_some() {
                return None;
            }
            if !Unofficial::from_u16(code).is_empty() {
                return Help::instead(code);
            }
        }
        let codes = match u16::try_from(code).ok().and_then(Class::from_u16) {
            Some(class) => return Help::nearest(code as u16, class),
            None => match u64::try_from(code) {
                Ok(code) => typo_fixes(code),
                Err(_) => return None,
            },
        };
        codes[0].map(|_| Help {
            kind: HelpKind::Typo,
            codes: [codes[0], codes[1], None],
        })
    }

    /// The registered codes that the unofficial uses of `code` stand for;
    /// `None` when no use has a clear one (nginx's 444 drops the connection).
    fn instead(code: u16) -> Option<Help> {
        let mut codes = [None; 3];
        for status in Unofficial::from_u16(code)
            .iter()
            .filter_map(|u| u.instead())
        {
            if let Some(slot) = codes
                .iter_mut()
                .find(|c| c.is_none() || **c == Some(status))
            {
                *slot = Some(status);
            }
        }
        codes[0].map(|_| Help {
            kind: HelpKind::Unofficial(code),
            codes,
        })
    }

    fn nearest(code: u16, class: Class) -> Option<Help> {
        let in_class = ENTRIES.iter().filter(|e| e.class == class).map(|e| e.code);
        let below = in_class.clone().rev().find(|&c| c < code);
        let above = in_class.clone().find(|&c| c > code);
        let codes = match (below, above) {
            (Some(b), Some(a)) => [Some(b), Some(a), None],
            (Some(one), None) | (None, Some(one)) => [Some(one), None, None],
            (None, None) => return None,
        };
        Some(Help {
            kind: HelpKind::Nearest(class),
            codes,
        })
    }

    /// The suggested codes, best first; each is registered.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let help = StatusCode::from_u16(4040).unwrap_err().help().unwrap();
    /// assert_eq!(help.codes().collect::<Vec<_>>(), [404, 400]);
    /// ```
    pub fn codes(&self) -> impl Iterator<Item = u16> + '_ {
        self.codes.iter().flatten().copied()
    }
}

impl fmt::Display for Help {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.kind, self.codes.map(|c| c.map(Named))) {
            (HelpKind::Nearest(class), [Some(one), None, _]) => {
                write!(f, "the nearest registered {} code is {one}", class.label())
            }
            (HelpKind::Nearest(class), [Some(a), Some(b), _]) => write!(
                f,
                "the nearest registered {} codes are {a} and {b}",
                class.label()
            ),
            (HelpKind::Unofficial(code), codes) => {
                let uses = Unofficial::from_u16(code);
                if let [Some(one), None, _] = &codes {
                    if uses.iter().all(|u| u.instead() == Some(one.0)) {
                        return write!(f, "the registered code to send instead is {one}");
                    }
                }
                // The uses disagree: name the one each code stands in for.
                f.write_str("send ")?;
                for (i, status) in codes.iter().flatten().enumerate() {
                    let named = uses.iter().find(|u| u.instead() == Some(status.0));
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    match named.and_then(Unofficial::name) {
                        Some(name) => write!(f, "{status} for \"{name}\"")?,
                        None => {
                            let user = named.map_or("", Unofficial::user);
                            write!(f, "{status} for {user}'s code")?;
                        }
                    }
                }
                Ok(())
            }
            (HelpKind::Typo, [Some(one), None, _]) => write!(f, "did you mean {one}?"),
            (HelpKind::Typo, [Some(a), Some(b), _]) => write!(f, "did you mean {a} or {b}?"),
            _ => Ok(()),
        }
    }
}

/// Registered codes one digit away from a number with two or four digits:
/// a digit dropped or typed twice. Best first: the longest shared prefix.
fn typo_fixes(code: u64) -> [Option<u16>; 2] {
    let mut digits = [0u8; 4];
    let len = match code {
        10..=99 => 2,
        1000..=9999 => 4,
        _ => return [None, None],
    };
    let mut rest = code;
    for slot in digits[..len].iter_mut().rev() {
        *slot = (rest % 10) as u8;
        rest /= 10;
    }
    let digits = &digits[..len];

    // (shared prefix length, code), kept sorted, best first.
    let mut best: [Option<(usize, u16)>; 2] = [None, None];
    let mut offer = |candidate: [u8; 3]| {
        let value = candidate.iter().fold(0u16, |n, d| n * 10 + u16::from(*d));
        if entry_of(value).is_none() {
            return;
        }
        let status = value;
        if best.iter().flatten().any(|(_, s)| *s == status) {
            return;
        }
        let prefix = candidate
            .iter()
            .zip(digits)
            .take_while(|(a, b)| a == b)
            .count();
        let entry = Some((prefix, status));
        let outranks = |slot: &Option<(usize, u16)>| match slot {
            None => true,
            Some((p, s)) => prefix > *p || (prefix == *p && status < *s),
        };
        if outranks(&best[0]) {
            best[1] = best[0];
            best[0] = entry;
        } else if outranks(&best[1]) {
            best[1] = entry;
        }
    };

    if len == 4 {
        for skip in 0..4 {
            let mut candidate = [0u8; 3];
            let mut kept = digits.iter().enumerate().filter(|(i, _)| *i != skip);
            for slot in &mut candidate {
                *slot = kept.next().map_or(0, |(_, d)| *d);
            }
            offer(candidate);
        }
    } else {
        // A dropped digit is most often one of the digits already there.
        for &extra in digits {
            for at in 0..3 {
                let mut candidate = [0u8; 3];
                let mut source = digits.iter();
                for (i, slot) in candidate.iter_mut().enumerate() {
                    *slot = if i == at {
                        extra
                    } else {
                        source.next().copied().unwrap_or(0)
                    };
                }
                offer(candidate);
            }
        }
    }
    best.map(|slot| slot.map(|(_, status)| status))
}
