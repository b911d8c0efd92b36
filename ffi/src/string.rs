//! `gongkai_string`: text the library allocates and the caller frees.

use std::ffi::c_char;

use crate::error::Failure;
use crate::panic::ffi_boundary;
use crate::status::gongkai_status;

/// Text the library returns (a report as JSON, an error message), UTF-8 and NUL-terminated.
///
/// Read it with `gongkai_string_ptr` and `gongkai_string_len`; free it with
/// `gongkai_string_free`. It is immutable: reading it from several threads at once is safe.
#[allow(non_camel_case_types)]
pub struct gongkai_string {
    /// The text followed by one NUL byte, and no NUL byte before it. A `Vec` rather than a
    /// `CString`: a report is serialised straight into it, with no second pass to look for NUL
    /// bytes and no reallocation to add one (JSON escapes U+0000, so the text has none).
    bytes: Vec<u8>,
}

impl gongkai_string {
    /// A boxed string of a value's JSON.
    pub(crate) fn json(value: &impl serde::Serialize) -> Result<*mut gongkai_string, Failure> {
        let mut bytes = Vec::with_capacity(1024);
        serde_json::to_writer(&mut bytes, value).map_err(|e| {
            Failure::new(
                gongkai_status::Panic,
                format!("库内部错误：无法写出 JSON：{e}"),
                format!("internal error: cannot write JSON: {e}"),
            )
        })?;
        debug_assert!(!bytes.contains(&0), "JSON escapes U+0000");
        bytes.push(0);
        Ok(Box::into_raw(Box::new(gongkai_string { bytes })))
    }

    /// A boxed string of a text; a NUL character in it (from input quoted in an error
    /// message) becomes U+FFFD so that the C string ends where the text does.
    pub(crate) fn text(text: String) -> *mut gongkai_string {
        let mut bytes = if text.contains('\0') {
            text.replace('\0', "\u{FFFD}").into_bytes()
        } else {
            text.into_bytes()
        };
        bytes.push(0);
        Box::into_raw(Box::new(gongkai_string { bytes }))
    }

    /// The text, without the terminating NUL.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.bytes.len() - 1]
    }
}

/// The string's first byte. The text is UTF-8, `gongkai_string_len(s)` bytes long, and followed
/// by a NUL byte (with none before it), so it can also be used as a C string. The pointer is
/// valid until the string is freed. NULL when `s` is NULL.
///
/// # Safety
/// `s` is NULL or a live string from this library.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn gongkai_string_ptr(s: *const gongkai_string) -> *const c_char {
    ffi_boundary!({
        // SAFETY: NULL or a live `gongkai_string` (the function's contract).
        match unsafe { s.as_ref() } {
            Some(s) => s.bytes.as_ptr().cast(),
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
        unsafe { s.as_ref() }.map_or(0, |s| s.as_bytes().len())
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
            // SAFETY: not NULL, allocated by `Box::into_raw` in `gongkai_string::json` or
            // `::text`, and not yet freed (the function's contract): rebuilt with the type that
            // allocated it.
            drop(unsafe { Box::from_raw(s) });
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_end_in_one_nul() {
        // SAFETY: strings from this module, each read then freed once.
        unsafe {
            let s = gongkai_string::text("a\0b".to_owned());
            assert_eq!((*s).as_bytes(), "a\u{FFFD}b".as_bytes());
            assert_eq!(*gongkai_string_ptr(s).add(gongkai_string_len(s)), 0);
            gongkai_string_free(s);
            let s = gongkai_string::text(String::new());
            assert_eq!(gongkai_string_len(s), 0);
            assert_eq!(*gongkai_string_ptr(s), 0);
            gongkai_string_free(s);
            let s = gongkai_string::json(&"\0").unwrap();
            assert_eq!((*s).as_bytes(), br#""\u0000""#);
            gongkai_string_free(s);
        }
    }
}
