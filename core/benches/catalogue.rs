//! Checking a 2,000-row catalogue (issue #18: under 10 ms). The rows are the baseline
//! catalogues of every domain, renamed as real catalogues name them, with every time-limit form
//! the reader knows and a share of rows that match nothing, repeated to 2,000.

use criterion::{Criterion, criterion_group, criterion_main};
use gongkai::{Catalogue, CatalogueOptions, Domain, Level, RuleSet};

fn catalogue(rules: &RuleSet, n: usize) -> Catalogue {
    let mut base = Vec::new();
    for d in Domain::ALL {
        base.extend(rules.baseline_catalogue(d));
    }
    let limits = [
        "信息形成或者变更之日起20个工作日内",
        "及时公开",
        "随采购公告、采购文件公开",
        "每年1月31日前",
        "公示期不少于5个工作日",
        "信息形成(变更)20个工作日内;行政许可和行政处罚决定作出后7个工作日内",
    ];
    let mut rows = Vec::with_capacity(n);
    for i in 0..n {
        let mut row = base[i % base.len()].clone();
        row.item = None;
        if i % 7 == 0 {
            row.level2 = format!("机构信息{i}");
        }
        row.time_limit = limits[i % limits.len()].to_owned();
        if i % 3 == 0 {
            row.channels = format!("■{} □政府公报 □两微一端", row.channels);
        }
        rows.push(row);
    }
    Catalogue {
        rows,
        ..Catalogue::default()
    }
}

fn bench(c: &mut Criterion) {
    let rules = RuleSet::national();
    let cat = catalogue(&rules, 2_000);
    let options = CatalogueOptions {
        domains: Domain::ALL.to_vec(),
        level: Some(Level::County),
    };
    c.bench_function("catalogue_2000_rows", |b| {
        b.iter(|| rules.audit_catalogue(std::hint::black_box(&cat), &options))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
