//! Calendar dates written `YYYY-MM-DD`, read as chrono's `NaiveDate::from_str` reads them, but
//! without chrono's general format parser (which `from_str` runs, and which would be most of
//! chrono's share of the WASM package), and with errors that say what is wrong with the date.
//!
//! What chrono accepts: optional whitespace, a year of one to four digits (or any number of
//! digits after a `+` or `-`), `-`, a month of one or two digits, `-`, a day of one or two
//! digits, with whitespace allowed around each `-` and at the end. A property test holds this
//! reader to chrono's on arbitrary text: the same dates, and errors of the same kind.

use std::fmt;

use chrono::NaiveDate;

/// Why a text is not a date. The first four are chrono's `OutOfRange`, told apart: chrono says
/// `input is out of range` for all of them, which does not tell an official that 30 February is
/// the problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateError {
    /// A year too large for the calendar.
    Year,
    /// A month outside 1–12.
    Month(i64),
    /// A day outside 1–31.
    Day(i64),
    /// A day past the end of its month (2024-02-30, 2023-02-29, 2024-04-31).
    NoSuchDay {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u32,
        /// The day, 1–31.
        day: u32,
    },
    /// A character where a digit or `-` is expected.
    Invalid,
    /// The text ends early.
    TooShort,
    /// Text after the day.
    TooLong,
}

impl DateError {
    /// The kind of chrono's error for the same text.
    #[cfg(test)]
    fn chrono_kind(self) -> chrono::format::ParseErrorKind {
        use chrono::format::ParseErrorKind as K;
        match self {
            DateError::Year
            | DateError::Month(_)
            | DateError::Day(_)
            | DateError::NoSuchDay { .. } => K::OutOfRange,
            DateError::Invalid => K::Invalid,
            DateError::TooShort => K::TooShort,
            DateError::TooLong => K::TooLong,
        }
    }
}

/// English, as the JSON reader's other messages are.
impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            DateError::Year => f.write_str("the year is out of range"),
            DateError::Month(m) => write!(f, "there is no month {m} (months are 1-12)"),
            DateError::Day(d) => write!(f, "there is no day {d} (days are 1-31)"),
            DateError::NoSuchDay { year, month, day } => {
                let name = u8::try_from(month)
                    .ok()
                    .and_then(|m| chrono::Month::try_from(m).ok())
                    .map_or("the month", |m| m.name());
                write!(
                    f,
                    "there is no day {day} in {name} {year}, which has {} days",
                    days_in_month(year, month)
                )
            }
            DateError::Invalid => f.write_str("not a date YYYY-MM-DD (an unexpected character)"),
            DateError::TooShort => f.write_str("not a date YYYY-MM-DD (it ends early)"),
            DateError::TooLong => f.write_str("not a date YYYY-MM-DD (text after the day)"),
        }
    }
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

/// A date from its parts, or why there is none: the day past its month's end, or a year chrono
/// cannot hold.
fn ymd(year: i32, month: u32, day: u32) -> Result<NaiveDate, DateError> {
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        if NaiveDate::from_ymd_opt(year, month, 1).is_some() {
            DateError::NoSuchDay { year, month, day }
        } else {
            DateError::Year
        }
    })
}

/// A run of `min..=max` ASCII digits at the start of `s`, and the rest (chrono's `scan::number`).
fn number(s: &str, min: usize, max: usize) -> Result<(&str, i64), DateError> {
    let bytes = s.as_bytes();
    if bytes.len() < min {
        return Err(DateError::TooShort);
    }
    let mut n = 0i64;
    for (i, &c) in bytes.iter().take(max).enumerate() {
        if !c.is_ascii_digit() {
            return if i < min {
                Err(DateError::Invalid)
            } else {
                Ok((&s[i..], n))
            };
        }
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(i64::from(c - b'0')))
            .ok_or(DateError::Year)?;
    }
    Ok((&s[max.min(bytes.len())..], n))
}

/// `-` after optional whitespace.
fn dash(s: &str) -> Result<&str, DateError> {
    let s = s.trim_start();
    if s.is_empty() {
        return Err(DateError::TooShort);
    }
    s.strip_prefix('-').ok_or(DateError::Invalid)
}

/// Parses a date as `chrono::NaiveDate::from_str` does.
pub(crate) fn parse(s: &str) -> Result<NaiveDate, DateError> {
    // The usual `YYYY-MM-DD` read directly; what it accepts the general reading accepts alike.
    let b = s.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        let digit = |i: usize| b[i].wrapping_sub(b'0');
        if [0, 1, 2, 3, 5, 6, 8, 9].iter().all(|&i| digit(i) < 10) {
            let n = |i: usize| u32::from(digit(i));
            let year = n(0) * 1000 + n(1) * 100 + n(2) * 10 + n(3);
            let (month, day) = (n(5) * 10 + n(6), n(8) * 10 + n(9));
            if (1..=12).contains(&month) && (1..=31).contains(&day) {
                // Four digits: within i32 and chrono's range.
                return ymd(year as i32, month, day);
            }
        }
    }
    let s = s.trim_start();
    let (s, year) = if let Some(rest) = s.strip_prefix('-') {
        let (s, v) = number(rest, 1, usize::MAX)?;
        (s, -v)
    } else if let Some(rest) = s.strip_prefix('+') {
        number(rest, 1, usize::MAX)?
    } else {
        number(s, 1, 4)?
    };
    let year = i32::try_from(year).map_err(|_| DateError::Year)?;
    let (s, month) = number(dash(s)?.trim_start(), 1, 2)?;
    if !(1..=12).contains(&month) {
        return Err(DateError::Month(month));
    }
    let (s, day) = number(dash(s)?.trim_start(), 1, 2)?;
    if !(1..=31).contains(&day) {
        return Err(DateError::Day(day));
    }
    if !s.trim_start().is_empty() {
        return Err(DateError::TooLong);
    }
    // Both in range: checked above.
    ymd(year, month as u32, day as u32)
}

/// Reads a date from a JSON string: what chrono's `Deserialize` for `NaiveDate` does, through
/// [`parse`]. For `#[serde(deserialize_with = "crate::date::de")]`.
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
        // chrono's words.
        f.write_str("a formatted date string")
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

    use chrono::format::ParseErrorKind;

    fn chrono(s: &str) -> Result<NaiveDate, ParseErrorKind> {
        s.parse::<NaiveDate>().map_err(|e| e.kind())
    }

    fn ours(s: &str) -> Result<NaiveDate, ParseErrorKind> {
        parse(s).map_err(DateError::chrono_kind)
    }

    /// What is wrong with a date that is out of range is said, where chrono says only
    /// `input is out of range` (民法典 periods are computed on real dates, so an impossible one
    /// is the official's typo to fix).
    #[test]
    fn out_of_range_dates_say_what_is_wrong() {
        let msg = |s: &str| parse(s).unwrap_err().to_string();
        assert_eq!(
            msg("2024-02-30"),
            "there is no day 30 in February 2024, which has 29 days"
        );
        assert_eq!(
            msg("2023-02-29"),
            "there is no day 29 in February 2023, which has 28 days"
        );
        assert_eq!(
            msg("2024-4-31"),
            "there is no day 31 in April 2024, which has 30 days"
        );
        assert_eq!(msg("2024-13-01"), "there is no month 13 (months are 1-12)");
        assert_eq!(msg("2024-00-10"), "there is no month 0 (months are 1-12)");
        assert_eq!(msg("2024-01-32"), "there is no day 32 (days are 1-31)");
        assert_eq!(msg("+99999999999-01-01"), "the year is out of range");
        assert_eq!(msg("+262142-12-32"), "there is no day 32 (days are 1-31)");
        assert_eq!(msg("+262143-01-01"), "the year is out of range");
        assert!(parse("+262142-12-31").is_ok());
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
    }

    #[derive(serde::Deserialize, Debug)]
    #[allow(dead_code)]
    struct Dated {
        #[serde(deserialize_with = "de")]
        a: NaiveDate,
    }

    #[test]
    fn reads_what_chrono_reads() {
        for s in [
            "2024-09-29",
            "2024-9-1",
            " 2024 - 09 - 29 ",
            "+2024-09-29",
            "-0044-03-15",
            "+002024-01-01",
            "2024-02-30",
            "2024-13-01",
            "2024-00-10",
            "2024-01-32",
            "20245-01-01",
            "2024-01",
            "2024-01-",
            "2024",
            "",
            " ",
            "x",
            "2024/01/01",
            "2024-01-01x",
            "2024-001-01",
            "+",
            "-",
            "+99999999999-01-01",
            "-99999999999999999999-01-01",
            "２０２４-01-01",
            "2024-01-01\u{3000}",
            "\u{3000}2024-01-01",
        ] {
            assert_eq!(ours(s), chrono(s), "{s:?}");
        }
    }

    #[test]
    fn serde_reads_as_chrono_does() {
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Ours {
            #[serde(deserialize_with = "de")]
            a: NaiveDate,
            #[serde(default, deserialize_with = "de_opt")]
            b: Option<NaiveDate>,
        }
        #[derive(serde::Deserialize, Debug, PartialEq)]
        struct Chrono {
            a: NaiveDate,
            #[serde(default)]
            b: Option<NaiveDate>,
        }
        // Same dates, same errors of JSON types; a string that is no date fails in both, with
        // our message for the date itself (out_of_range_dates_say_what_is_wrong).
        for json in [r#"{"a":"2024-02-30"}"#, r#"{"a":"2024-01-02","b":"x"}"#] {
            assert!(serde_json::from_str::<Ours>(json).is_err(), "{json}");
            assert!(serde_json::from_str::<Chrono>(json).is_err(), "{json}");
        }
        for json in [
            r#"{"a":"2024-01-02"}"#,
            r#"{"a":"2024-01-02","b":null}"#,
            r#"{"a":"2024-01-02","b":"2024-02-03"}"#,
            r#"{"a":1}"#,
            r#"{"a":null}"#,
            r#"{"a":"2024-01-02","b":1}"#,
            r#"{"a":"2024-01-02","b":[]}"#,
            r#"{"b":"2024-01-02"}"#,
        ] {
            let ours = serde_json::from_str::<Ours>(json)
                .map(|o| (o.a, o.b))
                .map_err(|e| e.to_string());
            let chrono = serde_json::from_str::<Chrono>(json)
                .map(|c| (c.a, c.b))
                .map_err(|e| e.to_string());
            assert_eq!(ours, chrono, "{json}");
        }
    }

    proptest! {
        #[test]
        fn agrees_with_chrono_on_any_text(s in "[0-9+\\- \\t\u{3000}x]{0,14}") {
            prop_assert_eq!(ours(&s), chrono(&s), "{:?}", s);
        }

        #[test]
        fn agrees_with_chrono_on_near_dates(
            y in -300_000i64..300_000, m in 0u32..14, d in 0u32..33,
            pad_m in any::<bool>(), pad_d in any::<bool>(), sign in 0u8..3,
        ) {
            let year = match sign {
                0 => format!("{y}"),
                1 => format!("{:04}", y.abs()),
                _ => format!("+{}", y.abs()),
            };
            let month = if pad_m { format!("{m:02}") } else { m.to_string() };
            let day = if pad_d { format!("{d:02}") } else { d.to_string() };
            let s = format!("{year}-{month}-{day}");
            prop_assert_eq!(ours(&s), chrono(&s), "{:?}", s);
        }
    }
}
