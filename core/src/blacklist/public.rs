//! The public view of an entry: the fields the law says to publish, and nothing more.

use chrono::NaiveDate;
use serde::Serialize;

use super::Entry;
use super::basis::Family;
use crate::redact::{MaskPolicy, redact};

/// An entry as it may be published.
///
/// The fields are those the two publication rules list, which agree but for the address:
///
/// - 财办库〔2014〕526号 二 (V-quote): 企业名称、企业地址、严重违法失信行为的具体情形、处罚结果、
///   处罚依据、处罚日期和执法单位;
/// - 招标投标违法行为记录公告暂行办法 Art 8 (V-quote): 当事人名称（或姓名）、违法行为、处理依据、
///   处理决定、处理时间和处理机关.
///
/// The address is shown only for entries on the procurement list (526号). Neither list names a
/// credit code or an ID number, so a credit code is not shown, and a natural person's ID number
/// is shown masked under a [`MaskPolicy`] only to tell namesakes apart: punitive listings are
/// exempt from de-identification (国办《2018年政务公开工作要点》, V-2nd), and masking is the
/// cautious default. The decision number is not listed either, and is not shown.
///
/// Every text passes through [`redact`], so an ID or mobile number typed into the facts or the
/// penalty is masked too.
///
/// Which entries to show is the caller's: published entries are `active` and `banEnded`;
/// archived ones are given on request (暂行办法 Art 9: 公告平台应当免费提供查询).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PublicEntry {
    /// 企业名称 / 当事人名称（或姓名）.
    pub name: String,
    /// A person's ID number, masked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    /// 企业地址 (procurement list only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// 严重违法失信行为的具体情形 / 违法行为.
    pub conduct: String,
    /// 处罚结果 / 处理决定.
    pub penalty: String,
    /// 处罚依据 / 处理依据.
    pub legal_basis: String,
    /// 处罚日期 / 处理时间.
    pub decided_on: NaiveDate,
    /// 执法单位 / 处理机关.
    pub authority: String,
}

impl PublicEntry {
    /// The view as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a public view always serialises")
    }
}

impl Entry {
    /// The entry as it may be published on `as_of` (corrections up to that day applied).
    ///
    /// # Example
    /// ```
    /// use gongkai::blacklist::Entry;
    /// use gongkai::redact::MaskPolicy;
    /// let e = Entry::from_json(r#"{"id":"BL-P1",
    ///   "subject":{"kind":"person","name":"陈*华","idNumber":"445402198804254469"},
    ///   "conduct":{"category":"defraudingPublicResources"},
    ///   "facts":"隐瞒住房情况骗租公共租赁住房，联系电话13812345678",
    ///   "decision":{"authority":"云江市住房和城乡建设局","number":"云住建罚〔2024〕5号","date":"2024-06-03"},
    ///   "legalBasis":{"provision":"other","document":"公共租赁住房管理办法","article":"第三十六条"},
    ///   "bars":"housing","ban":{"months":60},"listedOn":"2024-06-10"}"#)?;
    /// let v = e.public_view("2024-07-01".parse().unwrap(), &MaskPolicy::default());
    /// assert_eq!(v.id_number.as_deref(), Some("445402********4469"));
    /// assert!(v.conduct.contains("138****5678"));
    /// assert_eq!(v.legal_basis, "《公共租赁住房管理办法》第三十六条");
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn public_view(&self, as_of: NaiveDate, policy: &MaskPolicy) -> PublicEntry {
        let e = self.as_of(as_of);
        let clean = |s: &str| redact(s, policy).into_owned();
        let conduct = match &e.facts {
            Some(f) => format!("{}：{f}", e.conduct.name_zh()),
            None => e.conduct.name_zh().to_owned(),
        };
        let penalty = match (&e.decision.penalty, self.ban_term(as_of)) {
            (Some(p), _) => p.clone(),
            (None, Some(t)) => format!("自{}至{}禁止参加{}活动", t.start, t.end, e.bars.name_zh()),
            (None, None) => "见处理决定书".to_owned(),
        };
        PublicEntry {
            name: clean(e.subject.name()),
            id_number: e.subject.id_number().map(|id| id.masked(policy)),
            address: match e.legal_basis.family() {
                Family::Procurement => e.subject.address().map(clean),
                _ => None,
            },
            conduct: clean(&conduct),
            penalty: clean(&penalty),
            legal_basis: clean(&e.legal_basis.citation()),
            decided_on: e.decision.date,
            authority: clean(&e.decision.authority),
        }
    }
}
