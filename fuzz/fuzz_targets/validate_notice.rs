//! Arbitrary bytes as a published notice for `gongkai_engine_validate_notice`. The first byte
//! chooses the engine (UTF-8 or GB18030 input), the language and the options (NULL, a day, a
//! page's address and fetch day, a date that does not exist, JSON that is not options); the rest
//! is the notice, text or HTML.
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

/// The options a pick stands for; `None` passes NULL.
const OPTIONS: [Option<&str>; 8] = [
    Some(r#"{"fetchedOn":"2025-07-02"}"#),
    Some(r#"{"url":"https://ggzy.example.gov.cn/a/1.html","fetchedOn":"2024-10-08","today":"2024-12-31"}"#),
    None,
    Some(r#"{"today":"2024-02-30"}"#),
    Some(r#"{"today":"2027-03-01"}"#),
    Some(""),
    Some("[1,"),
    Some(r#"{"today":"2019-01-02","extra":true}"#),
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, notice)) = data.split_first() else {
        return;
    };
    let engine = engines().0[usize::from(pick & 1)];
    let lang = u32::from(pick >> 1 & 1);
    let options = OPTIONS[usize::from(pick >> 2 & 7)];
    let (o, n) = options.map_or((ptr::null(), 0), |o| (o.as_ptr().cast(), o.len()));
    let mut report: *mut gongkai_string = ptr::null_mut();
    // SAFETY: a live engine, `notice.len()` readable bytes, NULL or `n` readable bytes of
    // options, a valid out pointer.
    let status = unsafe {
        gongkai_engine_validate_notice(
            engine,
            notice.as_ptr().cast(),
            notice.len(),
            o,
            n,
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
    unsafe { common::check_and_free(report, b"{\"ok\":") };
});
