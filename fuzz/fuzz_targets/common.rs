//! What every target checks of a string the library returned on success.

use gongkai::*;

/// Checks that `result` is NUL-terminated UTF-8 starting with `start`, then frees it.
///
/// # Safety
/// `result` is a live string from the library, not used again after this call.
pub unsafe fn check_and_free(result: *mut gongkai_string, start: &[u8]) {
    // SAFETY: a live string (the caller's promise), freed once after the last read.
    unsafe {
        let p = gongkai_string_ptr(result).cast::<u8>();
        let len = gongkai_string_len(result);
        assert_eq!(*p.add(len), 0);
        let text = std::slice::from_raw_parts(p, len);
        assert!(std::str::from_utf8(text).is_ok());
        assert!(text.starts_with(start));
        gongkai_string_free(result);
    }
}
