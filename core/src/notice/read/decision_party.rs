//! The party a penalty decision concerns, named in its prose rather than after a label: in its
//! opening sentence, as a letter's salutation, in the third person, or on one line with its
//! particulars.

use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::span::Span;
use crate::notice::text::{ends_with_any, holds, joined_words, starts_with_any};

/// The party a decision names in its opening sentence rather than after a label
/// (`当事人某矿业有限公司（统一社会信用代码：…，住所：某村，…）持有的…`), or addresses as a
/// letter does, on a line of its own before the facts (`某置业有限公司：`, `某公司（统一社会信用
/// 代码：…，住所：…）：`): the name up to the bracket, comma or colon, and the 住所 or 地址 in the
/// bracket.
pub(super) fn party_in_prose(body: &str, found: &mut Vec<FoundElement>, lines: &[Span]) {
    let opening = lines
        .iter()
        .filter_map(|l| Some((*l, l.of(body)?)))
        .find(|(_, t)| t.starts_with("当事人") && !t.starts_with("当事人："))
        .map(|(l, t)| (l, t, "当事人".len()));
    // The salutation stands within the decision's first lines, before its facts (`经查`).
    let salutation = || {
        lines
            .iter()
            .take(6)
            .filter_map(|l| Some((*l, l.of(body)?.trim_end())))
            .find_map(|(l, t)| {
                let addressed = (t.ends_with(['：', ':'])
                    && !t.starts_with('各')
                    && t.chars().count() <= 120
                    && !t.contains(['。', '；']))
                    || salutation_end(t).is_some();
                // A page's line of particulars (`发布日期：…　来源：…　分享：`) ends with a colon
                // too: a salutation names a party.
                if addressed && named(t, 0).is_some() {
                    return Some((l, t, 0));
                }
                // A clause of a decision in one paragraph is read as the line it opens.
                let line = body
                    .get(l.start..)
                    .and_then(|r| r.lines().next())
                    .unwrap_or(t);
                let (from, _) = third_person_party(line).filter(|_| holds(line, "决定"))?;
                (from < t.len()).then_some((l, t, from))
            })
    };
    let Some((l, t, from)) = opening.or_else(salutation) else {
        return;
    };
    let Some(end) = named(t, from) else {
        return;
    };
    let element = |key: &'static str, start: usize, end: usize| FoundElement {
        key: key.into(),
        label: Span {
            start: l.start,
            end: l.start + from,
        },
        value: Some(Span {
            start: l.start + start,
            end: l.start + end,
        }),
        numbering: crate::notice::headings::Numbering::Unnumbered,
    };
    found.push(element("partyName", from, end));
    // The code and address in brackets after the name, or on the line under a salutation
    // (`某公司：` over `（统一社会信用代码：…；地址：…）`).
    let under = lines
        .iter()
        .skip_while(|o| o.start != l.start)
        .nth(1)
        .and_then(|n| Some((*n, n.of(body)?)))
        .filter(|(_, n)| {
            // Or opening the facts that follow, as the one addressed (`你公司（统一社会信用代码：
            // …，住所：…）于…`).
            let n = ["你公司", "你单位", "你"]
                .iter()
                .find_map(|w| n.strip_prefix(w))
                .unwrap_or(n);
            n.starts_with(['（', '('])
        });
    let salutation = from == 0 && t[end..].trim_start_matches(['：', ':']).is_empty();
    // Or labelled on a line of its own among the next few under a salutation (`地址：…`).
    if salutation && under.is_none() && !has_element(found, "partyAddress") {
        let labelled = lines
            .iter()
            .skip_while(|o| o.start != l.start)
            .skip(1)
            .take(4)
            .find_map(|n| {
                let u = n.of(body)?;
                ["地址：", "住所：", "住址："]
                    .iter()
                    .find_map(|w| u.strip_prefix(w))
                    .map(|v| (n.end - v.len(), n.end))
            });
        if let Some((start, stop)) = labelled {
            let mut address = element("partyAddress", 0, 0);
            address.value = Some(Span { start, end: stop });
            found.push(address);
            return;
        }
    }
    let (at, t, end) = match under {
        Some((n, u)) if salutation => (n.start, u, 0),
        _ => (l.start, t, end),
    };
    // The particulars in the brackets after the name, or, without brackets, in the rest of
    // the sentence that names it (`当事人某公司，统一社会信用代码…，住所某路8号，法定代表人…。`).
    let bracketed = t[end..].starts_with(['（', '(']) || !t[end..].starts_with(['，', ',']);
    let bracket_end = match bracketed {
        true => t[end..].find(['）', ')']).map_or(end, |e| end + e),
        false => t[end..].find(['。', '；']).map_or(t.len(), |e| end + e),
    };
    let labels: &[&str] = match bracketed {
        true => &["住所：", "地址：", "住址："],
        false => &["住所：", "地址：", "住址：", "住所", "地址", "住址"],
    };
    if let Some((_, r)) = crate::notice::parties::labelled_address(&t[end..bracket_end], labels)
        && r.end > r.start
        && !has_element(found, "partyAddress")
    {
        let mut address = element("partyAddress", 0, 0);
        address.value = Some(Span {
            start: at + end + r.start,
            end: at + end + r.end,
        });
        found.push(address);
    }
}

/// Where the name of the party a decision names at `from` in `t` ends — at the bracket, comma
/// or colon after it — when it is an organisation's name, or a person's addressed alone on the
/// line (`林某某：`) or with their particulars in brackets (`蔡某明（身份证号码：…，住址：…）：`): a
/// decision served on an individual.
fn named(t: &str, from: usize) -> Option<usize> {
    let end = from + t[from..].find(['（', '(', '，', ',', '：', ':'])?;
    let name = &t[from..end];
    let rest = t[end..].trim_end().trim_end_matches(['：', ':']);
    // Nothing after the name but one pair of brackets.
    let alone = rest.is_empty()
        || rest.starts_with(['（', '('])
            && rest
                .find(['）', ')'])
                .is_some_and(|k| rest[k..].chars().count() == 1);
    let person = from == 0 && alone && crate::notice::parties::person_name(name);
    ((2..=60).contains(&name.chars().count()) && (is_organisation(name) || person)).then_some(end)
}

/// Where the salutation of a decision written as one paragraph ends (`某合作社（统一社会信用代码：
/// …，住所：…）：经查，…`): after the first colon outside brackets, when no sentence ends before it
/// and the facts (`经查`, `经调查` …) follow it.
pub(super) fn salutation_end(t: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in t.char_indices() {
        match c {
            '（' | '(' => depth += 1,
            '）' | ')' => depth = depth.saturating_sub(1),
            '。' | '；' => return None,
            '：' | ':' if depth == 0 => {
                let after = i + c.len_utf8();
                let rest = &t[after..];
                return (i > 0
                    && i <= 360
                    && (rest.starts_with("经") || rest.starts_with("现查明")))
                .then_some(after);
            }
            _ => {}
        }
    }
    None
}

/// Whether a decision's party named `name` is an organisation by the word its name ends with
/// (`某公司`, `某合作社`, `某事务所`).
fn is_organisation(name: &str) -> bool {
    ends_with_any(
        name,
        joined_words!(&[
            "公司",
            "厂",
            "中心",
            "合作社",
            "事务所",
            "店",
            "部",
            "院",
            "站",
        ]),
    )
}

/// A decision reported in the third person names its party with its particulars in brackets
/// (`某公司（统一社会信用代码：…；住所：…）于2024年8月…`), opening the paragraph or after the
/// clause that says how it was found (`…在执法巡查中发现，某公司（统一社会信用代码：…）以出让方式
/// …`, then only with its code): where the name starts, and where the brackets end, when what
/// it did follows them (`于`, `在`, `因`, `未`, `将`, `以`, `作为`).
pub(super) fn third_person_party(t: &str) -> Option<(usize, usize)> {
    let open = t.find(['（', '('])?;
    let close = t[open..].find(['）', ')'])? + open;
    let from = match t[..open].rfind(['，', ',']) {
        None => 0,
        Some(k) if holds(&t[open..close], "信用代码") => {
            k + t[k..].chars().next().map_or(1, char::len_utf8)
        }
        Some(_) => return None,
    };
    let name = &t[from..open];
    let org = is_organisation(name);
    if !(2..=60).contains(&name.chars().count())
        || name.contains(['。', '：', ':', '“', '"', '的'])
        || starts_with_any(name, joined_words!(&["你", "我", "本", "该"]))
        || !(org || crate::notice::parties::person_name(name))
    {
        return None;
    }
    let after = close + t[close..].chars().next().map_or(1, char::len_utf8);
    starts_with_any(
        &t[after..],
        joined_words!(&["于", "在", "因", "未", "将", "以", "作为"]),
    )
    .then_some((from, after))
}

/// A decision's party on one line with their particulars (`当事人：向某某，男，住某市某路56号。`,
/// 行政处罚法 Art 59 (一)'s 姓名或者名称、地址): the name is the words before the first comma,
/// and the address, where no label gives it, what follows `住` or `住所`.
pub(super) fn party_line(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
    if item.element("partyAddress").is_none() {
        return;
    }
    let Some(e) = found.iter_mut().find(|e| e.key == "partyName") else {
        return;
    };
    let Some(v) = e.value else { return };
    let Some(t) = v.of(body) else { return };
    let Some(comma) = t.find(['，', ',']) else {
        return;
    };
    let rest = &t[comma..];
    let lives = ["，住所：", "，住所:", "，住址：", "，住址:", "，住", ",住"]
        .iter()
        .find_map(|w| rest.find(w).map(|at| comma + at + w.len()));
    let Some(from) = lives else { return };
    let name = t[..comma].trim();
    if !(2..=40).contains(&name.chars().count()) || name.contains(['：', ':']) {
        return;
    }
    let (label, numbering) = (e.label, e.numbering);
    // A line that gives the party's code too is its particulars, whose code names the party.
    if !holds(rest, "信用代码") {
        e.value = Some(Span {
            start: v.start,
            end: v.start + comma,
        });
    }
    if t[from..].trim().is_empty() || has_element(found, "partyAddress") {
        return;
    }
    found.push(FoundElement {
        key: "partyAddress".into(),
        label,
        value: Some(Span {
            start: v.start + from,
            end: v.end,
        }),
        numbering,
    });
}
