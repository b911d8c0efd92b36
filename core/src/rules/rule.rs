//! One row of the rule table: what it checks, for which records, under which law, and when.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::legal::LegalBasis;
use crate::model::amount::Yuan;
use crate::model::domain::Domain;
use crate::model::item::ItemKind;
use crate::model::method::Method;
use crate::model::record::DisclosureRecord;
use crate::rules::checks::Check;
use crate::severity::Severity;

/// One row of the rule table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[non_exhaustive]
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

/// When a rule applies: every part given must hold. `element` and `contains` go together (the
/// element's text contains the text); `methods` lists the allocation methods whose law the rule
/// is (87号令 for 公开招标 and 邀请招标); `budgetAtLeast` and `budgetBelow` bound the record's
/// budget (an amount tier: 单一来源 publicity above the 公开招标 threshold, a local layer's
/// 限额标准). A record that does not state the method or budget a condition needs is not judged
/// by that rule: the engine says so with an info finding, `rule.not_judged`, at the fact's path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Condition {
    /// The element key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub element: Option<String>,
    /// Text the element must contain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contains: Option<String>,
    /// The methods the rule applies to (any one).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub methods: Vec<Method>,
    /// The lowest budget (预算金额) the rule applies to, inclusive (the law's "以上").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_at_least: Option<Yuan>,
    /// The budget the rule applies below, exclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_below: Option<Yuan>,
}

/// Whether a rule's condition holds for a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Applies {
    /// It holds (or there is none).
    Yes,
    /// It does not hold.
    No,
    /// It depends on a fact the record does not state: its JSON Pointer (`/method`, or a
    /// content element the record lists in `notStated`).
    NotStated(Cow<'static, str>),
}

impl Condition {
    /// Whether the condition holds for `record`.
    pub fn applies(&self, record: &DisclosureRecord) -> Applies {
        if let (Some(element), Some(contains)) = (&self.element, &self.contains) {
            match record.content.get(element) {
                Some(v) if v.contains(contains.as_str()) => {}
                None if !record.not_stated.is_empty() => {
                    let pointer = crate::pointer::join("/content", element);
                    if record.does_not_state(&pointer) {
                        return Applies::NotStated(Cow::Owned(pointer));
                    }
                    return Applies::No;
                }
                _ => return Applies::No,
            }
        }
        if !self.methods.is_empty() {
            match &record.method {
                None => return Applies::NotStated(Cow::Borrowed("/method")),
                Some(m) if !self.methods.contains(m) => return Applies::No,
                Some(_) => {}
            }
        }
        if self.budget_at_least.is_some() || self.budget_below.is_some() {
            let Some(budget) = record.amounts.budget else {
                return Applies::NotStated(Cow::Borrowed("/amounts/budget"));
            };
            if self.budget_at_least.is_some_and(|low| budget < low)
                || self.budget_below.is_some_and(|high| budget >= high)
            {
                return Applies::No;
            }
        }
        Applies::Yes
    }

    /// True when the condition is only about the record's content (no method or budget), so a
    /// record is never "not judged" by it.
    fn is_empty(&self) -> bool {
        self.element.is_none()
            && self.methods.is_empty()
            && self.budget_at_least.is_none()
            && self.budget_below.is_none()
    }
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

impl Rule {
    /// True when the rule applies to a record of this item.
    pub fn applies_to(&self, item: ItemKind) -> bool {
        self.enabled
            && self.item.is_none_or(|i| i == item)
            && self.domain.is_none_or(|d| d == item.domain())
    }

    /// True when the record meets the rule's condition, if it has one (a condition on a fact
    /// the record does not state does not hold).
    pub fn condition_holds(&self, record: &DisclosureRecord) -> bool {
        self.applies(record) == Applies::Yes
    }

    /// Whether the rule's condition, if it has one, holds for `record`.
    pub fn applies(&self, record: &DisclosureRecord) -> Applies {
        self.when
            .as_ref()
            .map_or(Applies::Yes, |c| c.applies(record))
    }

    /// True when the record gives what the rule needs (a deadline's anchor date, the two dates
    /// an order is judged on, the amount compared with the budget).
    pub fn can_judge(&self, record: &DisclosureRecord) -> bool {
        match &self.check {
            Check::Deadline(d) => d.anchor.stated_in(record).is_some(),
            Check::AwardAfterBidDeadline(_) => {
                record.events.awarded_on.is_some() && record.events.bid_deadline.is_some()
            }
            Check::ContractWithinBudget(_) => record.amounts.contract.is_some(),
            // Read from a notice's text: a record never gives what they judge.
            #[cfg(feature = "notice")]
            Check::NoticeFormat(_) | Check::SummaryAgrees(_) => false,
            _ => true,
        }
    }

    /// True when the record gives what the rule needs, or says that the source does not show
    /// it (`notStated`): either way the rule is the one that applies, and a general rule it
    /// replaces stays replaced even when this one cannot compute.
    pub fn governs(&self, record: &DisclosureRecord) -> bool {
        self.can_judge(record)
            || match &self.check {
                Check::Deadline(d) => {
                    !record.not_stated.is_empty() && record.does_not_state(d.anchor.path(record))
                }
                // Each of the two dates given or said not to be shown: the rule says it did not
                // judge, as it does when the record's own date leaves its force open.
                Check::AwardAfterBidDeadline(_) => {
                    let e = &record.events;
                    !record.not_stated.is_empty()
                        && (e.awarded_on.is_some() || record.does_not_state("/events/awardedOn"))
                        && (e.bid_deadline.is_some()
                            || record.does_not_state("/events/bidDeadline"))
                }
                _ => false,
            }
    }

    /// True when the rule is in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.effective_from.is_none_or(|f| f <= date) && self.effective_to.is_none_or(|t| date <= t)
    }

    /// Whether the rule is in force for `record`: on every day its date
    /// ([`DisclosureRecord::event_date`]) may be, on none, or on some — then, as for a record
    /// with no date at all, the record does not state the day that decides.
    pub fn in_force_for(&self, record: &DisclosureRecord) -> Applies {
        in_force(
            self.effective_from.unwrap_or(NaiveDate::MIN),
            self.effective_to.unwrap_or(NaiveDate::MAX),
            record,
        )
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
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
        if let Some(c) = &self.when {
            if c.element.is_some() != c.contains.is_some() {
                return Err(bad(
                    "a condition gives `element` and `contains` together".into()
                ));
            }
            if c.is_empty() {
                return Err(bad(
                    "a condition needs `element` and `contains`, `methods`, `budgetAtLeast` or `budgetBelow`".into(),
                ));
            }
            if let (Some(low), Some(high)) = (c.budget_at_least, c.budget_below)
                && high <= low
            {
                return Err(bad(format!(
                    "budgetBelow {high} is not above budgetAtLeast {low}"
                )));
            }
        }
        match &self.check {
            Check::DesignatedChannel(c) if c.channels.is_empty() => {
                Err(bad("designatedChannel needs at least one channel".into()))
            }
            Check::RequiredElements(r) if r.extra.iter().any(|e| e.key.trim().is_empty()) => {
                Err(bad("an extra element has an empty key".into()))
            }
            Check::RequiredElements(r) if !r.only.is_empty() => {
                let Some(item) = self.item else {
                    return Err(bad("`only` names elements of an item: give `item`".into()));
                };
                match r
                    .only
                    .iter()
                    .find(|k| !item.elements().iter().any(|e| e.key == k.as_str()))
                {
                    Some(k) => Err(bad(format!("`only` names {k}, not an element of {item}"))),
                    None => Ok(()),
                }
            }
            _ => Ok(()),
        }
    }
}

/// Whether a rule in force from `from` to `to` (inclusive) is in force for `record`
/// ([`Rule::in_force_for`]).
pub(crate) fn in_force(from: NaiveDate, to: NaiveDate, record: &DisclosureRecord) -> Applies {
    in_force_during(from, to, span(record))
}

/// The first and last day a record's date may be, and the pointer of its field.
pub(crate) fn span(record: &DisclosureRecord) -> Option<(NaiveDate, NaiveDate, &'static str)> {
    record.dated().map(|(d, path)| (d.first(), d.last(), path))
}

/// [`in_force`] for a record's [`span`], read once for all of its rules.
pub(crate) fn in_force_during(
    from: NaiveDate,
    to: NaiveDate,
    span: Option<(NaiveDate, NaiveDate, &'static str)>,
) -> Applies {
    if from == NaiveDate::MIN && to == NaiveDate::MAX {
        return Applies::Yes;
    }
    let Some((first, last, path)) = span else {
        return Applies::NotStated(Cow::Borrowed("/formedOn"));
    };
    if from <= first && last <= to {
        Applies::Yes
    } else if last < from || to < first {
        Applies::No
    } else {
        Applies::NotStated(Cow::Borrowed(path))
    }
}
