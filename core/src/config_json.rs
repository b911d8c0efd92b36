//! An engine from its configuration: the parts of an [`EngineConfig`] (a rule layer, calendar
//! years, days off, blacklist entries), each read from its own JSON text.
//!
//! Configuration JSON is read in place ([`from_json`]): each part is parsed from its slice of the
//! caller's text, so that an error in a part points into that text, and no `serde_json::Value`
//! tree is built (which would bring a deserializer and a serializer of its own into the WASM
//! package). A parsed [`EngineConfig`] ([`from_config`]) gives the same engine.

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::value::RawValue;

use crate::blacklist::Registry;
use crate::calendar::Calendar;
use crate::engine::{EngineConfig, LocalDayOff};
use crate::{Engine, Error, RuleSet};

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
pub(crate) type BlacklistLoader = fn(&[&str]) -> Result<Registry, (usize, Error)>;

/// The blacklist of [`Engine::from_config_json`].
pub(crate) fn load_blacklist(texts: &[&str]) -> Result<Registry, (usize, Error)> {
    Registry::from_texts(texts)
}

/// The blacklist of [`Engine::from_config_json_without_blacklist`]: none.
pub(crate) fn refuse_blacklist(texts: &[&str]) -> Result<Registry, (usize, Error)> {
    Err((
        0,
        Error::BlacklistUnsupported {
            entries: texts.len(),
        },
    ))
}

/// The engine the parts describe; `fix` turns an error of a part's text into one of the
/// configuration.
fn build(
    parts: &Parts<'_>,
    load: BlacklistLoader,
    fix: &dyn Fn(Part, &str, Error) -> Error,
) -> Result<Engine, Error> {
    let mut rules = RuleSet::national();
    if let Some(layer) = &parts.rules {
        rules = rules.layer(layer).map_err(|e| fix(Part::Rules, layer, e))?;
    }
    let mut calendar = Calendar::official();
    for year in &parts.years {
        calendar = match year {
            Year::Text(text) => calendar.with_text(text)?,
            Year::HolidayCn(json) => calendar.with_holiday_cn_json(json)?,
        };
    }
    if !parts.days_off.is_empty() {
        calendar = calendar
            .with_local_days_off(parts.days_off.iter().map(|d| (d.date, d.name.as_str())))?;
    }
    let engine = Engine::new(rules, calendar);
    if parts.blacklist.is_empty() {
        return Ok(engine);
    }
    let texts: Vec<&str> = parts.blacklist.iter().map(|t| &**t).collect();
    let registry = load(&texts).map_err(|(n, e)| {
        if let Error::BlacklistUnsupported { .. } = e {
            return e; // about the whole array, not one entry's text
        }
        let text = n.checked_sub(1).and_then(|i| texts.get(i)).copied();
        fix(Part::Blacklist(n), text.unwrap_or(""), e)
    })?;
    Ok(engine.with_blacklist(registry))
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
}

/// An engine from configuration JSON ([`Engine::from_config_json`]). A parse error in a rule layer
/// or a blacklist entry has the JSON Pointer, line and column in `json`.
pub(crate) fn from_json(json: &str, load: BlacklistLoader) -> Result<Engine, Error> {
    let config: ConfigText<'_> = crate::parse::from_json_borrowed(json)?;
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
    build(&parts, load, &|_, text, e| {
        crate::parse::relocate(json, text, e)
    })
}

/// An engine from a parsed configuration ([`Engine::from_config`]). A parse error in a blacklist
/// entry has the pointer `/blacklist/<i>/...` and no line.
pub(crate) fn from_config(config: &EngineConfig) -> Result<Engine, Error> {
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
        (Part::Blacklist(n), Error::Parse { path, message, .. }) => Error::Parse {
            path: format!("/blacklist/{}{path}", n.saturating_sub(1)),
            message,
            line: 0,
            column: 0,
        },
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
        let from_text = from_json(&json, load_blacklist).unwrap();
        let config: EngineConfig = crate::parse::from_json(&json).unwrap();
        let from_value = from_config(&config).unwrap();
        assert_eq!(
            from_text.rules().get("GI-26").map(|r| r.enabled),
            Some(false)
        );
        assert_eq!(from_text.calendar(), from_value.calendar());
        assert_eq!(from_text.blacklist().len(), 1);
        assert_eq!(from_value.blacklist().len(), 1);
        assert_eq!(
            format!("{:?}", from_text.rules()),
            format!("{:?}", from_value.rules())
        );
    }

    /// An error in a part of configuration text is placed in the whole text.
    #[test]
    fn errors_in_parts_point_into_the_configuration() {
        let json =
            "{\"localDaysOff\": [],\n \"rules\": {\"rules\": [{\"id\": \"X\", \"severity\": 1}]}}";
        let (path, line, column) = parse_error(from_json(json, load_blacklist).unwrap_err());
        assert_eq!(path, "/rules/rules/0/severity");
        assert_eq!(line, 2);
        let line_text = json.lines().nth(1).unwrap();
        assert_eq!(&line_text[column - 1..column], "1", "{line_text} {column}");

        let bad = ENTRY.replace("\"2024-07-26\"", "\"2024-07-32\"");
        let json = format!("{{\"blacklist\": [\n{ENTRY},\n{bad}]}}");
        let (path, line, _) = parse_error(from_json(&json, load_blacklist).unwrap_err());
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
        let full = from_json(&format!("{{{parts}}}"), load_blacklist).unwrap();
        let lean = from_json(&format!("{{{parts}, \"blacklist\": []}}"), refuse_blacklist).unwrap();
        assert_eq!(full.calendar(), lean.calendar());
        assert!(!lean.calendar().is_workday(ymd(2025, 6, 3)).unwrap());
        assert_eq!(lean.rules().get("GI-26").map(|r| r.enabled), Some(false));
        assert_eq!(format!("{:?}", full.rules()), format!("{:?}", lean.rules()));
        let json = format!("{{{parts}, \"blacklist\": [{ENTRY}, {{\"id\": 7}}]}}");
        let err = from_json(&json, refuse_blacklist).unwrap_err();
        assert_eq!(err, Error::BlacklistUnsupported { entries: 2 });
        assert_eq!(err.code(), "config.blacklist_unsupported");
        assert!(err.message(crate::Lang::ZhCn).contains("2 条黑名单"));
        // The configuration itself is still read strictly.
        let err = from_json(r#"{"blacklist": [], "rule": {}}"#, refuse_blacklist).unwrap_err();
        assert_eq!(err.code(), "input.invalid_json");
    }
}
