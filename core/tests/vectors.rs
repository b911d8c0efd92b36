//! The shared golden vectors of `tests/vectors/`: the same files the C and WASM suites run.
//!
//! Each vector states the whole answer: every finding, in report order, with its code, severity,
//! path and rule, and for a time limit the explanation (anchor, period, counted end, due date,
//! the holidays and make-up days crossed, the units late or short), for a blacklist finding the
//! entry matched. `tests/vectors/README.md` describes the format; `schema/vector.schema.json`
//! pins it, and `vector_schema::every_vector_follows_the_schema` checks every file against it.

use std::path::PathBuf;

use gongkai::{Context, DisclosureRecord, Engine, Lang};
use serde::Deserialize;
use serde_json::{Map, Value, json};

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

pub fn vector_files() -> Vec<PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(vector_dir())
        .expect("tests/vectors exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
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

/// The fields of `from` named in `keys`, those it has, in that order.
fn pick(from: &Value, keys: &[&str]) -> Map<String, Value> {
    keys.iter()
        .filter_map(|k| from.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect()
}

/// A finding of the report's JSON as a vector states it: everything but the language's text
/// (the message, the explanation's text, a special day's name) and the legal basis, which the
/// rule id fixes. The same projection is written in `ffi/tests/c/test_vectors.c` and
/// `wasm/test/vectors.test.mjs`.
pub fn project(finding: &Value) -> Value {
    let mut out = pick(finding, &["code", "severity", "path", "rule"]);
    if let Some(x) = finding.get("explanation") {
        let mut e = pick(
            x,
            &[
                "direction",
                "anchor",
                "anchorDate",
                "period",
                "countedEnd",
                "due",
                "pausedUnits",
                "target",
                "targetDate",
                "units",
            ],
        );
        let days: Vec<Value> = x["specialDays"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|d| Value::Object(pick(d, &["date", "kind", "workday"])))
                    .collect()
            })
            .unwrap_or_default();
        e.insert("specialDays".into(), Value::Array(days));
        out.insert("explanation".into(), Value::Object(e));
    }
    if let Some(h) = finding.get("blacklistHit") {
        out.insert(
            "blacklistHit".into(),
            Value::Object(pick(h, &["entryId", "matchedOn", "status", "asOf", "ban"])),
        );
    }
    Value::Object(out)
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
        files.len() >= 48,
        "expected the golden vectors, found {}",
        files.len()
    );
    let mut failures = Vec::new();
    for path in &files {
        let (_, v) = load(path);
        assert!(!v.description.is_empty() && !v.legal_basis.is_empty());
        let engine = engine_for(path, &v);
        let record = record_of(path, &v);
        let report = engine.validate(&record, &Context::new(v.context.today));
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
