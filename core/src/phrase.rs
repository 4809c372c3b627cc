//! Lookups by reason phrase, current or former.

use crate::status_code::StatusCode;

impl StatusCode {
    /// The code whose reason phrase, current or former, is `phrase`, ignoring
    /// ASCII case and surrounding white space.
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// assert_eq!(StatusCode::from_reason("not found"), Some(StatusCode::NOT_FOUND));
    /// assert_eq!(StatusCode::from_reason("Request Entity Too Large"), Some(StatusCode::CONTENT_TOO_LARGE));
    /// assert_eq!(StatusCode::from_reason("I'm a teapot"), None);
    /// ```
    pub fn from_reason(phrase: &str) -> Option<StatusCode> {
        http_status_table::entry_of_reason(phrase).map(|entry| StatusCode::from_catalog(entry.code))
    }

    /// The code whose phrase, current or former, is closest to `phrase`, when
    /// it is close enough to be a likely typo (`"Not Fond"` gives 404).
    ///
    /// ```
    /// # use http_status_core as http_status;
    /// use http_status::StatusCode;
    /// assert_eq!(StatusCode::closest_reason("Not Fond"), Some(StatusCode::NOT_FOUND));
    /// assert_eq!(StatusCode::closest_reason("gateway timed out"), Some(StatusCode::GATEWAY_TIMEOUT));
    /// assert_eq!(StatusCode::closest_reason("banana"), None);
    /// ```
    pub fn closest_reason(phrase: &str) -> Option<StatusCode> {
        http_status_table::closest_reason(phrase).map(|entry| StatusCode::from_catalog(entry.code))
    }
}
