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

mod absence;
mod awards;
mod clips;
mod decision_paragraphs;
mod decision_party;
mod decisions;
mod error;
mod events;
mod found;
mod input;
mod label_runs;
mod lists;
mod objections;
mod page_head;
mod paragraphs;
mod policy;
mod published;
mod reading;
mod responsible;
mod statements;
mod suspensions;
mod title;
mod transfers;

pub use error::NoticeError;
pub use reading::{Evidence, InText, NoticeReading, NoticeSource};

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::amounts::{Amount, AmountForm};
use super::dates::DateValue;
use super::elements::{FoundElement, elements_in, national};
use super::headings::Numbering;
use super::html::{HtmlText, looks_like_html};
use super::kind::classify_chars;
use super::lines::Lines;
use super::parties::parties_from;
use super::signature::signature_in;
use super::span::{Span, Spanned};
use super::text::{holds, holds_any};
use crate::date::StatedDate;
use crate::model::item::ItemKind;
use crate::model::record::{
    Amounts, Anchor, Channel, DisclosureRecord, Events, Party, RelativeEvent, ResponsibleBody,
    Status,
};

use absence::{
    ELSEWHERE, attaches_a_contract, attachments_heading, closed_by_authority, closed_by_contacts,
    cut_short, is_cut_short, is_mask, masked_rest, missing_elements, names_a_file,
};
use awards::{award_in_prose, candidates_block};
use clips::{clip_at_attachments, clip_at_signature, clip_periods};
use decision_paragraphs::{decision_words, from_paragraphs};
use decision_party::party_line;
use decisions::{complaint_party_lines, decided_in_prose, decision_paragraph, from_signature};
use events::{deadline_in_prose, deadline_section, method_with_deadline, needed_events, put};
use input::{check_chinese, check_text};
use label_runs::{
    after_own_labels, consecutive_labels, contacts_with_labels, empty_labels, label_over_paragraph,
    label_over_table, one_row_table, purchaser_block, section_runs, table_alone,
    tenderer_with_address, time_over_place,
};
use lists::{
    homes_in_allottee_list, household_lines, names_after_colon, names_line, unheaded_list,
};
use objections::{objection_block, objection_paragraph};
use page_head::read_page_head;
use paragraphs::{
    call_paragraphs, closing_paragraphs, plan_paragraphs, review_paragraph, time_and_place,
    who_may_bid,
};
use policy::{conditions_article, named_by_title, policy_named};
use published::{may_label_a_date, published_label};
use responsible::responsible_label;
use suspensions::{action_in_title, correction_paragraphs, suspension_paragraphs};
use title::{title_line, title_span};
use transfers::{asset_transfer, method_named, share_as_object, target_in_share};

/// The largest notice read, in bytes: a notice page is tens of kilobytes; anything near this is
/// not one notice.
pub const MAX_NOTICE_BYTES: usize = 4 * 1024 * 1024;

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
    let joined = super::wrapped::join(text);
    let mut reading = read_text(&joined, source, extra)?;
    // The text read kept: a page's own text is the page's to hold, not copied.
    reading.text = match (joined, &page) {
        (Cow::Borrowed(_), Some(_)) => None,
        (joined, _) => Some(joined.into_owned()),
    };
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

/// True when `label` holds 预算, 公示 or 公告: one pass over its bytes, each place told by its
/// first bytes (预 is E9 A2 84, 公 E5 85 AC), not three searches.
fn holds_budget_or_publicity(label: &str) -> bool {
    label.as_bytes().windows(6).any(|w| match w {
        [0xe9, 0xa2, 0x84, ..] => w == "预算".as_bytes(),
        [0xe5, 0x85, 0xac, ..] => w == "公示".as_bytes() || w == "公告".as_bytes(),
        _ => false,
    })
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
    // The body's characters, decoded once for the classification and the readers.
    let chars = super::text::Chars::new(body);
    let kind = classify_chars(body, &chars);
    let Some(item) = kind.item() else {
        return Err(NoticeError::Unclassified {
            notice_type: kind.notice_type.as_ref().map(|t| t.value.json_name()),
            domain: kind.domain.as_ref().map(|d| d.value),
        });
    };
    // The body's lines and dates, found once for the readers that go by them.
    let lines = Lines::new(body);
    let all_dates = super::dates::dates_in(&chars);
    let signed = signature_in(body, &lines, &all_dates);
    let above = lines.above(signed.as_ref().map_or(body.len(), |s| s.start()));
    // One pass of headings and tables, shared by the elements, the parties and the body.
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
    // Whether the body names an attachment (`附件`): searched once, for the readers of the
    // attachments' line, heading and contract, for the values that point at one and for whether
    // the notice is complete. Each of their words holds `附件`, and a value is the body's words:
    // a body without it holds none of them.
    let attachment = body.contains("附件");
    if attachment {
        clip_at_attachments(body, &mut found);
    }
    clip_periods(body, &mut found);
    time_over_place(body, &mut found);
    table_alone(body, &tabs, &mut found);
    section_runs(body, &lines, &mut found);
    if item.element("transferredShare").is_some() {
        share_as_object(body, &mut found);
    }
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
    if item == ItemKind::HousingAllocationResult {
        homes_in_allottee_list(body, &mut found);
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
    paragraphs::evaluation_paragraph(body, item, &mut found, above);
    time_and_place(body, item, &mut found, above);
    if item.element("action").is_some() {
        action_in_title(body, &mut found);
    }
    if item.element("objectionChannel").is_some() {
        objection_paragraph(body, &mut found, above);
    }
    objection_block(body, &mut found);
    if item.element("basis").is_some() && item.element("decision").is_some() {
        decision_paragraph(body, &mut found, above);
    }
    if item.element("complainant").is_some() {
        complaint_party_lines(body, &mut found);
    }
    if item == ItemKind::HousingAllocationApplicants {
        review_paragraph(body, &mut found, above);
    }
    plan_paragraphs(body, item, &mut found, above);
    if item.element("correctionContent").is_some() {
        correction_paragraphs(body, item, &mut found, above);
    }
    suspensions::project_named(body, item, &mut found, above);
    title::project_in_opening(body, item, &mut found, above);
    if item.element("subject").is_some() && item.element("facts").is_some() {
        statements::statement_paragraphs(body, item, &mut found, above);
    }
    closing_paragraphs(body, item, &mut found, above);
    if item.element("policyName").is_some() {
        policy_named(body, &mut found);
    }
    if item.element("eligibilityCriteria").is_some() {
        conditions_article(body, &mut found, above);
    }
    named_by_title(body, item, &mut found);
    deadline_section(body, item, &mut found);
    method_with_deadline(body, item, &mut found);
    contacts_with_labels(body, &mut found);
    tenderer_with_address(body, &mut found);
    empty_labels(body, &lines, &hs, &mut found, signed.as_ref());
    award_in_prose(body, item, &mut found);
    party_line(body, item, &mut found);
    consecutive_labels(body, &lines, &hs, item, &mut found);
    label_over_paragraph(body, item, &mut found, above);
    label_over_table(body, item, &tabs, &mut found);
    // Last: what no reader of labels, headings or known sentences gave.
    super::prose::elements_in_prose(body, item, &mut found, above);
    method_named(body, item, kind.method.as_ref(), &mut found);
    after_own_labels(body, &mut found);
    candidates_block(body, item, &mut found);
    found::after_own_numbers(body, &mut found);
    found::with_lead_clause(body, &mut found);
    let found_parties = parties_from(body, Some(item), &found, &tabs, &paired, &hs);
    let mut all_amounts = super::amounts::amounts_in(&chars);
    super::amounts::column_amounts(body, &tabs, &lines, &mut all_amounts);
    let pairs = super::amounts::pairs_in(body, &all_amounts);
    let title_span = title_span(body);

    // Sized for the elements' evidence and the record's few other values at once, not grown.
    let mut evidence = Vec::with_capacity(found.len() + 8);
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
        // Whether an element's value runs over several lines (`many`) or stands on one.
        let on_lines = |e: &FoundElement, many: bool| {
            e.value
                .is_some_and(|v| v.of(body).is_some_and(|t| t.contains('\n') == many))
        };
        let header = |l: Span| {
            tabs.iter()
                .any(|t| t.rows.len() > 2 && t.rows[0].line.contains(l))
        };
        // A header's rows that its first row's cell (one line, the same key and label) gives
        // too; told of each element before any goes (the cells are looked up among them all).
        let rows_beside_cell: Vec<bool> = found
            .iter()
            .map(|e| {
                header(e.label)
                    && on_lines(e, true)
                    && found
                        .iter()
                        .any(|c| c.key == e.key && c.label == e.label && on_lines(c, false))
            })
            .collect();
        let mut beside = rows_beside_cell.into_iter();
        found.retain(|_| !beside.next().unwrap_or(false));
    }
    // Whether the copy stops short of the notice: searched once, for the values and for
    // whether the notice is complete.
    let cut = is_cut_short(&chars);
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
    if attachment && let Some(a) = attachments_heading(body) {
        found.retain(|e| {
            let line = body[lines.line_start(e.label.start)..e.label.end].trim();
            let listed = e.label.start >= a && super::text::numbered_rest(line).len() < line.len();
            if listed {
                elsewhere.push(e.key.to_string());
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
        // Emptied by the cut, or a heading with nothing under it in a copy cut short, or with
        // nothing after it at all (the copy stops at the heading): what it headed is what the
        // copy lost.
        let last = || {
            body[e.label.end..]
                .trim_start_matches([':', '：'])
                .trim()
                .is_empty()
        };
        if v.is_empty() && (e.value.is_some() || cut || last()) {
            elsewhere.push(e.key.to_string());
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
                || super::text::words(ELSEWHERE)
                    .filter_map(|w| super::text::find(v, w))
                    .min()
                    .is_some_and(|at| {
                        let before = &v[..at];
                        let n = before.chars().count();
                        // Or a list of what the attachment gives (`已基本建成项目的名称、地点、
                        // 套数及竣工时间详见附件2`).
                        (n <= 16 || n <= 30 && before.contains('、'))
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
            )
            // An aggregator's notice that the rest is for its paying members
            // (`以下内容仅对VIP会员开放，登录或开通会员后查看`).
            || v.len() <= 120 && holds(v, "会员") && (holds(v, "登录") || holds(v, "开通"))
            // What a cut copy keeps of a value: its ellipsis and a rule (`…… ═════`), no word.
            || cut && !v.chars().any(char::is_alphanumeric);
        // A household list given as the paragraph that counts the households and sends the
        // reader to an attachment for their names (`共有412户家庭参加摇号，排序结果详见附件。`,
        // `…符合条件128户（名单详见附件1、附件2）`): the list is elsewhere, not stated here.
        let list_elsewhere = || {
            attachment
                && matches!(
                    e.key.as_ref(),
                    "applicantList" | "allotteeList" | "rankingList"
                )
                && !v.contains('\n')
                && v.matches('、').count() < 3
                && holds_any(v, ELSEWHERE)
        };
        if !v.is_empty() && (a_file || pointer() || masked || list_elsewhere()) {
            elsewhere.push(e.key.to_string());
            continue;
        }
        // The key copied once, when first seen (most elements are a key's first).
        if !content.contains_key(e.key.as_ref()) {
            content.insert(e.key.to_string(), Vec::new());
        }
        let Some(spans) = content.get_mut(e.key.as_ref()) else {
            continue;
        };
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
        && attachment
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
    // After the content's values: a cell, not the table that holds it, is the record's.
    if !item.states_sanctions() {
        one_row_table(&tabs, &mut found);
    }

    // Complete: signed and dated, or run to the format's closing contacts, and pointing at no
    // attachment. (Each of the words holds `附件`: a body without it holds none of them.)
    let complete =
        (signed.is_some() || closed) && !(attachment && holds_any(body, ELSEWHERE)) && !cut;
    let (mut absent, mut not_stated, mut unread) = missing_elements(
        item,
        &content,
        &elsewhere,
        complete,
        body,
        shift,
        &mut not_stated_ptrs,
    );

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
    let head_end = lines.break_at(15).unwrap_or(body.len());
    let own_label = if may_label_a_date(body, head_end) {
        published_label(body, head_end)
    } else {
        None
    };
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
        let dated = element_dates(key);
        // A period's first and last days under labels of their own (`信息披露起始日期：…` over
        // `信息披露截止日期：…`, `公示开始日期` over `公示结束日期`): the range they state.
        if events.publicity_end_on.is_none()
            && !dated
                .iter()
                .any(|(d, _)| matches!(d.value, DateValue::Range { .. }))
            && let Some((from, to)) = first_and_last_days(body, &lines, &dated)
        {
            for (event, (d, label)) in [("publicityStartOn", from), ("publicityEndOn", to)] {
                if let DateValue::Date(v) = d.value {
                    put(
                        &mut events,
                        &mut event_evidence,
                        event,
                        v,
                        d.span,
                        Some(*label),
                    );
                }
            }
        }
        for (d, label) in dated {
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
    // A listing's start and end on lines of their own (`挂牌起始时间：…` over `挂牌截止时间：…`):
    // it ends at the date its line says closes it (the listing's days, LD-39-LIST and MR-LIST,
    // are counted to it).
    if events.activity_start_on.is_some() && events.activity_end_on.is_none() {
        let listed = element_dates("timeAndPlace");
        if let Some((first, _)) = listed.first()
            && let Some((d, label)) = day_on_line(
                body,
                &lines,
                &listed,
                &["截止", "结束"],
                first.span.start + 1,
            )
            && let DateValue::Date(v) = d.value
        {
            put(
                &mut events,
                &mut event_evidence,
                "activityEndOn",
                v,
                d.span,
                Some(*label),
            );
        }
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
    // Equal paths are the same text: an unstable sort leaves nothing to tell apart, and shares
    // less code than a stable one.
    not_stated_ptrs.sort_unstable();
    not_stated_ptrs.dedup();

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
        content: record_content(content, body, |k| item.applies(k, method)),
        parties,
        sanction: None,
        amounts: record_amounts,
        events,
        exemption: None,
        pauses: Vec::new(),
        relative_events: relative,
        not_stated: not_stated_ptrs,
    };
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
        text: None,
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
    read_page_head(&mut reading, text, start, item, from_label);
    Ok(reading)
}

/// A date an element states, with the element's label.
type Dated = (Spanned<DateValue>, Span);

/// Of a period's dates, the day on a line that starts it (`起始`, `开始`) and a later day on a
/// line that ends it (`截止`, `结束`): the period's first and last days as two labels state them.
fn first_and_last_days<'d>(
    body: &str,
    lines: &Lines,
    dated: &'d [Dated],
) -> Option<(&'d Dated, &'d Dated)> {
    let from = day_on_line(body, lines, dated, &["起始", "开始"], 0)?;
    let to = day_on_line(body, lines, dated, &["截止", "结束"], from.0.span.start + 1)?;
    Some((from, to))
}

/// The first of `dated` that is a day, from byte `after` on, on a line that says one of `words`
/// before it (`挂牌截止时间：…`, `信息披露起始日期：…`).
fn day_on_line<'d>(
    body: &str,
    lines: &Lines,
    dated: &'d [Dated],
    words: &[&str],
    after: usize,
) -> Option<&'d Dated> {
    dated.iter().find(|(d, _)| {
        let line = &body[lines.line_start(d.span.start)..d.span.start];
        d.span.start >= after
            && matches!(d.value, DateValue::Date(_))
            && words.iter().any(|w| holds(line, w))
    })
}

/// The record's content: each key's values, a line each (written into one string, not gathered
/// first), of the keys `applies` takes (not those a label names that the method cannot hold: a
/// capital increase's `增资方案` is no share sold). The keys are moved, not copied, and taken in
/// their order at once.
fn record_content(
    content: BTreeMap<String, Vec<Span>>,
    body: &str,
    applies: impl Fn(&str) -> bool,
) -> BTreeMap<String, String> {
    // Inserted one by one, not collected: a map collected from an iterator is sorted and its
    // duplicates dropped by code of its own in the WebAssembly module, and these keys come
    // sorted and unique.
    let mut out = BTreeMap::new();
    for (key, spans) in content {
        if !applies(&key) {
            continue;
        }
        let mut value = String::new();
        for (k, v) in spans.iter().filter_map(|s| s.of(body)).enumerate() {
            if k > 0 {
                value.push('\n');
            }
            value.push_str(v);
        }
        out.insert(key, value);
    }
    out
}

/// The label of the first element `key` found.
fn label_of(found: &[FoundElement], key: &str) -> Span {
    found
        .iter()
        .find(|e| e.key == key)
        .map_or(Span { start: 0, end: 0 }, |e| e.label)
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
