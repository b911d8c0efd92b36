//! `intentionLead`: a procurement intention (采购意向) is published at least N days before the
//! purchase is expected to start (财库〔2020〕10号: 原则上不得晚于采购活动开始前30日). An intention
//! gives the expected time as a notice does — a month, part of a month, a quarter, a day — so the
//! start is known to lie in a span of days: every day of it may be too early, some may be, or
//! none.

use std::borrow::Cow;

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail, content_path};
use crate::Lang;
use crate::severity::Severity;

/// The intention is published at least `days` days before the earliest day of the expected time
/// its `element` states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntentionLead {
    /// The lead, in days.
    pub days: u32,
    /// The content key of the expected time (`expectedTime`).
    pub element: String,
}

impl CheckKind for IntentionLead {
    const KIND: &'static str = "intentionLead";
    const ABOUT: &'static str =
        "an intention is published the required days before the expected purchase";
}

/// Every day of the expected time is less than the lead after publication.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IntentionLeadShort {
    /// The span of days the expected time names.
    pub expected: (NaiveDate, NaiveDate),
    /// The first day the purchase could start with the full lead.
    pub earliest_allowed: NaiveDate,
}

impl FindingDetail for IntentionLeadShort {
    const CODE: &'static str = "intention.lead_short";
    const ABOUT: &'static str =
        "an intention published less than the required days before the expected purchase";
    fn message(&self, lang: Lang) -> String {
        let ((from, to), allowed) = (self.expected, self.earliest_allowed);
        match lang {
            Lang::ZhCn => format!(
                "预计采购时间（{from}至{to}）早于{allowed}：采购意向公开距采购活动开始不足规定天数"
            ),
            Lang::En => format!(
                "the expected time ({from} to {to}) is before {allowed}: the intention was published too short a time before the purchase"
            ),
        }
    }
}

impl IntentionLead {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<IntentionLeadShort> + Emit<super::not_judged::NotJudged>,
    {
        let record = cx.record;
        let Some(text) = record.content.get(&self.element) else {
            return;
        };
        let Some(published) = record.published_on else {
            super::not_judged::unstated(record, "/publishedOn", out);
            return;
        };
        let Some(expected) = expected_span(text) else {
            return;
        };
        // Short when every day the purchase may start on is too soon after even the earliest
        // day the intention may have been published; when only some are, the start day decides,
        // and an intention states the month (财办库〔2020〕50号's format asks no more): not judged
        // here — the announcement that follows shows the lead (GP-INTENT).
        let lead = Days::new(u64::from(self.days));
        let (Some(early), Some(late)) = (
            published.first().checked_add_days(lead),
            published.last().checked_add_days(lead),
        ) else {
            return;
        };
        let path: Cow<'static, str> = content_path(&self.element);
        if expected.1 < early {
            out.emit(
                path,
                IntentionLeadShort {
                    expected,
                    earliest_allowed: early,
                },
            );
        } else if expected.0 < late {
            let (from, to) = expected;
            let detail = super::not_judged::NotJudged {
                zh: Cow::Owned(format!(
                    "采购活动开始的具体日（预计采购时间仅载明{from}至{to}，其中早于{late}的日期距公开不足规定天数）"
                )),
                en: Cow::Owned(format!(
                    "day the purchase starts (the expected time states only {from} to {to}, whose days before {late} are too soon)"
                )),
                fact: path.clone(),
            };
            out.emit_as(Severity::Info, path, detail);
        }
    }
}

/// The span of days an expected time names: `2024年5月15日` / `2024-05-15` (a day), `2024年5月`
/// / `2024-05` / `2024.5` (a month), with `上旬`, `中旬` or `下旬` (days 1–10, 11–20, 21 to the
/// end), `2024年第二季度` / `2024年2季度` (a quarter). `None` for any other text.
pub(crate) fn expected_span(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let digits = |s: &str| -> Option<(u32, usize)> {
        let n = s.chars().take_while(char::is_ascii_digit).count();
        (n > 0).then(|| s[..n].parse().ok().map(|v| (v, n)))?
    };
    let (year, n) = digits(&t)?;
    let year = i32::try_from(year).ok()?;
    let rest = &t[n..];
    // A quarter: 第二季度, 2季度.
    let quarter_text = rest.strip_prefix('年').unwrap_or(rest);
    let quarter_text = quarter_text.strip_prefix('第').unwrap_or(quarter_text);
    if let Some(q) = quarter_text.chars().next().and_then(|c| {
        "一二三四"
            .find(c)
            .map(|i| i / 3 + 1)
            .or_else(|| c.to_digit(10).map(|d| d as usize))
    }) && quarter_text.contains("季度")
        && (1..=4).contains(&q)
    {
        let first = crate::date::from_ymd(i64::from(year), (q as u32 - 1) * 3 + 1, 1).ok()?;
        let last = month_end(year, q as u32 * 3)?;
        return Some((first, last));
    }
    let rest = rest.strip_prefix(['年', '-', '.', '/'])?;
    let (month, n) = digits(rest)?;
    let rest = &rest[n..];
    let rest = rest.strip_prefix('月').unwrap_or(rest);
    let first_of_month = crate::date::from_ymd(i64::from(year), month, 1).ok()?;
    let last_of_month = month_end(year, month)?;
    if let Some(day_text) = rest.strip_prefix(['-', '.', '/']).or(Some(rest))
        && let Some((day, _)) = digits(day_text)
    {
        let d = crate::date::from_ymd(i64::from(year), month, day).ok()?;
        return Some((d, d));
    }
    let part = |from: u32, to: Option<u32>| {
        let a = first_of_month.with_day(from)?;
        let b = to.map_or(Some(last_of_month), |d| first_of_month.with_day(d))?;
        Some((a, b))
    };
    if rest.starts_with("上旬") {
        part(1, Some(10))
    } else if rest.starts_with("中旬") {
        part(11, Some(20))
    } else if rest.starts_with("下旬") {
        part(21, None)
    } else {
        Some((first_of_month, last_of_month))
    }
}

fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

#[cfg(test)]
mod tests {
    use super::expected_span;

    fn span(t: &str) -> Option<(String, String)> {
        expected_span(t).map(|(a, b)| (a.to_string(), b.to_string()))
    }

    #[test]
    fn expected_times_as_notices_write_them() {
        let s = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
        assert_eq!(span("2024年5月"), s("2024-05-01", "2024-05-31"));
        assert_eq!(span("2024-02"), s("2024-02-01", "2024-02-29"));
        assert_eq!(span("2024年5月上旬"), s("2024-05-01", "2024-05-10"));
        assert_eq!(span("2024年5月下旬"), s("2024-05-21", "2024-05-31"));
        assert_eq!(span("2024年5月15日"), s("2024-05-15", "2024-05-15"));
        assert_eq!(span("2024-05-15"), s("2024-05-15", "2024-05-15"));
        assert_eq!(span("2024年第二季度"), s("2024-04-01", "2024-06-30"));
        assert_eq!(span("2024年4季度"), s("2024-10-01", "2024-12-31"));
        assert_eq!(span("2024年12月"), s("2024-12-01", "2024-12-31"));
        for bad in ["尽快", "", "2024年13月", "5月", "2024年"] {
            assert_eq!(span(bad), None, "{bad}");
        }
    }
}
