//! Identifier parsing and personal-data scanning: the per-field cost the audit pays.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use gongkai::ids::{ResidentIdNumber, UnifiedSocialCreditCode, normalize_org_name};
use gongkai::redact::{MaskPolicy, contains_personal_data, find_personal_data, redact};

/// A typical result notice, about 300 bytes, without personal data.
const NOTICE: &str = "广州市某某区政府采购中心受采购人委托，就某某学校教学设备采购项目\
（项目编号：GZCG2018-0138）进行公开招标。中标供应商：广州某某科技有限公司，\
中标金额：人民币1,234,567.89元。公告期限为2018年6月16日至6月22日，共5个工作日。";

const WITH_PERSONAL_DATA: &str = "1 张某 11010519491231002X 13812345678\n\
2 李某 360426199101010071 +86 139-0000-1111\n";

fn bench(c: &mut Criterion) {
    c.bench_function("uscc_parse", |b| {
        b.iter(|| UnifiedSocialCreditCode::parse(black_box("91350100M000100Y43")))
    });
    c.bench_function("id_number_parse", |b| {
        b.iter(|| ResidentIdNumber::parse(black_box("11010519491231002X")))
    });
    c.bench_function("normalize_org_name", |b| {
        b.iter(|| normalize_org_name(black_box("广州某某建设工程（集团）有限公司")))
    });
    let mut g = c.benchmark_group("notice_300_bytes_clean");
    g.throughput(criterion::Throughput::Bytes(NOTICE.len() as u64));
    g.bench_function("find_personal_data", |b| {
        b.iter(|| find_personal_data(black_box(NOTICE)))
    });
    g.bench_function("contains_personal_data", |b| {
        b.iter(|| contains_personal_data(black_box(NOTICE)))
    });
    g.bench_function("redact", |b| {
        b.iter(|| redact(black_box(NOTICE), &MaskPolicy::default()).len())
    });
    g.finish();
    c.bench_function("redact_list_with_personal_data", |b| {
        b.iter(|| redact(black_box(WITH_PERSONAL_DATA), &MaskPolicy::default()).len())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
