//! Dates as both loaders read them, and the weekend every check starts from.

use chrono::{Datelike, NaiveDate};

/// A date, read by the library's one strict reader ([`crate::date::parse`]).
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    crate::date::parse(s).ok()
}

/// A year a date can have ([`crate::date::FIRST_YEAR`] to [`crate::date::LAST_YEAR`]).
pub(super) fn valid_year(year: i64) -> Option<i32> {
    i32::try_from(year)
        .ok()
        .filter(|y| (crate::date::FIRST_YEAR..=crate::date::LAST_YEAR).contains(y))
}

/// True on Saturday and Sunday.
pub(super) fn is_weekend(date: NaiveDate) -> bool {
    date.weekday().number_from_monday() >= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_strict_yyyy_mm_dd() {
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2024-1-01x",
            "+024-01-01",
            "2024/01/01",
            "2024-01-1",
            "２024-1-01",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }
}
