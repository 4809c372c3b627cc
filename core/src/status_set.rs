//! `StatusSet`: which statuses a type can answer, known at compile time.

use core::fmt;

use crate::status_code::StatusCode;
use http_status_table::{ENTRIES, row_of};

/// A set of registered statuses, plus whether other statuses are possible
/// too ("open"): what [`HttpStatus::statuses`](crate::HttpStatus::statuses)
/// answers for a type. `Copy`, two words, and built in `const`.
///
/// One bit per row of the catalog: 128 bits, and a compile-time check in
/// this module fails the build if the registry ever outgrows them.
///
/// 一组状态码（以及是否还可能有其他状态码，即“开放”）。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{StatusCode, StatusSet};
///
/// const ERRORS: StatusSet = StatusSet::EMPTY
///     .with(StatusCode::NOT_FOUND)
///     .with(StatusCode::INTERNAL_SERVER_ERROR)
///     .with(StatusCode::CONFLICT);
/// assert!(ERRORS.contains(StatusCode::CONFLICT));
/// assert!(!ERRORS.is_open());
/// let codes: Vec<u16> = ERRORS.iter().map(StatusCode::as_u16).collect();
/// assert_eq!(codes, [404, 409, 500]); // code order
/// ```
// No `Default`: `EMPTY` and `OPEN` are both natural, and the trait's
// default answer is `OPEN`; naming one is clearer than either default.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatusSet {
    bits: u128,
    open: bool,
}

const _: () = assert!(ENTRIES.len() <= 128, "StatusSet needs a wider bitmap");

impl StatusSet {
    /// No status.
    pub const EMPTY: StatusSet = StatusSet {
        bits: 0,
        open: false,
    };

    /// Any status: the answer for a type whose statuses cannot be known,
    /// such as `StatusCode` itself or a hand-written `HttpStatus` impl.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusSet::OPEN.is_open() && !StatusSet::OPEN.is_empty());
    /// assert_eq!(StatusSet::OPEN.count_listed(), 0);
    /// ```
    pub const OPEN: StatusSet = StatusSet {
        bits: 0,
        open: true,
    };

    const fn bit(status: StatusCode) -> u128 {
        match row_of(status.as_u16()) {
            Some(row) => 1 << row,
            None => 0, // unreachable: every `StatusCode` has a row
        }
    }

    /// This set and `status`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusSet::EMPTY.with(StatusCode::GONE).count_listed(), 1);
    /// ```
    #[must_use]
    pub const fn with(self, status: StatusCode) -> StatusSet {
        StatusSet {
            bits: self.bits | StatusSet::bit(status),
            open: self.open,
        }
    }

    /// Both sets; open when either is.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let both = StatusSet::EMPTY.with(StatusCode::GONE).union(StatusSet::OPEN);
    /// assert!(both.is_open() && both.contains(StatusCode::GONE));
    /// ```
    #[must_use]
    pub const fn union(self, other: StatusSet) -> StatusSet {
        StatusSet {
            bits: self.bits | other.bits,
            open: self.open || other.open,
        }
    }

    /// Whether `status` is listed. An open set may answer statuses it does
    /// not list; see [`is_open`](Self::is_open).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(!StatusSet::OPEN.contains(StatusCode::OK));
    /// ```
    pub const fn contains(self, status: StatusCode) -> bool {
        self.bits & StatusSet::bit(status) != 0
    }

    /// Whether statuses beyond the listed ones are possible.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(!StatusSet::EMPTY.is_open());
    /// ```
    pub const fn is_open(self) -> bool {
        self.open
    }

    /// How many statuses are listed. Not `len`: an open set lists some
    /// statuses and may answer any, so it has no length, and
    /// [`is_empty`](Self::is_empty) asks whether it can answer anything.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(StatusSet::EMPTY.count_listed(), 0);
    /// ```
    pub const fn count_listed(self) -> usize {
        self.bits.count_ones() as usize
    }

    /// Whether the set can answer no status at all: nothing listed, and not
    /// open. An open set is never empty, whatever it lists.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert!(StatusSet::EMPTY.is_empty());
    /// assert!(!StatusSet::OPEN.is_empty());
    /// ```
    pub const fn is_empty(self) -> bool {
        self.bits == 0 && !self.open
    }

    /// The listed statuses, in code order.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// let set = StatusSet::EMPTY.with(StatusCode::GONE).with(StatusCode::OK);
    /// assert_eq!(set.iter().collect::<Vec<_>>(), [StatusCode::OK, StatusCode::GONE]);
    /// ```
    pub fn iter(self) -> impl Iterator<Item = StatusCode> + Clone {
        StatusCode::ALL
            .iter()
            .enumerate()
            .filter(move |(row, _)| self.bits & (1 << row) != 0)
            .map(|(_, status)| *status)
    }
}

impl FromIterator<StatusCode> for StatusSet {
    fn from_iter<I: IntoIterator<Item = StatusCode>>(statuses: I) -> StatusSet {
        statuses.into_iter().fold(StatusSet::EMPTY, StatusSet::with)
    }
}

impl fmt::Debug for StatusSet {
    /// `{404, 500}`, or `{404, …}` when open.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("{")?;
        for (i, status) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{}", status.as_u16())?;
        }
        if self.open {
            f.write_str(if self.bits == 0 { "…" } else { ", …" })?;
        }
        f.write_str("}")
    }
}
