//! Calendar dates written `YYYY-MM-DD`, read as chrono's `NaiveDate::from_str` reads them and
//! with its error messages, but without chrono's general format parser (which `from_str` runs,
//! and which was most of chrono's share of the WASM package).
//!
//! What chrono accepts: optional whitespace, a year of one to four digits (or any number of
//! digits after a `+` or `-`), `-`, a month of one or two digits, `-`, a day of one or two
//! digits, with whitespace allowed around each `-` and at the end. A property test holds this
//! reader to chrono's on arbitrary text.

use std::fmt;

use chrono::NaiveDate;

/// Why a text is not a date: chrono's `ParseError` kinds that its date format can give, with
/// chrono's messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateError {
    /// A number out of its range, or a date that does not exist (2024-02-30).
    OutOfRange,
    /// A character where a digit or `-` is expected.
    Invalid,
    /// The text ends early.
    TooShort,
    /// Text after the day.
    TooLong,
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DateError::OutOfRange => "input is out of range",
            DateError::Invalid => "input contains invalid characters",
            DateError::TooShort => "premature end of input",
            DateError::TooLong => "trailing input",
        })
    }
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
            .ok_or(DateError::OutOfRange)?;
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
                return NaiveDate::from_ymd_opt(year as i32, month, day)
                    .ok_or(DateError::OutOfRange);
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
    let year = i32::try_from(year).map_err(|_| DateError::OutOfRange)?;
    let (s, month) = number(dash(s)?.trim_start(), 1, 2)?;
    if !(1..=12).contains(&month) {
        return Err(DateError::OutOfRange);
    }
    let (s, day) = number(dash(s)?.trim_start(), 1, 2)?;
    if !(1..=31).contains(&day) {
        return Err(DateError::OutOfRange);
    }
    if !s.trim_start().is_empty() {
        return Err(DateError::TooLong);
    }
    // Both in range: checked above.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).ok_or(DateError::OutOfRange)
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
        parse(v).map_err(E::custom)
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

    fn chrono(s: &str) -> Result<NaiveDate, String> {
        s.parse::<NaiveDate>().map_err(|e| e.to_string())
    }

    fn ours(s: &str) -> Result<NaiveDate, String> {
        parse(s).map_err(|e| e.to_string())
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
        for json in [
            r#"{"a":"2024-01-02"}"#,
            r#"{"a":"2024-01-02","b":null}"#,
            r#"{"a":"2024-01-02","b":"2024-02-03"}"#,
            r#"{"a":"2024-02-30"}"#,
            r#"{"a":1}"#,
            r#"{"a":null}"#,
            r#"{"a":"2024-01-02","b":1}"#,
            r#"{"a":"2024-01-02","b":"x"}"#,
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
