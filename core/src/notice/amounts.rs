//! Amounts of money in running text, with their spans: in capital numerals (大写,
//! `人民币壹佰壹拾捌万元整`) and in figures (`¥1,180,000.00`, `￥1180000元`, `118.05万元`,
//! `人民币118万元`, `3.2亿元`, full-width `１１８万元`, and a figure under a label that gives the unit:
//! `中标金额（万元）：118.05`). The values are read by [`crate::model::amount_text`]; this module
//! finds where each amount is, and pairs the 大写 of an amount with its figures when a notice
//! writes both, so that a disagreement between them can be shown.
//!
//! # Example
//! ```
//! use gongkai::notice::{amounts, amount_pairs};
//! let text = "中标金额：人民币壹佰壹拾捌万元整（¥1,118,000.00）";
//! let found = amounts(text);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].span.of(text), Some("人民币壹佰壹拾捌万元整"));
//! assert_eq!(found[1].span.of(text), Some("¥1,118,000.00"));
//! let pairs = amount_pairs(text);
//! assert!(!pairs[0].agrees(), "壹佰壹拾捌万 is 1,180,000, not 1,118,000");
//! ```

use std::borrow::Cow;

use super::span::Spanned;
use super::text::{CharFilter, Chars, trim, trim_start};
use crate::model::amount::Yuan;
use crate::model::amount_text::{amounts_in_figures, amounts_in_words, fen_of};

/// How an amount is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub enum AmountForm {
    /// In capital numerals (大写), ending in 元.
    Words,
    /// In figures of 元 (`1180000元`, `¥1,180,000.00`).
    Yuan,
    /// In figures of 万元 (`118万元`, or under a label `（万元）`).
    TenThousandYuan,
    /// In figures of 亿元 (`3.2亿元`, or under a label `（亿元）`).
    HundredMillionYuan,
}

/// An amount of money a notice states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Amount {
    /// The amount.
    pub value: Yuan,
    /// How it is written.
    pub form: AmountForm,
}

/// One amount written both in capital numerals and in figures, next to each other
/// (`壹佰万元整（¥1,000,000.00）`, `¥1,000,000.00（大写：壹佰万元整）`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct AmountPair {
    /// The amount in capital numerals.
    pub words: Spanned<Amount>,
    /// The amount in figures.
    pub figures: Spanned<Amount>,
}

impl AmountPair {
    /// True when both say the same amount.
    pub fn agrees(&self) -> bool {
        self.words.value.value == self.figures.value.value
    }
}

/// Every amount of money `text` states, in order, each with its span.
///
/// # Example
/// ```
/// use gongkai::notice::{amounts, AmountForm};
/// let text = "预算金额：１１８.０５万元，数量3台，最高限价￥1,200,000";
/// let found = amounts(text);
/// assert_eq!(found.iter().map(|a| a.value.value.fen()).collect::<Vec<_>>(),
///            [118_050_000, 120_000_000]);
/// assert_eq!(found[0].value.form, AmountForm::TenThousandYuan);
/// assert_eq!(found[1].span.of(text), Some("￥1,200,000"));
/// ```
pub fn amounts(text: &str) -> Vec<Spanned<Amount>> {
    amounts_in(&Chars::new(text))
}

/// [`amounts`] of characters already folded.
pub(crate) fn amounts_in(c: &Chars<'_>) -> Vec<Spanned<Amount>> {
    let mut out = Vec::new();
    let mut i = 0;
    let all = c.all();
    while i < all.len() {
        // Only these characters start an amount (`人民币`, a capital numeral or an ordinary one,
        // a currency sign, a figure): the others are passed without looking further.
        let ch = all[i];
        if !STARTS.may_hold(ch) {
            i += 1;
            continue;
        }
        let words = starts_words(ch);
        let figures = starts_figures(ch);
        let read = words
            .then(|| words_at(c, i))
            .flatten()
            .or_else(|| figures.then(|| figures_at(c, i)).flatten());
        match read {
            Some((start, end, amount)) => {
                out.push(Spanned {
                    value: amount,
                    span: c.span(start, end),
                });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// The amounts of `text` written both ways, each 大写 paired with the figures beside it on the
/// same line (only brackets, colons, spaces and the words 大写, 小写, 人民币 between them).
///
/// # Example
/// ```
/// use gongkai::notice::amount_pairs;
/// let pairs = amount_pairs("合同金额：¥560,000.00元（大写：伍拾陆万元整）");
/// assert_eq!(pairs.len(), 1);
/// assert!(pairs[0].agrees());
/// ```
pub fn amount_pairs(text: &str) -> Vec<AmountPair> {
    pairs_in(text, &amounts(text))
}

/// [`amount_pairs`] from the amounts of `text` already read.
pub(crate) fn pairs_in(text: &str, found: &[Spanned<Amount>]) -> Vec<AmountPair> {
    let mut used = vec![false; found.len()];
    let mut out = Vec::new();
    for (w, words) in found.iter().enumerate() {
        if words.value.form != AmountForm::Words {
            continue;
        }
        let beside = [w.checked_sub(1), w.checked_add(1)]
            .into_iter()
            .flatten()
            .filter(|&f| {
                found
                    .get(f)
                    .is_some_and(|a| a.value.form != AmountForm::Words)
                    && !used[f]
            })
            .find(|&f| {
                let (a, b) = if f < w {
                    (found[f].span.end, words.span.start)
                } else {
                    (words.span.end, found[f].span.start)
                };
                text.get(a..b).is_some_and(only_joins)
            });
        if let Some(f) = beside {
            used[f] = true;
            out.push(AmountPair {
                words: words.clone(),
                figures: found[f].clone(),
            });
        }
    }
    out
}

/// True for the text between the two writings of one amount.
fn only_joins(between: &str) -> bool {
    // Copied only when a word is there to take out (most texts between hold none).
    let mut rest = Cow::Borrowed(between);
    for word in ["大写", "小写", "人民币", "金额", "即", "为"] {
        if rest.contains(word) {
            rest = Cow::Owned(rest.replace(word, ""));
        }
    }
    rest.chars().count() <= 6
        && rest
            .chars()
            .all(|ch| " \t:：()（）[]【】,，;；、/".contains(ch))
}

/// The characters that may start an amount ([`starts_words`], [`starts_figures`]): most
/// characters of a text are passed after one test of a bit.
static STARTS: CharFilter = CharFilter::new(&[
    '人', '零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟', '万', '亿',
    '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '¥', '￥',
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9',
]);

/// A character that may start an amount in words: `人民币`, a capital numeral or an ordinary one.
fn starts_words(ch: char) -> bool {
    ch == '人'
        || is_capital(ch)
        || matches!(
            ch,
            '〇' | '零'
                | '一'
                | '二'
                | '两'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
        )
}

/// A character that may start an amount in figures: `人民币`, a currency sign, a figure.
fn starts_figures(ch: char) -> bool {
    matches!(ch, '人' | '¥' | '￥') || ch.is_ascii_digit()
}

/// True for a capital numeral (大写) or its units, 零 to 亿.
fn is_capital(c: char) -> bool {
    matches!(
        c,
        '零' | '壹'
            | '贰'
            | '叁'
            | '肆'
            | '伍'
            | '陆'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
            | '万'
            | '亿'
    )
}

/// An amount in capital numerals starting at `i` (after `人民币` when it is there).
fn words_at(c: &Chars<'_>, i: usize) -> Option<(usize, usize, Amount)> {
    let start = i;
    let mut k = i;
    if c.at(k, "人民币") {
        k += 3;
    }
    let run = k;
    if run > 0
        && c.get(run - 1)
            .is_some_and(|p| p.is_ascii_digit() || p == '.' || is_capital(p))
    {
        return None;
    }
    while c.get(k).is_some_and(is_capital) {
        k += 1;
    }
    if k == run {
        return ordinary_at(c, start, run);
    }
    if !matches!(c.get(k), Some('元' | '圆')) {
        return None;
    }
    k += 1;
    for mark in ['角', '分'] {
        let z = usize::from(c.get(k) == Some('零'));
        if c.get(k + z)
            .is_some_and(|ch| "壹贰叁肆伍陆柒捌玖".contains(ch))
            && c.get(k + z + 1) == Some(mark)
        {
            k += z + 2;
        }
    }
    if matches!(c.get(k), Some('整' | '正')) {
        k += 1;
    }
    let [value] = amounts_in_words(&c.string(run, k))[..] else {
        return None;
    };
    Some((
        start,
        k,
        Amount {
            value,
            form: AmountForm::Words,
        },
    ))
}

/// An amount in ordinary numerals (`人民币三十二万四千元`, `罚款二万元`), as penalty decisions
/// write them: read as the capitals they stand for. Two numerals at least, or after 人民币.
fn ordinary_at(c: &Chars<'_>, start: usize, run: usize) -> Option<(usize, usize, Amount)> {
    let capital = |ch: char| {
        Some(match ch {
            '〇' | '零' => '零',
            '一' => '壹',
            '二' | '两' => '贰',
            '三' => '叁',
            '四' => '肆',
            '五' => '伍',
            '六' => '陆',
            '七' => '柒',
            '八' => '捌',
            '九' => '玖',
            '十' => '拾',
            '百' => '佰',
            '千' => '仟',
            '万' => '万',
            '亿' => '亿',
            _ => return None,
        })
    };
    if run > 0 && c.get(run - 1).is_some_and(|p| capital(p).is_some()) {
        return None;
    }
    // The numerals' run, and whether it reads as an amount, before any string is made: most
    // numerals of a text (`一、`, `第三条`) are none.
    let mut k = run;
    while c.get(k).and_then(capital).is_some() {
        k += 1;
    }
    let numerals = k - run;
    if numerals == 0 || (numerals < 2 && run == start) || c.get(k) != Some('元') {
        return None;
    }
    let mut words = String::new();
    for w in (run..k).filter_map(|j| c.get(j).and_then(capital)) {
        // `十` leading a number is 壹拾.
        if w == '拾' && words.is_empty() {
            words.push('壹');
        }
        words.push(w);
    }
    if words
        .chars()
        .all(|w| matches!(w, '万' | '亿' | '拾' | '佰' | '仟'))
    {
        return None;
    }
    k += 1;
    words.push('元');
    if matches!(c.get(k), Some('整' | '正')) {
        k += 1;
    }
    let [value] = amounts_in_words(&words)[..] else {
        return None;
    };
    Some((
        start,
        k,
        Amount {
            value,
            form: AmountForm::Words,
        },
    ))
}

/// An amount in figures starting at `i`: `¥`/`￥` (or `人民币`) and figures, or figures and
/// `元`/`万元` (or `（万元）`), or figures after a label that gives the unit.
fn figures_at(c: &Chars<'_>, i: usize) -> Option<(usize, usize, Amount)> {
    let start = i;
    let mut k = i;
    if c.get(k) == Some('人') && c.at(k, "人民币") {
        k = c.skip_spaces(k + 3);
    }
    let symbol = matches!(c.get(k), Some('¥' | '￥'));
    if symbol {
        k = c.skip_spaces(k + 1);
    }
    let digits = k;
    if !c.get(k).is_some_and(|ch| ch.is_ascii_digit())
        || (k > 0 && c.get(k - 1).is_some_and(|p| p.is_ascii_digit() || p == '.'))
    {
        return None;
    }
    while c
        .get(k)
        .is_some_and(|ch| ch.is_ascii_digit() || ch == ',' || ch == '.')
    {
        k += 1;
    }
    while k > digits && matches!(c.get(k - 1), Some(',' | '.')) {
        k -= 1;
    }
    let after = c.skip_spaces(k);
    // The units below start with one of these.
    let unit_next = matches!(c.get(after), Some('万' | '亿' | '元' | '('));
    let (unit, end) = if !unit_next {
        if symbol {
            (AmountForm::Yuan, k)
        } else {
            (label_unit(c, digits)?, k)
        }
    } else if c.at(after, "万元") {
        (AmountForm::TenThousandYuan, after + 2)
    } else if c.at(after, "(万元)") {
        (AmountForm::TenThousandYuan, after + 4)
    } else if c.at(after, "亿元") {
        (AmountForm::HundredMillionYuan, after + 2)
    } else if c.at(after, "(亿元)") {
        (AmountForm::HundredMillionYuan, after + 4)
    } else if c.at(after, "元") {
        (AmountForm::Yuan, after + 1)
    } else if c.at(after, "(元)") {
        (AmountForm::Yuan, after + 3)
    } else if symbol {
        (AmountForm::Yuan, k)
    } else {
        let unit = label_unit(c, digits)?;
        (unit, k)
    };
    let value = figures_value(&c.all()[digits..k], unit)?;
    Some((start, end, Amount { value, form: unit }))
}

/// The value of `figures` (digits, commas and points, a digit first and no comma or point
/// last) in `unit`: what [`amounts_in_figures`] reads in `{figures}元` (`万元`, `亿元`), without
/// writing that text and reading it again.
fn figures_value(figures: &[char], unit: AmountForm) -> Option<Yuan> {
    let digits: String = figures.iter().filter(|&&c| c != ',').collect();
    let scale = match unit {
        AmountForm::TenThousandYuan => 10_000,
        AmountForm::HundredMillionYuan => 100_000_000,
        _ => 1,
    };
    fen_of(digits.trim_end_matches('.'), scale)
}

/// The unit a label gives the figure at `i`: `金额（万元）：118.05`, `报价(元): 5600`.
fn label_unit(c: &Chars<'_>, i: usize) -> Option<AmountForm> {
    let mut k = c.skip_back_spaces(i);
    if k == 0 || c.get(k - 1) != Some(':') {
        return None;
    }
    k = c.skip_back_spaces(k - 1);
    if c.at(k.checked_sub(4)?, "(万元)") {
        Some(AmountForm::TenThousandYuan)
    } else if c.at(k.checked_sub(4)?, "(亿元)") {
        Some(AmountForm::HundredMillionYuan)
    } else if c.at(k.checked_sub(3)?, "(元)") {
        Some(AmountForm::Yuan)
    } else {
        None
    }
}

/// The figures of a table's columns whose header gives the unit (`预算金额（万元）` over `120`),
/// added to `found` (spans of `text`) where nothing was read yet, in order. `lines` are
/// `text`'s, found once for the readers that go by lines.
pub(crate) fn column_amounts(
    text: &str,
    tables: &[super::tables::Table],
    lines: &super::lines::Lines,
    found: &mut Vec<Spanned<Amount>>,
) {
    let before = found.len();
    // The unit in a header's last brackets, a rate's period aside (`租金(元/月)`).
    let unit_of = |h: super::span::Span| {
        let h = h.of(text).unwrap_or("");
        // Each unit read is in 元, which no other character folds to: a header without it (most)
        // is not folded.
        if !h.contains('元') {
            return None;
        }
        let h: String = h.chars().map(super::text::fold).collect();
        // A label cell keeps its colon (`成交价格(万元)：`).
        let unit = h
            .trim_end_matches([':', ' '])
            .strip_suffix(')')
            .and_then(|h| h.rfind('(').map(|i| &h[i + 1..]))
            .map(|u| u.split('/').next().unwrap_or(u));
        match unit {
            Some("万元") => Some(AmountForm::TenThousandYuan),
            Some("亿元") => Some(AmountForm::HundredMillionYuan),
            Some("元") => Some(AmountForm::Yuan),
            _ => None,
        }
    };
    // A cell that is a figure alone, full-width too (`８９６４００．００`).
    let figure = |cell: super::span::Span| {
        let mut folded = cell.of(text).unwrap_or("").chars().map(super::text::fold);
        let mut digit = false;
        folded.all(|c| {
            digit |= c.is_ascii_digit();
            c.is_ascii_digit() || c == ',' || c == '.'
        }) && digit
    };
    let mut push = |cell: super::span::Span, form: AmountForm| {
        // Full-width figures read as their ASCII forms.
        let folded: String = cell
            .of(text)
            .unwrap_or("")
            .chars()
            .map(super::text::fold)
            .collect();
        let figure_text = folded.as_str();
        if !figure(cell)
            || found
                .iter()
                .any(|a| a.span.contains(cell) || cell.contains(a.span))
        {
            return;
        }
        let read = match form {
            AmountForm::TenThousandYuan => format!("{figure_text}万元"),
            AmountForm::HundredMillionYuan => format!("{figure_text}亿元"),
            _ => format!("{figure_text}元"),
        };
        if let [value] = amounts_in_figures(&read)[..] {
            found.push(Spanned {
                value: Amount { value, form },
                span: cell,
            });
        }
    };
    for t in tables {
        let Some(header) = t.rows.first() else {
            continue;
        };
        for (col, h) in header.cells.iter().enumerate() {
            let Some(form) = unit_of(*h) else {
                continue;
            };
            for row in &t.rows[1..] {
                if let Some(&cell) = row.cells.get(col) {
                    push(cell, form);
                }
            }
        }
        // A row of labels over a row of their values (`出让方式⇥成交价（万元）` over
        // `挂牌⇥46250`), further down the table: a label gives the unit of the cell under it,
        // and of the figures under that in its column (`主要财务指标⇥2023年度审计数（万元）` over
        // `资产总额⇥18652.40`, `营业收入⇥9437.15`), down to the first row of another shape or
        // with no figure there.
        for (i, head) in t.rows.iter().enumerate().skip(1) {
            for (col, h) in head.cells.iter().enumerate() {
                let Some(form) = unit_of(*h) else {
                    continue;
                };
                for (k, row) in t.rows[i + 1..].iter().enumerate() {
                    let Some(&cell) = row.cells.get(col) else {
                        break;
                    };
                    if row.cells.len() != head.cells.len() || k > 0 && !figure(cell) {
                        break;
                    }
                    push(cell, form);
                }
            }
        }
        // A table of labels and values: the label gives the unit of the cell beside it
        // (`罚款金额（万元） | 1.8`); and a table turned on its side, a candidate a column
        // (`投标报价（元）⇥2,871,604.00⇥2,893,115.00⇥2,905,230.00`), the unit of every figure
        // after it.
        for row in &t.rows {
            if let [label, figures @ ..] = &row.cells[..]
                && figures.len() >= 2
                && figures.iter().all(|c| figure(*c))
                && let Some(form) = unit_of(*label)
            {
                for &cell in figures {
                    push(cell, form);
                }
                continue;
            }
            if row.cells.len() % 2 == 0 {
                for pair in row.cells.chunks(2) {
                    if let Some(form) = unit_of(pair[0]) {
                        push(pair[1], form);
                    }
                }
            }
        }
    }
    // A label alone on its line over its figure, as a table pasted a cell a line leaves it
    // (`起始价（万元）` over `9138`): the label gives the unit. Not within a table read by its
    // columns, whose header's last cell stands over the first row's first.
    let pasted: Vec<super::span::Span> = tables
        .iter()
        .filter(|t| t.separator == super::tables::Separator::Lines)
        .map(super::tables::Table::span)
        .collect();
    let mut at = 0;
    let mut unit_above = None;
    for line in lines.inclusive(text) {
        let t = trim(line);
        if pasted.iter().any(|p| p.start <= at && at < p.end) {
            unit_above = None;
        } else if !t.is_empty() {
            let start = at + (line.len() - trim_start(line).len());
            let span = super::span::Span {
                start,
                end: start + t.len(),
            };
            if let Some(form) = unit_above.take() {
                push(span, form);
            }
            // With its colon or without (`成交价格(万元)：` over `268.2`).
            let label = t.trim_end_matches(['：', ':']);
            unit_above = (label.ends_with([')', '）']) && !label.contains(['：', ':']))
                .then(|| unit_of(span))
                .flatten();
        }
        at += line.len();
    }
    if found.len() > before {
        found.sort_by_key(|a| a.span.start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The amounts `text`'s tables value by their labels' units alone.
    fn tables_amounts(text: &str) -> Vec<Spanned<Amount>> {
        let mut found = Vec::new();
        let lines = super::super::lines::Lines::new(text);
        column_amounts(
            text,
            &super::super::tables::tables(text),
            &lines,
            &mut found,
        );
        found
    }

    /// A row inside a table of labels and values whose cell gives the unit (`主要财务指标⇥2023年度
    /// 审计数（万元）`, an enterprise's figures that a capital increase discloses under 企业国有资产
    /// 交易监督管理办法 Art 39's "基本情况") values every figure under it in its column, down to a
    /// row of another shape.
    #[test]
    fn a_unit_row_inside_a_table_values_the_figures_under_it_order_32_art_39() {
        let text = "注册资本\t10000万元\n主要财务指标\t2023年度审计数（万元）\n资产总额\t18652.40\n\
                    营业收入\t9437.15\n净利润\t215.36\n股东名称\t出资额（万元）\t持股比例\n";
        let found = tables_amounts(text);
        let read: Vec<&str> = found.iter().filter_map(|a| a.span.of(text)).collect();
        assert_eq!(read, ["18652.40", "9437.15", "215.36"], "{found:?}");
        assert_eq!(found[2].value.value, amounts_in_figures("215.36万元")[0]);
    }

    /// A column's unit gives its figures their value, full-width figures too (`中标金额（元）` over
    /// `８９６４００．００`), and a table pasted a cell a line is read by its columns.
    #[test]
    fn a_columns_unit_values_its_figures_full_width_too() {
        let text = "供应商名称\t中标金额（元）\n甲公司\t８９６４００．００\n";
        let found = tables_amounts(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].span.of(text), Some("８９６４００．００"));
        assert_eq!(found[0].value.value, amounts_in_figures("896400元")[0]);
    }

    /// A row of labels further down a form gives the unit of the cells under it (`出让方式⇥成交价
    /// （万元）` over `挂牌⇥46250`): the price is 462,500,000 yuan (a deal's price, as 39号令's
    /// 成交结果 publishes it; grade R).
    #[test]
    fn a_label_rows_unit_values_the_cell_under_it_order_39() {
        let text = "地块编号\t土地用途\nKQ-06\t住宅用地\n出让方式\t成交价（万元）\n挂牌\t46250\n";
        let found = tables_amounts(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].span.of(text), Some("46250"));
        assert_eq!(found[0].value.value, amounts_in_figures("46250万元")[0]);
    }

    #[test]
    fn the_filter_passes_every_character_that_starts_an_amount() {
        for ch in '\0'..=char::MAX {
            if starts_words(ch) || starts_figures(ch) {
                assert!(STARTS.may_hold(ch), "{ch}");
            }
        }
    }

    #[test]
    fn figures_are_valued_as_the_text_written_out_reads() {
        for figures in [
            "0",
            "5",
            "118.05",
            "1,200,000",
            "1,200,000.50",
            "12..5",
            "1.2.3",
            "0.001",
            "3.1234567",
            "99999999999999",
            "1,2,3",
            "007",
        ] {
            for (unit, words) in [
                (AmountForm::Yuan, "元"),
                (AmountForm::TenThousandYuan, "万元"),
                (AmountForm::HundredMillionYuan, "亿元"),
            ] {
                let chars: Vec<char> = figures.chars().collect();
                let read = amounts_in_figures(&format!("{figures}{words}"));
                let written = match read[..] {
                    [value] => Some(value),
                    _ => None,
                };
                assert_eq!(figures_value(&chars, unit), written, "{figures}{words}");
            }
        }
    }

    fn read(text: &str) -> Vec<(String, i64, AmountForm)> {
        amounts(text)
            .into_iter()
            .map(|a| {
                (
                    a.span.of(text).unwrap().to_owned(),
                    a.value.value.fen(),
                    a.value.form,
                )
            })
            .collect()
    }

    #[test]
    fn the_forms_of_running_text() {
        use AmountForm::*;
        for (text, span, fen, form) in [
            ("¥1,180,000.00", "¥1,180,000.00", 118_000_000, Yuan),
            // The central portal's seven places: zeros past the sixth say nothing.
            (
                "175.0000000 万元",
                "175.0000000 万元",
                175_000_000,
                TenThousandYuan,
            ),
            ("￥ 1180000", "￥ 1180000", 118_000_000, Yuan),
            ("1180000.00元", "1180000.00元", 118_000_000, Yuan),
            ("1,180,000 元", "1,180,000 元", 118_000_000, Yuan),
            ("118.05万元", "118.05万元", 118_050_000, TenThousandYuan),
            ("3.2亿元", "3.2亿元", 32_000_000_000, HundredMillionYuan),
            (
                "人民币1.5亿元",
                "人民币1.5亿元",
                15_000_000_000,
                HundredMillionYuan,
            ),
            (
                "人民币118万元",
                "人民币118万元",
                118_000_000,
                TenThousandYuan,
            ),
            ("人民币¥5,600", "人民币¥5,600", 560_000, Yuan),
            ("１１８万元", "１１８万元", 118_000_000, TenThousandYuan),
            (
                "118.05（万元）",
                "118.05（万元）",
                118_050_000,
                TenThousandYuan,
            ),
            (
                "中标金额（万元）：118.05",
                "118.05",
                118_050_000,
                TenThousandYuan,
            ),
            ("报价(元): 5600", "5600", 560_000, Yuan),
            (
                "人民币壹佰壹拾捌万元整",
                "人民币壹佰壹拾捌万元整",
                118_000_000,
                Words,
            ),
            ("伍元零伍分", "伍元零伍分", 505, Words),
            (
                "壹万贰仟叁佰肆拾伍元陆角柒分",
                "壹万贰仟叁佰肆拾伍元陆角柒分",
                1_234_567,
                Words,
            ),
        ] {
            assert_eq!(read(text), [(span.to_owned(), fen, form)], "{text}");
        }
    }

    #[test]
    fn figures_that_are_no_money_are_not_read() {
        for text in [
            "项目编号：2024-0815",
            "数量：3台",
            "2024年9月27日",
            "人民币118",
            "1.001元",
            "壹贰元",
            "工期90日",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn both_writings_of_one_amount_are_paired() {
        let text = "中标金额：¥1,180,000.00（大写：人民币壹佰壹拾捌万元整）；预算：120万元";
        let pairs = amount_pairs(text);
        assert_eq!(pairs.len(), 1);
        assert!(pairs[0].agrees());
        assert_eq!(pairs[0].figures.span.of(text), Some("¥1,180,000.00"));
        let text = "成交金额：人民币贰拾万零伍佰元整（小写：200,500.00元）";
        let p = amount_pairs(text);
        assert_eq!(p.len(), 1);
        assert!(p[0].agrees());
        let text = "成交金额：贰拾万元整（¥200,500.00）";
        assert!(!amount_pairs(text)[0].agrees());
        // Far apart, or with other words between: no pair.
        assert!(amount_pairs("预算壹佰万元，其中设备费¥800,000").is_empty());
    }

    /// Penalty decisions write money in ordinary numerals too.
    #[test]
    fn ordinary_numerals_are_money_before_yuan() {
        let text = "没收违法所得人民币三十二万四千元，并处罚款十万元，另罚二万元。第三元素";
        let found: Vec<(String, i64)> = amounts(text)
            .iter()
            .map(|a| {
                (
                    a.span.of(text).unwrap().to_owned(),
                    a.value.value.fen() / 100,
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                ("人民币三十二万四千元".to_owned(), 324_000),
                ("十万元".to_owned(), 100_000),
                ("二万元".to_owned(), 20_000),
            ]
        );
    }
}
