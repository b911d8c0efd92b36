//! The bundled sample is what the README's first command audits: every planted defect must be
//! found, with the code the data's ledger names, and nothing must be found on the rest.

use std::collections::BTreeMap;

use gongkai::{Context, DisclosureRecord, Engine, Severity};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Ledger {
    records: usize,
    defects: BTreeMap<String, Defect>,
}

#[derive(Deserialize)]
struct Defect {
    finding: String,
}

fn data(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_planted_defect_is_found_and_nothing_else() {
    let records: Vec<DisclosureRecord> =
        serde_json::from_str(&data("yunjiang-2024.json")).expect("the sample parses");
    let ledger: Ledger =
        serde_json::from_str(&data("yunjiang-2024.expected.json")).expect("ledger");
    assert_eq!(records.len(), ledger.records);
    assert!(records.len() >= 300);
    let engine = Engine::national();
    let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("date"));
    let mut problems = Vec::new();
    for r in &records {
        let report = engine.validate(r, &ctx);
        let errors: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.code.as_str())
            .collect();
        match ledger.defects.get(&r.id) {
            Some(d) if !errors.iter().all(|c| *c == d.finding) || errors.is_empty() => {
                problems.push(format!("{}: planted {}, found {errors:?}", r.id, d.finding));
            }
            None if !errors.is_empty() => {
                problems.push(format!("{}: compliant, found {errors:?}", r.id));
            }
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn bad_input_lines_are_rejected_with_their_field() {
    let text = data("bad-input.ndjson");
    let mut ok = 0;
    let mut paths = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        match DisclosureRecord::from_json(line) {
            Ok(_) => ok += 1,
            Err(gongkai::Error::Parse { path, .. }) => paths.push(path),
            Err(e) => panic!("unexpected error {e}"),
        }
    }
    assert_eq!(ok, 2);
    assert_eq!(paths.len(), 6);
    for field in ["/domain", "/colour", "/amounts/budget"] {
        assert!(
            paths.iter().any(|p| p == field),
            "{field} not named in {paths:?}"
        );
    }
}
