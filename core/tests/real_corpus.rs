//! The corpus of real published notices (`tests/real/notices/`): every file states the facts
//! the README's format lists, each expected finding has its severity and the law it rests on,
//! and the README's table of notices and findings is the one the files give (run with
//! GONGKAI_BLESS=1 to rewrite it). The corpus is judged by the engine once records carry the
//! allocation method (the next issue); until then this keeps it well-formed and its summary
//! true.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;

use serde_json::Value;

fn real_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/real")
}

/// Every notice file, by name.
fn notices() -> Vec<(String, Value)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(real_dir().join("notices"))
        .expect("tests/real/notices exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text = std::fs::read_to_string(&p).expect("readable notice");
            let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, v)
        })
        .collect()
}

const DOMAINS: [&str; 6] = [
    "governmentProcurement",
    "constructionBidding",
    "landUseRights",
    "miningRights",
    "stateOwnedProperty",
    "housing",
];

const FIELDS: [&str; 16] = [
    "url",
    "source",
    "title",
    "domain",
    "noticeType",
    "method",
    "publisher",
    "region",
    "dates",
    "amounts",
    "parties",
    "elements",
    "headingsFollow2020Format",
    "periodsStated",
    "expectedFindings",
    "notes",
];

#[test]
fn every_real_notice_states_its_facts_and_the_law_of_each_expected_finding() {
    let notices = notices();
    assert!(notices.len() >= 60, "{} notices", notices.len());
    for (name, v) in &notices {
        for field in FIELDS {
            assert!(v.get(field).is_some(), "{name}: no `{field}`");
        }
        assert!(
            DOMAINS.contains(&v["domain"].as_str().unwrap_or("")),
            "{name}: domain"
        );
        assert!(
            v["method"].is_null() || v["method"].is_string(),
            "{name}: method"
        );
        for date in v["dates"].as_object().into_iter().flatten() {
            let ok = |s: &str| {
                let d = s.get(..10).unwrap_or(s);
                gongkai::date::parse(d).is_ok()
                    || (s.len() == 7 && gongkai::date::parse(&format!("{s}-01")).is_ok())
            };
            assert!(
                date.1.is_null() || date.1.as_str().is_some_and(ok),
                "{name}: dates.{} is not a date: {}",
                date.0,
                date.1
            );
        }
        for f in v["expectedFindings"].as_array().expect("a list") {
            let severity = f["severity"].as_str().unwrap_or("");
            assert!(
                ["error", "warning", "info"].contains(&severity),
                "{name}: severity {severity}"
            );
            assert!(
                f["code"].as_str().is_some_and(|c| !c.is_empty()),
                "{name}: code"
            );
            // A notice contradicting itself rests on no law, and says so.
            if f["basis"].is_null() && f["consistency"] == true {
                continue;
            }
            let basis = &f["basis"];
            assert!(
                basis["document"].as_str().is_some_and(|d| !d.is_empty()),
                "{name}: a finding without its law"
            );
            let grade = basis["verification"].as_str().unwrap_or("");
            assert!(
                ["V-text", "V-quote", "V-seed", "V-2nd", "R"].contains(&grade),
                "{name}: grade {grade}"
            );
        }
    }
}

/// The README's table: per domain and method, the notices, their types and the expected
/// findings by severity.
fn table(notices: &[(String, Value)]) -> String {
    #[derive(Default)]
    struct Row {
        notices: usize,
        types: BTreeMap<String, usize>,
        by_severity: [usize; 3],
        clean: usize,
    }
    let mut rows: BTreeMap<(usize, String), Row> = BTreeMap::new();
    for (_, v) in notices {
        let domain = DOMAINS
            .iter()
            .position(|d| v["domain"] == *d)
            .unwrap_or(DOMAINS.len());
        let method = v["method"].as_str().unwrap_or("(not stated)").to_owned();
        let row = rows.entry((domain, method)).or_default();
        row.notices += 1;
        *row.types
            .entry(v["noticeType"].as_str().unwrap_or("").to_owned())
            .or_default() += 1;
        let findings = v["expectedFindings"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        row.clean += usize::from(findings.is_empty());
        for f in &findings {
            let at = ["error", "warning", "info"]
                .iter()
                .position(|s| f["severity"] == *s);
            if let Some(at) = at {
                row.by_severity[at] += 1;
            }
        }
    }
    let mut s = String::from(
        "| domain | method / kind | notices | notice types | error | warning | info | clean |\n\
         |---|---|---|---|---|---|---|---|\n",
    );
    let mut total = Row::default();
    for ((domain, method), row) in &rows {
        let types: Vec<String> = row.types.iter().map(|(t, n)| format!("{t} {n}")).collect();
        let [e, w, i] = row.by_severity;
        let _ = writeln!(
            s,
            "| {} | {method} | {} | {} | {e} | {w} | {i} | {} |",
            DOMAINS.get(*domain).unwrap_or(&"?"),
            row.notices,
            types.join(", "),
            row.clean
        );
        total.notices += row.notices;
        total.clean += row.clean;
        for k in 0..3 {
            total.by_severity[k] += row.by_severity[k];
        }
    }
    let [e, w, i] = total.by_severity;
    let _ = writeln!(
        s,
        "| **total** | | **{}** | | **{e}** | **{w}** | **{i}** | **{}** |",
        total.notices, total.clean
    );
    s
}

#[test]
fn the_readme_table_counts_the_corpus() {
    let path = real_dir().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("tests/real/README.md");
    let start = readme
        .find("| domain | method / kind |")
        .expect("the README has the table");
    let end = readme[start..]
        .find("\n\n")
        .map_or(readme.len(), |n| start + n + 1);
    let want = table(&notices());
    if std::env::var_os("GONGKAI_BLESS").is_some() {
        let mut text = readme.clone();
        text.replace_range(start..end, &want);
        std::fs::write(&path, text).expect("write the README");
        return;
    }
    assert_eq!(
        &readme[start..end],
        want,
        "tests/real/README.md's table is out of date: run with GONGKAI_BLESS=1"
    );
}
