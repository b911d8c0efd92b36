//! `knownElements`: every content key is an element the item defines.

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail, content_path};
use crate::Lang;

/// Every content key is an element the item defines (or one a local rule adds).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KnownElements {}

impl CheckKind for KnownElements {
    const KIND: &'static str = "knownElements";
    const ABOUT: &'static str = "every content key is an element the item defines";
}

/// A content key the item does not define (often a misspelling).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementUnknown {
    /// The key as given.
    pub key: String,
}

impl FindingDetail for ElementUnknown {
    const CODE: &'static str = "element.unknown";
    const ABOUT: &'static str = "a content key the item does not define";
    fn message(&self, lang: Lang) -> String {
        let key = &self.key;
        match lang {
            Lang::ZhCn => format!("「{key}」不是该类信息定义的公开要素（可能拼写有误）"),
            Lang::En => format!("\"{key}\" is not an element of this item (a misspelling?)"),
        }
    }
}

impl KnownElements {
    pub(crate) fn judge(&self, cx: Cx<'_>, out: &mut impl Emit<ElementUnknown>) {
        for key in cx.record.content.keys() {
            if cx.record.item.element(key).is_none() && !cx.local_keys.iter().any(|k| k == key) {
                out.emit(content_path(key), ElementUnknown { key: key.clone() });
            }
        }
    }
}
