//! gongkai (公开): executable rules for China's public resource allocation disclosure.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod ids;
pub mod redact;
