//! Lookups by reason phrase, current or former.

use crate::StatusCode;
use crate::catalog::ENTRIES;
use crate::suggest::edit_distance;

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
        let phrase = phrase.trim();
        ENTRIES
            .iter()
            .zip(StatusCode::ALL)
            .find(|(entry, _)| {
                entry.reason.eq_ignore_ascii_case(phrase)
                    || entry.former.iter().any(|f| f.eq_ignore_ascii_case(phrase))
            })
            .map(|(_, &status)| status)
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
        let phrase = phrase.trim();
        // A third of the phrase may be wrong, and never more than four edits.
        let allowed = (phrase.len() / 3).clamp(1, 4);
        ENTRIES
            .iter()
            .zip(StatusCode::ALL)
            .flat_map(|(entry, &status)| {
                core::iter::once(entry.reason)
                    .chain(entry.former.iter().copied())
                    .filter_map(move |known| Some((edit_distance(phrase, known)?, status)))
            })
            .filter(|&(distance, _)| distance <= allowed)
            .min_by_key(|&(distance, _)| distance)
            .map(|(_, status)| status)
    }
}
