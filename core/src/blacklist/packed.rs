//! An entry as the registry stores it: fixed-size fields, its texts in the shared text store.

use chrono::NaiveDate;

use super::flags::Flags;
use super::index::Summary;
use super::status::day_number;
use super::{BanTerm, Bars, CreditClass};
use crate::ids::UnifiedSocialCreditCode;

/// The size of a [`Packed`] entry in bytes, on every target: a million entries cost this many
/// megabytes before their texts.
pub(super) const PACKED_SIZE: usize = 76;
const _: () = assert!(std::mem::size_of::<Packed>() == PACKED_SIZE);

/// No history.
pub(super) const NONE: u32 = u32::MAX;

/// The text parts of an entry, in the order they sit in the registry's text store.
pub(super) const ID: usize = 0;
pub(super) const NAME: usize = 1;
pub(super) const NORM: usize = 2;
pub(super) const NUMBER: usize = 3;
pub(super) const FACTS: usize = 4;
pub(super) const PENALTY: usize = 5;
pub(super) const ADDRESS: usize = 6;
pub(super) const PARTS: usize = 7;
pub(super) const PART_NAMES: [&str; PARTS] = [
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
pub(super) enum Ident {
    /// An organisation without a credit code.
    Name,
    Code(UnifiedSocialCreditCode),
    /// A person: the ID number's place in the registry's list of them (it holds a birth date
    /// too, which would make every entry 8 bytes larger).
    Person(u32),
}

/// An entry as stored: texts in the shared text store, repeated values interned, history out of
/// line: [`PACKED_SIZE`] bytes plus its text; see `benches/blacklist.rs` for the measured cost.
#[derive(Debug, Clone)]
pub(super) struct Packed {
    pub(super) text: u32,
    pub(super) authority: u32,
    /// Index into the history lists, or `NONE`.
    pub(super) events: u32,
    pub(super) decided: NaiveDate,
    pub(super) listed: NaiveDate,
    /// The ban's first and last day; both the decision date when there is no ban.
    pub(super) ban_start: NaiveDate,
    pub(super) ban_end: NaiveDate,
    /// The last day published, as first listed.
    pub(super) until: NaiveDate,
    /// The normalised name's fingerprint (see `name_is`).
    pub(super) name_fp: u32,
    /// Byte lengths of the parts; an absent optional text is empty (blank ones are refused).
    pub(super) lens: [u16; PARTS],
    pub(super) basis: u16,
    pub(super) conduct: u16,
    pub(super) ident: Ident,
    pub(super) flags: Flags,
}

/// A day as kept in a [`Summary`]: its day number, when it fits 16 bits (1970-01-01 to
/// 2149-06-06).
fn day16(d: NaiveDate) -> Option<u16> {
    u16::try_from(day_number(d)).ok()
}

impl Packed {
    pub(super) fn bars(&self) -> Bars {
        self.flags.bars()
    }

    /// What screening needs of the entry, for its identifier's index slot: only while it has no
    /// history, and when its days fit 16 bits.
    pub(super) fn summary(&self) -> Option<Summary> {
        if self.events != NONE {
            return None;
        }
        let (start, end) = if self.flags.has_ban() {
            (day16(self.ban_start)?, day16(self.ban_end)?)
        } else {
            (0, 0)
        };
        Some(Summary {
            flags: self.flags,
            days: [day16(self.listed)?, start, end, day16(self.until)?],
        })
    }

    pub(super) fn class(&self) -> Option<CreditClass> {
        self.flags.class()
    }

    pub(super) fn ban(&self) -> Option<BanTerm> {
        (self.flags.has_ban()).then(|| BanTerm {
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
