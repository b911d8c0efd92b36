//! The body responsible for a notice that is not signed: the purchaser, tenderer or authority
//! a label names.

use crate::notice::headings::Heading;
use crate::notice::span::Span;

/// The labels that name the body responsible for a notice when it is not signed.
const RESPONSIBLE_LABELS: &[&str] = &[
    "采购人",
    "采购单位",
    "招标人",
    "出让人",
    "转让方",
    "出租方",
    "处罚机关",
    "作出处罚决定的机关",
];

/// The body a label names (`采购人：…`, or `名称：…` under `采购人信息`): its name's span and the
/// label's.
pub(super) fn responsible_label(body: &str, hs: &[Heading]) -> Option<(Span, Option<Span>)> {
    let mut under_purchaser = false;
    for h in hs {
        let label = crate::notice::labels::normal(h.label.of(body)?);
        if h.numbering != crate::notice::headings::Numbering::Unnumbered {
            under_purchaser = label.starts_with("采购人信息");
        }
        let names =
            RESPONSIBLE_LABELS.iter().any(|l| label == *l) || (under_purchaser && label == "名称");
        if names
            && let Some(v) = h.value
            && let Some(name) = first_name(body, v)
        {
            return Some((name, Some(h.label)));
        }
    }
    None
}

/// The first line of `v`, trimmed, up to a bracket or comma.
fn first_name(body: &str, v: Span) -> Option<Span> {
    let s = v.of(body)?;
    let line = s.split(['\n', '\t', '（', '(', '，', ',', '；']).next()?;
    let t = line.trim();
    let lead = line.len() - line.trim_start().len();
    (!t.is_empty() && t.chars().count() <= 60).then_some(Span {
        start: v.start + lead,
        end: v.start + lead + t.len(),
    })
}
