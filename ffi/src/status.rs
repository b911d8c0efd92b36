//! Status codes, the languages they are rendered in, and the one mapping from core errors.

use std::ffi::{CStr, c_char};

use gongkai_core::Error;

/// What a call returned. `GONGKAI_STATUS_OK` (0) is success; every other value says what went
/// wrong, and `gongkai_last_error_message` gives the details of the last failure on the calling
/// thread.
///
/// Each error of the library's core has a stable code (`"calendar.year_not_covered"`), and each
/// code has its own status, named after it (`GONGKAI_STATUS_CALENDAR_YEAR_NOT_COVERED`; the names
/// of the first statuses predate the rule); `gongkai_status_code` gives a status's code. The
/// statuses of the C layer itself (a NULL argument, text that is not UTF-8) have codes too.
///
/// The values are explicit and append-only: a value never changes meaning, a retired value is
/// never reused. Values are grouped: 1-99 arguments and input, 100-199 calendar, 200-299
/// 统一社会信用代码, 300-399 居民身份证号码, 400-499 rule table, 500-599 blacklist, 600-699
/// configuration, 700-799 a penalty decision's blacklist entry, 800-899 a published notice read
/// as text. Retired, never to be reused: 500
/// (a blacklist refusal of any kind, before each had its own status). A newer library may return
/// a value this header does not list: treat it as an error and render it with
/// `gongkai_status_message`.
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
    /// Input is not JSON, or not JSON of the expected shape (an unknown field, a key given twice, a
    /// wrong type, an impossible date or enum value inside the JSON).
    InvalidJson = 5,
    /// A date argument is not a real date: a `uint32_t` yyyymmdd with a year from 1949 to 2099, or
    /// a result that cannot be written as one.
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
    /// Calendar data: a holiday-cn document is not JSON.
    CalendarJsonSyntax = 112,
    /// Calendar data: a key is given twice in one object of a holiday-cn document.
    CalendarDuplicateKey = 113,
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
    // 500: retired; never reused.
    /// Blacklist: the ban is longer or shorter than its provision allows.
    BlacklistBanOutOfRange = 501,
    /// Blacklist: the provision imposes a ban, and the entry has none.
    BlacklistBanMissing = 502,
    /// Blacklist: the ban starts before the decision that imposes it.
    BlacklistBanBeforeDecision = 503,
    /// Blacklist: the entry bars a domain its provision does not reach.
    BlacklistBarsOutsideBasis = 504,
    /// Blacklist: listed before the decision was made.
    BlacklistListedBeforeDecision = 505,
    /// Blacklist: a credit class on a decision made before 信用修复管理办法 was in force.
    BlacklistCreditClassNotInForce = 506,
    /// Blacklist: a required text is empty or blank.
    BlacklistEmptyField = 507,
    /// Blacklist: a text is longer than the registry stores.
    BlacklistFieldTooLong = 508,
    /// Blacklist: an `other` provision's shortest ban is longer than its longest.
    BlacklistInvalidRange = 509,
    /// Blacklist: an entry for the same subject and decision document is already listed.
    BlacklistDuplicateEntry = 510,
    /// Blacklist: an entry with this id is already listed.
    BlacklistDuplicateId = 511,
    /// Blacklist: no entry has this id.
    BlacklistUnknownEntry = 512,
    /// Blacklist: an event dated before the last one.
    BlacklistEventOutOfOrder = 513,
    /// Blacklist: an event dated before the decision.
    BlacklistEventBeforeDecision = 514,
    /// Blacklist: the entry was withdrawn.
    BlacklistAlreadyWithdrawn = 515,
    /// Blacklist: the entry's credit was already repaired.
    BlacklistAlreadyRepaired = 516,
    /// Blacklist: credit repair before the minimum publication window has passed.
    BlacklistRepairTooEarly = 517,
    /// Blacklist: a withdrawal dated before the revocation it follows.
    BlacklistWithdrawnBeforeRevocation = 518,
    /// Blacklist: a correction of a field the entry does not have.
    BlacklistCorrectionNotApplicable = 519,
    /// Blacklist: a "not the same subject" decision for an entry the query matches by identifier.
    BlacklistIdentifierMatch = 520,
    /// Blacklist: a "not the same subject" decision already recorded for this pair.
    BlacklistAlreadyMarkedNotSame = 521,
    /// Blacklist: the registry cannot hold more text.
    BlacklistRegistryFull = 522,
    /// The configuration has blacklist entries, and this build reads none.
    ConfigBlacklistUnsupported = 600,
    /// Decision: the record is not a penalty decision, so it lists nobody.
    DecisionNotADecision = 700,
    /// Decision: the penalty decision was withdrawn (行政处罚法 Art 48 ¶2), so it lists nobody.
    DecisionWithdrawn = 701,
    /// Decision: the record does not state facts the blacklist entry needs (the last error lists
    /// every one, as JSON Pointers into the record).
    DecisionFactsMissing = 702,
    /// Decision: more than one party is sanctioned; an entry has one subject.
    DecisionSeveralSanctioned = 703,
    /// Decision: the sanctioned party gives both a credit code and an ID number.
    DecisionSubjectAmbiguous = 704,
    /// Decision: the sanction's provision is of another domain's law than the record's.
    DecisionProvisionOutsideDomain = 705,
    /// Notice: nothing to read (no text, or only white space and markup).
    NoticeEmpty = 800,
    /// Notice: longer than the reader reads (4 MiB).
    NoticeTooLarge = 801,
    /// Notice: not text (control characters, or text decoded with the wrong encoding).
    NoticeBinary = 802,
    /// Notice: text, but too few Chinese characters to be a notice.
    NoticeNotChinese = 803,
    /// Notice: a Chinese text whose type and domain name no disclosure item.
    NoticeUnclassified = 804,
    /// Notice: the options are not `{"url"?, "fetchedOn"?, "today"?}`, or give no day to judge on.
    NoticeInvalidOptions = 805,
}

/// A language for messages, passed as a `uint32_t`: the last input of every function whose
/// output has text in a language, just before the output pointers. An unknown value is
/// `GONGKAI_STATUS_INVALID_ARGUMENT`, except in `gongkai_status_message`, which returns no
/// status and reads it as zh-CN.
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

/// A status, its code, and its message in zh-CN and en: the one table every mapping reads.
type Row = (gongkai_status, &'static CStr, &'static CStr, &'static CStr);

/// Every status, in value order.
const TABLE: &[Row] = {
    use gongkai_status as S;
    &[
        (S::Ok, c"ok", c"成功", c"success"),
        (
            S::NullArgument,
            c"argument.null",
            c"必需的指针参数为 NULL",
            c"a required pointer argument is NULL",
        ),
        (
            S::Panic,
            c"internal.panic",
            c"库内部错误（panic），调用未产生任何结果",
            c"internal error (panic); the call did nothing",
        ),
        (
            S::InvalidUtf8,
            c"input.invalid_utf8",
            c"文本不是有效的 UTF-8",
            c"text is not valid UTF-8",
        ),
        (
            S::InvalidEncoding,
            c"input.invalid_encoding",
            c"文本不符合配置指定的编码（GB18030/GBK）",
            c"text is not valid in the configured encoding (GB18030/GBK)",
        ),
        (
            S::InvalidJson,
            c"input.invalid_json",
            c"JSON 输入无效（语法、字段或取值）",
            c"invalid JSON input (syntax, field or value)",
        ),
        (
            S::InvalidDate,
            c"input.invalid_date",
            c"日期无效（应为 yyyymmdd 形式、年份在1949至2099之间的真实日期）",
            c"invalid date (expected a real date as yyyymmdd, years 1949-2099)",
        ),
        (
            S::InvalidArgument,
            c"input.invalid_argument",
            c"参数超出取值范围",
            c"an argument is out of range",
        ),
        (
            S::UnsupportedEncoding,
            c"config.unsupported_encoding",
            c"不支持的编码（仅支持 UTF-8、GB18030、GBK）",
            c"unsupported encoding (UTF-8, GB18030 or GBK only)",
        ),
        (
            S::UnknownError,
            c"internal.unknown_error",
            c"本版本 C 接口未定义状态码的错误",
            c"an error this version of the C interface has no status for",
        ),
        (
            S::YearNotCovered,
            c"calendar.year_not_covered",
            c"日历未载入该年度的节假日安排",
            c"the holiday schedule of that year is not loaded",
        ),
        (
            S::CalendarInvalidDate,
            c"calendar.invalid_date",
            c"日历数据中的日期无效",
            c"calendar data: invalid date",
        ),
        (
            S::CalendarMissingField,
            c"calendar.missing_field",
            c"日历数据缺少必需字段",
            c"calendar data: a required field is missing",
        ),
        (
            S::CalendarInvalidField,
            c"calendar.invalid_field",
            c"日历数据字段取值无效",
            c"calendar data: invalid field value",
        ),
        (
            S::CalendarUnknownFestival,
            c"calendar.unknown_festival",
            c"日历数据中的节日名称无法识别",
            c"calendar data: unknown festival",
        ),
        (
            S::CalendarDuplicateDate,
            c"calendar.duplicate_date",
            c"日历数据中同一日期重复声明",
            c"calendar data: a date is declared twice",
        ),
        (
            S::CalendarKindContradictsWeekday,
            c"calendar.kind_contradicts_weekday",
            c"日历数据中的日期类型与星期几矛盾",
            c"calendar data: the kind of day contradicts the day of the week",
        ),
        (
            S::CalendarLocalDayClash,
            c"calendar.local_day_clash",
            c"地方假日不是普通工作日",
            c"calendar data: a local day off is not an ordinary working day",
        ),
        (
            S::CalendarDateOutsideYear,
            c"calendar.date_outside_year",
            c"日历数据中的日期不属于所列年度",
            c"calendar data: a date does not belong to its year",
        ),
        (
            S::CalendarDuplicateYear,
            c"calendar.duplicate_year",
            c"日历数据中的年度重复",
            c"calendar data: a year is declared twice",
        ),
        (
            S::CalendarYearGap,
            c"calendar.year_gap",
            c"日历覆盖的年度不连续",
            c"calendar data: the covered years are not contiguous",
        ),
        (
            S::CalendarYearIncomplete,
            c"calendar.year_incomplete",
            c"日历数据中的年度安排不完整",
            c"calendar data: a year's schedule is incomplete",
        ),
        (
            S::CalendarJsonSyntax,
            c"calendar.json_syntax",
            c"日历数据（holiday-cn）不是有效的 JSON",
            c"calendar data: a holiday-cn document is not valid JSON",
        ),
        (
            S::CalendarDuplicateKey,
            c"calendar.duplicate_key",
            c"日历数据（holiday-cn）的同一对象中键重复出现",
            c"calendar data: a key is given twice in one object",
        ),
        (
            S::UsccWrongLength,
            c"uscc.wrong_length",
            c"统一社会信用代码应为18位",
            c"a unified social credit code has 18 characters",
        ),
        (
            S::UsccInvalidCharacter,
            c"uscc.invalid_character",
            c"统一社会信用代码含有不允许的字符",
            c"the unified social credit code has a character not allowed",
        ),
        (
            S::UsccBadRegistrationAuthority,
            c"uscc.bad_registration_authority",
            c"统一社会信用代码的登记管理部门代码无效",
            c"invalid registration authority code in the unified social credit code",
        ),
        (
            S::UsccBadEntityType,
            c"uscc.bad_entity_type",
            c"统一社会信用代码的机构类别代码无效",
            c"invalid entity type in the unified social credit code",
        ),
        (
            S::UsccBadRegionCode,
            c"uscc.bad_region_code",
            c"统一社会信用代码的登记管理机关行政区划码无效",
            c"invalid region code in the unified social credit code",
        ),
        (
            S::UsccBadOrganizationCode,
            c"uscc.bad_organization_code",
            c"统一社会信用代码中的组织机构代码校验错误",
            c"the organisation code inside the unified social credit code fails its check",
        ),
        (
            S::UsccBadCheckCharacter,
            c"uscc.bad_check_character",
            c"统一社会信用代码校验码错误",
            c"wrong check character in the unified social credit code",
        ),
        (
            S::IdNumberWrongLength,
            c"id_number.wrong_length",
            c"居民身份证号码应为18位",
            c"a resident identity number has 18 characters",
        ),
        (
            S::IdNumberInvalidCharacter,
            c"id_number.invalid_character",
            c"居民身份证号码含有不允许的字符",
            c"the resident identity number has a character not allowed",
        ),
        (
            S::IdNumberBadRegionCode,
            c"id_number.bad_region_code",
            c"居民身份证号码的地址码无效",
            c"invalid address code in the resident identity number",
        ),
        (
            S::IdNumberBadBirthDate,
            c"id_number.bad_birth_date",
            c"居民身份证号码的出生日期无效",
            c"invalid birth date in the resident identity number",
        ),
        (
            S::IdNumberBadCheckCharacter,
            c"id_number.bad_check_character",
            c"居民身份证号码校验码错误",
            c"wrong check character in the resident identity number",
        ),
        (
            S::IdNumberBirthDateInFuture,
            c"id_number.birth_date_in_future",
            c"居民身份证号码的出生日期晚于当前日期",
            c"the birth date in the resident identity number is in the future",
        ),
        (
            S::RulesInvalidTable,
            c"rules.invalid_table",
            c"规则表无效",
            c"invalid rule table",
        ),
        (
            S::RulesUnknownRule,
            c"rules.unknown_rule",
            c"没有该编号的规则",
            c"no rule has this id",
        ),
        (
            S::RulesNotADeadline,
            c"rules.not_a_deadline",
            c"该规则不是时限规则",
            c"the rule is not a time limit",
        ),
        (
            S::BlacklistBanOutOfRange,
            c"blacklist.ban_out_of_range",
            c"黑名单：禁止期超出法定范围",
            c"blacklist: the ban is outside the range its provision allows",
        ),
        (
            S::BlacklistBanMissing,
            c"blacklist.ban_missing",
            c"黑名单：依据的条款应当禁止参加相关活动，但记录没有禁止期",
            c"blacklist: the provision imposes a ban, but the entry has none",
        ),
        (
            S::BlacklistBanBeforeDecision,
            c"blacklist.ban_before_decision",
            c"黑名单：禁止期起始日早于处罚决定日",
            c"blacklist: the ban starts before the decision",
        ),
        (
            S::BlacklistBarsOutsideBasis,
            c"blacklist.bars_outside_basis",
            c"黑名单：依据的条款不能禁止参加该领域的活动",
            c"blacklist: the provision cannot bar that domain",
        ),
        (
            S::BlacklistListedBeforeDecision,
            c"blacklist.listed_before_decision",
            c"黑名单：公告日早于处罚决定日",
            c"blacklist: listed before the decision",
        ),
        (
            S::BlacklistCreditClassNotInForce,
            c"blacklist.credit_class_not_in_force",
            c"黑名单：失信轻重分类不适用于该日期的决定",
            c"blacklist: credit classes do not apply to a decision of that date",
        ),
        (
            S::BlacklistEmptyField,
            c"blacklist.empty_field",
            c"黑名单：必填文本为空",
            c"blacklist: a required text is empty",
        ),
        (
            S::BlacklistFieldTooLong,
            c"blacklist.field_too_long",
            c"黑名单：文本超出存储长度",
            c"blacklist: a text is longer than the registry stores",
        ),
        (
            S::BlacklistInvalidRange,
            c"blacklist.invalid_range",
            c"黑名单：最短禁止期长于最长禁止期",
            c"blacklist: the shortest ban is longer than the longest",
        ),
        (
            S::BlacklistDuplicateEntry,
            c"blacklist.duplicate_entry",
            c"黑名单：同一主体、同一决定书的记录已存在",
            c"blacklist: an entry for the same subject and decision is already listed",
        ),
        (
            S::BlacklistDuplicateId,
            c"blacklist.duplicate_id",
            c"黑名单：该编号已被使用",
            c"blacklist: an entry with this id is already listed",
        ),
        (
            S::BlacklistUnknownEntry,
            c"blacklist.unknown_entry",
            c"黑名单：没有该编号的记录",
            c"blacklist: no entry has this id",
        ),
        (
            S::BlacklistEventOutOfOrder,
            c"blacklist.event_out_of_order",
            c"黑名单：事件日期早于上一事件",
            c"blacklist: an event is dated before the last one",
        ),
        (
            S::BlacklistEventBeforeDecision,
            c"blacklist.event_before_decision",
            c"黑名单：事件日期早于处罚决定日",
            c"blacklist: an event is dated before the decision",
        ),
        (
            S::BlacklistAlreadyWithdrawn,
            c"blacklist.already_withdrawn",
            c"黑名单：记录已撤回",
            c"blacklist: the entry was withdrawn",
        ),
        (
            S::BlacklistAlreadyRepaired,
            c"blacklist.already_repaired",
            c"黑名单：记录已信用修复",
            c"blacklist: the entry's credit was already repaired",
        ),
        (
            S::BlacklistRepairTooEarly,
            c"blacklist.repair_too_early",
            c"黑名单：最短公示期未满，不能信用修复",
            c"blacklist: credit repair before the minimum publication window",
        ),
        (
            S::BlacklistWithdrawnBeforeRevocation,
            c"blacklist.withdrawn_before_revocation",
            c"黑名单：撤回日早于决定被撤销（变更）日",
            c"blacklist: withdrawn before the decision was revoked",
        ),
        (
            S::BlacklistCorrectionNotApplicable,
            c"blacklist.correction_not_applicable",
            c"黑名单：该记录不能更正此字段",
            c"blacklist: the field cannot be corrected on this entry",
        ),
        (
            S::BlacklistIdentifierMatch,
            c"blacklist.identifier_match",
            c"黑名单：查询对象与记录的证件号码相同，不能认定为非同一主体",
            c"blacklist: the query matches the entry by identifier",
        ),
        (
            S::BlacklistAlreadyMarkedNotSame,
            c"blacklist.already_marked_not_same",
            c"黑名单：已认定查询对象与该记录不是同一主体",
            c"blacklist: already marked as not the same subject",
        ),
        (
            S::BlacklistRegistryFull,
            c"blacklist.registry_full",
            c"黑名单库已满",
            c"blacklist: the registry cannot hold more text",
        ),
        (
            S::ConfigBlacklistUnsupported,
            c"config.blacklist_unsupported",
            c"此版本不读取黑名单，但配置含黑名单记录",
            c"this build reads no blacklist, and the configuration has entries",
        ),
        (
            S::DecisionNotADecision,
            c"decision.not_a_decision",
            c"该记录不是行政处罚决定，不能据以列入黑名单",
            c"the record is not a penalty decision",
        ),
        (
            S::DecisionWithdrawn,
            c"decision.withdrawn",
            c"该行政处罚决定已撤回，不据以列入黑名单",
            c"the penalty decision was withdrawn",
        ),
        (
            S::DecisionFactsMissing,
            c"decision.facts_missing",
            c"记录未载明列入黑名单所需的事实",
            c"the record does not state facts the blacklist entry needs",
        ),
        (
            S::DecisionSeveralSanctioned,
            c"decision.several_sanctioned",
            c"记录有多个被处理当事人，一条黑名单记录只有一个主体",
            c"several parties are sanctioned; an entry has one subject",
        ),
        (
            S::DecisionSubjectAmbiguous,
            c"decision.subject_ambiguous",
            c"被处理当事人同时有统一社会信用代码和身份证号码",
            c"the sanctioned party gives both a credit code and an ID number",
        ),
        (
            S::DecisionProvisionOutsideDomain,
            c"decision.provision_outside_domain",
            c"处罚依据不是记录所属领域的法律规定",
            c"the provision is not of the record's domain",
        ),
        (
            S::NoticeEmpty,
            c"notice.empty",
            c"公告为空",
            c"the notice is empty",
        ),
        (
            S::NoticeTooLarge,
            c"notice.too_large",
            c"公告超过可读取的长度",
            c"the notice is longer than the reader reads",
        ),
        (
            S::NoticeBinary,
            c"notice.binary",
            c"公告不是文本（有控制字符或乱码）",
            c"the notice is not text (control or mis-decoded characters)",
        ),
        (
            S::NoticeNotChinese,
            c"notice.not_chinese",
            c"公告不是中文",
            c"the notice is not in Chinese",
        ),
        (
            S::NoticeUnclassified,
            c"notice.unclassified",
            c"无法从公告的类型和领域确定其公开事项",
            c"the notice's type and domain name no disclosure item",
        ),
        (
            S::NoticeInvalidOptions,
            c"notice.invalid_options",
            c"公告选项无效或未给出判断日期",
            c"invalid notice options, or no day to judge on",
        ),
    ]
};

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
        Self::CalendarJsonSyntax,
        Self::CalendarDuplicateKey,
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
        Self::BlacklistBanOutOfRange,
        Self::BlacklistBanMissing,
        Self::BlacklistBanBeforeDecision,
        Self::BlacklistBarsOutsideBasis,
        Self::BlacklistListedBeforeDecision,
        Self::BlacklistCreditClassNotInForce,
        Self::BlacklistEmptyField,
        Self::BlacklistFieldTooLong,
        Self::BlacklistInvalidRange,
        Self::BlacklistDuplicateEntry,
        Self::BlacklistDuplicateId,
        Self::BlacklistUnknownEntry,
        Self::BlacklistEventOutOfOrder,
        Self::BlacklistEventBeforeDecision,
        Self::BlacklistAlreadyWithdrawn,
        Self::BlacklistAlreadyRepaired,
        Self::BlacklistRepairTooEarly,
        Self::BlacklistWithdrawnBeforeRevocation,
        Self::BlacklistCorrectionNotApplicable,
        Self::BlacklistIdentifierMatch,
        Self::BlacklistAlreadyMarkedNotSame,
        Self::BlacklistRegistryFull,
        Self::ConfigBlacklistUnsupported,
        Self::DecisionNotADecision,
        Self::DecisionWithdrawn,
        Self::DecisionFactsMissing,
        Self::DecisionSeveralSanctioned,
        Self::DecisionSubjectAmbiguous,
        Self::DecisionProvisionOutsideDomain,
        Self::NoticeEmpty,
        Self::NoticeTooLarge,
        Self::NoticeBinary,
        Self::NoticeNotChinese,
        Self::NoticeUnclassified,
        Self::NoticeInvalidOptions,
    ];

    /// The status a value from C stands for, if this version knows it.
    pub fn from_u32(value: u32) -> Option<gongkai_status> {
        Self::ALL.iter().copied().find(|s| *s as u32 == value)
    }

    /// The status of a core error: the one whose code is the error's code
    /// ([`gongkai_core::Error::code`]; a penalty decision's refusals have codes of their own,
    /// `gongkai_core::blacklist::DecisionError::CODES`). A code this table lacks (a core newer than this layer,
    /// which a test rules out within one build) is `UnknownError`.
    pub fn of(error: &Error) -> gongkai_status {
        Self::of_code(error.code())
    }

    /// The status of a stable code.
    pub fn of_code(code: &str) -> gongkai_status {
        TABLE
            .iter()
            .find(|row| row.1.to_bytes() == code.as_bytes())
            .map_or(Self::UnknownError, |row| row.0)
    }

    fn row(self) -> &'static Row {
        // Every status has a row (tested); `Panic` stands in should one not.
        TABLE
            .iter()
            .find(|row| row.0 == self)
            .unwrap_or(&TABLE[Self::Panic as usize])
    }

    /// The stable code of this status, static and NUL-terminated.
    pub fn code(self) -> &'static CStr {
        self.row().1
    }

    /// The message for this status, static and NUL-terminated.
    pub fn message(self, lang: gongkai_core::Lang) -> &'static CStr {
        let row = self.row();
        match lang {
            gongkai_core::Lang::En => row.3,
            gongkai_core::Lang::ZhCn => row.2,
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

/// The code of a status as a static string; `""` for a status this version does not know.
pub(crate) fn status_code(status: u32) -> *const c_char {
    gongkai_status::from_u32(status)
        .map_or(c"", gongkai_status::code)
        .as_ptr()
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
        assert_eq!(gongkai_status::from_u32(500), None);
        assert_eq!(gongkai_status::from_u32(u32::MAX), None);
    }

    /// The table has one row per status, in the same order, with distinct codes.
    #[test]
    fn the_table_has_every_status_once() {
        let statuses: Vec<gongkai_status> = TABLE.iter().map(|r| r.0).collect();
        assert_eq!(statuses, gongkai_status::ALL);
        let mut codes: Vec<&CStr> = TABLE.iter().map(|r| r.1).collect();
        codes.sort();
        codes.dedup();
        assert_eq!(codes.len(), TABLE.len());
        assert_eq!(
            TABLE[gongkai_status::Panic as usize].0,
            gongkai_status::Panic
        );
    }

    /// Every code of the core has its own status, named after it.
    #[test]
    fn every_core_code_has_its_own_status() {
        let decision = gongkai_core::blacklist::DecisionError::CODES;
        // `NoticeError::code`'s codes (the enum has no list of them).
        let notice = &[
            "notice.empty",
            "notice.too_large",
            "notice.binary",
            "notice.not_chinese",
            "notice.unclassified",
            "notice.invalid_options",
        ];
        for code in gongkai_core::error::CODES
            .iter()
            .chain(decision)
            .chain(notice)
        {
            let status = gongkai_status::of_code(code);
            assert_ne!(status, gongkai_status::UnknownError, "{code}");
            assert_eq!(status.code().to_str().unwrap(), *code);
        }
    }

    #[test]
    fn every_status_has_two_distinct_messages() {
        for &s in gongkai_status::ALL {
            let (zh, en) = (
                s.message(gongkai_core::Lang::ZhCn),
                s.message(gongkai_core::Lang::En),
            );
            assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{s:?}");
            assert!(en.to_str().unwrap().is_ascii(), "{s:?}");
        }
    }
}
