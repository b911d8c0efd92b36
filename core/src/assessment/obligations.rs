//! What a notice obliges each assigned department to do, and by when (粤办函〔2018〕201号 二、四):
//! file its work plan (工作方案) within two months of the notice's issue and publish it on its
//! website; report the previous year's progress before the end of each February and publish it in
//! its annual open-government report. The city's routing form assigns the notice to five bureaus
//! (住房城乡建设局、国土资源局、财政局、国资委、发展改革局): the five [`LeadDepartment`]s.
//!
//! The due dates come from the rule table (`GD-PLAN`, `GD-REPORT`), so a local layer can change
//! them. The notice's own date of issue is not in the seed (the city received it on 2018-06-16):
//! it is an input.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::rules::{Check, ObligationDue, RuleSet};
use crate::{Error, LeadDepartment};

/// What is owed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Duty {
    /// The work plan, filed with the government office and published on the department's site.
    WorkPlan,
    /// The progress report for a year, filed and published in the annual report.
    ProgressReport {
        /// The year reported on.
        year: i32,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgressReportFields {
    year: i32,
}

/// The JSON serde's tagged enums read, with their errors, without their code size (see
/// `parse::tagged`).
impl<'de> Deserialize<'de> for Duty {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::parse::tagged(
            d,
            "Duty",
            "kind",
            &["workPlan", "progressReport"],
            |kind, rest| {
                if kind == 0 {
                    return crate::parse::unit(rest, Duty::WorkPlan);
                }
                crate::parse::fields::<ProgressReportFields>(rest)
                    .map(|f| Duty::ProgressReport { year: f.year })
            },
        )
    }
}

/// A filing the department made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Filing {
    /// Who filed.
    pub department: LeadDepartment,
    /// What.
    pub duty: Duty,
    /// When it was filed (报备).
    #[serde(deserialize_with = "crate::date::de")]
    pub filed_on: NaiveDate,
    /// When it was published (on the website, or in the annual report); absent if not yet.
    #[serde(
        default,
        deserialize_with = "crate::date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub published_on: Option<NaiveDate>,
}

/// Where an obligation stands on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ObligationStatus {
    /// Filed and published by the due date.
    Done,
    /// Filed and published, but after the due date.
    DoneLate,
    /// Not yet done, and the due date has not passed.
    Due,
    /// Not done, and the due date has passed (filed but unpublished counts as not done).
    Overdue,
}

crate::parse::by_name!(ObligationStatus [
    Done = "done",
    DoneLate = "doneLate",
    Due = "due",
    Overdue = "overdue",
]);

/// One department's obligation with its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Obligation {
    /// The department.
    pub department: LeadDepartment,
    /// The department's name in Chinese.
    pub department_name: &'static str,
    /// What is owed.
    pub duty: Duty,
    /// The rule it comes from.
    pub rule: String,
    /// The last day.
    pub due: NaiveDate,
    /// Status on the date asked.
    pub status: ObligationStatus,
    /// The filing that meets it, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filing: Option<Filing>,
}

/// Every obligation of `departments` under a notice issued on `notice_issued`, with its status as
/// of `as_of`: the work plan, and a progress report for each full year from the notice's year to
/// the year before `as_of`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use gongkai::{Engine, LeadDepartment};
/// use gongkai::assessment::obligations::{obligations, Duty, Filing, ObligationStatus};
/// let engine = Engine::national();
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// let filings = [Filing { department: LeadDepartment::Finance, duty: Duty::WorkPlan,
///                         filed_on: d(2018, 7, 20), published_on: Some(d(2018, 7, 23)) }];
/// let list = obligations(engine.rules(), engine.calendar(), d(2018, 6, 12),
///                        &[LeadDepartment::Finance], &filings, d(2019, 3, 15))?;
/// assert_eq!(list[0].due, d(2018, 8, 13)); // 12 August 2018 is a Sunday (民法典 Art 203)
/// assert_eq!(list[0].status, ObligationStatus::Done);
/// assert_eq!(list[1].duty, Duty::ProgressReport { year: 2018 });
/// assert_eq!(list[1].status, ObligationStatus::Overdue); // due 2019-02-28, nothing filed
/// # Ok::<(), gongkai::Error>(())
/// ```
///
/// # Errors
/// [`Error::UnknownRule`] if the table lacks `GD-PLAN` or `GD-REPORT` (a local layer may have
/// switched them off), [`Error::Calendar`] if the work plan's period needs an uncovered year.
pub fn obligations(
    rules: &RuleSet,
    calendar: &Calendar,
    notice_issued: NaiveDate,
    departments: &[LeadDepartment],
    filings: &[Filing],
    as_of: NaiveDate,
) -> Result<Vec<Obligation>, Error> {
    let due_of = |id: &str| -> Result<ObligationDue, Error> {
        match rules.get(id).map(|r| (&r.check, r.enabled)) {
            Some((Check::Obligation(o), true)) => Ok(o.due),
            _ => Err(Error::UnknownRule { id: id.to_owned() }),
        }
    };
    let plan = due_of("GD-PLAN")?;
    let report = due_of("GD-REPORT")?;
    let plan_due = plan.due_date(calendar, Some(notice_issued), notice_issued.year())?;
    let mut out = Vec::new();
    for &department in departments {
        let mut duties = vec![(Duty::WorkPlan, "GD-PLAN", plan_due)];
        for year in notice_issued.year()..as_of.year() {
            let due = report.due_date(calendar, None, year + 1)?;
            duties.push((Duty::ProgressReport { year }, "GD-REPORT", due));
        }
        for (duty, rule, due) in duties {
            let filing = filings
                .iter()
                .filter(|f| f.department == department && f.duty == duty && f.filed_on <= as_of)
                .min_by_key(|f| f.filed_on)
                .cloned();
            let done_on = filing.as_ref().and_then(|f| {
                f.published_on
                    .filter(|p| *p <= as_of)
                    .map(|p| p.max(f.filed_on))
            });
            let status = match done_on {
                Some(d) if d <= due => ObligationStatus::Done,
                Some(_) => ObligationStatus::DoneLate,
                None if as_of <= due => ObligationStatus::Due,
                None => ObligationStatus::Overdue,
            };
            out.push(Obligation {
                department,
                department_name: department.name_zh(),
                duty,
                rule: rule.to_owned(),
                due,
                status,
                filing,
            });
        }
    }
    Ok(out)
}
