//! A disclosure record: one piece of government information that must be made public.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::amount::Yuan;
use super::domain::Domain;
use super::item::ItemKind;
use crate::date::StatedDate;

/// One piece of information to disclose (一条应公开的政府信息).
///
/// Its JSON form is camelCase with dates as `YYYY-MM-DD`; unknown fields are rejected so that a
/// misspelt field is never silently ignored.
///
/// # Example
/// ```
/// let json = r#"{
///   "id": "QY-GP-2024-0001", "domain": "governmentProcurement", "item": "procurementBudget",
///   "title": "清远市某局2024年办公设备采购项目预算",
///   "responsibleBody": { "name": "清远市某局" },
///   "formedOn": "2024-09-27", "publishedOn": "2024-09-29", "status": "published",
///   "channels": ["ccgp"],
///   "content": { "projectName": "办公设备采购", "budgetAmount": "1200000元" }
/// }"#;
/// let record = gongkai::DisclosureRecord::from_json(json)?;
/// assert_eq!(record.item, gongkai::ItemKind::ProcurementBudget);
/// # Ok::<(), gongkai::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DisclosureRecord {
    /// The caller's identifier for the record (a notice number, a database key).
    pub id: String,
    /// The id of the record this one changes, for a correction, suspension, resumption or
    /// termination (更正、中止、恢复、终止): it is judged with what that notice still says
    /// ([`amendment`](crate::amendment)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<String>,
    /// The domain.
    pub domain: Domain,
    /// The information item.
    pub item: ItemKind,
    /// How the resource is allocated (the procurement method, 招拍挂 or 协议, the kind of
    /// transaction), when the record states it: rules of one method's law apply only to it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<super::method::Method>,
    /// The method's name as the notice gives it, for [`Method::Other`](super::method::Method)
    /// (竞争性比选, say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method_name: Option<String>,
    /// The title as published.
    pub title: String,
    /// Who must disclose it (谁制作、谁公开).
    pub responsible_body: ResponsibleBody,
    /// The date the information was formed (形成之日). Required, unless `notStated` lists
    /// `"/formedOn"`: the record is then judged by the rules in force on its publication date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formed_on: Option<StatedDate>,
    /// The date it was last changed (变更之日), which restarts the disclosure period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub changed_on: Option<StatedDate>,
    /// The date it was published; absent while unpublished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_on: Option<StatedDate>,
    /// Where it is in its lifecycle.
    pub status: Status,
    /// Where it is (or will be) published.
    #[serde(default)]
    pub channels: Vec<Channel>,
    /// The content elements, keyed by [`Element::key`](crate::Element::key); a key given twice
    /// is an error.
    #[serde(default, deserialize_with = "crate::parse::unique_keys")]
    pub content: BTreeMap<String, String>,
    /// The parties the information names: suppliers, winners, allottees, transferees.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parties: Vec<Party>,
    /// What a penalty decision that bars a party imposes, in a blacklist entry's terms: the
    /// provision, the conduct, what it bars, the ban (see [`sanction`](super::sanction)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sanction: Option<super::sanction::Sanction>,
    /// Amounts, where the item has them.
    #[serde(default, skip_serializing_if = "Amounts::is_empty")]
    pub amounts: Amounts,
    /// Dates of the events the item's time limits are anchored on.
    #[serde(default, skip_serializing_if = "Events::is_empty")]
    pub events: Events,
    /// Why the record, or part of it, is withheld.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exemption: Option<Exemption>,
    /// Spans during which the disclosure clock stopped (an objection, a complaint, a correction).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pauses: Vec<crate::deadline::Pause>,
    /// Event dates the source states as a period after another event ("自发布之日起5个工作日"),
    /// counted by the engine on its calendar ([`relative`](super::relative)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relative_events: Vec<RelativeEvent>,
    /// Facts the source does not show (未载明), as JSON Pointers into the record
    /// (`"/content/evaluationExperts"`, `"/events/awardedOn"`, `"/channels"`): a rule that needs
    /// one says it did not judge, rather than finding it missing. See
    /// [`not_stated`](super::not_stated).
    #[serde(
        default,
        deserialize_with = "super::not_stated::de",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub not_stated: Vec<String>,
}

/// An event date stated as a period after another event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RelativeEvent {
    /// The event whose date is stated this way: a field of `events` (`"publicityEndOn"`).
    pub event: String,
    /// The event the period counts from (`"published"`, `"publicityStart"`).
    pub from: Anchor,
    /// The period.
    pub period: crate::period::Period,
    /// The day of `from` is the period's first (自…之日起，含当日); by default it is not
    /// counted (民法典 Art 201). Ignored for hours, which run from the moment (Art 201 ¶2).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub start_day_counts: bool,
}

/// The body responsible for disclosure (公开主体).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResponsibleBody {
    /// Its name.
    pub name: String,
    /// Its 统一社会信用代码, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<String>,
}

/// A record's lifecycle status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Being prepared: never overdue, never judged as published.
    Draft,
    /// Formed and awaiting publication (待公开): its clock runs, and it is overdue once its
    /// due date has passed.
    Pending,
    /// Public.
    Published,
    /// Taken down (e.g. a revoked decision, 行政处罚法 Art 48).
    Withdrawn,
}

crate::parse::by_name!(Status [
    Draft = "draft",
    Pending = "pending",
    Published = "published",
    Withdrawn = "withdrawn",
]);

/// A publication channel (公开渠道).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    /// 政府门户网站.
    GovernmentWebsite,
    /// 部门网站.
    DepartmentWebsite,
    /// 公共资源交易平台 (national or provincial).
    TradingPlatform,
    /// 中国政府采购网 or its provincial branch (政府采购信息发布管理办法 Art 8).
    Ccgp,
    /// 信用中国.
    CreditChina,
    /// 网上办事大厅.
    OnlineServiceHall,
    /// 政务微博.
    Weibo,
    /// 政务微信.
    Wechat,
    /// 报刊.
    Newspaper,
    /// 公示栏 (a notice board at the site or office).
    BulletinBoard,
    /// Another channel.
    Other,
}

crate::parse::by_name!(Channel [
    GovernmentWebsite = "governmentWebsite",
    DepartmentWebsite = "departmentWebsite",
    TradingPlatform = "tradingPlatform",
    Ccgp = "ccgp",
    CreditChina = "creditChina",
    OnlineServiceHall = "onlineServiceHall",
    Weibo = "weibo",
    Wechat = "wechat",
    Newspaper = "newspaper",
    BulletinBoard = "bulletinBoard",
    Other = "other",
]);

impl Channel {
    /// Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            Channel::GovernmentWebsite => "政府门户网站",
            Channel::DepartmentWebsite => "部门网站",
            Channel::TradingPlatform => "公共资源交易平台",
            Channel::Ccgp => "中国政府采购网及省级分网",
            Channel::CreditChina => "信用中国",
            Channel::OnlineServiceHall => "网上办事大厅",
            Channel::Weibo => "政务微博",
            Channel::Wechat => "政务微信",
            Channel::Newspaper => "报刊",
            Channel::BulletinBoard => "公示栏",
            Channel::Other => "其他",
        }
    }

    /// English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Channel::GovernmentWebsite => "government portal",
            Channel::DepartmentWebsite => "department website",
            Channel::TradingPlatform => "public resource trading platform",
            Channel::Ccgp => "China government procurement website",
            Channel::CreditChina => "Credit China",
            Channel::OnlineServiceHall => "online service hall",
            Channel::Weibo => "Weibo",
            Channel::Wechat => "WeChat",
            Channel::Newspaper => "newspaper",
            Channel::BulletinBoard => "notice board",
            Channel::Other => "other",
        }
    }
}

/// A party named in the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Party {
    /// What the party is in this record.
    pub role: PartyRole,
    /// Name of the organisation or person, at most
    /// [`MAX_NAME_CHARS`](crate::ids::org_name::MAX_NAME_CHARS) characters.
    #[serde(deserialize_with = "crate::ids::org_name::de_bounded_name")]
    pub name: String,
    /// 统一社会信用代码 of an organisation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<String>,
    /// 居民身份证号码 of a natural person. Used for screening; never part of the public text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
}

/// The role of a party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartyRole {
    /// 供应商 or 投标人 taking part.
    Bidder,
    /// 中标候选人.
    Candidate,
    /// 中标人 / 成交供应商: who wins a procurement or a tender.
    Winner,
    /// 合同供应商 (the supplier in a contract).
    Supplier,
    /// 配租配售对象 (allottee of affordable housing).
    Allottee,
    /// 受让方 (transferee of land, mining or property rights), and the 竞得人 a land or mining
    /// right's sale determines (招标拍卖挂牌出让国有建设用地使用权规定 Art 17 (四)): the party
    /// the right is granted to (Art 2), named so in the deal's notice.
    Transferee,
    /// 被处理当事人 (the party a decision is about).
    Sanctioned,
}

crate::parse::by_name!(PartyRole [
    Bidder = "bidder",
    Candidate = "candidate",
    Winner = "winner",
    Supplier = "supplier",
    Allottee = "allottee",
    Transferee = "transferee",
    Sanctioned = "sanctioned",
]);

impl PartyRole {
    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            PartyRole::Bidder => "投标人（供应商）",
            PartyRole::Candidate => "中标候选人",
            PartyRole::Winner => "中标（成交）人",
            PartyRole::Supplier => "合同供应商",
            PartyRole::Allottee => "配租配售对象",
            PartyRole::Transferee => "受让方",
            PartyRole::Sanctioned => "被处理当事人",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            PartyRole::Bidder => "bidder",
            PartyRole::Candidate => "candidate",
            PartyRole::Winner => "winner",
            PartyRole::Supplier => "contract supplier",
            PartyRole::Allottee => "allottee",
            PartyRole::Transferee => "transferee",
            PartyRole::Sanctioned => "sanctioned party",
        }
    }
}

/// Amounts in 元, where the item has them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Amounts {
    /// 预算金额.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Yuan>,
    /// 最高限价.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_price: Option<Yuan>,
    /// 中标（成交）金额 or 合同金额.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract: Option<Yuan>,
}

impl Amounts {
    /// True when no amount is given.
    pub fn is_empty(&self) -> bool {
        *self == Amounts::default()
    }
}

macro_rules! events {
    ($( $(#[$doc:meta])* $field:ident = $json:literal => $variant:ident, $zh:literal, $en:literal; )*) => {
        /// Dates of the events an item's time limits count from (期间的起算事件).
        #[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Events {
            $(
                $(#[$doc])*
                #[serde(rename = $json, default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<StatedDate>,
            )*
        }

        /// An event a period is anchored on: a field of [`Events`], or the record's own dates.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Anchor {
            /// 形成或者变更之日: the record's `changedOn`, else its `formedOn`.
            FormedOrChanged,
            /// 发布之日: the record's `publishedOn`.
            Published,
            $( $(#[$doc])* $variant, )*
        }

        // An anchor's JSON name is its field's without the final `On` (`awardedOn`: `awarded`).
        crate::parse::by_name!(Anchor [
            FormedOrChanged = "formedOrChanged",
            Published = "published",
            $($variant = crate::parse::strip_on($json),)*
        ]);

        impl Events {
            /// True when no event date is given.
            pub fn is_empty(&self) -> bool {
                *self == Events::default()
            }

            /// The date of the event named `json` (`"publicityEndOn"`), to set.
            pub(crate) fn slot_mut(&mut self, json: &str) -> Option<&mut Option<StatedDate>> {
                match json {
                    $( $json => Some(&mut self.$field), )*
                    _ => None,
                }
            }

            /// Takes from `other` every date this does not give; returns their JSON names.
            pub(crate) fn inherit(&mut self, other: &Events) -> Vec<&'static str> {
                let mut taken = Vec::new();
                $(
                    if self.$field.is_none() && other.$field.is_some() {
                        self.$field = other.$field;
                        taken.push($json);
                    }
                )*
                taken
            }
        }

        impl Anchor {
            /// The anchor's day in a record, if the record gives it to the day.
            pub fn date_in(self, record: &DisclosureRecord) -> Option<NaiveDate> {
                self.stated_in(record).and_then(|d| d.exact())
            }

            /// The anchor's date in a record as the record states it (to the day, the month or
            /// the year), if it does.
            pub fn stated_in(self, record: &DisclosureRecord) -> Option<StatedDate> {
                match self {
                    Anchor::FormedOrChanged => record.changed_on.or(record.formed_on),
                    Anchor::Published => record.published_on,
                    $( Anchor::$variant => record.events.$field, )*
                }
            }

            /// The JSON Pointer of the field that holds the anchor's date.
            pub fn path(self, record: &DisclosureRecord) -> &'static str {
                match self {
                    Anchor::FormedOrChanged if record.changed_on.is_some() => "/changedOn",
                    a => a.field(),
                }
            }

            /// The JSON Pointer of the field that holds the anchor's date in a record that
            /// amends none (an amendment's formation is its `/changedOn`): where a finding on
            /// the anchor points.
            pub fn field(self) -> &'static str {
                match self {
                    Anchor::FormedOrChanged => "/formedOn",
                    Anchor::Published => "/publishedOn",
                    $( Anchor::$variant => concat!("/events/", $json), )*
                }
            }

            /// The event of a field of [`Events`] by its JSON name (`"awardedOn"`).
            pub fn event_named(field: &str) -> Option<Anchor> {
                match field {
                    $( $json => Some(Anchor::$variant), )*
                    _ => None,
                }
            }

            /// The event's name in Chinese.
            pub fn name_zh(self) -> &'static str {
                match self {
                    Anchor::FormedOrChanged => "信息形成或者变更之日",
                    Anchor::Published => "发布之日",
                    $( Anchor::$variant => $zh, )*
                }
            }

            /// The event's name in English.
            pub fn name_en(self) -> &'static str {
                match self {
                    Anchor::FormedOrChanged => "the date the information was formed or changed",
                    Anchor::Published => "the publication date",
                    $( Anchor::$variant => $en, )*
                }
            }
        }
    };
}

events! {
    /// 采购意向公开之日 (财库〔2020〕10号).
    intention_published_on = "intentionPublishedOn" => IntentionPublished, "采购意向公开之日", "the date the procurement intention was published";
    /// 招标文件（采购文件）开始发出之日.
    documents_issued_on = "documentsIssuedOn" => DocumentsIssued, "招标文件开始发出之日", "the date the tender documents were first issued";
    /// 招标文件（资格预审文件）提供（发售）期限届满之日.
    documents_offer_end_on = "documentsOfferEndOn" => DocumentsOfferEnd, "招标文件提供期限届满之日", "the last day the documents were offered";
    /// 资格预审申请文件提交截止之日.
    application_deadline = "applicationDeadline" => ApplicationDeadline, "资格预审申请截止之日", "the prequalification application deadline";
    /// 投标截止时间 (the date).
    bid_deadline = "bidDeadline" => BidDeadline, "投标截止之日", "the bid deadline";
    /// 收到评标（评审）报告之日.
    evaluation_report_received_on = "evaluationReportReceivedOn" => EvaluationReportReceived, "收到评标报告之日", "the date the evaluation report was received";
    /// 中标（成交）供应商、中标人或竞得人确定之日.
    awarded_on = "awardedOn" => Awarded, "中标（成交）供应商确定之日", "the date the winner was determined";
    /// 合同签订之日.
    contract_signed_on = "contractSignedOn" => ContractSigned, "合同签订之日", "the date the contract was signed";
    /// 公示（披露）开始之日.
    publicity_start_on = "publicityStartOn" => PublicityStart, "公示开始之日", "the first day of the publicity";
    /// 公示（披露）结束之日.
    publicity_end_on = "publicityEndOn" => PublicityEnd, "公示结束之日", "the last day of the publicity";
    /// 招标拍卖挂牌（交易）活动开始之日.
    activity_start_on = "activityStartOn" => ActivityStart, "交易活动开始之日", "the first day of the bidding, auction or listing";
    /// 招标拍卖挂牌（交易）活动结束之日.
    activity_end_on = "activityEndOn" => ActivityEnd, "交易活动结束之日", "the last day of the bidding, auction or listing";
    /// 行政处理（处罚）决定作出之日.
    decision_on = "decisionOn" => Decision, "处理决定作出之日", "the date of the decision";
    /// 申请复核之日 (an applicant asks for a review of the qualification result).
    review_requested_on = "reviewRequestedOn" => ReviewRequested, "申请复核之日", "the date a review was requested";
    /// 复核结果书面告知之日.
    review_answered_on = "reviewAnsweredOn" => ReviewAnswered, "复核结果告知之日", "the date the review result was given";
}

impl DisclosureRecord {
    /// True when the record lists `pointer` as not stated.
    ///
    /// # Example
    /// ```
    /// let record = gongkai::DisclosureRecord::from_json(r#"{"id":"1","domain":"governmentProcurement",
    ///   "item":"procurementResult","title":"t","responsibleBody":{"name":"b"},
    ///   "formedOn":"2024-09-27","status":"draft","content":{},
    ///   "notStated":["/content/evaluationExperts"]}"#)?;
    /// assert!(record.does_not_state("/content/evaluationExperts"));
    /// assert!(!record.does_not_state("/content/winnerName"));
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn does_not_state(&self, pointer: &str) -> bool {
        self.not_stated.iter().any(|p| p == pointer)
    }

    /// The first pointer listed as not stated that names no event, or whose fact the record
    /// gives after all (a fact is stated or not, not both), with its index and why.
    fn not_stated_refused(&self) -> Option<(usize, String)> {
        self.not_stated.iter().enumerate().find_map(|(i, p)| {
            let given = if let Some(key) = p.strip_prefix("/content/") {
                self.content.contains_key(key)
            } else if let Some(event) = p.strip_prefix("/events/") {
                match Anchor::event_named(event) {
                    None => {
                        return Some((i, format!("\"{p}\" names no event of `events`")));
                    }
                    Some(a) => a.date_in(self).is_some(),
                }
            } else {
                match p.as_str() {
                    "/publishedOn" => self.published_on.is_some(),
                    "/formedOn" => self.formed_on.is_some(),
                    "/method" => self.method.is_some(),
                    "/amounts/budget" => self.amounts.budget.is_some(),
                    "/amounts/maximumPrice" => self.amounts.maximum_price.is_some(),
                    "/amounts/contract" => self.amounts.contract.is_some(),
                    // A channel list or a party list may be given in part.
                    _ => false,
                }
            };
            given.then(|| {
                let why = "is given in the record: a fact is stated or not stated, not both";
                (i, format!("\"{p}\" {why}"))
            })
        })
    }
}

/// Why the record's `relativeEvents` cannot be read: the index and the reason.
fn relative_refused(record: &DisclosureRecord) -> Option<(usize, String)> {
    record
        .relative_events
        .iter()
        .enumerate()
        .find_map(|(i, r)| {
            let why = match Anchor::event_named(&r.event) {
                None => format!("\"{}\" names no event of `events`", r.event),
                Some(a) if a.stated_in(record).is_some() => {
                    format!("\"{}\" is also given in `events`", r.event)
                }
                Some(_) if record.does_not_state(&format!("/events/{}", r.event)) => {
                    format!("\"{}\" is also listed in `notStated`", r.event)
                }
                Some(a) if a == r.from => format!("\"{}\" counts from itself", r.event),
                Some(_) => return None,
            };
            Some((i, why))
        })
}

/// Why a record, or part of it, is withheld (不予公开).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Exemption {
    /// Whether the whole record or some elements are withheld.
    pub scope: ExemptionScope,
    /// The ground (政府信息公开条例 Arts 14–16). Absent is a finding, not a parse error, so that
    /// a form can point at the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<ExemptionCategory>,
    /// The legal basis cited for withholding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_basis: Option<String>,
    /// The element keys withheld, for a partial exemption.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withheld_elements: Vec<String>,
    /// Whether the exempt part can be separated from the rest (区分处理, 条例 Art 37). A whole
    /// record withheld for privacy must say `false` and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severable: Option<bool>,
    /// Free-text reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// Whole or partial withholding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExemptionScope {
    /// 全部不予公开.
    Whole,
    /// 部分公开.
    Partial,
}

crate::parse::by_name!(ExemptionScope [
    Whole = "whole",
    Partial = "partial",
]);

/// A ground for withholding (政府信息公开条例 Arts 14–16).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExemptionCategory {
    /// 国家秘密 (Art 14).
    StateSecret,
    /// 法律、行政法规禁止公开, or endangering security or stability (Art 14).
    OtherLegalProhibition,
    /// 商业秘密 (Art 15).
    CommercialSecret,
    /// 个人隐私 (Art 15).
    PersonalPrivacy,
    /// 内部事务信息 (Art 16).
    InternalAffairs,
}

crate::parse::by_name!(ExemptionCategory [
    StateSecret = "stateSecret",
    OtherLegalProhibition = "otherLegalProhibition",
    CommercialSecret = "commercialSecret",
    PersonalPrivacy = "personalPrivacy",
    InternalAffairs = "internalAffairs",
]);

impl ExemptionCategory {
    /// Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            ExemptionCategory::StateSecret => "国家秘密",
            ExemptionCategory::OtherLegalProhibition => "法律、行政法规禁止公开",
            ExemptionCategory::CommercialSecret => "商业秘密",
            ExemptionCategory::PersonalPrivacy => "个人隐私",
            ExemptionCategory::InternalAffairs => "内部事务信息",
        }
    }
}

impl DisclosureRecord {
    /// The date the record is judged on, for the rules in force: the last change, else
    /// formation, else (formation not stated) publication; `None` when it states none of them.
    pub fn event_date(&self) -> Option<StatedDate> {
        self.dated().map(|(date, _)| date)
    }

    /// [`event_date`](Self::event_date) with the JSON Pointer of the field it comes from.
    pub fn dated(&self) -> Option<(StatedDate, &'static str)> {
        (self.changed_on.map(|d| (d, "/changedOn")))
            .or(self.formed_on.map(|d| (d, "/formedOn")))
            .or(self.published_on.map(|d| (d, "/publishedOn")))
    }

    /// Parses one record from JSON; a failure names the JSON Pointer of the offending field.
    ///
    /// # Errors
    /// [`Error::Parse`](crate::Error::Parse) when the text is not JSON or not a record, or when
    /// `notStated` lists an event there is not, or a fact the record gives.
    pub fn from_json(json: &str) -> Result<Self, crate::Error> {
        let record: DisclosureRecord = crate::parse::from_json(json)?;
        record.checked("")
    }

    /// Several records from a JSON array, each checked as [`from_json`](Self::from_json) checks
    /// one; a failure's pointer starts with the record's index (`/1/formedOn`).
    ///
    /// # Errors
    /// As [`from_json`](Self::from_json).
    pub fn list_from_json(json: &str) -> Result<Vec<Self>, crate::Error> {
        let records: Vec<DisclosureRecord> = crate::parse::from_json(json)?;
        records
            .into_iter()
            .enumerate()
            .map(|(i, r)| r.checked(&format!("/{i}")))
            .collect()
    }

    /// What serde cannot check of a record read at `at`: a formation date given or said to be
    /// unknown, and a `notStated` list of facts it does not give.
    fn checked(self, at: &str) -> Result<Self, crate::Error> {
        if self.formed_on.is_none() && !self.does_not_state("/formedOn") {
            return Err(crate::Error::invalid_json(
                format!("{at}/formedOn"),
                "missing field `formedOn` (list \"/formedOn\" in `notStated` when the source does not show it)",
            ));
        }
        if let Some((i, why)) = self.not_stated_refused() {
            return Err(crate::Error::invalid_json(
                format!("{at}/notStated/{i}"),
                why,
            ));
        }
        match relative_refused(&self) {
            None => Ok(self),
            Some((i, why)) => Err(crate::Error::invalid_json(
                format!("{at}/relativeEvents/{i}/event"),
                why,
            )),
        }
    }

    /// The record as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a record always serialises")
    }

    /// Every public text of the record with its JSON Pointer: title and content values.
    pub fn public_texts(&self) -> impl Iterator<Item = (PublicText<'_>, &str)> {
        std::iter::once((PublicText::Title, self.title.as_str())).chain(
            self.content
                .iter()
                .map(|(k, v)| (PublicText::Content(k.as_str()), v.as_str())),
        )
    }
}

/// Where a public text sits in a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicText<'a> {
    /// The title.
    Title,
    /// A content element.
    Content(&'a str),
}

impl PublicText<'_> {
    /// The JSON Pointer of the text: fixed for the title, built for a content key.
    pub fn pointer(self) -> std::borrow::Cow<'static, str> {
        match self {
            PublicText::Title => std::borrow::Cow::Borrowed("/title"),
            PublicText::Content(k) => std::borrow::Cow::Owned(crate::pointer::join("/content", k)),
        }
    }
}
