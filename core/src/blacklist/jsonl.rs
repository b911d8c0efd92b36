//! JSON lines in and out: one entry a line, its history inside it, then the "not the same
//! subject" decisions. Export, import and export again gives the same bytes.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::event::Stamp;
use super::loading::Bulk;
use super::not_same::NotSame;
use super::registry::Registry;
use super::{BlacklistError, Entry};
use crate::Error;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct NotSameLine<T> {
    not_same_subject: T,
}

/// A decision line is the only object whose one key is `notSameSubject`; entries never have it.
fn is_decision(line: &str) -> bool {
    line.strip_prefix('{')
        .is_some_and(|rest| rest.trim_start().starts_with("\"notSameSubject\""))
}

fn at_line(n: usize, e: Error) -> Error {
    match e {
        Error::Parse {
            path,
            message,
            column,
            ..
        } => Error::Parse {
            path,
            message,
            line: n,
            column,
        },
        Error::Blacklist(b) => Error::Blacklist(BlacklistError::InEntry {
            position: n,
            error: Box::new(b),
        }),
        other => other,
    }
}

/// Reads numbered lines: entries are stored in bulk (indexed once, at the end) until the first
/// decision line, which needs the indexes; anything after goes one by one. The error is the
/// first in line order, as reading one line at a time would find.
fn load<'a>(
    lines: impl Iterator<Item = (usize, &'a str)>,
    capacity: usize,
) -> Result<Registry, (usize, Error)> {
    let mut bulk = Some(Bulk::new(capacity));
    let mut reg = Registry::new();
    // A duplicate among the lines before is found only when the bulk is checked: it comes first.
    let fail = |bulk: &Option<Bulk>, n: usize, e: Error| -> (usize, Error) {
        match bulk.as_ref().and_then(|b| b.duplicate_before(n)) {
            Some((p, dup)) => (p, dup.into()),
            None => (n, e),
        }
    };
    for (n, line) in lines {
        if is_decision(line) {
            if let Some(b) = bulk.take() {
                reg = b.finish().map_err(|(p, e)| (p, e.into()))?;
            }
            let d: NotSameLine<NotSame> = crate::parse::from_json(line).map_err(|e| (n, e))?;
            let d = d.not_same_subject;
            reg.mark_not_same(&d.query, &d.entry_id, Stamp::new(d.date, d.actor, d.reason))
                .map_err(|e| (n, e.into()))?;
            continue;
        }
        let entry: Entry = match crate::parse::from_json(line) {
            Ok(e) => e,
            Err(e) => return Err(fail(&bulk, n, e)),
        };
        match bulk.as_mut() {
            Some(b) => {
                if let Err(e) = b.push(entry, n) {
                    return Err(fail(&bulk, n, e.into()));
                }
            }
            None => reg.add(entry).map_err(|e| (n, e.into()))?,
        }
    }
    match bulk {
        Some(b) => b.finish().map_err(|(p, e)| (p, e.into())),
        None => Ok(reg),
    }
}

impl Registry {
    /// Reads a registry from JSON lines: each line an [`Entry`] (the object
    /// [`Entry::to_json`] writes, history included) or a decision
    /// `{"notSameSubject": {"query", "entryId", "date", "actor", "reason"}}`, which must follow
    /// its entry. Blank lines are skipped.
    ///
    /// # Example
    /// ```
    /// let text = concat!(
    ///   r#"{"id":"BL-1","subject":{"kind":"organization","name":"云江市某某工程有限公司"},"#,
    ///   r#""conduct":{"category":"collusiveBidding"},"decision":{"authority":"云江市发展和改革局","#,
    ///   r#""number":"云发改罚〔2024〕2号","date":"2024-04-16"},"legalBasis":{"provision":"biddingLaw53"},"#,
    ///   r#""bars":"constructionBidding","ban":{"months":12},"listedOn":"2024-04-19"}"#, "\n",
    ///   r#"{"notSameSubject":{"query":{"name":"云江市某某工程有限责任公司"},"entryId":"BL-1","#,
    ///   r#""date":"2024-05-02","actor":"云江市公共资源交易中心","reason":"经核实为另一家企业"}}"#, "\n");
    /// let reg = gongkai::blacklist::Registry::from_jsonl(text)?;
    /// assert_eq!(reg.len(), 1);
    /// assert_eq!(gongkai::blacklist::Registry::from_jsonl(&reg.to_jsonl())?.to_jsonl(), reg.to_jsonl());
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Parse`] whose `line` is the file's line; [`Error::Blacklist`] with
    /// [`BlacklistError::InEntry`] naming the line of an entry or decision refused.
    pub fn from_jsonl(text: &str) -> Result<Registry, Error> {
        let lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim()))
            .filter(|(_, l)| !l.is_empty());
        load(lines, text.lines().count()).map_err(|(n, e)| at_line(n, e))
    }

    /// A registry from JSON texts, each what a line of [`Registry::from_jsonl`] holds (the
    /// elements of `EngineConfig::blacklist`).
    ///
    /// # Errors
    /// The 1-based position of the text an error is about, and the error: [`Error::Parse`] as
    /// that text gives it, [`Error::Blacklist`] with [`BlacklistError::InEntry`] at the position.
    pub(crate) fn from_texts(texts: &[&str]) -> Result<Registry, (usize, Error)> {
        let lines = texts.iter().enumerate().map(|(i, t)| (i + 1, *t));
        load(lines, texts.len()).map_err(|(n, e)| match e {
            e @ Error::Parse { .. } => (n, e),
            other => (n, at_line(n, other)),
        })
    }

    /// Writes the registry as JSON lines (see [`Registry::from_jsonl`]).
    ///
    /// # Errors
    /// Only those of `out`.
    pub fn write_jsonl(&self, out: &mut impl fmt::Write) -> fmt::Result {
        for e in self.iter() {
            out.write_str(&e.to_entry().to_json())?;
            out.write_char('\n')?;
        }
        for d in self.not_same.list() {
            let line = serde_json::to_string(&NotSameLine {
                not_same_subject: d,
            })
            .map_err(|_| fmt::Error)?;
            out.write_str(&line)?;
            out.write_char('\n')?;
        }
        Ok(())
    }

    /// The registry as JSON lines.
    pub fn to_jsonl(&self) -> String {
        let mut s = String::new();
        // Writing to a String cannot fail, and every value serialises.
        let _ = self.write_jsonl(&mut s);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_line() {
        let good = r#"{"id":"A","subject":{"kind":"organization","name":"甲公司"},"conduct":{"category":"bribery"},"decision":{"authority":"某局","number":"1号","date":"2024-01-02"},"legalBasis":{"provision":"biddingLaw53"},"bars":"constructionBidding","listedOn":"2024-01-05"}"#;
        let text = format!("{good}\n\n{{\"id\":1}}\n");
        match Registry::from_jsonl(&text) {
            Err(Error::Parse { line, path, .. }) => {
                assert_eq!(line, 3);
                assert_eq!(path, "/id");
            }
            other => panic!("{other:?}"),
        }
        let text = format!("{good}\n{good}\n");
        match Registry::from_jsonl(&text) {
            Err(Error::Blacklist(BlacklistError::InEntry { position, error })) => {
                assert_eq!(position, 2);
                assert_eq!(error.code(), "blacklist.duplicate_id");
            }
            other => panic!("{other:?}"),
        }
        let orphan = r#"{"notSameSubject":{"query":{"name":"乙"},"entryId":"Z","date":"2024-01-09","actor":"a","reason":"r"}}"#;
        let err = Registry::from_jsonl(&format!("{good}\n{orphan}")).unwrap_err();
        assert_eq!(err.code(), "blacklist.unknown_entry");
    }
}
