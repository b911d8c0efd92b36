//! A decision's authority, date and number where no label gives them: stated in the sentence
//! that reports it, signed in its 落款, named in its title; and a complaint's or an
//! inspection's decision and basis written as a paragraph, and a complaint's party with the
//! particulars on its line.

use super::found::paragraph;
use super::policy::document_number;

use crate::model::item::ItemKind;
use crate::notice::dates::DateValue;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::signature::Signature;
use crate::notice::span::Span;
use crate::notice::text::{ends_with_any, holds, joined_words, numbered_rest, starts_with_any};

/// A decision's authority, date and number stated in the sentence that reports it, not signed
/// or labelled (`某县自然资源和规划局于2025年5月14日作出某罚〔2025〕16号行政处罚决定：…`, `…于
/// 2025年4月22日作出行政处罚决定（某财购罚〔2025〕5号）`; 行政处罚法 Art 59 ¶1 (六), the organ that
/// decided and the date): the organ before `于`, the date after it, the number between `作出` and
/// the decision or in the brackets after it. An organ that names itself (`本局`, `我局`) is left
/// to the 落款, which names it.
pub(super) fn decided_in_prose(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    lines: &[Span],
) {
    let key = |keys: [&'static str; 2]| keys.into_iter().find(|k| item.element(k).is_some());
    let (Some(organ_key), Some(date_key)) = (
        key(["authority", "enforcementAuthority"]),
        key(["decisionDate", "penaltyDate"]),
    ) else {
        return;
    };
    let number_key = item.element("decisionNumber").map(|_| "decisionNumber");
    let has = |found: &[FoundElement], key: &str| has_element(found, key);
    if has(found, organ_key) && has(found, date_key) {
        return;
    }
    for l in lines {
        let Some(t) = l.of(body) else { continue };
        if !holds(t, "作出") || !holds(t, "处罚决定") {
            continue;
        }
        let Some((date, organ, number)) = decision_sentence(t) else {
            continue;
        };
        let at = |r: std::ops::Range<usize>| Span {
            start: l.start + r.start,
            end: l.start + r.end,
        };
        let push = |found: &mut Vec<FoundElement>, key: &'static str, r: std::ops::Range<usize>| {
            if !has(found, key) {
                found.push(paragraph(key, l.start + r.start, at(r)));
            }
        };
        push(found, date_key, date);
        if let Some(organ) = organ {
            push(found, organ_key, organ);
        }
        if let (Some(k), Some(number)) = (number_key, number) {
            push(found, k, number);
        }
        break;
    }
    super::found::in_text_order(found);
}

/// In a sentence that reports a decision (`…局于2025年5月14日（对该公司）作出…号行政处罚决定`),
/// the date's range, the organ's (unless it names itself) and the number's, each a range of `t`.
#[allow(clippy::type_complexity)]
fn decision_sentence(
    t: &str,
) -> Option<(
    std::ops::Range<usize>,
    Option<std::ops::Range<usize>>,
    Option<std::ops::Range<usize>>,
)> {
    for d in crate::notice::dates::dates(t) {
        let DateValue::Date(day) = d.value else {
            continue;
        };
        if day.precision() != crate::date::Precision::Day {
            continue;
        }
        let (start, end) = (d.span.start, d.span.end);
        if !t[..start].ends_with('于') {
            continue;
        }
        // `作出` after the date, in its clause: directly or after whom it concerns (`对该公司`).
        let rest = &t[end..];
        let clause = rest.find(['，', '。', '；', ',']).unwrap_or(rest.len());
        let Some(made) = rest[..clause].find("作出") else {
            continue;
        };
        if !(made == 0 || rest.starts_with('对')) {
            continue;
        }
        let after = end + made + "作出".len();
        let stop = t[after..]
            .find(['，', '。', '；', ',', '：', ':'])
            .map_or(t.len(), |k| after + k);
        let Some(decision) = t[after..stop].find("处罚决定").map(|k| after + k) else {
            continue;
        };
        // The number between `作出` and the decision, or in brackets after it.
        let trim = |r: std::ops::Range<usize>| {
            let s = &t[r.clone()];
            let lead = s.len() - s.trim_start_matches(['《', ' ']).len();
            let tail = s.len() - s.trim_end_matches(['《', '的', ' ']).len();
            r.start + lead..r.end - tail
        };
        let numbered = |s: &str| s.ends_with('号') && s.contains(['〔', '[', '【', '（', '(']);
        let before = trim(after..decision);
        let before = trim(
            before.start
                ..before.end
                    - if t[before.clone()].ends_with("行政") {
                        "行政".len()
                    } else {
                        0
                    },
        );
        let mut number = numbered(&t[before.clone()]).then_some(before);
        if number.is_none() {
            let tail = decision + "处罚决定".len();
            let open = t[tail..]
                .trim_start_matches(['书', '》'])
                .strip_prefix(['（', '('])
                .map(|r| t.len() - r.len());
            if let Some(open) = open
                && let Some(close) = t[open..].find(['）', ')']).map(|k| open + k)
                && numbered(&t[open..close])
            {
                number = Some(open..close);
            }
        }
        // The organ: from the clause's start to `于`.
        let from = t[..start]
            .rfind(['，', '。', '；', ',', '：'])
            .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
        let organ = from..start - '于'.len_utf8();
        let name = t[organ.clone()].trim();
        let own = starts_with_any(name, joined_words!(&["本", "我", "该"]));
        let organ =
            (!own && is_organ(name) && (2..=40).contains(&name.chars().count())).then_some(organ);
        return Some((start..end, organ, number));
    }
    None
}

/// A penalty decision's authority and date are its 落款, and its number the 文号 under its title
/// (signed or not: a copy that lost its end keeps its head), where no label gives them.
pub(super) fn from_signature(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    sig: Option<&Signature>,
) {
    let has = |found: &[FoundElement], key: &str| has_element(found, key);
    let element = |key: &'static str, span: Span| paragraph(key, span.start, span);
    if !has(found, "authority")
        && let Some(b) = sig.and_then(|s| s.bodies.first())
    {
        found.push(element("authority", *b));
    }
    // Signed with the date alone: the organ the title names as its issuer (`某市住房和城乡建设局
    // 行政处罚决定书`), 行政处罚法 Art 59 (六)'s 作出决定的行政机关.
    if !has(found, "authority")
        && let Some(organ) = organ_in_title(body)
    {
        found.push(element("authority", organ));
    }
    if !has(found, "decisionDate")
        && let Some(sig) = sig
    {
        found.push(element("decisionDate", sig.date.span));
    }
    if !has(found, "decisionNumber")
        && item.element("decisionNumber").is_some()
        && let Some(n) = document_number(body)
    {
        found.push(element("decisionNumber", n));
    }
    super::found::in_text_order(found);
}

/// Whether `name` ends as an administrative organ's does (`…局`, `…委员会`, `…人民政府`).
pub(super) fn is_organ(name: &str) -> bool {
    ends_with_any(
        name,
        joined_words!(&[
            "局",
            "委",
            "厅",
            "中心",
            "政府",
            "办公室",
            "委员会",
            "部",
            "管委会",
        ]),
    )
}

/// The organ a decision's head names before its type, a span of `body` (whose first line is the
/// title): in the title (`某市住房和城乡建设局行政处罚决定书`, an aggregator's tag before it and the
/// decision's number after it: `【处罚公告】某局行政处罚决定书（某罚字〔2025〕第9号）`), or on the
/// line above the type's among the first lines (`某局` over `行政处罚决定书`, a decision's head
/// set in two lines).
fn organ_in_title(body: &str) -> Option<Span> {
    const TYPES: [&str; 2] = ["行政处罚决定书", "处罚决定书"];
    // Each organ read is a slice of `body`: its place is where it starts in it.
    let organ_at = |organ: &str| {
        let at = organ.as_ptr() as usize - body.as_ptr() as usize;
        (is_organ(organ) && organ.chars().count() >= 4).then_some(Span {
            start: at,
            end: at + organ.len(),
        })
    };
    let line = body.lines().next()?;
    let title = line.trim();
    // Without a tag before it (`【处罚公告】`) and a number in brackets after it.
    let title = match title.strip_prefix('【').and_then(|t| t.split_once('】')) {
        Some((_, rest)) => rest,
        None => title,
    };
    let title = match title
        .strip_suffix(['）', ')'])
        .and_then(|t| t.rfind(['（', '(']))
    {
        Some(open) if title[open..].contains('号') => &title[..open],
        _ => title,
    };
    if let Some(organ) = TYPES.iter().find_map(|w| title.strip_suffix(w)) {
        let organ = organ.strip_suffix("关于").unwrap_or(organ);
        return organ_at(organ);
    }
    let mut above: Option<&str> = None;
    for line in body.lines().take(8) {
        let t = line.trim();
        if TYPES.contains(&t) {
            return above.and_then(organ_at);
        }
        above = (!t.is_empty()).then_some(t);
    }
    None
}

/// The range `r` of a text that starts at byte `base`, as a span of the whole.
fn shifted(base: usize, r: std::ops::Range<usize>) -> Span {
    Span {
        start: base + r.start,
        end: base + r.end,
    }
}

/// The law a decision's words `t` cite, from `根据《` or `依据《` to `的规定` (or `之规定`), as a
/// range of `t`.
fn law_cited(t: &str) -> Option<std::ops::Range<usize>> {
    let from = ["根据《", "依据《"]
        .iter()
        .filter_map(|w| t.find(w))
        .min()?;
    Some(from..from + provision(&t[from..])?.end)
}

/// The words that close a citation of a provision in `t` (the first `的规定` or `之规定`), as a
/// range of `t`.
fn provision(t: &str) -> Option<std::ops::Range<usize>> {
    ["的规定", "之规定"]
        .iter()
        .filter_map(|w| t.find(w).map(|k| k..k + w.len()))
        .min_by_key(|r| r.start)
}

/// Whether a paragraph is an order numbered in a list (`（一）…`, `(2)…`, `3.…`), as
/// [`numbered_rest`] tells; a section's `一、` is the next section, not an order.
fn numbered_order(t: &str) -> bool {
    let t = t.trim_start();
    numbered_rest(t).len() != t.len()
        && !t.starts_with(['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'])
}

/// A complaint's or an inspection's decision written as a paragraph (`综上，根据《…办法》第二十九条
/// 第（二）项的规定，本机关决定如下：` over `驳回投诉。`, or all on one line): its basis is the
/// paragraph and the law it cites (from `《` to `的规定`), its decision the paragraph and what
/// follows `决定如下：` (on the line, else the next line). Only where no heading or label gave
/// them.
pub(super) fn decision_paragraph(body: &str, found: &mut Vec<FoundElement>, above: &[Span]) {
    let missing = |found: &[FoundElement], key: &str| !has_element(found, key);
    if !missing(found, "basis") && !missing(found, "decision") {
        return;
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let cites = |t: &str| (holds(t, "根据《") || holds(t, "依据《")) && provision(t).is_some();
    // Under a heading of the decision (`三、处理决定` over `…根据《…》第二十九条第（二）项的规定，
    // 驳回投诉。`), the decision is the section's: its basis is the law it cites, from 根据 to
    // 的规定, and also the section, whose words state both.
    if missing(found, "basis")
        && let Some(d) = found
            .iter()
            .filter(|e| e.key == "decision")
            .find_map(|e| e.value)
        && let Some(t) = d.of(body)
        && cites(t)
        && let Some(law) = law_cited(t)
    {
        found.push(paragraph(
            "basis",
            d.start + law.start,
            shifted(d.start, law),
        ));
        found.push(paragraph("basis", d.start, d));
        super::found::in_text_order(found);
        return;
    }
    // Under a heading of the basis and the result (`四、处理依据及结果` over `…依据《…》第二十九条
    // 第（二）项的规定，本机关决定如下：` and the orders, or `…的规定，本机关决定驳回投诉。`), the
    // section is the basis and the decision: the decision is also what follows its deciding
    // words, and the basis also the law it cites.
    if missing(found, "decision")
        && let Some(d) = found
            .iter()
            .filter(|e| e.key == "basis")
            .find_map(|e| e.value)
        && let Some(t) = d.of(body)
        && cites(t)
        && holds(t, "决定")
    {
        found.push(paragraph("decision", d.start, d));
        let k = ["决定如下：", "决定："]
            .iter()
            .find_map(|w| t.find(w).map(|k| k + w.len()));
        if let Some(k) = k
            && let rest = t[k..].trim()
            && !rest.is_empty()
        {
            let lead = t[k..].len() - t[k..].trim_start().len();
            let start = d.start + k + lead;
            found.push(paragraph(
                "decision",
                start,
                Span {
                    start,
                    end: start + rest.len(),
                },
            ));
        }
        if let Some(law) = law_cited(t).filter(|law| k.is_none_or(|k| law.end <= k)) {
            found.push(paragraph(
                "basis",
                d.start + law.start,
                shifted(d.start, law),
            ));
        }
        super::found::in_text_order(found);
        return;
    }
    let Some((i, l, t)) = above.iter().enumerate().find_map(|(i, l)| {
        let t = l.of(body)?;
        (cites(t) && holds(t, "决定") && !held.iter().any(|h| h.contains(*l))).then_some((i, *l, t))
    }) else {
        return;
    };
    let at = |r: std::ops::Range<usize>| Span {
        start: l.start + r.start,
        end: l.start + r.end,
    };
    let mut out = Vec::new();
    if missing(found, "basis") {
        out.push(paragraph("basis", l.start, l));
        if let Some(open) = t.find('《')
            && let Some(end) = provision(&t[open..]).map(|r| open + r.start)
        {
            out.push(paragraph("basis", l.start, at(open..end)));
        }
    }
    if missing(found, "decision") {
        // The paragraph after the colon, and the orders numbered after it (`（一）投诉事项成立；`
        // over `（二）责令被投诉人…`).
        let free = |next: &&Span| !held.iter().any(|h| h.contains(**next));
        let whole_to = above
            .get(i + 1)
            .filter(|_| t.trim_end().ends_with(['：', ':']))
            .filter(free)
            .map(|next| {
                let orders = |s: &&Span| s.of(body).is_some_and(numbered_order);
                let last = if orders(&next) {
                    above[i + 2..]
                        .iter()
                        .take_while(|s| orders(s) && free(s))
                        .last()
                } else {
                    None
                };
                Span {
                    start: next.start,
                    end: last.map_or(next.end, |s| s.end),
                }
            });
        let whole = Span {
            end: whole_to.map_or(l.end, |n| n.end),
            ..l
        };
        out.push(paragraph("decision", l.start, whole));
        if let Some(k) = t.find("如下：").map(|k| k + "如下：".len()) {
            let rest = t[k..].trim();
            if !rest.is_empty() {
                let lead = t[k..].len() - t[k..].trim_start().len();
                out.push(paragraph(
                    "decision",
                    l.start,
                    at(k + lead..k + lead + rest.len()),
                ));
            } else if let Some(next) = whole_to {
                out.push(paragraph("decision", next.start, next));
            }
        }
    }
    found.extend(out);
    super::found::in_text_order(found);
}

/// A complaint's party on its label's line with its particulars after its name (`投诉人：某公司，
/// 住所地：某路326号`): the party is also the whole line, as a reader quotes who complained
/// (财政部令第94号 Art 33 (一): the parties' names and addresses).
pub(super) fn complaint_party_lines(body: &str, found: &mut Vec<FoundElement>) {
    const PARTICULARS: &str = joined_words!(&[
        "住所",
        "地址",
        "住址",
        "法定代表人",
        "负责人",
        "委托代理人",
        "统一社会信用代码",
    ]);
    let mut more = Vec::new();
    for e in found
        .iter()
        .filter(|e| matches!(e.key.as_ref(), "complainant" | "respondent"))
    {
        let Some(v) = e.value else { continue };
        let line_end = body[v.end..].find('\n').map_or(body.len(), |k| v.end + k);
        let rest = &body[v.end..line_end];
        let particulars = rest.trim_start_matches(['，', ',', '；', ';', ' ', '\u{3000}']);
        if particulars.len() < rest.len() && starts_with_any(particulars, PARTICULARS) {
            more.push(super::found::also_as(
                e,
                Span {
                    start: v.start,
                    end: v.end + rest.trim_end().len(),
                },
            ));
        }
    }
    found.extend(more);
}
