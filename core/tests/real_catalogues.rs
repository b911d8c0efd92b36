//! The real catalogues of tests/real/catalogues, each a test case: the rows as the facts file
//! records them, checked for the domains and at the level the file gives, and the findings
//! compared with the file's `expected` list (README "The catalogues").
//!
//! A file's expectations use the README's slugs; those the core check judges map to codes
//! (`SLUGS`). The others are a reader's notes the core check does not make (a body named in
//! template wording, a row cut off in the stored copy) and are listed in `NOT_JUDGED` with why.
//! Every finding the check makes must be expected, and every expected finding of a judged slug
//! must be made: nothing passes unseen either way.

use std::path::PathBuf;

use gongkai::{CatalogEntry, Catalogue, CatalogueHeader, CatalogueOptions, Domain, Level, RuleSet};
use serde_json::Value;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/real/catalogues")
}

/// README slug → the code of the core check.
const SLUGS: &[(&str, &str)] = &[
    ("supervision_missing", "catalogue.supervision_missing"),
    ("time_limit_looser", "catalogue.time_limit_looser"),
    ("channel_designated_missing", "catalogue.medium_missing"),
    ("body_missing", "catalogue.column_absent"),
    ("content_missing_element", "catalogue.content_missing"),
    (
        "time_limit_minimum_duration",
        "catalogue.time_limit_minimum_duration",
    ),
    ("time_limit_lead_time", "catalogue.time_limit_lead_time"),
    ("time_limit_unreadable", "catalogue.time_limit_unreadable"),
    ("row_unmatched", "catalogue.row_unmatched"),
    ("column_missing", "catalogue.column_missing"),
    ("column_absent", "catalogue.column_absent"),
    ("item_missing", "catalogue.item_missing"),
    ("time_limit_unspecified", "catalogue.time_limit_unspecified"),
];

/// Slugs of a reader's notes that the core check does not judge, and why.
const NOT_JUDGED: &[(&str, &str)] = &[
    (
        "none",
        "a deliberate no-finding: checked below for the row's time limit and channels",
    ),
    (
        "body_generic",
        "template wording for the body (负责管理的部门分别公开): not a gap in law",
    ),
    (
        "body_unclear",
        "a cell as stored ('自然资源'): the copy, not the catalogue",
    ),
    (
        "body_other_level",
        "谁制作谁公开: consistent, the README says so",
    ),
    (
        "row_truncated",
        "the stored copy stops; its empty cells are column_missing findings",
    ),
    (
        "rows_not_visible",
        "the copy stops before the domain's rows: item_missing findings",
    ),
    (
        "audience_mode_unreadable",
        "公开对象/方式 ticks lost in the copy: not read by the core check",
    ),
    (
        "channel_local_platform",
        "a local platform named: lawful, noted by the reader",
    ),
    (
        "row_extra_item",
        "a Guangdong addition (招标计划): row_unmatched says it",
    ),
    (
        "time_limit_typo",
        "read as 20 WD despite the typo: asserted as no time-limit finding",
    ),
    (
        "row_bundles_items",
        "one row covering five items: asserted through the row's items",
    ),
    (
        "time_limit_two_stage",
        "3 + 2 WD: the reader takes the first stage (left, issue #18)",
    ),
    (
        "column_heading_typo",
        "a heading as printed: the surfaces' reader, not the core check",
    ),
    ("content_partially_visible", "the copy, not the catalogue"),
    (
        "basis_missing",
        "公开依据 is not among 97号 二's columns (GEN-97-COLUMNS)",
    ),
    (
        "level_not_required_below_county",
        "the row's 公开层级 agrees with CAT-LEVEL-*",
    ),
];

fn domain(tag: &str) -> Domain {
    let json = match tag {
        "housingConstruction" | "housingAllocation" => "housing",
        "worksTendering" => "constructionBidding",
        "stateAssetTransactions" => "statePropertyRights",
        other => other,
    };
    serde_json::from_value(Value::String(json.into())).expect("a domain tag")
}

fn text(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("、"),
        _ => String::new(),
    }
}

/// The channel cell as printed: the used channels as recorded (with their marks), then the
/// printed options not used, each with the catalogue's empty box.
pub(crate) fn channel_cell(row: &Value) -> String {
    let used = text(row.get("channels"));
    let wingdings = used.starts_with('R');
    let mut cell = used;
    for key in ["channelsUnticked", "channelsOptional"] {
        if let Some(Value::Array(a)) = row.get(key) {
            for c in a.iter().filter_map(Value::as_str) {
                cell.push('、');
                cell.push(if wingdings { '£' } else { '□' });
                cell.push_str(c);
            }
        }
    }
    cell
}

/// A real catalogue: its facts file, the catalogue its rows make and the options it is
/// checked with.
pub(crate) struct Case {
    pub name: String,
    pub facts: Value,
    pub catalogue: Catalogue,
    pub options: CatalogueOptions,
}

pub(crate) fn cases() -> Vec<Case> {
    let mut files: Vec<_> = std::fs::read_dir(dir())
        .expect("tests/real/catalogues")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let facts: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("readable"))
                    .expect("JSON");
            let h = &facts["header"];
            let header = CatalogueHeader {
                body: text(h.get("responsibleBody")),
                time_limit: text(h.get("timeLimit")),
                channels: text(h.get("channels")),
                supervision: text(h.get("supervisionChannel")),
            };
            let mut rows: Vec<CatalogEntry> = Vec::new();
            for r in facts["rows"].as_array().expect("rows") {
                let prev = rows.last().cloned().unwrap_or_default();
                let merged = |s: String, before: &str| {
                    if s.is_empty() || s.starts_with("(merged") {
                        before.to_owned()
                    } else {
                        s.trim_end_matches(" (merged cell)").to_owned()
                    }
                };
                let mut time_limit = text(r.get("timeLimit"));
                if time_limit == "(merged)" {
                    time_limit = prev.time_limit.clone();
                } else if time_limit.starts_with("(header") {
                    time_limit.clear();
                }
                rows.push(CatalogEntry {
                    level1: merged(text(r.get("level1")), &prev.level1),
                    level2: text(r.get("level2")),
                    level3: text(r.get("level3")),
                    content: text(r.get("content")),
                    basis: text(r.get("basis")),
                    time_limit,
                    body: text(r.get("body")),
                    channels: channel_cell(r),
                    levels: text(r.get("level")),
                    ..CatalogEntry::default()
                });
            }
            let domains = facts["domains"]
                .as_array()
                .expect("domains")
                .iter()
                .map(|d| domain(d.as_str().expect("a tag")))
                .fold(Vec::new(), |mut v, d| {
                    if !v.contains(&d) {
                        v.push(d);
                    }
                    v
                });
            let level: Level = serde_json::from_value(facts["level"].clone()).expect("a level");
            Case {
                name: path.file_stem().unwrap().to_string_lossy().into_owned(),
                catalogue: Catalogue { header, rows },
                options: CatalogueOptions {
                    domains,
                    level: Some(level),
                },
                facts,
            }
        })
        .collect()
}

/// A finding as the files' `coreCheck.findings` write it: the row (1-based, as the facts
/// number rows; `null` for the whole catalogue), code, severity, rule and the item or column.
pub(crate) fn finding_json(f: &gongkai::Finding) -> Value {
    let row = f
        .path()
        .split('/')
        .nth(1)
        .and_then(|s| s.parse::<u64>().ok())
        .map(|i| i + 1);
    serde_json::json!({
        "row": row,
        "path": f.path(),
        "code": f.code().as_str(),
        "severity": f.severity().as_str(),
        "rule": f.rule().id,
        "message": f.message(gongkai::Lang::ZhCn),
    })
}

/// Prints each catalogue's findings (`GONGKAI_DUMP=1`), for writing expectations.
#[test]
fn dump() {
    if std::env::var_os("GONGKAI_DUMP").is_none() {
        return;
    }
    let rules = RuleSet::national();
    for case in cases() {
        let report = rules.audit_catalogue(&case.catalogue, &case.options);
        if std::env::var_os("GONGKAI_DUMP_JSON").is_some() {
            let found: Vec<Value> = report.findings.iter().map(finding_json).collect();
            println!(
                "JSON {}",
                serde_json::json!({"name": case.name, "rows": report.rows, "findings": found})
            );
            continue;
        }
        println!("== {}", case.name);
        for m in &report.rows {
            println!("  row {} items {:?}", m.row + 1, m.items);
        }
        for f in &report.findings {
            println!(
                "  {} {} {} [{}] {}",
                f.path(),
                f.code().as_str(),
                f.severity().as_str(),
                f.rule().id,
                f.message(gongkai::Lang::ZhCn)
            );
        }
    }
}

type Key = (Option<u64>, String, String, String);

/// Each real catalogue: the rows' items and every finding are those its file records in
/// `coreCheck`, and every expectation of the README's that the core check judges is met.
#[test]
fn real_catalogues_give_the_findings_their_files_expect() {
    let rules = RuleSet::national();
    let mut failures = Vec::new();
    for case in cases() {
        let report = rules.audit_catalogue(&case.catalogue, &case.options);
        let core = &case.facts["coreCheck"];
        for m in &report.rows {
            let want = &core["rowItems"][(m.row + 1).to_string()];
            let got = serde_json::to_value(&m.items).unwrap();
            if *want != got {
                failures.push(format!(
                    "{}: row {} items {got}, file {want}",
                    case.name,
                    m.row + 1
                ));
            }
        }
        let key = |v: &Value| -> Key {
            (
                v["row"].as_u64(),
                v["code"].as_str().unwrap_or_default().to_owned(),
                v["severity"].as_str().unwrap_or_default().to_owned(),
                v["rule"].as_str().unwrap_or_default().to_owned(),
            )
        };
        let mut got: Vec<Key> = report
            .findings
            .iter()
            .map(|f| key(&finding_json(f)))
            .collect();
        let mut want: Vec<Key> = core["findings"]
            .as_array()
            .expect("coreCheck.findings")
            .iter()
            .map(key)
            .collect();
        got.sort();
        want.sort();
        for k in got.iter().filter(|k| !want.contains(k)) {
            failures.push(format!("{}: unexpected {k:?}", case.name));
        }
        for k in want.iter().filter(|k| !got.contains(k)) {
            failures.push(format!("{}: missing {k:?}", case.name));
        }
        for e in case.facts["expected"].as_array().expect("expected") {
            let slug = e["finding"].as_str().expect("a slug");
            let row = e["row"].as_u64();
            let on_row = |code: &str| got.iter().any(|k| k.0 == row && k.1 == code);
            if let Some((_, code)) = SLUGS.iter().find(|(s, _)| *s == slug) {
                let severity = e["severity"].as_str().unwrap_or_default();
                if !got
                    .iter()
                    .any(|k| k.0 == row && k.1 == *code && k.2 == severity)
                {
                    failures.push(format!(
                        "{}: README expects {slug} ({severity}) at row {row:?}",
                        case.name
                    ));
                }
            } else if slug == "none" {
                let article = e["basis"]["article"].as_str().unwrap_or_default();
                if article.contains("第二十六条")
                    && got
                        .iter()
                        .any(|k| k.0 == row && k.1.starts_with("catalogue.time_limit"))
                {
                    failures.push(format!("{}: row {row:?} time limit should pass", case.name));
                }
                if article.contains("第八条") && on_row("catalogue.medium_missing") {
                    failures.push(format!("{}: row {row:?} channels should pass", case.name));
                }
            } else if !NOT_JUDGED.iter().any(|(s, _)| *s == slug) {
                failures.push(format!(
                    "{}: slug {slug} neither judged nor listed",
                    case.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// 97号 二: 监督渠道 stated once in the header (广东省国资委) satisfies the whole catalogue.
#[test]
fn supervision_in_the_header_satisfies_guobanfa_2017_97_er() {
    let case = cases()
        .into_iter()
        .find(|c| c.name == "guangdong-sasac-province")
        .expect("the 广东省国资委 catalogue");
    let report = RuleSet::national().audit_catalogue(&case.catalogue, &case.options);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.code().as_str() == "catalogue.supervision_missing")
    );
}
