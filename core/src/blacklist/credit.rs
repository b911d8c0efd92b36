//! Credit classes of 信用修复管理办法 (国家发展改革委令第36号, in force 2026-04-01).

use chrono::NaiveDate;

use crate::{LegalBasis, Verification};

/// The seriousness class of 失信信息 under 信用修复管理办法 (令第36号), which sets the minimum and
/// maximum publication windows, counted from the date of the decision
/// (docs/legal-basis.md#credit-repair: the tiers are confirmed by several reports of the official
/// release, V-2nd; the article numbers are not verified):
///
/// | class | minimum | maximum |
/// |---|---|---|
/// | 轻微 `minor` | none: repairable once the legal duty is performed | 3 months, and normally not published |
/// | 一般 `general` | 3 months | 1 year |
/// | 严重 `serious` | 1 year | 3 years |
///
/// Repair is possible once the minimum has passed; publication stops by itself at the maximum.
/// The class applies to decisions from 2026-04-01 ([`CreditClass::IN_FORCE`]).
///
/// # Example
/// ```
/// use gongkai::blacklist::CreditClass;
/// assert_eq!(CreditClass::Serious.window_months(), (12, 36));
/// assert!(!CreditClass::Minor.normally_published());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CreditClass {
    /// 轻微失信.
    Minor,
    /// 一般失信.
    General,
    /// 严重失信.
    Serious,
}

crate::parse::by_name!(CreditClass [
    Minor = "minor",
    General = "general",
    Serious = "serious",
]);

impl CreditClass {
    /// The day 信用修复管理办法 came into force.
    pub const IN_FORCE: NaiveDate = match NaiveDate::from_ymd_opt(2026, 4, 1) {
        Some(d) => d,
        None => NaiveDate::MIN,
    };

    /// The minimum and maximum publication windows, in months from the decision.
    pub fn window_months(self) -> (u32, u32) {
        match self {
            CreditClass::Minor => (0, 3),
            CreditClass::General => (3, 12),
            CreditClass::Serious => (12, 36),
        }
    }

    /// False for 轻微, which 原则上不予公示.
    pub fn normally_published(self) -> bool {
        self != CreditClass::Minor
    }

    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            CreditClass::Minor => "轻微失信",
            CreditClass::General => "一般失信",
            CreditClass::Serious => "严重失信",
        }
    }

    /// The legal basis of the windows.
    pub fn legal_basis() -> LegalBasis {
        LegalBasis {
            document: "信用修复管理办法（国家发展改革委令第36号）".to_owned(),
            article: None,
            verification: Verification::V2nd,
        }
    }

    pub(crate) fn to_u8(self) -> u8 {
        self as u8 + 1
    }

    pub(crate) fn from_u8(b: u8) -> Option<CreditClass> {
        match b {
            1 => Some(CreditClass::Minor),
            2 => Some(CreditClass::General),
            3 => Some(CreditClass::Serious),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 信用修复管理办法 (令第36号): 轻微 ≤3 months, 一般 3 months–1 year, 严重 1–3 years.
    #[test]
    fn credit_windows_xyxfglbf_36() {
        assert_eq!(CreditClass::Minor.window_months(), (0, 3));
        assert_eq!(CreditClass::General.window_months(), (3, 12));
        assert_eq!(CreditClass::Serious.window_months(), (12, 36));
        assert_eq!(CreditClass::IN_FORCE.to_string(), "2026-04-01");
        for c in [
            CreditClass::Minor,
            CreditClass::General,
            CreditClass::Serious,
        ] {
            assert_eq!(CreditClass::from_u8(c.to_u8()), Some(c));
        }
        assert_eq!(CreditClass::from_u8(0), None);
    }
}
