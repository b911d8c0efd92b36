//! What a catalogue check is asked, and what it answers.

use serde::Serialize;

use crate::finding::Finding;
use crate::model::catalog::Level;
use crate::model::domain::Domain;
use crate::model::item::ItemKind;

/// What to check a catalogue for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogueOptions {
    /// The domains the catalogue covers: rows are matched to these domains' items only, and
    /// only their items can be missing.
    pub domains: Vec<Domain>,
    /// The catalogue's level of government: items not required at that level are not missing.
    /// `None` for every item.
    pub level: Option<Level>,
}

/// Which items one row is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowMatch {
    /// The row's index in the catalogue.
    pub row: usize,
    /// Its items: none for a row that matches nothing (`catalogue.row_unmatched`), several for
    /// a row that covers several.
    pub items: Vec<ItemKind>,
}

/// The outcome of [`RuleSet::audit_catalogue`](crate::RuleSet::audit_catalogue).
#[derive(Debug, Clone)]
pub struct CatalogueReport {
    /// Each row's items, in row order.
    pub rows: Vec<RowMatch>,
    /// What the check found.
    pub findings: Vec<Finding>,
}
