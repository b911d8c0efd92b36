//! A date as a record states it (所载日期): a day, a day with its time of day, or only a month
//! or a year. Real notices give all four ("2025-05-27 20:20", "2019年7月", a page dated by its
//! month only), and a rule judges what the date settles: a period judged on a date known only
//! to the month is judged when every day of that month gives the same answer, and otherwise
//! says it could not judge.
//!
//! # Example
//! ```
//! use gongkai::date::StatedDate;
//! let d: StatedDate = "2025-05-27 20:20".parse()?;
//! assert_eq!(d.exact(), Some(chrono::NaiveDate::from_ymd_opt(2025, 5, 27).unwrap()));
//! assert_eq!(d.to_string(), "2025-05-27 20:20");
//! let m: StatedDate = "2025-02".parse()?;
//! assert_eq!(m.exact(), None);
//! assert_eq!((m.first().to_string(), m.last().to_string()),
//!            ("2025-02-01".to_owned(), "2025-02-28".to_owned()));
//! assert!("2025-13".parse::<StatedDate>().is_err());
//! # Ok::<(), gongkai::date::DateError>(())
//! ```

use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use super::{DateError, from_ymd, parse};

/// How precisely a [`StatedDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Precision {
    /// The day (with or without its time).
    Day,
    /// Only the month (2025-05).
    Month,
    /// Only the year (2025).
    Year,
}

/// A date as a record states it: a day (with its time of day, when given), or a month or a
/// year when that is all the source shows. JSON: `"YYYY-MM-DD"`, `"YYYY-MM-DD HH:MM"` (or
/// `T` for the space, and `:SS`), `"YYYY-MM"`, `"YYYY"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StatedDate {
    first: NaiveDate,
    precision: Precision,
    /// Seconds after midnight, when a time of day is given.
    time: Option<u32>,
}

impl StatedDate {
    /// The day, without a time of day.
    pub fn day(date: NaiveDate) -> StatedDate {
        StatedDate {
            first: date,
            precision: Precision::Day,
            time: None,
        }
    }

    /// The day at a time of day.
    pub fn at(date: NaiveDate, time: NaiveTime) -> StatedDate {
        StatedDate {
            first: date,
            precision: Precision::Day,
            time: Some(time.num_seconds_from_midnight()),
        }
    }

    /// The day, at `secs` seconds after midnight when given (below 86,400).
    pub(crate) fn day_at(date: NaiveDate, secs: Option<u32>) -> StatedDate {
        StatedDate {
            first: date,
            precision: Precision::Day,
            time: secs,
        }
    }

    /// How precisely it is known.
    pub fn precision(&self) -> Precision {
        self.precision
    }

    /// The day, when the date is known to the day.
    pub fn exact(&self) -> Option<NaiveDate> {
        (self.precision == Precision::Day).then_some(self.first)
    }

    /// The first day it may be.
    pub fn first(&self) -> NaiveDate {
        self.first
    }

    /// The last day it may be.
    pub fn last(&self) -> NaiveDate {
        let y = self.first.year();
        let end = match self.precision {
            Precision::Day => return self.first,
            Precision::Month if self.first.month() == 12 => NaiveDate::from_ymd_opt(y + 1, 1, 1),
            Precision::Month => NaiveDate::from_ymd_opt(y, self.first.month() + 1, 1),
            Precision::Year => NaiveDate::from_ymd_opt(y + 1, 1, 1),
        };
        end.and_then(|d| d.pred_opt()).unwrap_or(self.first)
    }

    /// Whether it is before `other`: `Some` when every day (and time) each may be gives the
    /// same answer, `None` when that depends on a day a month or year does not settle. Two days
    /// with their times of day are compared at those times.
    pub fn is_before(&self, other: &StatedDate) -> Option<bool> {
        if let (Some(a), Some(b)) = (self.exact(), other.exact()) {
            return Some(match (self.time, other.time) {
                (Some(x), Some(y)) if a == b => x < y,
                _ => a < b,
            });
        }
        if self.last() < other.first() {
            Some(true)
        } else if self.first() >= other.last() {
            Some(false)
        } else {
            None
        }
    }

    /// The time of day in seconds after midnight, when given.
    pub(crate) fn secs(&self) -> Option<u32> {
        self.time
    }

    /// The time of day, when given.
    pub fn time(&self) -> Option<NaiveTime> {
        self.time
            .and_then(|s| NaiveTime::from_num_seconds_from_midnight_opt(s, 0))
    }
}

impl From<NaiveDate> for StatedDate {
    fn from(date: NaiveDate) -> StatedDate {
        StatedDate::day(date)
    }
}

impl fmt::Display for StatedDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.first;
        match self.precision {
            Precision::Year => write!(f, "{:04}", d.year()),
            Precision::Month => write!(f, "{:04}-{:02}", d.year(), d.month()),
            Precision::Day => {
                write!(f, "{d}")?;
                if let Some(s) = self.time {
                    write!(f, " {:02}:{:02}", s / 3600, s / 60 % 60)?;
                    if s % 60 != 0 {
                        write!(f, ":{:02}", s % 60)?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl std::str::FromStr for StatedDate {
    type Err = DateError;

    /// Reads `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` (a `T` for the space), `YYYY-MM` or `YYYY`.
    ///
    /// # Errors
    /// As [`parse`](super::parse) for the day; [`DateError::Time`] for a time of day there is
    /// not; [`DateError::Invalid`] for any other form.
    fn from_str(text: &str) -> Result<StatedDate, DateError> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| {
            b.get(r.clone())
                .filter(|s| s.iter().all(u8::is_ascii_digit))
                .map(|s| s.iter().fold(0u32, |n, &c| n * 10 + u32::from(c - b'0')))
        };
        match b.len() {
            4 => {
                let y = digits(0..4).ok_or(DateError::Invalid)?;
                let first = from_ymd(i64::from(y), 1, 1)?;
                Ok(StatedDate {
                    first,
                    precision: Precision::Year,
                    time: None,
                })
            }
            7 if b[4] == b'-' => {
                let (y, m) = digits(0..4).zip(digits(5..7)).ok_or(DateError::Invalid)?;
                let first = from_ymd(i64::from(y), m, 1)?;
                Ok(StatedDate {
                    first,
                    precision: Precision::Month,
                    time: None,
                })
            }
            16 | 19 if matches!(b[10], b' ' | b'T') => {
                let date = parse(&text[..10])?;
                let (h, m) = (digits(11..13), digits(14..16));
                let s = if b.len() == 19 {
                    (b[16] == b':').then(|| digits(17..19)).flatten()
                } else {
                    Some(0)
                };
                let ((h, m), s) = h
                    .zip(m)
                    .zip(s)
                    .filter(|_| b[13] == b':')
                    .ok_or(DateError::Invalid)?;
                if h > 23 || m > 59 || s > 59 {
                    return Err(DateError::Time { hour: h, minute: m });
                }
                Ok(StatedDate {
                    first: date,
                    precision: Precision::Day,
                    time: Some(h * 3600 + m * 60 + s),
                })
            }
            _ => parse(text).map(StatedDate::day),
        }
    }
}

impl serde::Serialize for StatedDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for StatedDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<StatedDate, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = StatedDate;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date string YYYY-MM-DD, YYYY-MM-DD HH:MM, YYYY-MM or YYYY")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<StatedDate, E> {
                v.parse().map_err(|e| E::custom(format_args!("{v:?}: {e}")))
            }
        }
        d.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(s: &str) -> Result<StatedDate, DateError> {
        s.parse()
    }

    /// The four forms a notice's date takes are read, and written back as they were given.
    #[test]
    fn a_day_a_time_a_month_and_a_year_are_read() {
        for (text, first, last, exact) in [
            ("2025-05-27", "2025-05-27", "2025-05-27", true),
            ("2025-05-27 20:20", "2025-05-27", "2025-05-27", true),
            ("2025-05-27 09:30:15", "2025-05-27", "2025-05-27", true),
            ("2024-02", "2024-02-01", "2024-02-29", false),
            ("2023-12", "2023-12-01", "2023-12-31", false),
            ("2019", "2019-01-01", "2019-12-31", false),
        ] {
            let d = read(text).unwrap();
            assert_eq!(d.first().to_string(), first, "{text}");
            assert_eq!(d.last().to_string(), last, "{text}");
            assert_eq!(d.exact().is_some(), exact, "{text}");
            assert_eq!(d.to_string(), text);
        }
        assert_eq!(
            read("2025-05-27T20:20").unwrap().to_string(),
            "2025-05-27 20:20"
        );
        assert_eq!(
            read("2025-05-27 08:05").unwrap().time(),
            NaiveTime::from_hms_opt(8, 5, 0)
        );
    }

    /// What is no date in any of the four forms is refused, saying what is wrong.
    #[test]
    fn what_is_not_a_date_is_refused() {
        for bad in [
            "",
            "202",
            "20245",
            "2024-1",
            "2024-13",
            "2024/05",
            "2024-05-27 24:00",
            "2024-05-27 12:60",
            "2024-05-27 1:00",
            "2024-05-27 12:00:60",
            "2024-05-27  12:00",
            "2024-05-27 12-00",
            "2024-02-30 10:00",
            "1948",
            "2100-01",
            "２０２４",
        ] {
            assert!(read(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            read("2024-05-27 24:00").unwrap_err().to_string(),
            "there is no time of day 24:00"
        );
        assert_eq!(read("2024-13").unwrap_err(), DateError::Month { month: 13 });
    }

    proptest! {
        /// Any text, of any characters, is read or refused, never a panic; what is read is
        /// written back as a text that reads as the same date.
        #[test]
        fn any_text_is_read_or_refused(text in "[0-9\\- :T年月日é７０]{0,20}") {
            if let Ok(d) = read(&text) {
                prop_assert_eq!(read(&d.to_string()), Ok(d));
            }
        }

        /// Every stated date is written and read back as itself, and lies within its bounds.
        #[test]
        fn stated_dates_round_trip(days in 0i64..55_000, form in 0u8..4, secs in 0u32..86_400) {
            let first = NaiveDate::from_ymd_opt(1949, 1, 1).unwrap() + chrono::Days::new(days as u64);
            prop_assume!(first.year() <= super::super::LAST_YEAR);
            let d = match form {
                0 => StatedDate::day(first),
                1 => StatedDate::at(first, NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).unwrap()),
                2 => read(&format!("{:04}-{:02}", first.year(), first.month())).unwrap(),
                _ => read(&format!("{:04}", first.year())).unwrap(),
            };
            prop_assert_eq!(read(&d.to_string()), Ok(d));
            prop_assert!(d.first() <= first && first <= d.last());
            prop_assert_eq!(d.first() == d.last(), d.exact().is_some());
        }
    }
}
