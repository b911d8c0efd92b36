//! The finding of a rule that could not judge a record: it needs a fact the record does not
//! state — the method a rule of one method's law applies to, a budget tier, or a fact the
//! record lists as not stated (`notStated`: an element in an attachment not read, a date a copy
//! omits, a channel list known to be incomplete). Never an error and never a guess: the record
//! is neither passed nor failed by that rule.

use std::borrow::Cow;

use super::kit::{Emit, FindingDetail};
use crate::Lang;
use crate::model::item::Element;
use crate::model::record::Anchor;
use crate::model::record::DisclosureRecord;
use crate::severity::Severity;

/// A rule not judged: the record does not state a fact it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotJudged {
    /// The JSON Pointer of the fact (`"/method"`, `"/content/evaluationExperts"`).
    pub fact: Cow<'static, str>,
    /// What the fact is, in Chinese.
    pub zh: Cow<'static, str>,
    /// What the fact is, in English.
    pub en: Cow<'static, str>,
}

impl NotJudged {
    /// A fact named by a fixed pointer: the method, an amount, the publication date, the
    /// channels, an event date.
    pub(crate) fn of(fact: &'static str) -> NotJudged {
        let (zh, en) = match fact {
            "/method" => (
                "配置方式（采购方式或交易方式）",
                "allocation method (procurement method or kind of transaction)",
            ),
            "/amounts/budget" => ("预算金额", "budget"),
            "/amounts/maximumPrice" => ("最高限价", "maximum price"),
            "/amounts/contract" => ("中标（成交）或合同金额", "award or contract amount"),
            "/publishedOn" => ("发布日期", "publication date"),
            "/formedOn" => ("信息形成日期", "date the information was formed"),
            "/channels" => ("全部公开渠道", "full list of channels"),
            "/parties" => ("全部当事人", "full list of parties"),
            other => match other.strip_prefix("/events/").and_then(Anchor::event_named) {
                Some(a) => (a.name_zh(), a.name_en()),
                None => (other, other),
            },
        };
        NotJudged {
            fact: Cow::Borrowed(fact),
            zh: Cow::Borrowed(zh),
            en: Cow::Borrowed(en),
        }
    }

    /// A date the record states only to the month or year (`stated`), where the rule's answer
    /// depends on the day; or only to the day, where it depends on the time of day (a period
    /// in hours).
    pub(crate) fn imprecise(fact: &'static str, stated: crate::date::StatedDate) -> NotJudged {
        let of = NotJudged::of(fact);
        let (zh, en) = match stated.exact() {
            Some(_) => ("时刻", "time of day of"),
            None => ("日", "exact"),
        };
        NotJudged {
            zh: Cow::Owned(format!("{}的具体{zh}（仅载明{stated}）", of.zh)),
            en: Cow::Owned(format!("{en} {} (stated only as {stated})", of.en)),
            fact: of.fact,
        }
    }

    /// The fact at `pointer` in `record`: a content element of its item, a date it states only
    /// to the month or year, or a fact of [`NotJudged::of`].
    pub(crate) fn at(pointer: Cow<'static, str>, record: &DisclosureRecord) -> NotJudged {
        let item = record.item;
        match pointer {
            Cow::Borrowed(fact) => match record.dated() {
                Some((date, path)) if path == fact && date.exact().is_none() => {
                    NotJudged::imprecise(fact, date)
                }
                _ => NotJudged::of(fact),
            },
            Cow::Owned(p) => {
                let key = p.strip_prefix("/content/").unwrap_or(&p).to_owned();
                match item.elements().iter().find(|e| e.key == key) {
                    Some(e) => NotJudged::element(e),
                    // The pointer as given: the key in it is already escaped.
                    None => NotJudged {
                        zh: Cow::Owned(format!("「{key}」")),
                        en: Cow::Owned(format!("\"{key}\"")),
                        fact: Cow::Owned(p),
                    },
                }
            }
        }
    }

    /// A content element of the record's item.
    pub(crate) fn element(e: &Element) -> NotJudged {
        NotJudged::content(e.key, e.zh, e.en)
    }

    /// The content element `key`, with its labels (an item's own, or one a local rule adds).
    pub(crate) fn content(key: &str, zh: &str, en: &str) -> NotJudged {
        NotJudged {
            fact: Cow::Owned(crate::pointer::join("/content", key)),
            zh: Cow::Owned(format!("「{zh}」")),
            en: Cow::Owned(format!("\"{en}\"")),
        }
    }
}

impl FindingDetail for NotJudged {
    const CODE: &'static str = "rule.not_judged";
    const ABOUT: &'static str = "a rule not judged: the record does not state a fact it needs";
    fn message(&self, lang: Lang) -> String {
        let NotJudged { fact, zh, en } = self;
        match lang {
            Lang::ZhCn => format!("未判断：记录未载明{zh}（{fact}），该规则的判断取决于此"),
            Lang::En => {
                format!(
                    "not judged: the record does not state its {en} ({fact}), on which this rule depends"
                )
            }
        }
    }
}

/// Says that the rule did not judge the record (`rule.not_judged`, info) when the record lists
/// `fact` as not stated; true when it did, and the rule then has nothing more to say.
pub(crate) fn unstated(
    record: &DisclosureRecord,
    fact: &'static str,
    out: &mut impl Emit<NotJudged>,
) -> bool {
    let listed = record.does_not_state(fact);
    if listed {
        out.emit_as(Severity::Info, Cow::Borrowed(fact), NotJudged::of(fact));
    }
    listed
}

/// Says that the rule did not judge the record because the day that decides is one of `dates`
/// a record states only to the month or year, or the moment one it states without its time of
/// day: names the first date stated to the month or year, else the first without a time (each
/// with its pointer). For a verdict that depends on where in their spans the dates fall.
pub(crate) fn unsettled(
    dates: [(&'static str, crate::date::StatedDate); 2],
    out: &mut impl Emit<NotJudged>,
) {
    let rank = |d: crate::date::StatedDate| (d.exact().is_none(), d.secs().is_none());
    let [first, second] = dates;
    let (fact, date) = match rank(second.1) > rank(first.1) {
        true => second,
        false => first,
    };
    out.emit_as(
        Severity::Info,
        Cow::Borrowed(fact),
        NotJudged::imprecise(fact, date),
    );
}
