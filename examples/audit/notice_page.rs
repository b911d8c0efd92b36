//! `--notices … --report FILE.html`: one self-contained page (inline CSS, no script, no network;
//! well-formed XHTML-style markup, so it opens from disk and prints) listing each notice — its
//! source, type, domain, item and method — with its findings, and for each finding the words
//! of the notice it rests on: the evidence of the reading (every value the reader took, with
//! its span of the input) shown as a quoted excerpt with the value highlighted, the finding
//! linking to the quote and the quote back to the finding. An element the notice lacks is
//! listed with the headings and labels the reader looked for; elements and facts the notice
//! does not state are listed apart, and so are the informational findings (rules not judged).
//!
//! The page is written as the notices are judged; the totals and the index, known only at the
//! end, are written last and shown first (`order: -1` in a flex column).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::NaiveDate;
use gongkai::Lang;
use gongkai::notice::{LabelTable, NoticeReading, Span};
use serde_json::Value;

use crate::notices::{DaySource, Notice, Outcome, Totals, Verdict};

/// Characters of context shown before and after a quoted value, within its line.
const CONTEXT: usize = 40;
/// Characters of a long value shown before it is cut.
const LONGEST: usize = 400;
/// A label further than this (bytes of text) from its value is named, not quoted with it.
const LABEL_NEAR: usize = 200;

fn t(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
}

/// Whether `c` is shown as a visible escape rather than as itself: controls (but line breaks
/// and tabs in quotes) and the bidirectional controls, which would reorder what a quote shows.
fn hidden(c: char, keep_lines: bool) -> bool {
    (c.is_control() && !(keep_lines && matches!(c, '\n' | '\t')))
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}'
        )
}

/// `s` escaped for element content and attribute values; controls and bidirectional marks as
/// visible `\u{…}`. `\r\n` and `\r` become `\n` when `keep_lines`.
fn esc_to(out: &mut String, s: &str, keep_lines: bool) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\r' if keep_lines => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            c if hidden(c, keep_lines) => {
                let _ = write!(out, "<span class=\"ctl\">{}</span>", c.escape_unicode());
            }
            c => out.push(c),
        }
    }
}

/// `s` escaped, on one line (see [`esc_to`]).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    esc_to(&mut out, s, false);
    out
}

/// An attribute value: escaped, and with no markup inside (a control is dropped).
fn attr(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !hidden(*c, false)).collect();
    esc(&clean)
}

/// An id fragment from a key or code: ASCII letters, digits, `-` and `_` only.
fn id_part(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect()
}

/// Spans of the input as spans of the text the reader read: the same for plain text, the
/// page's words (without markup) for HTML.
pub struct TextMap<'a> {
    text: &'a str,
    /// For HTML: the text's character boundaries, and the input byte each starts at and ends at.
    html: Option<(Vec<usize>, Vec<usize>, Vec<usize>)>,
}

impl<'a> TextMap<'a> {
    pub fn new(reading: &'a NoticeReading) -> TextMap<'a> {
        let text = reading.text();
        let html = reading.html.then(|| {
            let bounds: Vec<usize> = text
                .char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect();
            let starts = bounds
                .iter()
                .map(|&b| reading.to_input(Span { start: b, end: b }).start)
                .collect();
            let mut ends = Vec::with_capacity(bounds.len());
            ends.push(reading.to_input(Span { start: 0, end: 0 }).start);
            for w in bounds.windows(2) {
                ends.push(
                    reading
                        .to_input(Span {
                            start: w[0],
                            end: w[1],
                        })
                        .end,
                );
            }
            (bounds, starts, ends)
        });
        TextMap { text, html }
    }

    /// The text read.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The span of the text that `input` (a span of the input) was read from; `None` when it
    /// covers no words (markup only) or lies outside.
    pub fn to_text(&self, input: Span) -> Option<Span> {
        let span = match &self.html {
            None => input,
            Some((bounds, starts, ends)) => {
                let first = starts.partition_point(|&s| s < input.start);
                let last = ends.partition_point(|&e| e <= input.end).checked_sub(1)?;
                if first >= bounds.len() || last <= first {
                    return None;
                }
                Span {
                    start: bounds[first],
                    end: bounds[last],
                }
            }
        };
        (!span.is_empty() && span.of(self.text).is_some()).then_some(span)
    }
}

/// The quoted excerpt of `text` around `value`: the value's line (up to [`CONTEXT`] characters
/// either side), the value highlighted, and its label highlighted when it is in the excerpt.
fn excerpt(out: &mut String, text: &str, value: Span, label: Option<Span>) {
    let label = label.filter(|l| {
        (l.end <= value.start && value.start - l.end <= LABEL_NEAR)
            || (value.end <= l.start && l.start - value.end <= LABEL_NEAR)
    });
    let (from, to) = label.map_or((value.start, value.end), |l| {
        (l.start.min(value.start), l.end.max(value.end))
    });
    let before = &text[..from];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let start = before[line_start..]
        .char_indices()
        .rev()
        .nth(CONTEXT - 1)
        .map_or(line_start, |(i, _)| line_start + i);
    let after = &text[to..];
    let line_end = after.find(['\n', '\r']).unwrap_or(after.len());
    let end = after[..line_end]
        .char_indices()
        .nth(CONTEXT)
        .map_or(to + line_end, |(i, _)| to + i);
    if start > line_start {
        out.push('…');
    }
    let mut marks = vec![(value, "v")];
    marks.extend(label.map(|l| (l, "l")));
    marks.sort();
    let mut at = start;
    for (span, class) in marks {
        esc_to(out, &text[at..span.start], true);
        let shown = &text[span.range()];
        let cut = shown.char_indices().nth(LONGEST).map(|(i, _)| i);
        if class == "v" {
            out.push_str("<mark>");
        } else {
            out.push_str("<mark class=\"label\">");
        }
        esc_to(out, &shown[..cut.unwrap_or(shown.len())], true);
        if cut.is_some() {
            out.push_str("<span class=\"cut\">…</span>");
        }
        out.push_str("</mark>");
        at = span.end;
    }
    esc_to(out, &text[at..end], true);
    if end < to + line_end {
        out.push('…');
    }
}

/// A quote: a span of the input, with what it is the evidence of and the findings about it.
struct Quote {
    span: Span,
    label: Option<Span>,
    /// (path, label words) of the values read there.
    of: Vec<(String, Option<String>)>,
    /// Indexes of the findings that point at it.
    findings: Vec<usize>,
}

/// Where a finding's link goes.
enum Target {
    /// The quote of the words it rests on.
    Quote,
    /// The element the notice lacks.
    Absent,
    /// The element or fact the notice does not state.
    NotStated,
}

/// A row of the index: a notice, its verdict and counts.
struct Row {
    id: String,
    source: String,
    verdict: &'static str,
    class: &'static str,
    errors: usize,
    warnings: usize,
}

/// The page, written notice by notice.
pub struct Page<W: Write> {
    out: W,
    lang: Lang,
    labels: LabelTable,
    rows: Vec<Row>,
}

impl<W: Write> Page<W> {
    /// Writes the page's head and opens its body.
    pub fn start(mut out: W, lang: Lang, today: NaiveDate, today_given: bool) -> io::Result<Self> {
        let title = t(lang, "公告审核报告", "Published notices: audit");
        write!(
            out,
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{}\"><head><meta charset=\"utf-8\"/>\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>{title}</title><style>{STYLE}</style></head><body><h1>{title}</h1><p class=\"meta\">",
            t(lang, "zh-CN", "en"),
        )?;
        if today_given {
            write!(
                out,
                "{}{today}",
                t(lang, "审核基准日（--today）：", "Judged as of (--today): ")
            )?;
        } else {
            write!(
                out,
                "{}{today}",
                t(
                    lang,
                    "审核基准日：各公告的抓取日期（fetchedOn）；未载明抓取日期的按运行日 ",
                    "Judged as of: each notice's fetch day (fetchedOn); without one, the day of the run, "
                )
            )?;
        }
        write!(out, "</p><main class=\"flow\">")?;
        Ok(Page {
            out,
            lang,
            labels: LabelTable::national(),
            rows: Vec::new(),
        })
    }

    /// Writes one notice's section; `i` counts from 1.
    pub fn notice(&mut self, i: usize, n: &Notice, v: &Verdict) -> io::Result<()> {
        let lang = self.lang;
        let id = format!("n{i}");
        let mut o = String::new();
        let (verdict, class) = match &v.outcome {
            Outcome::Report(j) if j.json["ok"] == true => (t(lang, "通过", "passes"), "ok"),
            Outcome::Report(_) => (t(lang, "有错误", "fails"), "fails"),
            Outcome::Unreadable { .. } => (t(lang, "无法读取", "unreadable"), "unreadable"),
        };
        let _ = write!(
            o,
            "<section class=\"notice {class}\" id=\"{id}\"><h2><a class=\"self\" href=\"#{id}\">{i}.</a> {} <span class=\"verdict\">{verdict}</span></h2><p class=\"meta\">",
            esc(&n.source)
        );
        let mut meta = Vec::new();
        if let Some(url) = &n.url {
            let shown = esc(url);
            meta.push(
                if url.starts_with("https://") || url.starts_with("http://") {
                    format!(
                        "{}<a href=\"{}\" rel=\"noreferrer\">{shown}</a>",
                        t(lang, "网址：", "URL: "),
                        attr(url)
                    )
                } else {
                    format!("{}{shown}", t(lang, "网址：", "URL: "))
                },
            );
        }
        if let Some(f) = &n.fetched_on {
            meta.push(format!(
                "{}{}",
                t(lang, "抓取日期：", "fetched on "),
                esc(f)
            ));
        }
        meta.push(format!(
            "{}<span class=\"day\">{}</span>{}",
            t(lang, "判断基准日：", "judged as of "),
            v.day,
            match v.day_source {
                DaySource::Today => t(lang, "（--today）", " (--today)"),
                DaySource::Fetched => t(lang, "（抓取日期）", " (the fetch day)"),
                DaySource::Run => t(lang, "（运行日）", " (the day of the run)"),
            }
        ));
        if let Some(e) = n.encoding {
            meta.push(format!("{}{e}", t(lang, "文件编码：", "encoding: ")));
        }
        o.push_str(&meta.join(" · "));
        o.push_str("</p>");
        for w in &v.warnings {
            let _ = write!(
                o,
                "<p class=\"warning\" role=\"note\"><strong>{}</strong> <code>{}</code> {}</p>",
                t(lang, "警告", "Warning"),
                w.code,
                esc(&w.message)
            );
        }
        let (mut errors, mut warnings) = (0, 0);
        match &v.outcome {
            Outcome::Unreadable { code, message } => {
                let _ = write!(
                    o,
                    "<p class=\"error\"><code>{}</code> {}</p>",
                    esc(code),
                    esc(message)
                );
            }
            Outcome::Report(j) => {
                let r = &j.json;
                for f in r["findings"].as_array().into_iter().flatten() {
                    match f["severity"].as_str() {
                        Some("error") => errors += 1,
                        Some("warning") => warnings += 1,
                        _ => {}
                    }
                }
                self.judged(&mut o, &id, &j.report.reading, r);
            }
        }
        o.push_str("</section>");
        self.rows.push(Row {
            id,
            source: n.source.clone(),
            verdict,
            class,
            errors,
            warnings,
        });
        self.out.write_all(o.as_bytes())
    }

    /// The body of a notice read: kind, findings, quotes, absent and not-stated elements.
    fn judged(&self, o: &mut String, id: &str, reading: &NoticeReading, r: &Value) {
        let lang = self.lang;
        let map = TextMap::new(reading);
        let text = map.text();
        let item = reading.record.item;
        let findings: Vec<&Value> = r["findings"].as_array().into_iter().flatten().collect();
        let span_of = |v: &Value| -> Option<Span> {
            Some(Span {
                start: usize::try_from(v.get(0)?.as_u64()?).ok()?,
                end: usize::try_from(v.get(1)?.as_u64()?).ok()?,
            })
        };

        // The quotes: every evidence span, every finding's span, the words of the kind.
        let mut quotes: BTreeMap<Span, Quote> = BTreeMap::new();
        for e in &reading.evidence {
            quote(&mut quotes, e.span, e.label)
                .of
                .push((e.path.clone(), e.label_text.clone()));
        }
        let k = &reading.classification;
        let kind_spans = [
            k.notice_type.as_ref().map(|s| s.span),
            k.domain.as_ref().map(|s| s.span),
            k.method.as_ref().map(|s| s.span),
        ];
        for s in kind_spans.into_iter().flatten() {
            quote(&mut quotes, s, None);
        }
        let absent: Vec<&str> = r["absent"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let not_stated: Vec<&str> = r["notStated"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        // Elements labelled in a form not read, each with its label's span.
        let unread: Vec<(&str, Span)> = r["unread"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|u| Some((u["key"].as_str()?, span_of(&u["span"])?)))
            .collect();
        for (_, s) in &unread {
            quote(&mut quotes, *s, None);
        }
        let unstated_facts: Vec<&str> = r["record"]["notStated"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .filter(|p| {
                p.strip_prefix("/content/")
                    .is_none_or(|k| unread.iter().all(|(u, _)| *u != k))
            })
            .collect();
        // Where each finding links to.
        let mut links: Vec<Option<(String, Target)>> = Vec::with_capacity(findings.len());
        let mut absent_links: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (fi, f) in findings.iter().enumerate() {
            let path = f["path"].as_str().unwrap_or("");
            let span = f.get("span").and_then(span_of).or_else(|| {
                // The evidence of the value the finding points at, or of one that holds it.
                reading
                    .evidence
                    .iter()
                    .filter(|e| {
                        path == e.path
                            || (path.starts_with(&e.path)
                                && path.as_bytes().get(e.path.len()) == Some(&b'/'))
                    })
                    .max_by_key(|e| e.path.len())
                    .map(|e| e.span)
            });
            let key = path.strip_prefix("/content/").unwrap_or("");
            let span = span.or_else(|| unread.iter().find(|(u, _)| *u == key).map(|(_, s)| *s));
            let link = if let Some(s) = span {
                quote(&mut quotes, s, None).findings.push(fi);
                Some((quote_id(id, s), Target::Quote))
            } else if absent.contains(&key) {
                absent_links.entry(key.to_owned()).or_default().push(fi);
                Some((format!("{id}-absent-{}", id_part(key)), Target::Absent))
            } else if not_stated.contains(&key) {
                absent_links.entry(key.to_owned()).or_default().push(fi);
                Some((format!("{id}-ns-{}", id_part(key)), Target::NotStated))
            } else if unstated_facts.contains(&path) {
                absent_links.entry(path.to_owned()).or_default().push(fi);
                Some((format!("{id}-nsf-{}", id_part(path)), Target::NotStated))
            } else {
                None
            };
            links.push(link);
        }

        // The kind.
        let kind_link = |s: Option<Span>| {
            s.map(|s| {
                format!(
                    " <a class=\"to\" href=\"#{}\">{}</a>",
                    quote_id(id, s),
                    t(lang, "原文", "text")
                )
            })
            .unwrap_or_default()
        };
        let n = &r["notice"];
        let method = reading.record.method.map_or_else(
            || t(lang, "未载明", "not stated").to_owned(),
            |m| format!("{} ({})", m.name_zh(), m.json_name()),
        );
        let domain = reading.record.domain;
        let _ = write!(
            o,
            "<table class=\"kind\"><tr><th scope=\"row\">{}</th><td>{}{}</td></tr>\
             <tr><th scope=\"row\">{}</th><td>{} ({}){}</td></tr>\
             <tr><th scope=\"row\">{}</th><td>{} ({})</td></tr>\
             <tr><th scope=\"row\">{}</th><td>{}{}</td></tr></table>",
            t(lang, "类型", "type"),
            esc(n["type"].as_str().unwrap_or("?")),
            kind_link(kind_spans[0]),
            t(lang, "领域", "domain"),
            match lang {
                Lang::ZhCn => domain.name_zh(),
                Lang::En => domain.name_en(),
            },
            domain.as_str(),
            kind_link(kind_spans[1]),
            t(lang, "公开事项", "item"),
            item.name(lang),
            esc(r["record"]["item"].as_str().unwrap_or("?")),
            t(lang, "方式", "method"),
            esc(&method),
            kind_link(kind_spans[2]),
        );

        // The findings: errors and warnings, then the rest apart.
        let finding_li = |o: &mut String, fi: usize, f: &Value| {
            let sev = f["severity"].as_str().unwrap_or("");
            let basis = &f["legalBasis"];
            let _ = write!(
                o,
                "<li id=\"{id}-f{fi}\" class=\"{}\"><span class=\"sev\">{}</span> <code>{}</code> <code class=\"path\">{}</code> {}",
                id_part(sev),
                match sev {
                    "error" => t(lang, "错误", "error"),
                    "warning" => t(lang, "警告", "warning"),
                    _ => t(lang, "提示", "info"),
                },
                esc(f["code"].as_str().unwrap_or("")),
                esc(f["path"].as_str().unwrap_or("")),
                esc(f["message"].as_str().unwrap_or("")),
            );
            if let Some(doc) = basis["document"].as_str() {
                let _ = write!(
                    o,
                    " <span class=\"basis\">{}《{}》{}</span>",
                    t(lang, "依据：", "basis: "),
                    esc(doc),
                    esc(basis["article"].as_str().unwrap_or(""))
                );
            }
            match &links[fi] {
                Some((to, target)) => {
                    let _ = write!(
                        o,
                        " <a class=\"to\" href=\"#{to}\">{}</a>",
                        match target {
                            Target::Quote => t(lang, "→ 原文", "→ the text"),
                            Target::Absent => t(lang, "→ 缺少的要素", "→ what is missing"),
                            Target::NotStated => t(lang, "→ 未载明", "→ not stated"),
                        }
                    );
                }
                None => {
                    let _ = write!(
                        o,
                        " <span class=\"nowhere\">{}</span>",
                        t(lang, "（原文无对应位置）", "(no place in the text)")
                    );
                }
            }
            o.push_str("</li>");
        };
        let (main, info): (Vec<_>, Vec<_>) = findings
            .iter()
            .enumerate()
            .partition(|(_, f)| f["severity"] != "info");
        let _ = write!(
            o,
            "<h3>{} ({})</h3>",
            t(lang, "发现", "Findings"),
            main.len()
        );
        if main.is_empty() {
            let _ = write!(o, "<p>{}</p>", t(lang, "无。", "None."));
        } else {
            o.push_str("<ol class=\"findings\">");
            for (fi, f) in &main {
                finding_li(o, *fi, f);
            }
            o.push_str("</ol>");
        }

        // The quotes, in the order of the text.
        let _ = write!(
            o,
            "<h3>{}</h3><ol class=\"quotes\">",
            t(lang, "原文依据", "The words read")
        );
        for q in quotes.values() {
            let _ = write!(
                o,
                "<li id=\"{}\"><div class=\"what\">",
                quote_id(id, q.span)
            );
            let of: Vec<String> =
                q.of.iter()
                    .map(|(p, l)| match l {
                        Some(l) => format!("<code>{}</code> 「{}」", esc(p), esc(l)),
                        None => format!("<code>{}</code>", esc(p)),
                    })
                    .collect();
            o.push_str(&of.join(" · "));
            if q.of.is_empty() {
                o.push_str(t(lang, "原文", "text"));
            }
            for &fi in &q.findings {
                let f = findings[fi];
                let _ = write!(
                    o,
                    " <a class=\"back {}\" href=\"#{id}-f{fi}\">{}</a>",
                    id_part(f["severity"].as_str().unwrap_or("")),
                    esc(f["code"].as_str().unwrap_or(""))
                );
            }
            o.push_str("</div><blockquote lang=\"zh-CN\">");
            match map.to_text(q.span) {
                Some(s) => {
                    let label = q.label.and_then(|l| map.to_text(l));
                    excerpt(o, text, s, label);
                }
                None => o.push_str(t(lang, "（仅标记，无文字）", "(markup only, no words)")),
            }
            o.push_str("</blockquote></li>");
        }
        o.push_str("</ol>");

        // What the notice lacks, with the labels looked for.
        let element = |key: &str| item.elements().iter().find(|e| e.key == key);
        // The element's name in `lang` after its key, if the item has it.
        let name = |key: &str| {
            element(key).map_or(String::new(), |e| {
                format!(
                    " {}",
                    esc(match lang {
                        Lang::ZhCn => e.zh,
                        Lang::En => e.en,
                    })
                )
            })
        };
        let backlinks = |o: &mut String, key: &str| {
            for &fi in absent_links.get(key).into_iter().flatten() {
                let f = findings[fi];
                let _ = write!(
                    o,
                    " <a class=\"back {}\" href=\"#{id}-f{fi}\">{}</a>",
                    id_part(f["severity"].as_str().unwrap_or("")),
                    esc(f["code"].as_str().unwrap_or(""))
                );
            }
        };
        if !absent.is_empty() {
            let _ = write!(
                o,
                "<h3>{} ({})</h3><ul class=\"absent\">",
                t(lang, "缺少的要素", "Elements the notice lacks"),
                absent.len()
            );
            for key in &absent {
                let _ = write!(
                    o,
                    "<li id=\"{id}-absent-{}\"><code>{}</code>",
                    id_part(key),
                    esc(key)
                );
                o.push_str(&name(key));
                if let Some(e) = element(key) {
                    o.push_str(if e.required { "（●）" } else { "（〇）" });
                }
                let sought = self.sought(key);
                if !sought.is_empty() {
                    let _ = write!(
                        o,
                        " <span class=\"sought\">{}{}</span>",
                        t(
                            lang,
                            "查找的标题、标签：",
                            "headings and labels looked for: "
                        ),
                        sought
                            .iter()
                            .map(|w| format!("「{}」", esc(w)))
                            .collect::<String>()
                    );
                }
                backlinks(o, key);
                o.push_str("</li>");
            }
            o.push_str("</ul>");
        }
        if !not_stated.is_empty() || !unstated_facts.is_empty() {
            let _ = write!(
                o,
                "<h3>{}</h3><ul class=\"not-stated\">",
                t(
                    lang,
                    "未载明（公告可能有但未显示，如详见附件）",
                    "Not stated (the notice may hold them but does not show them)"
                ),
            );
            for key in &not_stated {
                let _ = write!(
                    o,
                    "<li id=\"{id}-ns-{}\"><code>{}</code>",
                    id_part(key),
                    esc(key)
                );
                o.push_str(&name(key));
                backlinks(o, key);
                o.push_str("</li>");
            }
            for path in &unstated_facts {
                let _ = write!(
                    o,
                    "<li id=\"{id}-nsf-{}\" class=\"fact\"><code>{}</code> {}",
                    id_part(path),
                    esc(path),
                    t(
                        lang,
                        "（记录事实，公告未显示）",
                        "(a fact of the record the notice does not show)"
                    )
                );
                backlinks(o, path);
                o.push_str("</li>");
            }
            o.push_str("</ul>");
        }
        if !unread.is_empty() {
            let _ = write!(
                o,
                "<h3>{} ({})</h3><ul class=\"unread\">",
                t(
                    lang,
                    "有标签而未读出的要素（未判断）",
                    "Elements labelled but not read (not judged)"
                ),
                unread.len()
            );
            for (key, s) in &unread {
                let _ = write!(o, "<li><code>{}</code>", esc(key));
                o.push_str(&name(key));
                let _ = write!(
                    o,
                    " <a class=\"to\" href=\"#{}\">{}</a></li>",
                    quote_id(id, *s),
                    t(lang, "原文", "text")
                );
            }
            o.push_str("</ul>");
        }
        if !info.is_empty() {
            let _ = write!(
                o,
                "<details class=\"info\"><summary>{} ({})</summary><ol class=\"findings\">",
                t(
                    lang,
                    "提示：未判断的规则等",
                    "Information: rules not judged and the like"
                ),
                info.len()
            );
            for (fi, f) in &info {
                finding_li(o, *fi, f);
            }
            o.push_str("</ol></details>");
        }
    }

    /// The wordings of the headings and labels that give `key` (a label under a heading as
    /// `heading › label`).
    fn sought(&self, key: &str) -> Vec<String> {
        let mut out = Vec::new();
        for e in self.labels.entries() {
            if e.key.as_deref() == Some(key) {
                out.push(e.wording.clone());
            }
            for (part, k) in &e.parts {
                if k == key {
                    out.push(format!("{} › {part}", e.wording));
                }
            }
        }
        out.dedup();
        out
    }

    /// Writes the totals and the index (shown first) and closes the page.
    pub fn finish(mut self, totals: &Totals) -> io::Result<()> {
        let lang = self.lang;
        let mut o = String::new();
        let _ = write!(
            o,
            "<section class=\"summary\" id=\"summary\"><h2>{}</h2><table class=\"totals\"><tbody>",
            t(lang, "合计", "Totals")
        );
        for (key, label, n) in [
            ("notices", t(lang, "公告", "notices"), totals.notices),
            ("read", t(lang, "已读取", "read"), totals.read),
            ("failing", t(lang, "有错误", "with errors"), totals.failing),
            (
                "unreadable",
                t(lang, "无法读取", "unreadable"),
                totals.unreadable,
            ),
            ("warnings", t(lang, "警告", "warnings"), totals.warnings),
        ] {
            let _ = write!(
                o,
                "<tr><th scope=\"row\">{label}</th><td data-key=\"{key}\">{n}</td></tr>"
            );
        }
        o.push_str("</tbody></table>");
        for (title, by) in [
            (
                t(lang, "发现（按代码）", "Findings by code"),
                &totals.findings_by_code,
            ),
            (
                t(lang, "无法读取（按代码）", "Unreadable by code"),
                &totals.unreadable_by_code,
            ),
        ] {
            if by.is_empty() {
                continue;
            }
            let _ = write!(o, "<h3>{title}</h3><table class=\"codes\"><tbody>");
            for (code, n) in by {
                let _ = write!(
                    o,
                    "<tr><th scope=\"row\"><code>{}</code></th><td>{n}</td></tr>",
                    esc(code)
                );
            }
            o.push_str("</tbody></table>");
        }
        let _ = write!(
            o,
            "<h3>{}</h3><table class=\"index\"><thead><tr><th>#</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t(lang, "公告一览", "The notices"),
            t(lang, "来源", "source"),
            t(lang, "结论", "verdict"),
            t(lang, "错误", "errors"),
            t(lang, "警告", "warnings"),
        );
        for (i, r) in self.rows.iter().enumerate() {
            let _ = write!(
                o,
                "<tr class=\"{}\"><td>{}</td><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td></tr>",
                r.class,
                i + 1,
                r.id,
                esc(&r.source),
                r.verdict,
                r.errors,
                r.warnings
            );
        }
        o.push_str("</tbody></table></section></main></body></html>\n");
        self.out.write_all(o.as_bytes())?;
        self.out.flush()
    }
}

/// The quote of `span`, added when new; `label` kept when it has none.
fn quote(quotes: &mut BTreeMap<Span, Quote>, span: Span, label: Option<Span>) -> &mut Quote {
    let q = quotes.entry(span).or_insert_with(|| Quote {
        span,
        label: None,
        of: Vec::new(),
        findings: Vec::new(),
    });
    if q.label.is_none() {
        q.label = label;
    }
    q
}

/// The id of the quote of `span` in notice `id`.
fn quote_id(id: &str, span: Span) -> String {
    format!("{id}-q{}-{}", span.start, span.end)
}

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;\
margin:2em auto;max-width:1100px;padding:0 1em;color:#1a202c;line-height:1.6}h1{font-size:1.6em}\
main.flow{display:flex;flex-direction:column}section.summary{order:-1}\
h2{border-bottom:2px solid #2b6cb0;padding-bottom:.2em;margin-top:2em;font-size:1.25em;overflow-wrap:anywhere}\
h2 .verdict{font-size:.8em;font-weight:normal;padding:0 .4em;border-radius:3px;background:#e2e8f0}\
section.fails h2 .verdict{background:#fed7d7;color:#9b2c2c}section.ok h2 .verdict{background:#c6f6d5;color:#22543d}\
section.unreadable h2 .verdict{background:#fefcbf;color:#744210}a.self{color:inherit;text-decoration:none}\
table{border-collapse:collapse;font-size:.9em;margin:.5em 0}th,td{border:1px solid #cbd5e0;padding:.2em .5em;text-align:left}\
th[scope=row],thead th{background:#edf2f7}table.index{width:100%}tr.fails td:nth-child(3){color:#c53030}\
.meta{color:#4a5568;overflow-wrap:anywhere}p.warning{background:#fffbeb;border-left:4px solid #d69e2e;padding:.4em .8em}\
p.error{background:#fff5f5;border-left:4px solid #c53030;padding:.4em .8em}\
ol.findings li{margin:.3em 0}li.error .sev,a.back.error{color:#c53030;font-weight:bold}li.warning .sev,a.back.warning{color:#b7791f;font-weight:bold}\
li.info .sev{color:#718096}code.path{color:#4a5568}.basis,.sought,.nowhere{color:#4a5568;font-size:.9em}\
ol.quotes li{margin:.6em 0}ol.quotes li:target,ol.findings li:target,ul li:target{background:#ebf8ff;outline:2px solid #90cdf4}\
.what{font-size:.9em;color:#4a5568}blockquote{margin:.2em 0 0;padding:.4em .8em;border-left:4px solid #a0aec0;background:#f7fafc;\
white-space:pre-wrap;overflow-wrap:anywhere}mark{background:#fefcbf;padding:0 .1em}mark.label{background:#e2e8f0}\
.ctl{color:#c53030;font-family:monospace}details.info{margin-top:1em}@media print{h2{break-after:avoid}details.info{display:none}}";

#[cfg(test)]
mod tests {
    use super::*;
    use gongkai::notice::{NoticeSource, read};

    /// Every value read from a development page maps to its words and back to the same bytes.
    #[test]
    fn spans_of_a_page_map_to_its_words_and_back() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/notices/dev");
        let mut pages = 0;
        for entry in std::fs::read_dir(dir).expect("the folder") {
            let path = entry.expect("an entry").path();
            if path.extension().and_then(|e| e.to_str()) != Some("html") {
                continue;
            }
            let html = std::fs::read_to_string(&path).expect("UTF-8");
            let Ok(reading) = read(&html, &NoticeSource::default()) else {
                continue;
            };
            assert!(reading.html);
            pages += 1;
            let map = TextMap::new(&reading);
            // A heading with nothing under it is evidenced by an empty span: no words to map.
            for e in reading.evidence.iter().filter(|e| !e.span.is_empty()) {
                let s = map
                    .to_text(e.span)
                    .unwrap_or_else(|| panic!("{}: {} maps to words", path.display(), e.path));
                assert_eq!(
                    reading.to_input(s),
                    e.span,
                    "{}: {}",
                    path.display(),
                    e.path
                );
                assert!(!s.of(map.text()).unwrap_or("<").contains('<'));
            }
        }
        assert!(pages >= 10, "{pages}");
    }

    #[test]
    fn a_quote_marks_its_value_and_label_and_escapes_the_rest() {
        let text = "一、项目名称：<b>A&B</b> \"x\" 'y'\n二、金额：100元";
        let value = Span {
            start: text.find('<').unwrap(),
            end: text.find('\n').unwrap(),
        };
        let label = Span {
            start: text.find("项目").unwrap(),
            end: text.find('：').unwrap(),
        };
        let mut out = String::new();
        excerpt(&mut out, text, value, Some(label));
        assert_eq!(
            out,
            "一、<mark class=\"label\">项目名称</mark>：<mark>&lt;b&gt;A&amp;B&lt;/b&gt; &quot;x&quot; &#39;y&#39;</mark>"
        );
        // Context is cut at CONTEXT characters within the line; controls are shown.
        let long = format!("{}值\u{202e}{}", "前".repeat(50), "后".repeat(50));
        let at = long.find('值').unwrap();
        let mut out = String::new();
        excerpt(
            &mut out,
            &long,
            Span {
                start: at,
                end: at + 3,
            },
            None,
        );
        assert!(out.starts_with('…') && out.ends_with('…'), "{out}");
        assert_eq!(out.matches('前').count(), CONTEXT);
        assert!(out.contains("<mark>值</mark><span class=\"ctl\">\\u{202e}</span>"));
    }

    #[test]
    fn ids_and_attributes_hold_no_markup() {
        assert_eq!(id_part("/events/awardedOn\"><x"), "eventsawardedOnx");
        assert_eq!(
            attr("https://a/?q=\"<x>\u{1b}"),
            "https://a/?q=&quot;&lt;x&gt;"
        );
    }
}
