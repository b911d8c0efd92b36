//! The catalogue check's JSON API: what the audit, the C library and the npm package call, so
//! that every surface takes and gives the same JSON.
//!
//! Options: `{ "domains": ["governmentProcurement", …], "level"?: "county" }`. A catalogue:
//! `{ "header"?: {…}, "rows": [ {level1, level2, content, timeLimit, …} ] }`, or the rows alone as
//! an array. The check answers
//! `{ "ok", "rows": [ { "row", "level2", "items" } ], "findings": [ {code, severity, path, …} ] }`
//! with each finding's path pointing into the rows (`/3/timeLimit`; `""` for the catalogue as a
//! whole); the baseline is an array of rows in the catalogue's own JSON form.

use serde::Deserialize;
use serde::ser::{Serialize, SerializeSeq, SerializeStruct, Serializer};

use super::{CatalogueOptions, CatalogueReport};
use crate::model::catalog::{CatalogEntry, Catalogue, Level};
use crate::model::domain::Domain;
use crate::{Error, Lang, RuleSet, Severity};

/// What the options JSON holds.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OptionsInput {
    domains: Vec<Domain>,
    #[serde(default)]
    level: Option<Level>,
}

/// Reads `{ "domains": [...], "level"?: "..." }`.
///
/// # Errors
/// [`Error::Parse`] for text that is not such an object, an unknown domain or level, and an
/// empty `domains` (the check must know which domains' items the catalogue is to list).
pub fn options_from_json(json: &str) -> Result<CatalogueOptions, Error> {
    let input: OptionsInput = crate::parse::from_json(json)?;
    if input.domains.is_empty() {
        return Err(Error::Parse {
            path: "/domains".to_owned(),
            message: "name at least one domain the catalogue covers".to_owned(),
            line: 0,
            column: 0,
        });
    }
    Ok(CatalogueOptions {
        domains: input.domains,
        level: input.level,
    })
}

/// Reads a catalogue: `{ "header"?, "rows" }`, or its rows alone as an array.
///
/// # Errors
/// [`Error::Parse`] at the offending value's pointer.
pub fn catalogue_from_json(json: &str) -> Result<Catalogue, Error> {
    let body = crate::parse::without_bom(json).trim_start();
    if body.starts_with('[') {
        let rows: Vec<CatalogEntry> = crate::parse::from_json(json)?;
        Ok(Catalogue {
            rows,
            ..Catalogue::default()
        })
    } else {
        crate::parse::from_json(json)
    }
}

/// Checks a catalogue given as JSON for the options given as JSON (module docs for both and for
/// the answer).
///
/// # Example
/// ```
/// let rules = gongkai::RuleSet::national();
/// let rows = r#"[{"level2": "中标（成交）结果公告", "timeLimit": "信息形成之日起20个工作日内"}]"#;
/// let out = gongkai::rules::catalogue::api::check_catalogue_json(
///     &rules, rows, r#"{"domains": ["governmentProcurement"]}"#, gongkai::Lang::En)?;
/// let v: serde_json::Value = serde_json::from_str(&out).unwrap();
/// assert_eq!(v["rows"][0]["items"][0], "procurementResult");
/// assert!(v["findings"].as_array().unwrap().iter()
///     .any(|f| f["code"] == "catalogue.time_limit_looser" && f["path"] == "/0/timeLimit"));
/// # Ok::<(), gongkai::Error>(())
/// ```
///
/// # Errors
/// [`Error::Parse`] for either input, naming the pointer within it.
pub fn check_catalogue_json(
    rules: &RuleSet,
    catalogue: &str,
    options: &str,
    lang: Lang,
) -> Result<String, Error> {
    let options = options_from_json(options)?;
    let catalogue = catalogue_from_json(catalogue)?;
    let report = rules.audit_catalogue(&catalogue, &options);
    Ok(report_json(&catalogue, &report, lang))
}

/// The baseline catalogue for the options given as JSON: a JSON array of rows, the domains in
/// the order given, leaving out items not required at the level.
///
/// # Example
/// ```
/// let rules = gongkai::RuleSet::national();
/// let out = gongkai::rules::catalogue::api::baseline_catalogue_json(
///     &rules, r#"{"domains": ["governmentProcurement"], "level": "county"}"#)?;
/// let rows: Vec<gongkai::CatalogEntry> = serde_json::from_str(&out).unwrap();
/// assert!(rows.iter().any(|r| r.level2 == "中标（成交）结果公告"));
/// # Ok::<(), gongkai::Error>(())
/// ```
///
/// # Errors
/// [`Error::Parse`] for options that cannot be read.
pub fn baseline_catalogue_json(rules: &RuleSet, options: &str) -> Result<String, Error> {
    let options = options_from_json(options)?;
    let rows = rules.baseline_for(&options);
    Ok(serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_owned()))
}

/// The check's answer as JSON (module docs).
pub fn report_json(catalogue: &Catalogue, report: &CatalogueReport, lang: Lang) -> String {
    serde_json::to_string(&ReportView {
        catalogue,
        report,
        lang,
    })
    .unwrap_or_default()
}

struct ReportView<'a> {
    catalogue: &'a Catalogue,
    report: &'a CatalogueReport,
    lang: Lang,
}

impl Serialize for ReportView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Rows<'a>(&'a ReportView<'a>);
        impl Serialize for Rows<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.report.rows.len()))?;
                for m in &self.0.report.rows {
                    let name = self
                        .0
                        .catalogue
                        .rows
                        .get(m.row)
                        .map_or("", |r| r.level2.as_str());
                    seq.serialize_element(&RowView {
                        row: m.row,
                        level2: name,
                        items: &m.items,
                    })?;
                }
                seq.end()
            }
        }
        struct Findings<'a>(&'a ReportView<'a>);
        impl Serialize for Findings<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let findings = &self.0.report.findings;
                let mut seq = s.serialize_seq(Some(findings.len()))?;
                for f in findings {
                    seq.serialize_element(&f.view(self.0.lang))?;
                }
                seq.end()
            }
        }
        let ok = !self
            .report
            .findings
            .iter()
            .any(|f| f.severity() == Severity::Error);
        let mut st = s.serialize_struct("CatalogueReport", 3)?;
        st.serialize_field("ok", &ok)?;
        st.serialize_field("rows", &Rows(self))?;
        st.serialize_field("findings", &Findings(self))?;
        st.end()
    }
}

#[derive(serde::Serialize)]
struct RowView<'a> {
    row: usize,
    level2: &'a str,
    items: &'a [crate::model::item::ItemKind],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_need_a_domain_and_name_the_pointer_of_a_bad_one() {
        let e = options_from_json(r#"{"domains": []}"#).unwrap_err();
        assert!(
            matches!(e, Error::Parse { ref path, .. } if path == "/domains"),
            "{e}"
        );
        let e = options_from_json(r#"{"domains": ["procurement"]}"#).unwrap_err();
        assert!(
            matches!(e, Error::Parse { ref path, .. } if path == "/domains/0"),
            "{e}"
        );
        let e = options_from_json(r#"{"domains": ["landUseRights"], "level": "district"}"#)
            .unwrap_err();
        assert!(
            matches!(e, Error::Parse { ref path, .. } if path == "/level"),
            "{e}"
        );
        let o = options_from_json(r#"{"domains": ["landUseRights"], "level": "county"}"#).unwrap();
        assert_eq!(o.level, Some(Level::County));
    }

    #[test]
    fn a_catalogue_is_read_with_its_header_or_as_rows_alone() {
        let rows = catalogue_from_json(r#"[{"level2": "招标公告", "序号": 1}]"#).unwrap();
        assert_eq!(rows.rows.len(), 1);
        assert_eq!(rows.rows[0].extra["序号"], 1);
        let whole = catalogue_from_json(
            r#"{"header": {"supervision": "12345热线"}, "rows": [{"level2": "招标公告"}]}"#,
        )
        .unwrap();
        assert_eq!(whole.header.supervision, "12345热线");
        let e = catalogue_from_json(r#"{"rows": [{"level2": 3}]}"#).unwrap_err();
        assert!(
            matches!(e, Error::Parse { ref path, .. } if path == "/rows/0/level2"),
            "{e}"
        );
    }

    /// 97号 二: the baseline a county publishes, given back as JSON, is read row for row (each
    /// matched to its one item) and keeps the law it was written from.
    #[test]
    fn the_baseline_given_back_is_matched_row_for_row_and_passes_97() {
        let rules = RuleSet::national();
        let baseline = baseline_catalogue_json(
            &rules,
            r#"{"domains": ["governmentProcurement"], "level": "county"}"#,
        )
        .unwrap();
        let out = check_catalogue_json(
            &rules,
            &baseline,
            r#"{"domains": ["governmentProcurement"]}"#,
            Lang::En,
        )
        .unwrap();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let rows = v["rows"].as_array().unwrap();
        assert!(!rows.is_empty());
        assert!(
            rows.iter()
                .all(|r| r["items"].as_array().unwrap().len() == 1)
        );
        assert_eq!(v["ok"], true, "{out}");
    }
}
