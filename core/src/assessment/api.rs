//! The assessment's JSON API: what the C and WASM surfaces call, so that all three take and give
//! the same JSON.

use chrono::NaiveDate;
use serde::Deserialize;

use super::obligations::{Filing, obligations};
#[cfg(feature = "catalogue")]
use super::work_plan::WorkPlan;
#[cfg(feature = "catalogue")]
use crate::Lang;
use crate::{Engine, Error, LeadDepartment};

#[cfg(feature = "catalogue")]
/// Validates a work plan given as JSON; the result is
/// `{ "ok": bool, "findings": [ {code, severity, path, message, legalBasis, rule} ] }`.
///
/// # Example
/// ```
/// let out = gongkai::assessment::api::validate_work_plan_json(
///     &gongkai::Engine::national(), r#"{"unit":"云江市财政局","domains":["governmentProcurement"]}"#,
///     gongkai::Lang::En)?;
/// let v: serde_json::Value = serde_json::from_str(&out).unwrap();
/// assert_eq!(v["ok"], false);
/// # Ok::<(), gongkai::Error>(())
/// ```
///
/// # Errors
/// [`Error::Parse`] when the text is not a work plan.
pub fn validate_work_plan_json(engine: &Engine, json: &str, lang: Lang) -> Result<String, Error> {
    let plan = WorkPlan::from_json(json)?;
    let findings = plan.validate(engine.rules());
    Ok(plan_report_json(&findings, lang))
}

#[cfg(feature = "catalogue")]
/// `{ "ok", "findings" }`: a report without a record id.
fn plan_report_json(findings: &[crate::Finding], lang: Lang) -> String {
    struct PlanReport<'a>(&'a [crate::Finding], Lang);
    impl serde::Serialize for PlanReport<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            use serde::ser::{SerializeSeq, SerializeStruct};
            struct Findings<'a>(&'a [crate::Finding], Lang);
            impl serde::Serialize for Findings<'_> {
                fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                    let mut seq = s.serialize_seq(Some(self.0.len()))?;
                    for f in self.0 {
                        seq.serialize_element(&f.view(self.1))?;
                    }
                    seq.end()
                }
            }
            let ok = !self
                .0
                .iter()
                .any(|f| f.severity() == crate::Severity::Error);
            let mut st = s.serialize_struct("PlanReport", 2)?;
            st.serialize_field("ok", &ok)?;
            st.serialize_field("findings", &Findings(self.0, self.1))?;
            st.end()
        }
    }
    serde_json::to_string(&PlanReport(findings, lang)).unwrap_or_default()
}

/// What [`obligations_json`] reads.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ObligationsInput {
    #[serde(deserialize_with = "crate::date::de")]
    notice_issued: NaiveDate,
    #[serde(default = "all_departments")]
    departments: Vec<LeadDepartment>,
    #[serde(default)]
    filings: Vec<Filing>,
    #[serde(deserialize_with = "crate::date::de")]
    as_of: NaiveDate,
}

/// The five bureaus the city's routing form assigns the notice to.
fn all_departments() -> Vec<LeadDepartment> {
    vec![
        LeadDepartment::HousingAndUrbanRuralDevelopment,
        LeadDepartment::LandAndResources,
        LeadDepartment::Finance,
        LeadDepartment::StateAssetsSupervision,
        LeadDepartment::DevelopmentAndReform,
    ]
}

/// The obligations of a notice with their status, from JSON
/// `{ "noticeIssued": "2018-06-12", "departments"?: [...], "filings"?: [...], "asOf": "2019-03-01" }`
/// (all five departments when `departments` is absent); the result is a JSON array of
/// obligations (`department`, `departmentName`, `duty`, `rule`, `due`, `status`, `filing`).
///
/// # Example
/// ```
/// let out = gongkai::assessment::api::obligations_json(&gongkai::Engine::national(),
///     r#"{"noticeIssued":"2018-06-12","asOf":"2018-07-01"}"#)?;
/// let v: serde_json::Value = serde_json::from_str(&out).unwrap();
/// assert_eq!(v.as_array().unwrap().len(), 5);
/// assert_eq!(v[0]["status"], "due");
/// # Ok::<(), gongkai::Error>(())
/// ```
///
/// # Errors
/// [`Error::Parse`] for bad input, [`Error::Calendar`] when a due date needs an uncovered year,
/// [`Error::UnknownRule`] when the rule table lacks `GD-PLAN` or `GD-REPORT`.
pub fn obligations_json(engine: &Engine, json: &str) -> Result<String, Error> {
    let input: ObligationsInput = crate::parse::from_json(json)?;
    let list = obligations(
        engine.rules(),
        engine.calendar(),
        input.notice_issued,
        &input.departments,
        &input.filings,
        input.as_of,
    )?;
    Ok(serde_json::to_string(&list).unwrap_or_else(|_| "[]".to_owned()))
}
