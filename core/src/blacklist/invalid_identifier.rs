//! The texts that say why an identifier in a screening query was not used.

use crate::Lang;
use crate::ids::{IdNumberError, UsccError};

/// An identifier that does not validate, with what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidIdentifier {
    /// A 统一社会信用代码 (GB 32100-2015).
    CreditCode(UsccError),
    /// A 身份证号码 (GB 11643-1999).
    IdNumber(IdNumberError),
}

impl InvalidIdentifier {
    /// The JSON field: `"creditCode"` or `"idNumber"`.
    pub fn field(&self) -> &'static str {
        match self {
            InvalidIdentifier::CreditCode(_) => "creditCode",
            InvalidIdentifier::IdNumber(_) => "idNumber",
        }
    }

    /// The identifier error's stable code (`"uscc.bad_check_character"`).
    pub fn code(&self) -> &'static str {
        match self {
            InvalidIdentifier::CreditCode(e) => e.code(),
            InvalidIdentifier::IdNumber(e) => e.code(),
        }
    }

    /// What is wrong. An ID number's digits are never repeated: the message may be shown to
    /// people who should not see them.
    pub fn message(&self, lang: Lang) -> String {
        use IdNumberError as I;
        use UsccError as U;
        let zh = lang == Lang::ZhCn;
        match self {
            InvalidIdentifier::CreditCode(e) => {
                if !zh {
                    return format!("invalid unified social credit code: {e}");
                }
                let why = match e {
                    U::WrongLength { len } => format!("应为18位，实为{len}位"),
                    U::InvalidCharacter { position, found } => {
                        format!("第{position}位「{found}」不是允许的字符")
                    }
                    U::BadRegistrationAuthority { found } => {
                        format!("第1位「{found}」不是登记管理部门代码")
                    }
                    U::BadEntityType { authority, found } => {
                        format!("第2位「{found}」不是登记管理部门「{authority}」的机构类别代码")
                    }
                    U::BadRegionCode { region } => {
                        format!("登记管理机关行政区划码{region:06}无效")
                    }
                    U::BadOrganizationCode { expected, found } => {
                        format!("主体标识码校验位应为「{expected}」，实为「{found}」")
                    }
                    U::BadCheckCharacter { expected, found } => {
                        format!("校验码应为「{expected}」，实为「{found}」")
                    }
                };
                format!("统一社会信用代码无效：{why}")
            }
            InvalidIdentifier::IdNumber(e) => {
                let (z, en) = match e {
                    I::WrongLength { len } => (
                        format!("应为18位，实为{len}位"),
                        format!("it has {len} characters, not 18"),
                    ),
                    I::InvalidCharacter { position, .. } => (
                        format!("第{position}位不是数字（末位可为X）"),
                        format!("position {position} is not a digit (the last may be X)"),
                    ),
                    I::BadRegionCode { .. } => (
                        "地址码不是有效的省级行政区划代码开头".to_owned(),
                        "the address code does not start with a province-level code".to_owned(),
                    ),
                    I::BadBirthDate { .. } => (
                        "出生日期不是真实日期".to_owned(),
                        "the birth date is not a real date".to_owned(),
                    ),
                    I::BadCheckCharacter { .. } => (
                        "校验码错误".to_owned(),
                        "the check character is wrong".to_owned(),
                    ),
                    I::BirthDateInFuture { .. } => (
                        "出生日期晚于当日".to_owned(),
                        "the birth date is in the future".to_owned(),
                    ),
                };
                if zh {
                    format!("居民身份证号码无效：{z}")
                } else {
                    format!("invalid resident ID number: {en}")
                }
            }
        }
    }
}
