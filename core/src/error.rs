//! Errors: input that could not be judged. A rule a record breaks is a [`Finding`](crate::Finding), not an error.

use crate::Lang;

/// Why gongkai could not do what was asked.
///
/// Every variant has a stable [`code`](Error::code) that the C and WASM surfaces expose
/// unchanged, and a message in zh-CN or en.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Error {
    /// The input is not JSON, or not the shape expected.
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
    /// A date argument is not a date: text that is not `YYYY-MM-DD` ([`crate::date::parse`]), or
    /// the C library's yyyymmdd number that is not a real day from 1949 to 2099. A date inside a
    /// JSON document is an [`Error::Parse`] at its pointer.
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
    InvalidArgument {
        /// The argument's name, as the surface spells it (`n`, `ruleId`, `lang`).
        argument: String,
        /// What it must be.
        expected: Expected,
        /// What it is, shown to the caller: the value or its type.
        got: String,
    },
    /// A calendar could not be loaded, or a date it was asked about is outside it.
    Calendar(crate::calendar::CalendarError),
    /// A 统一社会信用代码 is not valid.
    CreditCode(crate::ids::UsccError),
    /// A 居民身份证号码 is not valid.
    IdNumber(crate::ids::IdNumberError),
    /// A blacklist entry, event or operation was refused.
    Blacklist(crate::blacklist::BlacklistError),
    /// No rule has this id.
    UnknownRule {
        /// The id asked for.
        id: String,
    },
    /// The rule is not a time limit, so it has no due date.
    NotADeadline {
        /// The rule's id.
        id: String,
    },
    /// A rule table (national or a local layer) is not valid.
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
            Error::Blacklist(e) => e.code(),
            // Some for every other variant.
            _ => self.code_without_blacklist().unwrap_or_default(),
        }
    }

    /// The stable code of this error, or `None` for an [`Error::Blacklist`]: for a build that
    /// never reads a blacklist (an engine from
    /// [`Engine::from_config_json_without_blacklist`](crate::Engine::from_config_json_without_blacklist)),
    /// which then carries none of the blacklist's codes. The npm package's default entry, whose
    /// size budget cannot carry them, calls this and [`Error::message_without_blacklist`] rather
    /// than [`Error::code`] and [`Error::message`].
    ///
    /// # Example
    /// ```
    /// let err = gongkai::DisclosureRecord::from_json("{").unwrap_err();
    /// assert_eq!(err.code_without_blacklist(), Some("input.invalid_json"));
    /// let refused = gongkai::Error::from(gongkai::blacklist::BlacklistError::RegistryFull);
    /// assert_eq!(refused.code_without_blacklist(), None);
    /// ```
    pub fn code_without_blacklist(&self) -> Option<&'static str> {
        Some(match self {
            Error::Parse { .. } => "input.invalid_json",
            Error::InvalidDate { .. } => "input.invalid_date",
            Error::InvalidArgument { .. } => "input.invalid_argument",
            Error::RuleTable { .. } => "rules.invalid_table",
            Error::Calendar(e) => e.code(),
            Error::CreditCode(e) => e.code(),
            Error::IdNumber(e) => e.code(),
            Error::Blacklist(_) => return None,
            Error::UnknownRule { .. } => "rules.unknown_rule",
            Error::NotADeadline { .. } => "rules.not_a_deadline",
            Error::BlacklistUnsupported { .. } => "config.blacklist_unsupported",
        })
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
        match self {
            Error::Blacklist(e) => e.message(lang),
            // Some for every other variant.
            _ => self.message_without_blacklist(lang).unwrap_or_default(),
        }
    }

    /// The message in the requested language, or `None` for an [`Error::Blacklist`]: as
    /// [`Error::code_without_blacklist`], for a build that reads no blacklist and so carries
    /// none of its messages.
    ///
    /// # Example
    /// ```
    /// let err = gongkai::date::parse_field("today", "2024-02-30").unwrap_err();
    /// assert_eq!(
    ///     err.message_without_blacklist(gongkai::Lang::En),
    ///     Some(err.message(gongkai::Lang::En))
    /// );
    /// ```
    pub fn message_without_blacklist(&self, lang: Lang) -> Option<String> {
        if let Error::Blacklist(_) = self {
            return None;
        }
        if lang == Lang::En {
            return Some(WithoutBlacklist(self).to_string());
        }
        Some(match self {
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
                let message = crate::parse::message_zh(message);
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
            Error::Blacklist(_) => return None,
            Error::UnknownRule { id } => format!("没有编号为 {id:?} 的规则"),
            Error::NotADeadline { id } => format!("规则 {id:?} 不是时限规则"),
            Error::BlacklistUnsupported { entries } => {
                format!("此引擎不读取黑名单：配置含 {entries} 条黑名单记录")
            }
        })
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Blacklist(e) => e.fmt(f),
            _ => WithoutBlacklist(self).fmt(f),
        }
    }
}

/// The English message of any error but an [`Error::Blacklist`] (which writes nothing here):
/// [`Error`]'s `Display` without the blacklist's texts, for [`Error::message_without_blacklist`].
struct WithoutBlacklist<'a>(&'a Error);

impl std::fmt::Display for WithoutBlacklist<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0 {
            Error::Parse {
                path,
                message,
                line,
                column,
            } => write!(
                f,
                "invalid JSON at {path} (line {line}, column {column}): {message}"
            ),
            Error::InvalidDate {
                field,
                text,
                reason,
            } => write!(f, "{field}: {text:?}: {reason}"),
            Error::InvalidArgument {
                argument,
                expected,
                got,
            } => write!(f, "argument `{argument}` must be {expected}, got {got}"),
            Error::Calendar(e) => e.fmt(f),
            Error::CreditCode(e) => e.fmt(f),
            Error::IdNumber(e) => e.fmt(f),
            Error::Blacklist(_) => Ok(()),
            Error::UnknownRule { id } => write!(f, "no rule has the id {id:?}"),
            Error::NotADeadline { id } => write!(f, "rule {id:?} is not a time limit"),
            Error::RuleTable { rule_id, reason } => {
                write!(f, "invalid rule table: rule {rule_id:?}: {reason}")
            }
            Error::BlacklistUnsupported { entries } => write!(
                f,
                "this engine reads no blacklist, and the configuration has blacklist entries ({entries})"
            ),
        }
    }
}

/// The errors it wraps are its own (their messages are its messages): their sources are its
/// sources.
impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Calendar(e) => e.source(),
            Error::CreditCode(e) => e.source(),
            Error::IdNumber(e) => e.source(),
            Error::Blacklist(e) => e.source(),
            _ => None,
        }
    }
}

impl From<crate::calendar::CalendarError> for Error {
    fn from(e: crate::calendar::CalendarError) -> Error {
        Error::Calendar(e)
    }
}

impl From<crate::ids::UsccError> for Error {
    fn from(e: crate::ids::UsccError) -> Error {
        Error::CreditCode(e)
    }
}

impl From<crate::ids::IdNumberError> for Error {
    fn from(e: crate::ids::IdNumberError) -> Error {
        Error::IdNumber(e)
    }
}

impl From<crate::blacklist::BlacklistError> for Error {
    fn from(e: crate::blacklist::BlacklistError) -> Error {
        Error::Blacklist(e)
    }
}

/// Every stable code an [`Error`] can have ([`Error::code`]), grouped as the C library's statuses
/// are. A code is never removed or given another meaning; the C and WASM surfaces map from this
/// list, and a test holds it to the variants.
pub const CODES: &[&str] = &[
    "input.invalid_json",
    "input.invalid_date",
    "input.invalid_argument",
    "calendar.year_not_covered",
    "calendar.invalid_date",
    "calendar.missing_field",
    "calendar.invalid_field",
    "calendar.unknown_festival",
    "calendar.duplicate_date",
    "calendar.kind_contradicts_weekday",
    "calendar.local_day_clash",
    "calendar.date_outside_year",
    "calendar.duplicate_year",
    "calendar.year_gap",
    "calendar.year_incomplete",
    "calendar.json_syntax",
    "calendar.duplicate_key",
    "uscc.wrong_length",
    "uscc.invalid_character",
    "uscc.bad_registration_authority",
    "uscc.bad_entity_type",
    "uscc.bad_region_code",
    "uscc.bad_organization_code",
    "uscc.bad_check_character",
    "id_number.wrong_length",
    "id_number.invalid_character",
    "id_number.bad_region_code",
    "id_number.bad_birth_date",
    "id_number.bad_check_character",
    "id_number.birth_date_in_future",
    "rules.invalid_table",
    "rules.unknown_rule",
    "rules.not_a_deadline",
    "blacklist.ban_out_of_range",
    "blacklist.ban_missing",
    "blacklist.ban_before_decision",
    "blacklist.bars_outside_basis",
    "blacklist.listed_before_decision",
    "blacklist.credit_class_not_in_force",
    "blacklist.empty_field",
    "blacklist.field_too_long",
    "blacklist.invalid_range",
    "blacklist.duplicate_entry",
    "blacklist.duplicate_id",
    "blacklist.unknown_entry",
    "blacklist.event_out_of_order",
    "blacklist.event_before_decision",
    "blacklist.already_withdrawn",
    "blacklist.already_repaired",
    "blacklist.repair_too_early",
    "blacklist.withdrawn_before_revocation",
    "blacklist.correction_not_applicable",
    "blacklist.identifier_match",
    "blacklist.already_marked_not_same",
    "blacklist.registry_full",
    "config.blacklist_unsupported",
];

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
    /// The JSON name of a disclosure item (`procurementResult`).
    Item,
    /// A language: `zh-CN` or `en` (a `gongkai_lang` value in C).
    Lang,
    /// A record linked to the one judged (the notice it amends, or one amending it), of the
    /// same domain.
    LinkedRecord,
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
            Expected::Item => ("公开事项名称", "an item name"),
            Expected::Lang => ("语言（zh-CN 或 en）", "a language (zh-CN or en)"),
            Expected::LinkedRecord => (
                "同一领域的关联记录（所更正、中止的公告或者更正、中止它的公告）",
                "a linked record of the same domain (the notice amended, or one amending it)",
            ),
        };
        if lang == Lang::En { en } else { zh }
    }
}

impl std::fmt::Display for Expected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blacklist::BlacklistError as B;
    use crate::calendar::{CalendarError as C, DayKind, Festival, Location};
    use crate::ids::{IdNumberError as I, UsccError as U};

    /// One error of every variant, nested ones included.
    pub(crate) fn one_of_each() -> Vec<Error> {
        let at = || Location::Line(1);
        let d = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let calendar = vec![
            C::YearNotCovered { year: 2027 },
            C::InvalidDate {
                at: at(),
                text: "2024-02-30".into(),
            },
            C::MissingField {
                at: at(),
                field: "f",
            },
            C::InvalidField {
                at: at(),
                field: "f",
                value: "v".into(),
            },
            C::UnknownFestival {
                at: at(),
                name: "n".into(),
            },
            C::DuplicateDate { at: at(), date: d },
            C::KindContradictsWeekday {
                at: at(),
                date: d,
                kind: DayKind::MakeupWorkday,
            },
            C::LocalDayClash { at: at(), date: d },
            C::DateOutsideYear {
                at: at(),
                date: d,
                year: 2023,
            },
            C::DuplicateYear {
                at: at(),
                year: 2024,
            },
            C::YearGap { year: 2025 },
            C::YearIncomplete {
                year: 2024,
                missing: Festival::NewYear,
            },
            C::JsonSyntax { line: 1, column: 1 },
            C::DuplicateKey {
                at: at(),
                key: "k".into(),
            },
        ];
        let uscc = vec![
            U::WrongLength { len: 1 },
            U::InvalidCharacter {
                position: 1,
                found: 'I',
            },
            U::BadRegistrationAuthority { found: 'B' },
            U::BadEntityType {
                authority: '9',
                found: '4',
            },
            U::BadRegionCode { region: 0 },
            U::BadOrganizationCode {
                expected: '7',
                found: '0',
            },
            U::BadCheckCharacter {
                expected: 'R',
                found: '0',
            },
        ];
        let id = vec![
            I::WrongLength { len: 1 },
            I::InvalidCharacter {
                position: 1,
                found: 'Y',
            },
            I::BadRegionCode { region: 0 },
            I::BadBirthDate {
                year: 1800,
                month: 1,
                day: 1,
            },
            I::BadCheckCharacter {
                expected: '4',
                found: '7',
            },
            I::BirthDateInFuture {
                birth_date: d,
                today: d,
            },
        ];
        let id_ = || "BL-1".to_owned();
        let blacklist = vec![
            B::BanOutOfRange {
                basis: "procurementLaw77",
                min: 12,
                max: 36,
                given: 48,
            },
            B::BanMissing {
                basis: "procurementLaw77",
            },
            B::BanBeforeDecision {
                decided: d,
                start: d,
            },
            B::BarsOutsideBasis {
                basis: "procurementLaw77",
                bars: "constructionBidding",
            },
            B::ListedBeforeDecision {
                decided: d,
                listed: d,
            },
            B::CreditClassNotInForce {
                decided: d,
                in_force: d,
            },
            B::EmptyField { field: "id" },
            B::FieldTooLong {
                field: "id",
                len: 2,
                max: 1,
            },
            B::InvalidRange { min: 2, max: 1 },
            B::DuplicateEntry {
                id: id_(),
                existing: id_(),
                number: "n".into(),
            },
            B::DuplicateId { id: id_() },
            B::UnknownEntry { id: id_() },
            B::EventOutOfOrder { last: d, given: d },
            B::EventBeforeDecision {
                decided: d,
                given: d,
            },
            B::AlreadyWithdrawn { id: id_(), on: d },
            B::AlreadyRepaired { id: id_(), on: d },
            B::RepairTooEarly { earliest: d },
            B::WithdrawnBeforeRevocation {
                revoked: d,
                withdrawn: d,
            },
            B::CorrectionNotApplicable { field: "ban" },
            B::IdentifierMatch { entry_id: id_() },
            B::AlreadyMarkedNotSame { entry_id: id_() },
            B::RegistryFull,
        ];
        let mut errors = vec![
            Error::invalid_json("/a", "m"),
            Error::InvalidDate {
                field: "today".into(),
                text: "2024-9-1".into(),
                reason: crate::date::DateError::Invalid,
            },
            Error::InvalidArgument {
                argument: "n".into(),
                expected: Expected::Integer,
                got: "1.5".into(),
            },
            Error::RuleTable {
                rule_id: "X".into(),
                reason: "r".into(),
            },
            Error::UnknownRule { id: "X".into() },
            Error::NotADeadline { id: "X".into() },
            Error::BlacklistUnsupported { entries: 1 },
        ];
        errors.extend(calendar.into_iter().map(Error::from));
        errors.extend(uscc.into_iter().map(Error::from));
        errors.extend(id.into_iter().map(Error::from));
        errors.extend(blacklist.into_iter().map(Error::from));
        errors
    }

    /// Which variant an error is, down to the innermost enum: a match without a wildcard, so that
    /// a variant added anywhere fails to compile here until it is numbered, and
    /// [`every_variant_is_in_one_of_each`] then fails until [`one_of_each`] has it.
    const LEAVES: usize = 7 + 14 + 7 + 6 + 22;
    fn leaf(e: &Error) -> usize {
        match e {
            Error::Parse { .. } => 0,
            Error::InvalidDate { .. } => 1,
            Error::InvalidArgument { .. } => 2,
            Error::RuleTable { .. } => 3,
            Error::UnknownRule { .. } => 4,
            Error::NotADeadline { .. } => 5,
            Error::BlacklistUnsupported { .. } => 6,
            Error::Calendar(c) => 7 + calendar_leaf(c),
            Error::CreditCode(u) => {
                21 + match u {
                    U::WrongLength { .. } => 0,
                    U::InvalidCharacter { .. } => 1,
                    U::BadRegistrationAuthority { .. } => 2,
                    U::BadEntityType { .. } => 3,
                    U::BadRegionCode { .. } => 4,
                    U::BadOrganizationCode { .. } => 5,
                    U::BadCheckCharacter { .. } => 6,
                }
            }
            Error::IdNumber(i) => {
                28 + match i {
                    I::WrongLength { .. } => 0,
                    I::InvalidCharacter { .. } => 1,
                    I::BadRegionCode { .. } => 2,
                    I::BadBirthDate { .. } => 3,
                    I::BadCheckCharacter { .. } => 4,
                    I::BirthDateInFuture { .. } => 5,
                }
            }
            Error::Blacklist(b) => blacklist_leaf(b),
        }
    }

    fn calendar_leaf(c: &C) -> usize {
        match c {
            C::YearNotCovered { .. } => 0,
            C::InvalidDate { .. } => 1,
            C::MissingField { .. } => 2,
            C::InvalidField { .. } => 3,
            C::UnknownFestival { .. } => 4,
            C::DuplicateDate { .. } => 5,
            C::KindContradictsWeekday { .. } => 6,
            C::LocalDayClash { .. } => 7,
            C::DateOutsideYear { .. } => 8,
            C::DuplicateYear { .. } => 9,
            C::YearGap { .. } => 10,
            C::YearIncomplete { .. } => 11,
            C::JsonSyntax { .. } => 12,
            C::DuplicateKey { .. } => 13,
        }
    }

    /// A blacklist error's leaf; the wrappers (`Calendar`, `InEntry`) have the leaf of what they
    /// wrap, as they have its code.
    fn blacklist_leaf(b: &B) -> usize {
        34 + match b {
            B::BanOutOfRange { .. } => 0,
            B::BanMissing { .. } => 1,
            B::BanBeforeDecision { .. } => 2,
            B::BarsOutsideBasis { .. } => 3,
            B::ListedBeforeDecision { .. } => 4,
            B::CreditClassNotInForce { .. } => 5,
            B::EmptyField { .. } => 6,
            B::FieldTooLong { .. } => 7,
            B::InvalidRange { .. } => 8,
            B::DuplicateEntry { .. } => 9,
            B::DuplicateId { .. } => 10,
            B::UnknownEntry { .. } => 11,
            B::EventOutOfOrder { .. } => 12,
            B::EventBeforeDecision { .. } => 13,
            B::AlreadyWithdrawn { .. } => 14,
            B::AlreadyRepaired { .. } => 15,
            B::RepairTooEarly { .. } => 16,
            B::WithdrawnBeforeRevocation { .. } => 17,
            B::CorrectionNotApplicable { .. } => 18,
            B::IdentifierMatch { .. } => 19,
            B::AlreadyMarkedNotSame { .. } => 20,
            B::RegistryFull => 21,
            B::Calendar(c) => return 7 + calendar_leaf(c),
            B::InEntry { error, .. } => return blacklist_leaf(error),
        }
    }

    #[test]
    fn every_variant_is_in_one_of_each() {
        let mut seen = [false; LEAVES];
        for e in one_of_each() {
            seen[leaf(&e)] = true;
        }
        let missing: Vec<usize> = (0..LEAVES).filter(|&i| !seen[i]).collect();
        assert!(missing.is_empty(), "leaves without an example: {missing:?}");
    }

    /// [`CODES`] lists exactly the codes of the variants, each once.
    #[test]
    fn codes_are_the_variants_codes() {
        let errors = one_of_each();
        let codes: Vec<&str> = errors.iter().map(Error::code).collect();
        assert_eq!(codes.len(), CODES.len());
        for code in CODES {
            assert_eq!(codes.iter().filter(|c| *c == code).count(), 1, "{code}");
        }
        // Nested blacklist errors have the code of what they wrap.
        let nested = Error::from(B::InEntry {
            position: 2,
            error: Box::new(B::DuplicateId { id: "x".into() }),
        });
        assert_eq!(nested.code(), "blacklist.duplicate_id");
        let nested = Error::from(B::Calendar(C::YearNotCovered { year: 2030 }));
        assert_eq!(nested.code(), "calendar.year_not_covered");
    }

    /// Without the blacklist, every other error has its code and messages, and a blacklist
    /// error (nested ones included) none.
    #[test]
    fn without_the_blacklist_every_other_error_is_the_same() {
        for e in one_of_each() {
            let other = !matches!(e, Error::Blacklist(_));
            assert_eq!(e.code_without_blacklist(), other.then(|| e.code()));
            for lang in [Lang::ZhCn, Lang::En] {
                assert_eq!(
                    e.message_without_blacklist(lang),
                    other.then(|| e.message(lang)),
                    "{}",
                    e.code()
                );
            }
        }
    }

    /// Every error has a Chinese message of its own: not the English one, with Chinese in it.
    #[test]
    fn every_error_has_a_chinese_message() {
        for e in one_of_each() {
            let (zh, en) = (e.message(Lang::ZhCn), e.message(Lang::En));
            assert_ne!(zh, en, "{}", e.code());
            assert_eq!(en, e.to_string());
            let chinese = zh
                .chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .count();
            assert!(chinese >= 2, "{}: {zh}", e.code());
            // Not an English message with a Chinese prefix.
            assert!(!zh.contains(&en), "{}: {zh}", e.code());
        }
    }
}
