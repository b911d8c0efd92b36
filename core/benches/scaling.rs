//! How the cost of hostile input grows: each case timed at a size and at ten times that size,
//! in the same run, and the ratio printed. Linear work gives about 10; the target is ≤ 12
//! (BENCHMARKS.md, "Scaling").
//!
//! `cargo bench -p gongkai --bench scaling`
//!
//! - a branch name whose head repeats a legal form (`"A" + "集团中" × N + "分公司"`),
//!   normalised;
//! - a blacklist in which one subject has every entry (one credit code, its own id and
//!   decision number each), read from JSON lines;
//! - JSON lines that repeat one entry: refused at the second line, so the time does not grow
//!   with the file at all.

use std::hint::black_box;
use std::time::{Duration, Instant};

use gongkai::blacklist::Registry;
use gongkai::ids::normalize_org_name;

/// Best of five runs of `f`.
fn best(mut f: impl FnMut()) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

const LINE: &str = concat!(
    r#"{"id":"BL-@","subject":{"kind":"organization","name":"云江市某某工程有限公司","#,
    r#""creditCode":"91440101MA5C1234XQ"},"conduct":{"category":"collusiveBidding"},"#,
    r#""decision":{"authority":"云江市发展和改革局","number":"云发改罚〔2024〕@号","#,
    r#""date":"2024-04-16"},"legalBasis":{"provision":"biddingLaw53"},"#,
    r#""bars":"constructionBidding","ban":{"months":12},"listedOn":"2024-04-19"}"#
);

fn one_subject(n: usize) -> String {
    (0..n)
        .map(|i| LINE.replace('@', &i.to_string()) + "\n")
        .collect()
}

fn report(case: &str, small: usize, large: usize, t_small: Duration, t_large: Duration) {
    println!(
        "{case}: {small} → {:.3} ms, {large} → {:.3} ms, ratio {:.1} (×{} input)",
        t_small.as_secs_f64() * 1e3,
        t_large.as_secs_f64() * 1e3,
        t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9),
        large / small
    );
}

fn main() {
    let (small, large) = (100_000, 1_000_000);
    let names = [small, large].map(|n| format!("A{}分公司", "集团中".repeat(n)));
    let [a, b] = names.each_ref().map(|name| {
        best(|| {
            black_box(normalize_org_name(black_box(name)));
        })
    });
    report("long branch name (repeats)", small, large, a, b);

    let (small, large) = (10_000, 100_000);
    let texts = [small, large].map(one_subject);
    let [a, b] = texts.each_ref().map(|text| {
        best(|| {
            black_box(Registry::from_jsonl(black_box(text)).expect("loads"));
        })
    });
    report("one subject, many entries (entries)", small, large, a, b);

    let texts = [small, large].map(|n| LINE.replace('@', "1").repeat(n).replace("}{", "}\n{"));
    let [a, b] = texts.each_ref().map(|text| {
        best(|| {
            black_box(Registry::from_jsonl(black_box(text)).expect_err("a duplicate"));
        })
    });
    report("identical lines, refused (lines)", small, large, a, b);
}
