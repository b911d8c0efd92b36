//! Arbitrary bytes as a record for `gongkai_engine_validate`. The first byte chooses the engine
//! (UTF-8 or GB18030 input), the language and the day; the rest is the record.
//!
//! Any status is fine; what must not happen is a crash, a panic (libfuzzer-sys aborts on one,
//! even though the panic boundary would catch it), an output written on failure, or a report
//! that is not NUL-terminated UTF-8.
#![no_main]

use std::ptr;
use std::sync::OnceLock;

use gongkai::*;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

struct Engines([*mut gongkai_engine; 2]);
// SAFETY: engines are immutable after construction (the header's promise).
unsafe impl Send for Engines {}
// SAFETY: as above.
unsafe impl Sync for Engines {}

fn engines() -> &'static Engines {
    static ENGINES: OnceLock<Engines> = OnceLock::new();
    ENGINES.get_or_init(|| {
        let mut out = [ptr::null_mut(); 2];
        for (slot, config) in out.iter_mut().zip(["", r#"{"encoding":"gb18030"}"#]) {
            // SAFETY: `config.len()` readable bytes; a valid out pointer.
            let status = unsafe { gongkai_engine_new(config.as_ptr().cast(), config.len(), slot) };
            assert_eq!(status, gongkai_status::Ok);
        }
        Engines(out)
    })
}

const DAYS: [u32; 8] = [
    20241010, 20240101, 20261231, 20270301, 20180101, 0, 20240230, 20250630,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, record)) = data.split_first() else {
        return;
    };
    let engine = engines().0[usize::from(pick & 1)];
    let lang = u32::from(pick >> 1 & 1);
    let today = DAYS[usize::from(pick >> 2 & 7)];
    let mut report: *mut gongkai_string = ptr::null_mut();
    // SAFETY: a live engine, `record.len()` readable bytes, a valid out pointer.
    let status = unsafe {
        gongkai_engine_validate_lang(
            engine,
            record.as_ptr().cast(),
            record.len(),
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
