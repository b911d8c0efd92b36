//! How each [`Check`] judges a record. One function per kind; all push into the same list.

use std::borrow::Cow;
use std::sync::Arc;

use super::{Check, Direction, Env, Rule, RuleSet};
use crate::PeriodUnit;
use crate::Severity;
use crate::blacklist::{Identity, InvalidIdentifier, PartyHit};
use crate::deadline::{period_bounds, units_after};
use crate::finding::DeadlineDetail;
use crate::finding::IdentifierDetail;
use crate::finding::{Detail, Finding, FindingCode};
use crate::ids::{ResidentIdNumber, UnifiedSocialCreditCode};
use crate::model::record::Anchor;
use crate::model::record::PartyRole;
use crate::model::record::{DisclosureRecord, ExemptionCategory, ExemptionScope, Status};
use crate::redact::{PersonalDataKind, for_each_personal_data};
use chrono::Datelike;

pub(crate) fn evaluate(
    set: &RuleSet,
    rule: &Arc<Rule>,
    record: &DisclosureRecord,
    env: &Env<'_>,
    out: &mut Vec<Finding>,
) {
    if let Check::Deadline {
        direction,
        period,
        anchor,
        target,
    } = &rule.check
    {
        deadline(
            rule,
            record,
            env,
            (*direction, *period, *anchor, *target),
            out,
        );
        return;
    }
    let mut emit = |code: FindingCode, path: Cow<'static, str>, detail: Detail| {
        out.push(Finding {
            code,
            severity: rule.severity,
            path,
            rule: Arc::clone(rule),
            detail,
        });
    };
    match &rule.check {
        Check::RequiredElements { extra } => {
            let filled = filled_elements(record);
            let own = record.item.elements().iter().enumerate();
            for (_, e) in own.filter(|&(k, e)| e.required && !filled(k)) {
                if !withheld(record, e.key) {
                    emit(
                        FindingCode::ElementMissing,
                        content_path(e.key),
                        Detail::Element {
                            key: e.key.to_owned(),
                            zh: e.zh.into(),
                            en: e.en.into(),
                        },
                    );
                }
            }
            for e in extra {
                if is_blank(record.content.get(&e.key)) && !withheld(record, &e.key) {
                    emit(
                        FindingCode::ElementMissing,
                        content_path(&e.key),
                        Detail::Element {
                            key: e.key.clone(),
                            zh: e.zh.clone().into(),
                            en: e.en.clone().into(),
                        },
                    );
                }
            }
        }
        Check::KnownElements => {
            for key in record.content.keys() {
                if record.item.element(key).is_none() && !locally_required(set, record, key) {
                    emit(
                        FindingCode::ElementUnknown,
                        content_path(key),
                        Detail::Element {
                            key: key.clone(),
                            zh: key.clone().into(),
                            en: key.clone().into(),
                        },
                    );
                }
            }
        }
        Check::ItemInDomain => {
            if record.item.domain() != record.domain {
                emit(
                    FindingCode::ItemDomainMismatch,
                    Cow::Borrowed("/item"),
                    Detail::ItemDomain {
                        record: record.domain,
                        item: record.item.domain(),
                    },
                );
            }
        }
        Check::ExemptionComplete => {
            if let Some(x) = &record.exemption {
                if x.category.is_none() {
                    emit(
                        FindingCode::ExemptionCategoryMissing,
                        Cow::Borrowed("/exemption/category"),
                        Detail::None,
                    );
                }
                if is_blank(x.legal_basis.as_ref()) {
                    emit(
                        FindingCode::ExemptionBasisMissing,
                        Cow::Borrowed("/exemption/legalBasis"),
                        Detail::None,
                    );
                }
                if x.scope == ExemptionScope::Partial && x.withheld_elements.is_empty() {
                    emit(
                        FindingCode::ExemptionElementsMissing,
                        Cow::Borrowed("/exemption/withheldElements"),
                        Detail::None,
                    );
                }
            }
        }
        Check::PrivacySeverable => {
            if let Some(x) = &record.exemption
                && x.scope == ExemptionScope::Whole
                && x.category == Some(ExemptionCategory::PersonalPrivacy)
                && x.severable != Some(false)
            {
                emit(
                    FindingCode::ExemptionPrivacyWholeRecord,
                    Cow::Borrowed("/exemption/scope"),
                    Detail::None,
                );
            }
        }
        Check::ChannelPresent => {
            if record.channels.is_empty() && !withheld_whole(record) {
                emit(
                    FindingCode::ChannelMissing,
                    Cow::Borrowed("/channels"),
                    Detail::None,
                );
            }
        }
        Check::DesignatedChannel { channels } => {
            if !record.channels.is_empty()
                && !record.channels.iter().any(|c| channels.contains(c))
                && !withheld_whole(record)
            {
                emit(
                    FindingCode::ChannelDesignatedMissing,
                    Cow::Borrowed("/channels"),
                    Detail::Channels(channels.clone()),
                );
            }
        }
        Check::PublishedAfterFormed => {
            if let Some(p) = record.published_on
                && p < record.formed_on
            {
                emit(
                    FindingCode::PublishedBeforeFormed,
                    Cow::Borrowed("/publishedOn"),
                    Detail::Dates {
                        first: record.formed_on,
                        second: p,
                    },
                );
            }
        }
        Check::AwardAfterBidDeadline => {
            if let (Some(deadline), Some(awarded)) =
                (record.events.bid_deadline, record.events.awarded_on)
                && awarded < deadline
            {
                emit(
                    FindingCode::AwardBeforeBidDeadline,
                    Cow::Borrowed("/events/awardedOn"),
                    Detail::Dates {
                        first: deadline,
                        second: awarded,
                    },
                );
            }
        }
        Check::ContractWithinBudget => {
            let a = &record.amounts;
            if let Some(contract) = a.contract {
                let limit = match (a.budget, a.maximum_price) {
                    (Some(b), Some(m)) => Some(b.min(m)),
                    (b, m) => b.or(m),
                };
                if let Some(limit) = limit
                    && contract > limit
                {
                    emit(
                        FindingCode::ContractExceedsBudget,
                        Cow::Borrowed("/amounts/contract"),
                        Detail::Amounts {
                            amount: contract,
                            limit,
                        },
                    );
                }
            }
        }
        Check::NoPersonalData => {
            for (place, text) in record.public_texts() {
                let mut seen = [false; 2];
                for_each_personal_data(text, |hit| {
                    let (code, i) = match hit.kind {
                        PersonalDataKind::IdNumber => (FindingCode::IdNumberExposed, 0),
                        PersonalDataKind::MobileNumber => (FindingCode::MobileExposed, 1),
                    };
                    // One finding per kind and field: the field is what the official fixes.
                    if !std::mem::replace(&mut seen[i], true) {
                        emit(code, place.pointer(), Detail::None);
                    }
                });
            }
        }
        Check::StatusCoherent => match (record.status, record.published_on) {
            (Status::Published, None) => emit(
                FindingCode::PublishedWithoutDate,
                Cow::Borrowed("/publishedOn"),
                Detail::None,
            ),
            (Status::Draft | Status::Pending, Some(_)) => emit(
                FindingCode::UnpublishedWithDate,
                Cow::Borrowed("/publishedOn"),
                Detail::None,
            ),
            _ => {}
        },
        Check::BarredParty => {
            // A withdrawn record names nobody who takes part any more.
            if record.status == Status::Withdrawn || env.blacklist.is_empty() {
                return;
            }
            let on = record
                .events
                .awarded_on
                .or(record.events.contract_signed_on)
                .unwrap_or_else(|| record.event_date());
            for (i, party) in record.parties.iter().enumerate() {
                if party.role == PartyRole::Sanctioned {
                    continue;
                }
                let (who, _) = Identity::from_party(party);
                let result = env.blacklist.screen(&who, on, Some(record.domain));
                // The strongest hit: an identifier match that bars, else a name match that would.
                let hit = result
                    .hits
                    .iter()
                    .filter(|h| h.bars)
                    .min_by_key(|h| !h.matched_on.is_identifier());
                if let Some(h) = hit {
                    let (code, severity) = if h.matched_on.is_identifier() {
                        (FindingCode::BarredParty, rule.severity)
                    } else {
                        (FindingCode::PossibleMatch, Severity::Warning)
                    };
                    out.push(Finding {
                        code,
                        severity,
                        path: Cow::Owned(crate::pointer::index("/parties", i)),
                        rule: Arc::clone(rule),
                        detail: Detail::Blacklist(Box::new(PartyHit {
                            role: party.role,
                            party_name: party.name.clone(),
                            hit: h.detail(on, Some(record.domain)),
                        })),
                    });
                }
            }
        }
        Check::ValidIdentifiers => {
            let body = &record.responsible_body;
            if let Some(c) = &body.credit_code
                && let Err(e) = UnifiedSocialCreditCode::parse(c)
            {
                emit(
                    FindingCode::CreditCodeInvalid,
                    Cow::Borrowed("/responsibleBody/creditCode"),
                    Detail::Identifier(Box::new(IdentifierDetail {
                        role: None,
                        holder: body.name.clone(),
                        value: Some(c.clone()),
                        error: InvalidIdentifier::CreditCode(e),
                    })),
                );
            }
            for (i, party) in record.parties.iter().enumerate() {
                // Built only for a finding: most parties' identifiers are valid.
                let at = |field: &str| Cow::Owned(format!("/parties/{i}/{field}"));
                if let Some(c) = &party.credit_code
                    && let Err(e) = UnifiedSocialCreditCode::parse(c)
                {
                    emit(
                        FindingCode::CreditCodeInvalid,
                        at("creditCode"),
                        Detail::Identifier(Box::new(IdentifierDetail {
                            role: Some(party.role),
                            holder: party.name.clone(),
                            value: Some(c.clone()),
                            error: InvalidIdentifier::CreditCode(e),
                        })),
                    );
                }
                if let Some(n) = &party.id_number {
                    let checked = ResidentIdNumber::parse(n)
                        .and_then(|id| id.validate_as_of(env.today).map(|()| id));
                    if let Err(e) = checked {
                        emit(
                            FindingCode::IdNumberInvalid,
                            at("idNumber"),
                            Detail::Identifier(Box::new(IdentifierDetail {
                                role: Some(party.role),
                                holder: party.name.clone(),
                                value: None,
                                error: InvalidIdentifier::IdNumber(e),
                            })),
                        );
                    }
                }
            }
        }
        // Judged by `deadline` before `emit` borrows `out`; no panic on a path C and JS reach.
        Check::Deadline { .. } => {}
        // A department's duty, not a record's: nothing to judge here.
        Check::Obligation { .. } => {}
    }
}

/// A time limit: missed, overdue, near, or a minimum period cut short.
fn deadline(
    rule: &Arc<Rule>,
    record: &DisclosureRecord,
    env: &Env<'_>,
    (direction, period, anchor, target): (Direction, crate::Period, Anchor, Anchor),
    out: &mut Vec<Finding>,
) {
    // A withdrawn record is not judged on timeliness at all.
    if record.status == Status::Withdrawn {
        return;
    }
    let Some(start) = anchor.date_in(record) else {
        return;
    };
    let target_date = target.date_in(record);
    // Only a record formed and awaiting publication can be overdue; a draft never is, and an
    // event other than publication that has not happened yet is not this rule's to chase.
    let awaiting = direction == Direction::Within
        && target == Anchor::Published
        && record.status == Status::Pending;
    if target_date.is_none() && !awaiting {
        return;
    }
    let path = target.path(record);
    let mut push = |code, severity, detail| {
        out.push(Finding {
            code,
            severity,
            path: Cow::Borrowed(path),
            rule: Arc::clone(rule),
            detail,
        })
    };
    let judged = period_bounds(env.calendar, start, period, &record.pauses).and_then(|end| {
        let due = end.end;
        let outcome = match (direction, target_date) {
            (Direction::Within, Some(t)) if t > due => Some((
                FindingCode::DeadlineMissed,
                rule.severity,
                units_after(env.calendar, due, t, period.unit)?,
            )),
            (Direction::Within, Some(_)) => None,
            (Direction::Within, None) if env.today > due => Some((
                FindingCode::DeadlineOverdue,
                rule.severity,
                units_after(env.calendar, due, env.today, period.unit)?,
            )),
            (Direction::Within, None) => {
                let left = units_after(env.calendar, env.today, due, PeriodUnit::Workday)?;
                (left <= i64::from(env.near_workdays)).then_some((
                    FindingCode::DeadlineNear,
                    Severity::Warning,
                    left,
                ))
            }
            (Direction::AtLeast, Some(t)) if t < due => Some((
                FindingCode::DeadlineTooShort,
                rule.severity,
                units_after(env.calendar, t, due, period.unit)?,
            )),
            (Direction::AtLeast, _) => None,
        };
        match outcome {
            Some((code, severity, units)) => {
                let mut end = end;
                end.fill_special_days(env.calendar)?;
                Ok(Some((code, severity, units, end)))
            }
            None => Ok(None),
        }
    });
    match judged {
        Ok(Some((code, severity, units, end))) => push(
            code,
            severity,
            Detail::Deadline(Box::new(DeadlineDetail {
                direction,
                anchor,
                target,
                target_date,
                end,
                units,
                today: env.today,
            })),
        ),
        Ok(None) => {}
        Err(e) => push(
            FindingCode::DeadlineNotComputable,
            Severity::Warning,
            Detail::YearNotCovered(match e {
                crate::calendar::CalendarError::YearNotCovered { year } => year,
                _ => start.year(),
            }),
        ),
    }
}

fn is_blank(v: Option<&String>) -> bool {
    v.is_none_or(|s| !has_text(s))
}

/// `!s.trim().is_empty()`, looking only as far as the first character that is not whitespace
/// (trimming also decodes the last character, and most texts are not blank).
fn has_text(s: &str) -> bool {
    s.chars().any(|c| !c.is_whitespace())
}

/// Which of the item's own elements have text: one pass over the content instead of a map
/// lookup per element (bit `k` for element `k`; lookups beyond 64 elements).
fn filled_elements(record: &DisclosureRecord) -> impl Fn(usize) -> bool + '_ {
    let elements = record.item.elements();
    let mut bits = 0u64;
    for (key, text) in &record.content {
        if let Some(k) = elements.iter().position(|e| e.key == key)
            && k < 64
            && has_text(text)
        {
            bits |= 1 << k;
        }
    }
    move |k| match k {
        0..64 => bits >> k & 1 == 1,
        _ => !is_blank(record.content.get(elements[k].key)),
    }
}

fn content_path(key: &str) -> Cow<'static, str> {
    Cow::Owned(crate::pointer::join("/content", key))
}

/// An element lawfully withheld (a partial exemption naming it) is not "missing".
fn withheld(record: &DisclosureRecord, key: &str) -> bool {
    record.exemption.as_ref().is_some_and(|x| {
        x.scope == ExemptionScope::Whole || x.withheld_elements.iter().any(|k| k == key)
    })
}

fn withheld_whole(record: &DisclosureRecord) -> bool {
    record
        .exemption
        .as_ref()
        .is_some_and(|x| x.scope == ExemptionScope::Whole)
}

/// Keys that a local `requiredElements` rule adds for this item are known, not misspellings.
fn locally_required(set: &RuleSet, record: &DisclosureRecord, key: &str) -> bool {
    set.for_item(record.item).any(|r| {
        matches!(&r.check, Check::RequiredElements { extra } if extra.iter().any(|e| e.key == key))
    })
}
