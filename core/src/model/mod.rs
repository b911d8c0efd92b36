//! The disclosure data model: domains, items, records and catalogue rows.

pub mod amount;
pub mod amount_text;
pub mod catalog;
pub mod domain;
pub mod item;
pub mod method;
pub mod not_stated;
pub mod record;
pub mod relative;
pub mod sanction;
