//! `--notices`: published notices read and judged (`gongkai::notice::api::validate_notice_json`),
//! from a folder of .txt/.html/.htm files, several files, or NDJSON lines of `{url, fetchedOn,
//! html}` (or `text`) as a crawler saves pages.
//!
//! A notice is judged as of the day it was fetched (`fetchedOn`) when the line gives one, and
//! as of `--today` (or the day the audit runs) otherwise; an explicit `--today` judges every
//! notice as of that day, and a notice fetched after it is reported with a warning
//! (`audit.fetched_after_today`): a date of the notice between the two would read as "in the
//! future". A file that is not UTF-8 is read as the charset its page declares or as GB18030
//! (`decode.rs`). `--report FILE.html` also writes the page of `notice_page.rs`: each notice's
//! findings linked to the words of the notice they rest on.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use gongkai::notice::{NoticeReport, NoticeSource, Span};
use gongkai::{Context, Engine, Lang};
use serde_json::{Value, json};

use crate::args::Format;
use crate::notice_page::{Page, TextMap};
use crate::term::safe;

/// One notice to judge: where it came from, its text, and its page's address and fetch day.
pub struct Notice {
    pub source: String,
    pub text: Result<String, String>,
    pub url: Option<String>,
    pub fetched_on: Option<String>,
    /// The encoding a file was read in, when not UTF-8 (`"gb18030"`).
    pub encoding: Option<&'static str>,
}

/// The notices of each PATH, in order: a folder's .txt/.html/.htm files by name, an .ndjson or
/// .jsonl file's lines, any other file as one notice. A path that cannot be opened is an error.
fn collect(paths: &[PathBuf]) -> Result<Vec<Notice>, String> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension()
                        .and_then(|e| e.to_str())
                        .is_some_and(|e| matches!(e, "txt" | "html" | "htm"))
                })
                .collect();
            files.sort();
            for f in files {
                out.push(file(&f));
            }
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "ndjson" | "jsonl"))
        {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                out.push(ndjson_line(path, i + 1, line));
            }
        } else if path.exists() {
            out.push(file(path));
        } else {
            return Err(format!("{}: no such file or folder", path.display()));
        }
    }
    Ok(out)
}

/// A notice file: UTF-8, or the charset its page declares, or GB18030 (`decode.rs`); bytes
/// none of them decodes keep replacement characters, which the reader refuses as
/// `notice.binary`.
fn file(path: &Path) -> Notice {
    let (text, encoding) = match std::fs::read(path) {
        Ok(bytes) => {
            let d = crate::decode::decode(&bytes);
            (Ok(d.text), d.encoding)
        }
        Err(e) => (Err(e.to_string()), None),
    };
    Notice {
        source: path.display().to_string(),
        text,
        url: None,
        fetched_on: None,
        encoding,
    }
}

/// One NDJSON line: `{url?, fetchedOn?, html}` (or `text`).
fn ndjson_line(path: &Path, line: usize, text: &str) -> Notice {
    let source = format!("{}:{line}", path.display());
    let v: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return Notice {
                source,
                text: Err(format!("not JSON: {e}")),
                url: None,
                fetched_on: None,
                encoding: None,
            };
        }
    };
    let body = v["html"]
        .as_str()
        .or_else(|| v["text"].as_str())
        .map(str::to_owned)
        .ok_or_else(|| "no \"html\" or \"text\" string".to_owned());
    Notice {
        source,
        text: body,
        url: v["url"].as_str().map(str::to_owned),
        fetched_on: v["fetchedOn"].as_str().map(str::to_owned),
        encoding: None,
    }
}

/// The outcome for one notice: its report (as the library gives it and as JSON), or why it
/// could not be read (a typed code).
pub enum Outcome {
    Report(Box<Judged>),
    Unreadable { code: String, message: String },
}

/// A notice read and judged.
pub struct Judged {
    pub report: NoticeReport,
    /// `report` as `validate_notice_json` writes it.
    pub json: Value,
}

/// A warning about how a notice was judged (not a finding on the notice).
pub struct Warning {
    pub code: &'static str,
    pub message: String,
}

/// Where the day a notice is judged as of came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DaySource {
    /// `--today`, given.
    Today,
    /// The day the page was fetched.
    Fetched,
    /// The day the audit runs (no `--today`, no `fetchedOn`).
    Run,
}

/// The day a notice is judged as of: `--today` when given, else the day it was fetched, else
/// the day the audit runs; and a warning when it was fetched after an explicit `--today`.
pub fn judged_day(
    today: NaiveDate,
    today_given: bool,
    fetched_on: Option<NaiveDate>,
    lang: Lang,
) -> (NaiveDate, DaySource, Option<Warning>) {
    match fetched_on {
        Some(f) if today_given && f > today => {
            let message = match lang {
                Lang::ZhCn => format!(
                    "页面抓取于 {f}，晚于 --today {today}：本公告按 {today} 判断，{today} 之后的日期\
                     （如发布日期）会被判为“晚于审核基准日”；不指定 --today 则按抓取日判断"
                ),
                Lang::En => format!(
                    "fetched on {f}, after --today {today}: judged as of {today}, so a date of the \
                     notice after {today} (its publication date) reads as in the future; without \
                     --today it is judged as of the day it was fetched"
                ),
            };
            let w = Warning {
                code: "audit.fetched_after_today",
                message,
            };
            (today, DaySource::Today, Some(w))
        }
        _ if today_given => (today, DaySource::Today, None),
        Some(f) => (f, DaySource::Fetched, None),
        None => (today, DaySource::Run, None),
    }
}

/// One notice judged: its outcome, the day it was judged as of and how that day was chosen,
/// and the warnings about it.
pub struct Verdict {
    pub outcome: Outcome,
    pub day: NaiveDate,
    pub day_source: DaySource,
    pub warnings: Vec<Warning>,
}

fn judge(engine: &Engine, n: &Notice, today: NaiveDate, today_given: bool, lang: Lang) -> Verdict {
    let unreadable = |code: &str, message: String, day, day_source| Verdict {
        outcome: Outcome::Unreadable {
            code: code.to_owned(),
            message,
        },
        day,
        day_source,
        warnings: Vec::new(),
    };
    let fetched_on = match n
        .fetched_on
        .as_deref()
        .map(|f| gongkai::date::parse_field("fetchedOn", f))
    {
        None => None,
        Some(Ok(d)) => Some(d),
        Some(Err(e)) => {
            let source = if today_given {
                DaySource::Today
            } else {
                DaySource::Run
            };
            return unreadable("notice.invalid_options", e.message(lang), today, source);
        }
    };
    let (day, day_source, warning) = judged_day(today, today_given, fetched_on, lang);
    let text = match &n.text {
        Ok(t) => t,
        Err(e) => return unreadable("input.unreadable", e.clone(), day, day_source),
    };
    let source = NoticeSource {
        url: n.url.clone(),
        fetched_on,
    };
    let outcome = match engine.validate_notice(text, &source, &Context::new(day)) {
        Ok(report) => {
            let json = report.to_value(lang);
            Outcome::Report(Box::new(Judged { report, json }))
        }
        Err(e) => Outcome::Unreadable {
            code: e.code().into(),
            message: e.message(lang),
        },
    };
    Verdict {
        outcome,
        day,
        day_source,
        warnings: warning.into_iter().collect(),
    }
}

/// What the notices came to, for the totals of every output.
#[derive(Default)]
pub struct Totals {
    pub notices: usize,
    pub read: usize,
    pub failing: usize,
    pub unreadable: usize,
    pub warnings: usize,
    pub findings_by_code: BTreeMap<String, usize>,
    pub unreadable_by_code: BTreeMap<String, usize>,
}

/// Reads and judges every notice of `paths`; prints text or JSON, and writes the HTML page to
/// `report` when given. Exit 0 when every notice is read and none has an error finding, 1
/// otherwise, 2 when a path cannot be opened or an output cannot be written.
pub fn run(
    paths: &[PathBuf],
    format: Format,
    lang: Lang,
    (today, today_given): (NaiveDate, bool),
    report: Option<&Path>,
) -> ExitCode {
    let notices = match collect(paths) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("audit: cannot read {}", safe(&e));
            return ExitCode::from(2);
        }
    };
    let mut page = match report {
        None => None,
        Some(path) => match std::fs::File::create(path)
            .and_then(|f| Page::start(io::BufWriter::new(f), lang, today, today_given))
        {
            Ok(p) => Some(p),
            Err(e) => {
                eprintln!(
                    "audit: cannot write {}: {e}",
                    safe(&path.display().to_string())
                );
                return ExitCode::from(2);
            }
        },
    };
    let engine = Engine::national();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let zh = lang == Lang::ZhCn;
    let mut t = Totals {
        notices: notices.len(),
        ..Totals::default()
    };
    let mut written: io::Result<()> = Ok(());
    let mut page_written: io::Result<()> = Ok(());
    if format == Format::Json {
        written = write!(out, "{{\"notices\":[");
    }
    for (i, n) in notices.iter().enumerate() {
        let verdict = judge(&engine, n, today, today_given, lang);
        t.warnings += verdict.warnings.len();
        match &verdict.outcome {
            Outcome::Report(r) => {
                t.read += 1;
                if r.json["ok"] == false {
                    t.failing += 1;
                }
                for f in r.json["findings"].as_array().into_iter().flatten() {
                    *t.findings_by_code
                        .entry(f["code"].as_str().unwrap_or("").to_owned())
                        .or_default() += 1;
                }
            }
            Outcome::Unreadable { code, message } => {
                t.unreadable += 1;
                *t.unreadable_by_code.entry(code.clone()).or_default() += 1;
                if format == Format::Json {
                    eprintln!("{}: {code}: {}", safe(&n.source), safe(message));
                }
            }
        }
        if format == Format::Json {
            for w in &verdict.warnings {
                eprintln!("{}: {}: {}", safe(&n.source), w.code, safe(&w.message));
            }
        }
        written = written.and_then(|()| match format {
            Format::Json => {
                let mut item = json!({ "source": n.source, "judgedOn": verdict.day.to_string() });
                if let Some(e) = n.encoding {
                    item["encoding"] = json!(e);
                }
                if !verdict.warnings.is_empty() {
                    item["warnings"] = verdict
                        .warnings
                        .iter()
                        .map(|w| json!({ "code": w.code, "message": w.message }))
                        .collect();
                }
                match &verdict.outcome {
                    Outcome::Report(r) => item["report"] = r.json.clone(),
                    Outcome::Unreadable { code, message } => {
                        item["error"] = json!({ "code": code, "message": message });
                    }
                }
                write!(out, "{}{item}", if i == 0 { "" } else { "," })
            }
            _ => text_one(&mut out, n, &verdict, zh),
        });
        if let Some(p) = &mut page {
            page_written = page_written.and_then(|()| p.notice(i + 1, n, &verdict));
        }
    }
    let total = t.notices;
    written = written.and_then(|()| match format {
        Format::Json => writeln!(
            out,
            "],\"totals\":{}}}",
            json!({ "notices": total, "read": t.read, "failing": t.failing,
                    "unreadable": t.unreadable, "warnings": t.warnings,
                    "findingsByCode": t.findings_by_code,
                    "unreadableByCode": t.unreadable_by_code })
        ),
        _ => {
            let (read, failing, unreadable) = (t.read, t.failing, t.unreadable);
            let codes: Vec<String> = t.findings_by_code.iter().map(|(c, n)| format!("{c} {n}")).collect();
            let errs: Vec<String> = t.unreadable_by_code.iter().map(|(c, n)| format!("{c} {n}")).collect();
            if zh {
                writeln!(
                    out,
                    "\n合计：公告 {total} 篇，读取 {read} 篇（其中 {failing} 篇有错误），无法读取 {unreadable} 篇"
                )?;
            } else {
                writeln!(
                    out,
                    "\ntotal: {total} notices, {read} read ({failing} with errors), {unreadable} unreadable"
                )?;
            }
            if !codes.is_empty() {
                writeln!(out, "{} {}", if zh { "发现：" } else { "findings:" }, codes.join(", "))?;
            }
            if !errs.is_empty() {
                writeln!(out, "{} {}", if zh { "无法读取：" } else { "unreadable:" }, errs.join(", "))?;
            }
            if t.warnings > 0 {
                writeln!(
                    out,
                    "{} {}",
                    if zh { "警告：" } else { "warnings:" },
                    t.warnings
                )?;
            }
            Ok(())
        }
    });
    if let Err(e) = written.and_then(|()| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("audit: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    if let (Some(p), Some(path)) = (page, report) {
        if let Err(e) = page_written.and_then(|()| p.finish(&t)) {
            eprintln!(
                "audit: cannot write {}: {e}",
                safe(&path.display().to_string())
            );
            return ExitCode::from(2);
        }
    }
    if total == 0 {
        eprintln!("audit: {}", if zh { "没有公告" } else { "no notices" });
        return ExitCode::from(1);
    }
    if t.failing > 0 || t.unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The words a span of the input points at (the page's words, without markup, for HTML), on
/// one line, shortened.
fn quoted(map: &TextMap<'_>, span: &Value) -> Option<String> {
    let span = Span {
        start: usize::try_from(span.get(0)?.as_u64()?).ok()?,
        end: usize::try_from(span.get(1)?.as_u64()?).ok()?,
    };
    let s = map.to_text(span)?.of(map.text())?;
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = one.chars().take(40).collect();
    Some(if short.len() < one.len() {
        format!("{short}…")
    } else {
        short
    })
}

fn text_one(out: &mut impl Write, n: &Notice, v: &Verdict, zh: bool) -> io::Result<()> {
    let source = n.source.as_str();
    let encoding = n.encoding.map(|e| format!(" [{e}]")).unwrap_or_default();
    match &v.outcome {
        Outcome::Unreadable { code, message } => {
            let what = if zh { "无法读取" } else { "unreadable" };
            writeln!(
                out,
                "{}{encoding}: {what}: {code}: {}",
                safe(source),
                safe(message)
            )?;
        }
        Outcome::Report(j) => {
            let r = &j.json;
            let map = TextMap::new(&j.report.reading);
            let n = &r["notice"];
            let findings = r["findings"].as_array().map(Vec::as_slice).unwrap_or(&[]);
            let shown: Vec<&Value> = findings
                .iter()
                .filter(|f| f["severity"] != "info")
                .collect();
            writeln!(
                out,
                "{}{encoding}: {} {} {}{} — {} ({}{}{})",
                safe(source),
                n["type"].as_str().unwrap_or("?"),
                n["domain"].as_str().unwrap_or("?"),
                r["record"]["item"].as_str().unwrap_or("?"),
                n["method"]
                    .as_str()
                    .map(|m| format!(" ({m})"))
                    .unwrap_or_default(),
                if r["ok"] == true {
                    if zh { "通过" } else { "ok" }
                } else if zh {
                    "有错误"
                } else {
                    "fails"
                },
                if zh { "截至 " } else { "as of " },
                v.day,
                match (v.day_source, zh) {
                    (DaySource::Fetched, true) => "，抓取日",
                    (DaySource::Fetched, false) => ", the day it was fetched",
                    _ => "",
                },
            )?;
            for f in shown {
                let at = f
                    .get("span")
                    .and_then(|s| quoted(&map, s))
                    .map(|q| format!(" «{q}»"))
                    .unwrap_or_default();
                writeln!(
                    out,
                    "  {:<8} {} {}: {}{}",
                    f["severity"].as_str().unwrap_or(""),
                    f["code"].as_str().unwrap_or(""),
                    f["path"].as_str().unwrap_or(""),
                    safe(f["message"].as_str().unwrap_or("")),
                    safe(&at)
                )?;
            }
            let absent: Vec<&str> = r["absent"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            if !absent.is_empty() {
                writeln!(
                    out,
                    "  {} {}",
                    if zh { "缺少：" } else { "absent:" },
                    absent.join(", ")
                )?;
            }
        }
    }
    for w in &v.warnings {
        writeln!(
            out,
            "  {:<8} {}: {}",
            if zh { "警告" } else { "WARNING" },
            w.code,
            safe(&w.message)
        )?;
    }
    Ok(())
}
