//! Helpers shared by the tests.

use std::ffi::{CStr, c_char};
use std::ptr;
use std::sync::OnceLock;

use gongkai::*;

/// A (pointer, length) pair for a Rust string.
pub fn text(s: &str) -> (*const c_char, usize) {
    (s.as_ptr().cast(), s.len())
}

/// The text of a library string, which is then freed.
pub fn take(s: *mut gongkai_string) -> String {
    assert!(!s.is_null());
    // SAFETY: `s` is a live string from the library; freed once, after the last read.
    unsafe {
        let ptr = gongkai_string_ptr(s);
        let len = gongkai_string_len(s);
        let bytes = std::slice::from_raw_parts(ptr.cast::<u8>(), len);
        assert_eq!(*ptr.add(len), 0, "NUL-terminated");
        assert_eq!(CStr::from_ptr(ptr).to_bytes(), bytes, "no inner NUL");
        let owned = std::str::from_utf8(bytes).expect("UTF-8").to_owned();
        gongkai_string_free(s);
        owned
    }
}

/// The calling thread's last error message.
pub fn last_error(lang: gongkai_lang) -> String {
    let mut out = ptr::null_mut();
    // SAFETY: a valid out pointer.
    let status = unsafe { gongkai_last_error_message(lang as u32, &mut out) };
    assert_eq!(status, gongkai_status::Ok);
    take(out)
}

/// A handle shared by the tests of one run, never freed (Miri does not count memory reachable
/// from a static as leaked). Building an engine takes most of a minute under Miri: the tests
/// that run there share these.
pub struct Shared<T>(pub *mut T);
impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Shared<T> {}
// SAFETY: engines and calendars are immutable after construction (the header's promise).
unsafe impl<T> Send for Shared<T> {}
// SAFETY: as above.
unsafe impl<T> Sync for Shared<T> {}

/// The national engine, shared.
pub fn national() -> *const gongkai_engine {
    static ENGINE: OnceLock<Shared<gongkai_engine>> = OnceLock::new();
    ENGINE.get_or_init(|| Shared(engine(""))).0
}

/// The official calendar (the national engine's), shared.
pub fn official_calendar() -> *const gongkai_calendar {
    static CALENDAR: OnceLock<Shared<gongkai_calendar>> = OnceLock::new();
    CALENDAR
        .get_or_init(|| {
            let mut c = ptr::null_mut();
            // SAFETY: a live engine, a valid out pointer.
            let status = unsafe { gongkai_engine_calendar(national(), &mut c) };
            assert_eq!(status, gongkai_status::Ok);
            Shared(c)
        })
        .0
}

/// A new engine from a configuration, which must load.
pub fn engine(config: &str) -> *mut gongkai_engine {
    let (p, n) = text(config);
    let mut engine = ptr::null_mut();
    // SAFETY: `n` readable bytes at `p`; a valid out pointer.
    let status = unsafe { gongkai_engine_new(p, n, &mut engine) };
    assert_eq!(
        status,
        gongkai_status::Ok,
        "{}",
        last_error(gongkai_lang::En)
    );
    engine
}

/// A call's status and, on success, the string it wrote (taken); nothing may be written on
/// failure.
fn outcome(
    status: gongkai_status,
    report: *mut gongkai_string,
) -> (gongkai_status, Option<String>) {
    if status != gongkai_status::Ok {
        assert!(report.is_null(), "no output on failure");
        return (status, None);
    }
    (status, Some(take(report)))
}

/// Validates a record; the status and, on success, the report's JSON.
pub fn validate(
    engine: *const gongkai_engine,
    record: &[u8],
    today: u32,
    lang: gongkai_lang,
) -> (gongkai_status, Option<String>) {
    let mut report = ptr::null_mut();
    // SAFETY: a live engine, `record.len()` readable bytes, a valid out pointer.
    let status = unsafe {
        gongkai_engine_validate_lang(
            engine,
            record.as_ptr().cast(),
            record.len(),
            today,
            lang as u32,
            &mut report,
        )
    };
    outcome(status, report)
}

/// `gongkai_engine_validate_linked`: the status and, on success, the report.
pub fn validate_linked(
    engine: *const gongkai_engine,
    record: &[u8],
    related: &[u8],
    today: u32,
    lang: gongkai_lang,
) -> (gongkai_status, Option<String>) {
    let mut report = ptr::null_mut();
    // SAFETY: a live engine, readable slices, a valid out pointer.
    let status = unsafe {
        gongkai_engine_validate_linked(
            engine,
            record.as_ptr().cast(),
            record.len(),
            related.as_ptr().cast(),
            related.len(),
            today,
            lang as u32,
            &mut report,
        )
    };
    outcome(status, report)
}

/// `gongkai_engine_check_catalogue`: the status and, on success, the report.
pub fn check_catalogue(
    engine: *const gongkai_engine,
    catalogue: &[u8],
    options: &[u8],
    lang: gongkai_lang,
) -> (gongkai_status, Option<String>) {
    let mut report = ptr::null_mut();
    // SAFETY: a live engine, readable slices, a valid out pointer.
    let status = unsafe {
        gongkai_engine_check_catalogue(
            engine,
            catalogue.as_ptr().cast(),
            catalogue.len(),
            options.as_ptr().cast(),
            options.len(),
            lang as u32,
            &mut report,
        )
    };
    outcome(status, report)
}

/// `gongkai_engine_baseline_catalogue`: the status and, on success, the rows.
pub fn baseline_catalogue(
    engine: *const gongkai_engine,
    options: &[u8],
) -> (gongkai_status, Option<String>) {
    let mut rows = ptr::null_mut();
    // SAFETY: a live engine, a readable slice, a valid out pointer.
    let status = unsafe {
        gongkai_engine_baseline_catalogue(engine, options.as_ptr().cast(), options.len(), &mut rows)
    };
    outcome(status, rows)
}

/// `gongkai_engine_entry_from_decision`: the status and, on success, the entry.
pub fn entry_from_decision(
    engine: *const gongkai_engine,
    record: &[u8],
) -> (gongkai_status, Option<String>) {
    let mut entry = ptr::null_mut();
    // SAFETY: a live engine, a readable slice, a valid out pointer.
    let status = unsafe {
        gongkai_engine_entry_from_decision(engine, record.as_ptr().cast(), record.len(), &mut entry)
    };
    outcome(status, entry)
}

/// A published procurement penalty decision that bars its party for 12 months (政府采购法
/// Art 77): the record from which the entry is derived.
pub const DECISION: &str = r#"{"id":"YJ-CZ-CF-2024-7","domain":"governmentProcurement",
 "item":"procurementPenaltyDecision","title":"云江市财政局行政处罚决定书",
 "responsibleBody":{"name":"云江市财政局"},"formedOn":"2024-07-22","publishedOn":"2024-07-26",
 "status":"published","channels":["ccgp"],
 "content":{"partyName":"广东智联数据科技有限公司","partyAddress":"云江市云城区科技路8号",
  "violationFacts":"提供虚假的业绩证明材料","authority":"云江市财政局","decisionNumber":"云财采罚〔2024〕7号"},
 "parties":[{"role":"sanctioned","name":"广东智联数据科技有限公司","creditCode":"91445400MAH8P03Q3P"}],
 "events":{"decisionOn":"2024-07-22"},
 "sanction":{"legalBasis":{"provision":"procurementLaw77"},"conduct":{"category":"falseMaterials"},
  "ban":{"months":12}}}"#;

/// A small procurement result that breaks one rule (published late).
pub const RECORD: &str = r#"{"id":"T-1","domain":"governmentProcurement","item":"procurementResult",
 "method":"openTendering","title":"医疗设备采购项目中标结果公告","responsibleBody":{"name":"云江市人民医院"},
 "formedOn":"2024-09-27","publishedOn":"2024-10-08","status":"published","channels":["ccgp"],
 "content":{"purchaserAndAgency":"云江市人民医院","projectName":"医疗设备采购",
  "projectNumber":"YJCG-2024-0815","winnerName":"广东某医疗器械有限公司",
  "winnerAddress":"广州市天河区某路8号","awardAmount":"1180000.00元",
  "mainItems":"彩色多普勒超声诊断仪 1台","announcementPeriod":"1个工作日",
  "evaluationExperts":"王*、李*、陈*","agencyFee":"按标准收取，1.2万元"},
 "amounts":{"budget":1200000,"contract":1180000},
 "events":{"bidDeadline":"2024-09-27","awardedOn":"2024-09-27"}}"#;

/// One year of holiday-cn JSON for 2027 (synthetic, complete enough to load).
pub const HOLIDAY_CN_2027: &str = r#"{"year": 2027, "days": [
  {"name": "元旦", "date": "2027-01-01", "isOffDay": true},
  {"name": "春节", "date": "2027-02-08", "isOffDay": true},
  {"name": "春节", "date": "2027-02-09", "isOffDay": true},
  {"name": "春节", "date": "2027-02-20", "isOffDay": false},
  {"name": "清明节", "date": "2027-04-05", "isOffDay": true},
  {"name": "劳动节", "date": "2027-05-03", "isOffDay": true},
  {"name": "端午节", "date": "2027-06-09", "isOffDay": true},
  {"name": "国庆节", "date": "2027-10-01", "isOffDay": true},
  {"name": "国庆节", "date": "2027-10-04", "isOffDay": true}
]}"#;

/// The same year in the library's text format.
pub const TEXT_2027: &str = "# year 2027 notice unverified synthetic
2027-01-01 holiday 元旦
2027-02-08 holiday 春节
2027-02-09 holiday 春节
2027-02-20 workday 春节
2027-04-05 holiday 清明节
2027-05-03 holiday 劳动节
2027-06-09 holiday 端午节
2027-10-01 holiday 国庆节
2027-10-04 holiday 国庆节
";

/// `gongkai_engine_validate_notice`: the status and, on success, the report. `options` `None`
/// passes NULL.
pub fn validate_notice(
    engine: *const gongkai_engine,
    text: &[u8],
    options: Option<&[u8]>,
    lang: u32,
) -> (gongkai_status, Option<String>) {
    let mut report = ptr::null_mut();
    let (o, n) = options.map_or((ptr::null(), 0), |o| (o.as_ptr().cast(), o.len()));
    // SAFETY: a live engine, readable slices (or NULL options), a valid out pointer.
    let status = unsafe {
        gongkai_engine_validate_notice(
            engine,
            text.as_ptr().cast(),
            text.len(),
            o,
            n,
            lang,
            &mut report,
        )
    };
    outcome(status, report)
}
