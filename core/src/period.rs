//! Periods: a number and a unit, as the law states a time limit.

use serde::{Deserialize, Serialize};

/// The unit of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodUnit {
    /// 日: calendar days, counted under 民法典 Arts 201 and 203.
    Day,
    /// 工作日: working days under the official calendar (make-up days count).
    Workday,
    /// 月: months, counted under 民法典 Art 202.
    Month,
    /// 小时: hours.
    Hour,
}

crate::parse::by_name!(PeriodUnit [
    Day = "day",
    Workday = "workday",
    Month = "month",
    Hour = "hour",
]);

impl PeriodUnit {
    /// Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            PeriodUnit::Day => "日",
            PeriodUnit::Workday => "个工作日",
            PeriodUnit::Month => "个月",
            PeriodUnit::Hour => "小时",
        }
    }

    /// English name (plural).
    pub fn name_en(self) -> &'static str {
        match self {
            PeriodUnit::Day => "days",
            PeriodUnit::Workday => "working days",
            PeriodUnit::Month => "months",
            PeriodUnit::Hour => "hours",
        }
    }
}

/// A period: `n` units.
///
/// # Example
/// ```
/// use gongkai::{Period, PeriodUnit};
/// let p = Period { n: 20, unit: PeriodUnit::Workday };
/// assert_eq!(p.to_string(), "20个工作日");
/// assert!(p.is_stricter_or_equal(&Period { n: 20, unit: PeriodUnit::Workday }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// How many units.
    pub n: u32,
    /// The unit.
    pub unit: PeriodUnit,
}

impl Period {
    /// An upper bound of the period in calendar days, for comparing periods of different units.
    ///
    /// Working days are bounded by the longest stretch the official calendar allows: at most
    /// 5 working days in 7 calendar days, plus a holiday block of up to 9 days in any stretch.
    fn max_days(&self) -> u64 {
        let n = u64::from(self.n);
        match self.unit {
            PeriodUnit::Hour => n.div_ceil(24),
            PeriodUnit::Day => n,
            PeriodUnit::Workday => n.div_ceil(5) * 7 + 9,
            PeriodUnit::Month => n * 31,
        }
    }

    /// A lower bound of the period in calendar days.
    fn min_days(&self) -> u64 {
        let n = u64::from(self.n);
        match self.unit {
            PeriodUnit::Hour => n / 24,
            PeriodUnit::Day | PeriodUnit::Workday => n,
            PeriodUnit::Month => n * 28,
        }
    }

    /// True when a "within this period" limit is certainly no looser than `law`'s: it ends no
    /// later for any start date. Different units are compared by their day bounds, so a limit
    /// that might be looser on some dates is not "stricter".
    pub fn is_stricter_or_equal(&self, law: &Period) -> bool {
        if self.unit == law.unit {
            return self.n <= law.n;
        }
        self.max_days() <= law.min_days()
    }
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}{}", self.n, self.unit.name_zh())
    }
}
