//! Errors: input that could not be judged. A rule a record breaks is a [`Finding`](crate::Finding), not an error.

use crate::Lang;

/// Why gongkai could not do what was asked.
///
/// Every variant has a stable [`code`](Error::code) that the C and WASM surfaces expose
/// unchanged, and a message in zh-CN or en.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not JSON, or not the shape expected.
    #[error("invalid JSON at {path} (line {line}, column {column}): {message}")]
    Parse {
        /// RFC 6901 JSON Pointer of the offending value (`""` for the document itself).
        path: String,
        /// What the parser said.
        message: String,
        /// 1-based line in the input (0 when unknown).
        line: usize,
        /// 1-based column in the input (0 when unknown).
        column: usize,
    },
    /// A rule table (national or a local layer) is not valid.
    #[error("invalid rule table: rule {rule_id:?}: {reason}")]
    RuleTable {
        /// The offending rule's id (`""` when the table itself is malformed).
        rule_id: String,
        /// What is wrong.
        reason: String,
    },
}

impl Error {
    /// The stable code of this error.
    ///
    /// # Example
    /// ```
    /// let err = gongkai::DisclosureRecord::from_json("{").unwrap_err();
    /// assert_eq!(err.code(), "input.invalid_json");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Error::Parse { .. } => "input.invalid_json",
            Error::RuleTable { .. } => "rules.invalid_table",
        }
    }

    /// The message in the requested language.
    pub fn message(&self, lang: Lang) -> String {
        match (lang, self) {
            (Lang::En, e) => e.to_string(),
            (
                Lang::ZhCn,
                Error::Parse {
                    path,
                    message,
                    line,
                    column,
                },
            ) => {
                let at = if path.is_empty() {
                    "（文档）"
                } else {
                    path
                };
                format!("JSON 输入无效：字段 {at}（第 {line} 行第 {column} 列）：{message}")
            }
            (Lang::ZhCn, Error::RuleTable { rule_id, reason }) => {
                format!("规则表无效：规则 {rule_id:?}：{reason}")
            }
        }
    }
}
