//! What one source (a text, a holiday-cn JSON, a list of local days off) declares, each line
//! or item checked on its own, before it is merged into a calendar.

use super::day::{Notice, SpecialDay};
use super::error::Location;

/// Days and years read from one source, each line checked on its own.
#[derive(Debug, Default)]
pub(super) struct Input {
    pub(super) years: Vec<DeclaredYear>,
    pub(super) days: Vec<(SpecialDay, Location)>,
}

/// A year the source declares, with the notices it cites.
#[derive(Debug)]
pub(super) struct DeclaredYear {
    pub(super) year: i32,
    pub(super) notices: Vec<Notice>,
    pub(super) at: Location,
}
