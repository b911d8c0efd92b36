//! Screening a subject against the registry as of a date: identifiers first, then the name.

use chrono::NaiveDate;

use super::EntryStatus;
use super::entry_ref::EntryRef;
use super::hit::{MatchedOn, PartyHit, ScreenHit};
use super::index::{self, Summary};
use super::query::{Identity, QueryKey, ScreenQuery};
use super::registry::Registry;
use super::result::{ScreenResult, Suppressed};
use super::status::{day_number, judge};
use crate::Domain;
use crate::ids::normalize_org_name;
use crate::model::record::Party;

/// Adds a hit already judged, once.
fn push_judged<'r>(
    result: &mut ScreenResult<'r>,
    reg: &'r Registry,
    idx: u32,
    matched_on: MatchedOn,
    (status, bars): (EntryStatus, bool),
) {
    if result.hits.iter().any(|h| h.entry.idx == idx) {
        return;
    }
    result.hits.push(ScreenHit {
        entry: EntryRef { reg, idx },
        matched_on,
        status,
        bars,
    });
}

impl Registry {
    /// Screens one subject as of `as_of`, judging barring for `domain` (any domain when
    /// `None`).
    ///
    /// Identifiers first: every entry whose credit code or ID number on that date is the
    /// query's. Then the organisation name, normalised ([`normalize_org_name`]): entries with the
    /// same normal form on that date, unless both sides carry credit codes that differ (two
    /// codes, two subjects) or a [`NotSame`](super::NotSame) decision silences the pair. People
    /// are matched by ID number only: a person's name identifies nobody.
    ///
    /// # Example
    /// ```
    /// # use gongkai::blacklist::{Entry, Identity, MatchedOn, Registry};
    /// # let mut reg = Registry::new();
    /// # reg.add(Entry::from_json(r#"{"id":"BL-9","subject":{"kind":"organization","name":"广东粤通信息工程有限公司"},
    /// #  "conduct":{"category":"collusiveBidding"},"decision":{"authority":"广东省财政厅",
    /// #  "number":"粤财采罚〔2024〕21号","date":"2024-05-06"},"legalBasis":{"provision":"procurementLaw77"},
    /// #  "bars":"governmentProcurement","ban":{"months":24},"listedOn":"2024-05-10"}"#)?)?;
    /// let q = Identity::organization("广东粤通信息工程 有限公司", None);
    /// let r = reg.screen(&q, "2024-10-09".parse()?, Some(gongkai::Domain::GovernmentProcurement));
    /// assert_eq!(r.hits[0].matched_on, MatchedOn::Name);
    /// assert!(!r.barred() && r.possible_match());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn screen(
        &self,
        query: &Identity,
        as_of: NaiveDate,
        domain: Option<Domain>,
    ) -> ScreenResult<'_> {
        let mut result = ScreenResult {
            as_of,
            domain,
            hits: Vec::new(),
            suppressed: Vec::new(),
            issues: Vec::new(),
        };
        if self.is_empty() {
            return result;
        }
        if let Some(code) = &query.credit_code {
            let hits = self.by_code(code);
            self.push_identifier_hits(&mut result, hits, MatchedOn::CreditCode, |idx| {
                self.code_on(idx, as_of).as_ref() == Some(code)
            });
        }
        if let Some(id) = &query.id_number {
            let hits = self.by_id_number(id);
            self.push_identifier_hits(&mut result, hits, MatchedOn::IdNumber, |idx| {
                self.id_number_on(idx, as_of).as_ref() == Some(id)
            });
        }
        if query.name.trim().is_empty() {
            return result;
        }
        let norm = normalize_org_name(&query.name);
        if !norm.as_str().is_empty() {
            let fp = index::fingerprint(norm.as_str().as_bytes());
            let mut key = None;
            let key_of = || match (&query.credit_code, &query.id_number) {
                (Some(c), _) => QueryKey::Code(*c),
                (None, Some(p)) => QueryKey::Person(*p),
                (None, None) => QueryKey::Name(norm.clone()),
            };
            for idx in self.by_name(&norm) {
                if result.hits.iter().any(|h| h.entry.idx == idx)
                    || !self.name_is(idx, as_of, &norm, fp)
                {
                    continue;
                }
                if let (Some(q), Some(e)) = (&query.credit_code, self.code_on(idx, as_of))
                    && *q != e
                {
                    continue;
                }
                if self.not_same.any_for(idx) {
                    let key = key.get_or_insert_with(key_of);
                    if let Some(decision) = self.not_same.find(idx, key, as_of) {
                        result.suppressed.push(Suppressed {
                            entry: EntryRef { reg: self, idx },
                            decision,
                        });
                        continue;
                    }
                }
                self.push_hit(&mut result, idx, MatchedOn::Name);
            }
        }
        result
    }

    /// Adds the entries an identifier index gave that show the identifier on the day. One
    /// without history is judged from the summary in its index slot (the identifier there is
    /// the entry's on every date), without reading the entry; the others from the entry, after
    /// `shown` has checked the identifier in force on the day.
    fn push_identifier_hits<'r>(
        &'r self,
        result: &mut ScreenResult<'r>,
        candidates: impl Iterator<Item = (u32, Option<Summary>)>,
        matched_on: MatchedOn,
        shown: impl Fn(u32) -> bool,
    ) {
        let (as_of, domain) = (result.as_of, result.domain);
        let mut day = None;
        for (idx, summary) in candidates {
            let judged = match summary {
                Some(s) => judge(s, *day.get_or_insert_with(|| day_number(as_of)), domain),
                None if shown(idx) => EntryRef { reg: self, idx }.status_and_bars(as_of, domain),
                None => continue,
            };
            push_judged(result, self, idx, matched_on, judged);
        }
    }

    fn push_hit<'r>(&'r self, result: &mut ScreenResult<'r>, idx: u32, matched_on: MatchedOn) {
        if result.hits.iter().any(|h| h.entry.idx == idx) {
            return;
        }
        let entry = EntryRef { reg: self, idx };
        let judged = entry.status_and_bars(result.as_of, result.domain);
        push_judged(result, self, idx, matched_on, judged);
    }

    /// Screens several subjects as of one date for one domain.
    pub fn screen_batch(
        &self,
        queries: &[Identity],
        as_of: NaiveDate,
        domain: Option<Domain>,
    ) -> Vec<ScreenResult<'_>> {
        queries
            .iter()
            .map(|q| self.screen(q, as_of, domain))
            .collect()
    }

    /// Screens a [`ScreenQuery`]: identifiers that do not validate are reported and left out.
    pub fn screen_query(&self, query: &ScreenQuery, as_of: NaiveDate) -> ScreenResult<'_> {
        let (identity, issues) = query.identity();
        let mut result = self.screen(&identity, as_of, query.domain);
        result.issues = issues;
        result
    }
}

/// What an engine screens a record's parties with: its registry, behind a trait object created
/// only where a registry is loaded, so that a build that never loads one (the npm package's
/// default entry) carries neither the screening, nor the rendering of its findings, nor the
/// registry's own code.
pub(crate) trait Screening: std::fmt::Debug + Send + Sync {
    /// The registry.
    fn registry(&self) -> &Registry;

    /// The strongest hit that bars `party` on `on` in `domain` (an identifier match, else a name
    /// match), as a finding's detail; `None` when nothing bars it.
    fn strongest_bar(&self, party: &Party, on: NaiveDate, domain: Domain) -> Option<PartyHit>;
}

impl Screening for Registry {
    fn registry(&self) -> &Registry {
        self
    }

    fn strongest_bar(&self, party: &Party, on: NaiveDate, domain: Domain) -> Option<PartyHit> {
        let (who, _) = Identity::from_party(party);
        let result = self.screen(&who, on, Some(domain));
        let hit = result
            .hits
            .iter()
            .filter(|h| h.bars)
            .min_by_key(|h| !h.matched_on.is_identifier())?;
        Some(PartyHit::new(
            party.role,
            party.name.clone(),
            hit.detail(on, Some(domain)),
        ))
    }
}
