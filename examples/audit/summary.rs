//! Aggregating reports: per domain, per responsible body, per finding code, worst records.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use gongkai::{DisclosureRecord, Domain, Finding, FindingCode, Report, Severity};

use crate::input::BadRecord;

pub struct Judged {
    pub index: usize,
    pub record: DisclosureRecord,
    pub report: Report,
}

/// The blacklist the parties were screened against.
pub struct Listed {
    pub source: String,
    pub entries: usize,
}

pub struct Audit {
    pub today: NaiveDate,
    pub source: String,
    pub blacklist: Option<Listed>,
    pub judged: Vec<Judged>,
    pub input_errors: Vec<BadRecord>,
}

/// Records and how many of them pass (no finding of severity error).
#[derive(Debug, Clone, Copy, Default)]
pub struct Tally {
    pub records: usize,
    pub pass: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Tally {
    fn add(&mut self, report: &Report) {
        self.records += 1;
        self.pass += usize::from(report.ok());
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

    pub fn pass_rate(&self) -> f64 {
        if self.records == 0 {
            1.0
        } else {
            self.pass as f64 / self.records as f64
        }
    }
}

/// How often a code was found, and by which rules: each rule's finding is described by that
/// rule's own summary (one code, `element.missing` say, is emitted by a rule per item).
pub struct CodeCount<'a> {
    pub code: FindingCode,
    pub count: usize,
    pub records: usize,
    /// Per emitting rule, in table order of first appearance.
    pub rules: Vec<RuleCount<'a>>,
}

/// How often one rule emitted a code, with one of its findings to describe it.
pub struct RuleCount<'a> {
    pub count: usize,
    pub example: &'a Finding,
}

impl Audit {
    pub fn new(today: NaiveDate, source: String, blacklist: Option<Listed>) -> Audit {
        Audit {
            today,
            source,
            blacklist,
            judged: Vec::new(),
            input_errors: Vec::new(),
        }
    }

    pub fn add(&mut self, index: usize, record: DisclosureRecord, report: Report) {
        self.judged.push(Judged {
            index,
            record,
            report,
        });
    }

    pub fn add_input_error(&mut self, bad: BadRecord) {
        self.input_errors.push(bad);
    }

    pub fn all_pass(&self) -> bool {
        self.input_errors.is_empty() && self.judged.iter().all(|j| j.report.ok())
    }

    pub fn total(&self) -> Tally {
        let mut t = Tally::default();
        for j in &self.judged {
            t.add(&j.report);
        }
        t
    }

    pub fn by_domain(&self) -> BTreeMap<Domain, Tally> {
        let mut m: BTreeMap<Domain, Tally> =
            Domain::ALL.iter().map(|d| (*d, Tally::default())).collect();
        for j in &self.judged {
            m.entry(j.record.domain).or_default().add(&j.report);
        }
        m
    }

    /// Per responsible body, worst pass rate first.
    pub fn by_body(&self) -> Vec<(&str, Tally)> {
        let mut m: BTreeMap<&str, Tally> = BTreeMap::new();
        for j in &self.judged {
            m.entry(j.record.responsible_body.name.as_str())
                .or_default()
                .add(&j.report);
        }
        let mut v: Vec<_> = m.into_iter().collect();
        v.sort_by(|a, b| {
            a.1.pass_rate()
                .total_cmp(&b.1.pass_rate())
                .then(b.1.records.cmp(&a.1.records))
                .then(a.0.cmp(b.0))
        });
        v
    }

    /// Finding codes, most frequent first.
    pub fn by_code(&self) -> Vec<CodeCount<'_>> {
        let mut m: BTreeMap<FindingCode, CodeCount<'_>> = BTreeMap::new();
        for j in &self.judged {
            let mut seen: Vec<FindingCode> = Vec::new();
            for f in &j.report.findings {
                let c = m.entry(f.code()).or_insert(CodeCount {
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
                        example: f,
                    }),
                }
                if !seen.contains(&f.code()) {
                    seen.push(f.code());
                    c.records += 1;
                }
            }
        }
        let mut v: Vec<_> = m.into_values().collect();
        v.sort_by(|a, b| b.count.cmp(&a.count).then(a.code.cmp(&b.code)));
        for c in &mut v {
            c.rules.sort_by_key(|r| std::cmp::Reverse(r.count));
        }
        v
    }

    /// Findings of the blacklist rules, in record order.
    pub fn blacklist_findings(&self) -> Vec<(&Judged, &Finding)> {
        self.judged
            .iter()
            .flat_map(|j| j.report.findings.iter().map(move |f| (j, f)))
            .filter(|(_, f)| f.code().as_str().starts_with("blacklist."))
            .collect()
    }

    /// The records with the most error findings (then warnings), at most `n`.
    pub fn worst(&self, n: usize) -> Vec<&Judged> {
        let score = |j: &Judged| {
            let e = j
                .report
                .findings
                .iter()
                .filter(|f| f.severity() == Severity::Error)
                .count();
            let w = j
                .report
                .findings
                .iter()
                .filter(|f| f.severity() == Severity::Warning)
                .count();
            (e, w)
        };
        let mut v: Vec<&Judged> = self
            .judged
            .iter()
            .filter(|j| !j.report.findings.is_empty())
            .collect();
        v.sort_by(|a, b| score(b).cmp(&score(a)).then(a.index.cmp(&b.index)));
        v.truncate(n);
        v
    }
}
