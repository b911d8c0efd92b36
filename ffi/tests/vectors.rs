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
