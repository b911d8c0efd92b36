//! The blacklist at 1,000,000 entries: build time, memory per entry, screening by 统一社会信用代码
//! and by normalised name.
//!
//! `cargo bench -p gongkai --bench blacklist`. Targets (issue 4): built in ≤ 2 s; screening by
//! credit code ≤ 200 ns and by name ≤ 1 µs median on one core; ≤ 300 bytes per entry.
//!
//! The first part runs once, before criterion, in this process only: it builds the registry
//! with `Registry::from_entries` from entries generated one at a time (so no list of entries is
//! alive beside it) and reads `VmHWM` (peak resident memory, the build's transient sort buffers
//! included) from `/proc/self/status` before and after. The library itself
//! does no I/O; this file does, as a measuring tool. Then it times the build from entries
//! already made (median of three), and an import from JSON lines. Criterion then times
//! screening over 4,096 queries spread across the registry, so that the caches see what a real
//! batch would. `BLACKLIST_BENCH_N` sets the size (default 1,000,000).
//!
//! `BLACKLIST_BENCH_PROFILE=1` skips all of that for valgrind: it builds the registry once, then
//! screens 262,144 distinct organisations by credit code (`screen_code_once`), the same by bare
//! `HashMap` get (`baseline_code_once`), and by name (`screen_name_once`), each call a function
//! of its own, so that instruction and cache-miss counts per call come from
//!
//! ```text
//! BLACKLIST_BENCH_PROFILE=1 valgrind --tool=callgrind --cache-sim=yes --LL=33554432,16,64 \
//!     --toggle-collect='blacklist::*_once' target/release/deps/blacklist-<hash>
//! callgrind_annotate --inclusive=yes callgrind.out.<pid> | grep _once
//! ```
//!
//! (inclusive counts divided by 262,144, the calls of each; `--LL` gives the last-level cache
//! this machine has, 32 MiB, where valgrind would otherwise guess). Under valgrind the build
//! alone takes a quarter of an hour.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::Criterion;
use gongkai::Domain;
use gongkai::blacklist::{Entry, Identity, Registry, ScreenQuery};
use gongkai::ids::{ResidentIdNumber, UnifiedSocialCreditCode, normalize_org_name};

const CHARSET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// A valid credit code whose subject code is the 8 digits of `i`: the two check characters are
/// computed (GB 11714 for position 17, GB 32100 mod 31 for position 18), as an issuer would.
fn credit_code(i: u32) -> UnifiedSocialCreditCode {
    let body = format!("{:08}", i % 100_000_000);
    let weights = [3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = body
        .bytes()
        .zip(weights)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    let org = match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from(b'0' + d as u8),
    };
    let first17 = format!("91445400{body}{org}");
    let mut total = 0u32;
    let mut w = 1u32;
    for b in first17.bytes() {
        let v = CHARSET.iter().position(|&c| c == b).unwrap_or(0) as u32;
        total += v * w;
        w = w * 3 % 31;
    }
    let check = CHARSET[((31 - total % 31) % 31) as usize] as char;
    UnifiedSocialCreditCode::parse(&format!("{first17}{check}")).expect("computed to be valid")
}

fn id_number(j: u32) -> ResidentIdNumber {
    let birth = NaiveDate::from_ymd_opt(1950, 1, 1).expect("date")
        + chrono::Days::new(u64::from(j % 20_000));
    let first17 = format!("445402{}{:03}", birth.format("%Y%m%d"), (j / 20_000) % 1000);
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = first17
        .bytes()
        .zip(weights)
        .map(|(b, w)| u32::from(b - b'0') * w)
        .sum();
    let check = b"10X98765432"[(sum % 11) as usize] as char;
    ResidentIdNumber::parse(&format!("{first17}{check}")).expect("computed to be valid")
}

/// Four characters from 32 for each of a million names: 云江市 + four + 科技有限公司.
const SYLLABLES: [char; 32] = [
    '安', '博', '诚', '达', '恒', '华', '佳', '嘉', '建', '金', '锦', '骏', '康', '利', '联', '隆',
    '茂', '明', '鹏', '启', '荣', '瑞', '盛', '泰', '通', '伟', '鑫', '信', '兴', '扬', '永', '智',
];

fn org_name(i: u32) -> String {
    let mut s = String::from("云江市");
    for k in 0..4 {
        s.push(SYLLABLES[((i >> (5 * k)) & 31) as usize]);
    }
    // A fifth character past a million, so that every name stays distinct.
    if i >= 1 << 20 {
        s.push(SYLLABLES[((i >> 20) & 31) as usize]);
    }
    s.push_str(["科技有限公司", "建设工程有限公司", "物业管理有限公司"][(i % 3) as usize]);
    s
}

const PROVISIONS: [(&str, &str, u32); 4] = [
    ("procurementLaw77", "governmentProcurement", 12),
    ("biddingLaw53", "constructionBidding", 12),
    ("biddingLaw54", "constructionBidding", 24),
    ("procurementLaw77", "allPublicResourceTrading", 36),
];

/// Entry `i`: nine in ten organisations with a code, one in ten people; decisions spread over
/// 2022–2025 by 64 authorities; no free text (facts, penalty, address), whose bytes add one for
/// one.
fn entry(i: u32) -> Entry {
    let (provision, bars, months) = PROVISIONS[(i % 4) as usize];
    let decided = NaiveDate::from_ymd_opt(2022, 1, 3).expect("date")
        + chrono::Days::new(u64::from(i.wrapping_mul(2_654_435_761) % 1400));
    let subject = if i % 10 == 9 {
        serde_json::json!({"kind": "person", "name": "陈*华", "idNumber": id_number(i / 10).as_str()})
    } else {
        serde_json::json!({"kind": "organization", "name": org_name(i),
                           "creditCode": credit_code(i).as_str()})
    };
    let v = serde_json::json!({
        "id": format!("BL{i:07}"),
        "subject": subject,
        "conduct": {"category": "falseMaterials"},
        "decision": {"authority": format!("云江市第{}行政执法局", i % 64),
                     "number": format!("云罚〔2024〕{i}号"), "date": decided.to_string()},
        "legalBasis": {"provision": provision},
        "bars": bars,
        "ban": {"months": months},
        "listedOn": (decided + chrono::Days::new(3)).to_string(),
    });
    serde_json::from_value(v).expect("a valid entry")
}

/// CPU time this thread has used (user + system), from `/proc/thread-self/stat`: the figure
/// that does not depend on what else the machine runs. Resolution: one clock tick (10 ms).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap_or_default();
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    let after = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<u64> = after
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse().ok())
        .collect();
    Duration::from_millis(f.iter().sum::<u64>() * 10)
}

/// Mean CPU time per call over `rounds` calls.
fn cpu_per_call(rounds: u32, mut f: impl FnMut(u32)) -> f64 {
    let t = cpu_time();
    for k in 0..rounds {
        f(k);
    }
    (cpu_time() - t).as_nanos() as f64 / f64::from(rounds)
}

/// `VmHWM` and `VmRSS` in bytes.
fn memory() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb * 1024)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn build(n: u32, entries: impl Iterator<Item = Entry>) -> Registry {
    let mut reg = Registry::with_capacity(n as usize);
    for e in entries {
        reg.add(e).expect("distinct entries");
    }
    reg
}

fn measure(n: u32) -> Registry {
    let (hwm0, rss0) = memory();
    let t = Instant::now();
    let reg = Registry::from_entries((0..n).map(entry)).expect("distinct entries");
    let generated_and_built = t.elapsed();
    let (hwm1, rss1) = memory();
    println!("blacklist: {n} entries");
    println!(
        "  memory: peak {:.1} bytes/entry (VmHWM +{:.1} MiB), resident {:.1} bytes/entry",
        (hwm1 - hwm0) as f64 / f64::from(n),
        (hwm1 - hwm0) as f64 / 1048576.0,
        (rss1.saturating_sub(rss0)) as f64 / f64::from(n)
    );
    println!(
        "  (Registry::from_entries, generating each entry as it goes: {:.3} s)",
        generated_and_built.as_secs_f64()
    );

    let entries: Vec<Entry> = (0..n).map(entry).collect();
    let time = |bulk: bool| {
        let mut times: Vec<(Duration, Duration)> = (0..3)
            .map(|_| {
                let batch = entries.clone();
                let (t, c) = (Instant::now(), cpu_time());
                let r = if bulk {
                    Registry::from_entries(batch).expect("distinct entries")
                } else {
                    build(n, batch.into_iter())
                };
                let d = (t.elapsed(), cpu_time() - c);
                drop(black_box(r));
                d
            })
            .collect();
        times.sort();
        times[1]
    };
    for (label, bulk) in [
        ("Registry::from_entries", true),
        ("Registry::add one by one", false),
    ] {
        let (wall, cpu) = time(bulk);
        println!(
            "  build from entries ({label}, median of 3): {:.3} s wall, {:.3} s CPU ({:.0} ns/entry CPU)",
            wall.as_secs_f64(),
            cpu.as_secs_f64(),
            cpu.as_nanos() as f64 / f64::from(n)
        );
    }
    drop(entries);

    let text = reg.to_jsonl();
    let t = Instant::now();
    let again = Registry::from_jsonl(&text).expect("own output");
    println!(
        "  import from JSON lines ({:.0} MiB): {:.3} s",
        text.len() as f64 / 1048576.0,
        t.elapsed().as_secs_f64()
    );
    assert_eq!(again.len(), reg.len());
    reg
}

fn screening(c: &mut Criterion, reg: &Registry, n: u32) {
    let on = NaiveDate::from_ymd_opt(2024, 6, 1).expect("date");
    let domain = Some(Domain::GovernmentProcurement);
    // Organisations spread over the registry (a multiplicative step visits it evenly).
    let orgs: Vec<u32> = (0..4096u32)
        .map(|k| k.wrapping_mul(2_654_435_761) % n)
        .map(|i| if i % 10 == 9 { i - 1 } else { i })
        .collect();
    let by_code: Vec<Identity> = orgs
        .iter()
        .map(|&i| Identity::organization("", Some(credit_code(i))))
        .collect();
    let by_name: Vec<Identity> = orgs
        .iter()
        .map(|&i| Identity::organization(org_name(i), None))
        .collect();
    let code_misses: Vec<Identity> = orgs
        .iter()
        .map(|&i| Identity::organization("", Some(credit_code(i + 50_000_000))))
        .collect();
    let name_misses: Vec<Identity> = orgs
        .iter()
        .map(|&i| Identity::organization(format!("外省{}", org_name(i)), None))
        .collect();
    let queries: Vec<ScreenQuery> = orgs
        .iter()
        .map(|&i| ScreenQuery {
            name: org_name(i),
            credit_code: Some(credit_code(i).to_string()),
            id_number: None,
            domain,
        })
        .collect();
    for q in by_code.iter().take(8).chain(by_name.iter().take(8)) {
        assert_eq!(reg.screen(q, on, domain).hits.len(), 1, "{q:?}");
    }
    // Baselines in the same run, for ratios that depend less on the machine: a std HashMap from
    // the credit code (or the normalised name) to the entry, and nothing else.
    let mut plain_codes = std::collections::HashMap::with_capacity(n as usize);
    let mut plain_names = std::collections::HashMap::with_capacity(n as usize);
    for i in (0..n).filter(|i| i % 10 != 9) {
        plain_codes.insert(credit_code(i), i);
        plain_names.insert(normalize_org_name(&org_name(i)), i);
    }

    // Cold: one pass over 262,144 distinct organisations, each query's slot and entry met for
    // the first time. Warm: 2,000,000 calls cycling through 4,096 (what criterion times below).
    // Both in thread CPU time, which other processes on the machine do not inflate.
    let spread: Vec<u32> = (0..1u32 << 18)
        .map(|k| k.wrapping_mul(2_654_435_761) % n)
        .map(|i| if i % 10 == 9 { i - 1 } else { i })
        .collect();
    let cold_code: Vec<Identity> = spread
        .iter()
        .map(|&i| Identity::organization("", Some(credit_code(i))))
        .collect();
    let cold_name: Vec<Identity> = spread
        .iter()
        .map(|&i| Identity::organization(org_name(i), None))
        .collect();
    let per_call = |qs: &[Identity], rounds: u32, f: &dyn Fn(&Identity) -> usize| {
        let len = qs.len() as u32;
        cpu_per_call(rounds, |k| {
            black_box(f(&qs[(k % len) as usize]));
        })
    };
    let screen = |q: &Identity| reg.screen(q, on, domain).hits.len();
    let get_code = |q: &Identity| {
        q.credit_code
            .as_ref()
            .and_then(|c| plain_codes.get(c))
            .map_or(0, |&i| i as usize)
    };
    let get_name = |q: &Identity| {
        plain_names
            .get(&normalize_org_name(&q.name))
            .map_or(0, |&i| i as usize)
    };
    let cold = 1u32 << 18;
    for (label, qs, warm, baseline) in [
        (
            "by credit code",
            &cold_code,
            &by_code,
            &get_code as &dyn Fn(&Identity) -> usize,
        ),
        ("by name", &cold_name, &by_name, &get_name),
    ] {
        // Each pass its own slice of queries, so that the baseline is as cold as the screen.
        let (first, second) = qs.split_at(qs.len() / 2);
        let s_cold = per_call(first, cold / 2, &screen);
        let b_cold = per_call(second, cold / 2, baseline);
        let s_warm = per_call(warm, 2_000_000, &screen);
        let b_warm = per_call(warm, 2_000_000, baseline);
        println!(
            "  screen {label}: cold {s_cold:.0} ns, warm {s_warm:.0} ns CPU per call (mean); \
             bare std HashMap{}: cold {b_cold:.0} ns, warm {b_warm:.0} ns; ratio cold {:.2}, warm {:.2}",
            if label == "by name" {
                " + normalising"
            } else {
                ""
            },
            s_cold / b_cold,
            s_warm / b_warm
        );
    }
    drop((cold_code, cold_name));
    for (label, qs) in [
        ("by credit code, miss", &code_misses),
        ("by name, miss", &name_misses),
    ] {
        let ns = per_call(qs, 2_000_000, &screen);
        println!("  screen {label}, warm: {ns:.0} ns CPU per call (mean)");
    }

    let mut g = c.benchmark_group("blacklist_1m");
    let mut k = 0usize;
    g.bench_function("baseline_hashmap_get_code", |b| {
        b.iter(|| {
            k = (k + 1) & 4095;
            black_box(plain_codes.get(by_code[k].credit_code.as_ref().expect("a code")))
        })
    });
    let mut k = 0usize;
    g.bench_function("baseline_normalize_and_hashmap_get_name", |b| {
        b.iter(|| {
            k = (k + 1) & 4095;
            black_box(plain_names.get(&normalize_org_name(&by_name[k].name)))
        })
    });
    let mut run = |label: &str, qs: &[Identity]| {
        let mut k = 0usize;
        g.bench_function(label, |b| {
            b.iter(|| {
                k = (k + 1) & 4095;
                black_box(reg.screen(&qs[k], on, domain).hits.len())
            })
        });
    };
    run("screen_by_credit_code", &by_code);
    run("screen_by_name", &by_name);
    run("screen_by_credit_code_miss", &code_misses);
    run("screen_by_name_miss", &name_misses);
    let mut k = 0usize;
    g.bench_function("screen_query_code_and_name_parsed", |b| {
        b.iter(|| {
            k = (k + 1) & 4095;
            black_box(reg.screen_query(&queries[k], on).hits.len())
        })
    });
    let mut k = 0usize;
    g.bench_function("screen_and_explain_json", |b| {
        b.iter(|| {
            k = (k + 1) & 4095;
            black_box(
                reg.screen(&by_code[k], on, domain)
                    .to_json(gongkai::Lang::ZhCn)
                    .len(),
            )
        })
    });
    g.finish();
}

/// One screen by credit code, out of line so that valgrind can count it alone: the hits
/// matched by identifier.
#[inline(never)]
fn screen_code_once(reg: &Registry, q: &Identity, on: NaiveDate) -> usize {
    let r = reg.screen(q, on, Some(Domain::GovernmentProcurement));
    r.hits
        .iter()
        .filter(|h| h.matched_on.is_identifier())
        .count()
}

/// One screen by name, out of line (and unlike the one above, so that the linker does not
/// fold the two into one function): the hits matched by name.
#[inline(never)]
fn screen_name_once(reg: &Registry, q: &Identity, on: NaiveDate) -> usize {
    let r = reg.screen(q, on, Some(Domain::GovernmentProcurement));
    r.hits
        .iter()
        .filter(|h| !h.matched_on.is_identifier())
        .count()
}

/// The baseline: one bare `HashMap` get, out of line.
#[inline(never)]
fn baseline_code_once(
    map: &std::collections::HashMap<UnifiedSocialCreditCode, u32>,
    q: &Identity,
) -> usize {
    q.credit_code
        .as_ref()
        .and_then(|c| map.get(c))
        .map_or(0, |&i| i as usize)
}

/// The valgrind run (see the top of this file): build, then 262,144 cold calls of each kind.
fn profile(n: u32) {
    let reg = Registry::from_entries((0..n).map(entry)).expect("distinct entries");
    let on = NaiveDate::from_ymd_opt(2024, 6, 1).expect("date");
    let spread: Vec<u32> = (0..1u32 << 18)
        .map(|k| k.wrapping_mul(2_654_435_761) % n)
        .map(|i| if i % 10 == 9 { i - 1 } else { i })
        .collect();
    let by_code: Vec<Identity> = spread
        .iter()
        .map(|&i| Identity::organization("", Some(credit_code(i))))
        .collect();
    let by_name: Vec<Identity> = spread
        .iter()
        .map(|&i| Identity::organization(org_name(i), None))
        .collect();
    let mut plain = std::collections::HashMap::with_capacity(n as usize);
    for i in (0..n).filter(|i| i % 10 != 9) {
        plain.insert(credit_code(i), i);
    }
    let hits: usize = by_code.iter().map(|q| screen_code_once(&reg, q, on)).sum();
    let found: usize = by_code.iter().map(|q| baseline_code_once(&plain, q)).sum();
    let named: usize = by_name.iter().map(|q| screen_name_once(&reg, q, on)).sum();
    assert_eq!((hits, named), (by_code.len(), by_name.len()));
    println!("profiled {} calls of each ({found})", by_code.len());
}

fn main() {
    let n: u32 = std::env::var("BLACKLIST_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    if std::env::var_os("BLACKLIST_BENCH_PROFILE").is_some() {
        profile(n);
        return;
    }
    let reg = measure(n);
    let mut c = Criterion::default()
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    screening(&mut c, &reg, n);
    c.final_summary();
}
