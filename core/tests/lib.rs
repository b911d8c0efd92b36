//! Integration tests for gongkai: one binary, one module per concern.

mod amendments;
mod assessment;
mod blacklist;
mod calendar;
mod catalogue;
#[cfg(feature = "catalogue-files")]
mod catalogue_files;
mod catalogue_vectors;
mod decision_vectors;
mod hours;
mod ids;
mod module_graph;
mod notice_format;
mod notice_reports;
mod notices;
mod properties;
mod real_catalogues;
mod real_corpus;
mod redact;
mod rule_table;
mod stated_dates;
mod vector_projection;
mod vector_schema;
mod vectors;
