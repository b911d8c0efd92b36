//! The dates a page's own lines give above the notice: its publication (`发布时间`), the day
//! the document was formed (`成文日期`), and a copy's byline.

use crate::date::StatedDate;
use crate::notice::dates::{DateValue, dates};
use crate::notice::span::{Span, Spanned};
use crate::notice::text::{holds, holds_any, joined_words};

/// The labels of a page's own publication date.
const PUBLISHED_LABELS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发稿时间",
    "信息时间",
    "公开日期",
    "发布于",
    "发布：",
];

/// The labels a government site's line of facts gives the day a document was made with (the
/// 政府信息公开 catalogue's 成文日期, 生成日期): the day it was formed.
pub(super) const FORMED_LABELS: &[&str] = &["成文日期", "发文日期", "生成日期"];

/// The labels of a portal's time it last updated the page.
pub(super) const UPDATED_LABELS: &[&str] = &["更新时间", "更新日期"];

/// The words one of which each label of a date holds ([`PUBLISHED_LABELS`], [`FORMED_LABELS`],
/// [`UPDATED_LABELS`]).
const DATE_LABEL_WORDS: &str = joined_words!(&["日期", "时间", "发布"]);

/// Whether the first fifteen lines of `head` (which end at `limit`) may hold a date's label:
/// they hold one of [`DATE_LABEL_WORDS`]. Told once a head, by three searches at most, for the
/// lists of labels asked of it (twelve words), which most heads without the words would each
/// have searched for whole.
pub(super) fn may_label_a_date(head: &str, limit: usize) -> bool {
    holds_any(&head[..limit], DATE_LABEL_WORDS)
}

/// The publication date a page's own line gives, in its first fifteen lines (which end at
/// `limit`): the date and the label's span.
pub(super) fn published_label(body: &str, limit: usize) -> Option<(Spanned<StatedDate>, Span)> {
    labelled_date(body, limit, PUBLISHED_LABELS)
}

/// Where the first fifteen lines of `text` end: the byte of its sixteenth line break (what
/// [`Lines::break_at`]`(15)` gives), or its end.
pub(super) fn fifteen_lines_end(text: &str) -> usize {
    let b = text.as_bytes();
    let mut at = 0;
    for _ in 0..15 {
        match crate::notice::text::find_byte(b, at, b'\n') {
            Some(i) => at = i + 1,
            None => return text.len(),
        }
    }
    crate::notice::text::find_byte(b, at, b'\n').unwrap_or(text.len())
}

/// The date after the first of `labels` in the first fifteen lines of `body` (which end at
/// `limit`): the date and the label's span.
pub(super) fn labelled_date(
    body: &str,
    limit: usize,
    labels: &[&str],
) -> Option<(Spanned<StatedDate>, Span)> {
    for w in labels {
        // Not another notice's date (`原招标公告发布日期：…`, a correction's line about the
        // notice it corrects).
        let another = |at: usize| {
            let line_start = body[..at].rfind('\n').map_or(0, |i| i + 1);
            let label = &body[line_start..at];
            let label = label
                .rsplit(['\t', '　', ' ', '：', ':'])
                .next()
                .unwrap_or(label);
            // `原文发布时间` is the original's own page: the notice's date still.
            label
                .find('原')
                .is_some_and(|i| holds(&label[i..], "公告") || holds(&label[i..], "公示"))
                // Nor a date planned (`预计招标公告发布时间：2025年3月`, a tender plan's).
                || holds_any(label, joined_words!(&["预计", "计划", "拟"]))
        };
        // Most heads hold none of the words: looked for by `find`, which tests for them first.
        let head = &body[..limit];
        let mut from = 0;
        let at = loop {
            match crate::notice::text::find(&head[from..], w) {
                Some(i) if another(from + i) => from += i + w.len(),
                Some(i) => break Some(from + i),
                None => break None,
            }
        };
        let Some(at) = at else {
            continue;
        };
        let line_end = body[at..].find('\n').map_or(body.len(), |e| at + e);
        let after = at + w.len();
        let found = dates(&body[after..line_end]);
        if let Some(d) = found.first()
            && let DateValue::Date(v) = d.value
        {
            let span = Span {
                start: after + d.span.start,
                end: after + d.span.end,
            };
            return Some((
                Spanned { value: v, span },
                Span {
                    start: at,
                    end: after,
                },
            ));
        }
    }
    None
}

/// The date and time of a copy's byline above the title, in its first fifteen lines (which end
/// at `limit`): a short line without a label that states one date with its time of day.
pub(super) fn byline_date(head: &str, limit: usize) -> Option<Spanned<StatedDate>> {
    let mut at = 0;
    for line in head[..limit].split_inclusive('\n') {
        let from = at;
        at += line.len();
        let t = line.trim_end();
        // A time of day in figures (`17:42`) first: most lines of a page's head have none.
        if t.is_empty() || !t.contains(':') || !has_clock(t) || t.chars().count() > 40 {
            continue;
        }
        let found = dates(t);
        if let [d] = &found[..]
            && let DateValue::Date(v) = d.value
            && v.time().is_some()
        {
            return Some(Spanned {
                value: v,
                span: Span {
                    start: from + d.span.start,
                    end: from + d.span.end,
                },
            });
        }
    }
    None
}

/// Whether a line's only colons are a clock's (`17:42`): a digit on each side.
fn has_clock(t: &str) -> bool {
    let b = t.as_bytes();
    t.match_indices([':', '：']).all(|(i, c)| {
        c == ":"
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notice::lines::Lines;

    #[test]
    fn each_label_of_a_date_holds_one_of_the_words_looked_for_first() {
        for w in PUBLISHED_LABELS
            .iter()
            .chain(FORMED_LABELS)
            .chain(UPDATED_LABELS)
        {
            assert!(may_label_a_date(w, w.len()), "{w}");
        }
    }

    #[test]
    fn fifteen_lines_end_where_the_lines_say() {
        let many: String = (0..40).map(|k| format!("第{k}行\n")).collect();
        for t in [
            "",
            "一行",
            "一\n",
            "\n\n\n",
            many.as_str(),
            &many[..many.len() - 1],
        ] {
            for n in [0, 10, 15, 16, 17, 20, t.len()] {
                let t = t.get(..n.min(t.len())).unwrap_or(t);
                let want = Lines::new(t).break_at(15).unwrap_or(t.len());
                assert_eq!(fifteen_lines_end(t), want, "{t:?}");
            }
        }
    }
}
