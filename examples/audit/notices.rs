//! `--notices`: published notices read and judged (`gongkai::notice::api::validate_notice_json`),
//! from a folder of .txt/.html/.htm files, several files, or NDJSON lines of `{url, fetchedOn,
//! html}` (or `text`) as a crawler saves pages.

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use gongkai::notice::api::validate_notice_json;
use gongkai::{Engine, Lang};
use serde_json::{Value, json};

use crate::args::Format;
use crate::term::safe;

/// One notice to judge: where it came from, its text, and its page's address and fetch day.
struct Notice {
    source: String,
    text: Result<String, String>,
    url: Option<String>,
    fetched_on: Option<String>,
    /// The encoding a file was read in, when not UTF-8 (`"gb18030"`).
    encoding: Option<&'static str>,
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

/// The outcome for one notice: its report, or why it could not be read (a typed code).
enum Outcome {
    Report(Value),
    Unreadable { code: String, message: String },
}

fn judge(engine: &Engine, n: &Notice, today: NaiveDate, lang: Lang) -> Outcome {
    let text = match &n.text {
        Ok(t) => t,
        Err(e) => {
            return Outcome::Unreadable {
                code: "input.unreadable".into(),
                message: e.clone(),
            };
        }
    };
    let mut options = serde_json::Map::new();
    if let Some(u) = &n.url {
        options.insert("url".into(), json!(u));
    }
    if let Some(f) = &n.fetched_on {
        options.insert("fetchedOn".into(), json!(f));
    }
    options.insert("today".into(), json!(today.to_string()));
    match validate_notice_json(engine, text, &Value::Object(options).to_string(), lang) {
        Ok(json) => match serde_json::from_str(&json) {
            Ok(v) => Outcome::Report(v),
            Err(e) => Outcome::Unreadable {
                code: "internal.report".into(),
                message: e.to_string(),
            },
        },
        Err(e) => Outcome::Unreadable {
            code: e.code().into(),
            message: e.message(lang),
        },
    }
}

/// Reads and judges every notice of `paths`; prints text or JSON. Exit 0 when every notice is
/// read and none has an error finding, 1 otherwise, 2 when a path cannot be opened or the output
/// cannot be written.
pub fn run(paths: &[PathBuf], format: Format, lang: Lang, today: NaiveDate) -> ExitCode {
    let notices = match collect(paths) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("audit: cannot read {}", safe(&e));
            return ExitCode::from(2);
        }
    };
    let engine = Engine::national();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let zh = lang == Lang::ZhCn;
    let (mut read, mut failing, mut unreadable) = (0usize, 0usize, 0usize);
    let mut by_code: BTreeMap<String, usize> = BTreeMap::new();
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    let mut written: io::Result<()> = Ok(());
    if format == Format::Json {
        written = write!(out, "{{\"notices\":[");
    }
    for (i, n) in notices.iter().enumerate() {
        let outcome = judge(&engine, n, today, lang);
        let text = n.text.as_deref().unwrap_or("");
        match &outcome {
            Outcome::Report(r) => {
                read += 1;
                if r["ok"] == false {
                    failing += 1;
                }
                for f in r["findings"].as_array().into_iter().flatten() {
                    *by_code
                        .entry(f["code"].as_str().unwrap_or("").to_owned())
                        .or_default() += 1;
                }
            }
            Outcome::Unreadable { code, message } => {
                unreadable += 1;
                *errors.entry(code.clone()).or_default() += 1;
                if format == Format::Json {
                    eprintln!("{}: {code}: {}", safe(&n.source), safe(message));
                }
            }
        }
        written = written.and_then(|()| match format {
            Format::Json => {
                let mut item = match &outcome {
                    Outcome::Report(r) => json!({ "source": n.source, "report": r }),
                    Outcome::Unreadable { code, message } => {
                        json!({ "source": n.source, "error": { "code": code, "message": message } })
                    }
                };
                if let Some(e) = n.encoding {
                    item["encoding"] = json!(e);
                }
                write!(out, "{}{item}", if i == 0 { "" } else { "," })
            }
            _ => {
                let source = match n.encoding {
                    Some(e) => format!("{} [{e}]", n.source),
                    None => n.source.clone(),
                };
                text_one(&mut out, &source, text, &outcome, zh)
            }
        });
    }
    let total = notices.len();
    written = written.and_then(|()| match format {
        Format::Json => writeln!(
            out,
            "],\"totals\":{}}}",
            json!({ "notices": total, "read": read, "failing": failing,
                    "unreadable": unreadable, "findingsByCode": by_code,
                    "unreadableByCode": errors })
        ),
        _ => {
            let codes: Vec<String> = by_code.iter().map(|(c, n)| format!("{c} {n}")).collect();
            let errs: Vec<String> = errors.iter().map(|(c, n)| format!("{c} {n}")).collect();
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
            Ok(())
        }
    });
    if let Err(e) = written.and_then(|()| out.flush()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("audit: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    if total == 0 {
        eprintln!("audit: {}", if zh { "没有公告" } else { "no notices" });
        return ExitCode::from(1);
    }
    if failing > 0 || unreadable > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The text a span points at, on one line, shortened.
fn quoted(text: &str, span: &Value) -> Option<String> {
    let (a, b) = (span[0].as_u64()? as usize, span[1].as_u64()? as usize);
    let s = text.get(a..b)?;
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let short: String = one.chars().take(40).collect();
    Some(if short.len() < one.len() {
        format!("{short}…")
    } else {
        short
    })
}

fn text_one(
    out: &mut impl Write,
    source: &str,
    text: &str,
    o: &Outcome,
    zh: bool,
) -> io::Result<()> {
    match o {
        Outcome::Unreadable { code, message } => {
            let what = if zh { "无法读取" } else { "unreadable" };
            writeln!(out, "{}: {what}: {code}: {}", safe(source), safe(message))
        }
        Outcome::Report(r) => {
            let n = &r["notice"];
            let findings = r["findings"].as_array().map(Vec::as_slice).unwrap_or(&[]);
            let shown: Vec<&Value> = findings
                .iter()
                .filter(|f| f["severity"] != "info")
                .collect();
            writeln!(
                out,
                "{}: {} {} {}{} — {}",
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
            )?;
            for f in shown {
                let at = f
                    .get("span")
                    .and_then(|s| quoted(text, s))
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
            Ok(())
        }
    }
}
