//! The 主动公开目录清单 (a department's proactive disclosure catalogue): its check against the
//! engine's rules, and the baseline catalogue the rules imply.

use std::ffi::c_char;

use gongkai_core::rules::catalogue::api::{catalogue_from_json, options_from_json, report_json};

use crate::args::{self, Out, bytes, handle};
use crate::engine::gongkai_engine;
use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;
use crate::string::gongkai_string;

/// Checks a department's 主动公开目录清单 against the engine's rules: which items each row is
/// about, items the catalogue lacks at its level, columns left empty, 监督渠道 once for the whole
/// catalogue (国办发〔2017〕97号 二), each row's 公开时限 read and compared with the law's, its
/// channels with the designated medium, and each item's 公开内容 with its required elements.
///
/// `catalogue_json` (`catalogue_len` bytes) is `{"header"?: {"body", "timeLimit", "channels",
/// "supervision"}, "rows": [...]}` or the rows alone as an array; a row is `{"level1", "level2",
/// "level3"?, "item"?, "content", "basis", "timeLimit", "body", "channels", "audience"?, "mode"?,
/// "supervision", ...}` (every column optional; other columns, such as 序号, are kept). `options_json`
/// (`options_len` bytes) is `{"domains": ["governmentProcurement", ...], "level"?: "county"}`:
/// the domains whose items the catalogue is to list, and its level of government (`province`,
/// `city`, `county`, `township`, `village`), at which items not required there are not missing.
/// Both are UTF-8, or GB18030 for an engine configured so.
///
/// On success `*result_json` is a new string the caller frees with `gongkai_string_free`:
/// `{"ok": bool, "rows": [{"row", "level2", "items": [...]}], "findings": [{"code", "severity",
/// "path", "message", "legalBasis", "rule"}]}`, the JSON of the Rust API's
/// `rules::catalogue::api::check_catalogue_json`, with messages in `lang`; a finding's `path`
/// points into the rows (`/3/timeLimit`; `""` for the catalogue as a whole). A catalogue that
/// breaks rules is a success with findings. On failure `*result_json` is left unchanged:
/// `GONGKAI_STATUS_INVALID_JSON` (the last error names the argument, `catalogue_json` or
/// `options_json`, and the pointer, line and column in it: an unknown domain or level, no
/// domain at all, a column that is not text), `GONGKAI_STATUS_INVALID_UTF8`,
/// `GONGKAI_STATUS_INVALID_ENCODING`, `GONGKAI_STATUS_INVALID_ARGUMENT` (`lang`),
/// `GONGKAI_STATUS_NULL_ARGUMENT`.
///
/// ```c
/// const char rows[] = "[{\"level2\": \"审批核准信息\", \"timeLimit\": \"信息形成之日起20个工作日内\"}]";
/// const char options[] = "{\"domains\": [\"constructionBidding\"], \"level\": \"county\"}";
/// gongkai_string *report = NULL;
/// if (gongkai_engine_check_catalogue(engine, rows, sizeof rows - 1, options, sizeof options - 1,
///                                    GONGKAI_LANG_ZH_CN, &report) == GONGKAI_STATUS_OK) {
///     puts(gongkai_string_ptr(report)); /* {"ok":...,"rows":[{"row":0,"level2":"审批核准信息",
///                                          "items":["biddingProjectApproval"]}],"findings":[...]} */
///     gongkai_string_free(report);
/// }
/// ```
///
/// # Safety
/// `engine` is NULL or a live engine; `catalogue_json` is NULL or points to `catalogue_len`
/// readable bytes, `options_json` NULL or to `options_len`; `result_json` is NULL or valid for
/// writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_check_catalogue(
    engine: *const gongkai_engine,
    catalogue_json: *const c_char,
    catalogue_len: usize,
    options_json: *const c_char,
    options_len: usize,
    lang: u32,
    result_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        let lang = args::lang("lang", lang)?;
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `catalogue_len` readable bytes (the function's contract).
        let catalogue = unsafe { bytes("catalogue_json", catalogue_json, catalogue_len) }?;
        // SAFETY: NULL or `options_len` readable bytes (the function's contract).
        let options = unsafe { bytes("options_json", options_json, options_len) }?;
        let out = Out::new("result_json", result_json)?;
        let catalogue = engine.encoding.decode("catalogue_json", catalogue)?;
        let options = engine.encoding.decode("options_json", options)?;
        // Options first, as the Rust API reads them; each error names its argument.
        let options = options_from_json(&options)
            .map_err(|e| Failure::in_argument("options_json", engine.encoding.place(&options, e)))?;
        let catalogue = catalogue_from_json(&catalogue).map_err(|e| {
            Failure::in_argument("catalogue_json", engine.encoding.place(&catalogue, e))
        })?;
        let report = engine.engine.rules().audit_catalogue(&catalogue, &options);
        let json = report_json(&catalogue, &report, lang);
        // SAFETY: `result_json` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_string::text(json)) };
        Ok(())
    })
}

/// The baseline 主动公开目录清单 the engine's rules imply for `options_json` (`len` bytes,
/// `{"domains": [...], "level"?: "county"}`, as for `gongkai_engine_check_catalogue`): one row
/// per item of each domain, in the order the domains are given, leaving out the items not
/// required at the level. Each row's 公开依据 and 公开时限 are those the engine judges records by.
///
/// On success `*result_json` is a new string the caller frees with `gongkai_string_free`: a JSON
/// array of rows in the catalogue's own form (`{"level1", "level2", "item", "content", "basis",
/// "timeLimit", "body", "channels", "audience", "mode", "supervision"}`), which
/// `gongkai_engine_check_catalogue` accepts as a catalogue. Row text is in Chinese, whatever the
/// language. On failure `*result_json` is left unchanged: `GONGKAI_STATUS_INVALID_JSON` (the last
/// error names the pointer), `GONGKAI_STATUS_INVALID_UTF8`, `GONGKAI_STATUS_INVALID_ENCODING`,
/// `GONGKAI_STATUS_NULL_ARGUMENT`.
///
/// ```c
/// const char options[] = "{\"domains\": [\"housing\"], \"level\": \"township\"}";
/// gongkai_string *rows = NULL;
/// if (gongkai_engine_baseline_catalogue(engine, options, sizeof options - 1, &rows) == GONGKAI_STATUS_OK) {
///     puts(gongkai_string_ptr(rows)); /* [{"level1":"保障性住房分配","level2":"分配政策",...},...] */
///     gongkai_string_free(rows);
/// }
/// ```
///
/// # Safety
/// `engine` is NULL or a live engine; `options_json` is NULL or points to `len` readable bytes;
/// `result_json` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_baseline_catalogue(
    engine: *const gongkai_engine,
    options_json: *const c_char,
    len: usize,
    result_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `len` readable bytes (the function's contract).
        let options = unsafe { bytes("options_json", options_json, len) }?;
        let out = Out::new("result_json", result_json)?;
        let text = engine.encoding.decode("options_json", options)?;
        let options = options_from_json(&text).map_err(|e| engine.encoding.place(&text, e))?;
        let rows = engine.engine.rules().baseline_for(&options);
        let json = gongkai_string::json(&rows)?;
        // SAFETY: `result_json` is valid for writing (the function's contract).
        unsafe { out.write(json) };
        Ok(())
    })
}
