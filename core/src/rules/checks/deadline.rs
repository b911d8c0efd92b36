//! `deadline`: a time limit (时限) — a due date ("within N") or a minimum duration ("at least
//! N") between two events of a record, counted on the working-day calendar.

use std::borrow::Cow;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;
use crate::date::StatedDate;
use crate::deadline::{DAY, HOUR, PeriodEnd, unit_name, units_after};
use crate::model::record::{Anchor, Status};
use crate::period::{Period, PeriodUnit};
use crate::severity::Severity;

/// A time limit (evaluated by the deadline engine on the configured calendar).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Deadline {
    /// Within N (a due date) or at least N (a minimum duration).
    pub direction: Direction,
    /// The period.
    pub period: Period,
    /// The event the period counts from.
    pub anchor: Anchor,
    /// The event that must happen within (or not before the end of) the period.
    pub target: Anchor,
    /// The anchor day is the period's first day (a sale that lasts 5 working days 自开始之日起:
    /// its first day of sale counts, when it is a working day); by default it is not counted
    /// (民法典 Art 201). Ignored for a period in hours, which runs from the anchor's moment
    /// (Art 201 ¶2) and has no first day to count.
    #[serde(default, rename = "startDayCounts", skip_serializing_if = "is_false")]
    pub start_day_counts: bool,
    /// Whether the anchor day counts is not settled by the law (实施条例 Art 16's 发售期不得少于5日
    /// says neither 自…起 nor 含当日): the period is counted by 民法典 Art 201, and a shortfall
    /// that counting the anchor day would remove is a warning, not the rule's severity. The
    /// anchor day counts where the record was published before it and the period starts with
    /// it, not at a time of it: that day runs whole.
    #[serde(
        default,
        rename = "firstDayUnsettled",
        skip_serializing_if = "is_false"
    )]
    pub first_day_unsettled: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Which way a time limit binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The target happens within the period after the anchor (a due date).
    Within,
    /// The target happens no earlier than the end of the period (a minimum duration).
    AtLeast,
}

crate::parse::by_name!(Direction [
    Within = "within",
    AtLeast = "atLeast",
]);

impl CheckKind for Deadline {
    const KIND: &'static str = "deadline";
    const ABOUT: &'static str = "a time limit between two events of the record";

    fn emits(&self, code: &str) -> bool {
        // A period in hours never reads the calendar.
        if self.period.unit == PeriodUnit::Hour && code == DeadlineNotComputable::CODE {
            return false;
        }
        match self.direction {
            Direction::Within => code != DeadlineTooShort::CODE,
            Direction::AtLeast => {
                code == DeadlineTooShort::CODE || code == DeadlineNotComputable::CODE
            }
        }
    }

    fn describe(&self) -> String {
        let (dir, from) = match self.direction {
            Direction::Within => ("within", "of"),
            Direction::AtLeast => ("at least", "after"),
        };
        // Each event by the record's field, where a finding on it points.
        let field = |a: Anchor| match a {
            Anchor::FormedOrChanged => "/formedOn (an amendment's /changedOn)",
            a => a.field(),
        };
        format!(
            "deadline: {} {dir} {} {} {from} {}",
            field(self.target),
            self.period.n,
            self.period.unit.name_en(),
            field(self.anchor)
        )
    }
}

/// The explanation of a deadline finding: anchor, period, due date, what happened, and the
/// holidays and make-up days that moved the due date.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineDetail {
    /// Within or at least.
    pub direction: Direction,
    /// The event the period counts from.
    pub anchor: Anchor,
    /// The event judged against the period's end.
    pub target: Anchor,
    /// When the target happened; `None` while it has not (an overdue publication).
    pub target_date: Option<crate::date::StatedDate>,
    /// The period's end and how it was reached.
    pub end: PeriodEnd,
    /// How far past the end (missed, overdue) or short of it (too short), in the period's unit
    /// (calendar days for months); for a near deadline, the units left.
    pub units: i64,
    /// The day the record was judged on.
    pub today: NaiveDate,
    /// The anchor day is counted as the period's first ([`Deadline::start_day_counts`]): the
    /// period is counted from the day before it, `end.start`.
    pub start_day_counted: bool,
    /// A shortfall only when the anchor day is not counted, where the law leaves that open
    /// ([`Deadline::first_day_unsettled`]): counting it, the period is long enough.
    pub only_without_first_day: bool,
    /// A minimum period short only because its last day was a rest day and 民法典 Art 203 moved
    /// it to the next working day: counted day by day, the target is on or after the plain end.
    /// Art 203 moves the last day of a period in which someone must act; that a publication's
    /// minimum length (公示期不得少于3日) is lengthened the same way, no text we read says, so such
    /// a shortfall is a warning.
    pub only_by_rest_day_roll: bool,
}

/// Published (or the target event happened) after the due date.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineMissed(pub Box<DeadlineDetail>);

/// Still unpublished after the due date.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineOverdue(pub Box<DeadlineDetail>);

/// Still unpublished, and the due date is near.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineNear(pub Box<DeadlineDetail>);

/// A minimum period (publicity, notice, documents on offer) cut short.
#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineTooShort(pub Box<DeadlineDetail>);

/// A time limit that cannot be judged: the calendar does not cover the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeadlineNotComputable {
    /// The year the calendar lacks.
    pub year: i32,
}

impl FindingDetail for DeadlineMissed {
    const CODE: &'static str = "deadline.missed";
    const ABOUT: &'static str = "published after the due date";
    fn message(&self, lang: Lang) -> String {
        let d = &self.0;
        let (due, rule, why) = (d.end.end_at(), rule_phrase(d, lang), d.explanation(lang));
        let (n, unit) = (d.units, unit_name(d.end.period.unit, lang));
        let target = d.target_date.map(|t| t.to_string()).unwrap_or_default();
        match (lang, d.target == Anchor::Published) {
            (Lang::ZhCn, false) => format!(
                "{}最迟应为{due}（{rule}）{why}，实际为{target}，逾期{n}{unit}",
                d.target.name_zh()
            ),
            (Lang::En, false) => format!(
                "{} was due by {due} ({rule}){why}; it was {target}, {n} {unit} late",
                d.target.name_en()
            ),
            (Lang::ZhCn, true) => {
                format!("最迟应于{due}公开（{rule}）{why}，实际于{target}公开，逾期{n}{unit}")
            }
            (Lang::En, true) => {
                format!("due by {due} ({rule}){why}; published on {target}, {n} {unit} late")
            }
        }
    }
}

impl FindingDetail for DeadlineOverdue {
    const CODE: &'static str = "deadline.overdue";
    const ABOUT: &'static str = "still unpublished after the due date";
    fn message(&self, lang: Lang) -> String {
        let d = &self.0;
        let (due, rule, why) = (d.end.end_at(), rule_phrase(d, lang), d.explanation(lang));
        let (n, unit, today) = (d.units, unit_name(d.end.period.unit, lang), d.today);
        match lang {
            Lang::ZhCn => {
                format!("最迟应于{due}公开（{rule}）{why}，截至{today}仍未公开，已逾期{n}{unit}")
            }
            Lang::En => format!(
                "due by {due} ({rule}){why}; still unpublished on {today}, {n} {unit} overdue"
            ),
        }
    }
}

impl FindingDetail for DeadlineNear {
    const CODE: &'static str = "deadline.near";
    const ABOUT: &'static str = "still unpublished and the due date is near";
    fn message(&self, lang: Lang) -> String {
        let d = &self.0;
        let (due, rule, why, n) = (
            d.end.end_at(),
            rule_phrase(d, lang),
            d.explanation(lang),
            d.units,
        );
        match lang {
            Lang::ZhCn => format!("最迟应于{due}公开（{rule}）{why}，还剩{n}个工作日"),
            Lang::En => format!("due by {due} ({rule}){why}; {n} working days left"),
        }
    }
}

impl FindingDetail for DeadlineTooShort {
    const CODE: &'static str = "deadline.too_short";
    const ABOUT: &'static str = "a minimum period cut short";
    fn message(&self, lang: Lang) -> String {
        let d = &self.0;
        let (due, rule, why) = (d.end.end_at(), rule_phrase(d, lang), d.explanation(lang));
        let (n, unit) = (d.units, unit_name(d.end.period.unit, lang));
        let target = d.target_date.map(|t| t.to_string()).unwrap_or_default();
        // An hour period ends at a moment, a day period with its day.
        let when = match d.end.end_time {
            Some(_) => "时间",
            None => "日",
        };
        let (zh_open, en_open) = match d.only_without_first_day {
            true => (
                "；开始的当日计入则已满期限，法律未明定是否计入，故仅作提示",
                "; counting the first day it is long enough, and the law does not say whether that day counts, so this is a warning",
            ),
            false => ("", ""),
        };
        let (zh_roll, en_roll) = match d.only_by_rest_day_roll {
            true => (
                "；按日顺数已满期限，仅因最后一日为休息日依民法典第二百零三条顺延而不足，该条是否延长最短公示期限法律未明定，故仅作提示",
                "; counted day by day it is long enough, short only because 民法典 Art 203 moves a last day off rest days, and the law does not say that this lengthens a minimum period, so this is a warning",
            ),
            false => ("", ""),
        };
        match lang {
            Lang::ZhCn => format!(
                "{}为{target}，早于法定最短期限届满{when}{due}（{rule}）{why}，少{n}{unit}{zh_open}{zh_roll}",
                d.target.name_zh()
            ),
            Lang::En => format!(
                "{} is {target}, before {due}, the earliest the law allows ({rule}){why}: {n} {unit} short{en_open}{en_roll}",
                d.target.name_en()
            ),
        }
    }
}

impl FindingDetail for DeadlineNotComputable {
    const CODE: &'static str = "deadline.calendar_not_covered";
    const ABOUT: &'static str = "a time limit in a year the calendar does not cover";
    fn message(&self, lang: Lang) -> String {
        let year = self.year;
        match lang {
            Lang::ZhCn => {
                format!("日历未载入{year}年的节假日安排，无法判断该时限（不按仅周末推算）")
            }
            Lang::En => format!(
                "the calendar does not cover {year}: this time limit cannot be judged \
                 (weekends alone are never assumed)"
            ),
        }
    }
}

impl Deadline {
    /// The day the period is counted from for an anchor event on `anchor_date`: that day, or
    /// the day before when the anchor day is the period's first ([`Deadline::start_day_counts`]).
    pub fn counted_from(&self, anchor_date: NaiveDate) -> NaiveDate {
        match self.start_day_counted() {
            true => anchor_date.pred_opt().unwrap_or(anchor_date),
            false => anchor_date,
        }
    }

    /// [`Deadline::start_day_counts`], for the units that have a first day.
    fn start_day_counted(&self) -> bool {
        self.start_day_counts && self.period.unit != PeriodUnit::Hour
    }

    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<DeadlineMissed>
            + Emit<DeadlineOverdue>
            + Emit<DeadlineNear>
            + Emit<DeadlineTooShort>
            + Emit<DeadlineNotComputable>
            + Emit<super::not_judged::NotJudged>,
    {
        let (record, env) = (cx.record, cx.env);
        let Deadline {
            direction,
            period,
            anchor,
            target,
            ..
        } = *self;
        // A withdrawn record is not judged on timeliness at all.
        if record.status == Status::Withdrawn {
            return;
        }
        let Some(anchor_date) = anchor.stated_in(record) else {
            super::not_judged::unstated(record, anchor.path(record), out);
            return;
        };
        // A period the record published before its first day (published on the 14th, the
        // publicity running from the 15th) has that day whole: 民法典 Art 201 leaves out the
        // day of the event that starts a period, and that event, the publication, fell on an
        // earlier day. Counted from the publication, the first day counted is at latest the
        // anchor day, so the anchor day counts, and only a shortfall on that reading is one. A
        // period that starts at a moment of its first day (a listing from 09:00) has no whole
        // first day, however early it was announced.
        let from_a_day = anchor_date.time().is_none();
        let whole_first_day = Deadline {
            start_day_counts: true,
            first_day_unsettled: false,
            ..*self
        };
        let published_before = |latest: bool| {
            self.first_day_unsettled
                && from_a_day
                && !self.start_day_counted()
                && record.published_on.is_some_and(|p| {
                    let day = if latest { p.last() } else { p.first() };
                    day < anchor_date.first()
                })
        };
        if published_before(true) {
            return whole_first_day.judge(cx, out);
        }
        let target_date = target.stated_in(record);
        if target_date.is_none() && super::not_judged::unstated(record, target.path(record), out) {
            return;
        }
        // Only a record formed and awaiting publication can be overdue; a draft never is, and
        // an event other than publication that has not happened yet is not this rule's to
        // chase.
        let awaiting = direction == Direction::Within
            && target == Anchor::Published
            && record.status == Status::Pending;
        if target_date.is_none() && !awaiting {
            return;
        }
        // Published in a month (or year) that may end before the anchor day or not: short
        // counting the anchor day is short either way; short only without it, the publication's
        // day decides, and the record does not state it.
        if published_before(false) {
            let short = |d: &Deadline| {
                matches!(
                    d.corner(env, &record.pauses, anchor_date, target_date, true),
                    Ok(Some((Outcome::TooShort, ..)))
                )
            };
            if short(&whole_first_day) {
                return whole_first_day.judge(cx, out);
            }
            if short(self)
                && let Some(p) = record.published_on
            {
                super::not_judged::unsettled(
                    [
                        (Anchor::Published.path(record), p),
                        (anchor.path(record), anchor_date),
                    ],
                    out,
                );
                return;
            }
        }
        let path = Cow::Borrowed(target.path(record));
        // A date known only to its month or year is judged at the two corners of what it may
        // be: a shortfall even at the corner kindest to the record is certain; none even at
        // the harshest one, certainly none; otherwise the day decides, and the record does not
        // state it. The due date moves with the anchor day, so the corners bound every day.
        // A period in hours is judged between moments the same way: a day without its time of
        // day may be any moment of it.
        let pauses = &record.pauses;
        let verdict = |kindest| self.corner(env, pauses, anchor_date, target_date, kindest);
        let settled = match period.unit {
            PeriodUnit::Hour => {
                anchor_date.time().is_some() && target_date.is_none_or(|t| t.time().is_some())
            }
            _ => anchor_date.exact().is_some() && target_date.is_none_or(|t| t.exact().is_some()),
        };
        let judged = verdict(true);
        // Near at the kindest corner may be overdue at another: near is certain only when the
        // harshest corner is near too.
        let near = |v: &Verdict| matches!(v, Ok(Some((Outcome::Near, ..))));
        if !settled && (near(&judged) || !matches!(judged, Ok(Some(_)))) {
            let harsh = verdict(false);
            if !(near(&judged) && near(&harsh)) {
                if !matches!(harsh, Ok(None)) {
                    super::not_judged::unsettled(
                        [
                            (anchor.path(record), anchor_date),
                            (target.path(record), target_date.unwrap_or(anchor_date)),
                        ],
                        out,
                    );
                }
                return;
            }
        }
        match judged {
            Ok(Some((outcome, units, end))) => {
                // Counting the anchor day, is the period long enough after all?
                let only_without_first_day = matches!(outcome, Outcome::TooShort)
                    && self.first_day_unsettled
                    && !self.start_day_counted()
                    && matches!(
                        Deadline {
                            start_day_counts: true,
                            first_day_unsettled: false,
                            ..*self
                        }
                        .corner(
                            env,
                            pauses,
                            anchor_date,
                            target_date,
                            true
                        ),
                        Ok(None)
                    );
                // Short only without the first day, which counts had the record been published
                // before it: a record that says it does not state when it was published leaves
                // that open.
                if only_without_first_day
                    && from_a_day
                    && record.published_on.is_none()
                    && super::not_judged::unstated(record, Anchor::Published.field(), out)
                {
                    return;
                }
                // Short only past the plain count's last day: the rest days that moved it.
                let only_by_rest_day_roll = matches!(outcome, Outcome::TooShort)
                    && direction == Direction::AtLeast
                    && end.rolled()
                    && target_date.is_some_and(|t| t.last() >= end.counted);
                let detail = Box::new(DeadlineDetail {
                    direction,
                    anchor,
                    target,
                    target_date,
                    end,
                    units,
                    today: env.today,
                    start_day_counted: self.start_day_counted(),
                    only_without_first_day,
                    only_by_rest_day_roll,
                });
                match outcome {
                    Outcome::Missed => out.emit(path, DeadlineMissed(detail)),
                    Outcome::Overdue => out.emit(path, DeadlineOverdue(detail)),
                    Outcome::Near => out.emit_as(Severity::Warning, path, DeadlineNear(detail)),
                    Outcome::TooShort if only_without_first_day || only_by_rest_day_roll => {
                        out.emit_as(Severity::Warning, path, DeadlineTooShort(detail))
                    }
                    Outcome::TooShort => out.emit(path, DeadlineTooShort(detail)),
                }
            }
            Ok(None) => {}
            // Published no later than the earliest day any calendar can end the period on: on
            // time, whatever the year's holidays turn out to be.
            Err(_)
                if direction == Direction::Within
                    && target_date.is_some_and(|t| {
                        let from = self.counted_from(anchor_date.first());
                        Some(t.last()) <= crate::deadline::earliest_end(from, period)
                    }) => {}
            Err(e) => {
                let year = match e {
                    crate::calendar::CalendarError::YearNotCovered { year } => year,
                    _ => anchor_date.first().year(),
                };
                out.emit_as(Severity::Warning, path, DeadlineNotComputable { year });
            }
        }
    }

    /// The verdict at the corner of what the stated dates may be that is kindest to the record
    /// (`kindest`), or the harshest: the latest anchor and earliest target for a due date, the
    /// other way round for a minimum duration; a month or a year at its first or last day, and
    /// for a period in hours a day without its time at its first moment or its end. The
    /// outcome, by how many units, and the period's end; `None` when the time limit is kept.
    ///
    /// In hours, the target is late when it comes after the moment N hours from the anchor's
    /// (民法典 Art 201 ¶2), too short when before it; `units` are hours, a part of an hour
    /// counted whole. A pending publication is overdue once `today`, a day, is after the day
    /// the period ends on, by the hours from that end to `today`'s start, and near on the
    /// calendar's working days while it covers them; nothing else reads the calendar.
    fn corner(
        &self,
        env: &super::Env<'_>,
        pauses: &[crate::deadline::Pause],
        anchor: StatedDate,
        target: Option<StatedDate>,
        kindest: bool,
    ) -> Verdict {
        let (cal, period) = (env.calendar, self.period);
        let hours = period.unit == PeriodUnit::Hour;
        // The latest anchor is kindest to a due date, harshest to a minimum duration; the
        // target is taken at its other end.
        let latest = kindest == (self.direction == Direction::Within);
        // A day, and for hours the seconds into it the moment lies at.
        let at = |d: StatedDate, end: bool| match end {
            true => (d.last(), d.secs().map_or(DAY, i64::from)),
            false => (d.first(), d.secs().map_or(0, i64::from)),
        };
        let (day, from) = at(anchor, latest);
        let target = target.map(|t| at(t, !latest));
        let end = crate::deadline::bounds(cal, self.counted_from(day), from, period, pauses)?;
        let due = end.end;
        let due_secs = end.end_time.map_or(0, i64::from);
        let after = |(d, s): (NaiveDate, i64)| (d - due).num_days() * DAY + s - due_secs;
        let in_hours = |secs: i64| (secs + HOUR - 1).div_euclid(HOUR);
        let units = |from: NaiveDate, to: NaiveDate| units_after(cal, from, to, period.unit);
        let outcome = match (self.direction, target) {
            (Direction::Within, None) if env.today <= due => {
                if hours && !(cal.covers(env.today) && cal.covers(due)) {
                    None
                } else {
                    let left = units_after(cal, env.today, due, PeriodUnit::Workday)?;
                    (left <= i64::from(env.near_workdays)).then_some((Outcome::Near, left))
                }
            }
            (Direction::Within, None) if hours => {
                Some((Outcome::Overdue, in_hours(after((env.today, 0)))))
            }
            (Direction::Within, None) => Some((Outcome::Overdue, units(due, env.today)?)),
            (Direction::Within, Some(t)) if hours && after(t) > 0 => {
                Some((Outcome::Missed, in_hours(after(t))))
            }
            (Direction::AtLeast, Some(t)) if hours && after(t) < 0 => {
                Some((Outcome::TooShort, in_hours(-after(t))))
            }
            (_, Some(_)) if hours => None,
            (Direction::Within, Some((t, _))) if t > due => Some((Outcome::Missed, units(due, t)?)),
            (Direction::AtLeast, Some((t, _))) if t < due => {
                Some((Outcome::TooShort, units(t, due)?))
            }
            _ => None,
        };
        match outcome {
            Some((outcome, units)) => {
                let mut end = end;
                end.start_time = anchor.secs().filter(|_| hours);
                end.fill_special_days(cal)?;
                Ok(Some((outcome, units, end)))
            }
            None => Ok(None),
        }
    }
}

/// The outcome of a time limit, by how many units, and the period's end; `None` when it is
/// kept.
type Verdict = Result<Option<(Outcome, i64, PeriodEnd)>, crate::calendar::CalendarError>;

enum Outcome {
    Missed,
    Overdue,
    Near,
    TooShort,
}

impl DeadlineDetail {
    /// The date of the anchor event.
    pub fn anchor_date(&self) -> NaiveDate {
        match self.start_day_counted {
            true => self.end.start.succ_opt().unwrap_or(self.end.start),
            false => self.end.start,
        }
    }

    /// The date of the anchor event as the explanation shows it: with its time of day for a
    /// period in hours whose anchor states one.
    pub fn anchor_at(&self) -> StatedDate {
        match self.start_day_counted {
            true => StatedDate::day(self.anchor_date()),
            false => self.end.start_at(),
        }
    }

    /// Why the end falls where it does — rest days rolled over, pauses, holidays and make-up
    /// days — as a parenthesis to append to a sentence; empty when nothing moved it. The same
    /// as [`PeriodEnd::explanation`] of [`DeadlineDetail::end`].
    pub fn explanation(&self, lang: Lang) -> String {
        self.end.explanation(lang)
    }
}

/// "自中标（成交）供应商确定之日（2024-09-27）起2个工作日内" and its English twin.
fn rule_phrase(d: &DeadlineDetail, lang: Lang) -> String {
    let p = d.end.period;
    let start = d.anchor_at();
    let (zh_day, en_day) = match d.start_day_counted {
        true => ("（含当日）", ", that day included"),
        false => ("", ""),
    };
    match (lang, d.direction) {
        (Lang::ZhCn, Direction::Within) => {
            format!("自{}（{start}）起{zh_day}{p}内", d.anchor.name_zh())
        }
        (Lang::ZhCn, Direction::AtLeast) => {
            format!("自{}（{start}）起{zh_day}不少于{p}", d.anchor.name_zh())
        }
        (Lang::En, Direction::Within) => format!(
            "within {} {} of {} ({start}{en_day})",
            p.n,
            p.unit.name_en(),
            d.anchor.name_en()
        ),
        (Lang::En, Direction::AtLeast) => format!(
            "at least {} {} from {} ({start}{en_day})",
            p.n,
            p.unit.name_en(),
            d.anchor.name_en()
        ),
    }
}
