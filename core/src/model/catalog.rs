//! A row of a 主动公开目录清单 (proactive disclosure catalogue).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::item::ItemKind;

/// One row of a 主动公开目录清单, with the columns 97号 and the Guangdong catalogues use
/// (docs/legal-basis.md#catalogue): 公开事项 (two levels), 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道,
/// 公开对象, 公开方式 and 监督渠道.
///
/// Every text column defaults to empty so that a department's catalogue with a missing column
/// still parses, and the check reports the column rather than refusing the file. Columns the
/// library does not read (序号, 备注, a link to the site) are kept in [`CatalogEntry::extra`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CatalogEntry {
    /// 一级事项.
    #[serde(default)]
    pub level1: String,
    /// 二级事项.
    #[serde(default)]
    pub level2: String,
    /// 三级事项, where the catalogue has one: matched to items before the 二级事项.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub level3: String,
    /// The item the row discloses, when the catalogue says so explicitly; otherwise rows are
    /// matched to items by their 二级事项 name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemKind>,
    /// 公开内容（要素）.
    #[serde(default)]
    pub content: String,
    /// 公开依据.
    #[serde(default)]
    pub basis: String,
    /// 公开时限.
    #[serde(default)]
    pub time_limit: String,
    /// 公开主体.
    #[serde(default)]
    pub body: String,
    /// 公开渠道和载体.
    #[serde(default)]
    pub channels: String,
    /// 公开对象.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audience: Option<Audience>,
    /// 公开方式: 主动 or 依申请.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<DisclosureMode>,
    /// 监督渠道.
    #[serde(default)]
    pub supervision: String,
    /// 公开层级 as printed (省级、市级、县级、乡级…), when the catalogue has the column.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub levels: String,
    /// Every other column, kept as given (序号, 备注, 政府网站…).
    #[serde(flatten, default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// What a catalogue states once for every row: in its heading or notes (广东省国资委 states its
/// 公开主体, 公开时限, 公开渠道 and 监督渠道 so). A row's own cell prevails over the header's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CatalogueHeader {
    /// 公开主体 for every row.
    #[serde(default)]
    pub body: String,
    /// 公开时限 for every row.
    #[serde(default)]
    pub time_limit: String,
    /// 公开渠道和载体 for every row.
    #[serde(default)]
    pub channels: String,
    /// 监督渠道 for the catalogue.
    #[serde(default)]
    pub supervision: String,
}

/// A department's 主动公开目录清单: what it states once, and its rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Catalogue {
    /// What the catalogue states once for every row.
    #[serde(default)]
    pub header: CatalogueHeader,
    /// The rows, in the catalogue's order (merged cells carried down).
    #[serde(default)]
    pub rows: Vec<CatalogEntry>,
}

/// A level of government (公开层级) whose catalogue is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// 省级 (a province, autonomous region or municipality).
    Province,
    /// 市级 (a prefecture-level city).
    City,
    /// 县级 (a county, county-level city, district or banner).
    County,
    /// 乡级 (a township, town or sub-district: 乡镇、街道).
    Township,
    /// 村级 (a village or residents' committee).
    Village,
}

crate::parse::by_name!(Level [
    Province = "province",
    City = "city",
    County = "county",
    Township = "township",
    Village = "village",
]);

impl Level {
    /// The Chinese name (`县级`).
    pub fn name_zh(self) -> &'static str {
        match self {
            Level::Province => "省级",
            Level::City => "市级",
            Level::County => "县级",
            Level::Township => "乡级（乡镇、街道）",
            Level::Village => "村级",
        }
    }
}

/// 公开对象.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Audience {
    /// 全社会.
    Public,
    /// 特定群众.
    Specific,
}

crate::parse::by_name!(Audience [
    Public = "public",
    Specific = "specific",
]);

/// 公开方式.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DisclosureMode {
    /// 主动公开.
    Proactive,
    /// 依申请公开.
    OnRequest,
}

crate::parse::by_name!(DisclosureMode [
    Proactive = "proactive",
    OnRequest = "onRequest",
]);
