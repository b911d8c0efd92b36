//! Where an element's text ends: before the 落款, before the notice's attachments' line, and
//! at a period's first line.

use crate::notice::dates::DateValue;
use crate::notice::elements::FoundElement;
use crate::notice::signature::Signature;
use crate::notice::span::Span;

/// Ends every element's text before the 落款: the last heading's lines stop where the signature
/// starts.
pub(super) fn clip_at_signature(body: &str, found: &mut [FoundElement], sig: &Signature) {
    let first = sig.bodies.first().map_or(sig.date.span.start, |b| b.start);
    // The start of the signature's first line.
    let line_start = body[..first].rfind('\n').map_or(0, |i| i + 1);
    // The line the date stands on.
    let date_line = body[..sig.date.span.start].rfind('\n').map_or(0, |i| i + 1);
    for e in found.iter_mut() {
        if let Some(v) = e.value.as_mut() {
            if v.start < line_start && v.end > line_start {
                v.end = body[..line_start].trim_end().len().max(v.start);
            } else if v.start >= line_start && v.start < date_line && v.end > date_line {
                // A section whose value is the 落款's body (`六、作出处罚决定的机关` over the
                // signing authority): the body, not the date under it.
                v.end = body[..date_line].trim_end().len().max(v.start);
            }
        }
    }
}

/// A line that names the notice's attachments (`附件：终止说明.pdf`) under a section ends it: the
/// attachments are the notice's, not the section's (the contacts above them, say). A value that
/// opens with such a line is a list of them and keeps them all.
pub(super) fn clip_at_attachments(body: &str, found: &mut Vec<FoundElement>) {
    // The attachments' list (`附件：1.宗地界址图` over `2.规划设计条件`) names files, not the
    // sections its items' words may also name.
    let mut lists: Vec<Span> = Vec::new();
    // Each `\n附件` in turn, as `match_indices` gives them; looked for by `find`, which tests
    // for the word first (most bodies hold none).
    let mut from = 0;
    let mut any = false;
    while let Some(i) = crate::notice::text::find(&body[from..], "\n附件") {
        any = true;
        let at = from + i;
        from = at + "\n附件".len();
        let start = at + 1;
        let first_end = body[start..].find('\n').map_or(body.len(), |e| start + e);
        let first = &body[start..first_end];
        if !first.contains(['：', ':']) || first.chars().count() > 60 {
            continue;
        }
        // Its items: the short lines under it, indented or numbered, no labels.
        let mut end = first_end;
        for line in body[first_end..].split_inclusive('\n').skip(1) {
            let t = line.trim_end();
            let item = t.chars().count() <= 40
                && !t.contains(['：', ':'])
                && t.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
                && !t.trim().is_empty();
            if !item {
                break;
            }
            end += line.len();
        }
        lists.push(Span { start, end });
    }
    if !lists.is_empty() {
        found.retain(|e| {
            !lists
                .iter()
                .any(|l| l.contains(e.label) && e.label.start > l.start)
        });
    }
    // A value is the body's words: a body without the line holds no value with it.
    if !any {
        return;
    }
    for e in found.iter_mut() {
        let Some(v) = e.value.as_mut() else { continue };
        let Some(value) = v.of(body) else { continue };
        if value.starts_with("附件") {
            continue;
        }
        if let Some(at) = crate::notice::text::find(value, "\n附件") {
            v.end = v.start + value[..at].trim_end().len();
        }
    }
}

/// A period's section whose first line is the period (`四、公示期` over `2025年6月11日至
/// 2025年6月14日`, then how to object and whom to call) is that line: what follows is the
/// notice's closing paragraphs, read for themselves.
pub(super) fn clip_periods(body: &str, found: &mut [FoundElement]) {
    for e in found.iter_mut() {
        if !matches!(e.key.as_ref(), "publicityPeriod" | "disclosurePeriod") {
            continue;
        }
        let Some(v) = e.value.as_mut() else { continue };
        let Some(value) = v.of(body) else { continue };
        let Some(nl) = value.find('\n') else { continue };
        let first = value[..nl].trim_end();
        let dated = crate::notice::dates::dates(first);
        if let [d] = &dated[..]
            && matches!(d.value, DateValue::Range { .. })
            && first.chars().count() <= d.span.of(first).map_or(0, |t| t.chars().count()) + 12
        {
            v.end = v.start + first.len();
        }
    }
}
