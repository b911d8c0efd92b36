//! The rule table: rules as data, with their legal basis and the dates they are in force.
//!
//! The national table is `core/rules/national.json`, embedded at build time. Each row is a
//! [`Rule`]: an id, the domain and item it applies to, a [`Check`], a severity, a summary in both
//! languages, its [`LegalBasis`] and the dates it is in force. A record is judged by the rules in
//! force on its event date (`changedOn`, else `formedOn`). A province or a city layers its own
//! rows over the table at run time with [`RuleSet::layer`]: a row with a known id replaces that
//! rule, a new id adds one, and `"enabled": false` switches one off.
//!
//! New kinds of rule (deadlines, the blacklist, identifiers) are new [`Check`] variants evaluated
//! by the same loop, not special cases in the engine.

pub mod catalogue;
mod checks;
pub mod docs;
pub mod messages;

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::domain::Domain;
use crate::model::item::ItemKind;
use crate::model::record::{Anchor, Channel, DisclosureRecord};
use crate::{Error, Finding, LegalBasis, Period, Severity};

pub(crate) use checks::evaluate;

/// The national rule table, as shipped.
pub const NATIONAL_TABLE: &str = include_str!("../../rules/national.json");

/// One row of the rule table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rule {
    /// Stable id, e.g. `GP-R43-RESULT`.
    pub id: String,
    /// The domain it applies to; absent for every domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<Domain>,
    /// The item it applies to; absent for every item of the domain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemKind>,
    /// What it checks.
    pub check: Check,
    /// How serious a breach is.
    pub severity: Severity,
    /// What the rule requires, in both languages.
    pub summary: Text,
    /// Where the rule comes from.
    pub legal_basis: LegalBasis,
    /// First day in force (inclusive); absent for "always".
    #[serde(
        default,
        deserialize_with = "crate::date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_from: Option<NaiveDate>,
    /// Last day in force (inclusive); absent while in force.
    #[serde(
        default,
        deserialize_with = "crate::date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub effective_to: Option<NaiveDate>,
    /// A condition on the record's content: the rule applies only when it holds (a 挂牌 period
    /// applies to listings, not auctions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Condition>,
    /// Rules this one replaces for a record it can judge: a special law's time limit prevails
    /// over the general 20 working days (政府信息公开条例 Art 26, second sentence).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub supersedes: Vec<String>,
    /// False switches the rule off (a local layer may do this).
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub enabled: bool,
}

fn yes() -> bool {
    true
}

fn is_true(b: &bool) -> bool {
    *b
}

/// A condition on a content element: its text contains `contains`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The element key.
    pub element: String,
    /// Text the element must contain.
    pub contains: String,
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Simplified Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

/// What a rule checks. The JSON form is tagged: `{"kind": "requiredElements", ...}`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
pub enum Check {
    /// The item's required elements (●) are present and not blank; `extra` adds elements a
    /// local rule requires.
    RequiredElements {
        /// Elements required on top of the item's own.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        extra: Vec<ExtraElement>,
    },
    /// Every content key is an element the item defines.
    KnownElements,
    /// The record's domain is its item's domain.
    ItemInDomain,
    /// An exemption names its category, its legal basis and, when partial, what it withholds.
    ExemptionComplete,
    /// Personal privacy does not withhold a whole record that could be published masked.
    PrivacySeverable,
    /// At least one channel is given.
    ChannelPresent,
    /// At least one of the designated channels is used.
    DesignatedChannel {
        /// The designated channels (any one suffices).
        channels: Vec<Channel>,
    },
    /// Published on or after the date the information was formed.
    PublishedAfterFormed,
    /// The winner was determined on or after the bid deadline.
    AwardAfterBidDeadline,
    /// The contract (award) amount does not exceed the budget or the maximum price.
    ContractWithinBudget,
    /// No unmasked 身份证号 or mobile number in public text.
    NoPersonalData,
    /// Status and publication date agree.
    StatusCoherent,
    /// A time limit (evaluated by the deadline engine once a calendar is configured).
    Deadline {
        /// Within N (a due date) or at least N (a minimum duration).
        direction: Direction,
        /// The period.
        period: Period,
        /// The event the period counts from.
        anchor: Anchor,
        /// The event that must happen within (or not before the end of) the period.
        target: Anchor,
    },
    /// No party of the record is barred by the blacklist on the record's date (the award, else
    /// the contract, else the event date) in the record's domain. An identifier match is a
    /// finding of the rule's severity; a name-only match a warning. Parties the record is about
    /// (`sanctioned`) are not screened, nor withdrawn records.
    BarredParty,
    /// Every credit code and ID number a record gives (its parties', its responsible body's)
    /// validates.
    ValidIdentifiers,
    /// A duty of a department rather than of a record (a work plan, a yearly report): listed in
    /// the table so that every time limit has one home; judged by the assessment, not per record.
    Obligation {
        /// When it falls due.
        due: ObligationDue,
    },
}

/// The kinds of check in declaration order.
const KINDS: &[&str] = &[
    "requiredElements",
    "knownElements",
    "itemInDomain",
    "exemptionComplete",
    "privacySeverable",
    "channelPresent",
    "designatedChannel",
    "publishedAfterFormed",
    "awardAfterBidDeadline",
    "contractWithinBudget",
    "noPersonalData",
    "statusCoherent",
    "deadline",
    "barredParty",
    "validIdentifiers",
    "obligation",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequiredElementsFields {
    #[serde(default)]
    extra: Vec<ExtraElement>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DesignatedChannelFields {
    channels: Vec<Channel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DeadlineFields {
    direction: Direction,
    period: Period,
    anchor: Anchor,
    target: Anchor,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObligationFields {
    due: ObligationDue,
}

/// The JSON serde's tagged enums read, with their errors, without their code size (see
/// `parse::tagged`).
impl<'de> Deserialize<'de> for Check {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::parse::{fields, unit};
        crate::parse::tagged(d, "Check", "kind", KINDS, |kind, rest| match kind {
            0 => fields::<RequiredElementsFields>(rest)
                .map(|f| Check::RequiredElements { extra: f.extra }),
            1 => unit(rest, Check::KnownElements),
            2 => unit(rest, Check::ItemInDomain),
            3 => unit(rest, Check::ExemptionComplete),
            4 => unit(rest, Check::PrivacySeverable),
            5 => unit(rest, Check::ChannelPresent),
            6 => fields::<DesignatedChannelFields>(rest).map(|f| Check::DesignatedChannel {
                channels: f.channels,
            }),
            7 => unit(rest, Check::PublishedAfterFormed),
            8 => unit(rest, Check::AwardAfterBidDeadline),
            9 => unit(rest, Check::ContractWithinBudget),
            10 => unit(rest, Check::NoPersonalData),
            11 => unit(rest, Check::StatusCoherent),
            12 => fields::<DeadlineFields>(rest).map(|f| Check::Deadline {
                direction: f.direction,
                period: f.period,
                anchor: f.anchor,
                target: f.target,
            }),
            13 => unit(rest, Check::BarredParty),
            14 => unit(rest, Check::ValidIdentifiers),
            _ => fields::<ObligationFields>(rest).map(|f| Check::Obligation { due: f.due }),
        })
    }
}

/// When an obligation of a department (not of a record) falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub enum ObligationDue {
    /// A period after the notice that creates the obligation was issued (工作方案 within two
    /// months, 粤办函〔2018〕201号 二).
    AfterNotice(Period),
    /// A fixed day every year, for the previous year (the progress report before the end of
    /// February, 粤办函〔2018〕201号 四; the annual report by 31 January, 条例 Art 49).
    Annually {
        /// Month, 1–12.
        month: u32,
        /// Day of the month; a day the month lacks means its last day (29 February → 28th).
        day: u32,
    },
}

impl ObligationDue {
    /// The due date: for [`ObligationDue::AfterNotice`] counted from `notice_issued` on the
    /// calendar (民法典 Arts 201–203), for [`ObligationDue::Annually`] the fixed day in `year`.
    ///
    /// # Example
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::{RuleSet, Check, calendar::Calendar};
    /// let rules = RuleSet::national();
    /// let Check::Obligation { due, .. } = &rules.get("GD-REPORT").unwrap().check else { panic!() };
    /// let d = due.due_date(&Calendar::official(), None, 2025)?;
    /// assert_eq!(d, NaiveDate::from_ymd_opt(2025, 2, 28).unwrap());
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    /// [`CalendarError::YearNotCovered`](crate::calendar::CalendarError::YearNotCovered) when the
    /// period runs into a year the calendar does not cover, or when an `AfterNotice` obligation
    /// is asked without the notice's date (reported as the year asked).
    pub fn due_date(
        &self,
        cal: &crate::calendar::Calendar,
        notice_issued: Option<NaiveDate>,
        year: i32,
    ) -> Result<NaiveDate, crate::calendar::CalendarError> {
        match *self {
            ObligationDue::AfterNotice(period) => {
                let from =
                    notice_issued.ok_or(crate::calendar::CalendarError::YearNotCovered { year })?;
                Ok(crate::deadline::period_end(cal, from, period, &[])?.end)
            }
            ObligationDue::Annually { month, day } => {
                let last = (1..=day.max(1))
                    .rev()
                    .find_map(|d| NaiveDate::from_ymd_opt(year, month.clamp(1, 12), d));
                last.ok_or(crate::calendar::CalendarError::YearNotCovered { year })
            }
        }
    }
}

/// Which way a time limit binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The target happens within the period after the anchor (a due date).
    Within,
    /// The target happens no earlier than the end of the period (a minimum duration).
    AtLeast,
}

crate::parse::by_name!(Direction [
    Within = "within",
    AtLeast = "atLeast",
]);

/// An element a local rule requires beyond the item's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraElement {
    /// The content key.
    pub key: String,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
}

impl Rule {
    /// True when the rule applies to a record of this item.
    pub fn applies_to(&self, item: ItemKind) -> bool {
        self.enabled
            && self.item.is_none_or(|i| i == item)
            && self.domain.is_none_or(|d| d == item.domain())
    }

    /// True when the record meets the rule's condition, if it has one.
    pub fn condition_holds(&self, record: &DisclosureRecord) -> bool {
        self.when.as_ref().is_none_or(|c| {
            record
                .content
                .get(&c.element)
                .is_some_and(|v| v.contains(c.contains.as_str()))
        })
    }

    /// True when the record gives what the rule needs (a deadline's anchor date).
    pub fn can_judge(&self, record: &DisclosureRecord) -> bool {
        match &self.check {
            Check::Deadline { anchor, .. } => anchor.date_in(record).is_some(),
            _ => true,
        }
    }

    /// True when the rule is in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective_from.is_none_or(|f| f <= date) && self.effective_to.is_none_or(|t| date <= t)
    }

    fn validate(&self) -> Result<(), Error> {
        let bad = |reason: String| Error::RuleTable {
            rule_id: self.id.clone(),
            reason,
        };
        if self.id.trim().is_empty() {
            return Err(bad("empty id".into()));
        }
        if let (Some(d), Some(i)) = (self.domain, self.item)
            && i.domain() != d
        {
            return Err(bad(format!("item {i} is not in domain {d}")));
        }
        if let (Some(f), Some(t)) = (self.effective_from, self.effective_to)
            && t < f
        {
            return Err(bad(format!("effectiveTo {t} is before effectiveFrom {f}")));
        }
        match &self.check {
            Check::DesignatedChannel { channels } if channels.is_empty() => {
                Err(bad("designatedChannel needs at least one channel".into()))
            }
            Check::RequiredElements { extra } => {
                for e in extra {
                    if e.key.trim().is_empty() {
                        return Err(bad("an extra element has an empty key".into()));
                    }
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }
}

/// A rule table: the national rows plus any local layers, indexed by item.
#[derive(Debug, Clone)]
pub struct RuleSet {
    rules: Vec<Arc<Rule>>,
    /// Per item, its enabled rules in table order.
    by_item: Vec<Vec<Slot>>,
    /// Per item, whether any of its rules supersedes another: most do not, and then judging a
    /// record needs no first pass.
    superseding: Vec<bool>,
}

impl RuleSet {
    /// The national table shipped with the library.
    ///
    /// # Example
    /// ```
    /// let rules = gongkai::RuleSet::national();
    /// assert!(rules.get("GI-26").is_some());
    /// ```
    pub fn national() -> RuleSet {
        RuleSet::from_json(NATIONAL_TABLE).expect("the national rule table is valid (tested)")
    }

    /// A table from JSON: `{"rules": [ ... ]}`.
    ///
    /// # Errors
    /// [`Error::Parse`] for malformed JSON, [`Error::RuleTable`] for an invalid or duplicate row.
    pub fn from_json(json: &str) -> Result<RuleSet, Error> {
        let table: Table = crate::parse::from_json(json)?;
        let mut set = RuleSet {
            rules: Vec::with_capacity(table.rules.len()),
            by_item: Vec::new(),
            superseding: Vec::new(),
        };
        for rule in table.rules {
            rule.validate()?;
            if set.get(&rule.id).is_some() {
                return Err(Error::RuleTable {
                    rule_id: rule.id,
                    reason: "duplicate id".into(),
                });
            }
            set.rules.push(Arc::new(rule));
        }
        set.reindex();
        Ok(set)
    }

    /// This table with a local layer on top: a row with a known id replaces the rule, a new id
    /// is added, and `"enabled": false` switches a rule off.
    ///
    /// # Example
    /// ```
    /// // A city requires its procurement results to carry a supervision hotline too.
    /// let local = r#"{"rules":[{"id":"QY-GP-HOTLINE","domain":"governmentProcurement",
    ///   "item":"procurementResult","check":{"kind":"requiredElements",
    ///   "extra":[{"key":"supervisionHotline","zh":"监督电话","en":"supervision hotline"}]},
    ///   "severity":"warning","summary":{"zh":"须载明监督电话","en":"state the hotline"},
    ///   "legalBasis":{"document":"清远市公共资源交易监督办法","verification":"R"}}]}"#;
    /// let rules = gongkai::RuleSet::national().layer(local)?;
    /// assert!(rules.get("QY-GP-HOTLINE").is_some());
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`RuleSet::from_json`]; a layer may not hold the same id twice.
    pub fn layer(mut self, json: &str) -> Result<RuleSet, Error> {
        let layer = RuleSet::from_json(json)?;
        for rule in layer.rules {
            match self.rules.iter_mut().find(|r| r.id == rule.id) {
                Some(slot) => *slot = rule,
                None => self.rules.push(rule),
            }
        }
        self.reindex();
        Ok(self)
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<Rule>> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Every rule, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<Rule>> {
        self.rules.iter()
    }

    /// The enabled rules that apply to an item, in table order.
    pub fn for_item(&self, item: ItemKind) -> impl Iterator<Item = &Arc<Rule>> {
        self.by_item[item as usize].iter().map(|slot| &slot.rule)
    }

    /// The table as JSON, in the format [`RuleSet::from_json`] reads.
    pub fn to_json(&self) -> String {
        let rules: Vec<&Rule> = self.rules.iter().map(|r| r.as_ref()).collect();
        serde_json::to_string_pretty(&serde_json::json!({ "rules": rules }))
            .expect("a rule table always serialises")
    }

    fn reindex(&mut self) {
        self.by_item = ItemKind::all()
            .map(|item| {
                self.rules
                    .iter()
                    .filter(|r| r.applies_to(item))
                    .map(|r| Slot {
                        effective_from: r.effective_from.unwrap_or(NaiveDate::MIN),
                        effective_to: r.effective_to.unwrap_or(NaiveDate::MAX),
                        conditional: r.when.is_some(),
                        rule: Arc::clone(r),
                    })
                    .collect()
            })
            .collect();
        self.superseding = self
            .by_item
            .iter()
            .map(|slots| slots.iter().any(|s| !s.rule.supersedes.is_empty()))
            .collect();
    }

    pub(crate) fn judge(&self, record: &DisclosureRecord, env: &Env<'_>, out: &mut Vec<Finding>) {
        let date = record.event_date();
        // A rule is superseded only by one that can judge this record (in force, and its anchor
        // given); otherwise the general rule still applies.
        let slots = &self.by_item[record.item as usize];
        let mut superseded: Vec<&str> = Vec::new();
        if self.superseding[record.item as usize] {
            for slot in slots {
                let rule = &slot.rule;
                if !rule.supersedes.is_empty()
                    && slot.in_force_on(date)
                    && rule.condition_holds(record)
                    && rule.can_judge(record)
                {
                    superseded.extend(rule.supersedes.iter().map(String::as_str));
                }
            }
        }
        for slot in slots {
            if slot.in_force_on(date)
                && (!slot.conditional || slot.rule.condition_holds(record))
                && (superseded.is_empty() || !superseded.contains(&slot.rule.id.as_str()))
            {
                evaluate(self, &slot.rule, record, env, out);
            }
        }
    }
}

/// What judging a record reads of a rule before evaluating it, copied next to the rule's
/// pointer: an item's rules are then a few adjacent cache lines, not a scattered `Rule` each
/// (the loop over them was bound by those loads rather than by its instructions).
#[derive(Debug, Clone)]
struct Slot {
    rule: Arc<Rule>,
    /// `effective_from`, or the first date there is.
    effective_from: NaiveDate,
    /// `effective_to`, or the last date there is.
    effective_to: NaiveDate,
    /// The rule has a `when` condition.
    conditional: bool,
}

impl Slot {
    /// [`Rule::in_force_on`], from the copies.
    fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective_from <= date && date <= self.effective_to
    }
}

/// What the checks need besides the record and the rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Env<'a> {
    pub calendar: &'a crate::calendar::Calendar,
    pub blacklist: &'a crate::blacklist::Registry,
    pub today: NaiveDate,
    pub near_workdays: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    rules: Vec<Rule>,
}
