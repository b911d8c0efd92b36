//! One typical record validated through the C ABI and through the Rust API, side by side: JSON
//! text in, the report's JSON text out, in both.
//!
//! `cargo bench -p gongkai-ffi --bench ffi`. The target (issue 5): the C ABI within 1.2× of
//! the Rust API. The C path adds the UTF-8 check of the input (the Rust API takes a `&str`), the
//! `gongkai_string` box around the report, and the panic boundary.
//!
//! On a shared machine the two criterion figures are taken seconds apart and drift with the
//! load, so the bench also prints the ratio of the best times of many short interleaved rounds
//! (each round times the two paths back to back), which the load disturbs far less.

use std::hint::black_box;
use std::ptr;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use gongkai::*;
use gongkai_core::{Context, Engine, Lang};

/// A procurement result with every element, published after the National Day block of 2024:
/// one deadline finding with its explanation (the golden vector of that name).
fn typical_record() -> String {
    let vector: serde_json::Value = serde_json::from_str(include_str!(
        "../../tests/vectors/deadline-national-day-2024-late.json"
    ))
    .expect("the vector is JSON");
    vector["record"].to_string()
}

fn validate(c: &mut Criterion) {
    let record = typical_record();
    let rust_engine = Engine::national();
    let ctx = Context::new("2024-10-10".parse().expect("a date"));

    let mut c_engine = ptr::null_mut();
    // SAFETY: NULL configuration (national), a valid out pointer.
    let status = unsafe { gongkai_engine_new(ptr::null(), 0, &mut c_engine) };
    assert_eq!(status, gongkai_status::Ok);

    // Both paths give the same bytes.
    let rust_json = rust_engine
        .validate_json(&record, &ctx)
        .expect("the record parses")
        .to_json(Lang::ZhCn);
    let mut out = ptr::null_mut();
    // SAFETY: a live engine, `record.len()` readable bytes, a valid out pointer.
    let status = unsafe {
        gongkai_engine_validate(
            c_engine,
            record.as_ptr().cast(),
            record.len(),
            20241010,
            &mut out,
        )
    };
    assert_eq!(status, gongkai_status::Ok);
    // SAFETY: a live string, read then freed once.
    unsafe {
        let bytes = std::slice::from_raw_parts(
            gongkai_string_ptr(out).cast::<u8>(),
            gongkai_string_len(out),
        );
        assert_eq!(bytes, rust_json.as_bytes());
        gongkai_string_free(out);
    }

    let rust_path = || {
        let report = rust_engine
            .validate_json(black_box(&record), &ctx)
            .expect("the record parses");
        black_box(report.to_json(Lang::ZhCn));
    };
    let c_path = || {
        let record = black_box(&record);
        let mut out = ptr::null_mut();
        // SAFETY: a live engine, `record.len()` readable bytes, a valid out pointer; the string
        // is read and freed once.
        unsafe {
            let status = gongkai_engine_validate(
                c_engine,
                record.as_ptr().cast(),
                record.len(),
                20241010,
                &mut out,
            );
            assert_eq!(status, gongkai_status::Ok);
            black_box((gongkai_string_ptr(out), gongkai_string_len(out)));
            gongkai_string_free(out);
        }
    };
    interleaved_ratio(&rust_path, &c_path);

    let mut group = c.benchmark_group("validate_one_record");
    group.bench_function("rust_api", |b| b.iter(rust_path));
    group.bench_function("c_abi", |b| b.iter(c_path));
    group.finish();
    // SAFETY: a live engine, freed once.
    unsafe { gongkai_engine_free(c_engine) };
}

/// The best time per call of each path over interleaved rounds, and their ratio.
fn interleaved_ratio(rust_path: &dyn Fn(), c_path: &dyn Fn()) {
    const ROUNDS: usize = 200;
    const CALLS: u32 = 200;
    let time = |f: &dyn Fn()| {
        let start = Instant::now();
        for _ in 0..CALLS {
            f();
        }
        start.elapsed() / CALLS
    };
    let (mut best_rust, mut best_c) = (Duration::MAX, Duration::MAX);
    for round in 0..ROUNDS {
        // Alternate which goes first, so neither always follows the other.
        let (r, c) = if round % 2 == 0 {
            let r = time(rust_path);
            (r, time(c_path))
        } else {
            let c = time(c_path);
            (time(rust_path), c)
        };
        best_rust = best_rust.min(r);
        best_c = best_c.min(c);
    }
    println!(
        "validate_one_record, best of {ROUNDS} interleaved rounds of {CALLS} calls: \
         rust_api {best_rust:.2?}, c_abi {best_c:.2?}, ratio c_abi/rust_api {:.3}",
        best_c.as_secs_f64() / best_rust.as_secs_f64()
    );
}

criterion_group!(benches, validate);
criterion_main!(benches);
