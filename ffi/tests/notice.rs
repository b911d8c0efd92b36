//! `gongkai_engine_validate_notice`: its arguments, its typed failures, and every development
//! notice's whole answer compared with its report file (`tests/notices/dev/*.report.json`,
//! written from the Rust API by `core/tests/notice_reports.rs`).

use std::path::PathBuf;
use std::ptr;

use gongkai::*;

use crate::support::*;

const NOTICE: &str = "云江市财政局政府采购行政处罚决定书\n当事人：云江恒达贸易有限公司\n\
    统一社会信用代码：91445400MAH8P03Q3P\n云江市财政局\n2024年3月18日";
const OPTIONS: &str = r#"{"fetchedOn": "2024-04-01"}"#;

fn code(status: gongkai_status) -> String {
    // SAFETY: the code is a static NUL-terminated string.
    unsafe { std::ffi::CStr::from_ptr(gongkai_status_code(status as u32)) }
        .to_str()
        .unwrap()
        .to_owned()
}

#[test]
#[cfg_attr(miri, ignore = "reads a notice: slow under Miri")]
fn a_notice_is_read_and_judged() {
    let (status, json) = validate_notice(
        national(),
        NOTICE.as_bytes(),
        Some(OPTIONS.as_bytes()),
        gongkai_lang::En as u32,
    );
    assert_eq!(
        status,
        gongkai_status::Ok,
        "{}",
        last_error(gongkai_lang::En)
    );
    let v: serde_json::Value = serde_json::from_str(&json.unwrap()).unwrap();
    assert_eq!(v["notice"]["type"], "penaltyDecision");
    assert_eq!(v["record"]["parties"][0]["name"], "云江恒达贸易有限公司");
    // Each piece of evidence has a span on the notice's UTF-8 bytes.
    let first = &v["evidence"][0]["span"];
    let (a, b) = (first[0].as_u64().unwrap(), first[1].as_u64().unwrap());
    assert!(a < b && b as usize <= NOTICE.len());
    assert!(NOTICE.is_char_boundary(a as usize) && NOTICE.is_char_boundary(b as usize));
}

#[test]
fn null_arguments_are_refused_and_nothing_is_written() {
    let mut out = ptr::null_mut();
    let (t, n) = text(NOTICE);
    let (o, on) = text(OPTIONS);
    // SAFETY: each call passes one NULL where a pointer is required, the rest valid.
    unsafe {
        let s = gongkai_engine_validate_notice(ptr::null(), t, n, o, on, 0, &mut out);
        assert_eq!(s, gongkai_status::NullArgument);
        let s = gongkai_engine_validate_notice(national(), ptr::null(), 0, o, on, 0, &mut out);
        assert_eq!(s, gongkai_status::NullArgument);
        assert!(last_error(gongkai_lang::En).contains("text"));
        let s = gongkai_engine_validate_notice(national(), t, n, o, on, 0, ptr::null_mut());
        assert_eq!(s, gongkai_status::NullArgument);
        assert!(last_error(gongkai_lang::En).contains("report_json"));
        let s = gongkai_engine_validate_notice(national(), t, n, o, on, 7, &mut out);
        assert_eq!(s, gongkai_status::InvalidArgument);
        let s = gongkai_engine_validate_notice(national(), t, usize::MAX, o, on, 0, &mut out);
        assert_eq!(s, gongkai_status::InvalidArgument);
    }
    assert!(out.is_null());
}

#[test]
#[cfg_attr(miri, ignore = "reads a notice: slow under Miri")]
fn null_options_give_no_day_to_judge_on() {
    let (status, _) = validate_notice(national(), NOTICE.as_bytes(), None, 0);
    assert_eq!(status, gongkai_status::NoticeInvalidOptions);
    assert_eq!(code(status), "notice.invalid_options");
    // SAFETY: a static NUL-terminated string.
    let last = unsafe { std::ffi::CStr::from_ptr(gongkai_last_error_code()) };
    assert_eq!(last.to_str().unwrap(), "notice.invalid_options");
    assert!(last_error(gongkai_lang::En).contains("today"));
    let bad = br#"{"fetchedOn": "2024-02-30"}"#;
    let (status, _) = validate_notice(national(), NOTICE.as_bytes(), Some(bad), 0);
    assert_eq!(status, gongkai_status::NoticeInvalidOptions);
    let unknown = br#"{"today": "2024-04-01", "when": 1}"#;
    let (status, _) = validate_notice(national(), NOTICE.as_bytes(), Some(unknown), 0);
    assert_eq!(status, gongkai_status::NoticeInvalidOptions);
}

#[test]
#[cfg_attr(miri, ignore = "reads notices: slow under Miri")]
fn each_unreadable_notice_has_its_status() {
    let o = Some(OPTIONS.as_bytes());
    let cases: [(&[u8], gongkai_status, &str); 5] = [
        (b"", gongkai_status::NoticeEmpty, "notice.empty"),
        (b"  \n<p> </p>", gongkai_status::NoticeEmpty, "notice.empty"),
        (
            b"\x00\x01\x02\x03binary\x00\x00\x00\x00",
            gongkai_status::NoticeBinary,
            "notice.binary",
        ),
        (
            b"Notice of award: the contract goes to Acme Ltd.",
            gongkai_status::NoticeNotChinese,
            "notice.not_chinese",
        ),
        (
            "今天天气很好，我们去公园散步，看见很多人在跳舞。".as_bytes(),
            gongkai_status::NoticeUnclassified,
            "notice.unclassified",
        ),
    ];
    for (input, want, want_code) in cases {
        let (status, json) = validate_notice(national(), input, o, 0);
        assert_eq!(status, want, "{:?}", String::from_utf8_lossy(input));
        assert!(json.is_none());
        assert_eq!(code(status), want_code);
        assert!(!last_error(gongkai_lang::ZhCn).is_empty());
    }
    // Invalid UTF-8 is refused before it is read.
    let (status, _) = validate_notice(national(), b"\xff\xfe\xc0", o, 0);
    assert_eq!(status, gongkai_status::InvalidUtf8);
    // A huge notice is refused by its length, in both languages.
    let huge = vec![b' '; gongkai_core_max() + 1];
    let (status, _) = validate_notice(national(), &huge, o, 0);
    assert_eq!(status, gongkai_status::NoticeTooLarge);
    assert!(last_error(gongkai_lang::En).contains("bytes"));
    assert!(last_error(gongkai_lang::ZhCn).contains("字节"));
}

/// The reader's limit (4 MiB), as the status says.
fn gongkai_core_max() -> usize {
    4 * 1024 * 1024
}

#[test]
#[cfg_attr(miri, ignore = "reads a notice: slow under Miri")]
fn gb18030_notices_are_read_by_an_engine_configured_so() {
    let gbk = engine(r#"{"encoding": "gb18030"}"#);
    let (bytes, _, unmappable) = encoding_rs::GB18030.encode(NOTICE);
    assert!(!unmappable);
    let o = Some(OPTIONS.as_bytes());
    let (status, json) = validate_notice(gbk, &bytes, o, 0);
    assert_eq!(status, gongkai_status::Ok);
    // The same answer as for the UTF-8 text: spans count the decoded UTF-8.
    let (_, utf8) = validate_notice(national(), NOTICE.as_bytes(), o, 0);
    assert_eq!(json, utf8);
    // A lone lead byte is not GB18030.
    let mut broken = bytes.to_vec();
    broken.push(0x81);
    let (status, _) = validate_notice(gbk, &broken, o, 0);
    assert_eq!(status, gongkai_status::InvalidEncoding);
    // The UTF-8 engine refuses the GB18030 bytes.
    let (status, _) = validate_notice(national(), &bytes, o, 0);
    assert_eq!(status, gongkai_status::InvalidUtf8);
    // SAFETY: a live engine, freed once.
    unsafe { gongkai_engine_free(gbk) };
}

#[test]
#[cfg_attr(miri, ignore = "reads every notice: too slow under Miri")]
fn every_development_notice_answers_as_its_report_file_through_the_c_abi() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/notices/dev");
    let mut reports: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_str().is_some_and(|p| p.ends_with(".report.json")))
        .collect();
    reports.sort();
    assert!(reports.len() >= 100, "{} reports", reports.len());
    let mut failed = Vec::new();
    for path in &reports {
        let stem = path.to_str().unwrap().strip_suffix(".report.json").unwrap();
        let input = ["txt", "html"]
            .iter()
            .map(|e| PathBuf::from(format!("{stem}.{e}")))
            .find(|p| p.exists())
            .unwrap();
        let stored = std::fs::read_to_string(path).unwrap();
        let (options, answer) = stored.split_once('\n').unwrap();
        let input = std::fs::read(input).unwrap();
        let (status, json) = validate_notice(national(), &input, Some(options.as_bytes()), 0);
        let got = match json {
            Some(json) => json,
            None => serde_json::json!({ "error": code(status) }).to_string(),
        };
        if got != answer.trim_end_matches('\n') {
            failed.push(path.display().to_string());
        }
    }
    assert!(
        failed.is_empty(),
        "{} differ:\n{}",
        failed.len(),
        failed.join("\n")
    );
}
