//! Published penalty decisions against the register: a barring decision nobody listed, an
//! active entry whose decision was not among those published.
//!
//! [`Reconciliation`] is fed the records of an audit one at a time and keeps, of each penalty
//! decision, only what pairs it with an entry (its id, document number, party and, for a
//! sanction, the entry it implies); [`Reconciliation::finish`] compares them with a
//! [`Registry`] as of a day. An entry and a decision pair when they have the same document
//! number (spaces ignored) and the same subject: the same credit code or ID number where both
//! give one, else the same name ([`normalize_org_name`](crate::ids::normalize_org_name)).

use chrono::NaiveDate;
use serde::Serialize;

use super::{DecisionError, Entry, EntryStatus, Registry};
use crate::ids::normalize_org_name;
use crate::model::record::{DisclosureRecord, PartyRole, Status};

/// The decisions of an audit, kept to be compared with a register.
///
/// # Example
/// ```
/// use gongkai::blacklist::{Reconciliation, Registry};
/// # let json = r#"{"id": "YJ-CZ-CF-2024-7", "domain": "governmentProcurement",
/// #   "item": "procurementPenaltyDecision", "title": "云江市财政局行政处罚决定书",
/// #   "responsibleBody": {"name": "云江市财政局"}, "formedOn": "2024-07-22",
/// #   "publishedOn": "2024-07-26", "status": "published", "channels": ["ccgp"],
/// #   "content": {"authority": "云江市财政局", "decisionNumber": "云财采罚〔2024〕7号"},
/// #   "parties": [{"role": "sanctioned", "name": "广东智联数据科技有限公司",
/// #                "creditCode": "91445400MAH8P03Q3P"}],
/// #   "events": {"decisionOn": "2024-07-22"},
/// #   "sanction": {"legalBasis": {"provision": "procurementLaw77"},
/// #                "conduct": {"category": "falseMaterials"}, "ban": {"months": 12}}}"#;
/// let record = gongkai::DisclosureRecord::from_json(json)?;
/// let mut r = Reconciliation::new();
/// r.add(&record);
/// let found = r.finish(&Registry::new(), "2024-08-01".parse().unwrap());
/// assert_eq!(found.unlisted.len(), 1);
/// assert_eq!(found.unlisted[0].decision_number, "云财采罚〔2024〕7号");
/// # Ok::<(), gongkai::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Reconciliation {
    decisions: usize,
    seen: Vec<Seen>,
    underivable: Vec<Underivable>,
}

/// A decision kept for the comparison.
#[derive(Debug, Clone)]
struct Seen {
    record_id: String,
    number: String,
    key: Key,
    name: String,
    withdrawn: bool,
    /// The entry a published barring decision implies.
    implied: Option<Entry>,
}

/// Who a decision or an entry is about, for pairing them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Key {
    identifier: Option<String>,
    name: String,
}

impl Key {
    fn same(&self, other: &Key) -> bool {
        match (&self.identifier, &other.identifier) {
            (Some(a), Some(b)) => a == b,
            _ => self.name == other.name,
        }
    }

    fn of_entry(e: &Entry) -> Key {
        let identifier = e
            .subject
            .credit_code()
            .map(|c| c.as_str().to_owned())
            .or_else(|| e.subject.id_number().map(|i| i.as_str().to_owned()));
        Key {
            identifier,
            name: normalize_org_name(e.subject.name()).as_str().to_owned(),
        }
    }
}

/// A party's credit code or ID number in the form an entry holds it (as given, when it does not
/// validate: it then pairs with no entry's).
fn identifier_of(party: &crate::model::record::Party) -> Option<String> {
    if let Some(code) = &party.credit_code {
        return Some(
            crate::ids::UnifiedSocialCreditCode::parse(code)
                .map_or_else(|_| code.clone(), |c| c.as_str().to_owned()),
        );
    }
    party.id_number.as_ref().map(|id| {
        crate::ids::ResidentIdNumber::parse(id)
            .map_or_else(|_| id.clone(), |i| i.as_str().to_owned())
    })
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What the comparison found. Everything it could not pair is listed; nothing is left out.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reconciled {
    /// Penalty decision records seen.
    pub decisions: usize,
    /// Of those, published decisions that imply an entry.
    pub barring: usize,
    /// A published barring decision with no entry in the register.
    pub unlisted: Vec<Unlisted>,
    /// A decision record with a sanction whose entry cannot be built (what it does not state,
    /// or what the blacklist refuses).
    pub underivable: Vec<Underivable>,
    /// A withdrawn decision (行政处罚法 Art 48 ¶2) whose entry is still active.
    pub withdrawn_but_active: Vec<Listed>,
    /// An active entry whose decision is not among the decisions seen: the audit may not hold
    /// every decision, so this is to check, not a fault by itself.
    pub unpublished: Vec<Listed>,
}

/// A published barring decision the register does not hold.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unlisted {
    /// The decision record's id.
    pub record_id: String,
    /// The decision document number.
    pub decision_number: String,
    /// The sanctioned party.
    pub party: String,
    /// The entry's status on the day compared, had it been listed.
    pub status: EntryStatus,
    /// The entry the decision implies, as a register line.
    pub entry: Entry,
}

/// A decision record whose entry cannot be built.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Underivable {
    /// The decision record's id.
    pub record_id: String,
    /// Why.
    #[serde(skip)]
    pub error: DecisionError,
}

/// A register entry, as the comparison reports it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Listed {
    /// The entry's id.
    pub entry_id: String,
    /// Its decision document number.
    pub decision_number: String,
    /// Its subject's name.
    pub party: String,
    /// The record of the decision, when one was seen (a withdrawn decision).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub record_id: Option<String>,
}

impl Reconciliation {
    /// An empty comparison.
    pub fn new() -> Reconciliation {
        Reconciliation::default()
    }

    /// Keeps what pairs a penalty decision with an entry; any other record is passed over.
    pub fn add(&mut self, record: &DisclosureRecord) {
        if !record.item.is_penalty_decision() {
            return;
        }
        self.decisions += 1;
        let withdrawn = record.status == Status::Withdrawn;
        let implied = if record.sanction.is_some() && !withdrawn {
            match Entry::from_decision(record) {
                Ok(e) => Some(e),
                Err(error) => {
                    self.underivable.push(Underivable {
                        record_id: record.id.clone(),
                        error,
                    });
                    None
                }
            }
        } else {
            None
        };
        let party = record
            .parties
            .iter()
            .find(|p| p.role == PartyRole::Sanctioned);
        let (Some(number), Some(party)) = (record.content.get("decisionNumber"), party) else {
            // Nothing to pair an entry with; an implied entry was refused above for the same
            // missing facts.
            return;
        };
        self.seen.push(Seen {
            record_id: record.id.clone(),
            number: squeeze(number),
            key: Key {
                identifier: identifier_of(party),
                name: normalize_org_name(&party.name).as_str().to_owned(),
            },
            name: party.name.clone(),
            withdrawn,
            implied,
        });
    }

    /// Compares the decisions kept with `registry` as of `on`.
    pub fn finish(self, registry: &Registry, on: NaiveDate) -> Reconciled {
        let entries: Vec<Entry> = registry.iter().map(|e| e.to_entry()).collect();
        let keyed: Vec<(String, Key)> = entries
            .iter()
            .map(|e| (squeeze(&e.decision.number), Key::of_entry(e)))
            .collect();
        let mut by_number: std::collections::HashMap<&str, Vec<usize>> =
            std::collections::HashMap::new();
        for (i, (number, _)) in keyed.iter().enumerate() {
            by_number.entry(number.as_str()).or_default().push(i);
        }
        let pairs =
            |s: &Seen, (number, key): &(String, Key)| *number == s.number && key.same(&s.key);
        let paired = |s: &Seen| -> Vec<usize> {
            by_number
                .get(s.number.as_str())
                .map(|v| v.iter().copied().filter(|&i| pairs(s, &keyed[i])).collect())
                .unwrap_or_default()
        };
        let mut out = Reconciled {
            decisions: self.decisions,
            barring: self.seen.iter().filter(|s| s.implied.is_some()).count()
                + self.underivable.len(),
            underivable: self.underivable,
            ..Reconciled::default()
        };
        for s in &self.seen {
            let listed: Vec<&Entry> = paired(s).into_iter().map(|i| &entries[i]).collect();
            if let Some(implied) = &s.implied
                && listed.is_empty()
            {
                out.unlisted.push(Unlisted {
                    record_id: s.record_id.clone(),
                    decision_number: implied.decision.number.clone(),
                    party: s.name.clone(),
                    status: implied.status(on),
                    entry: implied.clone(),
                });
            }
            if s.withdrawn {
                for e in listed
                    .iter()
                    .filter(|e| e.status(on) == EntryStatus::Active)
                {
                    out.withdrawn_but_active
                        .push(listed_of(e, Some(&s.record_id)));
                }
            }
        }
        let mut seen_entry = vec![false; entries.len()];
        for s in &self.seen {
            for i in paired(s) {
                seen_entry[i] = true;
            }
        }
        for (e, seen) in entries.iter().zip(seen_entry) {
            if !seen && e.status(on) == EntryStatus::Active {
                out.unpublished.push(listed_of(e, None));
            }
        }
        out
    }
}

fn listed_of(e: &Entry, record_id: Option<&str>) -> Listed {
    Listed {
        entry_id: e.id.clone(),
        decision_number: e.decision.number.clone(),
        party: e.subject.name().to_owned(),
        record_id: record_id.map(str::to_owned),
    }
}

impl Reconciled {
    /// True when every decision seen pairs with its entry and every active entry with a decision.
    pub fn is_clean(&self) -> bool {
        self.unlisted.is_empty()
            && self.underivable.is_empty()
            && self.withdrawn_but_active.is_empty()
            && self.unpublished.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decision(id: &str, number: &str, code: &str) -> DisclosureRecord {
        let v = serde_json::json!({
            "id": id, "domain": "governmentProcurement",
            "item": "procurementPenaltyDecision", "title": "行政处罚决定书",
            "responsibleBody": {"name": "云江市财政局"},
            "formedOn": "2024-07-22", "publishedOn": "2024-07-26", "status": "published",
            "channels": ["ccgp"],
            "content": {"authority": "云江市财政局", "decisionNumber": number},
            "parties": [{"role": "sanctioned", "name": "广东智联数据科技有限公司",
                         "creditCode": code}],
            "events": {"decisionOn": "2024-07-22"},
            "sanction": {"legalBasis": {"provision": "procurementLaw77"},
                         "conduct": {"category": "falseMaterials"}, "ban": {"months": 12}}
        });
        DisclosureRecord::from_json(&v.to_string()).unwrap()
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// 政府采购法 Art 77 lists the supplier (列入不良行为记录名单): a published decision whose entry
    /// is in the register pairs with it; one that is not, and an active entry with no decision,
    /// are both reported.
    #[test]
    fn unlisted_decisions_and_unpublished_entries_zfcgf_77() {
        let listed = decision("D-1", "云财采罚〔2024〕7号", "91445400MAH8P03Q3P");
        let mut reg = Registry::new();
        reg.add(Entry::from_decision(&listed).unwrap()).unwrap();
        let mut other = Entry::from_decision(&decision(
            "BL-9",
            "云财采罚〔2024〕9号",
            "91445400MAH8P03Q3P",
        ))
        .unwrap();
        other.subject = super::super::Subject::Organization {
            name: "云江市某某公司".into(),
            credit_code: None,
            address: None,
        };
        reg.add(other).unwrap();
        let mut r = Reconciliation::new();
        r.add(&listed);
        // The same number written with a space still pairs.
        r.add(&decision(
            "D-1b",
            "云财采罚〔2024〕 7号",
            "91445400MAH8P03Q3P",
        ));
        r.add(&decision(
            "D-2",
            "云财采罚〔2024〕8号",
            "91445400MAH8P03Q3P",
        ));
        let out = r.finish(&reg, d("2024-08-01"));
        assert_eq!((out.decisions, out.barring), (3, 3));
        let unlisted: Vec<_> = out.unlisted.iter().map(|u| u.record_id.as_str()).collect();
        assert_eq!(unlisted, ["D-2"]);
        assert_eq!(out.unlisted[0].status, EntryStatus::Active);
        let unpublished: Vec<_> = out
            .unpublished
            .iter()
            .map(|l| l.entry_id.as_str())
            .collect();
        assert_eq!(unpublished, ["BL-9"]);
        assert!(!out.is_clean());
        // Once its ban has run, an entry is no longer active: nothing to publish.
        let later = {
            let mut r = Reconciliation::new();
            r.add(&listed);
            r.finish(&reg, d("2025-08-01"))
        };
        assert!(later.is_clean(), "{later:?}");
    }

    /// 行政处罚法 Art 48 ¶2: a withdrawn decision's entry is withdrawn too.
    #[test]
    fn a_withdrawn_decision_with_an_active_entry_xzcff_48() {
        let mut rec = decision("D-1", "云财采罚〔2024〕7号", "91445400MAH8P03Q3P");
        let mut reg = Registry::new();
        reg.add(Entry::from_decision(&rec).unwrap()).unwrap();
        rec.status = Status::Withdrawn;
        let mut r = Reconciliation::new();
        r.add(&rec);
        let out = r.finish(&reg, d("2024-08-01"));
        assert_eq!(out.withdrawn_but_active.len(), 1);
        assert_eq!(
            out.withdrawn_but_active[0].record_id.as_deref(),
            Some("D-1")
        );
        assert!(out.unlisted.is_empty() && out.unpublished.is_empty());
    }

    #[test]
    fn an_underivable_decision_is_reported_not_dropped() {
        let mut rec = decision("D-1", "云财采罚〔2024〕7号", "91445400MAH8P03Q3P");
        rec.sanction.as_mut().unwrap().ban = None;
        let mut r = Reconciliation::new();
        r.add(&rec);
        let mut other = decision("D-2", "x", "91445400MAH8P03Q3P");
        other.item = crate::ItemKind::ProcurementResult;
        r.add(&other);
        let out = r.finish(&Registry::new(), d("2024-08-01"));
        assert_eq!(out.decisions, 1);
        assert_eq!(out.underivable.len(), 1);
        assert_eq!(out.underivable[0].error.code(), "blacklist.ban_missing");
    }
}
