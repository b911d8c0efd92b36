//! `tests/vectors/schema/vector.schema.json` checked against every golden vector.
//!
//! The checker implements the JSON Schema (2020-12) keywords the schema uses and refuses any
//! other, so the schema cannot say something the check silently ignores. A validator crate would
//! bring tens of dependencies into the build for the same few keywords.

use gongkai::FindingCode;
use serde_json::{Value, json};

use crate::vectors::{vector_dir, vector_files};

fn schema() -> Value {
    schema_named("vector.schema.json")
}

fn schema_named(name: &str) -> Value {
    let path = vector_dir().join("schema").join(name);
    let text = std::fs::read_to_string(&path).expect("the vector schema exists");
    serde_json::from_str(&text).expect("the vector schema is JSON")
}

/// Annotations: no effect on validity.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "$defs",
];

/// The errors of `value` against `schema`, each with its JSON Pointer; `root` resolves `$ref`.
fn check(root: &Value, schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let Some(schema) = schema.as_object() else {
        match schema {
            Value::Bool(true) => {}
            Value::Bool(false) => errors.push(format!("{at}: not allowed here")),
            _ => panic!("a schema is an object or a boolean, not {schema}"),
        }
        return;
    };
    for (keyword, arg) in schema {
        match keyword.as_str() {
            k if ANNOTATIONS.contains(&k) => {}
            "type" => {
                let types: Vec<&str> = match arg {
                    Value::String(t) => vec![t.as_str()],
                    Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => panic!("type takes a name or a list"),
                };
                if !types.iter().any(|t| has_type(value, t)) {
                    fail(errors, at, format!("{value} is not of type {arg}"));
                }
            }
            "enum" => {
                let allowed = arg.as_array().expect("enum takes a list");
                if !allowed.contains(value) {
                    fail(errors, at, format!("{value} is not one of {arg}"));
                }
            }
            "const" => {
                if value != arg {
                    fail(errors, at, format!("{value} is not {arg}"));
                }
            }
            "minLength" => {
                let min = arg.as_u64().expect("minLength takes a count");
                if let Some(s) = value.as_str()
                    && (s.chars().count() as u64) < min
                {
                    fail(errors, at, format!("{value} is shorter than {min}"));
                }
            }
            "minimum" => {
                let min = arg.as_f64().expect("minimum takes a number");
                if let Some(n) = value.as_f64()
                    && n < min
                {
                    fail(errors, at, format!("{value} is below {min}"));
                }
            }
            "format" => match arg.as_str() {
                Some("date") => {
                    if let Some(s) = value.as_str()
                        && chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_err()
                    {
                        fail(errors, at, format!("{value} is not a date (YYYY-MM-DD)"));
                    }
                }
                // A date as a record states it: a day, a day and its time, a month or a year.
                Some("stated-date") => {
                    if let Some(s) = value.as_str()
                        && s.parse::<gongkai::date::StatedDate>().is_err()
                    {
                        fail(errors, at, format!("{value} is not a stated date"));
                    }
                }
                _ => panic!("the checker knows the formats date and stated-date, not {arg}"),
            },
            "required" => {
                if let Some(obj) = value.as_object() {
                    for key in arg.as_array().expect("required takes a list") {
                        let key = key.as_str().expect("required names keys");
                        if !obj.contains_key(key) {
                            fail(errors, at, format!("lacks {key}"));
                        }
                    }
                }
            }
            "properties" => {
                if let Some(obj) = value.as_object() {
                    for (key, sub) in arg.as_object().expect("properties takes an object") {
                        if let Some(v) = obj.get(key) {
                            check(root, sub, v, &format!("{at}/{key}"), errors);
                        }
                    }
                }
            }
            "additionalProperties" => {
                let known = schema.get("properties").and_then(Value::as_object);
                if let Some(obj) = value.as_object() {
                    for (key, v) in obj {
                        if !known.is_some_and(|k| k.contains_key(key)) {
                            check(root, arg, v, &format!("{at}/{key}"), errors);
                        }
                    }
                }
            }
            "items" => {
                if let Some(list) = value.as_array() {
                    for (i, v) in list.iter().enumerate() {
                        check(root, arg, v, &format!("{at}/{i}"), errors);
                    }
                }
            }
            "$ref" => {
                let target = arg
                    .as_str()
                    .and_then(|r| r.strip_prefix('#'))
                    .and_then(|p| root.pointer(p))
                    .unwrap_or_else(|| panic!("$ref {arg} resolves within the schema"));
                check(root, target, value, at, errors);
            }
            "allOf" => {
                for sub in arg.as_array().expect("allOf takes a list") {
                    check(root, sub, value, at, errors);
                }
            }
            "not" => {
                let mut inner = Vec::new();
                check(root, arg, value, at, &mut inner);
                if inner.is_empty() {
                    fail(errors, at, format!("matches what is forbidden: {arg}"));
                }
            }
            "if" => {
                let mut cond = Vec::new();
                check(root, arg, value, at, &mut cond);
                let branch = if cond.is_empty() { "then" } else { "else" };
                if let Some(sub) = schema.get(branch) {
                    check(root, sub, value, at, errors);
                }
            }
            "then" | "else" => {} // with "if"
            other => {
                panic!("the vector schema uses {other}, which this checker does not implement")
            }
        }
    }
}

fn fail(errors: &mut Vec<String>, at: &str, msg: String) {
    errors.push(format!("{at}: {msg}"));
}

fn has_type(value: &Value, t: &str) -> bool {
    match t {
        "object" => value.is_object(),
        "array" => value.is_array(),
        "string" => value.is_string(),
        "boolean" => value.is_boolean(),
        "null" => value.is_null(),
        "number" => value.is_number(),
        "integer" => value.is_i64() || value.is_u64(),
        _ => panic!("unknown type {t}"),
    }
}

fn errors_of(schema: &Value, value: &Value) -> Vec<String> {
    let mut errors = Vec::new();
    check(schema, schema, value, "", &mut errors);
    errors
}

#[test]
fn every_vector_follows_the_schema() {
    let schema = schema();
    let mut failures = Vec::new();
    for path in vector_files() {
        let text = std::fs::read_to_string(&path).expect("readable vector");
        let value: Value = serde_json::from_str(&text).expect("a vector is JSON");
        for e in errors_of(&schema, &value) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The schema names every code a record's finding can have, and no other (a notice's text-only
/// codes, `notice.*`, are never a record's).
#[test]
fn the_schema_lists_the_record_codes() {
    let schema = schema();
    let listed: Vec<&str> = schema["$defs"]["finding"]["properties"]["code"]["enum"]
        .as_array()
        .expect("the code enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let record_codes: Vec<&str> = FindingCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| {
            !c.starts_with("catalogue.") && !c.starts_with("plan.") && !c.starts_with("notice.")
        })
        .collect();
    assert_eq!(listed, record_codes);
}

/// The checker rejects what the schema forbids: each broken vector below fails.
#[test]
fn the_schema_rejects_incomplete_expectations() {
    let schema = schema();
    let explained = json!({
        "code": "deadline.missed", "severity": "error", "path": "/publishedOn", "rule": "GP-R43",
        "explanation": {
            "direction": "within", "anchor": "awarded", "anchorDate": "2024-09-27",
            "period": {"n": 2, "unit": "workday"}, "countedEnd": "2024-09-30",
            "due": "2024-09-30", "pausedUnits": 0, "target": "published",
            "targetDate": "2024-10-08", "units": 1,
            "specialDays": [{"date": "2024-09-29", "kind": "makeup_workday", "workday": true}]
        }
    });
    let vector = |finding: Value| {
        json!({
            "description": "d", "legalBasis": "b", "context": {"today": "2024-10-10"},
            "record": {}, "expected": [finding]
        })
    };
    assert_eq!(
        errors_of(&schema, &vector(explained.clone())),
        Vec::<String>::new()
    );
    let broken: &[(&str, Value)] = &[
        ("/severity", Value::Null),
        ("/severity", json!("fatal")),
        ("/rule", json!("")),
        ("/code", json!("deadline.late")),
        ("/explanation/due", json!("30/09/2024")),
        ("/explanation/due", json!("2024-09")),
        ("/explanation/anchorDate", json!("2024-09-27 25:00")),
        ("/explanation/units", json!(-1)),
        ("/explanation/specialDays/0/kind", json!("holiday")),
        ("/explanation/period/unit", json!("week")),
        ("/explanation/targetDate", json!(7)),
    ];
    for (pointer, value) in broken {
        let mut f = explained.clone();
        if value.is_null() {
            f.as_object_mut()
                .expect("an object")
                .remove(pointer.trim_start_matches('/'));
        } else {
            *f.pointer_mut(pointer).expect("in the finding") = value.clone();
        }
        assert!(
            !errors_of(&schema, &vector(f)).is_empty(),
            "{pointer} = {value} passes"
        );
    }
    // A deadline finding without its explanation, and an explanation on another code.
    let mut bare = explained.clone();
    bare.as_object_mut()
        .expect("an object")
        .remove("explanation");
    assert!(!errors_of(&schema, &vector(bare)).is_empty());
    let mut stray = explained.clone();
    stray["code"] = json!("element.missing");
    assert!(!errors_of(&schema, &vector(stray)).is_empty());
    // An unknown field, in a finding and at the top.
    let mut extra = explained.clone();
    extra["message"] = json!("迟延公开");
    assert!(!errors_of(&schema, &vector(extra)).is_empty());
    let mut top = vector(explained);
    top["expect"] = json!([]);
    assert!(!errors_of(&schema, &top).is_empty());
}

/// Every catalogue vector follows `schema/catalogue.schema.json`.
#[test]
fn every_catalogue_vector_follows_its_schema() {
    let schema = schema_named("catalogue.schema.json");
    let mut failures = Vec::new();
    for path in crate::catalogue_vectors::catalogue_vector_files() {
        let text = std::fs::read_to_string(&path).expect("readable vector");
        let value: Value = serde_json::from_str(&text).expect("a vector is JSON");
        for e in errors_of(&schema, &value) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The catalogue schema names every catalogue code, and no other; it refuses a check without a
/// catalogue, a baseline with one, and a finding with language text.
#[test]
fn the_catalogue_schema_lists_the_catalogue_codes_and_refuses_mixed_vectors() {
    let schema = schema_named("catalogue.schema.json");
    let listed: Vec<&str> = schema["$defs"]["finding"]["properties"]["code"]["enum"]
        .as_array()
        .expect("the code enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let codes: Vec<&str> = FindingCode::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| c.starts_with("catalogue."))
        .collect();
    assert_eq!(listed, codes);
    let finding = json!({"code": "catalogue.item_missing", "severity": "error", "path": "", "rule": "GP-87-13"});
    let check = json!({
        "description": "d", "legalBasis": "b", "options": {"domains": ["housing"]},
        "catalogue": [], "expected": {"ok": false, "rows": [], "findings": [finding]}
    });
    assert_eq!(errors_of(&schema, &check), Vec::<String>::new());
    let baseline = json!({
        "description": "d", "legalBasis": "b", "options": {"domains": ["housing"], "level": "township"},
        "baseline": true, "expected": []
    });
    assert_eq!(errors_of(&schema, &baseline), Vec::<String>::new());
    let mut no_catalogue = check.clone();
    no_catalogue.as_object_mut().unwrap().remove("catalogue");
    let mut both = baseline.clone();
    both["catalogue"] = json!([]);
    let mut texty = check.clone();
    texty["expected"]["findings"][0]["message"] = json!("缺少");
    let mut wrong_shape = baseline.clone();
    wrong_shape["expected"] = json!({"ok": true, "rows": [], "findings": []});
    let mut bad_level = check.clone();
    bad_level["options"]["level"] = json!("district");
    for broken in [no_catalogue, both, texty, wrong_shape, bad_level] {
        assert!(!errors_of(&schema, &broken).is_empty(), "{broken} passes");
    }
}

/// Every penalty-decision vector follows `schema/decision.schema.json`, which refuses an answer that
/// is both or neither, and missing facts without their list.
#[test]
fn every_decision_vector_follows_its_schema() {
    let schema = schema_named("decision.schema.json");
    let mut failures = Vec::new();
    for path in crate::decision_vectors::decision_vector_files() {
        let text = std::fs::read_to_string(&path).expect("readable vector");
        let value: Value = serde_json::from_str(&text).expect("a vector is JSON");
        for e in errors_of(&schema, &value) {
            failures.push(format!("{}: {e}", path.display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    let vector = |expected: Value| json!({"description": "d", "legalBasis": "b", "record": {}, "expected": expected});
    let facts = json!({"error": {"code": "decision.facts_missing", "path": "/sanction", "facts": ["/sanction"]}});
    assert_eq!(errors_of(&schema, &vector(facts)), Vec::<String>::new());
    for broken in [
        json!({}),
        json!({"entry": {}, "error": {"code": "decision.withdrawn", "path": "/status"}}),
        json!({"error": {"code": "decision.facts_missing", "path": "/sanction"}}),
        json!({"error": {"code": "decision.withdrawn", "path": "/status", "facts": ["/status"]}}),
        json!({"error": {"code": "decision.withdrawn", "path": "/status", "message": "撤回"}}),
    ] {
        assert!(
            !errors_of(&schema, &vector(broken.clone())).is_empty(),
            "{broken} passes"
        );
    }
}
