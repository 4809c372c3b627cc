//! Days after the Unix epoch as a calendar date, for the HTTP-date of a
//! header value and for the lookup tool's "today": one algorithm, in one
//! place (Howard Hinnant's days-to-civil, on unsigned numbers from 1970 on).

/// `(year, month, day)` of the day `days` after 1970-01-01, in the
/// proleptic Gregorian calendar; `month` and `day` count from 1.
pub(crate) const fn civil(days: u64) -> (u64, u64, u64) {
    let shifted = days + 719_468;
    let era = shifted / 146_097;
    let day_of_era = shifted % 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + (month <= 2) as u64;
    (year, month, day)
}
