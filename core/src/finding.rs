//! Findings: what a record does wrong, as data, with a stable code, a JSON Pointer and the law.

use std::borrow::Cow;
use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Serialize, Serializer, ser::SerializeStruct};

use crate::model::amount::Yuan;
use crate::model::record::Channel;
use crate::rules::Rule;
use crate::{Lang, LegalBasis};

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// For information; nothing to fix.
    Info,
    /// Probably wrong, or about to be (a deadline near).
    Warning,
    /// Breaks the rule.
    Error,
}

crate::parse::by_name!(Severity [
    Info = "info",
    Warning = "warning",
    Error = "error",
]);

impl Severity {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        self.json_name()
    }
}

macro_rules! codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, )*) => {
        /// The stable code of a finding. Codes are never renamed or reused; new ones are appended.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum FindingCode {
            $( $(#[$doc])* #[doc = concat!("Code `", $code, "`.")] $variant, )*
        }

        impl FindingCode {
            /// Every code.
            pub const ALL: &'static [FindingCode] = &[$(FindingCode::$variant),*];

            /// The code as it appears in JSON (`"element.missing"`).
            pub fn as_str(self) -> &'static str {
                match self { $( FindingCode::$variant => $code, )* }
            }

            /// The code from its string.
            pub fn parse(s: &str) -> Option<FindingCode> {
                match s { $( $code => Some(FindingCode::$variant), )* _ => None }
            }
        }
    };
}

codes! {
    /// A required content element is missing or blank.
    ElementMissing = "element.missing",
    /// A content key the item does not define (often a misspelling).
    ElementUnknown = "element.unknown",
    /// The record's domain is not the domain of its item.
    ItemDomainMismatch = "record.item_domain_mismatch",
    /// An exemption without its category.
    ExemptionCategoryMissing = "exemption.category_missing",
    /// An exemption without its legal basis.
    ExemptionBasisMissing = "exemption.basis_missing",
    /// A partial exemption that names no withheld element.
    ExemptionElementsMissing = "exemption.elements_missing",
    /// A whole record withheld for privacy that masking would make publishable.
    ExemptionPrivacyWholeRecord = "exemption.privacy_whole_record",
    /// No publication channel.
    ChannelMissing = "channel.missing",
    /// Not published in the medium the law designates.
    ChannelDesignatedMissing = "channel.designated_missing",
    /// Published before the information was formed.
    PublishedBeforeFormed = "date.published_before_formed",
    /// The winner determined before the bid deadline.
    AwardBeforeBidDeadline = "date.award_before_bid_deadline",
    /// Contract or award amount above the budget.
    ContractExceedsBudget = "amount.contract_exceeds_budget",
    /// An unmasked 身份证号 in public text.
    IdNumberExposed = "privacy.id_number_exposed",
    /// An unmasked mobile number in public text.
    MobileExposed = "privacy.mobile_exposed",
    /// Status `published` without a publication date.
    PublishedWithoutDate = "status.published_without_date",
    /// A draft or pending record with a publication date.
    UnpublishedWithDate = "status.unpublished_with_date",
    /// Published after the due date.
    DeadlineMissed = "deadline.missed",
    /// Still unpublished after the due date.
    DeadlineOverdue = "deadline.overdue",
    /// Still unpublished, and the due date is near.
    DeadlineNear = "deadline.near",
    /// A minimum period (publicity, notice, documents on offer) cut short.
    DeadlineTooShort = "deadline.too_short",
    /// A time limit that cannot be judged: the calendar does not cover the year.
    DeadlineNotComputable = "deadline.calendar_not_covered",
    /// A catalogue lacks a row for an item the law requires.
    CatalogueItemMissing = "catalogue.item_missing",
    /// A catalogue row leaves a column empty.
    CatalogueColumnMissing = "catalogue.column_missing",
    /// A catalogue row's 公开时限 is looser than the law's.
    CatalogueTimeLimitLooser = "catalogue.time_limit_looser",
    /// A catalogue row's 公开时限 gives no period ("及时") where the law sets one.
    CatalogueTimeLimitUnspecified = "catalogue.time_limit_unspecified",
    /// A work plan lacks a section of the template.
    PlanSectionMissing = "plan.section_missing",
    /// A work plan's task leaves a column empty.
    PlanColumnMissing = "plan.column_missing",
    /// A work plan's 公开时效 is looser than the law's.
    PlanTimeLimitLooser = "plan.time_limit_looser",
    /// A work plan's 公开时效 gives no period where the law sets one.
    PlanTimeLimitUnspecified = "plan.time_limit_unspecified",
    /// A work plan forgets an information class of its domains.
    PlanClassMissing = "plan.class_missing",
    /// A work plan has no task for the 黑名单 system.
    PlanBlacklistTaskMissing = "plan.blacklist_task_missing",
    /// A party matched by identifier to a blacklist entry that bars it on the record's date.
    BarredParty = "blacklist.barred_party",
    /// A party whose name alone matches a blacklist entry that would bar it: to check.
    PossibleMatch = "blacklist.possible_match",
    /// A 统一社会信用代码 that does not validate (GB 32100-2015).
    CreditCodeInvalid = "party.credit_code_invalid",
    /// A 身份证号码 that does not validate (GB 11643-1999).
    IdNumberInvalid = "party.id_number_invalid",
}

impl Serialize for FindingCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What a finding is about, as data; messages are rendered from it in either language.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Detail {
    /// A content element (required or unknown), with its labels.
    Element {
        /// The element key.
        key: String,
        /// Chinese label (the key itself when unknown).
        zh: Cow<'static, str>,
        /// English label.
        en: Cow<'static, str>,
    },
    /// The item belongs to another domain.
    ItemDomain {
        /// The record's domain.
        record: crate::Domain,
        /// The item's domain.
        item: crate::Domain,
    },
    /// Nothing beyond the code.
    None,
    /// The channels the law designates, none of which the record uses.
    Channels(Vec<Channel>),
    /// Two dates in the wrong order.
    Dates {
        /// The date that should come first.
        first: NaiveDate,
        /// The date that should come second.
        second: NaiveDate,
    },
    /// An information item.
    Item(crate::ItemKind),
    /// A time limit, with everything that explains it.
    Deadline(Box<DeadlineDetail>),
    /// A year the calendar does not cover.
    YearNotCovered(i32),
    /// A period given against the law's.
    Periods {
        /// The period given.
        given: crate::Period,
        /// The law's period.
        law: crate::Period,
    },
    /// A party found on the blacklist.
    Blacklist(Box<crate::blacklist::PartyHit>),
    /// An identifier that does not validate.
    Identifier(Box<IdentifierDetail>),
    /// Two amounts in the wrong order.
    Amounts {
        /// The amount that is too high.
        amount: Yuan,
        /// The limit it exceeds.
        limit: Yuan,
    },
}

/// Whose identifier does not validate, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentifierDetail {
    /// The party's role; `None` for the responsible body.
    pub role: Option<crate::PartyRole>,
    /// The holder's name.
    pub holder: String,
    /// The credit code as given. An ID number is never repeated in a finding.
    pub value: Option<String>,
    /// What is wrong.
    pub error: crate::blacklist::InvalidIdentifier,
}

/// The explanation of a deadline finding: anchor, period, due date, what happened, and the
/// holidays and make-up days that moved the due date.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineDetail {
    /// Within or at least.
    pub direction: crate::Direction,
    /// The event the period counts from.
    pub anchor: crate::Anchor,
    /// The event judged against the period's end.
    pub target: crate::Anchor,
    /// When the target happened; `None` while it has not (an overdue publication).
    pub target_date: Option<NaiveDate>,
    /// The period's end and how it was reached.
    pub end: crate::deadline::PeriodEnd,
    /// How far past the end (missed, overdue) or short of it (too short), in the period's unit
    /// (calendar days for months); for a near deadline, the units left.
    pub units: i64,
    /// The day the record was judged on.
    pub today: NaiveDate,
}

/// One thing a record does wrong (or might), with where and under which law.
///
/// In JSON: `{ "code", "severity", "path", "message", "legalBasis", "rule" }`, the same shape from
/// Rust, C and WASM.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Stable code.
    pub code: FindingCode,
    /// How serious.
    pub severity: Severity,
    /// RFC 6901 JSON Pointer to the field concerned: borrowed when it is fixed (`"/channels"`),
    /// owned when it names a content key or an index.
    pub path: Cow<'static, str>,
    /// The rule that found it.
    pub rule: Arc<Rule>,
    /// The data the message is rendered from.
    pub detail: Detail,
}

impl Finding {
    /// The legal basis (the rule's).
    pub fn legal_basis(&self) -> &LegalBasis {
        &self.rule.legal_basis
    }

    /// The message in the requested language.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Engine, Context, DisclosureRecord, Lang};
    /// let record = DisclosureRecord::from_json(r#"{"id":"1","domain":"governmentProcurement",
    ///   "item":"procurementBudget","title":"预算","responsibleBody":{"name":"某局"},
    ///   "formedOn":"2024-03-01","status":"draft","channels":["ccgp"],
    ///   "content":{"projectName":"办公设备"}}"#)?;
    /// let report = Engine::national().validate(&record, &Context::new("2024-03-01".parse().unwrap()));
    /// let f = &report.findings[0];
    /// assert_eq!(f.code.as_str(), "element.missing");
    /// assert!(f.message(Lang::ZhCn).contains("预算金额"));
    /// assert!(f.message(Lang::En).contains("budget"));
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        crate::rules::messages::render(self, lang)
    }

    /// A serialisable view in one language.
    pub fn view(&self, lang: Lang) -> FindingView<'_> {
        FindingView {
            finding: self,
            lang,
        }
    }
}

/// A [`Finding`] rendered in one language, for serialisation.
#[derive(Debug, Clone, Copy)]
pub struct FindingView<'a> {
    finding: &'a Finding,
    lang: Lang,
}

impl Serialize for FindingView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let f = self.finding;
        let mut st = s.serialize_struct("Finding", 7)?;
        st.serialize_field("code", &f.code)?;
        st.serialize_field("severity", &f.severity)?;
        st.serialize_field("path", &f.path)?;
        st.serialize_field("message", &f.message(self.lang))?;
        st.serialize_field("legalBasis", f.legal_basis())?;
        st.serialize_field("rule", &f.rule.id)?;
        match &f.detail {
            Detail::Deadline(d) => {
                st.serialize_field("explanation", &ExplanationView(d, self.lang))?;
            }
            Detail::Blacklist(h) => st.serialize_field("blacklistHit", &BlacklistView(&h.hit))?,
            _ => {}
        }
        st.end()
    }
}

/// The findings for one record.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The record's id.
    pub record_id: String,
    /// What was found, in rule-table order.
    pub findings: Vec<Finding>,
}

impl Report {
    /// True when nothing of severity `error` was found.
    pub fn ok(&self) -> bool {
        !self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// A serialisable view in one language:
    /// `{ "recordId", "ok", "findings": [...] }`.
    pub fn view(&self, lang: Lang) -> ReportView<'_> {
        ReportView { report: self, lang }
    }

    /// The report as JSON in one language.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string(&self.view(lang)).expect("a report always serialises")
    }
}

/// A [`Report`] rendered in one language, for serialisation.
#[derive(Debug, Clone, Copy)]
pub struct ReportView<'a> {
    report: &'a Report,
    lang: Lang,
}

impl Serialize for ReportView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        struct Findings<'a>(&'a [Finding], Lang);
        impl Serialize for Findings<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for f in self.0 {
                    seq.serialize_element(&f.view(self.1))?;
                }
                seq.end()
            }
        }
        let mut st = s.serialize_struct("Report", 3)?;
        st.serialize_field("recordId", &self.report.record_id)?;
        st.serialize_field("ok", &self.report.ok())?;
        st.serialize_field("findings", &Findings(&self.report.findings, self.lang))?;
        st.end()
    }
}

/// A deadline explanation as JSON data, with its text in one language.
struct ExplanationView<'a>(&'a DeadlineDetail, Lang);

impl Serialize for ExplanationView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::calendar::SpecialDaysJson;
        let (d, lang) = (self.0, self.1);
        let mut st = s.serialize_struct("Explanation", 12)?;
        st.serialize_field("direction", &d.direction)?;
        st.serialize_field("anchor", &d.anchor)?;
        st.serialize_field("anchorDate", &d.end.start)?;
        st.serialize_field("period", &d.end.period)?;
        st.serialize_field("countedEnd", &d.end.counted)?;
        st.serialize_field("due", &d.end.end)?;
        st.serialize_field("pausedUnits", &d.end.paused)?;
        st.serialize_field("target", &d.target)?;
        st.serialize_field("targetDate", &d.target_date)?;
        st.serialize_field("units", &d.units)?;
        st.serialize_field("specialDays", &SpecialDaysJson(&d.end.special_days, lang))?;
        st.serialize_field("text", &crate::rules::messages::explain(d, lang))?;
        st.end()
    }
}

/// A blacklist finding's entry, as data: which entry, matched on what, and its state that day.
struct BlacklistView<'a>(&'a crate::blacklist::HitDetail);

impl Serialize for BlacklistView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let h = self.0;
        let mut st = s.serialize_struct("BlacklistHit", 9)?;
        st.serialize_field("entryId", &h.entry_id)?;
        st.serialize_field("matchedOn", &h.matched_on)?;
        st.serialize_field("status", &h.status)?;
        st.serialize_field("asOf", &h.as_of)?;
        st.serialize_field("decisionNumber", &h.decision_number)?;
        st.serialize_field("authority", &h.authority)?;
        st.serialize_field("decidedOn", &h.decided_on)?;
        st.serialize_field("entryLegalBasis", &h.legal_basis)?;
        st.serialize_field("ban", &h.ban)?;
        st.end()
    }
}
