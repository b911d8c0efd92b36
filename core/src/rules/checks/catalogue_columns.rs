//! `catalogueColumns`: the columns a 主动公开目录清单 must fill (国办发〔2017〕97号 二: 事项、内容、
//! 时限、方式、责任主体、监督渠道). Rule data for the catalogue check: a province that also asks for
//! 公开依据 or 公开对象 layers a row of its own. 监督渠道 is judged once per catalogue.

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx};

/// The columns, by their keys in a catalogue row (`level2`, `content`, `basis`, `timeLimit`,
/// `body`, `channels`, `supervision`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueColumns {
    /// The required columns.
    pub columns: Vec<CatalogueColumn>,
}

/// A column of a catalogue row that a rule can require.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CatalogueColumn {
    /// 公开事项 (二级, or 三级).
    Level2,
    /// 公开内容.
    Content,
    /// 公开依据.
    Basis,
    /// 公开时限.
    TimeLimit,
    /// 公开主体.
    Body,
    /// 公开渠道和载体.
    Channels,
    /// 监督渠道 (once per catalogue).
    Supervision,
}

crate::parse::by_name!(CatalogueColumn [
    Level2 = "level2",
    Content = "content",
    Basis = "basis",
    TimeLimit = "timeLimit",
    Body = "body",
    Channels = "channels",
    Supervision = "supervision",
]);

impl CatalogueColumn {
    /// The heading catalogues print.
    pub fn name_zh(self) -> &'static str {
        match self {
            CatalogueColumn::Level2 => "公开事项",
            CatalogueColumn::Content => "公开内容",
            CatalogueColumn::Basis => "公开依据",
            CatalogueColumn::TimeLimit => "公开时限",
            CatalogueColumn::Body => "公开主体",
            CatalogueColumn::Channels => "公开渠道和载体",
            CatalogueColumn::Supervision => "监督渠道",
        }
    }
}

impl CheckKind for CatalogueColumns {
    const KIND: &'static str = "catalogueColumns";
    const ABOUT: &'static str = "the columns a catalogue must fill (catalogue data)";

    fn emits(&self, _code: &str) -> bool {
        false
    }

    fn describe(&self) -> String {
        let names: Vec<&str> = self.columns.iter().map(|c| c.json_name()).collect();
        format!("catalogue columns: {}", names.join(", "))
    }
}

impl CatalogueColumns {
    /// Nothing about a record: read by the catalogue check.
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}
}
