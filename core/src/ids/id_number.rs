//! 公民身份号码: the 18-character number on the 居民身份证 (GB 11643-1999).
//!
//! | positions | field | validated here as |
//! |---|---|---|
//! | 1–6 | 地址码, GB/T 2260 region of household registration | six digits starting with a province-level code |
//! | 7–14 | 出生日期码, YYYYMMDD | a real calendar date, year ≥ 1900 |
//! | 15–17 | 顺序码 | three digits; the last is odd for men, even for women |
//! | 18 | 校验码 | `"10X98765432"[Σ a·W mod 11]`, W = 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2 |
//!
//! A lower-case `x` is accepted and stored as the upper-case `X` that the standard prints, so two
//! spellings of one number compare equal.
//!
//! Region prefixes accepted: GB/T 2260's province-level codes (11–15, 21–23, 31–37, 41–46,
//! 50–54, 61–65, 71, 81, 82) and also `83`. Residence permits for residents of Hong Kong, Macao
//! and Taiwan (港澳台居民居住证, 2018) carry numbers in this format with the address codes 810000,
//! 820000 and 830000 (V-2nd); they are personal data just the same, so redaction must see them.
//!
//! Parsing cannot know today's date, so a birth date in the future is caught only by
//! [`ResidentIdNumber::validate_as_of`].
//!
//! # Example
//!
//! ```
//! use chrono::NaiveDate;
//! use gongkai::ids::{IdNumberError, ResidentIdNumber, Sex};
//! use gongkai::redact::MaskPolicy;
//!
//! let id = ResidentIdNumber::parse("360426199101010071")?;
//! assert_eq!(id.birth_date(), NaiveDate::from_ymd_opt(1991, 1, 1).unwrap());
//! assert_eq!(id.sex(), Sex::Male);
//! assert_eq!(id.masked(&MaskPolicy::default()), "360426********0071");
//!
//! let err = ResidentIdNumber::parse("110101199003077777").unwrap_err();
//! assert_eq!(err, IdNumberError::BadCheckCharacter { expected: '4', found: '7' });
//! # Ok::<(), IdNumberError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{is_province, significant, typed_at};
use crate::mask_policy::MaskPolicy;

/// W_k = 2^(18−k) mod 11 for positions 1–17.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// The check character for each value of Σ a·W mod 11.
const CHECK: &[u8; 11] = b"10X98765432";

/// The value that stands for `X` in a digit array.
pub(crate) const X: u8 = 10;

/// Why a string is not a resident identity number.
///
/// Positions count the significant characters from 1, whitespace ignored.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdNumberError {
    /// Not 18 significant characters.
    #[error("a resident identity number has 18 characters, found {len}")]
    WrongLength {
        /// Characters found, whitespace not counted.
        len: usize,
    },
    /// Not a digit (positions 1–17) or not a digit or `X` (position 18).
    #[error("character {found:?} is not allowed at position {position}")]
    InvalidCharacter {
        /// 1-based position.
        position: usize,
        /// The character as typed.
        found: char,
    },
    /// The address code does not start with a province-level code.
    #[error("region code {region:06} does not start with a province-level code")]
    BadRegionCode {
        /// The six-digit address code.
        region: u32,
    },
    /// Positions 7–14 are not a calendar date in or after 1900.
    #[error("birth date {year:04}{month:02}{day:02} is not a real date in or after 1900")]
    BadBirthDate {
        /// Positions 7–10.
        year: u32,
        /// Positions 11–12.
        month: u32,
        /// Positions 13–14.
        day: u32,
    },
    /// The check character at position 18 is wrong.
    #[error("check character should be {expected:?}, found {found:?}")]
    BadCheckCharacter {
        /// The check character positions 1–17 call for.
        expected: char,
        /// The character at position 18.
        found: char,
    },
    /// The birth date lies after the day the number was checked against
    /// ([`ResidentIdNumber::validate_as_of`]).
    #[error("birth date {birth_date} is after {today}")]
    BirthDateInFuture {
        /// The encoded birth date.
        birth_date: NaiveDate,
        /// The date checked against.
        today: NaiveDate,
    },
}

impl IdNumberError {
    /// A stable machine-readable code for this error, such as `"id_number.bad_birth_date"`.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::ids::ResidentIdNumber;
    ///
    /// let err = ResidentIdNumber::parse("110105194902300021").unwrap_err();
    /// assert_eq!(err.code(), "id_number.bad_birth_date");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongLength { .. } => "id_number.wrong_length",
            Self::InvalidCharacter { .. } => "id_number.invalid_character",
            Self::BadRegionCode { .. } => "id_number.bad_region_code",
            Self::BadBirthDate { .. } => "id_number.bad_birth_date",
            Self::BadCheckCharacter { .. } => "id_number.bad_check_character",
            Self::BirthDateInFuture { .. } => "id_number.birth_date_in_future",
        }
    }
}

/// Sex as encoded in the sequence code (position 17: odd = male, even = female).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// Odd position 17.
    Male,
    /// Even position 17.
    Female,
}

crate::parse::by_name!(Sex [
    Male = "male",
    Female = "female",
]);

/// 公民身份号码: a validated resident identity number (GB 11643-1999).
///
/// Holds the canonical form (digits and upper-case `X`); see the [module documentation](self) for
/// what is checked. Serialises as that string and deserialises through [`parse`](Self::parse).
/// `Debug` prints the number masked with the default [`MaskPolicy`], so that logs do not leak it.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ResidentIdNumber {
    code: [u8; 18],
    birth_date: NaiveDate,
}

impl ResidentIdNumber {
    /// Normalises `input` (whitespace removed, full-width to half-width, `x` to `X`) and validates
    /// it.
    ///
    /// # Errors
    ///
    /// The first problem found, in this order: [`IdNumberError::WrongLength`],
    /// [`IdNumberError::InvalidCharacter`], [`IdNumberError::BadRegionCode`],
    /// [`IdNumberError::BadBirthDate`], [`IdNumberError::BadCheckCharacter`].
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::ids::{IdNumberError, ResidentIdNumber};
    ///
    /// let id = ResidentIdNumber::parse(" １１０１０５１９４９１２３１００２ｘ ")?;
    /// assert_eq!(id.to_string(), "11010519491231002X");
    ///
    /// assert_eq!(
    ///     ResidentIdNumber::parse("1101051949123100X2"),
    ///     Err(IdNumberError::InvalidCharacter { position: 17, found: 'X' }),
    /// );
    /// # Ok::<(), IdNumberError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, IdNumberError> {
        let (len, code) = significant::<18>(input);
        if len != 18 {
            return Err(IdNumberError::WrongLength { len });
        }
        let mut digits = [0u8; 18];
        for (i, (&c, d)) in code.iter().zip(&mut digits).enumerate() {
            *d = match c {
                b'0'..=b'9' => c - b'0',
                b'X' if i == 17 => X,
                _ => {
                    return Err(IdNumberError::InvalidCharacter {
                        position: i + 1,
                        found: typed_at(input, i),
                    });
                }
            };
        }
        let birth_date = validate_digits(&digits)?;
        Ok(Self { code, birth_date })
    }

    /// Checks what parsing cannot: that the birth date is not after `today`.
    ///
    /// # Errors
    ///
    /// [`IdNumberError::BirthDateInFuture`] if the birth date is after `today`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::ids::ResidentIdNumber;
    ///
    /// let id = ResidentIdNumber::parse("110105209901010012")?;
    /// let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    /// assert_eq!(id.validate_as_of(today).unwrap_err().code(), "id_number.birth_date_in_future");
    /// # Ok::<(), gongkai::ids::IdNumberError>(())
    /// ```
    pub fn validate_as_of(&self, today: NaiveDate) -> Result<(), IdNumberError> {
        if self.birth_date > today {
            return Err(IdNumberError::BirthDateInFuture {
                birth_date: self.birth_date,
                today,
            });
        }
        Ok(())
    }

    /// The canonical 18-character form.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits and `X` are ever stored.
        std::str::from_utf8(&self.code).expect("identity numbers are ASCII")
    }

    /// The canonical form's bytes.
    pub(crate) fn bytes(&self) -> &[u8; 18] {
        &self.code
    }

    /// The address code (positions 1–6), such as `"110105"`.
    pub fn region_code(&self) -> &str {
        &self.as_str()[..6]
    }

    /// The birth date (positions 7–14).
    pub fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// The sex encoded at position 17.
    pub fn sex(&self) -> Sex {
        if (self.code[16] - b'0') % 2 == 1 {
            Sex::Male
        } else {
            Sex::Female
        }
    }

    /// The check character (position 18): a digit or `X`.
    pub fn check_character(&self) -> char {
        char::from(self.code[17])
    }

    /// The number masked under `policy`, for publication.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::ids::ResidentIdNumber;
    /// use gongkai::redact::MaskPolicy;
    ///
    /// let id = ResidentIdNumber::parse("11010519491231002X")?;
    /// assert_eq!(id.masked(&MaskPolicy::default()), "110105********002X");
    /// let policy = MaskPolicy::default().with_id_number(3, 2)?.with_mask_char('×')?;
    /// assert_eq!(id.masked(&policy), "110×××××××××××××2X");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn masked(&self, policy: &MaskPolicy) -> String {
        let (keep_prefix, keep_suffix) = policy.id_number_kept();
        self.as_str()
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i < keep_prefix || i >= 18 - keep_suffix {
                    c
                } else {
                    policy.mask_char()
                }
            })
            .collect()
    }
}

/// Whether an address code may start with `prefix`: a province-level code, or `83` (see the
/// [module documentation](self)).
pub(crate) fn is_region_prefix(prefix: u32) -> bool {
    prefix == 83 || is_province(prefix)
}

/// Validates 18 digit values (`X` as [`X`], allowed only last) against GB 11643: region, birth
/// date, check character. Shared with the redaction scanner so both agree on what an ID number is.
pub(crate) fn validate_digits(d: &[u8; 18]) -> Result<NaiveDate, IdNumberError> {
    let num = |range: std::ops::Range<usize>| {
        d[range]
            .iter()
            .fold(0u32, |acc, &v| acc * 10 + u32::from(v))
    };
    if !is_region_prefix(num(0..2)) {
        return Err(IdNumberError::BadRegionCode { region: num(0..6) });
    }
    let (year, month, day) = (num(6..10), num(10..12), num(12..14));
    let birth_date = NaiveDate::from_ymd_opt(year as i32, month, day)
        .filter(|date| date.year() >= 1900)
        .ok_or(IdNumberError::BadBirthDate { year, month, day })?;
    let sum: u32 = d.iter().zip(WEIGHTS).map(|(&v, w)| u32::from(v) * w).sum();
    let expected = CHECK[(sum % 11) as usize];
    let found = if d[17] == X { b'X' } else { b'0' + d[17] };
    if expected != found {
        return Err(IdNumberError::BadCheckCharacter {
            expected: char::from(expected),
            found: char::from(found),
        });
    }
    Ok(birth_date)
}

impl FromStr for ResidentIdNumber {
    type Err = IdNumberError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for ResidentIdNumber {
    type Error = IdNumberError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<ResidentIdNumber> for String {
    fn from(id: ResidentIdNumber) -> Self {
        id.as_str().to_owned()
    }
}

impl fmt::Display for ResidentIdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for ResidentIdNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ResidentIdNumber")
            .field(&self.masked(&MaskPolicy::default()))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_are_powers_of_two_mod_11() {
        for (k, w) in WEIGHTS.iter().enumerate() {
            assert_eq!(*w, (1u32 << (17 - k)) % 11);
        }
    }

    #[test]
    fn check_table_is_12_minus_s_mod_11() {
        for (s, &c) in CHECK.iter().enumerate() {
            let expected = match (12 - s) % 11 {
                10 => b'X',
                d => b'0' + d as u8,
            };
            assert_eq!(c, expected);
        }
    }

    #[test]
    fn debug_does_not_leak_the_number() {
        let id = ResidentIdNumber::parse("11010519491231002X").unwrap();
        let debug = format!("{id:?}");
        assert_eq!(debug, r#"ResidentIdNumber("110105********002X")"#);
    }

    #[test]
    fn leap_days() {
        let id = ResidentIdNumber::parse("110105200002290013").unwrap();
        assert_eq!(
            id.birth_date(),
            NaiveDate::from_ymd_opt(2000, 2, 29).unwrap()
        );
        assert!(matches!(
            ResidentIdNumber::parse("110105190002290017"),
            Err(IdNumberError::BadBirthDate {
                year: 1900,
                month: 2,
                day: 29
            })
        ));
    }
}
