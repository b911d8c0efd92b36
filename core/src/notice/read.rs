//! A published notice read into the record it describes ([`read`]), with the evidence for every
//! value: the span of the caller's input it was read from and the heading or label over it.
//!
//! The record is built from what the notice shows and from nothing else:
//!
//! - `item`, `domain`, `method`, `title`: from [`classify`](super::classify), on the line that
//!   names the notice's type (a page's chrome above it is not its title);
//! - `content`: the elements the headings, labels and tables give; an element whose text only
//!   points at an attachment (`详见附件`) is not stated;
//! - `parties`: [`parties`](super::parties), with their credit codes as printed;
//! - `responsibleBody`: the first body of the 落款, else the purchaser, tenderer or authority a
//!   label names;
//! - `publishedOn`: the date a page's own `发布时间` line gives, else the 落款's date. A judgement
//!   call: the 落款 is the date the issuer gives its notice, which portals put up the same day,
//!   and the fetch date is only the latest the notice can have been published — it is never
//!   taken as the publication date;
//! - `formedOn`: the decision's date for a penalty decision (the decision is the information),
//!   else not stated: a notice rarely says when what it reports was settled;
//! - `events`: the dates of the events the item's time limits count from, where an element
//!   states them (a publicity period's range, a bid deadline, the days the documents are
//!   offered, a listing period, a decision date); a period from publication
//!   (`自本公告发布之日起5个工作日`) is a `relativeEvents` entry; the others the national rules
//!   need are listed in `notStated`;
//! - `channels`: from the address the page was fetched at (a procurement portal, a trading
//!   platform, a government site), and listed as not stated all the same: the channel a page
//!   was fetched from is not every channel it was published on.
//!
//! An element the notice does not give is **absent** when the notice is complete — signed and
//! dated, pointing at no attachment — and **not stated** otherwise: a copy that may have lost it
//! cannot show that the notice lacked it. An element the reader did not read but the notice
//! labels (`项目经理：` in a form not read) is neither: it is **unread**, with the label's span,
//! and not judged. Nor is what a notice of its kind is always about (its project, the party a
//! decision concerns): when the reader does not find it, it is not stated.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::amounts::{Amount, AmountForm, AmountPair};
use super::dates::{DateValue, dates};
use super::elements::{FoundElement, elements_in, national, with_tables};
use super::headings::{Heading, Numbering};
use super::html::{HtmlText, looks_like_html};
use super::kind::{Classification, classify};
use super::lines::Lines;
use super::parties::{FoundParty, parties_from};
use super::signature::{Signature, signature};
use super::span::{Span, Spanned};
use super::tables::{Table, tables};
use super::text::{holds, lines_inclusive, places};
use crate::date::StatedDate;
use crate::model::item::ItemKind;
use crate::model::record::{
    Amounts, Anchor, Channel, DisclosureRecord, Events, Party, RelativeEvent, ResponsibleBody,
    Status,
};
use crate::{Domain, Lang};

/// The largest notice read, in bytes: a notice page is tens of kilobytes; anything near this is
/// not one notice.
pub const MAX_NOTICE_BYTES: usize = 4 * 1024 * 1024;

/// Where and when the caller fetched the notice. Neither is needed; the address gives the
/// channel, and neither gives a date of the notice's own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoticeSource {
    /// The page's address.
    pub url: Option<String>,
    /// The day it was fetched.
    pub fetched_on: Option<NaiveDate>,
}

/// Why a notice could not be read. Each variant has a stable [`code`](NoticeError::code).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NoticeError {
    /// Nothing to read: no text, or only white space and markup.
    #[error("the notice is empty")]
    Empty,
    /// Larger than [`MAX_NOTICE_BYTES`].
    #[error("the notice is {len} bytes, more than the {max} read")]
    TooLarge {
        /// Its length in bytes.
        len: usize,
        /// The most read.
        max: usize,
    },
    /// Not text: control characters (a NUL, or many others) or text decoded with the wrong
    /// encoding (many U+FFFD replacement characters).
    #[error("the notice is not text (byte {at} and others are control or replacement characters)")]
    Binary {
        /// The byte of the first such character.
        at: usize,
    },
    /// Text, but not Chinese: too few Chinese characters to be a notice.
    #[error("the notice is not in Chinese ({han} Chinese characters of {chars})")]
    NotChinese {
        /// How many Chinese characters it has.
        han: usize,
        /// How many characters it has, white space aside.
        chars: usize,
    },
    /// The options of [`validate_notice_json`](super::api::validate_notice_json) are not
    /// `{"url"?, "fetchedOn"?, "today"?}`, or give no day to judge on.
    #[error("invalid options: {message}")]
    InvalidOptions {
        /// What is wrong.
        message: String,
    },
    /// A Chinese text whose type and domain do not name an item gongkai has.
    #[error("the notice's type and domain name no item (type {notice_type:?}, domain {domain:?})")]
    Unclassified {
        /// The type its title names, if any (`"penaltyDecision"`).
        notice_type: Option<&'static str>,
        /// The domain its text shows, if any.
        domain: Option<Domain>,
    },
}

impl NoticeError {
    /// The stable code (`"notice.empty"`).
    pub fn code(&self) -> &'static str {
        match self {
            NoticeError::Empty => "notice.empty",
            NoticeError::TooLarge { .. } => "notice.too_large",
            NoticeError::Binary { .. } => "notice.binary",
            NoticeError::NotChinese { .. } => "notice.not_chinese",
            NoticeError::Unclassified { .. } => "notice.unclassified",
            NoticeError::InvalidOptions { .. } => "notice.invalid_options",
        }
    }

    /// The message in one language.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.to_string(),
            Lang::ZhCn => match self {
                NoticeError::Empty => "公告为空".to_owned(),
                NoticeError::TooLarge { len, max } => {
                    format!("公告长 {len} 字节，超过可读取的 {max} 字节")
                }
                NoticeError::Binary { at } => {
                    format!("公告不是文本（第 {at} 字节起有控制字符或乱码）")
                }
                NoticeError::NotChinese { han, chars } => {
                    format!("公告不是中文（{chars} 个字符中仅 {han} 个汉字）")
                }
                NoticeError::InvalidOptions { message } => format!("选项无效：{message}"),
                NoticeError::Unclassified { .. } => {
                    "无法从公告的类型和领域确定其公开事项".to_owned()
                }
            },
        }
    }
}

/// The evidence for one value of the record: where in the input it was read and under which
/// heading or label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// The JSON Pointer of the value in the record (`"/content/projectNumber"`).
    pub path: String,
    /// The span of the input it was read from.
    pub span: Span,
    /// The heading, label or column header it stands under, if any.
    pub label: Option<Span>,
    /// The words of that label, as the text read shows them (without markup).
    pub label_text: Option<String>,
}

/// A notice read: what it is, the record it describes, the evidence for each value, and what it
/// lacks. Every span is a span of the caller's input (of the page, for HTML).
#[derive(Debug, Clone)]
pub struct NoticeReading {
    /// Its type, domain and method, with their evidence.
    pub classification: Classification,
    /// The record it describes.
    pub record: DisclosureRecord,
    /// The evidence for the record's values.
    pub evidence: Vec<Evidence>,
    /// Element keys of the item the notice certainly lacks: it is complete and has no heading,
    /// label or column for them.
    pub absent: Vec<String>,
    /// Element keys of the item the notice may hold but does not show, and those that say what
    /// the notice is about (its project, its party) that the reader did not find.
    pub not_stated: Vec<String>,
    /// Element keys of the item the notice labels (the span of the label's words) in a form not
    /// read: neither absent nor judged, for the notice holds them but what they say is not known.
    pub unread: Vec<Spanned<String>>,
    /// True when the text shows the whole notice: signed and dated (or run to its format's
    /// closing contacts), pointing at no attachment and not cut short. Only then is what it
    /// lacks absent rather than not stated.
    pub complete: bool,
    /// Every element found (key, label, value).
    pub elements: Vec<FoundElement>,
    /// Every date stated.
    pub dates: Vec<Spanned<DateValue>>,
    /// Every amount of money stated.
    pub amounts: Vec<Spanned<Amount>>,
    /// The amounts written both in 大写 and in figures.
    pub amount_pairs: Vec<AmountPair>,
    /// The parties named, in the order of the record's `parties`.
    pub parties: Vec<FoundParty>,
    /// The 落款.
    pub signature: Option<Signature>,
    /// True when the input was read as an HTML page.
    pub html: bool,
    /// The text the readers read (the page's text, for HTML); `text_spans` holds the spans of
    /// the same values in it, for the text-only checks.
    pub(crate) text: String,
    pub(crate) text_spans: InText,
    /// The page, for HTML: maps spans of `text` to the input.
    pub(crate) page: Option<HtmlText>,
}

/// What a reading found, with spans of the text read ([`NoticeReading::text`]) rather than of
/// the input: for an HTML page, the words as shown, without markup.
#[derive(Debug, Clone, Default)]
pub struct InText {
    /// Every element found.
    pub elements: Vec<FoundElement>,
    /// The amounts written both in 大写 and in figures.
    pub amount_pairs: Vec<AmountPair>,
    /// The parties named.
    pub parties: Vec<FoundParty>,
    /// The 落款.
    pub signature: Option<Signature>,
    /// Every date stated.
    pub dates: Vec<Spanned<DateValue>>,
    /// Every amount stated.
    pub amounts: Vec<Spanned<Amount>>,
    /// The title line.
    pub title: Span,
    /// The labels of the numbered headings, in order; in a notice without first-level numbers,
    /// also its short lines without a colon, which stand as its headings.
    pub numbered: Vec<Span>,
}

impl NoticeReading {
    /// The text the readers read: the input itself for plain text, the page's text for HTML.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// What was found, with spans of [`text`](Self::text).
    pub fn in_text(&self) -> &InText {
        &self.text_spans
    }

    /// The span of the input that a span of [`text`](Self::text) was read from.
    pub fn to_input(&self, span: Span) -> Span {
        match &self.page {
            Some(page) => page.to_html(span),
            None => span,
        }
    }
}

/// Reads a notice — plain text or an HTML page — into the record it describes, with the
/// evidence for each value.
///
/// # Example
/// ```
/// use gongkai::notice::{read, NoticeSource};
/// let text = "云江市财政局政府采购行政处罚决定书\n当事人：云江恒达贸易有限公司\n\
///   违法事实：提供虚假材料谋取中标。\n处罚依据：《中华人民共和国政府采购法》第七十七条\n\
///   处罚决定：罚款人民币3200元。\n云江市财政局\n2024年3月18日";
/// let r = read(text, &NoticeSource::default())?;
/// assert_eq!(r.record.item, gongkai::ItemKind::ProcurementPenaltyDecision);
/// assert_eq!(r.record.parties[0].name, "云江恒达贸易有限公司");
/// assert_eq!(r.record.formed_on.map(|d| d.to_string()).as_deref(), Some("2024-03-18"));
/// assert!(r.absent.contains(&"remedies".to_owned()));
/// let e = r.evidence.iter().find(|e| e.path == "/content/partyName").unwrap();
/// assert_eq!(e.span.of(text), Some("云江恒达贸易有限公司"));
/// # Ok::<(), gongkai::notice::NoticeError>(())
/// ```
///
/// # Errors
/// [`NoticeError`]: an empty, too large, binary or non-Chinese input, or a notice whose type
/// and domain name no item.
pub fn read(input: &str, source: &NoticeSource) -> Result<NoticeReading, NoticeError> {
    read_with(input, source, &[])
}

/// [`read`], also reading the content keys a rule table adds to each item (`extra`, indexed by
/// item): an engine reads what its own rules ask for (a framework agreement's 最高限制单价).
pub(crate) fn read_with(
    input: &str,
    source: &NoticeSource,
    extra: &[Vec<String>],
) -> Result<NoticeReading, NoticeError> {
    if input.len() > MAX_NOTICE_BYTES {
        return Err(NoticeError::TooLarge {
            len: input.len(),
            max: MAX_NOTICE_BYTES,
        });
    }
    check_text(input)?;
    let html = looks_like_html(input);
    let page = html.then(|| HtmlText::parse(input));
    let text = page.as_ref().map_or(input, HtmlText::text);
    if text.trim().is_empty() {
        return Err(NoticeError::Empty);
    }
    check_chinese(text)?;
    let reading = read_text(&super::wrapped::join(text), source, extra)?;
    Ok(match page {
        None => reading,
        Some(page) => {
            let mut m = page.mapper_for_many();
            let mut r = reading.mapped(|s| m.map(s), true);
            r.page = Some(page);
            r
        }
    })
}

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

/// True when `label` holds 预算, 公示 or 公告: one pass over its bytes, each place told by its
/// first bytes (预 is E9 A2 84, 公 E5 85 AC), not three searches.
fn holds_budget_or_publicity(label: &str) -> bool {
    label.as_bytes().windows(6).any(|w| match w {
        [0xe9, 0xa2, 0x84, ..] => w == "预算".as_bytes(),
        [0xe5, 0x85, 0xac, ..] => w == "公示".as_bytes() || w == "公告".as_bytes(),
        _ => false,
    })
}

/// Refuses a text with fewer than ten Chinese characters, or fewer than one in five of those
/// that are not white space.
fn check_chinese(text: &str) -> Result<(), NoticeError> {
    // No character is visible more than once: once the Chinese ones are a fifth of all the
    // characters (and ten), they are a fifth of the visible ones whatever the rest holds, and
    // the rest is not read. A Chinese notice is so within its first third or so.
    let all = text.chars().count();
    // Enough Chinese is told by the UTF-8's first bytes, not by decoding every character; only
    // a text without enough is read again, for the counts its refusal states.
    if han_reach(text.as_bytes(), all.div_ceil(5).max(10)) {
        return Ok(());
    }
    let (mut han, mut chars) = (0, 0);
    for c in text.chars() {
        // No white space from U+3400 on (the ideographic space is U+3000).
        let visible = c >= '\u{3400}' || !c.is_whitespace();
        han += usize::from(is_han(c));
        chars += usize::from(visible);
        if han >= 10 && han * 5 >= all {
            return Ok(());
        }
    }
    if han < 10 || han * 5 < chars {
        return Err(NoticeError::NotChinese { han, chars });
    }
    Ok(())
}

/// True when the UTF-8 `b` holds `need` characters or more that [`is_han`] takes, counted at
/// their first bytes: U+5000–U+9FFF start with 0xE5–0xE9; U+4000–U+4FFF with 0xE4, all of them
/// but U+4DC0–U+4DFF (0xE4 0xB7); U+3400–U+3FFF with 0xE3 and a second byte from 0x90, and
/// `〇` (U+3007) is 0xE3 0x80 0x87.
fn han_reach(b: &[u8], need: usize) -> bool {
    let mut han = 0;
    for (i, &x) in b.iter().enumerate() {
        if !(0xe3..=0xe9).contains(&x) {
            continue;
        }
        let second = b.get(i + 1).copied().unwrap_or(0);
        han += usize::from(match x {
            0xe3 => second >= 0x90 || second == 0x80 && b.get(i + 2) == Some(&0x87),
            0xe4 => second != 0xb7,
            _ => true,
        });
        if han >= need {
            return true;
        }
    }
    false
}

fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '〇')
}

/// Refuses what is not text: a NUL, or more than one character in fifty a control character
/// (but tab, line feed, carriage return and form feed) or U+FFFD.
fn check_text(input: &str) -> Result<(), NoticeError> {
    // By the bytes of the UTF-8: a character is counted at its first byte; the control
    // characters are U+0000–U+001F, U+007F (one byte) and U+0080–U+009F (0xC2 0x80–0x9F);
    // U+FFFD is 0xEF 0xBF 0xBD.
    let b = input.as_bytes();
    let mut count = 0;
    let mut first = None;
    // Blocks of 64 bytes are looked into only when one of their bytes might start such a
    // character: most text has none. A whole block and the bytes one further are arrays of a
    // known length, which the compiler tests many bytes at a time; the last block, shorter or
    // with no byte after it, is looked into as it is.
    const BLOCK: usize = 64;
    for from in (0..b.len()).step_by(BLOCK) {
        let to = (from + BLOCK).min(b.len());
        let maybe = match (b.get(from..from + BLOCK), b.get(from + 1..from + 1 + BLOCK)) {
            (Some(block), Some(next)) => may_hold_bad(
                block.try_into().expect("a block"),
                next.try_into().expect("a block"),
            ),
            _ => true,
        };
        if maybe {
            check_block(b, from, to, &mut count, &mut first)?;
        }
    }
    match first {
        // Counted only when there is something to weigh: counting costs a pass.
        Some(at) if count * 50 > input.chars().count() => Err(NoticeError::Binary { at }),
        _ => Ok(()),
    }
}

/// True when a byte of `block` might start a control character or U+FFFD (`next` is the block
/// one byte further on): a filter that lets every such character through, and few others.
fn may_hold_bad(block: &[u8; 64], next: &[u8; 64]) -> bool {
    let mut maybe = 0u8;
    for (&x, &y) in block.iter().zip(next) {
        // Below 0x20 but tab (9), line feed (10), form feed (12) and carriage return (13), in
        // three tests, not five.
        let control = (x < 0x09) | (x == 0x0b) | (x.wrapping_sub(0x0e) < 0x12);
        maybe |= u8::from(control | (x == 0x7f) | (x == 0xc2) | ((x == 0xef) & (y == 0xbf)));
    }
    maybe != 0
}

/// The characters that start in `b[from..to]`: each bad one counted, the first noted, a NUL
/// refused where it is.
fn check_block(
    b: &[u8],
    from: usize,
    to: usize,
    count: &mut usize,
    first: &mut Option<usize>,
) -> Result<(), NoticeError> {
    for (i, &byte) in b.iter().enumerate().take(to).skip(from) {
        let bad = match byte {
            b'\t' | b'\n' | b'\r' | b'\x0c' => false,
            0..=0x1f | 0x7f => true,
            0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
            0xef => b.get(i + 1..i + 3) == Some(&[0xbf, 0xbd][..]),
            _ => false,
        };
        if bad {
            first.get_or_insert(i);
            *count += 1;
            if byte == 0 {
                return Err(NoticeError::Binary { at: i });
            }
        }
    }
    Ok(())
}

/// The words that say an element's text is elsewhere.
const ELSEWHERE: &[&str] = &["详见附件", "见附件", "附件下载"];

/// The words an aggregator's or a phone's copy puts where it stops showing the notice
/// (`…… 展开全文 ∨`, `点击查看全文 >`, `打开APP查看完整公告`), by a part they share (a word that
/// shares none is its own part): a body is searched for the parts, which most bodies lack, and
/// for a part's words only when it holds it — one search of the body a part, not a word.
const CUT_SHORT: &[(&str, &[&str])] = &[
    ("全文", &["展开全文", "查看全文", "阅读全文", "全文请访问"]),
    ("未完", &["(未完", "（未完"]),
    ("查看", &["查看完整", "登录后查看", "查看原文"]),
    ("部分", &["仅显示部分", "仅展示部分"]),
    ("本文为", &["本文为摘要", "本文为节选"]),
    ("打开APP", &["打开APP"]),
    ("剩余内容", &["剩余内容"]),
    ("登录会员", &["登录会员"]),
    ("开通VIP", &["开通VIP"]),
    ("加载不完整", &["加载不完整"]),
    ("因版权原因", &["因版权原因"]),
    ("篇幅所限", &["篇幅所限"]),
];

/// The words of [`CUT_SHORT`] `text` holds.
fn cut_short_words(text: &str) -> impl Iterator<Item = &'static str> + '_ {
    CUT_SHORT
        .iter()
        .filter(|(part, _)| holds(text, part))
        .flat_map(move |(part, words)| {
            words
                .iter()
                .copied()
                .filter(move |w| w == part || holds(text, w))
        })
}

/// The party a decision names in its opening sentence rather than after a label
/// (`当事人某矿业有限公司（统一社会信用代码：…，住所：某村，…）持有的…`), or addresses as a
/// letter does, on a line of its own before the facts (`某置业有限公司：`, `某公司（统一社会信用
/// 代码：…，住所：…）：`): the name up to the bracket, comma or colon, and the 住所 or 地址 in the
/// bracket.
fn party_in_prose(body: &str, found: &mut Vec<FoundElement>, lines: &[Span]) {
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
                if addressed {
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
    let Some(end) = t[from..]
        .find(['（', '(', '，', ',', '：', ':'])
        .map(|e| from + e)
    else {
        return;
    };
    let name = &t[from..end];
    let org = is_organisation(name);
    // A person addressed alone on the line (`林某某：`): a decision served on an individual.
    let person = from == 0
        && t[end..].trim_start_matches(['：', ':']).is_empty()
        && super::parties::person_name(name);
    if !(2..=60).contains(&name.chars().count()) || !(org || person) {
        return;
    }
    let element = |key: &str, start: usize, end: usize| FoundElement {
        key: key.to_owned(),
        label: Span {
            start: l.start,
            end: l.start + from,
        },
        value: Some(Span {
            start: l.start + start,
            end: l.start + end,
        }),
        numbering: super::headings::Numbering::Unnumbered,
    };
    found.push(element("partyName", from, end));
    // The code and address in brackets after the name, or on the line under a salutation
    // (`某公司：` over `（统一社会信用代码：…；地址：…）`).
    let under = lines
        .iter()
        .skip_while(|o| o.start != l.start)
        .nth(1)
        .and_then(|n| Some((*n, n.of(body)?)))
        .filter(|(_, n)| n.starts_with(['（', '(']));
    let salutation = from == 0 && t[end..].trim_start_matches(['：', ':']).is_empty();
    // Or labelled on a line of its own among the next few under a salutation (`地址：…`).
    if salutation && under.is_none() && !found.iter().any(|e| e.key == "partyAddress") {
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
    let bracket_end = t[end..].find(['）', ')']).map_or(end, |e| end + e);
    for label in ["住所：", "地址：", "住址："] {
        if let Some(k) = t[end..bracket_end].find(label) {
            let start = end + k + label.len();
            let stop = t[start..bracket_end]
                .find(['，', ',', '；'])
                .map_or(bracket_end, |e| start + e);
            if !found.iter().any(|e| e.key == "partyAddress") && stop > start {
                let mut address = element("partyAddress", start, stop);
                address.value = Some(Span {
                    start: at + start,
                    end: at + stop,
                });
                found.push(address);
            }
            break;
        }
    }
}

/// Where the salutation of a decision written as one paragraph ends (`某合作社（统一社会信用代码：
/// …，住所：…）：经查，…`): after the first colon outside brackets, when no sentence ends before it
/// and the facts (`经查`, `经调查` …) follow it.
fn salutation_end(t: &str) -> Option<usize> {
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
    [
        "公司",
        "厂",
        "中心",
        "合作社",
        "事务所",
        "店",
        "部",
        "院",
        "站",
    ]
    .iter()
    .any(|w| name.ends_with(w))
}

/// A decision reported in the third person names its party with its particulars in brackets
/// (`某公司（统一社会信用代码：…；住所：…）于2024年8月…`), opening the paragraph or after the
/// clause that says how it was found (`…在执法巡查中发现，某公司（统一社会信用代码：…）以出让方式
/// …`, then only with its code): where the name starts, and where the brackets end, when what
/// it did follows them (`于`, `在`, `因`, `未`, `将`, `以`, `作为`).
fn third_person_party(t: &str) -> Option<(usize, usize)> {
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
        || ["你", "我", "本", "该"].iter().any(|w| name.starts_with(w))
        || !(org || super::parties::person_name(name))
    {
        return None;
    }
    let after = close + t[close..].chars().next().map_or(1, char::len_utf8);
    ["于", "在", "因", "未", "将", "以", "作为"]
        .iter()
        .any(|w| t[after..].starts_with(w))
        .then_some((from, after))
}

/// Whether the line `l` is a whole penalty decision in one paragraph, and what ends its clauses:
/// clauses apart by `；` that decide (`本局决定`) under a law and tell how to appeal (`如不服`,
/// `行政复议`), or three sentences or more that decide under a law and state the facts or how
/// to appeal.
fn whole_decision(body: &str, l: Span) -> Option<char> {
    let t = l.of(body).unwrap_or("");
    if !(holds(t, "决定") && (holds(t, "依据《") || holds(t, "根据《"))) {
        return None;
    }
    let appeal = holds(t, "不服") || holds(t, "行政复议");
    // A party's particulars in brackets (`（统一社会信用代码：…；住所：…）`) part no clauses.
    let mut depth = 0usize;
    let parts = t
        .chars()
        .filter(|&c| {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            c == '；' && depth == 0
        })
        .count();
    if parts >= 2 && appeal {
        return Some('；');
    }
    // The facts as found (`经查`, `在执法巡查中发现，`, `…等证据为证`), or the decision
    // reported in the third person (`某局于…作出…行政处罚决定`).
    let facts = [
        "经查",
        "上述事实",
        "以上事实",
        "为证",
        "中发现",
        "调查核实",
        "处罚决定",
    ]
    .iter()
    .any(|w| holds(t, w));
    (t.matches('。').count() >= 3 && (facts || appeal)).then_some('。')
}

/// Where a title transfers a thing rather than a share (`…闲置车辆转让公告`): the place of its
/// `转让`, when the title names no share, equity, capital or lease.
fn asset_transfer(title: &str) -> Option<usize> {
    let at = title.find("转让")?;
    let share = ["股权", "产权", "股份", "增资", "出资", "租"]
        .iter()
        .any(|w| title.contains(w));
    (!share).then_some(at)
}

/// A decision's party on one line with their particulars (`当事人：向某某，男，住某市某路56号。`,
/// 行政处罚法 Art 59 (一)'s 姓名或者名称、地址): the name is the words before the first comma,
/// and the address, where no label gives it, what follows `住` or `住所`.
fn party_line(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
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
    if t[from..].trim().is_empty() || found.iter().any(|e| e.key == "partyAddress") {
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

/// Where a sentence states a transfer's method (`以挂牌方式出让`, `以现场拍卖方式出让`): the
/// method's words, then the phrase from 以 to 出让 when it runs straight on to the act.
fn method_sentence(body: &str) -> Vec<Span> {
    const METHODS: [&str; 4] = ["挂牌", "拍卖", "招标", "协议"];
    let mut out = Vec::new();
    for at in places(body, "方式") {
        let before = &body[..at];
        // The method's words: at most six characters after the nearest 以.
        let Some(yi) = before
            .char_indices()
            .rev()
            .take(7)
            .find(|&(_, c)| c == '以')
            .map(|(i, _)| i)
        else {
            continue;
        };
        let words = &before[yi + '以'.len_utf8()..];
        if words.is_empty() || !METHODS.iter().any(|m| words.ends_with(m)) {
            continue;
        }
        let start = yi + '以'.len_utf8();
        out.push(Span { start, end: at });
        let after = at + "方式".len();
        if body[after..].starts_with("出让") {
            out.push(Span {
                start: yi,
                end: after + "出让".len(),
            });
        }
        break;
    }
    out
}

/// An award told in a sentence where no label gives it (`经评标委员会评审并经招标人确定，中标人为
/// 某公司，中标价为人民币326.58万元。`): the winner's name and the price, each to the next comma
/// or full stop.
fn award_in_prose(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
    const SAID: &[(&str, &[&str])] = &[
        (
            "winnerName",
            &[
                "中标人为",
                "中标单位为",
                "中标供应商为",
                "成交供应商为",
                "成交人为",
            ],
        ),
        // The chosen winner's address, said after its name (`…为成交供应商，其地址为…`).
        ("winnerAddress", &["其地址为", "其注册地址为", "其住所为"]),
        (
            "awardAmount",
            &[
                "中标价为",
                "中标金额为",
                "中标价格为",
                "成交价为",
                "成交金额为",
            ],
        ),
    ];
    // `确定某公司为中标人`: the first such sentence.
    if item.element("winnerName").is_some()
        && !found.iter().any(|e| e.key == "winnerName")
        && let Some((name, label)) = super::parties::chosen_winners(body).next()
    {
        found.push(FoundElement {
            key: "winnerName".to_owned(),
            label,
            value: Some(name),
            numbering: Numbering::Unnumbered,
        });
    }
    for (key, words) in SAID {
        if item.element(key).is_none() || found.iter().any(|e| e.key == *key) {
            continue;
        }
        let Some((at, w)) = words
            .iter()
            .filter_map(|w| super::text::find(body, w).map(|at| (at, *w)))
            .min()
        else {
            continue;
        };
        let from = at + w.len();
        // A comma between figures groups them (`9,518.27万元`); any other ends the clause.
        let end = body[from..]
            .char_indices()
            .find(|&(k, c)| {
                matches!(c, '，' | '。' | '；' | '\n' | ';')
                    || c == ',' && !body[from + k + 1..].starts_with(|d: char| d.is_ascii_digit())
            })
            .map_or(body.len(), |(k, _)| from + k);
        let n = body[from..end].chars().count();
        if (2..=60).contains(&n) {
            found.push(FoundElement {
                key: (*key).to_owned(),
                label: Span {
                    start: at,
                    end: from,
                },
                value: Some(Span { start: from, end }),
                numbering: Numbering::Unnumbered,
            });
        }
    }
}

/// The bid deadline a sentence states (`截止时间…仍为2025年4月23日9时00分`): the last day of
/// the first sentence that names the deadline and dates it, and the words that name it.
fn deadline_in_prose(
    body: &str,
    dates: &[Spanned<DateValue>],
) -> Option<(Spanned<StatedDate>, Span)> {
    body.match_indices("截止时间").find_map(|(at, w)| {
        let start = body[..at].rfind(['。', '；', '\n', '\t']).map_or(0, |k| {
            k + body[k..].chars().next().map_or(1, char::len_utf8)
        });
        // Not the deadline of a registration, of the documents' sale or of an objection, nor
        // the one replaced (`原投标截止时间：…；变更后投标截止时间：…`).
        let before = &body[start..at];
        if ["报名", "获取", "发售", "异议", "公示", "质疑"]
            .iter()
            .any(|w| holds(before, w))
            || before.trim_start().starts_with('原')
        {
            return None;
        }
        let end = body[at..]
            .find(['。', '；', '\n'])
            .map_or(body.len(), |e| at + e);
        let last = dates
            .iter()
            .rev()
            .filter(|d| d.span.start >= at + w.len() && d.span.end <= end && d.span.start >= start)
            // Not the one replaced, in brackets after the new (`延期至7月24日（原为7月21日）`).
            .filter(|d| {
                // The four characters before it, at most.
                let mut from = d.span.start.saturating_sub(12).max(start);
                while !body.is_char_boundary(from) {
                    from += 1;
                }
                let before = &body[from..d.span.start];
                !(holds(before, "原为") || holds(before, "原定"))
            })
            .find_map(|d| match d.value {
                DateValue::Date(v) => Some(Spanned {
                    value: v,
                    span: d.span,
                }),
                _ => None,
            })?;
        Some((
            last,
            Span {
                start: at,
                end: at + w.len(),
            },
        ))
    })
}

/// Where the list under a notice's attachments' heading starts (after a line that is the
/// heading alone, numbered or not: `十、附件`, `附件：`, `相关附件`), if it has one.
fn attachments_heading(body: &str) -> Option<usize> {
    if !body.contains("附件") {
        return None;
    }
    let mut at = 0;
    let mut found = None;
    for line in super::text::lines_inclusive(body) {
        let end = at + line.len();
        let t = super::text::numbered_rest(line.trim()).trim_end_matches(['：', ':']);
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
fn attaches_a_contract(body: &str) -> bool {
    body.match_indices("附件").any(|(at, _)| {
        let line_start = body[..at].rfind('\n').map_or(0, |k| k + 1);
        let line_end = body[at..].find('\n').map_or(body.len(), |e| at + e);
        // At the line's start, or after a heading's number (`十、附件：`).
        let opens = super::text::numbered_rest(body[line_start..at].trim()).is_empty();
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
fn names_a_file(v: &str) -> bool {
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
fn is_mask(v: &str) -> bool {
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
fn masked_rest(v: &str) -> bool {
    let last = v.trim_end().rsplit('\n').next().unwrap_or("").trim();
    let stars = last
        .chars()
        .rev()
        .take_while(|c| matches!(c, '*' | '＊'))
        .count();
    stars >= 6 && !last.starts_with(['*', '＊'])
}

/// `value` up to where the copy was cut short, without the dots and arrows before the words
/// that say so; `value` itself where nothing cuts it.
fn cut_short(body: &str, value: Span) -> Span {
    let Some(v) = value.of(body) else {
        return value;
    };
    let Some(at) = cut_short_words(v).filter_map(|w| v.find(w)).min() else {
        // The copy's trailing dots on a line of their own, the words that say it was cut on the
        // lines below the value: what the value states is what is above the dots.
        let t = v.trim_end();
        if let Some(above) = t.strip_suffix('…').map(|a| a.trim_end_matches('…'))
            && above.ends_with('\n')
        {
            let above = above.trim_end();
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
    let mut kept = v[..at].trim_end_matches("点击");
    // A banner of stars over the wall (`****** 以下内容仅对会员开放 ******`) is the copy's too.
    while let Some((above, last)) = kept.trim_end().rsplit_once('\n')
        && last.trim_start().starts_with("******")
    {
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

/// Reads the text of a notice; spans are spans of `text`.
fn read_text(
    text: &str,
    source: &NoticeSource,
    extra: &[Vec<String>],
) -> Result<NoticeReading, NoticeError> {
    // The title: the first line of the first thirty that names a notice's type; the text above
    // it is the page's, not the notice's.
    let start = title_line(text);
    let body = &text[start..];
    let shift = |s: Span| Span {
        start: s.start + start,
        end: s.end + start,
    };
    let kind = classify(body);
    let Some(item) = kind.item() else {
        return Err(NoticeError::Unclassified {
            notice_type: kind.notice_type.as_ref().map(|t| t.value.json_name()),
            domain: kind.domain.as_ref().map(|d| d.value),
        });
    };
    let signed = signature(body);
    // The body's lines, found once for the readers that go by lines.
    let lines = Lines::new(body);
    let above = lines.above(body.len(), signed.as_ref());
    // One pass of headings and tables, shared by the elements, the parties and the body.
    let chars = super::text::Chars::new(body);
    let tabs = super::tables::tables_in(body, &lines);
    let mut paired = Vec::new();
    let hs = super::elements::with_tables_noting(
        body,
        super::headings::headings_in(&chars),
        &tabs,
        national(),
        &mut paired,
    );
    let closed = item.domain() == crate::Domain::GovernmentProcurement
        && closed_by_contacts(body, &hs)
        || item.states_sanctions() && closed_by_authority(body, &tabs);
    let extra = extra.get(item as usize).map_or(&[][..], Vec::as_slice);
    let mut found = elements_in(body, &hs, national(), Some(item), extra);
    if let Some(sig) = &signed {
        clip_at_signature(body, &mut found, sig);
    }
    clip_at_attachments(body, &mut found);
    clip_periods(body, &mut found);
    time_over_place(body, &mut found);
    table_alone(body, &tabs, &mut found);
    section_runs(body, &lines, &mut found);
    objection_block(body, &mut found);
    if item.element("targetEnterprise").is_some() {
        target_in_share(body, &mut found);
    }
    if item.element("purchaserAndAgency").is_some() {
        purchaser_block(body, &lines, &mut found);
    }
    unheaded_list(body, item, &tabs, &mut found);
    if matches!(
        item,
        ItemKind::HousingAllocationResult | ItemKind::HousingAllocationApplicants
    ) {
        household_lines(body, item, &mut found, above);
    }
    if item.domain() == crate::Domain::Housing {
        names_line(body, item, &mut found, above);
    }
    if item.states_sanctions() {
        decided_in_prose(body, item, &mut found, above);
    }
    if item.is_penalty_decision() {
        from_signature(body, item, &mut found, signed.as_ref());
    }
    if item.is_penalty_decision() {
        from_paragraphs(body, &mut found, above);
        decision_words(body, &mut found);
    }
    if item.element("action").is_some() || item.element("terminationReason").is_some() {
        suspension_paragraphs(body, item, &mut found, above);
    }
    // Only a call without sections: a copy cut short within its sections (`一、…`) does not
    // state what it cut.
    if matches!(
        item,
        ItemKind::BiddingAnnouncement | ItemKind::ProcurementAnnouncement
    ) && !hs.iter().any(|h| h.numbering == Numbering::Chinese)
    {
        call_paragraphs(body, item, &mut found, above);
    }
    who_may_bid(body, item, &mut found, above);
    time_and_place(body, item, &mut found, above);
    // The act a suspension's title names (`…中止公告`, `关于终止…的公告`): the action in a word,
    // as writers quote it where no sentence says more.
    if item.element("action").is_some() {
        let title = title_span(body);
        let t = title.of(body).unwrap_or("");
        if let Some((at, w)) = ["中止", "终止", "终结", "恢复", "暂停"]
            .iter()
            .filter_map(|w| t.find(w).map(|at| (at, *w)))
            .min_by_key(|(at, _)| *at)
        {
            let span = Span {
                start: title.start + at,
                end: title.start + at + w.len(),
            };
            found.push(FoundElement {
                key: "action".into(),
                label: span,
                value: Some(span),
                numbering: Numbering::Unnumbered,
            });
            // With what it stops or resumes, where the title says it (`中止交易`, `终止挂牌`).
            if let Some(what) = ["交易", "挂牌", "出让", "招标", "拍卖", "信息披露"]
                .iter()
                .find(|o| body[span.end..].starts_with(*o))
            {
                let whole = Span {
                    end: span.end + what.len(),
                    ..span
                };
                found.push(FoundElement {
                    key: "action".into(),
                    label: whole,
                    value: Some(whole),
                    numbering: Numbering::Unnumbered,
                });
            }
        }
    }
    if item.element("objectionChannel").is_some() {
        objection_paragraph(body, &mut found, above);
    }
    if item.element("basis").is_some() && item.element("decision").is_some() {
        decision_paragraph(body, &mut found, above);
    }
    if item == ItemKind::HousingAllocationApplicants {
        review_paragraph(body, &mut found, above);
    }
    plan_paragraphs(body, item, &mut found, above);
    if item.element("correctionContent").is_some() {
        correction_paragraphs(body, item, &mut found, above);
    }
    closing_paragraphs(body, item, &mut found, above);
    if item.element("policyName").is_some() {
        policy_named(body, &mut found);
    }
    // A plan or a policy published as itself is named by its title (`某市“十四五”保障性住房规划
    // 建设方案`, `某市住房局关于调整…准入条件的通知`).
    for key in ["planName", "policyName"] {
        if item.element(key).is_some() && !found.iter().any(|e| e.key == key) {
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
    // A call for tenders states its bid deadline in the section on submitting bids
    // (`五、投标文件的递交 … 截止时间为…`): that section is the element too, beside the
    // deadline's own label in it (`投标截止时间：…`), if it has one.
    let labelled: Vec<Span> = found
        .iter()
        .filter(|e| e.key == "bidDeadline")
        .filter_map(|e| e.value)
        .collect();
    if item.element("bidDeadline").is_some()
        && let Some(s) = found
            .iter()
            .find(|e| {
                e.key == "submissionDeadlineAndMethod"
                    && e.value
                        .and_then(|v| v.of(body))
                        // Not a prequalification's applications (`递交资格预审申请文件截止时间`):
                        // they close before any bid is asked for (发改委令2017年第10号 Art 5 (四)).
                        .is_some_and(|v| holds(v, "截止") && !holds(v, "资格预审申请"))
            })
            .cloned()
        && s.value
            .is_some_and(|v| labelled.iter().all(|l| v.contains(*l) && v != *l))
    {
        found.push(FoundElement {
            key: "bidDeadline".into(),
            ..s
        });
    }
    // A contact given after a label that names one of its facts (`联系人：张先生，电话：…`) is
    // that line with its label too: the label is part of what it says.
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
    empty_labels(body, &lines, &hs, &mut found, signed.as_ref());
    award_in_prose(body, item, &mut found);
    party_line(body, item, &mut found);
    consecutive_labels(body, &lines, &hs, item, &mut found);
    // Last: what no reader of labels, headings or known sentences gave.
    super::prose::elements_in_prose(body, item, &mut found, above);
    // A transfer's method named in its title or a sentence (`决定以挂牌方式出让`) and under no
    // label of its own is the element all the same: the words that name it.
    if item.element("transferMethod").is_some()
        && !found.iter().any(|e| e.key == "transferMethod")
        && let Some(m) = kind
            .method
            .as_ref()
            .filter(|m| m.value.domains().contains(&item.domain()))
    {
        found.push(FoundElement {
            key: "transferMethod".into(),
            label: m.span,
            value: Some(m.span),
            numbering: Numbering::Unnumbered,
        });
        // The title's words with the act they name (`拍卖出让公告`: `拍卖出让`).
        if body[m.span.end..].starts_with("出让") {
            let whole = Span {
                start: m.span.start,
                end: m.span.end + "出让".len(),
            };
            found.push(FoundElement {
                key: "transferMethod".into(),
                label: whole,
                value: Some(whole),
                numbering: Numbering::Unnumbered,
            });
        }
        // The sentence that states the method (`决定以网上挂牌方式出让…`) names it too: its
        // words, and the phrase whole when it ends in the act.
        for s in method_sentence(body) {
            found.push(FoundElement {
                key: "transferMethod".into(),
                label: s,
                value: Some(s),
                numbering: Numbering::Unnumbered,
            });
        }
    }
    // A value that opens with a short label of its own (`核查结果：经核查，…`, `经查明：当事人…`)
    // is also its words after that label, as readers quote a value after its label.
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
    // Candidates written as a block of lines (`第一中标候选人：某公司，投标报价：…，项目负责人：…；`
    // one a line): the facts each gives within it are also the whole block, as a table's are
    // that holds several elements (招标投标法实施条例 Art 54's candidates with their prices).
    if item.element("candidates").is_some()
        && let Some(block) = found
            .iter()
            .filter(|e| e.key == "candidates")
            .filter_map(|e| Some((e.label.start, e.value?)))
            .max_by_key(|(_, v)| v.end - v.start)
    {
        // To the end of the last candidate's line: a ranked block read from the names ends at
        // the last name.
        let line_end = body[block.1.end..]
            .find('\n')
            .map_or(body.len(), |k| block.1.end + k);
        let line_end = block.1.end + body[block.1.end..line_end].trim_end().len();
        let block = (
            block.0,
            Span {
                end: line_end,
                ..block.1
            },
        );
        if line_end > block.1.start
            && !found
                .iter()
                .any(|e| e.key == "candidates" && e.value == Some(block.1))
        {
            found.push(paragraph("candidates", block.0, block.1));
        }
        let within: Vec<FoundElement> = found
            .iter()
            .filter(|e| {
                matches!(
                    e.key.as_str(),
                    "bidDetails" | "projectManager" | "qualificationResponse"
                )
            })
            .filter(|e| e.value.is_some_and(|v| block.1.contains(v) && v != block.1))
            .map(|e| paragraph(&e.key, block.0, block.1))
            .collect();
        found.extend(within);
        // A manager named within each candidate's line and read under no label of its own, in
        // lines of candidates (one candidate's line leaves its manager's label unread).
        if !found.iter().any(|e| e.key == "projectManager")
            && block.1.of(body).is_some_and(|b| {
                b.contains('\n') && (holds(b, "项目负责人") || holds(b, "项目经理"))
            })
        {
            found.push(paragraph("projectManager", block.0, block.1));
        }
    }
    let found_parties = parties_from(body, Some(item), &found, &tabs, &paired, &hs);
    let all_dates = super::dates::dates_in(&chars);
    let mut all_amounts = super::amounts::amounts_in(&chars);
    super::amounts::column_amounts(body, &tabs, &lines, &mut all_amounts);
    let pairs = super::amounts::pairs_in(body, &all_amounts);
    let title_span = title_span(body);

    let mut evidence = Vec::new();
    let mut not_stated_ptrs: Vec<String> = Vec::new();
    let mut say = |path: String, span: Span, label: Option<Span>| {
        let label_text = label
            .and_then(|l| l.of(body))
            .filter(|l| !l.is_empty())
            .map(str::to_owned);
        evidence.push(Evidence {
            path,
            span,
            label,
            label_text,
        });
    };

    // Content: each key's values, the outermost where one holds another.
    let mut content: BTreeMap<String, Vec<Span>> = BTreeMap::new();
    let mut elsewhere: Vec<String> = Vec::new();
    // A decision's or a record's table of several rows (a 双公示 list) states one record a row:
    // its elements are the first row's cells, not each column's rows (what a list element, an
    // allocation's households or a tender's candidates, takes).
    if item.states_sanctions() {
        let cells: Vec<(String, Span)> = found
            .iter()
            .filter(|e| {
                e.value
                    .is_some_and(|v| v.of(body).is_some_and(|t| !t.contains('\n')))
            })
            .map(|e| (e.key.clone(), e.label))
            .collect();
        let header = |l: Span| {
            tabs.iter()
                .any(|t| t.rows.len() > 2 && t.rows[0].line.contains(l))
        };
        found.retain(|e| {
            !(header(e.label)
                && e.value
                    .is_some_and(|v| v.of(body).is_some_and(|t| t.contains('\n')))
                && cells.iter().any(|(k, l)| *k == e.key && *l == e.label))
        });
    }
    // Whether the copy stops short of the notice: searched once, for the values and for
    // whether the notice is complete.
    let cut = cut_short_words(body).next().is_some();
    // Whether the body names an attachment: searched once, for the values that point at one
    // and for whether the notice is complete (a value is the body's words).
    let attachment = body.contains("附件");
    // A copy cut short (`…… 展开全文`) holds the element's start at most, in the record and in
    // the elements read alike.
    if cut {
        for v in found.iter_mut().filter_map(|e| e.value.as_mut()) {
            *v = cut_short(body, *v);
        }
    }
    // The files listed under the attachments' heading, numbered (`十、附件` over
    // `1.主要标的信息表`), hold what they name: elsewhere, not labels over the lines after them.
    // (What the page shows under the heading unnumbered is the attachment itself.)
    if let Some(a) = attachments_heading(body) {
        found.retain(|e| {
            let line = body[lines.line_start(e.label.start)..e.label.end].trim();
            let listed = e.label.start >= a && super::text::numbered_rest(line).len() < line.len();
            if listed {
                elsewhere.push(e.key.clone());
            }
            !listed
        });
    }
    for e in &found {
        let value = e.value.unwrap_or(Span {
            start: e.label.end,
            end: e.label.end,
        });
        let v = value.of(body).unwrap_or("");
        // Emptied by the cut, or a heading with nothing under it in a copy cut short: what it
        // headed is what the copy lost.
        if v.is_empty() && (e.value.is_some() || cut) {
            elsewhere.push(e.key.clone());
            continue;
        }
        // A value that only names a file (`《…合同》.pdf`) points at what the page does not hold.
        let a_file = v.len() <= 180 && names_a_file(v);
        // A value that points at an attachment (`详见附件`, `拐点坐标及面积详见附件1`,
        // `详见附件1《转让资产清单》`): a few words before the pointer at most, stating nothing
        // (`6.2135平方千米，拐点坐标详见附件1` states the area).
        let pointer = || {
            // Every pointer holds `附件` (each of the words does): a value without it, most, is
            // looked at no further.
            if !attachment || !holds(v, "附件") || v.chars().count() > 40 {
                return false;
            }
            // `详见《招标出让文件》（附件2）`: the whole value sends the reader elsewhere.
            v.starts_with("详见")
                || ELSEWHERE
                    .iter()
                    .filter_map(|w| super::text::find(v, w))
                    .min()
                    .is_some_and(|at| {
                        let before = &v[..at];
                        before.chars().count() <= 16
                            && !before.contains(['。', '，', ','])
                            && !before.chars().any(|c| c.is_ascii_digit())
                    })
        };
        // A value masked for the public or until one logs in (`****`, `因****`, what a cut copy
        // keeps of `******（查看完整信息请登录…）`): stated, but not shown.
        let masked = is_mask(v)
            // A cut copy's value whose rest is masked (`2、意向受让方**********`): its start only
            // (a masked identifier ends with its last figures, a masked name with two stars).
            || cut && masked_rest(v)
            // A value a copy left out or shows only to its members (`受让方：（略）`,
            // `转让底价：登录后可见`).
            || matches!(
                v.trim_matches(['（', '）', '(', ')', ' ', '。']),
                "略" | "已略" | "此处略" | "登录后可见" | "登录后查看" | "会员可见" | "注册后可见"
            );
        if !v.is_empty() && (a_file || pointer() || masked) {
            elsewhere.push(e.key.clone());
            continue;
        }
        let spans = content.entry(e.key.clone()).or_default();
        if spans.iter().any(|s| s.contains(value) && !s.is_empty()) {
            continue;
        }
        spans.retain(|s| !value.contains(*s) || value.is_empty());
        spans.push(value);
        say(
            crate::pointer::join("/content", &e.key),
            value,
            Some(e.label),
        );
    }
    // A contract notice publishes the contract as a file (`附件：…合同.pdf`): its text is
    // elsewhere, not missing (政府采购法实施条例 Art 50 asks for the contract, not its copy in
    // the page).
    if item.element("contractText").is_some()
        && !content.contains_key("contractText")
        && attaches_a_contract(body)
    {
        elsewhere.push("contractText".to_owned());
    }
    // A heading that only heads its parts (`采购人信息`) says nothing of its own beside them.
    for spans in content.values_mut() {
        if spans.iter().any(|s| !s.is_empty()) {
            spans.retain(|s| !s.is_empty());
        }
    }
    // Each key's values, a line each (written into one string, not gathered first), the keys
    // taken in their order at once.
    let mut record_content: BTreeMap<String, String> = content
        .iter()
        .map(|(key, spans)| {
            let mut value = String::new();
            for (k, v) in spans.iter().filter_map(|s| s.of(body)).enumerate() {
                if k > 0 {
                    value.push('\n');
                }
                value.push_str(v);
            }
            (key.clone(), value)
        })
        .collect();

    // Complete: signed and dated, or run to the format's closing contacts, and pointing at no
    // attachment. (Each of the words holds `附件`: a body without it holds none of them.)
    let complete = (signed.is_some() || closed)
        && !(attachment && ELSEWHERE.iter().any(|w| body.contains(w)))
        && !cut;
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
            if let Some(span) = super::labels::named_in(body, el.key) {
                unread.push(Spanned {
                    value: el.key.to_owned(),
                    span: shift(span),
                });
                not_stated_ptrs.push(crate::pointer::join("/content", el.key));
                continue;
            }
            // What a notice of its kind is about cannot be missing from it: unread, the reader
            // failed, and the element is not stated rather than absent.
            if WHAT_IT_IS_ABOUT.contains(&el.key) {
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

    // The method, where it is one of the domain's. A land or mining right offered by 公开招标
    // is offered by tender (招标拍卖挂牌出让国有建设用地使用权规定 Art 2); a state property
    // deal whose label names only its bidding (`交易方式：网络竞价`) is the kind of transfer its
    // project's name says (`…100%股权转让`).
    if item.domain() == crate::Domain::Housing {
        names_after_colon(body, &mut found);
    }
    let domain = item.domain();
    let mut method_span = kind.method.as_ref().map(|m| (m.value, m.span));
    if let Some((m @ (crate::Method::OpenTendering | crate::Method::InvitedTendering), _)) =
        &mut method_span
        && matches!(
            domain,
            crate::Domain::LandUseRights | crate::Domain::MiningRights
        )
    {
        *m = crate::Method::Tendering;
    }
    if method_span.is_none_or(|(m, _)| !m.domains().contains(&domain))
        && domain == crate::Domain::StatePropertyRights
        && let Some(m) = super::kind::project_method(body)
    {
        method_span = Some((m.value, m.span));
    }
    // What an enterprise transfers that is no share of itself (`闲置车辆转让`, `设备转让`) is an
    // asset (企业国有资产交易监督管理办法 Art 48: 生产设备、房产…等资产对外转让).
    if method_span.is_none_or(|(m, _)| !m.domains().contains(&domain))
        && domain == crate::Domain::StatePropertyRights
        && let Some(at) = asset_transfer(&body[title_span.range()])
    {
        let span = Span {
            start: title_span.start + at,
            end: title_span.start + at + "转让".len(),
        };
        method_span = Some((crate::Method::EnterpriseAssetTransfer, span));
    }
    // A decision or a record of misconduct names the process the breach was in (`在某股权转让
    // 项目中`), not a method it is held by.
    let method = method_span
        .map(|(m, _)| m)
        .filter(|m| m.domains().contains(&domain) && !item.states_sanctions());
    // An element the method cannot hold is neither absent nor unstated (a capital increase has no
    // seller).
    absent.retain(|k| item.applies(k, method));
    not_stated.retain(|k| item.applies(k, method));
    unread.retain(|k| item.applies(&k.value, method));
    // Nor is a label that names one read as it (a capital increase's `增资方案` is no share
    // sold).
    // Rebuilt rather than `retain`ed, and only when a key goes (seldom): a BTreeMap's removals
    // (its rebalancing) would be in the browser's notice module for this line alone.
    if record_content.keys().any(|k| !item.applies(k, method)) {
        record_content = std::mem::take(&mut record_content)
            .into_iter()
            .filter(|(k, _)| item.applies(k, method))
            .collect();
    }
    found.retain(|e| item.applies(&e.key, method));
    not_stated_ptrs.retain(|p| {
        p.strip_prefix("/content/")
            .is_none_or(|k| item.applies(k, method))
    });
    if let Some((_, span)) = method_span
        && method.is_some()
    {
        say("/method".into(), span, None);
    }
    if let Some(t) = &kind.notice_type {
        say("/item".into(), t.span, None);
    }
    if let Some(d) = &kind.domain {
        say("/domain".into(), d.span, None);
    }
    say("/title".into(), title_span, None);

    // Parties.
    let mut parties = Vec::new();
    for p in &found_parties {
        let Some(name) = p.name.of(body) else {
            continue;
        };
        let i = parties.len();
        say(format!("/parties/{i}/name"), p.name, Some(p.label));
        let credit_code = p.credit_code.and_then(|c| c.of(body)).map(str::to_owned);
        if let Some(c) = p.credit_code {
            say(format!("/parties/{i}/creditCode"), c, Some(p.label));
        }
        parties.push(Party {
            role: p.role,
            name: name.to_owned(),
            credit_code,
            id_number: None,
        });
    }

    // The responsible body.
    let body_span = signed
        .as_ref()
        .and_then(|s| s.bodies.first().copied())
        .map(|s| (s, None))
        .or_else(|| responsible_label(body, &hs));
    let responsible = body_span.and_then(|(s, l)| {
        say("/responsibleBody/name".into(), s, l);
        s.of(body)
    });

    // Dates: publication, formation, events.
    let own_label = published_label(body, lines.break_at(15).unwrap_or(body.len()));
    let from_label = own_label.is_some();
    let published = own_label
        .map(|(d, label)| (d, Some(label)))
        .or_else(|| signed.as_ref().map(|s| (s.date.clone(), None)));
    let published_on = published.map(|(d, label)| {
        say("/publishedOn".into(), d.span, label);
        d.value
    });
    if published_on.is_none() {
        not_stated_ptrs.push("/publishedOn".into());
    }
    let mut events = Events::default();
    let mut relative = Vec::new();
    // A fact the rules need that the item lists no element for (a mining result's 公示期, a
    // single-source publicity's 预算金额) is read from its label all the same.
    // The headings whose labels may be one of the words asked, normalised, with their values:
    // each of the words holds 预算, 公示 or 公告, and only labels that hold one are. Found once a
    // page, for every list of words asked (a publicity's period, a budget), not once a list.
    let may_be_labelled: std::cell::OnceCell<Vec<(std::borrow::Cow<'_, str>, Option<Span>)>> =
        std::cell::OnceCell::new();
    let labelled = |words: &[&str]| -> Vec<Span> {
        may_be_labelled
            .get_or_init(|| {
                hs.iter()
                    .filter_map(|h| {
                        let l = h.label.of(body)?;
                        holds_budget_or_publicity(l).then(|| (super::labels::normal(l), h.value))
                    })
                    .collect()
            })
            .iter()
            .filter(|(l, _)| words.contains(&l.as_ref()))
            .filter_map(|(_, v)| *v)
            .collect()
    };
    let element_dates = |key: &str| -> Vec<(Spanned<DateValue>, Span)> {
        // The content's spans lent, not copied; a key the notice does not state has no dates,
        // and the page's dates are not looked through for it (most keys asked, most pages).
        let fallback;
        let spans: &[Span] = match content.get(key) {
            Some(spans) => spans,
            None if key == "publicityPeriod" => {
                // A record's time on the list (`公告期限：…至…`, 发改法规〔2008〕1531号 Art 9).
                fallback = labelled(&[
                    "公示期",
                    "公示时间",
                    "公示期限",
                    "公示期间",
                    "结果公示期",
                    "公告期限",
                    "公告期",
                ]);
                &fallback
            }
            None => return Vec::new(),
        };
        if spans.is_empty() {
            return Vec::new();
        }
        all_dates
            .iter()
            .filter_map(|d| {
                spans
                    .iter()
                    .find(|s| s.contains(d.span))
                    .map(|_| (d.clone(), label_of(&found, key)))
            })
            .collect()
    };
    let mut event_evidence: Vec<(String, Span, Option<Span>)> = Vec::new();
    // A state property listing's 信息披露期 is its publicity (企业国有资产交易监督管理办法 Art 13).
    for key in ["publicityPeriod", "announcementPeriod", "disclosurePeriod"] {
        for (d, label) in element_dates(key) {
            match d.value {
                DateValue::Range { from, to } => {
                    let l = Some(label);
                    put(
                        &mut events,
                        &mut event_evidence,
                        "publicityStartOn",
                        from,
                        d.span,
                        l,
                    );
                    put(
                        &mut events,
                        &mut event_evidence,
                        "publicityEndOn",
                        to,
                        d.span,
                        l,
                    );
                }
                DateValue::Relative {
                    anchor: Some(ref a),
                    period,
                } if a.ends_with("发布")
                    && events.publicity_end_on.is_none()
                    && relative.is_empty() =>
                {
                    relative.push(RelativeEvent {
                        event: "publicityEndOn".into(),
                        from: Anchor::Published,
                        period,
                        start_day_counts: false,
                    });
                    event_evidence.push(("/relativeEvents/0".into(), d.span, Some(label)));
                }
                _ => {}
            }
        }
    }
    let mut deadlines: Vec<(Spanned<StatedDate>, Span)> = [
        "bidDeadlineAndOpening",
        "bidDeadline",
        "submissionDeadlineAndMethod",
    ]
    .into_iter()
    .filter_map(|key| {
        element_dates(key)
            .into_iter()
            .find_map(|(d, l)| match d.value {
                DateValue::Date(v) => Some((
                    Spanned {
                        value: v,
                        span: d.span,
                    },
                    l,
                )),
                _ => None,
            })
    })
    .collect();
    // A correction tells the deadline in a sentence of its changes (`投标截止时间及开标时间不变，
    // 仍为2025年4月23日9时00分`, `…由5月20日调整为6月10日`): the sentence's last date, the one
    // in force.
    if deadlines.is_empty()
        && events.bid_deadline.is_none()
        && matches!(
            item,
            ItemKind::ProcurementCorrection | ItemKind::BiddingCorrection
        )
        && needed_events(item).contains(&"bidDeadline")
    {
        deadlines.extend(deadline_in_prose(body, &all_dates));
    }
    // A call for prequalification (资格预审公告) closes applications, not bids: its deadline is
    // the one 招标投标法实施条例 Art 17 counts to.
    let deadline = if item == ItemKind::BiddingAnnouncement
        && kind
            .notice_type
            .as_ref()
            .is_some_and(|t| holds(&body[t.span.range()], "资格预审"))
    {
        "applicationDeadline"
    } else {
        "bidDeadline"
    };
    for (d, label) in deadlines {
        // A deadline said to be the applications' (`资格预审申请文件提交截止时间：…`) closes them,
        // whatever the notice's title: a procurement's invited tender calls for prequalification
        // too (财政部令第87号 Art 14), and 政府采购法 Art 35's twenty days run to the bids.
        let line_start = body[..d.span.start].rfind('\n').map_or(0, |i| i + 1);
        let closes_applications = [&body[label.range()], &body[line_start..d.span.start]]
            .iter()
            .any(|w| holds(w, "资格预审") || holds(w, "申请文件") && !holds(w, "投标文件"));
        put(
            &mut events,
            &mut event_evidence,
            if closes_applications {
                "applicationDeadline"
            } else {
                deadline
            },
            d.value,
            d.span,
            Some(label),
        );
    }
    for (key, first, last) in [
        (
            "documentsObtaining",
            "documentsIssuedOn",
            "documentsOfferEndOn",
        ),
        ("timeAndPlace", "activityStartOn", "activityEndOn"),
    ] {
        if let Some((d, label)) = element_dates(key)
            .into_iter()
            .find(|(d, _)| matches!(d.value, DateValue::Range { .. }))
            && let DateValue::Range { from, to } = d.value
        {
            put(
                &mut events,
                &mut event_evidence,
                first,
                from,
                d.span,
                Some(label),
            );
            put(
                &mut events,
                &mut event_evidence,
                last,
                to,
                d.span,
                Some(label),
            );
        }
    }
    // An auction or a tender's opening has one time, not a range (`拍卖时间和地点：2025年6月3日
    // 上午9时30分，…`): the activity starts then (招拍挂规定 and 矿业权出让交易规则 count
    // the notice's days to it).
    if events.activity_start_on.is_none()
        && let Some((d, label)) = element_dates("timeAndPlace").into_iter().next()
        && let DateValue::Date(v) = d.value
    {
        put(
            &mut events,
            &mut event_evidence,
            "activityStartOn",
            v,
            d.span,
            Some(label),
        );
    }
    let mut formed_on = None;
    if item.is_penalty_decision() {
        let decided = element_dates("decisionDate")
            .into_iter()
            .find_map(|(d, l)| match d.value {
                DateValue::Date(v) => Some((v, d.span, Some(l))),
                _ => None,
            })
            .or_else(|| signed.as_ref().map(|s| (s.date.value, s.date.span, None)));
        if let Some((date, span, label)) = decided {
            put(
                &mut events,
                &mut event_evidence,
                "decisionOn",
                date,
                span,
                label,
            );
            formed_on = Some(date);
            say("/formedOn".into(), span, label);
        }
    }
    for (path, span, label) in event_evidence {
        say(path, span, label);
    }
    if formed_on.is_none() {
        not_stated_ptrs.push("/formedOn".into());
    }
    for event in needed_events(item) {
        let mut probe = events.clone();
        let stated = probe.slot_mut(event).is_some_and(|d| d.is_some());
        let relative_given = relative.iter().any(|r| r.event == *event);
        if !stated && !relative_given {
            not_stated_ptrs.push(format!("/events/{event}"));
        }
    }

    // Amounts.
    let mut record_amounts = Amounts::default();
    for (keys, field, path) in [
        (&["budgetAmount"][..], 0, "/amounts/budget"),
        (&["maximumPrice"][..], 1, "/amounts/maximumPrice"),
        (
            &["awardAmount", "dealPrice", "contractAmount", "price"][..],
            2,
            "/amounts/contract",
        ),
    ] {
        let amount = keys.iter().find_map(|k| {
            let fallback;
            let spans = match content.get(*k) {
                Some(spans) => spans,
                None if *k == "budgetAmount" => {
                    fallback = labelled(&[
                        "预算金额",
                        "采购预算",
                        "项目预算",
                        "预算",
                        "采购预算金额",
                        // The 50号 单一来源公示's own words.
                        "拟采购的货物或服务的预算金额",
                    ]);
                    &fallback
                }
                None => return None,
            };
            let inside: Vec<&Spanned<Amount>> = all_amounts
                .iter()
                .filter(|a| spans.iter().any(|s| s.contains(a.span)))
                .collect();
            inside
                .iter()
                .find(|a| a.value.form != AmountForm::Words)
                .or(inside.first())
                .map(|a| (*a, *k))
        });
        if let Some((a, k)) = amount {
            say(path.into(), a.span, Some(label_of(&found, k)));
            let slot = match field {
                0 => &mut record_amounts.budget,
                1 => &mut record_amounts.maximum_price,
                _ => &mut record_amounts.contract,
            };
            *slot = Some(a.value.value);
        }
    }

    // Channels, from the address. The channel a page was fetched from is not every channel it
    // was published on: the list is given in part.
    let channels: Vec<Channel> = source
        .url
        .as_deref()
        .and_then(channel_of)
        .into_iter()
        .collect();
    not_stated_ptrs.push("/channels".into());
    not_stated_ptrs.sort();
    not_stated_ptrs.dedup();

    let record = DisclosureRecord {
        id: source.url.clone().unwrap_or_else(|| "notice".to_owned()),
        amends: None,
        domain: item.domain(),
        item,
        method,
        method_name: None,
        title: title_span.of(body).unwrap_or("").to_owned(),
        responsible_body: ResponsibleBody {
            name: responsible.unwrap_or("").to_owned(),
            credit_code: None,
        },
        formed_on,
        changed_on: None,
        published_on,
        status: Status::Published,
        channels,
        content: record_content,
        parties,
        sanction: None,
        amounts: record_amounts,
        events,
        exemption: None,
        pauses: Vec::new(),
        relative_events: relative,
        not_stated: not_stated_ptrs,
    };
    evidence.retain(|e| {
        e.path
            .strip_prefix("/content/")
            .is_none_or(|k| item.applies(k, method))
    });
    // The evidence of the heading's empty text goes with it.
    evidence.retain(|e| {
        !e.span.is_empty()
            || !e.path.starts_with("/content/")
            || content
                .get(&e.path["/content/".len()..])
                .is_none_or(|spans| spans.iter().all(|s| s.is_empty()))
    });
    let reading = NoticeReading {
        classification: kind,
        record,
        evidence,
        absent,
        not_stated,
        unread,
        complete,
        elements: found,
        dates: all_dates,
        amounts: all_amounts,
        amount_pairs: pairs,
        parties: found_parties,
        signature: signed,
        html: false,
        text: String::new(),
        text_spans: InText::default(),
        page: None,
    };
    let mut numbered: Vec<Span> = hs
        .iter()
        .filter(|h| h.numbering != Numbering::Unnumbered)
        .map(|h| shift(h.label))
        .collect();
    // A notice written to a format without its numbers (`项目基本情况`, `项目终止的原因` on lines
    // of their own): those lines are its headings.
    if !hs.iter().any(|h| h.numbering.level() == 1) {
        let title_end = body.find('\n').unwrap_or(body.len());
        numbered.extend(
            above
                .iter()
                .copied()
                .filter(|l| l.start > title_end)
                .filter(|l| {
                    let t = l.of(body).unwrap_or("");
                    t.chars().count() <= 40 && !t.contains(['：', ':'])
                })
                .map(shift),
        );
        numbered.sort_by_key(|s| s.start);
    }
    // Spans of `body` are spans of `text` moved by `start`.
    let mut reading = reading.mapped(shift, false);
    reading.text = text.to_owned();
    reading.text_spans = InText {
        elements: reading.elements.clone(),
        amount_pairs: reading.amount_pairs.clone(),
        parties: reading.parties.clone(),
        signature: reading.signature.clone(),
        dates: reading.dates.clone(),
        amounts: reading.amounts.clone(),
        title: shift(title_span),
        numbered,
    };
    // The end of the page's first fifteen lines above the title, where a portal states its line
    // of facts (the lines themselves are not needed).
    let page_head = fifteen_lines_end(&text[..start]);
    // A page's own 发布时间 above the title (the portal's line of facts over the notice) is the
    // day it was published, and a date the page states.
    if !from_label
        && start > 0
        && let Some((d, label)) = published_label(&text[..start], page_head)
    {
        reading.record.published_on = Some(d.value);
        let label_text = Some(text[label.range()].to_owned());
        match reading
            .evidence
            .iter_mut()
            .find(|e| e.path == "/publishedOn")
        {
            Some(e) => {
                e.span = d.span;
                e.label = Some(label);
                e.label_text = label_text;
            }
            None => reading.evidence.push(Evidence {
                path: "/publishedOn".into(),
                span: d.span,
                label: Some(label),
                label_text,
            }),
        }
        reading.record.not_stated.retain(|p| p != "/publishedOn");
        reading.add_page_date(d);
    }
    // The same line of facts may give the day the document was made (`成文日期`): the day it
    // was formed, which 政府信息公开条例 Art 26's twenty working days count from.
    if start > 0
        && let Some((d, label)) = labelled_date(&text[..start], page_head, FORMED_LABELS)
    {
        if reading.record.formed_on.is_none() {
            reading.record.formed_on = Some(d.value);
            reading.evidence.push(Evidence {
                path: "/formedOn".into(),
                span: d.span,
                label: Some(label),
                label_text: Some(text[label.range()].to_owned()),
            });
            reading.record.not_stated.retain(|p| p != "/formedOn");
        }
        // A date the page states, whichever day the record takes as formed; so is each other
        // (`生成日期` beside `成文日期`).
        if !reading.dates.iter().any(|x| x.span == d.span) {
            reading.add_page_date(d);
        }
        for other in FORMED_LABELS {
            if let Some((d, _)) = labelled_date(&text[..start], page_head, &[other])
                && !reading.dates.iter().any(|x| x.span == d.span)
            {
                reading.add_page_date(d);
            }
        }
    }
    // A copy's byline (`原创 某市财政局 2025年09月16日 17:42 湖南`, `2025-07-21 18:05 发表于贵州`):
    // the time the copy was posted, a date the page states; not the notice's publication.
    if start > 0
        && let Some(d) = byline_date(&text[..start], page_head)
        && !reading.dates.iter().any(|x| x.span == d.span)
    {
        reading.add_page_date(d);
    }
    // A portal's time it last updated the page (`更新时间：…`) is a date the page states, but
    // not when the notice was published.
    if start > 0
        && let Some((d, _)) = labelled_date(&text[..start], page_head, &["更新时间", "更新日期"])
        && !reading.dates.iter().any(|x| x.span == d.span)
    {
        reading.add_page_date(d);
    }
    // A government site's line of facts gives the document's number and name (`文号：…`,
    // `政策名称：…`): elements of a policy or a decision the body may not repeat.
    if start > 0 {
        head_elements(&mut reading, text, start, item);
    }
    // The same line of facts may name the method (`招标方式：公开招标`) the notice does not.
    if reading.record.method.is_none()
        && start > 0
        && !item.states_sanctions()
        && let Some(m) = super::kind::labelled_method(&text[..start])
        && m.value.domains().contains(&reading.record.domain)
    {
        reading.record.method = Some(m.value);
        reading.evidence.push(Evidence {
            path: "/method".into(),
            span: m.span,
            label: None,
            label_text: None,
        });
    }
    Ok(reading)
}

/// The keys a page's line of facts above the title may give: a document's number and name.
const HEAD_KEYS: &[&str] = &["documentNumber", "decisionNumber", "policyName"];

/// Adds to `reading` the [`HEAD_KEYS`] elements the lines of `text` above the title (which
/// starts at `start`) give and the notice does not.
fn head_elements(reading: &mut NoticeReading, text: &str, start: usize, item: ItemKind) {
    let head = &text[..start];
    // A document's red header puts its 文号 above its title (`某市住房局文件` over
    // `某住规〔2025〕3号`).
    if let Some(key) = ["documentNumber", "decisionNumber"]
        .into_iter()
        .find(|k| item.element(k).is_some() && !reading.record.content.contains_key(*k))
        && let Some(n) = lines_inclusive(head)
            .scan(0, |at, line| {
                let from = *at;
                *at += line.len();
                Some((from, line))
            })
            .find_map(|(from, line)| {
                document_number(line).map(|s| Span {
                    start: from + s.start,
                    end: from + s.end,
                })
            })
    {
        let e = FoundElement {
            key: key.to_owned(),
            label: Span {
                start: n.start,
                end: n.start,
            },
            value: Some(n),
            numbering: Numbering::Unnumbered,
        };
        reading.add_page_element(e, text);
    }
    // Most items have none of the keys, and most pages' heads are chrome: read the head's
    // labels only for a key the item has and the body did not give.
    let wanted = HEAD_KEYS
        .iter()
        .any(|k| item.element(k).is_some() && !reading.record.content.contains_key(*k));
    if !wanted || !head.contains(['：', ':']) {
        return;
    }
    // The line of facts is often a table (`文号⇥某罚〔2025〕4号⇥主题分类⇥…`): its pairs too.
    let hs = with_tables(
        head,
        super::headings::headings(head),
        &tables(head),
        national(),
    );
    let found = super::elements::elements_in(head, &hs, national(), Some(item), &[]);
    for e in found {
        if e.value.is_some_and(|v| !v.is_empty())
            && HEAD_KEYS.contains(&e.key.as_str())
            && !reading.record.content.contains_key(&e.key)
        {
            reading.add_page_element(e, text);
        }
    }
}

impl NoticeReading {
    /// Adds an element read above the title, in `text` (the page's words): its value to the
    /// record, its evidence (with its label, if it has one), and it leaves the absent and unstated
    /// lists.
    fn add_page_element(&mut self, e: FoundElement, text: &str) {
        let Some(value) = e.value else { return };
        let Some(v) = value.of(text) else { return };
        self.record.content.insert(e.key.clone(), v.to_owned());
        let path = crate::pointer::join("/content", &e.key);
        let label = (!e.label.is_empty()).then_some(e.label);
        self.evidence.push(Evidence {
            path: path.clone(),
            span: value,
            label,
            label_text: label.and_then(|l| l.of(text)).map(str::to_owned),
        });
        self.absent.retain(|k| *k != e.key);
        self.not_stated.retain(|k| *k != e.key);
        self.unread.retain(|k| k.value != e.key);
        self.record.not_stated.retain(|p| *p != path);
        self.text_spans.elements.insert(0, e.clone());
        self.elements.insert(0, e);
    }

    /// Adds a date the page states above the title, in its place among the dates read.
    fn add_page_date(&mut self, d: Spanned<StatedDate>) {
        let date = Spanned {
            value: DateValue::Date(d.value),
            span: d.span,
        };
        let at = self.dates.partition_point(|x| x.span.start < d.span.start);
        self.dates.insert(at, date.clone());
        let at = self
            .text_spans
            .dates
            .partition_point(|x| x.span.start < d.span.start);
        self.text_spans.dates.insert(at, date);
    }
}

/// The byte where the notice's title line starts: of the first thirty lines, those that name a
/// notice's type and are no `label：value` line or breadcrumb; the first, unless it is a bare
/// type (`结果公告`, a menu's link) or the page's `<title>` with the site's name after it
/// (`…公告 - 某某交易网`) and another follows within four lines; else the first line.
fn title_line(text: &str) -> usize {
    let mut at = 0;
    // The first candidate, while it may yet give way: its start and the lines left to it.
    let mut pending: Option<(usize, usize)> = None;
    // A site's menu listed a line an item (`首页` over `产权转让` over `增资扩股`): no title.
    let (menu_from, menu_to) = super::kind::listed_menu_in(text, 31).unwrap_or((usize::MAX, 0));
    for (k, line) in lines_inclusive(text).take(30).enumerate() {
        if (menu_from..menu_to).contains(&k) {
            at += line.len();
            continue;
        }
        let rest = line.trim_start();
        let mut t = rest.trim_end();
        // A page's line of facts that gives the title (`名称：关于…的公告`): the title after it.
        let mut lead = line.len() - rest.len();
        // (`标　　题：`: the label spaced out to the width of others.)
        if let Some((label, rest)) = t.split_once('：')
            && label.chars().count() <= 8
            && ["名称", "标题", "公告标题", "公告名称"].iter().any(|w| {
                // The label without its spaces, compared a character at a time (not copied).
                label
                    .chars()
                    .filter(|c| !matches!(c, ' ' | '\u{3000}'))
                    .eq(w.chars())
            })
        {
            lead += t.len() - rest.trim_start().len();
            t = rest.trim();
        }
        if let Some((start, left)) = pending.as_mut() {
            if !t.is_empty() {
                if *left == 0 {
                    return *start;
                }
                *left -= 1;
            }
        }
        if !t.is_empty()
            && may_be_title(t)
            // A sentence (`现将配售结果予以公告，…详见附件。`) is no title, nor one that opens
            // by citing a rule (`根据《某市公共租赁住房管理办法》，经…`), broken or not.
            && !t.ends_with(['。', '；', ';'])
            && !opens_citing(t)
            && !holds(t, " / ")
            // A table's row (`转让底价\t9,316.50万元`): its cells, not a title.
            && !t.contains('\t')
            // A numbered section's heading (`二、处理决定`): the notice's part, not its name.
            && super::text::numbered_rest(t).len() == t.len()
            // A menu's or the site's banner's words (`首页 供地计划 出让公告`,
            // `…网 财政部唯一指定…发布媒体`, `…平台 登录`).
            && !["首页", "登录", "唯一指定", "版权所有", "主办单位"]
                .iter()
                .any(|w| holds(t, w))
            && (super::kind::names_a_type(t) || spaced_type(t))
        {
            let start = at + lead;
            let weak = super::kind::is_bare_type(t) || site_title(t);
            match pending {
                Some(_) if weak => {}
                _ if !weak => return start,
                Some(_) => {}
                None => pending = Some((start, 4)),
            }
        }
        at += line.len();
    }
    pending.map_or_else(
        || (text.len() - text.trim_start().len()).min(text.len()),
        |(s, _)| s,
    )
}

/// True when a line opens a sentence by citing a rule (`根据《某市公共租赁住房管理办法》，经…`).
fn opens_citing(t: &str) -> bool {
    t.starts_with(['根', '依', '按']) && t.contains('《') && t.contains('，')
}

/// True when `t` is a title spaced out a character at a time (`行 政 处 罚 决 定 书`) that names
/// a notice's type.
fn spaced_type(t: &str) -> bool {
    super::kind::spaced_out(t)
        && super::kind::names_a_type(&t.split_whitespace().collect::<String>())
}

/// A line of at most 80 characters without a colon, a breadcrumb's arrow (`首页 > 住房保障 >
/// 配租程序` names where a page is, not what) or a menu's bars (`首页 | 采购公告 | 结果公告`):
/// in one pass over its characters, the test most lines fail.
fn may_be_title(t: &str) -> bool {
    let (mut chars, mut bars) = (0, 0);
    for c in t.chars() {
        chars += 1;
        match c {
            '：' | ':' | '>' | '＞' | '»' | '›' => return false,
            '|' | '｜' => bars += 1,
            _ => {}
        }
    }
    chars <= 80 && bars < 2
}

/// A page's `<title>`: the notice's name, then the site's (`…挂牌出让公告-某市公共资源交易网`).
fn site_title(t: &str) -> bool {
    let Some(at) = t.rfind(['-', '_', '|', '｜', '—']) else {
        return false;
    };
    let site = t[at..]
        .trim_start_matches(['-', '_', '|', '｜', '—', ' '])
        .trim();
    [
        "网",
        "中心",
        "所",
        "局",
        "厅",
        "委",
        "委员会",
        "平台",
        "系统",
        "政府",
        "门户",
        "网站",
    ]
    .iter()
    .any(|w| site.ends_with(w))
}

/// The span of the first line that is not blank, trimmed.
fn title_span(body: &str) -> Span {
    let line = body.split('\n').next().unwrap_or("");
    let lead = line.len() - line.trim_start().len();
    Span {
        start: lead,
        end: lead + line.trim().len(),
    }
}

/// The label of the first element `key` found.
fn label_of(found: &[FoundElement], key: &str) -> Span {
    found
        .iter()
        .find(|e| e.key == key)
        .map_or(Span { start: 0, end: 0 }, |e| e.label)
}

/// The labels that name the body responsible for a notice when it is not signed.
const RESPONSIBLE_LABELS: &[&str] = &[
    "采购人",
    "采购单位",
    "招标人",
    "出让人",
    "转让方",
    "出租方",
    "处罚机关",
    "作出处罚决定的机关",
];

/// The body a label names (`采购人：…`, or `名称：…` under `采购人信息`): its name's span and the
/// label's.
fn responsible_label(body: &str, hs: &[Heading]) -> Option<(Span, Option<Span>)> {
    let mut under_purchaser = false;
    for h in hs {
        let label = super::labels::normal(h.label.of(body)?);
        if h.numbering != super::headings::Numbering::Unnumbered {
            under_purchaser = label.starts_with("采购人信息");
        }
        let names =
            RESPONSIBLE_LABELS.iter().any(|l| label == *l) || (under_purchaser && label == "名称");
        if names
            && let Some(v) = h.value
            && let Some(name) = first_name(body, v)
        {
            return Some((name, Some(h.label)));
        }
    }
    None
}

/// The first line of `v`, trimmed, up to a bracket or comma.
fn first_name(body: &str, v: Span) -> Option<Span> {
    let s = v.of(body)?;
    let line = s.split(['\n', '\t', '（', '(', '，', ',', '；']).next()?;
    let t = line.trim();
    let lead = line.len() - line.trim_start().len();
    (!t.is_empty() && t.chars().count() <= 60).then_some(Span {
        start: v.start + lead,
        end: v.start + lead + t.len(),
    })
}

/// The labels of a page's own publication date.
const PUBLISHED_LABELS: &[&str] = &[
    "发布时间",
    "发布日期",
    "发稿时间",
    "信息时间",
    "公开日期",
    "发布于",
    "发布：",
];

/// The labels a government site's line of facts gives the day a document was made with (the
/// 政府信息公开 catalogue's 成文日期, 生成日期): the day it was formed.
const FORMED_LABELS: &[&str] = &["成文日期", "发文日期", "生成日期"];

/// The publication date a page's own line gives, in its first fifteen lines (which end at
/// `limit`): the date and the label's span.
fn published_label(body: &str, limit: usize) -> Option<(Spanned<StatedDate>, Span)> {
    labelled_date(body, limit, PUBLISHED_LABELS)
}

/// Where the first fifteen lines of `text` end: the byte of its sixteenth line break (what
/// [`Lines::break_at`]`(15)` gives), or its end.
fn fifteen_lines_end(text: &str) -> usize {
    let b = text.as_bytes();
    let mut at = 0;
    for _ in 0..15 {
        match super::text::find_byte(b, at, b'\n') {
            Some(i) => at = i + 1,
            None => return text.len(),
        }
    }
    super::text::find_byte(b, at, b'\n').unwrap_or(text.len())
}

/// The date after the first of `labels` in the first fifteen lines of `body` (which end at
/// `limit`): the date and the label's span.
fn labelled_date(body: &str, limit: usize, labels: &[&str]) -> Option<(Spanned<StatedDate>, Span)> {
    for w in labels {
        // Not another notice's date (`原招标公告发布日期：…`, a correction's line about the
        // notice it corrects).
        let another = |at: usize| {
            let line_start = body[..at].rfind('\n').map_or(0, |i| i + 1);
            let label = &body[line_start..at];
            let label = label
                .rsplit(['\t', '　', ' ', '：', ':'])
                .next()
                .unwrap_or(label);
            // `原文发布时间` is the original's own page: the notice's date still.
            label
                .find('原')
                .is_some_and(|i| holds(&label[i..], "公告") || holds(&label[i..], "公示"))
                // Nor a date planned (`预计招标公告发布时间：2025年3月`, a tender plan's).
                || ["预计", "计划", "拟"].iter().any(|w| holds(label, w))
        };
        // Most heads hold none of the words: looked for by `find`, which tests for them first.
        let head = &body[..limit];
        let mut from = 0;
        let at = loop {
            match super::text::find(&head[from..], w) {
                Some(i) if another(from + i) => from += i + w.len(),
                Some(i) => break Some(from + i),
                None => break None,
            }
        };
        let Some(at) = at else {
            continue;
        };
        let line_end = body[at..].find('\n').map_or(body.len(), |e| at + e);
        let after = at + w.len();
        let found = dates(&body[after..line_end]);
        if let Some(d) = found.first()
            && let DateValue::Date(v) = d.value
        {
            let span = Span {
                start: after + d.span.start,
                end: after + d.span.end,
            };
            return Some((
                Spanned { value: v, span },
                Span {
                    start: at,
                    end: after,
                },
            ));
        }
    }
    None
}

/// The date and time of a copy's byline above the title, in its first fifteen lines (which end
/// at `limit`): a short line without a label that states one date with its time of day.
fn byline_date(head: &str, limit: usize) -> Option<Spanned<StatedDate>> {
    let mut at = 0;
    for line in head[..limit].split_inclusive('\n') {
        let from = at;
        at += line.len();
        let t = line.trim_end();
        // A time of day in figures (`17:42`) first: most lines of a page's head have none.
        if t.is_empty() || !t.contains(':') || !has_clock(t) || t.chars().count() > 40 {
            continue;
        }
        let found = dates(t);
        if let [d] = &found[..]
            && let DateValue::Date(v) = d.value
            && v.time().is_some()
        {
            return Some(Spanned {
                value: v,
                span: Span {
                    start: from + d.span.start,
                    end: from + d.span.end,
                },
            });
        }
    }
    None
}

/// Whether a line's only colons are a clock's (`17:42`): a digit on each side.
fn has_clock(t: &str) -> bool {
    let b = t.as_bytes();
    t.match_indices([':', '：']).all(|(i, c)| {
        c == ":"
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
    })
}

/// The channel a page's address shows.
fn channel_of(url: &str) -> Option<Channel> {
    let host = url.split("//").nth(1).unwrap_or(url).split('/').next()?;
    let host = host.to_ascii_lowercase();
    Some(if host.contains("ccgp") {
        Channel::Ccgp
    } else if host.contains("ggzy") || host.contains("jyzx") || host.contains("ggzyjy") {
        Channel::TradingPlatform
    } else if host.contains("creditchina") {
        Channel::CreditChina
    } else if host.ends_with(".gov.cn") {
        Channel::GovernmentWebsite
    } else {
        return None;
    })
}

/// The events the national rules' time limits count from or to, for `item`.
fn needed_events(item: ItemKind) -> &'static [&'static str] {
    use std::sync::OnceLock;
    static NEEDED: OnceLock<Vec<(ItemKind, Vec<&'static str>)>> = OnceLock::new();
    let all = NEEDED.get_or_init(|| {
        let rules = crate::RuleSet::national();
        // An event's pointer is the same in every record; any record names it.
        let any = DisclosureRecord::from_json(
            r#"{"id":"","domain":"housing","item":"housingAllocationPolicy","title":"",
                "responsibleBody":{"name":""},"formedOn":"2024-01-01","status":"draft"}"#,
        )
        .expect("a minimal record reads");
        ItemKind::all()
            .map(|i| {
                let mut events: Vec<&'static str> = Vec::new();
                for r in rules.for_item(i) {
                    if let crate::Check::Deadline(d) = &r.check {
                        for a in [d.anchor, d.target] {
                            let path = a.path(&any);
                            if let Some(e) = path.strip_prefix("/events/")
                                && !events.contains(&e)
                            {
                                events.push(e);
                            }
                        }
                    }
                }
                (i, events)
            })
            .collect()
    });
    all.iter()
        .find(|(i, _)| *i == item)
        .map_or(&[], |(_, e)| e.as_slice())
}

impl NoticeReading {
    /// The same reading with every span moved by `f`; `html` says the input was a page.
    fn mapped(mut self, mut f: impl FnMut(Span) -> Span, html: bool) -> NoticeReading {
        let k = &mut self.classification;
        if let Some(t) = k.notice_type.as_mut() {
            t.span = f(t.span);
        }
        if let Some(d) = k.domain.as_mut() {
            d.span = f(d.span);
        }
        if let Some(m) = k.method.as_mut() {
            m.span = f(m.span);
        }
        for e in &mut self.evidence {
            e.span = f(e.span);
            e.label = e.label.map(&mut f);
        }
        for e in &mut self.elements {
            e.label = f(e.label);
            e.value = e.value.map(&mut f);
        }
        for d in &mut self.dates {
            d.span = f(d.span);
        }
        for u in &mut self.unread {
            u.span = f(u.span);
        }
        for a in &mut self.amounts {
            a.span = f(a.span);
        }
        for p in &mut self.amount_pairs {
            p.words.span = f(p.words.span);
            p.figures.span = f(p.figures.span);
        }
        for p in &mut self.parties {
            p.name = f(p.name);
            p.label = f(p.label);
            p.credit_code = p.credit_code.map(&mut f);
        }
        if let Some(s) = self.signature.as_mut() {
            s.date.span = f(s.date.span);
            for b in &mut s.bodies {
                *b = f(*b);
            }
        }
        self.html |= html;
        self
    }
}

/// Sets the event `name` to `date` unless it is set, with its evidence.
fn put(
    events: &mut Events,
    evidence: &mut Vec<(String, Span, Option<Span>)>,
    name: &str,
    date: StatedDate,
    span: Span,
    label: Option<Span>,
) {
    if let Some(slot) = events.slot_mut(name)
        && slot.is_none()
    {
        *slot = Some(date);
        evidence.push((format!("/events/{name}"), span, label));
    }
}

/// Ends every element's text before the 落款: the last heading's lines stop where the signature
/// starts.
fn clip_at_signature(body: &str, found: &mut [FoundElement], sig: &Signature) {
    let first = sig.bodies.first().map_or(sig.date.span.start, |b| b.start);
    // The start of the signature's first line.
    let line_start = body[..first].rfind('\n').map_or(0, |i| i + 1);
    // The line the date stands on.
    let date_line = body[..sig.date.span.start].rfind('\n').map_or(0, |i| i + 1);
    for e in found.iter_mut() {
        if let Some(v) = e.value.as_mut() {
            if v.start < line_start && v.end > line_start {
                v.end = body[..line_start].trim_end().len().max(v.start);
            } else if v.start >= line_start && v.start < date_line && v.end > date_line {
                // A section whose value is the 落款's body (`六、作出处罚决定的机关` over the
                // signing authority): the body, not the date under it.
                v.end = body[..date_line].trim_end().len().max(v.start);
            }
        }
    }
}

/// A line that names the notice's attachments (`附件：终止说明.pdf`) under a section ends it: the
/// attachments are the notice's, not the section's (the contacts above them, say). A value that
/// opens with such a line is a list of them and keeps them all.
fn clip_at_attachments(body: &str, found: &mut Vec<FoundElement>) {
    // The attachments' list (`附件：1.宗地界址图` over `2.规划设计条件`) names files, not the
    // sections its items' words may also name.
    let mut lists: Vec<Span> = Vec::new();
    // Each `\n附件` in turn, as `match_indices` gives them; looked for by `find`, which tests
    // for the word first (most bodies hold none).
    let mut from = 0;
    let mut any = false;
    while let Some(i) = super::text::find(&body[from..], "\n附件") {
        any = true;
        let at = from + i;
        from = at + "\n附件".len();
        let start = at + 1;
        let first_end = body[start..].find('\n').map_or(body.len(), |e| start + e);
        let first = &body[start..first_end];
        if !first.contains(['：', ':']) || first.chars().count() > 60 {
            continue;
        }
        // Its items: the short lines under it, indented or numbered, no labels.
        let mut end = first_end;
        for line in body[first_end..].split_inclusive('\n').skip(1) {
            let t = line.trim_end();
            let item = t.chars().count() <= 40
                && !t.contains(['：', ':'])
                && t.starts_with(|c: char| c.is_whitespace() || c.is_ascii_digit())
                && !t.trim().is_empty();
            if !item {
                break;
            }
            end += line.len();
        }
        lists.push(Span { start, end });
    }
    if !lists.is_empty() {
        found.retain(|e| {
            !lists
                .iter()
                .any(|l| l.contains(e.label) && e.label.start > l.start)
        });
    }
    // A value is the body's words: a body without the line holds no value with it.
    if !any {
        return;
    }
    for e in found.iter_mut() {
        let Some(v) = e.value.as_mut() else { continue };
        let Some(value) = v.of(body) else { continue };
        if value.starts_with("附件") {
            continue;
        }
        if let Some(at) = super::text::find(value, "\n附件") {
            v.end = v.start + value[..at].trim_end().len();
        }
    }
}

/// A housing notice's list as a table no heading or label names (`现将审核结果公示如下：` over
/// `序号 申请人 身份证号 …`): the list the item holds, where no section gave it. A table that
/// gives each household's review (`初审意见`, `复核结果`) is the review's result too.
fn unheaded_list(body: &str, item: ItemKind, tabs: &[Table], found: &mut Vec<FoundElement>) {
    let Some(key) = [
        "applicantList",
        "allotteeList",
        "rankingList",
        "plannedProjects",
    ]
    .into_iter()
    .find(|k| item.element(k).is_some()) else {
        return;
    };
    // The list a section gave, when it is a table; else a table no element holds.
    let given: Vec<Span> = found
        .iter()
        .filter(|e| e.key == key)
        .filter_map(|e| e.value)
        .collect();
    // A column of each household's review (`复核结论`) holds the list's table as the result:
    // the table is still the list's.
    let held: Vec<Span> = found
        .iter()
        .filter(|e| e.key != "reviewResult")
        .filter_map(|e| e.value)
        .collect();
    let listed = |t: &&Table| t.rows.len() >= 2 && t.rows[0].cells.len() >= 3;
    let t = if given.is_empty() {
        tabs.iter().filter(listed).find(|t| {
            !held
                .iter()
                .any(|h| h.contains(t.span()) || t.span().contains(*h))
        })
    } else {
        tabs.iter()
            .filter(listed)
            .find(|t| given.iter().any(|g| g.contains(t.span())))
    };
    let Some(t) = t else {
        return;
    };
    let span = t.span();
    if given.is_empty() {
        found.push(paragraph(key, span.start, span));
    }
    let reviews = t.rows[0].cells.iter().any(|c| {
        let h = c.of(body).unwrap_or("");
        [
            "意见",
            "审核结果",
            "复核结果",
            "初审结果",
            "复审结果",
            "年审结论",
            "复核结论",
        ]
        .iter()
        .any(|w| holds(h, w))
    });
    if reviews
        && item.element("reviewResult").is_some()
        && !found.iter().any(|e| e.key == "reviewResult")
    {
        found.push(paragraph("reviewResult", span.start, span));
    }
    found.sort_by_key(|e| e.label.start);
}

/// An allocation's households as numbered lines (`1.何*平，家庭人口3人，配租某苑3栋1204号；`,
/// `（二）衣*，配租…`) or on one line apart by semicolons: the lines are the allottees and the
/// homes assigned them, where no section or table gave those; a review's (`1、段丽华，家庭成员
/// 2人，…`) are its applicants.
fn household_lines(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, above: &[Span]) {
    // What a line tells of its household: the home an allocation gives it, or what a review
    // weighed (`家庭成员2人`, `所在社区`, `原因：…`).
    // A household's identity number beside its name (`邵长林（身份证号：…）`) marks it in either.
    let (words, keys): (&[&str], &[&str]) = if item == ItemKind::HousingAllocationResult {
        (
            &["配租", "配售", "选定", "安置", "房", "身份证", "单元", "室"],
            &["allotteeList", "housingAssigned"],
        )
    } else {
        (
            &[
                "家庭",
                "人口",
                "成员",
                "申请",
                "社区",
                "原因",
                "承租",
                "身份证",
            ],
            &["applicantList"],
        )
    };
    let names_one =
        |t: &str| super::parties::household_name(t).is_some() && words.iter().any(|w| holds(t, w));
    let household = |l: &Span| {
        let t = l.of(body).unwrap_or("");
        let rest = super::text::numbered_rest(t);
        rest.len() < t.len() && names_one(rest)
    };
    // Or one line of them apart by semicolons (`罗*清，配租某公寓A幢1206室；邱*，配租…；…`),
    // after the words that introduce them (`配租结果如下：`): the list's span.
    let in_a_line = |l: &Span| {
        let t = l.of(body).unwrap_or("");
        let from = t
            .rfind(['：', ':'])
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        // After a numbered heading run on with a full stop (`一、配租结果。雷*平家庭配租…`).
        let rest = super::text::numbered_rest(&t[from..]);
        let from = match rest.find('。') {
            Some(stop) if rest.len() < t[from..].len() && rest[..stop].chars().count() <= 12 => {
                t.len() - rest.len() + stop + '。'.len_utf8()
            }
            _ => from,
        };
        let is_list = |list: &str| {
            let mut parts = list.trim_end_matches(['。', '；', ';']).split(['；', ';']);
            parts.clone().nth(1).is_some() && parts.all(|p| names_one(p.trim()))
        };
        if is_list(&t[from..]) {
            return Some(Span {
                start: l.start + from,
                end: l.end,
            });
        }
        // Or within a paragraph, after the words that introduce it and up to its full stop
        // (`现将配租结果公告如下：孙某某，配租…；赵某某，配租…。上述配租对象应于…`).
        t.match_indices(['：', ':']).find_map(|(i, colon)| {
            let start = i + colon.len();
            let end = t[start..]
                .find('。')
                .map_or(t.len(), |k| start + k + '。'.len_utf8());
            is_list(&t[start..end]).then_some(Span {
                start: l.start + start,
                end: l.start + end,
            })
        })
    };
    let span = match above.iter().position(household) {
        Some(first) => {
            let run = above[first..].iter().take_while(|l| household(l)).count();
            if run < 2 {
                return;
            }
            Span {
                start: above[first].start,
                end: above[first + run - 1].end,
            }
        }
        None => match above.iter().find_map(in_a_line) {
            Some(list) => list,
            None => return,
        },
    };
    for key in keys {
        // Where no label gave the list, or a label's value runs on past it (`…公告如下：` over
        // the list and the sentences after it on its line), the list is the element.
        let given = found
            .iter()
            .filter(|e| e.key == *key)
            .filter_map(|e| e.value)
            .collect::<Vec<_>>();
        if given.is_empty() || given.iter().any(|v| v.contains(span) && *v != span) {
            found.push(paragraph(key, span.start, span));
        }
    }
    found.sort_by_key(|e| e.label.start);
}

/// The households a short review or result lists on one line of names under the sentence that
/// introduces them (`经审核，以下9名人员符合…条件：` over `达瓦次仁、普布卓玛、…`): the line is
/// the list (applicants, or allottees in a result), where no section, label or table gave it.
fn names_line(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, above: &[Span]) {
    let Some(key) = ["applicantList", "allotteeList"]
        .into_iter()
        .find(|k| item.element(k).is_some() && !found.iter().any(|e| e.key == *k))
    else {
        return;
    };
    let mut previous = "";
    for l in above {
        let line = l.of(body).unwrap_or("");
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        // Names after the sentence's colon on the same line (the whole sentence is the list),
        // or alone on the line under a sentence that ends with one (the names are).
        let colon = t.contains(['：', ':']);
        if (colon || previous.ends_with(['：', ':']))
            && !super::parties::listed_names(body, *l).is_empty()
        {
            let start = l.start + line.len() - line.trim_start().len();
            let len = if colon {
                t.len()
            } else {
                t.trim_end_matches('。').len()
            };
            found.push(paragraph(
                key,
                start,
                Span {
                    start,
                    end: start + len,
                },
            ));
            found.sort_by_key(|e| e.label.start);
            return;
        }
        previous = t;
    }
}

/// The target enterprise named in the share transferred (`转让标的：某公司35%股权`; 企业国有资产
/// 交易监督管理办法 (国资委 财政部令第32号): the target's facts are disclosed, the article not
/// verified in the text held), where nothing else names it: the company's name before the
/// proportion.
fn target_in_share(body: &str, found: &mut Vec<FoundElement>) {
    if found.iter().any(|e| e.key == "targetEnterprise") {
        return;
    }
    let named = found
        .iter()
        .filter(|e| e.key == "transferredShare")
        .find_map(|share| {
            let v = share.value?;
            let t = v.of(body)?;
            let end = t.find("公司")? + "公司".len();
            let rest = &t[end..];
            let figure = rest.starts_with(|c: char| c.is_ascii_digit())
                && rest.contains(['%', '％'])
                && rest.ends_with("股权");
            let name = &t[..end];
            (figure && !name.contains(['，', '。', '：', ':', '\n']) && name.chars().count() <= 40)
                .then(|| FoundElement {
                    key: "targetEnterprise".to_owned(),
                    label: share.label,
                    value: Some(Span {
                        start: v.start,
                        end: v.start + end,
                    }),
                    numbering: share.numbering,
                })
        });
    found.extend(named);
}

/// `e` read with another value as well: its key, label and numbering, and `value`.
fn also_as(e: &FoundElement, value: Span) -> FoundElement {
    FoundElement {
        key: e.key.clone(),
        label: e.label,
        value: Some(value),
        numbering: e.numbering,
    }
}

/// A list of households given in a sentence (`…下列3户家庭符合…条件：葛某红（城关镇）、房某
/// （东坝头镇）、司某伟（桐乡街道）。现予公示…`): the list is also the names after the colon, to
/// the full stop, as readers quote it (公共租赁住房管理办法 Art 9, the applicants published).
fn names_after_colon(body: &str, found: &mut Vec<FoundElement>) {
    const LISTS: &[&str] = &[
        "applicantList",
        "allotteeList",
        "rankingList",
        "housingAssigned",
    ];
    let mut more = Vec::new();
    for e in found.iter().filter(|e| LISTS.contains(&e.key.as_str())) {
        let Some(v) = e.value else { continue };
        let Some(t) = v.of(body) else { continue };
        let Some(colon) = t.find(['：', ':']) else {
            continue;
        };
        let from = colon + t[colon..].chars().next().map_or(1, char::len_utf8);
        let Some(stop) = t[from..].find('。').map(|k| from + k + '。'.len_utf8()) else {
            continue;
        };
        let names = &t[from..stop - '。'.len_utf8()];
        let parts: Vec<&str> = names.split('、').collect();
        let short = parts.iter().all(|p| {
            let n = p.chars().count();
            (1..=16).contains(&n) && !p.contains(['，', '：', ':', '；'])
        });
        if parts.len() >= 2 && short && (from > 0 || stop < t.len()) {
            more.push(also_as(
                e,
                Span {
                    start: v.start + from,
                    end: v.start + stop,
                },
            ));
        }
    }
    found.extend(more);
}

/// The purchaser and its agency given as a block of labelled lines (`采购人：某中学` over
/// `地址：…`, `联系电话：…`, `采购代理机构：…`; 财办库〔2020〕50号's 采购人和采购代理机构的名称、
/// 地址和联系方式): the element is the block, as readers quote it; also the purchaser's lines
/// alone, and the block with the numbered heading over it (`1.采购人信息`).
fn purchaser_block(body: &str, lines: &Lines, found: &mut Vec<FoundElement>) {
    // A line of the block: a contact's label and its colon within its first twelve characters.
    const LABELS: &[&str] = &[
        "采购人",
        "采购单位",
        "采购代理机构",
        "代理机构",
        "地址",
        "地 址",
        "名称",
        "名 称",
        "联系",
        "电话",
        "项目联系",
        "传真",
        "邮编",
        "邮政编码",
    ];
    let labelled = |t: &str| {
        let head = t.char_indices().nth(12).map_or(t, |(k, _)| &t[..k]);
        head.contains(['：', ':']) && LABELS.iter().any(|w| t.starts_with(w))
    };
    let Some(first) = found
        .iter()
        .filter(|e| e.key == "purchaserAndAgency" && e.label.start < e.label.end)
        .find(|e| {
            let t = e.label.of(body).unwrap_or("");
            (t == "采购人" || t == "名称" || t == "名 称" || t == "采购单位")
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

/// How to object followed by the lines that say whom to (`…应当在公示期内以书面形式向招标人提出。`
/// over `异议受理部门：…`, `联系人：…`, `监督部门：…`; 招标投标法实施条例 Art 54): the channel
/// is also the sentence with those lines, as readers quote it.
fn objection_block(body: &str, found: &mut Vec<FoundElement>) {
    const LABELS: &[&str] = &[
        "异议受理",
        "受理部门",
        "联系人",
        "联系电话",
        "电话",
        "监督部门",
        "监督电话",
        "投诉",
    ];
    let mut more = Vec::new();
    for e in found.iter().filter(|e| e.key == "objectionChannel") {
        let Some(v) = e.value else { continue };
        // A section that says how to object on its first line and then names the parties'
        // contacts (`五、异议方式` over the sentence, `招标人：…`): the sentence is the channel.
        if let Some(t) = v.of(body)
            && let Some(nl) = t.find('\n')
            && holds(&t[..nl], "异议")
        {
            let first = Span {
                start: v.start,
                end: v.start + t[..nl].trim_end().len(),
            };
            more.push(also_as(e, first));
        }
        let mut end = v.end;
        let mut n = 0;
        while let Some(rest) = body.get(end..).and_then(|r| r.strip_prefix('\n')) {
            let line = rest.split('\n').next().unwrap_or("");
            let t = line.trim();
            let head = t.char_indices().nth(12).map_or(t, |(k, _)| &t[..k]);
            if t.is_empty()
                || !head.contains(['：', ':'])
                || !LABELS.iter().any(|w| t.starts_with(w))
            {
                break;
            }
            end = body.len() - rest.len() + line.trim_end().len();
            n += 1;
        }
        if n > 0 {
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

/// Two numbered sections in a row that give one element (`四、响应文件提交` and `五、开启`, the
/// deadline and the opening of a call): the element is also both, their numbers and headings
/// with them, as readers quote a pair of sections.
fn section_runs(body: &str, lines: &Lines, found: &mut Vec<FoundElement>) {
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
        if !super::text::numbered_rest(between).is_empty() || between.is_empty() {
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
fn table_alone(body: &str, tabs: &[Table], found: &mut Vec<FoundElement>) {
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

/// A listing's or a tender's time labelled on a line over its place on the next
/// (`挂牌时间：2025年11月10日9:00—…` over `地点：某交易中心`; 招标拍卖挂牌出让国有建设用地使用权
/// 规定 Art 17 (一), the place and the dates): the time and place are also the two lines, with
/// their labels, as readers quote a pair of lines that no heading of their own holds.
fn time_over_place(body: &str, found: &mut Vec<FoundElement>) {
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

/// A period's section whose first line is the period (`四、公示期` over `2025年6月11日至
/// 2025年6月14日`, then how to object and whom to call) is that line: what follows is the
/// notice's closing paragraphs, read for themselves.
fn clip_periods(body: &str, found: &mut [FoundElement]) {
    for e in found.iter_mut() {
        if !matches!(e.key.as_str(), "publicityPeriod" | "disclosurePeriod") {
            continue;
        }
        let Some(v) = e.value.as_mut() else { continue };
        let Some(value) = v.of(body) else { continue };
        let Some(nl) = value.find('\n') else { continue };
        let first = value[..nl].trim_end();
        let dated = super::dates::dates(first);
        if let [d] = &dated[..]
            && matches!(d.value, DateValue::Range { .. })
            && first.chars().count() <= d.span.of(first).map_or(0, |t| t.chars().count()) + 12
        {
            v.end = v.start + first.len();
        }
    }
}

/// A decision's authority, date and number stated in the sentence that reports it, not signed
/// or labelled (`某县自然资源和规划局于2025年5月14日作出某罚〔2025〕16号行政处罚决定：…`, `…于
/// 2025年4月22日作出行政处罚决定（某财购罚〔2025〕5号）`; 行政处罚法 Art 59 ¶1 (六), the organ that
/// decided and the date): the organ before `于`, the date after it, the number between `作出` and
/// the decision or in the brackets after it. An organ that names itself (`本局`, `我局`) is left
/// to the 落款, which names it.
fn decided_in_prose(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, lines: &[Span]) {
    let key = |keys: [&'static str; 2]| keys.into_iter().find(|k| item.element(k).is_some());
    let (Some(organ_key), Some(date_key)) = (
        key(["authority", "enforcementAuthority"]),
        key(["decisionDate", "penaltyDate"]),
    ) else {
        return;
    };
    let number_key = item.element("decisionNumber").map(|_| "decisionNumber");
    let has = |found: &[FoundElement], key: &str| found.iter().any(|e| e.key == key);
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
        let push = |found: &mut Vec<FoundElement>, key: &str, r: std::ops::Range<usize>| {
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
    found.sort_by_key(|e| e.label.start);
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
    for d in super::dates::dates(t) {
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
        let own = ["本", "我", "该"].iter().any(|w| name.starts_with(w));
        let organ =
            (!own && is_organ(name) && (2..=40).contains(&name.chars().count())).then_some(organ);
        return Some((start..end, organ, number));
    }
    None
}

/// A penalty decision's authority and date are its 落款, and its number the 文号 under its title
/// (signed or not: a copy that lost its end keeps its head), where no label gives them.
fn from_signature(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    sig: Option<&Signature>,
) {
    let has = |found: &[FoundElement], key: &str| found.iter().any(|e| e.key == key);
    let element = |key: &str, span: Span| FoundElement {
        key: key.to_owned(),
        label: Span {
            start: span.start,
            end: span.start,
        },
        value: Some(span),
        numbering: super::headings::Numbering::Unnumbered,
    };
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
    found.sort_by_key(|e| e.label.start);
}

/// Whether `name` ends as an administrative organ's does (`…局`, `…委员会`, `…人民政府`).
fn is_organ(name: &str) -> bool {
    [
        "局",
        "委",
        "厅",
        "中心",
        "政府",
        "办公室",
        "委员会",
        "部",
        "管委会",
    ]
    .iter()
    .any(|w| name.ends_with(w))
}

/// The organ a decision's title names before its type (`某市住房和城乡建设局行政处罚决定书`), a
/// span of `body` (whose first line is the title).
fn organ_in_title(body: &str) -> Option<Span> {
    let line = body.lines().next()?;
    let start = line.len() - line.trim_start().len();
    let title = line.trim();
    let organ = ["行政处罚决定书", "处罚决定书"]
        .iter()
        .find_map(|w| title.strip_suffix(w))?;
    let organ = organ.strip_suffix("关于").unwrap_or(organ);
    (is_organ(organ) && organ.chars().count() >= 4).then(|| Span {
        start,
        end: start + organ.len(),
    })
}

/// A penalty decision written as paragraphs without headings: the elements of 行政处罚法 Art 59
/// ¶1 are the paragraphs that open with their customary words — the facts with `经查`, the
/// basis with `依据`/`根据` or `…违反了《…》`, the penalty with `本机关决定`, the performance
/// with how and by when to pay, the remedies with `如不服` or the review and the suit. A
/// paragraph that gives the basis and the decision gives both; the numbered items under a
/// decision (`1.处以罚款…`) are part of it. Only keys no heading or label gave are read, from
/// paragraphs no element already holds, above the 落款.
fn from_paragraphs(body: &str, found: &mut Vec<FoundElement>, lines: &[Span]) {
    // A whole decision in one paragraph (facts; basis and decision; payment; appeal): its
    // clauses, one to a `；`, are read as the paragraphs are.
    let clauses: Vec<Span>;
    // The clause after a third person's particulars: the facts.
    let mut after_party = None;
    let whole = lines
        .iter()
        .enumerate()
        .find_map(|(w, l)| Some((w, whole_decision(body, *l)?)));
    let lines = match whole {
        Some((w, stop)) => {
            let l = lines[w];
            let t = l.of(body).unwrap_or("");
            let mut split = lines[..w].to_vec();
            // Addressed to the party first (`某合作社（统一社会信用代码：…，住所：…）：经查，…`):
            // the salutation is a clause of its own, the facts start after it.
            let mut start = 0;
            let mut first = w;
            let third = third_person_party(t).filter(|(from, _)| *from == 0);
            if let Some(k) = salutation_end(t).or(third.map(|(_, after)| after)) {
                split.push(Span {
                    start: l.start,
                    end: l.start + k,
                });
                start = k;
                first += 1;
                if salutation_end(t).is_none() {
                    after_party = Some(split.len());
                }
            }
            // Each clause without its `；`, each sentence with its `。`, as readers quote them;
            // not a sentence that only says what rule was broken (`当事人的行为违反了《…》的规
            // 定。`), between the facts and the basis the decision rests on.
            for (k, c) in t.match_indices(stop) {
                if k <= start {
                    continue;
                }
                let end = if stop == '。' { k + c.len() } else { k };
                let clause = &t[start..end];
                let breach_only = stop == '。'
                    && holds(clause, "违反")
                    && !["依据", "根据", "决定", "经查", "事实", "为证"]
                        .iter()
                        .any(|w| holds(clause, w));
                // How to pay and how to appeal in one sentence (`…缴纳上述款项；如不服本决定，…`):
                // each its own clause, the first without its `；`.
                let appeal = ["；如不服", "；如对", "；当事人如不服"]
                    .iter()
                    .find_map(|w| clause.find(w));
                if let Some(k) = appeal.filter(|_| stop == '。') {
                    split.push(Span {
                        start: l.start + start,
                        end: l.start + start + k,
                    });
                    split.push(Span {
                        start: l.start + start + k + '；'.len_utf8(),
                        end: l.start + end,
                    });
                } else if !breach_only {
                    split.push(Span {
                        start: l.start + start,
                        end: l.start + end,
                    });
                }
                start = k + c.len();
            }
            if l.start + start < l.end {
                split.push(Span {
                    start: l.start + start,
                    end: l.end,
                });
            }
            // Sentences of facts before the one that says what proves them (`…公告成交结果。
            // 上述事实有…为证。`) are the facts with it.
            if stop == '。' {
                let mut k = first;
                while k + 1 < split.len() {
                    let this = split[k].of(body).unwrap_or("");
                    let next = split[k + 1].of(body).unwrap_or("");
                    let plain = ![
                        "依据", "根据", "决定", "不服", "复议", "诉讼", "缴", "为证", "证实",
                    ]
                    .iter()
                    .any(|x| holds(this, x))
                        && !this.trim_end().ends_with(['：', ':']);
                    let proves = ["为证", "证实", "事实有"].iter().any(|x| holds(next, x));
                    if plain && proves {
                        split[k].end = split[k + 1].end;
                        split.remove(k + 1);
                    } else {
                        k += 1;
                    }
                }
            }
            split.extend_from_slice(&lines[w + 1..]);
            clauses = split;
            &clauses[..]
        }
        None => lines,
    };
    const FACTS: &[&str] = &[
        "经查",
        "经调查",
        "经核查",
        "经核实",
        "现查明",
        "查明",
        "经本机关",
        "经我局",
        "经我委",
        "经我厅",
        "经审查",
        "经检查",
    ];
    const BASIS: &[&str] = &["依据", "根据", "依照", "按照"];
    const DECIDE: &[&str] = &[
        "本机关决定",
        "本局决定",
        "本分局决定",
        "本委决定",
        "本厅决定",
        "本中心决定",
        "我局决定",
        "我委决定",
        "我厅决定",
        "现决定",
        "决定对",
        "决定给予",
        "决定作出",
        "作出如下",
        "决定如下",
        "处罚如下",
    ];
    if !found.iter().any(|e| e.key == "partyName") {
        party_in_prose(body, found, lines);
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let missing = |found: &[FoundElement], key: &str| !found.iter().any(|e| e.key == key);
    let item = |t: &str| {
        let t = t.trim_start_matches(['（', '(']);
        let digits = t
            .chars()
            .take_while(|c| {
                c.is_ascii_digit() || "０１２３４５６７８９一二三四五六七八九十".contains(*c)
            })
            .count();
        digits > 0
            && t.chars()
                .nth(digits)
                .is_some_and(|c| ".．、）)".contains(c))
    };
    let mut i = 0;
    while i < lines.len() {
        let span = lines[i];
        let at = i;
        i += 1;
        if held.iter().any(|h| h.contains(span)) {
            continue;
        }
        let t = span.of(body).unwrap_or("");
        // Twelve characters or more (not all counted), the first twelve lent, not copied.
        if t.chars().nth(11).is_none() {
            continue;
        }
        let head = &t[..t.char_indices().nth(12).map_or(t.len(), |(k, _)| k)];
        let mut keys: Vec<&str> = Vec::new();
        let review = holds(t, "行政复议") || holds(t, "行政诉讼");
        // Whether it decides, asked once: each of the words holds `决定` or `如下`, so a line
        // without both is searched for two words, not fifteen.
        let decides = (holds(t, "决定") || holds(t, "如下")) && DECIDE.iter().any(|w| holds(t, w));
        // The notice of the intended penalty and the right to be heard: no element.
        // The paragraph on the party's hearing; not the facts, whose evidence may be its
        // statement (`…当事人的陈述等证据证明`).
        let heard = ["告知书", "陈述", "申辩", "听证"]
            .iter()
            .any(|w| holds(t, w))
            && !decides
            && !FACTS
                .iter()
                .any(|w| super::text::numbered_rest(t).starts_with(w));
        if heard {
            continue;
        }
        // The facts open with what was found (`经查，…`), follow the paragraph that says it
        // found them (`…依法进行了调查。现查明：`), or end with what proves them
        // (`上述事实有…等证据证实`).
        let after_found = i >= 2 && {
            let before = lines[i - 2].of(body).unwrap_or("").trim_end();
            ["查明：", "查明:", "经查：", "经查:", "查实：", "查实:"]
                .iter()
                .any(|w| before.ends_with(w))
        };
        let proven = [
            "上述事实有",
            "以上事实有",
            "上述违法事实有",
            "以上违法事实有",
        ]
        .iter()
        .any(|w| holds(t, w))
            || t.trim_end_matches(['；', ';', '。']).ends_with("为证");
        // A decision numbered throughout (`一、经查，…`, `二、依据《…》…`): each paragraph read
        // from after its number.
        let opening = super::text::numbered_rest(t);
        // Or say how they were found, in a decision reported in the third person (`…在执法巡查中
        // 发现，某公司…`), or follow its party's particulars (`某公司（…）在参加…时，提供了…`).
        let found_so = !decides
            && !BASIS.iter().any(|w| opening.starts_with(w))
            && (holds(t, "中发现，") || holds(t, "中发现：") || Some(at) == after_party);
        if FACTS.iter().any(|w| opening.starts_with(w))
            || (after_found || proven) && !decides
            || found_so
        {
            keys.push("violationFacts");
        } else if review && (holds(head, "不服") || holds(head, "如对")) {
            keys.push("remedies");
        } else {
            let cites = BASIS.iter().any(|w| opening.starts_with(w)) && t.contains('《');
            // A paragraph that names only the rule broken (`本局认为，你单位的上述行为违反了《…》`)
            // is the basis only where no later one cites the law the penalty rests on (行政处罚
            // 法 Art 59 (三): the basis is the penalty's).
            let breach = !cites
                && (holds(t, "违反了《") || holds(t, "违反《"))
                && !lines[i..].iter().any(|l| {
                    let n = super::text::numbered_rest(l.of(body).unwrap_or(""));
                    BASIS.iter().any(|w| n.starts_with(w)) && n.contains('《')
                });
            let basis = cites || breach;
            if basis {
                keys.push("penaltyBasis");
            }
            if decides {
                keys.push("penalty");
            }
            let pays = (t.contains('缴') || holds(t, "履行"))
                && (holds(t, "之日起") || holds(t, "日内") || holds(t, "期限"))
                // A decision that is carried out by others once served (`本决定自送达之日起执行，
                // 由某交易中心落实…`, `本决定无罚没款项，自送达之日起生效并执行`): its manner and
                // time of performance.
                || opening.starts_with("本决定")
                    && (holds(t, "之日起执行") || holds(t, "之日起生效"));
            if keys.is_empty() && pays && !review {
                keys.push("performance");
            } else if keys.is_empty() && review {
                keys.push("remedies");
            }
        }
        let keys: Vec<&str> = keys.into_iter().filter(|k| missing(found, k)).collect();
        if keys.is_empty() {
            continue;
        }
        let mut value = span;
        // The evidence under the facts: `以上事实有以下证据证明：` and its numbered list.
        if keys.contains(&"violationFacts") {
            let mut listed = false;
            while i < lines.len() && !held.iter().any(|h| h.contains(lines[i])) {
                let next = lines[i].of(body).unwrap_or("");
                let evidence = [
                    "以上事实",
                    "上述事实",
                    "以上违法事实",
                    "上述违法事实",
                    "证据",
                ]
                .iter()
                .any(|w| next.starts_with(w));
                // Numbered lines are the evidence only under a line that lists it
                // (`以上事实有以下证据证明：`); otherwise they are the decision's next sections.
                listed |= lines[..i]
                    .last()
                    .and_then(|l| l.of(body))
                    .is_some_and(|l| l.trim_end().ends_with(['：', ':']));
                if !(evidence || item(next) && listed) {
                    break;
                }
                value.end = lines[i].end;
                i += 1;
            }
        }
        if keys.contains(&"penalty") {
            // The numbered penalties under the decision; not the sections after it (how to
            // pay, how to appeal), numbered alike in a decision numbered throughout.
            let after_penalty = |next: &str| {
                holds(next, "不服")
                    || holds(next, "行政复议")
                    || holds(next, "强制执行")
                    || holds(next, "之日起") && (next.contains('缴') || holds(next, "履行"))
            };
            // Items in brackets (`（一）`, `（二）`) end at a section's number (`四、履行方式和期
            // 限`): the decision's next section.
            let bracketed = |t: &str| t.starts_with(['（', '(']);
            let section = |t: &str| {
                !bracketed(t)
                    && t.chars()
                        .next()
                        .is_some_and(|c| "一二三四五六七八九十".contains(c))
            };
            let mut in_brackets = None;
            while i < lines.len()
                && !held.iter().any(|h| h.contains(lines[i]))
                && item(lines[i].of(body).unwrap_or(""))
                && !after_penalty(lines[i].of(body).unwrap_or(""))
                && !(*in_brackets.get_or_insert(bracketed(lines[i].of(body).unwrap_or("")))
                    && section(lines[i].of(body).unwrap_or("")))
            {
                value.end = lines[i].end;
                i += 1;
            }
            // `…作出如下行政处罚：` over one line that imposes it, not numbered.
            if value.end == span.end
                && t.trim_end().ends_with(['：', ':'])
                && i < lines.len()
                && !held.iter().any(|h| h.contains(lines[i]))
            {
                let next = lines[i].of(body).unwrap_or("");
                let imposes = ["罚款", "责令", "没收", "警告", "禁止", "吊销", "取消"]
                    .iter()
                    .any(|w| next.contains(w));
                let other = next.contains("之日起") || next.contains("不服");
                if imposes && !other {
                    value.end = lines[i].end;
                    i += 1;
                }
            }
        }
        for k in &keys {
            found.push(paragraph(k, span.start, value));
            // The paragraph alone, without the list under it, is what it says too.
            if value.end > span.end {
                found.push(paragraph(k, span.start, span));
            }
        }
        // The facts with the party that opens them, as some readers quote them.
        if keys.contains(&"violationFacts")
            && Some(at) == after_party
            && let Some(party) = at.checked_sub(1).and_then(|p| lines.get(p))
        {
            let whole = Span {
                start: party.start,
                end: value.end,
            };
            found.push(paragraph("violationFacts", span.start, whole));
        }
        // The paragraph `依据《…》的规定，本局决定对你单位处…` holds both: each is also the
        // words that say it, as a reader quotes them.
        if keys.contains(&"penalty")
            && let Some(basis) = basis_words(t)
        {
            let basis = Span {
                start: span.start + basis.start,
                end: span.start + basis.end,
            };
            found.push(paragraph("penaltyBasis", span.start, basis));
        }
        if keys.contains(&"penalty") {
            if let Some(words) = penalty_words(body, t, span, value) {
                found.push(paragraph("penalty", span.start, words));
            }
        }
    }
    found.sort_by_key(|e| e.label.start);
}

/// A penalty or its basis read as a passage that states both (`…违反了《…》的规定。依据《…》第…条
/// 的规定，本局决定：没收…，并处罚款…。`, under a heading or as a paragraph) is also the words
/// that state each, as readers quote them (行政处罚法 Art 59 (三): the kind of penalty and its
/// basis): the basis from its `依据《` to its `的规定`; the penalty after `决定：`, and from the
/// words that decide (`本局决定对你公司处…`) to the passage's end.
fn decision_words(body: &str, found: &mut Vec<FoundElement>) {
    let mut more = Vec::new();
    for e in found.iter() {
        if e.key != "penalty" && e.key != "penaltyBasis" {
            continue;
        }
        let Some(value) = e.value else { continue };
        let Some(t) = value.of(body) else { continue };
        let Some(decided) = [
            "本局决定",
            "本机关决定",
            "本厅决定",
            "本委决定",
            "我局决定",
            "决定",
        ]
        .iter()
        .find_map(|w| t.find(w)) else {
            continue;
        };
        let at = |r: std::ops::Range<usize>| Span {
            start: value.start + r.start,
            end: value.start + r.end,
        };
        if let Some(basis) = basis_words(t) {
            more.push(paragraph("penaltyBasis", e.label.start, at(basis)));
        }
        // From the words that decide, when a sentence starts with them.
        if decided == 0 || t[..decided].ends_with(['。', '，', '；', '：']) {
            more.push(paragraph("penalty", e.label.start, at(decided..t.len())));
        }
        // After the decision and its number, reported (`…作出行政处罚决定（某罚〔2025〕9号），没收
        // …。`): the sentence's rest.
        if let Some(k) = t.find("处罚决定（").or_else(|| t.find("处罚决定("))
            && let Some(close) = t[k..].find(['）', ')']).map(|c| k + c)
        {
            let rest = &t[close..];
            let skip = rest.chars().next().map_or(1, char::len_utf8);
            if rest[skip..].starts_with(['，', '：', ',', ':']) {
                let start = close + skip + rest[skip..].chars().next().map_or(1, char::len_utf8);
                let end = t[start..]
                    .find('。')
                    .map_or(t.len(), |e| start + e + '。'.len_utf8());
                if end > start {
                    more.push(paragraph("penalty", e.label.start, at(start..end)));
                }
            }
        }
        if let Some(colon) = t[decided..].find(['：', ':']).map(|k| decided + k) {
            let after = colon + t[colon..].chars().next().map_or(1, char::len_utf8);
            let start = after + (t[after..].len() - t[after..].trim_start().len());
            if start < t.len() && !t[decided..colon].contains(['。', '，']) {
                more.push(paragraph("penalty", e.label.start, at(start..t.len())));
            }
        }
    }
    found.extend(more);
}

/// The sentence of a decision's paragraph `t` that gives the penalty's legal basis
/// (`依据《…》第…条的规定`, opening the paragraph, a sentence or a line of it), as a range of `t`.
fn basis_words(t: &str) -> Option<std::ops::Range<usize>> {
    ["依据《", "根据《", "依照《", "按照《"]
        .iter()
        .filter_map(|w| {
            t.match_indices(w).map(|(k, _)| k).find(|&k| {
                k == 0
                    || t[..k]
                        .trim_end_matches([' ', '\u{3000}'])
                        .ends_with(['。', '；', '\n'])
            })
        })
        .min()
        .and_then(|start| {
            let end = t[start..].find("的规定")? + start + "的规定".len();
            (!t[start..end].contains('。')).then_some(start..end)
        })
}

/// The words of a decision's paragraph `t` (at `span`; with the list under it, `value`) that
/// impose the penalty: the list under a paragraph ending `如下：`, else the sentence from the
/// first penalty after the deciding words (`本局决定对你单位处…罚款`) to its full stop.
fn penalty_words(body: &str, t: &str, span: Span, value: Span) -> Option<Span> {
    if value.end > span.end && t.trim_end().ends_with(['：', ':']) {
        let start = body[span.end..value.end]
            .find(|c: char| !c.is_whitespace())
            .map(|k| span.end + k)?;
        return Some(Span {
            start,
            end: value.end,
        });
    }
    let decided = ["决定对", "决定给予", "决定"]
        .iter()
        .find_map(|w| t.find(w).map(|k| k + w.len()))?;
    let rest = &t[decided..];
    let first = ["处以", "处", "给予", "责令", "没收", "吊销", "取消"]
        .iter()
        .filter_map(|w| {
            rest.match_indices(w)
                .map(|(k, _)| k)
                .find(|&k| !rest[k..].starts_with("处罚") || *w != "处")
        })
        .min()?;
    let from = decided + first;
    let end = t[from..].rfind('。').map_or(t.len(), |k| from + k);
    (end > from).then_some(Span {
        start: span.start + from,
        end: span.start + end,
    })
}

/// A call for tenders written as paragraphs without headings, one a section of the 标准施工招标
/// 文件's 招标公告 in its order: the conditions (`…已由…批准建设…现对该项目…进行公开招标`), what is
/// tendered (`本次招标的内容为…，地点为…，工期…`), who may bid (`投标人须…`), how to get the
/// documents (`凡有意参加投标者，请于…`), the deadline (`投标文件递交的截止时间为…`) and the
/// contacts (`招标人：…，联系人：…，电话：…`). Each paragraph gives the elements of its section
/// (招标投标法 Art 16, 发改委令2017年第10号 Art 5), where no heading or label gave them.
fn call_paragraphs(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, above: &[Span]) {
    let procurement = item == ItemKind::ProcurementAnnouncement;
    // Most calls have headings, whose sections gave these.
    if found.iter().any(|e| e.key == "documentsObtaining") {
        return;
    }
    for &line in above {
        let Some(t) = line.of(body) else { continue };
        let t = t.trim_start_matches([' ', '\u{3000}']);
        // A paragraph is a sentence, not a label's line.
        if t.chars().count() < 20 || !t.contains(['，', '。']) {
            continue;
        }
        // A procurement's call (财办库〔2020〕50号's 招标公告 in paragraphs) has its own sections:
        // what is bought, who may bid (政府采购法 Art 22), the documents, the deadline.
        let obtains = t.starts_with("凡有意")
            || t.starts_with("有意参加")
            || [
                "获取招标文件",
                "下载招标文件",
                "获取采购文件",
                "获取磋商文件",
                "获取谈判文件",
            ]
            .iter()
            .any(|w| holds(t, w));
        let keys: &[&str] = if procurement {
            if t.starts_with("采购内容") || t.starts_with("采购需求") {
                &["requirements"]
            } else if t.starts_with("凡符合") || holds(t, "第二十二条") {
                &["supplierQualifications"]
            } else if obtains {
                &["documentsObtaining"]
            } else if holds(t, "截止时间") && (holds(t, "开标") || holds(t, "响应文件")) {
                &["bidDeadlineAndOpening"]
            } else {
                continue;
            }
        } else if holds(t, "批准") && holds(t, "招标") {
            &["projectNature"]
        } else if t.starts_with("本次招标")
            || t.starts_with("本项目招标")
            || t.starts_with("招标范围")
        {
            &["projectOverview", "quantity", "locationAndSchedule"]
        } else if ["投标人须", "投标人应", "投标人必须"]
            .iter()
            .any(|w| t.starts_with(w))
        {
            &["bidderQualifications"]
        } else if obtains {
            &["documentsObtaining"]
        } else if holds(t, "截止时间") && holds(t, "投标文件") {
            &["submissionDeadlineAndMethod", "bidDeadline"]
        } else if t.starts_with("招标人：") && holds(t, "电话") {
            &["contactInformation"]
        } else {
            continue;
        };
        let start = line.end - t.len();
        for key in keys {
            if !found.iter().any(|e| e.key == *key) {
                found.push(paragraph(
                    key,
                    start,
                    Span {
                        start,
                        end: line.end,
                    },
                ));
            }
        }
    }
    found.sort_by_key(|e| e.label.start);
}

/// When and where a right is offered, in a land or mining call without the section's heading:
/// the first paragraph that gives a time of the sale (`开标时间`, `挂牌时间`, `拍卖时间`, with a
/// date) and its place (`地点`, `递交至`). The call's 时间和地点 element, where no heading or
/// label gave it.
fn time_and_place(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, above: &[Span]) {
    if item.element("timeAndPlace").is_none() || found.iter().any(|e| e.key == "timeAndPlace") {
        return;
    }
    for &line in above {
        let Some(t) = line.of(body) else { continue };
        let when = ["开标时间", "挂牌时间", "拍卖时间", "拍卖会"]
            .iter()
            .any(|w| holds(t, w));
        if !when || !(holds(t, "地点") || holds(t, "递交至")) || dates(t).is_empty() {
            continue;
        }
        let lead = section_lead(t);
        let t = &t[lead..];
        let start = line.start + lead + (t.len() - t.trim_start().len());
        found.push(paragraph(
            "timeAndPlace",
            start,
            Span {
                start,
                end: line.end,
            },
        ));
        return;
    }
}

/// Who may bid for a right on offer, in a land or mining call without the section's heading:
/// the paragraph that opens with whom the law admits (`中华人民共和国境内外的法人、自然人和其他
/// 组织…均可申请参加竞买。`), after its section's number if it has one (`二、`). The call's
/// 竞买人资格 element, where no heading or label gave it.
fn who_may_bid(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, above: &[Span]) {
    if item.element("bidderRequirements").is_none()
        || found.iter().any(|e| e.key == "bidderRequirements")
    {
        return;
    }
    for &line in above {
        let Some(t) = line.of(body) else { continue };
        let t = t.trim_start_matches([' ', '\u{3000}']);
        let numbered = super::text::numbered_rest(t);
        if numbered.starts_with("中华人民共和国境内") && holds(numbered, "均可") {
            let start = line.end - numbered.len();
            found.push(paragraph(
                "bidderRequirements",
                start,
                Span {
                    start,
                    end: line.end,
                },
            ));
            return;
        }
    }
}

/// An element read from a paragraph without a label: an empty label where it starts.
fn paragraph(key: &str, at: usize, value: Span) -> FoundElement {
    FoundElement {
        key: key.to_owned(),
        label: Span { start: at, end: at },
        value: Some(value),
        numbering: super::headings::Numbering::Unnumbered,
    }
}

/// A complaint's or an inspection's decision written as a paragraph (`综上，根据《…办法》第二十九条
/// 第（二）项的规定，本机关决定如下：` over `驳回投诉。`, or all on one line): its basis is the
/// paragraph and the law it cites (from `《` to `的规定`), its decision the paragraph and what
/// follows `决定如下：` (on the line, else the next line). Only where no heading or label gave
/// them.
fn decision_paragraph(body: &str, found: &mut Vec<FoundElement>, above: &[Span]) {
    let missing = |found: &[FoundElement], key: &str| !found.iter().any(|e| e.key == key);
    if !missing(found, "basis") && !missing(found, "decision") {
        return;
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let cites = |t: &str| (holds(t, "根据《") || holds(t, "依据《")) && holds(t, "的规定");
    // Under a heading of the decision (`三、处理决定` over `…根据《…》第二十九条第（二）项的规定，
    // 驳回投诉。`), the decision is the section's: its basis is the law it cites, from 根据 to
    // 的规定.
    if missing(found, "basis")
        && let Some(d) = found
            .iter()
            .filter(|e| e.key == "decision")
            .find_map(|e| e.value)
        && let Some(t) = d.of(body)
        && cites(t)
        && let Some(from) = ["根据《", "依据《"].iter().filter_map(|w| t.find(w)).min()
        && let Some(end) = t[from..].find("的规定").map(|e| from + e + "的规定".len())
    {
        found.push(paragraph(
            "basis",
            d.start + from,
            Span {
                start: d.start + from,
                end: d.start + end,
            },
        ));
        found.sort_by_key(|e| e.label.start);
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
            && let Some(end) = t[open..].find("的规定").map(|e| open + e)
        {
            out.push(paragraph("basis", l.start, at(open..end)));
        }
    }
    if missing(found, "decision") {
        let whole_to = above
            .get(i + 1)
            .filter(|_| t.trim_end().ends_with(['：', ':']))
            .filter(|next| !held.iter().any(|h| h.contains(**next)));
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
                out.push(paragraph("decision", next.start, *next));
            }
        }
    }
    found.extend(out);
    found.sort_by_key(|e| e.label.start);
}

/// A review's result written as a paragraph (公共租赁住房管理办法 Art 9's 公示 of the households
/// reviewed): the paragraph that says who was reviewed and found eligible or not (`经…初审，
/// 黄*明、韦*兰…共5户家庭符合…条件`) is the review's result, and its list of households too —
/// or, where it ends with a colon (`下列承租家庭不再符合…条件，拟取消其保障资格：`), the lines
/// under it. Only where no heading or label gave them.
fn review_paragraph(body: &str, found: &mut Vec<FoundElement>, above: &[Span]) {
    let missing = |found: &[FoundElement], key: &str| !found.iter().any(|e| e.key == key);
    if !missing(found, "reviewResult") && !missing(found, "applicantList") {
        return;
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let title_end = body.find('\n').unwrap_or(body.len());
    let lines = below_title(above, title_end);
    // The paragraph that says what the review found (`符合`, `取消`), else one that only says
    // its results follow (`…审核情况予以公示：`).
    let saying = |words: &[&str]| {
        lines.iter().position(|l| {
            let t = l.of(body).unwrap_or("");
            let reviewed = ["审核", "初审", "复审", "复核", "核查", "年审", "审查"]
                .iter()
                .any(|w| holds(t, w));
            reviewed
                && words.iter().any(|w| holds(t, w))
                && t.chars().count() >= 16
                && !held.iter().any(|h| h.contains(*l))
        })
    };
    let Some(i) = saying(&["符合", "通过", "取消"]).or_else(|| saying(&["予以公示", "公示如下"]))
    else {
        return;
    };
    let l = lines[i];
    let t = l.of(body).unwrap_or("");
    // Where it ends with a colon, the list under it: the lines after it that name households,
    // numbered or in rows.
    let list = t
        .trim_end()
        .ends_with(['：', ':'])
        .then(|| {
            let listed: Vec<Span> = lines[i + 1..]
                .iter()
                .take_while(|n| {
                    let n = n.of(body).unwrap_or("");
                    n.starts_with(|c: char| {
                        c.is_ascii_digit() || "一二三四五六七八九十（(".contains(c)
                    })
                })
                .copied()
                .collect();
            Some(Span {
                start: listed.first()?.start,
                end: listed.last()?.end,
            })
        })
        .flatten();
    let mut out = Vec::new();
    if missing(found, "reviewResult") {
        out.push(paragraph("reviewResult", l.start, l));
        // The households it lists are the result as much as the words that introduce them.
        if let Some(list) = list {
            out.push(paragraph("reviewResult", list.start, list));
        }
    }
    if missing(found, "applicantList") {
        if let Some(list) = list {
            out.push(paragraph("applicantList", list.start, list));
        } else if t.contains('、') && holds(t, "户") {
            out.push(paragraph("applicantList", l.start, l));
        }
    }
    found.extend(out);
    found.sort_by_key(|e| e.label.start);
}

/// A housing plan or its progress written as paragraphs without headings (建保〔2011〕64号's
/// 安居工程 disclosures): each element is the paragraph that opens with its customary words —
/// the period (`本规划期限为…`), the targets (`…期间，全市计划…`), the progress (`截至…`), the
/// projects started (`…开工…项目`) and completed (`…竣工…项目`), the facilities (`…配套设施…`).
/// Only keys no heading or label gave, from paragraphs no element holds.
fn plan_paragraphs(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, above: &[Span]) {
    // (key, words one of which the paragraph's first 24 characters hold)
    const CUES: &[(ItemKind, &str, &[&str])] = &[
        (
            ItemKind::HousingConstructionPlan,
            "planPeriod",
            &["期限为", "规划期为"],
        ),
        (
            ItemKind::HousingConstructionPlan,
            "targets",
            &["期间，", "期内，", "目标"],
        ),
        // A year's plan's tasks (`全市计划新开工…套、筹集…套`).
        (
            ItemKind::HousingAnnualPlan,
            "taskVolume",
            &["计划新开工", "计划筹集", "计划建设", "年度任务", "目标任务"],
        ),
        (
            ItemKind::HousingPlanProgress,
            "completionProgress",
            &["截至", "截止", "已筹集", "已开工", "已完成"],
        ),
        // The facilities first: their paragraph may name the projects completed.
        (
            ItemKind::HousingPlanProgress,
            "supportingFacilities",
            &["配套"],
        ),
        (ItemKind::HousingPlanProgress, "startedProjects", &["开工"]),
        (
            ItemKind::HousingPlanProgress,
            "completedProjects",
            &["竣工"],
        ),
    ];
    if !CUES.iter().any(|(i, _, _)| *i == item) {
        return;
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let title_end = body.find('\n').unwrap_or(body.len());
    let mut taken: Vec<Span> = Vec::new();
    for (_, key, words) in CUES.iter().filter(|(i, _, _)| *i == item) {
        if found.iter().any(|e| e.key == *key) {
            continue;
        }
        let hit = below_title(above, title_end).iter().copied().find(|l| {
            let t = l.of(body).unwrap_or("").trim_start();
            let head: String = t.chars().take(48).collect();
            t.chars().count() >= 16
                && words.iter().any(|w| holds(&head, w))
                && !held.iter().chain(&taken).any(|h| h.contains(*l))
        });
        if let Some(l) = hit {
            let lead = l.of(body).map_or(0, |t| t.len() - t.trim_start().len());
            let span = Span {
                start: l.start + lead,
                end: l.end,
            };
            taken.push(l);
            found.push(paragraph(key, span.start, span));
        }
    }
    found.sort_by_key(|e| e.label.start);
}

/// A notice that suspends, resumes or ends a transfer, written as paragraphs: the paragraph that
/// names the notice or project concerned (`…发布的《…公告》`), the one that suspends or ends it
/// (`中止`, `终止`, `终结`, `恢复`), the one that gives the reason (`因…`, `由于`, `鉴于`), the
/// parcels or rights it concerns, and how it resumes (`另行公告`). One paragraph often gives
/// several; each is that paragraph. Only keys no label gave are read.
fn suspension_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let missing = |found: &[FoundElement], key: &str| {
        item.element(key).is_some() && !found.iter().any(|e| e.key == key)
    };
    // The title and the 文号 under it are no paragraphs of the text.
    let title_end = body.find('\n').unwrap_or(body.len());
    for &l in above {
        if l.start < title_end || held.iter().any(|h| h.contains(l)) {
            continue;
        }
        let t = l.of(body).unwrap_or("");
        if t.chars().count() < 8 || t.contains(['：', ':']) && t.chars().count() < 40 {
            continue;
        }
        let has = |ws: &[&str]| ws.iter().any(|w| holds(t, w));
        let mut keys: Vec<&str> = Vec::new();
        if has(&[
            "发布的",
            "发布了",
            "原公告",
            "》（",
            "公告》",
            "招标编号",
            "项目编号",
            "发布招标公告",
        ]) {
            keys.push("originalNotice");
        }
        let ends = has(&["中止", "终止", "终结", "暂停", "恢复"]);
        let later = has(&[
            "另行公告",
            "另行通知",
            "另行发布",
            "恢复挂牌",
            "恢复出让",
            "恢复交易",
        ]);
        if ends && !(later && t.chars().count() < 40) {
            keys.push("action");
        }
        let reason = has(&["原因", "由于", "鉴于"])
            || t.char_indices().any(|(i, c)| {
                c == '因'
                    && !t[i..].starts_with("因此")
                    && (i == 0
                        || t[..i].ends_with(['，', ',', '。', '；', '）', ')', '块', '目', '权']))
            });
        if reason {
            keys.push("reason");
            keys.push("terminationReason");
        }
        if has(&["退还", "退款", "退回"]) && has(&["保证金", "费用", "文件"]) {
            keys.push("refunds");
        }
        if later {
            keys.push("resumption");
        }
        if has(&["地块", "宗地"]) {
            keys.push("parcels");
        }
        if has(&["采矿权", "探矿权", "矿业权"]) {
            keys.push("rights");
        }
        let clause = keys.contains(&"originalNotice").then(|| notice_named(t));
        // A section run on after its heading (`三、费用及保证金退还：本项目…`) is what follows it.
        let whole = Span {
            start: l.start + section_lead(t),
            end: l.end,
        };
        for k in keys {
            if missing(found, k) {
                found.push(paragraph(k, l.start, whole));
                // The clause that decides (`…，现决定终止该宗地的拍卖出让活动，…`), from its
                // 决定 and from its act, as readers quote the action.
                if k == "action" {
                    for span in deciding_clause(t) {
                        found.push(paragraph(
                            k,
                            l.start,
                            Span {
                                start: l.start + span.start,
                                end: l.start + span.end,
                            },
                        ));
                    }
                }
                // The words that name the notice concerned, as a reader quotes them.
                if k == "originalNotice" {
                    for r in clause.iter().flatten() {
                        let span = Span {
                            start: l.start + r.start,
                            end: l.start + r.end,
                        };
                        found.push(paragraph(k, l.start, span));
                    }
                }
                // After a portal's own label run on before it (`费用及保证金退还：本项目…`): the
                // words after the label, as the text after a label is read.
                if whole.start == l.start
                    && let Some((head, rest)) = t.split_once('：')
                    && (4..=10).contains(&head.chars().count())
                    && head.chars().all(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                    && !head.starts_with(['本', '经', '你', '我'])
                    && !rest.trim().is_empty()
                {
                    let start = l.start + head.len() + '：'.len_utf8();
                    let start = start + (rest.len() - rest.trim_start().len());
                    found.push(paragraph(k, l.start, Span { start, end: l.end }));
                }
                // The words within the paragraph that state it, as readers quote them.
                if let Some(r) = stated_within(k, t) {
                    let span = Span {
                        start: l.start + r.start,
                        end: l.start + r.end,
                    };
                    found.push(paragraph(k, l.start, span));
                    // A parcel is also its number alone (`GX2025-08`).
                    if k == "parcels"
                        && let Some(number) = t[r.clone()].strip_suffix("号地块")
                    {
                        let end = span.start + number.len();
                        found.push(paragraph(k, l.start, Span { end, ..span }));
                    }
                }
            }
        }
    }
    found.sort_by_key(|e| e.label.start);
}

/// The words of a paragraph `t` of a suspension or an end that state element `key`, as a range of
/// `t`: the parcel by its number (`JC2025-019号地块`), the reason from its 因 to the end of its
/// clause (`因该地块规划条件需进一步论证调整`), the right by its name (`某县某矿采矿权`), the
/// resumption by its sentence (`恢复出让时间另行公告。`).
fn stated_within(key: &str, t: &str) -> Option<std::ops::Range<usize>> {
    let clause_end = |from: usize| {
        t[from..]
            .find(['，', '。', '；', ','])
            .map_or(t.len(), |k| from + k)
    };
    match key {
        "parcels" => {
            // Named by its number (`编号为MY2025-019-02的宗地`).
            if let Some(k) = t.find("编号为").map(|k| k + "编号为".len())
                && let Some(end) = t[k..].find("的宗地").or_else(|| t[k..].find("的地块"))
                && (3..=30).contains(&end)
                && t[k..k + end]
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
            {
                return Some(k..k + end);
            }
            let at = ["号地块", "号宗地"].iter().find_map(|w| t.find(w))?;
            let start = t[..at]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '-')
                .last()
                .map(|(i, _)| i)?;
            let end = at + "号地块".len();
            (start < at).then_some(start..end)
        }
        "reason" | "terminationReason" => {
            let start = ["因", "由于", "鉴于"].iter().find_map(|w| {
                t.match_indices(w).map(|(i, _)| i).find(|&i| {
                    !t[i..].starts_with("因此")
                        && (i == 0
                            || t[..i]
                                .ends_with(['，', ',', '。', '；', '）', ')', '块', '目', '权']))
                })
            })?;
            let end = clause_end(start);
            (end > start + 3 && end < t.len() || start > 0).then_some(start..end)
        }
        "rights" => {
            let at = ["采矿权", "探矿权"].iter().find_map(|w| t.find(w))?;
            let start = t[..at]
                .rfind(['《', '，', '“', '的', '。'])
                .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
            let end = at + "采矿权".len();
            (t[start..end].chars().count() >= 5).then_some(start..end)
        }
        "resumption" => {
            let at = ["另行公告", "另行通知", "另行发布"]
                .iter()
                .find_map(|w| t.find(w))?;
            let start = t[..at]
                .rfind(['。', '，', '；'])
                .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
            let end = t[at..]
                .find('。')
                .map_or(t.len(), |k| at + k + '。'.len_utf8());
            (start > 0 || end < t.len()).then_some(start..end)
        }
        _ => None,
    }
}

/// The bytes of a numbered heading and its label before the text of a section run on after them
/// on its line (`一、项目基本情况：`), or 0.
fn section_lead(t: &str) -> usize {
    let Some(colon) = t.find(['：', ':']) else {
        return 0;
    };
    let head = &t[..colon];
    let numbered = head.find('、').is_some_and(|k| {
        k > 0
            && head[..k]
                .chars()
                .all(|c| "一二三四五六七八九十0123456789".contains(c))
    });
    let after = colon + t[colon..].chars().next().map_or(0, char::len_utf8);
    if numbered && head.chars().count() <= 16 && !head.contains(['，', '。', '（', '(']) {
        after + (t[after..].len() - t[after..].trim_start().len())
    } else {
        0
    }
}

/// A correction or clarification written as paragraphs (`…招标公告已于…发布。现对…作如下澄清和
/// 修改：` then `1.…` `2.…`, then `招标人：…` `联系人：…`): the opening paragraph names the notice
/// changed and what is changed, and the lines after it up to a closing sentence or a label are
/// the changes (the contact above the 落款 is [`closing_paragraphs`]'). Only keys no label gave
/// are read.
fn correction_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let missing = |found: &[FoundElement], key: &str| {
        item.element(key).is_some() && !found.iter().any(|e| e.key == key)
    };
    if !missing(found, "correctionContent") {
        return;
    }
    let title_end = body.find('\n').unwrap_or(body.len());
    let lines = below_title(above, title_end);
    let text = |l: &Span| l.of(body).unwrap_or("");
    let opening = lines.iter().position(|l| {
        let t = text(l);
        let names = ["公告", "招标文件", "采购文件"].iter().any(|w| holds(t, w));
        let changes = ["如下", "更正", "澄清", "修改", "变更", "延期"]
            .iter()
            .any(|w| holds(t, w));
        names && changes && t.trim_end().ends_with(['：', ':', '。'])
    });
    let Some(open) = opening else {
        return;
    };
    let closing = |t: &str| {
        [
            "本澄清",
            "本更正",
            "本公告",
            "除上述",
            "其他内容不变",
            "其余内容不变",
        ]
        .iter()
        .any(|w| t.starts_with(w) || holds(t, w) && t.chars().count() < 60)
    };
    let is_label = |t: &str| {
        t.find(['：', ':'])
            .is_some_and(|i| t[..i].chars().count() <= 8 && !t[..i].contains(['，', '。']))
    };
    let mut end = open + 1;
    while end < lines.len() && !closing(text(&lines[end])) && !is_label(text(&lines[end])) {
        end += 1;
    }
    if end > open + 1 {
        let changes = Span {
            start: lines[open + 1].start,
            end: lines[end - 1].end,
        };
        for key in ["correctionContent", "changedContent"] {
            if missing(found, key) {
                found.push(paragraph(key, changes.start, changes));
            }
        }
    }
    let intro = lines[open];
    for key in ["originalNotice", "originalProject", "correctionMatters"] {
        if missing(found, key) {
            found.push(paragraph(key, intro.start, intro));
        }
    }
    found.sort_by_key(|e| e.label.start);
}

/// Elements notices often write as a sentence or a block of their own, read where no label gave
/// them: the approval of a disposal or a capital increase (`本次处置已经…批准。`), the time and
/// place of an auction (`拍卖会定于…在…举行。`), and the contact (the run of label lines above the
/// 落款 that names a 联系人 or 联系电话).
fn closing_paragraphs(body: &str, item: ItemKind, found: &mut Vec<FoundElement>, above: &[Span]) {
    let missing = |found: &[FoundElement], key: &str| {
        item.element(key).is_some() && !found.iter().any(|e| e.key == key)
    };
    let title_end = body.find('\n').unwrap_or(body.len());
    let lines = below_title(above, title_end);
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let free = |l: &Span| !held.iter().any(|h| h.contains(*l));
    let text = |l: &Span| l.of(body).unwrap_or("");
    // A paragraph numbered as a section's item (`九、在公示期内有两个…`): the whole line, and
    // the words after its number, as readers quote it.
    let push = |found: &mut Vec<FoundElement>, key: &str, l: Span| {
        found.push(paragraph(key, l.start, l));
        let t = text(&l);
        let rest = super::text::numbered_rest(t);
        if rest.len() < t.len() && !rest.trim().is_empty() {
            let start = l.end - rest.len();
            found.push(paragraph(key, l.start, Span { start, ..l }));
        }
    };
    for key in ["decision", "capitalIncreaseDecision"] {
        let about_approval = item.element(key).is_some_and(|e| e.zh.contains("批准"));
        if !about_approval || !missing(found, key) {
            continue;
        }
        if let Some(l) = lines.iter().find(|l| {
            let t = text(l);
            free(l)
                && t.contains('经')
                && ["批准", "批复", "同意"].iter().any(|w| holds(t, w))
                && !t.contains(['：', ':'])
        }) {
            push(found, key, *l);
        }
    }
    // A call for intending users of land: how to apply (`…有使用意向的…可…提出用地申请`) and
    // what happens when two or more apply (`有两个或两个以上意向用地者的，…`).
    for (key, words) in [
        ("applicationMethod", &["意向", "申请"][..]),
        ("competitionRule", &["两个以上", "意向用地者"][..]),
    ] {
        if missing(found, key)
            && let Some(l) = lines.iter().find(|l| {
                let t = text(l);
                free(l)
                    && !t.contains(['：', ':'])
                    && words
                        .iter()
                        .all(|w| holds(t, w) || holds(t, "两个或两个以上"))
            })
        {
            push(found, key, *l);
        }
    }
    if missing(found, "timeAndPlace")
        && let Some(l) = lines.iter().find(|l| {
            let t = text(l);
            free(l)
                && (holds(t, "定于") || holds(t, "拍卖会") || holds(t, "挂牌活动"))
                && t.contains('年')
                && ["举行", "进行", "开始"].iter().any(|w| holds(t, w))
        })
    {
        push(found, "timeAndPlace", *l);
    }
    for key in ["contact", "contacts"] {
        if item.element(key).is_none() {
            continue;
        }
        let is_label = |t: &str| {
            t.find(['：', ':'])
                .is_some_and(|i| t[..i].chars().count() <= 8 && !t[..i].contains(['，', '。']))
        };
        // The block's own lines may give the element (`联系电话：…`): only another's hold them.
        let others: Vec<Span> = found
            .iter()
            .filter(|e| e.key != key)
            .filter_map(|e| e.value)
            .collect();
        let free = |l: &Span| !others.iter().any(|h| h.contains(*l));
        let mut from = lines.len();
        while from > 0 && is_label(text(&lines[from - 1])) && free(&lines[from - 1]) {
            from -= 1;
        }
        let mut block = &lines[from..];
        // `联系方式：` alone on its line heads the block: its value is the lines under it.
        let mut head = None;
        if block.len() > 1 && text(&block[0]).trim_end().ends_with(['：', ':']) {
            head = Some(block[0]);
            block = &block[1..];
        }
        let headless = |e: &FoundElement| {
            e.key == key && e.value.is_none() && head.is_some_and(|h| h.contains(e.label))
        };
        if !block.is_empty() && block.iter().any(|l| text(l).contains("联系")) {
            let span = Span {
                start: block[0].start,
                end: block[block.len() - 1].end,
            };
            // A contact given elsewhere, outside the block, is the notice's; so is the one a
            // label opening the block's first line about contact gives to the block's end.
            let first = block
                .iter()
                .find(|l| holds(text(l), "联系"))
                .map_or(span.start, |l| l.start);
            if found.iter().filter(|e| !headless(e)).any(|e| {
                e.key == key
                    && (!span.contains(e.label)
                        || body
                            .get(first..e.label.start)
                            .is_some_and(|lead| lead.trim().chars().count() <= 3)
                            && e.value.is_some_and(|v| v.end >= span.end))
            }) {
                continue;
            }
            found.retain(|e| !headless(e));
            found.push(paragraph(key, span.start, span));
        }
    }
    found.sort_by_key(|e| e.label.start);
}

/// The lines of `above` after the title's line (which ends at `title_end`): they are in order,
/// so a tail of them.
fn below_title(above: &[Span], title_end: usize) -> &[Span] {
    &above[above.partition_point(|l| l.start <= title_end)..]
}

/// Whether the notice runs to the last section of its format: its last first-level heading
/// (the third or later) is the contacts (`九、凡对本次公告内容提出询问，请按以下方式联系`,
/// `七、联系方式`) and something stands under it. Portals that generate the 财办库〔2020〕50号
/// formats (Shanghai's among them) end there without a 落款; a copy cut short stops before it.
/// Read of procurement notices only: an exchange's listing page also ends with its contacts,
/// but gives the rest of the disclosure in tabs and files the page does not hold.
fn closed_by_contacts(body: &str, hs: &[Heading]) -> bool {
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

/// The clause of `t` that decides to suspend, end or resume (`决定终止该宗地的拍卖出让活动`), to
/// the comma or full stop after it: from its 决定, and from the act alone.
fn deciding_clause(t: &str) -> Vec<std::ops::Range<usize>> {
    let Some(at) = t.find("决定") else {
        return Vec::new();
    };
    let act_at = at + "决定".len();
    let rest = &t[act_at..];
    if !["中止", "终止", "终结", "恢复", "暂停"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return Vec::new();
    }
    let end = rest
        .find(['，', '。', '；', ','])
        .map_or(t.len(), |e| act_at + e);
    vec![at..end, act_at..end]
}

/// Whether `body` is a decision's 双公示 record (行政处罚信息公示): the table of its facts runs to
/// the deciding authority and the decision's date (处罚机关, 处罚决定日期), each with a value.
/// That table is the whole of what the format publishes, as a 落款 closes a decision.
fn closed_by_authority(body: &str, tabs: &[super::tables::Table]) -> bool {
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
        body.match_indices(label).any(|(i, _)| {
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

/// The words of a paragraph `t` that name the notice or project a suspension or an end
/// concerns, as readers quote them, as ranges of `t`:
/// - a notice's title and 文号 (`《…出让公告》（…〔2025〕8号）`), the clause from the paragraph's
///   start to them (`某局于2025年4月8日发布《…》（…号）`), and the same from its date
///   (`2025年4月8日发布的《…》（…号）`);
/// - a project's name and number (`某工程（招标编号：…）`, `“某公司100%股权转让”项目（项目编号：…）`),
///   and the sentence that says when it was published (`…于2025年5月12日在…发布招标公告。`).
fn notice_named(t: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    // A project numbered before any title (`某公司35%股权转让项目（项目编号：…），…根据《…细则》`):
    // the rule cited after it names no notice.
    let numbered = |i: usize| {
        t[i..]
            .split([')', '）'])
            .next()
            .is_some_and(|b| holds(b, "编号"))
    };
    let project = t
        .match_indices(['（', '('])
        .map(|(i, _)| i)
        .find(|&i| numbered(i));
    if let Some(open) = t.find('《')
        && project.is_none_or(|p| open < p)
        && let Some(close) = t[open..].find('》').map(|k| k + open + '》'.len_utf8())
    {
        let end = bracket_after(t, close).unwrap_or(close);
        out.push(open..end);
        if open > 0 && !t[..open].contains(['。', '；']) {
            out.push(0..end);
        }
        // From the date it was published on, in the clause that says so (`某局于2024年9月6日发
        // 布的《…》`, `2025年8月12日在某网发布了《…》`, `2021年9月3日发布《…》`).
        let before = &t[..open];
        if ["发布的", "发布了", "发布"]
            .iter()
            .any(|w| before.ends_with(w))
            && let Some(d) = dates(before).last()
            && !before[d.span.end..].contains(['，', ',', '。', '；'])
        {
            out.push(d.span.start..end);
        }
        return out;
    }
    // A project named with its number in brackets: from the name's start (its opening quote,
    // else the paragraph's) to the bracket's end.
    let Some(open) = project else {
        return out;
    };
    let Some(end) = bracket_after(t, open) else {
        return out;
    };
    let start = match t[..open].rfind('“') {
        Some(q) if !t[q..open].contains(['，', ',', '。']) => q,
        _ if !t[..open].contains(['，', ',', '。', '；']) => 0,
        _ => return out,
    };
    out.push(start..end);
    // Named after what published or listed it (`某交易中心于2025年5月6日发布的某项目（项目编号：
    // …）`, `…公开挂牌的某项目`): the project from after its 发布(的) or 挂牌的.
    if let Some(k) = t[start..open]
        .rfind("发布")
        .map(|k| start + k + "发布".len())
        .or_else(|| {
            t[start..open]
                .rfind("挂牌的")
                .map(|k| start + k + "挂牌".len())
        })
    {
        let k = k + if t[k..].starts_with('的') {
            '的'.len_utf8()
        } else {
            0
        };
        if k < open && !t[k..open].contains(['，', ',', '。', '；']) {
            out.push(k..end);
        }
    }
    // The sentence that tells where and when it was published.
    if let Some(stop) = t[end..].find('。').map(|k| end + k + '。'.len_utf8())
        && holds(&t[end..stop], "发布")
        && !t[end..stop].contains(['，', ','])
    {
        out.push(start..stop);
    }
    out
}

/// The end of the bracket that opens at `at` in `t` (`（…）`, `(…)`), if one opens there.
fn bracket_after(t: &str, at: usize) -> Option<usize> {
    if !t[at..].starts_with(['（', '(']) {
        return None;
    }
    t[at..]
        .char_indices()
        .find(|&(_, c)| matches!(c, '）' | ')'))
        .map(|(k, c)| at + k + c.len_utf8())
}

/// A publicity's objection channel written as a paragraph without a label: the first paragraph
/// above the 落款 that says how to object (`公示期间，如对…有异议，可…反映`), where no label gave it.
fn objection_paragraph(body: &str, found: &mut Vec<FoundElement>, above: &[Span]) {
    // The sentence is part of a line that says more (`公示期为…。对…有异议的，…`, `…反映，
    // 联系电话：…；地址：…`): the whole line is how to object too, as readers quote it.
    let whole_lines: Vec<FoundElement> = found
        .iter()
        .filter(|e| e.key == "objectionChannel")
        .filter_map(|e| {
            let v = e.value?;
            let line = above.iter().find(|l| l.contains(v) && **l != v)?;
            let unlabelled = line.of(body).is_some_and(|t| {
                t.find(['：', ':'])
                    .is_none_or(|c| t[..c].contains(['，', '。', ',']))
            });
            (unlabelled && (line.start < v.start || line.end > v.end))
                .then(|| paragraph("objectionChannel", e.label.start, *line))
        })
        .collect();
    if !whole_lines.is_empty() {
        found.extend(whole_lines);
        found.sort_by_key(|e| e.label.start);
    }
    if found.iter().any(|e| e.key == "objectionChannel") {
        return;
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    // The sentence that says how to object, to the end of its line: it may follow another on
    // the same line (`公示时间：…至…。公示期内如有异议，请…反映`).
    let hit = above.iter().copied().find_map(|l| {
        let t = l.of(body).unwrap_or("");
        if ![
            "反映",
            "提出",
            "反馈",
            "申请复核",
            "举报",
            "电话",
            "联系",
            "手机",
        ]
        .iter()
        .any(|w| holds(t, w))
        {
            return None;
        }
        let i = t.find("异议")?;
        // A heading that names the channel (`三、异议反映渠道`) is no sentence saying it.
        if t.chars().count() <= 16 && !t.contains(['，', ',', '。']) {
            return None;
        }
        // The value of a period's heading whose one line says how to object (`三、公示时间` over
        // `…至…。公示期内，对…有异议的，…反映`) is the label's value, as on a labelled line.
        if let Some(v) = found
            .iter()
            .filter(|e| e.key == "publicityPeriod")
            .filter_map(|e| e.value)
            .find(|v| *v == l)
        {
            return Some(v);
        }
        if held.iter().any(|h| h.contains(l)) {
            return None;
        }
        let from = t[..i]
            .rfind(['。', ';', '；'])
            .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
        let from = from + (t[from..].len() - t[from..].trim_start().len());
        // On a line whose label gives another element (`公示时间：…，对…有异议的…`), the
        // label's value, as the conventions read a line after its label.
        let labelled = found
            .iter()
            .filter_map(|e| e.value)
            .find(|v| v.start >= l.start && v.start <= l.start + i && v.end == l.end);
        // A line under a label no element of the item has (`2. 公示期：…至…。对…有异议的…`,
        // `四、异议反映：公示期内…`): the label's value all the same.
        let after_label = t.find('：').filter(|&c| {
            let label = t[..c].trim_start_matches(|ch: char| {
                ch.is_ascii_digit() || "一二三四五六七八九十、.．（）() \u{3000}".contains(ch)
            });
            (c < i || holds(label, "异议"))
                && (2..=12).contains(&label.chars().count())
                && !label.contains(['，', ',', '。'])
        });
        match (labelled, after_label) {
            (Some(v), _) => Some(v),
            (None, Some(c)) => {
                let v = c + '：'.len_utf8();
                let v = v + (t[v..].len() - t[v..].trim_start().len());
                (v < t.len()).then_some(Span {
                    start: l.start + v,
                    end: l.end,
                })
            }
            (None, None) => (!t[from..i].contains(['：', ':'])).then_some(Span {
                start: l.start + from,
                end: l.end,
            }),
        }
    });
    if let Some(l) = hit {
        found.push(paragraph("objectionChannel", l.start, l));
        // After another sentence on its line (`公示期为…。对配租结果有异议的，…`): the line too.
        if let Some(line) = above.iter().find(|a| a.contains(l) && a.start < l.start)
            && !body[line.start..l.start].contains(['：', ':'])
        {
            found.push(paragraph("objectionChannel", line.start, *line));
        }
        found.sort_by_key(|e| e.label.start);
    }
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
    let l = label.trim_start();
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
fn consecutive_labels(
    body: &str,
    lines: &Lines,
    hs: &[Heading],
    item: ItemKind,
    found: &mut Vec<FoundElement>,
) {
    let line_of = |at: usize| lines.line_of(at);
    // Nothing but spaces before it on its line.
    let starts_line = |s: Span| body[lines.line_start(s.start)..s.start].trim().is_empty();
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
        let (la, lb) = (super::labels::normal(la), super::labels::normal(lb));
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
                    key: (*key).to_owned(),
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
            && names_project(&super::labels::normal(label))
            && numbers_project(&super::labels::normal(number))
            && !rest.trim().is_empty()
        {
            merged.push(FoundElement {
                key: "originalNotice".to_owned(),
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
    found.sort_by_key(|e| e.label.start);
}

/// A label with nothing after its colon (`联系方式：`, `中标候选人：`) over lines of labels that
/// give the item no element of their own (`采购人：…，联系人：…`): those lines are what it says,
/// up to a blank line, a line that gives an element, a numbered heading or the 落款.
fn empty_labels(
    body: &str,
    lines: &Lines,
    hs: &[Heading],
    found: &mut [FoundElement],
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
        starts = found
            .iter()
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
        while at < stop {
            let next = body[at..]
                .find('\n')
                .map_or(body.len(), |k| at + k)
                .min(stop);
            let line = &body[at..next];
            let given = |p: &usize| (at..next).contains(p);
            if line.trim().is_empty() || starts.iter().any(given) || numbered.iter().any(given) {
                break;
            }
            end = Some(at + line.trim_end().len());
            at = next + 1;
        }
        if let Some(end) = end {
            let start = line_end + 1;
            let start = start + (body[start..end].len() - body[start..end].trim_start().len());
            e.value = Some(Span { start, end });
        }
    }
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
        if group_keys.binary_search(&e.key.as_str()).is_err()
            || e.value.is_none_or(|v| v.is_empty())
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
            .map(super::labels::normal)
            .unwrap_or_default();
        table.same_first(&label).iter().any(|&i| {
            let entry = &table.entries()[i];
            entry.wording == label
                && !entry.parts.is_empty()
                && entry.key.as_deref() == Some(e.key.as_str())
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

/// A document number (文号) on a line of its own among the first five: `云财采罚〔2024〕3号`.
/// A policy issued by a notice (`关于印发《某市公共租赁住房管理办法》的通知` over
/// `某建发〔2025〕14号`): its name is the title's 《》, its number the 文号 under the title, where
/// no label gave them.
fn policy_named(body: &str, found: &mut Vec<FoundElement>) {
    let has = |found: &[FoundElement], key: &str| found.iter().any(|e| e.key == key);
    let element = |key: &str, span: Span| FoundElement {
        key: key.to_owned(),
        label: Span {
            start: span.start,
            end: span.start,
        },
        value: Some(span),
        numbering: Numbering::Unnumbered,
    };
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
    found.sort_by_key(|e| e.label.start);
}

/// A document's number (文号): a line of its own among the first eight lines of text under
/// the title (a red-headed document puts the issuer and its type above it), or in brackets at
/// the title's end (`行政处罚决定书（某财罚〔2025〕4号）`).
fn document_number(body: &str) -> Option<Span> {
    let bracketed = |t: &str| ["〔", "[", "［", "【"].iter().any(|o| t.contains(o));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifteen_lines_end_where_the_lines_say() {
        let many: String = (0..40).map(|k| format!("第{k}行\n")).collect();
        for t in [
            "",
            "一行",
            "一\n",
            "\n\n\n",
            many.as_str(),
            &many[..many.len() - 1],
        ] {
            for n in [0, 10, 15, 16, 17, 20, t.len()] {
                let t = t.get(..n.min(t.len())).unwrap_or(t);
                let want = Lines::new(t).break_at(15).unwrap_or(t.len());
                assert_eq!(fifteen_lines_end(t), want, "{t:?}");
            }
        }
    }

    /// Each word of a copy cut short holds its part, once.
    #[test]
    fn the_words_of_a_cut_copy_hold_their_parts() {
        let mut all: Vec<&str> = Vec::new();
        for (part, words) in CUT_SHORT {
            for w in *words {
                assert!(w.contains(part), "{w} {part}");
                all.push(w);
            }
        }
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n);
        assert_eq!(n, 20);
    }

    /// [`han_reach`] counts by the first bytes what [`is_han`] counts by the characters: every
    /// character from U+3000 to U+A000 (the lead bytes it looks at) and either side of them.
    #[test]
    fn chinese_counted_by_bytes_as_by_characters() {
        let text: String = (0x2f00..=0xa100)
            .filter_map(char::from_u32)
            .chain("〇中文 abc\u{4dbf}\u{4dc0}\u{4dff}\u{4e00}".chars())
            .collect();
        let han = text.chars().filter(|c| is_han(*c)).count();
        assert!(han_reach(text.as_bytes(), han));
        assert!(!han_reach(text.as_bytes(), han + 1));
        for c in (0x2f00..=0xa100).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(han_reach(one.as_bytes(), 1), is_han(c), "{c:?}");
        }
    }

    /// [`holds_budget_or_publicity`] says what three searches say.
    #[test]
    fn budget_or_publicity_by_bytes() {
        for l in [
            "预算金额",
            "采购预算（元）",
            "公示期",
            "结果公告期限",
            "公",
            "预",
            "公开",
            "预计",
            "项目名称",
            "",
            "公 示",
        ] {
            let searched = holds(l, "预算") || holds(l, "公示") || holds(l, "公告");
            assert_eq!(holds_budget_or_publicity(l), searched, "{l}");
        }
    }

    /// [`consecutive_labels`] passes over a pair whose first label [`may_start_pair`] refuses.
    #[test]
    fn every_label_pair_may_start_a_pair() {
        for (first, _, _) in LABEL_PAIRS {
            assert!(may_start_pair(first), "{first}");
        }
    }

    /// [`check_text`] as first written, a character at a time.
    fn check_by_chars(input: &str) -> Result<(), NoticeError> {
        let bad = |c: char| {
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{fffd}'
        };
        let (mut count, mut first, mut total) = (0, None, 0);
        for (i, c) in input.char_indices() {
            total += 1;
            if bad(c) {
                first.get_or_insert(i);
                count += 1;
                if c == '\0' {
                    return Err(NoticeError::Binary { at: i });
                }
            }
        }
        match first {
            Some(at) if count * 50 > total => Err(NoticeError::Binary { at }),
            _ => Ok(()),
        }
    }

    #[test]
    fn the_text_check_by_blocks_is_the_check_by_characters() {
        let pieces = [
            "公告", "a", "\n", "\t", "\r", "\x0c", "\x01", "\x7f", "\u{80}", "\u{9f}", "\u{a0}",
            "·", "\u{fffd}", "\u{ffbf}", "\u{fffc}", "：", "\0", "￥",
        ];
        // Every piece at every place around a block's end, in texts mostly clean and mostly not.
        for (k, bad) in pieces.iter().enumerate() {
            for pad in 60..70 {
                for clean in [1, 40] {
                    let mut s = "x".repeat(pad);
                    for j in 0..clean {
                        s.push_str(pieces[(k + j) % pieces.len()]);
                        s.push_str(&"公告".repeat(j % 3));
                    }
                    s.push_str(bad);
                    assert_eq!(check_text(&s), check_by_chars(&s), "{s:?}");
                }
            }
        }
    }
}
