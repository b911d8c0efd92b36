//! Dates in JSON (`"2024-03-05"`), read without chrono's general-purpose format parser.
//!
//! A record carries up to a dozen dates, and chrono's `FromStr` (a format-item interpreter)
//! cost about a sixth of parsing a whole record. The canonical `YYYY-MM-DD` form, which is what
//! every system sends, is read here directly; anything else goes to chrono, so what is accepted
//! and every error message stay exactly chrono's.

use std::fmt;

use chrono::NaiveDate;
use serde::Deserializer;
use serde::de::{Error, Visitor};

/// Reads `YYYY-MM-DD`; `None` when `s` is not in that exact shape (chrono then decides).
fn canonical(s: &str) -> Option<Option<NaiveDate>> {
    let b: &[u8; 10] = s.as_bytes().try_into().ok()?;
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let mut n = [0u32; 8];
    for (slot, &c) in n
        .iter_mut()
        .zip(b[..4].iter().chain(&b[5..7]).chain(&b[8..]))
    {
        if !c.is_ascii_digit() {
            return None;
        }
        *slot = u32::from(c - b'0');
    }
    let year = n[0] * 1000 + n[1] * 100 + n[2] * 10 + n[3];
    // A well-shaped but impossible date (02-30) is reported by chrono, in its words.
    Some(NaiveDate::from_ymd_opt(
        year as i32,
        n[4] * 10 + n[5],
        n[6] * 10 + n[7],
    ))
}

fn parse<E: Error>(s: &str) -> Result<NaiveDate, E> {
    match canonical(s) {
        Some(Some(d)) => Ok(d),
        _ => s.parse().map_err(E::custom),
    }
}

struct DateVisitor;

impl Visitor<'_> for DateVisitor {
    type Value = NaiveDate;

    // chrono's wording, so that a wrong type reads the same as before.
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a formatted date string")
    }

    fn visit_str<E: Error>(self, s: &str) -> Result<NaiveDate, E> {
        parse(s)
    }
}

/// `#[serde(deserialize_with = "date::required")]`
pub(crate) fn required<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    d.deserialize_str(DateVisitor)
}

/// `#[serde(default, deserialize_with = "date::optional")]`: `null` is no date.
pub(crate) fn optional<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    struct OptionVisitor;

    impl<'de> Visitor<'de> for OptionVisitor {
        type Value = Option<NaiveDate>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a formatted date string")
        }

        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            required(d).map(Some)
        }
    }

    d.deserialize_option(OptionVisitor)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Result<NaiveDate, String> {
        parse::<serde::de::value::Error>(s).map_err(|e| e.to_string())
    }

    #[test]
    fn canonical_dates_match_chrono() {
        for s in [
            "2024-03-05",
            "2000-02-29",
            "0001-01-01",
            "9999-12-31",
            "2026-10-01",
        ] {
            assert_eq!(read(s), Ok(s.parse::<NaiveDate>().unwrap()), "{s}");
        }
    }

    proptest::proptest! {
        /// Any ten characters of digits and dashes: the fast path agrees with chrono, date or error.
        #[test]
        fn agrees_with_chrono(s in "[0-9-]{10}") {
            proptest::prop_assert_eq!(read(&s), s.parse::<NaiveDate>().map_err(|e| e.to_string()));
        }

        #[test]
        fn every_day_round_trips(days in 0i64..3_000_000) {
            let d = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Duration::days(days);
            proptest::prop_assert_eq!(read(&d.format("%Y-%m-%d").to_string()), Ok(d));
        }
    }

    #[test]
    fn everything_else_is_chronos_call() {
        for s in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-3-5",
            "2024/03/05",
            "20240305",
            " 2024-03-05",
            "2024-03-05 ",
            "+2024-03-05",
            "２０２４-03-05",
            "",
            "2024-03-0x",
        ] {
            assert_eq!(
                read(s),
                s.parse::<NaiveDate>().map_err(|e| e.to_string()),
                "{s:?}"
            );
        }
    }
}
