//! Arbitrary bytes for the catalogue check and the baseline catalogue, through C
//! (`gongkai_engine_check_catalogue`, `gongkai_engine_baseline_catalogue`), and as a penalty
//! decision's record (`gongkai_engine_entry_from_decision`). The first byte picks the language
//! (bit 0) and the call (bits 1-2: check, baseline, entry); for the check the rest is the options,
//! a NUL byte, then the catalogue (every domain's options when there is no NUL).
//!
//! Any status is fine; a crash, a panic, an output written on failure or a result that is not
//! NUL-terminated UTF-8 is not.
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

const EVERY_DOMAIN: &[u8] = br#"{"domains": ["housing", "landUseRights", "miningRights",
 "governmentProcurement", "statePropertyRights", "constructionBidding"]}"#;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let lang = u32::from(pick & 1);
    let mut result: *mut gongkai_string = ptr::null_mut();
    let (status, start): (gongkai_status, &[u8]) = match pick >> 1 & 3 {
        0 | 3 => {
            let (options, catalogue): (&[u8], &[u8]) = match rest.iter().position(|&b| b == 0) {
                Some(at) => (&rest[..at], &rest[at + 1..]),
                None => (EVERY_DOMAIN, rest),
            };
            // SAFETY: a live engine, readable slices, a valid out pointer.
            let status = unsafe {
                gongkai_engine_check_catalogue(
                    engine(),
                    catalogue.as_ptr().cast(),
                    catalogue.len(),
                    options.as_ptr().cast(),
                    options.len(),
                    lang,
                    &mut result,
                )
            };
            (status, b"{\"ok\":")
        }
        1 => {
            // SAFETY: a live engine, a readable slice, a valid out pointer.
            let status = unsafe {
                gongkai_engine_baseline_catalogue(engine(), rest.as_ptr().cast(), rest.len(), &mut result)
            };
            (status, b"[")
        }
        _ => {
            // SAFETY: a live engine, a readable slice, a valid out pointer.
            let status = unsafe {
                gongkai_engine_entry_from_decision(engine(), rest.as_ptr().cast(), rest.len(), &mut result)
            };
            (status, b"{\"id\":")
        }
    };
    assert_ne!(status, gongkai_status::Panic);
    if status != gongkai_status::Ok {
        assert!(result.is_null(), "no output on failure");
        return;
    }
    // SAFETY: a live string the call above returned on success, not used again.
    unsafe { common::check_and_free(result, start) };
});
