//! Adding loaded data to what a calendar holds: the checks that need the whole picture.

use std::ops::RangeInclusive;

use chrono::Datelike;

use super::dates::is_weekend;
use super::day::{DayKind, Festival, Notice, SpecialDay};
use super::error::{CalendarError, Location};
use super::input::Input;

/// What a calendar holds once the input is added, for it to lay out.
pub(super) struct Merged {
    pub(super) notices: Vec<Notice>,
    pub(super) entries: Vec<SpecialDay>,
    /// The first and last covered years.
    pub(super) years: Option<(i32, i32)>,
}

/// A calendar's `notices`, special days (`entries`, by date) and covered `years` with `input`
/// added, or the first problem found.
pub(super) fn merge(
    notices: &[Notice],
    entries: &[SpecialDay],
    years: Option<RangeInclusive<i32>>,
    input: Input,
) -> Result<Merged, CalendarError> {
    let mut years: Vec<i32> = years.into_iter().flatten().collect();
    for declared in &input.years {
        if years.contains(&declared.year) {
            return Err(CalendarError::DuplicateYear {
                at: declared.at.clone(),
                year: declared.year,
            });
        }
        years.push(declared.year);
    }
    years.sort_unstable();
    if let Some(w) = years.windows(2).find(|w| w[1] != w[0] + 1) {
        return Err(CalendarError::YearGap { year: w[0] + 1 });
    }

    for declared in &input.years {
        if let Some(n) = declared
            .notices
            .iter()
            .find(|n| n.note.contains(char::is_control))
        {
            let (at, value) = (declared.at.clone(), n.note.clone());
            return Err(CalendarError::InvalidField {
                at,
                field: "note",
                value,
            });
        }
    }
    for (day, at) in &input.days {
        check_day(day, at)?;
    }
    // A sorted list searched by halves, not a HashSet (it spares the WebAssembly module a
    // hasher and a hash table) nor a list read through for each year (a caller's many years and
    // days would cost their product).
    let mut named: Vec<(i32, Festival)> = input
        .days
        .iter()
        .filter(|(d, _)| d.kind.is_national_holiday())
        .filter_map(|(d, _)| Some((d.notice_year(), d.festival?)))
        .collect();
    named.sort_unstable();
    for declared in &input.years {
        let year = declared.year;
        if let Some(&missing) = Festival::REQUIRED
            .iter()
            .find(|&&f| named.binary_search(&(year, f)).is_err())
        {
            return Err(CalendarError::YearIncomplete { year, missing });
        }
    }

    let mut days: Vec<(SpecialDay, Option<Location>)> =
        entries.iter().cloned().map(|d| (d, None)).collect();
    days.extend(input.days.into_iter().map(|(d, at)| (d, Some(at))));
    days.sort_by_key(|(d, _)| d.date);
    for w in days.windows(2) {
        let [(a, a_at), (b, b_at)] = w else { continue };
        // Days already in the calendar were checked when they came: a clash involves a new one.
        let Some(at) = b_at.as_ref().or(a_at.as_ref()).cloned() else {
            continue;
        };
        if a.date == b.date {
            let local = |d: &SpecialDay| d.kind == DayKind::LocalDayOff;
            return Err(if local(a) == local(b) {
                CalendarError::DuplicateDate { at, date: a.date }
            } else {
                CalendarError::LocalDayClash { at, date: a.date }
            });
        }
    }
    let covered = years.first().zip(years.last()).map(|(&a, &b)| (a, b));
    let is_covered = |year| covered.is_some_and(|(a, b)| (a..=b).contains(&year));
    for (day, at) in &days {
        if at.is_some() && day.kind == DayKind::LocalDayOff && !is_covered(day.date.year()) {
            return Err(CalendarError::YearNotCovered {
                year: day.date.year(),
            });
        }
    }

    let mut notices = notices.to_vec();
    notices.extend(input.years.into_iter().flat_map(|y| y.notices));
    notices.sort_by_key(|n| n.year);
    Ok(Merged {
        notices,
        entries: days.into_iter().map(|(d, _)| d).collect(),
        years: covered,
    })
}

/// The checks one day can pass or fail on its own, whatever its source.
fn check_day(day: &SpecialDay, at: &Location) -> Result<(), CalendarError> {
    let weekend = is_weekend(day.date);
    if day.kind == DayKind::LocalDayOff {
        if weekend {
            return Err(CalendarError::LocalDayClash {
                at: at.clone(),
                date: day.date,
            });
        }
        let name = day.local_name.as_deref().unwrap_or_default();
        // Names must survive a round trip through the one-line-per-day text format.
        if name.is_empty() || name != name.trim() || name.contains(char::is_control) {
            return Err(CalendarError::InvalidField {
                at: at.clone(),
                field: "name",
                value: name.to_owned(),
            });
        }
    } else if day.kind.falls_on_weekend() != weekend {
        return Err(CalendarError::KindContradictsWeekday {
            at: at.clone(),
            date: day.date,
            kind: day.kind,
        });
    }
    Ok(())
}
