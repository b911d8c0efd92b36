//! `summaryAgrees`: what a notice's summary says agrees with its body (政府信息公开条例 Art 6 ¶1:
//! information is published accurately): the bid deadline of the 项目概况 box over a
//! 财办库〔2020〕50号 announcement, and the amounts and dates of a box of key facts headed
//! `…摘要` against the body's lines of the same labels. Only a notice's text has a summary: judged when a notice is read, never on a
//! record. Built with the `notice` feature, as the reader is: without it the kind and its code
//! are not in the build.

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, FindingDetail};
use crate::Lang;

/// A notice's summary and its body state the same bid deadline, amounts and dates.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryAgrees {}

impl CheckKind for SummaryAgrees {
    const KIND: &'static str = "summaryAgrees";
    const ABOUT: &'static str = "a notice's summary agrees with its body (read notices only)";
}

impl SummaryAgrees {
    /// Nothing about a record: a record has no summary.
    pub(crate) fn judge<E>(&self, _cx: Cx<'_>, _out: &mut E) {}
}

/// A notice's summary and body disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoticeSummaryMismatch {
    /// What they disagree on, in Chinese (`投标截止时间`).
    pub what: String,
    /// What the summary says.
    pub summary: String,
    /// What the body says.
    pub body: String,
}

impl FindingDetail for NoticeSummaryMismatch {
    const CODE: &'static str = "notice.summary_mismatch";
    const ABOUT: &'static str = "a notice's summary and its body disagree";
    fn message(&self, lang: Lang) -> String {
        let NoticeSummaryMismatch {
            what,
            summary,
            body,
        } = self;
        match lang {
            Lang::ZhCn => format!("公告概况中的{what}「{summary}」与正文「{body}」不一致"),
            Lang::En => {
                format!("the notice's summary gives the {what} as {summary}, its body as {body}")
            }
        }
    }
}
