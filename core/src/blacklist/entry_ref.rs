//! An entry read in place inside the registry, without copying it out.

use std::fmt;

use chrono::NaiveDate;

use super::entry::{Ban, Decision, Subject};
use super::packed::{ADDRESS, FACTS, ID, Ident, NAME, NUMBER, PENALTY};
use super::registry::Registry;
use super::status::{EntryStatus, Withdrawal};
use super::{BanBasis, BanTerm, Bars, Entry, Event, Publication};
use crate::Domain;
use crate::calendar::{Calendar, CalendarError};

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

impl Registry {
    /// The entry as the register shows it after every correction.
    pub(super) fn current(&self, idx: u32) -> Entry {
        let e = EntryRef { reg: self, idx }.to_entry();
        if e.events.is_empty() {
            e
        } else {
            e.as_of(NaiveDate::MAX)
        }
    }
}
