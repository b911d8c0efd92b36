//! Screening subjects against the engine's blacklist, the blacklist entry a penalty decision
//! implies, and the assessment's JSON functions (work plans, a notice's obligations).

use std::ffi::c_char;

use gongkai_core::Lang;
use gongkai_core::blacklist::DecisionJsonError;

use crate::args::{self, Out, bytes, date, handle};
use crate::engine::gongkai_engine;
use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;
use crate::string::gongkai_string;

/// Screens one subject against the engine's blacklist (the configuration's `blacklist`) as of
/// `on` (yyyymmdd): identifier first (统一社会信用代码 or 身份证号), then the normalised name.
///
/// `subject_json` is `{"name": "...", "creditCode"?: "...", "idNumber"?: "...", "domain"?:
/// "governmentProcurement"}` (`len` bytes). On success `*result_json` is a new string the caller
/// frees with `gongkai_string_free`: `{"barred": bool, "hits": [{"entryId", "matchedOn",
/// "status", "bars", "message", "legalBasis", ...}]}`, the JSON the Rust API's
/// `Engine::screen_json` writes, with messages in zh-CN (see `gongkai_engine_screen_lang`). On
/// failure `*result_json` is left unchanged.
///
/// # Safety
/// `engine` is NULL or a live engine; `subject_json` is NULL or points to `len` readable bytes;
/// `result_json` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_screen(
    engine: *const gongkai_engine,
    subject_json: *const c_char,
    len: usize,
    on: u32,
    result_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: passed on under this function's contract, which is `screen`'s.
        unsafe { screen(engine, subject_json, len, on, Lang::ZhCn, result_json) }
    })
}

/// As `gongkai_engine_screen`, with messages in `lang` (`GONGKAI_LANG_ZH_CN` or
/// `GONGKAI_LANG_EN`); another value is `GONGKAI_STATUS_INVALID_ARGUMENT`.
///
/// # Safety
/// As `gongkai_engine_screen`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_screen_lang(
    engine: *const gongkai_engine,
    subject_json: *const c_char,
    len: usize,
    on: u32,
    lang: u32,
    result_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        let lang = args::lang("lang", lang)?;
        // SAFETY: passed on under this function's contract, which is `screen`'s.
        unsafe { screen(engine, subject_json, len, on, lang, result_json) }
    })
}

/// The work of both screen exports.
///
/// # Safety
/// As `gongkai_engine_screen`.
unsafe fn screen(
    engine: *const gongkai_engine,
    subject_json: *const c_char,
    len: usize,
    on: u32,
    lang: Lang,
    result_json: *mut *mut gongkai_string,
) -> Result<(), Failure> {
    // SAFETY: NULL or a live engine (the caller's contract).
    let engine = unsafe { handle("engine", engine) }?;
    // SAFETY: NULL or `len` readable bytes (the caller's contract).
    let subject = unsafe { bytes("subject_json", subject_json, len) }?;
    let out = Out::new("result_json", result_json)?;
    let on = date("on", on)?;
    let text = engine.encoding.decode("subject_json", subject)?;
    let json = engine
        .engine
        .screen_json(&text, on, lang)
        .map_err(|e| engine.encoding.place(&text, e))?;
    // SAFETY: `result_json` is valid for writing (the caller's contract).
    unsafe { out.write(gongkai_string::text(json)) };
    Ok(())
}

/// The blacklist entry a published penalty decision implies (the Rust API's
/// `Entry::from_decision`): `record_json` (`len` bytes, UTF-8 or GB18030 as the engine is
/// configured) is a record of a penalty-decision item (`procurementPenaltyDecision`,
/// `biddingPenaltyDecision`, …) with its `sanction`, its one party of role `sanctioned` (with a
/// `creditCode` or an `idNumber`), `content.authority`, `content.decisionNumber`,
/// `events.decisionOn` and `publishedOn`. The decision is the act that lists the party: the entry
/// is its subject, conduct, number, authority, date, provision and ban, listed from the day the
/// decision is published, with the record's id. The engine is read for its input encoding only:
/// the entry does not depend on its rules or blacklist.
///
/// On success `*entry_json` is a new string the caller frees with `gongkai_string_free`: the
/// entry as one line of the registry's JSON-lines form (`{"id", "subject", "conduct", "facts"?,
/// "decision", "legalBasis", "bars", "ban"?, "listedOn", "creditClass"?}`), which a configuration's
/// `blacklist` accepts as it is. On failure `*entry_json` is left unchanged, the status says why
/// the record yields no entry, and the last error names the fact at fault as a JSON Pointer into
/// the record (`... (at /status)`): `GONGKAI_STATUS_DECISION_NOT_A_DECISION`,
/// `GONGKAI_STATUS_DECISION_WITHDRAWN`, `GONGKAI_STATUS_DECISION_FACTS_MISSING` (the last error
/// lists every fact missing, as JSON Pointers into the record: `/content/decisionNumber`,
/// `/events/decisionOn`, `/sanction`, ...), `GONGKAI_STATUS_DECISION_SEVERAL_SANCTIONED`,
/// `GONGKAI_STATUS_DECISION_SUBJECT_AMBIGUOUS`, `GONGKAI_STATUS_DECISION_PROVISION_OUTSIDE_DOMAIN`,
/// a `GONGKAI_STATUS_USCC_*` or `GONGKAI_STATUS_ID_NUMBER_*` status for the sanctioned party's
/// identifier, a `GONGKAI_STATUS_BLACKLIST_*` status for an entry the blacklist refuses (a ban
/// outside the provision's range: `GONGKAI_STATUS_BLACKLIST_BAN_OUT_OF_RANGE`), or
/// `GONGKAI_STATUS_INVALID_JSON` naming the field of a record that is not one.
///
/// ```c
/// gongkai_string *entry = NULL;
/// gongkai_status s = gongkai_engine_entry_from_decision(engine, record, record_len, &entry);
/// if (s == GONGKAI_STATUS_OK) {
///     fprintf(registry, "%s\n", gongkai_string_ptr(entry)); /* one line of the JSON-lines file */
///     gongkai_string_free(entry);
/// } else if (s == GONGKAI_STATUS_DECISION_FACTS_MISSING) {
///     gongkai_string *why = NULL;
///     gongkai_last_error_message(GONGKAI_LANG_EN, &why); /* "the record does not state
///                                                          /content/decisionNumber, /sanction" */
///     gongkai_string_free(why);
/// }
/// ```
///
/// # Safety
/// `engine` is NULL or a live engine; `record_json` is NULL or points to `len` readable bytes;
/// `entry_json` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_entry_from_decision(
    engine: *const gongkai_engine,
    record_json: *const c_char,
    len: usize,
    entry_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `len` readable bytes (the function's contract).
        let record = unsafe { bytes("record_json", record_json, len) }?;
        let out = Out::new("entry_json", entry_json)?;
        let text = engine.encoding.decode("record_json", record)?;
        let json = gongkai_core::blacklist::entry_from_decision_json(&text).map_err(|e| match e {
            DecisionJsonError::Record(e) => Failure::from(engine.encoding.place(&text, e)),
            DecisionJsonError::Decision(e) => Failure::from(e),
        })?;
        // SAFETY: `entry_json` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_string::text(json)) };
        Ok(())
    })
}

/// Checks a work plan (工作方案, the template of 粤办函〔2018〕201号) given as JSON against the
/// engine's rules: `{"ok": bool, "findings": [...]}` with messages in `lang`. On success
/// `*result_json` is a new string the caller frees with `gongkai_string_free`.
///
/// # Safety
/// `engine` is NULL or a live engine; `plan_json` is NULL or points to `len` readable bytes;
/// `result_json` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_validate_work_plan(
    engine: *const gongkai_engine,
    plan_json: *const c_char,
    len: usize,
    lang: u32,
    result_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        let lang = args::lang("lang", lang)?;
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `len` readable bytes (the function's contract).
        let plan = unsafe { bytes("plan_json", plan_json, len) }?;
        let out = Out::new("result_json", result_json)?;
        let text = engine.encoding.decode("plan_json", plan)?;
        let json = gongkai_core::assessment::api::validate_work_plan_json(&engine.engine, &text, lang)
            .map_err(|e| engine.encoding.place(&text, e))?;
        // SAFETY: `result_json` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_string::text(json)) };
        Ok(())
    })
}

/// A notice's obligations with their status (the work plan within two months, the progress
/// report before the end of each February), from `{"noticeIssued": "2018-06-12",
/// "departments"?: [...], "filings"?: [...], "asOf": "2019-03-01"}`. On success `*result_json` is
/// a new string (a JSON array) the caller frees with `gongkai_string_free`.
///
/// # Safety
/// `engine` is NULL or a live engine; `input_json` is NULL or points to `len` readable bytes;
/// `result_json` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_obligations(
    engine: *const gongkai_engine,
    input_json: *const c_char,
    len: usize,
    result_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `len` readable bytes (the function's contract).
        let input = unsafe { bytes("input_json", input_json, len) }?;
        let out = Out::new("result_json", result_json)?;
        let text = engine.encoding.decode("input_json", input)?;
        let json = gongkai_core::assessment::api::obligations_json(&engine.engine, &text)
            .map_err(|e| engine.encoding.place(&text, e))?;
        // SAFETY: `result_json` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_string::text(json)) };
        Ok(())
    })
}
