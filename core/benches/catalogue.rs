//! Checking a 2,000-row catalogue (issue #18: under 10 ms). The rows are the baseline
//! catalogues of every domain, renamed as real catalogues name them, with every time-limit form
//! the reader knows and a share of rows that match nothing, repeated to 2,000.
//!
//! With `--features catalogue-xlsx-write`, reading the same catalogue from a CSV file (UTF-8
//! with BOM, and GBK as Chinese Excel saves it) and from an XLSX workbook (title row, 一级事项
//! merged as portals print it) too: figures to read as ratios against the check in the same run.

use criterion::{Criterion, criterion_group};
#[cfg(feature = "catalogue-xlsx-write")]
use gongkai::rules::catalogue::files::{FileFormat, read_catalogue, write_csv, write_xlsx};
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

fn options() -> CatalogueOptions {
    CatalogueOptions {
        domains: Domain::ALL.to_vec(),
        level: Some(Level::County),
    }
}

fn bench(c: &mut Criterion) {
    let rules = RuleSet::national();
    let cat = catalogue(&rules, 2_000);
    let options = options();
    c.bench_function("catalogue_2000_rows", |b| {
        b.iter(|| rules.audit_catalogue(std::hint::black_box(&cat), &options))
    });
    #[cfg(feature = "catalogue-xlsx-write")]
    bench_files(c, &cat);
}

/// The catalogue as files: CSV (UTF-8 with BOM), the same CSV in GBK, and an XLSX workbook.
#[cfg(feature = "catalogue-xlsx-write")]
fn files(cat: &Catalogue) -> [(&'static str, Vec<u8>, FileFormat); 3] {
    let csv = write_csv(&cat.rows);
    let text = std::str::from_utf8(&csv[3..]).expect("UTF-8");
    let gbk = encoding_rs::GBK.encode(text).0.into_owned();
    let xlsx = write_xlsx("公共资源配置领域主动公开目录", &cat.rows).expect("written");
    [
        ("catalogue_2000_rows_read_csv", csv, FileFormat::Csv),
        ("catalogue_2000_rows_read_csv_gbk", gbk, FileFormat::Csv),
        ("catalogue_2000_rows_read_xlsx", xlsx, FileFormat::Xlsx),
    ]
}

#[cfg(feature = "catalogue-xlsx-write")]
fn bench_files(c: &mut Criterion, cat: &Catalogue) {
    for (name, bytes, format) in files(cat) {
        assert_eq!(read_once(&bytes, format), cat.rows.len());
        c.bench_function(name, |b| {
            b.iter(|| read_catalogue(std::hint::black_box(&bytes), format))
        });
    }
}

/// One check; a function of its own so that callgrind can count just it.
#[inline(never)]
fn pass_check(rules: &RuleSet, cat: &Catalogue, options: &CatalogueOptions) {
    std::hint::black_box(rules.audit_catalogue(std::hint::black_box(cat), options));
}

/// One read of a file (callgrind counts it through the `pass_read_*` functions that call it:
/// a function whose name matched too would toggle the count off again).
#[cfg(feature = "catalogue-xlsx-write")]
fn read_once(bytes: &[u8], format: FileFormat) -> usize {
    read_catalogue(std::hint::black_box(bytes), format)
        .expect("readable")
        .catalogue
        .rows
        .len()
}

criterion_group!(benches, bench);

/// `GONGKAI_BENCH_ONCE=1` checks once and reads each file once instead of timing them, for
/// instruction counts that do not depend on the machine's load:
///
/// ```text
/// cargo bench -p gongkai --bench catalogue --features catalogue-xlsx-write --no-run
/// GONGKAI_BENCH_ONCE=1 valgrind --tool=callgrind --toggle-collect='*pass_*' \
///   target/release/deps/catalogue-<hash>
/// callgrind_annotate --inclusive=yes callgrind.out.<pid> | grep pass_
/// ```
fn main() {
    if std::env::var_os("GONGKAI_BENCH_ONCE").is_some() {
        let rules = RuleSet::national();
        let cat = catalogue(&rules, 2_000);
        pass_check(&rules, &cat, &options());
        #[cfg(feature = "catalogue-xlsx-write")]
        for (_, bytes, format) in files(&cat) {
            // Each format read by its own function, so that callgrind tells them apart.
            match (format, bytes.starts_with(b"\xEF\xBB\xBF")) {
                (FileFormat::Xlsx, _) => pass_read_xlsx(&bytes),
                (_, true) => pass_read_csv(&bytes),
                _ => pass_read_csv_gbk(&bytes),
            };
        }
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}

#[cfg(feature = "catalogue-xlsx-write")]
#[inline(never)]
fn pass_read_csv(bytes: &[u8]) -> usize {
    read_once(bytes, FileFormat::Csv)
}

#[cfg(feature = "catalogue-xlsx-write")]
#[inline(never)]
fn pass_read_csv_gbk(bytes: &[u8]) -> usize {
    // Not the same body as pass_read_csv, which the compiler would merge it with.
    read_once(bytes, FileFormat::Csv) + usize::from(std::hint::black_box(0u8))
}

#[cfg(feature = "catalogue-xlsx-write")]
#[inline(never)]
fn pass_read_xlsx(bytes: &[u8]) -> usize {
    read_once(bytes, FileFormat::Xlsx)
}
