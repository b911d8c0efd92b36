//! The self-contained HTML page: XHTML-style markup (well-formed XML), inline CSS and SVG, no
//! script and no network, so it opens from disk and prints.

use std::fmt::Write;

use super::{ReportInput, charts, percent, progress, t, worst};
use crate::Lang;
use crate::assessment::{Assessment, Tally};

/// Escapes text for HTML element content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const COLUMNS: [(&str, &str, &str); 14] = [
    ("records", "记录", "records"),
    ("passing", "无错误", "passing"),
    ("due", "应公开", "due"),
    ("onTime", "按时", "on time"),
    ("late", "逾期公开", "late"),
    ("overdue", "逾期未公开", "overdue"),
    ("incomplete", "要素不全", "incomplete"),
    ("wronglyWithheld", "不当不公开", "wrongly withheld"),
    ("personalData", "泄露个人信息", "personal data"),
    ("barredParty", "黑名单主体", "barred party"),
    ("notJudged", "未判断", "not judged"),
    ("onTimeRate", "按时公开率", "on-time rate"),
    ("completenessRate", "完整率", "completeness"),
    ("score", "得分", "score"),
];

fn cell(t: &Tally, a: &Assessment, col: &str) -> String {
    match col {
        "records" => t.records.to_string(),
        "passing" => t.passing.to_string(),
        "due" => t.due.to_string(),
        "onTime" => t.on_time.to_string(),
        "late" => t.late.to_string(),
        "overdue" => t.overdue.to_string(),
        "incomplete" => t.incomplete.to_string(),
        "wronglyWithheld" => t.wrongly_withheld.to_string(),
        "personalData" => t.personal_data.to_string(),
        "barredParty" => t.barred_party.to_string(),
        "notJudged" => t.not_judged.to_string(),
        "onTimeRate" => percent(t.on_time_rate()),
        "completenessRate" => percent(t.completeness_rate()),
        _ => format!("{:.1}", t.score_shown(&a.weights)),
    }
}

fn table(
    out: &mut String,
    lang: Lang,
    a: &Assessment,
    first: &str,
    rows: &[(String, String, &Tally)],
) {
    let _ = write!(out, "<table><thead><tr><th>{}</th>", esc(first));
    for (_, zh, en) in COLUMNS {
        let _ = write!(out, "<th>{}</th>", t(lang, zh, en));
    }
    out.push_str("</tr></thead><tbody>");
    for (key, name, tally) in rows {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", esc(name));
        for (col, _, _) in COLUMNS {
            let _ = write!(
                out,
                "<td data-key=\"{}.{col}\">{}</td>",
                esc(key),
                cell(tally, a, col)
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

/// Renders the report as one HTML document.
pub fn html(input: &ReportInput<'_>) -> String {
    let (a, lang) = (input.assessment, input.lang);
    let mut o = String::with_capacity(64 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{}\"><head><meta charset=\"utf-8\"/>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>{}</title><style>{}</style></head><body>",
        t(lang, "zh-CN", "en"),
        esc(input.title),
        STYLE
    );
    let _ = write!(
        o,
        "<h1>{}</h1><p class=\"meta\">{}{} · {}{:.1}</p>",
        esc(input.title),
        t(lang, "评估基准日：", "As of: "),
        a.as_of,
        t(lang, "综合得分：", "Score: "),
        a.total.score_shown(&a.weights)
    );
    let _ = write!(
        o,
        "<p class=\"meta\">{}</p>",
        t(
            lang,
            "得分权重（本库默认值，非法定）：按时公开35、要素完整30、个人信息保护15、依法不予公开10、黑名单10。",
            "Score weights (the library's default, not the law's): on time 35, completeness 30, personal data 15, withholding 10, blacklist 10."
        )
    );

    let _ = write!(o, "<h2>{}</h2>", t(lang, "一、总体情况", "1. Overview"));
    table(
        &mut o,
        lang,
        a,
        t(lang, "范围", "scope"),
        &[("total".into(), t(lang, "全部", "all").into(), &a.total)],
    );

    let _ = write!(o, "<h2>{}</h2>", t(lang, "二、分领域情况", "2. By domain"));
    let domains: Vec<_> = a
        .by_domain
        .iter()
        .map(|(d, t)| {
            (
                format!("byDomain.{}", d.as_str()),
                d.name(lang).to_owned(),
                t,
            )
        })
        .collect();
    table(&mut o, lang, a, t(lang, "领域", "domain"), &domains);
    let labels: Vec<String> = a
        .by_domain
        .keys()
        .map(|d| d.name(lang).to_owned())
        .collect();
    let rates: Vec<f64> = a
        .by_domain
        .values()
        .map(|t| t.on_time_rate().unwrap_or(1.0) * 100.0)
        .collect();
    o.push_str("<figure>");
    o.push_str(&charts::bars(
        t(
            lang,
            "按时公开率（%）·分领域（已判断的记录）",
            "On-time rate (%) by domain (records judged)",
        ),
        &labels,
        &rates,
        100.0,
        false,
    ));
    o.push_str("</figure><figure>");
    o.push_str(&timeliness_chart(
        lang,
        t(
            lang,
            "应公开记录的时限判断·分领域",
            "Time limits of the records due, by domain",
        ),
        &labels,
        &a.by_domain.values().collect::<Vec<_>>(),
    ));
    o.push_str("</figure>");

    let _ = write!(
        o,
        "<h2>{}</h2>",
        t(
            lang,
            "三、分公开主体情况（得分由低到高）",
            "3. By responsible body (lowest score first)"
        )
    );
    let mut bodies: Vec<_> = a.by_body.iter().collect();
    bodies.sort_by(|x, y| {
        x.1.score_shown(&a.weights)
            .total_cmp(&y.1.score_shown(&a.weights))
            .then(x.0.cmp(y.0))
    });
    let rows: Vec<_> = bodies
        .iter()
        .map(|(b, t)| (format!("byBody.{b}"), (*b).clone(), *t))
        .collect();
    table(&mut o, lang, a, t(lang, "公开主体", "body"), &rows);
    let shown: Vec<_> = bodies.iter().take(15).collect();
    let labels: Vec<String> = shown.iter().map(|(b, _)| (*b).clone()).collect();
    let rates: Vec<f64> = shown
        .iter()
        .map(|(_, t)| t.on_time_rate().unwrap_or(1.0) * 100.0)
        .collect();
    o.push_str("<figure>");
    o.push_str(&charts::bars(
        t(
            lang,
            "按时公开率（%）·得分最低的公开主体",
            "On-time rate (%), lowest-scoring bodies",
        ),
        &labels,
        &rates,
        100.0,
        true,
    ));
    o.push_str("</figure><figure>");
    o.push_str(&timeliness_chart(
        lang,
        t(
            lang,
            "应公开记录的时限判断·得分最低的公开主体",
            "Time limits of the records due, lowest-scoring bodies",
        ),
        &labels,
        &shown.iter().map(|(_, t)| *t).collect::<Vec<_>>(),
    ));
    o.push_str("</figure>");

    let _ = write!(o, "<h2>{}</h2>", t(lang, "四、逾期分布", "4. Lateness"));
    let buckets = ["1", "2", "3–5", "6–10", "11–20", ">20"];
    o.push_str("<table><thead><tr>");
    let _ = write!(
        o,
        "<th>{}</th>",
        t(lang, "逾期（工作日或日）", "late by (working days or days)")
    );
    for b in buckets {
        let _ = write!(o, "<th>{b}</th>");
    }
    let _ = write!(
        o,
        "</tr></thead><tbody><tr><th scope=\"row\">{}</th>",
        t(lang, "记录数", "records")
    );
    for (i, n) in a.lateness.iter().enumerate() {
        let _ = write!(o, "<td data-key=\"lateness.{i}\">{n}</td>");
    }
    o.push_str("</tr></tbody></table><figure>");
    let values: Vec<f64> = a.lateness.iter().map(|n| f64::from(*n)).collect();
    let max = values.iter().copied().fold(1.0, f64::max) * 1.15;
    o.push_str(&charts::bars(
        t(lang, "逾期公开的分布", "Distribution of late publications"),
        &buckets.iter().map(|b| (*b).to_owned()).collect::<Vec<_>>(),
        &values,
        max,
        false,
    ));
    o.push_str("</figure>");

    let _ = write!(
        o,
        "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(lang, "五、问题类型", "5. Findings by code"),
        t(lang, "代码", "code"),
        t(lang, "次数", "count")
    );
    let mut codes: Vec<_> = a.by_code.iter().collect();
    codes.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
    for (c, n) in &codes {
        let _ = write!(
            o,
            "<tr><th scope=\"row\"><code>{}</code></th><td data-key=\"byCode.{}\">{n}</td></tr>",
            c.as_str(),
            c.as_str()
        );
    }
    o.push_str("</tbody></table><figure>");
    let labels: Vec<String> = codes.iter().map(|(c, _)| c.as_str().to_owned()).collect();
    let values: Vec<f64> = codes.iter().map(|(_, n)| f64::from(**n)).collect();
    let max = values.iter().copied().fold(1.0, f64::max) * 1.1;
    o.push_str(&charts::bars(
        t(lang, "问题次数·按代码", "Findings by code"),
        &labels,
        &values,
        max,
        true,
    ));
    o.push_str("</figure>");

    let _ = write!(
        o,
        "<h2>{}</h2>",
        t(
            lang,
            "六、问题最多的记录",
            "6. Records with the most findings"
        )
    );
    for (record, report) in worst(input.audited, 10) {
        let _ = write!(
            o,
            "<section class=\"record\"><h3>{} <small>{} · {}</small></h3><ul>",
            esc(&record.title),
            esc(&record.id),
            esc(&record.responsible_body.name)
        );
        for f in &report.findings {
            let _ = write!(
                o,
                "<li class=\"{}\"><code>{}</code> <code>{}</code> {} <span class=\"basis\">{}</span></li>",
                f.severity().as_str(),
                f.code().as_str(),
                esc(f.path()),
                esc(&f.message(lang)),
                esc(&f.legal_basis().to_string())
            );
        }
        o.push_str("</ul></section>");
    }

    let _ = write!(
        o,
        "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        t(lang, "七、抽查样本", "7. Spot-check sample"),
        t(lang, "公开主体", "body"),
        t(lang, "领域", "domain"),
        t(lang, "记录", "record"),
        t(lang, "标题", "title")
    );
    for d in input.sample {
        let _ = write!(
            o,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&d.body),
            d.domain.name(lang),
            esc(&d.record_id),
            esc(&d.title)
        );
    }
    o.push_str("</tbody></table>");

    if !input.changes.is_empty() {
        let _ = write!(
            o,
            "<h2>{}</h2><table><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            t(
                lang,
                "同比变化（改善在前）",
                "Year over year (improvements first)"
            ),
            t(lang, "领域或主体", "domain or body"),
            t(lang, "上期得分", "before"),
            t(lang, "本期得分", "after"),
            t(lang, "按时公开率", "on-time rate"),
            t(lang, "完整率", "completeness")
        );
        for c in input.changes {
            let group = crate::Domain::ALL
                .iter()
                .find(|d| d.as_str() == c.group)
                .map_or(c.group.as_str(), |d| d.name(lang));
            let _ = write!(
                o,
                "<tr class=\"{}\"><th scope=\"row\">{}</th><td>{:.1}</td><td>{:.1}</td><td>{} → {}</td><td>{} → {}</td></tr>",
                if c.delta() >= 0.0 { "better" } else { "worse" },
                esc(group),
                c.before,
                c.after,
                percent(c.on_time_rate.0),
                percent(c.on_time_rate.1),
                percent(c.completeness_rate.0),
                percent(c.completeness_rate.1)
            );
        }
        o.push_str("</tbody></table>");
    }

    let _ = write!(
        o,
        "<h2>{}</h2>",
        t(lang, "八、年度工作进展", "8. Annual progress")
    );
    for (heading, text) in progress(a, lang) {
        let _ = write!(o, "<h3>{}</h3><p>{}</p>", esc(&heading), esc(&text));
    }
    o.push_str("</body></html>\n");
    o
}

const STYLE: &str = "body{font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;\
margin:2em auto;max-width:1100px;color:#1a202c;line-height:1.5}h1{font-size:1.6em}h2{border-bottom:2px solid #2b6cb0;\
padding-bottom:.2em;margin-top:2em}table{border-collapse:collapse;width:100%;font-size:.85em;margin:1em 0}\
th,td{border:1px solid #cbd5e0;padding:.25em .5em;text-align:right}th[scope=row],thead th{text-align:left;background:#edf2f7}\
.meta{color:#4a5568}figure{margin:1em 0}li.error code:first-child{color:#c53030}li.warning code:first-child{color:#b7791f}\
.basis{color:#4a5568;font-size:.9em}tr.better th{color:#276749}tr.worse th{color:#c53030}section.record h3 small{color:#718096;font-weight:normal}@media print{h2{break-after:avoid}}";

/// The records due in each group, as one bar each: on time, late or overdue, and not judged (a
/// fact the record does not show) — counted apart, never folded into a rate.
fn timeliness_chart(lang: Lang, title: &str, labels: &[String], tallies: &[&Tally]) -> String {
    use plotters::style::RGBColor;
    let of = |f: fn(&Tally) -> u32| tallies.iter().map(|t| f64::from(f(t))).collect::<Vec<_>>();
    charts::stacked(
        title,
        labels,
        &[
            (
                t(lang, "按时", "on time"),
                RGBColor(0x2b, 0x6c, 0xb0),
                of(|t| t.on_time),
            ),
            (
                t(lang, "逾期", "late or overdue"),
                RGBColor(0xc0, 0x39, 0x2b),
                of(|t| t.late + t.overdue),
            ),
            (
                t(lang, "未判断", "not judged"),
                RGBColor(0x99, 0x99, 0x99),
                of(|t| t.timeliness_not_judged),
            ),
        ],
    )
}
