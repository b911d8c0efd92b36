//! Reading what the registry holds: entries by id, or by the credit code, ID number or name
//! they show on a date; and the "not the same subject" decisions.

use chrono::NaiveDate;

use super::entry_ref::EntryRef;
use super::event::latest;
use super::index::{self, Summary};
use super::not_same::NotSame;
use super::packed::{Ident, NONE, NORM};
use super::registry::Registry;
use super::{Correction, Entry};
use crate::ids::{NormalizedName, ResidentIdNumber, UnifiedSocialCreditCode, normalize_org_name};

impl Registry {
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

    /// The "not the same subject" decisions, in the order made.
    pub fn not_same_decisions(&self) -> &[NotSame] {
        self.not_same.list()
    }
}
