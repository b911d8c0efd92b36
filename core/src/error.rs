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
    /// A date given as text (an argument, an option) is not a date `YYYY-MM-DD`. A date inside a
    /// JSON document is an [`Error::Parse`] at its pointer.
    #[error("{field}: {text:?} is not a date: {reason}")]
    InvalidDate {
        /// The argument's name or the field's JSON Pointer.
        field: String,
        /// The text given.
        text: String,
        /// Why it is no date.
        reason: crate::date::DateError,
    },
    /// An argument of a call is not of the type or in the range it must have (a number of days
    /// that is not an integer, a language or domain name that does not exist).
    #[error("argument `{argument}` must be {expected}, got {got}")]
    InvalidArgument {
        /// The argument's name, as the surface spells it (`n`, `ruleId`, `lang`).
        argument: String,
        /// What it must be.
        expected: Expected,
        /// What it is, shown to the caller: the value or its type.
        got: String,
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
    /// [`Error::Parse`] of a value whose place in the text is not known (a value handed over as
    /// data, not as text): no line or column.
    pub fn invalid_json(path: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Parse {
            path: path.into(),
            message: message.into(),
            line: 0,
            column: 0,
        }
    }

    /// [`Error::Parse`] at a 1-based line and column of the caller's text.
    pub fn invalid_json_at(
        path: impl Into<String>,
        message: impl Into<String>,
        line: usize,
        column: usize,
    ) -> Error {
        Error::Parse {
            path: path.into(),
            message: message.into(),
            line,
            column,
        }
    }

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
            Error::InvalidDate { .. } => "input.invalid_date",
            Error::InvalidArgument { .. } => "input.invalid_argument",
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

    /// The message in the requested language. Every error has one in each.
    ///
    /// # Example
    /// ```
    /// let err = gongkai::date::parse_field("today", "2024-02-30").unwrap_err();
    /// assert_eq!(
    ///     err.message(gongkai::Lang::ZhCn),
    ///     "today 不是有效日期：\"2024-02-30\"：2024年2月没有30日（该月只有29天）"
    /// );
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Error::Parse {
                path,
                message,
                line,
                column,
            } => {
                let at = if path.is_empty() {
                    "（文档）"
                } else {
                    path
                };
                if *line == 0 {
                    format!("JSON 输入无效：字段 {at}：{message}")
                } else {
                    format!("JSON 输入无效：字段 {at}（第 {line} 行第 {column} 列）：{message}")
                }
            }
            Error::InvalidDate {
                field,
                text,
                reason,
            } => format!("{field} 不是有效日期：{text:?}：{}", reason.message(lang)),
            Error::InvalidArgument {
                argument,
                expected,
                got,
            } => format!("参数 {argument} 应为{}，实为 {got}", expected.name(lang)),
            Error::RuleTable { rule_id, reason } => {
                format!("规则表无效：规则 {rule_id:?}：{reason}")
            }
            Error::Calendar(e) => e.message(lang),
            Error::CreditCode(e) => {
                crate::blacklist::InvalidIdentifier::CreditCode(e.clone()).message(lang)
            }
            Error::IdNumber(e) => {
                crate::blacklist::InvalidIdentifier::IdNumber(e.clone()).message(lang)
            }
            Error::Blacklist(e) => e.message(lang),
            Error::UnknownRule { id } => format!("没有编号为 {id:?} 的规则"),
            Error::NotADeadline { id } => format!("规则 {id:?} 不是时限规则"),
            Error::BlacklistUnsupported { entries } => {
                format!("此引擎不读取黑名单：配置含 {entries} 条黑名单记录")
            }
        }
    }
}

/// What an argument must be ([`Error::InvalidArgument`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Expected {
    /// A whole number in range (a count of working days).
    Integer,
    /// A date string `YYYY-MM-DD`.
    DateString,
    /// A rule id string (`GP-R43`).
    RuleId,
    /// A JSON Pointer string (`/publishedOn`).
    Pointer,
    /// The JSON name of a domain (`governmentProcurement`).
    Domain,
    /// A language: `zh-CN` or `en` (a `gongkai_lang` value in C).
    Lang,
}

impl Expected {
    /// What it is called in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        let (zh, en) = match self {
            Expected::Integer => ("整数", "an integer"),
            Expected::DateString => ("YYYY-MM-DD 格式的日期字符串", "a date string YYYY-MM-DD"),
            Expected::RuleId => ("规则编号字符串", "a rule id string"),
            Expected::Pointer => ("JSON Pointer 字符串", "a JSON Pointer string"),
            Expected::Domain => ("领域名称", "a domain name"),
            Expected::Lang => ("语言（zh-CN 或 en）", "a language (zh-CN or en)"),
        };
        if lang == Lang::En { en } else { zh }
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}
