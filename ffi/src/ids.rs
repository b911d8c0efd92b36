//! Identifier checks: 统一社会信用代码 and 居民身份证号码.

use std::ffi::c_char;

use gongkai_core::ids::{ResidentIdNumber, UnifiedSocialCreditCode};

use crate::args::{bytes, date, utf8};
use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;

/// Checks a 统一社会信用代码 (GB 32100-2015): `len` bytes of UTF-8 at `code`. Whitespace
/// (including U+3000) is ignored, full-width forms and lower case are accepted.
///
/// `GONGKAI_STATUS_OK` for a valid code; otherwise a `GONGKAI_STATUS_USCC_*` status naming what
/// is wrong (length, character, registration authority, entity type, region, organisation code,
/// check character), `GONGKAI_STATUS_INVALID_UTF8` or `GONGKAI_STATUS_NULL_ARGUMENT`.
///
/// # Safety
/// `code` is NULL or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_uscc_check(code: *const c_char, len: usize) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: `code` is NULL or points to `len` readable bytes (the function's contract).
        let text = utf8("code", unsafe { bytes("code", code, len) }?)?;
        UnifiedSocialCreditCode::parse(text).map_err(gongkai_core::Error::from)?;
        Ok(())
    })
}

/// Checks a 居民身份证号码 (GB 11643-1999): `len` bytes of UTF-8 at `id`. Whitespace is
/// ignored, full-width forms and a lower-case `x` are accepted.
///
/// `GONGKAI_STATUS_OK` for a valid number; otherwise a `GONGKAI_STATUS_ID_NUMBER_*` status naming
/// what is wrong, `GONGKAI_STATUS_INVALID_UTF8` or `GONGKAI_STATUS_NULL_ARGUMENT`.
///
/// # Safety
/// `id` is NULL or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_id_number_check(id: *const c_char, len: usize) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: `id` is NULL or points to `len` readable bytes (the function's contract).
        let text = utf8("id", unsafe { bytes("id", id, len) }?)?;
        ResidentIdNumber::parse(text).map_err(gongkai_core::Error::from)?;
        Ok(())
    })
}

/// As `gongkai_id_number_check`, and also refuses a birth date after `today` (yyyymmdd) with
/// `GONGKAI_STATUS_ID_NUMBER_BIRTH_DATE_IN_FUTURE`.
///
/// # Safety
/// `id` is NULL or points to `len` readable bytes.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_id_number_check_as_of(
    id: *const c_char,
    len: usize,
    today: u32,
) -> gongkai_status {
    ffi_boundary!(status {
        // SAFETY: `id` is NULL or points to `len` readable bytes (the function's contract).
        let text = utf8("id", unsafe { bytes("id", id, len) }?)?;
        let today = date("today", today)?;
        let number = ResidentIdNumber::parse(text).map_err(gongkai_core::Error::from)?;
        number
            .validate_as_of(today)
            .map_err(|e| Failure::from(gongkai_core::Error::from(e)))?;
        Ok(())
    })
}
