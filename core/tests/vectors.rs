//! The shared golden vectors of `tests/vectors/`: the same files the C and WASM suites run.

use std::collections::BTreeSet;
use std::path::PathBuf;

use gongkai::{Context, DisclosureRecord, Engine};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct Vector {
    description: String,
    legal_basis: String,
    /// An engine configuration (`EngineConfig` JSON: a local layer, calendar years, a
    /// blacklist); absent: the national engine.
    #[serde(default)]
    config: Option<serde_json::Value>,
    context: VectorContext,
    record: serde_json::Value,
    expected: Vec<Expected>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VectorContext {
    today: chrono::NaiveDate,
}

#[derive(Deserialize, PartialEq, Eq, PartialOrd, Ord, Debug)]
#[serde(deny_unknown_fields)]
struct Expected {
    code: String,
    path: String,
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

#[test]
fn golden_vectors() {
    let files = vector_files();
    assert!(
        files.len() >= 18,
        "expected the golden vectors, found {}",
        files.len()
    );
    let national = Engine::national();
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("readable vector");
        let v: Vector = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a vector: {e}", path.display()));
        assert!(!v.description.is_empty() && !v.legal_basis.is_empty());
        let configured = v.config.as_ref().map(|c| {
            Engine::from_config_json(&c.to_string())
                .unwrap_or_else(|e| panic!("{}: config refused: {e}", path.display()))
        });
        let engine = configured.as_ref().unwrap_or(&national);
        let record = DisclosureRecord::from_json(&v.record.to_string())
            .unwrap_or_else(|e| panic!("{}: record does not parse: {e}", path.display()));
        let report = engine.validate(&record, &Context::new(v.context.today));
        let got: BTreeSet<(String, String)> = report
            .findings
            .iter()
            .map(|f| (f.code().as_str().to_owned(), f.path().to_string()))
            .collect();
        let want: BTreeSet<(String, String)> =
            v.expected.into_iter().map(|e| (e.code, e.path)).collect();
        if got != want {
            failures.push(format!(
                "{}\n  want {want:?}\n  got  {got:?}",
                path.file_name().unwrap_or_default().to_string_lossy()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
