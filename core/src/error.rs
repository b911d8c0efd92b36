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
    /// A calendar could not be loaded, or a date it was asked about is outside it.
    #[error(transparent)]
    Calendar(#[from] crate::calendar::CalendarError),
    /// A 统一社会信用代码 is not valid.
    #[error(transparent)]
    CreditCode(#[from] crate::ids::UsccError),
    /// A 居民身份证号码 is not valid.
    #[error(transparent)]
    IdNumber(#[from] crate::ids::IdNumberError),
    /// A blacklist entry, event or operation was refused.
    #[error(transparent)]
    Blacklist(#[from] crate::blacklist::BlacklistError),
    /// No rule has this id.
    #[error("no rule has the id {id:?}")]
    UnknownRule {
        /// The id asked for.
        id: String,
    },
    /// The rule is not a time limit, so it has no due date.
    #[error("rule {id:?} is not a time limit")]
    NotADeadline {
        /// The rule's id.
        id: String,
    },
    /// A rule table (national or a local layer) is not valid.
    #[error("invalid rule table: rule {rule_id:?}: {reason}")]
    RuleTable {
        /// The offending rule's id (`""` when the table itself is malformed).
        rule_id: String,
        /// What is wrong.
        reason: String,
    },
    /// A configuration has blacklist entries, and was read by
    /// [`Engine::from_config_json_without_blacklist`](crate::Engine::from_config_json_without_blacklist),
    /// which leaves the blacklist code out (the npm package's default entry does; its `full`
    /// entry reads them).
    #[error(
        "this engine reads no blacklist, and the configuration has blacklist entries ({entries})"
    )]
    BlacklistUnsupported {
        /// How many entries the configuration has.
        entries: usize,
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
            Error::Calendar(e) => e.code(),
            Error::CreditCode(e) => e.code(),
            Error::IdNumber(e) => e.code(),
            Error::Blacklist(e) => e.code(),
            Error::UnknownRule { .. } => "rules.unknown_rule",
            Error::NotADeadline { .. } => "rules.not_a_deadline",
            Error::BlacklistUnsupported { .. } => "config.blacklist_unsupported",
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
            (
                Lang::ZhCn,
                Error::Calendar(crate::calendar::CalendarError::YearNotCovered { year }),
            ) => {
                format!("日历未载入{year}年的节假日安排")
            }
            (Lang::ZhCn, Error::Calendar(e)) => format!("日历数据无效：{e}"),
            (Lang::ZhCn, Error::CreditCode(e)) => format!("统一社会信用代码无效：{e}"),
            (Lang::ZhCn, Error::IdNumber(e)) => format!("居民身份证号码无效：{e}"),
            (Lang::ZhCn, Error::Blacklist(e)) => e.message(lang),
            (Lang::ZhCn, Error::UnknownRule { id }) => format!("没有编号为 {id:?} 的规则"),
            (Lang::ZhCn, Error::NotADeadline { id }) => format!("规则 {id:?} 不是时限规则"),
            (Lang::ZhCn, Error::BlacklistUnsupported { entries }) => {
                format!("此引擎不读取黑名单：配置含 {entries} 条黑名单记录")
            }
        }
    }
}
