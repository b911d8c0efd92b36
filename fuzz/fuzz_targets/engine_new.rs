//! Arbitrary bytes as an engine configuration for `gongkai_engine_new`: local rule layers,
//! calendar years, local days off, blacklist entries, an `encoding`. Any status is fine; a
//! crash, a panic or an engine written on failure is not.
#![no_main]

use std::ptr;

use gongkai::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|config: &[u8]| {
    let mut engine: *mut gongkai_engine = ptr::null_mut();
    // SAFETY: `config.len()` readable bytes; a valid out pointer.
    let status = unsafe { gongkai_engine_new(config.as_ptr().cast(), config.len(), &mut engine) };
    assert_ne!(status, gongkai_status::Panic);
    if status != gongkai_status::Ok {
        assert!(engine.is_null(), "no output on failure");
        return;
    }
    // An engine that was built judges a record.
    let record = br#"{"id":"1","domain":"governmentProcurement","item":"procurementResult","title":"t","responsibleBody":{"name":"b"},"formedOn":"2024-09-27","status":"pending","channels":[],"content":{}}"#;
    let mut report: *mut gongkai_string = ptr::null_mut();
    // SAFETY: a live engine, the record's bytes, a valid out pointer; freed once.
    unsafe {
        let s = gongkai_engine_validate(
            engine,
            record.as_ptr().cast(),
            record.len(),
            20241010,
            &mut report,
        );
        assert_ne!(s, gongkai_status::Panic);
        gongkai_string_free(report);
        gongkai_engine_free(engine);
    }
});
