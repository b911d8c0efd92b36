//! When two entries are the same: the same subject, as the register now shows it, cited with
//! the same decision document.

use chrono::NaiveDate;

use super::Subject;
use super::index;
use super::packed::{Ident, NAME, NORM};
use super::registry::Registry;
use super::{BlacklistError, Entry};
use crate::ids::{NormalizedName, ResidentIdNumber, UnifiedSocialCreditCode, normalize_org_name};

/// Decision numbers compared loosely: whitespace, full-width forms and the bracket styles
/// (〔〕, [], 【】, ()) people type for 〔〕 do not make a decision a different one.
pub(super) fn doc_number_key(s: &str) -> String {
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
pub(super) enum SubjectKey {
    Code(UnifiedSocialCreditCode),
    Person(ResidentIdNumber),
    Name(NormalizedName),
}

pub(super) fn subject_key(e: &Entry) -> SubjectKey {
    match &e.subject {
        Subject::Organization {
            credit_code: Some(c),
            ..
        } => SubjectKey::Code(*c),
        Subject::Organization { name, .. } => SubjectKey::Name(normalize_org_name(name)),
        Subject::Person { id_number, .. } => SubjectKey::Person(*id_number),
    }
}

/// A subject key's hash, for grouping.
pub(super) fn subject_hash(k: &SubjectKey) -> u64 {
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

/// A decision number key's hash, for grouping.
pub(super) fn number_hash(number: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = index::FxHasher::default();
    h.write(number.as_bytes());
    // Mixed so that a subject hash XOR a number hash does not cancel for equal texts.
    h.finish().rotate_left(29)
}

/// A subject key as sortable text: its kind, then its identifier or normal name.
pub(super) type SubjectText = (u8, String);

/// The sortable form of a subject key; equal exactly when the keys are.
pub(super) fn subject_text(k: &SubjectKey) -> SubjectText {
    match k {
        SubjectKey::Code(c) => (0, c.as_str().to_owned()),
        SubjectKey::Person(p) => (1, p.as_str().to_owned()),
        SubjectKey::Name(n) => (2, n.as_str().to_owned()),
    }
}

impl Registry {
    pub(super) fn check_duplicate(&self, entry: &Entry) -> Result<(), BlacklistError> {
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
    pub(super) fn stored_subject_key(&self, idx: u32) -> SubjectKey {
        match self.packed(idx).ident {
            Ident::Code(c) => SubjectKey::Code(c),
            Ident::Person(at) => match self.persons.get(at as usize) {
                Some(p) => SubjectKey::Person(*p),
                None => SubjectKey::Name(NormalizedName::new(self.part(idx, NAME))),
            },
            Ident::Name => SubjectKey::Name(NormalizedName::new(self.part(idx, NORM))),
        }
    }
}
