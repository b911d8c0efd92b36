//! Arbitrary bytes as a screening query for `gongkai_engine_screen_lang`, against an engine
//! whose blacklist has entries by credit code, ID number and name. The first byte picks the
//! language and the day. Any status is fine; a crash, a panic, an output written on failure or
//! a result that is not NUL-terminated UTF-8 JSON is not.
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

const CONFIG: &str = include_str!("../seeds/screen-config.json");

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut out = ptr::null_mut();
        // SAFETY: `CONFIG.len()` readable bytes; a valid out pointer.
        let status = unsafe { gongkai_engine_new(CONFIG.as_ptr().cast(), CONFIG.len(), &mut out) };
        assert_eq!(status, gongkai_status::Ok);
        Engine(out)
    })
}

const DAYS: [u32; 4] = [20240927, 20260101, 20180101, 0];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, query)) = data.split_first() else {
        return;
    };
    let lang = u32::from(pick & 1);
    let on = DAYS[usize::from(pick >> 1 & 3)];
    let mut result: *mut gongkai_string = ptr::null_mut();
    // SAFETY: a live engine, `query.len()` readable bytes, a valid out pointer.
    let status = unsafe {
        gongkai_engine_screen_lang(
            engine().0,
            query.as_ptr().cast(),
            query.len(),
            on,
            lang,
            &mut result,
        )
    };
    assert_ne!(status, gongkai_status::Panic);
    if status != gongkai_status::Ok {
        assert!(result.is_null(), "no output on failure");
        return;
    }
    // SAFETY: a live string the call above returned on success, not used again.
    unsafe { common::check_and_free(result, b"{") };
});
