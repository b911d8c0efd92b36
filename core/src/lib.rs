//! gongkai (公开): executable rules for China's public resource allocation disclosure
//! (公共资源配置领域政府信息公开).
//!
//! 国办发〔2017〕97号 and 粤办函〔2018〕201号 require six key domains — affordable housing, land-use
//! rights, mining rights, government procurement, state-owned property transactions and
//! construction bidding — to disclose how public resources are allocated: each item with its
//! content, time limit, channel, responsible body and supervision channel. gongkai turns those
//! rules into data and code that a government system, a web form or an evaluator can run.
//!
//! ```
//! use gongkai::{Context, DisclosureRecord, Engine, Lang};
//!
//! let record = DisclosureRecord::from_json(r#"{
//!   "id": "QY-GP-2024-0815", "domain": "governmentProcurement", "item": "procurementResult",
//!   "title": "清远市某医院医疗设备采购项目中标结果公告",
//!   "responsibleBody": { "name": "清远市某医院" },
//!   "formedOn": "2024-09-27", "publishedOn": "2024-09-29", "status": "published",
//!   "channels": ["ccgp"],
//!   "content": { "projectName": "医疗设备采购", "winnerName": "广东某医疗器械有限公司",
//!                "awardAmount": "1,180,000元", "contact": "联系人李工 13812345678" },
//!   "amounts": { "budget": 1200000, "contract": 1180000 }
//! }"#)?;
//! let report = Engine::national().validate(&record, &Context::new("2024-10-08".parse().unwrap()));
//! for f in &report.findings {
//!     println!("{} {} {}", f.code().as_str(), f.path(), f.message(Lang::ZhCn));
//! }
//! assert!(report.findings.iter().any(|f| f.code().as_str() == "element.missing"));
//! # Ok::<(), gongkai::Error>(())
//! ```
//!
//! # Contents
//! - [`model`]: the data model — [`Domain`], [`ItemKind`] with its content elements,
//!   [`DisclosureRecord`], [`CatalogEntry`].
//! - [`rules`]: the rule table ([`RuleSet`], [`Rule`], [`Check`]; one file per kind of check in
//!   [`rules::checks`]), each row with its
//!   [`LegalBasis`]; the baseline 主动公开目录清单 and the check of a department's catalogue.
//! - [`blacklist`]: the 黑名单 — entries, their lifecycle, screening, publication.
//! - [`Engine`] and [`Context`]: judging records into a [`Report`] of [`Finding`]s.
//! - [`notice`]: reading a published notice (text or HTML) into the record it describes, each
//!   value with the span it was read from, and judging it ([`Engine::validate_notice`]).
//! - [`Error`]: input that could not be judged, with stable codes.
//!
//! Findings are data: a stable code, a severity, an RFC 6901 JSON Pointer to the field, a
//! message in zh-CN or en, and the legal basis. An [`Error`] means the input could not be
//! judged at all. The library does no I/O and never reads the clock: `today` is a parameter.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod amendment;
pub mod assessment;
pub mod blacklist;
pub mod calendar;
mod config_json;
pub mod date;
pub mod deadline;
pub mod engine;
pub mod error;
pub mod finding;
pub mod ids;
pub mod lang;
pub mod legal;
mod mask_policy;
pub mod model;
#[cfg(feature = "notice")]
pub mod notice;
mod parse;
pub mod period;
mod pointer;
pub mod redact;
pub mod rules;
mod severity;

pub use engine::{Context, Engine, EngineConfig, LocalDayOff};
pub use error::{Error, Expected};
pub use finding::{Finding, Report};
pub use lang::Lang;
pub use legal::{LegalBasis, Verification};
pub use model::amount::Yuan;
pub use model::catalog::{
    Audience, CatalogEntry, Catalogue, CatalogueHeader, DisclosureMode, Level,
};
pub use model::domain::{Domain, LeadDepartment, Matter};
pub use model::item::{Element, ItemKind, ItemSpec};
pub use model::method::Method;
pub use model::record::{
    Amounts, Anchor, Channel, DisclosureRecord, Events, Exemption, ExemptionCategory,
    ExemptionScope, Party, PartyRole, ResponsibleBody, Status,
};
pub use model::sanction::Sanction;
pub use parse::message_zh as parse_message_zh;
pub use period::{Period, PeriodUnit};
#[cfg(feature = "catalogue")]
pub use rules::catalogue::{CatalogueOptions, CatalogueReport, RowMatch};
pub use rules::{
    Check, DeadlineDetail, Detail, Direction, FindingCode, ObligationDue, Rule, RuleSet,
};
pub use severity::Severity;
