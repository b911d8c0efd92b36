//! The bundled sample is what the README's first command audits: every planted defect must be
//! found, with the code the data's ledger names (as an error, or as a warning where the rule's
//! basis is recalled or secondary), and no error must be found on the rest.

use std::collections::BTreeMap;

use gongkai::blacklist::Registry;
use gongkai::{Context, DisclosureRecord, Engine, Severity};
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Ledger {
    records: usize,
    defects: BTreeMap<String, Defect>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Defect {
    finding: String,
    /// Findings besides the planted one: a record whose party is also on the blacklist.
    #[serde(default)]
    also_findings: Vec<String>,
}

/// The engine the audit runs by default: the national rules and the bundled blacklist.
fn engine() -> Engine {
    let registry = Registry::from_jsonl(&data("yunjiang-blacklist.jsonl")).expect("the blacklist");
    Engine::national().with_blacklist(registry)
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
    let engine = engine();
    let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("date"));
    let mut problems = Vec::new();
    for r in &records {
        let report = engine.validate(r, &ctx);
        let of = |severity: Severity| -> Vec<&str> {
            report
                .findings
                .iter()
                .filter(|f| f.severity() == severity)
                .map(|f| f.code().as_str())
                .collect()
        };
        let errors = of(Severity::Error);
        match ledger.defects.get(&r.id) {
            Some(d) => {
                let want: Vec<&str> = std::iter::once(d.finding.as_str())
                    .chain(d.also_findings.iter().map(String::as_str))
                    .collect();
                // A defect planted against a rule whose basis is recalled or secondary (R,
                // V-2nd) is found as a warning, not an error.
                let warnings = of(Severity::Warning);
                if !errors.iter().all(|c| want.contains(c))
                    || !want
                        .iter()
                        .all(|w| errors.contains(w) || warnings.contains(w))
                {
                    problems.push(format!("{}: planted {want:?}, found {errors:?}", r.id));
                }
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

/// The bundled blacklist is in the library's own form: read and written back, the same bytes.
#[test]
fn the_blacklist_file_is_canonical() {
    let text = data("yunjiang-blacklist.jsonl");
    let registry = Registry::from_jsonl(&text).expect("the blacklist");
    assert!((8..=15).contains(&registry.len()), "{}", registry.len());
    assert_eq!(registry.to_jsonl(), text);
}

/// The province's entry without a credit code is a possible match for the city's company of
/// that name, until the trading centre decided on 2024-08-15 that they are not the same.
#[test]
fn name_only_matches_warn_until_decided_otherwise() {
    let records: Vec<DisclosureRecord> =
        serde_json::from_str(&data("yunjiang-2024.json")).expect("the sample parses");
    let engine = engine();
    let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("date"));
    let warned: Vec<(String, chrono::NaiveDate)> = records
        .iter()
        .filter(|r| {
            engine
                .validate(r, &ctx)
                .findings
                .iter()
                .any(|f| f.code().as_str() == "blacklist.possible_match")
        })
        .filter_map(|r| Some((r.id.clone(), r.formed_on?.exact()?)))
        .collect();
    assert!(!warned.is_empty());
    let decided = chrono::NaiveDate::from_ymd_opt(2024, 8, 15).expect("date");
    assert!(warned.iter().all(|(_, on)| *on < decided), "{warned:?}");
}
