//! Adding entries to the registry: one at a time, or many at once with the indexes built at
//! the end.

use super::duplicate::{
    SubjectText, doc_number_key, number_hash, subject_hash, subject_key, subject_text,
};
use super::index::{self, Ident18, IdentifierIndex, Index, Summary};
use super::packed::{ID, NUMBER};
use super::registry::{IdKind, Registry, Which};
use super::{BlacklistError, Entry};

/// A registry being built from many entries: stored as they come, checked for duplicates and
/// indexed at the end.
pub(super) struct Bulk {
    reg: Registry,
    /// 1-based position of each entry, for errors.
    positions: Vec<u32>,
}

/// Ids are checked for repeats each time the number stored doubles from this on: a file that
/// repeats an id early fails early (a million copies of one line after 1,024), for no more than
/// about twice the work of the one check at the end, and no memory kept between checks.
const FIRST_ID_CHECK: usize = 1024;

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
        let n = self.reg.entries.len();
        if n >= FIRST_ID_CHECK && n.is_power_of_two() {
            let mut first = None;
            self.duplicate_ids(|i, e| {
                if first.as_ref().is_none_or(|(j, _)| i < *j) {
                    first = Some((i, e));
                }
            });
            if let Some((_, e)) = first {
                return Err(e);
            }
        }
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

    /// Hands `note` each entry whose id an earlier entry has, with the error.
    fn duplicate_ids(&self, mut note: impl FnMut(u32, BlacklistError)) {
        let reg = &self.reg;
        let n = reg.entries.len() as u32;
        // Ids grouped by hash; within a group, the exact ids sorted, so that each id's first
        // entry is found by one comparison with its neighbour, however many share a hash.
        let mut ids: Vec<(u32, u32)> = (0..n)
            .map(|i| (index::key(reg.part(i, ID).as_bytes()), i))
            .collect();
        ids.sort_unstable();
        for run in ids.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
            let mut exact: Vec<(&str, u32)> =
                run.iter().map(|&(_, i)| (reg.part(i, ID), i)).collect();
            exact.sort_unstable();
            for pair in exact.windows(2).filter(|p| p[0].0 == p[1].0) {
                let b = pair[1].1;
                note(
                    b,
                    BlacklistError::DuplicateId {
                        id: reg.part(b, ID).to_owned(),
                    },
                );
            }
        }
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
        self.duplicate_ids(&mut note);
        // Same subject (as the register now shows it) and the same decision: the later one is
        // refused, as `add` would refuse it. Grouped by a hash of both, then compared exactly
        // within a group in sorted order: one subject with many decisions costs no more than
        // many subjects.
        let current = |i: u32| reg.current(i);
        let mut groups: Vec<(u64, u32)> = (0..n)
            .map(|i| {
                // An entry without history is read in place; one with corrections as it now is.
                let (subject, number) = if reg.history(i).is_empty() {
                    (
                        reg.stored_subject_key(i),
                        doc_number_key(reg.part(i, NUMBER)),
                    )
                } else {
                    let e = current(i);
                    (subject_key(&e), doc_number_key(&e.decision.number))
                };
                (subject_hash(&subject) ^ number_hash(&number), i)
            })
            .collect();
        groups.sort_unstable();
        for run in groups.chunk_by(|a, b| a.0 == b.0).filter(|r| r.len() > 1) {
            let full: Vec<Entry> = run.iter().map(|&(_, i)| current(i)).collect();
            let mut exact: Vec<(SubjectText, String, usize)> = full
                .iter()
                .enumerate()
                .map(|(k, e)| {
                    (
                        subject_text(&subject_key(e)),
                        doc_number_key(&e.decision.number),
                        k,
                    )
                })
                .collect();
            exact.sort_unstable();
            for pair in exact
                .windows(2)
                .filter(|p| p[0].0 == p[1].0 && p[0].1 == p[1].1)
            {
                let (j, k) = (pair[0].2, pair[1].2);
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
            // Home line, then identifier, then entry: writes walk the table once, the entries
            // of one identifier keep their order and come in a row, each placed after the last.
            list.sort_unstable_by_key(|&(line, key, idx, _)| (line, key, idx));
            let mut last: Option<(Ident18, usize)> = None;
            for (_, key, idx, summary) in list {
                let hint = last.filter(|(k, _)| *k == key).map(|(_, at)| at);
                let at = ix.insert_after(&key, idx, summary, hint);
                last = Some((key, at));
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
                ix.insert_newest(key, idx);
            }
            *reg.index_mut(which) = ix;
        }
        Ok(reg)
    }
}

impl Registry {
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
            self.index_mut(which).insert_newest(key, idx);
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
}
