//! `gongkai_engine`: rules, calendar and (later) blacklist that judge records.

use std::ffi::c_char;

use gongkai_core::{Context, Engine, Lang};

use crate::args::{self, Out, TextEncoding, bytes, date, handle, utf8, yyyymmdd};
use crate::calendar::gongkai_calendar;
use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;
use crate::string::gongkai_string;

/// An engine: the national rule table (with any local layer), the calendar deadlines are counted
/// on, and how its text input is encoded.
///
/// Immutable after construction (`Send + Sync`): one engine may validate records from any number
/// of threads at once without locking. Free it with `gongkai_engine_free`.
#[allow(non_camel_case_types)]
pub struct gongkai_engine {
    pub(crate) engine: Engine,
    pub(crate) encoding: TextEncoding,
}

/// A new engine from its JSON configuration, `len` bytes of UTF-8 at `config_json`. NULL (any
/// `len`), an empty or a blank configuration is the national rule table with the official
/// calendar. Every field is optional:
///
/// ```json
/// { "rules": { "rules": [ ...rows layered over the national table... ] },
///   "calendarYears": [ "2027-01-01 holiday New Year's Day\n...", {"year": 2027, "days": [...]} ],
///   "localDaysOff": [ { "date": "2025-06-02", "name": "云江市民节" } ],
///   "encoding": "gb18030" }
/// ```
///
/// `"encoding"` belongs to the C layer: with `"gb18030"` (or `"gbk"`, `"gb2312"`) the records and
/// rule ids given to this engine are decoded from GB18030, which includes GBK; invalid bytes are
/// `GONGKAI_STATUS_INVALID_ENCODING`. Without it (or with `"utf-8"`) input must be UTF-8. The
/// configuration itself and all output are UTF-8. The other fields are those of the Rust API's
/// `EngineConfig`, and `"blacklist"` (the registry's entries). The configuration is read once, as
/// the caller wrote it: a key given twice is refused, and an error anywhere has its JSON Pointer,
/// line and column in this text. A leading byte-order mark is skipped.
///
/// On success `*out` is a new engine the caller owns and frees with `gongkai_engine_free`. On
/// failure `*out` is left unchanged: `GONGKAI_STATUS_INVALID_JSON`,
/// `GONGKAI_STATUS_RULES_INVALID_TABLE`, a `GONGKAI_STATUS_CALENDAR_*` or
/// `GONGKAI_STATUS_BLACKLIST_*` status, `GONGKAI_STATUS_UNSUPPORTED_ENCODING`, ...;
/// `gongkai_last_error_message` names the field.
///
/// # Safety
/// `config_json` is NULL or points to `len` readable bytes; `out` is NULL or valid for writing a
/// pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_new(
    config_json: *const c_char,
    len: usize,
    out: *mut *mut gongkai_engine,
) -> gongkai_status {
    ffi_boundary!(status {
        let out = Out::new("out", out)?;
        let config = if config_json.is_null() {
            ""
        } else {
            // SAFETY: not NULL, so it points to `len` readable bytes (the function's contract).
            utf8("config_json", unsafe { bytes("config_json", config_json, len) }?)?
        };
        let (engine, label) = Engine::from_config_json_with_encoding(config)?;
        let encoding = match label {
            Some(label) => TextEncoding::from_label(&label)?,
            None => TextEncoding::Utf8,
        };
        let engine = Box::new(gongkai_engine { engine, encoding });
        // SAFETY: `out` is valid for writing (the function's contract).
        unsafe { out.write(Box::into_raw(engine)) };
        Ok(())
    })
}

/// Judges one record: `len` bytes of JSON at `record_json` (UTF-8, or GB18030 when the
/// configuration says so), on the day `today` (yyyymmdd; the library never reads a clock).
/// Messages are in zh-CN; see `gongkai_engine_validate_lang`.
///
/// On success `*report_json` is a new string the caller frees with `gongkai_string_free`: the
/// report as the Rust API's `Report::to_json` writes it,
/// `{"recordId": ..., "ok": ..., "findings": [{"code", "severity", "path", "message",
/// "legalBasis", "rule", "explanation"?}, ...]}`. A record that breaks rules is a success with
/// findings; a failure means the record could not be judged (`GONGKAI_STATUS_INVALID_JSON`
/// naming the field, `GONGKAI_STATUS_INVALID_UTF8`, `GONGKAI_STATUS_INVALID_ENCODING`,
/// `GONGKAI_STATUS_INVALID_DATE` for `today`), and `*report_json` is left unchanged.
///
/// # Safety
/// `engine` is NULL or a live engine; `record_json` is NULL or points to `len` readable bytes;
/// `report_json` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_validate(
    engine: *const gongkai_engine,
    record_json: *const c_char,
    len: usize,
    today: u32,
    report_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: the arguments are passed on under this function's contract, which is
        // `validate`'s.
        unsafe { validate(engine, record_json, len, today, Lang::ZhCn, report_json) }
    })
}

/// As `gongkai_engine_validate`, with the messages (and explanation texts) of the report in
/// `lang`, a `gongkai_lang` value (`GONGKAI_LANG_ZH_CN` or `GONGKAI_LANG_EN`). Any other value is
/// `GONGKAI_STATUS_INVALID_ARGUMENT`. Codes, paths and field names do not depend on the language.
///
/// # Safety
/// As `gongkai_engine_validate`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_validate_lang(
    engine: *const gongkai_engine,
    record_json: *const c_char,
    len: usize,
    today: u32,
    lang: u32,
    report_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        let lang = args::lang("lang", lang)?;
        // SAFETY: the arguments are passed on under this function's contract, which is
        // `validate`'s.
        unsafe { validate(engine, record_json, len, today, lang, report_json) }
    })
}

/// Judges one record together with the notices linked to it by `amends` (the Rust API's
/// `Engine::validate_linked`): the notice it changes, whose facts it keeps where it does not
/// restate them (a correction that leaves the bid deadline is judged against the original
/// deadline), and the notices that suspend it, whose pauses stop its clock. `related_json` is
/// `related_len` bytes of a JSON array of records (`[]` for none; unlinked records in it are not
/// read), in the same encoding as `record_json`. Messages are in `lang`.
///
/// On success `*report_json` is the report, as for `gongkai_engine_validate`. A failure leaves it
/// unchanged: `GONGKAI_STATUS_INVALID_JSON` naming the field (under `/related/<i>` for a linked
/// record), `GONGKAI_STATUS_INVALID_ARGUMENT` for a linked record of another domain, or a status
/// of `gongkai_engine_validate`.
///
/// # Safety
/// As `gongkai_engine_validate`; `related_json` is NULL or points to `related_len` readable
/// bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_validate_linked(
    engine: *const gongkai_engine,
    record_json: *const c_char,
    len: usize,
    related_json: *const c_char,
    related_len: usize,
    today: u32,
    lang: u32,
    report_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        let lang = args::lang("lang", lang)?;
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `len` readable bytes (the function's contract).
        let record = unsafe { bytes("record_json", record_json, len) }?;
        // SAFETY: NULL or `related_len` readable bytes (the function's contract).
        let related = unsafe { bytes("related_json", related_json, related_len) }?;
        let out = Out::new("report_json", report_json)?;
        let today = date("today", today)?;
        let text = engine.encoding.decode("record_json", record)?;
        let related = engine.encoding.decode("related_json", related)?;
        let report = engine
            .engine
            .validate_linked_json(&text, &related, &Context::new(today))
            .map_err(|e| match &e {
                gongkai_core::Error::Parse { path, .. } if path.starts_with("/related") => {
                    engine.encoding.place(&related, e)
                }
                _ => engine.encoding.place(&text, e),
            })?;
        let json = gongkai_string::json(&report.view(lang))?;
        // SAFETY: `report_json` is valid for writing (the function's contract).
        unsafe { out.write(json) };
        Ok(())
    })
}

/// The work of both validate exports.
///
/// # Safety
/// As `gongkai_engine_validate`.
unsafe fn validate(
    engine: *const gongkai_engine,
    record_json: *const c_char,
    len: usize,
    today: u32,
    lang: Lang,
    report_json: *mut *mut gongkai_string,
) -> Result<(), Failure> {
    // SAFETY: NULL or a live engine (the caller's contract).
    let engine = unsafe { handle("engine", engine) }?;
    // SAFETY: NULL or `len` readable bytes (the caller's contract).
    let record = unsafe { bytes("record_json", record_json, len) }?;
    let out = Out::new("report_json", report_json)?;
    let today = date("today", today)?;
    let text = engine.encoding.decode("record_json", record)?;
    let report = engine
        .engine
        .validate_json(&text, &Context::new(today))
        .map_err(|e| engine.encoding.place(&text, e))?;
    let json = gongkai_string::json(&report.view(lang))?;
    // SAFETY: `report_json` is valid for writing (the caller's contract).
    unsafe { out.write(json) };
    Ok(())
}

/// The due date (or, for an "at least" rule, the earliest allowed end) of the time-limit rule
/// `rule_id` (`len` bytes, e.g. `GP-R43`) for an event on `event_date` (yyyymmdd), counted on the
/// engine's calendar, written to `*due` as yyyymmdd. A period that needs a year the calendar does
/// not cover is `GONGKAI_STATUS_YEAR_NOT_COVERED`; an unknown rule
/// `GONGKAI_STATUS_RULES_UNKNOWN_RULE`; a rule without a period
/// `GONGKAI_STATUS_RULES_NOT_A_DEADLINE`. `*due` is written only on success.
///
/// # Safety
/// `engine` is NULL or a live engine; `rule_id` is NULL or points to `len` readable bytes; `due`
/// is NULL or valid for writing a `uint32_t`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_due_date(
    engine: *const gongkai_engine,
    rule_id: *const c_char,
    len: usize,
    event_date: u32,
    due: *mut u32,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `len` readable bytes (the function's contract).
        let rule_id = unsafe { bytes("rule_id", rule_id, len) }?;
        let due = Out::new("due", due)?;
        let event = date("event_date", event_date)?;
        let rule_id = engine.encoding.decode("rule_id", rule_id)?;
        let end = yyyymmdd(engine.engine.due_date(&rule_id, event)?.end)?;
        // SAFETY: `due` is valid for writing (the function's contract).
        unsafe { due.write(end) };
        Ok(())
    })
}

/// A copy of the calendar the engine counts deadlines on (the official one plus the
/// configuration's years and local days off), to query with the `gongkai_calendar_*` functions.
///
/// On success `*out` is a new calendar the caller owns and frees with `gongkai_calendar_free`,
/// independently of the engine. On failure `*out` is left unchanged.
///
/// # Safety
/// `engine` is NULL or a live engine; `out` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_calendar(
    engine: *const gongkai_engine,
    out: *mut *mut gongkai_calendar,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        let out = Out::new("out", out)?;
        let calendar = gongkai_calendar::boxed(engine.engine.calendar().clone());
        // SAFETY: `out` is valid for writing (the function's contract).
        unsafe { out.write(calendar) };
        Ok(())
    })
}

/// Frees an engine. NULL does nothing. Freeing the same engine twice, or while another thread
/// uses it, is undefined behaviour.
///
/// # Safety
/// `engine` is NULL or an engine from this library that has not been freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_free(engine: *mut gongkai_engine) {
    ffi_boundary!({
        if !engine.is_null() {
            // SAFETY: not NULL, from `Box::into_raw` in `gongkai_engine_new`, not yet freed (the
            // function's contract).
            drop(unsafe { Box::from_raw(engine) });
        }
    })
}
