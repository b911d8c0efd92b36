//! A finding of a report's JSON as a golden vector states it. Shared by the Rust tests of the
//! core (`core/tests/vectors.rs`) and of the C ABI (`ffi/tests/vectors.rs`, through `#[path]`);
//! the same projection is written in `ffi/tests/c/test_vectors.c` and
//! `wasm/test/vectors.test.mjs`.

use serde_json::{Map, Value};

/// The fields of `from` named in `keys`, those it has, in that order.
fn pick(from: &Value, keys: &[&str]) -> Map<String, Value> {
    keys.iter()
        .filter_map(|k| from.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect()
}

/// A finding of the report's JSON as a vector states it: everything but the language's text
/// (the message, the explanation's text, a special day's name) and the legal basis, which the
/// rule id fixes.
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
                "firstDayCounted",
                "onlyWithoutFirstDay",
                "onlyByRestDayRoll",
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
