//! The assessment report (粤办函〔2018〕201号 四): the HTML page is well-formed, and every figure in it
//! is the figure of the JSON assessment.

use gongkai::assessment::report::{ReportInput, html, markdown};
use gongkai::assessment::sample::spot_check;
use gongkai::assessment::{Assessment, Weights};
use gongkai::{Context, DisclosureRecord, Engine, Lang};

fn sample() -> Vec<DisclosureRecord> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/yunjiang-2024.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("sample data")).expect("parses")
}

/// The JSON value a `data-key` names: dotted segments, the last one a field of a tally.
fn lookup<'a>(json: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    let (group, field) = key.rsplit_once('.').expect("dotted key");
    let mut v = json;
    let mut segments = group.splitn(2, '.');
    let head = segments.next().expect("head");
    v = &v[head];
    if let Some(rest) = segments.next() {
        v = &v[rest];
    }
    &v[field]
}

fn shown(value: &serde_json::Value, field: &str) -> String {
    match field {
        "onTimeRate" | "completenessRate" => value
            .as_f64()
            .map_or_else(|| "—".to_owned(), |r| format!("{:.1}%", r * 100.0)),
        "score" => format!("{:.1}", value.as_f64().expect("a score")),
        _ => value.to_string(),
    }
}

#[test]
fn every_figure_in_the_html_matches_the_json() {
    let records = sample();
    let engine = Engine::national();
    let today = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("date");
    let reports: Vec<_> = records
        .iter()
        .map(|r| engine.validate(r, &Context::new(today)))
        .collect();
    let audited: Vec<_> = records.iter().zip(&reports).collect();
    let a = Assessment::of(audited.iter().copied(), today, &Weights::default());
    let drawn = spot_check(&records, 2, 2018);
    let input = ReportInput {
        title: "云江市评估报告",
        assessment: &a,
        audited: &audited,
        sample: &drawn,
        changes: &[],
        lang: Lang::ZhCn,
    };
    let page = html(&input);
    let json = a.to_json();

    let body = page
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("doctype first");
    let doc = roxmltree::Document::parse(body).expect("the page is well-formed XML");
    let mut checked = 0;
    for node in doc.descendants().filter(|n| n.has_attribute("data-key")) {
        let key = node.attribute("data-key").expect("attribute");
        let field = key.rsplit_once('.').map_or(key, |(_, f)| f);
        let want = if key.starts_with("lateness.") {
            json["lateness"][field.parse::<usize>().expect("bucket")].to_string()
        } else if let Some(code) = key.strip_prefix("byCode.") {
            json["byCode"][code].to_string()
        } else {
            shown(lookup(&json, key), field)
        };
        assert_eq!(node.text().unwrap_or(""), want, "{key}");
        checked += 1;
    }
    // Overview, six domains, every body (13 columns each), lateness and codes.
    assert!(
        checked > 13 * (1 + 6 + 40),
        "only {checked} figures checked"
    );
    assert_eq!(
        doc.descendants()
            .filter(|n| n.has_tag_name(("http://www.w3.org/2000/svg", "svg")))
            .count(),
        6
    );
    // Records whose time limit nobody could judge are drawn apart, never folded into a rate.
    assert!(page.contains("未判断") && page.contains("应公开记录的时限判断·分领域"));
    // The sample and the worst records are in, and nothing reaches out to the network.
    assert!(drawn.iter().all(|d| page.contains(&d.record_id)));
    // The only URLs are XML namespace names, which are never fetched.
    assert_eq!(
        page.matches("http://").count(),
        page.matches("xmlns=\"http://").count()
    );
    assert!(!page.contains("<script") && !page.contains("https://"));
    let md = markdown(&input);
    assert!(md.contains("年度工作进展") && md.contains(&format!("| 合计 | {} |", a.total.records)));
}
