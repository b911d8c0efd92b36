//! The blacklist (黑名单) of public-resource allocation: entries, their lifecycle, screening and
//! publication.
//!
//! 国办发〔2017〕97号 asks for a 公共资源配置 blacklist of those who defraud public resources
//! (骗取公共资源) and of other bad conduct, published by the department that manages each domain;
//! 粤办函〔2018〕201号 repeats it. The bans themselves come from the sector laws (政府采购法
//! Arts 77–78, 实施条例 Art 73, 招标投标法 Arts 50, 53, 54, 60), and how long a record is
//! published from the publication rules and, from 2026-04-01, 信用修复管理办法.
//!
//! ```
//! use gongkai::blacklist::{Entry, EntryStatus, Identity, Registry};
//! use gongkai::Domain;
//!
//! let mut reg = Registry::new();
//! reg.add(Entry::from_json(r#"{
//!   "id": "YJ-BL-2024-003",
//!   "subject": {"kind": "organization", "name": "广东智联数据科技有限公司",
//!               "creditCode": "91445400MAH8P03Q3P"},
//!   "conduct": {"category": "falseMaterials"},
//!   "decision": {"authority": "云江市财政局", "number": "云财采罚〔2024〕7号", "date": "2024-07-22"},
//!   "legalBasis": {"provision": "procurementLaw77"},
//!   "bars": "governmentProcurement",
//!   "ban": {"months": 12},
//!   "listedOn": "2024-07-26"
//! }"#)?)?;
//!
//! let winner = Identity::organization("广东智联数据科技有限公司", Some("91445400MAH8P03Q3P".parse()?));
//! let on = "2024-08-09".parse()?;
//! let result = reg.screen(&winner, on, Some(Domain::GovernmentProcurement));
//! assert!(result.barred());
//! assert_eq!(result.hits[0].status, EntryStatus::Active);
//! // Not barred from land transfers: Art 77 bars government procurement only.
//! assert!(!reg.screen(&winner, on, Some(Domain::LandUseRights)).barred());
//! println!("{}", result.to_json(gongkai::Lang::ZhCn));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Contents
//! - [`Entry`]: subject ([`Subject`]), [`Conduct`], [`Decision`], [`BanBasis`] (with the range
//!   each provision allows), [`Bars`], [`Ban`], [`CreditClass`], and the [`Event`] history.
//! - [`Publication`]: how long an entry is published, derived from its provision and class.
//! - [`EntryStatus`]: pending, active, ban ended, archived, withdrawn, repaired — as of a date.
//! - [`Registry`]: add, [`withdraw`](Registry::withdraw), [`repair`](Registry::repair),
//!   [`correct`](Registry::correct), [`screen`](Registry::screen) and
//!   [`mark_not_same`](Registry::mark_not_same); JSON lines in and out.
//! - [`Entry::from_decision`]: the entry a published penalty decision implies (its
//!   [`Sanction`](crate::Sanction)), or a [`DecisionError`] naming what the record does not state;
//!   [`entry_from_decision_json`], the same from and to JSON, for the C and WASM surfaces.
//! - [`Reconciliation`]: an audit's penalty decisions against a register — a barring decision
//!   with no entry, an active entry with no published decision.
//! - [`PublicEntry`]: what may be published of an entry.
//! - [`BlacklistError`]: what was refused, with stable codes.
//!
//! # Time
//!
//! Nothing is stored that depends on today. Status, publication and barring are computed for a
//! date the caller gives, and events take effect from their own date: the answer for a date is
//! what the register showed that day, and stays so. Months are counted under 民法典 Arts 201–202
//! (a ban of 12 months from 2024-07-22 bars through 2025-07-22).
//!
//! # How firm each rule is
//!
//! | rule | source | tag |
//! |---|---|---|
//! | ban ranges | 政府采购法 Arts 77–78, 实施条例 Art 73, 招标投标法 Arts 50, 53, 54, 60 | V-text |
//! | tendering record published 6 months, or the ban if longer; then archived | 招标投标违法行为记录公告暂行办法 Art 9 | V-quote |
//! | procurement list 3 years, removed when the ban expires | 财办库〔2014〕526号 | V-2nd |
//! | credit classes 轻微/一般/严重 and their windows, from 2026-04-01 | 信用修复管理办法 (令第36号) | V-2nd |
//! | repair window of an entry without a class: 3 months | 令第58号 | V-2nd, R as a default |
//! | withdraw within 3 working days of a revocation | 行政处罚法 Arts 48, 85 | V-text |
//! | correction on a listed party's request | 暂行办法 Art 13 | V-quote |
//! | published fields | 526号 二; 暂行办法 Art 8 | V-quote |
//! | 联合惩戒 reaches the five trading domains | 联合惩戒备忘录 (number R); 公共资源交易平台管理暂行办法 Art 2 (R) | R |
//!
//! Each [`Publication`] carries its regime's [`LegalBasis`](crate::LegalBasis) with the tag, and
//! an `other` provision names its own document with the tag the caller gives (R by default).

mod basis;
mod changes;
mod conduct;
mod credit;
mod decision;
mod duplicate;
mod entry;
mod entry_ref;
mod error;
mod event;
mod flags;
mod hit;
pub(crate) mod index;
mod interner;
mod invalid_identifier;
mod jsonl;
mod loading;
mod lookup;
mod not_same;
mod packed;
mod public;
mod publication;
mod query;
mod reconcile;
mod registry;
mod result;
pub(crate) mod screen;
mod status;
mod term;

pub use basis::{BanBasis, Bars};
pub use conduct::Conduct;
pub use credit::CreditClass;
pub use decision::{DecisionError, DecisionJsonError, entry_from_decision_json};
pub use entry::{Ban, Decision, Entry, Subject};
pub use entry_ref::EntryRef;
pub use error::BlacklistError;
pub use event::{Change, Correction, Event, Stamp, WithdrawalGround};
pub use hit::{HitDetail, MatchedOn, PartyHit, ScreenHit};
pub use invalid_identifier::InvalidIdentifier;
pub use not_same::NotSame;
pub use public::PublicEntry;
pub use publication::{Publication, Regime};
pub use query::{Identity, QueryIssue, ScreenQuery};
pub use reconcile::{Listed, Reconciled, Reconciliation, Underivable, Unlisted};
pub use registry::Registry;
pub use result::{ScreenResult, Suppressed};
pub use status::{EntryStatus, Withdrawal};
pub use term::BanTerm;

use chrono::{Months, NaiveDate};

/// `date` plus `months` under 民法典 Art 202 (the corresponding day, or the month's last day);
/// the end of time when that overflows.
pub(crate) fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}
