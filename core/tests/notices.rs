//! The test notices of `tests/notices/` (format: `tests/notices/README.md`): each notice read and
//! judged, compared with what its expectation says — item, domain, method, elements, absent and
//! not-stated elements, dates, amounts, parties, signature and findings — and the agreement
//! scored per set and per kind of value. The development set must agree everywhere; the
//! held-out set, written without looking at the reader, is scored on its own: the bar
//! is 95%, and the test holds the score it first measured.
//!
//! Findings are compared as (code, path) pairs. The `rule.not_judged` findings (severity info)
//! follow from what the notice does not state, which `absent` and `notStated` already compare:
//! they are compared only in a case whose expectation lists one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use gongkai::notice::{NoticeReport, NoticeSource};
use gongkai::{Context, Engine};
use serde_json::Value;

/// Agreement on one kind of value: how many compared, how many agreed.
#[derive(Debug, Default, Clone, Copy)]
struct Score {
    agreed: usize,
    compared: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.agreed += other.agreed;
        self.compared += other.compared;
    }

    fn percent(self) -> f64 {
        if self.compared == 0 {
            100.0
        } else {
            100.0 * self.agreed as f64 / self.compared as f64
        }
    }
}

const KINDS: [&str; 7] = [
    "kind", "elements", "absent", "dates", "amounts", "parties", "findings",
];

/// The scores of one set, per kind of value, and what disagreed.
#[derive(Default)]
struct SetResult {
    scores: [Score; 7],
    cases: usize,
    disagreements: Vec<String>,
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Compares two collections as multisets: agreed is the size of their intersection, compared
/// that of their union.
fn compare(name: &str, want: Vec<String>, got: Vec<String>, out: &mut Vec<String>) -> Score {
    let mut rest = got.clone();
    let mut agreed = 0;
    let mut missing = Vec::new();
    for w in &want {
        match rest.iter().position(|g| g == w) {
            Some(i) => {
                rest.remove(i);
                agreed += 1;
            }
            None => missing.push(w.clone()),
        }
    }
    if !missing.is_empty() || !rest.is_empty() {
        out.push(format!(
            "{name}: expected but not read {missing:?}; read but not expected {rest:?}"
        ));
    }
    Score {
        agreed,
        compared: agreed + missing.len() + rest.len(),
    }
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).map(norm).collect())
        .unwrap_or_default()
}

/// Reads, judges and compares one case; `None` when its notice file is missing.
fn run_case(expected_path: &Path, result: &mut SetResult) {
    let stem = expected_path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_suffix(".expected.json"))
        .expect("a case file name");
    let dir = expected_path.parent().expect("a folder");
    let input_path = ["txt", "html"]
        .iter()
        .map(|e| dir.join(format!("{stem}.{e}")))
        .find(|p| p.exists());
    let Some(input_path) = input_path else {
        result.disagreements.push(format!("{stem}: no notice file"));
        return;
    };
    let input = std::fs::read_to_string(&input_path).expect("a readable notice");
    let case: Value = serde_json::from_str(&std::fs::read_to_string(expected_path).unwrap())
        .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
    let want = &case["expected"];
    let fetched_on = case["fetchedOn"].as_str().and_then(|d| d.parse().ok());
    let source = NoticeSource {
        url: case["url"].as_str().map(str::to_owned),
        fetched_on,
    };
    let today = fetched_on.unwrap_or_else(|| "2026-06-30".parse().unwrap());
    let mut out = Vec::new();
    result.cases += 1;
    let report = match Engine::national().validate_notice(&input, &source, &Context::new(today)) {
        Ok(r) => r,
        Err(e) => {
            result
                .disagreements
                .push(format!("{stem}: not read: {} ({e})", e.code()));
            result.scores[0].add(Score {
                agreed: 0,
                compared: 1,
            });
            return;
        }
    };
    let s = compare_report(want, &report, &mut out);
    for (total, s) in result.scores.iter_mut().zip(s) {
        total.add(s);
    }
    for d in out {
        result.disagreements.push(format!("{stem}: {d}"));
    }
}

fn compare_report(want: &Value, report: &NoticeReport, out: &mut Vec<String>) -> [Score; 7] {
    let r = &report.reading;
    let t = r.text();
    let it = r.in_text();
    let of = |s: gongkai::notice::Span| norm(s.of(t).unwrap_or(""));
    let record = &r.record;
    // What the notice is.
    let kind = compare(
        "item, domain, method",
        vec![
            format!("item {}", want["item"].as_str().unwrap_or("")),
            format!("domain {}", want["domain"].as_str().unwrap_or("")),
            format!("method {}", want["method"].as_str().unwrap_or("-")),
        ],
        vec![
            format!("item {}", record.item.as_str()),
            format!("domain {}", record.domain.as_str()),
            format!("method {}", record.method.map_or("-", |m| m.json_name())),
        ],
        out,
    );
    // Elements: each key with a value the reader read under it.
    let mut got_keys: BTreeSet<String> = it.elements.iter().map(|e| e.key.to_string()).collect();
    for k in &r.not_stated {
        got_keys.remove(k);
    }
    let mut want_elements = Vec::new();
    let mut got_elements = Vec::new();
    if let Some(obj) = want["elements"].as_object() {
        for (k, v) in obj {
            let v = norm(v.as_str().unwrap_or(""));
            want_elements.push(format!("{k}={v}"));
            let values: Vec<String> = it
                .elements
                .iter()
                .filter(|e| &e.key == k)
                .map(|e| e.value.map_or(String::new(), of))
                .collect();
            if values.contains(&v) {
                got_elements.push(format!("{k}={v}"));
            } else if let Some(first) = values.first() {
                got_elements.push(format!("{k}={first}"));
            }
            got_keys.remove(k);
        }
    }
    for k in got_keys {
        let v = it
            .elements
            .iter()
            .find(|e| e.key == k)
            .and_then(|e| e.value)
            .map_or(String::new(), of);
        got_elements.push(format!("{k}={v}"));
    }
    let elements = compare("elements", want_elements, got_elements, out);
    // Absent and not stated.
    let mut absent = compare("absent", strings(&want["absent"]), r.absent.clone(), out);
    absent.add(compare(
        "notStated",
        strings(&want["notStated"]),
        r.not_stated.clone(),
        out,
    ));
    // Dates and amounts, in order.
    let list = |v: &Value, a: &str, b: &str| -> Vec<String> {
        v.as_array()
            .map(|xs| {
                xs.iter()
                    .map(|x| {
                        format!(
                            "{} = {}",
                            norm(x[a].as_str().unwrap_or("")),
                            x[b].as_str().unwrap_or("")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let dates = compare(
        "dates",
        list(&want["dates"], "text", "value"),
        it.dates
            .iter()
            .map(|d| format!("{} = {}", of(d.span), d.value))
            .collect(),
        out,
    );
    let amounts = compare(
        "amounts",
        list(&want["amounts"], "text", "yuan"),
        it.amounts
            .iter()
            .map(|a| format!("{} = {}", of(a.span), a.value.value))
            .collect(),
        out,
    );
    // Parties and the signature.
    let party = |role: &str, name: &str, code: Option<&str>| {
        format!("{role} {} {}", norm(name), code.unwrap_or("-"))
    };
    let mut parties = compare(
        "parties",
        want["parties"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .map(|p| {
                        party(
                            p["role"].as_str().unwrap_or(""),
                            p["name"].as_str().unwrap_or(""),
                            p["creditCode"].as_str(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        record
            .parties
            .iter()
            .map(|p| party(p.role.json_name(), &p.name, p.credit_code.as_deref()))
            .collect(),
        out,
    );
    let want_signature = match &want["signature"] {
        Value::Null => vec![],
        s => vec![format!(
            "signed {} {}",
            norm(s["body"].as_str().unwrap_or("-")),
            s["date"].as_str().unwrap_or("")
        )],
    };
    let got_signature = it
        .signature
        .iter()
        .map(|s| {
            format!(
                "signed {} {}",
                s.bodies.first().map_or("-".to_owned(), |b| of(*b)),
                s.date.value
            )
        })
        .collect();
    parties.add(compare("signature", want_signature, got_signature, out));
    // Findings.
    let want_findings: Vec<String> = want["findings"]
        .as_array()
        .map(|fs| {
            fs.iter()
                .map(|f| {
                    format!(
                        "{} {}",
                        f["code"].as_str().unwrap_or(""),
                        f["path"].as_str().unwrap_or("")
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    let with_not_judged = want_findings
        .iter()
        .any(|f| f.starts_with("rule.not_judged"));
    let mut got_findings: Vec<String> = report
        .findings
        .iter()
        .filter(|f| with_not_judged || f.finding.code().as_str() != "rule.not_judged")
        .map(|f| format!("{} {}", f.finding.code().as_str(), f.finding.path()))
        .collect();
    got_findings.sort();
    got_findings.dedup();
    let mut want_findings = want_findings;
    want_findings.sort();
    want_findings.dedup();
    let findings = compare("findings", want_findings, got_findings, out);
    [kind, elements, absent, dates, amounts, parties, findings]
}

fn run_set(dir: &Path) -> SetResult {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.ends_with(".expected.json"))
                })
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut result = SetResult::default();
    for f in &files {
        run_case(f, &mut result);
    }
    result
}

fn report(name: &str, r: &SetResult) -> f64 {
    let mut total = Score::default();
    let parts: Vec<String> = KINDS
        .iter()
        .zip(r.scores)
        .map(|(k, s)| {
            total.add(s);
            format!("{k} {:.1}% ({}/{})", s.percent(), s.agreed, s.compared)
        })
        .collect();
    // The issue's own measure: the elements, dates and amounts that agree.
    let mut measured = Score::default();
    for (k, s) in KINDS.iter().zip(r.scores) {
        if matches!(*k, "elements" | "dates" | "amounts") {
            measured.add(s);
        }
    }
    println!(
        "notices/{name}: {} cases, agreement {:.1}% — {}; elements, dates and amounts {:.1}%",
        r.cases,
        total.percent(),
        parts.join(", "),
        measured.percent()
    );
    total.percent()
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/notices")
}

/// The disagreements the reader is known to have on development cases: `dev/known.json` maps
/// `<case>: <kind>` to why (a form the reader does not read yet). Listed, they do not fail the
/// test; a listed one that no longer occurs does, so the list stays true.
fn known_disagreements() -> std::collections::BTreeMap<String, String> {
    let path = root().join("dev/known.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Default::default();
    };
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// `<case>: <kind>` of a disagreement line (`<case>: <kind>: …`).
fn case_and_kind(line: &str) -> String {
    line.splitn(3, ": ").take(2).collect::<Vec<_>>().join(": ")
}

/// Every development case agrees with its expectation, value for value, but for the
/// disagreements listed as known.
#[test]
fn the_development_notices_read_as_expected() {
    let r = run_set(&root().join("dev"));
    report("dev", &r);
    assert!(r.cases > 0, "no development notices");
    let known = known_disagreements();
    // Every development notice reads: the C suite and the audit's tests judge each one and
    // compare its whole answer, so a notice no item fits cannot wait in the list.
    let unread: Vec<&String> = known.keys().filter(|k| k.ends_with(": not read")).collect();
    assert!(
        unread.is_empty(),
        "development notices not read: {unread:?}"
    );
    let (listed, new): (Vec<&String>, Vec<&String>) = r
        .disagreements
        .iter()
        .partition(|d| known.contains_key(&case_and_kind(d)));
    println!(
        "notices/dev: {} known disagreements (dev/known.json)",
        listed.len()
    );
    assert!(
        new.is_empty(),
        "{} disagreements:\n{}",
        new.len(),
        new.iter()
            .map(|d| d.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    );
    let seen: BTreeSet<String> = listed.iter().map(|d| case_and_kind(d)).collect();
    let stale: Vec<&String> = known.keys().filter(|k| !seen.contains(*k)).collect();
    assert!(
        stale.is_empty(),
        "known disagreements that no longer occur (remove them from dev/known.json): {stale:?}"
    );
}

/// What each held-out set scores, less a margin: the reader may not fall below it. The first
/// (160 cases, 901–1060) read 82.5% when first read and 90.0% after the reader was taught from
/// development notices alone; the second (160 cases, 5001–5160) 91.2% when first read; the
/// fourth (80 cases, 5641–5720) 96.2% when first read. The bar is 95% of elements, dates
/// and amounts; the test prints the score against both.
const HELD_OUT_FLOORS: &[(&str, f64)] = &[
    ("2026-12-05", 89.0),
    ("2026-12-06", 90.0),
    ("2026-12-06b", 91.0),
    ("2026-12-07", 93.0),
];

/// The held-out sets, one folder for each set, named by the day it was written (`heldout/<date>/`,
/// a letter after the date for a day's second set), each
/// scored on its own and all of them together. Only their totals per kind are printed, never a
/// case's differences: a reader tuned to them would make the score meaningless. Each set is
/// held to its floor: the score it had when it was added, less a margin.
#[test]
fn the_held_out_notices_hold_their_score() {
    let mut sets: Vec<PathBuf> = std::fs::read_dir(root().join("heldout"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    sets.retain(|p| p.is_dir());
    sets.sort();
    let mut all = SetResult::default();
    let mut low = Vec::new();
    for set in &sets {
        let name = set.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let r = run_set(set);
        let total = report(&format!("heldout/{name}"), &r);
        let Some(&(_, floor)) = HELD_OUT_FLOORS.iter().find(|(n, _)| *n == name) else {
            low.push(format!(
                "{name}: no floor in HELD_OUT_FLOORS (its first score, less a margin)"
            ));
            continue;
        };
        println!("notices/heldout/{name}: the bar is 95%; the floor held here {floor}%");
        if total < floor {
            low.push(format!("{name}: {total:.1}% below its floor {floor}%"));
        }
        for (a, b) in all.scores.iter_mut().zip(r.scores) {
            a.add(b);
        }
        all.cases += r.cases;
    }
    if all.cases > 0 {
        report("heldout (all sets)", &all);
    }
    assert!(low.is_empty(), "held-out agreement fell: {low:?}");
}
