//! `requiredElements`: the item's required elements (●) are present and not blank.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail, content_path, has_text, is_blank, withheld};
use super::not_judged::NotJudged;
use crate::Lang;
use crate::model::record::DisclosureRecord;
use crate::severity::Severity;

/// The item's required elements (●) are present and not blank; `only` narrows them to the ones
/// a law lists (an item shared by several methods' laws, each with its own list: 87号令 Art 69
/// adds the 公告期限 to 条例 Art 43's contents of a result notice); `extra` adds elements a
/// local rule requires.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequiredElements {
    /// The item's elements this rule requires, required (●) or optional (○); absent for all
    /// of the item's required ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub only: Vec<String>,
    /// Elements required on top of the item's own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub extra: Vec<ExtraElement>,
}

/// An element a local rule requires beyond the item's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraElement {
    /// The content key.
    pub key: String,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
}

impl CheckKind for RequiredElements {
    const KIND: &'static str = "requiredElements";
    const ABOUT: &'static str = "the item's required elements are present and not blank";

    fn describe(&self) -> String {
        let mut s = Self::KIND.to_owned();
        if !self.only.is_empty() {
            s.push_str(&format!(": {}", self.only.join(", ")));
        }
        if !self.extra.is_empty() {
            let keys: Vec<&str> = self.extra.iter().map(|e| e.key.as_str()).collect();
            s.push_str(&format!(" + {}", keys.join(", ")));
        }
        s
    }
}

/// A required content element is missing or blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElementMissing {
    /// The element key.
    pub key: String,
    /// Chinese label.
    pub zh: Cow<'static, str>,
    /// English label.
    pub en: Cow<'static, str>,
}

impl FindingDetail for ElementMissing {
    const CODE: &'static str = "element.missing";
    const ABOUT: &'static str = "a required content element is missing or blank";
    fn message(&self, lang: Lang) -> String {
        let ElementMissing { key, zh, en } = self;
        match lang {
            Lang::ZhCn => format!("缺少必备公开要素「{zh}」（{key}）"),
            Lang::En => format!("required element \"{en}\" ({key}) is missing or blank"),
        }
    }
}

impl RequiredElements {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<ElementMissing> + Emit<NotJudged>,
    {
        let record = cx.record;
        let filled = filled_elements(record);
        let own = record.item.elements().iter().enumerate();
        let wanted = |e: &crate::model::item::Element| {
            if self.only.is_empty() {
                e.required
            } else {
                self.only.iter().any(|k| k == e.key)
            }
        };
        for (_, e) in own.filter(|&(k, e)| wanted(e) && !filled(k)) {
            if withheld(record, e.key) {
                continue;
            }
            // Most records list nothing as not stated: no pointer is built for them.
            if !record.not_stated.is_empty() && record.does_not_state(&content_path(e.key)) {
                let judged = NotJudged::element(e);
                out.emit_as(Severity::Info, judged.fact.clone(), judged);
            } else {
                out.emit(
                    content_path(e.key),
                    ElementMissing {
                        key: e.key.to_owned(),
                        zh: e.zh.into(),
                        en: e.en.into(),
                    },
                );
            }
        }
        for e in &self.extra {
            if !is_blank(record.content.get(&e.key)) || withheld(record, &e.key) {
                continue;
            }
            if !record.not_stated.is_empty() && record.does_not_state(&content_path(&e.key)) {
                let judged = NotJudged::content(&e.key, &e.zh, &e.en);
                out.emit_as(Severity::Info, judged.fact.clone(), judged);
            } else {
                out.emit(
                    content_path(&e.key),
                    ElementMissing {
                        key: e.key.clone(),
                        zh: e.zh.clone().into(),
                        en: e.en.clone().into(),
                    },
                );
            }
        }
    }
}

/// Which of the item's own elements have text: one pass over the content instead of a map
/// lookup per element (bit `k` for element `k`; lookups beyond 64 elements).
fn filled_elements(record: &DisclosureRecord) -> impl Fn(usize) -> bool + '_ {
    let elements = record.item.elements();
    let mut bits = 0u64;
    for (key, text) in &record.content {
        if let Some(k) = elements.iter().position(|e| e.key == key)
            && k < 64
            && has_text(text)
        {
            bits |= 1 << k;
        }
    }
    move |k| match k {
        0..64 => bits >> k & 1 == 1,
        _ => !is_blank(record.content.get(elements[k].key)),
    }
}
