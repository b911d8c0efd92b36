//! Reading records: a JSON array or NDJSON, one bad record never stopping the rest.

use gongkai::{DisclosureRecord, Error, Lang};
use serde_json::value::RawValue;

/// A record that could not be read.
pub struct BadRecord {
    /// 1-based position in the file (array index + 1, or line number).
    pub index: usize,
    /// The record's `id`, when it could be found.
    pub record_id: Option<String>,
    pub error: Error,
}

impl BadRecord {
    /// One line naming the record and the field.
    pub fn line(&self, lang: Lang) -> String {
        let who = match (&self.record_id, lang) {
            (Some(id), Lang::ZhCn) => format!("第 {} 条记录（{id}）", self.index),
            (None, Lang::ZhCn) => format!("第 {} 条记录", self.index),
            (Some(id), Lang::En) => format!("record #{} ({id})", self.index),
            (None, Lang::En) => format!("record #{}", self.index),
        };
        let sep = if lang == Lang::ZhCn { "：" } else { ": " };
        format!("{who}{sep}{}", self.error.message(lang))
    }
}

/// The records of a file, each parsed on its own.
pub fn records(text: &str) -> Vec<Result<(usize, DisclosureRecord), BadRecord>> {
    if text.trim_start().starts_with('[') {
        match serde_json::from_str::<Vec<&RawValue>>(text) {
            Ok(raws) => raws
                .iter()
                .enumerate()
                .map(|(i, raw)| parse_one(i + 1, raw.get()))
                .collect(),
            Err(e) => vec![Err(BadRecord {
                index: 0,
                record_id: None,
                error: Error::Parse {
                    path: String::new(),
                    message: format!("the file is not a JSON array of records: {e}"),
                    line: e.line(),
                    column: e.column(),
                },
            })],
        }
    } else {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| parse_one(i + 1, l))
            .collect()
    }
}

fn parse_one(index: usize, json: &str) -> Result<(usize, DisclosureRecord), BadRecord> {
    DisclosureRecord::from_json(json)
        .map(|r| (index, r))
        .map_err(|error| BadRecord {
            index,
            record_id: id_of(json),
            error,
        })
}

/// The `id` of a record that failed to parse, if it is there at all.
fn id_of(json: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(json).ok()?;
    v.get("id")?.as_str().map(str::to_owned)
}
