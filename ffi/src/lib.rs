//! C ABI for gongkai. Later issues fill it; for now it exports the version.

/// The library version as a NUL-terminated static string. Never freed.
pub fn version() -> &'static std::ffi::CStr {
    c"0.1.0"
}
