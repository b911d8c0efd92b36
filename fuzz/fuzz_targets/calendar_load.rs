//! Arbitrary bytes for `gongkai_calendar_load` (text format, or holiday-cn JSON when it starts
//! with `{`). A calendar that loads is queried across its years and freed.
#![no_main]

use std::ptr;

use gongkai::*;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut calendar: *mut gongkai_calendar = ptr::null_mut();
    // SAFETY: `data.len()` readable bytes; a valid out pointer.
    let status = unsafe { gongkai_calendar_load(data.as_ptr().cast(), data.len(), &mut calendar) };
    assert_ne!(status, gongkai_status::Panic);
    if status != gongkai_status::Ok {
        assert!(calendar.is_null(), "no output on failure");
        return;
    }
    // SAFETY: a live calendar, valid out pointers; freed once at the end.
    unsafe {
        let (mut first, mut last) = (0, 0);
        assert_eq!(
            gongkai_calendar_years(calendar, &mut first, &mut last),
            gongkai_status::Ok
        );
        assert!(first <= 2018 && last >= 2026);
        for year in [first, last] {
            for md in [101, 228, 501, 1001, 1231] {
                let date = year * 10_000 + md;
                let mut workday = false;
                let mut next = 0;
                let mut count = 0;
                assert_eq!(
                    gongkai_calendar_is_workday(calendar, date, &mut workday),
                    gongkai_status::Ok
                );
                let status = gongkai_calendar_add_workdays(calendar, date, 3, &mut next);
                if status == gongkai_status::Ok {
                    assert_eq!(
                        gongkai_calendar_workdays_between(calendar, date, next, &mut count),
                        gongkai_status::Ok
                    );
                    assert_eq!(count, 3, "add then count");
                } else {
                    assert_eq!(status, gongkai_status::YearNotCovered);
                }
            }
        }
        gongkai_calendar_free(calendar);
    }
});
