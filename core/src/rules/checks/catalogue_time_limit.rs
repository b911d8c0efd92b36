//! `catalogueTimeLimit`: a time limit for publishing an item that a catalogue states and a
//! record's events cannot yet express: a change published within its own period (建保〔2011〕64号
//! 二: 10 working days after a change, 20 after formation), or publication tied to an event (a
//! 招标公告 is the event it announces; the budget is published in the procurement documents,
//! 政府采购法实施条例 第三十条). Read by the catalogue check and the baseline catalogue.

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx};
use crate::period::Period;

/// When the rule's item is to be published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueTimeLimit {
    /// What the limit runs from.
    pub on: TermEvent,
    /// The period; absent for publication with the event itself (`on: "event"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The event, in the law's words (`调整或变更`, `招标文件`), for the baseline and messages.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub event: String,
}

/// What a catalogue time limit runs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermEvent {
    /// 形成: the information comes into being (a plan is set, a project starts).
    Formed,
    /// 变更: the information changes.
    Changed,
    /// The item is published with an event (in the documents, as the notice itself).
    Event,
}

crate::parse::by_name!(TermEvent [
    Formed = "formed",
    Changed = "changed",
    Event = "event",
]);

impl CheckKind for CatalogueTimeLimit {
    const KIND: &'static str = "catalogueTimeLimit";
    const ABOUT: &'static str = "a catalogue time limit on formation, change or an event";

    fn emits(&self, _code: &str) -> bool {
        false
    }

    fn describe(&self) -> String {
        match self.period {
            Some(p) => format!(
                "catalogue time limit: within {} {} of {}",
                p.n,
                p.unit.name_en(),
                self.on.json_name()
            ),
            None => format!("catalogue time limit: with the event ({})", self.event),
        }
    }
}

impl CatalogueTimeLimit {
    /// Nothing about a record: read by the catalogue check and the baseline.
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}
}
