//! Published notices (公告、公示) as portals serve them, plain text or HTML: read into the record
//! they describe and judged.

use std::ffi::c_char;

use gongkai_core::notice::api::validate_notice_json;

use crate::args::{self, Out, bytes, handle};
use crate::engine::gongkai_engine;
use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;
use crate::string::gongkai_string;

/// Reads a published notice and judges the record it describes (the Rust API's
/// `notice::api::validate_notice_json`): `text_len` bytes at `text`, the notice as plain text or
/// as the HTML page a portal serves (UTF-8, or GB18030 for an engine configured so), at most
/// 4 MiB. `options_json` (`options_len` bytes; NULL for none) is `{"url"?, "fetchedOn"?,
/// "today"?}`, dates as `"YYYY-MM-DD"`: where and when the page was fetched, and the day the
/// notice is judged on (`today`, which defaults to `fetchedOn`; one of them is needed, since
/// the library reads no clock). Messages are in `lang`.
///
/// On success `*report_json` is a new string the caller frees with `gongkai_string_free`:
/// `{"ok", "notice": {"type", "domain", "method"}, "record", "evidence": [{"path", "span",
/// "label"?}], "absent", "notStated", "unread": [{"key", "span"}], "complete", "dates", "amounts",
/// "signature", "findings": [{"code", "severity", "path", "message", "legalBasis", "rule",
/// "span"?}]}`; `complete` says whether the copy shows the whole notice, so that what it lacks is
/// `absent`, not `notStated`; `unread` lists the elements the notice labels in a form not read
/// (the span is the label's), which are neither absent nor judged.
/// A `span` is `[start, end]`,
/// byte offsets into the notice as UTF-8 (for a GB18030 engine, into the text decoded to
/// UTF-8), `end` exclusive. A notice that breaks rules, or lacks elements, is a success with
/// findings.
///
/// A failure leaves `*report_json` unchanged: `GONGKAI_STATUS_NOTICE_EMPTY`,
/// `GONGKAI_STATUS_NOTICE_TOO_LARGE`, `GONGKAI_STATUS_NOTICE_BINARY` (control characters or
/// mis-decoded text), `GONGKAI_STATUS_NOTICE_NOT_CHINESE`, `GONGKAI_STATUS_NOTICE_UNCLASSIFIED`
/// (a Chinese text whose type and domain name no item), `GONGKAI_STATUS_NOTICE_INVALID_OPTIONS`
/// (options that are not such JSON or give no day), `GONGKAI_STATUS_INVALID_UTF8`,
/// `GONGKAI_STATUS_INVALID_ENCODING`, `GONGKAI_STATUS_NULL_ARGUMENT`,
/// `GONGKAI_STATUS_INVALID_ARGUMENT` (an unknown `lang`).
///
/// ```c
/// /* page: the bytes of a notice read from the CMS, page_len of them */
/// const char options[] = "{\"url\": \"https://ggzy.example.gov.cn/a/1.html\", \"fetchedOn\": \"2025-07-02\"}";
/// gongkai_string *report = NULL;
/// gongkai_status s = gongkai_engine_validate_notice(engine, page, page_len, options, sizeof options - 1,
///                                                   GONGKAI_LANG_ZH_CN, &report);
/// if (s == GONGKAI_STATUS_OK) {
///     puts(gongkai_string_ptr(report)); /* {"ok":false,"notice":{"type":"result",...},"findings":[...]} */
///     gongkai_string_free(report);
/// } else {
///     printf("%s\n", gongkai_status_code(s)); /* notice.not_chinese, ... */
/// }
/// ```
///
/// # Safety
/// `engine` is NULL or a live engine; `text` is NULL or points to `text_len` readable bytes;
/// `options_json` is NULL or points to `options_len` readable bytes; `report_json` is NULL or
/// valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_engine_validate_notice(
    engine: *const gongkai_engine,
    text: *const c_char,
    text_len: usize,
    options_json: *const c_char,
    options_len: usize,
    lang: u32,
    report_json: *mut *mut gongkai_string,
) -> gongkai_status {
    ffi_boundary!(status {
        let lang = args::lang("lang", lang)?;
        // SAFETY: NULL or a live engine (the function's contract).
        let engine = unsafe { handle("engine", engine) }?;
        // SAFETY: NULL or `text_len` readable bytes (the function's contract).
        let text = unsafe { bytes("text", text, text_len) }?;
        let options: &[u8] = if options_json.is_null() {
            b""
        } else {
            // SAFETY: not NULL, so `options_len` readable bytes (the function's contract).
            unsafe { bytes("options_json", options_json, options_len) }?
        };
        let out = Out::new("report_json", report_json)?;
        // Refused before decoding: a notice too large to read is not worth decoding.
        if text.len() > gongkai_core::notice::MAX_NOTICE_BYTES {
            return Err(Failure::from(gongkai_core::notice::NoticeError::TooLarge {
                len: text.len(),
                max: gongkai_core::notice::MAX_NOTICE_BYTES,
            }));
        }
        let text = engine.encoding.decode("text", text)?;
        let options = engine.encoding.decode("options_json", options)?;
        let json = validate_notice_json(&engine.engine, &text, &options, lang)?;
        // SAFETY: `report_json` is valid for writing (the function's contract).
        unsafe { out.write(gongkai_string::text(json)) };
        Ok(())
    })
}
