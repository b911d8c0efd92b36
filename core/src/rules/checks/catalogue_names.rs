//! `catalogueNames`: the names real catalogues give an item and its elements, so that a
//! department's row named 审批核准信息 is read as the item the library calls 审批核准备案信息.
//! Rule data, not a check of records: a local layer adds its own names as rows of its own.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx};

/// Other names of the rule's item (its `item`), and of its elements, as catalogues print them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueNames {
    /// Names of the item (二级 or 三级事项 as printed: `审批核准信息`, `资格预审公告`).
    #[serde(default)]
    pub names: Vec<String>,
    /// Per element key, names a row's 公开内容 (or a row's own name) uses for that element.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub elements: BTreeMap<String, Vec<String>>,
}

impl CheckKind for CatalogueNames {
    const KIND: &'static str = "catalogueNames";
    const ABOUT: &'static str =
        "names catalogues use for an item and its elements (catalogue data)";

    fn emits(&self, _code: &str) -> bool {
        false
    }

    fn describe(&self) -> String {
        let mut s = format!("catalogue names: {}", self.names.join("、"));
        for (k, v) in &self.elements {
            s.push_str(&format!("; {k}: {}", v.join("、")));
        }
        s
    }
}

impl CatalogueNames {
    /// Nothing about a record: the names are read by the catalogue check.
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}
}
