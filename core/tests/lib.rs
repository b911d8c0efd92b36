//! Integration tests for gongkai.
mod ids;
mod redact;
