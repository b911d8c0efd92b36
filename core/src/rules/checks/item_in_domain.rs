//! `itemInDomain`: the record's domain is its item's domain.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;
use crate::model::domain::Domain;

/// The record's domain is its item's domain.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemInDomain {}

impl CheckKind for ItemInDomain {
    const KIND: &'static str = "itemInDomain";
    const ABOUT: &'static str = "the record's domain is its item's domain";
}

/// The record's domain is not the domain of its item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemDomainMismatch {
    /// The record's domain.
    pub record: Domain,
    /// The item's domain.
    pub item: Domain,
}

impl FindingDetail for ItemDomainMismatch {
    const CODE: &'static str = "record.item_domain_mismatch";
    const ABOUT: &'static str = "the item belongs to another domain";
    fn message(&self, lang: Lang) -> String {
        let (record, item) = (self.record, self.item);
        match lang {
            Lang::ZhCn => format!(
                "信息类别属于「{}」领域，与记录所填领域「{}」不符",
                item.name_zh(),
                record.name_zh()
            ),
            Lang::En => format!(
                "the item belongs to {}, not to the record's domain {}",
                item.name_en(),
                record.name_en()
            ),
        }
    }
}

impl ItemInDomain {
    pub(crate) fn judge(&self, cx: Cx<'_>, out: &mut impl Emit<ItemDomainMismatch>) {
        let r = cx.record;
        if r.item.domain() != r.domain {
            out.emit(
                Cow::Borrowed("/item"),
                ItemDomainMismatch {
                    record: r.domain,
                    item: r.item.domain(),
                },
            );
        }
    }
}
