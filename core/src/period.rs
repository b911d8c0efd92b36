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
    /// 小时: hours, from the moment of the event (民法典 Art 201 ¶2), to the minute.
    Hour,
    /// 年: years, counted as twelve months under 民法典 Art 202 (the corresponding day of the
    /// last year; 自本决定作出之日起5年).
    Year,
}

crate::parse::by_name!(PeriodUnit [
    Day = "day",
    Workday = "workday",
    Month = "month",
    Hour = "hour",
    Year = "year",
]);

impl PeriodUnit {
    /// Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            PeriodUnit::Day => "日",
            PeriodUnit::Workday => "个工作日",
            PeriodUnit::Month => "个月",
            PeriodUnit::Hour => "小时",
            PeriodUnit::Year => "年",
        }
    }

    /// English name (plural).
    pub fn name_en(self) -> &'static str {
        match self {
            PeriodUnit::Day => "days",
            PeriodUnit::Workday => "working days",
            PeriodUnit::Month => "months",
            PeriodUnit::Hour => "hours",
            PeriodUnit::Year => "years",
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
    /// An upper bound of the period in calendar days, for comparing periods of different units:
    /// from an event on day D, the period has ended by the end of day D + this, at whatever
    /// moment of D the event fell. N hours from a moment of D end before the end of day D +
    /// ⌈N/24⌉.
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
            PeriodUnit::Year => n * 366,
        }
    }

    /// A lower bound of the period in calendar days: from an event on day D, the period has not
    /// ended before the end of day D + this. N hours from the first moment of D may end within
    /// day D + ⌊N/24⌋, before its end: only the day before is certain (48 hours from 00:00 end
    /// at the end of D + 1, whereas 2 日 end with D + 2).
    fn min_days(&self) -> u64 {
        let n = u64::from(self.n);
        match self.unit {
            PeriodUnit::Hour => (n / 24).saturating_sub(1),
            PeriodUnit::Day | PeriodUnit::Workday => n,
            PeriodUnit::Month => n * 28,
            PeriodUnit::Year => n * 365,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn p(n: u32, unit: PeriodUnit) -> Period {
        Period { n, unit }
    }

    /// 民法典 Art 201: N 日 end with the Nth day after the event's (¶1), N hours N hours after
    /// its moment (¶2). So 24 hours end no later than 1 日, whatever the moment; 25 hours may
    /// end later (from 23:30); 2 日 end later than 48 hours, and 72 hours of publicity are
    /// shorter than 3 日 (which last to the end of the third day).
    #[test]
    fn minfadian_201_hours_against_days() {
        let (day, hour) = (PeriodUnit::Day, PeriodUnit::Hour);
        assert!(p(24, hour).is_stricter_or_equal(&p(1, day)));
        assert!(p(12, hour).is_stricter_or_equal(&p(1, day)));
        assert!(p(48, hour).is_stricter_or_equal(&p(2, day)));
        assert!(!p(25, hour).is_stricter_or_equal(&p(1, day)));
        assert!(!p(2, day).is_stricter_or_equal(&p(48, hour)));
        assert!(!p(1, day).is_stricter_or_equal(&p(24, hour)));
        // A minimum of 3 日 is not met by one of 72 hours.
        assert!(!p(3, day).is_stricter_or_equal(&p(72, hour)));
        // Hours against working days: 24 hours end no later than 1 working day.
        assert!(p(24, hour).is_stricter_or_equal(&p(1, PeriodUnit::Workday)));
        assert!(p(480, hour).is_stricter_or_equal(&p(20, PeriodUnit::Workday)));
    }
}
