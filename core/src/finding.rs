//! Findings: what a record does wrong, as data, with a stable code, a JSON Pointer and the law.
//!
//! A finding's data ([`Detail`]) is one variant per [`FindingCode`], defined with the check that
//! emits it in [`rules::checks`](crate::rules::checks); its code and message come from that data.

use std::borrow::Cow;
use std::sync::Arc;

use serde::{Serialize, Serializer, ser::SerializeStruct};

use crate::lang::Lang;
use crate::legal::LegalBasis;
use crate::rules::checks::deadline::DeadlineDetail;
use crate::rules::checks::{Detail, FindingCode};
use crate::rules::rule::Rule;
use crate::severity::Severity;

/// One thing a record does wrong (or might), with where and under which law.
///
/// In JSON: `{ "code", "severity", "path", "message", "legalBasis", "rule" }`, the same shape from
/// Rust, C and WASM.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Finding {
    severity: Severity,
    /// Borrowed when the pointer is fixed (`"/channels"`), owned when it names a content key or
    /// an index: most findings then allocate nothing for their path.
    path: Cow<'static, str>,
    rule: Arc<Rule>,
    detail: Detail,
}

impl Finding {
    pub(crate) fn new(
        rule: &Arc<Rule>,
        severity: Severity,
        path: Cow<'static, str>,
        detail: Detail,
    ) -> Finding {
        Finding {
            severity,
            path,
            rule: Arc::clone(rule),
            detail,
        }
    }

    /// The stable code (from the finding's data: the two cannot disagree).
    pub fn code(&self) -> FindingCode {
        self.detail.code()
    }

    /// How serious.
    pub fn severity(&self) -> Severity {
        self.severity
    }

    /// RFC 6901 JSON Pointer to the field concerned (`"/content/projectName"`).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The rule that found it.
    pub fn rule(&self) -> &Rule {
        &self.rule
    }

    /// The data the message is rendered from.
    pub fn detail(&self) -> &Detail {
        &self.detail
    }

    /// The legal basis (the rule's).
    pub fn legal_basis(&self) -> &LegalBasis {
        &self.rule.legal_basis
    }

    /// The message in the requested language.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Engine, Context, DisclosureRecord, Lang};
    /// let record = DisclosureRecord::from_json(r#"{"id":"1","domain":"governmentProcurement",
    ///   "item":"procurementBudget","title":"预算","responsibleBody":{"name":"某局"},
    ///   "formedOn":"2024-03-01","status":"draft","channels":["ccgp"],
    ///   "content":{"projectName":"办公设备"}}"#)?;
    /// let report = Engine::national().validate(&record, &Context::new("2024-03-01".parse().unwrap()));
    /// let f = &report.findings[0];
    /// assert_eq!(f.code().as_str(), "element.missing");
    /// assert!(f.message(Lang::ZhCn).contains("预算金额"));
    /// assert!(f.message(Lang::En).contains("budget"));
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        self.detail.message(lang)
    }

    /// A serialisable view in one language.
    pub fn view(&self, lang: Lang) -> FindingView<'_> {
        FindingView {
            finding: self,
            lang,
        }
    }
}

/// A [`Finding`] rendered in one language, for serialisation.
#[derive(Debug, Clone, Copy)]
pub struct FindingView<'a> {
    finding: &'a Finding,
    lang: Lang,
}

impl Serialize for FindingView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Finding", 7)?;
        self.fields(&mut st)?;
        st.end()
    }
}

impl FindingView<'_> {
    /// Its fields, into a struct being serialised: a notice's finding adds its span to them.
    pub(crate) fn fields<S: SerializeStruct>(&self, st: &mut S) -> Result<(), S::Error> {
        let f = self.finding;
        st.serialize_field("code", &f.code())?;
        st.serialize_field("severity", &f.severity)?;
        st.serialize_field("path", &f.path)?;
        st.serialize_field("message", &f.message(self.lang))?;
        st.serialize_field("legalBasis", f.legal_basis())?;
        st.serialize_field("rule", &f.rule.id)?;
        if let Some(d) = f.detail.deadline() {
            st.serialize_field("explanation", &ExplanationView(d, self.lang))?;
        } else if let Some(h) = f.detail.party_hit() {
            st.serialize_field("blacklistHit", &BlacklistView(&h.hit))?;
        }
        Ok(())
    }
}

/// The findings for one record.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Report {
    /// The record's id.
    pub record_id: String,
    /// What was found, in rule-table order.
    pub findings: Vec<Finding>,
}

impl Report {
    /// True when nothing of severity `error` was found.
    pub fn ok(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// A serialisable view in one language:
    /// `{ "recordId", "ok", "findings": [...] }`.
    pub fn view(&self, lang: Lang) -> ReportView<'_> {
        ReportView { report: self, lang }
    }

    /// The report as JSON in one language.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string(&self.view(lang)).expect("a report always serialises")
    }
}

/// A [`Report`] rendered in one language, for serialisation.
#[derive(Debug, Clone, Copy)]
pub struct ReportView<'a> {
    report: &'a Report,
    lang: Lang,
}

impl Serialize for ReportView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        struct Findings<'a>(&'a [Finding], Lang);
        impl Serialize for Findings<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for f in self.0 {
                    seq.serialize_element(&f.view(self.1))?;
                }
                seq.end()
            }
        }
        let mut st = s.serialize_struct("Report", 3)?;
        st.serialize_field("recordId", &self.report.record_id)?;
        st.serialize_field("ok", &self.report.ok())?;
        st.serialize_field("findings", &Findings(&self.report.findings, self.lang))?;
        st.end()
    }
}

/// A deadline explanation as JSON data, with its text in one language.
struct ExplanationView<'a>(&'a DeadlineDetail, Lang);

impl Serialize for ExplanationView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::calendar::SpecialDaysJson;
        let (d, lang) = (self.0, self.1);
        let mut st = s.serialize_struct("Explanation", 14)?;
        st.serialize_field("direction", &d.direction)?;
        st.serialize_field("anchor", &d.anchor)?;
        st.serialize_field("anchorDate", &d.anchor_at())?;
        st.serialize_field("period", &d.end.period)?;
        st.serialize_field("countedEnd", &d.end.counted_at())?;
        st.serialize_field("due", &d.end.end_at())?;
        st.serialize_field("pausedUnits", &d.end.paused)?;
        st.serialize_field("target", &d.target)?;
        st.serialize_field("targetDate", &d.target_date)?;
        st.serialize_field("units", &d.units)?;
        if d.start_day_counted {
            st.serialize_field("firstDayCounted", &true)?;
        }
        if d.only_without_first_day {
            st.serialize_field("onlyWithoutFirstDay", &true)?;
        }
        if d.only_by_rest_day_roll {
            st.serialize_field("onlyByRestDayRoll", &true)?;
        }
        st.serialize_field("specialDays", &SpecialDaysJson(&d.end.special_days, lang))?;
        st.serialize_field("text", &d.explanation(lang))?;
        st.end()
    }
}

/// A blacklist finding's entry, as data: which entry, matched on what, and its state that day.
struct BlacklistView<'a>(&'a crate::blacklist::HitDetail);

impl Serialize for BlacklistView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let h = self.0;
        let mut st = s.serialize_struct("BlacklistHit", 9)?;
        st.serialize_field("entryId", &h.entry_id)?;
        st.serialize_field("matchedOn", &h.matched_on)?;
        st.serialize_field("status", &h.status)?;
        st.serialize_field("asOf", &h.as_of)?;
        st.serialize_field("decisionNumber", &h.decision_number)?;
        st.serialize_field("authority", &h.authority)?;
        st.serialize_field("decidedOn", &h.decided_on)?;
        st.serialize_field("entryLegalBasis", &h.legal_basis)?;
        st.serialize_field("ban", &h.ban)?;
        st.end()
    }
}
