//! Elements built the same way by every reader of prose: from a paragraph without a label, or
//! an element read again with another value; and where a section's text starts after its
//! number and label run on.

use std::borrow::Cow;

use crate::notice::elements::FoundElement;
use crate::notice::span::Span;

/// `e` read with another value as well: its key, label and numbering, and `value`.
pub(super) fn also_as(e: &FoundElement, value: Span) -> FoundElement {
    FoundElement {
        key: e.key.clone(),
        label: e.label,
        value: Some(value),
        numbering: e.numbering,
    }
}

/// An element read from a paragraph without a label: an empty label where it starts.
pub(super) fn paragraph(key: impl Into<Cow<'static, str>>, at: usize, value: Span) -> FoundElement {
    FoundElement {
        key: key.into(),
        label: Span { start: at, end: at },
        value: Some(value),
        numbering: crate::notice::headings::Numbering::Unnumbered,
    }
}

/// The bytes of a numbered heading and its label before the text of a section run on after them
/// on its line (`一、项目基本情况：`), or 0.
pub(super) fn section_lead(t: &str) -> usize {
    let Some(colon) = t.find(['：', ':']) else {
        return 0;
    };
    let head = &t[..colon];
    let numbered = head.find('、').is_some_and(|k| {
        k > 0
            && head[..k]
                .chars()
                .all(|c| "一二三四五六七八九十0123456789".contains(c))
    });
    let after = colon + t[colon..].chars().next().map_or(0, char::len_utf8);
    if numbered && head.chars().count() <= 16 && !head.contains(['，', '。', '（', '(']) {
        after + (t[after..].len() - t[after..].trim_start().len())
    } else {
        0
    }
}

/// Every element read from a paragraph without a label whose value opens with its paragraph's
/// number (`三、对当事人处罚款人民币贰万元整。`) is also its words after the number, as readers
/// quote a paragraph of a decision numbered `一、` to `六、` without headings. Only values of one
/// line: a list that runs over lines keeps its numbers.
pub(super) fn after_own_numbers(body: &str, found: &mut Vec<FoundElement>) {
    let unnumbered: Vec<FoundElement> = found
        .iter()
        .filter(|e| e.label.is_empty())
        .filter_map(|e| {
            let v = e.value?;
            let t = v.of(body)?;
            let rest = crate::notice::text::numbered_rest(t);
            (rest.len() < t.len() && rest.chars().count() >= 6 && !t.contains('\n')).then(|| {
                also_as(
                    e,
                    Span {
                        start: v.end - rest.len(),
                        end: v.end,
                    },
                )
            })
        })
        .filter(|n| !found.iter().any(|e| e.key == n.key && e.value == n.value))
        .collect();
    found.extend(unnumbered);
}

/// An element whose label runs on in a sentence (`…于2025年8月18日提起投诉，投诉事项为：…`) is
/// also the sentence from its line's start, as readers quote what the clause before the label
/// says of it (when, by whom): only a label after a comma and followed by `为：`.
pub(super) fn with_lead_clause(body: &str, found: &mut Vec<FoundElement>) {
    let led: Vec<FoundElement> = found
        .iter()
        .filter(|e| !e.label.is_empty())
        .filter_map(|e| {
            let v = e.value?;
            let between = body.get(e.label.end..v.start)?;
            if !between.starts_with('为') {
                return None;
            }
            let line_start = body[..e.label.start].rfind('\n').map_or(0, |k| k + 1);
            let lead = &body[line_start..e.label.start];
            let lead_t = lead.trim_start();
            (lead_t.ends_with(['，', ',']) && lead_t.chars().count() >= 6 && !lead_t.contains('：'))
                .then(|| {
                    also_as(
                        e,
                        Span {
                            start: e.label.start - lead_t.len(),
                            end: v.end,
                        },
                    )
                })
        })
        .collect();
    found.extend(led);
}

/// `found` in the order of its labels in the text, the order every reader leaves it in: one sort
/// for them all, not one built for each reader's own key function.
#[inline(never)]
pub(super) fn in_text_order(found: &mut [FoundElement]) {
    found.sort_by_key(|e| e.label.start);
}
