//! The npm package `gongkai`: the disclosure rules of the `gongkai` crate in the browser and in
//! node, for forms that validate as the official types.
//!
//! ```js
//! import init, { validate, dueDate } from 'gongkai';
//! await init();
//! const report = validate(record, { today: '2024-10-08' });
//! for (const f of report.findings) console.log(f.code, f.path, f.message);
//! dueDate('GP-R43', '2024-09-27').due; // '2024-09-30': Sunday 29 September is worked
//! ```
//!
//! # Contents
//! - [`validate`], [`validate_field`]: a record (object or JSON text) and `{ today, lang }` give
//!   `{ recordId, ok, findings }`, the finding JSON of the Rust and C APIs.
//! - [`due_date`], [`is_workday`], [`add_workdays`], [`workdays_between`]: the calendar.
//! - [`describe_item`]: an item's content elements with their Chinese and English labels.
//! - [`JsEngine`] (`Engine` in JS): the same, over an engine built from the C API's
//!   configuration JSON (local rules, newer calendar years, local days off).
//! - With the cargo feature `full` (the package's `gongkai/full` entry): a configuration's
//!   blacklist, `Engine.screen`, `validateWorkPlan` and `obligations`. Without it a configuration
//!   with blacklist entries throws `config.blacklist_unsupported`; the blacklist's code is then
//!   not in the module, which keeps the default entry within its size budget.
//! - With the cargo feature `full`, also `entryFromDecision`: the blacklist entry a penalty
//!   decision implies.
//! - With the cargo feature `catalogue` (the package's `gongkai/catalogue` entry): everything of
//!   the default entry, and `checkCatalogue` and `baselineCatalogue` (and their `Engine`
//!   methods), the 主动公开目录清单 check and baseline; `readCatalogue` reads a catalogue file
//!   (CSV in UTF-8, GBK or UTF-16; XLSX) and `checkCatalogueFile` reads and checks it, a file that
//!   cannot be read thrown with its `catalogue.*` code and the sheet, row and column.
//! - With the cargo feature `notice` (the package's `gongkai/notice` entry): everything of the
//!   default entry, and `validateNotice`, a published notice (text or HTML) read into the record
//!   it describes and judged, each value with its span.
//! - [`api`]: the logic in plain Rust, which the native tests and benchmark call.
//!
//! Rule violations are returned as findings. Input that cannot be judged throws a JS `Error`
//! named `GongkaiError` whose `code` is the core error's stable code (`input.invalid_json`,
//! `calendar.year_not_covered`, …), with `argument`, and `path` (a JSON Pointer) where there is
//! one. Nothing here unwraps or indexes unchecked, and the core's property tests hold that
//! `validate` never panics on arbitrary input; were a panic to happen all the same, the size build
//! (panic = immediate-abort) turns it into a WebAssembly trap, a JS `RuntimeError`, with no
//! formatting code shipped for it.
//!
//! The TypeScript types of every export and JSON shape are declared once, in
//! `src/gongkai.d.ts`, and attached to the exports with `unchecked_param_type` /
//! `unchecked_return_type`.
#![deny(missing_docs)]

pub mod api;
// The global allocator of the module; built natively only for its tests.
#[cfg(any(test, target_arch = "wasm32"))]
mod allocator;

use api::{Failure, Input, OptionValue, Options};
use gongkai::calendar::CalendarError;
use gongkai::{Engine, Error, Expected, Lang};
use serde::Serialize;
use wasm_bindgen::prelude::*;

// The default entry validates; the `full` entry (cargo feature `full`) also reads a blacklist and
// screens against it, and checks the assessment's work plans and obligations. Reading and
// screening a blacklist is about a sixth of the module, which the default entry's budget cannot
// carry.
#[cfg(feature = "full")]
use api::engine_from_config;
#[cfg(not(feature = "full"))]
use api::validator_from_config as engine_from_config;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("gongkai.d.ts");

/// The version of the package (and of the `gongkai` crate it wraps).
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

// --- the JS boundary ------------------------------------------------------------------------

/// JSON text of a value given as a string (taken as JSON text) or as an object (serialised with
/// `JSON.stringify`); the flag says which.
fn json_text(value: &JsValue, input: Input) -> Result<(String, bool), Failure> {
    if let Some(text) = value.as_string() {
        return Ok((text, true));
    }
    let invalid = |message: String| Failure::new(Error::invalid_json("", message), input);
    if value.is_undefined() || value.is_function() || value.is_symbol() {
        return Err(invalid(format!(
            "expected an object or JSON text, got {}",
            value.js_typeof().as_string().unwrap_or_default()
        )));
    }
    match js_sys::JSON::stringify(value) {
        Ok(s) => s
            .as_string()
            .map(|t| (t, false))
            .ok_or_else(|| invalid("the value has no JSON form".to_owned())),
        Err(e) => Err(invalid(format!(
            "the value has no JSON form: {}",
            js_sys::Error::from(e).message()
        ))),
    }
}

/// The values of an options object (`undefined` and `null` are `{}`), in the order of `allowed`:
/// each key it has is read once, and a key outside `allowed` is refused (a misspelt option is
/// never silently ignored). Few calls into JS: this runs on every `validate`.
fn read_options<const N: usize>(
    value: &JsValue,
    allowed: &[&str; N],
) -> Result<[OptionValue; N], Failure> {
    let mut values = [const { OptionValue::Absent }; N];
    if value.is_undefined() || value.is_null() {
        return Ok(values);
    }
    if !value.is_object() || js_sys::Array::is_array(value) || value.is_function() {
        let kind = if js_sys::Array::is_array(value) {
            "an array".to_owned()
        } else {
            value.js_typeof().as_string().unwrap_or_default()
        };
        return Err(api::options_not_an_object(&kind));
    }
    let obj: &js_sys::Object = value.unchecked_ref();
    for key in js_sys::Object::keys(obj).iter() {
        let name = key.as_string().unwrap_or_default();
        let Some(i) = allowed.iter().position(|a| *a == name) else {
            return Err(api::unknown_option(&name, allowed));
        };
        let v = js_sys::Reflect::get(obj, &key).unwrap_or(JsValue::UNDEFINED);
        values[i] = option_value(&v);
    }
    Ok(values)
}

/// One option's value, as the checks in `api` take it.
fn option_value(v: &JsValue) -> OptionValue {
    if v.is_undefined() || v.is_null() {
        OptionValue::Absent
    } else if let Some(s) = v.as_string() {
        OptionValue::Str(s)
    } else if let Some(n) = v.as_f64() {
        OptionValue::Num(n)
    } else {
        OptionValue::Other(v.js_typeof().as_string().unwrap_or_default())
    }
}

fn validate_options(value: &JsValue) -> Result<Options, Failure> {
    let [today, lang, near] = read_options(value, &api::VALIDATE_OPTIONS)?;
    api::validate_options(&today, &lang, &near)
}

fn lang_options(value: &JsValue) -> Result<Lang, Failure> {
    let [lang] = read_options(value, &api::LANG_OPTIONS)?;
    api::lang_option(&lang)
}

/// The language an options object asks for, when it can be read: bad options are reported in it.
fn requested_lang(value: &JsValue) -> Lang {
    if !value.is_object() {
        return Lang::ZhCn;
    }
    js_sys::Reflect::get(value, &JsValue::from_str("lang"))
        .ok()
        .and_then(|v| v.as_string())
        .and_then(|s| Lang::parse(&s))
        .unwrap_or_default()
}

/// The language of `lang` options, or the error about them in the language they ask for.
fn lang_or_throw(opts: &JsValue) -> Result<Lang, JsValue> {
    lang_options(opts).map_err(|f| js_error(&f, requested_lang(opts), false))
}

/// A JS `Error` named `GongkaiError` with `code`, `argument`, `path` and the like.
fn js_error(f: &Failure, lang: Lang, from_text: bool) -> JsValue {
    let err = js_sys::Error::new(&f.message(lang, from_text));
    err.set_name("GongkaiError");
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str(key), &value);
    };
    set("code", JsValue::from_str(f.code()));
    match f.input {
        Input::Record => set("argument", JsValue::from_str("record")),
        Input::Options => set("argument", JsValue::from_str("options")),
        Input::Config => set("argument", JsValue::from_str("config")),
        Input::Argument(name) | Input::Document(name) => {
            set("argument", JsValue::from_str(name));
        }
        Input::Computation => {}
    }
    match &f.error {
        Error::Parse {
            path, line, column, ..
        } => {
            if matches!(
                f.input,
                Input::Record | Input::Options | Input::Config | Input::Document(_)
            ) {
                set("path", JsValue::from_str(path));
            }
            if from_text && *line > 0 {
                set("line", JsValue::from_f64(*line as f64));
                set("column", JsValue::from_f64(*column as f64));
            }
        }
        Error::Calendar(CalendarError::YearNotCovered { year }) => {
            set("year", JsValue::from_f64(f64::from(*year)));
        }
        Error::UnknownRule { id } | Error::NotADeadline { id } => {
            set("ruleId", JsValue::from_str(id));
        }
        Error::BlacklistUnsupported { .. } => set("path", JsValue::from_str("/blacklist")),
        _ => {}
    }
    err.into()
}

/// Plain JS objects and arrays: the library's own JSON, through `JSON.parse`. This is the same
/// serialisation as the Rust and C APIs' `to_json`, and it keeps a second serializer
/// (serde-wasm-bindgen) out of the size budget.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    serde_json::to_string(value)
        .map_err(|e| e.to_string())
        .and_then(|text| js_sys::JSON::parse(&text).map_err(|_| String::from("JSON.parse")))
        .map_err(|e| {
            let err = js_sys::Error::new(&format!("gongkai: internal error (please report): {e}"));
            err.set_name("GongkaiError");
            let _ = js_sys::Reflect::set(&err, &"code".into(), &"internal.serialize".into());
            err.into()
        })
}

/// A JS value as the caller would recognise it in a message: a number or string as written,
/// anything else by its type.
fn shown(value: &JsValue) -> String {
    if let Some(s) = value.as_string() {
        format!("{s:?}")
    } else if let Some(n) = value.as_f64() {
        format!("{n}")
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// A string argument, or `input.invalid_argument` naming it.
fn string_arg(value: &JsValue, name: &'static str, expected: Expected) -> Result<String, Failure> {
    value
        .as_string()
        .ok_or_else(|| api::argument_error(name, expected, shown(value)))
}

fn date_string(value: &JsValue, name: &'static str) -> Result<String, Failure> {
    string_arg(value, name, Expected::DateString)
}

/// A whole number in `i32`'s range, or `input.invalid_argument` naming the argument.
fn int_arg(value: &JsValue, name: &'static str) -> Result<i32, Failure> {
    match value.as_f64() {
        Some(n) if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) => {
            Ok(n as i32)
        }
        _ => Err(api::argument_error(name, Expected::Integer, shown(value))),
    }
}

// --- the operations, over any engine ----------------------------------------------------------

fn do_validate(
    engine: &Engine,
    record: &JsValue,
    opts: &JsValue,
    field: Option<&JsValue>,
) -> Result<JsValue, JsValue> {
    let o = validate_options(opts).map_err(|f| js_error(&f, requested_lang(opts), false))?;
    let lang = o.lang;
    let (text, from_text) =
        json_text(record, Input::Record).map_err(|f| js_error(&f, lang, false))?;
    let report = match field {
        None => api::validate(engine, &text, &o),
        Some(path) => {
            let path = string_arg(path, "path", Expected::Pointer)
                .map_err(|f| js_error(&f, lang, false))?;
            api::validate_field(engine, &text, &path, &o)
        }
    }
    .map_err(|f| js_error(&f, o.lang, from_text))?;
    report_to_js(&report, o.lang)
}

/// A report as a plain JS object, with the properties in the order of its JSON. With no
/// findings — a clean record, or a field typed right, most keystrokes of a form — the object is
/// built directly rather than written as JSON and parsed back ([`to_js`]): 2–3 % of a typical
/// `validate` (docs/benchmarks-history.md). The golden vectors with no findings check it against the JSON.
fn report_to_js(report: &gongkai::Report, lang: Lang) -> Result<JsValue, JsValue> {
    if !report.findings.is_empty() {
        return to_js(&report.view(lang));
    }
    thread_local! {
        // Made once: each JS string made from Rust is a decoding in the glue.
        static KEYS: [JsValue; 3] = ["recordId", "ok", "findings"].map(JsValue::from_str);
    }
    let object = js_sys::Object::new();
    KEYS.with(|[record_id, ok, findings]| {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&object, record_id, &JsValue::from_str(&report.record_id));
        let _ = js_sys::Reflect::set(&object, ok, &JsValue::from_bool(report.ok()));
        let _ = js_sys::Reflect::set(&object, findings, &js_sys::Array::new());
    });
    Ok(object.into())
}

fn do_due_date(
    engine: &Engine,
    rule_id: &JsValue,
    event_date: &JsValue,
    opts: &JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_or_throw(opts)?;
    let err = |f: Failure| js_error(&f, lang, false);
    let rule_id = string_arg(rule_id, "ruleId", Expected::RuleId).map_err(err)?;
    let date = date_string(event_date, "eventDate").map_err(err)?;
    let due = api::due_date(engine, &rule_id, &date, lang).map_err(err)?;
    to_js(&due)
}

fn do_is_workday(engine: &Engine, date: &JsValue) -> Result<bool, JsValue> {
    let err = |f: Failure| js_error(&f, Lang::ZhCn, false);
    let d = date_string(date, "date").map_err(err)?;
    api::is_workday(engine, &d).map_err(err)
}

fn do_add_workdays(engine: &Engine, date: &JsValue, n: &JsValue) -> Result<String, JsValue> {
    let err = |f: Failure| js_error(&f, Lang::ZhCn, false);
    let d = date_string(date, "date").map_err(err)?;
    let n = int_arg(n, "n").map_err(err)?;
    api::add_workdays(engine, &d, n)
        .map(|d| d.to_string())
        .map_err(err)
}

fn do_workdays_between(engine: &Engine, a: &JsValue, b: &JsValue) -> Result<i32, JsValue> {
    let err = |f: Failure| js_error(&f, Lang::ZhCn, false);
    let a = date_string(a, "a").map_err(err)?;
    let b = date_string(b, "b").map_err(err)?;
    api::workdays_between(engine, &a, &b).map_err(err)
}

/// A JSON result the library wrote, as plain JS data.
#[cfg(any(feature = "full", feature = "catalogue", feature = "notice"))]
fn parse_js(text: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(text).map_err(|_| {
        let err = js_sys::Error::new("gongkai: internal error (please report): JSON.parse");
        err.set_name("GongkaiError");
        let _ = js_sys::Reflect::set(&err, &"code".into(), &"internal.serialize".into());
        err.into()
    })
}

#[cfg(feature = "full")]
fn do_screen(
    engine: &Engine,
    subject: &JsValue,
    date: &JsValue,
    domain: &JsValue,
    opts: &JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_or_throw(opts)?;
    let err = |f: Failure| js_error(&f, lang, false);
    let date = date_string(date, "date").map_err(err)?;
    let domain = if domain.is_undefined() || domain.is_null() {
        None
    } else {
        let name = string_arg(domain, "domain", Expected::Domain).map_err(err)?;
        Some(api::domain_arg(&name).map_err(err)?)
    };
    let (text, from_text) = json_text(subject, Input::Document("subject")).map_err(err)?;
    let json = api::screen(engine, &text, &date, domain, lang)
        .map_err(|f| js_error(&f, lang, from_text))?;
    parse_js(&json)
}

#[cfg(feature = "full")]
fn do_validate_work_plan(
    engine: &Engine,
    plan: &JsValue,
    opts: &JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_or_throw(opts)?;
    let (text, from_text) =
        json_text(plan, Input::Document("plan")).map_err(|f| js_error(&f, lang, false))?;
    let json =
        api::validate_work_plan(engine, &text, lang).map_err(|f| js_error(&f, lang, from_text))?;
    parse_js(&json)
}

#[cfg(feature = "full")]
fn do_obligations(engine: &Engine, notice: &JsValue) -> Result<JsValue, JsValue> {
    let err = |f: Failure, from_text| js_error(&f, Lang::ZhCn, from_text);
    let (text, from_text) =
        json_text(notice, Input::Document("notice")).map_err(|f| err(f, false))?;
    let json = api::obligations(engine, &text).map_err(|f| err(f, from_text))?;
    parse_js(&json)
}

#[cfg(feature = "full")]
fn do_validate_linked(
    engine: &Engine,
    record: &JsValue,
    related: &JsValue,
    opts: &JsValue,
) -> Result<JsValue, JsValue> {
    let o = validate_options(opts).map_err(|f| js_error(&f, requested_lang(opts), false))?;
    let (text, from_text) =
        json_text(record, Input::Record).map_err(|f| js_error(&f, o.lang, false))?;
    let (related, related_text) =
        json_text(related, Input::Document("related")).map_err(|f| js_error(&f, o.lang, false))?;
    let report = api::validate_linked(engine, &text, &related, &o).map_err(|f| {
        let from_text = match f.input {
            Input::Document(_) => related_text,
            _ => from_text,
        };
        js_error(&f, o.lang, from_text)
    })?;
    report_to_js(&report, o.lang)
}

/// The language of `{ lang? }` options given as the argument `argument` of a call that has other
/// options too, or the error about them naming that argument.
#[cfg(feature = "catalogue")]
fn lang_argument(opts: &JsValue, argument: &'static str) -> Result<Lang, JsValue> {
    lang_options(opts).map_err(|mut f| {
        f.input = Input::Document(argument);
        js_error(&f, requested_lang(opts), false)
    })
}

#[cfg(feature = "catalogue")]
fn do_check_catalogue(
    engine: &Engine,
    catalogue: &JsValue,
    options: &JsValue,
    lang_options: &JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_argument(lang_options, "langOptions")?;
    let (options, options_text) =
        json_text(options, Input::Options).map_err(|f| js_error(&f, lang, false))?;
    let (catalogue, catalogue_text) = json_text(catalogue, Input::Document("catalogue"))
        .map_err(|f| js_error(&f, lang, false))?;
    let json = api::check_catalogue(engine, &catalogue, &options, lang).map_err(|f| {
        let from_text = match f.input {
            Input::Options => options_text,
            _ => catalogue_text,
        };
        js_error(&f, lang, from_text)
    })?;
    parse_js(&json)
}

#[cfg(feature = "catalogue")]
fn do_baseline_catalogue(engine: &Engine, options: &JsValue) -> Result<JsValue, JsValue> {
    let (options, from_text) =
        json_text(options, Input::Options).map_err(|f| js_error(&f, Lang::ZhCn, false))?;
    let json = api::baseline_catalogue(engine, &options)
        .map_err(|f| js_error(&f, Lang::ZhCn, from_text))?;
    parse_js(&json)
}

/// A `GongkaiError` thrown for a catalogue file that cannot be read: its stable `catalogue.*`
/// code, `argument: 'bytes'`, and where in the file: `sheet` (XLSX), `row` (1-based, as the
/// spreadsheet numbers it), `column` (1-based), `columnLetter` and `heading` of the cell, and the
/// cell's `text`, each where the error has it.
#[cfg(feature = "catalogue")]
fn file_error(e: &gongkai::rules::catalogue::files::FileError, lang: Lang) -> JsValue {
    use gongkai::rules::catalogue::files::FileError;
    let err = js_sys::Error::new(&e.message(lang));
    err.set_name("GongkaiError");
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str(key), &value);
    };
    let number = |n: usize| JsValue::from_f64(n as f64);
    set("code", JsValue::from_str(e.code()));
    set("argument", JsValue::from_str("bytes"));
    let sheet = match e {
        FileError::FileUnreadable { sheet, .. }
        | FileError::Empty { sheet }
        | FileError::HeadingsNotFound { sheet, .. } => sheet.as_deref(),
        FileError::EncodingUnknown { row } => {
            set("row", number(*row));
            None
        }
        _ => e.cell().and_then(|at| at.sheet.as_deref()),
    };
    if let Some(sheet) = sheet {
        set("sheet", JsValue::from_str(sheet));
    }
    if let Some(at) = e.cell() {
        set("row", number(at.row));
        set("column", number(at.column));
        set("columnLetter", JsValue::from_str(&at.column_letter()));
        if !at.heading.is_empty() {
            set("heading", JsValue::from_str(&at.heading));
        }
    }
    if let FileError::CellUnreadable { text, .. } = e {
        set("text", JsValue::from_str(text));
    }
    err.into()
}

/// `input.invalid_argument` for an argument of `readCatalogue` or `checkCatalogueFile` that is
/// not what it must be.
#[cfg(feature = "catalogue")]
fn file_argument_error(argument: &str, lang: Lang, got: &JsValue) -> JsValue {
    let (zh, en) = if argument == "bytes" {
        (
            "文件内容（Uint8Array 或 ArrayBuffer）",
            "the file's bytes (a Uint8Array or ArrayBuffer)",
        )
    } else {
        ("文件名字符串", "a file name string")
    };
    let got = shown(got);
    let message = if lang == Lang::En {
        format!("invalid argument `{argument}`: expected {en}, got {got}")
    } else {
        format!("参数 {argument} 无效：应为{zh}，实际为 {got}")
    };
    let err = js_sys::Error::new(&message);
    err.set_name("GongkaiError");
    let _ = js_sys::Reflect::set(&err, &"code".into(), &"input.invalid_argument".into());
    let _ = js_sys::Reflect::set(&err, &"argument".into(), &JsValue::from_str(argument));
    err.into()
}

/// The bytes and name of a catalogue file as the caller passed them.
#[cfg(feature = "catalogue")]
fn file_arguments(
    bytes: &JsValue,
    file_name: &JsValue,
    lang: Lang,
) -> Result<(Vec<u8>, String), JsValue> {
    let bytes = if bytes.is_instance_of::<js_sys::Uint8Array>()
        || bytes.is_instance_of::<js_sys::ArrayBuffer>()
    {
        js_sys::Uint8Array::new(bytes).to_vec()
    } else {
        return Err(file_argument_error("bytes", lang, bytes));
    };
    let name = file_name
        .as_string()
        .ok_or_else(|| file_argument_error("fileName", lang, file_name))?;
    Ok((bytes, name))
}

#[cfg(feature = "catalogue")]
fn do_read_catalogue(
    bytes: &JsValue,
    file_name: &JsValue,
    opts: &JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_or_throw(opts)?;
    let (bytes, name) = file_arguments(bytes, file_name, lang)?;
    let json = api::read_catalogue(&bytes, &name).map_err(|e| file_error(&e, lang))?;
    parse_js(&json)
}

#[cfg(feature = "catalogue")]
fn do_check_catalogue_file(
    engine: &Engine,
    bytes: &JsValue,
    file_name: &JsValue,
    options: &JsValue,
    lang_options: &JsValue,
) -> Result<JsValue, JsValue> {
    let lang = lang_argument(lang_options, "langOptions")?;
    let (options, options_text) =
        json_text(options, Input::Options).map_err(|f| js_error(&f, lang, false))?;
    let (bytes, name) = file_arguments(bytes, file_name, lang)?;
    let json =
        api::check_catalogue_file(engine, &bytes, &name, &options, lang).map_err(|r| match r {
            api::FileRefusal::Options(f) => js_error(&f, lang, options_text),
            api::FileRefusal::File(e) => file_error(&e, lang),
        })?;
    parse_js(&json)
}

/// A `GongkaiError` for a penalty decision that yields no entry: `code`, `argument: 'record'`,
/// `path` (the fact at fault) and, for missing facts, `facts` (every one).
#[cfg(feature = "full")]
fn decision_error(d: &gongkai::blacklist::DecisionError, lang: Lang) -> JsValue {
    let err = js_sys::Error::new(&d.message(lang));
    err.set_name("GongkaiError");
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str(key), &value);
    };
    set("code", JsValue::from_str(d.code()));
    set("argument", JsValue::from_str("record"));
    set("path", JsValue::from_str(&d.path()));
    if !d.facts().is_empty() {
        let facts: js_sys::Array = d.facts().iter().map(|f| JsValue::from_str(f)).collect();
        set("facts", facts.into());
    }
    err.into()
}

#[cfg(feature = "full")]
fn do_entry_from_decision(record: &JsValue, opts: &JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_or_throw(opts)?;
    let (text, from_text) =
        json_text(record, Input::Record).map_err(|f| js_error(&f, lang, false))?;
    let json = api::entry_from_decision(&text).map_err(|e| match e {
        api::EntryRefusal::Record(f) => js_error(&f, lang, from_text),
        api::EntryRefusal::Decision(d) => decision_error(&d, lang),
    })?;
    parse_js(&json)
}

// --- free functions over the national engine --------------------------------------------------

/// Judges a record against the national rules: `{ recordId, ok, findings }`.
///
/// # Errors
/// Throws a `GongkaiError` when the record or the options are malformed.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "DisclosureRecord | string")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    do_validate(api::national(), &record, &options, None)
}

/// Judges a record together with the notices linked to it by `amends` (the notice it amends,
/// whose facts it keeps where it does not restate them; the notices suspending it, whose pauses
/// stop its clock): `{ recordId, ok, findings }`. In the full entry only.
///
/// # Errors
/// As [`validate`]; a linked record that is not one throws with `argument: "related"` and the
/// pointer into the array; one of another domain throws `input.invalid_argument`.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = validateLinked, unchecked_return_type = "Report")]
pub fn validate_linked(
    #[wasm_bindgen(unchecked_param_type = "DisclosureRecord | string")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "DisclosureRecord[] | string")] related: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    do_validate_linked(api::national(), &record, &related, &options)
}

/// The findings of [`validate`] whose path is the JSON Pointer `path` or lies under it.
///
/// # Errors
/// As [`validate`], and when `path` is not a JSON Pointer.
#[wasm_bindgen(js_name = validateField, unchecked_return_type = "Report")]
pub fn validate_field(
    #[wasm_bindgen(unchecked_param_type = "DisclosureRecord | string")] record: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] path: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    do_validate(api::national(), &record, &options, Some(&path))
}

/// The due date of a time-limit rule for an event on `eventDate`: `{ due, explanation }`.
///
/// # Errors
/// Throws `rules.unknown_rule`, `rules.not_a_deadline`, `input.invalid_date` or
/// `calendar.year_not_covered`.
#[wasm_bindgen(js_name = dueDate, unchecked_return_type = "DueDate")]
pub fn due_date(
    #[wasm_bindgen(js_name = ruleId, unchecked_param_type = "string")] rule_id: JsValue,
    #[wasm_bindgen(js_name = eventDate, unchecked_param_type = "IsoDate")] event_date: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    do_due_date(
        api::national(),
        &rule_id,
        &event_date,
        &options.unwrap_or_default(),
    )
}

/// Whether `date` is a working day (make-up weekend days are).
///
/// # Errors
/// Throws `input.invalid_date` (argument `date`, or `a`/`b`) or `calendar.year_not_covered`.
#[wasm_bindgen(js_name = isWorkday)]
pub fn is_workday(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
) -> Result<bool, JsValue> {
    do_is_workday(api::national(), &date)
}

/// The `n`-th working day after `date` (before it when `n < 0`; `date` itself when 0).
///
/// # Errors
/// Throws `input.invalid_date` (argument `date`), `input.invalid_argument` (argument `n`, not an
/// integer) or `calendar.year_not_covered`.
#[wasm_bindgen(js_name = addWorkdays, unchecked_return_type = "IsoDate")]
pub fn add_workdays(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
    #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
) -> Result<String, JsValue> {
    do_add_workdays(api::national(), &date, &n)
}

/// The working days met walking from `a` to `b`: those in `(a, b]`, negative when `b < a`.
///
/// # Errors
/// Throws `input.invalid_date` (argument `date`, or `a`/`b`) or `calendar.year_not_covered`.
#[wasm_bindgen(js_name = workdaysBetween)]
pub fn workdays_between(
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "IsoDate")] b: JsValue,
) -> Result<i32, JsValue> {
    do_workdays_between(api::national(), &a, &b)
}

/// An item's name and content elements, with Chinese and English labels.
///
/// # Errors
/// Throws `input.invalid_argument` (argument `item`) when no item has that name.
#[wasm_bindgen(js_name = describeItem, unchecked_return_type = "ItemDescription")]
pub fn describe_item(
    #[wasm_bindgen(unchecked_param_type = "ItemKind")] item: JsValue,
) -> Result<JsValue, JsValue> {
    let err = |f: Failure| js_error(&f, Lang::ZhCn, false);
    let name = string_arg(&item, "item", Expected::Item).map_err(err)?;
    let d = api::describe_item(&name).map_err(err)?;
    to_js(&d)
}

/// Checks a department's work plan (工作方案, the template of 粤办函〔2018〕201号) against the
/// national rules: `{ ok, findings }`, the JSON of the C API's `gongkai_engine_validate_work_plan`.
///
/// # Errors
/// Throws `input.invalid_json` (argument `plan`, with `path`) when the plan is not one.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = validateWorkPlan, unchecked_return_type = "PlanReport")]
pub fn validate_work_plan(
    #[wasm_bindgen(unchecked_param_type = "WorkPlan | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    do_validate_work_plan(api::national(), &plan, &options.unwrap_or_default())
}

/// A notice's obligations with their status on `asOf` (the work plan within two months, the
/// progress report before the end of each February): the array of the C API's
/// `gongkai_engine_obligations`.
///
/// # Errors
/// Throws `input.invalid_json` (argument `notice`), or `calendar.year_not_covered`.
#[cfg(feature = "full")]
#[wasm_bindgen(unchecked_return_type = "Obligation[]")]
pub fn obligations(
    #[wasm_bindgen(unchecked_param_type = "ObligationsInput | string")] notice: JsValue,
) -> Result<JsValue, JsValue> {
    do_obligations(api::national(), &notice)
}

/// Checks a department's 主动公开目录清单 against the national rules for `options`
/// (`{ domains, level? }`): which items each row is about, items missing at the level, empty
/// columns, 监督渠道, each row's time limit, channels and content. `{ ok, rows, findings }`, the JSON
/// of the C API's `gongkai_engine_check_catalogue`. In the `gongkai/catalogue` entry only.
///
/// # Errors
/// Throws `input.invalid_json` for options that are not (argument `options`, with `path`: an
/// unknown domain or level, no domain) or a catalogue that is not (argument `catalogue`).
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = checkCatalogue, unchecked_return_type = "CatalogueReport")]
pub fn check_catalogue(
    #[wasm_bindgen(unchecked_param_type = "Catalogue | CatalogueRow[] | string")]
    catalogue: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CatalogueOptions | string")] options: JsValue,
    #[wasm_bindgen(js_name = langOptions, unchecked_optional_param_type = "LangOptions")]
    lang_options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    do_check_catalogue(
        api::national(),
        &catalogue,
        &options,
        &lang_options.unwrap_or_default(),
    )
}

/// The baseline catalogue the national rules imply for `options` (`{ domains, level? }`): one row
/// per item, as `checkCatalogue` reads rows. In the `gongkai/catalogue` entry only.
///
/// # Errors
/// Throws `input.invalid_json` (argument `options`, with `path`).
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = baselineCatalogue, unchecked_return_type = "BaselineRow[]")]
pub fn baseline_catalogue(
    #[wasm_bindgen(unchecked_param_type = "CatalogueOptions | string")] options: JsValue,
) -> Result<JsValue, JsValue> {
    do_baseline_catalogue(api::national(), &options)
}

/// Reads a department's catalogue file as governments publish it: CSV (UTF-8, GB18030/GBK as
/// Chinese Excel saves it, UTF-16 with its mark; commas or tabs) or XLSX (merged cells, two
/// heading rows, tick columns). The format is told from the content, else from the name's
/// extension. `{ catalogue: { header, rows }, sheet, headingRows, headings, sourceRows, blankRows,
/// notes }`: `catalogue` is what `checkCatalogue` takes; `sourceRows[i]` is the file's row of
/// `rows[i]`; the title, section lines and notes the reader did not take as rows are in `notes`,
/// so that nothing is dropped unseen. In the `gongkai/catalogue` entry only.
///
/// # Errors
/// Throws a `GongkaiError` with a `catalogue.*` code (`catalogue.format_unknown`,
/// `catalogue.file_unreadable`, `catalogue.encoding_unknown`, `catalogue.file_empty`,
/// `catalogue.headings_not_found`, `catalogue.cell_unreadable`), `argument: 'bytes'`, and the
/// `sheet`, `row`, `column`, `columnLetter`, `heading` where the error has them;
/// `input.invalid_argument` for bytes that are no `Uint8Array` or `ArrayBuffer`, or a name that is
/// no string.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = readCatalogue, unchecked_return_type = "CatalogueRead")]
pub fn read_catalogue(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
    #[wasm_bindgen(js_name = fileName, unchecked_param_type = "string")] file_name: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    do_read_catalogue(&bytes, &file_name, &options.unwrap_or_default())
}

/// Reads a catalogue file (as `readCatalogue`) and checks it (as `checkCatalogue`) against the
/// national rules for `options`: what `readCatalogue` returns, with the check's answer as
/// `report`. The options are read before the file. In the `gongkai/catalogue` entry only.
///
/// # Errors
/// As `checkCatalogue` for the options, as `readCatalogue` for the file.
#[cfg(feature = "catalogue")]
#[wasm_bindgen(js_name = checkCatalogueFile, unchecked_return_type = "CatalogueFileReport")]
pub fn check_catalogue_file(
    #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
    #[wasm_bindgen(js_name = fileName, unchecked_param_type = "string")] file_name: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CatalogueOptions | string")] options: JsValue,
    #[wasm_bindgen(js_name = langOptions, unchecked_optional_param_type = "LangOptions")]
    lang_options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    do_check_catalogue_file(
        api::national(),
        &bytes,
        &file_name,
        &options,
        &lang_options.unwrap_or_default(),
    )
}

/// The blacklist entry a published penalty decision implies: one line of the registry's JSON-lines
/// form, as the C API's `gongkai_engine_entry_from_decision` gives it. In the full entry only.
///
/// # Errors
/// Throws a `GongkaiError` with `argument: 'record'`: `input.invalid_json` (with `path`) for a
/// record that is not one; `decision.*` (with `path`, and `facts` listing every fact missing for
/// `decision.facts_missing`), an identifier's `uscc.*` / `id_number.*` or a `blacklist.*` code for a
/// record that yields no entry.
#[cfg(feature = "full")]
#[wasm_bindgen(js_name = entryFromDecision, unchecked_return_type = "BlacklistEntry")]
pub fn entry_from_decision(
    #[wasm_bindgen(unchecked_param_type = "DisclosureRecord | string")] record: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "LangOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    do_entry_from_decision(&record, &options.unwrap_or_default())
}

/// A `GongkaiError` for a notice the reader cannot read: `code` (`notice.empty`, …) and
/// `argument` (`text`, or `options` for `notice.invalid_options`).
#[cfg(feature = "notice")]
fn notice_error(code: &str, message: &str, argument: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    err.set_name("GongkaiError");
    let set = |key: &str, value: JsValue| {
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&err, &JsValue::from_str(key), &value);
    };
    set("code", JsValue::from_str(code));
    set("argument", JsValue::from_str(argument));
    err.into()
}

/// Reads a published notice, plain text or the HTML page a portal serves, and judges the record
/// it describes: `{ ok, notice: { type, domain, method }, record, evidence, absent, notStated,
/// unread, complete, dates, amounts, signature, findings }`, the JSON of the Rust API's
/// `notice::api::validate_notice_json` and of the C API's `gongkai_engine_validate_notice`. Spans
/// are `[start, end]` byte offsets into the notice as UTF-8. `options` is `{ url?, fetchedOn?,
/// today? }` (dates `YYYY-MM-DD`; `today` defaults to `fetchedOn`, and one is needed). In the
/// `gongkai/notice` entry only.
///
/// # Errors
/// Throws a `GongkaiError`: `notice.empty`, `notice.too_large`, `notice.binary`,
/// `notice.not_chinese`, `notice.unclassified` (argument `text`), `notice.invalid_options`
/// (argument `options`), `input.invalid_argument` for a `text` that is not a string or a bad
/// `lang`.
#[cfg(feature = "notice")]
#[wasm_bindgen(js_name = validateNotice, unchecked_return_type = "NoticeReport")]
pub fn validate_notice(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "NoticeOptions | string")] options: Option<
        JsValue,
    >,
    #[wasm_bindgen(js_name = langOptions, unchecked_optional_param_type = "LangOptions")]
    lang_options: Option<JsValue>,
) -> Result<JsValue, JsValue> {
    let lang_options = lang_options.unwrap_or_default();
    let lang = lang_options_arg(&lang_options)?;
    let Some(text) = text.as_string() else {
        let message = match lang {
            Lang::ZhCn => "参数 text 应为字符串",
            Lang::En => "text: expected a string",
        };
        return Err(notice_error("input.invalid_argument", message, "text"));
    };
    let options = options.unwrap_or_default();
    let options = if options.is_undefined() || options.is_null() {
        String::new()
    } else {
        json_text(&options, Input::Options)
            .map_err(|f| js_error(&f, lang, false))?
            .0
    };
    let json = gongkai::notice::api::validate_notice_json(api::national(), &text, &options, lang)
        .map_err(|e| {
        let argument = match e {
            gongkai::notice::NoticeError::InvalidOptions { .. } => "options",
            _ => "text",
        };
        notice_error(e.code(), &e.message(lang), argument)
    })?;
    parse_js(&json)
}

/// The language of `{ lang? }` options given as the argument `langOptions`.
#[cfg(feature = "notice")]
fn lang_options_arg(opts: &JsValue) -> Result<Lang, JsValue> {
    lang_options(opts).map_err(|mut f| {
        f.input = Input::Document("langOptions");
        js_error(&f, requested_lang(opts), false)
    })
}

// --- the Engine class -------------------------------------------------------------------------

/// An engine built from the C API's configuration JSON (`Engine` in JS).
#[wasm_bindgen(js_name = Engine)]
pub struct JsEngine {
    inner: Engine,
}

#[wasm_bindgen(js_class = Engine)]
impl JsEngine {
    /// An engine from its configuration, given as an object or JSON text; none (or `{}`) is the
    /// national engine.
    ///
    /// # Errors
    /// Throws `input.invalid_json`, `rules.invalid_table` or a `calendar.*` code.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "EngineConfig | string | undefined")] config: JsValue,
    ) -> Result<JsEngine, JsValue> {
        if config.is_undefined() || config.is_null() {
            return Ok(JsEngine {
                inner: api::national().clone(),
            });
        }
        let (text, from_text) =
            json_text(&config, Input::Config).map_err(|f| js_error(&f, Lang::ZhCn, false))?;
        let inner = engine_from_config(&text).map_err(|f| js_error(&f, Lang::ZhCn, from_text))?;
        Ok(JsEngine { inner })
    }

    /// As the free function `validate`, with this engine's rules and calendar.
    ///
    /// # Errors
    /// As the free function.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn validate(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DisclosureRecord | string")] record: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        do_validate(&self.inner, &record, &options, None)
    }

    /// As the free function `validateLinked`, with this engine's rules and calendar.
    ///
    /// # Errors
    /// As the free function.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = validateLinked, unchecked_return_type = "Report")]
    pub fn validate_linked(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DisclosureRecord | string")] record: JsValue,
        #[wasm_bindgen(unchecked_param_type = "DisclosureRecord[] | string")] related: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        do_validate_linked(&self.inner, &record, &related, &options)
    }

    /// As the free function `validateField`.
    ///
    /// # Errors
    /// As the free function.
    #[wasm_bindgen(js_name = validateField, unchecked_return_type = "Report")]
    pub fn validate_field(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DisclosureRecord | string")] record: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] path: JsValue,
        #[wasm_bindgen(unchecked_param_type = "ValidateOptions")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        do_validate(&self.inner, &record, &options, Some(&path))
    }

    /// As the free function `dueDate`, with this engine's rules and calendar.
    ///
    /// # Errors
    /// As the free function.
    #[wasm_bindgen(js_name = dueDate, unchecked_return_type = "DueDate")]
    pub fn due_date(
        &self,
        #[wasm_bindgen(js_name = ruleId, unchecked_param_type = "string")] rule_id: JsValue,
        #[wasm_bindgen(js_name = eventDate, unchecked_param_type = "IsoDate")] event_date: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LangOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        do_due_date(
            &self.inner,
            &rule_id,
            &event_date,
            &options.unwrap_or_default(),
        )
    }

    /// Screens a subject against this engine's blacklist (the configuration's `blacklist`) as of
    /// `date`: identifiers first (统一社会信用代码, 身份证号码), then the normalised name. `domain`,
    /// when given, is the domain barring is judged for (else the subject's own, else any). The
    /// result is the JSON of the C API's `gongkai_engine_screen`.
    ///
    /// # Errors
    /// Throws `input.invalid_json` (argument `subject` with `path`), `input.invalid_argument`
    /// (argument `domain`) or `input.invalid_date` (argument `date`).
    #[cfg(feature = "full")]
    #[wasm_bindgen(unchecked_return_type = "ScreenResult")]
    pub fn screen(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ScreenSubject | string")] subject: JsValue,
        #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Domain | null")] domain: Option<JsValue>,
        #[wasm_bindgen(unchecked_optional_param_type = "LangOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        do_screen(
            &self.inner,
            &subject,
            &date,
            &domain.unwrap_or_default(),
            &options.unwrap_or_default(),
        )
    }

    /// As the free function `validateWorkPlan`, with this engine's rules.
    ///
    /// # Errors
    /// As the free function.
    #[cfg(feature = "full")]
    #[wasm_bindgen(js_name = validateWorkPlan, unchecked_return_type = "PlanReport")]
    pub fn validate_work_plan(
        &self,
        #[wasm_bindgen(unchecked_param_type = "WorkPlan | string")] plan: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "LangOptions")] options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        do_validate_work_plan(&self.inner, &plan, &options.unwrap_or_default())
    }

    /// As the free function `checkCatalogue`, with this engine's rules (a local layer's
    /// catalogue names, levels and time limits included).
    ///
    /// # Errors
    /// As the free function.
    #[cfg(feature = "catalogue")]
    #[wasm_bindgen(js_name = checkCatalogue, unchecked_return_type = "CatalogueReport")]
    pub fn check_catalogue(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Catalogue | CatalogueRow[] | string")]
        catalogue: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CatalogueOptions | string")] options: JsValue,
        #[wasm_bindgen(js_name = langOptions, unchecked_optional_param_type = "LangOptions")]
        lang_options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        do_check_catalogue(
            &self.inner,
            &catalogue,
            &options,
            &lang_options.unwrap_or_default(),
        )
    }

    /// As the free function `checkCatalogueFile`, with this engine's rules.
    ///
    /// # Errors
    /// As the free function.
    #[cfg(feature = "catalogue")]
    #[wasm_bindgen(js_name = checkCatalogueFile, unchecked_return_type = "CatalogueFileReport")]
    pub fn check_catalogue_file(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Uint8Array | ArrayBuffer")] bytes: JsValue,
        #[wasm_bindgen(js_name = fileName, unchecked_param_type = "string")] file_name: JsValue,
        #[wasm_bindgen(unchecked_param_type = "CatalogueOptions | string")] options: JsValue,
        #[wasm_bindgen(js_name = langOptions, unchecked_optional_param_type = "LangOptions")]
        lang_options: Option<JsValue>,
    ) -> Result<JsValue, JsValue> {
        do_check_catalogue_file(
            &self.inner,
            &bytes,
            &file_name,
            &options,
            &lang_options.unwrap_or_default(),
        )
    }

    /// As the free function `baselineCatalogue`, with this engine's rules.
    ///
    /// # Errors
    /// As the free function.
    #[cfg(feature = "catalogue")]
    #[wasm_bindgen(js_name = baselineCatalogue, unchecked_return_type = "BaselineRow[]")]
    pub fn baseline_catalogue(
        &self,
        #[wasm_bindgen(unchecked_param_type = "CatalogueOptions | string")] options: JsValue,
    ) -> Result<JsValue, JsValue> {
        do_baseline_catalogue(&self.inner, &options)
    }

    /// As the free function `obligations`, with this engine's rules and calendar.
    ///
    /// # Errors
    /// As the free function.
    #[cfg(feature = "full")]
    #[wasm_bindgen(unchecked_return_type = "Obligation[]")]
    pub fn obligations(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ObligationsInput | string")] notice: JsValue,
    ) -> Result<JsValue, JsValue> {
        do_obligations(&self.inner, &notice)
    }

    /// As the free function `isWorkday`, on this engine's calendar.
    ///
    /// # Errors
    /// As the free function.
    #[wasm_bindgen(js_name = isWorkday)]
    pub fn is_workday(
        &self,
        #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
    ) -> Result<bool, JsValue> {
        do_is_workday(&self.inner, &date)
    }

    /// As the free function `addWorkdays`, on this engine's calendar.
    ///
    /// # Errors
    /// As the free function.
    #[wasm_bindgen(js_name = addWorkdays, unchecked_return_type = "IsoDate")]
    pub fn add_workdays(
        &self,
        #[wasm_bindgen(unchecked_param_type = "IsoDate")] date: JsValue,
        #[wasm_bindgen(unchecked_param_type = "number")] n: JsValue,
    ) -> Result<String, JsValue> {
        do_add_workdays(&self.inner, &date, &n)
    }

    /// As the free function `workdaysBetween`, on this engine's calendar.
    ///
    /// # Errors
    /// As the free function.
    #[wasm_bindgen(js_name = workdaysBetween)]
    pub fn workdays_between(
        &self,
        #[wasm_bindgen(unchecked_param_type = "IsoDate")] a: JsValue,
        #[wasm_bindgen(unchecked_param_type = "IsoDate")] b: JsValue,
    ) -> Result<i32, JsValue> {
        do_workdays_between(&self.inner, &a, &b)
    }
}

#[cfg(test)]
mod tests {
    const TYPES: &str = include_str!("gongkai.d.ts");

    /// The string literals of one `export type Name = 'a' | 'b' ...;` in the TypeScript section.
    fn union(name: &str) -> Vec<String> {
        let start = TYPES
            .find(&format!("export type {name} ="))
            .unwrap_or_else(|| panic!("no type {name}"));
        let body = &TYPES[start..];
        let body = &body[..body.find(';').expect("a ; ends the type")];
        body.split('\'')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    }

    /// The serialised names of some variants.
    fn names<T: serde::Serialize>(variants: &[T]) -> Vec<String> {
        variants
            .iter()
            .map(|v| {
                serde_json::to_value(v)
                    .expect("serialises")
                    .as_str()
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect()
    }

    fn literal<T: serde::de::DeserializeOwned>(s: &str) -> Option<T> {
        serde_json::from_value(serde_json::Value::String(s.to_owned())).ok()
    }

    #[test]
    fn typescript_unions_list_exactly_the_core_names() {
        let items: Vec<String> = gongkai::ItemKind::all()
            .map(|k| k.as_str().to_owned())
            .collect();
        assert_eq!(union("ItemKind"), items);
        let codes: Vec<String> = gongkai::FindingCode::ALL
            .iter()
            .map(|c| c.as_str().to_owned())
            .collect();
        assert_eq!(union("FindingCode"), codes);
        let domains: Vec<String> = gongkai::Domain::ALL
            .iter()
            .map(|d| d.as_str().to_owned())
            .collect();
        assert_eq!(union("Domain"), domains);
    }

    #[test]
    fn typescript_literals_are_core_values() {
        use gongkai::calendar::DayKind;
        for s in union("Channel") {
            assert!(literal::<gongkai::Channel>(&s).is_some(), "{s}");
        }
        for s in union("Status") {
            assert!(literal::<gongkai::Status>(&s).is_some(), "{s}");
        }
        let methods: Vec<String> = gongkai::Method::all()
            .map(|m| m.json_name().to_owned())
            .collect();
        assert_eq!(union("Method"), methods);
        for s in union("PartyRole") {
            assert!(literal::<gongkai::PartyRole>(&s).is_some(), "{s}");
        }
        for s in union("ExemptionCategory") {
            assert!(literal::<gongkai::ExemptionCategory>(&s).is_some(), "{s}");
        }
        for s in union("Anchor") {
            assert!(literal::<gongkai::Anchor>(&s).is_some(), "{s}");
        }
        for s in union("PeriodUnit") {
            assert!(literal::<gongkai::PeriodUnit>(&s).is_some(), "{s}");
        }
        for s in union("Verification") {
            assert!(literal::<gongkai::Verification>(&s).is_some(), "{s}");
        }
        for s in union("CatalogueLevel") {
            assert!(literal::<gongkai::Level>(&s).is_some(), "{s}");
        }
        assert_eq!(union("CatalogueLevel").len(), 5);
        // ErrorCode's comments hold semicolons, which `union` stops at: its literals are looked
        // for in the whole section.
        for code in gongkai::blacklist::DecisionError::CODES {
            assert!(TYPES.contains(&format!("| '{code}'")), "{code}");
        }
        // The codes a catalogue file's reading throws: all but the writer's.
        for code in gongkai::rules::catalogue::files::FILE_CODES {
            let written = ["catalogue.cell_too_long", "catalogue.file_unwritable"];
            assert_eq!(
                TYPES.contains(&format!("'{code}'")),
                !written.contains(code),
                "{code}"
            );
        }
        for s in union("LeadDepartment") {
            assert!(literal::<gongkai::LeadDepartment>(&s).is_some(), "{s}");
        }
        assert_eq!(union("LeadDepartment").len(), 5);
        use gongkai::assessment::obligations::ObligationStatus as O;
        use gongkai::blacklist::{EntryStatus as E, MatchedOn as M};
        assert_eq!(
            union("ObligationStatus"),
            names(&[O::Done, O::DoneLate, O::Due, O::Overdue])
        );
        assert_eq!(
            union("MatchedOn"),
            names(&[M::CreditCode, M::IdNumber, M::Name])
        );
        assert_eq!(
            union("EntryStatus"),
            names(&[
                E::Pending,
                E::Active,
                E::BanEnded,
                E::Archived,
                E::Withdrawn,
                E::Repaired
            ])
        );
        // DayKind only serialises: compare with the serialised names.
        let kinds = [
            DayKind::Workday,
            DayKind::Weekend,
            DayKind::StatutoryHoliday,
            DayKind::InLieuRest,
            DayKind::WeekendInBlock,
            DayKind::ExtendedHoliday,
            DayKind::UnclassifiedHoliday,
            DayKind::MakeupWorkday,
            DayKind::LocalDayOff,
        ]
        .map(|k| serde_json::to_value(k).expect("serialises"));
        assert_eq!(
            union("DayKind"),
            kinds.map(|k| k.as_str().unwrap_or_default().to_owned())
        );
    }
}
