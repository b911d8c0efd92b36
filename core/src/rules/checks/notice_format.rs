//! `noticeFormat`: a published notice carries the headings of the format in force for its item
//! (财办库〔2020〕50号 for procurement notices). Only a notice's text has headings: judged when a
//! notice is read ([`Engine::validate_notice`](crate::Engine::validate_notice)), never on a
//! record. Built with the `notice` feature, as the reader is: without it the kind and its code
//! are not in the build.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, FindingDetail};
use crate::Lang;

/// The headings a notice of the item must have, in order: each as the wordings that name it
/// (a heading contains one of them).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoticeFormat {
    /// Each heading of the format, as the wordings that may name it (`["中标（成交）信息",
    /// "中标信息", "成交信息"]`).
    pub headings: Vec<Vec<String>>,
}

impl CheckKind for NoticeFormat {
    const KIND: &'static str = "noticeFormat";
    const ABOUT: &'static str = "a notice carries the headings of its format (read notices only)";

    fn describe(&self) -> String {
        let first: Vec<&str> = self
            .headings
            .iter()
            .filter_map(|h| h.first().map(String::as_str))
            .collect();
        format!("noticeFormat: {}", first.join(", "))
    }
}

impl NoticeFormat {
    /// Nothing about a record: a record has no headings.
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}

    /// The headings of the format that none of `labels` (a notice's numbered headings,
    /// normalised) names and that are not `accounted` for otherwise (for a wording: the notice
    /// gives its element under a heading of other words): each by its first wording.
    ///
    /// Of a copy that does not show the whole notice (`complete` false: unsigned, cut short),
    /// only the headings before the last one it shows: what would follow may be in the part
    /// the copy lost.
    pub(crate) fn missing(
        &self,
        labels: &[Cow<'_, str>],
        accounted: impl Fn(&str) -> bool,
        complete: bool,
    ) -> Vec<String> {
        let present: Vec<bool> = self
            .headings
            .iter()
            .map(|words| {
                if words.iter().any(|w| accounted(w)) {
                    return true;
                }
                // Each wording normalised once, not once a label.
                let words: Vec<Cow<'_, str>> = words
                    .iter()
                    .map(|w| crate::notice::normal_label(w))
                    .collect();
                labels
                    .iter()
                    .any(|l| words.iter().any(|w| crate::notice::holds(l, w)))
            })
            .collect();
        let judged = match complete {
            true => present.len(),
            false => present.iter().rposition(|p| *p).unwrap_or(0),
        };
        self.headings
            .iter()
            .zip(&present)
            .take(judged)
            .filter(|(_, present)| !**present)
            .filter_map(|(words, _)| words.first().cloned())
            .collect()
    }
}

/// A notice without headings of its format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeHeadingsMissing {
    /// The headings missing, each by its format's wording.
    pub missing: Vec<String>,
}

impl FindingDetail for NoticeHeadingsMissing {
    const CODE: &'static str = "notice.headings_missing";
    const ABOUT: &'static str = "a notice without headings of the format in force for its item";
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::ZhCn => format!("公告缺少格式规范规定的标题：{}", self.missing.join("、")),
            Lang::En => format!(
                "the notice lacks headings of its format: {}",
                self.missing.join(", ")
            ),
        }
    }
}
