//! The engine configuration ([`EngineConfig`]) and its reader: the parts of a configuration (a
//! rule layer, calendar years, days off, blacklist entries) read into the rules, calendar and
//! registry an [`Engine`](crate::Engine) is made of. The engine depends on this module, never the
//! other way round.
//!
//! Configuration JSON is read once, in place, from the caller's text ([`from_json`]): each part is
//! parsed from its slice of that text, so that an error in a part has its JSON Pointer, line and
//! column there, a key given twice is refused, and no `serde_json::Value` tree is built (which
//! would sort the keys, keep the last of two values, and bring a deserializer and a serializer of
//! its own into the WASM package). A parsed [`EngineConfig`] ([`from_config`]) gives the same
//! parts.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::blacklist::Registry;
use crate::blacklist::screen::Screening;
use crate::calendar::Calendar;
use crate::{Error, RuleSet};

/// How an engine is built: JSON that the Rust, C and WASM surfaces all take.
///
/// ```json
/// { "rules": { "rules": [ ...rows layered over the national table... ] },
///   "calendarYears": [ "2027-01-01 holiday New Year's Day\n...", {"year": 2027, "days": [...]} ],
///   "localDaysOff": [ { "date": "2025-06-02", "name": "云江市民节" } ],
///   "blacklist": [ { "id": "YJ-BL-001", "subject": {...}, ... }, {"notSameSubject": {...}} ] }
/// ```
///
/// Every field is optional: `{}` (or an empty string) is the national table and the official
/// calendar. A calendar year is given either in the library's text format or as a holiday-cn
/// JSON object.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EngineConfig {
    /// A local layer over the national rule table (`{"rules": [...]}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<serde_json::Value>,
    /// Years added to the official calendar.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub calendar_years: Vec<serde_json::Value>,
    /// A locality's extra days off.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub local_days_off: Vec<LocalDayOff>,
    /// The blacklist: each element what a line of a JSON-lines blacklist holds, an
    /// [`Entry`](crate::blacklist::Entry) or a `{"notSameSubject": ...}` decision
    /// ([`Registry::from_jsonl`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub blacklist: Vec<serde_json::Value>,
}

/// A locality's extra day off.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LocalDayOff {
    /// The date.
    #[serde(deserialize_with = "crate::date::de")]
    pub date: NaiveDate,
    /// Its name.
    pub name: String,
}

/// What a configuration describes: the parts of an engine, and the encoding it names.
#[derive(Debug)]
pub(crate) struct Configured {
    pub(crate) rules: RuleSet,
    pub(crate) calendar: Calendar,
    /// The registry, when the configuration has entries.
    pub(crate) blacklist: Option<std::sync::Arc<dyn Screening>>,
    /// The `"encoding"` label, when the reader takes one ([`Encoding::Read`]).
    pub(crate) encoding: Option<String>,
}

/// Whether a reader takes an `"encoding"` member: the C library's, whose text comes as bytes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// `"encoding"` is an unknown field, as in serde's words for any other.
    Refused,
    /// `"encoding"` is a string, returned in [`Configured::encoding`].
    Read,
}

/// A calendar year of a configuration.
enum Year<'a> {
    /// In the library's text format.
    Text(Cow<'a, str>),
    /// In holiday-cn's JSON.
    HolidayCn(Cow<'a, str>),
}

/// Which part of a configuration an error is about.
enum Part {
    /// The rule layer.
    Rules,
    /// A blacklist element, 1-based.
    Blacklist(usize),
}

/// The parts of a configuration, as texts.
struct Parts<'a> {
    rules: Option<Cow<'a, str>>,
    years: Vec<Year<'a>>,
    days_off: &'a [LocalDayOff],
    blacklist: Vec<Cow<'a, str>>,
}

/// Reads a configuration's blacklist entries (their texts) into a registry; on error, the
/// 1-based entry at fault. A function rather than a fixed call so that a reader which refuses
/// them ([`refuse_blacklist`]) leaves the registry's loading code unreferenced.
pub(crate) type BlacklistLoader =
    fn(&[&str]) -> Result<std::sync::Arc<dyn Screening>, (usize, Error)>;

/// The blacklist of [`Engine::from_config_json`](crate::Engine::from_config_json).
pub(crate) fn load_blacklist(
    texts: &[&str],
) -> Result<std::sync::Arc<dyn Screening>, (usize, Error)> {
    Ok(std::sync::Arc::new(Registry::from_texts(texts)?))
}

/// The blacklist of
/// [`Engine::from_config_json_without_blacklist`](crate::Engine::from_config_json_without_blacklist):
/// none.
pub(crate) fn refuse_blacklist(
    texts: &[&str],
) -> Result<std::sync::Arc<dyn Screening>, (usize, Error)> {
    Err((
        0,
        Error::BlacklistUnsupported {
            entries: texts.len(),
        },
    ))
}

/// What the parts describe; `fix` turns an error of a part's text into one of the
/// configuration.
fn build(
    parts: &Parts<'_>,
    load: BlacklistLoader,
    fix: &dyn Fn(Part, &str, Error) -> Error,
) -> Result<Configured, Error> {
    let mut rules = RuleSet::national();
    if let Some(layer) = &parts.rules {
        rules = rules.layer(layer).map_err(|e| fix(Part::Rules, layer, e))?;
    }
    let mut calendar = Calendar::official();
    for (i, year) in parts.years.iter().enumerate() {
        calendar = match year {
            // A place in the year's text is placed under its element of the array.
            Year::Text(text) => calendar
                .with_text(text)
                .map_err(|e| e.under(&format!("/calendarYears/{i}")))?,
            Year::HolidayCn(json) => calendar
                .with_holiday_cn_json(json)
                .map_err(|e| e.under(&format!("/calendarYears/{i}")))?,
        };
    }
    if !parts.days_off.is_empty() {
        calendar = calendar
            .with_local_days_off(parts.days_off.iter().map(|d| (d.date, d.name.as_str())))?;
    }
    let mut configured = Configured {
        rules,
        calendar,
        blacklist: None,
        encoding: None,
    };
    if parts.blacklist.is_empty() {
        return Ok(configured);
    }
    let texts: Vec<&str> = parts.blacklist.iter().map(|t| &**t).collect();
    let registry = load(&texts).map_err(|(n, e)| {
        if let Error::BlacklistUnsupported { .. } = e {
            return e; // about the whole array, not one entry's text
        }
        let text = n.checked_sub(1).and_then(|i| texts.get(i)).copied();
        fix(Part::Blacklist(n), text.unwrap_or(""), e)
    })?;
    configured.blacklist = Some(registry);
    Ok(configured)
}

/// [`EngineConfig`] with each part left as its text.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ConfigText<'a> {
    #[serde(default, borrow)]
    rules: Option<&'a RawValue>,
    #[serde(default, borrow)]
    calendar_years: Vec<&'a RawValue>,
    #[serde(default)]
    local_days_off: Vec<LocalDayOff>,
    #[serde(default, borrow)]
    blacklist: Vec<&'a RawValue>,
    /// Read by the C library's reader only ([`Encoding`]).
    #[serde(default, borrow)]
    encoding: Option<&'a RawValue>,
}

/// The members a configuration has, for the message about one it has not.
const FIELDS: &str = "`rules`, `calendarYears`, `localDaysOff`, `blacklist`";

/// What configuration JSON describes ([`Engine::from_config_json`](crate::Engine::from_config_json)).
/// A parse error anywhere, in a rule layer or a blacklist entry too, has the JSON Pointer, line and
/// column in `json`.
pub(crate) fn from_json(
    json: &str,
    load: BlacklistLoader,
    encoding: Encoding,
) -> Result<Configured, Error> {
    let config: ConfigText<'_> = crate::parse::from_json_borrowed(json)?;
    let label = match (config.encoding, encoding) {
        (None, _) => None,
        (Some(value), Encoding::Read) => {
            let text = value.get();
            let label: String =
                crate::parse::from_json(text).map_err(|e| relocate_encoding(json, text, e))?;
            Some(label)
        }
        (Some(value), Encoding::Refused) => {
            let e = Error::invalid_json_at(
                "/encoding",
                format!("unknown field `encoding`, expected one of {FIELDS}"),
                1,
                1,
            );
            return Err(at_value(json, value.get(), e));
        }
    };
    let mut years = Vec::with_capacity(config.calendar_years.len());
    for year in &config.calendar_years {
        let text = year.get();
        years.push(if text.starts_with('"') {
            let text: String =
                crate::parse::from_json(text).map_err(|e| crate::parse::relocate(json, text, e))?;
            Year::Text(Cow::Owned(text))
        } else {
            Year::HolidayCn(Cow::Borrowed(text))
        });
    }
    let parts = Parts {
        rules: config.rules.map(|r| Cow::Borrowed(r.get())),
        years,
        days_off: &config.local_days_off,
        blacklist: config
            .blacklist
            .iter()
            .map(|b| Cow::Borrowed(b.get()))
            .collect(),
    };
    let mut configured = build(&parts, load, &|_, text, e| {
        crate::parse::relocate(json, text, e)
    })?;
    configured.encoding = label;
    Ok(configured)
}

/// An error about the value `text` (a slice of `json`), placed at that value's first byte.
fn at_value(json: &str, text: &str, e: Error) -> Error {
    crate::parse::relocate(json, text, e)
}

/// An error reading the `encoding` value as a string, placed in the configuration.
fn relocate_encoding(json: &str, text: &str, e: Error) -> Error {
    match crate::parse::relocate(json, text, e) {
        Error::Parse {
            message,
            line,
            column,
            ..
        } => Error::invalid_json_at("/encoding", message, line, column),
        other => other,
    }
}

/// What a parsed configuration describes ([`Engine::from_config`](crate::Engine::from_config)). A
/// parse error in a blacklist entry has the pointer `/blacklist/<i>/...` and no line.
pub(crate) fn from_config(config: &EngineConfig) -> Result<Configured, Error> {
    let parts = Parts {
        rules: config.rules.as_ref().map(|v| Cow::Owned(v.to_string())),
        years: config
            .calendar_years
            .iter()
            .map(|y| match y {
                serde_json::Value::String(text) => Year::Text(Cow::Borrowed(text.as_str())),
                other => Year::HolidayCn(Cow::Owned(other.to_string())),
            })
            .collect(),
        days_off: &config.local_days_off,
        blacklist: config
            .blacklist
            .iter()
            .map(|v| Cow::Owned(v.to_string()))
            .collect(),
    };
    build(&parts, load_blacklist, &|part, _, e| match (part, e) {
        (Part::Blacklist(n), Error::Parse { path, message, .. }) => {
            Error::invalid_json(format!("/blacklist/{}{path}", n.saturating_sub(1)), message)
        }
        (_, e) => e,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENTRY: &str = r#"{"id":"BL-1","subject":{"kind":"organization","name":"云江市某某科技有限公司",
        "creditCode":"91445400MAH8P03Q3P"},"conduct":{"category":"falseMaterials"},
        "decision":{"authority":"云江市财政局","number":"云财采罚〔2024〕7号","date":"2024-07-22"},
        "legalBasis":{"provision":"procurementLaw77"},"bars":"governmentProcurement",
        "ban":{"months":12},"listedOn":"2024-07-26"}"#;

    fn parse_error(e: Error) -> (String, usize, usize) {
        match e {
            Error::Parse {
                path, line, column, ..
            } => (path, line, column),
            other => panic!("{other:?}"),
        }
    }

    /// A national rule's row with `enabled: false`: a rule layer that changes something visible.
    fn disabled_national_row(id: &str) -> serde_json::Value {
        let table: serde_json::Value = serde_json::from_str(crate::rules::NATIONAL_TABLE).unwrap();
        let mut row = table["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap()
            .clone();
        row["enabled"] = false.into();
        row
    }

    #[test]
    fn text_and_parsed_configurations_give_the_same_engine() {
        let row = disabled_national_row("GI-26");
        let json = format!(
            r##"{{"rules": {{"rules": [{row}]}},
                "localDaysOff": [{{"date": "2025-06-03", "name": "市民节"}}],
                "calendarYears": ["# year 2027 notice unverified synthetic\n2027-01-01 holiday 元旦\n2027-02-08 holiday 春节\n2027-04-05 holiday 清明节\n2027-05-03 holiday 劳动节\n2027-06-09 holiday 端午节\n2027-10-01 holiday 国庆节"],
                "blacklist": [{ENTRY}]}}"##
        );
        let from_text = from_json(&json, load_blacklist, Encoding::Refused).unwrap();
        let config: EngineConfig = crate::parse::from_json(&json).unwrap();
        let from_value = from_config(&config).unwrap();
        assert_eq!(from_text.rules.get("GI-26").map(|r| r.enabled), Some(false));
        assert_eq!(from_text.calendar, from_value.calendar);
        let entries = |c: &Configured| c.blacklist.as_ref().map_or(0, |s| s.registry().len());
        assert_eq!(entries(&from_text), 1);
        assert_eq!(entries(&from_value), 1);
        assert_eq!(
            format!("{:?}", from_text.rules),
            format!("{:?}", from_value.rules)
        );
    }

    /// An error in a part of configuration text is placed in the whole text.
    #[test]
    fn errors_in_parts_point_into_the_configuration() {
        let json =
            "{\"localDaysOff\": [],\n \"rules\": {\"rules\": [{\"id\": \"X\", \"severity\": 1}]}}";
        let (path, line, column) =
            parse_error(from_json(json, load_blacklist, Encoding::Refused).unwrap_err());
        assert_eq!(path, "/rules/rules/0/severity");
        assert_eq!(line, 2);
        let line_text = json.lines().nth(1).unwrap();
        assert_eq!(&line_text[column - 1..column], "1", "{line_text} {column}");

        let bad = ENTRY.replace("\"2024-07-26\"", "\"2024-07-32\"");
        let json = format!("{{\"blacklist\": [\n{ENTRY},\n{bad}]}}");
        let (path, line, _) =
            parse_error(from_json(&json, load_blacklist, Encoding::Refused).unwrap_err());
        let at = 1 + json.lines().position(|l| l.contains("2024-07-32")).unwrap();
        assert_eq!((path.as_str(), line), ("/blacklist/1/listedOn", at));
        // A parsed configuration has no text to point into.
        let config: EngineConfig = crate::parse::from_json(&json).unwrap();
        let (path, line, _) = parse_error(from_config(&config).unwrap_err());
        assert_eq!((path.as_str(), line), ("/blacklist/1/listedOn", 0));
    }

    /// The reader without a blacklist builds the same rules and calendar, refuses entries as a
    /// whole (however malformed they are: it never reads them), and takes an empty array.
    #[test]
    fn a_configuration_read_without_blacklist_refuses_entries_only() {
        let ymd = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let row = disabled_national_row("GI-26");
        let parts = format!(
            r#""localDaysOff": [{{"date": "2025-06-03", "name": "市民节"}}],
                "rules": {{"rules": [{row}]}}"#
        );
        let full = from_json(&format!("{{{parts}}}"), load_blacklist, Encoding::Refused).unwrap();
        let lean = from_json(
            &format!("{{{parts}, \"blacklist\": []}}"),
            refuse_blacklist,
            Encoding::Refused,
        )
        .unwrap();
        assert_eq!(full.calendar, lean.calendar);
        assert!(!lean.calendar.is_workday(ymd(2025, 6, 3)).unwrap());
        assert_eq!(lean.rules.get("GI-26").map(|r| r.enabled), Some(false));
        assert_eq!(format!("{:?}", full.rules), format!("{:?}", lean.rules));
        let json = format!("{{{parts}, \"blacklist\": [{ENTRY}, {{\"id\": 7}}]}}");
        let err = from_json(&json, refuse_blacklist, Encoding::Refused).unwrap_err();
        assert_eq!(err, Error::BlacklistUnsupported { entries: 2 });
        assert_eq!(err.code(), "config.blacklist_unsupported");
        assert!(err.message(crate::Lang::ZhCn).contains("2 条黑名单"));
        // The configuration itself is still read strictly.
        let err = from_json(
            r#"{"blacklist": [], "rule": {}}"#,
            refuse_blacklist,
            Encoding::Refused,
        )
        .unwrap_err();
        assert_eq!(err.code(), "input.invalid_json");
    }

    /// The C library's reader takes `encoding` in the same single reading of the caller's text:
    /// a key given twice is refused with `encoding` as without, and every error is reported as
    /// itself, where the caller wrote it.
    #[test]
    fn encoding_is_read_with_the_rest_of_the_text() {
        let read = |json: &str| from_json(json, load_blacklist, Encoding::Read);
        let c = read(r#"{"encoding": "gb18030", "localDaysOff": []}"#).unwrap();
        assert_eq!(c.encoding.as_deref(), Some("gb18030"));
        assert_eq!(read("{}").unwrap().encoding, None);
        // A key given twice is refused with or without `encoding`.
        for json in [
            r#"{"encoding": "gbk", "localDaysOff": [], "localDaysOff": []}"#,
            r#"{"localDaysOff": [], "localDaysOff": []}"#,
            r#"{"encoding": "gbk", "encoding": "utf-8"}"#,
        ] {
            let e = read(json).unwrap_err().to_string();
            assert!(e.contains("duplicate field"), "{json}: {e}");
        }
        // Syntax errors are themselves, not "unknown field `encoding`".
        for (json, says) in [
            (
                r#"{"encoding": "gbk", "localDaysOff": [],}"#,
                "trailing comma",
            ),
            (
                r#"{"encoding": "gbk", "localDaysOff": [{"date": "2025-06-03", "name": 1e400}]}"#,
                "number out of range",
            ),
        ] {
            let e = read(json).unwrap_err().to_string();
            assert!(
                e.contains(says) && !e.contains("unknown field"),
                "{json}: {e}"
            );
        }
        let deep = format!(
            r#"{{"encoding": "gbk", "rules": {}{}}}"#,
            "[".repeat(200),
            "]".repeat(200)
        );
        let e = read(&deep).unwrap_err().to_string();
        assert!(e.contains("/rules") && !e.contains("encoding"), "{e}");
        // A bad date on line 4 is placed on line 4.
        let json = "{\"encoding\": \"gbk\",\n \"localDaysOff\": [\n  {\"name\": \"市民节\",\n   \"date\": \"2025-06-31\"}]}";
        let (path, line, column) = parse_error(read(json).unwrap_err());
        assert_eq!((path.as_str(), line), ("/localDaysOff/0/date", 4));
        let line_text = json.lines().nth(3).unwrap();
        assert!(
            line_text[..column].ends_with("\"2025-06-31\""),
            "{line_text} {column}"
        );
        // `encoding` must be a string, named by its pointer and place.
        let (path, line, column) = parse_error(read("{\n \"encoding\": 5}").unwrap_err());
        assert_eq!((path.as_str(), line, column), ("/encoding", 2, 14));
        // Readers that take no encoding refuse it as an unknown field, at its value.
        let e = from_json(r#"{"encoding": "gbk"}"#, load_blacklist, Encoding::Refused).unwrap_err();
        assert_eq!(
            e.to_string(),
            "invalid JSON at /encoding (line 1, column 14): unknown field `encoding`, expected one \
             of `rules`, `calendarYears`, `localDaysOff`, `blacklist`"
        );
    }

    /// A byte-order mark before a configuration is skipped; errors in its parts are placed in the
    /// caller's text, the mark's bytes counted on line 1.
    #[test]
    fn a_byte_order_mark_before_a_configuration_is_skipped() {
        let json = "\u{feff}{\"localDaysOff\": [{\"date\": \"2025-06-03\", \"name\": \"市民节\"}]}";
        assert!(from_json(json, load_blacklist, Encoding::Refused).is_ok());
        let json = "\u{feff}{\"rules\": {\"rules\": [{\"id\": \"X\", \"severity\": 1}]}}";
        let (path, line, column) =
            parse_error(from_json(json, load_blacklist, Encoding::Refused).unwrap_err());
        assert_eq!((path.as_str(), line), ("/rules/rules/0/severity", 1));
        assert!(json[..column].ends_with("\"severity\": 1"), "{column}");
    }

    /// A JSON-lines blacklist saved with a byte-order mark reads its first line (the mark was
    /// "expected value" at column 1).
    #[test]
    fn a_byte_order_mark_before_a_blacklist_is_skipped() {
        let line = ENTRY.replace('\n', " ");
        let registry = Registry::from_jsonl(&format!("\u{feff}{line}\n")).unwrap();
        assert_eq!(registry.len(), 1);
    }

    /// An error in a holiday-cn year names its place in the configuration, not in the year alone.
    #[test]
    fn a_holiday_cn_error_points_into_the_configuration() {
        let json = r#"{"calendarYears": [{"year": 2027, "days": [{"name": "元旦", "date": "2027-1-1", "isOffDay": true}]}]}"#;
        let e = from_json(json, load_blacklist, Encoding::Refused).unwrap_err();
        let Error::Calendar(e) = e else {
            panic!("{e:?}")
        };
        assert_eq!(
            e.location(),
            Some(&crate::calendar::Location::Json(
                "/calendarYears/0/days/0/date".into()
            ))
        );
        let json = "{\"calendarYears\": [\"# year 2027\\n2027-01-04 workday\"]}";
        let e = from_json(json, load_blacklist, Encoding::Refused).unwrap_err();
        assert!(
            e.to_string()
                .starts_with("JSON \"/calendarYears/0\", line 2: 2027-01-04"),
            "{e}"
        );
    }
}
