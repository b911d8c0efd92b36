//! The corpus of real published notices (`tests/real/notices/`): every file states the facts
//! the README's format lists, each expected finding has its severity and the law it rests on,
//! and the README's table of notices and findings is the one the files give (run with
//! GONGKAI_BLESS=1 to rewrite it). Each notice runs as a golden vector of `tests/vectors/real/`
//! (judged by `vectors::golden_vectors` and on the C and WASM surfaces), or the README says why
//! it does not.

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

/// The golden vector of a notice (`tests/vectors/real/<short id>.json`), when it has one.
fn vector_of(notice: &str) -> Option<Value> {
    let id = notice.trim_end_matches(".json");
    let path = real_dir().join(format!("../vectors/real/{id}.json"));
    let text = std::fs::read_to_string(path).ok()?;
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("vector {id}: {e}")))
}

/// Adds `n` to `to`, severity by severity.
fn add(to: &mut [usize; 3], n: [usize; 3]) {
    for (t, n) in to.iter_mut().zip(n) {
        *t += n;
    }
}

/// Severity counts of a list of findings: error, warning, info.
fn by_severity(findings: &[Value]) -> [usize; 3] {
    let mut n = [0; 3];
    for f in findings {
        if let Some(at) = ["error", "warning", "info"]
            .iter()
            .position(|s| f["severity"] == *s)
        {
            n[at] += 1;
        }
    }
    n
}

/// The README's table: per domain and method, the notices, their types, the findings the reader
/// expects by severity, and how many notices run as golden vectors with the findings those
/// vectors expect of the engine by severity.
fn table(notices: &[(String, Value)]) -> String {
    #[derive(Default)]
    struct Row {
        notices: usize,
        types: BTreeMap<String, usize>,
        by_severity: [usize; 3],
        clean: usize,
        vectors: usize,
        vector_severity: [usize; 3],
    }
    let mut rows: BTreeMap<(usize, String), Row> = BTreeMap::new();
    for (name, v) in notices {
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
        add(&mut row.by_severity, by_severity(&findings));
        if let Some(vector) = vector_of(name) {
            row.vectors += 1;
            let expected = vector["expected"].as_array().map_or(&[][..], Vec::as_slice);
            add(&mut row.vector_severity, by_severity(expected));
        }
    }
    let mut s = String::from(
        "| domain | method / kind | notices | notice types | error | warning | info | clean | \
         vectors | vector error | vector warning | vector info |\n\
         |---|---|---|---|---|---|---|---|---|---|---|---|\n",
    );
    let mut total = Row::default();
    for ((domain, method), row) in &rows {
        let types: Vec<String> = row.types.iter().map(|(t, n)| format!("{t} {n}")).collect();
        let [e, w, i] = row.by_severity;
        let [ve, vw, vi] = row.vector_severity;
        let _ = writeln!(
            s,
            "| {} | {method} | {} | {} | {e} | {w} | {i} | {} | {} | {ve} | {vw} | {vi} |",
            DOMAINS.get(*domain).unwrap_or(&"?"),
            row.notices,
            types.join(", "),
            row.clean,
            row.vectors
        );
        total.notices += row.notices;
        total.clean += row.clean;
        total.vectors += row.vectors;
        add(&mut total.by_severity, row.by_severity);
        add(&mut total.vector_severity, row.vector_severity);
    }
    let [e, w, i] = total.by_severity;
    let [ve, vw, vi] = total.vector_severity;
    let _ = writeln!(
        s,
        "| **total** | | **{}** | | **{e}** | **{w}** | **{i}** | **{}** | **{}** | **{ve}** | \
         **{vw}** | **{vi}** |",
        total.notices, total.clean, total.vectors
    );
    s
}

/// Why a notice is not run as a golden vector; the README lists each such notice with one.
const NOT_RUN: [&str; 3] = [
    "no item yet (issue #17)",
    "publication date not stated",
    "pending rule fix",
];

/// The README's list of notices without a vector: `- `<short id>` — <reason>: <why>`.
fn not_run(readme: &str) -> BTreeMap<String, String> {
    let start = readme
        .find("## Notices not run as vectors")
        .expect("the README lists the notices not run as vectors");
    let section = &readme[start..];
    let section = section[3..]
        .find("\n## ")
        .map_or(section, |end| &section[..end + 3]);
    section
        .lines()
        .filter_map(|l| l.strip_prefix("- `"))
        .map(|l| {
            let (id, rest) = l.split_once('`').expect("- `id` — reason");
            let reason = rest.trim_start_matches([' ', '—']).to_owned();
            (id.to_owned(), reason)
        })
        .collect()
}

/// Every notice runs as a golden vector of `tests/vectors/real/` under its short id, or the
/// README lists it with the reason it does not; every such vector names its notice and judges a
/// record of the notice's domain.
#[test]
fn every_notice_has_its_vector_or_its_reason() {
    let readme = std::fs::read_to_string(real_dir().join("README.md")).expect("README");
    let listed = not_run(&readme);
    let notices = notices();
    for (name, v) in &notices {
        let id = name.trim_end_matches(".json");
        match (vector_of(name), listed.get(id)) {
            (Some(_), Some(_)) => panic!("{id}: has a vector and is listed as not run"),
            (None, None) => panic!("{id}: neither a vector nor a reason in the README"),
            (None, Some(reason)) => assert!(
                NOT_RUN.iter().any(|r| reason.starts_with(r)),
                "{id}: unknown reason {reason}"
            ),
            (Some(vector), None) => {
                let source = format!("tests/real/notices/{name}");
                assert!(
                    vector["description"]
                        .as_str()
                        .is_some_and(|d| d.contains(&source)),
                    "{id}: the vector's description does not name {source}"
                );
                let domain = match v["domain"].as_str() {
                    Some("stateOwnedProperty") => "statePropertyRights",
                    d => d.unwrap_or(""),
                };
                assert_eq!(vector["record"]["domain"], domain, "{id}: domain");
            }
        }
    }
    for id in listed.keys() {
        assert!(
            notices
                .iter()
                .any(|(n, _)| n.trim_end_matches(".json") == id),
            "the README lists {id}, which is no notice"
        );
    }
    let dir = real_dir().join("../vectors/real");
    for e in std::fs::read_dir(&dir).expect("tests/vectors/real") {
        let name = e.expect("entry").file_name().to_string_lossy().into_owned();
        assert!(
            notices.iter().any(|(n, _)| *n == name),
            "tests/vectors/real/{name} has no notice in tests/real/notices"
        );
    }
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
