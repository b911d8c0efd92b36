//! The table from the wordings of headings and labels to the element keys of
//! [`ItemKind`](crate::ItemKind) (`项目编号` → `projectNumber`). It is data: the national table
//! ([`LabelTable::national`]) holds the wordings of the 财办库〔2020〕50号 formats and of the
//! notices portals publish for procurement results and announcements, intentions, corrections,
//! terminations and single-source publicities, land listings, construction candidate
//! publicities and penalty decisions, and a caller adds its own portal's wordings
//! ([`LabelTable::add`], [`LabelTable::add_part`]).
//!
//! One wording may give different elements in different items (`项目联系方式` is the contact
//! person of an announcement and a part of the purchaser's details in a result): the table lists
//! each, and the reader takes the first the item has.
//!
//! # Example
//! ```
//! use gongkai::notice::LabelTable;
//! let mut table = LabelTable::national();
//! assert_eq!(table.keys("项目编号").next(), Some("projectNumber"));
//! table.add("采购计划编号", "projectNumber");
//! assert_eq!(table.keys("采购计划编号").next(), Some("projectNumber"));
//! ```

use std::borrow::Cow;

use super::span::Span;

use super::text::fold;

/// One wording of a heading or label, and the element it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelEntry {
    /// The wording, folded (full-width forms as ASCII, no spaces).
    pub wording: String,
    /// The element key it gives; `None` for a heading that only groups others
    /// (`中标（成交）信息`). The national table's keys are lent from its static tables (an
    /// element found by one takes its key without copying it); a caller's are owned.
    pub key: Option<Cow<'static, str>>,
    /// Labels under this heading that mean something particular here (`名称` under
    /// `采购人信息` is the purchaser's), with the key each gives.
    pub parts: Vec<(String, Cow<'static, str>)>,
}

/// The wordings of headings and labels and the elements they give.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct LabelTable {
    entries: Vec<LabelEntry>,
    /// The entries by the first character of their wording, in buckets by the character's
    /// hash ([`bucket`]; none before the first entry), with the node of [`Self::nodes`] that
    /// character leads to: a label is searched for the wordings it contains from each of its
    /// characters, not for every wording, and most characters find their bucket empty or
    /// holding another character or two, told at once.
    by_first: Vec<Vec<First>>,
    /// Every entry's parts' wordings, sorted, each once: whether a label is a part is told by
    /// halves, not by walking every entry (most have none).
    parts: Vec<String>,
    /// The wordings as a tree of their characters (the first's nodes are led to by
    /// `by_first`; the first node stands for the empty wording): the wordings that start at a
    /// place of a label are those whose nodes its characters from there walk through, each
    /// character a step, and no wording is compared whole.
    nodes: Vec<Node>,
}

/// The entries whose wording starts with a character, and the node that character leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct First {
    c: char,
    entries: Vec<usize>,
    node: usize,
}

/// A node of [`LabelTable`]'s tree of wordings: the characters that go on from it, each with
/// its node, and the entries whose wording ends at it, in the table's order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Node {
    next: Vec<(char, usize)>,
    ends: Vec<usize>,
}

/// How many buckets [`LabelTable`]'s `by_first` has.
const BUCKETS: usize = 512;

/// The bucket of `c` in [`LabelTable`]'s `by_first`.
fn bucket(c: char) -> usize {
    ((c as u32).wrapping_mul(0x9e37_79b1) >> 23) as usize
}

/// The wordings of `label` as the table compares them: folded, without spaces and a trailing
/// colon, 和 read as 及. Most labels are so already (no full-width forms, spaces, 它, 和 or
/// colon at the end): those are lent back, not copied.
pub(crate) fn normal(label: &str) -> Cow<'_, str> {
    if label.ends_with(':') || !is_normal(label) {
        Cow::Owned(normalised(label))
    } else {
        Cow::Borrowed(label)
    }
}

/// True when no character of `label` changes in [`normalised`]: none folds to another, is a
/// space, or is 它 or 和.
fn is_normal(label: &str) -> bool {
    scan(label).is_some()
}

/// Which of the characters that join wordings a label holds once normalised: 及 (和
/// normalised), 与 or 、 (`any`), and 及 (`ji`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Joiners {
    pub(crate) any: bool,
    pub(crate) ji: bool,
}

impl Joiners {
    /// Notes the character of three bytes whose first is `x` and whose others are `rest`.
    fn note(&mut self, x: u8, rest: Option<&[u8]>) {
        match (x, rest) {
            // 及 is E5 8F 8A, 和 E5 92 8C.
            (0xe5, Some(&[0x8f, 0x8a] | &[0x92, 0x8c])) => {
                self.any = true;
                self.ji = true;
            }
            // 与 is E4 B8 8E, 、 E3 80 81.
            (0xe4, Some(&[0xb8, 0x8e])) | (0xe3, Some(&[0x80, 0x81])) => self.any = true,
            _ => {}
        }
    }
}

/// The [`Joiners`] of `label` when no character of it changes in [`normalised`] (see
/// [`is_normal`]), else `None`. Told a byte at a time for the characters most labels are made
/// of: ASCII, and the Chinese ones U+4000 to U+EFFF (their first bytes `E4` to `EE`), which
/// fold to themselves and are no spaces; any other character is decoded and tested.
fn scan(label: &str) -> Option<Joiners> {
    let b = label.as_bytes();
    let mut joiners = Joiners::default();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        match x {
            // `~` folds to `-`; the white space of ASCII is `\t` to `\r` and the space.
            b'~' | b'\t'..=b'\r' | b' ' => return None,
            0..=0x7f => i += 1,
            0xe4..=0xee => {
                if x <= 0xe5 {
                    let rest = b.get(i + 1..i + 3);
                    // 它 is E5 AE 83, 和 E5 92 8C.
                    if x == 0xe5 && matches!(rest, Some(&[0xae, 0x83] | &[0x92, 0x8c])) {
                        return None;
                    }
                    joiners.note(x, rest);
                }
                i += 3;
            }
            _ => {
                let c = label[i..].chars().next().unwrap_or('\0');
                if fold(c) != c || is_space(c) {
                    return None;
                }
                joiners.any |= c == '、';
                i += c.len_utf8();
            }
        }
    }
    Some(joiners)
}

/// [`normal`], in `buf` when it changes `label` (a caller that normalises many labels keeps
/// one string for them all), and its [`Joiners`].
pub(crate) fn normal_in<'a>(label: &'a str, buf: &'a mut String) -> (&'a str, Joiners) {
    match scan(label).filter(|_| !label.ends_with(':')) {
        Some(joiners) => (label, joiners),
        None => {
            buf.clear();
            let joiners = normalise_into(label, buf);
            (buf, joiners)
        }
    }
}

/// [`normal`], in a string of its own.
fn normalised(label: &str) -> String {
    // One allocation: folding keeps one character for one, at most as long.
    let mut folded = String::with_capacity(label.len());
    let _ = normalise_into(label, &mut folded);
    folded
}

/// [`normal`] of `label`, pushed to `folded`, and its [`Joiners`]. The runs of characters that stay as they are
/// (most of a label's) are copied whole; as in [`is_normal`], the characters of ASCII and of
/// U+4000 to U+EFFF are told by their first byte, and only others are decoded and folded.
fn normalise_into(label: &str, folded: &mut String) -> Joiners {
    let from = folded.len();
    let b = label.as_bytes();
    let mut joiners = Joiners::default();
    let mut other = false;
    let mut kept = 0;
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        let c = match x {
            b'~' | b'\t'..=b'\r' | b' ' => char::from(x),
            0..=0x7f => {
                i += 1;
                continue;
            }
            0xe4..=0xee => {
                let rest = b.get(i + 1..i + 3);
                joiners.note(x, rest);
                match (x, rest) {
                    // 它 is E5 AE 83.
                    (0xe5, Some(&[0xae, 0x83])) => other = true,
                    // A label joins its parts with 和 (E5 92 8C) or 及 alike (`保障对象和条件`,
                    // `保障对象及条件`).
                    (0xe5, Some(&[0x92, 0x8c])) => {
                        folded.push_str(&label[kept..i]);
                        folded.push('及');
                        kept = i + 3;
                    }
                    _ => {}
                }
                i += 3;
                continue;
            }
            _ => label[i..].chars().next().unwrap_or('\0'),
        };
        joiners.any |= c == '、';
        let f = fold(c);
        if f != c || is_space(c) {
            folded.push_str(&label[kept..i]);
            if !is_space(f) {
                folded.push(f);
            }
            kept = i + c.len_utf8();
        }
        i += c.len_utf8();
    }
    folded.push_str(&label[kept..]);
    folded.truncate(from + folded[from..].trim_end_matches(':').len());
    // 其它 is as common on the portals as the formats' 其他 (the two of one length).
    if other {
        while let Some(at) = folded[from..].find("其它") {
            let at = from + at + "其".len();
            folded.replace_range(at..at + "它".len(), "他");
        }
    }
    joiners
}

/// `c.is_whitespace()`, told at once for the characters from U+3020 on (the Chinese ones), of
/// which none is white space.
fn is_space(c: char) -> bool {
    c < '\u{3020}' && c.is_whitespace()
}

/// The national label table, read once.
pub(crate) fn national() -> &'static LabelTable {
    static NATIONAL: std::sync::OnceLock<LabelTable> = std::sync::OnceLock::new();
    NATIONAL.get_or_init(LabelTable::national)
}

/// Where `text` first names element `key` by one of the national wordings of three characters
/// or more standing as a label: followed by a colon, a tab or the line's end (a label line, a
/// cell of a two-column table or a column's header). A notice that names an element so holds
/// it, in a form not read, and cannot be said to lack it.
pub(crate) fn named_in(text: &str, key: &str) -> Option<Span> {
    // The wordings by key, gathered once and sorted by key: a notice asks for the few keys it
    // lacks.
    // The text is not normalised: a wording that joins with 及 is looked for with 和 as well.
    static BY_KEY: std::sync::OnceLock<Vec<(&'static str, Cow<'static, str>)>> =
        std::sync::OnceLock::new();
    let by_key = BY_KEY.get_or_init(|| {
        let mut v: Vec<(&'static str, Cow<'static, str>)> = Vec::new();
        for e in national().entries() {
            let Some(key) = e.key.as_deref() else {
                continue;
            };
            if e.wording.chars().nth(2).is_none() {
                continue;
            }
            v.push((key, Cow::Borrowed(e.wording.as_str())));
            if e.wording.contains('及') {
                v.push((key, Cow::Owned(e.wording.replace('及', "和"))));
            }
        }
        v.sort_by_key(|(k, _)| *k);
        v
    });
    let labelled = |end: usize| {
        text[end..]
            .trim_start_matches([' ', '\u{3000}'])
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '：' | ':' | '\t' | '\n'))
    };
    let from = by_key.partition_point(|(k, _)| *k < key);
    by_key[from..]
        .iter()
        .take_while(|(k, _)| *k == key)
        .filter_map(|(_, w)| {
            let mut from = 0;
            while let Some(i) = super::text::find(&text[from..], w) {
                let at = from + i;
                if labelled(at + w.len()) {
                    return Some(Span {
                        start: at,
                        end: at + w.len(),
                    });
                }
                from = at + w.len();
            }
            None
        })
        .min_by_key(|s| s.start)
}

/// The national wordings: (wording, key).
const WORDINGS: &[(&str, &str)] = &[
    // 财办库〔2020〕50号: results.
    ("项目编号", "projectNumber"),
    ("采购项目编号", "projectNumber"),
    ("招标编号", "projectNumber"),
    ("项目名称", "projectName"),
    // A works contract's name, as construction portals label it (`工程名称`).
    ("工程名称", "projectName"),
    ("采购项目名称", "projectName"),
    ("中标(成交)供应商名称", "winnerName"),
    ("中标(成交)供应商", "winnerName"),
    ("中标(成交)人", "winnerName"),
    ("中标供应商名称", "winnerName"),
    ("成交供应商名称", "winnerName"),
    ("中标供应商", "winnerName"),
    ("成交供应商", "winnerName"),
    ("中标人名称", "winnerName"),
    ("中标人", "winnerName"),
    ("中标单位", "winnerName"),
    ("成交人", "winnerName"),
    ("成交单位", "winnerName"),
    ("成交人地址", "winnerAddress"),
    ("成交价", "awardAmount"),
    ("供应商名称", "winnerName"),
    ("供应商名称", "proposedSupplier"),
    ("中标(成交)供应商地址", "winnerAddress"),
    ("中标供应商地址", "winnerAddress"),
    ("成交供应商地址", "winnerAddress"),
    ("供应商地址", "winnerAddress"),
    ("中标(成交)金额", "awardAmount"),
    ("中标金额", "awardAmount"),
    ("成交金额", "awardAmount"),
    ("中标价", "awardAmount"),
    ("成交价格", "awardAmount"),
    ("中标价格", "awardAmount"),
    ("主要标的信息", "mainItems"),
    ("主要成交标的信息", "mainItems"),
    ("主要中标标的信息", "mainItems"),
    ("主要中标(成交)标的信息", "mainItems"),
    ("主要标的", "mainItems"),
    ("评审专家(单一来源采购人员)名单", "evaluationExperts"),
    ("评审专家名单", "evaluationExperts"),
    ("评审专家", "evaluationExperts"),
    ("评审委员会成员", "evaluationExperts"),
    ("评标委员会成员", "evaluationExperts"),
    ("评审小组成员", "evaluationExperts"),
    ("评标委员会成员名单", "evaluationExperts"),
    ("评审委员会成员名单", "evaluationExperts"),
    ("磋商小组成员名单", "evaluationExperts"),
    ("谈判小组成员名单", "evaluationExperts"),
    ("询价小组成员名单", "evaluationExperts"),
    // The panel that evaluates by its method's name (政府采购非招标采购方式管理办法 Art 7:
    // 竞争性谈判小组或者询价小组), without 名单.
    ("询价小组成员", "evaluationExperts"),
    ("谈判小组成员", "evaluationExperts"),
    ("磋商小组成员", "evaluationExperts"),
    ("单一来源采购人员名单", "evaluationExperts"),
    ("代理服务收费标准及金额", "agencyFee"),
    ("采购代理服务收费标准及金额", "agencyFee"),
    ("代理服务费", "agencyFee"),
    ("代理服务费收费标准", "agencyFee"),
    ("公告期限", "announcementPeriod"),
    ("公告期", "announcementPeriod"),
    // `本公告发布期：3个工作日`: how long the call stays published.
    ("公告发布期", "announcementPeriod"),
    ("公告发布期限", "announcementPeriod"),
    ("发布期限", "announcementPeriod"),
    // A state property listing's 公告期 is its disclosure period.
    ("公告期", "disclosurePeriod"),
    ("采购人", "purchaserAndAgency"),
    ("采购单位", "purchaserAndAgency"),
    ("采购代理机构", "purchaserAndAgency"),
    ("项目联系方式", "contactPerson"),
    ("项目联系方式", "purchaserAndAgency"),
    ("项目联系人", "contactPerson"),
    ("项目联系人", "purchaserAndAgency"),
    ("联系人", "contactPerson"),
    // The project's contact's phone beside its name (`联系人：李女士　联系电话：…`), part of the
    // element (财办库〔2020〕50号: 项目联系人姓名和电话).
    ("联系电话", "contactPerson"),
    // Announcements.
    ("预算金额", "budgetAmount"),
    // The budget of every lot together (`预算总金额（元）：780000`).
    ("预算总金额", "budgetAmount"),
    ("采购预算", "budgetAmount"),
    ("最高限价", "maximumPrice"),
    ("采购需求", "requirements"),
    // A purchase's requirements put out for comment are the documents made public.
    ("采购需求", "documents"),
    ("申请人的资格要求", "supplierQualifications"),
    ("供应商资格要求", "supplierQualifications"),
    ("投标人资格要求", "supplierQualifications"),
    // The conditions 政府采购法 Art 22 sets a supplier (供应商参加政府采购活动应当具备下列条件),
    // as a call without headings labels them.
    ("供应商资格条件", "supplierQualifications"),
    ("供应商条件", "supplierQualifications"),
    ("投标人资格要求", "bidderQualifications"),
    ("投标人资格能力要求", "bidderQualifications"),
    ("获取招标文件", "documentsObtaining"),
    ("获取采购文件", "documentsObtaining"),
    // A procurement prequalification's heading as portals word it (财办库〔2020〕50号's 资格预审公告
    // says 三、领取资格预审文件).
    ("获取资格预审文件", "documentsObtaining"),
    ("获取磋商文件", "documentsObtaining"),
    ("获取谈判文件", "documentsObtaining"),
    ("获取询价文件", "documentsObtaining"),
    // The same labels with the noun first (`询价文件获取：…`), as a call without headings has them.
    ("采购文件获取", "documentsObtaining"),
    ("询价文件获取", "documentsObtaining"),
    ("磋商文件获取", "documentsObtaining"),
    ("谈判文件获取", "documentsObtaining"),
    // A quotation's documents by the name 财政部令第74号 gives them (询价通知书, Arts 10 and 11).
    ("询价通知书获取", "documentsObtaining"),
    ("询价通知书领取", "documentsObtaining"),
    ("获取询价通知书", "documentsObtaining"),
    // A framework agreement's call (财政部令第110号 Art 22).
    ("获取征集文件", "documentsObtaining"),
    ("最高限制单价", "maximumUnitPrice"),
    ("框架协议期限", "agreementTerm"),
    ("框架协议的期限", "agreementTerm"),
    ("招标文件的获取", "documentsObtaining"),
    (
        "提交投标文件截止时间、开标时间和地点",
        "bidDeadlineAndOpening",
    ),
    ("响应文件提交", "bidDeadlineAndOpening"),
    // 财办库〔2020〕50号's non-tender calls put the opening under a heading of its own
    // (`五、开启`), after `四、响应文件提交`.
    ("开启", "bidDeadlineAndOpening"),
    ("提交响应文件截止时间", "bidDeadlineAndOpening"),
    // The 50号 formats' headings that name the deadline, the opening and the place at once.
    (
        "提交响应文件截止时间、开启时间和地点",
        "bidDeadlineAndOpening",
    ),
    (
        "响应文件提交截止时间、开启时间和地点",
        "bidDeadlineAndOpening",
    ),
    ("截止时间及开启时间", "bidDeadlineAndOpening"),
    // A quotation's deadline and opening on one label (`报价截止及开启时间：…`).
    ("报价截止及开启时间", "bidDeadlineAndOpening"),
    ("报价截止时间", "bidDeadlineAndOpening"),
    // A prequalification call's 50号 heading for submitting applications (`七、申请文件提交`).
    ("申请文件提交", "bidDeadlineAndOpening"),
    // The first part of a heading that joins the place or the negotiation's time to it
    // (`响应文件提交截止时间和地点`, `…截止时间及谈判时间、地点`).
    ("响应文件提交截止时间", "bidDeadlineAndOpening"),
    ("投标截止时间", "bidDeadlineAndOpening"),
    ("投标截止时间", "bidDeadline"),
    ("投标文件的递交", "submissionDeadlineAndMethod"),
    ("投标文件递交", "submissionDeadlineAndMethod"),
    ("投标文件递交截止时间", "bidDeadline"),
    ("投标截止时间及递交方式", "submissionDeadlineAndMethod"),
    ("开标时间", "bidDeadlineAndOpening"),
    // Intentions.
    ("采购需求概况", "requirementsSummary"),
    ("预计采购时间", "expectedTime"),
    ("预计采购时间(填写到月)", "expectedTime"),
    ("备注", "remarks"),
    // Corrections and terminations.
    ("原公告的采购项目编号", "originalProject"),
    ("原公告的采购项目名称", "originalProject"),
    ("原项目编号", "originalProject"),
    ("原项目名称", "originalProject"),
    // A correction's project under its first heading without 原 (`项目编号：…`, `项目名称：…`):
    // the project the correction corrects.
    ("项目编号", "originalProject"),
    ("项目名称", "originalProject"),
    ("首次公告日期", "firstNoticeDate"),
    ("更正事项", "correctionMatters"),
    ("更正内容", "correctionContent"),
    ("更正日期", "correctionDate"),
    ("变更事项", "correctionMatters"),
    ("澄清事项", "correctionMatters"),
    ("修改事项", "correctionMatters"),
    ("澄清与修改事项", "correctionMatters"),
    ("澄清、修改事项", "correctionMatters"),
    ("澄清(修改)事项", "correctionMatters"),
    ("中止事由", "reason"),
    ("终止事由", "reason"),
    ("后续安排", "resumption"),
    ("原公告的项目名称及编号", "originalNotice"),
    ("原招标公告项目名称及编号", "originalNotice"),
    // A correction's or a clarification's own project, named and numbered: the tender changed.
    ("项目名称及编号", "originalNotice"),
    ("变更内容", "correctionContent"),
    ("澄清内容", "correctionContent"),
    ("修改内容", "correctionContent"),
    ("澄清与修改内容", "correctionContent"),
    ("澄清、修改内容", "correctionContent"),
    ("原招标项目", "originalNotice"),
    ("原招标公告", "originalNotice"),
    ("原资格预审公告", "originalNotice"),
    ("原公告信息", "originalNotice"),
    ("原公告信息", "originalProject"),
    ("项目终止的原因", "terminationReason"),
    ("终止原因", "terminationReason"),
    ("联系方式", "contact"),
    // A suspension's, a termination's or a lease's one line of contact.
    ("联系电话", "contact"),
    ("咨询电话", "contact"),
    // `联系人：张先生，联系电话：…` on one line, where the item has no contact person of its own.
    ("联系人", "contact"),
    ("联系方式", "contacts"),
    // A result's contacts under one heading (`8.联系方式`): the purchaser and the agency.
    ("联系方式", "purchaserAndAgency"),
    // Single-source publicities.
    ("采购人、采购项目名称和内容", "purchaserAndProject"),
    ("拟采购的货物或服务的说明", "goodsOrServices"),
    ("拟采购的货物或者服务的说明", "goodsOrServices"),
    ("采用单一来源采购方式的原因及说明", "singleSourceReason"),
    ("采用单一来源采购方式的原因及相关说明", "singleSourceReason"),
    ("拟定的唯一供应商名称、地址", "proposedSupplier"),
    ("拟定供应商名称", "proposedSupplier"),
    ("拟定供应商", "proposedSupplier"),
    ("专业人员论证意见", "expertOpinion"),
    ("专家论证意见", "expertOpinion"),
    ("论证专家", "expertOpinion"),
    ("论证意见", "expertOpinion"),
    ("公示期限", "publicityPeriod"),
    ("公示期", "publicityPeriod"),
    ("公示时间", "publicityPeriod"),
    // A procurement result's 公告期限 (财办库〔2020〕50号) under a publicity's words.
    ("公示期限", "announcementPeriod"),
    ("公示期", "announcementPeriod"),
    // The period's first and last days under labels of their own (`公示开始日期：…` then
    // `公示结束日期：…`).
    ("公示开始日期", "publicityPeriod"),
    ("公示结束日期", "publicityPeriod"),
    ("公示截止日期", "publicityPeriod"),
    // Land listings.
    ("宗地位置", "parcelLocation"),
    ("土地位置", "parcelLocation"),
    ("宗地坐落", "parcelLocation"),
    ("土地坐落", "parcelLocation"),
    ("地块位置", "parcelLocation"),
    // 中国土地市场网's 供地结果 page: the project's place, its price and its holder.
    ("项目位置", "parcelLocation"),
    ("项目位置", "location"),
    ("出让面积", "area"),
    ("土地面积", "area"),
    ("宗地面积", "area"),
    ("用地面积", "area"),
    ("地块面积", "area"),
    // A parcel's facts under their shortest words (a table's `面积（公顷）`, `用途`; a prose
    // clause `，用途为工业用地`).
    ("面积", "area"),
    ("用途", "landUse"),
    ("宗地总面积", "area"),
    // A mining right's area, with the range it is drawn by (`勘查面积及范围：12.36平方千米，由4个
    // 拐点坐标圈定`).
    ("勘查面积", "area"),
    ("勘查面积及范围", "area"),
    ("矿区面积", "area"),
    ("矿区范围及面积", "area"),
    // The range a right is drawn by is its area (the mining item's `范围`).
    ("勘查区范围", "area"),
    ("勘查区面积", "area"),
    ("勘查范围", "area"),
    ("矿区范围", "area"),
    ("开采范围", "area"),
    ("土地用途", "landUse"),
    ("规划用途", "landUse"),
    ("出让年限", "termYears"),
    ("土地使用年限", "termYears"),
    ("使用年限", "termYears"),
    ("规划指标要求", "planningConditions"),
    ("规划条件", "planningConditions"),
    ("规划指标", "planningConditions"),
    ("容积率", "planningConditions"),
    ("出让方式", "transferMethod"),
    ("竞买人资格", "bidderRequirements"),
    ("竞买申请人资格", "bidderRequirements"),
    ("竞买资格", "bidderRequirements"),
    // A listing's section on who may bid (`二、申请人资格：…均可申请参加竞买`).
    ("申请人资格", "bidderRequirements"),
    ("挂牌时间和地点", "timeAndPlace"),
    ("挂牌时间", "timeAndPlace"),
    // A land tender's times (`四、投标、开标时间和地点`) and bidders (`二、投标人资格`).
    ("投标、开标时间和地点", "timeAndPlace"),
    ("投标开标时间和地点", "timeAndPlace"),
    ("投标时间和地点", "timeAndPlace"),
    ("投标和开标的时间、地点", "timeAndPlace"),
    ("投标人资格", "bidderRequirements"),
    ("投标人资格要求", "bidderRequirements"),
    // A transfer's statement (出让情况说明): what it is about and how the transfer went.
    // A tendering approval's table (招标事项核准意见): each project and the department.
    ("招标项目", "tenderContent"),
    ("审批部门", "approvingDepartment"),
    ("项目审批(核准、备案)部门", "approvingDepartment"),
    ("项目审批部门", "approvingDepartment"),
    ("核准部门", "approvingDepartment"),
    ("审核部门", "approvingDepartment"),
    ("说明对象", "subject"),
    ("出让宗地", "subject"),
    ("出让地块", "subject"),
    ("宗地编号及位置", "subject"),
    // Wordings of single portals' sections that the development notices showed.
    ("合同文本", "contractText"),
    ("延期内容", "correctionContent"),
    ("延期事项", "correctionMatters"),
    ("澄清(修改)内容", "correctionContent"),
    ("澄清(变更)事项", "correctionMatters"),
    ("澄清(变更)内容", "correctionContent"),
    ("变更(澄清)事项", "correctionMatters"),
    ("变更(澄清)内容", "correctionContent"),
    ("澄清、修改及延期事项", "correctionMatters"),
    ("竞买申请人资格要求", "conditions"),
    ("竞买申请人资格要求", "bidderRequirements"),
    ("投标人条件及评标办法", "conditions"),
    ("股东情况", "shareholdingStructure"),
    ("增资行为决策及批准情况", "capitalIncreaseDecision"),
    ("中止期限", "resumption"),
    ("确定方式", "competitionRule"),
    ("排序方式", "lotteryMethod"),
    ("主要经营场所", "partyAddress"),
    ("购房家庭及所选房源", "allotteeList"),
    ("购房家庭及所选房源", "housingAssigned"),
    ("配租单位", "allotteeList"),
    ("采购内容", "requirements"),
    ("中标费率", "awardAmount"),
    ("领取资格预审文件", "documentsObtaining"),
    ("中标候选人拟派项目负责人姓名及证书", "projectManager"),
    ("出让情况", "facts"),
    ("处置情况", "facts"),
    ("出让结果及原因", "facts"),
    ("出让结果", "facts"),
    ("处置事项", "subject"),
    ("挂牌期限", "timeAndPlace"),
    ("挂牌地点", "timeAndPlace"),
    ("拍卖时间和地点", "timeAndPlace"),
    ("拍卖时间", "timeAndPlace"),
    ("拍卖地点", "timeAndPlace"),
    // The auction as its meeting (`拍卖会时间和地点`, `拍卖会时间：`, `拍卖会地点：`).
    ("拍卖会时间和地点", "timeAndPlace"),
    ("拍卖会时间", "timeAndPlace"),
    ("拍卖会地点", "timeAndPlace"),
    ("网上挂牌时间和地点", "timeAndPlace"),
    ("挂牌时间及交易平台", "timeAndPlace"),
    ("竞买人资格条件", "bidderRequirements"),
    ("竞买申请人资格条件", "bidderRequirements"),
    ("竞买人资格及要求", "bidderRequirements"),
    ("挂牌报价时间及地点", "timeAndPlace"),
    ("挂牌报价时间", "timeAndPlace"),
    // Mining listings.
    ("矿业权名称", "rightName"),
    ("探矿权名称", "rightName"),
    ("采矿权名称", "rightName"),
    ("竞买人资格条件", "conditions"),
    ("竞买申请人资格条件", "conditions"),
    ("投标人资格条件及评标办法", "conditions"),
    ("竞买人资格条件及竞价规则", "conditions"),
    ("竞买人条件及竞价规则", "conditions"),
    ("竞买人资格及竞价规则", "conditions"),
    ("竞买资格及竞价规则", "conditions"),
    ("竞买人资格要求及竞价规则", "conditions"),
    ("竞买人资格", "conditions"),
    ("竞买人资质条件", "conditions"),
    ("竞买人的资质条件", "conditions"),
    ("竞买人的资格条件", "conditions"),
    ("竞买人的条件", "conditions"),
    // A right offered by tender (`四、投标人的资质条件`).
    ("投标人的资质条件", "conditions"),
    ("投标人资质条件", "conditions"),
    ("出让起始价", "startingPrice"),
    ("起叫价", "startingPrice"),
    ("起拍价", "startingPrice"),
    ("拍卖起始价", "startingPrice"),
    ("矿区名称", "rightName"),
    // An exploration right's block (`出让区块名称：某萤石矿普查`).
    ("出让区块名称", "rightName"),
    ("区块名称", "rightName"),
    ("矿山名称", "rightName"),
    // A right's listing or result names it as its project (`勘查项目名称：某铁矿普查`,
    // `项目名称：某砂岩矿采矿权`); a mining item has no other project.
    ("勘查项目名称", "rightName"),
    ("项目名称", "rightName"),
    ("矿种", "mineral"),
    ("开采矿种", "mineral"),
    ("竞买条件", "conditions"),
    ("竞争规则和条件", "conditions"),
    ("竞买规则和条件", "conditions"),
    ("竞买人条件", "conditions"),
    ("竞买人条件", "bidderRequirements"),
    ("竞买人范围", "bidderRequirements"),
    ("竞买人范围", "conditions"),
    ("竞买申请人条件", "bidderRequirements"),
    ("竞买申请人条件", "conditions"),
    ("起始价", "startingPrice"),
    ("挂牌起始价", "startingPrice"),
    ("起始价格", "startingPrice"),
    ("竞得人", "transferee"),
    ("竞得人", "holder"),
    ("采矿权人", "holder"),
    ("探矿权人", "holder"),
    ("矿业权人", "holder"),
    ("竞得单位", "transferee"),
    // The winner of land granted by tender (招标出让 under 国土资源部令第39号) is its 中标人.
    ("中标人", "transferee"),
    ("中标单位", "transferee"),
    ("成交价", "dealPrice"),
    ("成交价款", "dealPrice"),
    ("成交总价", "dealPrice"),
    ("成交总价款", "dealPrice"),
    ("成交价格", "dealPrice"),
    ("成交金额", "dealPrice"),
    // State property transactions.
    ("受让方", "transferee"),
    ("受让方名称", "transferee"),
    ("成交日期", "dealDate"),
    ("转让方", "transferor"),
    ("转让方名称", "transferor"),
    ("标的企业", "targetEnterprise"),
    ("标的企业名称", "targetEnterprise"),
    ("转让标的", "transferredShare"),
    ("拟转让股权比例", "transferredShare"),
    ("拟转让产(股)权比例", "transferredShare"),
    ("转让股权比例", "transferredShare"),
    ("转让比例", "transferredShare"),
    ("受让方资格条件", "transfereeRequirements"),
    ("信息披露期", "disclosurePeriod"),
    ("信息披露起止日期", "disclosurePeriod"),
    // An exchange's listing dates under their own heading (`四、挂牌时间` over the range).
    ("挂牌时间", "disclosurePeriod"),
    ("披露期限", "disclosurePeriod"),
    ("预披露期", "disclosurePeriod"),
    ("披露期", "disclosurePeriod"),
    ("披露结束日期", "disclosurePeriod"),
    // The first and last days under labels of their own (`信息披露起始日期：…` over
    // `信息披露截止日期：…`): together the period (企业国有资产交易监督管理办法 Art 39's 披露信息
    // 时间 of a capital increase).
    ("信息披露起始日期", "disclosurePeriod"),
    ("信息披露开始日期", "disclosurePeriod"),
    ("信息披露截止日期", "disclosurePeriod"),
    // What land or a right granted by agreement or allocation costs (出让价款, 划拨价款) and
    // what a mining right's grant yields the state (矿业权出让收益).
    ("出让价款", "price"),
    ("划拨价款", "price"),
    ("出让收益", "dealPrice"),
    ("挂牌期", "disclosurePeriod"),
    ("转让底价", "reservePrice"),
    ("挂牌价格", "reservePrice"),
    ("挂牌价", "reservePrice"),
    // Construction candidate publicities.
    ("中标候选人", "candidates"),
    ("中标候选人及排序", "candidates"),
    ("中标候选人名称", "candidates"),
    ("第一中标候选人", "candidates"),
    ("第二中标候选人", "candidates"),
    ("第三中标候选人", "candidates"),
    // Ranked lines under 中标候选人： (`第一名：…公司，投标报价：…`).
    // A candidates' table's column of ranks (`排名` over 1, 2, 3): a publicity ranks only them.
    ("排名", "candidates"),
    ("第一名", "candidates"),
    ("第二名", "candidates"),
    ("第三名", "candidates"),
    ("异议渠道", "objectionChannel"),
    ("异议方式", "objectionChannel"),
    ("异议提出方式", "objectionChannel"),
    ("异议受理", "objectionChannel"),
    ("异议反映渠道", "objectionChannel"),
    ("异议反映方式", "objectionChannel"),
    ("异议及投诉", "objectionChannel"),
    ("提出异议的渠道和方式", "objectionChannel"),
    ("投标报价", "bidDetails"),
    ("投标报价(元)", "bidDetails"),
    ("工期", "bidDetails"),
    ("服务期", "bidDetails"),
    ("质量目标", "bidDetails"),
    ("项目总监", "projectManager"),
    ("总监理工程师", "projectManager"),
    ("质量", "bidDetails"),
    ("质量标准", "bidDetails"),
    ("工期(日历天)", "bidDetails"),
    ("评标情况", "evaluationSummary"),
    // The bids the evaluation rejected and why: how the evaluation went (发改委令第10号 Art 6 (一)'s
    // 评标情况).
    ("否决投标情况", "evaluationSummary"),
    ("项目负责人", "projectManager"),
    ("项目经理", "projectManager"),
    // The first words of a section joining the manager and the certificate (`项目负责人姓名及
    // 证书`, `拟派总监理工程师及证书`), which name the section.
    ("项目负责人姓名", "projectManager"),
    ("项目经理姓名", "projectManager"),
    ("拟派项目负责人", "projectManager"),
    ("拟派项目经理", "projectManager"),
    ("拟派总监理工程师", "projectManager"),
    // A candidate's manager by the candidate's rank (`第一中标候选人项目负责人：…`): the manager,
    // not the candidate its first words name.
    ("中标候选人项目负责人", "projectManager"),
    ("中标候选人项目经理", "projectManager"),
    ("资格能力条件", "qualificationResponse"),
    // 发改委令第10号 Art 6 (三)'s own words as a label.
    (
        "中标候选人响应招标文件要求的资格能力条件",
        "qualificationResponse",
    ),
    ("响应招标文件要求的资格能力条件", "qualificationResponse"),
    // Construction calls for tenders (标准施工招标文件's 招标公告).
    // The 标准施工招标文件's 招标条件 says what the project is and how it is funded and approved
    // (`本招标项目…已由…批准建设，…资金来自…`): the project's nature. It names the tenderer but
    // not its address, which 发改委令2017年第10号 Art 5 (五) asks for with its contacts.
    ("招标条件", "projectNature"),
    ("招标人", "tendererNameAndAddress"),
    ("招标人名称", "tendererNameAndAddress"),
    ("招标人名称及地址", "tendererNameAndAddress"),
    ("项目概况与招标范围", "projectOverview"),
    // The same sections under the shorter names portals give them (`【项目概况】`, `第二条　项目概况`).
    ("项目概况", "projectOverview"),
    ("工程概况", "projectOverview"),
    ("投标人资格", "bidderQualifications"),
    ("投标人资格条件", "bidderQualifications"),
    ("资格要求", "bidderQualifications"),
    ("招标文件获取", "documentsObtaining"),
    ("招标文件的领取", "documentsObtaining"),
    ("投标截止", "bidDeadline"),
    ("投标截止时间及开标时间", "bidDeadline"),
    ("建设地点", "locationAndSchedule"),
    ("计划工期", "locationAndSchedule"),
    // Place and time in one label (`2.1 建设地点及工期：…`).
    ("建设地点及工期", "locationAndSchedule"),
    ("建设地点及计划工期", "locationAndSchedule"),
    ("建设地点及监理服务期", "locationAndSchedule"),
    ("建设地点及服务期", "locationAndSchedule"),
    ("实施地点及服务期", "locationAndSchedule"),
    ("项目地点", "locationAndSchedule"),
    ("工程地点", "locationAndSchedule"),
    ("工期", "locationAndSchedule"),
    ("施工工期", "locationAndSchedule"),
    ("勘察设计周期", "locationAndSchedule"),
    ("勘察周期", "locationAndSchedule"),
    ("设计周期", "locationAndSchedule"),
    ("监理服务期", "locationAndSchedule"),
    ("建设规模", "quantity"),
    ("建设内容及规模", "quantity"),
    // A works project's goods bought by tender: what and how many (发改委令2017年第10号 Art 5
    // (一)'s 规模).
    ("采购内容及数量", "quantity"),
    ("货物名称及数量", "quantity"),
    ("招标范围", "projectNature"),
    // Goods tendered for a works project: what they are, and where and when they are delivered.
    ("项目性质", "projectNature"),
    ("交货地点", "locationAndSchedule"),
    ("交货期", "locationAndSchedule"),
    ("供货期", "locationAndSchedule"),
    ("交货地点及交货期", "locationAndSchedule"),
    ("交货期限", "locationAndSchedule"),
    ("交货及安装地点", "locationAndSchedule"),
    ("交货及安装期限", "locationAndSchedule"),
    ("供货地点", "locationAndSchedule"),
    ("供货及安装工期", "locationAndSchedule"),
    // Surveys, designs and supervision name their scope and scale after the service.
    ("设计规模", "quantity"),
    ("工程规模", "quantity"),
    ("项目规模", "quantity"),
    ("勘察范围", "projectNature"),
    ("设计范围", "projectNature"),
    ("设计内容", "projectNature"),
    ("监理范围", "projectNature"),
    ("施工范围", "projectNature"),
    ("服务范围", "projectNature"),
    ("采购范围", "projectNature"),
    ("供货范围", "projectNature"),
    // A prequalification's documents and applications (标准资格预审文件's 资格预审公告).
    ("资格预审文件的获取", "documentsObtaining"),
    ("资格预审文件获取", "documentsObtaining"),
    ("资格预审申请文件的递交", "submissionDeadlineAndMethod"),
    ("申请文件的递交", "submissionDeadlineAndMethod"),
    ("资格预审申请文件递交", "submissionDeadlineAndMethod"),
    // 发改委令第10号 Art 5's own words: the platform, its address and how to use it.
    ("电子招标投标交易平台", "electronicPlatform"),
    ("电子交易平台", "electronicPlatform"),
    // A call's section on bidding online (`5. 电子招标投标`): the platform and how it is used.
    ("电子招标投标", "electronicPlatform"),
    ("联系方式", "contactInformation"),
    ("招标人及代理机构联系方式", "contactInformation"),
    // Suspensions, resumptions and ends of a transfer.
    ("原出让公告", "originalNotice"),
    ("所涉出让公告", "originalNotice"),
    ("涉及出让公告", "originalNotice"),
    ("原公告", "originalNotice"),
    ("原交易项目", "originalNotice"),
    ("中止事项", "action"),
    ("公告事项", "action"),
    ("中止原因", "reason"),
    ("终止原因", "reason"),
    ("原因", "reason"),
    ("恢复安排", "resumption"),
    ("恢复出让安排", "resumption"),
    // What resumes, and when, under the words of the time after (`五、恢复后的出让安排：挂牌时间调整
    // 为…`).
    ("恢复后的出让安排", "resumption"),
    ("恢复后出让安排", "resumption"),
    ("恢复后的挂牌安排", "resumption"),
    ("恢复后挂牌安排", "resumption"),
    ("恢复后的时间安排", "resumption"),
    ("恢复后时间安排", "resumption"),
    // A resumed listing's new timetable under a heading of its own (`二、时间安排`).
    ("时间安排", "resumption"),
    ("中止及恢复原因", "reason"),
    ("中止决定", "action"),
    ("终止事项", "action"),
    ("终止宗地", "parcels"),
    ("中止宗地", "parcels"),
    ("中止出让的宗地", "parcels"),
    ("终止出让的宗地", "parcels"),
    ("保证金退还", "refunds"),
    // An end's section on what is paid back (`三、招标文件费用及投标保证金的退还`).
    ("保证金的退还", "refunds"),
    ("投标保证金的退还", "refunds"),
    ("招标文件费用及投标保证金的退还", "refunds"),
    ("费用及保证金的退还", "refunds"),
    ("费用及保证金退还", "refunds"),
    ("保证金及费用退还", "refunds"),
    ("投标保证金退还", "refunds"),
    ("终止决定", "action"),
    ("涉及矿业权", "rights"),
    ("所涉矿业权", "rights"),
    ("终止出让的矿业权", "rights"),
    ("中止出让的矿业权", "rights"),
    ("终止出让的采矿权", "rights"),
    ("中止出让的采矿权", "rights"),
    ("终止出让的探矿权", "rights"),
    ("中止出让的探矿权", "rights"),
    ("涉及宗地", "parcels"),
    ("所涉宗地", "parcels"),
    ("所涉地块", "parcels"),
    ("涉及地块", "parcels"),
    ("审批情况", "decision"),
    ("批准情况", "decision"),
    ("决策及审批情况", "decision"),
    ("决策及批准情况", "decision"),
    ("报名及保证金", "registration"),
    ("报名及保证金", "deposit"),
    ("配租程序", "procedureSteps"),
    ("配售程序", "procedureSteps"),
    // When applications are taken (`二、受理时间`, `三、办理时限`): the procedure's timetable.
    ("受理时间", "timetable"),
    ("申请受理时间", "timetable"),
    ("办理时限", "timetable"),
    ("费用退还", "refunds"),
    // The 50号 formats' last heading: in a correction or a termination, the contact.
    ("凡对本次公告内容提出询问", "contact"),
    ("对本次公告内容提出询问", "contact"),
    // Leases and disposals of state property.
    ("出租标的", "asset"),
    ("招租标的", "asset"),
    ("租赁期限", "leaseTerm"),
    ("招租方式", "leaseMethod"),
    ("租金底价", "rentFloor"),
    // A lease's reserve under the call's own word (`招租底价：首年月租金…`), and its term in one
    // word (`【租期】…`).
    ("招租底价", "rentFloor"),
    ("租期", "leaseTerm"),
    ("承租方资格条件", "lesseeRequirements"),
    ("承租人资格条件", "lesseeRequirements"),
    ("承租人资格", "lesseeRequirements"),
    ("报名时间及方式", "registration"),
    ("规定用途", "permittedUse"),
    ("用途要求", "permittedUse"),
    ("承租方资格", "lesseeRequirements"),
    ("报名时间和地点", "registration"),
    ("标的名称及位置", "asset"),
    ("标的名称", "asset"),
    // Capital increases (增资): the company raising capital is the target.
    ("融资方名称", "targetEnterprise"),
    ("增资企业名称", "targetEnterprise"),
    ("融资方", "targetEnterprise"),
    ("增资企业", "targetEnterprise"),
    ("决策及批准情况", "capitalIncreaseDecision"),
    ("增资决策及批准情况", "capitalIncreaseDecision"),
    ("增资行为的决策及批准情况", "capitalIncreaseDecision"),
    ("增资的决策及批准情况", "capitalIncreaseDecision"),
    ("投资方资格条件", "transfereeRequirements"),
    ("股权结构", "shareholdingStructure"),
    ("股东结构", "shareholdingStructure"),
    ("报名时间", "registration"),
    ("报名方式", "registration"),
    ("保证金", "deposit"),
    ("租赁用途", "permittedUse"),
    ("用途", "permittedUse"),
    ("处置资产", "assets"),
    ("处置方式", "disposalMethod"),
    ("处置原因", "disposalReason"),
    ("评估情况", "valuation"),
    ("评估价", "valuation"),
    // Land by agreement.
    ("申请期限", "applicationPeriod"),
    ("意向用地申请期限", "applicationPeriod"),
    // The publicity and the applications in one period (`二、公示及意向用地申请期限`).
    ("公示及意向用地申请期限", "applicationPeriod"),
    ("协议出让最低价", "price"),
    ("协议出让价格", "price"),
    ("出让价格", "price"),
    ("成交价格(万元)", "price"),
    // A label read without its unit (`成交价格(万元)：`, a grid's cell) is the supply's price.
    ("成交价格", "price"),
    ("成交价", "price"),
    ("成交价款", "price"),
    // A call for intending users: its publicity period is the time to apply.
    ("公示期", "applicationPeriod"),
    // Affordable housing: the applicants' and allottees' tables and their columns.
    ("申请人", "applicantList"),
    // Buyers of shared-ownership homes (共有产权住房 申购人) and their households.
    ("申购人", "applicantList"),
    ("申购家庭", "applicantList"),
    ("申请人姓名", "applicantList"),
    ("申请家庭", "applicantList"),
    ("申请人名单", "applicantList"),
    ("审核结果", "reviewResult"),
    ("审核意见", "reviewResult"),
    ("复审结果", "reviewResult"),
    // In a result's table the applicants are the allottees.
    ("申请人", "allotteeList"),
    ("申请人姓名", "allotteeList"),
    ("户主", "applicantList"),
    ("户主", "allotteeList"),
    ("户主姓名", "applicantList"),
    ("户主姓名", "allotteeList"),
    // A list's column of names (`序号 | 姓名 | 身份证号 | …`).
    ("姓名", "applicantList"),
    ("姓名", "allotteeList"),
    ("承租人", "allotteeList"),
    ("购房人", "allotteeList"),
    ("配售结果", "allotteeList"),
    ("配租结果", "allotteeList"),
    ("申请家庭审核结果", "applicantList"),
    ("公示名单", "applicantList"),
    // A housing plan's volume: its year's target (年度目标任务).
    ("年度目标任务", "taskVolume"),
    ("目标任务", "taskVolume"),
    ("建设计划任务量", "taskVolume"),
    ("计划任务量", "taskVolume"),
    ("年度任务", "taskVolume"),
    ("建设任务", "taskVolume"),
    ("计划项目", "plannedProjects"),
    ("项目清单", "plannedProjects"),
    ("计划实施项目", "plannedProjects"),
    ("计划项目信息", "plannedProjects"),
    ("计划任务完成情况", "completionProgress"),
    ("总体进度", "completionProgress"),
    ("轮候名单", "rankingList"),
    ("可分配房源", "unitCount"),
    ("配售价格", "rentOrPrice"),
    ("退出程序", "procedureSteps"),
    ("咨询及监督", "contact"),
    ("评分办法", "lotteryMethod"),
    // A policy's chapter of who may apply (公共租赁住房管理办法 Art 7's 申请条件).
    ("申请条件", "eligibilityCriteria"),
    ("准入条件", "eligibilityCriteria"),
    ("保障对象和准入条件", "eligibilityCriteria"),
    ("保障对象和条件", "eligibilityCriteria"),
    ("申请对象和条件", "eligibilityCriteria"),
    ("保障范围和条件", "eligibilityCriteria"),
    // The households a review names (`符合保障条件家庭名单`, `不再符合承租条件家庭名单`) and an
    // allocation's; the item decides which.
    ("家庭名单", "applicantList"),
    ("家庭名单", "allotteeList"),
    ("复核结果", "reviewResult"),
    ("审核情况", "reviewResult"),
    ("年审结果", "reviewResult"),
    ("初审结果", "reviewResult"),
    ("审核结论", "reviewResult"),
    ("审查结果", "reviewResult"),
    ("复核结论", "reviewResult"),
    ("复审结论", "reviewResult"),
    ("办理程序", "procedureSteps"),
    ("办理流程", "procedureSteps"),
    ("申请流程", "procedureSteps"),
    ("申购流程", "procedureSteps"),
    ("申请程序", "procedureSteps"),
    ("配租流程", "procedureSteps"),
    ("配售流程", "procedureSteps"),
    ("轮候排位", "rankingList"),
    ("排序结果", "rankingList"),
    ("摇号办法", "lotteryMethod"),
    // A plan's progress (住房城乡建设部's 安居工程 disclosure): how far it is, the projects
    // started and completed, the facilities built.
    ("完成进度", "completionProgress"),
    ("计划完成进度", "completionProgress"),
    ("开工项目", "startedProjects"),
    ("已开工项目", "startedProjects"),
    ("新开工项目", "startedProjects"),
    ("竣工项目", "completedProjects"),
    ("已竣工项目", "completedProjects"),
    ("配套设施", "supportingFacilities"),
    ("配套基础设施", "supportingFacilities"),
    ("轮候排序名单", "rankingList"),
    ("排序名单", "rankingList"),
    ("批准文件名称及文号", "approvalDocument"),
    // A state property deal's decision and approval under the exchanges' headings (the item's
    // 决策机构 and 批准文件, grade R: 企业国有资产交易监督管理办法's articles on them are not in
    // the text held).
    ("批准情况", "approvalDocument"),
    ("审批情况", "approvalDocument"),
    ("批准文件", "approvalDocument"),
    ("决策情况", "decisionBody"),
    ("内部决策情况", "decisionBody"),
    ("决策机构", "decisionBody"),
    ("评估结果", "appraisedValue"),
    ("挂牌起止日期", "disclosurePeriod"),
    ("地块坐落", "parcelLocation"),
    // A listing's short labels (`坐落：…`, `位置：…`), under a parcel's heading.
    ("坐落", "parcelLocation"),
    ("终止地块", "parcels"),
    ("中止地块", "parcels"),
    ("恢复地块", "parcels"),
    ("受让人", "holder"),
    ("主要成交标的", "mainItems"),
    ("主要中标标的", "mainItems"),
    // The older result layout's label line (`成交标的：…`): what was bought (87号令 Art 69 ¶2,
    // 74号令 Art 18 (四)).
    ("成交标的", "mainItems"),
    ("中标标的", "mainItems"),
    ("拟采购服务的说明", "goodsOrServices"),
    ("拟采购货物的说明", "goodsOrServices"),
    ("户型及面积", "unitTypes"),
    ("户型及套数", "unitTypes"),
    ("购房家庭", "allotteeList"),
    ("选定房源", "housingAssigned"),
    ("所购房源", "housingAssigned"),
    ("承租人姓名", "allotteeList"),
    ("配租对象", "allotteeList"),
    ("配售对象", "allotteeList"),
    ("配租家庭", "allotteeList"),
    ("配租房源", "housingAssigned"),
    ("配售房源", "housingAssigned"),
    ("房源", "housingAssigned"),
    ("房号", "housingAssigned"),
    ("房屋坐落", "housingAssigned"),
    ("配租房屋", "housingAssigned"),
    ("所配房源", "housingAssigned"),
    // Affordable housing: the homes offered, and how they are allotted.
    ("房源位置", "location"),
    ("项目地址", "location"),
    ("坐落", "location"),
    ("房源套数", "unitCount"),
    // A resettlement's stock (棚户区改造 安置房源) in its own words.
    ("安置房源", "unitCount"),
    ("安置价格", "rentOrPrice"),
    ("安置项目", "projectName"),
    ("房源数量", "unitCount"),
    ("供应数量", "unitCount"),
    ("供应房源", "unitCount"),
    ("房型", "unitTypes"),
    ("配售基准价格", "rentOrPrice"),
    ("套数", "unitCount"),
    ("户型面积", "unitTypes"),
    ("户型结构", "unitTypes"),
    ("租金标准", "rentOrPrice"),
    ("租金", "rentOrPrice"),
    ("销售价格", "rentOrPrice"),
    // A shared-ownership sale's base price, from which each home's price moves by floor and
    // aspect (`销售基准价格：每平方米…`, a column `基准价（元/㎡）`).
    ("销售基准价格", "rentOrPrice"),
    ("销售基准价", "rentOrPrice"),
    ("销售均价", "rentOrPrice"),
    ("基准价", "rentOrPrice"),
    ("基准价格", "rentOrPrice"),
    ("配租方式", "lotteryMethod"),
    ("摇号方式", "lotteryMethod"),
    ("评分方式", "lotteryMethod"),
    ("摇号规则", "lotteryMethod"),
    // A selection's way of picking homes in the order the lottery or the waiting list gave
    // (`二、选房方式` over `按摇号产生的选房顺序号依次进场选房`).
    ("选房方式", "lotteryMethod"),
    // A waiting list's order (轮候名册): how it is ranked.
    ("排序规则", "lotteryMethod"),
    ("轮候规则", "lotteryMethod"),
    ("轮候序号", "rankingList"),
    ("选房顺序号", "rankingList"),
    ("顺序号", "rankingList"),
    ("摇号结果", "rankingList"),
    ("监督机构", "supervisionBody"),
    ("公证机构", "supervisionBody"),
    ("现场监督", "supervisionBody"),
    // Land supply results and plans.
    ("受让人", "landUser"),
    ("土地使用权人", "landUser"),
    ("受让单位", "landUser"),
    // A 划拨 result's column of who uses the land (`用地单位`).
    ("用地单位", "landUser"),
    ("土地使用者", "landUser"),
    ("供应方式", "transferMethod"),
    ("供地方式", "transferMethod"),
    // A call for intending users says under it what happens when two or more come forward
    // (`供地方式：有两个或者两个以上意向用地者的，改为挂牌方式出让`): its element for that.
    ("供地方式", "competitionRule"),
    ("供地方式说明", "competitionRule"),
    // `竞争处理：在公示期内，同一宗地有两个或者两个以上意向用地者的，…`.
    ("竞争处理", "competitionRule"),
    ("合同签订时间", "contractDate"),
    ("计划供应总量", "totalArea"),
    ("供应总面积", "totalArea"),
    // An acceptance's verdict, as the 验收结果公告 of the 50号 formats' successors word it.
    ("验收意见", "acceptanceResult"),
    ("验收结论", "acceptanceResult"),
    ("验收情况", "acceptanceResult"),
    // Contracts, complaints and misconduct records.
    ("合同名称", "projectName"),
    ("采购人名称", "purchaser"),
    ("供应商名称", "supplier"),
    ("合同总金额", "contractAmount"),
    ("合同价款", "contractAmount"),
    ("合同附件", "contractText"),
    ("投诉人名称", "complainant"),
    ("被投诉人名称", "respondent"),
    ("投诉事项及处理意见", "complaintMatters"),
    ("处理结果", "decision"),
    ("处理意见", "decision"),
    ("处理理由", "basis"),
    // A violation record laid out as a 双公示 decision (处罚事由, 处罚依据, 处罚结果).
    ("处罚事由", "violation"),
    ("处罚依据", "basis"),
    ("处罚结果", "decision"),
    ("处理依据", "basis"),
    ("处理决定", "decision"),
    ("法律依据", "basis"),
    ("不良行为", "violation"),
    ("违法行为", "violation"),
    ("不良行为内容", "violation"),
    ("违法失信行为", "misconduct"),
    ("违法行为的具体情形", "misconduct"),
    ("处罚单位", "enforcementAuthority"),
    ("执法机关", "enforcementAuthority"),
    ("处罚机关", "enforcementAuthority"),
    ("处理机关", "authority"),
    ("处理时间", "decisionDate"),
    ("处理日期", "decisionDate"),
    ("被处理单位", "partyName"),
    // A lease's result (an exchange's 招租结果): the lessee and its rent.
    ("承租方", "transferee"),
    ("承租方名称", "transferee"),
    ("成交租金", "dealPrice"),
    ("成交年租金", "dealPrice"),
    ("成交月租金", "dealPrice"),
    ("投资方", "transferee"),
    ("投资方名称", "transferee"),
    ("增资金额", "dealPrice"),
    ("投资金额", "dealPrice"),
    ("被处理人", "partyName"),
    // Penalty decisions.
    ("当事人", "partyName"),
    ("被处罚人", "partyName"),
    // The 双公示 tables' names for the party (行政相对人).
    ("行政相对人名称", "partyName"),
    ("住所", "partyAddress"),
    ("住址", "partyAddress"),
    ("住所地", "partyAddress"),
    ("当事人地址", "partyAddress"),
    ("当事人住所", "partyAddress"),
    ("经营场所", "partyAddress"),
    ("违法事实", "violationFacts"),
    ("违规事实", "violationFacts"),
    // A decision's table of the persons it sanctions (`姓名⇥违规事实⇥处理依据⇥处理结果`).
    ("处理结果", "penalty"),
    ("姓名", "partyName"),
    // A decision that calls itself a 处理 (a land award withdrawn, a listing): its facts, its
    // basis and what it decides.
    ("基本事实", "violationFacts"),
    ("处理依据", "penaltyBasis"),
    ("处理决定", "penalty"),
    ("违法行为", "violationFacts"),
    ("违法事实和证据", "violationFacts"),
    // The wordings of 行政处罚法 Art 59 ¶1 as decisions number their sections.
    ("违反法律、法规、规章的事实和证据", "violationFacts"),
    ("违反法律、法规或者规章的事实和证据", "violationFacts"),
    ("行政处罚的种类和依据", "penalty"),
    ("行政处罚的种类和依据", "penaltyBasis"),
    ("行政处罚的履行方式和期限", "performance"),
    ("申请行政复议、提起行政诉讼的途径和期限", "remedies"),
    ("申请行政复议或者提起行政诉讼的途径和期限", "remedies"),
    ("当事人的姓名或者名称、地址", "partyName"),
    ("处罚依据", "penaltyBasis"),
    ("处罚依据及处罚决定", "penalty"),
    ("处罚依据及处罚决定", "penaltyBasis"),
    ("处罚依据及结果", "penalty"),
    ("处罚依据及结果", "penaltyBasis"),
    ("处罚依据及决定", "penalty"),
    ("处罚依据及决定", "penaltyBasis"),
    ("处罚依据和处罚内容", "penalty"),
    ("处罚依据和处罚内容", "penaltyBasis"),
    ("行政处罚的依据和决定", "penalty"),
    ("行政处罚的依据和决定", "penaltyBasis"),
    ("处罚的依据和决定", "penalty"),
    ("处罚的依据和决定", "penaltyBasis"),
    ("处罚的依据和种类", "penalty"),
    ("处罚的依据和种类", "penaltyBasis"),
    ("处罚种类和依据", "penalty"),
    ("处罚种类和依据", "penaltyBasis"),
    ("处罚依据及处罚结果", "penalty"),
    ("处罚依据及处罚结果", "penaltyBasis"),
    ("行政处罚的依据和种类", "penalty"),
    ("行政处罚的依据和种类", "penaltyBasis"),
    ("行政处罚种类和依据", "penalty"),
    ("行政处罚种类和依据", "penaltyBasis"),
    ("处罚的种类和依据", "penalty"),
    ("处罚的种类和依据", "penaltyBasis"),
    ("处罚依据和种类", "penalty"),
    ("处罚依据和种类", "penaltyBasis"),
    ("违法事实与证据", "violationFacts"),
    ("案件事实", "violationFacts"),
    ("处罚结果", "penalty"),
    ("履行方式及期限", "performance"),
    ("处罚的履行方式和期限", "performance"),
    ("权利告知", "remedies"),
    ("救济渠道", "remedies"),
    ("复议诉讼途径", "remedies"),
    ("行政处罚的依据", "penaltyBasis"),
    ("处罚决定", "penalty"),
    ("处罚内容", "penalty"),
    ("行政处罚的内容", "penalty"),
    ("处罚的内容", "penalty"),
    // A 双公示 record's kind of penalty (行政处罚法 Art 59 (三)'s 种类: 罚款；没收违法所得).
    ("处罚类别", "penalty"),
    ("处罚种类", "penalty"),
    ("行政处罚的种类", "penalty"),
    ("救济途径", "remedies"),
    ("救济途径和期限", "remedies"),
    ("发包人(招标人)", "contractParties"),
    ("中标人(承包人)", "contractParties"),
    ("发包人", "contractParties"),
    ("承包人", "contractParties"),
    ("合同履行情况", "performanceStatus"),
    ("履约情况", "performanceStatus"),
    ("处罚机关", "authority"),
    ("处罚决定机关", "authority"),
    ("决定机关", "authority"),
    ("作出处罚决定的机关", "authority"),
    ("决定日期", "decisionDate"),
    ("处罚日期", "decisionDate"),
    ("处罚决定日期", "decisionDate"),
    ("决定书文号", "decisionNumber"),
    // A decision's page gives its number under the document's own label.
    ("文号", "decisionNumber"),
    ("注册地址", "partyAddress"),
    ("单位地址", "partyAddress"),
    ("处罚种类和内容", "penalty"),
    ("履行方式", "performance"),
    ("履行期限", "performance"),
    ("行政复议、行政诉讼途径", "remedies"),
    // 行政处罚法 Art 59's own words (作出处罚决定的行政机关名称和作出决定的日期).
    ("作出处罚决定的日期", "decisionDate"),
    ("人员名单", "applicantList"),
    // A plan's years (规划期限), as a programme's plan heads them.
    ("实施期限", "planPeriod"),
    ("规划期", "planPeriod"),
    ("排序办法", "lotteryMethod"),
    ("排序方法", "lotteryMethod"),
    ("评分标准", "lotteryMethod"),
    ("承租单位", "allotteeList"),
    // An employer whose staff a block of homes is let to (保障性租赁住房 整体配租).
    ("用人单位", "allotteeList"),
    // Those resettled from a shantytown (被征收人), the households a resettlement allots homes.
    ("被征收人", "allotteeList"),
    // A deal's time, as exchanges label it beside its date.
    ("成交时间", "dealDate"),
    ("处罚决定书文号", "decisionNumber"),
    ("文书编号", "decisionNumber"),
    ("文书号", "decisionNumber"),
    // A decision's basis and penalty under one label: both.
    ("处罚依据和内容", "penaltyBasis"),
    ("处罚依据和内容", "penalty"),
    ("行政处罚的依据和内容", "penaltyBasis"),
    ("行政处罚的依据和内容", "penalty"),
    ("处罚的依据和内容", "penaltyBasis"),
    ("处罚的依据和内容", "penalty"),
    ("电话", "contact"),
    // A 双公示 record's cause of the penalty: the facts it punishes.
    ("处罚事由", "violationFacts"),
    // What a suspension, an end or a resumption does (`恢复事项：…`, `终结情况：…`).
    ("恢复事项", "action"),
    ("终结事项", "action"),
    ("终结情况", "action"),
    ("交易状态", "action"),
    // A tender that failed: why (招标投标法 Art 28's fewer than three bids).
    ("流标原因", "terminationReason"),
    ("异常情况", "terminationReason"),
    ("异常原因", "terminationReason"),
    // A failed tender's word on the bonds it returns.
    ("投标保证金", "refunds"),
    ("招标失败原因", "terminationReason"),
    // Construction bidding: the evaluation, the project a correction concerns, a complaint's
    // matters and the approval of the tender's plan.
    ("评标委员会评审情况", "evaluationSummary"),
    ("评审情况", "evaluationSummary"),
    ("所涉招标项目", "originalNotice"),
    ("所涉招标公告", "originalNotice"),
    ("涉及招标公告", "originalNotice"),
    ("投诉人诉称", "complaintMatters"),
    ("投诉人称", "complaintMatters"),
    ("审批(核准)部门", "approvingDepartment"),
    // Land and mining: a parcel's term and conditions, when and where bids are made, a plan's
    // period and structure, who may apply for a site offered by agreement, a tender's winner.
    ("使用年期", "termYears"),
    ("出让年期", "termYears"),
    ("规划设计条件", "planningConditions"),
    ("投标截止和开标", "timeAndPlace"),
    ("投标截止时间及开标时间", "timeAndPlace"),
    ("投标截止及开标时间、地点", "timeAndPlace"),
    ("投标截止及开标时间", "timeAndPlace"),
    ("开标时间、地点", "timeAndPlace"),
    ("供应结构", "landUseStructure"),
    ("计划期限", "planYear"),
    ("申请方式", "applicationMethod"),
    ("中标人", "holder"),
    ("中标价", "dealPrice"),
    // Housing: who watches the lottery, a policy's name and number.
    ("监督", "supervisionBody"),
    ("监督单位", "supervisionBody"),
    ("政策名称", "policyName"),
    ("文号", "documentNumber"),
    ("发文字号", "documentNumber"),
    // State property: a lease's asset, reserve rent, lessee and registration; a disposal's deal.
    ("招租房产", "asset"),
    ("挂牌底价", "rentFloor"),
    ("挂牌租金", "rentFloor"),
    ("起始租金", "rentFloor"),
    ("承租人条件", "lesseeRequirements"),
    ("承租方条件", "lesseeRequirements"),
    ("报名", "registration"),
    ("成交结果", "dealResult"),
];

/// The national headings that give their parts a meaning: (wording, key of the heading, parts).
/// A heading that groups others: its wording, its own key, and its parts (wording, key).
type Group = (
    &'static str,
    Option<&'static str>,
    &'static [(&'static str, &'static str)],
);

const GROUPS: &[Group] = &[
    // Labels that contain an element's wording without naming it: the transferor's proportion
    // of the target (`转让方持有标的企业股权比例：35%`) is no target enterprise.
    ("转让方持有标的企业股权比例", None, &[]),
    ("转让方持有标的企业的股权比例", None, &[]),
    ("转让方持有标的企业产权比例", None, &[]),
    // A capital increase's offer (增资方案, the share its new investors will hold) transfers no
    // share (企业国有资产交易监督管理办法 Art 39): known as labels, naming no element.
    ("增资方案", None, &[]),
    ("增资标的", None, &[]),
    ("拟募集资金对应持股比例", None, &[]),
    ("拟释放股权比例", None, &[]),
    ("释放股权比例", None, &[]),
    // Where a call is published (标准文件's 发布公告的媒介: `本公告同时在中国招标投标公共服务平台…
    // 上发布`) is no e-tendering platform: 发改委令第10号 Art 5 (六) asks for the address of the
    // platform bids are made on and how to use it.
    ("发布公告的媒介", None, &[]),
    ("公告媒介", None, &[]),
    ("发布媒介", None, &[]),
    // The object's valuation (`转让标的对应评估值：2,680万元`) is no object transferred.
    ("转让标的对应评估值", None, &[]),
    ("转让标的评估值", None, &[]),
    (
        "中标(成交)信息",
        None,
        &[
            ("名称", "winnerName"),
            ("地址", "winnerAddress"),
            ("金额", "awardAmount"),
        ],
    ),
    // The same section under half its name (`三、成交信息`, `三、中标信息`).
    (
        "成交信息",
        None,
        &[
            ("名称", "winnerName"),
            ("地址", "winnerAddress"),
            ("金额", "awardAmount"),
        ],
    ),
    (
        "中标信息",
        None,
        &[
            ("名称", "winnerName"),
            ("地址", "winnerAddress"),
            ("金额", "awardAmount"),
        ],
    ),
    // A framework agreement's suppliers admitted (财政部令第110号: the 入围结果 is published) in
    // the result format's place of the winners.
    (
        "入围(中选)信息",
        None,
        &[
            ("名称", "winnerName"),
            ("地址", "winnerAddress"),
            ("金额", "awardAmount"),
        ],
    ),
    // How a framework agreement's second stage picks its supplier (`第二阶段成交供应商确定方式：
    // 采购人直接选定`) names no supplier.
    ("成交供应商确定方式", None, &[]),
    ("第二阶段成交供应商确定方式", None, &[]),
    ("采购人信息", Some("purchaserAndAgency"), PURCHASER_PARTS),
    // A framework agreement's purchaser calls itself 征集人 (财政部令第110号 Art 22).
    ("征集人信息", Some("purchaserAndAgency"), PURCHASER_PARTS),
    (
        "采购代理机构信息",
        Some("purchaserAndAgency"),
        PURCHASER_PARTS,
    ),
    (
        "项目联系方式",
        None,
        &[
            ("项目联系人", "contactPerson"),
            ("联系人", "contactPerson"),
            ("电话", "contactPerson"),
            ("项目联系人", "purchaserAndAgency"),
            ("联系人", "purchaserAndAgency"),
            ("电话", "purchaserAndAgency"),
        ],
    ),
    (
        "拟定的唯一供应商名称、地址",
        Some("proposedSupplier"),
        &[("名称", "proposedSupplier")],
    ),
    (
        "拟定的唯一供应商名称及地址",
        Some("proposedSupplier"),
        &[("名称", "proposedSupplier")],
    ),
    (
        "拟定的唯一供应商名称和地址",
        Some("proposedSupplier"),
        &[("名称", "proposedSupplier")],
    ),
    (
        "拟定供应商信息",
        Some("proposedSupplier"),
        &[("名称", "proposedSupplier")],
    ),
    (
        "当事人",
        Some("partyName"),
        &[("名称", "partyName"), ("地址", "partyAddress")],
    ),
    // The enterprise described (32号令 Art 39 (一)'s 企业的基本情况 of a capital increase; Art 15's
    // 转让标的基本情况, not seen: R): the section is its profile, its name the target.
    (
        "融资方基本情况",
        Some("enterpriseProfile"),
        ENTERPRISE_PARTS,
    ),
    (
        "增资企业基本情况",
        Some("enterpriseProfile"),
        ENTERPRISE_PARTS,
    ),
    (
        "标的企业基本情况",
        Some("enterpriseProfile"),
        ENTERPRISE_PARTS,
    ),
    ("标的企业情况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    (
        "转让标的企业基本情况",
        Some("enterpriseProfile"),
        ENTERPRISE_PARTS,
    ),
    ("企业基本情况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    ("增资企业概况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    ("增资企业情况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    ("融资方概况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    ("融资方情况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    ("标的企业概况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    ("企业概况", Some("enterpriseProfile"), ENTERPRISE_PARTS),
    ("当事人名称", Some("partyName"), PARTY_PARTS),
    ("被处罚单位", Some("partyName"), PARTY_PARTS),
    ("被处罚单位名称", Some("partyName"), PARTY_PARTS),
    ("被处罚人", Some("partyName"), PARTY_PARTS),
];

/// Labels of an enterprise's facts that no element holds alone (an enterprise profile's rows):
/// known, so that a table of them reads as labels and values, and giving no element.
const FACTS: &[&str] = &[
    "成立日期",
    "成立时间",
    "注册资本",
    "经营范围",
    "法定代表人",
    "注册地址",
    "企业类型",
    "经济类型",
    "所属行业",
    "职工人数",
];

/// The labels under an enterprise's profile that name it.
const ENTERPRISE_PARTS: &[(&str, &str)] = &[
    ("企业名称", "targetEnterprise"),
    ("名称", "targetEnterprise"),
];

/// The labels under a sanctioned party's name that give its address.
const PARTY_PARTS: &[(&str, &str)] = &[
    ("地址", "partyAddress"),
    ("住所", "partyAddress"),
    ("住址", "partyAddress"),
];

const PURCHASER_PARTS: &[(&str, &str)] = &[
    ("名称", "purchaserAndAgency"),
    ("地址", "purchaserAndAgency"),
    ("联系方式", "purchaserAndAgency"),
    ("联系人", "purchaserAndAgency"),
    ("电话", "purchaserAndAgency"),
];

impl LabelTable {
    /// An empty table.
    pub fn new() -> LabelTable {
        LabelTable::default()
    }

    /// The national wordings.
    pub fn national() -> LabelTable {
        let mut t = LabelTable::new();
        for (wording, key) in super::text::pairs(super::text::joined_pairs!(WORDINGS)) {
            t.add_key(wording, Cow::Borrowed(key));
        }
        // Each element's own name in the catalogue (`合同金额`, `验收结果`), after the portals'
        // wordings: notices written to an item's list of elements label them so.
        for item in crate::ItemKind::all() {
            for e in item.elements() {
                let wording = normal(e.zh);
                if !t
                    .entries
                    .iter()
                    .any(|x| x.wording == wording && x.key.as_deref() == Some(e.key))
                {
                    t.add_key(e.zh, Cow::Borrowed(e.key));
                }
            }
        }
        for wording in FACTS {
            t.entry(wording);
        }
        for (wording, key, parts) in GROUPS {
            let entry = t.entry(wording);
            if let Some(key) = key
                && entry.key.is_none()
            {
                entry.key = Some(Cow::Borrowed(key));
            }
            for (part, key) in *parts {
                t.add_part_key(wording, part, Cow::Borrowed(key));
            }
        }
        t
    }

    /// The entry of `wording`, added without a key when there is none.
    fn entry(&mut self, wording: &str) -> &mut LabelEntry {
        let wording = normalised(wording);
        let at = match self.entries.iter().position(|e| e.wording == wording) {
            Some(at) => at,
            None => {
                self.push(LabelEntry {
                    wording,
                    key: None,
                    parts: Vec::new(),
                });
                self.entries.len() - 1
            }
        };
        &mut self.entries[at]
    }

    /// Adds a wording for an element; after those already there for the same wording.
    pub fn add(&mut self, wording: &str, key: &str) {
        self.add_key(wording, Cow::Owned(key.to_owned()));
    }

    /// [`Self::add`], the key lent when it is static.
    fn add_key(&mut self, wording: &str, key: Cow<'static, str>) {
        let wording = normalised(wording);
        match self
            .entries
            .iter_mut()
            .find(|e| e.wording == wording && e.key.is_none())
        {
            Some(e) => e.key = Some(key),
            None => self.push(LabelEntry {
                wording,
                key: Some(key),
                parts: Vec::new(),
            }),
        }
    }

    /// Adds a label that gives `key` when it stands under the heading `group` (`名称` under
    /// `采购人信息`).
    pub fn add_part(&mut self, group: &str, part: &str, key: &str) {
        self.add_part_key(group, part, Cow::Owned(key.to_owned()));
    }

    /// [`Self::add_part`], the key lent when it is static.
    fn add_part_key(&mut self, group: &str, part: &str, key: Cow<'static, str>) {
        let part = normalised(part);
        if let Err(at) = self.parts.binary_search(&part) {
            self.parts.insert(at, part.clone());
        }
        self.entry(group).parts.push((part, key));
    }

    /// The entries.
    pub fn entries(&self) -> &[LabelEntry] {
        &self.entries
    }

    fn push(&mut self, entry: LabelEntry) {
        // An empty wording (no first character) under '\0', where [`Self::same_first`] looks
        // for an empty label, and at the first node, where [`Self::exact`] does.
        let mut chars = entry.wording.chars();
        let c = chars.next().unwrap_or('\0');
        if self.by_first.is_empty() {
            self.by_first.resize_with(BUCKETS, Vec::new);
            self.nodes.push(Node::default());
        }
        let at = self.entries.len();
        let fresh = self.nodes.len();
        let bucket = &mut self.by_first[bucket(c)];
        let mut node = match bucket.iter_mut().find(|f| f.c == c) {
            Some(f) => {
                f.entries.push(at);
                f.node
            }
            None => {
                bucket.push(First {
                    c,
                    entries: vec![at],
                    node: fresh,
                });
                self.nodes.push(Node::default());
                fresh
            }
        };
        if entry.wording.is_empty() {
            node = 0;
        }
        for c in chars {
            node = match self.nodes[node].next.iter().find(|(k, _)| *k == c) {
                Some(&(_, n)) => n,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(Node::default());
                    self.nodes[node].next.push((c, n));
                    n
                }
            };
        }
        self.nodes[node].ends.push(at);
        self.entries.push(entry);
    }

    /// The entry of `c` in `by_first`, when a wording starts with it.
    fn first_of(&self, c: char) -> Option<&First> {
        self.by_first
            .get(bucket(c))
            .and_then(|b| b.iter().find(|f| f.c == c))
    }

    /// The indexes of the entries whose wording starts with `c`, in the table's order.
    fn first(&self, c: char) -> &[usize] {
        self.first_of(c).map_or(&[], |f| f.entries.as_slice())
    }

    /// The node of the tree of wordings `rest` walks to from `node`, when some wording goes on
    /// so.
    fn walk(&self, mut node: usize, rest: &str) -> Option<usize> {
        for c in rest.chars() {
            node = self.step(node, c)?;
        }
        Some(node)
    }

    /// The node after `node` by `c`, when some wording goes on so.
    fn step(&self, node: usize, c: char) -> Option<usize> {
        self.nodes[node]
            .next
            .iter()
            .find(|(k, _)| *k == c)
            .map(|&(_, n)| n)
    }

    /// The indexes of the entries whose wording starts as `label` (normalised) does, in the
    /// table's order: those whose wording is `label` are among them.
    pub(crate) fn same_first(&self, label: &str) -> &[usize] {
        self.first(label.chars().next().unwrap_or('\0'))
    }

    /// The indexes of the entries whose wording is `label` (normalised), in the table's order.
    pub(crate) fn exact(&self, label: &str) -> &[usize] {
        let mut chars = label.chars();
        let node = match chars.next() {
            None => self.nodes.first().map(|_| 0),
            Some(c) => self
                .first_of(c)
                .and_then(|f| self.walk(f.node, chars.as_str())),
        };
        node.map_or(&[], |n| self.nodes[n].ends.as_slice())
    }

    /// Each entry of two characters or more whose wording `label` (normalised) contains, with
    /// its wording's length in characters, once for each place `label` holds it.
    pub(crate) fn each_contained(&self, label: &str, mut f: impl FnMut(usize, usize)) {
        // The label's characters, decoded once for the walks from each of its places: on the
        // stack for a label of a heading's length, the few longer ones in a vector.
        let mut short = ['\0'; 32];
        let mut n = 0;
        let long: Vec<char>;
        let mut chars = label.chars();
        let cs: &[char] = loop {
            match chars.next() {
                None => break &short[..n],
                Some(c) if n < short.len() => {
                    short[n] = c;
                    n += 1;
                }
                Some(c) => {
                    long = short.iter().copied().chain([c]).chain(chars).collect();
                    break &long;
                }
            }
        };
        // A wording of two characters or more starts before the last.
        for (i, &c) in cs.iter().enumerate().take(cs.len().saturating_sub(1)) {
            let Some(first) = self.first_of(c) else {
                continue;
            };
            let mut node = first.node;
            for (k, &c) in cs[i + 1..].iter().enumerate() {
                let Some(next) = self.step(node, c) else {
                    break;
                };
                node = next;
                for &e in &self.nodes[node].ends {
                    f(e, k + 2);
                }
            }
        }
    }

    /// The indexes of the entries of two characters or more whose wording `label` (normalised)
    /// contains, in the table's order.
    pub(crate) fn contained_in(&self, label: &str) -> Vec<usize> {
        let mut out = Vec::new();
        self.each_contained(label, |e, _| out.push(e));
        out.sort_unstable();
        out.dedup();
        out
    }

    /// True when `label` (normalised) contains a wording of two characters or more: told without
    /// gathering which.
    pub(crate) fn contains_any(&self, label: &str) -> bool {
        let mut any = false;
        self.each_contained(label, |_, _| any = true);
        any
    }

    /// True when `label` is a wording of the table, or a part of one of its headings.
    pub(crate) fn knows(&self, label: &str) -> bool {
        let label = normal(label);
        // A part may start with any character.
        !self.exact(&label).is_empty()
            || self
                .parts
                .binary_search_by(|p| p.as_str().cmp(&label))
                .is_ok()
    }

    /// The keys `wording` gives, in the table's order: looked up in the table's tree of
    /// wordings, not by a pass over every entry.
    pub fn keys<'t>(&'t self, wording: &str) -> impl Iterator<Item = &'t str> + 't {
        self.exact(&normal(wording))
            .iter()
            .filter_map(|&i| self.entries[i].key.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys a wording gives, looked up, are those a pass over every entry finds, for every
    /// wording of the table written as pages write it (spaced, full-width, with its colon) and
    /// for one a caller added.
    #[test]
    fn a_wordings_keys_are_those_a_pass_over_the_entries_finds() {
        let mut t = LabelTable::national();
        t.add("本项目专用标签", "projectName");
        let naive = |t: &LabelTable, w: &str| -> Vec<String> {
            let w = normalised(w);
            t.entries()
                .iter()
                .filter(|e| e.wording == w)
                .filter_map(|e| e.key.as_deref().map(str::to_owned))
                .collect()
        };
        let written = |w: &str| {
            [
                w.to_owned(),
                format!("{w}："),
                w.chars().flat_map(|c| [c, ' ']).collect::<String>(),
                w.replace('(', "（").replace(')', "）"),
            ]
        };
        let wordings: Vec<String> = t.entries().iter().map(|e| e.wording.clone()).collect();
        for w in wordings.iter().map(String::as_str).chain(["", "无此标签"]) {
            for w in written(w) {
                let got: Vec<String> = t.keys(&w).map(str::to_owned).collect();
                assert_eq!(got, naive(&t, &w), "{w}");
            }
        }
        assert_eq!(
            t.keys("本项目专用标签：").collect::<Vec<_>>(),
            ["projectName"]
        );
    }

    #[test]
    fn contained_wordings_are_those_a_search_of_each_finds() {
        let t = LabelTable::national();
        let naive = |label: &str| -> Vec<usize> {
            (0..t.entries.len())
                .filter(|&e| {
                    let w = &t.entries[e].wording;
                    w.chars().count() >= 2 && label.contains(w.as_str())
                })
                .collect()
        };
        let mut labels: Vec<String> = t.entries.iter().map(|e| e.wording.clone()).collect();
        labels.extend(
            t.entries
                .windows(2)
                .map(|w| format!("一、{}及{}（万元）", w[0].wording, w[1].wording)),
        );
        labels.extend(["", "a", "项", "项目", "本项目名称为", "采购人信息"].map(String::from));
        let same = |label: &str| -> Vec<usize> {
            (0..t.entries.len())
                .filter(|&e| t.entries[e].wording == label)
                .collect()
        };
        for label in &labels {
            assert_eq!(t.contained_in(label), naive(label), "{label}");
            assert_eq!(t.exact(label), same(label), "{label}");
        }
    }

    #[test]
    fn the_parts_list_is_every_entrys_parts() {
        let t = LabelTable::national();
        let mut walked: Vec<String> = t
            .entries
            .iter()
            .flat_map(|e| e.parts.iter().map(|(p, _)| p.clone()))
            .collect();
        walked.sort();
        walked.dedup();
        assert!(!walked.is_empty());
        assert_eq!(t.parts, walked);
        assert!(walked.iter().all(|p| t.knows(p)));
    }

    /// An element is named where its wording stands as a label (a colon, a tab or the line's end
    /// after it), not where prose mentions it: `转让底价将另行公告` names no reserve price.
    #[test]
    fn an_element_is_named_by_its_wording_as_a_label_not_in_prose() {
        assert_eq!(named_in("转让底价将另行公告。", "reservePrice"), None);
        let text = "转让底价将另行公告。\n转让底价 ：见附件";
        let s = named_in(text, "reservePrice").expect("named");
        assert_eq!(s.of(text), Some("转让底价"));
        assert!(s.start > 0);
        let table = "序号\t项目经理\n1\t何**";
        assert!(named_in(table, "projectManager").is_some());
        // Two characters are too common a wording to tell (`地址`).
        assert_eq!(named_in("地址：某路1号", "contact"), None);
    }

    #[test]
    fn white_space_is_told_as_the_standard_tells_it() {
        for c in '\0'..=char::MAX {
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
        }
    }

    /// A label normalised a character at a time: folded, 和 as 及, without spaces and a
    /// trailing colon, 其它 as 其他.
    fn normalised_by_characters(label: &str) -> String {
        let folded: String = label
            .chars()
            .map(|c| if c == '和' { '及' } else { fold(c) })
            .filter(|c| !c.is_whitespace())
            .collect();
        folded.trim_end_matches(':').replace("其它", "其他")
    }

    #[test]
    fn a_label_is_normalised_as_by_its_characters() {
        for c in '\0'..=char::MAX {
            for label in [format!("项目{c}名称"), format!("{c}其它和 :{c}")] {
                assert_eq!(
                    normalised(&label),
                    normalised_by_characters(&label),
                    "{c:?}"
                );
                let mut buf = String::from("前");
                let (normal_label, joiners) = normal_in(&label, &mut buf);
                assert_eq!(normal_label, normal(&label), "{c:?}");
                let joins = |cs: &[char]| normal_label.contains(cs);
                assert_eq!(joiners.any, joins(&['及', '与', '、']), "{c:?}");
                assert_eq!(joiners.ji, joins(&['及']), "{c:?}");
            }
        }
        for label in ["其它事项：", "其 它其它", "和：：", "", "其他其它、其它"]
        {
            assert_eq!(
                normalised(label),
                normalised_by_characters(label),
                "{label}"
            );
        }
    }

    #[test]
    fn a_label_is_told_normal_as_by_its_characters() {
        let changes = |c: char| fold(c) != c || is_space(c) || c == '它' || c == '和';
        for c in '\0'..=char::MAX {
            let label = format!("项目{c}名称");
            assert_eq!(is_normal(&label), !label.contains(changes), "{c:?}");
        }
    }
    use crate::ItemKind;

    /// Every key the national table gives is an element of some item, or a key a national rule
    /// adds to one (a framework call's 最高限制单价, 财政部令第110号 Art 22).
    #[test]
    fn every_key_is_an_element() {
        let t = LabelTable::national();
        let rules = crate::RuleSet::national();
        let known = |k: &str| {
            ItemKind::all().any(|i| i.element(k).is_some())
                || rules.local_keys().iter().flatten().any(|x| x == k)
        };
        for e in t.entries() {
            if let Some(k) = &e.key {
                assert!(known(k), "{} → {k}", e.wording);
            }
            for (p, k) in &e.parts {
                assert!(known(k), "{} / {p} → {k}", e.wording);
            }
        }
    }

    /// No wording is given the same element twice, as the table reads it (和 as 及): a second
    /// entry would be dead weight that hides which wordings the table knows.
    #[test]
    fn no_wording_is_listed_twice_for_one_element() {
        let mut seen = std::collections::HashSet::new();
        for (w, k) in WORDINGS {
            assert!(
                seen.insert((normalised(w), *k)),
                "{w} → {k} is listed twice"
            );
        }
    }

    /// A label joins its parts with 和 or 及 alike (`保障对象和条件`, `保障对象及条件`; `违法事实和
    /// 证据` as 行政处罚法 Art 59 (二) words it): the table knows the one it lists in either form,
    /// and finds either standing as a label in a notice's text.
    #[test]
    fn a_label_joined_with_he_is_its_twin_joined_with_ji() {
        let t = LabelTable::national();
        assert_eq!(normal("违法事实和证据"), normal("违法事实及证据"));
        for w in [
            "违法事实和证据",
            "违法事实及证据",
            "保障对象和条件",
            "保障对象及条件",
        ] {
            assert!(t.knows(w), "{w}");
        }
        assert_eq!(
            t.keys("违法事实和证据").collect::<Vec<_>>(),
            ["violationFacts"]
        );
        for text in ["违法事实和证据：见附件", "违法事实及证据：见附件"] {
            let s = named_in(text, "violationFacts").expect("named");
            assert_eq!(s.of(text).map(|w| w.chars().count()), Some(7), "{text}");
        }
    }

    /// The wordings as the table reads them, one text, are the list itself.
    #[test]
    fn the_joined_wordings_are_the_wordings() {
        let read: Vec<_> =
            super::super::text::pairs(super::super::text::joined_pairs!(WORDINGS)).collect();
        assert_eq!(read, WORDINGS);
    }

    /// The 财办库〔2020〕50号 result headings all have a wording.
    #[test]
    fn the_result_format_of_caibanku_2020_50_is_covered() {
        let t = LabelTable::national();
        for key in ItemKind::ProcurementResult.elements().iter().map(|e| e.key) {
            assert!(
                t.entries().iter().any(|e| e.key.as_deref() == Some(key)
                    || e.parts.iter().any(|(_, k)| k == key)),
                "{key}"
            );
        }
    }
}
