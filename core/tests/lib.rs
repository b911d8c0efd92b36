//! Integration tests for gongkai.
