//! A policy issued by a notice: its name from the title's 《》 or words, and a document's
//! number (文号) under the title or in its brackets; a plan or a policy published as itself,
//! named by its title.

use super::found::paragraph;
use super::title::title_span;
use crate::notice::text::{holds_any, joined_words};

use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::headings::Numbering;
use crate::notice::span::Span;

/// A document number (文号) on a line of its own among the first five: `云财采罚〔2024〕3号`.
/// A policy issued by a notice (`关于印发《某市公共租赁住房管理办法》的通知` over
/// `某建发〔2025〕14号`): its name is the title's 《》, its number the 文号 under the title, where
/// no label gave them.
pub(super) fn policy_named(body: &str, found: &mut Vec<FoundElement>) {
    let has = |found: &[FoundElement], key: &str| has_element(found, key);
    let element = |key: &'static str, span: Span| paragraph(key, span.start, span);
    let title = title_span(body);
    if !has(found, "policyName")
        && let Some(t) = title.of(body)
        && let Some(open) = t.find('《')
        && let Some(close) = t[open..].find('》').map(|c| open + c)
        && close > open + '《'.len_utf8()
    {
        let start = title.start + open + '《'.len_utf8();
        found.push(element(
            "policyName",
            Span {
                start,
                end: title.start + close,
            },
        ));
    }
    // Without its 《》 (`关于印发某市保障性租赁住房管理办法的通知`): the words between 印发 and the
    // notice's own 的通知, in place of the title read as the name.
    if let Some(t) = title.of(body)
        && !t.contains('《')
        && let Some(from) = t.find("印发").map(|k| k + "印发".len())
        && let Some(to) = ["的通知", "的通告", "的公告"]
            .iter()
            .find_map(|w| t.strip_suffix(w).map(str::len))
        && to > from
    {
        let name = Span {
            start: title.start + from,
            end: title.start + to,
        };
        found.retain(|e| {
            !(e.key == "policyName" && e.value.is_some_and(|v| v.contains(name) && v != name))
        });
        found.push(element("policyName", name));
    }
    if !has(found, "documentNumber")
        && let Some(n) = document_number(body)
    {
        found.push(element("documentNumber", n));
    }
    super::found::in_text_order(found);
}

/// A document's number (文号): a line of its own among the first eight lines of text under
/// the title (a red-headed document puts the issuer and its type above it), or in brackets at
/// the title's end (`行政处罚决定书（某财罚〔2025〕4号）`).
pub(super) fn document_number(body: &str) -> Option<Span> {
    let bracketed = |t: &str| holds_any(t, joined_words!(&["〔", "[", "［", "【"]));
    let mut at = 0;
    let mut n = 0;
    for line in body.split_inclusive('\n') {
        let t = line.trim();
        let lead = line.len() - line.trim_start().len();
        let start = at + lead;
        at += line.len();
        if t.is_empty() {
            continue;
        }
        if bracketed(t)
            && t.ends_with('号')
            && t.chars().count() <= 30
            && !t.contains(['：', ':', '。'])
        {
            return Some(Span {
                start,
                end: start + t.len(),
            });
        }
        // The title's closing bracket, and what it holds.
        if n == 0
            && let Some(open) = t.rfind(['（', '('])
            && let Some(inner) = t[open..]
                .strip_suffix(['）', ')'])
                .and_then(|s| s.strip_prefix(['（', '(']))
            && bracketed(inner)
            && inner.ends_with('号')
        {
            let from = start + t.len() - t[open..].len() + (t[open..].len() - inner.len())
                - t[open..].chars().last().map_or(0, char::len_utf8);
            return Some(Span {
                start: from,
                end: from + inner.len(),
            });
        }
        n += 1;
        if n == 8 {
            break;
        }
    }
    None
}

/// A plan or a policy published as itself is named by its title (`某市“十四五”保障性住房规划
/// 建设方案`, `某市住房局关于调整…准入条件的通知`).
pub(super) fn named_by_title(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
    for key in ["planName", "policyName"] {
        if item.element(key).is_some() && !has_element(found, key) {
            let title = title_span(body);
            if !title.is_empty() {
                found.push(FoundElement {
                    key: key.into(),
                    label: Span {
                        start: title.start,
                        end: title.start,
                    },
                    value: Some(title),
                    numbering: Numbering::Unnumbered,
                });
            }
        }
    }
}

/// A rule's article that sets who may apply (`第二条　申请公共租赁住房，应当同时符合下列条件：`
/// over `（一）…；` `（二）…。`): the article's words after its number and the conditions it
/// lists are the policy's eligibility criteria (公共租赁住房管理办法 Art 7 sets such conditions;
/// the policy item's 保障对象及准入条件), where no heading or label gave them.
pub(super) fn conditions_article(body: &str, found: &mut Vec<FoundElement>, above: &[Span]) {
    if has_element(found, "eligibilityCriteria") {
        return;
    }
    // A listed condition: `（一）`, `(1)`, `1.`, `1、`.
    let listed = |t: &str| crate::notice::text::numbered_rest(t).len() < t.len();
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    for (i, l) in above.iter().enumerate() {
        let t = l.of(body).unwrap_or("");
        let Some(rest) = article_rest(t.trim_start()) else {
            continue;
        };
        let sets =
            holds_any(rest, joined_words!(&["下列条件", "以下条件"])) && rest.contains("申请");
        if !sets || held.iter().any(|h| h.contains(*l)) {
            continue;
        }
        let start = l.end - rest.len();
        let run = above[i + 1..]
            .iter()
            .take_while(|n| listed(n.of(body).unwrap_or("").trim_start()))
            .count();
        let end = above[i + run].end;
        found.push(paragraph("eligibilityCriteria", start, Span { start, end }));
        super::found::in_text_order(found);
        return;
    }
}

/// A rule's article without its number (`第二条　申请…` → `申请…`).
fn article_rest(t: &str) -> Option<&str> {
    let after = t.strip_prefix('第')?;
    let n = after.find('条')?;
    let number = &after[..n];
    (!number.is_empty()
        && number.chars().count() <= 4
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || crate::notice::text::chinese_digit(c).is_some()))
    .then(|| after[n + '条'.len_utf8()..].trim_start_matches([' ', '　', '\t']))
}
