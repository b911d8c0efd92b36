//! The elements a page's line of facts above the title gives (a document's number and name),
//! where the notice does not.

use super::policy::document_number;
use super::reading::NoticeReading;

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
pub(super) fn head_elements(reading: &mut NoticeReading, text: &str, start: usize, item: ItemKind) {
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
            key: key.to_owned(),
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
            && HEAD_KEYS.contains(&e.key.as_str())
            && !reading.record.content.contains_key(&e.key)
        {
            reading.add_page_element(e, text);
        }
    }
}
