//! The events the national rules' time limits count from or to: which an item needs, how one
//! is set with its evidence, and a bid deadline stated in a sentence or given by the section on
//! submitting bids.

use crate::date::StatedDate;
use crate::model::item::ItemKind;
use crate::model::record::{DisclosureRecord, Events};
use crate::notice::dates::DateValue;
use crate::notice::elements::{FoundElement, element_values, has_element};
use crate::notice::span::{Span, Spanned};
use crate::notice::text::{holds, holds_any, joined_words};

/// The bid deadline a sentence states (`截止时间…仍为2025年4月23日9时00分`): the last day of
/// the first sentence that names the deadline and dates it, and the words that name it.
pub(super) fn deadline_in_prose(
    body: &str,
    dates: &[Spanned<DateValue>],
) -> Option<(Spanned<StatedDate>, Span)> {
    body.match_indices("截止时间").find_map(|(at, w)| {
        let start = body[..at].rfind(['。', '；', '\n', '\t']).map_or(0, |k| {
            k + body[k..].chars().next().map_or(1, char::len_utf8)
        });
        // Not the deadline of a registration, of the documents' sale or of an objection, nor
        // the one replaced (`原投标截止时间：…；变更后投标截止时间：…`).
        let before = &body[start..at];
        if holds_any(
            before,
            joined_words!(&["报名", "获取", "发售", "异议", "公示", "质疑"]),
        ) || before.trim_start().starts_with('原')
        {
            return None;
        }
        let mut end = body[at..]
            .find(['。', '；', '\n'])
            .map_or(body.len(), |e| at + e);
        // A sentence a copy broke after its change (`…由二〇二五年九月二十九日上午十时延期至` over
        // `二〇二五年十月十七日上午十时，…`) runs on to the next line, where the date in force is.
        if body[end..].starts_with('\n') && body[at..end].trim_end().ends_with(['至', '为']) {
            end = body[end + 1..]
                .find(['。', '；', '\n'])
                .map_or(body.len(), |e| end + 1 + e);
        }
        let last = dates
            .iter()
            .rev()
            .filter(|d| d.span.start >= at + w.len() && d.span.end <= end && d.span.start >= start)
            // Not the one replaced, in brackets after the new (`延期至7月24日（原为7月21日）`).
            .filter(|d| {
                // The four characters before it, at most.
                let mut from = d.span.start.saturating_sub(12).max(start);
                while !body.is_char_boundary(from) {
                    from += 1;
                }
                let before = &body[from..d.span.start];
                !(holds(before, "原为") || holds(before, "原定"))
            })
            .find_map(|d| match d.value {
                DateValue::Date(v) => Some(Spanned {
                    value: v,
                    span: d.span,
                }),
                _ => None,
            })?;
        Some((
            last,
            Span {
                start: at,
                end: at + w.len(),
            },
        ))
    })
}

/// The events the national rules' time limits count from or to, for `item`.
pub(super) fn needed_events(item: ItemKind) -> &'static [&'static str] {
    use std::sync::OnceLock;
    static NEEDED: OnceLock<Vec<(ItemKind, Vec<&'static str>)>> = OnceLock::new();
    let all = NEEDED.get_or_init(|| {
        let rules = crate::RuleSet::national();
        // An event's pointer is the same in every record; any record names it.
        let any = DisclosureRecord::from_json(
            r#"{"id":"","domain":"housing","item":"housingAllocationPolicy","title":"",
                "responsibleBody":{"name":""},"formedOn":"2024-01-01","status":"draft"}"#,
        )
        .expect("a minimal record reads");
        ItemKind::all()
            .map(|i| {
                let mut events: Vec<&'static str> = Vec::new();
                for r in rules.for_item(i) {
                    if let crate::Check::Deadline(d) = &r.check {
                        for a in [d.anchor, d.target] {
                            let path = a.path(&any);
                            if let Some(e) = path.strip_prefix("/events/")
                                && !events.contains(&e)
                            {
                                events.push(e);
                            }
                        }
                    }
                }
                (i, events)
            })
            .collect()
    });
    all.iter()
        .find(|(i, _)| *i == item)
        .map_or(&[], |(_, e)| e.as_slice())
}

/// Sets the event `name` to `date` unless it is set, with its evidence.
pub(super) fn put(
    events: &mut Events,
    evidence: &mut Vec<(String, Span, Option<Span>)>,
    name: &str,
    date: StatedDate,
    span: Span,
    label: Option<Span>,
) {
    if let Some(slot) = events.slot_mut(name)
        && slot.is_none()
    {
        *slot = Some(date);
        evidence.push((format!("/events/{name}"), span, label));
    }
}

/// A call for tenders states its bid deadline in the section on submitting bids
/// (`五、投标文件的递交 … 截止时间为…`): that section is the element too, beside the
/// deadline's own label in it (`投标截止时间：…`), if it has one.
pub(super) fn deadline_section(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
    let labelled: Vec<Span> = element_values(found, "bidDeadline");
    if item.element("bidDeadline").is_some()
        && let Some(s) = found
            .iter()
            .find(|e| {
                e.key == "submissionDeadlineAndMethod"
                    && e.value
                        .and_then(|v| v.of(body))
                        // Not a prequalification's applications (`递交资格预审申请文件截止时间`):
                        // they close before any bid is asked for (发改委令2017年第10号 Art 5 (四)).
                        .is_some_and(|v| holds(v, "截止") && !holds(v, "资格预审申请"))
            })
            .cloned()
        && s.value
            .is_some_and(|v| labelled.iter().all(|l| v.contains(*l) && v != *l))
    {
        found.push(FoundElement {
            key: "bidDeadline".into(),
            ..s
        });
    }
}

/// A bid deadline that also says how the bids are sent (`投标截止时间：2025年11月18日9:30，投标
/// 文件通过…平台递交`) states the deadline and method of submission as well (招标公告和公示信息
/// 发布管理办法 Art 5 (四): 递交…投标文件的截止时间、方式), when nothing else in the notice does.
pub(super) fn method_with_deadline(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
    if item.element("submissionDeadlineAndMethod").is_none()
        || has_element(found, "submissionDeadlineAndMethod")
    {
        return;
    }
    let says_how = |v: &str| {
        holds_any(v, joined_words!(&["递交", "上传", "提交", "送达"]))
            && holds_any(v, joined_words!(&["通过", "方式", "平台", "系统", "现场"]))
    };
    if let Some(d) = found
        .iter()
        .find(|e| e.key == "bidDeadline" && e.value.and_then(|v| v.of(body)).is_some_and(says_how))
        .cloned()
    {
        found.push(FoundElement {
            key: "submissionDeadlineAndMethod".into(),
            ..d
        });
    }
}
