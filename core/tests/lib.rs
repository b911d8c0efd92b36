//! Integration tests for gongkai: one binary, one module per concern.

mod calendar;
mod catalogue;
mod properties;
mod rule_table;
mod vectors;
