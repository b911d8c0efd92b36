//! The JSON format of the holiday-cn project, one document per year:
//! `{"year": 2027, "papers": [...], "days": [{"name": "元旦", "date": "2027-01-01",
//! "isOffDay": true}, ...]}`.

use serde_json::value::RawValue;

use super::dates::{is_weekend, valid_year};
use super::day::{DayKind, Festival, Notice, SpecialDay};
use super::error::{CalendarError, Location};
use super::input::{DeclaredYear, Input};

/// Reads one holiday-cn year. `papers` (addresses of the notices) become [`Notice`]s without a
/// verified number; other top-level members (`$schema`, `$id`) are ignored.
///
/// The document is walked as raw JSON text, each value read as the type it should have: no
/// `serde_json::Value` tree (which would bring its own deserializer and serializer into the WASM
/// package for this one format).
///
/// A leading byte-order mark is skipped (the column of line 1 still counts its bytes). A key
/// given twice in an object is refused: a JSON object tree keeps one of the values without a
/// word, and `"isOffDay": true, "isOffDay": false` says nothing certain about the day.
pub(super) fn parse(json: &str) -> Result<Input, CalendarError> {
    let body = crate::parse::without_bom(json);
    let doc: &RawValue = serde_json::from_str(body).map_err(|e| CalendarError::JsonSyntax {
        line: e.line(),
        column: if e.line() == 1 {
            e.column() + (json.len() - body.len())
        } else {
            e.column()
        },
    })?;
    let root = object(doc, "")?;

    let year = field(&root, "", "year")?;
    let year = read::<i64>(year)
        .and_then(valid_year)
        .ok_or_else(|| invalid("/year", "year", year))?;

    let mut notices = Vec::new();
    if let Some(papers) = root.get("papers") {
        let papers = array(papers).ok_or_else(|| invalid("/papers", "papers", papers))?;
        for (i, paper) in papers.iter().enumerate() {
            let note = read::<String>(paper)
                .ok_or_else(|| invalid(&format!("/papers/{i}"), "paper", paper))?;
            notices.push(Notice {
                year,
                number: None,
                note: note.trim().to_owned(),
            });
        }
    }

    let days = field(&root, "", "days")?;
    let days = array(days).ok_or_else(|| invalid("/days", "days", days))?;
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

        let name = string(&obj, &path, "name")?;
        let festival =
            Festival::from_name(&name).ok_or_else(|| CalendarError::UnknownFestival {
                at: at("name"),
                name: name.clone(),
            })?;
        let text = string(&obj, &path, "date")?;
        let date = crate::date::parse(&text).map_err(|_| CalendarError::InvalidDate {
            at: at("date"),
            text: text.clone(),
        })?;
        let off = field(&obj, &path, "isOffDay")?;
        let off = read::<bool>(off)
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

/// A JSON value as `T`, if it is one.
fn read<'a, T: serde::Deserialize<'a>>(value: &'a RawValue) -> Option<T> {
    serde_json::from_str(value.get()).ok()
}

/// The elements of a JSON array.
fn array(value: &RawValue) -> Option<Vec<&RawValue>> {
    read(value)
}

/// The members of a JSON object, in order.
struct Members<'a>(Vec<(String, &'a RawValue)>);

impl<'a> Members<'a> {
    fn get(&self, key: &str) -> Option<&'a RawValue> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| *v)
    }

    /// The first key given a second time, if any.
    fn repeated_key(&self) -> Option<&str> {
        // The keys sorted with their places, not hashed (a HashSet brings a hasher and a hash
        // table into the WebAssembly module) nor each compared with those before it (a caller's
        // object of many keys would cost their square): the first key given a second time is
        // the one whose second place comes first.
        let mut keys: Vec<(&str, usize)> = self
            .0
            .iter()
            .enumerate()
            .map(|(i, (k, _))| (k.as_str(), i))
            .collect();
        keys.sort_unstable();
        keys.windows(2)
            .filter(|w| w[0].0 == w[1].0)
            .map(|w| w[1])
            .min_by_key(|&(_, i)| i)
            .map(|(k, _)| k)
    }
}

impl<'de> serde::Deserialize<'de> for Members<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Members<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut members = Vec::new();
                while let Some(entry) = map.next_entry::<String, &'de RawValue>()? {
                    members.push(entry);
                }
                Ok(Members(members))
            }
        }
        d.deserialize_map(Visitor)
    }
}

fn object<'a>(value: &'a RawValue, path: &str) -> Result<Members<'a>, CalendarError> {
    let members: Members<'a> = read(value).ok_or_else(|| invalid(path, "object", value))?;
    if let Some(key) = members.repeated_key() {
        return Err(CalendarError::DuplicateKey {
            at: Location::Json(crate::pointer::join(path, key)),
            key: key.to_owned(),
        });
    }
    Ok(members)
}

fn field<'a>(
    obj: &Members<'a>,
    path: &str,
    name: &'static str,
) -> Result<&'a RawValue, CalendarError> {
    obj.get(name).ok_or_else(|| CalendarError::MissingField {
        at: Location::Json(path.to_owned()),
        field: name,
    })
}

fn string(obj: &Members<'_>, path: &str, name: &'static str) -> Result<String, CalendarError> {
    let value = field(obj, path, name)?;
    read::<String>(value).ok_or_else(|| invalid(&format!("{path}/{name}"), name, value))
}

/// An invalid value, quoted in short (a whole nested document would drown the message), its
/// JSON without the whitespace between tokens.
fn invalid(path: &str, field: &'static str, value: &RawValue) -> CalendarError {
    const MAX: usize = 40;
    let mut text = String::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in value.get().chars() {
        if in_string {
            text.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !c.is_ascii_whitespace() {
            in_string = c == '"';
            text.push(c);
        }
    }
    if let Some((cut, _)) = text.char_indices().nth(MAX) {
        text.truncate(cut);
        text.push('…');
    }
    CalendarError::InvalidField {
        at: Location::Json(path.to_owned()),
        field,
        value: text,
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

    /// A key given twice is refused at its second occurrence: `"isOffDay": true, "isOffDay":
    /// false` says nothing certain about the day.
    #[test]
    fn a_key_given_twice_is_refused() {
        let doc = r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01",
            "isOffDay": true, "isOffDay": false}]}"#;
        assert_eq!(
            parse(doc).map(|_| ()).unwrap_err(),
            CalendarError::DuplicateKey {
                at: json("/days/0/isOffDay"),
                key: "isOffDay".into()
            }
        );
        let doc = r#"{"year": 2027, "year": 2028, "days": []}"#;
        assert_eq!(
            parse(doc).map(|_| ()).unwrap_err().code(),
            "calendar.duplicate_key"
        );
        // Of two keys given twice, the one repeated first, not the first in order of keys.
        let doc = r#"{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01",
            "name": "元旦", "isOffDay": true, "date": "2027-01-01"}]}"#;
        assert_eq!(
            parse(doc).map(|_| ()).unwrap_err(),
            CalendarError::DuplicateKey {
                at: json("/days/0/name"),
                key: "name".into()
            }
        );
    }

    /// A byte-order mark before the document is skipped: Windows editors write one.
    #[test]
    fn a_byte_order_mark_is_skipped() {
        let doc = "\u{feff}{\"year\": 2019, \"days\": [{\"name\": \"元旦\", \"date\": \"2018-12-30\", \"isOffDay\": true}]}";
        assert_eq!(parse(doc).unwrap().years[0].year, 2019);
        assert_eq!(
            parse("\u{feff}{\"year\": }").map(|_| ()).unwrap_err(),
            CalendarError::JsonSyntax {
                line: 1,
                column: 13
            }
        );
    }

    /// Dates are read by the one strict reader: a year out of range is not a date.
    #[test]
    fn dates_are_read_strictly() {
        let doc = r#"{"year": 2027, "days": [{"name": "元旦", "date": " 2027-01-01", "isOffDay": true}]}"#;
        assert_eq!(
            parse(doc).map(|_| ()).unwrap_err().code(),
            "calendar.invalid_date"
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
