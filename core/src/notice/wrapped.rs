//! Lines a document's layout broke mid-sentence (版式换行), joined back. A notice pasted from a
//! PDF or a word processor keeps the page's line breaks: each paragraph starts indented (首行缩进)
//! and runs on, flush left, over lines of the same width, wherever the page ended them — within a
//! word, an address, a figure. Read as they are, a paragraph's first line would be its value.
//!
//! The join replaces each such line break with a space, byte for byte, so every span read from
//! the joined text is a span of the text given, and a value over the break reads as writers
//! quote it (the two parts with a space between).

use std::borrow::Cow;

use super::text::{trim, trim_end, trim_start};

/// The width a line takes on the page: a CJK or full-width character two columns, an ASCII one,
/// a tab four.
/// (Counted on the bytes, without a branch: a character's first byte, below 0x80 or from 0xC0,
/// gives its columns; the bytes that continue it none. A byte's columns, four at most, are
/// summed as bytes over 63 bytes at a time, which the compiler sums many bytes at once.)
fn width(line: &str) -> usize {
    line.as_bytes()
        .chunks(63)
        .map(|chunk| {
            let columns = chunk.iter().fold(0u8, |sum, &b| {
                sum + u8::from(b < 0x80) + 2 * u8::from(b >= 0xc0) + 3 * u8::from(b == b'\t')
            });
            usize::from(columns)
        })
        .sum()
}

/// `line` without the line break it ends with: `line.trim_end_matches(['\n', '\r'])`, told by
/// its last bytes.
fn without_break(line: &str) -> &str {
    let b = line.as_bytes();
    let mut end = b.len();
    while end > 0 && matches!(b[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    &line[..end]
}

/// True when a line starts indented: two spaces, an ideographic space or a tab.
fn indented(line: &str) -> bool {
    line.starts_with("  ") || line.starts_with('\u{3000}') || line.starts_with('\t')
}

/// True when a line ends where a sentence or a label may end: after it, a new line is a new
/// paragraph or a new label's, not the same one run on.
fn ends_clause(line: &str) -> bool {
    ends_clause_trimmed(line.trim_end())
}

/// [`ends_clause`] of a line already trimmed at its end: its last character alone decoded.
fn ends_clause_trimmed(t: &str) -> bool {
    matches!(
        t.chars().next_back(),
        Some('。' | '！' | '？' | '；' | '：' | ':' | ';' | '!' | '?')
    )
}

/// True when a line's characters hold a clause's punctuation, as prose does and a table's cell
/// rarely does.
///
/// (Read a character at a step by its first byte, the marks told by their three bytes: `，`
/// EF BC 8C, `；` EF BC 9B, `。` E3 80 82, `、` E3 80 81.)
fn prose(line: &str) -> bool {
    let b = line.as_bytes();
    let mut k = 0;
    while let Some(&x) = b.get(k) {
        if matches!(x, 0xe3 | 0xef)
            && matches!(
                b.get(k..k + 3),
                Some([0xef, 0xbc, 0x8c | 0x9b] | [0xe3, 0x80, 0x81 | 0x82])
            )
        {
            return true;
        }
        k += match x {
            0..0xc0 => 1,
            0xc0..0xe0 => 2,
            0xe0..0xf0 => 3,
            _ => 4,
        };
    }
    false
}

/// True when a line opens a bracket (`（`, `《`, `(`) it does not close.
fn unclosed(line: &str) -> bool {
    let mut depth = 0i32;
    for c in line.chars() {
        match c {
            '（' | '《' | '(' => depth += 1,
            '）' | '》' | ')' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// True when a line is a table's row aligned by spaces: two or more runs of two spaces or a tab
/// within it.
fn aligned_row(line: &str) -> bool {
    let mut runs = 0;
    let mut run = 0;
    for c in trim(line).chars() {
        match c {
            '\t' | '\u{3000}' => run += 2,
            ' ' => run += 1,
            _ => {
                runs += usize::from(run >= 2);
                run = 0;
            }
        }
    }
    runs >= 2
}

/// True when a trimmed line starts something of its own: a numbered item or heading (`1.`,
/// `（一）`, `一、`, `第三条`), a label (`地址：`, a colon among its first twelve characters with
/// no clause's punctuation before it), an attachment, a page's number (`— 2 —`), or a date alone.
fn starts_own(t: &str) -> bool {
    let mut cs = t.chars();
    let (Some(a), b) = (cs.next(), cs.next()) else {
        return true;
    };
    const NUMERALS: &str = "一二三四五六七八九十";
    let numbered = match a {
        '0'..='9' | '０'..='９' => {
            let after =
                t.trim_start_matches(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
            after.starts_with(['.', '、', '．', ')', '）'])
        }
        '(' | '（' => true,
        // `第三条 …` heads an article; `第三条第三款的规定` runs a citation on.
        '第' if b.is_some_and(|b| NUMERALS.contains(b) || b.is_ascii_digit()) => {
            let after =
                t[3..].trim_start_matches(|c: char| NUMERALS.contains(c) || c.is_ascii_digit());
            let mut rest = after.chars();
            matches!(rest.next(), Some('条' | '章' | '节'))
                && matches!(rest.next(), None | Some(' ' | '\u{3000}' | '：' | ':'))
        }
        '—' | '-' | '－' | '·' | '●' | '■' | '◆' | '★' | '※' => true,
        c if NUMERALS.contains(c) => {
            let after = t.trim_start_matches(|c: char| NUMERALS.contains(c));
            after.starts_with(['、', '.', '．'])
        }
        _ => false,
    };
    if numbered || t.starts_with("附件") || t.starts_with("特此") {
        return true;
    }
    // A label: a colon early, nothing of a clause before it.
    let head = &t[..t.char_indices().nth(12).map_or(t.len(), |(k, _)| k)];
    // (Ending with its colon, a label is a short line over its value: a run-on sentence may end
    // `…公示如下：`, and its last words may stand alone on the line, `出如下行政处罚：`.)
    // (A single character before the colon is the end of a word the page broke, `收费金` over
    // `额：人民币…`, not a label.)
    if let Some(colon) = head.find(['：', ':'])
        && head[..colon].chars().nth(1).is_some()
    {
        let alone = t[colon..].chars().nth(1).is_none();
        let label = alone && t.chars().count() <= 8 && !head[..colon].contains("如下");
        if !prose(&head[..colon]) && (!alone || label) {
            return true;
        }
    }
    // A date alone on its line (a signature's).
    t.ends_with('日') && t.len() <= 48 && t.chars().count() <= 12 && t.contains('年')
}

/// The width of `this` when it may run on to `next`: it does not end a clause, fills 18
/// columns at least, and `next` is flush left and starts nothing of its own (neither a table's
/// aligned row). The cheap tests first (most lines are short or end a clause); a line narrower
/// than any page's three fifths (18 columns: 18 bytes at least) is none.
fn runs_on(this: &str, next: &str) -> Option<usize> {
    let this = trim_end(this);
    if this.len() < 18 || trim_start(this).is_empty() || ends_clause_trimmed(this) {
        return None;
    }
    let t = trim(next);
    if t.is_empty() || indented(next) || starts_own(t) || aligned_row(this) || aligned_row(next) {
        return None;
    }
    Some(width(this))
}

/// Adds the width of `this` (`t` trimmed at its end) to `firsts` when it is an indented first
/// line that runs on to `next`, 30 columns or more, and to `runs` when it is a line of prose
/// that does, 40 or more.
fn width_told(this: &str, t: &str, next: &str, firsts: &mut Vec<usize>, runs: &mut Vec<usize>) {
    // (What `runs_on` tells at once first: most lines are short or end a clause.)
    if t.len() < 18 || ends_clause_trimmed(t) {
        return;
    }
    // (The width, a pass without a branch, before the search of the line for prose's marks,
    // which only a line of 40 columns or more needs when it is not indented.)
    let indent = indented(this);
    let w = width(t);
    let first = w >= 30 && indent;
    if !first && w < 40 {
        return;
    }
    let run = w >= 40 && prose(this);
    if (first || run) && runs_on(this, next).is_some() {
        if first {
            firsts.push(w);
        }
        if run {
            runs.push(w);
        }
    }
}

/// The text with the line breaks its layout made joined, or the text as it is when it has none.
///
/// A page is read as laid out when at least two of its paragraphs start indented on a line that
/// runs on, flush left, to the next, and those first lines fill about the same width: the page's;
/// or, its paragraphs not indented, when three or more lines of prose run on so.
/// Then a line joins the next when it does not end a clause, fills at least three fifths of that
/// width and no more than it, and the next is flush left and starts nothing of its own.
pub(crate) fn join(text: &str) -> Cow<'_, str> {
    // One pass over the lines, each with the next, for what tells whether the page is laid out
    // at all; most pages are not, and are left as they are without more work.
    // What the page's evidence needs, counted on the way: two indented lines or three long ones
    // that end no clause.
    let (mut indented_open, mut long_open) = (0, 0);
    // The page's width: the widest that two or more indented first lines fill, within four
    // columns; or, where no paragraph is indented, the widest that three or more lines of prose
    // running on fill, within four columns: lines of a sentence's words ended where the page
    // ended. Only those lines tell it, and they are found first, the width before the rest of
    // the tests.
    let (mut firsts, mut runs) = (Vec::new(), Vec::new());
    // The line before and it trimmed at its end (trimmed once, for both its uses).
    let mut last: Option<(&str, &str)> = None;
    for line in super::text::lines_inclusive(text) {
        let body = without_break(line);
        // (A line shorter than 18 bytes tells nothing: it is neither measured nor counted.)
        let t = if body.len() < 18 {
            body
        } else {
            trim_end(body)
        };
        if let Some((this, this_t)) = last.replace((body, t)) {
            width_told(this, this_t, body, &mut firsts, &mut runs);
        }
        // (A width of w columns takes w bytes at least.)
        if t.len() >= 30 && !ends_clause_trimmed(t) {
            long_open += usize::from(t.len() >= 40);
            indented_open += usize::from(indented(t));
        }
    }
    if indented_open < 2 && long_open < 3 {
        return Cow::Borrowed(text);
    }
    let widest = |ws: &[usize], n: usize| {
        ws.iter()
            .copied()
            .filter(|&w| ws.iter().filter(|&&o| o <= w && o + 4 >= w).count() >= n)
            .max()
    };
    if widest(&firsts, 2).is_none() && widest(&runs, 3).is_none() {
        return Cow::Borrowed(text);
    }
    // Each line's byte range, without its line break.
    let mut lines: Vec<(usize, usize)> = Vec::with_capacity(text.len() / 16 + 1);
    let mut at = 0;
    for line in super::text::lines_inclusive(text) {
        let body = without_break(line);
        lines.push((at, at + body.len()));
        at += line.len();
    }
    let line = |i: usize| &text[lines[i].0..lines[i].1];
    // (`i` is below the last line: the next is there.)
    let candidates: Vec<(usize, usize)> = (0..lines.len().saturating_sub(1))
        .filter_map(|i| runs_on(line(i), line(i + 1)).map(|w| (i, w)))
        .collect();
    // A list's rows of one shape fill one width too: the page's breaks are told apart by one
    // that falls within brackets (`根据《某省…住房` over `管理办法》…`),
    let split_bracket = candidates.iter().any(|&(i, _)| unclosed(line(i)));
    // Or by a paragraph's end: two lines of prose running on, then a shorter one ending its
    // sentence (`…现予公示：`), which a list's last row does not.
    let ends_paragraph = |w: usize| {
        candidates.windows(2).any(|p| {
            let ((a, wa), (b, wb)) = (p[0], p[1]);
            let last = line(b + 1);
            b == a + 1
                && wa + 4 >= w
                && wb + 4 >= w
                && prose(line(a))
                && ends_clause(last)
                && width(last.trim_end()) + 4 < w
        })
    };
    let page = widest(&firsts, 2).or_else(|| {
        let w = widest(&runs, 3)?;
        (split_bracket || ends_paragraph(w)).then_some(w)
    });
    let Some(page) = page else {
        return Cow::Borrowed(text);
    };
    let mut joined: Option<String> = None;
    for (i, w) in candidates {
        if w * 5 < page * 3 || w > page + 4 {
            continue;
        }
        // The break (`\n`, `\r\n`) becomes as many spaces.
        let (from, to) = (lines[i].1, lines[i + 1].0);
        joined
            .get_or_insert_with(|| text.to_owned())
            .replace_range(from..to, &" ".repeat(to - from));
    }
    joined.map_or(Cow::Borrowed(text), Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::{join, width, without_break};

    #[test]
    fn widths_and_breaks_are_those_of_a_character_at_a_time() {
        let by_chars = |line: &str| -> usize {
            line.chars()
                .map(|c| match c {
                    '\t' => 4,
                    c if c.is_ascii() => 1,
                    _ => 2,
                })
                .sum()
        };
        for line in [
            "",
            "\t",
            "ab",
            "公告",
            "é",
            "\u{10000}",
            &"\t".repeat(200),
            &"某某项目\t2024年a".repeat(30),
        ] {
            assert_eq!(width(line), by_chars(line), "{line:?}");
            for end in ["", "\n", "\r\n", "\n\r\n", "\r"] {
                let l = format!("{line}{end}");
                assert_eq!(without_break(&l), l.trim_end_matches(['\n', '\r']));
            }
        }
    }

    #[test]
    fn a_pasted_decisions_paragraphs_are_joined_where_the_page_broke_them() {
        let text = "当事人：刘某某\n地址：某县某镇西石岭村198号某某\n某组\n\n    当事人于2024年4月未经批准，擅自占用龙山镇西石岭村集\n体土地412平方米建设简易厂房，该地块现状地类为旱地，符合国\n土空间规划。\n    本局于2025年7月30日向当事人送达了《行政处罚告知书》，\n当事人在规定期限内未提出陈述、申辩。\n特此公告\n某县自然资源局\n";
        let j = join(text);
        assert_eq!(j.len(), text.len());
        assert!(j.contains("龙山镇西石岭村集 体土地"));
        assert!(j.contains("符合国 土空间规划。\n"));
        assert!(j.contains("《行政处罚告知书》， 当事人"));
        assert!(j.contains("特此公告\n某县"));
        assert!(j.contains("当事人：刘某某\n"));
    }

    /// Paragraphs not indented: lines of prose that fill one width, one break within brackets,
    /// run on; a list's rows of one shape do not.
    #[test]
    fn a_paste_without_indents_is_joined_where_a_bracket_is_broken() {
        let text = "为做好保障性租赁住房分配工作，根据《某某省保障性租赁住房\n管理办法》有关规定，现将某某市2025年度首批筹集的保障性租赁住\n房房源信息公示如下：\n一、项目名称：某某市山河新苑保障性租赁住\n房项目\n五、租金标准：每月每平方米人民币柒元伍角（¥8.50元/平方米·\n月），不高于同地段同品质市场租赁住房\n租金的90%。\n";
        let j = join(text);
        assert!(j.contains("租赁住房 管理办法》"), "{j}");
        assert!(j.contains("保障性租赁住 房房源信息公示如下："), "{j}");
        assert!(j.contains("租赁住 房项目\n五、"), "{j}");
        // Brackets closed, the paragraph ends shorter, with its sentence.
        let text = "根据《某市城镇住房保障家庭租赁补贴管理办法》，经申请人申请、街道办\n事处初审、区住房保障部门审核，下列5户家庭符合租赁补贴发放条件，拟自下\n月起按月发放租赁补贴，补贴标准按照本市有关规定执行，每户每月不超过\n四百元，现予公示：\n";
        let j = join(text);
        assert!(j.contains("街道办 事处初审"), "{j}");
        assert!(j.contains("拟自下 月起"), "{j}");
        let list = "王某华（3701**********5523），3人，公共租赁住房实物配租\n高某军（3701**********2019），2人，公共租赁住房实物配租\n田某燕（3701**********4440），1人，公共租赁住房实物配租\n崔某斌（3701**********0036），4人，公共租赁住房实物配租\n";
        assert!(matches!(join(list), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn a_notice_of_whole_lines_is_left_as_it_is() {
        let text = "一、项目基本情况\n项目编号：ZC-2025-01\n    本项目采用公开招标方式，欢迎符合条件的供应商参加\n采购需求\n    详见附件，供应商应当按要求提交投标文件\n联系人：王某\n";
        assert!(matches!(join(text), std::borrow::Cow::Borrowed(_)));
    }
}
