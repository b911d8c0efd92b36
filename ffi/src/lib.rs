//! The C ABI of gongkai: `libgongkai.so` and `libgongkai.a`, declared in `include/gongkai.h`.
//!
//! ```
//! use gongkai::*;
//! let mut engine = std::ptr::null_mut();
//! // SAFETY: NULL config (the national engine) and a valid out pointer.
//! assert_eq!(unsafe { gongkai_engine_new(std::ptr::null(), 0, &mut engine) }, gongkai_status::Ok);
//! let mut due = 0u32;
//! let rule = "GP-R43";
//! // SAFETY: a live engine, `rule.len()` readable bytes, a valid out pointer.
//! let status = unsafe { gongkai_engine_due_date(engine, rule.as_ptr().cast(), rule.len(), 20240930, &mut due) };
//! assert_eq!((status, due), (gongkai_status::Ok, 20241009)); // across National Day 2024
//! // SAFETY: the engine is live and not used afterwards.
//! unsafe { gongkai_engine_free(engine) };
//! ```
//!
//! # Conventions
//!
//! These follow rustls-ffi and hyper's C API.
//!
//! - **Statuses.** Functions that can fail return a [`gongkai_status`]: `GONGKAI_STATUS_OK` (0)
//!   or what went wrong; [`gongkai_last_error_message`] gives the details (the field, the line)
//!   of the calling thread's last failure, [`gongkai_last_error_code`] its stable code. Each code
//!   of the core's errors has its own status ([`gongkai_status::of`], one table). Outputs are
//!   written only on success.
//! - **Language.** A function whose output has text in a language takes a [`gongkai_lang`] as a
//!   `uint32_t`, its last input before the output pointers; another value is
//!   `GONGKAI_STATUS_INVALID_ARGUMENT` naming it ([`gongkai_status_message`], which returns no
//!   status, reads it as zh-CN).
//! - **Panics** never cross into C: every export's body runs under one panic boundary
//!   (`ffi_boundary!`) that turns a panic into `GONGKAI_STATUS_PANIC`, NULL, 0 or nothing.
//! - **Pointers** are NULL-checked, the data pointer of a (pointer, length) pair included:
//!   NULL is `GONGKAI_STATUS_NULL_ARGUMENT`, and `_free(NULL)` does nothing.
//! - **Text in** is (pointer, length) without a NUL terminator, UTF-8 (or GB18030 for an engine
//!   configured so). **Text out** is a [`gongkai_string`] the caller frees with
//!   [`gongkai_string_free`]; static strings ([`gongkai_version`], [`gongkai_status_message`],
//!   [`gongkai_status_code`], [`gongkai_last_error_code`]) are never freed.
//! - **Dates** are `uint32_t` yyyymmdd (20240927), read as every date is
//!   ([`gongkai_core::date::from_ymd`], years 1949-2099); 0, another year or an impossible date is
//!   `GONGKAI_STATUS_INVALID_DATE`, a year without a loaded holiday schedule
//!   `GONGKAI_STATUS_YEAR_NOT_COVERED`.
//! - **Threads.** An engine or a calendar is immutable after construction (`Send + Sync`): share
//!   it between threads freely, free it once when none uses it.
//! - **JSON** is the Rust API's JSON: the same field names and finding codes as
//!   `Report::to_json` in Rust and the WASM package.
//!
//! # Contents
//! - [`gongkai_version`], [`gongkai_status_message`], [`gongkai_status_code`],
//!   [`gongkai_last_error_message`], [`gongkai_last_error_code`]
//! - calendar: [`gongkai_calendar_official`], [`gongkai_calendar_load`],
//!   [`gongkai_calendar_extend`], [`gongkai_calendar_years`], [`gongkai_calendar_is_workday`],
//!   [`gongkai_calendar_add_workdays`], [`gongkai_calendar_add_workdays_signed`],
//!   [`gongkai_calendar_workdays_between`], [`gongkai_calendar_free`]
//! - identifiers: [`gongkai_uscc_check`], [`gongkai_id_number_check`],
//!   [`gongkai_id_number_check_as_of`]
//! - engine: [`gongkai_engine_new`], [`gongkai_engine_validate`],
//!   [`gongkai_engine_validate_lang`], [`gongkai_engine_validate_linked`],
//!   [`gongkai_engine_due_date`], [`gongkai_engine_calendar`], [`gongkai_engine_free`]
//! - blacklist and assessment: [`gongkai_engine_screen`], [`gongkai_engine_screen_lang`],
//!   [`gongkai_engine_entry_from_decision`], [`gongkai_engine_validate_work_plan`],
//!   [`gongkai_engine_obligations`]
//! - catalogue: [`gongkai_engine_check_catalogue`], [`gongkai_engine_baseline_catalogue`]
//! - notices: [`gongkai_engine_validate_notice`]
//! - strings: [`gongkai_string_ptr`], [`gongkai_string_len`], [`gongkai_string_free`]
#![deny(missing_docs)]

use std::ffi::{CStr, c_char};

mod args;
mod calendar;
mod engine;
mod error;
mod ids;
mod panic;
mod screen;
mod status;
mod string;
// Declared apart, so that the header lists these functions after the engine's own.
mod catalogue;
mod notice;

pub use calendar::*;
pub use catalogue::*;
pub use engine::*;
pub use ids::*;
pub use notice::*;
pub use screen::*;
pub use status::{gongkai_lang, gongkai_status};
pub use string::*;

use panic::ffi_boundary;

const VERSION: &CStr =
    match CStr::from_bytes_with_nul(concat!(env!("CARGO_PKG_VERSION"), "\0").as_bytes()) {
        Ok(v) => v,
        Err(_) => panic!("the package version has no NUL byte"),
    };

/// The library version as a NUL-terminated static string. Never freed.
pub fn version() -> &'static CStr {
    VERSION
}

/// The library version, e.g. `"0.1.0"`: a static NUL-terminated string, never freed.
#[unsafe(no_mangle)]
pub extern "C" fn gongkai_version() -> *const c_char {
    ffi_boundary!({ VERSION.as_ptr() })
}

/// The message for a status in `lang` (a `gongkai_lang` value; any other value is zh-CN): a
/// static NUL-terminated UTF-8 string, never freed, never NULL. A status this version does not
/// know gets a message saying so.
#[unsafe(no_mangle)]
pub extern "C" fn gongkai_status_message(status: u32, lang: u32) -> *const c_char {
    ffi_boundary!({ status::status_message(status, lang) })
}

/// The stable code of a status, e.g. `"calendar.year_not_covered"` for
/// `GONGKAI_STATUS_YEAR_NOT_COVERED`: the code the Rust and WASM APIs give the same error. A
/// static NUL-terminated string, never freed, never NULL; `""` for a status this version does not
/// know.
#[unsafe(no_mangle)]
pub extern "C" fn gongkai_status_code(status: u32) -> *const c_char {
    ffi_boundary!({ status::status_code(status) })
}

/// The stable code of the last call on this thread that failed (as `gongkai_status_code` of the
/// status it returned), or `""` when none has. A static NUL-terminated string, never freed, never
/// NULL. Successful calls do not clear it.
#[unsafe(no_mangle)]
pub extern "C" fn gongkai_last_error_code() -> *const c_char {
    ffi_boundary!({ error::last_error_code().as_ptr() })
}

/// The details of the last call on this thread that failed, in `lang` (a `gongkai_lang`
/// value): the field, line or argument concerned, e.g.
/// `invalid JSON at /publishedOn (line 1, column 210): "2024-02-30": there is no day 30 in February
/// 2024, which has 29 days`.
/// Successful calls do not clear it; it is `""` when no call on this thread has failed. Calling
/// this function does not change it.
///
/// On success `*out` is a new string the caller frees with `gongkai_string_free`. An unknown
/// `lang` is `GONGKAI_STATUS_INVALID_ARGUMENT`.
///
/// # Safety
/// `out` is NULL or valid for writing a pointer.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_last_error_message(
    lang: u32,
    out: *mut *mut gongkai_string,
) -> gongkai_status {
    // Not through `ffi_boundary!(status ...)`, which would record its own failures and so
    // overwrite the message asked for.
    ffi_boundary!({
        let Some(lang) = gongkai_lang::from_u32(lang) else {
            return gongkai_status::InvalidArgument;
        };
        if out.is_null() {
            return gongkai_status::NullArgument;
        }
        let message = gongkai_string::text(error::last_error_message(lang));
        // SAFETY: `out` is not NULL and valid for writing (the function's contract).
        unsafe { out.write(message) };
        gongkai_status::Ok
    })
}
