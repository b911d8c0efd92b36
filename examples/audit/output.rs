//! Rendering an audit: a readable summary, JSON, or CSV.

use std::io::{self, Write};

use gongkai::{Lang, Severity};
use serde_json::json;

use crate::summary::{Audit, Tally};

fn percent(t: &Tally) -> String {
    format!("{:.1}%", t.pass_rate() * 100.0)
}

pub fn text(a: &Audit, lang: Lang, out: &mut impl Write) -> io::Result<()> {
    let zh = lang == Lang::ZhCn;
    let t = a.total();
    let l = |z: &'static str, e: &'static str| if zh { z } else { e };
    writeln!(
        out,
        "{}",
        l(
            "公共资源配置领域政府信息公开审计",
            "Public resource allocation disclosure audit"
        )
    )?;
    writeln!(
        out,
        "{}{}    {}{}",
        l("审计基准日：", "As of: "),
        a.today,
        l("数据：", "Data: "),
        a.source
    )?;
    match &a.blacklist {
        Some(b) => writeln!(
            out,
            "{}{}（{} {}）",
            l("黑名单：", "Blacklist: "),
            b.source,
            b.entries,
            l("条", "entries")
        )?,
        None => writeln!(out, "{}", l("黑名单：未使用", "Blacklist: none"))?,
    }
    writeln!(
        out,
        "{} {}，{} {}，{} {}（{}），{} {}\n",
        l("记录", "records"),
        t.records,
        l("通过", "pass"),
        t.pass,
        l("未通过", "fail"),
        t.fail(),
        percent(&t),
        l("无法读取", "unreadable"),
        a.input_errors.len()
    )?;

    // Column headings padded by display width, as the rows are (a CJK character is two columns).
    let heading = |first: &str, width: usize| {
        format!(
            "  {}{}{}{}{}",
            pad(first, width),
            pad_left(l("记录", "total"), 6),
            pad_left(l("通过", "pass"), 6),
            pad_left(l("未通过", "fail"), 8),
            pad_left(l("通过率", "rate"), 9)
        )
    };
    writeln!(out, "{}", l("一、按领域", "1. By domain"))?;
    writeln!(out, "{}", heading(l("领域", "domain"), 30))?;
    for (d, t) in a.by_domain() {
        writeln!(
            out,
            "  {}{:>6}{:>6}{:>8}{:>9}",
            pad(d.name(lang), 30),
            t.records,
            t.pass,
            t.fail(),
            percent(&t)
        )?;
    }

    writeln!(
        out,
        "\n{}",
        l(
            "二、按公开主体（通过率由低到高）",
            "2. By responsible body (lowest pass rate first)"
        )
    )?;
    writeln!(out, "{}", heading(l("公开主体", "responsible body"), 34))?;
    for (body, t) in a.by_body() {
        writeln!(
            out,
            "  {}{:>6}{:>6}{:>8}{:>9}",
            pad(body, 34),
            t.records,
            t.pass,
            t.fail(),
            percent(&t)
        )?;
    }

    writeln!(out, "\n{}", l("三、问题（按代码）", "3. Findings by code"))?;
    for c in a.by_code() {
        writeln!(
            out,
            "  {:<36} {:>5} {} / {:>4} {}",
            c.code.as_str(),
            c.count,
            l("次", "×"),
            c.records,
            l("条记录", "records"),
        )?;
        // Each emitting rule with its own summary: the sentence belongs to the rule.
        for r in &c.rules {
            let rule = r.example.rule();
            let what = if zh {
                &rule.summary.zh
            } else {
                &rule.summary.en
            };
            writeln!(
                out,
                "      {:<28} {:<4} {:>5} {}  {}",
                rule.id,
                severity_name(r.example.severity(), lang),
                r.count,
                l("次", "×"),
                what
            )?;
        }
    }

    writeln!(out, "\n{}", l("四、问题最多的记录", "4. Worst records"))?;
    for j in a.worst(10) {
        writeln!(
            out,
            "  [{}] {}  {}",
            j.record.id, j.record.title, j.record.responsible_body.name
        )?;
        for f in &j.report.findings {
            writeln!(
                out,
                "      {} {} {}  ——{}",
                severity_name(f.severity(), lang),
                f.path(),
                f.message(lang),
                f.legal_basis()
            )?;
        }
    }

    let listed = a.blacklist_findings();
    if a.blacklist.is_some() {
        writeln!(
            out,
            "\n{}",
            l("五、黑名单命中", "5. Parties on the blacklist")
        )?;
        if listed.is_empty() {
            writeln!(out, "  {}", l("无", "none"))?;
        }
        for (j, f) in listed {
            writeln!(
                out,
                "  [{}] {} {}  {}",
                j.record.id,
                severity_name(f.severity(), lang),
                f.path(),
                f.message(lang)
            )?;
        }
    }

    if !a.input_errors.is_empty() {
        writeln!(
            out,
            "\n{}",
            l("六、无法读取的记录", "6. Unreadable records")
        )?;
        for bad in &a.input_errors {
            writeln!(out, "  {}", bad.line(lang))?;
        }
    }
    Ok(())
}

pub fn json(a: &Audit, lang: Lang, out: &mut impl Write) -> io::Result<()> {
    let t = a.total();
    let domains: Vec<_> = a
        .by_domain()
        .into_iter()
        .map(|(d, t)| json!({ "domain": d, "name": d.name(lang), "records": t.records, "pass": t.pass, "fail": t.fail() }))
        .collect();
    let bodies: Vec<_> = a
        .by_body()
        .into_iter()
        .map(|(b, t)| json!({ "responsibleBody": b, "records": t.records, "pass": t.pass, "fail": t.fail() }))
        .collect();
    let codes: Vec<_> = a
        .by_code()
        .into_iter()
        .map(|c| {
            let rules: Vec<_> = c
                .rules
                .iter()
                .map(|r| json!({ "rule": r.example.rule().id, "count": r.count }))
                .collect();
            json!({ "code": c.code.as_str(), "count": c.count, "records": c.records, "rules": rules })
        })
        .collect();
    let reports: Vec<_> = a
        .judged
        .iter()
        .map(|j| {
            let mut v = serde_json::to_value(j.report.view(lang)).unwrap_or_default();
            v["domain"] = json!(j.record.domain);
            v["item"] = json!(j.record.item);
            v["responsibleBody"] = json!(j.record.responsible_body.name);
            v
        })
        .collect();
    let errors: Vec<_> = a
        .input_errors
        .iter()
        .map(|b| {
            let path = match &b.error {
                gongkai::Error::Parse { path, .. } => path.clone(),
                _ => String::new(),
            };
            json!({ "index": b.index, "recordId": b.record_id, "code": b.error.code(), "path": path, "message": b.error.message(lang) })
        })
        .collect();
    let blacklist = a
        .blacklist
        .as_ref()
        .map(|b| json!({ "source": b.source, "entries": b.entries }));
    let doc = json!({
        "today": a.today,
        "source": a.source,
        "blacklist": blacklist,
        "summary": { "records": t.records, "pass": t.pass, "fail": t.fail(), "unreadable": a.input_errors.len(),
                     "byDomain": domains, "byResponsibleBody": bodies, "byCode": codes },
        "assessment": crate::assess::assessment(a).to_json(),
        "reports": reports,
        "inputErrors": errors,
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

pub fn csv(a: &Audit, lang: Lang, out: &mut impl Write) -> io::Result<()> {
    writeln!(
        out,
        "recordId,domain,item,responsibleBody,code,severity,path,rule,legalBasis,message"
    )?;
    for j in &a.judged {
        for f in &j.report.findings {
            let row = [
                j.record.id.as_str(),
                j.record.domain.as_str(),
                j.record.item.as_str(),
                j.record.responsible_body.name.as_str(),
                f.code().as_str(),
                f.severity().as_str(),
                f.path(),
                f.rule().id.as_str(),
                &f.legal_basis().to_string(),
                &f.message(lang),
            ];
            let cells: Vec<_> = row.iter().map(|c| csv_cell(c)).collect();
            writeln!(out, "{}", cells.join(","))?;
        }
    }
    Ok(())
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so that a spreadsheet
/// does not run a cell as a formula.
fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) {
        format!("'{s}")
    } else {
        s.to_owned()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn severity_name(s: Severity, lang: Lang) -> &'static str {
    match (s, lang) {
        (Severity::Error, Lang::ZhCn) => "错误",
        (Severity::Warning, Lang::ZhCn) => "警告",
        (Severity::Info, Lang::ZhCn) => "提示",
        (s, Lang::En) => s.as_str(),
    }
}

/// Columns `s` takes in a terminal, counting CJK characters as two.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// Pads on the right to a display width.
fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(display_width(s))))
}

/// Pads on the left (right-aligns) to a display width.
fn pad_left(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(display_width(s))))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::Audit;
    use gongkai::{Context, DisclosureRecord, Engine};

    /// The display column at which each whitespace-separated cell of `line` ends.
    fn cell_ends(line: &str) -> Vec<usize> {
        let (mut ends, mut col, mut in_cell) = (Vec::new(), 0, false);
        for c in line.chars() {
            if c == ' ' {
                if in_cell {
                    ends.push(col);
                }
                in_cell = false;
            } else {
                in_cell = true;
            }
            col += display_width(c.encode_utf8(&mut [0; 4]));
        }
        if in_cell {
            ends.push(col);
        }
        ends
    }

    /// The summary's tables line up in a terminal, where a CJK character takes two columns:
    /// in both languages, every row of the domain and body tables ends its four figures at the
    /// display columns where the heading's four labels end.
    #[test]
    fn summary_columns_line_up_by_display_width() {
        let sample = include_str!("../data/yunjiang-2024.json");
        let records: Vec<DisclosureRecord> = serde_json::from_str(sample).expect("the sample");
        let today = chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("a date");
        let (engine, ctx) = (Engine::national(), Context::new(today));
        let mut audit = Audit::new(today, "sample".to_owned(), None);
        for (i, r) in records.into_iter().enumerate() {
            let report = engine.validate(&r, &ctx);
            audit.add(i, r, report);
        }
        for lang in [Lang::ZhCn, Lang::En] {
            let mut out = Vec::new();
            text(&audit, lang, &mut out).expect("written");
            let out = String::from_utf8(out).expect("UTF-8");
            let lines: Vec<&str> = out.lines().collect();
            let mut tables = 0;
            for (i, heading) in lines.iter().enumerate() {
                if !(heading.starts_with("  ")
                    && (heading.ends_with("通过率") || heading.ends_with(" rate")))
                {
                    continue;
                }
                tables += 1;
                let want: Vec<usize> = cell_ends(heading).into_iter().rev().take(4).collect();
                let rows = lines[i + 1..].iter().take_while(|l| !l.trim().is_empty());
                let mut n = 0;
                for row in rows {
                    let got: Vec<usize> = cell_ends(row).into_iter().rev().take(4).collect();
                    assert_eq!(got, want, "{lang:?}:\n{heading}\n{row}");
                    n += 1;
                }
                assert!(n >= 6, "{lang:?}: a table of {n} rows");
            }
            assert_eq!(tables, 2, "{lang:?}: the domain and the body table");
        }
    }
}
