//! Why a blacklist operation was refused.

use chrono::NaiveDate;

use crate::Lang;

/// Why an entry, an event or a registry operation was refused.
///
/// Every variant has a stable [`code`](Self::code) that the C and WASM surfaces expose unchanged.
/// Months are calendar months counted under 民法典 Art 202.
///
/// # Example
/// ```
/// use gongkai::blacklist::Entry;
/// let json = r#"{"id":"BL-1","subject":{"kind":"organization","name":"云江市某某科技有限公司"},
///   "conduct":{"category":"falseMaterials"},
///   "decision":{"authority":"云江市财政局","number":"云财采〔2024〕1号","date":"2024-03-01"},
///   "legalBasis":{"provision":"procurementLaw77"},"bars":"governmentProcurement",
///   "ban":{"months":48},"listedOn":"2024-03-05"}"#;
/// let err = Entry::from_json(json).unwrap_err();
/// assert_eq!(err.code(), "blacklist.ban_out_of_range");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BlacklistError {
    /// The ban is longer or shorter than the provision allows (政府采购法 Art 77: 1–3 years).
    #[error("a ban of {given} months is outside {min}–{max} months allowed by {basis}")]
    BanOutOfRange {
        /// The provision's code, e.g. `"procurementLaw77"`.
        basis: &'static str,
        /// Shortest ban allowed, in months.
        min: u32,
        /// Longest ban allowed, in months.
        max: u32,
        /// The ban given, in months.
        given: u32,
    },
    /// The provision imposes a ban without discretion (政府采购法 Art 77, 实施条例 Art 73), but the
    /// entry has none.
    #[error("{basis} imposes a ban, but the entry has none")]
    BanMissing {
        /// The provision's code.
        basis: &'static str,
    },
    /// The ban starts before the decision that imposes it.
    #[error("the ban starts on {start}, before the decision of {decided}")]
    BanBeforeDecision {
        /// The decision date.
        decided: NaiveDate,
        /// The ban's first day.
        start: NaiveDate,
    },
    /// The entry bars a domain its provision does not reach.
    #[error("{basis} cannot bar {bars}")]
    BarsOutsideBasis {
        /// The provision's code.
        basis: &'static str,
        /// What the entry bars (`"constructionBidding"`).
        bars: &'static str,
    },
    /// Published before the decision was made.
    #[error("listed on {listed}, before the decision of {decided}")]
    ListedBeforeDecision {
        /// The decision date.
        decided: NaiveDate,
        /// The listing date.
        listed: NaiveDate,
    },
    /// A credit class (轻微/一般/严重) on a decision made before 信用修复管理办法 was in force.
    #[error("credit classes apply to decisions from {in_force}; this one is of {decided}")]
    CreditClassNotInForce {
        /// The decision date.
        decided: NaiveDate,
        /// 2026-04-01.
        in_force: NaiveDate,
    },
    /// A required text is empty or blank.
    #[error("{field} is empty")]
    EmptyField {
        /// The JSON name of the field, e.g. `"decision.number"`.
        field: &'static str,
    },
    /// A text is longer than the registry stores.
    #[error("{field} is {len} bytes long; at most {max} are stored")]
    FieldTooLong {
        /// The JSON name of the field.
        field: &'static str,
        /// Its length in bytes.
        len: usize,
        /// The most the registry stores.
        max: usize,
    },
    /// An `other` provision whose shortest ban is longer than its longest.
    #[error("the shortest ban ({min} months) is longer than the longest ({max} months)")]
    InvalidRange {
        /// Shortest ban, in months.
        min: u32,
        /// Longest ban, in months.
        max: u32,
    },
    /// The registry already holds an entry for the same subject and decision document.
    #[error("entry {id:?} duplicates {existing:?}: same subject, same decision {number:?}")]
    DuplicateEntry {
        /// The entry refused.
        id: String,
        /// The entry already held.
        existing: String,
        /// The decision document number they share.
        number: String,
    },
    /// The registry already holds an entry with this id.
    #[error("an entry with id {id:?} is already listed")]
    DuplicateId {
        /// The id.
        id: String,
    },
    /// No entry has this id.
    #[error("no entry has the id {id:?}")]
    UnknownEntry {
        /// The id asked for.
        id: String,
    },
    /// An event dated before the last one: history is appended in order, never rewritten.
    #[error("an event of {given} cannot follow one of {last}")]
    EventOutOfOrder {
        /// The date of the last event.
        last: NaiveDate,
        /// The date of the event refused.
        given: NaiveDate,
    },
    /// An event dated before the decision.
    #[error("an event of {given} precedes the decision of {decided}")]
    EventBeforeDecision {
        /// The decision date.
        decided: NaiveDate,
        /// The event's date.
        given: NaiveDate,
    },
    /// The entry was withdrawn: nothing more happens to it.
    #[error("entry {id:?} was withdrawn on {on}")]
    AlreadyWithdrawn {
        /// The entry.
        id: String,
        /// The withdrawal date.
        on: NaiveDate,
    },
    /// The entry's credit was already repaired.
    #[error("entry {id:?} was repaired on {on}")]
    AlreadyRepaired {
        /// The entry.
        id: String,
        /// The repair date.
        on: NaiveDate,
    },
    /// Credit repair before the minimum publication window has passed (信用修复管理办法).
    #[error("credit repair is possible from {earliest}")]
    RepairTooEarly {
        /// The first day repair is possible.
        earliest: NaiveDate,
    },
    /// A withdrawal dated before the revocation it follows.
    #[error("withdrawn on {withdrawn}, before the decision was revoked on {revoked}")]
    WithdrawnBeforeRevocation {
        /// The revocation date.
        revoked: NaiveDate,
        /// The withdrawal date.
        withdrawn: NaiveDate,
    },
    /// A correction of a field the subject does not have (a person's credit code), or of a ban
    /// the entry does not impose.
    #[error("{field} cannot be corrected on this entry")]
    CorrectionNotApplicable {
        /// The field.
        field: &'static str,
    },
    /// A "not the same subject" decision for an entry the query matches by identifier: the
    /// identifier is proof of identity; a wrong identifier in the entry is corrected instead.
    #[error("the query matches entry {entry_id:?} by identifier; correct the entry instead")]
    IdentifierMatch {
        /// The entry.
        entry_id: String,
    },
    /// A "not the same subject" decision already recorded for this pair.
    #[error("the query is already marked as not entry {entry_id:?}")]
    AlreadyMarkedNotSame {
        /// The entry.
        entry_id: String,
    },
    /// The registry's text store is full (4 GiB of text).
    #[error("the registry cannot hold more text")]
    RegistryFull,
    /// The calendar cannot judge the 3 working days of 行政处罚法 Art 48.
    #[error(transparent)]
    Calendar(#[from] crate::calendar::CalendarError),
    /// An entry of a file or a configuration was refused.
    #[error("entry {position}: {error}")]
    InEntry {
        /// 1-based: the line of a JSON-lines file, or the element of `EngineConfig::blacklist`.
        position: usize,
        /// Why.
        error: Box<BlacklistError>,
    },
}

impl BlacklistError {
    /// The stable code, e.g. `"blacklist.ban_out_of_range"`. [`BlacklistError::InEntry`] has the
    /// code of the error it wraps.
    pub fn code(&self) -> &'static str {
        match self {
            Self::BanOutOfRange { .. } => "blacklist.ban_out_of_range",
            Self::BanMissing { .. } => "blacklist.ban_missing",
            Self::BanBeforeDecision { .. } => "blacklist.ban_before_decision",
            Self::BarsOutsideBasis { .. } => "blacklist.bars_outside_basis",
            Self::ListedBeforeDecision { .. } => "blacklist.listed_before_decision",
            Self::CreditClassNotInForce { .. } => "blacklist.credit_class_not_in_force",
            Self::EmptyField { .. } => "blacklist.empty_field",
            Self::FieldTooLong { .. } => "blacklist.field_too_long",
            Self::InvalidRange { .. } => "blacklist.invalid_range",
            Self::DuplicateEntry { .. } => "blacklist.duplicate_entry",
            Self::DuplicateId { .. } => "blacklist.duplicate_id",
            Self::UnknownEntry { .. } => "blacklist.unknown_entry",
            Self::EventOutOfOrder { .. } => "blacklist.event_out_of_order",
            Self::EventBeforeDecision { .. } => "blacklist.event_before_decision",
            Self::AlreadyWithdrawn { .. } => "blacklist.already_withdrawn",
            Self::AlreadyRepaired { .. } => "blacklist.already_repaired",
            Self::RepairTooEarly { .. } => "blacklist.repair_too_early",
            Self::WithdrawnBeforeRevocation { .. } => "blacklist.withdrawn_before_revocation",
            Self::CorrectionNotApplicable { .. } => "blacklist.correction_not_applicable",
            Self::IdentifierMatch { .. } => "blacklist.identifier_match",
            Self::AlreadyMarkedNotSame { .. } => "blacklist.already_marked_not_same",
            Self::RegistryFull => "blacklist.registry_full",
            Self::Calendar(e) => e.code(),
            Self::InEntry { error, .. } => error.code(),
        }
    }

    /// The message in the requested language.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Lang, blacklist::BlacklistError};
    /// let e = BlacklistError::RepairTooEarly { earliest: "2027-01-02".parse().unwrap() };
    /// assert_eq!(e.message(Lang::ZhCn), "最短公示期届满后方可信用修复，最早为2027-01-02");
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Self::BanOutOfRange {
                basis,
                min,
                max,
                given,
            } => format!(
                "禁止期{given}个月超出{}规定的{min}至{max}个月",
                citation_zh(basis)
            ),
            Self::BanMissing { basis } => format!(
                "{}规定应当禁止参加相关活动，但该记录没有禁止期",
                citation_zh(basis)
            ),
            Self::BanBeforeDecision { decided, start } => {
                format!("禁止期起始日{start}早于处罚决定日{decided}")
            }
            Self::BarsOutsideBasis { basis, bars } => {
                format!("{}不能禁止参加「{bars}」领域的活动", citation_zh(basis))
            }
            Self::ListedBeforeDecision { decided, listed } => {
                format!("公告日{listed}早于处罚决定日{decided}")
            }
            Self::CreditClassNotInForce { decided, in_force } => format!(
                "失信轻重分类适用于{in_force}（信用修复管理办法施行）以后作出的决定，该决定作出于{decided}"
            ),
            Self::EmptyField { field } => format!("{field}不能为空"),
            Self::FieldTooLong { field, len, max } => {
                format!("{field}长{len}字节，最多{max}字节")
            }
            Self::InvalidRange { min, max } => {
                format!("最短禁止期{min}个月长于最长禁止期{max}个月")
            }
            Self::DuplicateEntry {
                id,
                existing,
                number,
            } => format!("记录{id:?}与{existing:?}重复：同一主体、同一决定书{number:?}"),
            Self::DuplicateId { id } => format!("编号{id:?}已被使用"),
            Self::UnknownEntry { id } => format!("没有编号为{id:?}的黑名单记录"),
            Self::EventOutOfOrder { last, given } => {
                format!("事件日期{given}早于上一事件{last}：历史只能按时间顺序追加")
            }
            Self::EventBeforeDecision { decided, given } => {
                format!("事件日期{given}早于处罚决定日{decided}")
            }
            Self::AlreadyWithdrawn { id, on } => format!("记录{id:?}已于{on}撤回"),
            Self::AlreadyRepaired { id, on } => format!("记录{id:?}已于{on}信用修复"),
            Self::RepairTooEarly { earliest } => {
                format!("最短公示期届满后方可信用修复，最早为{earliest}")
            }
            Self::WithdrawnBeforeRevocation { revoked, withdrawn } => {
                format!("撤回日{withdrawn}早于决定被撤销（变更）日{revoked}")
            }
            Self::CorrectionNotApplicable { field } => format!("该记录不能更正{field}"),
            Self::IdentifierMatch { entry_id } => format!(
                "查询对象与记录{entry_id:?}的统一社会信用代码或身份证号码相同，不能认定为非同一主体；如记录有误，应申请更正"
            ),
            Self::AlreadyMarkedNotSame { entry_id } => {
                format!("已认定查询对象与记录{entry_id:?}不是同一主体")
            }
            Self::RegistryFull => "黑名单库已满，无法再存入文本".to_owned(),
            // The words `gongkai::Error` uses for the same error.
            Self::Calendar(e) => format!("日历数据无效：{e}"),
            Self::InEntry { position, error } => {
                format!("第{position}条记录：{}", error.message(lang))
            }
        }
    }
}

/// The Chinese citation of a named ban provision by its code, as [`BanBasis::citation`] gives it
/// (a test holds the two together): the errors carry the code, not the provision.
///
/// [`BanBasis::citation`]: super::BanBasis::citation
pub(super) fn citation_zh(code: &str) -> &'static str {
    match code {
        "procurementLaw77" => "《政府采购法》第七十七条",
        "procurementLaw78" => "《政府采购法》第七十八条",
        "procurementRegulation73" => "《政府采购法实施条例》第七十三条",
        "biddingLaw50" => "《招标投标法》第五十条",
        "biddingLaw53" => "《招标投标法》第五十三条",
        "biddingLaw54" => "《招标投标法》第五十四条",
        "biddingLaw60" => "《招标投标法》第六十条",
        _ => "所引规定",
    }
}
