//! Elements read across several `label：value` lines or blocks: consecutive labels and pairs
//! of labels that give one element, a label with nothing after its colon over the lines it
//! heads, rows and groups of labels, runs of sections, a purchaser's block, a time over its
//! place, a table alone in its section; a contact with the label that names one of its facts,
//! and a value after a short label of its own.

use super::found::{also_as, paragraph};

use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, has_element, national};
use crate::notice::headings::{Heading, Numbering};
use crate::notice::lines::Lines;
use crate::notice::signature::Signature;
use crate::notice::span::Span;
use crate::notice::tables::Table;
use crate::notice::text::{holds, joined_words, starts_with_any, trim_start};

/// A label alone on its line, the whole wording of an element the item has and no reader gave
/// (`受让方资格条件` as a page's heading), over one paragraph of sentences and under it another
/// short line or nothing: that paragraph is what it says, as a heading's section is.
pub(super) fn label_over_paragraph(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let mut given = Vec::new();
    for (k, l) in above.iter().enumerate() {
        let Some(t) = l.of(body).filter(|t| alone(t)) else {
            continue;
        };
        let Some(key) = national().keys(t).find(|k| item.element(k).is_some()) else {
            continue;
        };
        if has_element(found, key) || has_element(&given, key) {
            continue;
        }
        let Some(&value) = above.get(k + 1) else {
            continue;
        };
        let Some(v) = value.of(body) else { continue };
        // Sentences, not a label's line (`交易保证金：5万元`) nor a numbered item.
        let labelled = v
            .char_indices()
            .take(12)
            .any(|(_, c)| matches!(c, '：' | ':'));
        if !v.contains('。') || labelled || v.len() > 1200 || super::found::section_lead(v) > 0 {
            continue;
        }
        // Framed: nothing under it, or a short line (the next heading).
        let framed = above
            .get(k + 2)
            .and_then(|n| n.of(body))
            .is_none_or(|n| n.chars().count() <= 12 && !n.contains('。'));
        if framed {
            given.push(FoundElement {
                key: key.into(),
                label: *l,
                value: Some(value),
                numbering: Numbering::Unnumbered,
            });
        }
    }
    if !given.is_empty() {
        found.extend(given);
        super::found::in_text_order(found);
    }
}

/// A label's line: a few characters, none a clause's mark or a colon.
fn alone(t: &str) -> bool {
    (2..=12).contains(&t.chars().count())
        && !t.contains(['：', ':', '，', '。', '、', '；', ';', ','])
}

/// A label alone on the line over a table, the whole wording of an element the item has and no
/// reader gave (an exchange page's `标的企业基本情况` over the enterprise's rows of labels and
/// values, `股权结构` over its shareholders' table): the table is what it says (企业国有资产交易
/// 监督管理办法 Art 15's 转让标的基本情况 and 股权结构, as exchanges disclose them).
pub(super) fn label_over_table(
    body: &str,
    item: ItemKind,
    tabs: &[Table],
    found: &mut Vec<FoundElement>,
) {
    let mut given: Vec<FoundElement> = Vec::new();
    for t in tabs {
        let table = t.span();
        // The line above the table's first row.
        let above = body[..table.start].trim_end();
        let start = above.rfind('\n').map_or(0, |i| i + 1);
        let line = above[start..].trim();
        if !alone(line) {
            continue;
        }
        let Some(key) = national().keys(line).find(|k| {
            item.element(k).is_some() && !found.iter().chain(&given).any(|e| e.key == *k)
        }) else {
            continue;
        };
        let at = start + (above[start..].len() - above[start..].trim_start().len());
        given.push(FoundElement {
            key: key.into(),
            label: Span {
                start: at,
                end: at + line.len(),
            },
            value: Some(table),
            numbering: Numbering::Unnumbered,
        });
    }
    if !given.is_empty() {
        found.extend(given);
        super::found::in_text_order(found);
    }
}

/// The purchaser and its agency given as a block of labelled lines (`采购人：某中学` over
/// `地址：…`, `联系电话：…`, `采购代理机构：…`; 财办库〔2020〕50号's 采购人和采购代理机构的名称、
/// 地址和联系方式): the element is the block, as readers quote it; also the purchaser's lines
/// alone, and the block with the numbered heading over it (`1.采购人信息`).
pub(super) fn purchaser_block(body: &str, lines: &Lines, found: &mut Vec<FoundElement>) {
    // A line of the block: a contact's label and its colon within its first twelve characters.
    // Spaced out as portals align them (`名　　称：`, `地 址：`), compared without the spaces.
    const LABELS: &str = joined_words!(&[
        "采购人",
        "采购单位",
        "采购代理机构",
        "代理机构",
        "地址",
        "名称",
        "联系",
        "电话",
        "项目联系",
        "传真",
        "邮编",
        "邮政编码",
    ]);
    let unspaced =
        |t: &str| -> String { t.chars().take(12).filter(|c| !c.is_whitespace()).collect() };
    let labelled = |t: &str| {
        let head = unspaced(t);
        head.contains(['：', ':']) && starts_with_any(&head, LABELS)
    };
    let Some(first) = found
        .iter()
        .filter(|e| e.key == "purchaserAndAgency" && e.label.start < e.label.end)
        .find(|e| {
            let t = unspaced(e.label.of(body).unwrap_or(""));
            matches!(t.as_str(), "采购人" | "名称" | "采购单位")
                && lines.line_start(e.label.start) == e.label.start
        })
    else {
        return;
    };
    let start = first.label.start;
    let line_end = |at: usize| body[at..].find('\n').map_or(body.len(), |k| at + k);
    let mut end = line_end(start);
    let mut purchaser_end = None;
    let mut n = 1;
    while end < body.len() {
        let next_start = end + 1;
        let next_end = line_end(next_start);
        let t = body[next_start..next_end].trim();
        if t.is_empty() || !labelled(t) {
            break;
        }
        if purchaser_end.is_none() && (t.starts_with("采购代理机构") || t.starts_with("代理机构"))
        {
            purchaser_end = Some(end);
        }
        end = next_end;
        n += 1;
    }
    // Three lines, or two that give the addresses and phones on each (`采购人：某医院，地址：…，
    // 联系电话：…` over the agency's).
    let whole = &body[start..end];
    if n < 2 || n == 2 && !(holds(whole, "地址") && holds(whole, "电话")) {
        return;
    }
    let trimmed = |a: usize, b: usize| Span {
        start: a,
        end: a + body[a..b].trim_end().len(),
    };
    let mut more = vec![also_as(first, trimmed(start, end))];
    if let Some(p) = purchaser_end {
        more.push(also_as(first, trimmed(start, p)));
    }
    // The numbered heading over it (`1.采购人信息`, `1.征集人信息`).
    if start > 0 {
        let above_start = lines.line_start(start - 1);
        let above = body[above_start..start].trim();
        let lead = body[above_start..start].len() - body[above_start..start].trim_start().len();
        if above.ends_with("信息") && above.chars().count() <= 16 {
            more.push(also_as(first, trimmed(above_start + lead, end)));
        }
    }
    found.extend(more);
}

/// Two numbered sections in a row that give one element (`四、响应文件提交` and `五、开启`, the
/// deadline and the opening of a call): the element is also both, their numbers and headings
/// with them, as readers quote a pair of sections.
pub(super) fn section_runs(body: &str, lines: &Lines, found: &mut Vec<FoundElement>) {
    let mut more = Vec::new();
    for (k, a) in found.iter().enumerate() {
        if a.numbering != Numbering::Chinese {
            continue;
        }
        let Some(av) = a.value else { continue };
        let next = found[k + 1..].iter().find(|b| {
            b.key == a.key
                && b.numbering == Numbering::Chinese
                && b.label.start > av.end
                && b.value.is_some()
        });
        let Some(b) = next else { continue };
        let between = body.get(av.end..b.label.start).unwrap_or("").trim();
        if !crate::notice::text::numbered_rest(between).is_empty() || between.is_empty() {
            continue;
        }
        let start = lines.line_start(a.label.start);
        let start = start + (body[start..].len() - body[start..].trim_start().len());
        let end = b.value.map_or(b.label.end, |v| v.end);
        more.push(also_as(a, Span { start, end }));
    }
    found.extend(more);
}

/// A section that opens with a table and goes on after it (`二、轮候名单` over the table, then
/// `轮候家庭应及时关注配租通知…`, the notice's closing words): the table alone is also what the
/// section gives, as readers quote a list.
pub(super) fn table_alone(body: &str, tabs: &[Table], found: &mut Vec<FoundElement>) {
    let mut more = Vec::new();
    for e in found.iter() {
        let Some(v) = e.value else { continue };
        let Some(t) = tabs.iter().find(|t| t.span().start == v.start) else {
            continue;
        };
        let end = t.span().end;
        if end < v.end && body.get(end..v.end).is_some_and(|rest| rest.contains('\n')) {
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

/// A table of a header over one row whose cells give several elements (a result's `中标（成交）
/// 金额 | 中标供应商名称 | 中标供应商地址` over its winner): each of them is also the table as
/// shown and its row, as readers quote a table that holds several elements whole. Added after
/// the parties and the record's values are read: a row is no party's name, and the record
/// keeps the cell.
pub(super) fn one_row_table(tabs: &[Table], found: &mut Vec<FoundElement>) {
    let mut more = Vec::new();
    for t in tabs.iter().filter(|t| t.rows.len() == 2) {
        let (header, row) = (&t.rows[0], &t.rows[1]);
        let from_cells: Vec<&FoundElement> = found
            .iter()
            .filter(|e| {
                header.line.contains(e.label) && e.value.is_some_and(|v| row.cells.contains(&v))
            })
            .collect();
        let mut keys: Vec<&str> = from_cells.iter().map(|e| e.key.as_ref()).collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.len() < 2 {
            continue;
        }
        let whole = Span {
            start: header.line.start,
            end: row.line.end,
        };
        for e in from_cells {
            more.push(also_as(e, row.line));
            more.push(also_as(e, whole));
        }
    }
    found.extend(more);
}

/// A listing's or a tender's time labelled on a line over its place on the next
/// (`挂牌时间：2025年11月10日9:00—…` over `地点：某交易中心`; 招标拍卖挂牌出让国有建设用地使用权
/// 规定 Art 17 (一), the place and the dates): the time and place are also the two lines, with
/// their labels, as readers quote a pair of lines that no heading of their own holds.
pub(super) fn time_over_place(body: &str, found: &mut Vec<FoundElement>) {
    let mut more = Vec::new();
    for e in found.iter() {
        if e.key != "timeAndPlace" || e.label.start == e.label.end {
            continue;
        }
        let (Some(label), Some(value)) = (e.label.of(body), e.value) else {
            continue;
        };
        if !label.ends_with("时间") || value.of(body).is_some_and(|v| v.contains('\n')) {
            continue;
        }
        let rest = &body[value.end..];
        let Some(next) = rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))
        else {
            continue;
        };
        let line = next.split('\n').next().unwrap_or("").trim_end();
        let place = line
            .find(['：', ':'])
            .is_some_and(|k| line[..k].ends_with("地点") && line[..k].chars().count() <= 8);
        if place {
            let end = body.len() - next.len() + line.len();
            more.push(paragraph(
                "timeAndPlace",
                e.label.start,
                Span {
                    start: e.label.start,
                    end,
                },
            ));
        }
    }
    found.extend(more);
}

/// Facts that make one element, given on consecutive `label：value` lines: the first label's
/// wording, the second's, and the element (`招标人：…` then `地址：…` is the 招标人名称和地址).
const LABEL_PAIRS: &[(&str, &str, &str)] = &[
    ("招标人", "地址", "tendererNameAndAddress"),
    ("招标人名称", "招标人地址", "tendererNameAndAddress"),
    ("招标人名称", "地址", "tendererNameAndAddress"),
    ("招标人", "招标人地址", "tendererNameAndAddress"),
    // A single-source publicity's first element (财办库〔2020〕50号: 采购人、采购项目名称和内容).
    ("采购人", "项目名称", "purchaserAndProject"),
    ("采购人名称", "项目名称", "purchaserAndProject"),
    // The project a correction, a termination or a suspension concerns: 所涉招标项目（名称、编号）.
    ("项目名称", "项目编号", "originalNotice"),
    ("项目名称", "招标编号", "originalNotice"),
    ("项目名称", "招标项目编号", "originalNotice"),
    ("招标项目名称", "招标项目编号", "originalNotice"),
    ("项目编号", "项目名称", "originalNotice"),
    ("招标编号", "项目名称", "originalNotice"),
    ("原项目名称", "原项目编号", "originalNotice"),
    ("原项目编号", "原项目名称", "originalNotice"),
    // When bids close and how they are sent (招标公告和公示信息发布管理办法 Art 5 (四): 递交…
    // 投标文件的截止时间、方式), on two lines.
    (
        "投标截止时间",
        "投标文件递交方式",
        "submissionDeadlineAndMethod",
    ),
    ("投标截止时间", "递交方式", "submissionDeadlineAndMethod"),
    ("投标截止时间", "投标方式", "submissionDeadlineAndMethod"),
    (
        "投标文件递交截止时间",
        "投标文件递交方式",
        "submissionDeadlineAndMethod",
    ),
    (
        "投标文件递交截止时间",
        "递交方式",
        "submissionDeadlineAndMethod",
    ),
];

/// Whether `label` may open one of [`LABEL_PAIRS`]: a 人, 名称 or 编号 label starting with one of
/// the pairs' first characters, or a bid deadline (told first: most labels fail it).
fn may_start_pair(label: &str) -> bool {
    let l = trim_start(label);
    l.starts_with(['招', '采', '项', '原'])
        && (l.contains('人') || holds(l, "名称") || holds(l, "编号"))
        || l.starts_with('投') && holds(l, "截止")
}

/// A label naming the project or notice a later notice concerns (`原招标公告名称`, `原项目名称`,
/// `原招标项目`): a name's, not a party's.
fn names_project(label: &str) -> bool {
    let party = label.contains(['人', '方']) || holds(label, "单位") || holds(label, "机构");
    !party && (holds(label, "名称") || matches!(label, "原招标项目" | "原项目" | "所涉项目"))
}

/// A label numbering that project or notice (`招标编号`, `原公告项目编号`).
fn numbers_project(label: &str) -> bool {
    label.ends_with("编号") && !label.contains(['人', '方'])
}

/// An element the conventions read as several consecutive label lines, labels included: two
/// lines or more whose labels give the same element (`原项目编号：…` `原项目名称：…`;
/// `投标报价：…` `工期：…` `质量：…`), and the pairs of [`LABEL_PAIRS`]. Added after the lines
/// it holds, which the content then leaves for it.
pub(super) fn consecutive_labels(
    body: &str,
    lines: &Lines,
    hs: &[Heading],
    item: ItemKind,
    found: &mut Vec<FoundElement>,
) {
    let line_of = |at: usize| lines.line_of(at);
    // Nothing but spaces before it on its line: read back from it to the line's break, most
    // often no character or one that is no space (not the line's start looked up first).
    let starts_line = |s: Span| {
        body[..s.start]
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .all(char::is_whitespace)
    };
    let mut merged: Vec<FoundElement> = Vec::new();
    // Same key on consecutive lines.
    let labelled: Vec<&FoundElement> = found
        .iter()
        .filter(|e| {
            e.numbering == Numbering::Unnumbered && e.value.is_some() && starts_line(e.label)
        })
        .collect();
    let mut i = 0;
    while i < labelled.len() {
        let mut j = i;
        while j + 1 < labelled.len()
            && labelled[j + 1].key == labelled[i].key
            && line_of(labelled[j + 1].label.start) == line_of(labelled[j].label.start) + 1
        {
            j += 1;
        }
        if j > i
            && let Some(end) = labelled[j].value
        {
            merged.push(FoundElement {
                key: labelled[i].key.clone(),
                label: labelled[i].label,
                value: Some(Span {
                    start: labelled[i].label.start,
                    end: end.end,
                }),
                numbering: Numbering::Unnumbered,
            });
        }
        i = j + 1;
    }
    // The pairs.
    for w in hs.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let (Some(la), Some(lb)) = (a.label.of(body), b.label.of(body)) else {
            continue;
        };
        if !may_start_pair(la) {
            continue;
        }
        let (la, lb) = (
            crate::notice::labels::normal(la),
            crate::notice::labels::normal(lb),
        );
        for (first, second, key) in LABEL_PAIRS {
            // The labels first: the item's list of elements is searched for the few pairs that
            // match.
            if la == *first
                && lb == *second
                && item.element(key).is_some()
                && a.numbering == Numbering::Unnumbered
                && b.numbering == Numbering::Unnumbered
                && line_of(b.label.start) == line_of(a.label.start) + 1
                && let Some(end) = b.value
            {
                merged.push(FoundElement {
                    key: (*key).into(),
                    label: a.label,
                    value: Some(Span {
                        start: a.label.start,
                        end: end.end,
                    }),
                    numbering: Numbering::Unnumbered,
                });
            }
        }
    }
    // The project a correction, a termination or a suspension concerns, named on its line and
    // numbered on the next in whatever words (`原招标公告名称：…` over `招标编号：…`).
    for e in found.iter().filter(|e| {
        e.key == "originalNotice" && e.numbering == Numbering::Unnumbered && starts_line(e.label)
    }) {
        let (Some(label), Some(value)) = (e.label.of(body), e.value) else {
            continue;
        };
        let line_end = |at: usize| body[at..].find('\n').map_or(body.len(), |i| at + i);
        let end = line_end(value.end);
        let next_start = end + 1;
        if next_start >= body.len() {
            continue;
        }
        let line = body[next_start..line_end(next_start)].trim_end();
        let Some((number, rest)) = line.trim_start().split_once(['：', ':']) else {
            continue;
        };
        if value.end <= end
            && body[value.end..end].trim().is_empty()
            && names_project(&crate::notice::labels::normal(label))
            && numbers_project(&crate::notice::labels::normal(number))
            && !rest.trim().is_empty()
        {
            merged.push(FoundElement {
                key: "originalNotice".into(),
                label: e.label,
                value: Some(Span {
                    start: e.label.start,
                    end: next_start + line.len(),
                }),
                numbering: Numbering::Unnumbered,
            });
        }
    }
    merged.extend(group_runs(body, lines, found));
    merged.extend(row_runs(body, lines, found));
    found.extend(merged);
    super::found::in_text_order(found);
}

/// A label with nothing after its colon (`联系方式：`, `中标候选人：`) over lines of labels that
/// give the item no element of their own (`采购人：…，联系人：…`): those lines are what it says,
/// up to a blank line, a line that gives an element, a numbered heading or the 落款. Where a line
/// that gives an element ends them, the lines down to the blank line, the numbered heading or
/// the 落款 are also what it says: a lot's facts under `采购需求：` (`标项名称：…`, `数量：…`,
/// `预算金额（元）：…`, `简要规格描述：…`) describe what is bought, the lot's budget among them.
pub(super) fn empty_labels(
    body: &str,
    lines: &Lines,
    hs: &[Heading],
    found: &mut Vec<FoundElement>,
    sig: Option<&Signature>,
) {
    let stop = sig.map_or(body.len(), |s| {
        let first = s.bodies.first().map_or(s.date.span.start, |b| b.start);
        body[..first].rfind('\n').map_or(0, |i| i + 1)
    });
    // The labels that open their lines: a line opened by a label of an element ends the list
    // (one that gives an element further on, `招标人：… 联系电话：…`, is part of it).
    let opens_line = |at: usize| body[lines.line_start(at)..at].trim().chars().count() <= 4;
    // Both lists found only where an unnumbered element has no value, which most pages lack:
    // only those are read on.
    let starts: Vec<usize>;
    let numbered: Vec<usize>;
    let mut lists: Option<(&[usize], &[usize])> = None;
    if found
        .iter()
        .any(|e| e.numbering == Numbering::Unnumbered && e.value.is_none_or(|v| v.is_empty()))
    {
        // A label of what a party says (`投诉人称：` under `投诉事项：`) opens the element's
        // own sentence: it does not end the list.
        starts = found
            .iter()
            .filter(|e| {
                e.label
                    .of(body)
                    .is_none_or(|l| !super::super::elements::says_what(l))
            })
            .map(|e| e.label.start)
            .filter(|&at| opens_line(at))
            .collect();
        numbered = hs
            .iter()
            .filter(|h| h.numbering != Numbering::Unnumbered)
            .map(|h| h.label.start)
            .collect();
        lists = Some((&starts, &numbered));
    }
    let Some((starts, numbered)) = lists else {
        return;
    };
    let mut wider = Vec::new();
    for e in found.iter_mut() {
        if e.numbering != Numbering::Unnumbered || e.value.is_some_and(|v| !v.is_empty()) {
            continue;
        }
        let Some(line_end) = body[e.label.end..].find('\n').map(|k| e.label.end + k) else {
            continue;
        };
        if !body[e.label.end..line_end]
            .trim()
            .trim_start_matches([':', '：'])
            .is_empty()
        {
            continue;
        }
        let mut at = line_end + 1;
        let mut end = None;
        let mut wide_end = None;
        let mut narrow = true;
        while at < stop {
            let next = body[at..]
                .find('\n')
                .map_or(body.len(), |k| at + k)
                .min(stop);
            let line = &body[at..next];
            let given = |p: &usize| (at..next).contains(p);
            if line.trim().is_empty() || numbered.iter().any(given) {
                break;
            }
            if narrow && starts.iter().any(given) {
                if end.is_none() {
                    break;
                }
                narrow = false;
            }
            let through = Some(at + line.trim_end().len());
            if narrow {
                end = through;
            } else {
                wide_end = through;
            }
            at = next + 1;
        }
        if let Some(end) = end {
            let start = line_end + 1;
            let start = start + (body[start..end].len() - body[start..end].trim_start().len());
            e.value = Some(Span { start, end });
            if let Some(wide_end) = wide_end {
                wider.push(also_as(
                    e,
                    Span {
                        start,
                        end: wide_end,
                    },
                ));
            }
        }
    }
    found.extend(wider);
}

/// The element `first` begins, spanning from the start of `first`'s line, spaces aside, to
/// `end`: a run of lines read as one element.
fn run_from(body: &str, lines: &Lines, first: &FoundElement, end: usize) -> FoundElement {
    let start = lines.line_start(first.label.start);
    let start = start + (body[start..].len() - body[start..].trim_start().len());
    also_as(first, Span { start, end })
}

/// A list whose rows each name someone and then label a fact of theirs (`1.郭*东，配租房源：…`,
/// `2.马*霞，配租房源：…`): the label names a column, not an element the notice gives once, and
/// the element is the list, every row whole, down to its last numbered row.
fn row_runs(body: &str, lines: &Lines, found: &[FoundElement]) -> Vec<FoundElement> {
    let line_start = |at: usize| lines.line_start(at);
    let line_end = |at: usize| body[at..].find('\n').map_or(body.len(), |k| at + k);
    let in_row = |e: &FoundElement| {
        e.value.is_some() && e.label.of(body).is_some_and(|l| l.contains(['，', ',']))
    };
    // A row's number: a figure, bare or in brackets (`1.`, `（1）`), not a section's (`（二）`).
    let numbered = |t: &str| {
        t.trim_start_matches(['（', '('])
            .starts_with(|c: char| c.is_ascii_digit())
    };
    let rows: Vec<&FoundElement> = found.iter().filter(|e| in_row(e)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let first = rows[i];
        let first_line = lines.line_of(first.label.start);
        let mut j = i + 1;
        while j < rows.len()
            && rows[j].key == first.key
            && lines.line_of(rows[j].label.start) == first_line + (j - i)
        {
            j += 1;
        }
        let start = line_start(first.label.start);
        let start = start + (body[start..].len() - body[start..].trim_start().len());
        if j > i + 1 && numbered(&body[start..]) {
            // Down to the list's last numbered row, a row cut short included.
            let mut end = line_end(rows[j - 1].label.start);
            while end < body.len() {
                let next = &body[end + 1..line_end(end + 1)];
                if !numbered(next.trim_start()) || next.trim().is_empty() {
                    break;
                }
                end = line_end(end + 1);
            }
            let end = start + body[start..end].trim_end().len();
            out.push(run_from(body, lines, first, end));
        }
        i = j;
    }
    out
}

/// An element given as two groups of labels, each under a heading of its own
/// (`1.采购人信息` and `2.采购代理机构信息` with their 名称, 地址 and 联系方式 lines, for the
/// element 采购人和采购代理机构): the element is the whole run, headings included, as an element
/// of two facts on two label lines is both lines.
fn group_runs(body: &str, lines: &Lines, found: &[FoundElement]) -> Vec<FoundElement> {
    let table = national();
    let line_start = |at: usize| lines.line_start(at);
    // A heading that groups labels and gives its own element (the national groups), over the
    // section under it.
    // The keys of the national wordings that head parts, gathered once: an element of another
    // key is no such heading, and its label is not looked at.
    static GROUP_KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let group_keys = GROUP_KEYS.get_or_init(|| {
        let mut keys: Vec<&str> = national()
            .entries()
            .iter()
            .filter(|e| !e.parts.is_empty())
            .filter_map(|e| e.key.as_deref())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    });
    let group = |e: &FoundElement| {
        // The label is normalised only for the elements that may be such a heading.
        if e.value.is_none_or(|v| v.is_empty())
            || group_keys.binary_search(&e.key.as_ref()).is_err()
            || body[line_start(e.label.start)..e.label.start]
                .trim()
                .chars()
                .count()
                > 4
        {
            return false;
        }
        let label = e
            .label
            .of(body)
            .map(crate::notice::labels::normal)
            .unwrap_or_default();
        table.same_first(&label).iter().any(|&i| {
            let entry = &table.entries()[i];
            entry.wording == label
                && !entry.parts.is_empty()
                && entry.key.as_deref() == Some(e.key.as_ref())
        })
    };
    let heads: Vec<&FoundElement> = found.iter().filter(|e| group(e)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < heads.len() {
        let first = heads[i];
        let mut j = i + 1;
        let mut end = first.value.map_or(first.label.end, |v| v.end);
        while j < heads.len() && heads[j].key == first.key {
            let start = line_start(heads[j].label.start);
            if start < end || !body[end..start].trim().is_empty() {
                break;
            }
            end = heads[j].value.map_or(heads[j].label.end, |v| v.end);
            j += 1;
        }
        if j > i + 1 {
            out.push(run_from(body, lines, first, end));
        }
        i = j;
    }
    out
}

/// A contact given after a label that names one of its facts (`联系人：张先生，电话：…`) is
/// that line with its label too: the label is part of what it says.
pub(super) fn contacts_with_labels(body: &str, found: &mut Vec<FoundElement>) {
    let with_label: Vec<FoundElement> = found
        .iter()
        .filter(|e| e.key == "contact")
        .filter(|e| {
            e.label
                .of(body)
                .is_some_and(|l| matches!(l, "联系人" | "联系电话" | "咨询电话" | "电话" | "手机"))
        })
        .filter_map(|e| {
            let v = e.value?;
            let between = body.get(e.label.end..v.start)?;
            // A masked or left-out value stays the value alone, which says it is not shown.
            let shown = !v.of(body)?.contains(['*', '＊', '略']);
            (shown && matches!(between.trim(), "：" | ":")).then(|| FoundElement {
                key: "contact".into(),
                label: e.label,
                value: Some(Span {
                    start: e.label.start,
                    end: v.end,
                }),
                numbering: e.numbering,
            })
        })
        .collect();
    found.extend(with_label);
}

/// A tenderer named on a line that goes on to its address (`招标人：某局，地址：某路1号`, or in
/// spaced fields `招标人：某局　地址：某路1号　联系人：…`) is named with its address, the element
/// being both (发改委令第10号 Art 5 (五): 招标人…的名称、地址): after a comma, the rest of the
/// line; in spaced fields, the field with its label, to the address's end.
pub(super) fn tenderer_with_address(body: &str, found: &mut [FoundElement]) {
    const SPACES: [char; 4] = [' ', '\u{3000}', '\u{a0}', '\t'];
    for e in found
        .iter_mut()
        .filter(|e| e.key == "tendererNameAndAddress")
    {
        let Some(v) = e.value else { continue };
        let Some(line) = body.get(v.end..).map(|r| r.split('\n').next().unwrap_or(r)) else {
            continue;
        };
        let after = line.trim_start_matches(SPACES);
        let spaced = after.len() < line.len();
        let Some(address) = (if spaced {
            Some(after)
        } else {
            after.strip_prefix(['，', ','])
        }) else {
            continue;
        };
        let unspaced: String = address
            .chars()
            .take(6)
            .filter(|c| !SPACES.contains(c))
            .collect();
        if !(unspaced.starts_with("地址：") || unspaced.starts_with("地址:")) {
            continue;
        }
        let line_end = v.end + line.trim_end_matches(SPACES).len();
        e.value = Some(if spaced {
            // The address's field ends where the next field's spaces start.
            let from = v.end + line.len() - address.len();
            let field = &body[from..line_end];
            let colon = field.find(['：', ':']).unwrap_or(0);
            let end = field[colon..]
                .find(SPACES)
                .map_or(line_end, |k| from + colon + k);
            Span {
                start: e.label.start,
                end,
            }
        } else {
            Span {
                start: v.start,
                end: line_end,
            }
        });
    }
}

/// A value that opens with a short label of its own (`核查结果：经核查，…`, `经查明：当事人…`)
/// is also its words after that label, as readers quote a value after its label.
pub(super) fn after_own_labels(body: &str, found: &mut Vec<FoundElement>) {
    let after_own_label: Vec<FoundElement> = found
        .iter()
        .filter_map(|e| {
            let v = e.value?;
            let t = v.of(body)?;
            // The colon within the first seven characters: a long value is not searched whole.
            let colon = t.char_indices().take(7).find(|&(_, c)| c == '：')?.0;
            let (head, rest) = (&t[..colon], &t[colon + '：'.len_utf8()..]);
            let words = head.chars().count();
            // Not a pointer elsewhere (`详见附件：…`), which says the value is not shown here.
            ((2..=6).contains(&words)
                && head.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                && !head.contains("附件")
                && !head.contains("详见")
                && rest.trim().chars().count() >= 4)
                .then(|| {
                    let start = v.start + head.len() + '：'.len_utf8();
                    FoundElement {
                        value: Some(Span {
                            start: start + (rest.len() - rest.trim_start().len()),
                            end: v.end,
                        }),
                        ..e.clone()
                    }
                })
        })
        .collect();
    found.extend(after_own_label);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`consecutive_labels`] passes over a pair whose first label [`may_start_pair`] refuses.
    #[test]
    fn every_label_pair_may_start_a_pair() {
        for (first, _, _) in LABEL_PAIRS {
            assert!(may_start_pair(first), "{first}");
        }
    }
}
