//! The five classes of status codes, named by their first digit.

use core::fmt;
use core::ops::RangeInclusive;

use crate::language::{Language, Texts};

/// The class of a status code, given by its first digit (RFC 9110 §15).
///
/// 状态码的类别，由第一位数字决定。
///
/// ```
/// # use http_status_core as http_status;
/// use http_status::{Class, Language, StatusCode};
/// assert_eq!(StatusCode::NOT_FOUND.class(), Class::ClientError);
/// assert_eq!(Class::ClientError.range(), 400..=499);
/// assert_eq!(Class::ClientError.name_in(Language::Chinese), "客户端错误");
/// assert_eq!(Class::ClientError.to_string(), "4xx Client Error");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// 1xx: the request was received and processing goes on. 信息响应。
    Informational,
    /// 2xx: the request was received, understood and accepted. 成功。
    Success,
    /// 3xx: the client must take further action to complete the request. 重定向。
    Redirection,
    /// 4xx: the request is wrong or cannot be fulfilled. 客户端错误。
    ClientError,
    /// 5xx: the server failed to fulfil a valid request. 服务器错误。
    ServerError,
}

impl Class {
    /// All five classes, in order.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Class::ALL.map(Class::digit), [1, 2, 3, 4, 5]);
    /// ```
    pub const ALL: [Class; 5] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
    ];

    /// The class of any number from 100 to 599, registered or not.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::Class;
    /// assert_eq!(Class::from_u16(499), Some(Class::ClientError));
    /// assert_eq!(Class::from_u16(600), None);
    /// ```
    pub const fn from_u16(code: u16) -> Option<Class> {
        match code {
            100..=199 => Some(Class::Informational),
            200..=299 => Some(Class::Success),
            300..=399 => Some(Class::Redirection),
            400..=499 => Some(Class::ClientError),
            500..=599 => Some(Class::ServerError),
            _ => None,
        }
    }

    /// The class's first digit, `1` to `5`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Class::Redirection.digit(), 3);
    /// ```
    pub const fn digit(self) -> u8 {
        self as u8 + 1
    }

    /// The numbers the class covers, such as `400..=499`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Class::Success.range(), 200..=299);
    /// ```
    pub const fn range(self) -> RangeInclusive<u16> {
        let start = self.digit() as u16 * 100;
        start..=start + 99
    }

    /// The English name, as RFC 9110 §15 titles it (`"Client Error"`).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Class::Success.name(), "Successful");
    /// ```
    pub const fn name(self) -> &'static str {
        self.name_in(Language::English)
    }

    /// The name in `language` (`"客户端错误"`).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Class::ServerError.name_in(Language::Chinese), "服务器错误");
    /// ```
    pub const fn name_in(self, language: Language) -> &'static str {
        NAMES[self as usize][language.index()]
    }

    /// The short label `"4xx"`.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::*;
    /// assert_eq!(Class::Informational.label(), "1xx");
    /// ```
    pub const fn label(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Success => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
        }
    }
}

/// `4xx Client Error`.
impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.label(), self.name())
    }
}

/// Each class's name, in the order of `Class`, a column per language.
const NAMES: [Texts; 5] = [
    ["Informational", "信息响应"],
    ["Successful", "成功"],
    ["Redirection", "重定向"],
    ["Client Error", "客户端错误"],
    ["Server Error", "服务器错误"],
];
