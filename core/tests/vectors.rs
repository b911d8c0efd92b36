//! The shared golden vectors of `tests/vectors/`: the same files the C and WASM suites run.
//!
//! Each vector states the whole answer: every finding, in report order, with its code, severity,
//! path and rule, and for a time limit the explanation (anchor, period, counted end, due date,
//! the holidays and make-up days crossed, the units late or short), for a blacklist finding the
//! entry matched. `tests/vectors/README.md` describes the format; `schema/vector.schema.json`
//! pins it, and `vector_schema::every_vector_follows_the_schema` checks every file against it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::Datelike;
use gongkai::calendar::Calendar;
use gongkai::{
    Check, Context, DisclosureRecord, Engine, ExemptionScope, Lang, PartyRole, Rule, RuleSet,
    Status,
};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::vector_projection::project;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Vector {
    pub description: String,
    pub legal_basis: String,
    /// An engine configuration (`EngineConfig` JSON: a local layer, calendar years, a
    /// blacklist); absent: the national engine.
    #[serde(default)]
    pub config: Option<Value>,
    pub context: VectorContext,
    pub record: Value,
    /// The records linked to `record` by `amends` (the notice it amends, those amending it),
    /// judged with it (`Engine::validate_linked`).
    #[serde(default)]
    pub related: Vec<Value>,
    /// The findings in report order, each as [`project`] renders one.
    pub expected: Vec<Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VectorContext {
    pub today: chrono::NaiveDate,
}

pub fn vector_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

/// The vectors of `tests/vectors/*.json` and of `tests/vectors/real/*.json` (one per notice of
/// the real corpus, `tests/real/`).
pub fn vector_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [vector_dir(), real_vector_dir()] {
        files.extend(
            std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .map(|e| e.expect("readable entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "json")),
        );
    }
    files.sort();
    files
}

/// The vectors of the real-notice corpus: one per notice of `tests/real/notices/` that the model
/// has an item for, under the notice's short id.
pub fn real_vector_dir() -> PathBuf {
    vector_dir().join("real")
}

fn name(path: &std::path::Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

pub fn load(path: &std::path::Path) -> (String, Vector) {
    let text = std::fs::read_to_string(path).expect("readable vector");
    let v: Vector = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not a vector: {e}", path.display()));
    (text, v)
}

/// The engine a vector names: its own configuration, else the national one.
pub fn engine_for(path: &std::path::Path, v: &Vector) -> Engine {
    match &v.config {
        Some(c) => Engine::from_config_json(&c.to_string())
            .unwrap_or_else(|e| panic!("{}: config refused: {e}", path.display())),
        None => Engine::national(),
    }
}

pub fn record_of(path: &std::path::Path, v: &Vector) -> DisclosureRecord {
    DisclosureRecord::from_json(&v.record.to_string())
        .unwrap_or_else(|e| panic!("{}: record does not parse: {e}", path.display()))
}

/// The vector's linked records (`related`).
pub fn related_of(path: &std::path::Path, v: &Vector) -> Vec<DisclosureRecord> {
    v.related
        .iter()
        .map(|r| {
            DisclosureRecord::from_json(&r.to_string()).unwrap_or_else(|e| {
                panic!("{}: a related record does not parse: {e}", path.display())
            })
        })
        .collect()
}

/// The engine's report on the vector's record, judged with its linked records.
pub fn report_of(path: &std::path::Path, v: &Vector, engine: &Engine) -> gongkai::Report {
    let related = related_of(path, v);
    let related: Vec<&DisclosureRecord> = related.iter().collect();
    engine
        .validate_linked(
            &record_of(path, v),
            &related,
            &Context::new(v.context.today),
        )
        .unwrap_or_else(|e| panic!("{}: not judged: {e}", path.display()))
}

/// The report's findings, projected, after checking what the projection drops is there.
fn findings(report_json: &str, file: &str) -> Vec<Value> {
    let report: Value = serde_json::from_str(report_json).expect("a report is JSON");
    let list = report["findings"].as_array().expect("findings is a list");
    for f in list {
        let text = |v: &Value| v.as_str().is_some_and(|s| !s.trim().is_empty());
        assert!(text(&f["message"]), "{file}: a finding without a message");
        assert!(
            text(&f["legalBasis"]["document"]),
            "{file}: a finding without its law"
        );
        // The explanation's text lists the days that moved the end and any pause: it may be
        // empty, but it is there.
        if let Some(x) = f.get("explanation") {
            assert!(
                x["text"].is_string(),
                "{file}: an explanation without its text"
            );
        }
    }
    list.iter().map(project).collect()
}

#[test]
fn golden_vectors() {
    let files = vector_files();
    assert!(
        files.len() >= 125,
        "expected the golden vectors, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for path in &files {
        let (_, v) = load(path);
        assert!(!v.description.is_empty() && !v.legal_basis.is_empty());
        let engine = engine_for(path, &v);
        let report = report_of(path, &v, &engine);
        let file = name(path);
        let zh = findings(&report.to_json(Lang::ZhCn), &file);
        let en = findings(&report.to_json(Lang::En), &file);
        assert_eq!(zh, en, "{file}: the languages disagree on data");
        if zh != v.expected {
            failures.push(format!(
                "{file}\n  want {}\n  got  {}",
                Value::Array(v.expected.clone()),
                Value::Array(zh)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// 实施条例 Art 54 ¶1 (公示期不得少于3日) read with 民法典 Art 203: a publicity that runs its three
/// days counted one by one, short only because Art 203 moves a Sunday last day to Monday, is a
/// warning, and its message says why in either language.
#[test]
fn a_publicity_short_only_by_the_weekend_roll_warns_tb_r54_civil_code_203() {
    let path = vector_dir().join("deadline-candidate-publicity-short-only-by-weekend-roll.json");
    let (_, v) = load(&path);
    let engine = engine_for(&path, &v);
    let report = engine.validate(&record_of(&path, &v), &Context::new(v.context.today));
    let short: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code() == gongkai::FindingCode::DeadlineTooShort)
        .collect();
    assert_eq!(short.len(), 1);
    assert_eq!(short[0].severity(), gongkai::Severity::Warning);
    let zh = short[0].message(Lang::ZhCn);
    assert!(zh.contains("第二百零三条顺延而不足"), "{zh}");
    let en = short[0].message(Lang::En);
    assert!(en.contains("short only because 民法典 Art 203"), "{en}");
}

/// The comparison sees each field: a vector with any one expected value changed fails.
#[test]
fn a_changed_expectation_is_a_failure() {
    let path = vector_dir().join("deadline-national-day-2024-late.json");
    let (_, v) = load(&path);
    let engine = engine_for(&path, &v);
    let report = engine.validate(&record_of(&path, &v), &Context::new(v.context.today));
    let got = findings(&report.to_json(Lang::ZhCn), "national-day");
    assert_eq!(got, v.expected);
    let edits: &[(&str, Value)] = &[
        ("/0/severity", json!("warning")),
        ("/0/rule", json!("GI-26")),
        ("/0/explanation/due", json!("2024-10-09")),
        ("/0/explanation/countedEnd", json!("2024-10-01")),
        ("/0/explanation/units", json!(2)),
        ("/0/explanation/specialDays/0/kind", json!("holiday")),
    ];
    for (pointer, value) in edits {
        let mut want = Value::Array(v.expected.clone());
        *want
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer} is in the vector")) = value.clone();
        assert_ne!(Value::Array(got.clone()), want, "{pointer} is not compared");
    }
}

/// Rules judged by the assessment, not per record, so no vector can fire them. Each names where
/// it is judged instead.
const NOT_PER_RECORD: &[(&str, &str)] = &[
    (
        "GD-PLAN",
        "a department's work plan (粤办函〔2018〕201号 二): assessment::obligations, tested in \
         assessment::obligations_follow_yuebanhan_2018_201",
    ),
    (
        "GD-REPORT",
        "a department's yearly progress report (粤办函〔2018〕201号 四): assessment::obligations, \
         tested in assessment::obligations_follow_yuebanhan_2018_201",
    ),
    (
        "GI-49",
        "a department's annual open-government report (条例 Art 49): listed so that the time \
         limit has a home; nothing judges it yet",
    ),
];

/// Rules whose whole time in force lies in years no calendar can be given for: the official
/// schedule covers 2018 to 2026, and a configured year must adjoin it. A vector can show only that
/// such a rule declines to count (`deadline.calendar_not_covered`), never that it passes.
const BEFORE_THE_CALENDAR: &[(&str, &str)] = &[(
    "LD-11-LIST",
    "国土资源部令第11号 counted a listing in working days until 2007-10-31; the 2002-2007 \
     schedules are not in the data",
)];

/// Whether `rule` really judges `record` on `engine`, rather than applying to its item and then
/// finding nothing to look at: a passing vector must be one the rule could have failed.
fn judges(engine: &Engine, rule: &Rule, record: &DisclosureRecord, has_blacklist: bool) -> bool {
    let live = |r: &Rule| {
        r.applies_to(record.item)
            && r.in_force_for(record) == gongkai::rules::Applies::Yes
            && r.condition_holds(record)
    };
    if !live(rule) {
        return false;
    }
    // A special law's rule that replaces this one for the record leaves it nothing to judge.
    let superseded = engine
        .rules()
        .iter()
        .any(|r| live(r) && r.can_judge(record) && r.supersedes.contains(&rule.id));
    if superseded {
        return false;
    }
    let withdrawn = record.status == Status::Withdrawn;
    let exemption = record.exemption.as_ref();
    match &rule.check {
        Check::Deadline(d) => {
            !withdrawn
                && d.anchor.stated_in(record).is_some()
                && d.target.stated_in(record).is_some()
        }
        Check::BarredParty(_) => {
            !withdrawn
                && has_blacklist
                && record
                    .parties
                    .iter()
                    .any(|p| p.role != PartyRole::Sanctioned)
        }
        Check::ValidIdentifiers(_) => {
            record.responsible_body.credit_code.is_some()
                || record
                    .parties
                    .iter()
                    .any(|p| p.credit_code.is_some() || p.id_number.is_some())
        }
        Check::ContractWithinBudget(_) => {
            let a = &record.amounts;
            a.contract.is_some() && (a.budget.is_some() || a.maximum_price.is_some())
        }
        Check::AwardAfterBidDeadline(_) => {
            record.events.bid_deadline.is_some() && record.events.awarded_on.is_some()
        }
        Check::ExemptionComplete(_) | Check::PrivacySeverable(_) => exemption.is_some(),
        Check::ChannelPresent(_) | Check::DesignatedChannel(_) => {
            exemption.is_none_or(|x| x.scope != ExemptionScope::Whole)
        }
        Check::PublishedAfterFormed(_) => record.published_on.is_some(),
        Check::NoPersonalData(_) => !record.content.is_empty(),
        _ => true,
    }
}

/// 条例 and the special laws, rule by rule: every rule of the national table has a vector in
/// which it fires and one in which it judges the record and finds nothing, with the national
/// rule itself (not a local layer's replacement) in the vector's engine.
#[test]
fn every_rule_fires_in_one_vector_and_passes_in_another() {
    let national = RuleSet::national();
    let mut fires: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut passes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for path in vector_files() {
        let (_, v) = load(&path);
        let file = name(&path);
        let engine = engine_for(&path, &v);
        let related = related_of(&path, &v);
        let related: Vec<&DisclosureRecord> = related.iter().collect();
        let record = gongkai::amendment::combine(&record_of(&path, &v), &related)
            .expect("linked records of one domain")
            .into_owned();
        let has_blacklist = v
            .config
            .as_ref()
            .and_then(|c| c.get("blacklist"))
            .and_then(Value::as_array)
            .is_some_and(|b| !b.is_empty());
        let expected: Vec<&str> = v
            .expected
            .iter()
            .map(|f| f["rule"].as_str().expect("a rule id"))
            .collect();
        for id in &expected {
            assert!(
                engine.rules().get(id).is_some(),
                "{file}: expects a finding of {id}, which its engine lacks"
            );
        }
        for rule in national.iter() {
            // Only the national rule counts, not a local replacement under its id.
            if engine.rules().get(&rule.id).map(|r| r.as_ref()) != Some(rule.as_ref()) {
                continue;
            }
            if expected.contains(&rule.id.as_str()) {
                fires.entry(rule.id.clone()).or_default().push(file.clone());
            } else if judges(&engine, rule, &record, has_blacklist) {
                passes
                    .entry(rule.id.clone())
                    .or_default()
                    .push(file.clone());
            }
        }
    }
    let mut missing = Vec::new();
    for rule in national.iter() {
        let excluded = NOT_PER_RECORD.iter().any(|(id, _)| *id == rule.id);
        let obligation = matches!(rule.check, Check::Obligation { .. });
        assert_eq!(
            excluded, obligation,
            "{}: only obligations are judged elsewhere",
            rule.id
        );
        if excluded {
            continue;
        }
        // Catalogue data (names, levels, columns, media, catalogue time limits) is read by the
        // catalogue check, never against a record: tests/catalogue.rs exercises each row.
        if rule.check.kind().starts_with("catalogue") {
            continue;
        }
        // A notice's headings and summary are read from its text, never from a record:
        // tests/notices.rs exercises each of these rows on notices.
        if matches!(rule.check, Check::NoticeFormat(_) | Check::SummaryAgrees(_)) {
            continue;
        }
        if !fires.contains_key(&rule.id) {
            missing.push(format!("{} fires in no vector", rule.id));
        }
        let before_calendar = BEFORE_THE_CALENDAR.iter().any(|(id, _)| *id == rule.id);
        if before_calendar {
            // The exclusion holds only while the rule ends before the first year covered.
            let first = *Calendar::official()
                .years()
                .expect("the official calendar covers some years")
                .start();
            assert!(
                rule.effective_to.is_some_and(|t| t.year() < first),
                "{} can be judged now: give it a passing vector",
                rule.id
            );
        } else if !passes.contains_key(&rule.id) {
            missing.push(format!("{} passes in no vector", rule.id));
        }
    }
    assert!(
        missing.is_empty(),
        "{} gaps:\n{}",
        missing.len(),
        missing.join("\n")
    );
}
