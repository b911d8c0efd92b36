//! The native side of the JS tests and benchmark (`harness = false`), driven by
//! `scripts/test-wasm.sh`:
//!
//! - `cargo bench -p gongkai-wasm --bench native -- --reports OUT` writes the report of every
//!   golden vector in `tests/vectors/` and `tests/vectors/real/`, in zh-CN and en, as the native library serialises it; the
//!   node tests check that the WASM build returns exactly the same JSON.
//! - `cargo bench -p gongkai-wasm --bench native -- --cases OUT` writes, for each input of
//!   `wasm/test/cases.json`, what the Rust API returns: `Engine::screen_json` on the engine of
//!   the sample blacklist, `assessment::api::validate_work_plan_json` and `obligations_json`; the
//!   node tests check that `Engine.screen`, `validateWorkPlan` and `obligations` return the same;
//!   and each sample catalogue file of its `catalogueFiles` read and checked (or the reader's
//!   error), which `readCatalogue` and `checkCatalogueFile` must match.
//! - `cargo bench -p gongkai-wasm --bench native -- --time VECTOR...` prints, for each vector's
//!   record, the median and fastest-batch time of the call the WASM `validate` makes (parse the
//!   JSON text, judge, serialise the report) and of the judgement alone, as one JSON line each.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use gongkai::{DisclosureRecord, Lang};
use gongkai_wasm::api::{self, OptionValue, Options};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn vector(path: &Path) -> (String, Options) {
    let text = std::fs::read_to_string(path).expect("readable vector");
    let v: Value = serde_json::from_str(&text).expect("a vector is JSON");
    let today = v["context"]["today"]
        .as_str()
        .expect("context.today")
        .to_owned();
    let options = api::validate_options(
        &OptionValue::Str(today),
        &OptionValue::Absent,
        &OptionValue::Absent,
    )
    .expect("valid options");
    (v["record"].to_string(), options)
}

fn reports(out: &Path) {
    // tests/vectors/*.json and the real-notice corpus's tests/vectors/real/*.json.
    let dir = root().join("tests/vectors");
    let mut files: Vec<PathBuf> = [dir.clone(), dir.join("real")]
        .iter()
        .flat_map(|d| std::fs::read_dir(d).expect("tests/vectors"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut all = BTreeMap::new();
    for path in files {
        let (record, options) = vector(&path);
        // A vector with its own engine configuration (a blacklist, local rules) gets its own engine.
        let text = std::fs::read_to_string(&path).expect("readable vector");
        let doc = serde_json::from_str::<Value>(&text).expect("JSON");
        let config = doc["config"].clone();
        let related = doc.get("related").map(Value::to_string);
        let configured = (!config.is_null()).then(|| {
            api::engine_from_config(&config.to_string()).expect("the vector's config loads")
        });
        let engine = configured.as_ref().unwrap_or(api::national());
        let mut by_lang = BTreeMap::new();
        for (name, lang) in [("zh-CN", Lang::ZhCn), ("en", Lang::En)] {
            let options = Options { lang, ..options };
            let report = match &related {
                Some(related) => api::validate_linked(engine, &record, related, &options),
                None => api::validate(engine, &record, &options),
            }
            .expect("every vector's record parses");
            let json: Value = serde_json::from_str(&report.to_json(lang)).expect("report JSON");
            by_lang.insert(name, json);
        }
        // The path under tests/vectors, as wasm/test/load.mjs names it (`real/<id>.json`).
        let name = path
            .strip_prefix(&dir)
            .expect("under tests/vectors")
            .to_string_lossy()
            .into_owned();
        all.insert(name, by_lang);
    }
    std::fs::write(out, serde_json::to_string(&all).expect("reports serialise")).expect("write");
    eprintln!(
        "native reports of {} vectors written to {}",
        all.len(),
        out.display()
    );
}

/// The engine of the sample blacklist (`examples/data/yunjiang-blacklist.jsonl`), built from the
/// configuration JSON the node tests build it from.
fn sample_blacklist_engine() -> gongkai::Engine {
    let jsonl = std::fs::read_to_string(root().join("examples/data/yunjiang-blacklist.jsonl"))
        .expect("the sample blacklist");
    let entries: Vec<Value> = jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let config = serde_json::json!({ "blacklist": entries }).to_string();
    gongkai::Engine::from_config_json(&config).expect("the sample blacklist loads")
}

fn lang_of(case: &Value) -> Lang {
    match case["lang"].as_str() {
        Some("en") => Lang::En,
        _ => Lang::ZhCn,
    }
}

/// The Rust API's answer to each case of `wasm/test/cases.json`, as parsed JSON.
fn cases(out: &Path) {
    let text = std::fs::read_to_string(root().join("wasm/test/cases.json")).expect("cases.json");
    let cases: Value = serde_json::from_str(&text).expect("cases.json is JSON");
    let parse = |s: String| -> Value { serde_json::from_str(&s).expect("the API writes JSON") };
    let blacklist = sample_blacklist_engine();
    let national = gongkai::Engine::national();
    let screen: Vec<Value> = cases["screen"]
        .as_array()
        .expect("screen cases")
        .iter()
        .map(|c| {
            let mut subject = c["subject"].clone();
            if let Some(domain) = c.get("domain") {
                subject["domain"] = domain.clone();
            }
            let on = c["date"].as_str().expect("date").parse().expect("a date");
            parse(
                blacklist
                    .screen_json(&subject.to_string(), on, lang_of(c))
                    .expect("a subject"),
            )
        })
        .collect();
    let work_plans: Vec<Value> = cases["workPlans"]
        .as_array()
        .expect("work plan cases")
        .iter()
        .map(|c| {
            parse(
                gongkai::assessment::api::validate_work_plan_json(
                    &national,
                    &c["plan"].to_string(),
                    lang_of(c),
                )
                .expect("a plan"),
            )
        })
        .collect();
    let obligations: Vec<Value> = cases["obligations"]
        .as_array()
        .expect("obligation cases")
        .iter()
        .map(|c| {
            parse(
                gongkai::assessment::api::obligations_json(&national, &c["notice"].to_string())
                    .expect("a notice"),
            )
        })
        .collect();
    let catalogue_files: Vec<Value> = cases["catalogueFiles"]
        .as_array()
        .expect("catalogue file cases")
        .iter()
        .map(|c| catalogue_file(&national, c))
        .collect();
    let all = serde_json::json!({
        "screen": screen, "workPlans": work_plans, "obligations": obligations,
        "catalogueFiles": catalogue_files,
    });
    std::fs::write(out, all.to_string()).expect("write");
    eprintln!(
        "native answers to wasm/test/cases.json written to {}",
        out.display()
    );
}

/// A sample catalogue file read and checked by the Rust API, in the shape of the WASM
/// `checkCatalogueFile`'s answer (written here field by field, not by the WASM crate's code), or
/// the reader's error with its code, message and place.
fn catalogue_file(engine: &gongkai::Engine, case: &Value) -> Value {
    use gongkai::rules::catalogue::api::{options_from_json, report_json};
    use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
    let name = case["file"].as_str().expect("file");
    let bytes = std::fs::read(root().join(name)).expect("a sample file");
    let lang = lang_of(case);
    let read = FileFormat::detect(name, &bytes).and_then(|f| read_catalogue(&bytes, f));
    let file = match read {
        Ok(file) => file,
        Err(e) => {
            let at = e.cell();
            return serde_json::json!({ "error": {
                "code": e.code(),
                "message": e.message(lang),
                "row": at.map(|c| c.row),
                "column": at.map(|c| c.column),
                "sheet": at.and_then(|c| c.sheet.clone()),
            } });
        }
    };
    let options = options_from_json(&case["options"].to_string()).expect("options");
    let report = engine.rules().audit_catalogue(&file.catalogue, &options);
    let report: Value =
        serde_json::from_str(&report_json(&file.catalogue, &report, lang)).expect("JSON");
    let notes: Vec<Value> = file
        .notes
        .iter()
        .map(|n| serde_json::json!({ "row": n.row, "text": n.text }))
        .collect();
    serde_json::json!({
        "catalogue": file.catalogue,
        "sheet": file.sheet,
        "headingRows": [file.heading_rows.start(), file.heading_rows.end()],
        "headings": file.headings,
        "sourceRows": file.source_rows,
        "blankRows": file.blank_rows,
        "notes": notes,
        "report": report,
    })
}

/// (median, min) ns per call of `f` over 31 batches of ~20 ms. On a machine shared with other
/// builds the fastest batch is the better estimate of the code's own speed.
fn time_ns(mut f: impl FnMut()) -> (f64, f64) {
    let batch = {
        let start = Instant::now();
        let mut n = 0u32;
        while start.elapsed().as_millis() < 20 {
            f();
            n += 1;
        }
        n.max(10)
    };
    let mut per: Vec<f64> = (0..31)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                f();
            }
            start.elapsed().as_nanos() as f64 / f64::from(batch)
        })
        .collect();
    per.sort_by(f64::total_cmp);
    (per[per.len() / 2], per[0])
}

fn time(paths: &[String]) {
    let engine = api::national();
    for p in paths {
        let path = root().join(p);
        let (record, options) = vector(&path);
        let full = time_ns(|| {
            let report = api::validate(engine, black_box(&record), &options).expect("parses");
            black_box(serde_json::to_string(&report.view(options.lang)).expect("serialises"));
        });
        let parsed = DisclosureRecord::from_json(&record).expect("parses");
        let ctx = options.context();
        let judge = time_ns(|| {
            black_box(engine.validate(black_box(&parsed), &ctx));
        });
        println!(
            "{}",
            serde_json::json!({
                "vector": p,
                "parse_validate_serialize_ns": full.0, "validate_only_ns": judge.0,
                "parse_validate_serialize_min_ns": full.1, "validate_only_min_ns": judge.1,
            })
        );
    }
}

fn main() {
    // `cargo bench` passes `--bench`; our own flags follow `--`.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args.first().map(String::as_str) {
        Some("--reports") => reports(Path::new(args.get(1).expect("--reports OUT"))),
        Some("--cases") => cases(Path::new(args.get(1).expect("--cases OUT"))),
        Some("--time") => time(&args[1..]),
        _ => time(&["tests/vectors/procurement-result-compliant.json".to_owned()]),
    }
}
