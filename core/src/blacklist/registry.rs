//! The registry: entries stored compactly, indexed by credit code, ID number, normalised name and
//! id, with history appended by withdraw, repair and correct.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;

use super::entry::{Ban, Decision, Subject};
use super::event::{Change, Correction, Event, WithdrawalGround, latest};
use super::index::{self, Build, Ident18, IdentifierIndex, Index, MAX_ENTRIES, Summary};
use super::screen::NotSame;
use super::status::{Core, EntryStatus, Terms, Withdrawal, day_number, judge_withdrawal};
use super::{BanBasis, BanTerm, Bars, BlacklistError, Conduct, CreditClass, Entry, Publication};
use crate::Domain;
use crate::calendar::{Calendar, CalendarError};
use crate::ids::{NormalizedName, ResidentIdNumber, UnifiedSocialCreditCode, normalize_org_name};

const NONE: u32 = u32::MAX;

/// The text parts of an entry, in the order they sit in the registry's text store.
const ID: usize = 0;
const NAME: usize = 1;
const NORM: usize = 2;
const NUMBER: usize = 3;
const FACTS: usize = 4;
const PENALTY: usize = 5;
const ADDRESS: usize = 6;
const PARTS: usize = 7;
const PART_NAMES: [&str; PARTS] = [
    "id",
    "subject.name",
    "subject.name",
    "decision.number",
    "facts",
    "decision.penalty",
    "subject.address",
];

/// What identifies the subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ident {
    /// An organisation without a credit code.
    Name,
    Code(UnifiedSocialCreditCode),
    /// A person: the ID number's place in the registry's list of them (it holds a birth date
    /// too, which would make every entry 8 bytes larger).
    Person(u32),
}

/// An entry as stored: texts in the shared text store, repeated values interned, history out of
/// line. 76 bytes plus its text; see `benches/blacklist.rs` for the measured cost.
#[derive(Debug, Clone)]
struct Packed {
    text: u32,
    authority: u32,
    /// Index into the history lists, or `NONE`.
    events: u32,
    decided: NaiveDate,
    listed: NaiveDate,
    /// The ban's first and last day; both the decision date when there is no ban.
    ban_start: NaiveDate,
    ban_end: NaiveDate,
    /// The last day published, as first listed.
    until: NaiveDate,
    /// The normalised name's fingerprint (see `name_is`).
    name_fp: u32,
    /// Byte lengths of the parts; an absent optional text is empty (blank ones are refused).
    lens: [u16; PARTS],
    basis: u16,
    conduct: u16,
    ident: Ident,
    /// What it bars (low 3 bits: a domain, or 7 for all trading), its credit class (next 2: 0
    /// none), whether it has a ban (bit 5): one byte, to keep an entry at 72.
    flags: u8,
}

const ALL_TRADING: u8 = 7;
const HAS_BAN: u8 = 1 << 5;

fn pack_flags(bars: Bars, class: Option<CreditClass>, has_ban: bool) -> u8 {
    let bars = match bars {
        Bars::AllPublicResourceTrading => ALL_TRADING,
        b => b.to_u8() & 7,
    };
    bars | (class.map_or(0, CreditClass::to_u8) << 3) | if has_ban { HAS_BAN } else { 0 }
}

/// What an entry bars, from its flags.
fn bars_of(flags: u8) -> Bars {
    match flags & 7 {
        ALL_TRADING => Bars::AllPublicResourceTrading,
        b => Bars::from_u8(b),
    }
}

/// A day as kept in a [`Summary`]: its day number, when it fits 16 bits (1970-01-01 to
/// 2149-06-06).
fn day16(d: NaiveDate) -> Option<u16> {
    u16::try_from(day_number(d)).ok()
}

/// The status and barring on day `on` (a [`day_number`]) of an entry without history, from its
/// summary: the same rule, [`Terms::status_and_bars`], as from the entry.
pub(super) fn judge(s: Summary, on: i32, domain: Option<Domain>) -> (EntryStatus, bool) {
    let [listed, start, end, until] = s.days.map(i32::from);
    Terms {
        listed,
        ban: (s.flags & HAS_BAN != 0).then_some((start, end)),
        until,
        bars: bars_of(s.flags),
    }
    .status_and_bars(on, domain)
}

impl Packed {
    fn bars(&self) -> Bars {
        bars_of(self.flags)
    }

    /// What screening needs of the entry, for its identifier's index slot: only while it has no
    /// history, and when its days fit 16 bits.
    fn summary(&self) -> Option<Summary> {
        if self.events != NONE {
            return None;
        }
        let (start, end) = if self.flags & HAS_BAN != 0 {
            (day16(self.ban_start)?, day16(self.ban_end)?)
        } else {
            (0, 0)
        };
        Some(Summary {
            flags: self.flags,
            days: [day16(self.listed)?, start, end, day16(self.until)?],
        })
    }

    fn class(&self) -> Option<CreditClass> {
        CreditClass::from_u8((self.flags >> 3) & 3)
    }

    fn ban(&self) -> Option<BanTerm> {
        (self.flags & HAS_BAN != 0).then(|| BanTerm {
            start: self.ban_start,
            end: self.ban_end,
            months: months_between(self.ban_start, self.ban_end),
        })
    }
}

/// The months of a ban from its first and last day: `end` is `start` plus that many months,
/// its day clamped to the month's length, so the months are the difference of the month counts.
fn months_between(start: NaiveDate, end: NaiveDate) -> u32 {
    use chrono::Datelike;
    let m = |d: NaiveDate| i64::from(d.year()) * 12 + i64::from(d.month0());
    u32::try_from(m(end) - m(start)).unwrap_or(0)
}

/// Values stored once however many entries share them (the authority, the provision, the
/// conduct).
#[derive(Debug, Clone)]
struct Interner<T> {
    items: Vec<T>,
    ids: HashMap<T, u32, Build>,
}

impl<T> Default for Interner<T> {
    fn default() -> Self {
        Interner {
            items: Vec::new(),
            ids: HashMap::default(),
        }
    }
}

impl<T: Eq + std::hash::Hash> Interner<T> {
    /// The id of `v`, made from it (with `own`) only the first time it is seen.
    fn id<Q>(&mut self, v: &Q, own: impl Fn(&Q) -> T) -> u32
    where
        T: std::borrow::Borrow<Q> + Clone,
        Q: Eq + std::hash::Hash + ?Sized,
    {
        if let Some(&i) = self.ids.get(v) {
            return i;
        }
        let i = self.items.len() as u32;
        let item = own(v);
        self.items.push(item.clone());
        self.ids.insert(item, i);
        i
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

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
    entries: Vec<Packed>,
    text: String,
    authorities: Interner<Box<str>>,
    bases: Interner<BanBasis>,
    conducts: Interner<Conduct>,
    histories: Vec<Vec<Event>>,
    persons: Vec<ResidentIdNumber>,
    by_id: Index,
    by_code: IdentifierIndex,
    by_id_number: IdentifierIndex,
    by_name: Index,
    pub(super) not_same: Vec<NotSame>,
    /// Entry → positions in `not_same`.
    pub(super) not_same_by_entry: HashMap<u32, Vec<u32>, Build>,
}

impl fmt::Debug for Registry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Registry")
            .field("entries", &self.entries.len())
            .field("not_same", &self.not_same.len())
            .finish_non_exhaustive()
    }
}

/// Who made a change, when, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// The day it takes effect.
    pub date: NaiveDate,
    /// Who made it.
    pub actor: String,
    /// Why.
    pub reason: String,
}

impl Stamp {
    /// A stamp.
    pub fn new(date: NaiveDate, actor: impl Into<String>, reason: impl Into<String>) -> Stamp {
        Stamp {
            date,
            actor: actor.into(),
            reason: reason.into(),
        }
    }

    fn event(self, change: Change) -> Event {
        Event {
            date: self.date,
            actor: self.actor,
            reason: self.reason,
            change,
        }
    }
}

/// Decision numbers compared loosely: whitespace, full-width forms and the bracket styles
/// (〔〕, [], 【】, ()) people type for 〔〕 do not make a decision a different one.
fn doc_number_key(s: &str) -> String {
    s.chars()
        .map(crate::ids::to_half_width)
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '[' | '【' | '(' | '（' => '〔',
            ']' | '】' | ')' | '）' => '〕',
            c => c,
        })
        .collect()
}

/// The subject as the register shows it after every correction: for duplicate checks.
#[derive(PartialEq, Eq)]
enum SubjectKey {
    Code(UnifiedSocialCreditCode),
    Person(ResidentIdNumber),
    Name(NormalizedName),
}

fn subject_key(e: &Entry) -> SubjectKey {
    match &e.subject {
        Subject::Organization {
            credit_code: Some(c),
            ..
        } => SubjectKey::Code(*c),
        Subject::Organization { name, .. } => SubjectKey::Name(normalize_org_name(name)),
        Subject::Person { id_number, .. } => SubjectKey::Person(*id_number),
    }
}

/// The indexes by hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Id,
    Name,
}

/// The indexes by identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum IdKind {
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
struct Prepared {
    norm: NormalizedName,
    lens: [u16; PARTS],
}

/// A registry being built from many entries: stored as they come, checked for duplicates and
/// indexed at the end.
pub(super) struct Bulk {
    reg: Registry,
    /// 1-based position of each entry, for errors.
    positions: Vec<u32>,
}

impl Bulk {
    pub(super) fn new(capacity: usize) -> Bulk {
        Bulk {
            reg: Registry {
                entries: Vec::with_capacity(capacity),
                ..Registry::default()
            },
            positions: Vec::with_capacity(capacity),
        }
    }

    /// Stores an entry, checking what needs no other entry.
    pub(super) fn push(&mut self, entry: Entry, position: usize) -> Result<(), BlacklistError> {
        let prepared = self.reg.prepare(&entry)?;
        self.reg.store(entry, prepared);
        self.positions
            .push(u32::try_from(position).unwrap_or(u32::MAX));
        Ok(())
    }

    /// The error to report when the entry at `position` was refused: a duplicate among the
    /// entries before it, if there is one (it comes first), else this one's.
    pub(super) fn first_error(&self, position: usize, error: BlacklistError) -> BlacklistError {
        let (p, e) = self.duplicate_before(position).unwrap_or((position, error));
        BlacklistError::InEntry {
            position: p,
            error: Box::new(e),
        }
    }

    /// A duplicate among the entries before `position`.
    pub(super) fn duplicate_before(&self, position: usize) -> Option<(usize, BlacklistError)> {
        self.duplicates().filter(|(p, _)| *p < position)
    }

    /// The first entry, in order, that duplicates an earlier one: its position and the error.
    fn duplicates(&self) -> Option<(usize, BlacklistError)> {
        let reg = &self.reg;
        let n = reg.entries.len() as u32;
        let mut first: Option<(u32, BlacklistError)> = None;
        let mut note = |idx: u32, e: BlacklistError| {
            if first.as_ref().is_none_or(|(i, _)| idx < *i) {
                first = Some((idx, e));
            }
        };
        {
            let mut ids: Vec<(u32, u32)> = (0..n)
                .map(|i| (index::key(reg.part(i, ID).as_bytes()), i))
                .collect();
            ids.sort_unstable();
            for run in ids.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
                for (k, &(_, b)) in run.iter().enumerate().skip(1) {
                    if run[..k]
                        .iter()
                        .any(|&(_, a)| reg.part(a, ID) == reg.part(b, ID))
                    {
                        note(
                            b,
                            BlacklistError::DuplicateId {
                                id: reg.part(b, ID).to_owned(),
                            },
                        );
                    }
                }
            }
        }
        // Same subject (as the register now shows it) and the same decision: the later one is
        // refused, as `add` would refuse it.
        let current = |i: u32| reg.current(i);
        let mut subjects: Vec<(u64, u32)> = (0..n)
            .map(|i| {
                let e;
                let key = if reg.history(i).is_empty() {
                    reg.stored_subject_key(i)
                } else {
                    e = current(i);
                    subject_key(&e)
                };
                (subject_hash(&key), i)
            })
            .collect();
        subjects.sort_unstable();
        for run in subjects.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
            let full: Vec<Entry> = run.iter().map(|&(_, i)| current(i)).collect();
            for k in 1..run.len() {
                let number = doc_number_key(&full[k].decision.number);
                let same = (0..k).find(|&j| {
                    subject_key(&full[j]) == subject_key(&full[k])
                        && doc_number_key(&full[j].decision.number) == number
                });
                if let Some(j) = same {
                    note(
                        run[k].1,
                        BlacklistError::DuplicateEntry {
                            id: full[k].id.clone(),
                            existing: full[j].id.clone(),
                            number: full[k].decision.number.clone(),
                        },
                    );
                }
            }
        }
        first.map(|(i, e)| (self.positions[i as usize] as usize, e))
    }

    /// Checks for duplicates, then builds each index in the order of its slots.
    pub(super) fn finish(self) -> Result<Registry, (usize, BlacklistError)> {
        if let Some(dup) = self.duplicates() {
            return Err(dup);
        }
        let mut reg = self.reg;
        // The identifier indexes first, while the others are not yet built: their lists are the
        // larger (a slot each), and are gone when the others are.
        for which in [IdKind::Code, IdKind::IdNumber] {
            let mut list: Vec<(u32, Ident18, u32, Option<Summary>)> = Vec::new();
            for idx in 0..reg.entries.len() as u32 {
                let summary = reg.packed(idx).summary();
                reg.identifiers_of(idx, |w, key| {
                    if w == which {
                        list.push((0, key, idx, summary));
                    }
                });
            }
            let mut ix = IdentifierIndex::with_capacity(list.len());
            for item in &mut list {
                item.0 = ix.home_line(&item.1);
            }
            // Home line, then entry: writes walk the table once, and the entries of one
            // identifier keep their order.
            list.sort_unstable_by_key(|&(line, _, idx, _)| (line, idx));
            for (_, key, idx, summary) in list {
                ix.insert(&key, idx, summary);
            }
            *reg.identifier_index_mut(which) = ix;
        }
        // One index at a time, so that only one list of keys is alive.
        for which in [Which::Id, Which::Name] {
            let mut list: Vec<(u32, u32)> = Vec::new();
            for idx in 0..reg.entries.len() as u32 {
                reg.keys_of(idx, |w, key| {
                    if w == which {
                        list.push((key, idx));
                    }
                });
            }
            let mut ix = Index::with_capacity(list.len());
            let mask = ix.mask();
            // Home slot, then key, then entry: writes walk the table once, and entries sharing
            // a key keep their order.
            list.sort_unstable_by_key(|&(key, idx)| (key & mask, key, idx));
            for (key, idx) in list {
                ix.insert(key, idx);
            }
            *reg.index_mut(which) = ix;
        }
        Ok(reg)
    }
}

/// A subject key's hash, for grouping.
fn subject_hash(k: &SubjectKey) -> u64 {
    use std::hash::Hasher;
    let mut h = index::FxHasher::default();
    match k {
        SubjectKey::Code(c) => {
            h.write_u8(0);
            h.write(c.as_str().as_bytes());
        }
        SubjectKey::Person(p) => {
            h.write_u8(1);
            h.write(p.as_str().as_bytes());
        }
        SubjectKey::Name(n) => {
            h.write_u8(2);
            h.write(n.as_str().as_bytes());
        }
    }
    h.finish()
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
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

    /// Every entry, in the order added.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = EntryRef<'_>> + '_ {
        (0..self.entries.len() as u32).map(move |idx| EntryRef { reg: self, idx })
    }

    /// The entry with this id.
    pub fn entry(&self, id: &str) -> Option<EntryRef<'_>> {
        self.find(id).map(|idx| EntryRef { reg: self, idx })
    }

    /// The entry with this id, as an owned [`Entry`] with its history.
    pub fn get(&self, id: &str) -> Option<Entry> {
        self.entry(id).map(|e| e.to_entry())
    }

    fn find(&self, id: &str) -> Option<u32> {
        self.by_id
            .get(index::key(id.as_bytes()))
            .find(|&i| self.part(i, ID) == id)
    }

    fn packed(&self, idx: u32) -> &Packed {
        &self.entries[idx as usize]
    }

    fn part(&self, idx: u32, part: usize) -> &str {
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

    fn opt_part(&self, idx: u32, part: usize) -> Option<String> {
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

    /// Adds an entry after validating it ([`Entry::validate`]).
    ///
    /// # Errors
    /// The entry's own errors; [`BlacklistError::DuplicateId`]; [`BlacklistError::DuplicateEntry`]
    /// when an entry for the same subject (same credit code, same ID number, or, without either,
    /// the same normalised name) already cites the same decision document;
    /// [`BlacklistError::FieldTooLong`] for a text over 65,535 bytes;
    /// [`BlacklistError::RegistryFull`].
    pub fn add(&mut self, entry: Entry) -> Result<(), BlacklistError> {
        let prepared = self.prepare(&entry)?;
        if self.find(&entry.id).is_some() {
            return Err(BlacklistError::DuplicateId { id: entry.id });
        }
        self.check_duplicate(&entry)?;
        let idx = self.store(entry, prepared);
        let mut keys = Vec::new();
        self.keys_of(idx, |which, key| keys.push((which, key)));
        for (which, key) in keys {
            self.index_mut(which).insert(key, idx);
        }
        let summary = self.packed(idx).summary();
        let mut identifiers = Vec::new();
        self.identifiers_of(idx, |which, key| identifiers.push((which, key)));
        for (which, key) in identifiers {
            self.identifier_index_mut(which).insert(&key, idx, summary);
        }
        Ok(())
    }

    /// A registry from many entries at once: as [`Registry::add`] one by one, but the indexes are
    /// built at the end, each in the order of its slots, so that a million entries cost a
    /// sequential pass over each table instead of a million scattered writes.
    ///
    /// # Errors
    /// As [`Registry::add`], inside [`BlacklistError::InEntry`] whose position is the entry's
    /// (from 1): the first entry, in order, that `add` would refuse.
    pub fn from_entries(
        entries: impl IntoIterator<Item = Entry>,
    ) -> Result<Registry, BlacklistError> {
        let entries = entries.into_iter();
        let mut bulk = Bulk::new(entries.size_hint().0);
        for (i, e) in entries.enumerate() {
            if let Err(error) = bulk.push(e, i + 1) {
                return Err(bulk.first_error(i + 1, error));
            }
        }
        bulk.finish()
            .map_err(|(position, error)| BlacklistError::InEntry {
                position,
                error: Box::new(error),
            })
    }

    /// Checks what can be checked of an entry alone, and lays out its texts.
    fn prepare(&self, entry: &Entry) -> Result<Prepared, BlacklistError> {
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
    fn store(&mut self, entry: Entry, prepared: Prepared) -> u32 {
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
        let flags = pack_flags(entry.bars, entry.credit_class, ban_term.is_some());
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
    fn keys_of(&self, idx: u32, mut f: impl FnMut(Which, u32)) {
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
    fn identifiers_of(&self, idx: u32, mut f: impl FnMut(IdKind, Ident18)) {
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

    fn index_mut(&mut self, which: Which) -> &mut Index {
        match which {
            Which::Id => &mut self.by_id,
            Which::Name => &mut self.by_name,
        }
    }

    fn identifier_index_mut(&mut self, which: IdKind) -> &mut IdentifierIndex {
        match which {
            IdKind::Code => &mut self.by_code,
            IdKind::IdNumber => &mut self.by_id_number,
        }
    }

    /// A corrected identifier or name is indexed too; the old key stays, since the register
    /// showed it until the correction, and screening checks the value in force on its date.
    fn index_correction(&mut self, idx: u32, c: &Correction) {
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
    fn forget_summary(&mut self, idx: u32) {
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

    fn check_duplicate(&self, entry: &Entry) -> Result<(), BlacklistError> {
        let corrected;
        let now = if entry.events.is_empty() {
            entry
        } else {
            corrected = entry.as_of(NaiveDate::MAX);
            &corrected
        };
        let key = subject_key(now);
        // Usually none: the subject's first entry.
        let candidates: Vec<u32> = match &key {
            SubjectKey::Code(c) => self.by_code.get(c.bytes()).map(|(i, _)| i).collect(),
            SubjectKey::Person(p) => self.by_id_number.get(p.bytes()).map(|(i, _)| i).collect(),
            SubjectKey::Name(n) => self
                .by_name
                .get(index::key(n.as_str().as_bytes()))
                .collect(),
        };
        if candidates.is_empty() {
            return Ok(());
        }
        let number = doc_number_key(&now.decision.number);
        for idx in candidates {
            let other = self.current(idx);
            if subject_key(&other) == key && doc_number_key(&other.decision.number) == number {
                return Err(BlacklistError::DuplicateEntry {
                    id: entry.id.clone(),
                    existing: other.id,
                    number: now.decision.number.clone(),
                });
            }
        }
        Ok(())
    }

    /// The subject key of an entry without history, read in place.
    fn stored_subject_key(&self, idx: u32) -> SubjectKey {
        match self.packed(idx).ident {
            Ident::Code(c) => SubjectKey::Code(c),
            Ident::Person(at) => match self.persons.get(at as usize) {
                Some(p) => SubjectKey::Person(*p),
                None => SubjectKey::Name(NormalizedName::new(self.part(idx, NAME))),
            },
            Ident::Name => SubjectKey::Name(NormalizedName::new(self.part(idx, NORM))),
        }
    }

    /// The entry as the register shows it after every correction.
    fn current(&self, idx: u32) -> Entry {
        let e = EntryRef { reg: self, idx }.to_entry();
        if e.events.is_empty() {
            e
        } else {
            e.as_of(NaiveDate::MAX)
        }
    }

    fn append(&mut self, id: &str, event: Event) -> Result<u32, BlacklistError> {
        let idx = self
            .find(id)
            .ok_or_else(|| BlacklistError::UnknownEntry { id: id.to_owned() })?;
        let person = matches!(self.packed(idx).ident, Ident::Person(_));
        self.core(idx).check_append(id, person, &event)?;
        if let Change::Correct(c) = &event.change {
            self.index_correction(idx, c);
        }
        let h = self.packed(idx).events;
        if h == NONE {
            self.forget_summary(idx);
            self.histories.push(vec![event]);
            self.entries[idx as usize].events = (self.histories.len() - 1) as u32;
        } else if let Some(list) = self.histories.get_mut(h as usize) {
            list.push(event);
        }
        Ok(idx)
    }

    /// Withdraws an entry whose decision was revoked, changed, or confirmed illegal or void
    /// (行政处罚法 Art 48 ¶2), and judges the withdrawal: due within 3 working days of the
    /// revocation (Art 85). A late withdrawal is recorded all the same; the result says it was
    /// late.
    ///
    /// # Example
    /// ```
    /// # use gongkai::blacklist::{Entry, Registry, Stamp, WithdrawalGround};
    /// # let mut reg = Registry::new();
    /// # reg.add(Entry::from_json(r#"{"id":"BL-1","subject":{"kind":"organization","name":"某公司"},
    /// #  "conduct":{"category":"falseMaterials"},"decision":{"authority":"云江市财政局",
    /// #  "number":"云财采罚〔2024〕1号","date":"2024-09-02"},"legalBasis":{"provision":"procurementLaw77"},
    /// #  "bars":"governmentProcurement","ban":{"months":12},"listedOn":"2024-09-05"}"#)?)?;
    /// let cal = gongkai::calendar::Calendar::official();
    /// let d = |s: &str| s.parse().unwrap();
    /// let w = reg.withdraw("BL-1", Stamp::new(d("2024-10-09"), "云江市财政局", "复议决定撤销原处罚"),
    ///                      d("2024-09-27"), WithdrawalGround::Revoked, &cal)?;
    /// // Revoked on Friday 09-27: Sunday 09-29 (make-up), Monday 09-30, then Tuesday 10-08.
    /// assert_eq!(w.due.to_string(), "2024-10-08");
    /// assert!(!w.on_time);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`BlacklistError::UnknownEntry`], [`BlacklistError::AlreadyWithdrawn`],
    /// [`BlacklistError::WithdrawnBeforeRevocation`], [`BlacklistError::EventOutOfOrder`],
    /// [`BlacklistError::EmptyField`] for a blank actor or reason, and
    /// [`BlacklistError::Calendar`] when the calendar does not cover the days to count (nothing
    /// is recorded then: load the year and retry).
    pub fn withdraw(
        &mut self,
        id: &str,
        stamp: Stamp,
        revoked_on: NaiveDate,
        ground: WithdrawalGround,
        cal: &Calendar,
    ) -> Result<Withdrawal, BlacklistError> {
        let judged = judge_withdrawal(cal, revoked_on, stamp.date, ground)?;
        self.append(id, stamp.event(Change::Withdraw { revoked_on, ground }))?;
        Ok(judged)
    }

    /// Records a credit repair (信用修复): publication stops from the stamp's date.
    ///
    /// # Errors
    /// [`BlacklistError::RepairTooEarly`] before the minimum window has passed,
    /// [`BlacklistError::AlreadyRepaired`], and the errors of any append.
    pub fn repair(&mut self, id: &str, stamp: Stamp) -> Result<(), BlacklistError> {
        self.append(id, stamp.event(Change::Repair)).map(|_| ())
    }

    /// Records a correction (招标投标违法行为记录公告暂行办法 Art 13): the field shows the new value
    /// from the stamp's date on; screening as of an earlier date still sees the old one.
    ///
    /// # Errors
    /// [`BlacklistError::CorrectionNotApplicable`], [`BlacklistError::BanOutOfRange`] for a ban
    /// length the provision does not allow, [`BlacklistError::EmptyField`], and the errors of any
    /// append.
    pub fn correct(
        &mut self,
        id: &str,
        correction: Correction,
        stamp: Stamp,
    ) -> Result<(), BlacklistError> {
        self.append(id, stamp.event(Change::Correct(correction)))
            .map(|_| ())
    }

    pub(super) fn find_idx(&self, id: &str) -> Option<u32> {
        self.find(id)
    }

    /// Entries whose credit code was ever `code`, each with its summary while it has no history
    /// (its code then is `code` on every date).
    pub(super) fn by_code(
        &self,
        code: &UnifiedSocialCreditCode,
    ) -> impl Iterator<Item = (u32, Option<Summary>)> + '_ {
        self.by_code.get(code.bytes())
    }

    /// Entries whose ID number was ever `id`, each with its summary while it has no history.
    pub(super) fn by_id_number(
        &self,
        id: &ResidentIdNumber,
    ) -> impl Iterator<Item = (u32, Option<Summary>)> + '_ {
        self.by_id_number.get(id.bytes())
    }

    /// Organisations whose normalised name was ever `name`.
    pub(super) fn by_name(&self, name: &NormalizedName) -> impl Iterator<Item = u32> + '_ {
        self.by_name.get(index::key(name.as_str().as_bytes()))
    }

    /// The credit code shown on `on`.
    pub(super) fn code_on(&self, idx: u32, on: NaiveDate) -> Option<UnifiedSocialCreditCode> {
        let base = match self.packed(idx).ident {
            Ident::Code(c) => Some(c),
            _ => None,
        };
        latest(self.history(idx), on, |c| match c {
            Correction::CreditCode(code) => Some(*code),
            _ => None,
        })
        .or(base)
    }

    /// The ID number shown on `on`.
    pub(super) fn id_number_on(&self, idx: u32, on: NaiveDate) -> Option<ResidentIdNumber> {
        let Ident::Person(at) = self.packed(idx).ident else {
            return None;
        };
        let base = *self.persons.get(at as usize)?;
        Some(
            latest(self.history(idx), on, |c| match c {
                Correction::IdNumber(id) => Some(*id),
                _ => None,
            })
            .unwrap_or(base),
        )
    }

    /// True when the entry's normalised name on `on` is `name` (organisations only).
    ///
    /// Without a correction, the comparison is of two 32-bit hashes: the index key and the
    /// fingerprint kept in the entry, independent of each other, so two different normal forms
    /// pass only with probability 2^-64 — far below the chance that two companies share a
    /// normal form, which is why a name match is a lead and never proof. It spares screening a
    /// third memory access (the text), which at a million entries costs as much as the other two.
    pub(super) fn name_is(&self, idx: u32, on: NaiveDate, name: &NormalizedName, fp: u32) -> bool {
        let p = self.packed(idx);
        if matches!(p.ident, Ident::Person(_)) {
            return false;
        }
        if p.events == NONE {
            return p.name_fp == fp;
        }
        match latest(self.history(idx), on, |c| match c {
            Correction::SubjectName(n) => Some(n.as_str()),
            _ => None,
        }) {
            Some(corrected) => normalize_org_name(corrected) == *name,
            None => self.part(idx, NORM) == name.as_str(),
        }
    }
}

/// An entry inside a [`Registry`], read in place.
#[derive(Clone, Copy)]
pub struct EntryRef<'r> {
    pub(super) reg: &'r Registry,
    pub(super) idx: u32,
}

impl fmt::Debug for EntryRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("EntryRef").field(&self.id()).finish()
    }
}

impl PartialEq for EntryRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.reg, other.reg) && self.idx == other.idx
    }
}

impl<'r> EntryRef<'r> {
    /// The entry's id.
    pub fn id(&self) -> &'r str {
        self.reg.part(self.idx, ID)
    }

    /// The history, oldest first.
    pub fn events(&self) -> &'r [Event] {
        self.reg.history(self.idx)
    }

    /// The provision the ban rests on.
    pub fn legal_basis(&self) -> &'r BanBasis {
        &self.reg.bases.items[usize::from(self.reg.packed(self.idx).basis)]
    }

    /// What the entry bars.
    pub fn bars(&self) -> Bars {
        self.reg.packed(self.idx).bars()
    }

    /// The decision date.
    pub fn decided_on(&self) -> NaiveDate {
        self.reg.packed(self.idx).decided
    }

    /// The status on `on`.
    pub fn status(&self, on: NaiveDate) -> EntryStatus {
        self.reg.core(self.idx).status(on)
    }

    /// True when the entry bars `domain` (any, when `None`) on `on`.
    pub fn bars_on(&self, on: NaiveDate, domain: Option<Domain>) -> bool {
        self.reg.core(self.idx).bars_on(on, domain)
    }

    /// The ban as shown on `on`.
    pub fn ban_term(&self, on: NaiveDate) -> Option<BanTerm> {
        self.reg.core(self.idx).ban_on(on)
    }

    /// The publication period as shown on `on`.
    pub fn publication(&self, on: NaiveDate) -> Publication {
        self.reg.core(self.idx).publication(on)
    }

    /// The withdrawal judged against 行政处罚法 Art 48, when there is one.
    ///
    /// # Errors
    /// [`CalendarError::YearNotCovered`].
    pub fn withdrawal(&self, cal: &Calendar) -> Result<Option<Withdrawal>, CalendarError> {
        self.reg.core(self.idx).withdrawal(cal)
    }

    pub(super) fn status_and_bars(
        &self,
        on: NaiveDate,
        domain: Option<Domain>,
    ) -> (EntryStatus, bool) {
        self.reg.core(self.idx).status_and_bars(on, domain)
    }

    /// The entry as an owned [`Entry`], with its history (the fields as first listed; see
    /// [`Entry::as_of`] for the corrected record).
    pub fn to_entry(&self) -> Entry {
        let (reg, idx) = (self.reg, self.idx);
        let p = reg.packed(idx);
        let name = reg.part(idx, NAME).to_owned();
        let person = |at: u32| reg.persons.get(at as usize).copied();
        let subject = match p.ident {
            Ident::Person(at) => match person(at) {
                Some(id_number) => Subject::Person { name, id_number },
                // Every person's number is stored when the entry is; this arm is unreachable.
                None => Subject::Organization {
                    name,
                    credit_code: None,
                    address: None,
                },
            },
            Ident::Code(c) => Subject::Organization {
                name,
                credit_code: Some(c),
                address: reg.opt_part(idx, ADDRESS),
            },
            Ident::Name => Subject::Organization {
                name,
                credit_code: None,
                address: reg.opt_part(idx, ADDRESS),
            },
        };
        Entry {
            id: reg.part(idx, ID).to_owned(),
            subject,
            conduct: reg.conducts.items[usize::from(p.conduct)].clone(),
            facts: reg.opt_part(idx, FACTS),
            decision: Decision {
                authority: reg.authorities.items[p.authority as usize].to_string(),
                number: reg.part(idx, NUMBER).to_owned(),
                date: p.decided,
                penalty: reg.opt_part(idx, PENALTY),
            },
            legal_basis: self.legal_basis().clone(),
            bars: p.bars(),
            ban: p.ban().map(|t| Ban {
                start: Some(t.start),
                months: t.months,
            }),
            listed_on: p.listed,
            credit_class: p.class(),
            events: self.events().to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn packed_entries_stay_small() {
        assert!(
            std::mem::size_of::<Packed>() <= 76,
            "{}",
            std::mem::size_of::<Packed>()
        );
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
