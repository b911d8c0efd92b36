//! Reading and judging notice pages (issue #19: ≥ 20,000 notices of ~5 KB HTML a second on one
//! core, reading ≤ 2× the HTML parse alone). The pages are the development set's
//! (tests/notices/dev/*.html: portal chrome, tables, some broken markup); each pass reads every
//! one, so a page's time is the pass's divided by their number (printed first).
//!
//! - `parse_only`: the page into its text and span map ([`HtmlText::parse`]), the baseline;
//! - `read`: [`notice::read`](gongkai::notice::read), which parses and then reads the record;
//! - `read_and_judge`: [`Engine::validate_notice`], the record judged and the text checked.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gongkai::notice::{HtmlText, NoticeSource, read};
use gongkai::{Context, Engine};

fn pages() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/notices/dev");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("the development notices")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| std::fs::read_to_string(p).expect("a page"))
        .collect()
}

fn bench(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(String::len).sum();
    eprintln!(
        "notice_pages: {} pages, {:.1} KB on average",
        pages.len(),
        bytes as f64 / pages.len() as f64 / 1024.0
    );
    let engine = Engine::national();
    let source = NoticeSource {
        url: Some("https://www.ccgp-yunjiang.gov.cn/jggg/t1.html".into()),
        fetched_on: None,
    };
    let ctx = Context::new("2025-12-31".parse().expect("a date"));
    let mut g = c.benchmark_group("notice_pages");
    g.bench_function("parse_only", |b| {
        b.iter(|| {
            pages
                .iter()
                .map(|p| HtmlText::parse(black_box(p)).text().len())
                .sum::<usize>()
        })
    });
    g.bench_function("read", |b| {
        b.iter(|| {
            pages
                .iter()
                .filter_map(|p| read(black_box(p), &source).ok())
                .map(|r| r.evidence.len())
                .sum::<usize>()
        })
    });
    g.bench_function("read_and_judge", |b| {
        b.iter(|| {
            pages
                .iter()
                .filter_map(|p| engine.validate_notice(black_box(p), &source, &ctx).ok())
                .map(|r| r.findings.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
