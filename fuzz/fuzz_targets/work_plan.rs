//! Arbitrary bytes as a work plan for `gongkai_engine_validate_work_plan` (the first byte picks
//! the language) or, with the second bit of that byte set, as the input of
//! `gongkai_engine_obligations`. Any status is fine; a crash, a panic, an output written on
//! failure or a result that is not NUL-terminated UTF-8 is not.
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

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let mut out = ptr::null_mut();
        // SAFETY: no configuration (NULL, 0) is the national engine; a valid out pointer.
        let status = unsafe { gongkai_engine_new(ptr::null(), 0, &mut out) };
        assert_eq!(status, gongkai_status::Ok);
        Engine(out)
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, text)) = data.split_first() else {
        return;
    };
    let mut result: *mut gongkai_string = ptr::null_mut();
    // SAFETY: a live engine, `text.len()` readable bytes, a valid out pointer.
    let status = unsafe {
        if pick & 2 == 0 {
            let lang = u32::from(pick & 1);
            gongkai_engine_validate_work_plan(
                engine().0,
                text.as_ptr().cast(),
                text.len(),
                lang,
                &mut result,
            )
        } else {
            gongkai_engine_obligations(engine().0, text.as_ptr().cast(), text.len(), &mut result)
        }
    };
    assert_ne!(status, gongkai_status::Panic);
    if status != gongkai_status::Ok {
        assert!(result.is_null(), "no output on failure");
        return;
    }
    // SAFETY: a live string the call above returned on success, not used again.
    unsafe { common::check_and_free(result, b"") };
});
