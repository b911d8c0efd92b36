//! Why a notice could not be read ([`NoticeError`]), with a stable code and a message in each
//! language.

use crate::{Domain, Lang};

/// Why a notice could not be read. Each variant has a stable [`code`](NoticeError::code).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NoticeError {
    /// Nothing to read: no text, or only white space and markup.
    #[error("the notice is empty")]
    Empty,
    /// Larger than [`MAX_NOTICE_BYTES`](super::MAX_NOTICE_BYTES).
    #[error("the notice is {len} bytes, more than the {max} read")]
    TooLarge {
        /// Its length in bytes.
        len: usize,
        /// The most read.
        max: usize,
    },
    /// Not text: control characters (a NUL, or many others) or text decoded with the wrong
    /// encoding (many U+FFFD replacement characters).
    #[error("the notice is not text (byte {at} and others are control or replacement characters)")]
    Binary {
        /// The byte of the first such character.
        at: usize,
    },
    /// Text, but not Chinese: too few Chinese characters to be a notice.
    #[error("the notice is not in Chinese ({han} Chinese characters of {chars})")]
    NotChinese {
        /// How many Chinese characters it has.
        han: usize,
        /// How many characters it has, white space aside.
        chars: usize,
    },
    /// The options of [`validate_notice_json`](crate::notice::api::validate_notice_json) are not
    /// `{"url"?, "fetchedOn"?, "today"?}`, or give no day to judge on.
    #[error("invalid options: {message}")]
    InvalidOptions {
        /// What is wrong.
        message: String,
    },
    /// A Chinese text whose type and domain do not name an item gongkai has.
    #[error("the notice's type and domain name no item (type {notice_type:?}, domain {domain:?})")]
    Unclassified {
        /// The type its title names, if any (`"penaltyDecision"`).
        notice_type: Option<&'static str>,
        /// The domain its text shows, if any.
        domain: Option<Domain>,
    },
}

impl NoticeError {
    /// The stable code (`"notice.empty"`).
    pub fn code(&self) -> &'static str {
        match self {
            NoticeError::Empty => "notice.empty",
            NoticeError::TooLarge { .. } => "notice.too_large",
            NoticeError::Binary { .. } => "notice.binary",
            NoticeError::NotChinese { .. } => "notice.not_chinese",
            NoticeError::Unclassified { .. } => "notice.unclassified",
            NoticeError::InvalidOptions { .. } => "notice.invalid_options",
        }
    }

    /// The message in one language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::ZhCn => match self {
                NoticeError::Empty => "公告为空".to_owned(),
                NoticeError::TooLarge { len, max } => {
                    format!("公告长 {len} 字节，超过可读取的 {max} 字节")
                }
                NoticeError::Binary { at } => {
                    format!("公告不是文本（第 {at} 字节起有控制字符或乱码）")
                }
                NoticeError::NotChinese { han, chars } => {
                    format!("公告不是中文（{chars} 个字符中仅 {han} 个汉字）")
                }
                NoticeError::InvalidOptions { message } => format!("选项无效：{message}"),
                NoticeError::Unclassified { .. } => {
                    "无法从公告的类型和领域确定其公开事项".to_owned()
                }
            },
        }
    }
}
