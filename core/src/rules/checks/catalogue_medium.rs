//! `catalogueMedium`: a medium the law designates for an item, by the names catalogues print
//! (中国招标投标公共服务平台 and the provincial 电子招标投标公共服务平台, 发改委令第10号 第八条). A
//! catalogue row for the item must list one of them among the channels it uses. The media of
//! [`DesignatedChannel`](super::designated_channel::DesignatedChannel) rules are looked for
//! too, by their channels' printed names.

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx};

/// The designated medium, by the names a catalogue's channel column uses for it (any one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueMedium {
    /// The medium's names (`招标投标公共服务平台`, `招投标公共服务平台`).
    pub names: Vec<String>,
}

impl CheckKind for CatalogueMedium {
    const KIND: &'static str = "catalogueMedium";
    const ABOUT: &'static str = "a medium the law designates, looked for in a catalogue row";

    fn emits(&self, _code: &str) -> bool {
        false
    }

    fn describe(&self) -> String {
        format!("catalogue medium: {}", self.names.join(" or "))
    }
}

impl CatalogueMedium {
    /// Nothing about a record (records name their channels with the `Channel` enum).
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}
}
