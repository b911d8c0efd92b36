//! The columns a catalogue is published with (the headings of 国办发〔2017〕97号's catalogues as
//! real portals print them), and each row's cells under them: what every writer lays out.

use crate::model::catalog::{Audience, CatalogEntry, DisclosureMode};

/// A heading of the published table, with the width (in characters) a spreadsheet gives it.
pub(crate) struct Heading {
    pub text: String,
    #[cfg_attr(
        not(feature = "catalogue-xlsx-write"),
        allow(dead_code, reason = "only a workbook has column widths")
    )]
    pub width: f64,
}

/// The headings and the rows' cells as text.
pub(crate) struct Table {
    pub headings: Vec<Heading>,
    pub rows: Vec<Vec<String>>,
}

/// 序号: the row's own, when it has one in `extra`.
pub(crate) const NUMBER: &str = "序号";

type Get = fn(&CatalogEntry) -> String;

/// The columns every catalogue has, in order, and those it has only when a row fills them
/// (三级事项, 公开层级).
const COLUMNS: &[(&str, f64, bool, Get)] = &[
    ("一级事项", 14.0, true, |e| e.level1.clone()),
    ("二级事项", 18.0, true, |e| e.level2.clone()),
    ("三级事项", 16.0, false, |e| e.level3.clone()),
    ("公开内容（要素）", 40.0, true, |e| {
        e.content.clone()
    }),
    ("公开依据", 36.0, true, |e| e.basis.clone()),
    ("公开时限", 22.0, true, |e| e.time_limit.clone()),
    ("公开主体", 20.0, true, |e| e.body.clone()),
    ("公开渠道和载体", 24.0, true, |e| e.channels.clone()),
    ("公开对象", 10.0, true, |e| {
        match e.audience {
            Some(Audience::Public) => "全社会",
            Some(Audience::Specific) => "特定群体",
            None => "",
        }
        .to_owned()
    }),
    ("公开方式", 10.0, true, |e| {
        match e.mode {
            Some(DisclosureMode::Proactive) => "主动公开",
            Some(DisclosureMode::OnRequest) => "依申请公开",
            None => "",
        }
        .to_owned()
    }),
    ("公开层级", 12.0, false, |e| e.levels.clone()),
    ("监督渠道", 24.0, true, |e| e.supervision.clone()),
];

fn value_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// The rows under the published headings: 序号 first (the row's own, else its place), the
/// columns, then every other column a row keeps in `extra`, by name.
pub(crate) fn table(rows: &[CatalogEntry]) -> Table {
    let used: Vec<&(&str, f64, bool, Get)> = COLUMNS
        .iter()
        .filter(|(_, _, always, get)| *always || rows.iter().any(|r| !get(r).is_empty()))
        .collect();
    let mut extra: Vec<&str> = Vec::new();
    for r in rows {
        for k in r.extra.keys() {
            if k != NUMBER && !extra.contains(&k.as_str()) {
                extra.push(k);
            }
        }
    }
    extra.sort_unstable();
    let mut headings = vec![Heading {
        text: NUMBER.to_owned(),
        width: 6.0,
    }];
    headings.extend(used.iter().map(|(h, w, _, _)| Heading {
        text: (*h).to_owned(),
        width: *w,
    }));
    headings.extend(extra.iter().map(|h| Heading {
        text: (*h).to_owned(),
        width: 16.0,
    }));
    let rows = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut cells = Vec::with_capacity(headings.len());
            cells.push(
                r.extra
                    .get(NUMBER)
                    .map_or_else(|| (i + 1).to_string(), value_text),
            );
            cells.extend(used.iter().map(|(_, _, _, get)| get(r)));
            cells.extend(
                extra
                    .iter()
                    .map(|k| r.extra.get(*k).map(value_text).unwrap_or_default()),
            );
            cells
        })
        .collect();
    Table { headings, rows }
}
