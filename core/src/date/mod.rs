//! Dates as gongkai reads them: `YYYY-MM-DD`, a four-digit year from [`FIRST_YEAR`] to
//! [`LAST_YEAR`], a two-digit month and day, nothing before or after. Every date read from text
//! — a record, a configuration, a calendar, a blacklist line, a C or JavaScript argument — goes
//! through [`parse`], and a date given as numbers (the C library's yyyymmdd) through
//! [`from_ymd`], so that every surface accepts the same dates and says the same about the rest.
//!
//! chrono's own reader (`NaiveDate::from_str`) is not used: it accepts `" 2024 - 9 - 1"`,
//! `"24-10-8"` (the year 24), `"-2024-10-08"` and `"+10000-01-01"`, none of which is a date an
//! official meant, and it says `input is out of range` where the problem is 30 February.
//!
//! # Example
//! ```
//! use gongkai::date::{self, DateError};
//! assert_eq!(date::parse("2024-02-29")?, chrono::NaiveDate::from_ymd_opt(2024, 2, 29).unwrap());
//! assert_eq!(
//!     date::parse("2023-02-29").unwrap_err().to_string(),
//!     "there is no day 29 in February 2023, which has 28 days"
//! );
//! assert!(matches!(date::parse("24-10-8"), Err(DateError::Invalid)));
//! // A year without an official holiday schedule is still a date.
//! assert!(date::parse("2012-03-01").is_ok());
//! # Ok::<(), gongkai::date::DateError>(())
//! ```

use std::fmt;

use chrono::NaiveDate;

use crate::Lang;

mod field;
mod stated;

pub use field::parse_field;
pub use stated::{Precision, StatedDate};

/// The first year read as a date: the founding of the People's Republic, before any rule or
/// notice the library knows. An earlier year is a typo.
pub const FIRST_YEAR: i32 = 1949;

/// The last year read as a date. Real notices range from the 2010s on; a year past this one is a
/// typo, not a plan.
pub const LAST_YEAR: i32 = 2099;

/// Why a text (or a yyyymmdd number) is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// A year outside [`FIRST_YEAR`]–[`LAST_YEAR`].
    #[error("the year {year} is out of range ({FIRST_YEAR}-{LAST_YEAR})")]
    Year {
        /// The year given.
        year: i64,
    },
    /// A month outside 1–12.
    #[error("there is no month {month} (months are 1-12)")]
    Month {
        /// The month given.
        month: u32,
    },
    /// A day outside 1–31.
    #[error("there is no day {day} (days are 1-31)")]
    Day {
        /// The day given.
        day: u32,
    },
    /// A day past the end of its month (2024-02-30, 2023-02-29, 2024-04-31).
    #[error(
        "there is no day {day} in {} {year}, which has {} days",
        month_name(*month),
        days_in_month(*year, *month)
    )]
    NoSuchDay {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u32,
        /// The day, 1–31.
        day: u32,
    },
    /// A character where the form `YYYY-MM-DD` has a digit or `-` (a space, a sign, a one-digit
    /// month, a full-width digit).
    #[error("not a date YYYY-MM-DD (an unexpected character)")]
    Invalid,
    /// A time of day past 23:59:59 (`2024-05-27 24:00`).
    #[error("there is no time of day {hour:02}:{minute:02}")]
    Time {
        /// The hour given.
        hour: u32,
        /// The minute given.
        minute: u32,
    },
    /// The text ends before the day's second digit.
    #[error("not a date YYYY-MM-DD (it ends early)")]
    TooShort,
    /// Text after the day.
    #[error("not a date YYYY-MM-DD (text after the day)")]
    TooLong,
}

impl DateError {
    /// The message in `lang` (the `Display` text is English).
    ///
    /// # Example
    /// ```
    /// use gongkai::{Lang, date};
    /// let e = date::parse("2024-02-30").unwrap_err();
    /// assert_eq!(e.message(Lang::ZhCn), "2024年2月没有30日（该月只有29天）");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match *self {
            DateError::Year { year } => {
                format!("年份{year}超出范围（{FIRST_YEAR}至{LAST_YEAR}年）")
            }
            DateError::Month { month } => format!("没有{month}月（月份为1至12）"),
            DateError::Day { day } => format!("没有{day}日（日为1至31）"),
            DateError::NoSuchDay { year, month, day } => format!(
                "{year}年{month}月没有{day}日（该月只有{}天）",
                days_in_month(year, month)
            ),
            DateError::Time { hour, minute } => format!("没有{hour:02}:{minute:02}这一时刻"),
            DateError::Invalid => "不是 YYYY-MM-DD 格式的日期（含有意外的字符）".to_owned(),
            DateError::TooShort => "不是 YYYY-MM-DD 格式的日期（不完整）".to_owned(),
            DateError::TooLong => "不是 YYYY-MM-DD 格式的日期（日之后还有内容）".to_owned(),
        }
    }
}

/// The English name of a month (1–12).
fn month_name(month: u32) -> &'static str {
    u8::try_from(month)
        .ok()
        .and_then(|m| chrono::Month::try_from(m).ok())
        .map_or("the month", |m| m.name())
}

/// The days of a month (1–12).
fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if NaiveDate::from_ymd_opt(year, 2, 29).is_some() => 29,
        2 => 28,
        _ => 31,
    }
}

/// The date of a year, month and day, or why there is none.
///
/// # Errors
/// [`DateError::Year`], [`DateError::Month`], [`DateError::Day`] or [`DateError::NoSuchDay`].
///
/// # Example
/// ```
/// use gongkai::date::{DateError, from_ymd};
/// assert!(from_ymd(2024, 9, 27).is_ok());
/// assert_eq!(from_ymd(0, 1, 1), Err(DateError::Year { year: 0 }));
/// ```
pub fn from_ymd(year: i64, month: u32, day: u32) -> Result<NaiveDate, DateError> {
    let year = i32::try_from(year)
        .ok()
        .filter(|y| (FIRST_YEAR..=LAST_YEAR).contains(y))
        .ok_or(DateError::Year { year })?;
    if !(1..=12).contains(&month) {
        return Err(DateError::Month { month });
    }
    if !(1..=31).contains(&day) {
        return Err(DateError::Day { day });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay { year, month, day })
}

/// A date written `YYYY-MM-DD`: exactly ten characters, four digits of a year from
/// [`FIRST_YEAR`] to [`LAST_YEAR`], `-`, two digits of a month, `-`, two digits of a day.
///
/// # Errors
/// [`DateError::Invalid`], [`DateError::TooShort`] or [`DateError::TooLong`] for text not of that
/// form; otherwise as [`from_ymd`].
pub fn parse(text: &str) -> Result<NaiveDate, DateError> {
    const FORM: &[u8; 10] = b"0000-00-00";
    let b = text.as_bytes();
    for (&c, &f) in b.iter().zip(FORM) {
        let fits = if f == b'-' {
            c == b'-'
        } else {
            c.is_ascii_digit()
        };
        if !fits {
            return Err(DateError::Invalid);
        }
    }
    if b.len() < FORM.len() {
        return Err(DateError::TooShort);
    }
    if b.len() > FORM.len() {
        return Err(DateError::TooLong);
    }
    let n = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .fold(0u32, |n, &c| n * 10 + u32::from(c - b'0'))
    };
    from_ymd(i64::from(n(0, 4)), n(5, 7), n(8, 10))
}

/// Reads a date from a JSON string through [`parse`]. For
/// `#[serde(deserialize_with = "crate::date::de")]`.
pub(crate) fn de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(DateVisitor)
}

/// An optional date, as serde reads an `Option<NaiveDate>` (`null` is none). For
/// `#[serde(default, deserialize_with = "crate::date::de_opt")]`.
pub(crate) fn de_opt<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<NaiveDate>, D::Error> {
    d.deserialize_option(OptionVisitor)
}

struct DateVisitor;

impl serde::de::Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date string YYYY-MM-DD")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NaiveDate, E> {
        parse(v).map_err(|e| E::custom(format_args!("{v:?}: {e}")))
    }
}

struct OptionVisitor;

impl<'de> serde::de::Visitor<'de> for OptionVisitor {
    type Value = Option<NaiveDate>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("option")
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        de(d).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn msg(s: &str) -> String {
        parse(s).unwrap_err().to_string()
    }

    /// What is wrong with a date is said, where chrono says only `input is out of range`
    /// (民法典 periods are computed on real dates, so an impossible one is the official's typo to
    /// fix).
    #[test]
    fn errors_say_what_is_wrong() {
        assert_eq!(
            msg("2024-02-30"),
            "there is no day 30 in February 2024, which has 29 days"
        );
        assert_eq!(
            msg("2023-02-29"),
            "there is no day 29 in February 2023, which has 28 days"
        );
        assert_eq!(
            msg("2024-04-31"),
            "there is no day 31 in April 2024, which has 30 days"
        );
        assert_eq!(msg("2024-13-01"), "there is no month 13 (months are 1-12)");
        assert_eq!(msg("2024-00-10"), "there is no month 0 (months are 1-12)");
        assert_eq!(msg("2024-01-32"), "there is no day 32 (days are 1-31)");
        assert_eq!(msg("0000-01-01"), "the year 0 is out of range (1949-2099)");
        assert_eq!(
            msg("2100-01-01"),
            "the year 2100 is out of range (1949-2099)"
        );
        assert_eq!(
            msg("2024/01/01"),
            "not a date YYYY-MM-DD (an unexpected character)"
        );
        assert_eq!(msg("2024-01"), "not a date YYYY-MM-DD (it ends early)");
        assert_eq!(
            msg("2024-01-01x"),
            "not a date YYYY-MM-DD (text after the day)"
        );
        // In a JSON document the text is quoted in front.
        let e = crate::parse::from_json::<Dated>(r#"{"a":"2024-02-30"}"#).unwrap_err();
        assert!(
            e.to_string().contains(
                r#"/a (line 1, column 17): "2024-02-30": there is no day 30 in February 2024"#
            ),
            "{e}"
        );
        let zh = parse("2024-02-30").unwrap_err().message(Lang::ZhCn);
        assert_eq!(zh, "2024年2月没有30日（该月只有29天）");
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Dated {
        #[serde(deserialize_with = "de")]
        a: NaiveDate,
    }

    /// What chrono's reader takes besides `YYYY-MM-DD` is refused: spaces, signs, short or long
    /// years, one-digit months and days, full-width digits.
    #[test]
    fn only_the_strict_form_is_a_date() {
        for s in [
            " 2024 - 9 - 1",
            " 2024-01-01",
            "2024-01-01 ",
            "2024-9-1",
            "2024-09-1",
            "24-10-8",
            "-2024-10-08",
            "+2024-10-08",
            "+10000-01-01",
            "-0044-03-15",
            "+002024-01-01",
            "20245-01-01",
            "0000-01-01",
            "1948-12-31",
            "2100-01-01",
            "２０２４-01-01",
            "2024-01-01\u{3000}",
            "",
            "2024",
            "2024-01-",
        ] {
            assert!(parse(s).is_err(), "{s:?}");
            assert_eq!(from_str_json(s), None, "{s:?}");
        }
        for s in ["1949-01-01", "2012-03-01", "2024-02-29", "2099-12-31"] {
            assert!(parse(s).is_ok(), "{s:?}");
        }
    }

    /// A date as a JSON string field, if it reads.
    fn from_str_json(s: &str) -> Option<NaiveDate> {
        let json = serde_json::to_string(&serde_json::json!({ "a": s })).ok()?;
        crate::parse::from_json::<Dated>(&json).ok().map(|d| d.a)
    }

    #[test]
    fn serde_reads_dates_and_options_of_dates() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Ours {
            #[serde(deserialize_with = "de")]
            a: NaiveDate,
            #[serde(default, deserialize_with = "de_opt")]
            b: Option<NaiveDate>,
        }
        let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
        let read = |json: &str| serde_json::from_str::<Ours>(json).map(|o| (o.a, o.b));
        assert_eq!(read(r#"{"a":"2024-01-02"}"#).unwrap(), (d(1, 2), None));
        assert_eq!(
            read(r#"{"a":"2024-01-02","b":null}"#).unwrap(),
            (d(1, 2), None)
        );
        assert_eq!(
            read(r#"{"a":"2024-01-02","b":"2024-02-03"}"#).unwrap(),
            (d(1, 2), Some(d(2, 3)))
        );
        for json in [
            r#"{"a":"2024-02-30"}"#,
            r#"{"a":"2024-01-02","b":"x"}"#,
            r#"{"a":1}"#,
            r#"{"a":null}"#,
            r#"{"a":"2024-01-02","b":1}"#,
            r#"{"b":"2024-01-02"}"#,
        ] {
            assert!(read(json).is_err(), "{json}");
        }
        let e = read(r#"{"a":1}"#).unwrap_err().to_string();
        assert!(e.contains("expected a date string YYYY-MM-DD"), "{e}");
    }

    proptest! {
        /// Every date in range is written `YYYY-MM-DD` and read back as itself.
        #[test]
        fn every_date_round_trips(days in 0i64..55_152) {
            let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap();
            let date = first + chrono::Days::new(days as u64);
            prop_assume!(chrono::Datelike::year(&date) <= LAST_YEAR);
            prop_assert_eq!(parse(&date.to_string()), Ok(date));
            prop_assert_eq!(parse(&date.format("%Y-%m-%d").to_string()), Ok(date));
        }

        /// Anything not of the form `dddd-dd-dd` is refused.
        #[test]
        fn text_not_of_the_form_is_refused(s in "[0-9+\\- \t\u{3000}x０]{0,14}") {
            let b = s.as_bytes();
            let form = b.len() == 10
                && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
            if !form {
                prop_assert!(parse(&s).is_err(), "{:?}", s);
            }
        }

        /// Of the form, a text is a date exactly when chrono makes one of its parts and the year
        /// is in range; the error says which part is wrong.
        #[test]
        fn the_form_is_a_date_when_its_parts_are(y in 0u32..10_000, m in 0u32..100, d in 0u32..100) {
            let s = format!("{y:04}-{m:02}-{d:02}");
            let real = NaiveDate::from_ymd_opt(y as i32, m, d)
                .filter(|_| (FIRST_YEAR..=LAST_YEAR).contains(&(y as i32)));
            prop_assert_eq!(parse(&s).ok(), real, "{}", s);
            if let Err(e) = parse(&s) {
                let expected = if !(FIRST_YEAR..=LAST_YEAR).contains(&(y as i32)) {
                    DateError::Year { year: i64::from(y) }
                } else if !(1..=12).contains(&m) {
                    DateError::Month { month: m }
                } else if !(1..=31).contains(&d) {
                    DateError::Day { day: d }
                } else {
                    DateError::NoSuchDay { year: y as i32, month: m, day: d }
                };
                prop_assert_eq!(e, expected);
            }
        }
    }
}
