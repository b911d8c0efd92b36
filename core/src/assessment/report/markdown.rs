//! Markdown, for pasting into the annual 政府信息公开工作年度报告.

use std::fmt::Write;

use super::{ReportInput, percent, progress, t};

/// Renders the report's summary, domain table and annual progress as Markdown.
pub fn markdown(input: &ReportInput<'_>) -> String {
    let (a, lang) = (input.assessment, input.lang);
    let mut o = String::new();
    let _ = writeln!(o, "# {}\n", input.title);
    let _ = writeln!(o, "{}{}\n", t(lang, "评估基准日：", "As of: "), a.as_of);
    let _ = writeln!(
        o,
        "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        t(lang, "领域", "Domain"),
        t(lang, "记录", "Records"),
        t(lang, "应公开", "Due"),
        t(lang, "按时", "On time"),
        t(lang, "逾期公开", "Late"),
        t(lang, "逾期未公开", "Overdue"),
        t(lang, "按时公开率", "On-time rate"),
        t(lang, "完整率", "Completeness"),
        t(lang, "得分", "Score"),
    );
    let rows = a
        .by_domain
        .iter()
        .map(|(d, tally)| (d.name(lang).to_owned(), tally))
        .chain(std::iter::once((
            t(lang, "合计", "Total").to_owned(),
            &a.total,
        )));
    for (name, tally) in rows {
        let _ = writeln!(
            o,
            "| {name} | {} | {} | {} | {} | {} | {} | {} | {:.1} |",
            tally.records,
            tally.due,
            tally.on_time,
            tally.late,
            tally.overdue,
            percent(tally.on_time_rate()),
            percent(tally.completeness_rate()),
            tally.score_shown(&a.weights)
        );
    }
    let _ = writeln!(o, "\n## {}\n", t(lang, "年度工作进展", "Annual progress"));
    for (heading, text) in progress(a, lang) {
        let _ = writeln!(o, "### {heading}\n\n{text}\n");
    }
    o
}
