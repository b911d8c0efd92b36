//! Assessing 1,000,000 audited records (records with their reports): target ≤ 1 s on one core.
//!
//! `cargo bench -p gongkai --bench assessment` (`GONGKAI_BENCH_RECORDS` for a quick run).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gongkai::assessment::{Assessment, Weights};
use gongkai::{Context, DisclosureRecord, Engine, ItemKind};

fn bench_assessment(c: &mut Criterion) {
    let n: usize = std::env::var("GONGKAI_BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let items: Vec<ItemKind> = ItemKind::all().collect();
    let engine = Engine::national();
    let today = chrono::NaiveDate::from_ymd_opt(2024, 12, 31).expect("date");
    let ctx = Context::new(today);
    // A few hundred distinct records, repeated: assessment cost does not depend on text size.
    let templates: Vec<DisclosureRecord> = (0..370)
        .map(|i| {
            let item = items[i % items.len()];
            let day = 1 + i % 28;
            let published = if i % 7 == 0 { 10 + day % 15 } else { day };
            DisclosureRecord::from_json(&format!(
                r#"{{"id":"T{i}","domain":"{}","item":"{}","title":"t","responsibleBody":{{"name":"云江市第{}局"}},
                "formedOn":"2024-03-{day:02}","publishedOn":"2024-{:02}-{day:02}","status":"published",
                "channels":["ccgp","governmentWebsite"],"content":{{}}}}"#,
                item.domain().as_str(),
                item.as_str(),
                i % 40,
                if published > day { 5 } else { 3 }
            ))
            .expect("template parses")
        })
        .collect();
    let records: Vec<DisclosureRecord> = (0..n)
        .map(|i| templates[i % templates.len()].clone())
        .collect();
    let reports: Vec<_> = records.iter().map(|r| engine.validate(r, &ctx)).collect();
    let findings: usize = reports.iter().map(|r| r.findings.len()).sum();
    eprintln!("{n} audited records, {findings} findings");

    if std::env::var_os("GONGKAI_BENCH_ONCE").is_some() {
        // One pass, for instruction counts (see benches/audit.rs).
        black_box(assess_once(&records, &reports, today));
        return;
    }
    let mut g = c.benchmark_group("assessment");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .throughput(Throughput::Elements(n as u64));
    g.bench_function("assess", |b| {
        b.iter(|| {
            black_box(Assessment::of(
                records.iter().zip(&reports),
                today,
                &Weights::default(),
            ))
        })
    });
    g.finish();
}

#[inline(never)]
fn assess_once(
    records: &[DisclosureRecord],
    reports: &[gongkai::Report],
    today: chrono::NaiveDate,
) -> Assessment {
    Assessment::of(records.iter().zip(reports), today, &Weights::default())
}

criterion_group!(benches, bench_assessment);
criterion_main!(benches);
