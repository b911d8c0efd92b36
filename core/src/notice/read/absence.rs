//! What decides whether an element the reader did not find is absent, not stated or not judged:
//! whether the notice is whole (signed, or run to its format's closing contacts or to a
//! record's authority; not cut short; pointing at no attachment), and whether a value is
//! elsewhere (an attachment, a file), masked or cut short rather than stated; and which of an
//! item's elements are then absent, not stated or unread.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use crate::model::item::ItemKind;
use crate::notice::headings::{Heading, Numbering};
use crate::notice::span::{Span, Spanned};
use crate::notice::text::{Chars, Words, holds, joined_words};

/// The elements that say what a notice is about: the project a call or result is for, the
/// parcel, asset or mineral a deal offers, the party a decision or record concerns and what it
/// did, the list a result or review publishes, the notice a correction amends. A notice of its
/// kind always gives them (the writers of 3,600 test notices listed one absent once, a project
/// its notice's title named), so one the reader
/// did not find is one it failed to read: it is not stated, never absent, and the engine does
/// not report it missing (《政府信息公开条例》第六条: what is disclosed is to be accurate, and so
/// is a finding that something was not).
const WHAT_IT_IS_ABOUT: &[&str] = &[
    "projectName",
    "subject",
    "asset",
    "assets",
    "mineral",
    "partyName",
    "enterpriseName",
    "inspectedParty",
    "facts",
    "violationFacts",
    "violation",
    "misconduct",
    "findings",
    "penalty",
    "winnerName",
    "bidDetails",
    "allotteeList",
    "applicantList",
    "reviewResult",
    "originalNotice",
    "correctionContent",
];

/// Elements a notice gives with what it is about, in the same list or line (the homes beside
/// the allottees, a winner's address beside its name): (the element, what it goes with). Not a
/// decision's party's address: a 双公示 table names the party and gives no address. When
/// the reader did not find what it goes with, it did not read the list or line, and cannot tell
/// that the element is missing from it either: not stated, never absent.
const GIVEN_WITH: &[(&str, &str)] = &[
    ("housingAssigned", "allotteeList"),
    ("winnerAddress", "winnerName"),
    ("enterpriseAddress", "enterpriseName"),
];

/// The words that say an element's text is elsewhere.
pub(super) const ELSEWHERE: &str = joined_words!(&["详见附件", "见附件", "附件下载"]);

/// The words an aggregator's or a phone's copy puts where it stops showing the notice
/// (`…… 展开全文 ∨`, `点击查看全文 >`, `打开APP查看完整公告`).
const CUT_SHORT: &[&str] = &[
    "展开全文",
    "查看全文",
    "阅读全文",
    "全文请访问",
    "(未完",
    "（未完",
    "查看完整",
    "登录后查看",
    // An aggregator's placeholder where a value stands (`成交金额⇥登录查看`).
    "登录查看",
    "查看原文",
    "仅显示部分",
    "仅展示部分",
    "本文为摘要",
    "本文为节选",
    "打开APP",
    "剩余内容",
    "登录会员",
    "开通VIP",
    "加载不完整",
    "因版权原因",
    "篇幅所限",
];

/// The words of [`CUT_SHORT`], looked for together: one pass over a body finds them, not a
/// search of it a word (most bodies hold none, and each search reads the whole body).
fn cut_short_words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        Words::new(
            &mut CUT_SHORT
                .iter()
                .enumerate()
                .map(|(k, w)| ((*w).to_owned(), k)),
        )
    })
}

/// Whether the copy stops short of the notice: the body (its characters, `chars`) holds one of
/// the words of [`CUT_SHORT`].
pub(super) fn is_cut_short(chars: &Chars<'_>) -> bool {
    let mut cut = false;
    cut_short_words().each_of(chars, |_, _, _| {
        cut = true;
        false
    });
    cut
}

/// Where the first of the words of [`CUT_SHORT`] in `text` starts.
fn cut_short_at(text: &str) -> Option<usize> {
    let mut first = None;
    cut_short_words().each(text, |at, _, _| {
        first = Some(at);
        false
    });
    first
}

/// Where the list under a notice's attachments' heading starts (after a line that is the
/// heading alone, numbered or not: `十、附件`, `附件：`, `相关附件`), if it has one. (Asked of a
/// body that holds `附件`: the reader tells that once.)
pub(super) fn attachments_heading(body: &str) -> Option<usize> {
    let mut at = 0;
    let mut found = None;
    for line in crate::notice::text::lines_inclusive(body) {
        let end = at + line.len();
        let t = crate::notice::text::numbered_rest(line.trim()).trim_end_matches(['：', ':']);
        if matches!(t, "附件" | "相关附件" | "附件下载" | "附件列表") {
            found = Some(end);
        }
        at = end;
    }
    found
}

/// Whether a line of `body` attaches a contract as a file: a line that opens with 附件
/// (`附件：某项目合同（扫描件）`, `附件1：政府采购合同`), or names the contract's file
/// (`…见附件《某项目合同.pdf》`).
pub(super) fn attaches_a_contract(body: &str) -> bool {
    body.match_indices("附件").any(|(at, _)| {
        let line_start = body[..at].rfind('\n').map_or(0, |k| k + 1);
        let line_end = body[at..].find('\n').map_or(body.len(), |e| at + e);
        // At the line's start, or after a heading's number (`十、附件：`).
        let opens = crate::notice::text::numbered_rest(body[line_start..at].trim()).is_empty();
        // A heading over its files (`附件：` over `政府采购合同（…）.pdf`): the next line too.
        let line_end = if body[at..line_end].trim_end().ends_with(['：', ':']) {
            let rest = &body[line_end..];
            let next = line_end + rest.len() - rest.trim_start().len();
            body[next..].find('\n').map_or(body.len(), |e| next + e)
        } else {
            line_end
        };
        let line = &body[at..line_end];
        let file = line.rsplit_once('.').is_some_and(|(_, ext)| {
            ["pdf", "doc", "docx", "ofd", "zip", "rar"].iter().any(|x| {
                ext.trim_end_matches(['》', '）', ')', '。'])
                    .trim()
                    .eq_ignore_ascii_case(x)
            })
        });
        (opens || file) && line.contains("合同")
    })
}

/// True when `v` ends in a file's name (`《…合同》.pdf`, brackets, a full stop or spaces after
/// it): the extension after its last dot. A text that ends in `.` and one of the extensions
/// has that last dot there, the extensions holding none, so only its end is looked at.
pub(super) fn names_a_file(v: &str) -> bool {
    let t = v.trim_end_matches(['）', ')', '。', ' ']).as_bytes();
    ["pdf", "doc", "docx", "xls", "xlsx", "zip", "rar"]
        .iter()
        .any(|x| {
            t.len() > x.len()
                && t[t.len() - x.len() - 1] == b'.'
                && t[t.len() - x.len()..].eq_ignore_ascii_case(x.as_bytes())
        })
}

/// True when `v` is a mask (`****`, `因****`): three stars or more and one other character at
/// most. Most values are told at their second character that is no star, not counted whole.
pub(super) fn is_mask(v: &str) -> bool {
    let (mut stars, mut others) = (0, 0);
    for c in v.chars() {
        if matches!(c, '*' | '＊') {
            stars += 1;
        } else {
            others += 1;
            if others > 1 {
                return false;
            }
        }
    }
    stars >= 3
}

/// True when the last line of `v` starts with words and ends in a mask of six stars or more
/// (`2、意向受让方**********`): the rest of the value hidden, not a masked identifier (which
/// ends with its last figures) nor a masked name (two stars).
pub(super) fn masked_rest(v: &str) -> bool {
    let last = v.trim_end().rsplit('\n').next().unwrap_or("").trim();
    let stars = last
        .chars()
        .rev()
        .take_while(|c| matches!(c, '*' | '＊'))
        .count();
    stars >= 6 && !last.starts_with(['*', '＊'])
}

/// `t` without its last line when that line is middle dots alone (`· · · · · ·`), an
/// aggregator's mark between what it shows and the wall: the text above it, trimmed at its
/// end. (An ellipsis, `……`, trails off what it follows, which is then no whole value.)
fn above_dots(t: &str) -> Option<&str> {
    let (above, last) = t.rsplit_once('\n')?;
    let marks = last.chars().filter(|c| !c.is_whitespace());
    (marks.clone().count() >= 3 && marks.clone().all(|c| matches!(c, '·' | '•' | '・')))
        .then(|| above.trim_end())
}

/// `value` up to where the copy was cut short, without the dots and arrows before the words
/// that say so; `value` itself where nothing cuts it.
pub(super) fn cut_short(body: &str, value: Span) -> Span {
    let Some(v) = value.of(body) else {
        return value;
    };
    let Some(at) = cut_short_at(v) else {
        // The copy's trailing dots on a line of their own, the words that say it was cut on the
        // lines below the value: what the value states is what is above the dots.
        let t = v.trim_end();
        let above = above_dots(t).or_else(|| {
            t.strip_suffix('…')
                .map(|a| a.trim_end_matches('…'))
                .filter(|a| a.ends_with('\n'))
                .map(str::trim_end)
        });
        if let Some(above) = above {
            // A sentence broken off before what it was to say (`截止时间为`) says nothing.
            let broken = above.ends_with(['为', '于', '在', '至', '：', ':']);
            return Span {
                start: value.start,
                end: value.start + if broken { 0 } else { above.len() },
            };
        }
        // Words that trail off where the copy stops (`本项目共有8家投标单位递交投标文件，其……`):
        // the element's start only, not what it states.
        if t.ends_with("……") {
            return Span {
                start: value.start,
                end: value.start,
            };
        }
        return value;
    };
    // The words on a line of their own (`（完整公告请注册登录后查看）`): the line is the copy's,
    // not the value's.
    let at = match v[..at].rfind('\n') {
        Some(nl) => v[..nl].len(),
        None => at,
    };
    // `点击查看全文`: the verb before the words belongs to them.
    let mut kept = &v[..at];
    while let Some(before) = kept.strip_suffix("点击") {
        kept = before;
    }
    // A banner of stars over the wall (`****** 以下内容仅对会员开放 ******`) is the copy's too,
    // and so is a line of dots.
    while let Some((above, last)) = kept.trim_end().rsplit_once('\n')
        && last.trim_start().starts_with("******")
    {
        kept = above;
    }
    if let Some(above) = above_dots(kept.trim_end()) {
        kept = above;
    }
    let kept = kept.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '>' | '＞' | '∨' | '|' | '｜' | '（' | '(' | '【' | '[')
    });
    // Words that trail off (`服务名称：垃圾分类宣传服务……`), or a sentence broken off before
    // what it was to say (`受理时间为2025年4月15日至（未完…）`), are the element's start only: not
    // what it states.
    if kept.ends_with(['…', '.', '为', '于', '在', '至', '：', ':']) {
        return Span {
            start: value.start,
            end: value.start,
        };
    }
    let kept = kept.trim_end_matches('。');
    Span {
        start: value.start,
        end: value.start + kept.len(),
    }
}

/// Whether the notice runs to the last section of its format: its last first-level heading
/// (the third or later) is the contacts (`九、凡对本次公告内容提出询问，请按以下方式联系`,
/// `七、联系方式`) and something stands under it. Portals that generate the 财办库〔2020〕50号
/// formats (Shanghai's among them) end there without a 落款; a copy cut short stops before it.
/// Read of procurement notices only: an exchange's listing page also ends with its contacts,
/// but gives the rest of the disclosure in tabs and files the page does not hold.
pub(super) fn closed_by_contacts(body: &str, hs: &[Heading]) -> bool {
    hs.iter()
        .rfind(|h| h.numbering == Numbering::Chinese)
        .is_some_and(|h| {
            h.number.is_some_and(|n| n >= 3)
                && h.value.is_some()
                && h.label
                    .of(body)
                    .is_some_and(|l| l.contains("联系") || l.contains("询问"))
        })
}

/// Whether `body` is a decision's 双公示 record (行政处罚信息公示): the table of its facts runs to
/// the deciding authority and the decision's date (处罚机关, 处罚决定日期), each with a value.
/// That table is the whole of what the format publishes, as a 落款 closes a decision.
pub(super) fn closed_by_authority(body: &str, tabs: &[crate::notice::tables::Table]) -> bool {
    // A table of one record a row (`…文号 … 处罚决定日期 处罚机关` over its values): the
    // columns named so, with a value in the first row.
    let columns = tabs.iter().any(|t| {
        let (Some(head), Some(first)) = (t.rows.first(), t.rows.get(1)) else {
            return false;
        };
        let filled = |word: &str| {
            head.cells.iter().enumerate().any(|(i, c)| {
                c.of(body).is_some_and(|h| holds(h, word))
                    && first.cells.get(i).is_some_and(|v| !v.is_empty())
            })
        };
        AUTHORITY.iter().any(|w| filled(w)) && DECIDED.iter().any(|w| filled(w))
    });
    columns || valued_labels(body)
}

/// The words of a 双公示 record's authority (`处罚机关`; a record's `执法单位`, `处理机关`) and of
/// its decision's date.
const AUTHORITY: &[&str] = &["处罚机关", "执法单位", "处理机关", "决定机关", "决定的机关"];

const DECIDED: &[&str] = &[
    "决定日期",
    "处罚日期",
    "处理日期",
    "处罚时间",
    "处理时间",
    "决定的日期",
];

/// The 双公示 labels of [`closed_by_authority`], each followed by a value on its line.
fn valued_labels(body: &str) -> bool {
    // A value after the label on its line, or on the next line under a label alone on its own
    // (a `<dl>`'s `<dt>` over its `<dd>`).
    let valued = |label: &str| {
        crate::notice::text::places(body, label).any(|i| {
            let rest = &body[i + label.len()..];
            let rest = rest.trim_start_matches([' ', '\t', '\u{3000}', '：', ':']);
            let rest = rest.strip_prefix('\n').unwrap_or(rest);
            rest.chars()
                .next()
                .is_some_and(|c| !matches!(c, '\n' | '\r'))
        })
    };
    AUTHORITY.iter().any(|w| valued(w)) && DECIDED.iter().any(|w| valued(w))
}

/// The item's elements the content does not hold, each absent, not stated or unread (labelled in
/// a form not read, with the label's span moved by `shift`): absent only when the notice is
/// complete and does not put the element elsewhere. The pointers of those not stated or unread
/// are added to `not_stated_ptrs`.
pub(super) fn missing_elements(
    item: ItemKind,
    content: &BTreeMap<String, Vec<Span>>,
    elsewhere: &[String],
    complete: bool,
    body: &str,
    shift: impl Fn(Span) -> Span,
    not_stated_ptrs: &mut Vec<String>,
) -> (Vec<String>, Vec<String>, Vec<Spanned<String>>) {
    let mut absent = Vec::new();
    let mut not_stated = Vec::new();
    let mut unread = Vec::new();
    for el in item.elements() {
        if content.contains_key(el.key) {
            continue;
        }
        if complete && !elsewhere.iter().any(|k| k == el.key) {
            // Labelled in a form not read: the notice holds it, so it is not absent, and what it
            // says is not known, so it is not judged.
            if let Some(span) = crate::notice::labels::named_in(body, el.key) {
                unread.push(Spanned {
                    value: el.key.to_owned(),
                    span: shift(span),
                });
                not_stated_ptrs.push(crate::pointer::join("/content", el.key));
                continue;
            }
            // What a notice of its kind is about cannot be missing from it: unread, the reader
            // failed, and the element is not stated rather than absent; so is what it gives
            // with it.
            let with_unread = || {
                GIVEN_WITH
                    .iter()
                    .any(|(k, with)| *k == el.key && !content.contains_key(*with))
            };
            if WHAT_IT_IS_ABOUT.contains(&el.key) || with_unread() {
                not_stated.push(el.key.to_owned());
                not_stated_ptrs.push(crate::pointer::join("/content", el.key));
                continue;
            }
            absent.push(el.key.to_owned());
        } else {
            not_stated.push(el.key.to_owned());
            not_stated_ptrs.push(crate::pointer::join("/content", el.key));
        }
    }
    (absent, not_stated, unread)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a copy cut short, each once, found where they are.
    #[test]
    fn the_words_of_a_cut_copy_are_found_where_they_are() {
        let mut all = CUT_SHORT.to_vec();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), CUT_SHORT.len());
        for w in CUT_SHORT {
            let text = format!("某项目（一）ＡＰＰ：{w}……");
            let at = text.find(w);
            assert_eq!(cut_short_at(&text), at, "{w}");
            assert!(is_cut_short(&Chars::new(&text)), "{w}");
        }
        // Folded forms are not the words: `ＡＰＰ` is not `APP`.
        for text in ["打开ＡＰＰ", "开通ＶＩＰ", "某项目", ""] {
            assert_eq!(cut_short_at(text), None, "{text}");
            assert!(!is_cut_short(&Chars::new(text)), "{text}");
        }
        assert_eq!(cut_short_at("（未完(未完"), Some(0));
        assert!(is_cut_short(&Chars::new("某（未完")));
    }
}
