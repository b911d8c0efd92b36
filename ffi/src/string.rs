//! `gongkai_string`: text the library allocates and the caller frees.

use std::ffi::{CString, c_char};

use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;

/// Text the library returns (a report as JSON, an error message), UTF-8 and NUL-terminated.
///
/// Read it with `gongkai_string_ptr` and `gongkai_string_len`; free it with
/// `gongkai_string_free`. It is immutable: reading it from several threads at once is safe.
#[allow(non_camel_case_types)]
pub struct gongkai_string {
    text: CString,
}

impl gongkai_string {
    /// A boxed string for C. Text from the library never holds a NUL byte (JSON escapes it);
    /// if it ever did, that would be a bug, reported as such.
    pub(crate) fn boxed(text: String) -> Result<*mut gongkai_string, Failure> {
        let text = CString::new(text).map_err(|_| {
            Failure::new(
                gongkai_status::Panic,
                "库内部错误：输出文本含有 NUL 字节".to_owned(),
                "internal error: output text has a NUL byte".to_owned(),
            )
        })?;
        Ok(Box::into_raw(Box::new(gongkai_string { text })))
    }

    /// The text, without the terminating NUL.
    pub fn as_bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }
}

/// The string's first byte. The text is UTF-8, `gongkai_string_len(s)` bytes long, and followed
/// by a NUL byte, so it can also be used as a C string. The pointer is valid until the string is
/// freed. NULL when `s` is NULL.
///
/// # Safety
/// `s` is NULL or a live string from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_string_ptr(s: *const gongkai_string) -> *const c_char {
    ffi_boundary!({
        // SAFETY: NULL or a live `gongkai_string` (the function's contract).
        match unsafe { s.as_ref() } {
            Some(s) => s.text.as_ptr(),
            None => std::ptr::null(),
        }
    })
}

/// The string's length in bytes, not counting the terminating NUL. 0 when `s` is NULL.
///
/// # Safety
/// `s` is NULL or a live string from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_string_len(s: *const gongkai_string) -> usize {
    ffi_boundary!({
        // SAFETY: NULL or a live `gongkai_string` (the function's contract).
        unsafe { s.as_ref() }.map_or(0, |s| s.text.as_bytes().len())
    })
}

/// Frees a string. NULL does nothing. The string and any pointer from `gongkai_string_ptr` are
/// invalid afterwards; freeing the same string twice is undefined behaviour.
///
/// # Safety
/// `s` is NULL or a string from this library that has not been freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_string_free(s: *mut gongkai_string) {
    ffi_boundary!({
        if !s.is_null() {
            // SAFETY: not NULL, allocated by `Box::into_raw` in `gongkai_string::boxed`, and
            // not yet freed (the function's contract): rebuilt with the type that allocated it.
            drop(unsafe { Box::from_raw(s) });
        }
    })
}
