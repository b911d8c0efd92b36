//! The assessment report: a self-contained HTML page (inline SVG charts drawn with plotters, no
//! network) and Markdown for pasting into the annual 政府信息公开工作年度报告.
//!
//! Behind the `report` feature, so that the C library and the WASM package carry none of it.
//! Every figure in the HTML carries a `data-key` naming its place in [`Assessment::to_json`],
//! which is how the tests check that the page and the JSON agree.

mod charts;
mod html;
mod markdown;

pub use html::html;
pub use markdown::markdown;

use std::cmp::Ordering;

use super::Assessment;
use super::sample::Drawn;
use crate::model::record::DisclosureRecord;
use crate::{Lang, Report};

/// What a report is made of.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    /// The title (e.g. 云江市2024年度公共资源配置领域政府信息公开评估报告).
    pub title: &'a str,
    /// The assessment.
    pub assessment: &'a Assessment,
    /// The audited records, for the ten with the most findings: all of them, or any subset that
    /// holds those ten (a caller streaming records keeps only the worst).
    pub audited: &'a [(&'a DisclosureRecord, &'a Report)],
    /// The spot-check sample.
    pub sample: &'a [Drawn],
    /// Year over year: the changes from an earlier assessment ([`compare`](super::compare)),
    /// empty for none.
    pub changes: &'a [super::Change],
    /// The language.
    pub lang: Lang,
}

pub(super) fn t(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::ZhCn => zh,
        Lang::En => en,
    }
}

pub(super) fn percent(rate: Option<f64>) -> String {
    rate.map_or_else(|| "—".to_owned(), |r| format!("{:.1}%", r * 100.0))
}

/// The order of the report's worst records: more error findings first, then more findings,
/// then by id. Public so that a caller keeping only the worst records keeps the ones shown.
pub fn worst_first(a: (&DisclosureRecord, &Report), b: (&DisclosureRecord, &Report)) -> Ordering {
    let score = |r: &Report| {
        let errors = r
            .findings
            .iter()
            .filter(|f| f.severity() == crate::Severity::Error)
            .count();
        (errors, r.findings.len())
    };
    score(b.1).cmp(&score(a.1)).then(a.0.id.cmp(&b.0.id))
}

/// The records with the most error findings, then warnings; at most `n`.
pub(super) fn worst<'a>(
    audited: &'a [(&'a DisclosureRecord, &'a Report)],
    n: usize,
) -> Vec<(&'a DisclosureRecord, &'a Report)> {
    let mut v: Vec<_> = audited
        .iter()
        .filter(|(_, r)| !r.findings.is_empty())
        .copied()
        .collect();
    v.sort_by(|a, b| worst_first(*a, *b));
    v.truncate(n);
    v
}

/// The 年度工作进展 text, one paragraph per domain with records, in the shape the seed asks each
/// department to report (四、加强考核评估): what was disclosed, how timely and complete, the main
/// problems, what to do next.
pub(super) fn progress(a: &Assessment, lang: Lang) -> Vec<(String, String)> {
    use chrono::Datelike;
    let years = match a.period {
        Some((first, last)) if first.year() != last.year() => {
            format!("{}–{}", first.year(), last.year())
        }
        Some((first, _)) => first.year().to_string(),
        None => a.as_of.year().to_string(),
    };
    a.by_domain
        .iter()
        .filter(|(_, tally)| tally.records > 0)
        .map(|(d, tally)| {
            let problems: Vec<&str> = [
                (tally.late + tally.overdue, t(lang, "部分信息未在法定时限内公开", "some information was published late")),
                (tally.incomplete, t(lang, "部分信息公开要素不全", "some notices lack required elements")),
                (tally.wrongly_withheld, t(lang, "个别不予公开未说明情形或依据", "some exemptions lack a ground or basis")),
                (tally.personal_data, t(lang, "个别公开文本含未遮蔽的个人信息", "some public texts expose personal data")),
                (tally.barred_party, t(lang, "存在向黑名单主体授予的情形", "some awards went to blacklisted parties")),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(_, s)| s)
            .collect();
            let text = match lang {
                Lang::ZhCn => format!(
                    "截至{}，本领域共有公开信息记录{}条，其中应公开{}条，按时公开{}条，逾期公开{}条，逾期未公开{}条，按时公开率{}，要素完整率{}，综合得分{:.1}分。{}下一步将对照法定时限和公开要素逐项整改，并纳入主动公开目录清单动态管理。",
                    a.as_of,
                    tally.records,
                    tally.due,
                    tally.on_time,
                    tally.late,
                    tally.overdue,
                    percent(tally.on_time_rate()),
                    percent(tally.completeness_rate()),
                    tally.score_shown(&a.weights),
                    if problems.is_empty() {
                        "未发现明显问题。".to_owned()
                    } else {
                        format!("存在的主要问题：{}。", problems.join("；"))
                    }
                ),
                Lang::En => format!(
                    "As of {}, {} records; {} due, {} on time, {} late, {} overdue; on-time rate {}, completeness {}, score {:.1}. {}Next: fix each against the time limits and required elements, and keep the catalogue up to date.",
                    a.as_of,
                    tally.records,
                    tally.due,
                    tally.on_time,
                    tally.late,
                    tally.overdue,
                    percent(tally.on_time_rate()),
                    percent(tally.completeness_rate()),
                    tally.score_shown(&a.weights),
                    if problems.is_empty() {
                        "No significant problem found. ".to_owned()
                    } else {
                        format!("Main problems: {}. ", problems.join("; "))
                    }
                ),
            };
            let heading = match lang {
                Lang::ZhCn => format!("{}（{years}年度）", d.name_zh()),
                Lang::En => format!("{} ({years})", d.name_en()),
            };
            (heading, text)
        })
        .collect()
}
