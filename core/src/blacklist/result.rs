//! The outcome of screening one subject: the hits, the name matches silenced, the identifiers
//! not used; and its JSON.

use chrono::NaiveDate;
use serde::Serialize;

use super::entry_ref::EntryRef;
use super::hit::{HitDetail, MatchedOn, ScreenHit};
use super::not_same::NotSame;
use super::query::QueryIssue;
use super::{BanTerm, EntryStatus};
use crate::{Domain, Lang, LegalBasis};

/// A name match silenced by a "not the same subject" decision.
#[derive(Debug, Clone, Copy)]
pub struct Suppressed<'r> {
    /// The entry.
    pub entry: EntryRef<'r>,
    /// The decision.
    pub decision: &'r NotSame,
}

/// The outcome of screening one subject as of a date.
#[derive(Debug, Clone)]
pub struct ScreenResult<'r> {
    /// The screening date.
    pub as_of: NaiveDate,
    /// The domain barring was judged for; `None`: any.
    pub domain: Option<Domain>,
    /// Identifier matches first, then name matches, each in registry order.
    pub hits: Vec<ScreenHit<'r>>,
    /// Name matches a decision silenced.
    pub suppressed: Vec<Suppressed<'r>>,
    /// Identifiers of the query that did not validate.
    pub issues: Vec<QueryIssue>,
}

impl ScreenResult<'_> {
    /// True when an entry matched by identifier bars the subject.
    pub fn barred(&self) -> bool {
        self.hits
            .iter()
            .any(|h| h.bars && h.matched_on.is_identifier())
    }

    /// True when an entry matched by name only would bar the subject: a person must check.
    pub fn possible_match(&self) -> bool {
        self.hits
            .iter()
            .any(|h| h.bars && !h.matched_on.is_identifier())
    }

    /// The explanation of each hit, owned.
    pub fn details(&self) -> Vec<HitDetail> {
        self.hits
            .iter()
            .map(|h| h.detail(self.as_of, self.domain))
            .collect()
    }

    /// The result as JSON in one language:
    ///
    /// ```json
    /// { "asOf": "2024-08-09", "domain": "governmentProcurement", "barred": true,
    ///   "possibleMatch": false,
    ///   "hits": [ { "entryId", "matchedOn": "creditCode", "status": "active", "bars": true,
    ///               "message", "legalBasis": { "document", "article", "verification" },
    ///               "subject", "authority", "decisionNumber", "decidedOn",
    ///               "barredScope": "governmentProcurement", "conduct": "falseMaterials",
    ///               "ban": { "start", "end", "months" }, "publishedUntil": "2025-07-22" } ],
    ///   "suppressed": [ { "entryId", "date", "actor", "reason" } ],
    ///   "queryIssues": [ { "field": "creditCode", "code": "uscc.bad_check_character",
    ///                      "message" } ] }
    /// ```
    ///
    /// `domain` and a hit's `ban` are `null` when absent; the arrays are always there.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string(&self.view(lang)).expect("a screening result always serialises")
    }

    fn view(&self, lang: Lang) -> ResultJson<'_> {
        ResultJson {
            as_of: self.as_of,
            domain: self.domain,
            barred: self.barred(),
            possible_match: self.possible_match(),
            hits: self
                .details()
                .into_iter()
                .map(|d| HitJson {
                    message: d.message(lang),
                    entry_id: d.entry_id,
                    matched_on: d.matched_on,
                    status: d.status,
                    bars: d.bars,
                    legal_basis: d.legal_basis,
                    subject: d.subject_name,
                    authority: d.authority,
                    decision_number: d.decision_number,
                    decided_on: d.decided_on,
                    barred_scope: d.barred_scope.as_str(),
                    conduct: d.conduct.category(),
                    ban: d.ban,
                    published_until: d.published_until,
                })
                .collect(),
            suppressed: self
                .suppressed
                .iter()
                .map(|s| SuppressedJson {
                    entry_id: s.entry.id(),
                    date: s.decision.date,
                    actor: &s.decision.actor,
                    reason: &s.decision.reason,
                })
                .collect(),
            query_issues: self
                .issues
                .iter()
                .map(|i| IssueJson {
                    field: i.0.field(),
                    code: i.0.code(),
                    message: i.0.message(lang),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultJson<'a> {
    as_of: NaiveDate,
    domain: Option<Domain>,
    barred: bool,
    possible_match: bool,
    hits: Vec<HitJson>,
    suppressed: Vec<SuppressedJson<'a>>,
    query_issues: Vec<IssueJson>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HitJson {
    entry_id: String,
    matched_on: MatchedOn,
    status: EntryStatus,
    bars: bool,
    message: String,
    legal_basis: LegalBasis,
    subject: String,
    authority: String,
    decision_number: String,
    decided_on: NaiveDate,
    barred_scope: &'static str,
    conduct: &'static str,
    ban: Option<BanTerm>,
    published_until: NaiveDate,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SuppressedJson<'a> {
    entry_id: &'a str,
    date: NaiveDate,
    actor: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct IssueJson {
    field: &'static str,
    code: &'static str,
    message: String,
}
