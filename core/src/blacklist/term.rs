//! A ban's term (禁止期): its first and last day, and the check of its length against the range
//! the provision allows.

use chrono::NaiveDate;
use serde::Serialize;

use super::{BanBasis, BlacklistError};

/// A ban's first and last day, both barred.
///
/// The last day is the day corresponding to the first in the last month (民法典 Arts 201–202: the
/// first day is not counted and a period in months ends on the corresponding day, or on the
/// month's last day when it has none). It is not moved out of a holiday: Art 203 extends the time
/// to act, and a ban is not an act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BanTerm {
    /// First barred day.
    pub start: NaiveDate,
    /// Last barred day.
    pub end: NaiveDate,
    /// Length in months.
    pub months: u32,
}

impl BanTerm {
    /// The term of a ban of `months` from `start`.
    ///
    /// # Example
    /// ```
    /// use gongkai::blacklist::BanTerm;
    /// let t = BanTerm::new("2024-02-29".parse().unwrap(), 12);
    /// assert_eq!(t.end.to_string(), "2025-02-28");
    /// ```
    pub fn new(start: NaiveDate, months: u32) -> BanTerm {
        BanTerm {
            start,
            end: super::add_months(start, months),
            months,
        }
    }

    /// True when `date` is barred.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

/// Refuses a ban of `months` outside the range `basis` allows (at least one month).
pub(crate) fn check_range(basis: &BanBasis, months: u32) -> Result<(), BlacklistError> {
    let (min, max) = basis.range_months();
    if months < min.max(1) || months > max {
        return Err(BlacklistError::BanOutOfRange {
            basis: basis.code(),
            min: min.max(1),
            max,
            given: months,
        });
    }
    Ok(())
}
