//! `obligation`: a duty of a department rather than of a record (a work plan, a yearly
//! report). Listed in the rule table so that every time limit has one home; judged by the
//! assessment, never per record.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx};
use crate::calendar::{Calendar, CalendarError};
use crate::period::Period;

/// A department's duty and when it falls due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// When it falls due.
    pub due: ObligationDue,
}

impl CheckKind for Obligation {
    const KIND: &'static str = "obligation";
    const ABOUT: &'static str = "a department's duty, judged by the assessment";

    fn emits(&self, _code: &str) -> bool {
        false
    }

    fn describe(&self) -> String {
        match self.due {
            ObligationDue::AfterNotice(p) => format!(
                "obligation: within {} {} of the notice",
                p.n,
                p.unit.name_en()
            ),
            ObligationDue::Annually { month, day } => {
                format!("obligation: every year by {month:02}-{day:02}")
            }
        }
    }
}

impl Obligation {
    /// Nothing about a record: a department's duty is judged by the assessment.
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}
}

/// When an obligation of a department (not of a record) falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum ObligationDue {
    /// A period after the notice that creates the obligation was issued (工作方案 within two
    /// months, 粤办函〔2018〕201号 二).
    AfterNotice(Period),
    /// A fixed day every year, for the previous year (the progress report before the end of
    /// February, 粤办函〔2018〕201号 四; the annual report by 31 January, 条例 Art 49).
    Annually {
        /// Month, 1–12.
        month: u32,
        /// Day of the month; a day the month lacks means its last day (29 February → 28th).
        day: u32,
    },
}

impl ObligationDue {
    /// The due date: for [`ObligationDue::AfterNotice`] counted from `notice_issued` on the
    /// calendar (民法典 Arts 201–203), for [`ObligationDue::Annually`] the fixed day in `year`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::{RuleSet, Check, calendar::Calendar};
    /// let rules = RuleSet::national();
    /// let Check::Obligation(o) = &rules.get("GD-REPORT").unwrap().check else { panic!() };
    /// let d = o.due.due_date(&Calendar::official(), None, 2025)?;
    /// assert_eq!(d, NaiveDate::from_ymd_opt(2025, 2, 28).unwrap());
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    /// [`CalendarError::YearNotCovered`] when the period runs into a year the calendar does
    /// not cover, or when an `AfterNotice` obligation is asked without the notice's date
    /// (reported as the year asked).
    pub fn due_date(
        &self,
        cal: &Calendar,
        notice_issued: Option<NaiveDate>,
        year: i32,
    ) -> Result<NaiveDate, CalendarError> {
        match *self {
            ObligationDue::AfterNotice(period) => {
                let from = notice_issued.ok_or(CalendarError::YearNotCovered { year })?;
                Ok(crate::deadline::period_end(cal, from, period, &[])?.end)
            }
            ObligationDue::Annually { month, day } => {
                let last = (1..=day.max(1))
                    .rev()
                    .find_map(|d| NaiveDate::from_ymd_opt(year, month.clamp(1, 12), d));
                last.ok_or(CalendarError::YearNotCovered { year })
            }
        }
    }
}
