//! Throughput of the working-day queries, against a day-by-day loop over the same calendar.
//!
//! `cargo bench -p gongkai --bench calendar`

use std::hint::black_box;

use chrono::{Days, NaiveDate};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use gongkai::calendar::Calendar;

/// The textbook implementation: step one day at a time, asking each day whether it is a working
/// day (an O(1) lookup itself). Only for comparison: positive `n`, covered dates.
fn naive_add_workdays(cal: &Calendar, date: NaiveDate, n: i32) -> NaiveDate {
    let (mut day, mut left) = (date, n);
    while left > 0 {
        day = day.succ_opt().expect("in range");
        if cal.is_workday(day).expect("covered") {
            left -= 1;
        }
    }
    day
}

/// The working days in `(a, b]`, one day at a time; only for `a <= b`.
fn naive_workdays_between(cal: &Calendar, a: NaiveDate, b: NaiveDate) -> i32 {
    let mut count = 0;
    let mut day = a;
    while day < b {
        day = day.succ_opt().expect("in range");
        count += i32::from(cal.is_workday(day).expect("covered"));
    }
    count
}

/// Deterministic pseudo-random (date, n) pairs: dates in 2018-2025, `n` in `range`.
fn inputs(range: std::ops::RangeInclusive<i32>) -> Vec<(NaiveDate, i32)> {
    let start = NaiveDate::from_ymd_opt(2018, 1, 1).unwrap();
    let span = (*range.end() - *range.start() + 1) as u64;
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..1024)
        .map(|_| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            let day = start + Days::new((state >> 33) % (8 * 365));
            let n = *range.start() + ((state >> 11) % span) as i32;
            (day, n)
        })
        .collect()
}

fn add_workdays(c: &mut Criterion) {
    let cal = Calendar::official();
    for (label, range) in [("1..=40", 1..=40), ("200..=260", 200..=260)] {
        let inputs = inputs(range);
        for &(day, n) in &inputs {
            assert_eq!(
                cal.add_workdays(day, n).unwrap(),
                naive_add_workdays(&cal, day, n)
            );
        }
        let mut group = c.benchmark_group(format!("add_workdays/n={label}"));
        group.throughput(Throughput::Elements(inputs.len() as u64));
        group.bench_function("table", |b| {
            b.iter(|| {
                for &(day, n) in &inputs {
                    black_box(cal.add_workdays(black_box(day), black_box(n)).unwrap());
                }
            })
        });
        group.bench_function("naive_loop", |b| {
            b.iter(|| {
                for &(day, n) in &inputs {
                    black_box(naive_add_workdays(&cal, black_box(day), black_box(n)));
                }
            })
        });
        group.finish();
    }
}

fn workdays_between(c: &mut Criterion) {
    let cal = Calendar::official();
    for (label, range) in [("1..=60", 1..=60), ("300..=365", 300..=365)] {
        let pairs: Vec<_> = inputs(range)
            .into_iter()
            .map(|(a, days)| (a, a + Days::new(days as u64)))
            .collect();
        for &(a, b) in &pairs {
            assert_eq!(
                cal.workdays_between(a, b).unwrap(),
                naive_workdays_between(&cal, a, b)
            );
        }
        let mut group = c.benchmark_group(format!("workdays_between/days={label}"));
        group.throughput(Throughput::Elements(pairs.len() as u64));
        group.bench_function("table", |b| {
            b.iter(|| {
                for &(a, z) in &pairs {
                    black_box(cal.workdays_between(black_box(a), black_box(z)).unwrap());
                }
            })
        });
        group.bench_function("naive_loop", |b| {
            b.iter(|| {
                for &(a, z) in &pairs {
                    black_box(naive_workdays_between(&cal, black_box(a), black_box(z)));
                }
            })
        });
        group.finish();
    }
}

fn is_workday(c: &mut Criterion) {
    let cal = Calendar::official();
    let days: Vec<_> = inputs(0..=0).into_iter().map(|(day, _)| day).collect();
    let mut group = c.benchmark_group("is_workday");
    group.throughput(Throughput::Elements(days.len() as u64));
    group.bench_function("table", |b| {
        b.iter(|| {
            for &day in &days {
                black_box(cal.is_workday(black_box(day)).unwrap());
            }
        })
    });
    group.finish();
}

fn official(c: &mut Criterion) {
    c.bench_function("Calendar::official", |b| {
        b.iter(|| black_box(Calendar::official()))
    });
}

criterion_group!(
    benches,
    add_workdays,
    workdays_between,
    is_workday,
    official
);
criterion_main!(benches);
