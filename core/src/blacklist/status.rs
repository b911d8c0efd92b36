//! Status as of a date, computed from the decision and the events, never stored.

use chrono::NaiveDate;
use serde::Serialize;

use super::basis::Family;
use super::event::{Change, Correction, Event, WithdrawalGround, latest};
use super::index::Summary;
use super::publication::{Publication, Regime};
use super::term::{BanTerm, check_range};
use super::{BanBasis, Bars, BlacklistError, CreditClass, add_months};
use crate::calendar::{Calendar, CalendarError};
use crate::{Domain, LegalBasis, Period, PeriodUnit, Verification};

/// Where an entry stands on a date.
///
/// Events take effect from their own date, so the status on a date is what the register showed
/// that day, and asking again later gives the same answer. In order of precedence:
///
/// | status | when |
/// |---|---|
/// | `withdrawn` | a withdrawal is dated on or before the day (行政处罚法 Art 48) |
/// | `repaired` | a credit repair is dated on or before the day (信用修复) |
/// | `pending` | before the listing date (the ban may already run) |
/// | `archived` | after the publication period (转入后台保存, or removed from the list) |
/// | `active` | published and the ban runs |
/// | `banEnded` | published, but no ban runs: it ended, or has not started, or there was none |
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntryStatus {
    /// Decided, not yet published.
    Pending,
    /// Barred and published.
    Active,
    /// Published, barring nothing.
    BanEnded,
    /// Past its publication period.
    Archived,
    /// The decision was revoked or changed and the record withdrawn.
    Withdrawn,
    /// Credit repaired: no longer published.
    Repaired,
}

impl EntryStatus {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            EntryStatus::Pending => "pending",
            EntryStatus::Active => "active",
            EntryStatus::BanEnded => "banEnded",
            EntryStatus::Archived => "archived",
            EntryStatus::Withdrawn => "withdrawn",
            EntryStatus::Repaired => "repaired",
        }
    }

    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            EntryStatus::Pending => "待公告",
            EntryStatus::Active => "公告中（禁止期内）",
            EntryStatus::BanEnded => "公告中（禁止期已届满）",
            EntryStatus::Archived => "已转入后台保存",
            EntryStatus::Withdrawn => "已撤回",
            EntryStatus::Repaired => "已信用修复",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            EntryStatus::Pending => "pending publication",
            EntryStatus::Active => "published, ban in force",
            EntryStatus::BanEnded => "published, no ban in force",
            EntryStatus::Archived => "archived",
            EntryStatus::Withdrawn => "withdrawn",
            EntryStatus::Repaired => "credit repaired",
        }
    }

    /// The name in a language.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::ZhCn => self.name_zh(),
            crate::Lang::En => self.name_en(),
        }
    }
}

/// A withdrawal judged against 行政处罚法 Art 48 ¶2: 公开的行政处罚决定被依法变更、撤销、确认违法
/// 或者确认无效的，行政机关应当在三日内撤回, where 三日 are working days (Art 85).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Withdrawal {
    /// The day the decision was revoked or changed.
    pub revoked_on: NaiveDate,
    /// The day the record was withdrawn.
    pub withdrawn_on: NaiveDate,
    /// How the decision stopped standing.
    pub ground: WithdrawalGround,
    /// The last day to withdraw: 3 working days after the revocation.
    pub due: NaiveDate,
    /// True when withdrawn by the due day.
    pub on_time: bool,
}

impl Withdrawal {
    /// 行政处罚法 第四十八条第二款、第八十五条 (V-text).
    pub fn legal_basis() -> LegalBasis {
        LegalBasis {
            document: "行政处罚法".to_owned(),
            article: Some("第四十八条第二款、第八十五条".to_owned()),
            verification: Verification::VText,
        }
    }
}

/// What status and publication depend on, borrowed from an [`Entry`](super::Entry) or from the
/// registry's packed form, so both compute them the same way.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Core<'a> {
    pub decided: NaiveDate,
    pub listed: NaiveDate,
    /// Start and months as decided, before corrections.
    pub ban: Option<(NaiveDate, u32)>,
    pub basis: &'a BanBasis,
    pub bars: Bars,
    pub class: Option<CreditClass>,
    pub events: &'a [Event],
    /// The ban's term and the last day published, worked out when the entry was stored: valid
    /// while it has no history, and what spares screening its month arithmetic.
    pub cached: Option<(Option<BanTerm>, NaiveDate)>,
}

impl Core<'_> {
    pub fn ban_on(&self, on: NaiveDate) -> Option<BanTerm> {
        if self.events.is_empty()
            && let Some((ban, _)) = self.cached
        {
            return ban;
        }
        let (start, months) = self.ban?;
        let months = latest(self.events, on, |c| match c {
            Correction::BanMonths(m) => Some(*m),
            _ => None,
        })
        .unwrap_or(months);
        Some(BanTerm::new(start, months))
    }

    fn withdrawn(&self) -> Option<(&Event, NaiveDate, WithdrawalGround)> {
        self.events.iter().find_map(|e| match e.change {
            Change::Withdraw { revoked_on, ground } => Some((e, revoked_on, ground)),
            _ => None,
        })
    }

    fn repaired_on(&self) -> Option<NaiveDate> {
        self.events
            .iter()
            .find(|e| matches!(e.change, Change::Repair))
            .map(|e| e.date)
    }

    pub fn publication(&self, on: NaiveDate) -> Publication {
        self.publication_with(self.ban_on(on))
    }

    fn publication_with(&self, ban: Option<BanTerm>) -> Publication {
        let (regime, until) = self.until(ban);
        let min = self.class.map_or(3, |c| c.window_months().0);
        let repair_from = if min == 0 {
            self.decided
        } else {
            add_months(self.decided, min)
                .succ_opt()
                .unwrap_or(NaiveDate::MAX)
        };
        Publication {
            regime,
            from: self.listed,
            until,
            repair_from,
            normally_published: self.class.is_none_or(CreditClass::normally_published),
        }
    }

    /// The regime and the last day published: all that status needs.
    pub fn until(&self, ban: Option<BanTerm>) -> (Regime, NaiveDate) {
        let three_years = || add_months(self.decided, 36);
        match (self.class, self.basis.family()) {
            (Some(c), _) => (
                Regime::CreditClass(c),
                add_months(self.decided, c.window_months().1),
            ),
            (None, Family::Tendering) => {
                let six_months = add_months(self.listed, 6);
                (
                    Regime::TenderingRecord,
                    ban.map_or(six_months, |t| t.end.max(six_months)),
                )
            }
            (None, Family::Procurement) => (
                Regime::ProcurementList,
                // A ban runs at most three years from a start on or after the decision.
                match ban {
                    Some(t) if t.start == self.decided && t.months <= 36 => t.end,
                    Some(t) => t.end.min(three_years()),
                    None => three_years(),
                },
            ),
            (None, Family::Other) => {
                let months = match self.basis {
                    BanBasis::Other {
                        publication_months, ..
                    } => *publication_months,
                    _ => None,
                };
                let until = match (months, ban) {
                    (Some(n), _) => add_months(self.decided, n),
                    (None, Some(t)) => t.end,
                    (None, None) => three_years(),
                };
                (Regime::Other, until)
            }
        }
    }

    pub fn bars_on(&self, on: NaiveDate, domain: Option<Domain>) -> bool {
        self.status_and_bars(on, domain).1
    }

    pub fn status(&self, on: NaiveDate) -> EntryStatus {
        self.status_and_bars(on, None).0
    }

    /// The status, and whether the entry bars `domain` (any, when `None`), on `on`.
    pub fn status_and_bars(&self, on: NaiveDate, domain: Option<Domain>) -> (EntryStatus, bool) {
        // The common case, an entry with no history, skips the scans.
        if !self.events.is_empty()
            && let Some((w, _, _)) = self.withdrawn()
            && w.date <= on
        {
            return (EntryStatus::Withdrawn, false);
        }
        let ban = self.ban_on(on);
        let until = match self.cached {
            Some((_, until)) if self.events.is_empty() => until,
            _ => self.until(ban).1,
        };
        let terms = Terms {
            listed: self.listed,
            ban: ban.map(|t| (t.start, t.end)),
            until,
            bars: self.bars,
        };
        let (status, barred) = terms.status_and_bars(on, domain);
        if !self.events.is_empty()
            && let Some(r) = self.repaired_on()
            && r <= on
        {
            return (EntryStatus::Repaired, barred);
        }
        (status, barred)
    }

    pub fn withdrawal(&self, cal: &Calendar) -> Result<Option<Withdrawal>, CalendarError> {
        let Some((e, revoked_on, ground)) = self.withdrawn() else {
            return Ok(None);
        };
        judge_withdrawal(cal, revoked_on, e.date, ground).map(Some)
    }

    /// Checks that `e` may follow the history: in date order, after the decision, nothing after
    /// a withdrawal, one repair and only after the minimum window, corrections that fit the
    /// subject.
    pub fn check_append(&self, id: &str, person: bool, e: &Event) -> Result<(), BlacklistError> {
        if e.actor.trim().is_empty() {
            return Err(BlacklistError::EmptyField { field: "actor" });
        }
        if e.reason.trim().is_empty() {
            return Err(BlacklistError::EmptyField { field: "reason" });
        }
        if e.date < self.decided {
            return Err(BlacklistError::EventBeforeDecision {
                decided: self.decided,
                given: e.date,
            });
        }
        if let Some(last) = self.events.last()
            && e.date < last.date
        {
            return Err(BlacklistError::EventOutOfOrder {
                last: last.date,
                given: e.date,
            });
        }
        if let Some((w, _, _)) = self.withdrawn() {
            return Err(BlacklistError::AlreadyWithdrawn {
                id: id.to_owned(),
                on: w.date,
            });
        }
        match &e.change {
            Change::Withdraw { revoked_on, .. } => {
                if *revoked_on > e.date {
                    return Err(BlacklistError::WithdrawnBeforeRevocation {
                        revoked: *revoked_on,
                        withdrawn: e.date,
                    });
                }
                if *revoked_on < self.decided {
                    return Err(BlacklistError::EventBeforeDecision {
                        decided: self.decided,
                        given: *revoked_on,
                    });
                }
            }
            Change::Repair => {
                if let Some(on) = self.repaired_on() {
                    return Err(BlacklistError::AlreadyRepaired {
                        id: id.to_owned(),
                        on,
                    });
                }
                let earliest = self.publication(e.date).repair_from;
                if e.date < earliest {
                    return Err(BlacklistError::RepairTooEarly { earliest });
                }
            }
            Change::Correct(c) => {
                let field = c.field();
                if let Some(text) = c.text()
                    && text.trim().is_empty()
                {
                    return Err(BlacklistError::EmptyField { field });
                }
                let fits = match c {
                    Correction::CreditCode(_) | Correction::Address(_) => !person,
                    Correction::IdNumber(_) => person,
                    Correction::BanMonths(_) => self.ban.is_some(),
                    _ => true,
                };
                if !fits {
                    return Err(BlacklistError::CorrectionNotApplicable { field });
                }
                if let Correction::BanMonths(m) = c {
                    check_range(self.basis, *m)?;
                }
            }
        }
        Ok(())
    }
}

/// What status and barring depend on once withdrawal and repair are ruled out: the listing
/// day, the ban's first and last day, the last day published, and the scope. Generic over the
/// day, so that screening can judge from day numbers kept in an index slot
/// ([`day_number`]) by the same rule as from dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Terms<D> {
    pub listed: D,
    pub ban: Option<(D, D)>,
    pub until: D,
    pub bars: Bars,
}

impl<D: Ord + Copy> Terms<D> {
    /// Pending before the listing day, archived after the last day published, else active while
    /// the ban runs; barred while the ban runs and covers `domain`.
    pub fn status_and_bars(&self, on: D, domain: Option<Domain>) -> (EntryStatus, bool) {
        let running = self
            .ban
            .is_some_and(|(start, end)| start <= on && on <= end);
        let barred = running && domain.is_none_or(|d| self.bars.covers(d));
        let status = if on < self.listed {
            EntryStatus::Pending
        } else if on > self.until {
            EntryStatus::Archived
        } else if running {
            EntryStatus::Active
        } else {
            EntryStatus::BanEnded
        };
        (status, barred)
    }
}

/// The status and barring on day `on` (a [`day_number`]) of an entry without history, from the
/// summary kept in its identifier's index slot: the same rule, [`Terms::status_and_bars`], as
/// from the entry.
pub(crate) fn judge(s: Summary, on: i32, domain: Option<Domain>) -> (EntryStatus, bool) {
    let [listed, start, end, until] = s.days.map(i32::from);
    Terms {
        listed,
        ban: s.flags.has_ban().then_some((start, end)),
        until,
        bars: s.flags.bars(),
    }
    .status_and_bars(on, domain)
}

/// Days from 1970-01-01: dates compare as their day numbers do.
pub(crate) fn day_number(d: NaiveDate) -> i32 {
    use chrono::Datelike;
    /// 1970-01-01 counted from 0001-01-01 as day 1.
    const EPOCH: i32 = 719_163;
    d.num_days_from_ce() - EPOCH
}

/// Judges a withdrawal: due 3 working days after the revocation (行政处罚法 Arts 48, 85), counted
/// from the day after it (民法典 Art 201).
pub(crate) fn judge_withdrawal(
    cal: &Calendar,
    revoked_on: NaiveDate,
    withdrawn_on: NaiveDate,
    ground: WithdrawalGround,
) -> Result<Withdrawal, CalendarError> {
    let three = Period {
        n: 3,
        unit: PeriodUnit::Workday,
    };
    let due = crate::deadline::period_end(cal, revoked_on, three, &[])?.end;
    Ok(Withdrawal {
        revoked_on,
        withdrawn_on,
        ground,
        due,
        on_time: withdrawn_on <= due,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Change, Correction, Entry, Event, WithdrawalGround};
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn entry(basis: &str, bars: &str, months: Option<u32>, class: Option<&str>) -> Entry {
        let mut v = serde_json::json!({
            "id": "BL-1",
            "subject": {"kind": "organization", "name": "云江市某某建设有限公司"},
            "conduct": {"category": "collusiveBidding"},
            "decision": {"authority": "云江市发展和改革局", "number": "云发改罚〔2024〕9号",
                         "date": "2024-03-01"},
            "legalBasis": {"provision": basis},
            "bars": bars,
            "listedOn": "2024-03-05"
        });
        if let Some(m) = months {
            v["ban"] = serde_json::json!({ "months": m });
        }
        if let Some(c) = class {
            v["creditClass"] = c.into();
            v["decision"]["date"] = "2026-05-11".into();
            v["listedOn"] = "2026-05-15".into();
        }
        let e: Entry = serde_json::from_value(v).unwrap();
        e.validate().unwrap();
        e
    }

    fn event(date: &str, change: Change) -> Event {
        Event {
            date: d(date),
            actor: "云江市财政局".into(),
            reason: "依法处理".into(),
            change,
        }
    }

    /// 暂行办法 Art 9: 公告期限为六个月 — a record without a longer restriction is archived after
    /// six months from publication (2024-03-05 → 2024-09-05).
    #[test]
    fn tendering_record_published_six_months_ztbwfgg_9() {
        let e = entry("biddingLaw53", "constructionBidding", None, None);
        let p = e.publication(d("2024-04-01"));
        assert_eq!(p.regime, Regime::TenderingRecord);
        assert_eq!(p.until, d("2024-09-05"));
        assert_eq!(e.status(d("2024-09-05")), EntryStatus::BanEnded);
        assert_eq!(e.status(d("2024-09-06")), EntryStatus::Archived);
        assert_eq!(p.regime.legal_basis().verification, Verification::VQuote);
    }

    /// 暂行办法 Art 9: 限制期限长于六个月的，公告期限从其规定 — a two-year ban keeps the record
    /// published to the ban's end.
    #[test]
    fn tendering_record_follows_a_longer_ban_ztbwfgg_9() {
        let e = entry("biddingLaw53", "constructionBidding", Some(24), None);
        assert_eq!(e.publication(d("2024-04-01")).until, d("2026-03-01"));
        assert_eq!(e.status(d("2026-03-01")), EntryStatus::Active);
        assert_eq!(e.status(d("2026-03-02")), EntryStatus::Archived);
    }

    /// 财办库〔2014〕526号 (as reported): 公布期限一般为三年，处罚期限届满的…删除.
    #[test]
    fn procurement_list_removed_when_the_ban_expires_cbk_2014_526() {
        let e = entry("procurementLaw77", "governmentProcurement", Some(12), None);
        let p = e.publication(d("2024-04-01"));
        assert_eq!(p.regime, Regime::ProcurementList);
        assert_eq!(p.until, d("2025-03-01"));
        assert_eq!(p.regime.legal_basis().verification, Verification::V2nd);
        assert_eq!(e.status(d("2025-03-02")), EntryStatus::Archived);
    }

    /// 信用修复管理办法 (令第36号): 严重 published at most 3 years, repairable after 1 year.
    #[test]
    fn serious_class_window_1_to_3_years_xyxfglbf_36() {
        let e = entry(
            "biddingLaw60",
            "constructionBidding",
            Some(60),
            Some("serious"),
        );
        let p = e.publication(d("2026-06-01"));
        assert_eq!(p.regime, Regime::CreditClass(CreditClass::Serious));
        assert_eq!(p.until, d("2029-05-11"));
        assert_eq!(p.repair_from, d("2027-05-12"));
        // Published 3 years, barred 5: archived but still barring.
        assert_eq!(e.status(d("2029-05-12")), EntryStatus::Archived);
        assert!(e.bars_on(d("2029-05-12"), Some(Domain::ConstructionBidding)));
    }

    /// 信用修复管理办法: 最短公示期届满后，信用主体方可…申请信用修复.
    #[test]
    fn repair_only_after_the_minimum_window_xyxfglbf_36() {
        let mut e = entry(
            "biddingLaw53",
            "constructionBidding",
            Some(12),
            Some("general"),
        );
        let err = e
            .append(event("2026-08-11", Change::Repair))
            .expect_err("too early");
        assert_eq!(
            err,
            BlacklistError::RepairTooEarly {
                earliest: d("2026-08-12")
            }
        );
        e.append(event("2026-08-12", Change::Repair)).unwrap();
        assert_eq!(e.status(d("2026-08-11")), EntryStatus::Active);
        assert_eq!(e.status(d("2026-08-12")), EntryStatus::Repaired);
        // Repair stops publication; the ban, a penalty, still runs.
        assert!(e.bars_on(d("2026-08-12"), Some(Domain::ConstructionBidding)));
        assert_eq!(
            e.append(event("2026-09-01", Change::Repair))
                .unwrap_err()
                .code(),
            "blacklist.already_repaired"
        );
    }

    /// 轻微失信: 法定责任履行完毕即可申请修复 — no minimum window.
    #[test]
    fn minor_class_repairable_at_once_xyxfglbf_36() {
        let mut e = entry("biddingLaw53", "constructionBidding", None, Some("minor"));
        let p = e.publication(d("2026-05-11"));
        assert!(!p.normally_published);
        assert_eq!(p.until, d("2026-08-11"));
        e.append(event("2026-05-15", Change::Repair)).unwrap();
    }

    /// 行政处罚法 Art 48 ¶2 and Art 85: withdraw within 3 working days. Revoked Friday
    /// 2024-09-27: Sunday 09-29 (make-up) and Monday 09-30 are the first two, then National Day,
    /// so the third is Tuesday 10-08.
    #[test]
    fn withdrawal_within_3_workdays_xzcff_48() {
        let cal = Calendar::official();
        let withdraw = |on: &str| {
            let mut e = entry("procurementLaw77", "governmentProcurement", Some(12), None);
            e.append(event(
                on,
                Change::Withdraw {
                    revoked_on: d("2024-09-27"),
                    ground: WithdrawalGround::Revoked,
                },
            ))
            .unwrap();
            e
        };
        let e = withdraw("2024-10-08");
        let w = e.withdrawal(&cal).unwrap().unwrap();
        assert_eq!(w.due, d("2024-10-08"));
        assert!(w.on_time);
        let late = withdraw("2024-10-09").withdrawal(&cal).unwrap().unwrap();
        assert!(!late.on_time);
        // The register showed the entry, barring, until the withdrawal itself.
        assert_eq!(e.status(d("2024-10-07")), EntryStatus::Active);
        assert!(e.bars_on(d("2024-10-07"), None));
        assert_eq!(e.status(d("2024-10-08")), EntryStatus::Withdrawn);
        assert!(!e.bars_on(d("2024-10-08"), None));
        let mut e = e;
        let err = e
            .append(event(
                "2024-10-09",
                Change::Correct(Correction::Facts("x".into())),
            ))
            .unwrap_err();
        assert_eq!(err.code(), "blacklist.already_withdrawn");
    }

    #[test]
    fn withdrawal_before_revocation_is_refused() {
        let mut e = entry("procurementLaw77", "governmentProcurement", Some(12), None);
        let err = e
            .append(event(
                "2024-10-01",
                Change::Withdraw {
                    revoked_on: d("2024-10-02"),
                    ground: WithdrawalGround::Changed,
                },
            ))
            .unwrap_err();
        assert_eq!(err.code(), "blacklist.withdrawn_before_revocation");
    }

    /// 暂行办法 Art 13: a correction changes the record from its date on, never before.
    #[test]
    fn correction_applies_from_its_date_ztbwfgg_13() {
        let mut e = entry("procurementLaw77", "governmentProcurement", Some(36), None);
        e.append(event(
            "2024-06-01",
            Change::Correct(Correction::BanMonths(12)),
        ))
        .unwrap();
        // As shown on 2024-05-31, the 36-month ban reached 2027-03-01.
        assert_eq!(e.ban_term(d("2024-05-31")).unwrap().end, d("2027-03-01"));
        assert_eq!(e.ban_term(d("2024-05-31")).unwrap().months, 36);
        assert_eq!(e.ban_term(d("2024-06-01")).unwrap().months, 12);
        assert!(!e.bars_on(d("2025-03-02"), None));
        let err = e
            .append(event(
                "2024-06-02",
                Change::Correct(Correction::BanMonths(48)),
            ))
            .unwrap_err();
        assert_eq!(err.code(), "blacklist.ban_out_of_range");
        let err = e
            .append(event(
                "2024-06-02",
                Change::Correct(Correction::IdNumber("11010519491231002X".parse().unwrap())),
            ))
            .unwrap_err();
        assert_eq!(err.code(), "blacklist.correction_not_applicable");
        let err = e.append(event("2024-05-01", Change::Repair)).unwrap_err();
        assert_eq!(err.code(), "blacklist.event_out_of_order");
    }

    #[test]
    fn pending_until_listed_but_barred_from_the_decision() {
        let e = entry("procurementLaw77", "governmentProcurement", Some(12), None);
        assert_eq!(
            e.core().status_and_bars(d("2024-03-02"), None),
            (EntryStatus::Pending, true)
        );
        assert_eq!(
            e.core()
                .status_and_bars(d("2024-03-02"), Some(Domain::LandUseRights)),
            (EntryStatus::Pending, false)
        );
        assert_eq!(e.status(d("2024-03-05")), EntryStatus::Active);
    }
}
