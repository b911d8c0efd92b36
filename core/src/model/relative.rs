//! Event dates a notice states as a period from another event (期间的相对表述): "公示期自发布之日起
//! 5个工作日" gives the day the publicity ends as 5 working days after publication. The record says
//! so in `relativeEvents`; the engine counts the day on its calendar before judging, so the rules
//! that need the end of the publicity judge it, and a day it cannot count (its anchor not stated,
//! a year the calendar does not hold) is not stated, and they say so.
//!
//! # Example
//! ```
//! let record = gongkai::DisclosureRecord::from_json(r#"{"id":"1","domain":"governmentProcurement",
//!   "item":"singleSourcePublicity","title":"t","responsibleBody":{"name":"b"},
//!   "formedOn":"2024-06-04","publishedOn":"2024-06-05","status":"published",
//!   "relativeEvents":[{"event":"publicityEndOn","from":"published","period":{"n":5,"unit":"workday"}}]}"#)?;
//! assert_eq!(record.relative_events[0].event, "publicityEndOn");
//! # Ok::<(), gongkai::Error>(())
//! ```

use super::record::{DisclosureRecord, RelativeEvent};
use crate::PeriodUnit;
use crate::calendar::Calendar;
use crate::date::StatedDate;

/// `record` with each relative event's date counted on `cal`; one whose day cannot be counted
/// is listed in `notStated`. `None` when the record has none.
pub(crate) fn resolved(record: &DisclosureRecord, cal: &Calendar) -> Option<DisclosureRecord> {
    if record.relative_events.is_empty() {
        return None;
    }
    let mut out = record.clone();
    for r in &record.relative_events {
        let date = r
            .from
            .stated_in(record)
            .and_then(|from| counted(cal, from, r));
        let pointer = format!("/events/{}", r.event);
        match (date, out.events.slot_mut(&r.event)) {
            (Some(date), Some(slot)) => *slot = Some(date),
            _ => {
                if !out.does_not_state(&pointer) {
                    out.not_stated.push(pointer);
                }
            }
        }
    }
    Some(out)
}

/// The date `r.period` after `from` ends on, if `cal` can count it and `from` settles it.
///
/// A period in hours runs from the moment (民法典 Art 201 ¶2), without the calendar: from a
/// stated time it ends at a moment ("2025-05-27 20:20" and 72 hours: "2025-05-30 20:20"). From
/// a day without its time, any moment of that day, N hours end at some moment of one day when
/// N is a whole number of days (72 hours from 2025-05-27: 2025-05-30, a day without its time),
/// and otherwise of one of two days, which no stated date can say: not stated.
fn counted(cal: &Calendar, from: StatedDate, r: &RelativeEvent) -> Option<StatedDate> {
    let day = from.exact()?;
    let (hours, secs) = (r.period.unit == PeriodUnit::Hour, from.secs());
    if hours && secs.is_none() && r.period.n % 24 != 0 {
        return None;
    }
    let start = match r.start_day_counts && !hours {
        true => day.pred_opt()?,
        false => day,
    };
    let end = crate::deadline::bounds(cal, start, secs.map_or(0, i64::from), r.period, &[]).ok()?;
    // From a day without its time, whole days of hours end at any moment of a day.
    Some(StatedDate::day_at(end.end, secs.and(end.end_time)))
}
