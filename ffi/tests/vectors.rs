//! Every golden vector of `tests/vectors/` (and `tests/vectors/real/`) through the C ABI, compared in full.

use std::path::PathBuf;

use gongkai::*;

use crate::support::*;

#[path = "../../core/tests/vector_projection.rs"]
mod vector_projection;

fn yyyymmdd(date: &str) -> u32 {
    date.replace('-', "").parse().expect("YYYY-MM-DD")
}

#[test]
#[cfg_attr(
    miri,
    ignore = "reads files and judges every vector: too slow under Miri"
)]
fn golden_vectors_through_the_c_abi() {
    // tests/vectors/*.json and the real-notice corpus's tests/vectors/real/*.json.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut files: Vec<_> = [dir.clone(), dir.join("real")]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 18, "{} vectors", files.len());
    let engine = engine("");
    let mut failures = Vec::new();
    for path in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let record = v["record"].to_string();
        let today = yyyymmdd(v["context"]["today"].as_str().unwrap());
        // A vector with its own engine configuration (a blacklist, local rules) gets its own engine.
        let configured = v.get("config").map(|c| self::engine(&c.to_string()));
        let judge = configured.unwrap_or(engine);
        let (status, json) = match v.get("related") {
            // Linked notices are judged together (`gongkai_engine_validate_linked`).
            Some(related) => validate_linked(
                judge,
                record.as_bytes(),
                related.to_string().as_bytes(),
                today,
                gongkai_lang::En,
            ),
            None => validate(judge, record.as_bytes(), today, gongkai_lang::En),
        };
        if let Some(e) = configured {
            // SAFETY: a live engine, freed once.
            unsafe { gongkai_engine_free(e) };
        }
        assert_eq!(status, gongkai_status::Ok, "{}", path.display());
        let report: serde_json::Value = serde_json::from_str(&json.unwrap()).unwrap();
        let got: Vec<serde_json::Value> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(vector_projection::project)
            .collect();
        let want = v["expected"].as_array().unwrap();
        if &got != want {
            failures.push(format!(
                "{}\n  want {}\n  got  {}",
                path.display(),
                serde_json::Value::Array(want.clone()),
                serde_json::Value::Array(got)
            ));
        }
    }
    // SAFETY: a live engine, freed once.
    unsafe { gongkai_engine_free(engine) };
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The `*.json` files of a folder under tests/vectors, sorted.
fn files_in(sub: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(sub);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// Every catalogue vector of tests/vectors/catalogue/ through the C ABI: a check's `ok`, rows and
/// projected findings in both languages, a baseline's whole array of rows.
#[test]
#[cfg_attr(
    miri,
    ignore = "reads files and checks every catalogue: too slow under Miri"
)]
fn catalogue_vectors_through_the_c_abi() {
    let files = files_in("catalogue");
    assert!(files.len() >= 12, "{} catalogue vectors", files.len());
    let engine = national();
    let mut failures = Vec::new();
    for path in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let options = v["options"].to_string();
        let got = if v.get("baseline").is_some() {
            let (status, rows) = baseline_catalogue(engine, options.as_bytes());
            assert_eq!(status, gongkai_status::Ok, "{}", path.display());
            serde_json::from_str(&rows.unwrap()).unwrap()
        } else {
            let catalogue = v["catalogue"].to_string();
            let mut answers = [gongkai_lang::ZhCn, gongkai_lang::En].map(|lang| {
                let (status, json) =
                    check_catalogue(engine, catalogue.as_bytes(), options.as_bytes(), lang);
                assert_eq!(status, gongkai_status::Ok, "{}", path.display());
                let a: serde_json::Value = serde_json::from_str(&json.unwrap()).unwrap();
                let findings: Vec<serde_json::Value> = a["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .inspect(|f| {
                        assert!(f["message"].as_str().is_some_and(|m| !m.is_empty()));
                        assert!(
                            f["legalBasis"]["document"]
                                .as_str()
                                .is_some_and(|d| !d.is_empty())
                        );
                    })
                    .map(vector_projection::project)
                    .collect();
                serde_json::json!({"ok": a["ok"], "rows": a["rows"], "findings": findings})
            });
            assert_eq!(
                answers[0],
                answers[1],
                "{}: the languages disagree",
                path.display()
            );
            std::mem::take(&mut answers[0])
        };
        if got != v["expected"] {
            failures.push(format!(
                "{}\n  want {}\n  got  {got}",
                path.display(),
                v["expected"]
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every penalty-decision vector of tests/vectors/decision/ through the C ABI: the entry, or the
/// status whose code is the refusal's, with a last error naming its path and every fact missing.
#[test]
#[cfg_attr(miri, ignore = "reads files: slow under Miri")]
fn decision_vectors_through_the_c_abi() {
    let files = files_in("decision");
    assert!(files.len() >= 12, "{} decision vectors", files.len());
    let engine = national();
    for path in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let (status, entry) = entry_from_decision(engine, v["record"].to_string().as_bytes());
        let file = path.display();
        if let Some(want) = v["expected"].get("entry") {
            assert_eq!(
                status,
                gongkai_status::Ok,
                "{file}: {}",
                last_error(gongkai_lang::En)
            );
            let got: serde_json::Value = serde_json::from_str(&entry.unwrap()).unwrap();
            assert_eq!(&got, want, "{file}");
            continue;
        }
        let error = &v["expected"]["error"];
        assert_ne!(status, gongkai_status::Ok, "{file}");
        // SAFETY: static NUL-terminated strings.
        let (code, last) = unsafe {
            (
                std::ffi::CStr::from_ptr(gongkai_status_code(status as u32)),
                std::ffi::CStr::from_ptr(gongkai_last_error_code()),
            )
        };
        assert_eq!(code.to_str().unwrap(), error["code"], "{file}");
        assert_eq!(last, code, "{file}");
        for lang in [gongkai_lang::ZhCn, gongkai_lang::En] {
            let message = last_error(lang);
            let mut named = vec![error["path"].as_str().unwrap()];
            if let Some(facts) = error["facts"].as_array() {
                named.extend(facts.iter().map(|f| f.as_str().unwrap()));
            }
            for p in named {
                assert!(
                    message.contains(p),
                    "{file}: {lang:?} message {message:?} lacks {p}"
                );
            }
        }
    }
}
