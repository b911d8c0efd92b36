//! The JSON format of the holiday-cn project, one document per year:
//! `{"year": 2027, "papers": [...], "days": [{"name": "元旦", "date": "2027-01-01",
//! "isOffDay": true}, ...]}`.

use serde_json::{Map, Value};

use super::day::{DayKind, Festival, Notice, SpecialDay};
use super::error::{CalendarError, Location};
use super::merge::{DeclaredYear, Input};
use super::text::{is_weekend, parse_date, valid_year};

/// Reads one holiday-cn year. `papers` (addresses of the notices) become [`Notice`]s without a
/// verified number; other top-level members (`$schema`, `$id`) are ignored.
pub(super) fn parse(json: &str) -> Result<Input, CalendarError> {
    let doc: Value = serde_json::from_str(json).map_err(|e| CalendarError::JsonSyntax {
        line: e.line(),
        column: e.column(),
    })?;
    let root = object(&doc, "")?;

    let year = field(root, "", "year")?;
    let year = year
        .as_i64()
        .and_then(valid_year)
        .ok_or_else(|| invalid("/year", "year", year))?;

    let mut notices = Vec::new();
    if let Some(papers) = root.get("papers") {
        let papers = papers
            .as_array()
            .ok_or_else(|| invalid("/papers", "papers", papers))?;
        for (i, paper) in papers.iter().enumerate() {
            let note = paper
                .as_str()
                .ok_or_else(|| invalid(&format!("/papers/{i}"), "paper", paper))?;
            notices.push(Notice {
                year,
                number: None,
                note: note.trim().to_owned(),
            });
        }
    }

    let days = field(root, "", "days")?;
    let days = days
        .as_array()
        .ok_or_else(|| invalid("/days", "days", days))?;
    let mut input = Input {
        years: vec![DeclaredYear {
            year,
            notices,
            at: Location::Json("/year".into()),
        }],
        days: Vec::with_capacity(days.len()),
    };
    for (i, day) in days.iter().enumerate() {
        let path = format!("/days/{i}");
        let obj = object(day, &path)?;
        let at = |f: &str| Location::Json(format!("{path}/{f}"));

        let name = string(obj, &path, "name")?;
        let festival = Festival::from_name(name).ok_or_else(|| CalendarError::UnknownFestival {
            at: at("name"),
            name: name.to_owned(),
        })?;
        let text = string(obj, &path, "date")?;
        let date = parse_date(text).ok_or_else(|| CalendarError::InvalidDate {
            at: at("date"),
            text: text.to_owned(),
        })?;
        let off = field(obj, &path, "isOffDay")?;
        let off = off
            .as_bool()
            .ok_or_else(|| invalid(&format!("{path}/isOffDay"), "isOffDay", off))?;

        let kind = match (off, is_weekend(date)) {
            (true, true) => DayKind::WeekendInBlock,
            (true, false) => DayKind::UnclassifiedHoliday,
            (false, _) => DayKind::MakeupWorkday,
        };
        let day = SpecialDay {
            date,
            kind,
            festival: Some(festival),
            local_name: None,
        };
        if day.notice_year() != year {
            return Err(CalendarError::DateOutsideYear {
                at: at("date"),
                date,
                year,
            });
        }
        input.days.push((day, Location::Json(path)));
    }
    Ok(input)
}

fn object<'a>(value: &'a Value, path: &str) -> Result<&'a Map<String, Value>, CalendarError> {
    value
        .as_object()
        .ok_or_else(|| invalid(path, "object", value))
}

fn field<'a>(
    obj: &'a Map<String, Value>,
    path: &str,
    name: &'static str,
) -> Result<&'a Value, CalendarError> {
    obj.get(name).ok_or_else(|| CalendarError::MissingField {
        at: Location::Json(path.to_owned()),
        field: name,
    })
}

fn string<'a>(
    obj: &'a Map<String, Value>,
    path: &str,
    name: &'static str,
) -> Result<&'a str, CalendarError> {
    let value = field(obj, path, name)?;
    value
        .as_str()
        .ok_or_else(|| invalid(&format!("{path}/{name}"), name, value))
}

/// An invalid value, quoted in short: a whole nested document would drown the message.
fn invalid(path: &str, field: &'static str, value: &Value) -> CalendarError {
    const MAX: usize = 40;
    let mut value = value.to_string();
    if let Some((cut, _)) = value.char_indices().nth(MAX) {
        value.truncate(cut);
        value.push('…');
    }
    CalendarError::InvalidField {
        at: Location::Json(path.to_owned()),
        field,
        value,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn json(s: &str) -> Location {
        Location::Json(s.into())
    }

    #[test]
    fn reads_a_year_with_papers() {
        let input = parse(
            r#"{"$schema": "x", "year": 2019, "papers": ["https://www.gov.cn/a.htm"],
                "days": [{"name": "元旦", "date": "2018-12-29", "isOffDay": false},
                         {"name": "元旦", "date": "2018-12-30", "isOffDay": true},
                         {"name": "元旦", "date": "2018-12-31", "isOffDay": true}]}"#,
        )
        .unwrap();
        assert_eq!(input.years[0].year, 2019);
        assert_eq!(input.years[0].notices[0].note, "https://www.gov.cn/a.htm");
        assert_eq!(input.years[0].notices[0].number, None);
        let kinds: Vec<_> = input.days.iter().map(|(d, _)| d.kind).collect();
        assert_eq!(
            kinds,
            [
                DayKind::MakeupWorkday,
                DayKind::WeekendInBlock,
                DayKind::UnclassifiedHoliday
            ]
        );
        assert_eq!(input.days[2].1, json("/days/2"));
    }

    #[test]
    fn errors_point_into_the_document() {
        let err = |s: &str| parse(s).map(|_| ()).unwrap_err();
        assert_eq!(
            err("{\"year\": 2027,\n  \"days\": [}"),
            CalendarError::JsonSyntax {
                line: 2,
                column: 12
            }
        );
        assert_eq!(
            err("[]"),
            CalendarError::InvalidField {
                at: json(""),
                field: "object",
                value: "[]".into()
            }
        );
        assert_eq!(
            err(r#"{"days": []}"#),
            CalendarError::MissingField {
                at: json(""),
                field: "year"
            }
        );
        assert_eq!(
            err(r#"{"year": "2027", "days": []}"#),
            CalendarError::InvalidField {
                at: json("/year"),
                field: "year",
                value: "\"2027\"".into()
            }
        );
        assert_eq!(
            err(r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01"}]}"#),
            CalendarError::MissingField {
                at: json("/days/0"),
                field: "isOffDay"
            }
        );
        assert_eq!(
            err(
                r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": 1}]}"#
            ),
            CalendarError::InvalidField {
                at: json("/days/0/isOffDay"),
                field: "isOffDay",
                value: "1".into()
            }
        );
        assert_eq!(
            err(
                r#"{"year": 2027, "days": [{"name": "元宵节", "date": "2027-02-20", "isOffDay": true}]}"#
            ),
            CalendarError::UnknownFestival {
                at: json("/days/0/name"),
                name: "元宵节".into()
            }
        );
        assert_eq!(
            err(
                r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-1-1", "isOffDay": true}]}"#
            ),
            CalendarError::InvalidDate {
                at: json("/days/0/date"),
                text: "2027-1-1".into()
            }
        );
        assert_eq!(
            err(
                r#"{"year": 2027, "days": [{"name": "春节", "date": "2026-02-16", "isOffDay": true}]}"#
            ),
            CalendarError::DateOutsideYear {
                at: json("/days/0/date"),
                date: NaiveDate::from_ymd_opt(2026, 2, 16).unwrap(),
                year: 2027
            }
        );
    }

    #[test]
    fn long_values_are_cut_short() {
        let long = format!(r#"{{"year": 2027, "days": "{}"}}"#, "x".repeat(100));
        let CalendarError::InvalidField { value, .. } = parse(&long).map(|_| ()).unwrap_err()
        else {
            panic!("expected InvalidField");
        };
        assert_eq!(value.chars().count(), 41);
    }
}
