//! The text format: reading it, and writing a calendar back out in it.
//!
//! The grammar is documented in the [module docs](super#the-text-format).

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};

use super::Calendar;
use super::day::{DayKind, Festival, Notice, SpecialDay};
use super::error::{CalendarError, Location};
use super::merge::{DeclaredYear, Input};

const UNVERIFIED: &str = "unverified";

/// Reads a calendar text into days and declared years, checking each line on its own; the
/// checks that need the whole picture are in [`Calendar::merge`].
pub(super) fn parse(text: &str) -> Result<Input, CalendarError> {
    let lines = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()));
    // Either every day belongs to a `# year` section, or years come from the dates alone.
    let sectioned = lines.clone().any(|(_, line)| directive(line).is_some());
    let mut input = Input::default();
    for (n, line) in lines {
        let at = Location::Line(n);
        if let Some(rest) = directive(line) {
            let (year, notice) = parse_directive(rest, &at)?;
            // A second line for the open year adds an amending notice; any other repeat is an error.
            if input.years.last().is_none_or(|open| open.year != year) {
                if input.years.iter().any(|y| y.year == year) {
                    return Err(CalendarError::DuplicateYear { at, year });
                }
                input.years.push(DeclaredYear {
                    year,
                    notices: Vec::new(),
                    at,
                });
            }
            if let Some(open) = input.years.last_mut() {
                open.notices.extend(notice);
            }
        } else if !line.is_empty() && !line.starts_with('#') {
            let day = parse_day(line, &at)?;
            if sectioned {
                let Some(open) = input.years.last() else {
                    return Err(CalendarError::MissingField {
                        at,
                        field: "`# year` line before the first date",
                    });
                };
                if day.notice_year() != open.year {
                    return Err(CalendarError::DateOutsideYear {
                        at,
                        date: day.date,
                        year: open.year,
                    });
                }
            }
            input.days.push((day, at));
        }
    }
    if !sectioned {
        // Local days off are layered on years declared elsewhere; they declare none.
        for (day, at) in input
            .days
            .iter()
            .filter(|(d, _)| d.kind != DayKind::LocalDayOff)
        {
            let year = day.notice_year();
            if !input.years.iter().any(|y| y.year == year) {
                input.years.push(DeclaredYear {
                    year,
                    notices: Vec::new(),
                    at: at.clone(),
                });
            }
        }
    }
    Ok(input)
}

/// The rest of a `# year` line, or `None` for any other line.
fn directive(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('#')?.trim_start().strip_prefix("year")?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then(|| rest.trim())
}

fn parse_directive(rest: &str, at: &Location) -> Result<(i32, Option<Notice>), CalendarError> {
    let (word, rest) = split_word(rest);
    let year = word
        .parse()
        .ok()
        .and_then(valid_year)
        .ok_or_else(|| invalid(at, "year", word))?;
    if rest.is_empty() {
        return Ok((year, None));
    }
    let (keyword, rest) = split_word(rest);
    if keyword != "notice" {
        return Err(invalid(at, "`# year` keyword", keyword));
    }
    let (number, note) = split_word(rest);
    if number.is_empty() {
        return Err(CalendarError::MissingField {
            at: at.clone(),
            field: "notice number",
        });
    }
    let number = (number != UNVERIFIED).then(|| number.to_owned());
    Ok((
        year,
        Some(Notice {
            year,
            number,
            note: note.to_owned(),
        }),
    ))
}

fn parse_day(line: &str, at: &Location) -> Result<SpecialDay, CalendarError> {
    let (word, rest) = split_word(line);
    let date = parse_date(word).ok_or_else(|| CalendarError::InvalidDate {
        at: at.clone(),
        text: word.to_owned(),
    })?;
    let (day_type, rest) = split_word(rest);
    let (kind, festival, local_name) = match day_type {
        "holiday" => {
            let (name, kind) = match rest.split_once('|') {
                Some((name, kind)) => (name.trim(), Some(kind.trim())),
                None => (rest, None),
            };
            let kind = match kind {
                None if is_weekend(date) => DayKind::WeekendInBlock,
                None => DayKind::UnclassifiedHoliday,
                Some(token) => DayKind::HOLIDAY_TOKENS
                    .iter()
                    .find(|(_, t)| *t == token)
                    .map(|&(kind, _)| kind)
                    .ok_or_else(|| invalid(at, "holiday kind", token))?,
            };
            (kind, Some(festival(name, at)?), None)
        }
        "workday" => {
            let festival = if rest.is_empty() {
                None
            } else {
                Some(festival(rest, at)?)
            };
            (DayKind::MakeupWorkday, festival, None)
        }
        "local" => {
            if rest.is_empty() {
                return Err(CalendarError::MissingField {
                    at: at.clone(),
                    field: "name",
                });
            }
            (DayKind::LocalDayOff, None, Some(rest.to_owned()))
        }
        "" => {
            return Err(CalendarError::MissingField {
                at: at.clone(),
                field: "day type",
            });
        }
        other => return Err(invalid(at, "day type", other)),
    };
    Ok(SpecialDay {
        date,
        kind,
        festival,
        local_name,
    })
}

fn festival(name: &str, at: &Location) -> Result<Festival, CalendarError> {
    if name.is_empty() {
        return Err(CalendarError::MissingField {
            at: at.clone(),
            field: "festival",
        });
    }
    Festival::from_name(name).ok_or_else(|| CalendarError::UnknownFestival {
        at: at.clone(),
        name: name.to_owned(),
    })
}

/// Writes the calendar in the text format, one section per covered year.
pub(super) fn render(cal: &Calendar) -> String {
    let mut out = String::from("# gongkai working-day calendar (format: gongkai::calendar docs)\n");
    // `write!` to a String cannot fail.
    for year in cal.years().into_iter().flatten() {
        out.push('\n');
        let mut notices = cal.notices().iter().filter(|n| n.year == year).peekable();
        if notices.peek().is_none() {
            let _ = writeln!(out, "# year {year}");
        }
        for n in notices {
            let number = n.number.as_deref().unwrap_or(UNVERIFIED);
            let _ = write!(out, "# year {year} notice {number}");
            let _ = match n.note.as_str() {
                "" => writeln!(out),
                note => writeln!(out, " {note}"),
            };
        }
        for day in cal.entries.iter().filter(|d| d.notice_year() == year) {
            let _ = write!(out, "{}", day.date);
            let _ = match (day.kind, day.festival, &day.local_name) {
                (DayKind::LocalDayOff, _, Some(name)) => writeln!(out, " local {name}"),
                (DayKind::MakeupWorkday, Some(f), _) => writeln!(out, " workday {}", f.name_en()),
                (DayKind::MakeupWorkday, None, _) => writeln!(out, " workday"),
                (kind, Some(f), _) => {
                    match DayKind::HOLIDAY_TOKENS.iter().find(|(k, _)| *k == kind) {
                        Some((_, token)) => writeln!(out, " holiday {} | {token}", f.name_en()),
                        None => writeln!(out, " holiday {}", f.name_en()),
                    }
                }
                // Loading never produces other combinations.
                (_, None, _) => writeln!(out),
            };
        }
    }
    out
}

/// Splits off the first whitespace-delimited word; the rest comes back trimmed.
fn split_word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    match s.find(char::is_whitespace) {
        Some(i) => (&s[..i], s[i..].trim()),
        None => (s, ""),
    }
}

/// A date, read by the library's one strict reader ([`crate::date::parse`]).
pub(super) fn parse_date(s: &str) -> Option<NaiveDate> {
    crate::date::parse(s).ok()
}

/// A year a date can have ([`crate::date::FIRST_YEAR`] to [`crate::date::LAST_YEAR`]).
pub(super) fn valid_year(year: i64) -> Option<i32> {
    i32::try_from(year)
        .ok()
        .filter(|y| (crate::date::FIRST_YEAR..=crate::date::LAST_YEAR).contains(y))
}

pub(super) fn is_weekend(date: NaiveDate) -> bool {
    date.weekday().number_from_monday() >= 6
}

fn invalid(at: &Location, field: &'static str, value: &str) -> CalendarError {
    CalendarError::InvalidField {
        at: at.clone(),
        field,
        value: value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> CalendarError {
        parse(text).map(|_| ()).unwrap_err()
    }

    fn line(n: usize) -> Location {
        Location::Line(n)
    }

    #[test]
    fn shared_format_lines_read_without_kinds() {
        let input = parse("# comment\n2024-10-05 holiday National Day\n2024-10-07 holiday National Day\n2024-10-12 workday\n").unwrap();
        let kinds: Vec<_> = input
            .days
            .iter()
            .map(|(d, _)| (d.kind, d.festival))
            .collect();
        assert_eq!(
            kinds,
            [
                (DayKind::WeekendInBlock, Some(Festival::NationalDay)),
                (DayKind::UnclassifiedHoliday, Some(Festival::NationalDay)),
                (DayKind::MakeupWorkday, None),
            ]
        );
        assert_eq!(input.years.len(), 1);
        assert_eq!(input.years[0].year, 2024);
        assert_eq!(input.years[0].at, line(2));
    }

    #[test]
    fn december_new_year_days_declare_the_next_year() {
        let input = parse("2018-12-30 holiday New Year's Day\n2018-12-29 workday\n").unwrap();
        let years: Vec<_> = input.years.iter().map(|y| y.year).collect();
        assert_eq!(years, [2019, 2018]);
    }

    #[test]
    fn local_lines_declare_no_year() {
        let input = parse("2024-06-17 local 古尔邦节\n").unwrap();
        assert!(input.years.is_empty());
        assert_eq!(input.days[0].0.local_name.as_deref(), Some("古尔邦节"));
    }

    #[test]
    fn directives_open_sections_and_collect_notices() {
        let text = "# year 2019 notice 国办发明电〔2018〕15号 the schedule\n\
                    # year 2019 notice unverified an amendment\n\
                    2018-12-30 holiday New Year's Day | weekend_in_block\n\
                    # year 2020\n\
                    2020-01-01 holiday 元旦 | statutory_day\n";
        let input = parse(text).unwrap();
        assert_eq!(input.years.len(), 2);
        let notices = &input.years[0].notices;
        assert_eq!(notices[0].number.as_deref(), Some("国办发明电〔2018〕15号"));
        assert_eq!(notices[0].note, "the schedule");
        assert_eq!(notices[1].number, None);
        assert!(input.years[1].notices.is_empty());
        assert_eq!(input.days[1].0.kind, DayKind::StatutoryHoliday);
    }

    #[test]
    fn a_comment_that_merely_starts_with_year_is_a_comment() {
        assert!(parse("# yearly data follows\n").unwrap().years.is_empty());
    }

    #[test]
    fn syntax_errors_name_their_line() {
        assert_eq!(
            err("\n2024-13-01 holiday National Day"),
            CalendarError::InvalidDate {
                at: line(2),
                text: "2024-13-01".into()
            }
        );
        assert_eq!(
            err("2024-10-1 workday"),
            CalendarError::InvalidDate {
                at: line(1),
                text: "2024-10-1".into()
            }
        );
        assert_eq!(
            err("2024-10-01"),
            CalendarError::MissingField {
                at: line(1),
                field: "day type"
            }
        );
        assert_eq!(
            err("2024-10-01 off National Day"),
            CalendarError::InvalidField {
                at: line(1),
                field: "day type",
                value: "off".into()
            }
        );
        assert_eq!(
            err("2024-10-01 holiday"),
            CalendarError::MissingField {
                at: line(1),
                field: "festival"
            }
        );
        assert_eq!(
            err("2024-10-01 holiday Christmas"),
            CalendarError::UnknownFestival {
                at: line(1),
                name: "Christmas".into()
            }
        );
        assert_eq!(
            err("2024-10-01 holiday National Day | bridge"),
            CalendarError::InvalidField {
                at: line(1),
                field: "holiday kind",
                value: "bridge".into()
            }
        );
        assert_eq!(
            err("2024-10-01 local"),
            CalendarError::MissingField {
                at: line(1),
                field: "name"
            }
        );
    }

    #[test]
    fn directive_errors_name_their_line() {
        assert_eq!(
            err("# year 10000"),
            CalendarError::InvalidField {
                at: line(1),
                field: "year",
                value: "10000".into()
            }
        );
        assert_eq!(
            err("# year twenty"),
            CalendarError::InvalidField {
                at: line(1),
                field: "year",
                value: "twenty".into()
            }
        );
        assert_eq!(
            err("# year 2024 notes x"),
            CalendarError::InvalidField {
                at: line(1),
                field: "`# year` keyword",
                value: "notes".into()
            }
        );
        assert_eq!(
            err("# year 2024 notice"),
            CalendarError::MissingField {
                at: line(1),
                field: "notice number"
            }
        );
        assert_eq!(
            err("# year 2024\n# year 2025\n# year 2024"),
            CalendarError::DuplicateYear {
                at: line(3),
                year: 2024
            }
        );
    }

    #[test]
    fn sectioned_text_puts_every_day_in_its_year() {
        assert_eq!(
            err("2024-10-01 holiday National Day\n# year 2024"),
            CalendarError::MissingField {
                at: line(1),
                field: "`# year` line before the first date"
            }
        );
        let date = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        assert_eq!(
            err("# year 2024\n2025-01-01 holiday New Year's Day"),
            CalendarError::DateOutsideYear {
                at: line(2),
                date,
                year: 2024
            }
        );
        // An unnamed make-up day in December cannot be told from an ordinary one of that year.
        let date = NaiveDate::from_ymd_opt(2018, 12, 29).unwrap();
        assert_eq!(
            err("# year 2019\n2018-12-29 workday"),
            CalendarError::DateOutsideYear {
                at: line(2),
                date,
                year: 2019
            }
        );
    }

    #[test]
    fn dates_are_strict_yyyy_mm_dd() {
        assert_eq!(
            parse_date("2024-02-29"),
            NaiveDate::from_ymd_opt(2024, 2, 29)
        );
        for bad in [
            "2023-02-29",
            "2024-1-01x",
            "+024-01-01",
            "2024/01/01",
            "2024-01-1",
            "２024-1-01",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn crlf_and_indentation_are_tolerated() {
        let input =
            parse("  # year 2024 notice X note\r\n\t2024-10-12 workday National Day\r\n").unwrap();
        assert_eq!(input.days.len(), 1);
        assert_eq!(input.years[0].notices[0].note, "note");
    }
}
