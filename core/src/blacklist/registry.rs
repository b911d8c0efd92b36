//! The registry (黑名单库): where each entry's parts are stored and how they are indexed.
//!
//! Adding, looking up, changing and screening entries are the jobs of the modules that build on
//! this one: `loading`, `lookup`, `changes` and `screen`.

use std::fmt;

use super::Subject;
use super::event::{Correction, Event};
use super::flags::Flags;
use super::index::{self, Ident18, IdentifierIndex, Index, MAX_ENTRIES};
use super::interner::Interner;
use super::not_same::NotSameDecisions;
use super::packed::{ID, Ident, NONE, NORM, PART_NAMES, PARTS, Packed};
use super::status::Core;
use super::{BanBasis, BlacklistError, Conduct, Entry};
use crate::ids::{NormalizedName, ResidentIdNumber, normalize_org_name};

/// The blacklist: entries, their history, and "not the same subject" decisions.
///
/// Screening is by hash index: a credit code, an ID number or a normalised organisation name
/// finds its entries in one lookup whatever the registry's size. Entries are never removed:
/// what happens to them is appended as events ([`withdraw`](Self::withdraw),
/// [`repair`](Self::repair), [`correct`](Self::correct)).
///
/// # Example
/// ```
/// use gongkai::blacklist::{Entry, Identity, Registry};
/// let mut reg = Registry::new();
/// reg.add(Entry::from_json(r#"{"id":"YJ-BL-001",
///   "subject":{"kind":"organization","name":"广东智联数据科技有限公司","creditCode":"91445400MAH8P03Q3P"},
///   "conduct":{"category":"falseMaterials"},
///   "decision":{"authority":"云江市财政局","number":"云财采罚〔2024〕7号","date":"2024-07-22"},
///   "legalBasis":{"provision":"procurementLaw77"},"bars":"governmentProcurement",
///   "ban":{"months":12},"listedOn":"2024-07-26"}"#)?)?;
/// let query = Identity::organization("广东智联数据科技有限公司", Some("91445400MAH8P03Q3P".parse()?));
/// let result = reg.screen(&query, "2024-08-09".parse()?, Some(gongkai::Domain::GovernmentProcurement));
/// assert!(result.barred());
/// assert_eq!(result.hits[0].entry.id(), "YJ-BL-001");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default)]
pub struct Registry {
    pub(super) entries: Vec<Packed>,
    pub(super) text: String,
    pub(super) authorities: Interner<Box<str>>,
    pub(super) bases: Interner<BanBasis>,
    pub(super) conducts: Interner<Conduct>,
    pub(super) histories: Vec<Vec<Event>>,
    pub(super) persons: Vec<ResidentIdNumber>,
    pub(super) by_id: Index,
    pub(super) by_code: IdentifierIndex,
    pub(super) by_id_number: IdentifierIndex,
    pub(super) by_name: Index,
    pub(super) not_same: NotSameDecisions,
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry")
            .field("entries", &self.entries.len())
            .field("not_same", &self.not_same.list().len())
            .finish_non_exhaustive()
    }
}

/// The indexes by hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Which {
    Id,
    Name,
}

/// The indexes by identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum IdKind {
    Code,
    IdNumber,
}

/// The name index key a correction adds, if any.
fn correction_key(c: &Correction, person: bool) -> Option<(Which, u32)> {
    match c {
        Correction::SubjectName(name) if !person => Some((
            Which::Name,
            index::key(normalize_org_name(name).as_str().as_bytes()),
        )),
        _ => None,
    }
}

/// The identifier a correction adds, if any.
fn correction_identifier(c: &Correction) -> Option<(IdKind, Ident18)> {
    match c {
        Correction::CreditCode(code) => Some((IdKind::Code, *code.bytes())),
        Correction::IdNumber(id) => Some((IdKind::IdNumber, *id.bytes())),
        _ => None,
    }
}

/// An entry checked and laid out, not yet stored.
pub(super) struct Prepared {
    norm: NormalizedName,
    lens: [u16; PARTS],
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
    }

    /// The empty registry, shared: what an engine without a blacklist screens against.
    pub(crate) fn empty() -> &'static Registry {
        static EMPTY: std::sync::OnceLock<Registry> = std::sync::OnceLock::new();
        EMPTY.get_or_init(Registry::new)
    }

    /// An empty registry with room for `entries` without rehashing: building a large registry
    /// this way never holds two copies of an index.
    pub fn with_capacity(entries: usize) -> Registry {
        Registry {
            entries: Vec::with_capacity(entries),
            by_id: Index::with_capacity(entries),
            by_code: IdentifierIndex::with_capacity(entries),
            by_name: Index::with_capacity(entries),
            ..Registry::default()
        }
    }

    /// How many entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub(super) fn find(&self, id: &str) -> Option<u32> {
        self.by_id
            .get(index::key(id.as_bytes()))
            .find(|&i| self.part(i, ID) == id)
    }

    pub(super) fn packed(&self, idx: u32) -> &Packed {
        &self.entries[idx as usize]
    }

    pub(super) fn part(&self, idx: u32, part: usize) -> &str {
        let p = self.packed(idx);
        let start = p.text as usize
            + p.lens[..part]
                .iter()
                .map(|&l| usize::from(l))
                .sum::<usize>();
        self.text
            .get(start..start + usize::from(p.lens[part]))
            .unwrap_or("")
    }

    pub(super) fn opt_part(&self, idx: u32, part: usize) -> Option<String> {
        let s = self.part(idx, part);
        (!s.is_empty()).then(|| s.to_owned())
    }

    pub(super) fn history(&self, idx: u32) -> &[Event] {
        match self.packed(idx).events {
            NONE => &[],
            h => self.histories.get(h as usize).map_or(&[], Vec::as_slice),
        }
    }

    pub(super) fn core(&self, idx: u32) -> Core<'_> {
        let p = self.packed(idx);
        Core {
            decided: p.decided,
            listed: p.listed,
            ban: p.ban().map(|t| (t.start, t.months)),
            basis: &self.bases.items[usize::from(p.basis)],
            bars: p.bars(),
            class: p.class(),
            events: self.history(idx),
            cached: Some((p.ban(), p.until)),
        }
    }

    /// Checks what can be checked of an entry alone, and lays out its texts.
    pub(super) fn prepare(&self, entry: &Entry) -> Result<Prepared, BlacklistError> {
        entry.validate()?;
        let norm = match &entry.subject {
            Subject::Organization { name, .. } => normalize_org_name(name),
            Subject::Person { .. } => NormalizedName::new(""),
        };
        let parts = [
            entry.id.as_str(),
            entry.subject.name(),
            norm.as_str(),
            entry.decision.number.as_str(),
            entry.facts.as_deref().unwrap_or(""),
            entry.decision.penalty.as_deref().unwrap_or(""),
            entry.subject.address().unwrap_or(""),
        ];
        let mut lens = [0u16; PARTS];
        for ((len, part), field) in lens.iter_mut().zip(parts).zip(PART_NAMES) {
            *len = u16::try_from(part.len()).map_err(|_| BlacklistError::FieldTooLong {
                field,
                len: part.len(),
                max: usize::from(u16::MAX),
            })?;
        }
        let total: usize = parts.iter().map(|p| p.len()).sum();
        if self.text.len() + total > u32::MAX as usize
            || self.entries.len() >= MAX_ENTRIES - 1
            || self.authorities.len() >= NONE as usize
            || self.bases.len() >= usize::from(u16::MAX)
            || self.conducts.len() >= usize::from(u16::MAX)
        {
            return Err(BlacklistError::RegistryFull);
        }
        Ok(Prepared { norm, lens })
    }

    /// Stores a prepared entry, unindexed; returns its place.
    pub(super) fn store(&mut self, entry: Entry, prepared: Prepared) -> u32 {
        let idx = self.entries.len() as u32;
        // Checked by `prepare`: the text store stays below 4 GiB.
        let at = self.text.len() as u32;
        for part in [
            entry.id.as_str(),
            entry.subject.name(),
            prepared.norm.as_str(),
            entry.decision.number.as_str(),
            entry.facts.as_deref().unwrap_or(""),
            entry.decision.penalty.as_deref().unwrap_or(""),
            entry.subject.address().unwrap_or(""),
        ] {
            self.text.push_str(part);
        }
        let authority = self
            .authorities
            .id(entry.decision.authority.as_str(), |s: &str| {
                Box::<str>::from(s)
            });
        let basis = self.bases.id(&entry.legal_basis, BanBasis::clone) as u16;
        let conduct = self.conducts.id(&entry.conduct, Conduct::clone) as u16;
        let ident = match &entry.subject {
            Subject::Organization {
                credit_code: Some(c),
                ..
            } => Ident::Code(*c),
            Subject::Organization { .. } => Ident::Name,
            Subject::Person { id_number, .. } => {
                self.persons.push(*id_number);
                Ident::Person((self.persons.len() - 1) as u32)
            }
        };
        let first = Core {
            events: &[],
            ..entry.core()
        };
        let ban_term = first.ban_on(entry.listed_on);
        let until = first.until(ban_term).1;
        let (decided, listed) = (entry.decision.date, entry.listed_on);
        let flags = Flags::new(entry.bars, entry.credit_class, ban_term.is_some());
        let events = if entry.events.is_empty() {
            NONE
        } else {
            self.histories.push(entry.events);
            (self.histories.len() - 1) as u32
        };
        self.entries.push(Packed {
            text: at,
            name_fp: index::fingerprint(prepared.norm.as_str().as_bytes()),
            lens: prepared.lens,
            ident,
            authority,
            basis,
            conduct,
            flags,
            decided,
            listed,
            ban_start: ban_term.map_or(decided, |t| t.start),
            ban_end: ban_term.map_or(decided, |t| t.end),
            until,
            events,
        });
        idx
    }

    /// Every hash index key of a stored entry: its id, its normalised name, and the names its
    /// corrections bring.
    pub(super) fn keys_of(&self, idx: u32, mut f: impl FnMut(Which, u32)) {
        f(Which::Id, index::key(self.part(idx, ID).as_bytes()));
        let person = matches!(self.packed(idx).ident, Ident::Person(_));
        if !person {
            f(Which::Name, index::key(self.part(idx, NORM).as_bytes()));
        }
        for e in self.history(idx) {
            if let Some(k) = e.correction().and_then(|c| correction_key(c, person)) {
                f(k.0, k.1);
            }
        }
    }

    /// Every identifier of a stored entry: its credit code or ID number, and those its
    /// corrections bring.
    pub(super) fn identifiers_of(&self, idx: u32, mut f: impl FnMut(IdKind, Ident18)) {
        match self.packed(idx).ident {
            Ident::Code(c) => f(IdKind::Code, *c.bytes()),
            Ident::Person(at) => {
                if let Some(p) = self.persons.get(at as usize) {
                    f(IdKind::IdNumber, *p.bytes());
                }
            }
            Ident::Name => {}
        }
        for e in self.history(idx) {
            if let Some((which, key)) = e.correction().and_then(correction_identifier) {
                f(which, key);
            }
        }
    }

    pub(super) fn index_mut(&mut self, which: Which) -> &mut Index {
        match which {
            Which::Id => &mut self.by_id,
            Which::Name => &mut self.by_name,
        }
    }

    pub(super) fn identifier_index_mut(&mut self, which: IdKind) -> &mut IdentifierIndex {
        match which {
            IdKind::Code => &mut self.by_code,
            IdKind::IdNumber => &mut self.by_id_number,
        }
    }

    /// A corrected identifier or name is indexed too; the old key stays, since the register
    /// showed it until the correction, and screening checks the value in force on its date.
    pub(super) fn index_correction(&mut self, idx: u32, c: &Correction) {
        let person = matches!(self.packed(idx).ident, Ident::Person(_));
        if let Some((which, key)) = correction_key(c, person) {
            self.index_mut(which).insert(key, idx);
        }
        if let Some((which, key)) = correction_identifier(c) {
            self.identifier_index_mut(which).insert(&key, idx, None);
        }
    }

    /// The entry's first event is being appended: the summaries kept beside its identifier no
    /// longer tell its status.
    pub(super) fn forget_summary(&mut self, idx: u32) {
        match self.packed(idx).ident {
            Ident::Code(c) => self.by_code.forget_summary(c.bytes(), idx),
            Ident::Person(at) => {
                if let Some(p) = self.persons.get(at as usize).copied() {
                    self.by_id_number.forget_summary(p.bytes(), idx);
                }
            }
            Ident::Name => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::entry_ref::EntryRef;
    use super::super::status::{day_number, judge};
    use super::super::{Ban, Stamp};
    use super::*;
    use crate::Domain;

    pub(crate) fn entry(id: &str, name: &str, code: Option<&str>, number: &str) -> Entry {
        let mut v = serde_json::json!({
            "id": id,
            "subject": {"kind": "organization", "name": name},
            "conduct": {"category": "falseMaterials"},
            "decision": {"authority": "云江市财政局", "number": number, "date": "2024-07-22"},
            "legalBasis": {"provision": "procurementLaw77"},
            "bars": "governmentProcurement",
            "ban": {"months": 12},
            "listedOn": "2024-07-26"
        });
        if let Some(c) = code {
            v["subject"]["creditCode"] = c.into();
        }
        serde_json::from_value(v).unwrap()
    }

    /// The summary in an identifier's index slot judges every day, boundaries included, as the
    /// entry does.
    #[test]
    fn summaries_judge_as_the_entry_does() {
        let mut reg = Registry::new();
        let kinds = [
            (
                "procurementLaw77",
                "governmentProcurement",
                Some((None, 12)),
                None,
            ),
            (
                "procurementLaw77",
                "allPublicResourceTrading",
                Some((None, 36)),
                None,
            ),
            ("procurementLaw78", "governmentProcurement", None, None),
            (
                "biddingLaw53",
                "constructionBidding",
                Some((Some("2024-08-31"), 12)),
                None,
            ),
            (
                "biddingLaw50",
                "constructionBidding",
                Some((None, 24)),
                None,
            ),
            (
                "procurementLaw77",
                "governmentProcurement",
                Some((None, 12)),
                Some("serious"),
            ),
            (
                "procurementLaw77",
                "governmentProcurement",
                Some((None, 36)),
                Some("minor"),
            ),
        ];
        for (i, (provision, bars, ban, class)) in kinds.into_iter().enumerate() {
            let mut e = entry(
                &format!("E{i}"),
                "某公司",
                Some("91445400MAH8P03Q3P"),
                &format!("{i}号"),
            );
            let mut v = serde_json::to_value(&e).unwrap();
            v["legalBasis"]["provision"] = provision.into();
            v["bars"] = bars.into();
            v["ban"] = match ban {
                Some((start, months)) => serde_json::json!({"start": start, "months": months}),
                None => serde_json::Value::Null,
            };
            if let Some(c) = class {
                v["decision"]["date"] = "2026-04-20".into();
                v["listedOn"] = "2026-04-24".into();
                v["creditClass"] = c.into();
            }
            e = serde_json::from_value(v).unwrap();
            reg.add(e).unwrap();
        }
        let domains = std::iter::once(None).chain(Domain::ALL.map(Some));
        for idx in 0..reg.len() as u32 {
            let summary = reg
                .packed(idx)
                .summary()
                .expect("no history, days that fit");
            let entry = EntryRef { reg: &reg, idx };
            let first = entry.decided_on() - chrono::Days::new(2);
            for on in first.iter_days().take(5 * 366) {
                for domain in domains.clone() {
                    assert_eq!(
                        judge(summary, day_number(on), domain),
                        entry.status_and_bars(on, domain),
                        "{} on {on} for {domain:?}",
                        entry.id()
                    );
                }
            }
        }
    }

    #[test]
    fn add_then_get_round_trips() {
        let mut reg = Registry::new();
        let e = entry(
            "A",
            "广东智联数据科技有限公司",
            Some("91445400MAH8P03Q3P"),
            "1号",
        );
        reg.add(e.clone()).unwrap();
        let mut want = e;
        want.ban = Some(Ban {
            start: Some(want.decision.date),
            months: 12,
        });
        assert_eq!(reg.get("A"), Some(want));
        assert_eq!(reg.len(), 1);
        assert!(reg.get("B").is_none());
    }

    #[test]
    fn duplicates_are_refused() {
        let mut reg = Registry::new();
        reg.add(entry(
            "A",
            "某某科技有限公司",
            Some("91445400MAH8P03Q3P"),
            "云财〔2024〕1号",
        ))
        .unwrap();
        let err = reg
            .add(entry("A", "其他公司", None, "云财〔2024〕2号"))
            .unwrap_err();
        assert_eq!(err.code(), "blacklist.duplicate_id");
        // Same code, same decision typed with other brackets: the same entry.
        let err = reg
            .add(entry(
                "B",
                "某某科技公司",
                Some("91445400MAH8P03Q3P"),
                "云财[2024]1号",
            ))
            .unwrap_err();
        assert_eq!(
            err,
            BlacklistError::DuplicateEntry {
                id: "B".into(),
                existing: "A".into(),
                number: "云财[2024]1号".into()
            }
        );
        // Same subject, another decision: a second entry.
        reg.add(entry(
            "C",
            "某某科技有限公司",
            Some("91445400MAH8P03Q3P"),
            "云财〔2024〕9号",
        ))
        .unwrap();
        // Without codes, the normalised name is the subject.
        reg.add(entry("D", "云江市某建材有限公司", None, "云财〔2024〕3号"))
            .unwrap();
        let err = reg
            .add(entry(
                "E",
                "云江市某建材 有限责任公司",
                None,
                "云财〔2024〕3号",
            ))
            .unwrap_err();
        assert_eq!(err.code(), "blacklist.duplicate_entry");
        assert_eq!(reg.len(), 3);
    }

    #[test]
    fn too_long_a_text_is_refused() {
        let mut reg = Registry::new();
        let mut e = entry("A", "某公司", None, "1号");
        e.facts = Some("事".repeat(30_000));
        assert!(matches!(
            reg.add(e),
            Err(BlacklistError::FieldTooLong { field: "facts", .. })
        ));
        assert!(reg.is_empty());
    }

    #[test]
    fn appends_go_to_the_right_entry() {
        let mut reg = Registry::new();
        reg.add(entry("A", "甲公司", None, "1号")).unwrap();
        reg.add(entry("B", "乙公司", None, "2号")).unwrap();
        let stamp = Stamp::new("2024-08-01".parse().unwrap(), "云江市财政局", "申请更正");
        reg.correct("B", Correction::Facts("更正后的情形".into()), stamp.clone())
            .unwrap();
        assert!(reg.get("A").unwrap().events.is_empty());
        assert_eq!(reg.get("B").unwrap().events.len(), 1);
        assert_eq!(
            reg.correct("C", Correction::Facts("x".into()), stamp)
                .unwrap_err()
                .code(),
            "blacklist.unknown_entry"
        );
    }
}
