//! What every check kind is handed: the record, the world it is judged in ([`Env`]), and a
//! sink for what it finds ([`Emit`]). A check kind knows its own finding types and nothing of
//! [`Finding`](crate::Finding), so the kinds sit below the finding and rule types that collect
//! them.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::model::record::{DisclosureRecord, ExemptionScope};
use crate::severity::Severity;

/// A JSON Pointer to the field a finding is about: borrowed when fixed (`"/channels"`), owned
/// when it names a content key or an index.
pub(crate) type Path = Cow<'static, str>;

/// What the checks need besides the record and the rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Env<'a> {
    pub calendar: &'a crate::calendar::Calendar,
    /// The blacklist parties are screened against; `None` where none is loaded.
    pub screening: Option<&'a dyn crate::blacklist::screen::Screening>,
    pub today: NaiveDate,
    pub near_workdays: u32,
}

/// One record being judged by one rule.
#[derive(Clone, Copy)]
pub(crate) struct Cx<'a> {
    pub record: &'a DisclosureRecord,
    pub env: &'a Env<'a>,
    /// Content keys that a local `requiredElements` rule of this item adds: known, not
    /// misspellings.
    pub local_keys: &'a [String],
}

/// Where a check kind puts what it finds. A finding takes the rule's severity unless the kind
/// says otherwise ([`Emit::emit_as`]: a name-only blacklist match is never more than a warning).
pub(crate) trait Emit<D> {
    /// A finding of the rule's severity.
    fn emit(&mut self, path: Path, detail: D);
    /// A finding of another severity.
    fn emit_as(&mut self, severity: Severity, path: Path, detail: D);
}

/// True when the text is absent or only whitespace.
pub(crate) fn is_blank(v: Option<&String>) -> bool {
    v.is_none_or(|s| !has_text(s))
}

/// `!s.trim().is_empty()`, looking only as far as the first character that is not whitespace
/// (trimming also decodes the last character, and most texts are not blank).
pub(crate) fn has_text(s: &str) -> bool {
    s.chars().any(|c| !c.is_whitespace())
}

/// `/content/<key>`, escaped.
pub(crate) fn content_path(key: &str) -> Path {
    Cow::Owned(crate::pointer::join("/content", key))
}

/// An element lawfully withheld (a partial exemption naming it, or a whole one) is not
/// "missing".
pub(crate) fn withheld(record: &DisclosureRecord, key: &str) -> bool {
    record.exemption.as_ref().is_some_and(|x| {
        x.scope == ExemptionScope::Whole || x.withheld_elements.iter().any(|k| k == key)
    })
}

/// The whole record is lawfully withheld.
pub(crate) fn withheld_whole(record: &DisclosureRecord) -> bool {
    record
        .exemption
        .as_ref()
        .is_some_and(|x| x.scope == ExemptionScope::Whole)
}

/// A kind of check: the value of `check.kind` in a rule-table row, and what it is for.
pub(crate) trait CheckKind {
    /// The `kind` tag in the rule table (`"requiredElements"`).
    const KIND: &'static str;
    /// One line on what the kind checks, for `docs/rules.md`.
    const ABOUT: &'static str;
    /// Whether a rule of this kind can emit the finding code `code` (a minimum period cannot
    /// be "overdue"); by default every code the kind declares.
    fn emits(&self, _code: &str) -> bool {
        true
    }
    /// The check column of `docs/rules.md`; by default the kind tag.
    fn describe(&self) -> String {
        Self::KIND.to_owned()
    }
}

/// The data of one finding code: its code, what it means, and its message in each language.
pub(crate) trait FindingDetail {
    /// The stable code (`"element.missing"`).
    const CODE: &'static str;
    /// One line on what the code means, for `docs/rules.md`.
    const ABOUT: &'static str;
    /// The message in one language.
    fn message(&self, lang: crate::Lang) -> String;
}

/// `zh` or `en` by language, owned.
pub(crate) fn pick(lang: crate::Lang, zh: &str, en: &str) -> String {
    match lang {
        crate::Lang::ZhCn => zh.to_owned(),
        crate::Lang::En => en.to_owned(),
    }
}

/// A finding code whose message is fixed: a unit struct with its code, meaning and messages.
macro_rules! fixed_finding {
    ($(#[$doc:meta])* $name:ident = $code:literal, about $about:literal, zh $zh:literal, en $en:literal $(,)?) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct $name;

        impl $crate::rules::checks::kit::FindingDetail for $name {
            const CODE: &'static str = $code;
            const ABOUT: &'static str = $about;
            fn message(&self, lang: $crate::Lang) -> String {
                $crate::rules::checks::kit::pick(lang, $zh, $en)
            }
        }
    };
}
pub(crate) use fixed_finding;
