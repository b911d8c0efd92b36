//! What each export does, in plain Rust: no JavaScript values here, so native tests and the native
//! benchmark run exactly the code the WASM build runs, minus the conversions at the boundary.

use chrono::NaiveDate;
use gongkai::blacklist::ScreenQuery;
use gongkai::calendar::{CalendarError, SpecialDaysJson};
use gongkai::deadline::PeriodEnd;
use gongkai::{
    Anchor, Check, Context, Direction, Domain, Engine, Error, Expected, ItemKind, Lang, Report,
    Rule,
};
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};

/// Why a call could not be answered: the core error, and what in the call it concerns.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    /// The core error; its `code()` becomes the JS error's `code`.
    pub error: Error,
    /// Which input the error is about.
    pub input: Input,
}

/// Which input of a call a [`Failure`] concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// The record; `path` of a parse error is a JSON Pointer into it.
    Record,
    /// The options object; `path` is a JSON Pointer into it (`/today`).
    Options,
    /// The engine configuration; `path` is a JSON Pointer into it.
    Config,
    /// A positional argument, by name (`date`, `n`, `ruleId`).
    Argument(&'static str),
    /// A JSON document passed as an argument (`subject`, `plan`, `notice`); `path` of a parse
    /// error is a JSON Pointer into it.
    Document(&'static str),
    /// Nothing the caller passed: the computation itself (a year the calendar does not cover).
    Computation,
}

impl Failure {
    /// A failure of one input.
    pub fn new(error: impl Into<Error>, input: Input) -> Failure {
        Failure {
            error: error.into(),
            input,
        }
    }

    /// The message in one language. Parse errors of a value that was a JS object (not text) leave
    /// out the line and column, which would point into the library's own serialisation.
    pub fn message(&self, lang: Lang, from_text: bool) -> String {
        let zh = lang == Lang::ZhCn;
        match (&self.error, self.input) {
            (Error::Parse { path, message, .. }, input)
                if !(from_text
                    && matches!(input, Input::Record | Input::Config | Input::Document(_))) =>
            {
                let what = match self.input {
                    Input::Record => ("记录", "record"),
                    Input::Options => ("选项", "options"),
                    Input::Config => ("引擎配置", "engine configuration"),
                    Input::Document("subject") => ("筛查对象", "subject"),
                    Input::Document("plan") => ("工作方案", "work plan"),
                    Input::Document("notice") => ("通知信息", "notice"),
                    #[cfg(any(feature = "catalogue", test))]
                    Input::Document("catalogue") => ("目录清单", "catalogue"),
                    Input::Argument(a) | Input::Document(a) => (a, a),
                    Input::Computation => ("输入", "input"),
                };
                let at = if path.is_empty() { "" } else { path.as_str() };
                if zh {
                    let message = gongkai::parse_message_zh(message);
                    format!("{}无效{}：{message}", what.0, field_zh(at))
                } else {
                    format!("invalid {}{}: {message}", what.1, field_en(at))
                }
            }
            (e, _) => error_message(e, lang),
        }
    }

    /// The core error's stable code: the JS error's `code`.
    pub fn code(&self) -> &'static str {
        error_code(&self.error)
    }
}

// The core error's code and message. The `full` entry reads a blacklist, and its errors can be
// the blacklist's. The other entries read none (a configuration with blacklist entries is refused,
// `config.blacklist_unsupported`), so no error of theirs is one: they ask the core for the code
// and message of any other error, which leaves the blacklist's codes and messages out of the
// module (2.7 kB of the default entry, gzipped; BENCHMARKS.md).
#[cfg(any(feature = "full", test))]
fn error_code(e: &Error) -> &'static str {
    e.code()
}

#[cfg(any(feature = "full", test))]
fn error_message(e: &Error, lang: Lang) -> String {
    e.message(lang)
}

#[cfg(not(any(feature = "full", test)))]
fn error_code(e: &Error) -> &'static str {
    e.code_without_blacklist().unwrap_or("internal.blacklist")
}

#[cfg(not(any(feature = "full", test)))]
fn error_message(e: &Error, lang: Lang) -> String {
    e.message_without_blacklist(lang).unwrap_or_else(|| {
        "gongkai: internal error (please report): a blacklist error where no blacklist is read"
            .to_owned()
    })
}

fn field_zh(at: &str) -> String {
    if at.is_empty() {
        String::new()
    } else {
        format!("（字段 {at}）")
    }
}

fn field_en(at: &str) -> String {
    if at.is_empty() {
        String::new()
    } else {
        format!(" at {at}")
    }
}

/// The options of `validate` and `validateField`: `{ today, lang?, nearWorkdays? }`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The day the record is judged on.
    pub today: NaiveDate,
    /// The language of messages (`zh-CN` by default).
    pub lang: Lang,
    /// The "near its deadline" window in working days (core default 2).
    pub near_workdays: Option<u32>,
}

impl Options {
    /// The core context these options describe.
    pub fn context(&self) -> Context {
        let ctx = Context::new(self.today);
        match self.near_workdays {
            Some(n) => ctx.with_near_workdays(n),
            None => ctx,
        }
    }
}

/// The keys `validate` and `validateField` accept in their options.
pub const VALIDATE_OPTIONS: [&str; 3] = ["today", "lang", "nearWorkdays"];
/// The keys the calendar and due-date functions accept in their options.
pub const LANG_OPTIONS: [&str; 1] = ["lang"];

/// One option's value as read from the caller, before it is checked.
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    /// Absent, `undefined` or `null`.
    Absent,
    /// A string.
    Str(String),
    /// A number.
    Num(f64),
    /// Anything else, described for the message (its JS type).
    Other(String),
}

fn option_error(key: &str, message: String) -> Failure {
    Failure::new(
        Error::invalid_json(
            format!("/{}", key.replace('~', "~0").replace('/', "~1")),
            message,
        ),
        Input::Options,
    )
}

/// Refuses an options object that is not an object (`kind` names what it is) or that has a key
/// outside `allowed`, so that a misspelt option is never silently ignored.
///
/// # Errors
/// `input.invalid_json` on [`Input::Options`], with the pointer of the unknown key.
pub fn check_option_keys<'k>(
    keys: impl IntoIterator<Item = &'k str>,
    allowed: &[&str],
) -> Result<(), Failure> {
    match keys.into_iter().find(|key| !allowed.contains(key)) {
        Some(key) => Err(unknown_option(key, allowed)),
        None => Ok(()),
    }
}

/// The error for an option outside `allowed`, at its pointer.
pub fn unknown_option(key: &str, allowed: &[&str]) -> Failure {
    let expected: Vec<String> = allowed.iter().map(|k| format!("`{k}`")).collect();
    option_error(
        key,
        format!("unknown option `{key}`, expected {}", expected.join(", ")),
    )
}

/// The error for options that are not an object at all.
pub fn options_not_an_object(kind: &str) -> Failure {
    Failure::new(
        Error::invalid_json("", format!("expected an options object, got {kind}")),
        Input::Options,
    )
}

/// The `lang` option: `zh-CN`, `zh`, `en` and their usual spellings; absent is zh-CN.
///
/// # Errors
/// `input.invalid_json` at `/lang`.
pub fn lang_option(value: &OptionValue) -> Result<Lang, Failure> {
    match value {
        OptionValue::Absent => Ok(Lang::ZhCn),
        OptionValue::Str(s) => Lang::parse(s).ok_or_else(|| {
            option_error(
                "lang",
                format!("unknown language {s:?}, expected \"zh-CN\" or \"en\""),
            )
        }),
        other => Err(option_error(
            "lang",
            format!("expected \"zh-CN\" or \"en\", got {}", describe(other)),
        )),
    }
}

/// The options of `validate` from their three values.
///
/// # Errors
/// `input.invalid_json` naming the option (`/today`, `/lang`, `/nearWorkdays`).
pub fn validate_options(
    today: &OptionValue,
    lang: &OptionValue,
    near_workdays: &OptionValue,
) -> Result<Options, Failure> {
    let today = match today {
        OptionValue::Str(s) => {
            gongkai::date::parse(s).map_err(|e| option_error("today", format!("{s:?}: {e}")))?
        }
        OptionValue::Absent => {
            return Err(option_error(
                "today",
                "missing option `today` (the day to judge on, YYYY-MM-DD)".to_owned(),
            ));
        }
        other => {
            return Err(option_error(
                "today",
                format!("expected a date YYYY-MM-DD, got {}", describe(other)),
            ));
        }
    };
    let near_workdays = match near_workdays {
        OptionValue::Absent => None,
        OptionValue::Num(n) if n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n) => {
            Some(*n as u32)
        }
        other => {
            return Err(option_error(
                "nearWorkdays",
                format!(
                    "expected a whole number of working days, got {}",
                    describe(other)
                ),
            ));
        }
    };
    Ok(Options {
        today,
        lang: lang_option(lang)?,
        near_workdays,
    })
}

fn describe(v: &OptionValue) -> String {
    match v {
        OptionValue::Absent => "nothing".to_owned(),
        OptionValue::Str(s) => format!("{s:?}"),
        OptionValue::Num(n) => format!("the number {n}"),
        OptionValue::Other(kind) => kind.clone(),
    }
}

/// Parses and judges a record given as JSON text.
///
/// # Errors
/// A [`Failure`] on [`Input::Record`] when the text is not a record.
pub fn validate(engine: &Engine, record_json: &str, options: &Options) -> Result<Report, Failure> {
    engine
        .validate_json(record_json, &options.context())
        .map_err(|e| Failure::new(e, Input::Record))
}

/// Parses and judges a record with the records linked to it (a JSON array), as
/// `Engine::validate_linked_json`.
///
/// # Errors
/// A [`Failure`] on [`Input::Record`], or on `related` with the pointer into that array, when a
/// text is not what it must be; `input.invalid_argument` for a linked record of another domain.
pub fn validate_linked(
    engine: &Engine,
    record_json: &str,
    related_json: &str,
    options: &Options,
) -> Result<Report, Failure> {
    engine
        .validate_linked_json(record_json, related_json, &options.context())
        .map_err(|e| match e {
            Error::Parse {
                path,
                message,
                line,
                column,
            } if path.starts_with("/related") => Failure::new(
                Error::invalid_json_at(&path["/related".len()..], message, line, column),
                Input::Document("related"),
            ),
            e => Failure::new(e, Input::Record),
        })
}

/// Whether a finding's `path` is `pointer` or lies under it (`/content` covers
/// `/content/winnerName`; `""` covers everything).
pub fn path_is_under(path: &str, pointer: &str) -> bool {
    match path.strip_prefix(pointer) {
        Some(rest) => rest.is_empty() || rest.starts_with('/'),
        None => false,
    }
}

/// The findings of [`validate`] whose path is `pointer` or lies under it: for one field as the
/// user types. `ok` of the result speaks for that field only.
///
/// # Errors
/// A [`Failure`] when `pointer` is not a JSON Pointer (`""` or starting with `/`), or when the
/// record does not parse.
pub fn validate_field(
    engine: &Engine,
    record_json: &str,
    pointer: &str,
    options: &Options,
) -> Result<Report, Failure> {
    if !(pointer.is_empty() || pointer.starts_with('/')) {
        // A JSON Pointer is "" or starts with "/".
        return Err(argument_error(
            "path",
            Expected::Pointer,
            format!("{pointer:?}"),
        ));
    }
    let mut report = validate(engine, record_json, options)?;
    report.findings.retain(|f| path_is_under(f.path(), pointer));
    Ok(report)
}

/// A date argument, `YYYY-MM-DD` as every date the library reads ([`gongkai::date::parse`]).
///
/// # Errors
/// `input.invalid_date` naming the argument and saying what is wrong.
pub fn date_arg(text: &str, name: &'static str) -> Result<NaiveDate, Failure> {
    gongkai::date::parse_field(name, text).map_err(|e| Failure::new(e, Input::Argument(name)))
}

/// An argument that is not of the type it must be: `input.invalid_argument` naming it.
pub fn argument_error(name: &'static str, expected: Expected, got: String) -> Failure {
    Failure::new(
        Error::InvalidArgument {
            argument: name.to_owned(),
            expected,
            got,
        },
        Input::Argument(name),
    )
}

fn calendar_failure(e: CalendarError) -> Failure {
    Failure::new(e, Input::Computation)
}

/// Whether `date` is a working day on the engine's calendar.
///
/// # Errors
/// `input.invalid_date`, or `calendar.year_not_covered`.
pub fn is_workday(engine: &Engine, date: &str) -> Result<bool, Failure> {
    let d = date_arg(date, "date")?;
    engine.calendar().is_workday(d).map_err(calendar_failure)
}

/// The `n`-th working day after `date` (before it when `n < 0`).
///
/// # Errors
/// `input.invalid_date`, or `calendar.year_not_covered` when the count leaves the calendar.
pub fn add_workdays(engine: &Engine, date: &str, n: i32) -> Result<NaiveDate, Failure> {
    let d = date_arg(date, "date")?;
    engine
        .calendar()
        .add_workdays(d, n)
        .map_err(calendar_failure)
}

/// The working days in `(a, b]` (negative when `b < a`).
///
/// # Errors
/// `input.invalid_date`, or `calendar.year_not_covered`.
pub fn workdays_between(engine: &Engine, a: &str, b: &str) -> Result<i32, Failure> {
    let a = date_arg(a, "a")?;
    let b = date_arg(b, "b")?;
    engine
        .calendar()
        .workdays_between(a, b)
        .map_err(calendar_failure)
}

/// The due date of a time-limit rule for an event on `event_date`, with its explanation.
///
/// # Errors
/// `rules.unknown_rule`, `rules.not_a_deadline`, `input.invalid_date`,
/// `calendar.year_not_covered`.
pub fn due_date<'e>(
    engine: &'e Engine,
    rule_id: &str,
    event_date: &str,
    lang: Lang,
) -> Result<DueDate<'e>, Failure> {
    let d = date_arg(event_date, "eventDate")?;
    let end = engine.due_date(rule_id, d).map_err(|e| {
        let input = match e {
            Error::UnknownRule { .. } | Error::NotADeadline { .. } => Input::Argument("ruleId"),
            _ => Input::Computation,
        };
        Failure::new(e, input)
    })?;
    let rule = engine.rules().get(rule_id).ok_or_else(|| {
        Failure::new(
            Error::UnknownRule {
                id: rule_id.to_owned(),
            },
            Input::Argument("ruleId"),
        )
    })?;
    Ok(DueDate { rule, end, lang })
}

/// A due date and how it was reached: `{ due, explanation }`.
#[derive(Debug, Clone)]
pub struct DueDate<'e> {
    rule: &'e Rule,
    end: PeriodEnd,
    lang: Lang,
}

impl DueDate<'_> {
    /// The due date (or, for an "at least" rule, the earliest allowed end).
    pub fn due(&self) -> NaiveDate {
        self.end.end
    }

    /// The direction, anchor and target of the rule; an obligation counts from its notice.
    fn shape(&self) -> (Direction, Option<Anchor>, Option<Anchor>) {
        match &self.rule.check {
            Check::Deadline(d) => (d.direction, Some(d.anchor), Some(d.target)),
            _ => (Direction::Within, None, None),
        }
    }

    /// The explanation in words: the rule, the due date, and the days that moved it.
    pub fn text(&self) -> String {
        let (direction, anchor, _) = self.shape();
        let zh = self.lang == Lang::ZhCn;
        let (p, start, due) = (self.end.period, self.end.start_at(), self.end.end_at());
        let from = match (anchor, zh) {
            (Some(a), true) => a.name_zh(),
            (Some(a), false) => a.name_en(),
            (None, true) => "通知印发之日",
            (None, false) => "the date of the notice",
        };
        let why = self.end.explanation(self.lang);
        match (direction, zh) {
            (Direction::Within, true) => {
                format!("截止日为{due}（自{from}（{start}）起{p}内）{why}")
            }
            (Direction::AtLeast, true) => {
                format!("最短期限届满日为{due}（自{from}（{start}）起不少于{p}）{why}")
            }
            (Direction::Within, false) => format!(
                "due by {due} (within {} {} of {from} ({start})){why}",
                p.n,
                p.unit.name_en()
            ),
            (Direction::AtLeast, false) => format!(
                "ends no earlier than {due} (at least {} {} from {from} ({start})){why}",
                p.n,
                p.unit.name_en()
            ),
        }
    }
}

impl Serialize for DueDate<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Explanation<'a, 'e>(&'a DueDate<'e>);
        impl Serialize for Explanation<'_, '_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let d = self.0;
                let (direction, anchor, target) = d.shape();
                let mut st = s.serialize_struct("DueDateExplanation", 12)?;
                st.serialize_field("rule", &d.rule.id)?;
                st.serialize_field("direction", &direction)?;
                st.serialize_field("anchor", &anchor)?;
                st.serialize_field("anchorDate", &d.end.start_at())?;
                st.serialize_field("target", &target)?;
                st.serialize_field("period", &d.end.period)?;
                st.serialize_field("countedEnd", &d.end.counted_at())?;
                st.serialize_field("due", &d.end.end_at())?;
                st.serialize_field("rolled", &d.end.rolled())?;
                st.serialize_field("pausedUnits", &d.end.paused)?;
                st.serialize_field("specialDays", &SpecialDaysJson(&d.end.special_days, d.lang))?;
                st.serialize_field("legalBasis", &d.rule.legal_basis)?;
                st.serialize_field("text", &d.text())?;
                st.end()
            }
        }
        let mut st = s.serialize_struct("DueDate", 2)?;
        st.serialize_field("due", &self.end.end_at())?;
        st.serialize_field("explanation", &Explanation(self))?;
        st.end()
    }
}

/// An item and its content elements, for labelling a form: `{ item, domain, zh, en, elements }`.
#[derive(Debug, Clone, Copy)]
pub struct ItemDescription(pub ItemKind);

impl Serialize for ItemDescription {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct Elements(ItemKind);
        impl Serialize for Elements {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let els = self.0.elements();
                let mut seq = s.serialize_seq(Some(els.len()))?;
                for e in els {
                    seq.serialize_element(&Element(e))?;
                }
                seq.end()
            }
        }
        struct Element(&'static gongkai::Element);
        impl Serialize for Element {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut st = s.serialize_struct("Element", 4)?;
                st.serialize_field("key", self.0.key)?;
                st.serialize_field("zh", self.0.zh)?;
                st.serialize_field("en", self.0.en)?;
                st.serialize_field("required", &self.0.required)?;
                st.end()
            }
        }
        let k = self.0;
        let mut st = s.serialize_struct("ItemDescription", 5)?;
        st.serialize_field("item", &k)?;
        st.serialize_field("domain", &k.domain())?;
        st.serialize_field("zh", k.name(Lang::ZhCn))?;
        st.serialize_field("en", k.name(Lang::En))?;
        st.serialize_field("elements", &Elements(k))?;
        st.end()
    }
}

/// The item with this JSON name.
///
/// # Errors
/// `input.invalid_argument` naming the argument when no item has that name.
pub fn describe_item(item: &str) -> Result<ItemDescription, Failure> {
    match ItemKind::all().find(|k| k.as_str() == item) {
        Some(k) => Ok(ItemDescription(k)),
        None => Err(argument_error("item", Expected::Item, format!("{item:?}"))),
    }
}

/// A domain by its JSON name (`governmentProcurement`).
///
/// # Errors
/// `input.invalid_argument` naming the argument `domain`.
pub fn domain_arg(name: &str) -> Result<Domain, Failure> {
    Domain::ALL
        .iter()
        .copied()
        .find(|d| d.as_str() == name)
        .ok_or_else(|| {
            let names: Vec<String> = Domain::ALL
                .iter()
                .map(|d| format!("`{}`", d.as_str()))
                .collect();
            argument_error(
                "domain",
                Expected::Domain,
                format!("{name:?} (the domains are {})", names.join(", ")),
            )
        })
}

/// Screens a subject (`{ name, creditCode?, idNumber?, domain? }` as JSON) against the engine's
/// blacklist as of `date`, for `domain` when given (it takes the place of the subject's own):
/// the JSON of [`Engine::screen_json`], the C API's `gongkai_engine_screen`.
///
/// # Errors
/// `input.invalid_json` for a subject that is not one (argument `subject`), `input.invalid_date`
/// for the date.
pub fn screen(
    engine: &Engine,
    subject_json: &str,
    date: &str,
    domain: Option<Domain>,
    lang: Lang,
) -> Result<String, Failure> {
    let on = date_arg(date, "date")?;
    let mut query = ScreenQuery::from_json(subject_json)
        .map_err(|e| Failure::new(e, Input::Document("subject")))?;
    if domain.is_some() {
        query.domain = domain;
    }
    Ok(engine.screen(&query, on).to_json(lang))
}

#[cfg(any(feature = "full", test))]
/// Checks a work plan given as JSON: `{ ok, findings }`, the JSON of the C API's
/// `gongkai_engine_validate_work_plan`.
///
/// # Errors
/// `input.invalid_json` (argument `plan`) when the text is not a work plan.
pub fn validate_work_plan(engine: &Engine, plan_json: &str, lang: Lang) -> Result<String, Failure> {
    gongkai::assessment::api::validate_work_plan_json(engine, plan_json, lang)
        .map_err(|e| Failure::new(e, Input::Document("plan")))
}

/// A notice's obligations with their status, from `{ noticeIssued, departments?, filings?,
/// asOf }` as JSON: the array of the C API's `gongkai_engine_obligations`.
///
/// # Errors
/// `input.invalid_json` (argument `notice`), `calendar.year_not_covered` when a due date needs a
/// year the calendar lacks, `rules.unknown_rule` when a local table dropped `GD-PLAN` or
/// `GD-REPORT`.
pub fn obligations(engine: &Engine, notice_json: &str) -> Result<String, Failure> {
    gongkai::assessment::api::obligations_json(engine, notice_json).map_err(|e| {
        let input = match e {
            Error::Parse { .. } => Input::Document("notice"),
            _ => Input::Computation,
        };
        Failure::new(e, input)
    })
}

#[cfg(any(feature = "catalogue", test))]
/// Checks a department's catalogue given as JSON (`{ header?, rows }` or the rows alone) for
/// options given as JSON (`{ domains, level? }`): `{ ok, rows, findings }`, the JSON of the C API's
/// `gongkai_engine_check_catalogue`.
///
/// # Errors
/// `input.invalid_json` on the options ([`Input::Options`], read first, as the Rust API reads
/// them) or on the catalogue (argument `catalogue`), with the pointer into it.
pub fn check_catalogue(
    engine: &Engine,
    catalogue_json: &str,
    options_json: &str,
    lang: Lang,
) -> Result<String, Failure> {
    use gongkai::rules::catalogue::api;
    let options =
        api::options_from_json(options_json).map_err(|e| Failure::new(e, Input::Options))?;
    let catalogue = api::catalogue_from_json(catalogue_json)
        .map_err(|e| Failure::new(e, Input::Document("catalogue")))?;
    let report = engine.rules().audit_catalogue(&catalogue, &options);
    Ok(api::report_json(&catalogue, &report, lang))
}

#[cfg(any(feature = "catalogue", test))]
/// The baseline catalogue the engine's rules imply for options given as JSON: the array of rows
/// of the C API's `gongkai_engine_baseline_catalogue`.
///
/// # Errors
/// `input.invalid_json` on [`Input::Options`], with the pointer into them.
pub fn baseline_catalogue(engine: &Engine, options_json: &str) -> Result<String, Failure> {
    let options = gongkai::rules::catalogue::api::options_from_json(options_json)
        .map_err(|e| Failure::new(e, Input::Options))?;
    let rows = engine.rules().baseline_for(&options);
    serde_json::to_string(&rows).map_err(|e| {
        Failure::new(
            Error::invalid_json("", format!("cannot write the rows: {e}")),
            Input::Computation,
        )
    })
}

#[cfg(any(feature = "catalogue", test))]
/// A catalogue file (CSV or XLSX) read as governments publish it, as the JSON of `readCatalogue`:
/// `{ catalogue: { header, rows }, sheet, headingRows, headings, sourceRows, blankRows, notes }`.
/// The format is told from the content, else from `file_name`'s extension.
///
/// # Errors
/// The reader's [`FileError`](gongkai::rules::catalogue::files::FileError), naming the sheet,
/// row and column where it applies.
pub fn read_catalogue(
    bytes: &[u8],
    file_name: &str,
) -> Result<String, gongkai::rules::catalogue::files::FileError> {
    use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
    let format = FileFormat::detect(file_name, bytes)?;
    let file = read_catalogue(bytes, format)?;
    Ok(file_json(&file, None))
}

#[cfg(any(feature = "catalogue", test))]
/// Why a catalogue file could not be checked: the options, or the file.
#[derive(Debug, Clone, PartialEq)]
pub enum FileRefusal {
    /// The options are not `{ domains, level? }` (argument `options`, with the pointer).
    Options(Failure),
    /// The file cannot be read.
    File(gongkai::rules::catalogue::files::FileError),
}

#[cfg(any(feature = "catalogue", test))]
/// Reads a catalogue file and checks it: the JSON of [`read_catalogue`] with the check's answer
/// (that of [`check_catalogue`]) as its `report`. The options are read first.
///
/// # Errors
/// [`FileRefusal`].
pub fn check_catalogue_file(
    engine: &Engine,
    bytes: &[u8],
    file_name: &str,
    options_json: &str,
    lang: Lang,
) -> Result<String, FileRefusal> {
    use gongkai::rules::catalogue::api;
    use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
    let options = api::options_from_json(options_json)
        .map_err(|e| FileRefusal::Options(Failure::new(e, Input::Options)))?;
    let format = FileFormat::detect(file_name, bytes).map_err(FileRefusal::File)?;
    let file = read_catalogue(bytes, format).map_err(FileRefusal::File)?;
    let report = engine.rules().audit_catalogue(&file.catalogue, &options);
    let report = api::report_json(&file.catalogue, &report, lang);
    Ok(file_json(
        &file,
        serde_json::value::RawValue::from_string(report)
            .ok()
            .as_deref(),
    ))
}

#[cfg(any(feature = "catalogue", test))]
/// The JSON of a catalogue read from a file (see [`read_catalogue`]), with the check's answer as
/// its `report` when there is one.
fn file_json(
    file: &gongkai::rules::catalogue::files::CatalogueFile,
    report: Option<&serde_json::value::RawValue>,
) -> String {
    #[derive(Serialize)]
    struct Note<'a> {
        row: usize,
        text: &'a str,
    }
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct View<'a> {
        catalogue: &'a gongkai::Catalogue,
        sheet: Option<&'a str>,
        heading_rows: [usize; 2],
        headings: &'a [String],
        source_rows: &'a [usize],
        blank_rows: usize,
        notes: Vec<Note<'a>>,
        #[serde(skip_serializing_if = "Option::is_none")]
        report: Option<&'a serde_json::value::RawValue>,
    }
    serde_json::to_string(&View {
        catalogue: &file.catalogue,
        sheet: file.sheet.as_deref(),
        heading_rows: [*file.heading_rows.start(), *file.heading_rows.end()],
        headings: &file.headings,
        source_rows: &file.source_rows,
        blank_rows: file.blank_rows,
        notes: file
            .notes
            .iter()
            .map(|n| Note {
                row: n.row,
                text: &n.text,
            })
            .collect(),
        report,
    })
    // Strings, numbers and string-keyed maps of JSON values: nothing here fails to serialise.
    .unwrap_or_else(|_| "{}".to_owned())
}

/// Why a penalty decision yields no blacklist entry: its text is not a record, or the record
/// yields none.
#[cfg(any(feature = "full", test))]
#[derive(Debug, Clone, PartialEq)]
pub enum EntryRefusal {
    /// The text is not a record (argument `record`, with the pointer).
    Record(Failure),
    /// The record yields no entry: a `decision.*` code, or the identifier's or blacklist's.
    Decision(gongkai::blacklist::DecisionError),
}

#[cfg(any(feature = "full", test))]
/// The blacklist entry a penalty decision given as JSON implies: one line of the registry's
/// JSON-lines form, as the C API's `gongkai_engine_entry_from_decision` gives it.
///
/// # Errors
/// [`EntryRefusal`].
pub fn entry_from_decision(record_json: &str) -> Result<String, EntryRefusal> {
    use gongkai::blacklist::{DecisionJsonError, entry_from_decision_json};
    entry_from_decision_json(record_json).map_err(|e| match e {
        DecisionJsonError::Record(e) => EntryRefusal::Record(Failure::new(e, Input::Record)),
        DecisionJsonError::Decision(d) => EntryRefusal::Decision(d),
    })
}

/// An engine from configuration JSON (`""` is the national engine), blacklist included: the
/// `Engine` of the package's `full` entry.
///
/// # Errors
/// The core's configuration errors, on [`Input::Config`].
pub fn engine_from_config(json: &str) -> Result<Engine, Failure> {
    Engine::from_config_json(json).map_err(|e| Failure::new(e, Input::Config))
}

/// As [`engine_from_config`], refusing blacklist entries (`config.blacklist_unsupported`): the
/// `Engine` of the package's default entry, whose size budget leaves the blacklist out.
///
/// # Errors
/// As [`engine_from_config`].
pub fn validator_from_config(json: &str) -> Result<Engine, Failure> {
    Engine::from_config_json_without_blacklist(json).map_err(|e| Failure::new(e, Input::Config))
}

/// The national engine, built once.
pub fn national() -> &'static Engine {
    static NATIONAL: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    NATIONAL.get_or_init(Engine::national)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(today: &str) -> Options {
        let s = |v: &str| OptionValue::Str(v.to_owned());
        validate_options(&s(today), &OptionValue::Absent, &OptionValue::Absent).unwrap()
    }

    #[test]
    fn pointers_cover_themselves_and_below_only() {
        assert!(path_is_under("/content/winnerName", "/content/winnerName"));
        assert!(path_is_under("/content/winnerName", "/content"));
        assert!(path_is_under("/content/winnerName", ""));
        assert!(!path_is_under(
            "/content/winnerNameX",
            "/content/winnerName"
        ));
        assert!(!path_is_under("/contents", "/content"));
        assert!(!path_is_under("/title", "/content"));
    }

    #[test]
    fn dates_are_exactly_yyyy_mm_dd() {
        assert_eq!(
            date_arg("2024-09-29", "date").ok(),
            NaiveDate::from_ymd_opt(2024, 9, 29)
        );
        for bad in [
            "2024-9-29",
            "2024-02-30",
            "+2024-09-29",
            "2024/09/29",
            "",
            "２０２４-09-29",
            " 2024-01-01",
            "0000-01-01",
        ] {
            let e = date_arg(bad, "date").unwrap_err();
            assert_eq!(e.error.code(), "input.invalid_date", "{bad}");
            assert_eq!(e.input, Input::Argument("date"));
            assert!(e.message(Lang::En, false).starts_with("date: "), "{bad}");
            assert!(
                e.message(Lang::ZhCn, false)
                    .starts_with("date 不是有效日期"),
                "{bad}"
            );
        }
        let e = date_arg("2024-02-30", "date").unwrap_err();
        assert!(e.message(Lang::ZhCn, false).contains("2024年2月没有30日"));
    }

    #[test]
    fn options_reject_unknown_keys_and_bad_values_naming_them() {
        let path = |f: Failure| match f.error {
            Error::Parse { path, .. } => path,
            other => panic!("{other:?}"),
        };
        let err = check_option_keys(["today", "lnag"], &VALIDATE_OPTIONS).unwrap_err();
        assert_eq!(err.error.code(), "input.invalid_json");
        assert_eq!(path(err), "/lnag");
        assert!(check_option_keys(["lang"], &LANG_OPTIONS).is_ok());
        let s = |v: &str| OptionValue::Str(v.to_owned());
        let a = OptionValue::Absent;
        let bad_today = validate_options(&s("2024-13-10"), &a, &a).unwrap_err();
        assert_eq!(path(bad_today), "/today");
        assert_eq!(path(validate_options(&a, &a, &a).unwrap_err()), "/today");
        let num = OptionValue::Num(20241010.0);
        assert_eq!(path(validate_options(&num, &a, &a).unwrap_err()), "/today");
        let fr = validate_options(&s("2024-10-10"), &s("fr"), &a).unwrap_err();
        assert_eq!(path(fr), "/lang");
        let neg = validate_options(&s("2024-10-10"), &a, &OptionValue::Num(-1.0)).unwrap_err();
        assert_eq!(path(neg), "/nearWorkdays");
        let o = validate_options(&s("2024-10-10"), &s("en"), &OptionValue::Num(3.0)).unwrap();
        assert_eq!((o.lang, o.near_workdays), (Lang::En, Some(3)));
    }

    /// 政府采购法实施条例 Art 43: a result within 2 working days of the award; 27 September 2024
    /// (a Friday) is followed by the make-up Sunday 29 September, so the due date is Monday 30.
    #[test]
    fn due_date_gp_r43_across_national_day_2024() {
        let due = due_date(national(), "GP-R43", "2024-09-27", Lang::ZhCn).unwrap();
        assert_eq!(due.due(), NaiveDate::from_ymd_opt(2024, 9, 30).unwrap());
        let text = due.text();
        assert!(
            text.contains("2024-09-29") && text.contains("调休上班"),
            "{text}"
        );
        let json = serde_json::to_value(&due).unwrap();
        assert_eq!(json["due"], "2024-09-30");
        assert_eq!(json["explanation"]["anchor"], "awarded");
        assert_eq!(
            json["explanation"]["specialDays"][0]["kind"],
            "makeup_workday"
        );
        assert_eq!(json["explanation"]["specialDays"][0]["workday"], true);
        let en = due_date(national(), "GP-R43", "2024-09-27", Lang::En).unwrap();
        assert!(en.text().contains("make-up working day"), "{}", en.text());
    }

    #[test]
    fn due_date_errors_say_which_argument() {
        let e = due_date(national(), "NOPE", "2024-09-27", Lang::ZhCn).unwrap_err();
        assert_eq!(
            (e.error.code(), e.input),
            ("rules.unknown_rule", Input::Argument("ruleId"))
        );
        let e = due_date(national(), "GP-87-69", "2024-09-27", Lang::ZhCn).unwrap_err();
        assert_eq!(e.error.code(), "rules.not_a_deadline");
        let e = due_date(national(), "GP-R43", "2024-09-31", Lang::ZhCn).unwrap_err();
        assert_eq!(
            (e.error.code(), e.input),
            ("input.invalid_date", Input::Argument("eventDate"))
        );
        let e = due_date(national(), "GP-R43", "2027-01-04", Lang::ZhCn).unwrap_err();
        assert_eq!(e.error.code(), "calendar.year_not_covered");
    }

    #[test]
    fn calendar_functions() {
        let n = national();
        assert!(is_workday(n, "2024-09-29").unwrap());
        assert!(!is_workday(n, "2024-10-01").unwrap());
        assert_eq!(
            add_workdays(n, "2024-09-27", 2).unwrap().to_string(),
            "2024-09-30"
        );
        assert_eq!(workdays_between(n, "2024-09-30", "2024-10-08").unwrap(), 1);
        let e = is_workday(n, "2027-03-01").unwrap_err();
        assert_eq!(e.error.code(), "calendar.year_not_covered");
        let e = workdays_between(n, "2024-09-30", "x").unwrap_err();
        assert_eq!(e.input, Input::Argument("b"));
    }

    #[test]
    fn validate_field_keeps_the_fields_findings_only() {
        let record = r#"{"id":"1","domain":"governmentProcurement","item":"procurementBudget",
            "title":"预算","responsibleBody":{"name":"某局"},"formedOn":"2024-03-01",
            "status":"draft","channels":[],"content":{"projectName":"办公设备"}}"#;
        let all = validate(national(), record, &opts("2024-03-01")).unwrap();
        assert!(all.findings.len() >= 2, "{:?}", all.findings);
        let one = validate_field(
            national(),
            record,
            "/content/budgetAmount",
            &opts("2024-03-01"),
        )
        .unwrap();
        assert_eq!(one.findings.len(), 1);
        assert_eq!(one.findings[0].code().as_str(), "element.missing");
        let none = validate_field(national(), record, "/title", &opts("2024-03-01")).unwrap();
        assert!(none.findings.is_empty() && none.ok());
        let e = validate_field(national(), record, "title", &opts("2024-03-01")).unwrap_err();
        assert_eq!(e.input, Input::Argument("path"));
    }

    #[test]
    fn items_describe_their_elements() {
        let d = serde_json::to_value(describe_item("procurementResult").unwrap()).unwrap();
        assert_eq!(d["domain"], "governmentProcurement");
        assert!(
            d["elements"]
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["key"] == "winnerName"
                    && e["zh"] == "中标（成交）供应商名称"
                    && e["required"] == true)
        );
        let e = describe_item("nope").unwrap_err();
        assert_eq!(
            (e.error.code(), e.input),
            ("input.invalid_argument", Input::Argument("item"))
        );
        assert!(
            e.message(Lang::En, false)
                .contains("argument `item` must be an item name")
        );
        assert!(
            e.message(Lang::ZhCn, false)
                .contains("参数 item 应为公开事项名称")
        );
        let e = domain_arg("fishing").unwrap_err();
        assert_eq!(e.error.code(), "input.invalid_argument");
    }

    fn sample_blacklist() -> Engine {
        let jsonl = include_str!("../../examples/data/yunjiang-blacklist.jsonl");
        let lines: Vec<&str> = jsonl.lines().filter(|l| !l.trim().is_empty()).collect();
        engine_from_config(&format!("{{\"blacklist\":[{}]}}", lines.join(","))).unwrap()
    }

    /// 政府采购法 Art 77: a supplier listed on 2024-06-21 for 24 months is barred on 2024-09-27;
    /// the domain argument takes the place of the subject's own.
    #[test]
    fn screen_bars_by_credit_code_zfcgf_77() {
        let engine = sample_blacklist();
        let subject = r#"{"name":"云江市德润物业管理有限公司","creditCode":"91445400MATJPR1A5A",
            "domain":"constructionBidding"}"#;
        let v = |json: String| serde_json::from_str::<serde_json::Value>(&json).unwrap();
        let own = v(screen(&engine, subject, "2024-09-27", None, Lang::ZhCn).unwrap());
        assert_eq!(
            own["barred"], false,
            "a procurement ban does not bar tendering"
        );
        let gp = domain_arg("governmentProcurement").unwrap();
        let r = v(screen(&engine, subject, "2024-09-27", Some(gp), Lang::En).unwrap());
        assert_eq!(r["barred"], true);
        assert_eq!(r["domain"], "governmentProcurement");
        assert_eq!(r["hits"][0]["entryId"], "YJ-BL-GP-2024-0065");
        let e = screen(&engine, "{}", "2024-09-27", None, Lang::ZhCn).unwrap_err();
        assert_eq!(
            (e.error.code(), e.input),
            ("input.invalid_json", Input::Document("subject"))
        );
        let e = screen(&engine, subject, "2024-9-27", None, Lang::ZhCn).unwrap_err();
        assert_eq!(e.input, Input::Argument("date"));
        assert_eq!(
            domain_arg("fishing").unwrap_err().input,
            Input::Argument("domain")
        );
    }

    /// 粤办函〔2018〕201号 二: the work plan within two months of the notice (12 August 2018 is a
    /// Sunday, so 13 August); the plan's template sections.
    #[test]
    fn work_plans_and_obligations_ybh_2018_201() {
        let n = national();
        let r: serde_json::Value = serde_json::from_str(
            &validate_work_plan(n, r#"{"unit":"云江市财政局"}"#, Lang::En).unwrap(),
        )
        .unwrap();
        assert_eq!(r["ok"], false);
        assert_eq!(r["findings"][0]["code"], "plan.section_missing");
        let e = validate_work_plan(n, r#"{"unit":3}"#, Lang::En).unwrap_err();
        assert_eq!(e.input, Input::Document("plan"));
        assert!(
            e.message(Lang::En, false).contains("work plan"),
            "{}",
            e.message(Lang::En, false)
        );
        let o: serde_json::Value = serde_json::from_str(
            &obligations(n, r#"{"noticeIssued":"2018-06-12","asOf":"2018-09-01"}"#).unwrap(),
        )
        .unwrap();
        assert_eq!(o[0]["due"], "2018-08-13");
        let e = obligations(n, r#"{"noticeIssued":"2030-01-01","asOf":"2030-06-01"}"#).unwrap_err();
        assert_eq!(
            (e.error.code(), e.input),
            ("calendar.year_not_covered", Input::Computation)
        );
        let e = obligations(n, "{}").unwrap_err();
        assert_eq!(e.input, Input::Document("notice"));
    }

    /// 国办发〔2017〕97号 二: the catalogue check and its baseline, with each input's errors named.
    #[test]
    fn catalogues_and_their_errors_97() {
        let n = national();
        let options = r#"{"domains": ["constructionBidding"], "level": "county"}"#;
        let rows = baseline_catalogue(n, options).unwrap();
        let r: serde_json::Value =
            serde_json::from_str(&check_catalogue(n, &rows, options, Lang::En).unwrap()).unwrap();
        assert_eq!(r["ok"], true);
        assert_eq!(r["findings"], serde_json::json!([]));
        let e = check_catalogue(n, "[]", r#"{"domains": ["fishing"]}"#, Lang::En).unwrap_err();
        assert_eq!(
            (e.error.code(), e.input),
            ("input.invalid_json", Input::Options)
        );
        assert!(
            e.message(Lang::En, false)
                .contains("invalid options at /domains/0")
        );
        let e = check_catalogue(n, r#"{"rows": [{"level2": 3}]}"#, options, Lang::En).unwrap_err();
        assert_eq!(e.input, Input::Document("catalogue"));
        assert!(
            e.message(Lang::ZhCn, false)
                .contains("目录清单无效（字段 /rows/0/level2）"),
            "{}",
            e.message(Lang::ZhCn, false)
        );
        let e = baseline_catalogue(n, r#"{"domains": []}"#).unwrap_err();
        assert_eq!(e.input, Input::Options);
    }

    fn sample(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../examples/web/samples")
            .join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// 国办发〔2017〕97号 二: a county's catalogue read from its workbook and from GBK CSV gives
    /// the rows and findings of its JSON; 政府采购法实施条例 Art 43's 2 working days, not 5.
    #[test]
    fn catalogue_files_read_and_check_as_their_json_97() {
        let n = national();
        let options = r#"{"domains": ["governmentProcurement"], "level": "county"}"#;
        let json = String::from_utf8(sample("catalogue-linjiang.json")).unwrap();
        let want: serde_json::Value =
            serde_json::from_str(&check_catalogue(n, &json, options, Lang::ZhCn).unwrap()).unwrap();
        let source: serde_json::Value = serde_json::from_str(&json).unwrap();
        for (name, sheet, first) in [
            ("catalogue-linjiang.xlsx", serde_json::json!("目录"), 3),
            ("catalogue-linjiang-gbk.csv", serde_json::Value::Null, 2),
        ] {
            let bytes = sample(name);
            let read: serde_json::Value =
                serde_json::from_str(&read_catalogue(&bytes, name).unwrap()).unwrap();
            assert_eq!(read["catalogue"]["rows"], source["rows"], "{name}");
            assert_eq!(read["sheet"], sheet, "{name}");
            assert_eq!(read["sourceRows"][0], first, "{name}");
            assert_eq!(read.get("report"), None);
            let checked: serde_json::Value = serde_json::from_str(
                &check_catalogue_file(n, &bytes, name, options, Lang::ZhCn).unwrap(),
            )
            .unwrap();
            assert_eq!(checked["report"], want, "{name}");
            assert_eq!(checked["catalogue"], read["catalogue"], "{name}");
        }
        assert!(want["findings"].as_array().unwrap().iter().any(|f| {
            f["code"] == "catalogue.time_limit_looser" && f["path"] == "/2/timeLimit"
        }));
    }

    #[test]
    fn catalogue_files_that_cannot_be_read_or_checked_say_why() {
        let n = national();
        let options = r#"{"domains": ["governmentProcurement"]}"#;
        let bytes = sample("catalogue-linjiang-broken.csv");
        let e = read_catalogue(&bytes, "c.csv").unwrap_err();
        assert_eq!(e.code(), "catalogue.cell_unreadable");
        assert_eq!(e.cell().map(|c| (c.row, c.column)), Some((4, 9)));
        match check_catalogue_file(n, &bytes, "c.csv", options, Lang::En).unwrap_err() {
            FileRefusal::File(f) => assert_eq!(f, e),
            other => panic!("{other:?}"),
        }
        // The options are read first.
        match check_catalogue_file(n, &bytes, "c.csv", r#"{"domains": []}"#, Lang::En).unwrap_err()
        {
            FileRefusal::Options(f) => assert_eq!(f.input, Input::Options),
            other => panic!("{other:?}"),
        }
        let e = read_catalogue(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "c.xls").unwrap_err();
        assert_eq!(e.code(), "catalogue.format_unknown");
        let e = read_catalogue(b"", "c.csv").unwrap_err();
        assert_eq!(e.code(), "catalogue.file_empty");
    }

    /// 政府采购法 Art 77: a decision's entry, and each kind of refusal.
    #[test]
    fn entries_from_decisions_zfcgf_77() {
        let record = serde_json::json!({
            "id": "YJ-CZ-CF-2024-7", "domain": "governmentProcurement",
            "item": "procurementPenaltyDecision", "title": "行政处罚决定书",
            "responsibleBody": {"name": "云江市财政局"}, "formedOn": "2024-07-22",
            "publishedOn": "2024-07-26", "status": "published", "channels": ["ccgp"],
            "content": {"authority": "云江市财政局", "decisionNumber": "云财采罚〔2024〕7号"},
            "parties": [{"role": "sanctioned", "name": "广东智联数据科技有限公司",
                         "creditCode": "91445400MAH8P03Q3P"}],
            "events": {"decisionOn": "2024-07-22"},
            "sanction": {"legalBasis": {"provision": "procurementLaw77"},
                         "conduct": {"category": "falseMaterials"}, "ban": {"months": 12}}
        });
        let entry: serde_json::Value =
            serde_json::from_str(&entry_from_decision(&record.to_string()).unwrap()).unwrap();
        assert_eq!(entry["bars"], "governmentProcurement");
        let mut v = record.clone();
        v.as_object_mut().unwrap().remove("sanction");
        match entry_from_decision(&v.to_string()).unwrap_err() {
            EntryRefusal::Decision(d) => assert_eq!(d.facts(), ["/sanction"]),
            other => panic!("{other:?}"),
        }
        match entry_from_decision("{").unwrap_err() {
            EntryRefusal::Record(f) => assert_eq!(f.input, Input::Record),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn messages_of_object_inputs_have_no_line_numbers() {
        let e = validate(national(), "{\"id\":1}", &opts("2024-03-01")).unwrap_err();
        let from_object = e.message(Lang::En, false);
        assert!(!from_object.contains("line"), "{from_object}");
        assert!(from_object.contains("/id"), "{from_object}");
        assert!(e.message(Lang::En, true).contains("line 1"));
    }
}
