//! JSON lines in and out: one entry a line, its history inside it, then the "not the same
//! subject" decisions. Export, import and export again gives the same bytes.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::registry::{Registry, Stamp};
use super::screen::NotSame;
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
        let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
        let mut reg = Registry::with_capacity(lines);
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if !line.is_empty() {
                reg.add_line(line).map_err(|e| at_line(i + 1, e))?;
            }
        }
        Ok(reg)
    }

    /// A registry from JSON values, each what a line of [`Registry::from_jsonl`] holds (the
    /// form of `EngineConfig::blacklist`).
    ///
    /// # Errors
    /// [`Error::Parse`] whose path starts `/blacklist/<i>`; [`Error::Blacklist`] with
    /// [`BlacklistError::InEntry`] whose position is `i + 1`.
    pub(crate) fn from_values(values: &[serde_json::Value]) -> Result<Registry, Error> {
        let mut reg = Registry::with_capacity(values.len());
        for (i, v) in values.iter().enumerate() {
            reg.add_line(&v.to_string()).map_err(|e| match e {
                Error::Parse { path, message, .. } => Error::Parse {
                    path: format!("/blacklist/{i}{path}"),
                    message,
                    line: 0,
                    column: 0,
                },
                other => at_line(i + 1, other),
            })?;
        }
        Ok(reg)
    }

    fn add_line(&mut self, line: &str) -> Result<(), Error> {
        if is_decision(line) {
            let d: NotSameLine<NotSame> = crate::parse::from_json(line)?;
            let d = d.not_same_subject;
            self.mark_not_same(&d.query, &d.entry_id, Stamp::new(d.date, d.actor, d.reason))?;
        } else {
            let entry: Entry = crate::parse::from_json(line)?;
            self.add(entry)?;
        }
        Ok(())
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
        for d in &self.not_same {
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
