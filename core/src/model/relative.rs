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

use chrono::NaiveDate;

use super::record::{DisclosureRecord, RelativeEvent};
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
        let day = r
            .from
            .date_in(record)
            .and_then(|from| counted(cal, from, r));
        let pointer = format!("/events/{}", r.event);
        match (day, out.events.slot_mut(&r.event)) {
            (Some(day), Some(slot)) => *slot = Some(StatedDate::day(day)),
            _ => {
                if !out.does_not_state(&pointer) {
                    out.not_stated.push(pointer);
                }
            }
        }
    }
    Some(out)
}

/// The day `r.period` after `from` ends on, if `cal` can count it.
fn counted(cal: &Calendar, from: NaiveDate, r: &RelativeEvent) -> Option<NaiveDate> {
    let start = match r.start_day_counts {
        true => from.pred_opt()?,
        false => from,
    };
    crate::deadline::period_bounds(cal, start, r.period, &[])
        .ok()
        .map(|end| end.end)
}
