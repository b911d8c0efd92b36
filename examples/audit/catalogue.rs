//! The 主动公开目录清单 (proactive-disclosure catalogue): checking a department's catalogue file,
//! and writing the baseline one.

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use gongkai::rules::catalogue::api::{catalogue_from_json, report_json};
use gongkai::rules::catalogue::files::{
    CatalogueFile, FileFormat, WriteFormat, baseline_title, read_catalogue, write_baseline,
};
use gongkai::{
    Catalogue, CatalogueOptions, CatalogueReport, Domain, Lang, Level, RuleSet, Severity,
};

use crate::args::Format;
use crate::output::{csv_cell, severity_name};
use crate::term::safe;

/// A catalogue as read, with where its rows came from when it was a spreadsheet.
struct Read {
    catalogue: Catalogue,
    file: Option<CatalogueFile>,
}

fn read(path: &Path, lang: Lang) -> Result<Read, String> {
    let bytes = if path == Path::new("-") {
        let mut b = Vec::new();
        io::Read::read_to_end(&mut io::stdin().lock(), &mut b).map(|_| b)
    } else {
        std::fs::read(path)
    }
    .map_err(|e| format!("cannot read it: {e}"))?;
    let name = path.to_string_lossy();
    let json = name.to_ascii_lowercase().ends_with(".json")
        || (name == "-"
            && bytes
                .iter()
                .find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF)
                .is_some_and(|b| matches!(b, b'{' | b'[')));
    if json {
        let text = String::from_utf8(bytes).map_err(|e| match lang {
            Lang::ZhCn => format!(
                "不是 UTF-8 文本（第 {} 字节）",
                e.utf8_error().valid_up_to()
            ),
            Lang::En => format!("not UTF-8 (at byte {})", e.utf8_error().valid_up_to()),
        })?;
        let catalogue = catalogue_from_json(&text).map_err(|e| e.message(lang))?;
        return Ok(Read {
            catalogue,
            file: None,
        });
    }
    // Standard input has no name: its content tells a workbook; anything else is read as CSV.
    let hint = if name == "-" { "-.csv" } else { &name };
    let format = FileFormat::detect(hint, &bytes).map_err(|e| e.message(lang))?;
    let file = read_catalogue(&bytes, format).map_err(|e| e.message(lang))?;
    Ok(Read {
        catalogue: file.catalogue.clone(),
        file: Some(file),
    })
}

/// Checks a catalogue file: 0 without error findings, 1 with, 2 when it cannot be read.
pub fn check(path: &Path, options: &CatalogueOptions, format: Format, lang: Lang) -> ExitCode {
    let source = path.display().to_string();
    let read = match read(path, lang) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("audit: {}: {}", safe(&source), safe(&e));
            return ExitCode::from(2);
        }
    };
    let rules = RuleSet::national();
    let report = rules.audit_catalogue(&read.catalogue, options);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let written = match format {
        Format::Json => writeln!(out, "{}", report_json(&read.catalogue, &report, lang)),
        Format::Csv => csv(&read, &report, lang, &mut out),
        Format::Text => text(&source, &read, options, &report, lang, &mut out),
    }
    .and_then(|()| out.flush());
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            eprintln!("audit: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    if report
        .findings
        .iter()
        .any(|f| f.severity() == Severity::Error)
    {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Writes the baseline catalogue to `out`: 0 written, 2 not.
pub fn baseline(
    out: &Path,
    format: WriteFormat,
    options: &CatalogueOptions,
    lang: Lang,
) -> ExitCode {
    let rules = RuleSet::national();
    let written = write_baseline(&rules, options, format)
        .map_err(|e| e.message(lang))
        .and_then(|bytes| std::fs::write(out, bytes).map_err(|e| e.to_string()));
    let target = out.display().to_string();
    if let Err(e) = written {
        eprintln!("audit: {}: {}", safe(&target), safe(&e));
        return ExitCode::from(2);
    }
    let rows = rules.baseline_for(options).len();
    let title = baseline_title(options);
    match lang {
        Lang::ZhCn => println!("已写出 {}：{title}，{rows} 行", safe(&target)),
        Lang::En => println!("wrote {}: {title}, {rows} rows", safe(&target)),
    }
    ExitCode::SUCCESS
}

/// The catalogue row a finding is about (its path `/3/timeLimit`), or `None` for the whole.
fn row_of(path: &str) -> Option<usize> {
    path.split('/').nth(1)?.parse().ok()
}

fn items(items: &[gongkai::ItemKind], lang: Lang) -> String {
    if items.is_empty() {
        return match lang {
            Lang::ZhCn => "未匹配".to_owned(),
            Lang::En => "unmatched".to_owned(),
        };
    }
    let names: Vec<&str> = items
        .iter()
        .map(|i| match lang {
            Lang::ZhCn => i.spec().zh,
            Lang::En => i.spec().en,
        })
        .collect();
    names.join(if lang == Lang::ZhCn { "、" } else { ", " })
}

fn text(
    source: &str,
    read: &Read,
    options: &CatalogueOptions,
    report: &CatalogueReport,
    lang: Lang,
    out: &mut impl Write,
) -> io::Result<()> {
    let zh = lang == Lang::ZhCn;
    let domains: Vec<&str> = options
        .domains
        .iter()
        .map(|d| if zh { d.name_zh() } else { d.json_name() })
        .collect();
    let level = options.level.map(|l| level_name(l, lang));
    let mut place = String::new();
    if let Some(f) = &read.file {
        let headings = format!("{}–{}", f.heading_rows.start(), f.heading_rows.end());
        let headings = if f.heading_rows.start() == f.heading_rows.end() {
            f.heading_rows.start().to_string()
        } else {
            headings
        };
        place = match (&f.sheet, zh) {
            (Some(s), true) => format!("（工作表“{}”，表头第 {headings} 行）", safe(s)),
            (None, true) => format!("（表头第 {headings} 行）"),
            (Some(s), false) => format!(" (sheet {:?}, headings on row {headings})", safe(s)),
            (None, false) => format!(" (headings on row {headings})"),
        };
    }
    if zh {
        writeln!(
            out,
            "目录 {}{place}：{} 行；领域 {}；层级 {}",
            safe(source),
            read.catalogue.rows.len(),
            domains.join("、"),
            level.unwrap_or("全部")
        )?;
    } else {
        writeln!(
            out,
            "catalogue {}{place}: {} rows; domains {}; level {}",
            safe(source),
            read.catalogue.rows.len(),
            domains.join(", "),
            level.unwrap_or("every")
        )?;
    }
    writeln!(out)?;
    let finding = |f: &gongkai::Finding| {
        format!(
            "  [{}] {} {} {}",
            severity_name(f.severity(), lang),
            f.code().as_str(),
            f.path(),
            safe(&f.message(lang))
        )
    };
    for m in &report.rows {
        let name = read
            .catalogue
            .rows
            .get(m.row)
            .map_or("", |r| r.level2.as_str());
        let from = read
            .file
            .as_ref()
            .and_then(|f| f.source_rows.get(m.row))
            .map(|r| {
                if zh {
                    format!("（文件第 {r} 行）")
                } else {
                    format!(" (file row {r})")
                }
            })
            .unwrap_or_default();
        let name = if name.is_empty() {
            if zh {
                "（无二级事项）"
            } else {
                "(no 二级事项)"
            }
        } else {
            name
        };
        if zh {
            writeln!(
                out,
                "第 {} 行{from} {} → {}",
                m.row + 1,
                safe(name),
                items(&m.items, lang)
            )?;
        } else {
            writeln!(
                out,
                "row {}{from} {} → {}",
                m.row + 1,
                safe(name),
                items(&m.items, lang)
            )?;
        }
        for f in report
            .findings
            .iter()
            .filter(|f| row_of(f.path()) == Some(m.row))
        {
            writeln!(out, "{}", finding(f))?;
        }
    }
    let whole: Vec<&gongkai::Finding> = report
        .findings
        .iter()
        .filter(|f| row_of(f.path()).is_none())
        .collect();
    if !whole.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            if zh {
                "整个目录："
            } else {
                "the catalogue as a whole:"
            }
        )?;
        for f in whole {
            writeln!(out, "{}", finding(f))?;
        }
    }
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity() == s).count();
    let matched = report.rows.iter().filter(|m| !m.items.is_empty()).count();
    let unmatched = report.rows.len() - matched;
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    writeln!(out)?;
    if zh {
        write!(
            out,
            "行 {}，匹配 {matched}，未匹配 {unmatched}；发现 错误 {errors}，警告 {warnings}，提示 {infos}",
            report.rows.len()
        )?;
    } else {
        write!(
            out,
            "rows {}, matched {matched}, unmatched {unmatched}; findings: errors {errors}, warnings {warnings}, info {infos}",
            report.rows.len()
        )?;
    }
    if let Some(f) = &read.file {
        if zh {
            write!(
                out,
                "；跳过空行 {}，非目录行 {}",
                f.blank_rows,
                f.notes.len()
            )?;
        } else {
            write!(
                out,
                "; blank rows skipped {}, lines that are not rows {}",
                f.blank_rows,
                f.notes.len()
            )?;
        }
    }
    writeln!(out)?;
    if let Some(f) = &read.file {
        for n in &f.notes {
            if zh {
                writeln!(out, "  文件第 {} 行：{}", n.row, safe(&n.text))?;
            } else {
                writeln!(out, "  file row {}: {}", n.row, safe(&n.text))?;
            }
        }
    }
    Ok(())
}

fn level_name(l: Level, lang: Lang) -> &'static str {
    match (l, lang) {
        (Level::Township, Lang::ZhCn) => "乡级",
        (l, Lang::ZhCn) => l.name_zh(),
        (l, Lang::En) => l.json_name(),
    }
}

/// One line per finding: the catalogue row (1-based; empty for the whole), the file's row, its
/// 二级事项 and items, and the finding.
fn csv(read: &Read, report: &CatalogueReport, lang: Lang, out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "row,fileRow,level2,items,code,severity,path,rule,legalBasis,message"
    )?;
    for f in &report.findings {
        let row = row_of(f.path());
        let level2 = row
            .and_then(|r| read.catalogue.rows.get(r))
            .map_or("", |r| r.level2.as_str());
        let matched = row
            .and_then(|r| report.rows.iter().find(|m| m.row == r))
            .map(|m| {
                m.items
                    .iter()
                    .map(|i| i.json_name())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_default();
        let file_row = row
            .and_then(|r| read.file.as_ref()?.source_rows.get(r))
            .map(ToString::to_string)
            .unwrap_or_default();
        let cells = [
            row.map(|r| (r + 1).to_string()).unwrap_or_default(),
            file_row,
            level2.to_owned(),
            matched,
            f.code().as_str().to_owned(),
            f.severity().as_str().to_owned(),
            f.path().to_owned(),
            f.rule().id.to_string(),
            f.legal_basis().to_string(),
            f.message(lang),
        ];
        let cells: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
        writeln!(out, "{}", cells.join(","))?;
    }
    Ok(())
}

/// The options the command line names.
pub fn options(domains: &[Domain], level: Option<Level>) -> CatalogueOptions {
    CatalogueOptions {
        domains: domains.to_vec(),
        level,
    }
}
