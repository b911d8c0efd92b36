//! WebAssembly build of gongkai. Later issues fill it; for now it exposes the version.

/// The library version.
pub fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}
