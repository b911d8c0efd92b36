//! What a barring penalty decision imposes, stated as data: the part of a blacklist entry that a
//! decision record's other fields do not already hold.
//!
//! A decision that bars a party (政府采购法 Art 77: 列入不良行为记录名单，在一至三年内禁止参加政府采购
//! 活动; 招标投标法 Arts 50, 53, 54, 60: 取消…投标资格并予以公告) implies a blacklist entry. Most of the
//! entry is in the record already: the sanctioned party (`parties`, role `sanctioned`), the
//! deciding authority and the document number (`content.authority`,
//! `content.decisionNumber`), the decision date (`events.decisionOn`), the first day published
//! (`publishedOn`). What the record's text says only in words — under which provision, for
//! what conduct, barring what, for how many months — is stated here in the entry's own terms,
//! so that [`Entry::from_decision`](crate::blacklist::Entry::from_decision) builds the entry
//! without reading free text, and refuses, naming the fact, when one is not stated.
//!
//! JSON, with the names and values of a blacklist entry:
//!
//! ```json
//! "sanction": {
//!   "legalBasis": {"provision": "procurementLaw77"},
//!   "conduct": {"category": "falseMaterials"},
//!   "ban": {"months": 12}
//! }
//! ```
//!
//! `bars` defaults to the provision's own reach (政府采购法 Art 77 bars government procurement);
//! a provision of another document (`other`) names what it bars.

use serde::{Deserialize, Serialize};

use crate::blacklist::{Ban, BanBasis, Bars, Conduct, CreditClass};

/// The sanction a penalty decision imposes, as a blacklist entry states it.
///
/// Every member is optional so that a record stating part of it can still be judged and its
/// decision be told what is missing; [`Entry::from_decision`](crate::blacklist::Entry::from_decision)
/// refuses a sanction without a provision or a conduct.
///
/// # Example
/// ```
/// let s: gongkai::Sanction = serde_json::from_str(r#"{
///   "legalBasis": {"provision": "procurementLaw77"},
///   "conduct": {"category": "falseMaterials"},
///   "ban": {"months": 12}
/// }"#).unwrap();
/// assert_eq!(s.ban.unwrap().months, 12);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Sanction {
    /// The provision the ban rests on (政府采购法 第七十七条, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<BanBasis>,
    /// What the party did, in the blacklist's categories.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conduct: Option<Conduct>,
    /// What the sanction bars; absent for the provision's own reach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bars: Option<Bars>,
    /// The ban (禁止参加 / 取消投标资格 N个月, a year being 12), when the decision imposes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ban: Option<Ban>,
    /// The class under 信用修复管理办法, for decisions from 2026-04-01 that carry one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_class: Option<CreditClass>,
}
