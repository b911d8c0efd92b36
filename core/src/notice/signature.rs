//! The 落款 (signature) of a notice: the body that issues it and the date under the text, in its
//! last lines — `云江市财政局` over `二〇二四年三月十八日`, both on one line, or two bodies (the
//! purchaser and its agency) over one date.
//!
//! # Example
//! ```
//! use gongkai::notice::signature;
//! let text = "一、项目编号：YJ-1\n七、公告期限：1个工作日\n云江市档案馆\n云江诚信招标代理有限公司\n2024年9月27日\n";
//! let s = signature(text).unwrap();
//! assert_eq!(s.bodies.iter().map(|b| b.of(text).unwrap()).collect::<Vec<_>>(),
//!            ["云江市档案馆", "云江诚信招标代理有限公司"]);
//! assert_eq!(s.date.value.to_string(), "2024-09-27");
//! ```

use super::dates::{DateValue, dates};
use super::lines::Lines;
use super::span::{Span, Spanned};
use super::text::{ends_with_any, fold, joined_words};
use crate::date::StatedDate;

/// A notice's 落款.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    /// The bodies that sign it, top first (none when the date stands alone).
    pub bodies: Vec<Span>,
    /// The date.
    pub date: Spanned<StatedDate>,
}

impl Signature {
    /// The byte where it starts: its first body's, or its date's when it has none.
    pub(crate) fn start(&self) -> usize {
        self.bodies
            .first()
            .map_or(self.date.span.start, |b| b.start)
    }
}

/// How many of the last lines (not blank) a signature is looked for in: a page may end with an
/// attachment list or a line of the portal's after the signature.
const LAST_LINES: usize = 12;

/// The signature of `text`: the last line among its last lines that is only a date (or a body
/// and a date), with the lines that name a body just above it.
pub fn signature(text: &str) -> Option<Signature> {
    signature_in(text, &Lines::new(text), &dates(text))
}

/// [`signature`] of `text`, its lines and its dates (in order, as [`dates`] gives them) already
/// found: a line's dates are those of the text within it, not read again.
pub(crate) fn signature_in(
    text: &str,
    lines: &Lines,
    dates: &[Spanned<DateValue>],
) -> Option<Signature> {
    // The last lines, and the four a signature's bodies or labels may stand on above the first
    // of them, and one more: from the end of the text, each trimmed only when it is read (`d`
    // lines above the last).
    let mut lines = LastLines::new(text, lines.nonblank(), LAST_LINES + 5);
    for d in 0..LAST_LINES {
        let Some(line) = lines.get(d) else {
            break;
        };
        let Some((date, before)) = dated_line(text, line, dates) else {
            continue;
        };
        // A 落款 is dated to the day, and a date alone stands at the very end.
        if date.value.time().is_some() {
            continue;
        }
        let mut bodies = Vec::new();
        if let Some(b) = before {
            bodies.push(b);
        } else {
            let mut j = d;
            while bodies.len() < 3 {
                j += 1;
                let Some(above) = lines.get(j).and_then(|l| body_of(text, l)) else {
                    break;
                };
                bodies.insert(0, above);
            }
            // `招标人：…` `招标代理机构：…` over the date: the bodies are the labels' values,
            // the principal's first.
            if bodies.is_empty() {
                let mut j = d;
                while j - d < 4 {
                    j += 1;
                    let Some(value) = lines.get(j).and_then(|l| signing_label(text, l)) else {
                        break;
                    };
                    bodies.insert(0, value);
                }
            }
            // (Below it, a copy's own end marks and buttons, `—— END ——`, `阅读原文`, are not
            // the notice's.)
            let below = (0..d)
                .filter_map(|k| lines.get(k))
                .filter(|l| !copy_trailer(l.of(text).unwrap_or("")))
                .count();
            if bodies.is_empty() && below > 2 {
                continue;
            }
        }
        return Some(Signature { bodies, date });
    }
    None
}

/// A WeChat copy's lines below its article: its end mark (`—— END ——`) and its buttons
/// (`阅读原文`, `分享  收藏  点赞  在看`), none of them the notice's.
fn copy_trailer(line: &str) -> bool {
    let marks =
        line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '—' | '-' | '－' | '='));
    marks.eq_ignore_ascii_case("end")
        || !marks.is_empty()
            && marks.split_whitespace().all(|w| {
                matches!(
                    w,
                    "阅读原文" | "分享" | "收藏" | "点赞" | "在看" | "赞" | "写留言" | "留言"
                )
            })
}

/// The labels a 落款 may sign with (`招标人：…`), whose value is the body.
const SIGNING_LABELS: &[&str] = &[
    "招标人",
    "招标代理机构",
    "招标代理",
    "采购人",
    "采购代理机构",
    "出让人",
    "转让方",
    "发布单位",
    "公告单位",
];

/// The body a `label：value` line signs with, when its label is one of [`SIGNING_LABELS`] and its
/// value reads as a body.
fn signing_label(text: &str, line: Span) -> Option<Span> {
    let s = line.of(text)?;
    let colon = s.find(['：', ':'])?;
    let label: String = s[..colon].chars().filter(|c| !c.is_whitespace()).collect();
    if !SIGNING_LABELS.contains(&label.as_str()) {
        return None;
    }
    let after = &s[colon..];
    let skip = after.chars().next().map_or(0, char::len_utf8);
    // The seal's note after the name (`某公司（盖章）`) is no part of it.
    let value = after[skip..].trim();
    let value = ["（盖章）", "(盖章)", "（公章）", "（签章）"]
        .iter()
        .find_map(|seal| value.strip_suffix(seal))
        .map_or(value, str::trim_end);
    let start =
        line.start + colon + skip + (after[skip..].len() - after[skip..].trim_start().len());
    is_body(value).then_some(Span {
        start,
        end: start + value.len(),
    })
}

/// The non-blank lines of a text from its end, trimmed of [`is_space`], each trimmed when it is
/// first asked for: at most `most` of them.
struct LastLines<'a> {
    text: &'a str,
    /// The text's lines not yet read, trimmed of white space, blank ones left out ([`Lines`]).
    left: &'a [Span],
    /// The lines found, the last first.
    found: Vec<Span>,
    most: usize,
}

impl<'a> LastLines<'a> {
    fn new(text: &'a str, lines: &'a [Span], most: usize) -> LastLines<'a> {
        LastLines {
            text,
            left: lines,
            found: Vec::with_capacity(most.min(32)),
            most,
        }
    }

    /// The line `d` lines above the last (0 for the last), when the text has so many and `d`
    /// is below `most`.
    fn get(&mut self, d: usize) -> Option<Span> {
        // (A line trimmed of white space, then of [`is_space`], which holds all white space, is
        // the line trimmed of `is_space`; a line of a byte order mark alone is blank.)
        while self.found.len() <= d && self.found.len() < self.most {
            let (&line, rest) = self.left.split_last()?;
            self.left = rest;
            let s = line.of(self.text).unwrap_or("");
            let rest = trim_start_spaces(s);
            let lead = s.len() - rest.len();
            let trimmed = trim_end_spaces(rest);
            if !trimmed.is_empty() {
                self.found.push(Span {
                    start: line.start + lead,
                    end: line.start + lead + trimmed.len(),
                });
            }
        }
        self.found.get(d).copied()
    }
}

/// The last `n` non-blank lines of `text` (all, when it has fewer or `n` is 0), trimmed, in
/// order.
#[cfg(test)]
fn last_lines(text: &str, n: usize) -> Vec<Span> {
    let most = if n == 0 { usize::MAX } else { n };
    let all = Lines::new(text);
    let mut lines = LastLines::new(text, all.nonblank(), most);
    let mut out: Vec<Span> = (0..most).map_while(|d| lines.get(d)).collect();
    out.reverse();
    out
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// True when the three bytes `c` are a character that is no [`is_space`] one: from U+3000 to
/// U+FFFF (E3 to EF first), but U+3000 itself and U+FEFF; the spaces of three bytes below
/// U+3000 start with E1 or E2.
fn plain_three(c: &[u8]) -> bool {
    matches!(c, [0xe3..=0xef, ..]) && c != "\u{3000}".as_bytes() && c != "\u{feff}".as_bytes()
}

/// `s.trim_start_matches(is_space)`, the first character told by its bytes first: most lines
/// start with one that is no space, ASCII or of three bytes ([`plain_three`]).
fn trim_start_spaces(s: &str) -> &str {
    let b = s.as_bytes();
    let plain =
        b.first().is_some_and(|x| (0x21..0x80).contains(x)) || b.get(..3).is_some_and(plain_three);
    if plain {
        s
    } else {
        s.trim_start_matches(is_space)
    }
}

/// `s.trim_end_matches(is_space)`, told by the bytes first: ASCII white space (a line's break
/// among it) is dropped a byte at a time, and most lines then end with a character that is no
/// space, ASCII or of three bytes ([`plain_three`]).
fn trim_end_spaces(s: &str) -> &str {
    let b = s.as_bytes();
    let mut n = b.len();
    while n > 0 && matches!(b[n - 1], b'\t'..=b'\r' | b' ') {
        n -= 1;
    }
    let rest = &s[..n];
    // (A last character of three bytes starts at `n - 3` with E3 to EF, which no byte that
    // continues a character is.)
    let plain = n == 0
        || (0x21..0x80).contains(&b[n - 1])
        || n >= 3 && b[n - 1] >= 0x80 && plain_three(&b[n - 3..n]);
    if plain {
        rest
    } else {
        rest.trim_end_matches(is_space)
    }
}

/// A line that is a day and nothing else (but a closing full stop), or a body then a day: the
/// day, and the body's span when there is one. `dates` are the text's, in order.
fn dated_line(
    text: &str,
    line: Span,
    dates: &[Spanned<DateValue>],
) -> Option<(Spanned<StatedDate>, Option<Span>)> {
    let s = line.of(text)?;
    // A day is written with figures, or with 年 after a year of Chinese digits: a line with
    // neither states none, and is not read for dates.
    if !s.contains('年') && !s.chars().any(|c| fold(c).is_ascii_digit()) {
        return None;
    }
    // A day with nothing after it but a stop ends the line, and a day ends with `日`, `号`, a
    // figure or a half of the day (`上午`): a line that ends otherwise is not read for dates.
    let last = s
        .trim_end_matches(|c: char| is_space(c) || c == '。' || c == '.')
        .chars()
        .next_back()
        .map(fold);
    if !last.is_some_and(|c| matches!(c, '日' | '号' | '午') || c.is_ascii_digit()) {
        return None;
    }
    // The line's dates, their spans the text's.
    let alone: Vec<Spanned<DateValue>>;
    let found = match dates_within(line, dates) {
        Some(within) => &dates[within],
        None => {
            alone = super::dates::dates(s)
                .into_iter()
                .map(|d| Spanned {
                    value: d.value,
                    span: Span {
                        start: line.start + d.span.start,
                        end: line.start + d.span.end,
                    },
                })
                .collect();
            &alone[..]
        }
    };
    let [d] = found else {
        return None;
    };
    let DateValue::Date(date) = d.value else {
        return None;
    };
    // The date's span within the line.
    let (d_start, d_end) = (d.span.start - line.start, d.span.end - line.start);
    date.exact()?;
    let after = s[d_end..].trim_matches(|c: char| is_space(c) || c == '。' || c == '.');
    if !after.is_empty() {
        return None;
    }
    let before = s[..d_start].trim_end_matches(is_space);
    let date = Spanned {
        value: date,
        span: d.span,
    };
    if before.is_empty() {
        return Some((date, None));
    }
    let lead = before.len() - before.trim_start_matches(is_space).len();
    let before = Span {
        start: line.start + lead,
        end: line.start + lead + before.trim_start_matches(is_space).len(),
    };
    body_of(text, before).map(|b| (date, Some(b)))
}

/// Where the dates of the line `line` stand among the text's `dates` (in order): those within
/// it. (A date does not run over a line's break, and reads as it would on its line alone, which
/// the characters around the line, white space and breaks, leave as they are.) `None` when one
/// runs over the line's ends, which none does: the line is then read alone.
fn dates_within(line: Span, dates: &[Spanned<DateValue>]) -> Option<std::ops::Range<usize>> {
    let from = dates.partition_point(|d| d.span.start < line.start);
    let to = from + dates[from..].partition_point(|d| d.span.start < line.end);
    let crossed = from > 0 && dates[from - 1].span.end > line.start
        || dates[from..to]
            .last()
            .is_some_and(|d| d.span.end > line.end);
    (!crossed).then_some(from..to)
}

/// The body `span` names, without the mark its seal leaves after the name (`某局（印章）`).
fn body_of(text: &str, span: Span) -> Option<Span> {
    let s = span.of(text)?;
    let name = SEALS
        .iter()
        .find_map(|m| s.strip_suffix(m))
        .map_or(s, |b| b.trim_end_matches(is_space));
    is_body(name).then_some(Span {
        start: span.start,
        end: span.start + name.len(),
    })
}

/// The endings of the names of the bodies that sign notices.
const BODY_ENDINGS: &str = joined_words!(&[
    "局",
    "厅",
    "委",
    "委员会",
    "政府",
    "中心",
    "公司",
    "院",
    "所",
    "处",
    "办公室",
    "馆",
    "校",
    "学",
    "部",
    "会",
    "站",
    "队",
    "社",
    "集团",
    "大学",
    "医院",
    "银行",
    "管委会",
    "办",
    "科",
    // An exchange (`某产权交易市场`).
    "市场",
    // A works office (`某区建筑工务署`).
    "署",
    // A kindergarten buying for itself (`某镇中心幼儿园`).
    "幼儿园",
]);

/// The marks a signing body's seal leaves after its name.
const SEALS: &[&str] = &[
    "(盖章)",
    "（盖章）",
    "(公章)",
    "（公章）",
    "(印章)",
    "（印章）",
    "(章)",
    "（章）",
];

/// True for a line that names a body: 2 to 40 characters, mostly Chinese, no colon or full
/// stop, not a numbered heading, ending as a body's name ends.
fn is_body(s: &str) -> bool {
    // (A name of 2 to 40 characters has 2 to 160 bytes, and ends as one of [`BODY_ENDINGS`]:
    // told first, for most lines fail them.)
    if !(2..=160).contains(&s.len()) || !ends_with_any(s, BODY_ENDINGS) {
        return false;
    }
    let n = s.chars().count();
    // A table's row (`处罚机关⇥某局`) is a label and its value, not a body standing alone.
    (2..=40).contains(&n)
        && !s.contains([':', '：', '。', '，', ',', '；', '、', '\t'])
        && s.chars().filter(|c| !c.is_ascii()).count() * 2 > n
        && ends_with_any(s, BODY_ENDINGS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_lines_are_those_of_split_inclusive() {
        let split = |text: &str, n: usize| -> Vec<Span> {
            let mut out = Vec::new();
            let mut end = text.len();
            for line in text.split_inclusive('\n').rev() {
                let start = end - line.len();
                end = start;
                let lead = line.len() - line.trim_start_matches(is_space).len();
                let trimmed = line.trim_matches(is_space);
                if !trimmed.is_empty() {
                    out.push(Span {
                        start: start + lead,
                        end: start + lead + trimmed.len(),
                    });
                    if out.len() == n {
                        break;
                    }
                }
            }
            out.reverse();
            out
        };
        for text in [
            "",
            "\n",
            "\n\n",
            "甲",
            "甲。",
            "甲\n",
            "\n甲",
            " 甲 \n\n 乙。\r\n\u{3000}\n丙\u{feff}",
            "一\n二\n三\n四\n五\n",
            "a\n\n\nb",
            "\u{2003}甲\u{85}\n乙\u{a0}\r\n\u{1680}丙\u{feff} \t\n",
            "某某市某某某某某某局\n某某某某某某某某某某某某某某某某\n\n  某局 \u{3000}\n2024年3月18日。\n",
            "é\né \n 中文内容很长很长很长很长很长很长\n",
        ] {
            for n in 0..6 {
                assert_eq!(last_lines(text, n), split(text, n), "{text:?} {n}");
            }
        }
    }

    /// The text's dates within a line, trimmed, are those of the line read alone: a line's
    /// dates are taken from the text's.
    fn the_lines_dates_are_the_texts(text: &str) -> Result<(), String> {
        let all = dates(text);
        for line in last_lines(text, 0) {
            let s = line.of(text).unwrap_or("");
            let alone: Vec<String> = dates(s)
                .iter()
                .map(|d| format!("{} {}..{}", d.value, d.span.start, d.span.end))
                .collect();
            let Some(within) = dates_within(line, &all) else {
                return Err(format!("{s:?}: a date over the line's ends"));
            };
            let within: Vec<String> = all[within]
                .iter()
                .map(|d| {
                    let (a, b) = (d.span.start - line.start, d.span.end - line.start);
                    format!("{} {a}..{b}", d.value)
                })
                .collect();
            if within != alone {
                return Err(format!("{s:?}: {within:?} in the text, {alone:?} alone"));
            }
        }
        Ok(())
    }

    #[test]
    fn a_lines_dates_are_the_texts_within_it() {
        for text in [
            "2024年3月18日\n2024年3月19日至\n2024年3月20日\n",
            "自本公告发布之日起\n5个工作日\n  2024年3月18日（星期一）\n",
            "某局2024年3月18日\u{3000}\n2024-09-27\r\n二〇二四年三月十八日。",
            "BS2024-03-18\n2024年第3批\n2025年1-6月\n1\n2024年3月18日 至 3月20日\n",
        ] {
            assert_eq!(the_lines_dates_are_the_texts(text), Ok(()), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_lines_dates_are_the_texts_of_any_text(
            t in "[0-9〇一二三四五六七八九十年月日号至起后之自个工作天（）()星期周：:， \u{3000}\t\r\n-]{0,80}"
        ) {
            proptest::prop_assert_eq!(the_lines_dates_are_the_texts(&t), Ok(()));
        }
    }

    fn read(text: &str) -> Option<(Vec<&str>, String)> {
        signature(text).map(|s| {
            (
                s.bodies.iter().map(|b| b.of(text).unwrap()).collect(),
                s.date.value.to_string(),
            )
        })
    }

    /// A table row above the 落款 (`处理机关⇥某局`, the HTML's cells) is no body of it.
    #[test]
    fn a_table_row_is_no_body() {
        assert_eq!(
            read(
                "正文。\n处理机关\t吉林市住房和城乡建设局\n吉林市住房和城乡建设局\n2026年9月11日\n"
            ),
            Some((vec!["吉林市住房和城乡建设局"], "2026-09-11".into()))
        );
    }

    /// The mark a seal leaves after the body's name (`（印章）`) is no part of the name; an
    /// exchange (`…产权交易市场`) signs as a body.
    #[test]
    fn a_sealed_body_and_an_exchange() {
        assert_eq!(
            read("正文。\n某市自然资源局（印章）\n2025年8月6日\n"),
            Some((vec!["某市自然资源局"], "2025-08-06".into()))
        );
        assert_eq!(
            read("正文。\n某省产权交易市场\n2025年7月7日\n"),
            Some((vec!["某省产权交易市场"], "2025-07-07".into()))
        );
    }

    #[test]
    fn a_body_over_a_date() {
        assert_eq!(
            read("正文。\n云江市财政局\n二〇二四年三月十八日\n"),
            Some((vec!["云江市财政局"], "2024-03-18".into()))
        );
        assert_eq!(
            read("正文。\n　　云江市自然资源局　2024年10月22日\n附件：宗地图.pdf\n"),
            Some((vec!["云江市自然资源局"], "2024-10-22".into()))
        );
        assert_eq!(
            read("正文。\n2024-09-27\n"),
            Some((vec![], "2024-09-27".into()))
        );
    }

    #[test]
    fn what_is_no_signature() {
        assert_eq!(read("公示期：2024年5月20日至2024年5月22日\n"), None);
        assert_eq!(read("发布时间：2024-09-27\n正文"), None);
        assert_eq!(read("正文没有落款。"), None);
    }
}
