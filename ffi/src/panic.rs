//! The panic boundary every export goes through.
//!
//! A panic must never unwind into C (undefined behaviour). Each `extern "C"` function's body is
//! one `ffi_boundary!` invocation, which runs it under [`std::panic::catch_unwind`] and turns a
//! panic into the return type's [`PanicValue`]: `GONGKAI_STATUS_PANIC`, NULL, `false`, 0 or
//! nothing. (The macro wraps the body, not the item, so that cbindgen sees every signature, as
//! in rustls-ffi's `ffi_panic_boundary!`.) No profile may set `panic = "abort"`: it would turn
//! this boundary into an abort.

use std::panic::{AssertUnwindSafe, catch_unwind};

use crate::error::Failure;
use crate::status::gongkai_status;

/// The value an export returns when its body panicked.
pub(crate) trait PanicValue {
    /// The fallback.
    fn panic_value() -> Self;
}

impl PanicValue for gongkai_status {
    fn panic_value() -> Self {
        gongkai_status::Panic
    }
}

impl<T> PanicValue for *const T {
    fn panic_value() -> Self {
        std::ptr::null()
    }
}

impl<T> PanicValue for *mut T {
    fn panic_value() -> Self {
        std::ptr::null_mut()
    }
}

impl PanicValue for usize {
    fn panic_value() -> Self {
        0
    }
}

impl PanicValue for () {
    fn panic_value() -> Self {}
}

/// Runs an export's body; on a panic, records it as the thread's last error and returns the
/// fallback. The one place that catches panics.
pub(crate) fn guard<T: PanicValue>(body: impl FnOnce() -> T) -> T {
    match catch_unwind(AssertUnwindSafe(body)) {
        Ok(value) => value,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Failure::new(
                gongkai_status::Panic,
                format!("库内部错误（panic）：{what}"),
                format!("internal error (panic): {what}"),
            )
            .record();
            T::panic_value()
        }
    }
}

/// Runs the body of an export that returns a status: `Ok(())` is `GONGKAI_STATUS_OK`, a
/// [`Failure`] is recorded as the thread's last error and returns its status.
pub(crate) fn guard_status(body: impl FnOnce() -> Result<(), Failure>) -> gongkai_status {
    guard(|| match body() {
        Ok(()) => gongkai_status::Ok,
        Err(failure) => failure.record(),
    })
}

/// The body of every `extern "C"` function.
///
/// - `ffi_boundary!(status { ...; Ok(()) })` for a function returning `gongkai_status`: the
///   block is a `Result<(), Failure>`, so `?` works inside it.
/// - `ffi_boundary!({ ... })` for any other return type with a [`PanicValue`].
macro_rules! ffi_boundary {
    (status $body:block) => {
        $crate::panic::guard_status(
            move || -> ::std::result::Result<(), $crate::error::Failure> { $body },
        )
    };
    ($body:block) => {
        $crate::panic::guard(move || $body)
    };
}

pub(crate) use ffi_boundary;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_the_fallback_and_the_last_error() {
        let status = guard_status(|| panic!("boom"));
        assert_eq!(status, gongkai_status::Panic);
        assert!(crate::error::last_error_message(gongkai_core::Lang::En).contains("boom"));
        let p: *const u8 = guard(|| panic!("again"));
        assert!(p.is_null());
        assert_eq!(guard(|| -> usize { panic!("len") }), 0);
    }
}
