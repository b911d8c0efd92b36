//! Tests of the C ABI, calling the `extern "C"` functions directly as C would.
//!
//! They run under Miri too (`cargo +nightly miri test -p gongkai-ffi`); the few that read files
//! or judge every golden vector are skipped there (Miri's isolation, and its speed).

mod abi;
mod header;
mod notice;
mod support;
mod vectors;
