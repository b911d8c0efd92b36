//! Every export called directly: NULLs, empty and bad input, statuses, ownership.

use std::ffi::CStr;
use std::ptr;

use gongkai::*;

use crate::support::*;

/// A pointer value the library must leave alone when a call fails (never dereferenced).
fn sentinel<T>() -> *mut T {
    ptr::dangling_mut()
}

#[test]
fn version_is_the_package_version() {
    // SAFETY: the version is a static NUL-terminated string.
    let v = unsafe { CStr::from_ptr(gongkai_version()) };
    assert_eq!(v.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
    assert_eq!(v, gongkai::version());
}

#[test]
fn every_status_has_a_message_in_both_languages() {
    for &status in gongkai_status::ALL {
        let zh = gongkai_status_message(status as u32, gongkai_lang::ZhCn as u32);
        let en = gongkai_status_message(status as u32, gongkai_lang::En as u32);
        assert!(!zh.is_null() && !en.is_null());
        // SAFETY: static NUL-terminated strings.
        let (zh, en) = unsafe { (CStr::from_ptr(zh), CStr::from_ptr(en)) };
        let (zh, en) = (zh.to_str().unwrap(), en.to_str().unwrap());
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{status:?}");
        assert!(!zh.is_ascii(), "{status:?}: zh-CN message {zh:?}");
        // An unknown language is zh-CN.
        // SAFETY: a static NUL-terminated string.
        let fallback = unsafe { CStr::from_ptr(gongkai_status_message(status as u32, 99)) };
        assert_eq!(fallback.to_str().unwrap(), zh);
    }
    for unknown in [10, 99, 599, 9999, u32::MAX] {
        // SAFETY: static NUL-terminated strings.
        let en = unsafe { CStr::from_ptr(gongkai_status_message(unknown, 1)) };
        assert!(en.to_str().unwrap().contains("unknown status"));
    }
}

#[test]
fn free_null_does_nothing() {
    // SAFETY: NULL is allowed.
    unsafe {
        gongkai_string_free(ptr::null_mut());
        gongkai_calendar_free(ptr::null_mut());
        gongkai_engine_free(ptr::null_mut());
        assert!(gongkai_string_ptr(ptr::null()).is_null());
        assert_eq!(gongkai_string_len(ptr::null()), 0);
    }
}

#[test]
fn null_arguments_are_refused_and_outputs_left_alone() {
    let null = gongkai_status::NullArgument;
    let engine = national();
    let mut calendar = official_calendar().cast_mut();
    let (rec, rec_len) = text(RECORD);
    let (rule, rule_len) = text("GP-R43");
    let (code, code_len) = text("91110000600037341L");
    // SAFETY: every non-NULL pointer is valid; NULLs are what is tested.
    unsafe {
        let mut s: *mut gongkai_string = sentinel();
        assert_eq!(
            gongkai_engine_validate(ptr::null(), rec, rec_len, 20241010, &mut s),
            null
        );
        assert_eq!(
            gongkai_engine_validate(engine, ptr::null(), 0, 20241010, &mut s),
            null
        );
        assert_eq!(
            gongkai_engine_validate(engine, ptr::null(), rec_len, 20241010, &mut s),
            null
        );
        assert_eq!(
            gongkai_engine_validate(engine, rec, rec_len, 20241010, ptr::null_mut()),
            null
        );
        assert_eq!(
            gongkai_engine_validate_lang(ptr::null(), rec, rec_len, 20241010, 1, &mut s),
            null
        );
        assert_eq!(s, sentinel());

        let mut e: *mut gongkai_engine = sentinel();
        assert_eq!(gongkai_engine_new(ptr::null(), 0, ptr::null_mut()), null);
        assert_eq!(e, sentinel());
        assert_eq!(gongkai_engine_calendar(ptr::null(), &mut calendar), null);
        assert_eq!(gongkai_engine_calendar(engine, ptr::null_mut()), null);
        e = ptr::null_mut();
        let _ = e;

        let mut due = 7u32;
        assert_eq!(
            gongkai_engine_due_date(ptr::null(), rule, rule_len, 20240927, &mut due),
            null
        );
        assert_eq!(
            gongkai_engine_due_date(engine, ptr::null(), 6, 20240927, &mut due),
            null
        );
        assert_eq!(
            gongkai_engine_due_date(engine, rule, rule_len, 20240927, ptr::null_mut()),
            null
        );
        assert_eq!(due, 7);

        let mut c: *mut gongkai_calendar = sentinel();
        assert_eq!(gongkai_calendar_official(ptr::null_mut()), null);
        assert_eq!(gongkai_calendar_load(ptr::null(), 0, &mut c), null);
        assert_eq!(gongkai_calendar_load(rule, 0, ptr::null_mut()), null);
        assert_eq!(gongkai_calendar_extend(ptr::null(), rule, 0, &mut c), null);
        assert_eq!(
            gongkai_calendar_extend(calendar, ptr::null(), 0, &mut c),
            null
        );
        assert_eq!(c, sentinel());

        let (mut b, mut n, mut i) = (true, 7u32, 7i32);
        let (mut first, mut last) = (7u32, 7u32);
        assert_eq!(
            gongkai_calendar_is_workday(ptr::null(), 20240929, &mut b),
            null
        );
        assert_eq!(
            gongkai_calendar_is_workday(calendar, 20240929, ptr::null_mut()),
            null
        );
        assert_eq!(
            gongkai_calendar_add_workdays(ptr::null(), 20240927, 1, &mut n),
            null
        );
        assert_eq!(
            gongkai_calendar_add_workdays(calendar, 20240927, 1, ptr::null_mut()),
            null
        );
        assert_eq!(
            gongkai_calendar_add_workdays_signed(ptr::null(), 20240927, -1, &mut n),
            null
        );
        assert_eq!(
            gongkai_calendar_workdays_between(ptr::null(), 20240927, 20241008, &mut i),
            null
        );
        assert_eq!(
            gongkai_calendar_workdays_between(calendar, 20240927, 20241008, ptr::null_mut()),
            null
        );
        assert_eq!(
            gongkai_calendar_years(ptr::null(), &mut first, &mut last),
            null
        );
        assert_eq!(
            gongkai_calendar_years(calendar, ptr::null_mut(), &mut last),
            null
        );
        assert_eq!(
            gongkai_calendar_years(calendar, &mut first, ptr::null_mut()),
            null
        );
        assert_eq!((b, n, i, first, last), (true, 7, 7, 7, 7));

        assert_eq!(gongkai_uscc_check(ptr::null(), code_len), null);
        assert_eq!(gongkai_uscc_check(ptr::null(), 0), null);
        assert_eq!(gongkai_id_number_check(ptr::null(), 18), null);
        assert_eq!(
            gongkai_id_number_check_as_of(ptr::null(), 18, 20240101),
            null
        );
        assert_eq!(gongkai_uscc_check(code, code_len), gongkai_status::Ok);

        assert_eq!(gongkai_last_error_message(0, ptr::null_mut()), null);
    }
    assert!(last_error(gongkai_lang::En).contains("is NULL"));
}

#[test]
fn null_argument_message_names_the_argument() {
    // SAFETY: NULL is what is tested.
    let status = unsafe { gongkai_calendar_official(ptr::null_mut()) };
    assert_eq!(status, gongkai_status::NullArgument);
    assert_eq!(last_error(gongkai_lang::En), "argument out is NULL");
    assert_eq!(last_error(gongkai_lang::ZhCn), "参数 out 为 NULL");
}

#[test]
#[cfg_attr(miri, ignore = "builds five engines: slow under Miri")]
fn null_empty_and_blank_configurations_are_national() {
    for config in [
        None,
        Some(""),
        Some("  \n"),
        Some("{}"),
        Some(r#"{"encoding":"utf-8"}"#),
    ] {
        let mut engine = ptr::null_mut();
        let (p, n) = config.map_or((ptr::null(), 5), text);
        // SAFETY: NULL or `n` readable bytes; a valid out pointer.
        let status = unsafe { gongkai_engine_new(p, n, &mut engine) };
        assert_eq!(status, gongkai_status::Ok, "{config:?}");
        let mut due = 0;
        let (r, rn) = text("GP-R43");
        // SAFETY: a live engine, readable bytes, a valid out pointer; freed once.
        unsafe {
            assert_eq!(
                gongkai_engine_due_date(engine, r, rn, 20240927, &mut due),
                gongkai_status::Ok
            );
            gongkai_engine_free(engine);
        }
        assert_eq!(due, 20240930);
    }
}

fn engine_status(config: &[u8]) -> gongkai_status {
    let mut engine: *mut gongkai_engine = sentinel();
    // SAFETY: `config.len()` readable bytes; a valid out pointer.
    let status = unsafe { gongkai_engine_new(config.as_ptr().cast(), config.len(), &mut engine) };
    if status == gongkai_status::Ok {
        // SAFETY: a live engine, freed once.
        unsafe { gongkai_engine_free(engine) };
    } else {
        assert_eq!(engine, sentinel(), "no output on failure");
    }
    status
}

#[test]
fn configurations_refused_before_building() {
    assert_eq!(engine_status(b"{\"rules\": "), gongkai_status::InvalidJson);
    assert_eq!(
        engine_status(b"{\"ruless\": {}}"),
        gongkai_status::InvalidJson
    );
    assert!(last_error(gongkai_lang::En).contains("ruless"));
    assert_eq!(
        engine_status(b"{\"x\": \"\xff\"}"),
        gongkai_status::InvalidUtf8
    );
    assert_eq!(
        engine_status(br#"{"encoding": "latin1"}"#),
        gongkai_status::UnsupportedEncoding
    );
    assert_eq!(
        engine_status(br#"{"encoding": 5}"#),
        gongkai_status::InvalidJson
    );
    assert!(last_error(gongkai_lang::En).contains("/encoding"));
}

#[test]
#[cfg_attr(miri, ignore = "builds several engines: slow under Miri")]
fn bad_configurations_have_specific_statuses() {
    assert_eq!(
        engine_status(br#"{"localDaysOff": [{"date": "2024-10-01", "name": "x"}]}"#),
        gongkai_status::CalendarLocalDayClash
    );
    assert_eq!(
        engine_status(br#"{"calendarYears": ["2027-01-04 workday"]}"#),
        gongkai_status::CalendarKindContradictsWeekday
    );
    let config = serde_json::json!({ "calendarYears": [TEXT_2027] }).to_string();
    assert_eq!(engine_status(config.as_bytes()), gongkai_status::Ok);
    let config = serde_json::json!({ "calendarYears": [HOLIDAY_CN_2027, HOLIDAY_CN_2027] });
    assert_eq!(
        engine_status(config.to_string().as_bytes()),
        gongkai_status::CalendarInvalidDate,
        "a holiday-cn year is an object: a string is the text format"
    );

    // A local layer whose row ends before it starts.
    let table: serde_json::Value =
        serde_json::from_str(include_str!("../../core/rules/national.json")).unwrap();
    let mut row = table["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "GP-R43")
        .unwrap()
        .clone();
    row["effectiveFrom"] = "2025-01-01".into();
    row["effectiveTo"] = "2024-01-01".into();
    let config = serde_json::json!({ "rules": { "rules": [row] } }).to_string();
    assert_eq!(
        engine_status(config.as_bytes()),
        gongkai_status::RulesInvalidTable
    );
}

#[test]
#[cfg_attr(miri, ignore = "slow under Miri: judged in validate_under_miri")]
fn validate_returns_the_rust_api_json() {
    let engine = engine("");
    let (status, json) = validate(engine, RECORD.as_bytes(), 20241010, gongkai_lang::ZhCn);
    assert_eq!(status, gongkai_status::Ok);
    let json = json.unwrap();
    let rust = gongkai_core::Engine::national()
        .validate_json(
            RECORD,
            &gongkai_core::Context::new("2024-10-10".parse().unwrap()),
        )
        .unwrap()
        .to_json(gongkai_core::Lang::ZhCn);
    assert_eq!(json, rust, "byte for byte the Rust API's JSON");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["recordId"], "T-1");
    assert_eq!(report["ok"], false);
    assert_eq!(report["findings"][0]["code"], "deadline.missed");

    // The same through gongkai_engine_validate, and in English.
    let mut out = ptr::null_mut();
    let (p, n) = text(RECORD);
    // SAFETY: a live engine, readable bytes, a valid out pointer.
    let status = unsafe { gongkai_engine_validate(engine, p, n, 20241010, &mut out) };
    assert_eq!(status, gongkai_status::Ok);
    assert_eq!(take(out), json);
    let (_, en) = validate(engine, RECORD.as_bytes(), 20241010, gongkai_lang::En);
    let en: serde_json::Value = serde_json::from_str(&en.unwrap()).unwrap();
    assert_eq!(en["findings"][0]["code"], "deadline.missed");
    assert_ne!(
        en["findings"][0]["message"],
        report["findings"][0]["message"]
    );
    // SAFETY: a live engine, freed once.
    unsafe { gongkai_engine_free(engine) };
}

#[test]
fn validate_under_miri() {
    // A small record, so that Miri judges it in reasonable time.
    let engine = national();
    let record = r#"{"id":"M","domain":"housing","item":"housingAllocationResult","title":"配租结果",
      "responsibleBody":{"name":"某局"},"formedOn":"2024-07-01","publishedOn":"2024-07-05",
      "status":"published","channels":["governmentWebsite"],
      "content":{"allotteeList":"张*明 等32户","housingAssigned":"安居苑32套"}}"#;
    let (status, json) = validate(engine, record.as_bytes(), 20240710, gongkai_lang::En);
    assert_eq!(status, gongkai_status::Ok);
    assert_eq!(json.unwrap(), r#"{"recordId":"M","ok":true,"findings":[]}"#);
}

#[test]
fn bad_records_and_dates_are_refused() {
    let engine = national();
    let cases: &[(&[u8], u32, gongkai_status)] = &[
        (b"", 20241010, gongkai_status::InvalidJson),
        (b"   ", 20241010, gongkai_status::InvalidJson),
        (
            b"{\"id\": \"T-1\", \"domain\": ",
            20241010,
            gongkai_status::InvalidJson,
        ),
        (
            &RECORD.as_bytes()[..RECORD.len() / 2],
            20241010,
            gongkai_status::InvalidJson,
        ),
        (b"[]", 20241010, gongkai_status::InvalidJson),
        (
            b"{\"id\": \"\xe5\xbc\"}",
            20241010,
            gongkai_status::InvalidUtf8,
        ),
        (b"\xff\xfe{}", 20241010, gongkai_status::InvalidUtf8),
        (RECORD.as_bytes(), 0, gongkai_status::InvalidDate),
        (RECORD.as_bytes(), 20240230, gongkai_status::InvalidDate),
        (RECORD.as_bytes(), 20241301, gongkai_status::InvalidDate),
        (RECORD.as_bytes(), u32::MAX, gongkai_status::InvalidDate),
    ];
    for (record, today, want) in cases {
        let (status, _) = validate(engine, record, *today, gongkai_lang::ZhCn);
        assert_eq!(
            status,
            *want,
            "{:?} {today}",
            String::from_utf8_lossy(record)
        );
    }
    let (status, _) = validate(engine, b"{\"id\": 1}", 20241010, gongkai_lang::En);
    assert_eq!(status, gongkai_status::InvalidJson);
    assert!(last_error(gongkai_lang::En).contains("/id"));
    // An unknown language.
    let mut out: *mut gongkai_string = sentinel();
    let (p, n) = text(RECORD);
    // SAFETY: a live engine, readable bytes, a valid out pointer.
    let status = unsafe { gongkai_engine_validate_lang(engine, p, n, 20241010, 2, &mut out) };
    assert_eq!((status, out), (gongkai_status::InvalidArgument, sentinel()));
}

#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn gb18030_input_when_configured() {
    let utf8 = engine("");
    let gbk = engine(r#"{"encoding": "gb18030"}"#);
    let gbk2 = engine(r#"{"encoding": "GBK", "localDaysOff": []}"#);
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(RECORD);
    assert!(!unmappable);
    assert_ne!(&*bytes, RECORD.as_bytes());
    let (_, want) = validate(utf8, RECORD.as_bytes(), 20241010, gongkai_lang::ZhCn);
    for engine in [gbk, gbk2] {
        let (status, got) = validate(engine, &bytes, 20241010, gongkai_lang::ZhCn);
        assert_eq!(status, gongkai_status::Ok);
        assert_eq!(got, want, "the report is UTF-8 whatever the input");
        // A lone lead byte is not GB18030.
        let mut bad = bytes.to_vec();
        bad.insert(10, 0x81);
        bad.insert(11, b'"');
        let (status, _) = validate(engine, &bad, 20241010, gongkai_lang::ZhCn);
        assert_eq!(status, gongkai_status::InvalidEncoding);
        // The offset is in the caller's bytes, not in the decoded text.
        let message = last_error(gongkai_lang::En);
        assert!(message.contains("from byte 10"), "{message}");
        // The rule id goes through the same decoder.
        let (r, n) = text("GP-R43");
        let mut due = 0;
        // SAFETY: a live engine, readable bytes, a valid out pointer.
        let status = unsafe { gongkai_engine_due_date(engine, r, n, 20240927, &mut due) };
        assert_eq!((status, due), (gongkai_status::Ok, 20240930));
    }
    // A JSON error's column counts the caller's bytes: two characters before it are 4 bytes of
    // GB18030 and 6 of UTF-8.
    let bad = r#"{"id":"公开","colour":1}"#;
    let (gbk_bad, _, _) = encoding_rs::GB18030.encode(bad);
    assert_eq!(
        validate(utf8, bad.as_bytes(), 20241010, gongkai_lang::En).0,
        gongkai_status::InvalidJson
    );
    let in_utf8 = last_error(gongkai_lang::En);
    assert_eq!(
        validate(gbk, &gbk_bad, 20241010, gongkai_lang::En).0,
        gongkai_status::InvalidJson
    );
    let in_gbk = last_error(gongkai_lang::En);
    assert!(in_utf8.contains("(line 1, column 23)"), "{in_utf8}");
    assert!(in_gbk.contains("(line 1, column 21)"), "{in_gbk}");
    // GBK bytes given to a UTF-8 engine.
    let (status, _) = validate(utf8, &bytes, 20241010, gongkai_lang::ZhCn);
    assert_eq!(status, gongkai_status::InvalidUtf8);
    // SAFETY: live engines, each freed once.
    unsafe {
        gongkai_engine_free(utf8);
        gongkai_engine_free(gbk);
        gongkai_engine_free(gbk2);
    }
}

fn due(engine: *const gongkai_engine, rule: &str, event: u32) -> (gongkai_status, u32) {
    let (r, n) = text(rule);
    let mut due = 0;
    // SAFETY: a live engine, readable bytes, a valid out pointer.
    let status = unsafe { gongkai_engine_due_date(engine, r, n, event, &mut due) };
    (status, due)
}

#[test]
fn due_dates() {
    let national = national();
    assert_eq!(
        due(national, "GP-R43", 20240927),
        (gongkai_status::Ok, 20240930)
    );
    // Across the National Day block of 2024.
    assert_eq!(
        due(national, "GP-R43", 20240930),
        (gongkai_status::Ok, 20241009)
    );
    assert_eq!(due(national, "GP-R43", 0).0, gongkai_status::InvalidDate);
    assert_eq!(
        due(national, "GP-R43", 20240931).0,
        gongkai_status::InvalidDate
    );
    assert_eq!(
        due(national, "GP-R43", 20270104).0,
        gongkai_status::YearNotCovered
    );
    assert_eq!(
        due(national, "GI-26", 20261225).0,
        gongkai_status::YearNotCovered
    );
    assert_eq!(
        due(national, "NO-SUCH", 20240927).0,
        gongkai_status::RulesUnknownRule
    );
    assert_eq!(
        due(national, "", 20240927).0,
        gongkai_status::RulesUnknownRule
    );
    assert_eq!(
        due(national, "GP-87-39", 20240927).0,
        gongkai_status::RulesNotADeadline
    );
    let (r, n) = text("GP-R\u{0}43");
    let mut d = 0;
    // SAFETY: a live engine, readable bytes, a valid out pointer.
    let status = unsafe { gongkai_engine_due_date(national, r, n, 20240927, &mut d) };
    assert_eq!(status, gongkai_status::RulesUnknownRule);
    let bad = b"GP-\xff";
    // SAFETY: as above.
    let status =
        unsafe { gongkai_engine_due_date(national, bad.as_ptr().cast(), 4, 20240927, &mut d) };
    assert_eq!(status, gongkai_status::InvalidUtf8);

    if cfg!(miri) {
        return; // another engine: slow under Miri
    }
    let config = serde_json::json!({ "calendarYears": [serde_json::from_str::<serde_json::Value>(HOLIDAY_CN_2027).unwrap()] });
    let with_2027 = engine(&config.to_string());
    assert_eq!(
        due(with_2027, "GP-R43", 20270205),
        (gongkai_status::Ok, 20270211)
    );
    // SAFETY: a live engine, freed once.
    unsafe { gongkai_engine_free(with_2027) };
}

fn official() -> *mut gongkai_calendar {
    let mut c = ptr::null_mut();
    // SAFETY: a valid out pointer.
    assert_eq!(
        unsafe { gongkai_calendar_official(&mut c) },
        gongkai_status::Ok
    );
    c
}

fn load(text_: &[u8]) -> (gongkai_status, *mut gongkai_calendar) {
    let mut c = sentinel();
    // SAFETY: readable bytes and a valid out pointer.
    let status = unsafe { gongkai_calendar_load(text_.as_ptr().cast(), text_.len(), &mut c) };
    if status != gongkai_status::Ok {
        assert_eq!(c, sentinel(), "no output on failure");
    }
    (status, c)
}

fn years(c: *const gongkai_calendar) -> (u32, u32) {
    let (mut first, mut last) = (0, 0);
    // SAFETY: a live calendar, valid out pointers.
    let status = unsafe { gongkai_calendar_years(c, &mut first, &mut last) };
    assert_eq!(status, gongkai_status::Ok);
    (first, last)
}

#[test]
fn calendar_queries() {
    let c = official_calendar();
    assert_eq!(years(c), (2018, 2026));
    let workday = |date| {
        let mut b = false;
        // SAFETY: a live calendar, a valid out pointer.
        let s = unsafe { gongkai_calendar_is_workday(c, date, &mut b) };
        (s, b)
    };
    assert_eq!(workday(20240929), (gongkai_status::Ok, true)); // make-up Sunday
    assert_eq!(workday(20241001), (gongkai_status::Ok, false));
    assert_eq!(workday(20241008), (gongkai_status::Ok, true));
    assert_eq!(workday(0).0, gongkai_status::InvalidDate);
    assert_eq!(workday(20270104).0, gongkai_status::YearNotCovered);
    assert_eq!(workday(20170104).0, gongkai_status::YearNotCovered);
    let add = |date, n| {
        let mut out = 0;
        // SAFETY: a live calendar, a valid out pointer.
        let s = unsafe { gongkai_calendar_add_workdays(c, date, n, &mut out) };
        (s, out)
    };
    assert_eq!(add(20240927, 0), (gongkai_status::Ok, 20240927));
    assert_eq!(add(20240927, 2), (gongkai_status::Ok, 20240930));
    assert_eq!(add(20240927, 3), (gongkai_status::Ok, 20241008));
    assert_eq!(add(20261231, 1).0, gongkai_status::YearNotCovered);
    assert_eq!(add(20240927, u32::MAX).0, gongkai_status::YearNotCovered);
    assert_eq!(add(20240927, 1 << 31).0, gongkai_status::YearNotCovered);
    assert_eq!(add(0, 1).0, gongkai_status::InvalidDate);
    let sub = |date, n| {
        let mut out = 0;
        // SAFETY: a live calendar, a valid out pointer.
        let s = unsafe { gongkai_calendar_add_workdays_signed(c, date, n, &mut out) };
        (s, out)
    };
    assert_eq!(sub(20241008, -1), (gongkai_status::Ok, 20240930));
    assert_eq!(sub(20241008, 0), (gongkai_status::Ok, 20241008));
    assert_eq!(sub(20180102, i32::MIN).0, gongkai_status::YearNotCovered);
    let between = |a, b| {
        let mut out = 0;
        // SAFETY: a live calendar, a valid out pointer.
        let s = unsafe { gongkai_calendar_workdays_between(c, a, b, &mut out) };
        (s, out)
    };
    assert_eq!(between(20240927, 20241008), (gongkai_status::Ok, 3));
    assert_eq!(between(20241008, 20240927), (gongkai_status::Ok, -3));
    assert_eq!(between(20240927, 20240927), (gongkai_status::Ok, 0));
    assert_eq!(
        between(20240927, 20270101).0,
        gongkai_status::YearNotCovered
    );
    assert_eq!(between(20240927, 1).0, gongkai_status::InvalidDate);
    // The official calendar on its own, freed.
    let own = official();
    assert_eq!(years(own), (2018, 2026));
    // SAFETY: a live calendar, freed once.
    unsafe { gongkai_calendar_free(own) };
}

#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn calendar_load_detects_the_format() {
    for text_ in [HOLIDAY_CN_2027, TEXT_2027] {
        let (status, c) = load(text_.as_bytes());
        assert_eq!(
            status,
            gongkai_status::Ok,
            "{}",
            last_error(gongkai_lang::En)
        );
        assert_eq!(years(c), (2018, 2027));
        let mut b = true;
        // SAFETY: a live calendar, a valid out pointer; freed once.
        unsafe {
            assert_eq!(
                gongkai_calendar_is_workday(c, 20270208, &mut b),
                gongkai_status::Ok
            );
            assert!(!b);
            assert_eq!(
                gongkai_calendar_is_workday(c, 20270220, &mut b),
                gongkai_status::Ok
            );
            assert!(b, "make-up Saturday");
            // The same year twice.
            let mut again = sentinel();
            let (p, n) = text(text_);
            assert_eq!(
                gongkai_calendar_extend(c, p, n, &mut again),
                gongkai_status::CalendarDuplicateYear
            );
            assert_eq!(again, sentinel());
            gongkai_calendar_free(c);
        }
    }
    // Leading whitespace before the JSON.
    let (status, c) = load(format!(" \n\t{HOLIDAY_CN_2027}").as_bytes());
    assert_eq!(status, gongkai_status::Ok);
    // SAFETY: a live calendar, freed once.
    unsafe { gongkai_calendar_free(c) };

    // Adding 2027, then 2028 to it, one document at a time.
    let (_, c2027) = load(HOLIDAY_CN_2027.as_bytes());
    let y2028 = TEXT_2027
        .replace("2027", "2028")
        .replace("2028-02-20 workday", "2028-02-19 workday")
        .replace("2028-01-01", "2028-01-03")
        .replace("2028-02-08", "2028-02-07")
        .replace("2028-02-09", "2028-02-08")
        .replace("2028-04-05", "2028-04-04")
        .replace("2028-05-03", "2028-05-01")
        .replace("2028-06-09", "2028-05-29")
        .replace("2028-10-01", "2028-10-02")
        .replace("2028-10-04", "2028-10-03");
    let mut c2028 = ptr::null_mut();
    let (p, n) = text(&y2028);
    // SAFETY: a live calendar, readable bytes, a valid out pointer; each freed once.
    unsafe {
        let status = gongkai_calendar_extend(c2027, p, n, &mut c2028);
        assert_eq!(
            status,
            gongkai_status::Ok,
            "{}",
            last_error(gongkai_lang::En)
        );
        assert_eq!(years(c2028), (2018, 2028));
        assert_eq!(years(c2027), (2018, 2027), "the base is unchanged");
        gongkai_calendar_free(c2027);
        assert_eq!(years(c2028), (2018, 2028), "independent of the base");
        gongkai_calendar_free(c2028);
    }
}

#[test]
#[cfg_attr(
    miri,
    ignore = "loads the official calendar for each case: slow under Miri"
)]
fn calendar_load_errors() {
    let cases: &[(&[u8], gongkai_status)] = &[
        (b"{", gongkai_status::CalendarJsonSyntax),
        (b"{\"year\": 2027}", gongkai_status::CalendarMissingField),
        (
            br#"{"year": 2027, "days": [{"name": "x", "name": "y"}]}"#,
            gongkai_status::CalendarDuplicateKey,
        ),
        (
            b"\xef\xbb\xbf{\"year\": 2027}",
            gongkai_status::CalendarMissingField,
        ),
        (
            b"2027-01-04 workday",
            gongkai_status::CalendarKindContradictsWeekday,
        ),
        (
            "2027-02-30 holiday 春节".as_bytes(),
            gongkai_status::CalendarInvalidDate,
        ),
        (
            "2027-01-01 holiday 圣诞节".as_bytes(),
            gongkai_status::CalendarUnknownFestival,
        ),
        (b"2027-01-01", gongkai_status::CalendarMissingField),
        (
            b"2027-01-01 sometimes",
            gongkai_status::CalendarInvalidField,
        ),
        (
            "2024-10-01 holiday 国庆节".as_bytes(),
            gongkai_status::CalendarDuplicateYear,
        ),
        (
            "2029-01-01 holiday 元旦".as_bytes(),
            gongkai_status::CalendarYearGap,
        ),
        (
            "2027-01-01 holiday 元旦".as_bytes(),
            gongkai_status::CalendarYearIncomplete,
        ),
        (
            b"2024-10-08 local x\n2024-10-08 local y",
            gongkai_status::CalendarDuplicateDate,
        ),
        (b"2024-10-01 local x", gongkai_status::CalendarLocalDayClash),
        (
            "# year 2027\n2028-01-03 holiday 元旦".as_bytes(),
            gongkai_status::CalendarDateOutsideYear,
        ),
        (b"2027-01-01 holiday \xff", gongkai_status::InvalidUtf8),
    ];
    // A file saved with a byte-order mark loads, in either format.
    for text in [TEXT_2027, HOLIDAY_CN_2027] {
        let (status, c) = load(format!("\u{feff}{text}").as_bytes());
        assert_eq!(
            status,
            gongkai_status::Ok,
            "{}",
            last_error(gongkai_lang::En)
        );
        // SAFETY: a live calendar, freed once.
        unsafe { gongkai_calendar_free(c) };
    }
    for (text_, want) in cases {
        let (status, _) = load(text_);
        assert_eq!(
            status,
            *want,
            "{:?}: {}",
            String::from_utf8_lossy(text_),
            last_error(gongkai_lang::En)
        );
    }
}

#[test]
fn identifiers_have_specific_statuses() {
    let uscc = |s: &str| {
        let (p, n) = text(s);
        // SAFETY: readable bytes.
        unsafe { gongkai_uscc_check(p, n) }
    };
    let id = |s: &str| {
        let (p, n) = text(s);
        // SAFETY: readable bytes.
        unsafe { gongkai_id_number_check(p, n) }
    };
    assert_eq!(uscc("91110000600037341L"), gongkai_status::Ok);
    assert_eq!(uscc(""), gongkai_status::UsccWrongLength);
    assert_eq!(
        uscc("91110000600037341K"),
        gongkai_status::UsccBadCheckCharacter
    );
    assert_eq!(id("11010519491231002X"), gongkai_status::Ok);
    assert_eq!(id(""), gongkai_status::IdNumberWrongLength);
    // SAFETY: readable bytes.
    unsafe {
        assert_eq!(
            gongkai_uscc_check(b"\xff".as_ptr().cast(), 1),
            gongkai_status::InvalidUtf8
        );
        let (p, n) = text("110105200002290013");
        assert_eq!(
            gongkai_id_number_check_as_of(p, n, 20240101),
            gongkai_status::Ok
        );
        assert_eq!(
            gongkai_id_number_check_as_of(p, n, 19990101),
            gongkai_status::IdNumberBirthDateInFuture
        );
        assert_eq!(
            gongkai_id_number_check_as_of(p, n, 0),
            gongkai_status::InvalidDate
        );
    }

    // Every vector of tests/vectors/identifiers/ids.json; an error code `a.b` is the status
    // GONGKAI_STATUS_A_B of the header.
    let header = crate::header::statuses();
    let vectors: serde_json::Value =
        serde_json::from_str(include_str!("../../tests/vectors/identifiers/ids.json")).unwrap();
    let mut n = 0;
    for (kind, check) in [("uscc", &uscc as &dyn Fn(&str) -> _), ("id_number", &id)] {
        for case in vectors[kind].as_array().unwrap() {
            let input = case["input"].as_str().unwrap();
            let want = match case["error"].as_str() {
                None => 0,
                Some(code) => {
                    let name = format!("GONGKAI_STATUS_{}", code.to_uppercase().replace('.', "_"));
                    *header
                        .get(&name)
                        .unwrap_or_else(|| panic!("{name} in gongkai.h"))
                }
            };
            assert_eq!(check(input) as u32, want, "{kind} {input:?}");
            n += 1;
        }
    }
    assert!(n >= 40, "{n} identifier vectors");
}

#[test]
fn every_core_error_has_its_own_status() {
    use gongkai_core::Error as E;
    use gongkai_core::calendar::{CalendarError as C, DayKind, Festival, Location};
    use gongkai_core::ids::{IdNumberError as I, UsccError as U};
    let at = || Location::Line(1);
    let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let calendar = [
        C::YearNotCovered { year: 2027 },
        C::InvalidDate {
            at: at(),
            text: String::new(),
        },
        C::MissingField {
            at: at(),
            field: "f",
        },
        C::InvalidField {
            at: at(),
            field: "f",
            value: String::new(),
        },
        C::UnknownFestival {
            at: at(),
            name: String::new(),
        },
        C::DuplicateDate { at: at(), date: d },
        C::KindContradictsWeekday {
            at: at(),
            date: d,
            kind: DayKind::MakeupWorkday,
        },
        C::LocalDayClash { at: at(), date: d },
        C::DateOutsideYear {
            at: at(),
            date: d,
            year: 2023,
        },
        C::DuplicateYear {
            at: at(),
            year: 2024,
        },
        C::YearGap { year: 2025 },
        C::YearIncomplete {
            year: 2024,
            missing: Festival::NewYear,
        },
        C::JsonSyntax { line: 1, column: 1 },
    ];
    let uscc = [
        U::WrongLength { len: 1 },
        U::InvalidCharacter {
            position: 1,
            found: 'I',
        },
        U::BadRegistrationAuthority { found: 'B' },
        U::BadEntityType {
            authority: '9',
            found: '4',
        },
        U::BadRegionCode { region: 0 },
        U::BadOrganizationCode {
            expected: '7',
            found: '0',
        },
        U::BadCheckCharacter {
            expected: 'R',
            found: '0',
        },
    ];
    let id = [
        I::WrongLength { len: 1 },
        I::InvalidCharacter {
            position: 1,
            found: 'Y',
        },
        I::BadRegionCode { region: 0 },
        I::BadBirthDate {
            year: 1800,
            month: 1,
            day: 1,
        },
        I::BadCheckCharacter {
            expected: '4',
            found: '7',
        },
        I::BirthDateInFuture {
            birth_date: d,
            today: d,
        },
    ];
    let mut errors: Vec<E> = vec![
        E::invalid_json("", ""),
        E::UnknownRule { id: String::new() },
        E::NotADeadline { id: String::new() },
        E::RuleTable {
            rule_id: String::new(),
            reason: String::new(),
        },
    ];
    errors.extend(calendar.into_iter().map(E::from));
    errors.extend(uscc.into_iter().map(E::from));
    errors.extend(id.into_iter().map(E::from));
    let header = crate::header::statuses();
    let mut seen = std::collections::BTreeMap::new();
    for e in &errors {
        let status = gongkai_status::of(e);
        assert_ne!(status, gongkai_status::UnknownError, "{e:?}");
        // The status is named after the code, except where several codes share one
        // (calendar.json_syntax is invalid JSON).
        let name = format!(
            "GONGKAI_STATUS_{}",
            e.code().to_uppercase().replace('.', "_")
        );
        if let Some(&value) = header.get(&name) {
            assert_eq!(status as u32, value, "{}", e.code());
        }
        seen.insert(e.code(), status);
    }
    assert_eq!(seen.len(), errors.len(), "one entry per code");
}

#[test]
fn last_error_message() {
    // A fresh thread has none.
    std::thread::spawn(|| assert_eq!(last_error(gongkai_lang::En), ""))
        .join()
        .unwrap();
    let engine = national();
    let (status, _) = validate(
        engine,
        b"{\"id\":\"x\",\"domain\":\"nowhere\"}",
        20241010,
        gongkai_lang::En,
    );
    assert_eq!(status, gongkai_status::InvalidJson);
    let en = last_error(gongkai_lang::En);
    let zh = last_error(gongkai_lang::ZhCn);
    assert!(en.contains("/domain"), "{en}");
    assert!(
        zh.contains("/domain") && zh.contains("JSON 输入无效"),
        "{zh}"
    );
    assert_eq!(
        last_error(gongkai_lang::En),
        en,
        "reading it does not change it"
    );
    // A success does not clear it; a bad language is refused without touching it.
    assert_eq!(due(engine, "GP-R43", 20240927).0, gongkai_status::Ok);
    let mut out: *mut gongkai_string = sentinel();
    // SAFETY: a valid out pointer.
    let status = unsafe { gongkai_last_error_message(7, &mut out) };
    assert_eq!((status, out), (gongkai_status::InvalidArgument, sentinel()));
    assert_eq!(last_error(gongkai_lang::En), en);
}

#[test]
fn strings_are_independent() {
    // Using a string after building another, freeing in any order.
    let c = official_calendar();
    // SAFETY: NULL is what is tested; then valid out pointers.
    unsafe {
        assert_eq!(
            gongkai_calendar_official(ptr::null_mut()),
            gongkai_status::NullArgument
        );
    }
    let mut first = ptr::null_mut();
    let mut second = ptr::null_mut();
    // SAFETY: valid out pointers; each string freed once.
    unsafe {
        assert_eq!(
            gongkai_last_error_message(1, &mut first),
            gongkai_status::Ok
        );
        assert_eq!(
            gongkai_calendar_is_workday(c, 0, ptr::null_mut()),
            gongkai_status::NullArgument
        );
        assert_eq!(
            gongkai_last_error_message(1, &mut second),
            gongkai_status::Ok
        );
        let p = gongkai_string_ptr(first);
        assert_eq!(CStr::from_ptr(p).to_str().unwrap(), "argument out is NULL");
        gongkai_string_free(second);
        assert_eq!(CStr::from_ptr(p).to_str().unwrap(), "argument out is NULL");
        gongkai_string_free(first);
    }
}

#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn one_engine_many_threads() {
    let engine = Shared(engine(""));
    let c = Shared(official());
    let want = validate(engine.0, RECORD.as_bytes(), 20241010, gongkai_lang::En).1;
    std::thread::scope(|scope| {
        for _ in 0..4 {
            let want = want.clone();
            scope.spawn(move || {
                let (engine, c) = (engine, c);
                for _ in 0..20 {
                    let got = validate(engine.0, RECORD.as_bytes(), 20241010, gongkai_lang::En).1;
                    assert_eq!(got, want);
                    let mut n = 0;
                    // SAFETY: a live calendar shared read-only; a valid out pointer.
                    let s = unsafe { gongkai_calendar_add_workdays(c.0, 20240927, 3, &mut n) };
                    assert_eq!((s, n), (gongkai_status::Ok, 20241008));
                }
            });
        }
    });
    // SAFETY: live handles no thread uses any more, each freed once.
    unsafe {
        gongkai_engine_free(engine.0);
        gongkai_calendar_free(c.0);
    }
}

#[test]
#[cfg_attr(miri, ignore = "builds an engine: slow under Miri")]
fn engine_calendar_has_the_local_days_off() {
    let engine = engine(r#"{"localDaysOff": [{"date": "2025-06-03", "name": "市民节"}]}"#);
    let mut c = ptr::null_mut();
    let mut b = true;
    // SAFETY: a live engine and calendar, valid out pointers; each freed once.
    unsafe {
        assert_eq!(gongkai_engine_calendar(engine, &mut c), gongkai_status::Ok);
        gongkai_engine_free(engine);
        assert_eq!(
            gongkai_calendar_is_workday(c, 20250603, &mut b),
            gongkai_status::Ok
        );
        assert!(!b);
        gongkai_calendar_free(c);
    }
}

/// The static code string of the thread's last failure.
fn last_code() -> String {
    // SAFETY: a static NUL-terminated string.
    unsafe { CStr::from_ptr(gongkai_last_error_code()) }
        .to_str()
        .unwrap()
        .to_owned()
}

/// Each status carries a core code, and the last failure's code is the core error's: a caller
/// tells one blacklist refusal from another by its status alone.
#[test]
fn statuses_carry_the_core_codes() {
    for &status in gongkai_status::ALL {
        // SAFETY: a static NUL-terminated string.
        let code = unsafe { CStr::from_ptr(gongkai_status_code(status as u32)) };
        assert!(!code.is_empty(), "{status:?}");
    }
    let decision = gongkai_core::blacklist::DecisionError::CODES;
    for code in gongkai_core::error::CODES.iter().chain(decision) {
        let status = gongkai_status::of_code(code);
        // SAFETY: a static NUL-terminated string.
        let back = unsafe { CStr::from_ptr(gongkai_status_code(status as u32)) };
        assert_eq!(back.to_str().unwrap(), *code);
        // The status is named after the code, the first ones excepted.
        let name = format!("GONGKAI_STATUS_{}", code.to_uppercase().replace('.', "_"));
        if let Some(&value) = crate::header::statuses().get(&name) {
            assert_eq!(status as u32, value, "{code}");
        }
    }
    // SAFETY: static strings.
    unsafe {
        assert_eq!(CStr::from_ptr(gongkai_status_code(10)).to_bytes(), b"");
        assert_eq!(CStr::from_ptr(gongkai_status_code(500)).to_bytes(), b"");
    }
    assert_eq!(
        gongkai_status::of(&gongkai_core::Error::BlacklistUnsupported { entries: 1 }),
        gongkai_status::ConfigBlacklistUnsupported
    );
}

#[test]
#[cfg_attr(miri, ignore = "builds engines: slow under Miri")]
fn blacklist_errors_have_their_own_statuses() {
    const ENTRY: &str = r#"{"id":"BL-1","subject":{"kind":"organization","name":"云江市某某科技有限公司",
        "creditCode":"91445400MAH8P03Q3P"},"conduct":{"category":"falseMaterials"},
        "decision":{"authority":"云江市财政局","number":"云财采罚〔2024〕7号","date":"2024-07-22"},
        "legalBasis":{"provision":"procurementLaw77"},"bars":"governmentProcurement",
        "ban":{"months":12},"listedOn":"2024-07-26"}"#;
    let long = ENTRY.replace(r#""months":12"#, r#""months":48"#);
    let config = format!(r#"{{"blacklist": [{long}]}}"#);
    assert_eq!(
        engine_status(config.as_bytes()),
        gongkai_status::BlacklistBanOutOfRange
    );
    assert_eq!(last_code(), "blacklist.ban_out_of_range");
    let twice = ENTRY.replace("云财采罚〔2024〕7号", "云财采罚〔2024〕8号");
    let config = format!(r#"{{"blacklist": [{ENTRY}, {twice}]}}"#);
    assert_eq!(
        engine_status(config.as_bytes()),
        gongkai_status::BlacklistDuplicateId
    );
    assert_eq!(last_code(), "blacklist.duplicate_id");
    assert!(last_error(gongkai_lang::ZhCn).contains("已被使用"));
}

/// A configuration with `encoding` is read once, from the caller's text: a key given twice is
/// refused and every error is placed where the caller wrote it.
#[test]
#[cfg_attr(miri, ignore = "builds engines: slow under Miri")]
fn a_configuration_with_encoding_is_read_from_the_callers_text() {
    assert_eq!(
        engine_status(br#"{"encoding": "gbk", "localDaysOff": [], "localDaysOff": []}"#),
        gongkai_status::InvalidJson
    );
    assert!(last_error(gongkai_lang::En).contains("duplicate field `localDaysOff`"));
    assert_eq!(
        engine_status(br#"{"encoding": "gbk", "localDaysOff": [],}"#),
        gongkai_status::InvalidJson
    );
    let e = last_error(gongkai_lang::En);
    assert!(
        e.contains("trailing comma") && !e.contains("unknown field"),
        "{e}"
    );
    let config = "{\"encoding\": \"gbk\",\n \"localDaysOff\": [\n  {\"name\": \"x\",\n   \"date\": \"2025-06-31\"}]}";
    assert_eq!(
        engine_status(config.as_bytes()),
        gongkai_status::InvalidJson
    );
    let e = last_error(gongkai_lang::En);
    assert!(
        e.contains("/localDaysOff/0/date (line 4, column 23)"),
        "{e}"
    );
    assert_eq!(
        engine_status(br#"{"encoding": "latin1"}"#),
        gongkai_status::UnsupportedEncoding
    );
    assert_eq!(last_code(), "config.unsupported_encoding");
}

/// Dates are YYYY-MM-DD with a year from 1949 to 2099, in JSON and as yyyymmdd.
#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn dates_are_strict_everywhere() {
    let engine = national();
    for bad in [
        " 2024-09-27",
        "24-9-27",
        "+2024-09-27",
        "0000-01-01",
        "2024-9-27",
    ] {
        let record = RECORD.replace(
            "\"2024-09-27\",\"publishedOn\"",
            &format!("\"{bad}\",\"publishedOn\""),
        );
        assert_ne!(record, RECORD);
        let (status, _) = validate(engine, record.as_bytes(), 20241010, gongkai_lang::En);
        assert_eq!(status, gongkai_status::InvalidJson, "{bad}");
        assert!(last_error(gongkai_lang::En).contains("/formedOn"), "{bad}");
    }
    for today in [101, 19481231, 21000101] {
        let (status, _) = validate(engine, RECORD.as_bytes(), today, gongkai_lang::En);
        assert_eq!(status, gongkai_status::InvalidDate, "{today}");
        assert_eq!(last_code(), "input.invalid_date");
    }
    let (status, _) = validate(engine, RECORD.as_bytes(), 20240230, gongkai_lang::En);
    assert_eq!(status, gongkai_status::InvalidDate);
    let e = last_error(gongkai_lang::En);
    assert!(
        e.contains("today") && e.contains("no day 30 in February 2024"),
        "{e}"
    );
    assert!(last_error(gongkai_lang::ZhCn).contains("2024年2月没有30日"));
    // A year before the embedded schedule is still a date: the calendar says it is not covered.
    let (status, _) = validate(engine, RECORD.as_bytes(), 20120301, gongkai_lang::En);
    assert_ne!(status, gongkai_status::InvalidDate);
}

/// A byte-order mark before a record is skipped; a negative amount is refused however small.
#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn records_with_a_byte_order_mark_and_negative_amounts() {
    let engine = national();
    let with_bom = format!("\u{feff}{RECORD}");
    let (status, _) = validate(engine, with_bom.as_bytes(), 20241010, gongkai_lang::En);
    assert_eq!(
        status,
        gongkai_status::Ok,
        "{}",
        last_error(gongkai_lang::En)
    );
    let negative = RECORD.replace(r#""budget":1200000"#, r#""budget":-1e-17"#);
    let (status, _) = validate(engine, negative.as_bytes(), 20241010, gongkai_lang::En);
    assert_eq!(status, gongkai_status::InvalidJson);
    assert!(last_error(gongkai_lang::En).contains("/amounts/budget"));
}

/// Every `lang` argument is read the same way: an unknown value is refused naming it.
#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn one_lang_convention() {
    let engine = national();
    let (status, _) = validate(engine, RECORD.as_bytes(), 20241010, gongkai_lang::En);
    assert_eq!(status, gongkai_status::Ok);
    let (rec, n) = text(RECORD);
    let (plan, plan_n) = text(r#"{"unit":"云江市财政局"}"#);
    let (subject, subject_n) = text(r#"{"name":"某公司"}"#);
    let (cat, cat_n) = text("[]");
    let (opt, opt_n) = text(r#"{"domains":["housing"]}"#);
    let mut out: *mut gongkai_string = sentinel();
    // SAFETY: a live engine, readable bytes, valid out pointers.
    let statuses = unsafe {
        [
            gongkai_engine_validate_lang(engine, rec, n, 20241010, 2, &mut out),
            gongkai_engine_screen_lang(engine, subject, subject_n, 20241010, 2, &mut out),
            gongkai_engine_validate_work_plan(engine, plan, plan_n, 2, &mut out),
            gongkai_engine_check_catalogue(engine, cat, cat_n, opt, opt_n, 2, &mut out),
        ]
    };
    for status in statuses {
        assert_eq!(status, gongkai_status::InvalidArgument);
        assert_eq!(last_code(), "input.invalid_argument");
        let (en, zh) = (last_error(gongkai_lang::En), last_error(gongkai_lang::ZhCn));
        assert!(
            en.contains("argument `lang`") && en.contains("got 2"),
            "{en}"
        );
        assert!(zh.contains("参数 lang"), "{zh}");
    }
    assert_eq!(out, sentinel());
}

/// 公共资源交易 catalogue rows for the catalogue tests: 审批核准信息 is how real catalogues name
/// the 招标投标 item biddingProjectApproval.
const CATALOGUE: &str = r#"{"header": {"supervision": "云江市政务公开办，电话12345"},
 "rows": [{"level1": "招标投标", "level2": "审批核准信息",
  "content": "招标内容、招标范围、招标组织形式、招标方式、招标事项审核或核准部门",
  "timeLimit": "信息形成之日起20个工作日内", "body": "云江市发展和改革局", "channels": "政府网站"}]}"#;
const CATALOGUE_OPTIONS: &str = r#"{"domains": ["constructionBidding"], "level": "county"}"#;

#[test]
fn catalogue_and_decision_null_arguments_are_refused_and_outputs_left_alone() {
    let null = gongkai_status::NullArgument;
    let engine = national();
    let (cat, cat_n) = text(CATALOGUE);
    let (opt, opt_n) = text(CATALOGUE_OPTIONS);
    let (rec, rec_n) = text(DECISION);
    let mut out: *mut gongkai_string = sentinel();
    // SAFETY: every non-NULL pointer is valid; NULLs are what is tested.
    unsafe {
        for status in [
            gongkai_engine_check_catalogue(ptr::null(), cat, cat_n, opt, opt_n, 0, &mut out),
            gongkai_engine_check_catalogue(engine, ptr::null(), 0, opt, opt_n, 0, &mut out),
            gongkai_engine_check_catalogue(engine, ptr::null(), cat_n, opt, opt_n, 0, &mut out),
            gongkai_engine_check_catalogue(engine, cat, cat_n, ptr::null(), 0, 0, &mut out),
            gongkai_engine_check_catalogue(engine, cat, cat_n, opt, opt_n, 0, ptr::null_mut()),
            gongkai_engine_baseline_catalogue(ptr::null(), opt, opt_n, &mut out),
            gongkai_engine_baseline_catalogue(engine, ptr::null(), opt_n, &mut out),
            gongkai_engine_baseline_catalogue(engine, opt, opt_n, ptr::null_mut()),
            gongkai_engine_entry_from_decision(ptr::null(), rec, rec_n, &mut out),
            gongkai_engine_entry_from_decision(engine, ptr::null(), 0, &mut out),
            gongkai_engine_entry_from_decision(engine, rec, rec_n, ptr::null_mut()),
        ] {
            assert_eq!(status, null);
            assert_eq!(last_code(), "argument.null");
        }
    }
    assert_eq!(out, sentinel());
    // NULL-ness is checked before the text is read: the argument named is the NULL one.
    // SAFETY: as above.
    let status =
        unsafe { gongkai_engine_check_catalogue(engine, cat, cat_n, ptr::null(), 3, 0, &mut out) };
    assert_eq!(status, null);
    assert_eq!(
        last_error(gongkai_lang::En),
        "argument options_json is NULL"
    );
}

/// The C answer is the Rust API's JSON, byte for byte; the baseline passes its own check.
#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn catalogue_functions_return_the_rust_api_json() {
    use gongkai_core::rules::catalogue::api;
    let engine = national();
    let rules = gongkai_core::RuleSet::national();
    for lang in [gongkai_lang::ZhCn, gongkai_lang::En] {
        let (status, got) = check_catalogue(
            engine,
            CATALOGUE.as_bytes(),
            CATALOGUE_OPTIONS.as_bytes(),
            lang,
        );
        assert_eq!(status, gongkai_status::Ok);
        let core_lang = gongkai_lang::from_u32(lang as u32).unwrap();
        let want =
            api::check_catalogue_json(&rules, CATALOGUE, CATALOGUE_OPTIONS, core_lang).unwrap();
        assert_eq!(got.unwrap(), want);
    }
    let (_, report) = check_catalogue(
        engine,
        CATALOGUE.as_bytes(),
        CATALOGUE_OPTIONS.as_bytes(),
        gongkai_lang::En,
    );
    let v: serde_json::Value = serde_json::from_str(&report.unwrap()).unwrap();
    assert_eq!(v["rows"][0]["items"][0], "biddingProjectApproval");
    let options = r#"{"domains": ["governmentProcurement", "housing"], "level": "township"}"#;
    let (status, rows) = baseline_catalogue(engine, options.as_bytes());
    assert_eq!(status, gongkai_status::Ok);
    let rows = rows.unwrap();
    assert_eq!(rows, api::baseline_catalogue_json(&rules, options).unwrap());
    let (status, report) = check_catalogue(
        engine,
        rows.as_bytes(),
        options.as_bytes(),
        gongkai_lang::En,
    );
    assert_eq!(status, gongkai_status::Ok);
    let v: serde_json::Value = serde_json::from_str(&report.unwrap()).unwrap();
    assert_eq!(v["findings"], serde_json::json!([]), "the baseline passes");
    assert_eq!(v["ok"], true);
}

/// Bad catalogues and options are typed failures naming the argument, never a crash.
#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn bad_catalogues_and_options_have_typed_statuses() {
    let engine = national();
    let cases: &[(&[u8], &[u8], gongkai_status, &str)] = &[
        (
            b"[{\"level2\": \"\xff\"}]",
            CATALOGUE_OPTIONS.as_bytes(),
            gongkai_status::InvalidUtf8,
            "catalogue_json is not valid UTF-8 (from byte 13)",
        ),
        (
            CATALOGUE.as_bytes(),
            b"{\"domains\": [\"\xe6\x94\"]}",
            gongkai_status::InvalidUtf8,
            "options_json is not valid UTF-8",
        ),
        (
            b"[{\"level2\": ",
            CATALOGUE_OPTIONS.as_bytes(),
            gongkai_status::InvalidJson,
            "catalogue_json: invalid JSON at ",
        ),
        (
            br#"{"rows": [{"level2": 3}]}"#,
            CATALOGUE_OPTIONS.as_bytes(),
            gongkai_status::InvalidJson,
            "catalogue_json: invalid JSON at /rows/0/level2 (line 1, column",
        ),
        (
            CATALOGUE.as_bytes(),
            br#"{"domains": ["procurement"]}"#,
            gongkai_status::InvalidJson,
            "options_json: invalid JSON at /domains/0 (line 1, column",
        ),
        (
            CATALOGUE.as_bytes(),
            br#"{"domains": []}"#,
            gongkai_status::InvalidJson,
            "options_json: invalid JSON at /domains",
        ),
        (
            CATALOGUE.as_bytes(),
            br#"{"domains": ["housing"], "level": "district"}"#,
            gongkai_status::InvalidJson,
            "options_json: invalid JSON at /level",
        ),
        (
            CATALOGUE.as_bytes(),
            br#"{"domains": ["housing"], "lang": "en"}"#,
            gongkai_status::InvalidJson,
            "options_json: invalid JSON at /lang",
        ),
        (
            b"",
            CATALOGUE_OPTIONS.as_bytes(),
            gongkai_status::InvalidJson,
            "catalogue_json: invalid JSON at  (line 1, column 0)",
        ),
    ];
    for (catalogue, options, want, message) in cases {
        let (status, _) = check_catalogue(engine, catalogue, options, gongkai_lang::En);
        assert_eq!(status, *want, "{message}");
        let en = last_error(gongkai_lang::En);
        assert!(en.contains(message), "{en}");
        let zh = last_error(gongkai_lang::ZhCn);
        assert!(!zh.is_empty() && zh != en, "{zh}");
        if *want == gongkai_status::InvalidJson {
            assert_eq!(last_code(), "input.invalid_json");
        }
    }
    let (status, _) = baseline_catalogue(engine, br#"{"domains": ["fishing"]}"#);
    assert_eq!(status, gongkai_status::InvalidJson);
    assert!(last_error(gongkai_lang::En).contains("/domains/0"));
    let (status, _) = baseline_catalogue(engine, b"\xff");
    assert_eq!(status, gongkai_status::InvalidUtf8);
    let (c, c_n) = text(CATALOGUE);
    let (o, o_n) = text(CATALOGUE_OPTIONS);
    let mut out: *mut gongkai_string = sentinel();
    // SAFETY: a live engine, readable bytes, a valid out pointer.
    let status = unsafe { gongkai_engine_check_catalogue(engine, c, c_n, o, o_n, 2, &mut out) };
    assert_eq!(status, gongkai_status::InvalidArgument);
    assert_eq!(out, sentinel());
}

/// An engine configured for GB18030 reads catalogues and options in it; errors are placed in the
/// caller's bytes.
#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn catalogues_in_gb18030() {
    let gbk = engine(r#"{"encoding": "gb18030"}"#);
    let (bytes, _, _) = encoding_rs::GB18030.encode(CATALOGUE);
    let (options, _, _) = encoding_rs::GB18030.encode(CATALOGUE_OPTIONS);
    let (status, got) = check_catalogue(gbk, &bytes, &options, gongkai_lang::ZhCn);
    assert_eq!(status, gongkai_status::Ok);
    let (_, want) = check_catalogue(
        national(),
        CATALOGUE.as_bytes(),
        CATALOGUE_OPTIONS.as_bytes(),
        gongkai_lang::ZhCn,
    );
    assert_eq!(got, want, "the answer is UTF-8 whatever the input");
    let (bad, _, _) = encoding_rs::GB18030.encode(r#"[{"level2":"公开","x":}]"#);
    let (status, _) = check_catalogue(gbk, &bad, &options, gongkai_lang::En);
    assert_eq!(status, gongkai_status::InvalidJson);
    // 公开 is 4 bytes of GB18030: the column counts them.
    let en = last_error(gongkai_lang::En);
    assert!(en.contains("(line 1, column 23)"), "{en}");
    let (status, _) = check_catalogue(gbk, b"[\"\x81\"]", &options, gongkai_lang::En);
    assert_eq!(status, gongkai_status::InvalidEncoding);
    // SAFETY: a live engine, freed once.
    unsafe { gongkai_engine_free(gbk) };
}

/// A penalty decision yields its blacklist entry, the Rust API's, or a status that says why not.
#[test]
#[cfg_attr(miri, ignore = "slow under Miri")]
fn entries_from_decisions_and_their_statuses() {
    let engine = national();
    let (status, entry) = entry_from_decision(engine, DECISION.as_bytes());
    assert_eq!(status, gongkai_status::Ok);
    let entry = entry.unwrap();
    assert_eq!(
        entry,
        gongkai_core::blacklist::entry_from_decision_json(DECISION).unwrap()
    );
    // One line of the registry, which an engine's configuration accepts.
    assert!(!entry.contains('\n'));
    let configured = self::engine(&format!(r#"{{"blacklist": [{entry}]}}"#));
    // SAFETY: a live engine, freed once.
    unsafe { gongkai_engine_free(configured) };

    let record = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_str(DECISION).unwrap();
        edit(&mut v);
        v.to_string()
    };
    let cases: Vec<(String, gongkai_status, &str, &str)> = vec![
        (
            record(&|v| v["item"] = "procurementResult".into()),
            gongkai_status::DecisionNotADecision,
            "decision.not_a_decision",
            "is not a penalty decision",
        ),
        (
            record(&|v| v["status"] = "withdrawn".into()),
            gongkai_status::DecisionWithdrawn,
            "decision.withdrawn",
            "withdrawn",
        ),
        (
            record(&|v| {
                v["content"]
                    .as_object_mut()
                    .unwrap()
                    .remove("decisionNumber");
                v.as_object_mut().unwrap().remove("sanction");
                v["events"] = serde_json::json!({});
            }),
            gongkai_status::DecisionFactsMissing,
            "decision.facts_missing",
            "the record does not state /content/decisionNumber, /events/decisionOn, /sanction",
        ),
        (
            record(&|v| {
                let p = v["parties"][0].clone();
                v["parties"] = serde_json::json!([p.clone(), p]);
            }),
            gongkai_status::DecisionSeveralSanctioned,
            "decision.several_sanctioned",
            "2 parties are sanctioned",
        ),
        (
            record(&|v| v["parties"][0]["idNumber"] = "11010519491231002X".into()),
            gongkai_status::DecisionSubjectAmbiguous,
            "decision.subject_ambiguous",
            "party 0",
        ),
        (
            record(&|v| v["sanction"]["legalBasis"]["provision"] = "biddingLaw53".into()),
            gongkai_status::DecisionProvisionOutsideDomain,
            "decision.provision_outside_domain",
            "biddingLaw53",
        ),
        (
            record(&|v| v["parties"][0]["creditCode"] = "91445400MAH8P03Q3A".into()),
            gongkai_status::UsccBadCheckCharacter,
            "uscc.bad_check_character",
            "party 0: invalid unified social credit code",
        ),
        (
            record(&|v| v["sanction"]["ban"]["months"] = 48.into()),
            gongkai_status::BlacklistBanOutOfRange,
            "blacklist.ban_out_of_range",
            "48",
        ),
        (
            record(&|v| v["sanction"]["ban"]["months"] = "twelve".into()),
            gongkai_status::InvalidJson,
            "input.invalid_json",
            "/sanction/ban/months",
        ),
    ];
    for (json, want, code, message) in &cases {
        let (status, _) = entry_from_decision(engine, json.as_bytes());
        assert_eq!(status, *want, "{code}");
        assert_eq!(last_code(), *code);
        let en = last_error(gongkai_lang::En);
        assert!(en.contains(message), "{en}");
        let zh = last_error(gongkai_lang::ZhCn);
        assert!(!zh.is_empty() && zh != en, "{zh}");
    }
    let (status, _) = entry_from_decision(engine, b"{\"id\": \"\xc0\"}");
    assert_eq!(status, gongkai_status::InvalidUtf8);
    // Every fact missing is named in Chinese too.
    let (status, _) = entry_from_decision(engine, cases[2].0.as_bytes());
    assert_eq!(status, gongkai_status::DecisionFactsMissing);
    let zh = last_error(gongkai_lang::ZhCn);
    assert!(
        zh.contains("/content/decisionNumber、/events/decisionOn、/sanction"),
        "{zh}"
    );
}
