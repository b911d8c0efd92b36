//! The penalty-decision vectors of `tests/vectors/decision/`: the same files the C and WASM suites
//! run. Each states the whole answer of `blacklist::entry_from_decision_json` for one record: the
//! entry it implies, compared as JSON, or the refusal's code, path and (for missing facts) every
//! fact missing. `tests/vectors/decision/README.md` describes the format;
//! `schema/decision.schema.json` pins it.

use std::path::PathBuf;

use gongkai::Lang;
use gongkai::blacklist::{DecisionJsonError, Entry, entry_from_decision_json};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::vectors::vector_dir;

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct DecisionVector {
    pub description: String,
    pub legal_basis: String,
    pub record: Value,
    /// `{"entry": {...}}` or `{"error": {"code", "path", "facts"?}}`.
    pub expected: Value,
}

pub fn decision_vector_files() -> Vec<PathBuf> {
    let dir = vector_dir().join("decision");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn load(path: &std::path::Path) -> DecisionVector {
    let text = std::fs::read_to_string(path).expect("readable vector");
    serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{}: not a decision vector: {e}", path.display()))
}

/// The answer as a vector states it; the messages of a refusal must be there in both languages.
fn answer(record: &Value, file: &str) -> Value {
    match entry_from_decision_json(&record.to_string()) {
        Ok(entry) => {
            // The entry is one line of the registry, which reads it back.
            assert!(!entry.contains('\n'), "{file}");
            Entry::from_json(&entry).unwrap_or_else(|e| panic!("{file}: {e}"));
            json!({ "entry": serde_json::from_str::<Value>(&entry).expect("JSON") })
        }
        Err(e) => {
            for lang in [Lang::ZhCn, Lang::En] {
                assert!(!e.message(lang).trim().is_empty(), "{file}: no message");
            }
            let (path, facts) = match &e {
                DecisionJsonError::Decision(d) => (d.path(), d.facts().to_vec()),
                DecisionJsonError::Record(gongkai::Error::Parse { path, .. }) => {
                    (path.clone(), Vec::new())
                }
                DecisionJsonError::Record(other) => panic!("{file}: {other}"),
            };
            let mut error = json!({ "code": e.code(), "path": path });
            if !facts.is_empty() {
                // Every fact missing is named in the message too, in both languages.
                for lang in [Lang::ZhCn, Lang::En] {
                    for f in &facts {
                        assert!(e.message(lang).contains(f.as_str()), "{file}: {f}");
                    }
                }
                error["facts"] = json!(facts);
            }
            json!({ "error": error })
        }
    }
}

#[test]
fn decision_vectors() {
    let files = decision_vector_files();
    assert!(files.len() >= 12, "{} decision vectors", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let v = load(path);
        assert!(!v.description.is_empty() && !v.legal_basis.is_empty());
        let got = answer(&v.record, &file);
        if got != v.expected {
            failures.push(format!("{file}\n  want {}\n  got  {got}", v.expected));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The comparison sees a changed entry field, code, path or fact.
#[test]
fn a_changed_decision_expectation_is_a_failure() {
    let edits: &[(&str, Value)] = &[
        ("/entry/ban/months", json!(24)),
        ("/entry/listedOn", json!("2024-07-22")),
        ("/entry/subject/creditCode", json!("91445400MAH8P03Q3A")),
        ("/error/code", json!("decision.withdrawn")),
        ("/error/path", json!("/sanction")),
        ("/error/facts/1", json!("/sanction/conduct")),
    ];
    let mut seen = 0;
    for path in decision_vector_files() {
        let v = load(&path);
        let got = answer(&v.record, "");
        for (pointer, value) in edits {
            let mut want = v.expected.clone();
            let Some(slot) = want.pointer_mut(pointer) else {
                continue;
            };
            *slot = value.clone();
            if want != v.expected {
                assert_ne!(got, want, "{}: {pointer} is not seen", path.display());
                seen += 1;
            }
        }
    }
    assert!(seen >= 6, "{seen} edits tried");
}

/// Every refusal a decision can meet has a vector, and so do an organisation's and a person's
/// entries.
#[test]
fn every_decision_code_has_a_vector() {
    let mut codes: Vec<String> = Vec::new();
    let mut kinds: Vec<String> = Vec::new();
    for path in decision_vector_files() {
        let v = load(&path);
        if let Some(code) = v.expected.pointer("/error/code").and_then(Value::as_str) {
            codes.push(code.to_owned());
        }
        if let Some(kind) = v
            .expected
            .pointer("/entry/subject/kind")
            .and_then(Value::as_str)
        {
            kinds.push(kind.to_owned());
        }
    }
    for code in gongkai::blacklist::DecisionError::CODES.iter().chain(&[
        "uscc.bad_check_character",
        "blacklist.ban_out_of_range",
        "input.invalid_json",
    ]) {
        assert!(
            codes.iter().any(|c| c == code),
            "no vector refused with {code}"
        );
    }
    for kind in ["organization", "person"] {
        assert!(kinds.iter().any(|k| k == kind), "no entry for a {kind}");
    }
}
