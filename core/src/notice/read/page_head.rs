//! What a page's lines above the title state: its own publication date, the day the document
//! was formed, a copy's byline, and the elements and method its line of facts gives (a
//! document's number and name) where the notice does not.

use super::decisions::is_organ;
use super::found::paragraph;
use super::policy::document_number;
use super::published::{
    FORMED_LABELS, UPDATED_LABELS, byline_date, fifteen_lines_end, labelled_date, may_label_a_date,
    published_label,
};
use super::reading::{Evidence, NoticeReading};

use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, national, with_tables};
use crate::notice::headings::Numbering;
use crate::notice::span::Span;
use crate::notice::tables::tables;
use crate::notice::text::lines_inclusive;

/// The keys a page's line of facts above the title may give: a document's number and name.
const HEAD_KEYS: &[&str] = &["documentNumber", "decisionNumber", "policyName"];

/// Adds to `reading` the [`HEAD_KEYS`] elements the lines of `text` above the title (which
/// starts at `start`) give and the notice does not.
fn head_elements(reading: &mut NoticeReading, text: &str, start: usize, item: ItemKind) {
    let head = &text[..start];
    // A document's red header puts its 文号 above its title (`某市住房局文件` over
    // `某住规〔2025〕3号`).
    if let Some(key) = ["documentNumber", "decisionNumber"]
        .into_iter()
        .find(|k| item.element(k).is_some() && !reading.record.content.contains_key(*k))
        && let Some(n) = lines_inclusive(head)
            .scan(0, |at, line| {
                let from = *at;
                *at += line.len();
                Some((from, line))
            })
            .find_map(|(from, line)| {
                document_number(line).map(|s| Span {
                    start: from + s.start,
                    end: from + s.end,
                })
            })
    {
        let e = FoundElement {
            key: key.into(),
            label: Span {
                start: n.start,
                end: n.start,
            },
            value: Some(n),
            numbering: Numbering::Unnumbered,
        };
        reading.add_page_element(e, text);
    }
    // Most items have none of the keys, and most pages' heads are chrome: read the head's
    // labels only for a key the item has and the body did not give.
    let wanted = HEAD_KEYS
        .iter()
        .any(|k| item.element(k).is_some() && !reading.record.content.contains_key(*k));
    if !wanted || !head.contains(['：', ':']) {
        return;
    }
    // The line of facts is often a table (`文号⇥某罚〔2025〕4号⇥主题分类⇥…`): its pairs too.
    let hs = with_tables(
        head,
        crate::notice::headings::headings(head),
        &tables(head),
        national(),
    );
    let found = crate::notice::elements::elements_in(head, &hs, national(), Some(item), &[]);
    for e in found {
        if e.value.is_some_and(|v| !v.is_empty())
            && HEAD_KEYS.contains(&e.key.as_ref())
            && !reading.record.content.contains_key(e.key.as_ref())
        {
            reading.add_page_element(e, text);
        }
    }
}

/// A decision titled by its type alone (`行政处罚决定书`, or spaced out) under its organ's line
/// (`某市市场监督管理局`, a decision's printed head): the organ is the authority that decided
/// (行政处罚法 Art 59 (六)), where the notice names none.
fn organ_above_title(reading: &mut NoticeReading, text: &str, start: usize, item: ItemKind) {
    if !item.is_penalty_decision() || reading.record.content.contains_key("authority") {
        return;
    }
    let title = text[start..].lines().next().unwrap_or("").trim();
    if !(crate::notice::kind::is_bare_type(title) || crate::notice::kind::spaced_out(title)) {
        return;
    }
    let head = &text[..start];
    let Some(line) = head.lines().rev().find(|l| !l.trim().is_empty()) else {
        return;
    };
    let organ = line.trim();
    if organ.chars().count() > 30
        || organ.contains(|c: char| c.is_whitespace() || "：:，,。|｜>".contains(c))
        || !is_organ(organ)
    {
        return;
    }
    // The line is the last of the head: its bytes from the head's end back.
    let end = head.trim_end().len();
    let at = end - organ.len();
    reading.add_page_element(paragraph("authority", at, Span { start: at, end }), text);
}

/// Adds to `reading` what the page's lines above the title (which starts at `start` in `text`)
/// state: the page's own publication date (unless the notice's own label gave one,
/// `from_label`), the day the document was formed, a copy's byline and a portal's update time,
/// and the document's number and name and the method its line of facts gives.
pub(super) fn read_page_head(
    reading: &mut NoticeReading,
    text: &str,
    start: usize,
    item: ItemKind,
    from_label: bool,
) {
    // The end of the page's first fifteen lines above the title, where a portal states its line
    // of facts (the lines themselves are not needed).
    let page_head = fifteen_lines_end(&text[..start]);
    // Whether those lines may hold a date's label: told once, for each list of labels below.
    let dated = start > 0 && may_label_a_date(&text[..start], page_head);
    // A page's own 发布时间 above the title (the portal's line of facts over the notice) is the
    // day it was published, and a date the page states.
    if !from_label
        && dated
        && let Some((d, label)) = published_label(&text[..start], page_head)
    {
        reading.record.published_on = Some(d.value);
        let label_text = Some(text[label.range()].to_owned());
        match reading
            .evidence
            .iter_mut()
            .find(|e| e.path == "/publishedOn")
        {
            Some(e) => {
                e.span = d.span;
                e.label = Some(label);
                e.label_text = label_text;
            }
            None => reading.evidence.push(Evidence {
                path: "/publishedOn".into(),
                span: d.span,
                label: Some(label),
                label_text,
            }),
        }
        reading.record.not_stated.retain(|p| p != "/publishedOn");
        reading.add_page_date(d);
    }
    // The same line of facts may give the day the document was made (`成文日期`): the day it
    // was formed, which 政府信息公开条例 Art 26's twenty working days count from.
    if dated && let Some((d, label)) = labelled_date(&text[..start], page_head, FORMED_LABELS) {
        if reading.record.formed_on.is_none() {
            reading.record.formed_on = Some(d.value);
            reading.evidence.push(Evidence {
                path: "/formedOn".into(),
                span: d.span,
                label: Some(label),
                label_text: Some(text[label.range()].to_owned()),
            });
            reading.record.not_stated.retain(|p| p != "/formedOn");
        }
        // A date the page states, whichever day the record takes as formed; so is each other
        // (`生成日期` beside `成文日期`).
        if !reading.dates.iter().any(|x| x.span == d.span) {
            reading.add_page_date(d);
        }
        for other in FORMED_LABELS {
            if let Some((d, _)) = labelled_date(&text[..start], page_head, &[other])
                && !reading.dates.iter().any(|x| x.span == d.span)
            {
                reading.add_page_date(d);
            }
        }
    }
    // A copy's byline (`原创 某市财政局 2025年09月16日 17:42 湖南`, `2025-07-21 18:05 发表于贵州`):
    // the time the copy was posted, a date the page states; not the notice's publication.
    if start > 0
        && let Some(d) = byline_date(&text[..start], page_head)
        && !reading.dates.iter().any(|x| x.span == d.span)
    {
        reading.add_page_date(d);
    }
    // A portal's time it last updated the page (`更新时间：…`) is a date the page states, but
    // not when the notice was published.
    if dated
        && let Some((d, _)) = labelled_date(&text[..start], page_head, UPDATED_LABELS)
        && !reading.dates.iter().any(|x| x.span == d.span)
    {
        reading.add_page_date(d);
    }
    // A government site's line of facts gives the document's number and name (`文号：…`,
    // `政策名称：…`): elements of a policy or a decision the body may not repeat.
    if start > 0 {
        head_elements(reading, text, start, item);
        organ_above_title(reading, text, start, item);
    }
    // The same line of facts may name the method (`招标方式：公开招标`) the notice does not.
    if reading.record.method.is_none()
        && start > 0
        && !item.states_sanctions()
        && let Some(m) = crate::notice::kind::labelled_method(&text[..start])
        && m.value.domains().contains(&reading.record.domain)
    {
        reading.record.method = Some(m.value);
        reading.evidence.push(Evidence {
            path: "/method".into(),
            span: m.span,
            label: None,
            label_text: None,
        });
    }
}
