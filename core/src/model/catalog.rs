//! A row of a 主动公开目录清单 (proactive disclosure catalogue).

use serde::{Deserialize, Serialize};

use super::item::ItemKind;

/// One row of a 主动公开目录清单, with the columns 97号 and the Guangdong catalogues use
/// (docs/legal-basis.md#catalogue): 公开事项 (two levels), 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道,
/// 公开对象, 公开方式 and 监督渠道.
///
/// Every text column defaults to empty so that a department's catalogue with a missing column
/// still parses, and the check reports the column rather than refusing the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CatalogEntry {
    /// 一级事项.
    #[serde(default)]
    pub level1: String,
    /// 二级事项.
    #[serde(default)]
    pub level2: String,
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
