//! Reading published notices (公告、公示), as plain text or HTML pages: what the notice is, which
//! elements its headings, labels and tables give, the dates, amounts, parties and 落款 it states
//! — each value with the byte span of the input it was read from, so that a caller can show the
//! evidence — and the record it describes, judged.
//!
//! ```
//! use gongkai::ItemKind;
//! use gongkai::notice::{amount_pairs, classify, dates, elements};
//!
//! let text = "\
//! 云江市档案馆档案数字化服务项目中标（成交）结果公告
//! 一、项目编号：YJCG-2024-031
//! 二、项目名称：档案数字化服务
//! 三、中标（成交）信息
//! 供应商名称：云江数据科技有限公司
//! 中标（成交）金额：人民币壹拾贰万元整（¥120,000.00）
//! 七、公告期限
//! 自本公告发布之日起1个工作日。
//! 云江市档案馆
//! 2024年9月27日";
//!
//! let kind = classify(text);
//! assert_eq!(kind.item(), Some(ItemKind::ProcurementResult));
//! let found = elements(text, kind.item());
//! assert_eq!(found[0].key, "projectNumber");
//! assert_eq!(found[0].value.and_then(|v| v.of(text)), Some("YJCG-2024-031"));
//! let when: Vec<String> = dates(text).iter().map(|d| d.value.to_string()).collect();
//! assert_eq!(when, ["本公告发布+1个工作日", "2024-09-27"]);
//! assert!(amount_pairs(text)[0].agrees());
//! ```
//!
//! # Contents
//! - [`Span`], [`Spanned`]: where a value was read.
//! - [`dates`] → [`DateValue`]: days, times, months, ranges, periods from an event.
//! - [`amounts`] → [`Amount`], [`amount_pairs`] → [`AmountPair`]: money in 大写 and figures.
//! - [`headings`] → [`Heading`]: the numbered headings and `label：value` lines.
//! - [`LabelTable`], [`elements`] → [`FoundElement`]: which element each heading gives.
//! - [`classify`] → [`Classification`]: the notice's type, domain and method.
//! - [`tables`] → [`Table`]: rows and cells; [`parties`] → [`FoundParty`]; [`signature`] →
//!   [`Signature`]: the 落款.
//! - [`HtmlText`]: a page's text, with the map from its spans back to the page.
//! - [`read`] → [`NoticeReading`]: the record a notice describes, with its [`Evidence`], absent
//!   and not-stated elements, or a [`NoticeError`];
//!   [`Engine::validate_notice`](crate::Engine::validate_notice) → [`NoticeReport`]: judged, with
//!   the text's own findings; [`api::validate_notice_json`]: the same from and to JSON.
//!
//! The readers take text, never panic, and read nothing they are unsure of: a date that does not
//! exist, figures that do not say they are money, a method named only in passing are not read.
//!
//! Text pasted from a PDF keeps the page's line breaks; where the layout shows them (paragraphs
//! indented and run on at one width), [`read`] joins the lines back first, a break becoming a
//! space, so that spans stay the input's. A table pasted a cell a line is read by its columns
//! ([`Separator::Lines`]).

mod amounts;
pub mod api;
mod dates;
mod elements;
mod headings;
mod html;
mod judge;
mod kind;
mod labels;
mod lines;
mod parties;
mod prose;
mod read;
mod signature;
mod span;
mod tables;
mod text;
mod wrapped;

#[cfg(test)]
mod tests;

pub use amounts::{Amount, AmountForm, AmountPair, amount_pairs, amounts};
pub use dates::{DateValue, dates};
pub use elements::{FoundElement, elements, elements_with};
pub use headings::{Heading, Numbering, headings};
pub use html::{HtmlText, looks_like_html};
pub(crate) use judge::judged;
pub use judge::{NoticeFinding, NoticeReport};
pub use kind::{Classification, NoticeType, classify};
pub(crate) use labels::normal as normal_label;
pub use labels::{LabelEntry, LabelTable};
pub use parties::{FoundParty, parties};
pub(crate) use read::read_with;
pub use read::{
    Evidence, InText, MAX_NOTICE_BYTES, NoticeError, NoticeReading, NoticeSource, read,
};
pub use signature::{Signature, signature};
pub use span::{Span, Spanned};
pub use tables::{Row, Separator, Table, tables};
pub(crate) use text::holds;
