//! `barredParty`: no party of the record is barred by the blacklist (黑名单) on the record's
//! date in the record's domain.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;
use crate::blacklist::PartyHit;
use crate::model::record::{PartyRole, Status};
use crate::severity::Severity;

/// No party of the record is barred by the blacklist on the record's date (the award, else the
/// contract, else the event date) in the record's domain. An identifier match is a finding of
/// the rule's severity; a name-only match a warning. Parties the record is about (`sanctioned`)
/// are not screened, nor withdrawn records.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BarredParty {}

impl CheckKind for BarredParty {
    const KIND: &'static str = "barredParty";
    const ABOUT: &'static str = "no party is barred by the blacklist on the record's date";
}

/// A party matched by identifier to a blacklist entry that bars it on the record's date.
#[derive(Debug, Clone, PartialEq)]
pub struct BarredPartyFound(pub Box<PartyHit>);

/// A party whose name alone matches a blacklist entry that would bar it: to check.
#[derive(Debug, Clone, PartialEq)]
pub struct PossibleMatch(pub Box<PartyHit>);

impl FindingDetail for BarredPartyFound {
    const CODE: &'static str = "blacklist.barred_party";
    const ABOUT: &'static str =
        "a party barred by a blacklist entry (matched by identifier) on the record's date";
    fn message(&self, lang: Lang) -> String {
        self.0.message(lang)
    }
}

impl FindingDetail for PossibleMatch {
    const CODE: &'static str = "blacklist.possible_match";
    const ABOUT: &'static str =
        "a party whose name alone matches a barring blacklist entry: to check";
    fn message(&self, lang: Lang) -> String {
        self.0.message(lang)
    }
}

impl BarredParty {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<BarredPartyFound> + Emit<PossibleMatch> + Emit<super::not_judged::NotJudged>,
    {
        let record = cx.record;
        let Some(screening) = cx.env.screening else {
            return;
        };
        // A withdrawn record names nobody who takes part any more.
        if record.status == Status::Withdrawn || screening.registry().is_empty() {
            return;
        }
        let e = &record.events;
        let dated = (e.awarded_on.map(|d| (d, "/events/awardedOn")))
            .or(e
                .contract_signed_on
                .map(|d| (d, "/events/contractSignedOn")))
            .or_else(|| record.dated());
        let Some((on, on_path)) = dated else {
            return;
        };
        for (i, party) in record.parties.iter().enumerate() {
            if party.role == PartyRole::Sanctioned {
                continue;
            }
            // A ban is one span of days: barred on the first and the last day a month-only date
            // may be, the party is barred on every day of it.
            let Some(hit) = screening.strongest_bar(party, on.last(), record.domain) else {
                continue;
            };
            if on.exact().is_none()
                && screening
                    .strongest_bar(party, on.first(), record.domain)
                    .is_none()
            {
                let detail = super::not_judged::NotJudged::imprecise(on_path, on);
                out.emit_as(Severity::Info, Cow::Borrowed(on_path), detail);
                continue;
            }
            let by_identifier = hit.hit.matched_on.is_identifier();
            let found = Box::new(hit);
            let path = Cow::Owned(crate::pointer::index("/parties", i));
            if by_identifier {
                out.emit(path, BarredPartyFound(found));
            } else {
                out.emit_as(Severity::Warning, path, PossibleMatch(found));
            }
        }
    }
}
