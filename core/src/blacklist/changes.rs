//! What the register records after an entry is listed: withdrawal, credit repair and correction,
//! appended to the entry's history; and "not the same subject" decisions.

use chrono::NaiveDate;

use super::event::Stamp;
use super::not_same::NotSame;
use super::packed::{Ident, NONE};
use super::query::Identity;
use super::registry::Registry;
use super::status::{Withdrawal, judge_withdrawal};
use super::{BlacklistError, Change, Correction, Event, WithdrawalGround};
use crate::calendar::Calendar;

impl Registry {
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

    /// Records that `query` and the entry are not the same subject, so that the name match
    /// between them is silenced from `stamp.date` on.
    ///
    /// # Errors
    /// [`BlacklistError::UnknownEntry`]; [`BlacklistError::IdentifierMatch`] when the query
    /// carries the entry's credit code or ID number (an identifier is proof of identity; a wrong
    /// one in the entry is corrected instead); [`BlacklistError::AlreadyMarkedNotSame`];
    /// [`BlacklistError::EmptyField`] for a blank actor or reason.
    pub fn mark_not_same(
        &mut self,
        query: &Identity,
        entry_id: &str,
        stamp: Stamp,
    ) -> Result<(), BlacklistError> {
        let idx = self
            .find(entry_id)
            .ok_or_else(|| BlacklistError::UnknownEntry {
                id: entry_id.to_owned(),
            })?;
        if stamp.actor.trim().is_empty() {
            return Err(BlacklistError::EmptyField { field: "actor" });
        }
        if stamp.reason.trim().is_empty() {
            return Err(BlacklistError::EmptyField { field: "reason" });
        }
        let same_code =
            query.credit_code.is_some() && self.code_on(idx, stamp.date) == query.credit_code;
        let same_id =
            query.id_number.is_some() && self.id_number_on(idx, stamp.date) == query.id_number;
        if same_code || same_id {
            return Err(BlacklistError::IdentifierMatch {
                entry_id: entry_id.to_owned(),
            });
        }
        let key = query.key();
        if self.not_same.find(idx, &key, NaiveDate::MAX).is_some() {
            return Err(BlacklistError::AlreadyMarkedNotSame {
                entry_id: entry_id.to_owned(),
            });
        }
        self.not_same.push(
            idx,
            NotSame {
                query: query.clone(),
                entry_id: entry_id.to_owned(),
                date: stamp.date,
                actor: stamp.actor,
                reason: stamp.reason,
            },
        );
        Ok(())
    }
}
