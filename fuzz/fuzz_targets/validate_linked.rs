//! Arbitrary bytes as a record and its linked records for `gongkai_engine_validate_linked`. The
//! first byte chooses the language and the day; the rest is the record, then a NUL byte, then
//! the related records (`[]` when there is no NUL).
//!
//! Any status is fine; what must not happen is a crash, a panic, an output written on failure,
//! or a report that is not NUL-terminated UTF-8.
#![no_main]

use std::ptr;
use std::sync::OnceLock;

use gongkai::*;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

struct Engine(*mut gongkai_engine);
// SAFETY: engines are immutable after construction (the header's promise).
unsafe impl Send for Engine {}
// SAFETY: as above.
unsafe impl Sync for Engine {}

fn engine() -> *mut gongkai_engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            let mut out = ptr::null_mut();
            // SAFETY: no configuration (NULL, 0); a valid out pointer.
            let status = unsafe { gongkai_engine_new(ptr::null(), 0, &mut out) };
            assert_eq!(status, gongkai_status::Ok);
            Engine(out)
        })
        .0
}

const DAYS: [u32; 4] = [20241010, 20261231, 20180101, 0];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let (record, related): (&[u8], &[u8]) = match rest.iter().position(|&b| b == 0) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, b"[]"),
    };
    let lang = u32::from(pick & 1);
    let today = DAYS[usize::from(pick >> 1 & 3)];
    let mut report: *mut gongkai_string = ptr::null_mut();
    // SAFETY: a live engine, readable slices, a valid out pointer.
    let status = unsafe {
        gongkai_engine_validate_linked(
            engine(),
            record.as_ptr().cast(),
            record.len(),
            related.as_ptr().cast(),
            related.len(),
            today,
            lang,
            &mut report,
        )
    };
    assert_ne!(status, gongkai_status::Panic);
    if status != gongkai_status::Ok {
        assert!(report.is_null(), "no output on failure");
        return;
    }
    // SAFETY: a live string the call above returned on success, not used again.
    unsafe { common::check_and_free(report, b"{\"recordId\":") };
});
