//! The structure of a notice's text: its numbered headings (`一、项目编号`, `（一）`, `1.`,
//! `(1)`, `①`, `第一条`, `【项目名称】`) and its `label：value` lines (`名称：…`, two on one line as
//! in `联系人：张工  电话：…`), each with the span of its label and of its value — the rest of
//! the line after the colon, or, when that is empty, the lines under it up to the next heading.
//! Which element a heading gives is [`elements`](super::elements)' business; this module only
//! finds them.
//!
//! # Example
//! ```
//! use gongkai::notice::{headings, Numbering};
//! let text = "一、项目编号：YJ-2024-031\n二、项目名称：档案数字化服务\n七、公告期限\n自本公告发布之日起1个工作日。\n";
//! let h = headings(text);
//! assert_eq!(h.len(), 3);
//! assert_eq!(h[0].numbering, Numbering::Chinese);
//! assert_eq!(h[0].label.of(text), Some("项目编号"));
//! assert_eq!(h[0].value.and_then(|v| v.of(text)), Some("YJ-2024-031"));
//! assert_eq!(h[2].value.and_then(|v| v.of(text)), Some("自本公告发布之日起1个工作日。"));
//! ```

use super::span::Span;
use super::text::{Chars, chinese_digit, is_han};

/// How a heading is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Numbering {
    /// `一、`, the first level of the 财办库〔2020〕50号 formats.
    Chinese,
    /// `第一条`, `第二章`, `第三部分`.
    Article,
    /// `【项目名称】`: the label in brackets.
    Bracket,
    /// `（一）`.
    ChineseInBrackets,
    /// `1.`, `1、`.
    Arabic,
    /// `7.1`, `2.3`: a second level under `7.`.
    ArabicSub,
    /// `(1)`, `1)`.
    ArabicInBrackets,
    /// `①`.
    Circled,
    /// Not numbered: a `label：value` line.
    Unnumbered,
}

impl Numbering {
    /// Its level: a heading belongs to the nearest heading above it of a smaller level.
    pub fn level(self) -> u8 {
        match self {
            Numbering::Chinese | Numbering::Article | Numbering::Bracket => 1,
            Numbering::ChineseInBrackets => 2,
            Numbering::Arabic => 3,
            Numbering::ArabicSub => 4,
            Numbering::ArabicInBrackets => 5,
            Numbering::Circled => 6,
            Numbering::Unnumbered => 7,
        }
    }
}

/// A heading or a `label：value` line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Heading {
    /// How it is numbered.
    pub numbering: Numbering,
    /// The number (`三、` is 3), when numbered.
    pub number: Option<u32>,
    /// The label, without its number and colon.
    pub label: Span,
    /// What it says: the rest of the line after the colon, or the lines under it up to the
    /// next heading; `None` when there is nothing.
    pub value: Option<Span>,
}

/// The headings and `label：value` lines of `text`, in order.
pub fn headings(text: &str) -> Vec<Heading> {
    headings_in(&Chars::new(text))
}

/// How a page's or a copy's own lines below a notice begin: share buttons, a WeChat copy's
/// source, editor and links to other posts, a portal's print and close buttons.
const PAGE_CHROME: [&str; 8] = [
    "分享到",
    "来源：",
    "编辑：",
    "责任编辑",
    "往期推荐",
    "阅读原文",
    "【打印",
    "关闭窗口",
];

/// True when a line's characters are a PDF page's number and nothing else: `第 1 页`,
/// `第 1 页 共 2 页`, `— 2 —`, `-1-`.
fn page_number(line: &[char]) -> bool {
    // Told by its first character before anything is copied: most lines are no page's number.
    let first = line.iter().find(|&&ch| !matches!(ch, ' ' | '\u{3000}'));
    if line.len() > 16 || !matches!(first, Some('第' | '—' | '-' | '－')) {
        return false;
    }
    let t: String = line
        .iter()
        .filter(|&&ch| !matches!(ch, ' ' | '\u{3000}'))
        .collect();
    // The figures at the start of `t`, and what follows them.
    fn figures(t: &str) -> Option<&str> {
        let rest = t.trim_start_matches(|ch: char| ch.is_ascii_digit());
        (rest.len() < t.len()).then_some(rest)
    }
    let dash = |ch: char| matches!(ch, '—' | '-' | '－');
    if let Some(t) = t.strip_prefix('第') {
        let Some(rest) = figures(t).and_then(|r| r.strip_prefix('页')) else {
            return false;
        };
        rest.is_empty()
            || rest
                .strip_prefix('共')
                .and_then(figures)
                .is_some_and(|r| r == "页")
    } else if t.starts_with(dash) {
        figures(t.trim_start_matches(dash)).is_some_and(|r| !r.is_empty() && r.chars().all(dash))
    } else {
        false
    }
}

/// [`headings`] of characters already folded.
pub(crate) fn headings_in(c: &Chars<'_>) -> Vec<Heading> {
    // Each line: its first and past-last character.
    // Sized for lines of 8 characters or more, not grown line by line: counting the line breaks
    // first costs more than the room left over.
    let mut lines = Vec::with_capacity(c.len() / 8 + 1);
    // The text's colons, in order: told apart from the line breaks among the characters
    // marked as either when they were decoded, not in a pass over each line again for its
    // labels.
    let mut text_colons = Vec::with_capacity(c.marks().len());
    let all = c.all();
    let mut start = 0;
    for &i in c.marks() {
        if all[i] == '\n' {
            lines.push((start, i));
            start = i + 1;
        } else {
            text_colons.push(i);
        }
    }
    lines.push((start, c.len()));
    // The lines that hold `不服` (a sentence telling how to appeal holds it), in order: found
    // when first asked, and looked for line by line only in a text that holds it.
    let mut refusals: Option<Vec<usize>> = None;
    let mut out: Vec<(Heading, usize)> = Vec::with_capacity(lines.len());
    let mut colons = Vec::new();
    // The first of `text_colons` on the line at hand.
    let mut first_colon = 0;
    for (n, &(a, b)) in lines.iter().enumerate() {
        while text_colons.get(first_colon).is_some_and(|&k| k < a) {
            first_colon += 1;
        }
        let line_colons = &text_colons[first_colon..];
        let b = trim_end(c, a, b);
        let mut a = c.skip_spaces(a);
        // A copy's marks before its headings (`▍一、项目基本情况`, `■ 二、…`): a phone post's
        // decoration, not the heading's words.
        let marked = c.get(a).is_some_and(|m| MARKS.contains(&m));
        if marked {
            a = c.skip_spaces(a + 1);
        }
        if a >= b {
            continue;
        }
        // A marked line of a few words and no colon (`▍排序规则`) heads what follows it, as a
        // bracketed one (`【排序规则】`) does.
        if marked
            && b - a <= 20
            && numbering(c, a, b).0 == Numbering::Unnumbered
            && !(a..b).any(|k| matches!(c.get(k), Some(':' | '，' | '。' | ',')))
        {
            out.push((
                Heading {
                    numbering: Numbering::Bracket,
                    number: None,
                    label: c.span(a, b),
                    value: None,
                },
                n,
            ));
            continue;
        }
        line_headings(c, a, b, line_colons, &mut colons, &mut |h| out.push((h, n)));
    }
    // A heading with nothing after its colon is followed by what stands under it: a numbered
    // heading by the lines up to the next heading of its level or above, a label by the lines
    // up to the next heading or label.
    let count = out.len();
    for k in 0..count {
        if out[k].0.value.is_some() {
            continue;
        }
        let (h, line) = out[k];
        let level = h.numbering.level();
        let numbered = h.numbering != Numbering::Unnumbered;
        // A line stating the publicity period (`公示期为…`, `公示时间：…`) closes a numbered
        // section too: it opens the notice's closing paragraphs, not a part of the section.
        // Not the section that is the period (`四、公示期` over `公示期为…`).
        let of_period = || {
            (lines[line].0..lines[line].1)
                .any(|p| c.get(p) == Some(PERIOD_FIRST) && PERIOD_WORDS.iter().any(|w| c.at(p, w)))
        };
        let closes = |o: &Heading, l: usize| {
            let start = c.skip_spaces(lines[l].0);
            o.numbering == Numbering::Unnumbered
                && c.span(start, start).start == o.label.start
                && c.get(start) == Some(PERIOD_FIRST)
                && PERIOD_WORDS.iter().any(|w| c.at(start, w))
                && !of_period()
        };
        // An item of a list: numbered `1.` or below, or `（一）` when it is a sentence
        // (`准入条件：` over `（一）申请人…无自有住房；`).
        let list_item = |o: &Heading, l: usize| {
            o.numbering != Numbering::Unnumbered
                && (o.numbering.level() >= Numbering::Arabic.level()
                    || o.numbering == Numbering::ChineseInBrackets
                        && matches!(
                            c.get(trim_end(c, lines[l].0, lines[l].1).saturating_sub(1)),
                            Some('；' | ';' | '。')
                        ))
        };
        // A heading numbered in another style that goes on from this one's number (`四、响应
        // 文件提交` … `5、开启`, a copy's numbering mixed) is its sibling, not an item of it,
        // unless the items before it count up to it in that style (`4、` before `5、`).
        let sibling = |at: usize, o: &Heading| {
            level == 1
                && o.numbering != h.numbering
                && o.numbering != Numbering::Unnumbered
                && matches!((o.number, h.number), (Some(x), Some(y)) if x == y + 1)
                && !out[k + 1..at]
                    .iter()
                    .any(|(p, _)| p.numbering == o.numbering && p.number.map(|n| n + 1) == o.number)
        };
        let mut next = out[k + 1..]
            .iter()
            .enumerate()
            .find(|(i, (o, l))| {
                // A label's list (`更正内容：` then `1.…` `2.…`) is under it.
                let item_of_list = !numbered && list_item(o, *l);
                // Under `【处罚依据及决定】` the decision's own `一、` `二、` are its items: a
                // bracketed heading's section runs to the next bracketed one.
                let bracketed = h.numbering == Numbering::Bracket
                    && !matches!(o.numbering, Numbering::Bracket | Numbering::Article);
                // A chapter's articles (`第二章 准入条件` over `第三条 …`) are under it.
                let in_chapter = article_word(c, lines[line].0) == Some("章")
                    && article_word(c, lines[*l].0) == Some("条");
                // A list numbered anew under a heading (`三、处理决定` over `一、取消…；二、…`):
                // its items, for a sibling's number comes after the heading's.
                let restarted = o.numbering == h.numbering
                    && matches!((o.number, h.number), (Some(x), Some(y)) if x <= y);
                *l > line
                    && !item_of_list
                    && !bracketed
                    && !in_chapter
                    && !restarted
                    && (!numbered
                        || o.numbering.level() <= level
                        || closes(o, *l)
                        || sibling(k + 1 + i, o))
            })
            .map_or(lines.len(), |(_, (_, l))| *l);
        // The sentence telling how to appeal (`…如对本处理决定不服，可以…申请行政复议`) closes a
        // section that is not about appeals: it is the decision's closing paragraph.
        let has = |(a, b): (usize, usize), w: &[char]| {
            c.all()[a..b.max(a)].windows(w.len()).any(|x| x == w)
        };
        // Whether line `l` holds a word of two characters that `pair` takes: one pass over its
        // pairs of characters, each told by two comparisons, not a pass a word.
        let holds_pair = |l: usize, pair: fn(char, char) -> bool| {
            let (a, b) = lines[l];
            c.all()[a..b.max(a)].windows(2).any(|x| pair(x[0], x[1]))
        };
        // Only the lines that hold `不服` are asked, and whether the heading is about appeals
        // only where one of them is such a sentence.
        let about_appeal = || {
            holds_pair(line, |x, y| {
                matches!(
                    (x, y),
                    ('救', '济')
                        | ('复', '议')
                        | ('诉', '讼')
                        | ('权', '利')
                        | ('告', '知')
                        | ('不', '服')
                )
            })
        };
        let refusals = refusals.get_or_insert_with(|| {
            if !c.text().contains("不服") {
                return Vec::new();
            }
            (0..lines.len())
                .filter(|&l| {
                    let (a, b) = lines[l];
                    all[a..b.max(a)].windows(2).any(|x| x == ['不', '服'])
                })
                .collect()
        });
        if let Some(appeal) = refusals
            .iter()
            .copied()
            .filter(|&l| line < l && l < next)
            .find(|&l| holds_pair(l, |x, y| matches!((x, y), ('复', '议') | ('诉', '讼'))))
            && appeal > line + 1
            && !about_appeal()
        {
            next = appeal;
        }
        // A label's numbered list (`…公示如下：` over `1.…` `2.…`) ends with its last item: a
        // paragraph after the items is the notice's (how to object, whom to call).
        if !numbered {
            let items: Vec<usize> = out[k + 1..]
                .iter()
                .filter(|(o, l)| *l > line && *l < next && list_item(o, *l))
                .map(|(_, l)| *l)
                .collect();
            if items.len() >= 2
                && items[0] == line + 1
                && let Some(&last) = items.last()
                && last + 1 < next
            {
                next = last + 1;
            }
        }
        // The closing formula (`特此公告。`, `特此公示。`) ends the notice's last section, as
        // do an apology for the trouble (`由此给…带来的不便，敬请谅解。`) and the page's or the
        // copy's own lines below the notice ([`PAGE_CHROME`]).
        if let Some(closing) = (line + 1..next).find(|&l| {
            let start = c.skip_spaces(lines[l].0);
            // Most lines are told by their first character, which starts none of the words.
            c.get(start).is_some_and(|f| CLOSING_FIRSTS.contains(&f))
                && (c.at(start, "特此")
                    || PAGE_CHROME.iter().any(|w| c.at(start, w))
                    || ((c.at(start, "由此") || c.at(start, "敬请谅解") || c.at(start, "给您"))
                        && has(lines[l], &['敬', '请', '谅', '解'])))
        }) {
            next = closing;
        }
        // A cell's border on a line of its own (`|` between a label and its value, as a
        // record page pasted leaves it) is as blank as an empty line; so is a PDF page's number
        // (`第 1 页 共 2 页`, `— 2 —`) where the page broke after the value.
        let empty = |l: usize| {
            let (a, b) = lines[l];
            let b = trim_end(c, a, b);
            let a = skip_blank(c, a, b);
            (a..b).all(|k| matches!(c.get(k), Some('|' | '｜' | ' ')))
                || c.all().get(a..b).is_some_and(page_number)
        };
        while next > line + 1 && empty(next - 1) {
            next -= 1;
        }
        let mut first = line + 1;
        while first < next && empty(first) {
            first += 1;
        }
        if next <= first {
            continue;
        }
        let (from, _) = lines[first];
        let (last_a, last_b) = lines[next - 1];
        let to = trim_end(c, last_a, last_b);
        let from = skip_blank(c, from, to);
        if from < to {
            out[k].0.value = Some(c.span(from, to));
        }
    }
    label_over_value(c, &lines, &mut out);
    out.into_iter().map(|(h, _)| h).collect()
}

/// Labels each alone on a line over their values (`转让方` over `某集团有限公司`, `转让底价` over
/// `人民币38.6万元`), as a page's cells each on a line or a table pasted as text leave them: two
/// pairs or more in a row, each label a known wording without a colon, each value a line that
/// is none, and neither line a heading already.
fn label_over_value(c: &Chars<'_>, lines: &[(usize, usize)], out: &mut Vec<(Heading, usize)>) {
    // The lines that are headings already: `out` is in the order of its lines, so they are
    // told by walking it beside the lines (no set built and searched). A label in brackets
    // within a value (`5,230.00万元（大写：…）`) leaves its line a value.
    debug_assert!(out.windows(2).all(|w| w[0].1 <= w[1].1));
    let mut heading = out
        .iter()
        .filter(|(h, _)| {
            // The character before the label, told by the text's bytes before it (`(` or `（`,
            // which folds to it), not by looking its index up among the characters'.
            let before = c.text().as_bytes().get(..h.label.start).unwrap_or_default();
            !(before.ends_with(b"(") || before.ends_with("（".as_bytes()))
        })
        .map(|(_, l)| *l)
        .peekable();
    // The lines that hold words: each line's index, its words, whether they are a known
    // wording alone, and whether they could be a cell's value (not a section's paragraph).
    struct Row {
        n: usize,
        a: usize,
        b: usize,
        /// The characters of a unit in brackets at the end (`（万元）`), if any.
        unit: usize,
        /// Not a heading's line already.
        free: bool,
        label: bool,
        like: bool,
        cell: bool,
    }
    // Sized for every line, not grown row by row.
    let mut rows: Vec<Row> = Vec::with_capacity(lines.len());
    for (n, &(a, b)) in lines.iter().enumerate() {
        let b = trim_end(c, a, b);
        let a = c.skip_spaces(a);
        if a >= b {
            continue;
        }
        while heading.next_if(|&l| l < n).is_some() {}
        let free = heading.peek() != Some(&n);
        let words = &c.all()[a..b];
        // Could be a label; whether it is a known wording is asked below, only where a run of
        // pairs could stand: the table's lookup is dear, and most lines are no label.
        let label = free
            && (2..=16).contains(&words.len())
            && !words
                .iter()
                .any(|ch| matches!(ch, ':' | '，' | ',' | '、' | '。' | '；' | ';'));
        // Whether it is a value, and a label of the portal's own, is told below.
        rows.push(Row {
            n,
            a,
            b,
            unit: 0,
            free,
            label,
            like: false,
            cell: false,
        });
    }
    // Two pairs in a row (label, value, label, value) need two lines that could be labels two
    // rows apart: a text without (most) has none, and its lines are not read further.
    if !(2..rows.len()).any(|i| rows[i - 2].label && rows[i].label) {
        return;
    }
    for row in &mut rows {
        let words = &c.all()[row.a..row.b];
        // Not a line that introduces what follows it (`…本局决定：`): its value runs on below.
        row.cell =
            row.free && words.len() <= 80 && !words.contains(&'。') && words.last() != Some(&':');
        // A column's unit after its words (`出让面积（平方米）`, `起始价（万元）`) is no part of the
        // wording looked up.
        row.unit = match words.last() {
            Some(')') => words
                .iter()
                .rposition(|&ch| ch == '(')
                .filter(|&k| k >= 2 && words.len() - k <= 8)
                .map_or(0, |k| words.len() - k),
            _ => 0,
        };
        let wording = &words[..words.len() - row.unit];
        // Among known ones, a label of the portal's own (`交易保证金`, `看样时间`): a few
        // Chinese characters.
        row.like = row.free
            && (2..=8).contains(&wording.len())
            && wording
                .iter()
                .all(|ch| ('\u{4e00}'..='\u{9fff}').contains(ch));
    }
    // A sentence is a cell's value too where a label's line stands over it and another under
    // it (`违法事实和证据` over the facts, then `处罚依据`): a decision's table pasted a cell a line.
    for i in 1..rows.len() {
        let framed = rows[i - 1].label
            && rows.get(i + 1).is_none_or(|r| r.label)
            && rows[i].free
            && rows[i].b - rows[i].a <= 400
            && c.get(rows[i].b - 1) != Some(':');
        if framed && !rows[i].label {
            rows[i].cell = true;
        }
    }
    // Two pairs in a row at least (label, value, label, value): only the lines of such windows
    // are looked up.
    let mut asked = vec![false; rows.len()];
    for i in 0..rows.len().saturating_sub(3) {
        if rows[i].label && rows[i + 1].cell && rows[i + 2].label && rows[i + 3].cell {
            asked[i..i + 4].iter_mut().for_each(|a| *a = true);
        }
    }
    for (row, asked) in rows.iter_mut().zip(asked) {
        row.label = asked
            && row.label
            && super::labels::national().knows(&c.string(row.a, row.b - row.unit));
        row.like |= row.label;
    }
    let pair_at = |i: usize, known: bool| {
        i + 1 < rows.len()
            && (if known { rows[i].label } else { rows[i].like })
            && rows[i + 1].cell
            && !rows[i + 1].label
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        // A run starts at a known label and goes on over the portal's own.
        let start = i;
        if pair_at(i, true) {
            while pair_at(i, false) {
                i += 2;
            }
        }
        let pairs: Vec<usize> = (start..i).step_by(2).collect();
        if pairs.iter().filter(|&&k| rows[k].label).count() >= 2 {
            found.extend(pairs.into_iter().filter(|&k| rows[k].label));
        }
        if i == start {
            i += 1;
        }
    }
    if found.is_empty() {
        return;
    }
    for k in found {
        let (l, v) = (&rows[k], &rows[k + 1]);
        out.push((
            Heading {
                numbering: Numbering::Unnumbered,
                number: None,
                label: c.span(l.a, l.b),
                value: Some(c.span(v.a, v.b)),
            },
            l.n,
        ));
    }
    out.sort_by_key(|(h, _)| h.label.start);
}

/// The headings of one line `a..b` (trimmed), given to `out`: a numbered heading, or
/// `label：value` segments. `text_colons` are the text's colons from the line's start on, in
/// order; `colons` is room for the line's colons that end a label.
fn line_headings(
    c: &Chars<'_>,
    a: usize,
    b: usize,
    text_colons: &[usize],
    colons: &mut Vec<usize>,
    out: &mut impl FnMut(Heading),
) {
    let (numbering, number, body) = numbering(c, a, b);
    // Not past the line's end: the spaces after `（一）` may be those the line was trimmed of.
    let body = body.min(b);
    if numbering == Numbering::Bracket {
        // 【label】value
        let close = (body..b).find(|&k| c.get(k) == Some('】')).unwrap_or(b);
        let v = c.skip_spaces(close + 1);
        let v = if c.get(v) == Some(':') {
            c.skip_spaces(v + 1)
        } else {
            v
        };
        return out(Heading {
            numbering,
            number,
            label: c.span(body, close),
            value: (v < b).then(|| c.span(v, b)),
        });
    }
    find_colons(c, body, b, text_colons, colons);
    // A heading whose label ends at `end`, one character (a stop, 为) before its value.
    let split = |end: usize| {
        let v = c.skip_spaces(end + 1);
        Heading {
            numbering,
            number,
            label: c.span(body, end),
            value: (v < b).then(|| c.span(v, b)),
        }
    };
    // A numbered heading run on after a full stop (`一、配租结果。雷*平家庭配租…`): its words
    // before the stop, and the rest of the line.
    if numbering != Numbering::Unnumbered
        && let Some(stop) = c.all()[body..b.min(body + 13)]
            .iter()
            .position(|&ch| ch == '。')
            .map(|p| body + p)
        && stop > body + 1
        && colons.first().is_none_or(|&f| stop < f)
        && c.all()[body..stop]
            .iter()
            .all(|ch| !matches!(ch, ',' | '、' | ':' | ';'))
    {
        return out(split(stop));
    }
    // So is an unnumbered one a rule's paragraphs open with (`保障对象和条件。申请…的对象，应当…`):
    // a few words that name what the paragraph sets, before its stop.
    if numbering == Numbering::Unnumbered
        && let Some(stop) = c.all()[body..b.min(body + 10)]
            .iter()
            .position(|&ch| ch == '。')
            .map(|p| body + p)
        && stop > body + 2
        && stop + 1 < b
        && colons.first().is_none_or(|&f| stop < f)
        && (body..stop).all(|k| c.get(k).is_some_and(is_han))
        && RUN_IN_ENDS
            .iter()
            .any(|w| c.at(stop - w.chars().count(), w))
    {
        return out(split(stop));
    }
    let Some(&first) = colons.first() else {
        // `公示期为2025年8月18日至…`: a period's line names it with 为, not a colon.
        if numbering == Numbering::Unnumbered
            && c.get(body) == Some(PERIOD_FIRST)
            && let Some(word) = PERIOD_WORDS
                .iter()
                .find(|w| c.at(body, w) && c.get(body + w.chars().count()) == Some('为'))
        {
            return out(split(body + word.chars().count()));
        }
        if numbering == Numbering::Unnumbered {
            // `采购人信息` alone on its line heads the labels under it, as a numbered one does.
            let words = &c.all()[body..b];
            let heads = (words.ends_with(&['信', '息'])
                || words.ends_with(&['联', '系', '方', '式']))
                && words.len() <= 12
                && is_label(c, body, b)
                && !words
                    .iter()
                    .any(|ch| matches!(ch, ',' | '，' | '、' | '。'));
            if heads {
                out(Heading {
                    numbering,
                    number,
                    label: c.span(body, b),
                    value: None,
                });
            }
            return;
        }
        // `3、公示期为3日`: the label, then what it is.
        let is_word = |k: usize| {
            c.get(k)
                .is_some_and(|ch| !ch.is_ascii() && !matches!(ch, '，' | ',' | '、' | '。'))
        };
        // Not the 为 of a word (`行为`, `作为`, `认为`, `因为`, `为止`).
        let says = (body + 2..b.min(body + 9))
            .find(|&k| {
                c.get(k) == Some('为')
                    && !matches!(c.get(k - 1), Some('行' | '作' | '认' | '因' | '成'))
                    && c.get(k + 1) != Some('止')
            })
            .filter(|&k| (body..k).all(is_word) && k + 1 < b);
        return out(Heading {
            numbering,
            number,
            label: c.span(body, says.unwrap_or(b)),
            value: says.map(|k| c.span(c.skip_spaces(k + 1), b)),
        });
    };
    // Not before the label's start: `12） :2019` has spaces between the number and the colon.
    let label_end = c.skip_back_spaces(first).max(body);
    // A label in brackets within a sentence (`…项目（项目编号：YJ-1）于…`): the label starts after
    // the bracket and its value ends at the bracket that closes it.
    if numbering == Numbering::Unnumbered
        && let Some(open) = c.all()[body..label_end]
            .iter()
            .rposition(|&ch| ch == '(')
            .map(|p| body + p)
        && !(open..label_end).any(|k| c.get(k) == Some(')'))
        && is_label(c, open + 1, label_end)
    {
        let from = c.skip_spaces(first + 1);
        let close = (from..b).find(|&k| c.get(k) == Some(')')).unwrap_or(b);
        let to = c.skip_back_spaces(close);
        return out(Heading {
            numbering,
            number,
            label: c.span(open + 1, label_end),
            value: (from < to).then(|| c.span(from, to)),
        });
    }
    if numbering == Numbering::Unnumbered && !is_label(c, body, label_end) {
        return;
    }
    let mut label = (body, label_end);
    let mut number = number;
    let mut numbering = numbering;
    let mut value_from = c.skip_spaces(first + 1);
    for &colon in colons[1..].iter().chain([&b]) {
        // A further `label：` on the line starts a segment; its label is the word before it.
        let (value_to, next) = if colon == b {
            (b, None)
        } else {
            let end = c.skip_back_spaces(colon);
            let mut s = end;
            while s > value_from
                && !c.get(s - 1).is_some_and(|p| {
                    matches!(
                        p,
                        ' ' | '\t' | ',' | '，' | ';' | '；' | '。' | '、' | '(' | ')'
                    )
                })
            {
                s -= 1;
            }
            // Not within brackets (`（大写：…）`), after a space or a separator, no figures.
            let depth = (value_from..colon).fold(0i32, |d, k| match c.get(k) {
                Some('(') => d + 1,
                Some(')') => d - 1,
                _ => d,
            });
            // A numbered heading run on after spaces (`一、项目编号：…　　二、项目名称：…`): its
            // label starts at its number.
            if s > value_from + 1 && c.get(s - 1) == Some('、') {
                let mut k = s - 1;
                while k > value_from
                    && c.get(k - 1)
                        .is_some_and(|d| "一二三四五六七八九十".contains(d))
                {
                    k -= 1;
                }
                if k < s - 1
                    && k > value_from
                    && c.get(k - 1)
                        .is_some_and(|p| matches!(p, ' ' | '\t' | '\u{3000}'))
                {
                    s = k;
                }
            }
            // After a comma only a label the national table knows (`，地址：`, `，成交金额：`):
            // `刘某某，身份证号码：…` is one value.
            // `联系方式：招标人：…，电话：…；招标代理机构：…` is one contact: its parties are
            // parted by semicolons.
            let contacts = c
                .all()
                .get(label.0..label.1)
                .is_some_and(|w| w.ends_with(&['联', '系', '方', '式']));
            // `采购人：某街道办事处，地址：…` is the purchaser with its address, which its
            // element holds (财办库〔2020〕50号's 名称、地址和联系方式; 招标人的名称和地址).
            let party_with_address = || {
                matches!(c.string(s, end).as_str(), "地址" | "住所")
                    && matches!(
                        c.string(label.0, label.1).as_str(),
                        "采购人"
                            | "采购单位"
                            | "采购代理机构"
                            | "代理机构"
                            | "招标人"
                            | "招标代理机构"
                    )
            };
            let after_separator = s > value_from
                && c.get(s - 1).is_some_and(|p| {
                    matches!(p, ' ' | '\t' | '\u{3000}')
                        || matches!(p, ';' | '；') && !contacts
                        || p == ','
                            && !(value_from..s - 1).any(|k| c.get(k) == Some(','))
                            // `联系方式：某单位，联系人：…，电话：…` is one contact.
                            && !c.string(label.0, label.1).contains("联系")
                            // `住址：某村，联系电话：…` is one address, its phone with it.
                            && !{
                                let second = c.string(s, end);
                                second.contains("联系") || second.contains("电话")
                            }
                            && !party_with_address()
                            && super::labels::national().knows(&c.string(s, end))
                            // `代理服务收费标准及金额：…收取，金额：5,528.00元`: the heading
                            // names what the second label says, part of its value.
                            && !c.string(label.0, label.1).contains(c.string(s, end).as_str())
                });
            // (One character alone before the colon is no label: the end of a word a page's
            // line broke, `…收费金` `额：人民币…` joined again.)
            if depth > 0
                || !after_separator
                || end < s + 2
                || (s..end).any(|k| c.get(k).is_some_and(|ch| ch.is_ascii_digit()))
                || !is_label(c, s, end)
            {
                continue;
            }
            let mut to = s;
            while to > value_from
                && c.get(to - 1)
                    .is_some_and(|p| matches!(p, ' ' | '\t' | ',' | '，' | ';' | '；' | '\u{3000}'))
            {
                to -= 1;
            }
            (to, Some((s, end, c.skip_spaces(colon + 1))))
        };
        out(Heading {
            numbering,
            number,
            label: c.span(label.0, label.1),
            value: (value_from < value_to).then(|| c.span(value_from, value_to)),
        });
        if let Some((s, end, v)) = next {
            label = (s, end);
            value_from = v;
            numbering = Numbering::Unnumbered;
            number = None;
        }
    }
}

/// The word of an article's or a chapter's numbering on the line starting at `a` (`第三条` →
/// `条`, `第二章` → `章`), if the line opens with one.
fn article_word(c: &Chars<'_>, a: usize) -> Option<&'static str> {
    let a = c.skip_spaces(a);
    if c.get(a) != Some('第') {
        return None;
    }
    let (_, e) = c.arabic(a + 1, 3).or_else(|| chinese_run(c, a + 1))?;
    ["条", "章", "部分", "节"].into_iter().find(|w| c.at(e, w))
}

/// The marks a copy (a WeChat post, a portal's styled page) puts before a heading.
const MARKS: &[char] = &[
    '▍', '▌', '■', '□', '●', '◆', '◇', '▶', '►', '★', '☆', '▎', '▋',
];

/// The words of a line that states a period with 为 (`公示期为…`), which reads as a label.
const PERIOD_WORDS: &[&str] = &["公示期限", "公示时间", "公示期", "公告期限", "公告期"];

/// The first character of each of [`PERIOD_WORDS`]: a line that starts otherwise states none.
const PERIOD_FIRST: char = '公';

/// The first characters of the closing words (`特此`, [`PAGE_CHROME`], `由此`, `敬请谅解`,
/// `给您`): a line that starts with none of them closes nothing.
const CLOSING_FIRSTS: [char; 12] = [
    '特', '分', '来', '编', '责', '往', '阅', '【', '关', '由', '敬', '给',
];

/// The colons of `a..b` that end a label, into `out` (emptied first): not within a time of day
/// (`9:30`) or an address (`http://`). `text_colons` are the text's colons, in order, from
/// those of `a..b` on (or from before `a`).
fn find_colons(c: &Chars<'_>, a: usize, b: usize, text_colons: &[usize], out: &mut Vec<usize>) {
    out.clear();
    let end = b.min(c.len());
    for &k in text_colons
        .iter()
        .skip_while(|&&k| k < a)
        .take_while(|&&k| k < end)
    {
        let digits = k > a
            && c.get(k - 1).is_some_and(|p| p.is_ascii_digit())
            && c.get(k + 1).is_some_and(|n| n.is_ascii_digit());
        if !digits && c.get(k + 1) != Some('/') {
            out.push(k);
        }
    }
}

/// True when `a..b` reads as a label: 1 to 24 characters, some of them Chinese, no full stop,
/// and not a number.
fn is_label(c: &Chars<'_>, a: usize, b: usize) -> bool {
    let n = b.saturating_sub(a);
    (1..=24).contains(&n)
        && (a..b).any(|k| c.get(k).is_some_and(|ch| !ch.is_ascii()))
        && !(a..b).any(|k| matches!(c.get(k), Some('。' | '?' | '？' | '!')))
}

/// The numbering at the start of a line: its kind, its number and where the label starts.
fn numbering(c: &Chars<'_>, a: usize, b: usize) -> (Numbering, Option<u32>, usize) {
    let after = |k: usize| c.skip_spaces(k);
    // Most lines start with a character that starts no numbering: told by it alone. (A figure,
    // a Chinese digit or 十, 第, a bracket, a circled number, 【 or a bullet starts one.)
    let starts_one = |f: char| {
        f.is_ascii_digit()
            || chinese_digit(f).is_some()
            || ('\u{2460}'..='\u{2473}').contains(&f)
            || matches!(
                f,
                '十' | '第'
                    | '('
                    | '【'
                    | '●'
                    | '•'
                    | '·'
                    | '■'
                    | '◆'
                    | '▪'
                    | '★'
                    | '◇'
                    | '□'
            )
    };
    if !c.get(a).is_some_and(starts_one) {
        return (Numbering::Unnumbered, None, a);
    }
    // 一、 二. 十一、
    if let Some((n, e)) = chinese_run(c, a)
        && matches!(c.get(e), Some('、' | '.'))
        && e + 1 < b
    {
        return (Numbering::Chinese, Some(n), after(e + 1));
    }
    // 第一条 第2章 第三部分
    if c.get(a) == Some('第')
        && let Some((n, e)) = c.arabic(a + 1, 3).or_else(|| chinese_run(c, a + 1))
    {
        for word in ["条", "章", "部分", "节"] {
            if c.at(e, word) {
                let k = e + word.chars().count();
                let k = if matches!(c.get(k), Some('、' | ':')) {
                    k + 1
                } else {
                    k
                };
                return (Numbering::Article, Some(n), after(k));
            }
        }
    }
    // （一） (1)
    if c.get(a) == Some('(') {
        if let Some((n, e)) = chinese_run(c, a + 1)
            && c.get(e) == Some(')')
        {
            let k = if matches!(c.get(e + 1), Some('、' | '.')) {
                e + 2
            } else {
                e + 1
            };
            return (Numbering::ChineseInBrackets, Some(n), after(k));
        }
        if let Some((n, e)) = c.arabic(a + 1, 3)
            && c.get(e) == Some(')')
        {
            return (Numbering::ArabicInBrackets, Some(n), after(e + 1));
        }
    }
    // 7.1 under 7. — a part's heading alone on its line (`7.1 采购人信息`), followed by a
    // space, 、 or its words; not 1.5万元. A `2.1 建设地点：…` line stays a label's, which the
    // facts of one element (`2.1 建设地点`, `2.2 计划工期`) are read as together.
    if let Some((_, e)) = c.arabic(a, 2)
        && !(a..b).any(|k| c.get(k) == Some(':'))
        && c.get(e) == Some('.')
        && let Some((n, k)) = c.arabic(e + 1, 2)
        && c.get(k).is_some_and(|ch| {
            ch == ' '
                || ch == '、'
                || ('\u{4e00}'..='\u{9fff}').contains(&ch) && !"万元亿米倍个年月日".contains(ch)
        })
        && k + 1 < b
    {
        let k = if c.get(k) == Some('、') { k + 1 } else { k };
        return (Numbering::ArabicSub, Some(n), after(k));
    }
    // 1. 1、 1) — not 1.5 or 2019.7.16
    if let Some((n, e)) = c.arabic(a, 3) {
        match c.get(e) {
            Some('、') => return (Numbering::Arabic, Some(n), after(e + 1)),
            Some('.') if !c.get(e + 1).is_some_and(|d| d.is_ascii_digit()) => {
                return (Numbering::Arabic, Some(n), after(e + 1));
            }
            Some(')') => return (Numbering::ArabicInBrackets, Some(n), after(e + 1)),
            _ => {}
        }
    }
    // ① to ⑳
    if let Some(ch) = c.get(a)
        && ('\u{2460}'..='\u{2473}').contains(&ch)
    {
        return (Numbering::Circled, Some(ch as u32 - 0x245f), after(a + 1));
    }
    if c.get(a) == Some('【') {
        // A WeChat copy's section numbers in brackets (`【一】项目基本情况`) stand for the
        // format's `一、`.
        if let Some((n, e)) = chinese_run(c, a + 1)
            && c.get(e) == Some('】')
            && e + 1 < b
        {
            return (Numbering::Chinese, Some(n), after(e + 1));
        }
        return (Numbering::Bracket, None, a + 1);
    }
    // A bullet (`● 招租标的：…`) marks a label line, not a number.
    if matches!(
        c.get(a),
        Some('●' | '•' | '·' | '■' | '◆' | '▪' | '★' | '◇' | '□')
    ) && a + 1 < b
    {
        return (Numbering::Unnumbered, None, after(a + 1));
    }
    (Numbering::Unnumbered, None, a)
}

/// A number in Chinese numerals at `k` (1 to 99), as headings write them.
fn chinese_run(c: &Chars<'_>, k: usize) -> Option<(u32, usize)> {
    let first = c.get(k)?;
    if chinese_digit(first).is_none_or(|d| d == 0) && first != '十' || first == '两' {
        return None;
    }
    c.chinese(k)
}

/// The past-last character of `a..b` without trailing spaces and carriage returns.
fn trim_end(c: &Chars<'_>, a: usize, mut b: usize) -> usize {
    while b > a && matches!(c.get(b - 1), Some(' ' | '\t' | '\r')) {
        b -= 1;
    }
    b
}

/// The first character of `a..b` that is not a space or a line break.
fn skip_blank(c: &Chars<'_>, mut a: usize, b: usize) -> usize {
    while a < b && matches!(c.get(a), Some(' ' | '\t' | '\r' | '\n')) {
        a += 1;
    }
    a
}

/// The last words of a rule's run-in heading: what a paragraph of a rule sets.
const RUN_IN_ENDS: &[&str] = &[
    "条件", "对象", "方式", "标准", "程序", "范围", "要求", "期限",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_characters_cover_their_words() {
        assert!(PERIOD_WORDS.iter().all(|w| w.starts_with(PERIOD_FIRST)));
        for w in PAGE_CHROME
            .iter()
            .chain(&["特此", "由此", "敬请谅解", "给您"])
        {
            let first = w.chars().next().map(super::super::text::fold);
            assert!(first.is_some_and(|f| CLOSING_FIRSTS.contains(&f)), "{w}");
        }
    }

    fn read(text: &str) -> Vec<(Numbering, String, Option<String>)> {
        headings(text)
            .into_iter()
            .map(|h| {
                (
                    h.numbering,
                    h.label.of(text).unwrap().to_owned(),
                    h.value.map(|v| v.of(text).unwrap().to_owned()),
                )
            })
            .collect()
    }

    /// Labels each alone on a line over their values, as cells pasted a line each leave them
    /// (`转让方` over `某集团有限公司`): two pairs or more, a value a sentence where labels stand
    /// over and under it (a decision's table pasted a cell a line); one heading over its
    /// paragraph is none, nor is a line introducing what follows it (`…本局决定：`).
    #[test]
    fn labels_alone_over_their_values() {
        let text = "某资产转让公告\n项目编号\nAH-2025-1127\n转让方\n某集团有限公司\n交易保证金\n人民币5万元\n\
                    转让底价\n人民币38.6万元\n";
        let h: Vec<_> = read(text).into_iter().map(|(_, l, v)| (l, v)).collect();
        // The portal's own label (`交易保证金`) keeps the pairs in step and names no element.
        assert_eq!(
            h,
            [
                ("项目编号".to_owned(), Some("AH-2025-1127".to_owned())),
                ("转让方".to_owned(), Some("某集团有限公司".to_owned())),
                ("转让底价".to_owned(), Some("人民币38.6万元".to_owned())),
            ]
        );
        let text = "违法事实和证据\n经查，当事人擅自占用土地。\n处罚依据\n依据《土地管理法》第七十七条的规定。\n";
        let labels: Vec<String> = read(text).into_iter().map(|(_, l, _)| l).collect();
        assert_eq!(labels, ["违法事实和证据", "处罚依据"]);
        let text = "违法事实和证据\n经查，当事人擅自占用土地，面积为二千平方米，至今未退还。\n";
        assert!(read(text).is_empty(), "{:?}", read(text));
        let text = "违法事实和证据\n经查，当事人擅自占用土地。\n处罚依据和处罚决定\n依据《土地管理法》的规定，本局决定：\n1.退还土地；\n";
        let labels: Vec<String> = read(text).into_iter().map(|(_, l, _)| l).collect();
        assert!(
            !labels.contains(&"处罚依据和处罚决定".to_owned()),
            "{labels:?}"
        );
    }

    /// A label over `（一）` items that are sentences (a policy's 准入条件, 公共租赁住房管理办法
    /// Art 7's conditions) holds them, as it holds `1.` items; `（一）` headings of a few words
    /// head sections of their own.
    #[test]
    fn a_label_holds_its_list_of_sentences() {
        let text =
            "准入条件：\n（一）申请人无自有住房；\n（二）收入低于标准。\n配租方式：轮候配租\n";
        let h = read(text);
        assert_eq!(h[0].1, "准入条件");
        assert_eq!(
            h[0].2.as_deref(),
            Some("（一）申请人无自有住房；\n（二）收入低于标准。")
        );
        let text = "联系方式：\n（一）采购人信息\n名称：某局\n";
        assert_eq!(read(text)[0].2, None);
    }

    #[test]
    fn every_numbering() {
        use Numbering::*;
        for (line, numbering, label, value) in [
            ("一、项目编号：A-1", Chinese, "项目编号", Some("A-1")),
            ("十二、其他：无", Chinese, "其他", Some("无")),
            (
                "（一）项目名称：档案",
                ChineseInBrackets,
                "项目名称",
                Some("档案"),
            ),
            (
                "(二)、预算金额: 5万元",
                ChineseInBrackets,
                "预算金额",
                Some("5万元"),
            ),
            ("1.采购人信息", Arabic, "采购人信息", None),
            ("２．项目名称：档案", Arabic, "项目名称", Some("档案")),
            (
                "3、公告期限：1个工作日",
                Arabic,
                "公告期限",
                Some("1个工作日"),
            ),
            ("(1) 名称：某大学", ArabicInBrackets, "名称", Some("某大学")),
            ("①宗地位置：东区", Circled, "宗地位置", Some("东区")),
            ("第一条 项目名称：档案", Article, "项目名称", Some("档案")),
            ("【项目名称】档案", Bracket, "项目名称", Some("档案")),
            ("名称：某大学", Unnumbered, "名称", Some("某大学")),
            ("3、公示期为3日", Arabic, "公示期", Some("3日")),
            (
                "金额：¥385,600.00元（大写：叁拾捌万元）",
                Unnumbered,
                "金额",
                Some("¥385,600.00元（大写：叁拾捌万元）"),
            ),
            (
                "　　联系方式：0763-1234567",
                Unnumbered,
                "联系方式",
                Some("0763-1234567"),
            ),
        ] {
            assert_eq!(
                read(line),
                [(numbering, label.to_owned(), value.map(str::to_owned))],
                "{line}"
            );
        }
    }

    #[test]
    fn what_is_no_heading() {
        for line in [
            "1.5万元为预算",
            "2019.7.16开标",
            "本项目于9:30开标",
            "详见 http://www.example.invalid/a",
            "投标人应当按照招标文件的要求编制投标文件。注意：逾期不予受理。",
        ] {
            assert!(read(line).is_empty(), "{line}: {:?}", read(line));
        }
    }

    #[test]
    fn two_labels_on_a_line_and_values_under_a_heading() {
        let text = "联系人：张工  电话：0763-1234567\n五、评审专家名单：\n甲某、乙某、丙某\n\n六、代理服务收费标准及金额：\n七、公告期限\n";
        let r = read(text);
        let labels: Vec<_> = r
            .iter()
            .map(|(_, l, v)| (l.as_str(), v.as_deref()))
            .collect();
        assert_eq!(
            labels,
            [
                ("联系人", Some("张工")),
                ("电话", Some("0763-1234567")),
                ("评审专家名单", Some("甲某、乙某、丙某")),
                ("代理服务收费标准及金额", None),
                ("公告期限", None),
            ]
        );
    }

    /// A heading that names what a second label on its line says (`代理服务收费标准及金额：…收取，
    /// 金额：5,528.00元`, 财办库〔2020〕50号's 中标公告 heading 六) keeps it in its value; a period's
    /// section (`四、公示期`) is not closed by its own period line (`公示期为…`).
    #[test]
    fn a_headings_own_second_label_and_a_periods_own_line_stay_in_its_section() {
        let text = "六、代理服务收费标准及金额：按收费标准向成交供应商收取，金额：5,528.00元\n\
                    四、公示期\n公示期为2025年6月4日至2025年6月6日。\n五、异议渠道\n向招标人提出。\n";
        let r = read(text);
        assert_eq!(
            r[0].2.as_deref(),
            Some("按收费标准向成交供应商收取，金额：5,528.00元")
        );
        let period = r
            .iter()
            .find(|(_, l, _)| l == "公示期")
            .expect("the period");
        assert_eq!(
            period.2.as_deref(),
            Some("公示期为2025年6月4日至2025年6月6日。")
        );
    }
}
