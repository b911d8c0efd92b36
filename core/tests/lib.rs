//! Integration tests for gongkai.

mod calendar;
