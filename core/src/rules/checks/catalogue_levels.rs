//! `catalogueLevels`: the levels of government (公开层级) whose catalogue must list an item. A
//! township's catalogue is not faulted for lacking a procurement result it never publishes.
//! Rule data, not a check of records.

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx};
use crate::model::catalog::Level;

/// The levels whose catalogue must hold the rule's item (or every item of its domain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueLevels {
    /// The levels required to list the item.
    pub levels: Vec<Level>,
}

impl CheckKind for CatalogueLevels {
    const KIND: &'static str = "catalogueLevels";
    const ABOUT: &'static str = "the levels whose catalogue must list an item (catalogue data)";

    fn emits(&self, _code: &str) -> bool {
        false
    }

    fn describe(&self) -> String {
        let names: Vec<&str> = self.levels.iter().map(|l| l.json_name()).collect();
        format!("catalogue levels: {}", names.join(", "))
    }
}

impl CatalogueLevels {
    /// Nothing about a record: the levels are read by the catalogue check.
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}
}
