//! Suspensions, terminations and corrections written as paragraphs: the notice or project
//! concerned, the act, its reason, what it concerns, how it resumes, and the changes a
//! correction makes.

use super::found::{paragraph, section_lead};
use super::title::{below_title, title_span};

use crate::model::item::ItemKind;
use crate::notice::dates::dates;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::headings::Numbering;
use crate::notice::span::Span;
use crate::notice::text::{
    ends_with_any, holds, holds_any, joined_words, numbered_rest, starts_with_any,
};

/// A notice that suspends, resumes or ends a transfer, written as paragraphs: the paragraph that
/// names the notice or project concerned (`…发布的《…公告》`), the one that suspends or ends it
/// (`中止`, `终止`, `终结`, `恢复`), the one that gives the reason (`因…`, `由于`, `鉴于`), the
/// parcels or rights it concerns, and how it resumes (`另行公告`). One paragraph often gives
/// several; each is that paragraph. Only keys no label gave are read.
pub(super) fn suspension_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let missing =
        |found: &[FoundElement], key: &str| item.element(key).is_some() && !has_element(found, key);
    // The title and the 文号 under it are no paragraphs of the text.
    let title_end = body.find('\n').unwrap_or(body.len());
    for &l in above {
        if l.start < title_end {
            continue;
        }
        let t = l.of(body).unwrap_or("");
        // A paragraph another section holds (its reason, `三、中止原因` over `因…，决定中止本次
        // 挂牌出让活动。`) states the act too where it decides it, and no other paragraph does.
        if held.iter().any(|h| h.contains(l)) {
            let decides =
                holds(t, "决定") && holds_any(t, joined_words!(&["中止", "终止", "终结", "暂停"]));
            if decides && missing(found, "action") {
                found.push(paragraph("action", l.start, l));
                for span in deciding_clause(t) {
                    let at = Span {
                        start: l.start + span.start,
                        end: l.start + span.end,
                    };
                    found.push(paragraph("action", l.start, at));
                }
            }
            continue;
        }
        if t.chars().count() < 8 || t.contains(['：', ':']) && t.chars().count() < 40 {
            continue;
        }
        // A section's numbered heading (`三、费用及保证金退还`) names what its paragraphs say; it
        // says none of it.
        let rest = numbered_rest(t);
        if rest.len() < t.len() && !rest.contains(['，', '。', '；', '：', ',', ';', ':']) {
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
            "恢复信息披露",
            // Resumed from a date (`本所决定自2021年6月21日起恢复该项目的挂牌交易`).
            "起恢复",
        ]);
        // A short line on what comes later (`恢复出让时间另行公告。`) acts only where it also
        // stops (`本项目自…起中止信息披露，恢复时间另行公告。`).
        if ends && (!(later && t.chars().count() < 40) || has(&["中止", "终止", "终结", "暂停"]))
        {
            keys.push("action");
        }
        // A listing that found no buyer states why it ends without a 因 (`信息披露期满未征集到
        // 意向受让方，…本所决定终结该项目的交易`).
        // Nor does a purchase that drew too few suppliers (`…符合要求的供应商不足3家，根据《…》
        // 的规定，本项目流标。`; 政府采购法 Art 36 (一)).
        let reason = has(&["原因", "由于", "鉴于", "未征集到"])
            || t.char_indices()
                .any(|(i, c)| c == '因' && opens_a_reason(t, i))
            || has(&["流标", "废标"]) && has(&["不足3家", "不足三家", "不足３家", "的规定"]);
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
        // The project named at the paragraph's start with its number (`某校服采购项目（项目编号：
        // …）采用询价方式采购，…`): its name.
        if missing(found, "projectName")
            && let Some(name) = named_project(t)
        {
            let span = Span {
                start: l.start + name.start,
                end: l.start + name.end,
            };
            found.push(paragraph("projectName", l.start, span));
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
                    // A reason is also all its clauses, up to the one that says who decided
                    // or under what rule (`…，需重新核定矿区范围，根据《…》…`); and each is also
                    // its words after the 因 that opens it, as readers quote it.
                    if matches!(k, "reason" | "terminationReason") {
                        let whole = reason_clauses(t, r.end);
                        let mut spans = vec![span];
                        if whole > r.end {
                            spans.push(Span {
                                end: l.start + whole,
                                ..span
                            });
                        }
                        // And its sentence to the full stop, with what was decided for it
                        // (`因…调整，…，经招标人研究决定，终止本次招标。`).
                        if let Some(stop) =
                            t[r.end..].find('。').map(|k| r.end + k + '。'.len_utf8())
                            && stop > whole
                        {
                            spans.push(Span {
                                end: l.start + stop,
                                ..span
                            });
                        }
                        let opener = ["因", "由于", "鉴于"]
                            .iter()
                            .find(|w| t[r.clone()].starts_with(**w));
                        for s in spans {
                            if s != span {
                                found.push(paragraph(k, l.start, s));
                            }
                            if let Some(w) = opener {
                                let start = s.start + w.len();
                                found.push(paragraph(k, l.start, Span { start, ..s }));
                            }
                        }
                    }
                    // A parcel is also its number alone (`GX2025-08`).
                    if k == "parcels"
                        && let Some(number) = t[r.clone()].strip_suffix("号地块")
                    {
                        let end = span.start + number.len();
                        found.push(paragraph(k, l.start, Span { end, ..span }));
                    }
                }
                for r in names_in_sentence(k, t) {
                    let span = Span {
                        start: l.start + r.start,
                        end: l.start + r.end,
                    };
                    found.push(paragraph(k, l.start, span));
                }
            }
        }
    }
    super::found::in_text_order(found);
}

/// Where a run of `lines` from index `from` stops: at the first line that closes it (one that
/// starts with a word of `closing`, or holds one and is shorter than `short` characters) or is a
/// label (`联系人：…`, at most eight characters before its colon); `lines.len()` when none does.
pub(super) fn run_to_close(
    body: &str,
    lines: &[Span],
    from: usize,
    closing: &[&str],
    short: usize,
) -> usize {
    let closes = |t: &str| {
        closing
            .iter()
            .any(|w| t.starts_with(w) || holds(t, w) && t.chars().count() < short)
    };
    (from..lines.len())
        .find(|&i| {
            let t = lines[i].of(body).unwrap_or("");
            closes(t) || is_label(t)
        })
        .unwrap_or(lines.len())
}

/// Whether line `t` opens with a label (`联系人：…`): at most eight characters, no sentence's
/// punctuation, before its colon.
pub(super) fn is_label(t: &str) -> bool {
    t.find(['：', ':'])
        .is_some_and(|i| t[..i].chars().count() <= 8 && !t[..i].contains(['，', '。']))
}

/// Whether the word at byte `i` of `t` opens a reason (`因…`, `由于…`): at the paragraph's or a
/// clause's start, after what it explains (`该地块因…`, `本项目因…`, `该采矿权因…`), or after
/// `现` or `后` (`…公告。现因…`, `…挂牌，后因…`); not `因此`.
fn opens_a_reason(t: &str, i: usize) -> bool {
    !t[i..].starts_with("因此")
        && (i == 0
            || t[..i].ends_with([
                '，', ',', '。', '；', '）', ')', '块', '目', '权', '现', '后',
            ]))
}

/// The project a paragraph `t` opens with, named before its number in brackets (`某中学校服采购
/// 项目（项目编号：…）…`): the name, as a range of `t`.
fn named_project(t: &str) -> Option<std::ops::Range<usize>> {
    let at = [
        "（项目编号",
        "(项目编号",
        "（招标编号",
        "(招标编号",
        "（采购编号",
        "(采购编号",
    ]
    .iter()
    .filter_map(|w| t.find(w))
    .min()?;
    let name = &t[..at];
    let n = name.chars().count();
    (name.ends_with("项目") && (6..=60).contains(&n) && !name.contains(['，', '。', '：', '《']))
        .then_some(0..at)
}

/// The words that open the clause after a reason: who decided or under what rule.
const DECIDED: &str = joined_words!(&[
    "经",
    "根据",
    "依据",
    "按照",
    "决定",
    "现",
    "本局",
    "我局",
    "本厅",
    "我厅",
    "本所",
    "我所",
    "本中心",
    "我中心",
    "特此",
    "自",
    "故",
    "报",
    "拟",
    "暂",
]);

/// Where a reason whose first clause ends at byte `end` of `t` ends with all its clauses: before
/// the clause that says who decided or under what rule ([`DECIDED`]), or at its sentence's end.
fn reason_clauses(t: &str, mut end: usize) -> usize {
    while let Some(comma) = t[end..].chars().next().filter(|c| matches!(c, '，' | ',')) {
        let next = end + comma.len_utf8();
        if starts_with_any(&t[next..], DECIDED) {
            break;
        }
        end = t[next..]
            .find(['，', '。', '；', ','])
            .map_or(t.len(), |k| next + k);
    }
    end
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
            let code_before = |at: usize| {
                t[..at]
                    .char_indices()
                    .rev()
                    .take_while(|&(_, c)| c.is_ascii_alphanumeric() || c == '-')
                    .last()
                    .map(|(i, _)| i)
            };
            let Some(at) = ["号地块", "号宗地"].iter().find_map(|w| t.find(w)) else {
                // A code with no 号 (`终止2025XP03地块的挂牌出让活动`): the code alone.
                return ["地块", "宗地"].iter().find_map(|w| {
                    t.match_indices(w).find_map(|(at, _)| {
                        let start = code_before(at)?;
                        let code = &t[start..at];
                        (code.len() >= 4 && code.bytes().any(|b| b.is_ascii_digit()))
                            .then_some(start..at)
                    })
                });
            };
            let start = code_before(at)?;
            let end = at + "号地块".len();
            (start < at).then_some(start..end)
        }
        "reason" | "terminationReason" => {
            let Some(start) = ["因", "由于", "鉴于"].iter().find_map(|w| {
                t.match_indices(w)
                    .map(|(i, _)| i)
                    .find(|&i| opens_a_reason(t, i))
            }) else {
                // Too few suppliers, to the sentence that ends the purchase (`…不足3家，…本项目
                // 流标。`), without what is done next.
                let end = ["流标。", "废标。"]
                    .iter()
                    .filter_map(|w| t.find(w).map(|k| k + w.len()))
                    .min()?;
                return (end < t.len()).then_some(0..end);
            };
            let end = clause_end(start);
            (end > start + 3 && end < t.len() || start > 0).then_some(start..end)
        }
        "rights" => {
            // A right named outside the title of the notice cited (`《某厅探矿权挂牌出让公告》`
            // names its issuer, the grant after it the right: `…，以挂牌方式出让某金矿勘探探
            // 矿权，`), not referred back to (`该采矿权`); else the right the title names
            // (`《某矿采矿权挂牌出让公告》`).
            let named = |outside: bool| {
                ["采矿权", "探矿权"]
                    .iter()
                    .filter_map(|w| {
                        t.match_indices(w).map(|(i, _)| i).find(|&i| {
                            !outside
                                || t[..i].rfind('《') <= t[..i].rfind('》')
                                    && !t[..i].ends_with(['该', '本', '此'])
                        })
                    })
                    .min()
            };
            let at = named(true).or_else(|| named(false))?;
            let mut start = t[..at]
                .rfind(['《', '，', '“', '的', '。'])
                .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
            // The right after the act that grants, stops or ends its grant (`以挂牌方式出让…`,
            // `决定终止…`).
            if let Some(k) = ["出让", "终止", "中止", "恢复"]
                .iter()
                .filter_map(|w| t[start..at].rfind(w).map(|k| start + k + w.len()))
                .max()
                && t[k..at].chars().count() >= 2
            {
                start = k;
            }
            let end = at + "采矿权".len();
            (t[start..end].chars().count() >= 5).then_some(start..end)
        }
        "resumption" => {
            // Resumed from a date: the sentence that resumes it (`现中止事由已消除，…本所决定自
            // 2021年6月21日起恢复该项目的挂牌交易，…。`).
            let Some(at) = ["另行公告", "另行通知", "另行发布"]
                .iter()
                .find_map(|w| t.find(w))
            else {
                let at = t.find("起恢复")?;
                let start = t[..at].rfind('。').map_or(0, |k| k + '。'.len_utf8());
                let end = t[at..]
                    .find('。')
                    .map_or(t.len(), |k| at + k + '。'.len_utf8());
                return (start > 0 || end < t.len()).then_some(start..end);
            };
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

/// A correction or clarification written as paragraphs (`…招标公告已于…发布。现对…作如下澄清和
/// 修改：` then `1.…` `2.…`, then `招标人：…` `联系人：…`): the opening paragraph names the notice
/// changed and what is changed, and the lines after it up to a closing sentence or a label are
/// the changes (the contact above the 落款 is [`closing_paragraphs`]'). Only keys no label gave
/// are read.
pub(super) fn correction_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let missing =
        |found: &[FoundElement], key: &str| item.element(key).is_some() && !has_element(found, key);
    if !missing(found, "correctionContent") {
        return;
    }
    let title_end = body.find('\n').unwrap_or(body.len());
    let lines = below_title(above, title_end);
    let text = |l: &Span| l.of(body).unwrap_or("");
    let opening = lines.iter().position(|l| {
        let t = text(l);
        let names = holds_any(t, joined_words!(&["公告", "招标文件", "采购文件"]));
        let changes = holds_any(
            t,
            joined_words!(&["如下", "更正", "澄清", "修改", "变更", "延期"]),
        );
        names && changes && t.trim_end().ends_with(['：', ':', '。'])
    });
    let Some(open) = opening else {
        return;
    };
    let end = run_to_close(
        body,
        lines,
        open + 1,
        &[
            "本澄清",
            "本更正",
            "本公告",
            "除上述",
            "其他内容不变",
            "其余内容不变",
        ],
        60,
    );
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
    super::found::in_text_order(found);
}

/// A correction's or an end's first paragraph that names the project changed by its name and
/// number (`某工程（二标段）（招标编号：…）招标公告已于…发布，现对…作如下澄清：`) names the notice
/// it concerns (招标投标法实施条例 Art 21: a clarification or change goes to every party that
/// obtained the documents, so it says which): the project's words are also read, as readers quote
/// them, beside what other readers gave.
pub(super) fn project_named(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    if item.element("originalNotice").is_none() {
        return;
    }
    let title_end = body.find('\n').unwrap_or(body.len());
    let Some((l, ranges)) = below_title(above, title_end)
        .iter()
        .take(8)
        .filter(|l| {
            let t = l.of(body).unwrap_or("");
            !t.contains('《') && (holds(t, "编号：") || holds(t, "编号:"))
        })
        .map(|l| (l, notice_named(l.of(body).unwrap_or(""))))
        .find(|(_, r)| !r.is_empty())
    else {
        return;
    };
    for r in ranges {
        let span = Span {
            start: l.start + r.start,
            end: l.start + r.end,
        };
        if !found
            .iter()
            .any(|e| e.key == "originalNotice" && e.value == Some(span))
        {
            found.push(paragraph("originalNotice", l.start, span));
        }
    }
    super::found::in_text_order(found);
}

/// The clause of `t` that decides to suspend, end or resume (`决定终止该宗地的拍卖出让活动`), to
/// the comma or full stop after it: from its 决定, and from the act alone.
fn deciding_clause(t: &str) -> Vec<std::ops::Range<usize>> {
    let Some(at) = t.find("决定") else {
        return Vec::new();
    };
    let act_at = at + "决定".len();
    let rest = &t[act_at..];
    if !starts_with_any(
        rest,
        joined_words!(&["中止", "终止", "终结", "恢复", "暂停"]),
    ) {
        return Vec::new();
    }
    let end = rest
        .find(['，', '。', '；', ','])
        .map_or(t.len(), |e| act_at + e);
    // The clause from its own start (`现决定…`, `经研究决定…`), after the mark before it.
    let start = t[..at]
        .rfind(['，', '。', '；', ','])
        .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
    let mut ends = vec![end];
    // Each also with the full stop that ends its sentence, as readers quote a sentence.
    if t[end..].starts_with('。') {
        ends.push(end + '。'.len_utf8());
    }
    let starts = if start < at {
        vec![at, act_at, start]
    } else {
        vec![at, act_at]
    };
    ends.iter()
        .flat_map(|&e| starts.iter().map(move |&s| s..e))
        .collect()
}

/// The words of a paragraph `t` that name the notice or project a suspension or an end
/// concerns, as readers quote them, as ranges of `t`:
/// - a notice's title and 文号 (`《…出让公告》（…〔2025〕8号）`), the clause from the paragraph's
///   start to them (`某局于2025年4月8日发布《…》（…号）`), and the same from its date
///   (`2025年4月8日发布的《…》（…号）`);
/// - a project's name and number (`某工程（招标编号：…）`, `“某公司100%股权转让”项目（项目编号：…）`),
///   and the sentence that says when it was published (`…于2025年5月12日在…发布招标公告。`).
pub(super) fn notice_named(t: &str) -> Vec<std::ops::Range<usize>> {
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
        if ends_with_any(before, joined_words!(&["发布的", "发布了", "发布"]))
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
    // …）`, `…公开挂牌的某项目`, `本中心于2025年2月17日挂牌披露的某项目`): the project from after
    // its 发布(的), 挂牌的 or 披露的.
    if let Some(k) = t[start..open]
        .rfind("发布")
        .map(|k| start + k + "发布".len())
        .or_else(|| {
            // (To its 的, which the step below passes.)
            ["挂牌的", "披露的"]
                .iter()
                .filter_map(|w| {
                    t[start..open]
                        .rfind(w)
                        .map(|k| k + w.len() - '的'.len_utf8())
                })
                .max()
                .map(|k| start + k)
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

/// The act a suspension's title names (`…中止公告`, `关于终止…的公告`): the action in a word,
/// as writers quote it where no sentence says more.
pub(super) fn action_in_title(body: &str, found: &mut Vec<FoundElement>) {
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

/// The parcels or rights a sentence of a suspension or an end names by name, as readers quote
/// them from the sentence that tells of the grant (the items' 所涉宗地 and 所涉矿业权; the
/// articles of 39号令 and of the 矿业权出让交易规则 on such notices were not read, grade R), as
/// ranges of `t`:
///
/// - a parcel by its whole name, its district and its number (`安宁区GN2025-06号地块`,
///   `锡国土（经）2025-19号地块`), from where the words that grant or stop it end (`出让`,
///   `其中`, `中止了`, `…公告》（…号）中`) — and again with the place in brackets after it
///   (`QC2025-03号地块（位于清城区…）`);
/// - a right by the name the cited notice's title gives it (`《某县某矿采矿权挂牌出让公告》`:
///   `某县某矿`).
fn names_in_sentence(key: &str, t: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    if key == "parcels" {
        for w in ["地块", "宗地"] {
            for (at, _) in t.match_indices(w) {
                let Some(start) = parcel_name_start(t, at) else {
                    continue;
                };
                let end = at + w.len();
                out.push(start..end);
                if let Some(placed) = bracket_after(t, end) {
                    out.push(start..placed);
                }
            }
        }
    } else if key == "rights" {
        for (open, _) in t.match_indices("《") {
            let from = open + "《".len();
            let Some(at) = ["采矿权", "探矿权"]
                .iter()
                .filter_map(|w| t[from..].find(w))
                .min()
            else {
                continue;
            };
            let title = &t[from..from + at];
            if !title.contains('》') && title.chars().count() >= 4 {
                out.push(from..from + at);
            }
        }
    }
    out
}

/// Where the name of a parcel whose `地块`/`宗地` is at byte `at` of `t` starts: back to the words
/// before it that grant, stop or cite (a clause's mark, `的`, `了`, `让`, `止`, `复`, `于`, `其中`
/// or a citation's `）中`), through a short bracket of its own (`锡国土（经）…`). `None` when the
/// name holds no figure or letter (`该地块`), or is longer than a name.
fn parcel_name_start(t: &str, at: usize) -> Option<usize> {
    let mut start = at;
    while let Some(c) = t[..start].chars().next_back() {
        let i = start - c.len_utf8();
        let stop = match c {
            '，' | '。' | '；' | '、' | '》' | '“' | '”' | '：' | ':' | ' ' | '\t' | '\n'
            | '的' | '了' | '让' | '止' | '复' | '于' | '（' => true,
            '中' => t[..i].ends_with(['）', '》', '其', '号']),
            // A short bracket within the name (`（经）`); a citation's ends it.
            '）' => {
                let open = t[..i].rfind('（')?;
                if t[open..i].chars().count() > 4 {
                    true
                } else {
                    start = open;
                    continue;
                }
            }
            _ => false,
        };
        if stop {
            break;
        }
        start = i;
    }
    let name = &t[start..at];
    (name
        .chars()
        .any(|c| c.is_ascii_alphanumeric() || c.is_numeric() || ('Ａ'..='Ｚ').contains(&c))
        && name.chars().count() <= 30)
        .then_some(start)
}
