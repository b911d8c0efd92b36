//! Dates as both loaders read them, and the weekend every check starts from.

use chrono::{Datelike, NaiveDate};

/// A strict `YYYY-MM-DD` date. By hand: chrono's format-string parser is the slowest step of
/// loading the embedded schedule.
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    // Digits read by hand: chrono's format-string parser is not needed for one fixed shape, and
    // leaving it out keeps it out of the WASM package.
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |from: usize, to: usize| {
        s.get(from..to)?.bytes().try_fold(0, |n: u32, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)
}

/// A four-digit year, as dates in both formats have.
pub(super) fn valid_year(year: i64) -> Option<i32> {
    i32::try_from(year).ok().filter(|y| (0..=9999).contains(y))
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
