//! Aggregating reports as they are produced: per domain, per responsible body, per finding
//! code, the worst records, the assessment.
//!
//! Each record is folded in and dropped, so what the audit holds is bounded by the number of
//! distinct domains, bodies and codes, plus [`WORST`] records, at most [`KEPT`] blacklist
//! findings and [`KEPT`] unreadable records (the rest are counted), and the spot-check sample's
//! candidates (`--sample` per body and domain); never by the number of records.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use gongkai::assessment::report::worst_first;
use gongkai::assessment::sample::SpotCheck;
use gongkai::assessment::{Assessment, Assessor, Weights};
use gongkai::blacklist::Reconciled;
use gongkai::{DisclosureRecord, Domain, Finding, FindingCode, Report, Severity};

use crate::input::BadRecord;

/// Records in the summary's "worst records" section.
pub const WORST: usize = 10;

/// Blacklist findings and unreadable records listed in the summary; beyond, they are counted.
pub const KEPT: usize = 1000;

pub struct Judged {
    pub record: DisclosureRecord,
    pub report: Report,
}

/// The blacklist the parties were screened against.
pub struct Listed {
    pub source: String,
    pub entries: usize,
}

/// A blacklist finding and the record it is on.
pub struct Hit {
    pub record_id: String,
    pub finding: Finding,
}

/// Records and how many of them pass (no finding of severity error); how many a rule could
/// not judge for a fact they do not state (`rule.not_judged`), counted apart.
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    pub records: usize,
    pub pass: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Records with at least one rule not judged.
    pub not_judged: usize,
}

impl Tally {
    fn add(&mut self, report: &Report) {
        self.records += 1;
        self.pass += usize::from(report.ok());
        self.not_judged += usize::from(
            report
                .findings
                .iter()
                .any(|f| f.code() == FindingCode::NotJudged),
        );
        for f in &report.findings {
            match f.severity() {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => {}
            }
        }
    }

    pub fn fail(&self) -> usize {
        self.records - self.pass
    }

    /// Passing records among all; `None` for no records.
    pub fn pass_rate(&self) -> Option<f64> {
        (self.records > 0).then(|| self.pass as f64 / self.records as f64)
    }

    /// Failing records among all; `None` for no records.
    pub fn fail_rate(&self) -> Option<f64> {
        (self.records > 0).then(|| self.fail() as f64 / self.records as f64)
    }
}

/// How often a code was found, and by which rules: each rule's finding is described by that
/// rule's own summary (one code, `element.missing` say, is emitted by a rule per item).
pub struct CodeCount {
    pub code: FindingCode,
    pub count: usize,
    pub records: usize,
    /// Per emitting rule, most frequent first (ties in order of first appearance).
    pub rules: Vec<RuleCount>,
}

/// How often one rule emitted a code, with one of its findings to describe it.
pub struct RuleCount {
    pub count: usize,
    pub example: Finding,
}

/// What the assessment files (`--report`, `--markdown`) need besides the assessment.
pub struct ForReport {
    pub sample: SpotCheck,
    /// The records the report shows as worst, in its order ([`worst_first`]), at most [`WORST`].
    pub worst: Vec<(DisclosureRecord, Report)>,
}

pub struct Audit {
    pub today: NaiveDate,
    pub source: String,
    pub blacklist: Option<Listed>,
    /// The penalty decisions against the blacklist, once every record is read (with a blacklist
    /// only).
    pub reconciled: Option<Reconciled>,
    total: Tally,
    by_domain: BTreeMap<Domain, Tally>,
    by_body: HashMap<String, Tally>,
    by_code: BTreeMap<FindingCode, CodeCount>,
    /// Worst first; ties in input order.
    worst: Vec<Judged>,
    hits: Vec<Hit>,
    hits_more: usize,
    input_errors: Vec<BadRecord>,
    unreadable: usize,
    assessor: Assessor,
    for_report: Option<ForReport>,
}

impl Audit {
    pub fn new(today: NaiveDate, source: String, blacklist: Option<Listed>) -> Audit {
        Audit {
            today,
            source,
            blacklist,
            reconciled: None,
            total: Tally::default(),
            by_domain: Domain::ALL.iter().map(|d| (*d, Tally::default())).collect(),
            by_body: HashMap::new(),
            by_code: BTreeMap::new(),
            worst: Vec::new(),
            hits: Vec::new(),
            hits_more: 0,
            input_errors: Vec::new(),
            unreadable: 0,
            assessor: Assessor::new(today, &Weights::default()),
            for_report: None,
        }
    }

    /// Also keeps what the assessment files need: the spot-check sample and their worst records.
    pub fn for_report(mut self, per_body: usize, seed: u64) -> Audit {
        self.for_report = Some(ForReport {
            sample: SpotCheck::new(per_body, seed),
            worst: Vec::new(),
        });
        self
    }

    pub fn add(&mut self, index: usize, record: DisclosureRecord, report: Report) {
        self.total.add(&report);
        self.by_domain
            .entry(record.domain)
            .or_default()
            .add(&report);
        let body = record.responsible_body.name.as_str();
        match self.by_body.get_mut(body) {
            Some(t) => t.add(&report),
            None => self
                .by_body
                .entry(body.to_owned())
                .or_default()
                .add(&report),
        }
        self.assessor.add(&record, &report);
        let mut seen: Vec<FindingCode> = Vec::new();
        for f in &report.findings {
            let c = self.by_code.entry(f.code()).or_insert(CodeCount {
                code: f.code(),
                count: 0,
                records: 0,
                rules: Vec::new(),
            });
            c.count += 1;
            match c
                .rules
                .iter_mut()
                .find(|r| r.example.rule().id == f.rule().id)
            {
                Some(r) => r.count += 1,
                None => c.rules.push(RuleCount {
                    count: 1,
                    example: f.clone(),
                }),
            }
            if !seen.contains(&f.code()) {
                seen.push(f.code());
                c.records += 1;
            }
            if f.code().as_str().starts_with("blacklist.") {
                if self.hits.len() < KEPT {
                    self.hits.push(Hit {
                        record_id: record.id.clone(),
                        finding: f.clone(),
                    });
                } else {
                    self.hits_more += 1;
                }
            }
        }
        if let Some(r) = &mut self.for_report {
            r.sample.add(index, &record);
            if !report.findings.is_empty() {
                let new = (&record, &report);
                let at = r
                    .worst
                    .partition_point(|(rec, rep)| worst_first((rec, rep), new).is_le());
                if at < WORST {
                    r.worst.insert(at, (record.clone(), report.clone()));
                    r.worst.truncate(WORST);
                }
            }
        }
        if !report.findings.is_empty() {
            let key = |r: &Report| {
                let errors = r
                    .findings
                    .iter()
                    .filter(|f| f.severity() == Severity::Error);
                let warnings = r
                    .findings
                    .iter()
                    .filter(|f| f.severity() == Severity::Warning);
                std::cmp::Reverse((errors.count(), warnings.count()))
            };
            let score = key(&report);
            // Records come in input order, so a tie goes after those already kept.
            let at = self.worst.partition_point(|j| key(&j.report) <= score);
            if at < WORST {
                self.worst.insert(at, Judged { record, report });
                self.worst.truncate(WORST);
            }
        }
    }

    pub fn add_input_error(&mut self, bad: BadRecord) {
        self.unreadable += 1;
        if self.input_errors.len() < KEPT {
            self.input_errors.push(bad);
        }
    }

    /// Every record read passes, and there was at least one.
    pub fn all_pass(&self) -> bool {
        self.unreadable == 0 && self.total.records > 0 && self.total.fail() == 0
    }

    pub fn total(&self) -> Tally {
        self.total
    }

    /// Records that could not be read, all of them.
    pub fn unreadable(&self) -> usize {
        self.unreadable
    }

    /// The first [`KEPT`] records that could not be read.
    pub fn input_errors(&self) -> &[BadRecord] {
        &self.input_errors
    }

    pub fn by_domain(&self) -> &BTreeMap<Domain, Tally> {
        &self.by_domain
    }

    /// Per responsible body, worst pass rate first.
    pub fn by_body(&self) -> Vec<(&str, Tally)> {
        let mut v: Vec<_> = self.by_body.iter().map(|(b, t)| (b.as_str(), *t)).collect();
        let rate = |t: &Tally| t.pass_rate().unwrap_or(1.0);
        v.sort_by(|a, b| {
            rate(&a.1)
                .total_cmp(&rate(&b.1))
                .then(b.1.records.cmp(&a.1.records))
                .then(a.0.cmp(b.0))
        });
        v
    }

    /// Finding codes, most frequent first.
    pub fn by_code(&self) -> Vec<&CodeCount> {
        let mut v: Vec<_> = self.by_code.values().collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(&b.code)));
        v
    }

    /// Findings of the blacklist rules, in record order (the first [`KEPT`]), and how many more.
    pub fn blacklist_findings(&self) -> (&[Hit], usize) {
        (&self.hits, self.hits_more)
    }

    /// The records with the most error findings (then warnings), at most [`WORST`].
    pub fn worst(&self) -> &[Judged] {
        &self.worst
    }

    /// The assessment of the records so far, with default weights.
    pub fn assessment(&self) -> Assessment {
        self.assessor.clone().finish()
    }

    pub fn take_for_report(&mut self) -> Option<ForReport> {
        self.for_report.take()
    }
}

impl CodeCount {
    /// Rules most frequent first; a stable sort keeps ties in order of first appearance.
    pub fn rules(&self) -> Vec<&RuleCount> {
        let mut v: Vec<_> = self.rules.iter().collect();
        v.sort_by_key(|r| std::cmp::Reverse(r.count));
        v
    }
}
