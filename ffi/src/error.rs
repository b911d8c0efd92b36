//! Failures of a call: a status for the caller, and details kept per thread for
//! `gongkai_last_error_message`.

use std::cell::RefCell;

use gongkai_core::Lang;

use crate::status::gongkai_status;

/// What went wrong in a call, before it becomes a status.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) status: gongkai_status,
    detail: Detail,
}

/// The details of a failure, rendered in a language only when asked for.
#[derive(Debug)]
enum Detail {
    Core(gongkai_core::Error),
    Decision(gongkai_core::blacklist::DecisionError),
    Notice(gongkai_core::notice::NoticeError),
    Text {
        status: gongkai_status,
        zh: String,
        en: String,
    },
}

impl Detail {
    /// The status the failure was reported with.
    fn status(&self) -> gongkai_status {
        match self {
            Detail::Core(e) => gongkai_status::of(e),
            Detail::Decision(e) => gongkai_status::of_code(e.code()),
            Detail::Notice(e) => gongkai_status::of_code(e.code()),
            Detail::Text { status, .. } => *status,
        }
    }
}

thread_local! {
    static LAST_ERROR: RefCell<Option<Detail>> = const { RefCell::new(None) };
}

impl Failure {
    /// A failure described in both languages.
    pub(crate) fn new(status: gongkai_status, zh: String, en: String) -> Failure {
        Failure {
            status,
            detail: Detail::Text { status, zh, en },
        }
    }

    /// A required pointer argument is NULL.
    pub(crate) fn null(argument: &str) -> Failure {
        Failure::new(
            gongkai_status::NullArgument,
            format!("参数 {argument} 为 NULL"),
            format!("argument {argument} is NULL"),
        )
    }

    /// A core error about one of a call's text arguments, when it takes more than one: the message
    /// names the argument, as its pointer, line and column are in that text alone.
    pub(crate) fn in_argument(argument: &str, error: gongkai_core::Error) -> Failure {
        Failure::new(
            gongkai_status::of(&error),
            format!("参数 {argument}：{}", error.message(Lang::ZhCn)),
            format!("{argument}: {}", error.message(Lang::En)),
        )
    }

    /// Stores the details as the calling thread's last error and returns the status.
    pub(crate) fn record(self) -> gongkai_status {
        // A thread being torn down has no storage left; the status alone still goes back.
        let _ = LAST_ERROR.try_with(|last| *last.borrow_mut() = Some(self.detail));
        self.status
    }
}

impl From<gongkai_core::Error> for Failure {
    fn from(error: gongkai_core::Error) -> Failure {
        Failure {
            status: gongkai_status::of(&error),
            detail: Detail::Core(error),
        }
    }
}

impl From<gongkai_core::blacklist::DecisionError> for Failure {
    fn from(error: gongkai_core::blacklist::DecisionError) -> Failure {
        Failure {
            status: gongkai_status::of_code(error.code()),
            detail: Detail::Decision(error),
        }
    }
}

impl From<gongkai_core::notice::NoticeError> for Failure {
    fn from(error: gongkai_core::notice::NoticeError) -> Failure {
        Failure {
            status: gongkai_status::of_code(error.code()),
            detail: Detail::Notice(error),
        }
    }
}

impl From<gongkai_core::calendar::CalendarError> for Failure {
    fn from(error: gongkai_core::calendar::CalendarError) -> Failure {
        gongkai_core::Error::from(error).into()
    }
}

/// A decision's refusal with the pointer of the fact at fault, which C has no other way to read;
/// missing facts are each named by the message itself.
fn decision_message(e: &gongkai_core::blacklist::DecisionError, lang: Lang) -> String {
    let message = e.message(lang);
    if !e.facts().is_empty() {
        return message;
    }
    match lang {
        Lang::ZhCn => format!("{message}（字段 {}）", e.path()),
        Lang::En => format!("{message} (at {})", e.path()),
    }
}

/// The code of the calling thread's last failure (static, NUL-terminated), or `""` when no
/// call on it has failed.
pub(crate) fn last_error_code() -> &'static std::ffi::CStr {
    LAST_ERROR
        .try_with(|last| match &*last.borrow() {
            None => c"",
            Some(detail) => detail.status().code(),
        })
        .unwrap_or(c"")
}

/// The message of the calling thread's last failure, or `""` when no call on it has failed.
pub(crate) fn last_error_message(lang: Lang) -> String {
    LAST_ERROR
        .try_with(|last| match &*last.borrow() {
            None => String::new(),
            Some(Detail::Core(e)) => e.message(lang),
            Some(Detail::Decision(e)) => decision_message(e, lang),
            Some(Detail::Notice(e)) => e.message(lang),
            Some(Detail::Text { zh, en, .. }) => match lang {
                Lang::ZhCn => zh.clone(),
                Lang::En => en.clone(),
            },
        })
        .unwrap_or_default()
}
