//! The catalogue vectors of `tests/vectors/catalogue/`: the same files the C and WASM suites run.
//!
//! A check vector states the whole answer of `check_catalogue_json`: `ok`, every row's items, and
//! every finding in order with its code, severity, path and rule (the message and legal basis are
//! language text, checked to be there); a baseline vector states the whole array of rows
//! `baseline_catalogue_json` gives. `tests/vectors/catalogue/README.md` describes the format;
//! `schema/catalogue.schema.json` pins it.

use std::path::PathBuf;

use gongkai::rules::catalogue::api::{baseline_catalogue_json, check_catalogue_json};
use gongkai::{Lang, RuleSet};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::vector_projection::project;
use crate::vectors::vector_dir;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct CatalogueVector {
    pub description: String,
    pub legal_basis: String,
    pub options: Value,
    /// The catalogue as a department gives it: `{header?, rows}` or the rows alone.
    #[serde(default)]
    pub catalogue: Option<Value>,
    /// True for a baseline vector, which has no catalogue.
    #[serde(default)]
    pub baseline: bool,
    /// `{ok, rows, findings}` for a check, the array of rows for a baseline.
    pub expected: Value,
}

pub fn catalogue_vector_files() -> Vec<PathBuf> {
    let dir = vector_dir().join("catalogue");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

pub fn load(path: &std::path::Path) -> CatalogueVector {
    let text = std::fs::read_to_string(path).expect("readable vector");
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not a catalogue vector: {e}", path.display()))
}

/// The check's answer as a vector states it: findings projected, after checking that what the
/// projection drops is there.
pub fn projected(answer: &str, file: &str) -> Value {
    let v: Value = serde_json::from_str(answer).expect("the answer is JSON");
    let findings = v["findings"].as_array().expect("findings is a list");
    for f in findings {
        let text = |v: &Value| v.as_str().is_some_and(|s| !s.trim().is_empty());
        assert!(text(&f["message"]), "{file}: a finding without a message");
        assert!(
            text(&f["legalBasis"]["document"]),
            "{file}: a finding without its law"
        );
    }
    json!({
        "ok": v["ok"],
        "rows": v["rows"],
        "findings": findings.iter().map(project).collect::<Vec<_>>(),
    })
}

/// What the engine answers for a vector (projected for a check), in one language.
fn answer(rules: &RuleSet, v: &CatalogueVector, lang: Lang, file: &str) -> Value {
    let options = v.options.to_string();
    if v.baseline {
        let rows = baseline_catalogue_json(rules, &options)
            .unwrap_or_else(|e| panic!("{file}: options refused: {e}"));
        return serde_json::from_str(&rows).expect("rows are JSON");
    }
    let catalogue = v
        .catalogue
        .as_ref()
        .unwrap_or_else(|| panic!("{file}: a check vector has a catalogue"))
        .to_string();
    let out = check_catalogue_json(rules, &catalogue, &options, lang)
        .unwrap_or_else(|e| panic!("{file}: not checked: {e}"));
    projected(&out, file)
}

#[test]
fn catalogue_vectors() {
    let files = catalogue_vector_files();
    assert!(files.len() >= 12, "{} catalogue vectors", files.len());
    let rules = RuleSet::national();
    let mut failures = Vec::new();
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let v = load(path);
        assert!(!v.description.is_empty() && !v.legal_basis.is_empty());
        assert_eq!(
            v.baseline,
            v.catalogue.is_none(),
            "{file}: a catalogue or a baseline"
        );
        let zh = answer(&rules, &v, Lang::ZhCn, &file);
        let en = answer(&rules, &v, Lang::En, &file);
        assert_eq!(zh, en, "{file}: the languages disagree on data");
        if zh != v.expected {
            failures.push(format!("{file}\n  want {}\n  got  {zh}", v.expected));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The comparison sees each part of the answer: one value changed fails.
#[test]
fn a_changed_catalogue_expectation_is_a_failure() {
    let rules = RuleSet::national();
    for path in catalogue_vector_files() {
        let v = load(&path);
        let got = answer(&rules, &v, Lang::ZhCn, "");
        assert_eq!(got, v.expected);
        let mut edits: Vec<(String, Value)> = Vec::new();
        if v.baseline {
            edits.push(("/0/timeLimit".into(), json!("自形成之日起30个工作日内")));
            edits.push(("/0/basis".into(), json!("")));
        } else {
            edits.push(("/ok".into(), json!(!got["ok"].as_bool().unwrap())));
            edits.push(("/rows/0/items".into(), json!([])));
            if !got["findings"].as_array().unwrap().is_empty() {
                edits.push(("/findings/0/severity".into(), json!("info")));
                edits.push(("/findings/0/rule".into(), json!("GI-26")));
                edits.push(("/findings/0/path".into(), json!("/9/content")));
            }
        }
        for (pointer, value) in edits {
            let mut want = v.expected.clone();
            let Some(slot) = want.pointer_mut(&pointer) else {
                continue;
            };
            if *slot == value {
                continue;
            }
            *slot = value;
            assert_ne!(got, want, "{}: {pointer} is not seen", path.display());
        }
    }
}

/// Every code a catalogue check can give fires in one vector at least.
#[test]
fn every_catalogue_code_fires_in_a_vector() {
    let rules = RuleSet::national();
    let mut fired: Vec<String> = Vec::new();
    for path in catalogue_vector_files() {
        let v = load(&path);
        if v.baseline {
            continue;
        }
        let got = answer(&rules, &v, Lang::ZhCn, "");
        for f in got["findings"].as_array().unwrap() {
            fired.push(f["code"].as_str().unwrap().to_owned());
        }
    }
    let missing: Vec<&str> = gongkai::FindingCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| c.starts_with("catalogue."))
        .filter(|c| !fired.iter().any(|f| f == c))
        .collect();
    assert!(missing.is_empty(), "no catalogue vector fires {missing:?}");
}
