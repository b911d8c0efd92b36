//! The deadline engine: when a period ends, under the law's own counting rules.
//!
//! Counting follows 民法典 Arts 201–203 unless the rule's law says otherwise
//! (docs/legal-basis.md#counting):
//!
//! - the start day is not counted (Art 201: 开始的当日不计入，自下一日开始计算);
//! - a period in months ends on the corresponding day of the last month, or on that month's
//!   last day when it has none (Art 202: 31 January plus one month is 28 or 29 February);
//! - a period in 日 or 月 whose last day is a 法定休假日 — a weekend or holiday day, but not a
//!   make-up workday, which is a day of work — ends on the first day after the rest days
//!   (Art 203; 财政部令第87号 Art 85 says the same for procurement);
//! - 工作日 are the days the official calendar marks as working, make-up Saturdays and Sundays
//!   included (行政许可法 Art 82; 国资发产权〔2009〕120号 Art 18: 以政府相关部门公告的实际工作日为准);
//! - a period in 小时 runs from the moment itself (Art 201 ¶2: 按照小时计算期间的，自法律规定
//!   或者当事人约定的时间开始计算) and ends N hours later, to the minute. It is not rolled: Art
//!   203 moves a period's last *day* (期间的最后一日) off a rest day, and an hour period ends at
//!   a moment, not at the end of a day. That reading of Art 203 is ours, not a text that says
//!   so. The calendar plays no part in it, so an hour period is judged in any year. From a day
//!   stated without its time, [`period_end`] counts from the day's end, the latest it can start.
//!
//! A clock pause (a suspension for an objection or a correction) extends the period by the
//! paused span, counted in the period's unit (whole days of 24 hours for hours). A year the
//! calendar does not cover is never guessed: the computation fails with
//! [`CalendarError::YearNotCovered`].

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::{Calendar, CalendarError, SpecialDay};
use crate::date::StatedDate;
use crate::lang::Lang;
use crate::{Period, PeriodUnit};

/// A span during which a period's clock stops (暂停), both ends included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pause {
    /// First paused day.
    #[serde(deserialize_with = "crate::date::de")]
    pub from: NaiveDate,
    /// Last paused day.
    #[serde(deserialize_with = "crate::date::de")]
    pub to: NaiveDate,
    /// Why (an objection, a complaint, a correction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// The end of a period, and why it falls where it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodEnd {
    /// The day the period counts from (not itself counted).
    pub start: NaiveDate,
    /// The period.
    pub period: Period,
    /// The last day of the period by plain counting, before rolling out of rest days.
    pub counted: NaiveDate,
    /// The last day of the period: the due date of a "within" rule, the earliest allowed end of
    /// an "at least" rule.
    pub end: NaiveDate,
    /// Units added for clock pauses.
    pub paused: u32,
    /// Holidays and make-up workdays between the start and the end: the days that moved it.
    /// None for a period in hours, which no day moves.
    pub special_days: Vec<SpecialDay>,
    /// For a period in hours, the time of day of `start` when the anchor states it, in seconds
    /// after midnight ([`PeriodEnd::start_at`]).
    pub(crate) start_time: Option<u32>,
    /// For a period in hours, the time of day of `counted` and `end`, in seconds after
    /// midnight: the period ends at that moment ([`PeriodEnd::end_at`]). `None` for the other
    /// units, which end with their last day.
    pub(crate) end_time: Option<u32>,
}

impl PeriodEnd {
    /// True when the end was moved forward out of rest days (民法典 Art 203).
    pub fn rolled(&self) -> bool {
        self.end != self.counted
    }

    /// The start as a date to show: the day, at its time when an hour period's anchor states one.
    pub fn start_at(&self) -> StatedDate {
        StatedDate::day_at(self.start, self.start_time)
    }

    /// The end by plain counting as a date to show: the day, at its moment for hours.
    pub fn counted_at(&self) -> StatedDate {
        StatedDate::day_at(self.counted, self.end_time)
    }

    /// The end as a date to show: the day, at its moment for hours ("2025-05-29 20:20").
    pub fn end_at(&self) -> StatedDate {
        StatedDate::day_at(self.end, self.end_time)
    }
}

/// Seconds in a day and in an hour.
pub(crate) const DAY: i64 = 86_400;
pub(crate) const HOUR: i64 = 3_600;

impl PeriodEnd {
    /// Why the end falls where it does — rest days rolled over, pauses, holidays and make-up
    /// days — as a parenthesis to append to a sentence; empty when nothing moved it.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Context, Engine, Lang};
    /// let engine = Engine::national();
    /// // A result formed the Friday before National Day 2024, published after the holiday.
    /// let report = engine.validate_json(r#"{"id":"1","domain":"governmentProcurement",
    ///   "item":"procurementResult","title":"结果公告","responsibleBody":{"name":"某局"},
    ///   "formedOn":"2024-09-27","publishedOn":"2024-10-08","status":"published",
    ///   "channels":["ccgp"],"content":{},"events":{"awardedOn":"2024-09-27"}}"#,
    ///   &Context::new("2024-10-10".parse().unwrap()))?;
    /// let missed = report.findings.iter().find(|f| f.code().as_str() == "deadline.missed").unwrap();
    /// let why = missed.detail().deadline().unwrap().end.explanation(Lang::ZhCn);
    /// assert!(why.contains("国庆节"));
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn explanation(&self, lang: Lang) -> String {
        let zh = lang == Lang::ZhCn;
        let mut parts: Vec<String> = Vec::new();
        for (first, last, day) in day_runs(&self.special_days) {
            let name = if zh { day.name_zh() } else { day.name_en() }.unwrap_or("");
            let kind = match (day.kind.is_workday(), zh) {
                (true, true) => "调休上班",
                (true, false) => "make-up working day",
                (false, true) => "放假",
                (false, false) => "day off",
            };
            let span = if first == last {
                first.to_string()
            } else {
                format!("{first}–{last}")
            };
            parts.push(if zh {
                format!("{span}{name}{kind}")
            } else {
                format!("{span} {name} {kind}")
            });
        }
        let end = self;
        if end.paused > 0 {
            let unit = unit_name(end.period.unit, lang);
            parts.push(if zh {
                format!("暂停计时顺延{}{unit}", end.paused)
            } else {
                format!("extended by {} {unit} paused", end.paused)
            });
        }
        if end.rolled() {
            parts.push(if zh {
                format!(
                    "期满日{}为法定休假日，顺延至{}（民法典第二百零三条）",
                    end.counted, end.end
                )
            } else {
                format!(
                    "{} is a rest day, so the period ends on {} (Civil Code Art 203)",
                    end.counted, end.end
                )
            });
        }
        match (parts.is_empty(), zh) {
            (true, _) => String::new(),
            (false, true) => format!("（其间：{}）", parts.join("；")),
            (false, false) => format!(" ({})", parts.join("; ")),
        }
    }
}

/// A month-based period's shortfall is counted in calendar days.
pub(crate) fn unit_name(unit: PeriodUnit, lang: Lang) -> &'static str {
    match (lang, unit) {
        (Lang::ZhCn, PeriodUnit::Month | PeriodUnit::Year) => "日",
        (Lang::ZhCn, u) => u.name_zh(),
        (Lang::En, PeriodUnit::Month | PeriodUnit::Year) => "days",
        (Lang::En, u) => u.name_en(),
    }
}

/// Consecutive special days of the same kind and festival, as (first, last, day).
fn day_runs(days: &[SpecialDay]) -> Vec<(NaiveDate, NaiveDate, &SpecialDay)> {
    let mut runs: Vec<(NaiveDate, NaiveDate, &SpecialDay)> = Vec::new();
    for day in days {
        match runs.last_mut() {
            Some((_, last, first_day))
                if last.succ_opt() == Some(day.date)
                    && first_day.kind.is_workday() == day.kind.is_workday()
                    && first_day.name_zh() == day.name_zh() =>
            {
                *last = day.date;
            }
            _ => runs.push((day.date, day.date, day)),
        }
    }
    runs
}

/// The earliest day a period from `start` can end on in any calendar: N days and N working days
/// end no earlier than N days later (each working day is a day, and a rest day at the end only
/// defers it), N months no earlier than the corresponding day (民法典 Art 202). Pauses only
/// defer it. A publication on or before it is on time even in a year the calendar does not
/// hold yet. N hours from any moment of `start` end no earlier than the day N hours after its
/// first moment; an hour period never needs the calendar, so the judgement does not rely on
/// this bound for it.
///
/// # Example
/// ```
/// use gongkai::period::{Period, PeriodUnit};
/// let start = chrono::NaiveDate::from_ymd_opt(2027, 9, 30).unwrap();
/// let two = Period { n: 2, unit: PeriodUnit::Workday };
/// // National Day may well fall in between; two working days still end no earlier than 10-02.
/// assert_eq!(gongkai::deadline::earliest_end(start, two), chrono::NaiveDate::from_ymd_opt(2027, 10, 2));
/// ```
pub fn earliest_end(start: NaiveDate, period: Period) -> Option<NaiveDate> {
    match period.unit {
        PeriodUnit::Day | PeriodUnit::Workday => {
            start.checked_add_days(chrono::Days::new(u64::from(period.n)))
        }
        PeriodUnit::Month => start.checked_add_months(chrono::Months::new(period.n)),
        PeriodUnit::Year => {
            start.checked_add_months(chrono::Months::new(period.n.checked_mul(12)?))
        }
        PeriodUnit::Hour => start.checked_add_days(chrono::Days::new(u64::from(period.n / 24))),
    }
}

/// Computes the last day of `period` counted from `start`, extended by `pauses`.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use gongkai::{Period, PeriodUnit, calendar::Calendar, deadline::period_end};
///
/// let cal = Calendar::official();
/// let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
/// // Within 2 working days of 27 September 2024: Sunday 29 September is a make-up workday.
/// let two_wd = Period { n: 2, unit: PeriodUnit::Workday };
/// assert_eq!(period_end(&cal, d(2024, 9, 27), two_wd, &[])?.end, d(2024, 9, 30));
/// // 3 日 from 28 September 2024 end on 1 October, a holiday: rolled to 8 October.
/// let three_days = Period { n: 3, unit: PeriodUnit::Day };
/// assert_eq!(period_end(&cal, d(2024, 9, 28), three_days, &[])?.end, d(2024, 10, 8));
/// // 31 January plus one month is the month's last day.
/// let month = Period { n: 1, unit: PeriodUnit::Month };
/// assert_eq!(period_end(&cal, d(2024, 1, 31), month, &[])?.counted, d(2024, 2, 29));
/// # Ok::<(), gongkai::calendar::CalendarError>(())
/// ```
///
/// # Errors
/// [`CalendarError::YearNotCovered`] when a day the computation needs lies in a year the
/// calendar does not cover.
pub fn period_end(
    cal: &Calendar,
    start: NaiveDate,
    period: Period,
    pauses: &[Pause],
) -> Result<PeriodEnd, CalendarError> {
    let mut end = period_bounds(cal, start, period, pauses)?;
    end.fill_special_days(cal)?;
    Ok(end)
}

impl PeriodEnd {
    /// Lists the special days between the start and the end: only a finding needs them, so the
    /// rule loop computes them only when it reports one.
    pub(crate) fn fill_special_days(&mut self, cal: &Calendar) -> Result<(), CalendarError> {
        let first = self.start.succ_opt().unwrap_or(self.start);
        self.special_days = if first <= self.end && self.period.unit != PeriodUnit::Hour {
            cal.special_days(first, self.end)?.to_vec()
        } else {
            Vec::new()
        };
        Ok(())
    }
}

/// [`period_end`] without the special days.
pub(crate) fn period_bounds(
    cal: &Calendar,
    start: NaiveDate,
    period: Period,
    pauses: &[Pause],
) -> Result<PeriodEnd, CalendarError> {
    bounds(cal, start, DAY, period, pauses)
}

/// [`period_bounds`], and for a period in hours from `from` seconds into `start`: its time of
/// day, or without one 0 (its first moment) or 86,400 (its end, the latest it can start, as
/// Art 201 ¶1 counts a day period from the next day). An hour period is N hours and its pauses'
/// days, 24 hours each: no calendar is read and nothing is rolled. As for days, a pause counts
/// from the day after the start: stated by its days, one on the start day may lie before the
/// moment the period runs from.
pub(crate) fn bounds(
    cal: &Calendar,
    start: NaiveDate,
    from: i64,
    period: Period,
    pauses: &[Pause],
) -> Result<PeriodEnd, CalendarError> {
    let hours = from + i64::from(period.n) * HOUR;
    let plain = |extra: u32| -> Result<NaiveDate, CalendarError> {
        match period.unit {
            PeriodUnit::Workday => {
                let n =
                    i32::try_from(period.n.saturating_add(extra)).map_err(|_| out_of_range())?;
                cal.add_workdays(start, n)
            }
            PeriodUnit::Day => start
                .checked_add_days(Days::new(u64::from(period.n) + u64::from(extra)))
                .ok_or_else(out_of_range),
            PeriodUnit::Month => start
                .checked_add_months(Months::new(period.n))
                .and_then(|d| d.checked_add_days(Days::new(u64::from(extra))))
                .ok_or_else(out_of_range),
            PeriodUnit::Year => period
                .n
                .checked_mul(12)
                .and_then(|m| start.checked_add_months(Months::new(m)))
                .and_then(|d| d.checked_add_days(Days::new(u64::from(extra))))
                .ok_or_else(out_of_range),
            PeriodUnit::Hour => u64::try_from(hours.div_euclid(DAY))
                .ok()
                .and_then(|d| start.checked_add_days(Days::new(d + u64::from(extra))))
                .ok_or_else(out_of_range),
        }
    };
    // Each pause that begins before the (extended) end pushes the end by its length; pauses are
    // few, so recomputing per pause is cheap and handles pauses that the extension reaches.
    let mut sorted: Vec<&Pause> = pauses.iter().filter(|p| p.from <= p.to).collect();
    sorted.sort_by_key(|p| p.from);
    let mut extra = 0u32;
    let mut counted = plain(0)?;
    for p in sorted {
        let from = p.from.max(start.succ_opt().unwrap_or(start));
        if from > counted || p.to < from {
            continue;
        }
        let len = match period.unit {
            PeriodUnit::Workday => {
                let prev = from.pred_opt().unwrap_or(from);
                u32::try_from(cal.workdays_between(prev, p.to)?).unwrap_or(0)
            }
            _ => u32::try_from((p.to - from).num_days() + 1).unwrap_or(0),
        };
        extra = extra.saturating_add(len);
        counted = plain(extra)?;
    }
    let end = match period.unit {
        PeriodUnit::Day | PeriodUnit::Month | PeriodUnit::Year if !cal.is_workday(counted)? => {
            cal.next_workday(counted)?
        }
        _ => counted,
    };
    let (paused, end_time) = match period.unit {
        PeriodUnit::Hour => (extra.saturating_mul(24), Some(hours.rem_euclid(DAY) as u32)),
        _ => (extra, None),
    };
    Ok(PeriodEnd {
        start,
        period,
        counted,
        end,
        paused,
        special_days: Vec::new(),
        start_time: None,
        end_time,
    })
}

fn out_of_range() -> CalendarError {
    CalendarError::YearNotCovered {
        year: NaiveDate::MAX.year(),
    }
}

/// How far `date` lies after `end`, in the period's unit: working days for 工作日 periods,
/// calendar days otherwise. Negative when `date` is before `end`.
///
/// # Errors
/// [`CalendarError::YearNotCovered`] for working days outside the calendar.
pub fn units_after(
    cal: &Calendar,
    end: NaiveDate,
    date: NaiveDate,
    unit: PeriodUnit,
) -> Result<i64, CalendarError> {
    match unit {
        PeriodUnit::Workday => Ok(i64::from(cal.workdays_between(end, date)?)),
        _ => Ok((date - end).num_days()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn p(n: u32, unit: PeriodUnit) -> Period {
        Period { n, unit }
    }

    #[test]
    fn minfadian_201_start_day_not_counted() {
        let cal = Calendar::official();
        // 3 日 from Monday 2024-03-04 end Thursday 03-07, not Wednesday.
        let end = period_end(&cal, d(2024, 3, 4), p(3, PeriodUnit::Day), &[]).unwrap();
        assert_eq!(end.end, d(2024, 3, 7));
        assert!(!end.rolled());
    }

    #[test]
    fn minfadian_202_month_end_when_no_corresponding_day() {
        let cal = Calendar::official();
        let end = period_end(&cal, d(2025, 1, 31), p(1, PeriodUnit::Month), &[]).unwrap();
        assert_eq!(end.counted, d(2025, 2, 28));
        assert_eq!(end.end, d(2025, 2, 28));
        let end = period_end(&cal, d(2024, 8, 31), p(6, PeriodUnit::Month), &[]).unwrap();
        assert_eq!(end.counted, d(2025, 2, 28));
    }

    #[test]
    fn minfadian_202_years_are_twelve_months() {
        let cal = Calendar::official();
        // 1 年 from 2024-02-29: the corresponding day is missing, so the month's last day.
        let end = period_end(&cal, d(2024, 2, 29), p(1, PeriodUnit::Year), &[]).unwrap();
        assert_eq!(end.counted, d(2025, 2, 28));
        assert_eq!(
            earliest_end(d(2024, 2, 29), p(1, PeriodUnit::Year)),
            Some(d(2025, 2, 28))
        );
        // 1 年 from Monday 2024-06-03 ends Tuesday 2025-06-03, a working day: not rolled.
        let end = period_end(&cal, d(2024, 6, 3), p(1, PeriodUnit::Year), &[]).unwrap();
        assert_eq!(end.counted, d(2025, 6, 3));
        assert!(!end.rolled());
        assert_eq!(
            earliest_end(d(2024, 1, 1), p(u32::MAX, PeriodUnit::Year)),
            None
        );
    }

    #[test]
    fn minfadian_203_last_day_on_rest_day_rolls_past_the_holiday() {
        let cal = Calendar::official();
        // 5 日 from 2024-09-26 end on Tuesday 1 October: rolled to Tuesday 8 October.
        let end = period_end(&cal, d(2024, 9, 26), p(5, PeriodUnit::Day), &[]).unwrap();
        assert_eq!(end.counted, d(2024, 10, 1));
        assert_eq!(end.end, d(2024, 10, 8));
        // A last day on an ordinary Saturday rolls to Monday.
        let end = period_end(&cal, d(2024, 3, 6), p(3, PeriodUnit::Day), &[]).unwrap();
        assert_eq!(end.end, d(2024, 3, 11));
    }

    #[test]
    fn minfadian_203_make_up_workday_is_not_a_rest_day() {
        let cal = Calendar::official();
        // 3 日 from Thursday 2024-09-26 end on Sunday 09-29, a make-up workday: no roll.
        let end = period_end(&cal, d(2024, 9, 26), p(3, PeriodUnit::Day), &[]).unwrap();
        assert_eq!(end.end, d(2024, 9, 29));
        assert!(!end.rolled());
    }

    #[test]
    fn xingzheng_xuke_82_workdays_skip_holidays_and_count_make_up_days() {
        let cal = Calendar::official();
        let end = period_end(&cal, d(2024, 9, 27), p(2, PeriodUnit::Workday), &[]).unwrap();
        assert_eq!(end.end, d(2024, 9, 30));
        assert_eq!(end.special_days.len(), 1);
        assert!(end.special_days[0].kind.is_workday());
    }

    #[test]
    fn pauses_extend_by_the_paused_span_in_the_periods_unit() {
        let cal = Calendar::official();
        let pause = Pause {
            from: d(2024, 6, 4),
            to: d(2024, 6, 9), // Tue..Sun: 4 working days, 6 calendar days
            reason: None,
        };
        let wd = period_end(
            &cal,
            d(2024, 6, 3),
            p(2, PeriodUnit::Workday),
            std::slice::from_ref(&pause),
        );
        // After the pause: Monday 10 June is the Dragon Boat Festival, so 11 and 12 June.
        assert_eq!(wd.unwrap().end, d(2024, 6, 12));
        let days = period_end(
            &cal,
            d(2024, 6, 3),
            p(2, PeriodUnit::Day),
            std::slice::from_ref(&pause),
        );
        let days = days.unwrap();
        assert_eq!(days.paused, 6);
        assert_eq!(days.end, d(2024, 6, 11));
        // A pause after the end changes nothing.
        let late = Pause {
            from: d(2024, 7, 1),
            to: d(2024, 7, 5),
            reason: None,
        };
        let end = period_end(&cal, d(2024, 6, 3), p(2, PeriodUnit::Workday), &[late]).unwrap();
        assert_eq!(end.end, d(2024, 6, 5));
    }

    /// The end of `n` hours from `from` seconds into `start`, with `pauses`.
    fn hours(start: NaiveDate, from: i64, n: u32, pauses: &[Pause]) -> PeriodEnd {
        bounds(
            &Calendar::official(),
            start,
            from,
            p(n, PeriodUnit::Hour),
            pauses,
        )
        .unwrap()
    }

    /// 20:20 in seconds.
    const AT_20_20: i64 = 20 * 3600 + 20 * 60;

    /// 民法典 Art 201 ¶2: hours run from the moment; 48 hours from 2025-05-27 20:20 end at
    /// 2025-05-29 20:20, and an end on a rest day is not rolled (Art 203 moves a last day).
    #[test]
    fn minfadian_201_2_hours_run_from_the_moment_and_are_not_rolled() {
        let end = hours(d(2025, 5, 27), AT_20_20, 48, &[]);
        assert_eq!(end.end_at().to_string(), "2025-05-29 20:20");
        assert!(!end.rolled());
        // Saturday 2025-05-31, the first day of the Dragon Boat Festival.
        let end = hours(d(2025, 5, 30), 9 * 3600, 24, &[]);
        assert_eq!(end.end_at().to_string(), "2025-05-31 09:00");
        // Five hours from 20:20 cross midnight.
        let end = hours(d(2025, 5, 27), AT_20_20, 5, &[]);
        assert_eq!(end.end_at().to_string(), "2025-05-28 01:20");
    }

    /// From a day without its time, its end or its first moment; `period_end` counts from its
    /// end, and needs no calendar.
    #[test]
    fn minfadian_201_2_a_day_without_its_time_starts_at_either_end() {
        let latest = hours(d(2025, 5, 27), 86_400, 12, &[]);
        assert_eq!(latest.end_at().to_string(), "2025-05-28 12:00");
        assert_eq!(latest.start_at().to_string(), "2025-05-27");
        let first = hours(d(2025, 5, 27), 0, 12, &[]);
        assert_eq!(first.end_at().to_string(), "2025-05-27 12:00");
        let cal = Calendar::official();
        let end = period_end(&cal, d(2031, 9, 30), p(12, PeriodUnit::Hour), &[]).unwrap();
        assert_eq!(end.end_at().to_string(), "2031-10-01 12:00");
        assert!(end.special_days.is_empty());
        let bound = |n| earliest_end(d(2031, 9, 30), p(n, PeriodUnit::Hour));
        assert_eq!(bound(12), Some(d(2031, 9, 30)));
        assert_eq!(bound(48), Some(d(2031, 10, 2)));
    }

    /// A pause stated in days adds its whole days, 24 hours each, when it begins after the start
    /// day and no later than the end day; one after the end adds nothing.
    #[test]
    fn minfadian_201_2_pauses_add_whole_days_of_hours() {
        let pause = |from, to| Pause {
            from,
            to,
            reason: None,
        };
        let two = [pause(d(2025, 5, 28), d(2025, 5, 29))];
        let end = hours(d(2025, 5, 27), AT_20_20, 24, &two);
        assert_eq!(end.paused, 48);
        assert_eq!(end.end_at().to_string(), "2025-05-30 20:20");
        let after = [pause(d(2025, 5, 29), d(2025, 5, 29))];
        assert_eq!(hours(d(2025, 5, 27), AT_20_20, 24, &after).paused, 0);
    }

    #[test]
    fn uncovered_years_are_errors_not_guesses() {
        let cal = Calendar::official();
        let err = period_end(&cal, d(2026, 12, 28), p(5, PeriodUnit::Workday), &[]).unwrap_err();
        assert_eq!(err, CalendarError::YearNotCovered { year: 2027 });
        let err = period_end(&cal, d(2026, 12, 30), p(3, PeriodUnit::Day), &[]).unwrap_err();
        assert_eq!(err, CalendarError::YearNotCovered { year: 2027 });
    }
}
