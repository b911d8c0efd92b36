//! The audit over 1,000,000 synthetic records, against parsing alone, in the same run.
//!
//! `cargo bench -p gongkai --bench audit`. The target (BENCHMARKS.md): parse + all rules cost
//! no more than 1.5× parsing alone, and at least 300,000 records/s on one core.

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group};
use gongkai::{Context, DisclosureRecord, Engine, ItemKind};

/// One million by default, as BENCHMARKS.md reports; `GONGKAI_BENCH_RECORDS` makes a quick run.
fn records() -> usize {
    std::env::var("GONGKAI_BENCH_RECORDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

/// Synthetic NDJSON lines: every item in turn, realistic Chinese text, a mix of defects like the
/// sample's (a blank element, a mobile number, a missing channel, a late publication); the
/// allocation method of the item's domain in turn, not stated in one record of seven.
fn dataset(n: usize) -> Vec<String> {
    let items: Vec<ItemKind> = ItemKind::all().collect();
    let methods_of = |d: gongkai::Domain| -> Vec<gongkai::Method> {
        gongkai::Method::all()
            .filter(|m| *m != gongkai::Method::Other && m.domains().contains(&d))
            .collect()
    };
    (0..n)
        .map(|i| {
            let item = items[i % items.len()];
            let mut content = serde_json::Map::new();
            for (k, e) in item.elements().iter().enumerate() {
                let blank = i % 11 == 3 && k == 0;
                let text = if blank {
                    String::new()
                } else if i % 13 == 5 && k == 1 {
                    format!("联系人陈工，电话1390000{:04}", i % 10_000)
                } else {
                    format!("云江市{}第{}号项目相关{}说明，详见附件。", e.zh, i, e.zh)
                };
                content.insert(e.key.to_owned(), text.into());
            }
            // Formed in March; most published within days, one in ten a month late.
            let day = 1 + (i % 28);
            let published = if i % 10 == 7 {
                format!("2024-04-{day:02}")
            } else {
                format!("2024-03-{:02}", (day + 1 + i % 2).min(31))
            };
            let channels = if item.domain() == gongkai::Domain::GovernmentProcurement {
                serde_json::json!(["ccgp", "governmentWebsite"])
            } else if i % 17 == 0 {
                serde_json::json!([])
            } else {
                serde_json::json!(["governmentWebsite"])
            };
            let methods = methods_of(item.domain());
            let method = match methods.len() {
                0 => None,
                _ if i % 7 == 6 => None,
                len => Some(methods[(i / items.len()) % len]),
            };
            let mut record = serde_json::json!({
                "id": format!("YJ-2024-{i:07}"),
                "domain": item.domain(),
                "item": item,
                "title": format!("云江市2024年{}（第{}号）", item.spec().zh, i),
                "responsibleBody": { "name": format!("云江市{}", item.domain().lead_department().name_zh()),
                                     "creditCode": "11441800MB2C38716R" },
                "formedOn": format!("2024-03-{day:02}"),
                "publishedOn": published,
                "status": "published",
                "channels": channels,
                "content": content,
                "parties": [{ "role": "winner", "name": format!("云江市第{}建设工程有限公司", i % 500),
                              "creditCode": "91441800MA4X00004P" }],
                "amounts": { "budget": 1_200_000 + i % 1000, "contract": 1_180_000 + (i * 37) % 50_000 },
                "events": { "bidDeadline": "2024-03-01", "awardedOn": format!("2024-03-{day:02}") }
            });
            if let Some(m) = method {
                record["method"] = serde_json::json!(m);
            }
            record.to_string()
        })
        .collect()
}

fn bench_audit(c: &mut Criterion) {
    let n = records();
    let lines = dataset(n);
    let engine = Engine::national();
    let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 31).expect("date"));
    let records: Vec<DisclosureRecord> = lines
        .iter()
        .map(|l| DisclosureRecord::from_json(l).expect("synthetic records parse"))
        .collect();
    let findings: usize = records
        .iter()
        .map(|r| engine.validate(r, &ctx).findings.len())
        .sum();
    eprintln!(
        "dataset: {n} records, {:.0} bytes each on average, {findings} findings",
        lines.iter().map(String::len).sum::<usize>() as f64 / n as f64
    );

    let mut g = c.benchmark_group("audit_1m");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(40))
        .warm_up_time(Duration::from_secs(3))
        .throughput(Throughput::Elements(n as u64));
    g.bench_function("parse_only", |b| b.iter(|| pass_parse_only(&lines)));
    g.bench_function("parse_and_validate", |b| {
        b.iter(|| pass_parse_and_validate(&lines, &engine, &ctx))
    });
    g.bench_function("validate_only", |b| {
        b.iter(|| {
            for r in &records {
                black_box(engine.validate(black_box(r), &ctx));
            }
        })
    });
    g.finish();
}

/// Parsing alone, one pass; a function of its own so that callgrind can count just it.
#[inline(never)]
fn pass_parse_only(lines: &[String]) {
    for l in lines {
        black_box(DisclosureRecord::from_json(black_box(l)).expect("parses"));
    }
}

/// Parsing and every rule, one pass, as the C and WASM surfaces call it: `validate_json`, the
/// same `DisclosureRecord::from_json` and then `validate`'s rules, the record's id moved into
/// the report.
#[inline(never)]
fn pass_parse_and_validate(lines: &[String], engine: &Engine, ctx: &Context) {
    for l in lines {
        black_box(engine.validate_json(black_box(l), ctx).expect("parses"));
    }
}

/// `GONGKAI_BENCH_INTERLEAVED=ROUNDS`: the two passes alternate, round after round, so that a
/// change in the machine's load hits both alike; the best and median round of each and their
/// ratios are printed. On a shared machine this ratio is steadier than two criterion groups
/// measured one after the other.
fn interleaved(rounds: usize) {
    use std::time::Instant;
    let n = records();
    let lines = dataset(n);
    let engine = Engine::national();
    let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 31).expect("date"));
    let (mut parse, mut audit) = (Vec::new(), Vec::new());
    for _ in 0..rounds {
        let t = Instant::now();
        pass_parse_only(&lines);
        parse.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        pass_parse_and_validate(&lines, &engine, &ctx);
        audit.push(t.elapsed().as_secs_f64());
    }
    for v in [&mut parse, &mut audit] {
        v.sort_by(f64::total_cmp);
    }
    for (label, at) in [("best", 0), ("median", rounds / 2)] {
        let (p, a) = (parse[at], audit[at]);
        println!(
            "{label:>6} of {rounds} rounds, {n} records: parse only {:.3} s ({:.0} k records/s), \
             parse + rules {:.3} s ({:.0} k records/s), ratio {:.3}",
            p,
            n as f64 / p / 1e3,
            a,
            n as f64 / a / 1e3,
            a / p
        );
    }
}

criterion_group!(benches, bench_audit);

/// `GONGKAI_BENCH_ONCE=1` runs each pass once instead of timing it, for instruction counts that
/// do not depend on the machine's load:
///
/// ```text
/// GONGKAI_BENCH_ONCE=1 GONGKAI_BENCH_RECORDS=5000 valgrind --tool=callgrind \
///   --toggle-collect='*pass_parse_only*' --toggle-collect='*pass_parse_and_validate*' \
///   target/release/deps/audit-<hash>
/// callgrind_annotate --inclusive=yes callgrind.out.<pid> | grep pass_
/// ```
fn main() {
    if std::env::var_os("GONGKAI_BENCH_ONCE").is_some() {
        let lines = dataset(records());
        let engine = Engine::national();
        let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 31).expect("date"));
        pass_parse_only(&lines);
        pass_parse_and_validate(&lines, &engine, &ctx);
        return;
    }
    if let Some(rounds) = std::env::var("GONGKAI_BENCH_INTERLEAVED")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        interleaved(rounds);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
