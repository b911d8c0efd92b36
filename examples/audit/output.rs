//! Rendering an audit: a readable summary, JSON, or CSV.
//!
//! JSON and CSV are written as the records are judged ([`Sink`]): each record's report goes
//! out when it is made, and the summary follows the last one. In the JSON document the members
//! are, in this order, `today`, `source`, `blacklist`, `reports`, then `summary`, `assessment`,
//! `decisions` (the penalty decisions against the blacklist; `null` without one) and
//! `inputErrors` (which need every record). The text summary is written at the end.
//!
//! Text printed to the terminal escapes control characters in anything that came from the input
//! ([`crate::term::safe`]); JSON and CSV carry the values as they are (JSON escapes C0 as its
//! syntax requires; CSV guards spreadsheet formulas, see [`csv_cell`]).

use std::io::{self, Write};

use gongkai::blacklist::Reconciled;
use gongkai::{DisclosureRecord, Lang, Report, Severity};
use serde_json::json;

use crate::args::Format;
use crate::summary::{Audit, KEPT};
use crate::term::safe;

fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".to_owned(), |r| format!("{:.1}%", r * 100.0))
}

/// Where reports go as they are made.
pub struct Sink<W: Write> {
    format: Format,
    lang: Lang,
    out: W,
    /// Reports written so far (JSON needs a comma before all but the first).
    written: usize,
    /// The first write error: nothing more is written after it, the records are still judged.
    error: Option<io::Error>,
}

impl<W: Write> Sink<W> {
    /// Starts the output: the CSV header, or the JSON document up to its `reports` array.
    pub fn start(format: Format, lang: Lang, out: W, a: &Audit) -> Sink<W> {
        let mut sink = Sink {
            format,
            lang,
            out,
            written: 0,
            error: None,
        };
        let head = match format {
            Format::Text => Ok(()),
            Format::Csv => writeln!(
                sink.out,
                "recordId,domain,item,responsibleBody,code,severity,path,rule,legalBasis,message"
            ),
            Format::Json => {
                let blacklist = a
                    .blacklist
                    .as_ref()
                    .map(|b| json!({ "source": b.source, "entries": b.entries }));
                write!(
                    sink.out,
                    "{{\n  \"today\": {},\n  \"source\": {},\n  \"blacklist\": {},\n  \"reports\": [",
                    json!(a.today),
                    json!(a.source),
                    member(&blacklist)
                )
            }
        };
        sink.keep(head);
        sink
    }

    fn keep(&mut self, r: io::Result<()>) {
        if let (Err(e), None) = (r, &self.error) {
            self.error = Some(e);
        }
    }

    /// Writes one record's report (JSON) or findings (CSV).
    pub fn record(&mut self, record: &DisclosureRecord, report: &Report) {
        if self.error.is_some() {
            return;
        }
        let r = match self.format {
            Format::Text => Ok(()),
            Format::Json => {
                let mut v = serde_json::to_value(report.view(self.lang)).unwrap_or_default();
                v["domain"] = json!(record.domain);
                v["item"] = json!(record.item);
                v["responsibleBody"] = json!(record.responsible_body.name);
                let sep = if self.written == 0 { "" } else { "," };
                write!(self.out, "{sep}\n    {}", indented(&v, 4))
            }
            Format::Csv => csv_rows(record, report, self.lang, &mut self.out),
        };
        self.written += 1;
        self.keep(r);
    }

    /// Ends the output with the summary; the first write error, if any.
    pub fn finish(mut self, a: &Audit) -> io::Result<()> {
        if self.error.is_none() {
            let r = match self.format {
                Format::Text => text(a, self.lang, &mut self.out),
                Format::Csv => Ok(()),
                Format::Json => json_tail(a, self.lang, self.written, &mut self.out),
            };
            self.keep(r);
        }
        if self.error.is_none() {
            let r = self.out.flush();
            self.keep(r);
        }
        self.error.map_or(Ok(()), Err)
    }
}

/// A JSON value pretty-printed as a member nested `indent` spaces deep.
fn indented(v: &serde_json::Value, indent: usize) -> String {
    let s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.replace('\n', &format!("\n{}", " ".repeat(indent)))
}

fn member(v: &impl serde::Serialize) -> String {
    indented(&serde_json::to_value(v).unwrap_or_default(), 2)
}

fn json_tail(a: &Audit, lang: Lang, written: usize, out: &mut impl Write) -> io::Result<()> {
    let t = a.total();
    let domains: Vec<_> = a
        .by_domain()
        .iter()
        .map(|(d, t)| json!({ "domain": d, "name": d.name(lang), "records": t.records, "pass": t.pass, "fail": t.fail(), "notJudged": t.not_judged }))
        .collect();
    let bodies: Vec<_> = a
        .by_body()
        .into_iter()
        .map(|(b, t)| json!({ "responsibleBody": b, "records": t.records, "pass": t.pass, "fail": t.fail(), "notJudged": t.not_judged }))
        .collect();
    let codes: Vec<_> = a
        .by_code()
        .into_iter()
        .map(|c| {
            let rules: Vec<_> = c
                .rules()
                .iter()
                .map(|r| json!({ "rule": r.example.rule().id, "count": r.count }))
                .collect();
            json!({ "code": c.code.as_str(), "count": c.count, "records": c.records, "rules": rules })
        })
        .collect();
    let errors: Vec<_> = a
        .input_errors()
        .iter()
        .map(|b| {
            json!({ "index": b.index, "recordId": b.record_id, "code": b.error.code(), "path": b.error.path(), "message": b.error.message(lang) })
        })
        .collect();
    let summary = json!({ "records": t.records, "pass": t.pass, "fail": t.fail(), "notJudged": t.not_judged, "unreadable": a.unreadable(),
                          "byDomain": domains, "byResponsibleBody": bodies, "byCode": codes });
    let close = if written == 0 { "]" } else { "\n  ]" };
    let decisions = a.reconciled.as_ref().map(|r| decisions_json(r, lang));
    writeln!(
        out,
        "{close},\n  \"summary\": {},\n  \"assessment\": {},\n  \"decisions\": {},\n  \"inputErrors\": {}\n}}",
        member(&summary),
        member(&a.assessment().to_json()),
        member(&decisions),
        member(&errors)
    )
}

/// The penalty decisions against the blacklist, each discrepancy with its severity and message.
fn decisions_json(r: &Reconciled, lang: Lang) -> serde_json::Value {
    let unlisted: Vec<_> = r
        .unlisted
        .iter()
        .map(|u| {
            json!({ "severity": "warning", "recordId": u.record_id, "decisionNumber": u.decision_number,
                    "party": u.party, "status": u.status.as_str(), "entry": u.entry,
                    "message": unlisted_message(u, lang) })
        })
        .collect();
    let underivable: Vec<_> = r
        .underivable
        .iter()
        .map(|u| {
            json!({ "severity": "warning", "recordId": u.record_id, "code": u.error.code(),
                    "path": u.error.path(), "message": u.error.message(lang) })
        })
        .collect();
    let listed = |l: &[gongkai::blacklist::Listed], withdrawn: bool| -> Vec<serde_json::Value> {
        l.iter()
            .map(|e| {
                json!({ "severity": "warning", "entryId": e.entry_id, "decisionNumber": e.decision_number,
                        "party": e.party, "recordId": e.record_id,
                        "message": listed_message(e, withdrawn, lang) })
            })
            .collect()
    };
    json!({ "decisions": r.decisions, "barring": r.barring, "unlisted": unlisted,
            "underivable": underivable,
            "withdrawnButActive": listed(&r.withdrawn_but_active, true),
            "unpublished": listed(&r.unpublished, false) })
}

fn unlisted_message(u: &gongkai::blacklist::Unlisted, lang: Lang) -> String {
    match lang {
        Lang::ZhCn => format!(
            "处罚决定{}将「{}」列入黑名单，但黑名单中没有该决定的记录（按决定应为「{}」）",
            u.decision_number,
            u.party,
            u.status.name(lang)
        ),
        Lang::En => format!(
            "decision {} lists {}, but the blacklist has no entry for it (it would be: {})",
            u.decision_number,
            u.party,
            u.status.name(lang)
        ),
    }
}

fn listed_message(e: &gongkai::blacklist::Listed, withdrawn: bool, lang: Lang) -> String {
    match (withdrawn, lang) {
        (true, Lang::ZhCn) => format!(
            "处罚决定{}已撤回，但黑名单记录{}（{}）仍然有效（行政处罚法第四十八条第二款）",
            e.decision_number, e.entry_id, e.party
        ),
        (true, Lang::En) => format!(
            "decision {} was withdrawn, but blacklist entry {} ({}) is still active (行政处罚法 Art 48 ¶2)",
            e.decision_number, e.entry_id, e.party
        ),
        (false, Lang::ZhCn) => format!(
            "黑名单记录{}（{}）有效，但审计的记录中没有其处罚决定{}：请核对决定是否已公开",
            e.entry_id, e.party, e.decision_number
        ),
        (false, Lang::En) => format!(
            "blacklist entry {} ({}) is active, but its decision {} is not among the records audited: check that it was published",
            e.entry_id, e.party, e.decision_number
        ),
    }
}

/// The readable summary.
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
        safe(&a.source)
    )?;
    match &a.blacklist {
        Some(b) => writeln!(
            out,
            "{}{}（{} {}）",
            l("黑名单：", "Blacklist: "),
            safe(&b.source),
            b.entries,
            l("条", "entries")
        )?,
        None => writeln!(out, "{}", l("黑名单：未使用", "Blacklist: none"))?,
    }
    // The share beside the failures is the share failing.
    let (comma, open, close) = if zh {
        ("，", "（", "）")
    } else {
        (", ", " (", ")")
    };
    writeln!(
        out,
        "{} {}{comma}{} {}{comma}{} {}{open}{}{close}{comma}{} {}\n",
        l("记录", "records"),
        t.records,
        l("通过", "pass"),
        t.pass,
        l("未通过", "fail"),
        t.fail(),
        percent(t.fail_rate()),
        l("无法读取", "unreadable"),
        a.unreadable()
    )?;

    // Column headings padded by display width, as the rows are (a CJK character is two columns).
    let heading = |first: &str, width: usize| {
        format!(
            "  {}{}{}{}{}{}",
            pad(first, width),
            pad_left(l("记录", "total"), 6),
            pad_left(l("通过", "pass"), 6),
            pad_left(l("未通过", "fail"), 8),
            pad_left(l("通过率", "pass%"), 9),
            pad_left(l("未判断", "unjudged"), 10)
        )
    };
    writeln!(out, "{}", l("一、按领域", "1. By domain"))?;
    writeln!(out, "{}", heading(l("领域", "domain"), 30))?;
    for (d, t) in a.by_domain() {
        writeln!(
            out,
            "  {}{:>6}{:>6}{:>8}{:>9}{:>10}",
            pad(d.name(lang), 30),
            t.records,
            t.pass,
            t.fail(),
            percent(t.pass_rate()),
            t.not_judged
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
            "  {}{:>6}{:>6}{:>8}{:>9}{:>10}",
            pad(&safe(body), 34),
            t.records,
            t.pass,
            t.fail(),
            percent(t.pass_rate()),
            t.not_judged
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
        for r in c.rules() {
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
    for j in a.worst() {
        writeln!(
            out,
            "  [{}] {}  {}",
            safe(&j.record.id),
            safe(&j.record.title),
            safe(&j.record.responsible_body.name)
        )?;
        for f in &j.report.findings {
            writeln!(
                out,
                "      {} {} {}  ——{}",
                severity_name(f.severity(), lang),
                safe(f.path()),
                safe(&f.message(lang)),
                f.legal_basis()
            )?;
        }
    }

    let (hits, more) = a.blacklist_findings();
    if a.blacklist.is_some() {
        writeln!(
            out,
            "\n{}",
            l("五、黑名单命中", "5. Parties on the blacklist")
        )?;
        if hits.is_empty() {
            writeln!(out, "  {}", l("无", "none"))?;
        }
        for h in hits {
            writeln!(
                out,
                "  [{}] {} {}  {}",
                safe(&h.record_id),
                severity_name(h.finding.severity(), lang),
                safe(h.finding.path()),
                safe(&h.finding.message(lang))
            )?;
        }
        if more > 0 {
            match lang {
                Lang::ZhCn => writeln!(
                    out,
                    "  ……另有 {more} 条（仅列前 {KEPT} 条；全部见 --format csv）"
                )?,
                Lang::En => writeln!(
                    out,
                    "  … {more} more (the first {KEPT} are listed; --format csv has all)"
                )?,
            }
        }
    }

    if let Some(r) = &a.reconciled {
        writeln!(
            out,
            "\n{}",
            l(
                "六、行政处罚决定与黑名单核对",
                "6. Penalty decisions and the blacklist"
            )
        )?;
        match lang {
            Lang::ZhCn => writeln!(
                out,
                "  行政处罚决定 {} 件，其中据以列入黑名单的 {} 件",
                r.decisions, r.barring
            )?,
            Lang::En => writeln!(
                out,
                "  {} penalty decisions, {} of them listing a party",
                r.decisions, r.barring
            )?,
        }
        if r.is_clean() {
            writeln!(out, "  {}", l("无不符", "no discrepancy"))?;
        }
        let warning = severity_name(Severity::Warning, lang);
        for u in r.unlisted.iter().take(KEPT) {
            let msg = unlisted_message(u, lang);
            writeln!(out, "  [{}] {warning} {}", safe(&u.record_id), safe(&msg))?;
        }
        for u in r.underivable.iter().take(KEPT) {
            let msg = u.error.message(lang);
            writeln!(
                out,
                "  [{}] {warning} {}  {}",
                safe(&u.record_id),
                safe(&u.error.path()),
                safe(&msg)
            )?;
        }
        for (list, withdrawn) in [(&r.withdrawn_but_active, true), (&r.unpublished, false)] {
            for e in list.iter().take(KEPT) {
                let msg = listed_message(e, withdrawn, lang);
                writeln!(out, "  [{}] {warning} {}", safe(&e.entry_id), safe(&msg))?;
            }
        }
        let shown = |n: usize| n.saturating_sub(KEPT);
        let more = shown(r.unlisted.len())
            + shown(r.underivable.len())
            + shown(r.withdrawn_but_active.len())
            + shown(r.unpublished.len());
        if more > 0 {
            match lang {
                Lang::ZhCn => writeln!(out, "  ……另有 {more} 条（全部见 --format json）")?,
                Lang::En => writeln!(out, "  … {more} more (--format json has all)")?,
            }
        }
    }

    if a.unreadable() > 0 {
        writeln!(
            out,
            "\n{}",
            l("七、无法读取的记录", "7. Unreadable records")
        )?;
        for bad in a.input_errors() {
            writeln!(out, "  {}", safe(&bad.line(lang)))?;
        }
        let more = a.unreadable() - a.input_errors().len();
        if more > 0 {
            match lang {
                Lang::ZhCn => writeln!(
                    out,
                    "  ……另有 {more} 条（仅列前 {KEPT} 条；每条均已输出到标准错误）"
                )?,
                Lang::En => writeln!(
                    out,
                    "  … {more} more (the first {KEPT} are listed; each was printed to stderr)"
                )?,
            }
        }
    }
    Ok(())
}

fn csv_rows(
    record: &DisclosureRecord,
    report: &Report,
    lang: Lang,
    out: &mut impl Write,
) -> io::Result<()> {
    for f in &report.findings {
        let row = [
            record.id.as_str(),
            record.domain.as_str(),
            record.item.as_str(),
            record.responsible_body.name.as_str(),
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
    Ok(())
}

/// RFC 4180 quoting; a cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// prefixed with `'` so that a spreadsheet does not run it as a formula (OWASP's CSV injection
/// advice). The value is otherwise as it was: CSV is data, not terminal output.
pub fn csv_cell(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
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

pub fn severity_name(s: Severity, lang: Lang) -> &'static str {
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

    #[test]
    fn csv_cells_that_a_spreadsheet_would_run_are_quoted_as_text() {
        for (cell, want) in [
            ("=1+1", "'=1+1"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("YJ-1", "YJ-1"),
        ] {
            assert_eq!(csv_cell(cell), want, "{cell:?}");
        }
    }

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
                    && (heading.ends_with("未判断") || heading.ends_with(" unjudged")))
                {
                    continue;
                }
                tables += 1;
                let want: Vec<usize> = cell_ends(heading).into_iter().rev().take(5).collect();
                let rows = lines[i + 1..].iter().take_while(|l| !l.trim().is_empty());
                let mut n = 0;
                for row in rows {
                    let got: Vec<usize> = cell_ends(row).into_iter().rev().take(5).collect();
                    assert_eq!(got, want, "{lang:?}:\n{heading}\n{row}");
                    n += 1;
                }
                assert!(n >= 6, "{lang:?}: a table of {n} rows");
            }
            assert_eq!(tables, 2, "{lang:?}: the domain and the body table");
        }
    }
}
