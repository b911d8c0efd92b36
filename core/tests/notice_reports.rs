//! The whole answer of `notice::api::validate_notice_json` for every development notice, kept in
//! `tests/notices/dev/NNN-slug.report.json` so that each surface (Rust here, the C ABI from Rust
//! and from C, the npm package) is held to the same bytes.
//!
//! A report file has two lines: the options JSON the notice is judged with (its case's `url` and
//! `fetchedOn`, and `today`, the `fetchedOn` or 2025-06-30), and the answer exactly as
//! `validate_notice_json` writes it in zh-CN (or `{"error":"notice.…"}` for a notice the reader
//! refuses). `GONGKAI_BLESS=1` rewrites the files from what Rust answers now: do so after a change
//! to the reader, and read the diff.

use std::path::{Path, PathBuf};

use gongkai::notice::api::validate_notice_json;
use gongkai::{Engine, Lang};
use serde_json::{Value, json};

/// The notice files of the development set with their report files, in name order.
fn cases() -> Vec<(PathBuf, PathBuf, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/notices/dev");
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let stem = p.file_name()?.to_str()?.strip_suffix(".expected.json")?;
            let input = ["txt", "html"]
                .iter()
                .map(|e| dir.join(format!("{stem}.{e}")))
                .find(|p| p.exists())?;
            let case: Value = serde_json::from_str(&std::fs::read_to_string(&p).ok()?).ok()?;
            Some((input, dir.join(format!("{stem}.report.json")), case))
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The options a case is judged with.
fn options(case: &Value) -> String {
    let mut o = serde_json::Map::new();
    if let Some(url) = case["url"].as_str() {
        o.insert("url".into(), json!(url));
    }
    if let Some(d) = case["fetchedOn"].as_str() {
        o.insert("fetchedOn".into(), json!(d));
    }
    let today = case["fetchedOn"].as_str().unwrap_or("2026-06-30");
    o.insert("today".into(), json!(today));
    Value::Object(o).to_string()
}

#[test]
fn every_development_notice_answers_as_its_report_file() {
    let cases = cases();
    assert!(cases.len() >= 100, "{} cases", cases.len());
    let bless = std::env::var_os("GONGKAI_BLESS").is_some();
    let engine = Engine::national();
    let mut failed = Vec::new();
    for (input, report_path, case) in &cases {
        let text = std::fs::read_to_string(input).unwrap();
        let options = options(case);
        let answer = match validate_notice_json(&engine, &text, &options, Lang::ZhCn) {
            Ok(json) => json,
            Err(e) => json!({ "error": e.code() }).to_string(),
        };
        let file = format!("{options}\n{answer}\n");
        if bless {
            std::fs::write(report_path, &file).unwrap();
            continue;
        }
        let stored = std::fs::read_to_string(report_path).unwrap_or_default();
        if stored != file {
            failed.push(report_path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{} reports differ (rewrite them with GONGKAI_BLESS=1 and read the diff):\n{}",
        failed.len(),
        failed.join("\n")
    );
}

/// `to_json` writes the report without building a tree; in both languages its text is JSON that
/// reads back as `to_value`'s tree, for every development notice.
#[test]
fn the_report_json_is_its_value_written() {
    let engine = Engine::national();
    for (input, _, case) in &cases() {
        let text = std::fs::read_to_string(input).unwrap();
        let today = case["fetchedOn"].as_str().unwrap_or("2026-06-30");
        let source = gongkai::notice::NoticeSource {
            url: case["url"].as_str().map(str::to_owned),
            fetched_on: None,
        };
        let ctx = gongkai::Context::new(today.parse().unwrap());
        let Ok(report) = engine.validate_notice(&text, &source, &ctx) else {
            continue;
        };
        for lang in [Lang::ZhCn, Lang::En] {
            let written: serde_json::Value = serde_json::from_str(&report.to_json(lang)).unwrap();
            assert_eq!(written, report.to_value(lang), "{}", input.display());
        }
    }
}
