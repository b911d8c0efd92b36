//! Status codes, the languages they are rendered in, and the one mapping from core errors.

use std::ffi::{CStr, c_char};

use gongkai_core::Error;
use gongkai_core::calendar::CalendarError;
use gongkai_core::ids::{IdNumberError, UsccError};

/// What a call returned. `GONGKAI_STATUS_OK` (0) is success; every other value says what went
/// wrong, and `gongkai_last_error_message` gives the details of the last failure on the calling
/// thread.
///
/// The values are explicit and append-only: a value never changes meaning, a retired value is
/// never reused. Values are grouped: 1-99 arguments and input, 100-199 calendar, 200-299
/// 统一社会信用代码, 300-399 居民身份证号码, 400-499 rule table, 500-599 reserved for the
/// blacklist. A newer library may return a value this header does not list: treat it as an
/// error and render it with `gongkai_status_message`.
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum gongkai_status {
    /// Success.
    Ok = 0,
    /// A required pointer argument is NULL.
    NullArgument = 1,
    /// The library panicked (a bug): the call did nothing, and the library is still usable.
    Panic = 2,
    /// Text input is not valid UTF-8.
    InvalidUtf8 = 3,
    /// Text input is not valid in the encoding the engine's configuration names (GB18030/GBK).
    InvalidEncoding = 4,
    /// Input is not JSON, or not JSON of the expected shape (an unknown field, a wrong type, an
    /// impossible date or enum value inside the JSON).
    InvalidJson = 5,
    /// A `uint32_t` date is 0 or not a real yyyymmdd date, or a result cannot be written as one.
    InvalidDate = 6,
    /// An argument is out of its range (a length above `PTRDIFF_MAX`, an unknown language).
    InvalidArgument = 7,
    /// The configuration names an encoding other than UTF-8, GB18030 or GBK.
    UnsupportedEncoding = 8,
    /// An error this version of the C library has no status for (a newer core): see
    /// `gongkai_last_error_message`.
    UnknownError = 9,
    // 10-99: free for argument and input statuses.
    /// A date needs a year whose official holiday schedule is not loaded.
    YearNotCovered = 100,
    /// Calendar data: a date is not a valid `YYYY-MM-DD` date.
    CalendarInvalidDate = 101,
    /// Calendar data: a required field is missing.
    CalendarMissingField = 102,
    /// Calendar data: a field has a value the format does not allow.
    CalendarInvalidField = 103,
    /// Calendar data: a holiday names none of the seven national festivals.
    CalendarUnknownFestival = 104,
    /// Calendar data: a date is declared twice.
    CalendarDuplicateDate = 105,
    /// Calendar data: a kind of day that cannot fall on that day of the week.
    CalendarKindContradictsWeekday = 106,
    /// Calendar data: a local day off that is not an ordinary working day.
    CalendarLocalDayClash = 107,
    /// Calendar data: a day listed under a year it does not belong to.
    CalendarDateOutsideYear = 108,
    /// Calendar data: a year is declared twice (or is already covered).
    CalendarDuplicateYear = 109,
    /// Calendar data: the covered years would not be contiguous.
    CalendarYearGap = 110,
    /// Calendar data: a year lacks a holiday of a festival it must have.
    CalendarYearIncomplete = 111,
    /// 统一社会信用代码: not 18 characters (whitespace ignored).
    UsccWrongLength = 200,
    /// 统一社会信用代码: a character not allowed at its position.
    UsccInvalidCharacter = 201,
    /// 统一社会信用代码: position 1 is not a registration-authority code.
    UsccBadRegistrationAuthority = 202,
    /// 统一社会信用代码: position 2 is not an entity type of that authority.
    UsccBadEntityType = 203,
    /// 统一社会信用代码: the region code is not a province-level code.
    UsccBadRegionCode = 204,
    /// 统一社会信用代码: the embedded organisation code fails its check.
    UsccBadOrganizationCode = 205,
    /// 统一社会信用代码: the check character is wrong.
    UsccBadCheckCharacter = 206,
    /// 居民身份证号码: not 18 characters (whitespace ignored).
    IdNumberWrongLength = 300,
    /// 居民身份证号码: a character not allowed at its position.
    IdNumberInvalidCharacter = 301,
    /// 居民身份证号码: the address code is not a province-level code.
    IdNumberBadRegionCode = 302,
    /// 居民身份证号码: the birth date is not a real date in or after 1900.
    IdNumberBadBirthDate = 303,
    /// 居民身份证号码: the check character is wrong.
    IdNumberBadCheckCharacter = 304,
    /// 居民身份证号码: the birth date lies in the future.
    IdNumberBirthDateInFuture = 305,
    /// The rule table (a local layer in the configuration) is not valid.
    RulesInvalidTable = 400,
    /// No rule has this id.
    RulesUnknownRule = 401,
    /// The rule is not a time limit, so it has no due date.
    RulesNotADeadline = 402,
    // 500-599: reserved for the blacklist (gongkai_engine_screen).
}

/// A language for messages, passed as a `uint32_t`. An unknown value is
/// `GONGKAI_STATUS_INVALID_ARGUMENT` where the function returns a status, and zh-CN where it
/// cannot (`gongkai_status_message`).
#[allow(non_camel_case_types)]
#[repr(C)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum gongkai_lang {
    /// Simplified Chinese (the default: the language of the law).
    ZhCn = 0,
    /// English.
    En = 1,
}

impl gongkai_lang {
    /// The language a `uint32_t` from C stands for.
    pub fn from_u32(value: u32) -> Option<gongkai_core::Lang> {
        match value {
            0 => Some(gongkai_core::Lang::ZhCn),
            1 => Some(gongkai_core::Lang::En),
            _ => None,
        }
    }
}

impl gongkai_status {
    /// Every status, in value order.
    pub const ALL: &'static [gongkai_status] = &[
        Self::Ok,
        Self::NullArgument,
        Self::Panic,
        Self::InvalidUtf8,
        Self::InvalidEncoding,
        Self::InvalidJson,
        Self::InvalidDate,
        Self::InvalidArgument,
        Self::UnsupportedEncoding,
        Self::UnknownError,
        Self::YearNotCovered,
        Self::CalendarInvalidDate,
        Self::CalendarMissingField,
        Self::CalendarInvalidField,
        Self::CalendarUnknownFestival,
        Self::CalendarDuplicateDate,
        Self::CalendarKindContradictsWeekday,
        Self::CalendarLocalDayClash,
        Self::CalendarDateOutsideYear,
        Self::CalendarDuplicateYear,
        Self::CalendarYearGap,
        Self::CalendarYearIncomplete,
        Self::UsccWrongLength,
        Self::UsccInvalidCharacter,
        Self::UsccBadRegistrationAuthority,
        Self::UsccBadEntityType,
        Self::UsccBadRegionCode,
        Self::UsccBadOrganizationCode,
        Self::UsccBadCheckCharacter,
        Self::IdNumberWrongLength,
        Self::IdNumberInvalidCharacter,
        Self::IdNumberBadRegionCode,
        Self::IdNumberBadBirthDate,
        Self::IdNumberBadCheckCharacter,
        Self::IdNumberBirthDateInFuture,
        Self::RulesInvalidTable,
        Self::RulesUnknownRule,
        Self::RulesNotADeadline,
    ];

    /// The status a value from C stands for, if this version knows it.
    pub fn from_u32(value: u32) -> Option<gongkai_status> {
        Self::ALL.iter().copied().find(|s| *s as u32 == value)
    }

    /// The status of a core error. Core errors are `#[non_exhaustive]`: a variant added later
    /// maps to `UnknownError` until it is given its own status here.
    pub fn of(error: &Error) -> gongkai_status {
        match error {
            Error::Parse { .. } => Self::InvalidJson,
            Error::Calendar(e) => Self::of_calendar(e),
            Error::CreditCode(e) => Self::of_uscc(e),
            Error::IdNumber(e) => Self::of_id_number(e),
            Error::UnknownRule { .. } => Self::RulesUnknownRule,
            Error::NotADeadline { .. } => Self::RulesNotADeadline,
            Error::RuleTable { .. } => Self::RulesInvalidTable,
            _ => Self::UnknownError,
        }
    }

    fn of_calendar(error: &CalendarError) -> gongkai_status {
        use CalendarError as E;
        match error {
            E::YearNotCovered { .. } => Self::YearNotCovered,
            E::InvalidDate { .. } => Self::CalendarInvalidDate,
            E::MissingField { .. } => Self::CalendarMissingField,
            E::InvalidField { .. } => Self::CalendarInvalidField,
            E::UnknownFestival { .. } => Self::CalendarUnknownFestival,
            E::DuplicateDate { .. } => Self::CalendarDuplicateDate,
            E::KindContradictsWeekday { .. } => Self::CalendarKindContradictsWeekday,
            E::LocalDayClash { .. } => Self::CalendarLocalDayClash,
            E::DateOutsideYear { .. } => Self::CalendarDateOutsideYear,
            E::DuplicateYear { .. } => Self::CalendarDuplicateYear,
            E::YearGap { .. } => Self::CalendarYearGap,
            E::YearIncomplete { .. } => Self::CalendarYearIncomplete,
            E::JsonSyntax { .. } => Self::InvalidJson,
            _ => Self::UnknownError,
        }
    }

    fn of_uscc(error: &UsccError) -> gongkai_status {
        use UsccError as E;
        match error {
            E::WrongLength { .. } => Self::UsccWrongLength,
            E::InvalidCharacter { .. } => Self::UsccInvalidCharacter,
            E::BadRegistrationAuthority { .. } => Self::UsccBadRegistrationAuthority,
            E::BadEntityType { .. } => Self::UsccBadEntityType,
            E::BadRegionCode { .. } => Self::UsccBadRegionCode,
            E::BadOrganizationCode { .. } => Self::UsccBadOrganizationCode,
            E::BadCheckCharacter { .. } => Self::UsccBadCheckCharacter,
            _ => Self::UnknownError,
        }
    }

    fn of_id_number(error: &IdNumberError) -> gongkai_status {
        use IdNumberError as E;
        match error {
            E::WrongLength { .. } => Self::IdNumberWrongLength,
            E::InvalidCharacter { .. } => Self::IdNumberInvalidCharacter,
            E::BadRegionCode { .. } => Self::IdNumberBadRegionCode,
            E::BadBirthDate { .. } => Self::IdNumberBadBirthDate,
            E::BadCheckCharacter { .. } => Self::IdNumberBadCheckCharacter,
            E::BirthDateInFuture { .. } => Self::IdNumberBirthDateInFuture,
            _ => Self::UnknownError,
        }
    }

    /// The message for this status, static and NUL-terminated.
    pub fn message(self, lang: gongkai_core::Lang) -> &'static CStr {
        let (zh, en) = self.messages();
        match lang {
            gongkai_core::Lang::En => en,
            gongkai_core::Lang::ZhCn => zh,
        }
    }

    fn messages(self) -> (&'static CStr, &'static CStr) {
        use gongkai_status as S;
        match self {
            S::Ok => (c"成功", c"success"),
            S::NullArgument => (
                c"必需的指针参数为 NULL",
                c"a required pointer argument is NULL",
            ),
            S::Panic => (
                c"库内部错误（panic），调用未产生任何结果",
                c"internal error (panic); the call did nothing",
            ),
            S::InvalidUtf8 => (c"文本不是有效的 UTF-8", c"text is not valid UTF-8"),
            S::InvalidEncoding => (
                c"文本不符合配置指定的编码（GB18030/GBK）",
                c"text is not valid in the configured encoding (GB18030/GBK)",
            ),
            S::InvalidJson => (
                c"JSON 输入无效（语法、字段或取值）",
                c"invalid JSON input (syntax, field or value)",
            ),
            S::InvalidDate => (
                c"日期无效（应为 yyyymmdd 形式的真实日期）",
                c"invalid date (expected a real date as yyyymmdd)",
            ),
            S::InvalidArgument => (c"参数超出取值范围", c"an argument is out of range"),
            S::UnsupportedEncoding => (
                c"不支持的编码（仅支持 UTF-8、GB18030、GBK）",
                c"unsupported encoding (UTF-8, GB18030 or GBK only)",
            ),
            S::UnknownError => (
                c"本版本 C 接口未定义状态码的错误",
                c"an error this version of the C interface has no status for",
            ),
            S::YearNotCovered => (
                c"日历未载入该年度的节假日安排",
                c"the holiday schedule of that year is not loaded",
            ),
            S::CalendarInvalidDate => (c"日历数据中的日期无效", c"calendar data: invalid date"),
            S::CalendarMissingField => (
                c"日历数据缺少必需字段",
                c"calendar data: a required field is missing",
            ),
            S::CalendarInvalidField => (
                c"日历数据字段取值无效",
                c"calendar data: invalid field value",
            ),
            S::CalendarUnknownFestival => (
                c"日历数据中的节日名称无法识别",
                c"calendar data: unknown festival",
            ),
            S::CalendarDuplicateDate => (
                c"日历数据中同一日期重复声明",
                c"calendar data: a date is declared twice",
            ),
            S::CalendarKindContradictsWeekday => (
                c"日历数据中的日期类型与星期几矛盾",
                c"calendar data: the kind of day contradicts the day of the week",
            ),
            S::CalendarLocalDayClash => (
                c"地方假日不是普通工作日",
                c"calendar data: a local day off is not an ordinary working day",
            ),
            S::CalendarDateOutsideYear => (
                c"日历数据中的日期不属于所列年度",
                c"calendar data: a date does not belong to its year",
            ),
            S::CalendarDuplicateYear => (
                c"日历数据中的年度重复",
                c"calendar data: a year is declared twice",
            ),
            S::CalendarYearGap => (
                c"日历覆盖的年度不连续",
                c"calendar data: the covered years are not contiguous",
            ),
            S::CalendarYearIncomplete => (
                c"日历数据中的年度安排不完整",
                c"calendar data: a year's schedule is incomplete",
            ),
            S::UsccWrongLength => (
                c"统一社会信用代码应为18位",
                c"a unified social credit code has 18 characters",
            ),
            S::UsccInvalidCharacter => (
                c"统一社会信用代码含有不允许的字符",
                c"the unified social credit code has a character not allowed",
            ),
            S::UsccBadRegistrationAuthority => (
                c"统一社会信用代码的登记管理部门代码无效",
                c"invalid registration authority code in the unified social credit code",
            ),
            S::UsccBadEntityType => (
                c"统一社会信用代码的机构类别代码无效",
                c"invalid entity type in the unified social credit code",
            ),
            S::UsccBadRegionCode => (
                c"统一社会信用代码的登记管理机关行政区划码无效",
                c"invalid region code in the unified social credit code",
            ),
            S::UsccBadOrganizationCode => (
                c"统一社会信用代码中的组织机构代码校验错误",
                c"the organisation code inside the unified social credit code fails its check",
            ),
            S::UsccBadCheckCharacter => (
                c"统一社会信用代码校验码错误",
                c"wrong check character in the unified social credit code",
            ),
            S::IdNumberWrongLength => (
                c"居民身份证号码应为18位",
                c"a resident identity number has 18 characters",
            ),
            S::IdNumberInvalidCharacter => (
                c"居民身份证号码含有不允许的字符",
                c"the resident identity number has a character not allowed",
            ),
            S::IdNumberBadRegionCode => (
                c"居民身份证号码的地址码无效",
                c"invalid address code in the resident identity number",
            ),
            S::IdNumberBadBirthDate => (
                c"居民身份证号码的出生日期无效",
                c"invalid birth date in the resident identity number",
            ),
            S::IdNumberBadCheckCharacter => (
                c"居民身份证号码校验码错误",
                c"wrong check character in the resident identity number",
            ),
            S::IdNumberBirthDateInFuture => (
                c"居民身份证号码的出生日期晚于当前日期",
                c"the birth date in the resident identity number is in the future",
            ),
            S::RulesInvalidTable => (c"规则表无效", c"invalid rule table"),
            S::RulesUnknownRule => (c"没有该编号的规则", c"no rule has this id"),
            S::RulesNotADeadline => (c"该规则不是时限规则", c"the rule is not a time limit"),
        }
    }
}

const UNKNOWN_STATUS: (&CStr, &CStr) = (
    c"未知状态码（可能来自更新版本的库）",
    c"unknown status (perhaps from a newer library)",
);

/// The message for a status as a static string.
pub(crate) fn status_message(status: u32, lang: u32) -> *const c_char {
    let lang = gongkai_lang::from_u32(lang).unwrap_or_default();
    let message = match gongkai_status::from_u32(status) {
        Some(s) => s.message(lang),
        None if lang == gongkai_core::Lang::En => UNKNOWN_STATUS.1,
        None => UNKNOWN_STATUS.0,
    };
    message.as_ptr()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_in_value_order_and_round_trips() {
        assert!(
            gongkai_status::ALL
                .windows(2)
                .all(|w| (w[0] as u32) < (w[1] as u32))
        );
        for &s in gongkai_status::ALL {
            assert_eq!(gongkai_status::from_u32(s as u32), Some(s));
        }
        assert_eq!(gongkai_status::from_u32(10), None);
        assert_eq!(gongkai_status::from_u32(u32::MAX), None);
    }

    #[test]
    fn every_status_has_two_distinct_messages() {
        for &s in gongkai_status::ALL {
            let (zh, en) = s.messages();
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{s:?}");
            assert!(en.to_str().unwrap().is_ascii(), "{s:?}");
        }
    }
}
