//! Assessment (考核评估): from an audit — records and their findings as of a date — the figures an
//! evaluator reports per domain, per responsible body and per item.
//!
//! 粤办函〔2018〕201号 四 makes disclosure part of the open-government performance review, with
//! spot checks (抽查), third-party evaluation and a yearly progress report. The notice sets no
//! formula: the score's weights here are the library's documented default ([`Weights`]), and a
//! caller can set its own.
//!
//! ```
//! use gongkai::{Context, DisclosureRecord, Engine, assessment::{Assessment, Weights}};
//! let engine = Engine::national();
//! let record = DisclosureRecord::from_json(r#"{"id":"1","domain":"housing",
//!   "item":"housingAllocationResult","title":"配租结果","responsibleBody":{"name":"云江市住建局"},
//!   "formedOn":"2024-07-01","publishedOn":"2024-09-30","status":"published",
//!   "channels":["governmentWebsite"],"content":{"allotteeList":"陈*华等","housingAssigned":"安居苑"}}"#)?;
//! let today = chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
//! let report = engine.validate(&record, &Context::new(today));
//! let a = Assessment::of([(&record, &report)], today, &Weights::default());
//! assert_eq!(a.total.late, 1);
//! assert_eq!(a.total.on_time_rate(), Some(0.0));
//! # Ok::<(), gongkai::Error>(())
//! ```

pub mod api;
pub mod obligations;
#[cfg(feature = "report")]
pub mod report;
pub mod sample;
#[cfg(feature = "catalogue")]
pub mod work_plan;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::record::Anchor;
use crate::model::record::{DisclosureRecord, Status};
use crate::rules::Direction;
use crate::rules::checks::{Check, FindingCode};
use crate::{Domain, ItemKind, Report, Severity};

/// The weights of the score, each the share of one rate in 100 points.
///
/// The default is the library's, not the law's (the notices set none): timeliness 35,
/// completeness 30, personal data 15, lawful withholding 10, barred parties 10. They are
/// normalised, so any non-negative weights work.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Weights {
    /// Weight of the on-time rate.
    pub on_time: f64,
    /// Weight of the completeness rate.
    pub completeness: f64,
    /// Weight of the share of records without unmasked personal data.
    pub privacy: f64,
    /// Weight of the share of records without a defective exemption.
    pub withholding: f64,
    /// Weight of the share of records not awarded to a barred party.
    pub barred: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            on_time: 35.0,
            completeness: 30.0,
            privacy: 15.0,
            withholding: 10.0,
            barred: 10.0,
        }
    }
}

/// Counts for one group of records.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Tally {
    /// Records.
    pub records: u32,
    /// Records without an error finding.
    pub passing: u32,
    /// Records due for publication (published or pending, not drafts or withdrawn ones).
    pub due: u32,
    /// Published within their time limits.
    pub on_time: u32,
    /// Published late.
    pub late: u32,
    /// How late, summed, in each rule's unit (working days or days).
    pub late_units: i64,
    /// Pending and past their due date.
    pub overdue: u32,
    /// Missing a required element.
    pub incomplete: u32,
    /// Withheld without a complete, lawful exemption.
    pub wrongly_withheld: u32,
    /// Leaking an ID or mobile number in public text.
    pub personal_data: u32,
    /// Awarded to a party on the blacklist.
    pub barred_party: u32,
    /// With at least one rule not judged for a fact the record does not state
    /// (`rule.not_judged`).
    pub not_judged: u32,
    /// Due for publication, with its time limit not judged: counted neither on time nor late.
    pub timeliness_not_judged: u32,
    /// Not missing any element it shows, with an element it does not show: counted neither
    /// complete nor incomplete.
    pub completeness_not_judged: u32,
}

/// What one record counts for, worked out once and added to each of its groups.
#[derive(Debug, Clone, Copy, Default)]
struct Outcome {
    passing: bool,
    due: bool,
    on_time: bool,
    late_units: Option<i64>,
    overdue: bool,
    incomplete: bool,
    wrongly_withheld: bool,
    personal_data: bool,
    barred_party: bool,
    not_judged: bool,
    timeliness_not_judged: bool,
    completeness_not_judged: bool,
}

impl Outcome {
    fn of(record: &DisclosureRecord, report: &Report) -> Outcome {
        let mut o = Outcome {
            passing: report.ok(),
            due: matches!(record.status, Status::Published | Status::Pending),
            ..Outcome::default()
        };
        for f in &report.findings {
            if f.code() == FindingCode::NotJudged {
                o.not_judged = true;
                // A rule of another method's law or amount tier not judged leaves the record to
                // the rules of every method, which did judge it; a fact the record does not show
                // leaves it unjudged.
                let by_condition = matches!(f.path(), "/method" | "/amounts/budget");
                match &f.rule().check {
                    _ if by_condition => {}
                    // A publication time limit; a minimum duration is not timeliness.
                    Check::Deadline(d)
                        if d.target == Anchor::Published && d.direction == Direction::Within =>
                    {
                        o.timeliness_not_judged = true
                    }
                    Check::RequiredElements(_) => o.completeness_not_judged = true,
                    _ => {}
                }
            }
            match f.code() {
                FindingCode::DeadlineMissed => {
                    if let Some(d) = f.detail().deadline() {
                        o.late_units = Some(o.late_units.unwrap_or(0).max(d.units));
                    }
                }
                _ if f.severity() != Severity::Error => {}
                FindingCode::DeadlineOverdue => o.overdue = true,
                FindingCode::ElementMissing => o.incomplete = true,
                c if c.as_str().starts_with("exemption.") => o.wrongly_withheld = true,
                c if c.as_str().starts_with("privacy.") => o.personal_data = true,
                c if c.as_str() == "blacklist.barred_party" => o.barred_party = true,
                _ => {}
            }
        }
        // Nobody is scored on what nobody can see.
        o.timeliness_not_judged &= o.due && o.late_units.is_none() && !o.overdue;
        o.completeness_not_judged &= !o.incomplete;
        o.on_time = o.due
            && record.status == Status::Published
            && o.late_units.is_none()
            && !o.overdue
            && !o.timeliness_not_judged;
        o
    }
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.records += 1;
        self.passing += u32::from(o.passing);
        self.due += u32::from(o.due);
        if let Some(units) = o.late_units {
            self.late += 1;
            self.late_units += units;
        } else if o.overdue {
            self.overdue += 1;
        }
        self.on_time += u32::from(o.on_time);
        self.incomplete += u32::from(o.incomplete);
        self.wrongly_withheld += u32::from(o.wrongly_withheld);
        self.personal_data += u32::from(o.personal_data);
        self.barred_party += u32::from(o.barred_party);
        self.not_judged += u32::from(o.not_judged);
        self.timeliness_not_judged += u32::from(o.timeliness_not_judged);
        self.completeness_not_judged += u32::from(o.completeness_not_judged);
    }

    /// Published on time among those published or overdue; `None` when none was due.
    pub fn on_time_rate(&self) -> Option<f64> {
        let judged = self.on_time + self.late + self.overdue;
        (judged > 0).then(|| f64::from(self.on_time) / f64::from(judged))
    }

    /// Records with every required element among those judged on them; `None` for none.
    pub fn completeness_rate(&self) -> Option<f64> {
        let judged = self.records - self.completeness_not_judged;
        (judged > 0).then(|| 1.0 - f64::from(self.incomplete) / f64::from(judged))
    }

    /// The score rounded to one decimal, as every report shows it (half away from zero).
    pub fn score_shown(&self, weights: &Weights) -> f64 {
        (self.score(weights) * 10.0).round() / 10.0
    }

    /// The score out of 100 under `weights`; a rate with nothing to judge counts as full marks.
    pub fn score(&self, weights: &Weights) -> f64 {
        let n = f64::from(self.records.max(1));
        let clean = |bad: u32| 1.0 - f64::from(bad) / n;
        let parts = [
            (weights.on_time, self.on_time_rate().unwrap_or(1.0)),
            (
                weights.completeness,
                self.completeness_rate().unwrap_or(1.0),
            ),
            (weights.privacy, clean(self.personal_data)),
            (weights.withholding, clean(self.wrongly_withheld)),
            (weights.barred, clean(self.barred_party)),
        ];
        let total: f64 = parts.iter().map(|(w, _)| w.max(0.0)).sum();
        if total == 0.0 {
            return 100.0;
        }
        100.0 * parts.iter().map(|(w, r)| w.max(0.0) * r).sum::<f64>() / total
    }
}

/// The assessment of an audit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Assessment {
    /// The day the records were judged on.
    pub as_of: NaiveDate,
    /// The weights the scores use.
    pub weights: Weights,
    /// The first and last event dates (formed or changed) among the records: the period the
    /// assessment covers.
    pub period: Option<(NaiveDate, NaiveDate)>,
    /// Every record.
    pub total: Tally,
    /// Per domain.
    pub by_domain: BTreeMap<Domain, Tally>,
    /// Per responsible body.
    pub by_body: BTreeMap<String, Tally>,
    /// Per information item.
    pub by_item: BTreeMap<ItemKind, Tally>,
    /// Findings per code.
    pub by_code: BTreeMap<FindingCode, u32>,
    /// Late publications by how late (in each rule's unit): `[1, 2, 3–5, 6–10, 11–20, >20]`.
    pub lateness: [u32; 6],
}

impl Assessment {
    /// Assesses audited records: each record with the report the engine gave it.
    pub fn of<'a>(
        audited: impl IntoIterator<Item = (&'a DisclosureRecord, &'a Report)>,
        as_of: NaiveDate,
        weights: &Weights,
    ) -> Assessment {
        let mut a = Assessor::new(as_of, weights);
        for (record, report) in audited {
            a.add(record, report);
        }
        a.finish()
    }

    /// The assessment as JSON, with each group's rates and score computed.
    pub fn to_json(&self) -> serde_json::Value {
        let w = &self.weights;
        let tally = |t: &Tally| {
            let mut v = serde_json::to_value(t).unwrap_or_default();
            v["onTimeRate"] = serde_json::json!(t.on_time_rate());
            v["completenessRate"] = serde_json::json!(t.completeness_rate());
            v["score"] = serde_json::json!(t.score_shown(w));
            v
        };
        serde_json::json!({
            "asOf": self.as_of,
            "weights": self.weights,
            "period": self.period,
            "total": tally(&self.total),
            "byDomain": self.by_domain.iter().map(|(d, t)| (d.as_str().to_owned(), tally(t))).collect::<serde_json::Map<_, _>>(),
            "byBody": self.by_body.iter().map(|(b, t)| (b.clone(), tally(t))).collect::<serde_json::Map<_, _>>(),
            "byItem": self.by_item.iter().map(|(i, t)| (i.as_str().to_owned(), tally(t))).collect::<serde_json::Map<_, _>>(),
            "byCode": self.by_code.iter().map(|(c, n)| (c.as_str().to_owned(), serde_json::json!(n))).collect::<serde_json::Map<_, _>>(),
            "lateness": self.lateness,
        })
    }
}

/// An assessment built one record at a time, for a caller that reads records as a stream and
/// drops each once judged: it keeps only the tallies (bounded by the distinct bodies), never a
/// record. [`Assessment::of`] is this over an iterator.
///
/// ```
/// use gongkai::{Context, DisclosureRecord, Engine, assessment::{Assessor, Weights}};
/// let engine = Engine::national();
/// let today = chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap();
/// let mut assessor = Assessor::new(today, &Weights::default());
/// for line in [r#"{"id":"1","domain":"housing","item":"housingAllocationResult","title":"配租结果",
///   "responsibleBody":{"name":"云江市住建局"},"formedOn":"2024-07-01","status":"draft"}"#] {
///     let record = DisclosureRecord::from_json(line)?;
///     let report = engine.validate(&record, &Context::new(today));
///     assessor.add(&record, &report);
/// }
/// assert_eq!(assessor.finish().total.records, 1);
/// # Ok::<(), gongkai::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Assessor {
    a: Assessment,
    // Groups are counted in arrays and a hash map (a million records do ~880 instructions each
    // through three ordered maps otherwise) and ordered once at the end.
    by_domain: [Option<Tally>; 6],
    by_item: Vec<Option<Tally>>,
    by_body: HashMap<String, Tally, crate::blacklist::index::Build>,
}

impl Assessor {
    /// An empty assessment as of `as_of`, scored with `weights`.
    pub fn new(as_of: NaiveDate, weights: &Weights) -> Assessor {
        Assessor {
            a: Assessment {
                as_of,
                weights: *weights,
                period: None,
                total: Tally::default(),
                by_domain: BTreeMap::new(),
                by_body: BTreeMap::new(),
                by_item: BTreeMap::new(),
                by_code: BTreeMap::new(),
                lateness: [0; 6],
            },
            by_domain: Default::default(),
            by_item: vec![None; ItemKind::all().count()],
            by_body: HashMap::default(),
        }
    }

    /// Counts one record with the report the engine gave it.
    pub fn add(&mut self, record: &DisclosureRecord, report: &Report) {
        let a = &mut self.a;
        let o = Outcome::of(record, report);
        if let Some(day) = record.event_date() {
            let (from, to) = (day.first(), day.last());
            a.period = Some(match a.period {
                Some((first, last)) => (first.min(from), last.max(to)),
                None => (from, to),
            });
        }
        a.total.add(&o);
        self.by_domain[record.domain as usize]
            .get_or_insert_default()
            .add(&o);
        self.by_item[record.item as usize]
            .get_or_insert_default()
            .add(&o);
        let body = record.responsible_body.name.as_str();
        // Looked up by `&str` first: a body's name is allocated once, not once a record.
        match self.by_body.get_mut(body) {
            Some(t) => t.add(&o),
            None => self.by_body.entry(body.to_owned()).or_default().add(&o),
        }
        for f in &report.findings {
            *a.by_code.entry(f.code()).or_default() += 1;
            if let (FindingCode::DeadlineMissed, Some(d)) = (f.code(), f.detail().deadline()) {
                let bucket = match d.units {
                    ..=1 => 0,
                    2 => 1,
                    3..=5 => 2,
                    6..=10 => 3,
                    11..=20 => 4,
                    _ => 5,
                };
                a.lateness[bucket] += 1;
            }
        }
    }

    /// The assessment of every record added.
    pub fn finish(self) -> Assessment {
        let mut a = self.a;
        a.by_domain = Domain::ALL
            .into_iter()
            .zip(self.by_domain)
            .filter_map(|(d, t)| Some((d, t?)))
            .collect();
        a.by_item = ItemKind::all()
            .zip(self.by_item)
            .filter_map(|(i, t)| Some((i, t?)))
            .collect();
        a.by_body = self.by_body.into_iter().collect();
        a
    }
}

/// One group's change from one audit to the next.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// The group: a domain's JSON name or a body's name.
    pub group: String,
    /// Score before.
    pub before: f64,
    /// Score after.
    pub after: f64,
    /// On-time rate before and after.
    pub on_time_rate: (Option<f64>, Option<f64>),
    /// Completeness rate before and after.
    pub completeness_rate: (Option<f64>, Option<f64>),
}

impl Change {
    /// Points gained (negative: lost).
    pub fn delta(&self) -> f64 {
        self.after - self.before
    }
}

/// Year over year: two audits side by side, per domain and per body present in both, best
/// improvement first.
pub fn compare(before: &Assessment, after: &Assessment) -> Vec<Change> {
    let mut out = Vec::new();
    let mut push = |group: String, b: &Tally, a: &Tally| {
        out.push(Change {
            group,
            before: b.score(&after.weights),
            after: a.score(&after.weights),
            on_time_rate: (b.on_time_rate(), a.on_time_rate()),
            completeness_rate: (b.completeness_rate(), a.completeness_rate()),
        })
    };
    for (d, a) in &after.by_domain {
        if let Some(b) = before.by_domain.get(d) {
            push(d.as_str().to_owned(), b, a);
        }
    }
    for (name, a) in &after.by_body {
        if let Some(b) = before.by_body.get(name) {
            push(name.clone(), b, a);
        }
    }
    out.sort_by(|x, y| y.delta().total_cmp(&x.delta()).then(x.group.cmp(&y.group)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Assessment::of` counts in arrays indexed by discriminant and names each slot by the
    /// position in `Domain::ALL` / `ItemKind::all()`: the two orders must be the same.
    #[test]
    fn group_arrays_index_in_listing_order() {
        for (i, d) in Domain::ALL.into_iter().enumerate() {
            assert_eq!(d as usize, i, "{d:?}");
        }
        for (i, item) in ItemKind::all().enumerate() {
            assert_eq!(item as usize, i, "{item:?}");
        }
    }
}
