//! How to object to a publicity: the channel's sentence with the lines that say whom to, or a
//! paragraph that says how, where no label gives it.

use super::found::{also_as, paragraph};

use crate::notice::elements::{FoundElement, has_element};
use crate::notice::span::Span;
use crate::notice::text::{holds, holds_any, joined_words, starts_with_any};

/// How to object followed by the lines that say whom to (`…应当在公示期内以书面形式向招标人提出。`
/// over `异议受理部门：…`, `联系人：…`, `监督部门：…`; 招标投标法实施条例 Art 54): the channel
/// is also the sentence with those lines, as readers quote it.
pub(super) fn objection_block(body: &str, found: &mut Vec<FoundElement>) {
    const LABELS: &str = joined_words!(&[
        "异议受理",
        "受理部门",
        "联系人",
        "联系电话",
        "电话",
        "监督部门",
        "监督电话",
        "投诉",
        "地址",
        "来访地址",
        "邮箱",
        "招标人",
        "招标代理",
        "行政监督",
    ]);
    let mut more = Vec::new();
    for e in found.iter().filter(|e| e.key == "objectionChannel") {
        let Some(v) = e.value else { continue };
        // A section that says how to object on its first line and then names the parties'
        // contacts (`五、异议方式` over the sentence, `招标人：…`): the sentence is the channel.
        if let Some(t) = v.of(body)
            && let Some(nl) = t.find('\n')
            && holds(&t[..nl], "异议")
        {
            let first = Span {
                start: v.start,
                end: v.start + t[..nl].trim_end().len(),
            };
            more.push(also_as(e, first));
        }
        // Cut at a label within its line (`…反映，电话：…；地址：…；邮箱：…。`): also to the
        // line's end, as the text after a label is read.
        let line_end = body[v.end..].find('\n').map_or(body.len(), |k| v.end + k);
        let rest = body[v.end..line_end].trim_end();
        if rest.starts_with(['；', ';', '，', ',']) {
            more.push(also_as(
                e,
                Span {
                    start: v.start,
                    end: v.end + rest.len(),
                },
            ));
        }
        let mut end = v.end;
        let mut n = 0;
        while let Some(rest) = body.get(end..).and_then(|r| r.strip_prefix('\n')) {
            let line = rest.split('\n').next().unwrap_or("");
            let t = line.trim();
            let head = t.char_indices().nth(12).map_or(t, |(k, _)| &t[..k]);
            if t.is_empty() || !head.contains(['：', ':']) || !starts_with_any(t, LABELS) {
                break;
            }
            end = body.len() - rest.len() + line.trim_end().len();
            n += 1;
        }
        if n > 0 {
            more.push(also_as(
                e,
                Span {
                    start: v.start,
                    end,
                },
            ));
        }
    }
    found.extend(more);
}

/// A publicity's objection channel written as a paragraph without a label: the first paragraph
/// above the 落款 that says how to object (`公示期间，如对…有异议，可…反映`), where no label gave it.
pub(super) fn objection_paragraph(body: &str, found: &mut Vec<FoundElement>, above: &[Span]) {
    // The sentence is part of a line that says more (`公示期为…。对…有异议的，…`, `…反映，
    // 联系电话：…；地址：…`): the whole line is how to object too, as readers quote it.
    let whole_lines: Vec<FoundElement> = found
        .iter()
        .filter(|e| e.key == "objectionChannel")
        .filter_map(|e| {
            let v = e.value?;
            let line = above.iter().find(|l| l.contains(v) && **l != v)?;
            let unlabelled = line.of(body).is_some_and(|t| {
                t.find(['：', ':'])
                    .is_none_or(|c| t[..c].contains(['，', '。', ',']))
            });
            (unlabelled && (line.start < v.start || line.end > v.end))
                .then(|| paragraph("objectionChannel", e.label.start, *line))
        })
        .collect();
    if !whole_lines.is_empty() {
        found.extend(whole_lines);
        super::found::in_text_order(found);
    }
    if has_element(found, "objectionChannel") {
        return;
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    // The sentence that says how to object, to the end of its line: it may follow another on
    // the same line (`公示时间：…至…。公示期内如有异议，请…反映`).
    let hit = above.iter().copied().find_map(|l| {
        let t = l.of(body).unwrap_or("");
        // `异议` first: most lines lack it, and it is one word, not eight. (Or in plain words,
        // `如有不同意见，请…反映`.)
        let i = crate::notice::text::find(t, "异议")
            .or_else(|| crate::notice::text::find(t, "不同意见"))?;
        if !holds_any(
            t,
            joined_words!(&[
                "反映",
                "提出",
                "反馈",
                "申请复核",
                "举报",
                "电话",
                "联系",
                "手机",
            ]),
        ) {
            return None;
        }
        // A heading that names the channel (`三、异议反映渠道`) is no sentence saying it.
        if t.chars().count() <= 16 && !t.contains(['，', ',', '。']) {
            return None;
        }
        // The value of a period's heading whose one line says how to object (`三、公示时间` over
        // `…至…。公示期内，对…有异议的，…反映`) is the label's value, as on a labelled line.
        if let Some(v) = found
            .iter()
            .filter(|e| e.key == "publicityPeriod")
            .filter_map(|e| e.value)
            .find(|v| *v == l)
        {
            return Some(v);
        }
        if held.iter().any(|h| h.contains(l)) {
            return None;
        }
        let from = t[..i]
            .rfind(['。', ';', '；'])
            .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
        let from = from + (t[from..].len() - t[from..].trim_start().len());
        // On a line whose label gives another element (`公示时间：…，对…有异议的…`), the
        // label's value, as the conventions read a line after its label.
        let labelled = found
            .iter()
            .filter_map(|e| e.value)
            .find(|v| v.start >= l.start && v.start <= l.start + i && v.end == l.end);
        // A line under a label no element of the item has (`2. 公示期：…至…。对…有异议的…`,
        // `四、异议反映：公示期内…`): the label's value all the same.
        let after_label = t.find('：').filter(|&c| {
            let label = t[..c].trim_start_matches(|ch: char| {
                ch.is_ascii_digit() || "一二三四五六七八九十、.．（）() \u{3000}".contains(ch)
            });
            (c < i || holds(label, "异议"))
                && (2..=12).contains(&label.chars().count())
                && !label.contains(['，', ',', '。'])
        });
        match (labelled, after_label) {
            (Some(v), _) => Some(v),
            (None, Some(c)) => {
                let v = c + '：'.len_utf8();
                let v = v + (t[v..].len() - t[v..].trim_start().len());
                (v < t.len()).then_some(Span {
                    start: l.start + v,
                    end: l.end,
                })
            }
            (None, None) => (!t[from..i].contains(['：', ':'])).then_some(Span {
                start: l.start + from,
                end: l.end,
            }),
        }
    });
    if let Some(l) = hit {
        // (Also without its section's number, `六、投标人…有异议的，…`: `after_own_numbers`.)
        found.push(paragraph("objectionChannel", l.start, l));
        // After another sentence on its line (`公示期为…。对配租结果有异议的，…`): the line too.
        if let Some(line) = above.iter().find(|a| a.contains(l) && a.start < l.start)
            && !body[line.start..l.start].contains(['：', ':'])
        {
            found.push(paragraph("objectionChannel", line.start, *line));
        }
        super::found::in_text_order(found);
    }
}
