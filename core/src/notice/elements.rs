//! Which element of an item each heading or label gives: the headings of
//! [`headings`](super::headings) looked up in a [`LabelTable`], so that a caller knows that
//! `一、项目编号：YJ-2024-031` states the `projectNumber` and where.
//!
//! A label is looked up as a part of the heading it stands under (`名称` under `1.采购人信息`),
//! then as a wording of its own, then by the longest wording it contains (`本项目预算金额` is a
//! `预算金额`). Given the item, only its elements are given (`联系方式` is a correction's
//! `contact`, a single-source publicity's `contacts`).
//!
//! # Example
//! ```
//! use gongkai::ItemKind;
//! use gongkai::notice::elements;
//! let text = "一、项目编号：YJ-2024-031\n九、凡对本次公告内容提出询问，请按以下方式联系。\n1.采购人信息\n名称：云江市档案馆\n";
//! let found = elements(text, Some(ItemKind::ProcurementResult));
//! let keys: Vec<_> = found.iter().map(|e| e.key.as_ref()).collect();
//! assert_eq!(keys, ["projectNumber", "purchaserAndAgency", "purchaserAndAgency"]);
//! assert_eq!(found[2].value.and_then(|v| v.of(text)), Some("云江市档案馆"));
//! ```

use std::borrow::Cow;

use super::headings::{Heading, Numbering, headings};
use super::labels::{LabelTable, normal, normal_in};
use super::span::Span;
use super::tables::{Separator, Table, tables};
use crate::model::item::ItemKind;
use crate::notice::text::{holds_any, joined_words, starts_with_any};

/// An element a notice gives: its key, the span of the heading or label that names it and the
/// span of what it says.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct FoundElement {
    /// The element key (`projectNumber`): lent, not copied, when the label table's or a
    /// reader's is static (the national table's all are), so that copying an element copies no
    /// text.
    pub key: Cow<'static, str>,
    /// The heading or label that names it.
    pub label: Span,
    /// What it says; `None` when the heading stands with nothing after or under it.
    pub value: Option<Span>,
    /// How the heading is numbered.
    pub numbering: Numbering,
}

/// Whether one of `found` is `key`'s: one body for the question the readers ask most, not one
/// for every closure that asks it.
pub(crate) fn has_element(found: &[FoundElement], key: &str) -> bool {
    found.iter().any(|e| e.key == key)
}

/// The values found for `key`, in their order.
pub(crate) fn element_values(found: &[FoundElement], key: &str) -> Vec<Span> {
    found
        .iter()
        .filter(|e| e.key == key)
        .filter_map(|e| e.value)
        .collect()
}

/// The elements `text` gives, by the national [`LabelTable`]; only those of `item` when given.
pub fn elements(text: &str, item: Option<ItemKind>) -> Vec<FoundElement> {
    elements_with(text, national(), item)
}

pub(crate) use super::labels::national;

/// The elements `text` gives, by `table`; only those of `item` when given.
///
/// # Example
/// ```
/// use gongkai::notice::{LabelTable, elements_with};
/// let mut table = LabelTable::new();
/// table.add("标段编号", "projectNumber");
/// let found = elements_with("标段编号：YJ-7", &table, None);
/// assert_eq!(found[0].key, "projectNumber");
/// ```
pub fn elements_with(text: &str, table: &LabelTable, item: Option<ItemKind>) -> Vec<FoundElement> {
    let hs = with_tables(text, headings(text), &tables(text), table);
    elements_in(text, &hs, table, item, &[])
}

/// The elements the headings `hs` of `text` give (its lines' and its tables', in order), by
/// `table`; only those of `item` when given, and the `extra` keys a rule table adds to it.
pub(crate) fn elements_in(
    text: &str,
    hs: &[Heading],
    table: &LabelTable,
    item: Option<ItemKind>,
    extra: &[String],
) -> Vec<FoundElement> {
    let fits =
        |key: &str| item.is_none_or(|i| i.element(key).is_some()) || extra.iter().any(|k| k == key);
    let entries = table.entries();
    // The headings above the current line that give their parts a meaning: (level, entry).
    let mut groups: Vec<(u8, usize)> = Vec::new();
    // The element the numbered section a line is in gives, and the section's level. (Keys are
    // the table's, lent: an element found shares the table's key, its text copied only where
    // the table owns it, as a caller's table does.)
    let mut section: Option<(u8, &str)> = None;
    // The level of the numbered heading before, when it was a list's item (`二、…；`).
    let mut list_level: Option<u8> = None;
    // Most headings give one element: sized for them at once, not grown a push at a time.
    let mut out = Vec::with_capacity(hs.len());
    // The labels that normalising changes, each in turn, in one string.
    let mut folded = String::new();
    // The title's line: a portal's tag before the title (`【采购需求公示】…`) names its type, no
    // element.
    let title_end = text.find('\n').unwrap_or(text.len());
    for h in hs {
        let Some(label) = h.label.of(text) else {
            continue;
        };
        if h.numbering == Numbering::Bracket
            && h.label.start < title_end
            && (label.ends_with("公示") || label.ends_with("公告"))
        {
            continue;
        }
        // An item of a numbered list ends with a semicolon (`一、责令当事人…补缴租金；`), and the
        // last after such items with a full stop (`三、当事人自退回…之日起五年内不得再次申请…。`):
        // a sentence, whose words name no element even where they hold a wording (违法行为,
        // 当事人).
        let level = h.numbering.level();
        let semicolon = label.ends_with(['；', ';']);
        let list_item = semicolon
            || label.ends_with('。')
                && list_level == Some(level)
                && h.numbering != Numbering::Unnumbered;
        if h.numbering != Numbering::Unnumbered {
            list_level = semicolon.then_some(level);
        }
        let (label, joiners) = normal_in(label, &mut folded);
        let label = without_decimal_number(label);
        if h.numbering != Numbering::Unnumbered {
            groups.retain(|(l, _)| *l < level);
            if section.as_ref().is_some_and(|(l, _)| *l >= level) {
                section = None;
            }
        }
        // A candidate's rank over its line (`第一名：张某，一级注册建造师…`) in a section of
        // what each candidate offers (`三、拟派项目负责人`) is that section's row, not the
        // ranking of candidates (发改委令第10号 Art 6 ¶1 publishes each apart).
        if label.starts_with('第')
            && RANKS.contains(&label)
            && section
                .as_ref()
                .is_some_and(|(_, k)| PER_CANDIDATE.contains(k))
        {
            continue;
        }
        let part = groups.iter().rev().find_map(|(_, e)| {
            entries[*e]
                .parts
                .iter()
                .find(|(p, k)| *p == label && fits(k))
                .map(|(_, k)| k)
        });
        // The entries of this very wording, in the table's order.
        let same = table.exact(label);
        let exact = same.first().copied();
        let own = same
            .iter()
            .filter_map(|&i| entries[i].key.as_ref())
            .find(|k| fits(k));
        // Whether the label is longer than 40 characters (four bytes a character at most), and
        // whether it joins wordings: asked once, by the first of the two readings below that
        // ask both, and only of a label neither the table's parts nor its wordings name.
        let shape = std::cell::OnceCell::new();
        let shape = || {
            *shape.get_or_init(|| {
                (
                    label.len() > 160 || label.len() > 40 && label.chars().count() > 40,
                    // A bracket that says what the value holds (`招租标的（位置及面积）`) joins
                    // nothing: only the wording before it is asked.
                    joiners.any
                        && label
                            .split(['（', '('])
                            .next()
                            .is_some_and(|w| w.contains(['及', '和', '与', '、'])),
                )
            })
        };
        let contained = || {
            // A heading that names several things (`基本情况和规划指标要求`) gives none of them.
            if list_item {
                return None;
            }
            let (long, joins) = shape();
            if long || joins {
                return None;
            }
            // Nor does a letter's salutation (`各有关申请人：` alone on its line, over the
            // paragraph it addresses): it names whom the notice speaks to.
            if h.numbering == Numbering::Unnumbered
                && label.starts_with('各')
                && !holds_any(label, joined_words!(&["包", "标段", "宗"]))
                && text[h.label.end..]
                    .trim_start_matches([':', '：', ' ', '\u{3000}'])
                    .starts_with(['\n', '\r'])
            {
                return None;
            }
            // Nor does a sentence of a section's second level (`5.2 逾期送达的投标文件，电子招标
            // 投标交易平台将予以拒收。`, its comma folded): it mentions what it holds, where a
            // first-level heading in a sentence (`八、凡对本次公告内容提出询问，请按以下方式联
            // 系。`) names its section.
            if h.numbering == Numbering::ArabicSub && label.ends_with('。') && label.contains(',')
            {
                return None;
            }
            // The longest wording it contains; of equal ones, the table's last.
            let mut best: Option<(usize, usize)> = None;
            table.each_contained(label, |i, chars| {
                let e = &entries[i];
                if best.is_none_or(|b| (chars, i) > b)
                    && (e.key.as_deref().is_some_and(fits) || !e.parts.is_empty())
                {
                    best = Some((chars, i));
                }
            });
            // A party's wording after 被 names the other party (`被投诉人`, the respondent, is
            // no `投诉人`); before a verb of saying it names what that party says (`投诉人称`,
            // `被投诉人答辩`); before 为 and more words it opens a sentence about the party
            // (`成交供应商为个体工商户，经营者：…`, whose value is its proprietor): none is the
            // party the wording names. (`中标人为：` is its label.)
            best.filter(|&(_, i)| {
                let w = entries[i].wording.as_str();
                label.find(w).is_none_or(|at| {
                    let after = &label[at + w.len()..];
                    !label[..at].ends_with('被')
                        && !starts_with_any(after, SAYING)
                        && after.strip_prefix('为').is_none_or(str::is_empty)
                })
            })
            .map(|(_, i)| (i, &entries[i]))
        };
        // A heading that joins wordings (`竞买人资格条件和竞价规则`, `出让方式及起始价`): the
        // elements its parts name exactly, each once, when its first part names one (it says
        // what the section is about; `地块的基本情况和规划指标要求` is about the parcel).
        let joined = || -> Vec<&Cow<'static, str>> {
            let (long, joins) = shape();
            if long || !joins {
                return Vec::new();
            }
            let mut keys: Vec<&Cow<'static, str>> = Vec::new();
            // A section of what each candidate offers names them first (`中标候选人投标报价、质
            // 量、工期`, `中标候选人项目负责人姓名及证书`): its parts are what follows. (Joined
            // to the rest, `中标候选人及其投标报价…`, they are a part of their own.)
            let parts = label
                .strip_prefix("中标候选人")
                .filter(|rest| rest.chars().count() >= 2 && !rest.starts_with(['及', '与', '、']));
            for p in parts
                .unwrap_or(label)
                .split(['和', '及', '与', '、'])
                .filter(|p| p.chars().count() >= 2)
            {
                let k = table
                    .exact(p)
                    .iter()
                    .filter_map(|&i| entries[i].key.as_ref())
                    .find(|k| fits(k));
                match k {
                    None if keys.is_empty() => return keys,
                    Some(k) if !keys.contains(&k) => keys.push(k),
                    _ => {}
                }
            }
            keys
        };
        let mut also: Vec<&Cow<'static, str>> = Vec::new();
        let (key, group) = match (part, own) {
            (Some(k), _) => (Some(k), None),
            (None, Some(k)) => (Some(k), exact),
            // A wording of another item's element (`成交价格（万元）`, a land supply's price)
            // names this item's by the wording it contains (`成交价格`); one that heads parts
            // heads them.
            (None, None) if exact.is_some_and(|g| !entries[g].parts.is_empty()) => (None, exact),
            // A wording the table holds to name nothing (`转让方持有标的企业股权比例`, a share's
            // proportion, not the enterprise it contains) gives nothing.
            (None, None)
                if exact.is_some()
                    && same
                        .iter()
                        .all(|&i| entries[i].key.is_none() && entries[i].parts.is_empty()) =>
            {
                (None, None)
            }
            (None, None) => match contained() {
                Some((at, e)) => (e.key.as_ref().filter(|k| fits(k)), Some(at)),
                None => {
                    let mut keys = joined();
                    also = keys.split_off(keys.len().min(1));
                    (keys.pop(), None)
                }
            },
        };
        if let Some(g) = group.filter(|g| !entries[*g].parts.is_empty()) {
            groups.retain(|(l, _)| *l < level);
            groups.push((level, g));
        }
        if h.numbering != Numbering::Unnumbered {
            section = key.map(|k| (level, k.as_ref()));
        }
        if let Some(key) = key {
            // A heading that names two elements (`行政处罚的种类和依据`) gives each of them.
            let more: Vec<&Cow<'static, str>> = if joiners.ji {
                same.iter()
                    .filter_map(|&i| entries[i].key.as_ref())
                    .filter(|k| fits(k) && *k != key)
                    .collect()
            } else {
                Vec::new()
            };
            out.push(found(key.clone(), h));
            for k in more.into_iter().chain(also) {
                out.push(found(k.clone(), h));
            }
        }
    }
    run_on(text, &mut out);
    from_start_to_end(text, &mut out);
    rows_by_rank(text, hs, &mut out);
    out
}

/// A label of what each candidate offers with nothing after it (`中标候选人响应招标文件要求的资格
/// 能力条件：`), over a line for each candidate by its rank (`第一中标候选人：…`): those lines are
/// its value (发改委令第10号 Art 6 (二)、(三) publish each candidate's).
fn rows_by_rank(text: &str, hs: &[Heading], out: &mut [FoundElement]) {
    for e in out.iter_mut() {
        if e.value.is_some() || !PER_CANDIDATE.contains(&e.key.as_ref()) {
            continue;
        }
        let Some(at) = hs.iter().position(|h| h.label == e.label) else {
            continue;
        };
        let rows: Vec<&Heading> = hs[at + 1..]
            .iter()
            .take_while(|h| {
                h.value.is_some()
                    && h.label
                        .of(text)
                        .is_some_and(|l| RANKS.contains(&normal(l).as_ref()))
            })
            .collect();
        if let (Some(first), Some(last)) = (rows.first(), rows.last().and_then(|h| h.value)) {
            e.value = Some(Span {
                start: first.label.start,
                end: last.end,
            });
        }
    }
}

/// A period given as its first and last days under labels of their own (`信息披露起始日期：…`
/// then `信息披露期满日期：…`, on one line or two) is also the two labelled days together, as a
/// reader quotes the period; the last day's label names the element, the first's is the same
/// words with `起始`/`开始` for `期满`/`结束`/`截止`.
fn from_start_to_end(text: &str, out: &mut Vec<FoundElement>) {
    const ENDS: &[&str] = &["期满", "结束", "截止"];
    const STARTS: &[&str] = &["起始", "开始"];
    let mut joined = Vec::new();
    for e in out.iter() {
        let (Some(value), Some(label)) = (e.value, e.label.of(text)) else {
            continue;
        };
        let label = label.trim();
        // Most labels end no period: told by one character before any word is searched for.
        if !label.contains(['满', '束', '止']) {
            continue;
        }
        let Some((stem, tail)) = ENDS
            .iter()
            .find_map(|w| label.find(w).map(|k| (&label[..k], &label[k + w.len()..])))
        else {
            continue;
        };
        if stem.is_empty() {
            continue;
        }
        // The line before the label's, or the label's own line up to it.
        let line_start = text[..e.label.start].rfind('\n').map_or(0, |k| k + 1);
        let before = text[line_start..e.label.start].trim();
        let from = if before.is_empty() && line_start > 0 {
            text[..line_start - 1].rfind('\n').map_or(0, |k| k + 1)
        } else {
            line_start
        };
        let first = text[from..e.label.start].trim_start();
        let opens = STARTS.iter().any(|w| {
            first
                .strip_prefix(stem)
                .and_then(|r| r.strip_prefix(w))
                .is_some_and(|r| r.starts_with(tail))
        });
        if opens {
            let start = from + (text[from..].len() - text[from..].trim_start().len());
            joined.push(FoundElement {
                value: Some(Span {
                    start,
                    end: value.end,
                }),
                ..e.clone()
            });
        }
    }
    out.extend(joined);
}

/// Verbs of saying after a party's wording: the label names what the party says or asks
/// (`投诉人称`, `被投诉人答辩`, `申请人请求`), not the party.
const SAYING: &str = joined_words!(&["称", "认为", "答辩", "陈述", "主张", "请求"]);

/// Whether `label` is a party (`…人`) and a verb of [`SAYING`] (`投诉人称`, `被投诉人答辩`): it
/// labels what the party says.
pub(crate) fn says_what(label: &str) -> bool {
    super::text::words(SAYING).any(|w| {
        label
            .strip_suffix(w)
            .is_some_and(|party| party.ends_with('人'))
    })
}

/// A candidate's rank, as a line's label.
const RANKS: &[&str] = &[
    "第一名",
    "第二名",
    "第三名",
    "第一中标候选人",
    "第二中标候选人",
    "第三中标候选人",
];

/// What a candidate publicity states of each candidate, in a section of its own.
const PER_CANDIDATE: &[&str] = &[
    "bidDetails",
    "projectManager",
    "qualificationResponse",
    "evaluationSummary",
];

/// Labels of one element in a run on one line (`联系人：冯女士　联系电话：0355-…`, or
/// `联系方式：某交易所　联系人：钱先生　电话：…；出租方　联系人：胡经理`) give it also as one value,
/// from the first label's value to the end of the second's, and to the end of the run's last:
/// the line's text after its label, as a reader quotes it.
fn run_on(text: &str, out: &mut Vec<FoundElement>) {
    let runs_on = |a: &FoundElement, b: &FoundElement| {
        let (Some(va), Some(_)) = (a.value, b.value) else {
            return false;
        };
        let between = text.get(va.end..b.label.start).unwrap_or("\n");
        va.end <= b.label.start
            && between
                .chars()
                .all(|c| matches!(c, ' ' | '\u{3000}' | '\t' | '，' | ',' | '；' | ';'))
            && a.key == b.key
    };
    let mut joined = Vec::new();
    let mut i = 0;
    while i + 1 < out.len() {
        let mut last = i;
        while last + 1 < out.len() && runs_on(&out[last], &out[last + 1]) {
            last += 1;
        }
        let (Some(first), Some(second)) = (out[i].value, out.get(i + 1).and_then(|e| e.value))
        else {
            i += 1;
            continue;
        };
        if last > i {
            joined.push(FoundElement {
                value: Some(Span {
                    start: first.start,
                    end: second.end,
                }),
                ..out[i].clone()
            });
        }
        if last > i + 1
            && let Some(end) = out[last].value
        {
            joined.push(FoundElement {
                value: Some(Span {
                    start: first.start,
                    end: end.end,
                }),
                ..out[i].clone()
            });
        }
        i += 1;
    }
    out.extend(joined);
}

/// A label without the decimal number of a 标准文件's clause before it (`2.1建设地点及工期` is
/// `建设地点及工期`): a number of two parts or more, which no wording starts with.
fn without_decimal_number(label: &str) -> &str {
    let b = label.as_bytes();
    let mut i = 0;
    let mut dots = 0;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
        dots += usize::from(b[i] == b'.');
        i += 1;
    }
    let digits_after_dot = i > 0
        && b[..i]
            .iter()
            .rposition(|&c| c == b'.')
            .is_some_and(|d| d + 1 < i);
    if dots >= 1 && digits_after_dot && b[0].is_ascii_digit() && i < b.len() {
        &label[i..]
    } else {
        label
    }
}

/// The headings of `text` with the labels its tables give, in order: each label cell of a table
/// of labels and values, and each header cell of a table of columns, over the cell under it (one
/// row) or over the rows (several).
pub(crate) fn with_tables(
    text: &str,
    hs: Vec<Heading>,
    tables: &[Table],
    labels: &LabelTable,
) -> Vec<Heading> {
    with_tables_noting(text, hs, tables, labels, &mut Vec::new())
}

/// How a table's label cell is numbered where it is numbered as a heading (`六、代理服务收费
/// 标准及金额`, its label the words after the number): by the number before `label` in its
/// cell, `一、` or `1.`; a label cell without one is unnumbered.
fn cell_numbering(text: &str, label: Span) -> Numbering {
    let line_start = text[..label.start].rfind(['\n', '\t']).map_or(0, |k| k + 1);
    let lead = text[line_start..label.start].trim();
    let Some(first) = lead.chars().next() else {
        return Numbering::Unnumbered;
    };
    match lead.chars().last() {
        Some('、' | '.' | '．') if super::text::chinese_digit(first).is_some() || first == '十' => {
            Numbering::Chinese
        }
        Some('、' | '.' | '．') if first.is_ascii_digit() => Numbering::Arabic,
        _ => Numbering::Unnumbered,
    }
}

/// [`with_tables`], noting in `paired` whether each table lays out labels and their values
/// ([`Table::pairs`] by `labels`), which the parties' reader asks again.
pub(crate) fn with_tables_noting(
    text: &str,
    mut hs: Vec<Heading>,
    tables: &[Table],
    labels: &LabelTable,
    paired: &mut Vec<bool>,
) -> Vec<Heading> {
    let unnumbered = |label: Span, value: Option<Span>| Heading {
        numbering: Numbering::Unnumbered,
        number: None,
        label,
        value,
    };
    // A table pasted a cell a line is read by its columns: a label over the next line within
    // it (the header's last cell over the first row's first) is no label and its value.
    for t in tables.iter().filter(|t| t.separator == Separator::Lines) {
        let span = t.span();
        hs.retain(|h| !span.contains(h.label));
    }
    let before = hs.len();
    for t in tables {
        let pairs = t.pairs(text, labels);
        paired.push(pairs.is_some());
        let alternating = match pairs {
            None => label_rows(text, t, labels),
            Some(_) => None,
        };
        let extra: Vec<Heading> = match (pairs, alternating) {
            (Some(pairs), _) | (None, Some(pairs)) => pairs
                .into_iter()
                .map(|(l, v)| Heading {
                    numbering: cell_numbering(text, l),
                    ..unnumbered(l, v)
                })
                .collect(),
            // A single row that is no pairs of labels and values gives nothing.
            (None, None) if t.rows.len() < 2 => Vec::new(),
            (None, None) if t.rows.len() == 2 => t.rows[0]
                .cells
                .iter()
                .zip(&t.rows[1].cells)
                .filter(|(h, _)| !h.is_empty())
                .map(|(h, v)| unnumbered(*h, Some(*v).filter(|v| !v.is_empty())))
                .collect(),
            // A column of several rows: the header gives its element, and the rows are its text.
            (None, None) => {
                let rows = Span {
                    start: t.rows[1].line.start,
                    end: t.rows[t.rows.len() - 1].line.end,
                };
                // The table as shown, its header row with it: what a reader quotes for an
                // element the whole table holds.
                let whole = Span {
                    start: t.rows[0].line.start,
                    ..rows
                };
                // Each column gives the whole table (its rows) and the first row's cell: a
                // notice of several rows gives the first row's as the element.
                let first = &t.rows[1].cells;
                t.rows[0]
                    .cells
                    .iter()
                    .enumerate()
                    .filter(|(_, h)| !h.is_empty())
                    .flat_map(|(i, h)| {
                        let cell = first.get(i).copied().filter(|c| !c.is_empty());
                        [
                            Some(unnumbered(*h, Some(rows))),
                            Some(unnumbered(*h, Some(whole))),
                            cell.map(|c| unnumbered(*h, Some(c))),
                        ]
                    })
                    .flatten()
                    .collect()
            }
        };
        // A header cell over several columns gives their cells in the first row, together.
        let first = t.rows.get(1);
        let grouped = t.groups.iter().filter_map(|(label, cols)| {
            let cells = &first?.cells;
            let (a, b) = (cells.get(cols.start)?, cells.get(cols.end - 1)?);
            let value = Span {
                start: a.start,
                end: b.end,
            };
            Some(unnumbered(*label, Some(value).filter(|v| !v.is_empty())))
        });
        for h in extra.into_iter().chain(grouped) {
            match hs[..before]
                .iter()
                .position(|o| o.label.start == h.label.start)
            {
                None => hs.push(h),
                // A line's label that runs over its cell into the next, to a colon within the
                // value (`联系方式⇥招标人：…；招标代理机构：…`): the cell is the label, the next
                // cell its value.
                Some(o)
                    if hs[o].label.of(text).is_some_and(|l| l.contains('\t'))
                        && h.label.of(text).is_some_and(|l| !l.contains('\t')) =>
                {
                    hs[o] = h;
                }
                Some(_) => {}
            }
        }
    }
    if hs.len() > before {
        hs.sort_by_key(|h| h.label.start);
    }
    hs
}

/// A form laid out as rows of labels, each over a row of their values (`地块编号⇥地块位置` over
/// `KQ2025-06号⇥柯桥街道…`, then `出让面积（平方米）⇥土地用途` over theirs): each label over the
/// cell under it. Only where every other row, from the first, is labels the table knows (a
/// unit in brackets aside) and the rows under them are not.
fn label_rows(text: &str, t: &Table, labels: &LabelTable) -> Option<Vec<(Span, Option<Span>)>> {
    let rows = &t.rows;
    if rows.len() < 4 || rows.len() % 2 != 0 {
        return None;
    }
    // A cell shaped as a label (short, no figure, no sentence's punctuation), and whether the
    // table knows its wording.
    let label = |cell: &Span| {
        let v = cell.of(text)?;
        let wording = v.split(['（', '(']).next().unwrap_or(v).trim();
        let n = wording.chars().count();
        ((2..=12).contains(&n)
            && !wording.contains(|c: char| c.is_ascii_digit() || "，。；：:".contains(c)))
        .then(|| labels.knows(wording) || labels.contains_any(&normal(wording)))
    };
    let mut out = Vec::new();
    for pair in rows.chunks_exact(2) {
        let (heads, values) = (&pair[0].cells, &pair[1].cells);
        let shaped: Vec<bool> = heads.iter().map(label).collect::<Option<_>>()?;
        let known = shaped.iter().filter(|k| **k).count();
        if heads.is_empty()
            || heads.len() != values.len()
            || known * 2 < heads.len()
            || values.iter().all(|v| label(v) == Some(true))
        {
            return None;
        }
        out.extend(
            heads
                .iter()
                .zip(values)
                .map(|(h, v)| (*h, Some(*v).filter(|v| !v.is_empty()))),
        );
    }
    Some(out)
}

fn found(key: Cow<'static, str>, h: &Heading) -> FoundElement {
    FoundElement {
        key,
        label: h.label,
        value: h.value,
        numbering: h.numbering,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, item: Option<ItemKind>) -> Vec<(String, String, Option<String>)> {
        elements(text, item)
            .into_iter()
            .map(|e| {
                (
                    e.key.into_owned(),
                    e.label.of(text).unwrap().to_owned(),
                    e.value.map(|v| v.of(text).unwrap().to_owned()),
                )
            })
            .collect()
    }

    /// A deal's result laid out as rows of labels over rows of values (招标拍卖挂牌出让国有建设
    /// 用地使用权规定's 成交结果 published; its article not in the text held, grade R): each label
    /// gives the cell under it, not the rows below as a column's.
    #[test]
    fn rows_of_labels_over_rows_of_values_give_each_cell_order_39() {
        let text = "地块编号\t地块位置\n柯桥区KQ2025-06号\t柯桥街道湖西路以西\n\
                    出让面积（平方米）\t土地用途\n28416\t城镇住宅用地\n\
                    竞得人\t成交时间\n某置业有限公司\t2025年6月18日\n";
        let got = read(text, Some(ItemKind::LandDealPublicity));
        let value = |key: &str| {
            got.iter()
                .filter(|(k, _, _)| k == key)
                .filter_map(|(_, _, v)| v.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(value("area"), ["28416"]);
        assert_eq!(value("landUse"), ["城镇住宅用地"]);
        assert_eq!(value("transferee"), ["某置业有限公司"]);
        // A table of columns whose rows are values stays a table of columns.
        let columns = "竞得人\t成交价（万元）\n某置业有限公司\t46250\n另一置业有限公司\t41200\n\
                       第三置业有限公司\t40100\n第四置业有限公司\t39900\n";
        let got = read(columns, Some(ItemKind::LandDealPublicity));
        assert!(
            got.iter()
                .any(|(k, _, v)| k == "transferee" && v.as_deref() == Some("某置业有限公司")),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(_, _, v)| v.as_deref() == Some("另一置业有限公司")),
            "{got:?}"
        );
    }

    /// A wording that is another item's (`成交价格（万元）` is a land supply result's price)
    /// names this item's element by the wording it holds: a state property deal's price (the
    /// 交易价格 a deal's result publishes; 企业国有资产交易监督管理办法's article on it was not
    /// seen).
    #[test]
    fn another_items_wording_names_this_items_element() {
        let text = "成交价格（万元）：1,865.00\n";
        let keys: Vec<_> = read(text, Some(ItemKind::PropertyDealResult))
            .into_iter()
            .map(|(k, _, v)| format!("{k}={}", v.unwrap_or_default()))
            .collect();
        assert_eq!(keys, ["dealPrice=1,865.00"]);
    }

    /// A call without headings labels its documents' obtaining and its deadline noun first
    /// (`询价文件获取：…`, `报价截止及开启时间：…`), and a prequalification call's 50号 heading
    /// for the applications is `申请文件提交` (财办库〔2020〕50号's 资格预审公告, the slot of the
    /// bid deadline, as GP-50-ANN-FORMAT reads it): each names its element.
    #[test]
    fn a_calls_labels_noun_first_name_their_elements_format_50() {
        let text = "询价文件获取：2023年3月14日至2023年3月16日，在某政府采购网免费下载。\n\
                    报价截止及开启时间：2023年3月20日10时00分。\n七、申请文件提交\n应在2022年6月24日9时前提交。\n";
        let keys: Vec<_> = read(text, Some(ItemKind::ProcurementAnnouncement))
            .into_iter()
            .map(|(k, l, _)| format!("{k}:{l}"))
            .collect();
        for want in [
            "documentsObtaining:询价文件获取",
            "bidDeadlineAndOpening:报价截止及开启时间",
            "bidDeadlineAndOpening:申请文件提交",
        ] {
            assert!(keys.iter().any(|k| k == want), "{want}: {keys:?}");
        }
    }

    /// A section of what each candidate offers, headed with the candidates first (`中标候选人投标
    /// 报价、质量、工期`, `中标候选人项目负责人姓名及证书`), is that offer's (发改委令2017年第10号
    /// Art 6 ¶1 publishes each apart): its rows under `第一中标候选人：` are no candidates.
    #[test]
    fn a_section_headed_by_the_candidates_is_what_they_offer_order_10_art_6() {
        let text = "一、中标候选人名称及排序\n第一中标候选人：甲水利工程有限公司\n\
                    二、中标候选人投标报价、质量、工期\n第一中标候选人：投标报价596万元，质量：合格\n\
                    三、中标候选人项目负责人姓名及证书\n第一中标候选人：岳某，注册证书编号：甘262181924516\n";
        let keys: Vec<_> = read(text, Some(ItemKind::BiddingCandidatePublicity))
            .into_iter()
            .map(|(k, l, _)| format!("{k}:{l}"))
            .collect();
        for want in [
            "bidDetails:中标候选人投标报价、质量、工期",
            "projectManager:中标候选人项目负责人姓名及证书",
        ] {
            assert!(keys.iter().any(|k| k == want), "{want}: {keys:?}");
        }
        let candidates = keys
            .iter()
            .filter(|k| k.starts_with("candidates:第一"))
            .count();
        assert_eq!(candidates, 1, "{keys:?}");
    }

    /// A call's second-level sentence that mentions the e-bidding platform (`5.2 逾期送达的投标文
    /// 件，电子招标投标交易平台将予以拒收。`) is no heading of the platform's address and access
    /// method (发改委令2017年第10号 Art 5 (六)): the line under it is the next sentence of its
    /// section, not the platform.
    #[test]
    fn a_second_level_sentence_names_no_element_order_10_art_5() {
        let text = "5.投标文件的递交\n5.1 投标截止时间为2024年6月5日9时30分。\n\
                    5.2 逾期送达的投标文件，电子招标投标交易平台将予以拒收。\n\
                    5.3 投标保证金：40万元。\n6.电子招标投标交易平台\n天津市公共资源交易网（http://ggzy.example.cn）\n";
        let platforms: Vec<_> = read(text, Some(ItemKind::BiddingAnnouncement))
            .into_iter()
            .filter(|(k, _, _)| k == "electronicPlatform")
            .map(|(_, l, _)| l)
            .collect();
        assert_eq!(platforms, ["电子招标投标交易平台"]);
    }

    /// A decision's numbered orders (行政处罚法 Art 59 ¶1's 行政处罚的种类) are sentences ended by
    /// semicolons: `违法行为` in one of them is no heading of the facts.
    #[test]
    fn a_numbered_order_names_no_element() {
        let text = "违法事实：当事人转租公共租赁住房。\n本局决定：\n一、责令当事人按市场价格补缴从违法行为发生之日起的租金；\n二、处以罚款8000元。\n";
        let keys: Vec<_> = read(text, Some(ItemKind::HousingPenaltyDecision))
            .into_iter()
            .map(|(k, l, _)| format!("{k}:{l}"))
            .collect();
        assert!(
            keys.iter().all(|k| !k.starts_with("violationFacts:责令")),
            "{keys:?}"
        );
        assert!(
            keys.contains(&"violationFacts:违法事实".to_owned()),
            "{keys:?}"
        );
    }

    #[test]
    fn parts_take_the_meaning_of_their_heading() {
        let text = "三、中标（成交）信息\n供应商名称：云江科技有限公司\n供应商地址：云江市东路1号\n中标（成交）金额：¥10,000.00\n九、联系\n1.采购人信息\n名称：云江市档案馆\n地址：云江市西路2号\n3.项目联系方式\n项目联系人：李工\n";
        let keys: Vec<_> = read(text, Some(ItemKind::ProcurementResult))
            .into_iter()
            .map(|(k, l, _)| format!("{k}:{l}"))
            .collect();
        assert_eq!(
            keys,
            [
                "winnerName:供应商名称",
                "winnerAddress:供应商地址",
                "awardAmount:中标（成交）金额",
                "purchaserAndAgency:采购人信息",
                "purchaserAndAgency:名称",
                "purchaserAndAgency:地址",
                "purchaserAndAgency:项目联系方式",
                "purchaserAndAgency:项目联系人",
            ]
        );
        // The same text as an announcement: the project contact is the contact person.
        let text = "3.项目联系方式\n项目联系人：李工\n电话：0763-1234567\n";
        let keys: Vec<_> = read(text, Some(ItemKind::ProcurementAnnouncement))
            .into_iter()
            .map(|(k, _, _)| k)
            .collect();
        assert_eq!(keys, ["contactPerson", "contactPerson", "contactPerson"]);
    }

    #[test]
    fn a_label_containing_a_wording_gives_its_element() {
        let r = read(
            "本项目预算金额：50万元",
            Some(ItemKind::ProcurementAnnouncement),
        );
        assert_eq!(r[0].0, "budgetAmount");
        assert!(
            read("名称：某单位", None).is_empty(),
            "名称 alone names nothing"
        );
    }
}
