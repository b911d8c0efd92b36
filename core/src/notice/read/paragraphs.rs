//! Calls, reviews, plans and closing words written as paragraphs without headings: each
//! element is the paragraph that opens with, or holds, its customary words.

use super::found::{paragraph, section_lead};
use super::title::below_title;

use crate::model::item::ItemKind;
use crate::notice::dates::dates;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::span::Span;
use crate::notice::text::{holds, holds_any, joined_words, starts_with_any};

/// A call for tenders written as paragraphs without headings, one a section of the 标准施工招标
/// 文件's 招标公告 in its order: the conditions (`…已由…批准建设…现对该项目…进行公开招标`), what is
/// tendered (`本次招标的内容为…，地点为…，工期…`), who may bid (`投标人须…`), how to get the
/// documents (`凡有意参加投标者，请于…`), the deadline (`投标文件递交的截止时间为…`) and the
/// contacts (`招标人：…，联系人：…，电话：…`). Each paragraph gives the elements of its section
/// (招标投标法 Art 16, 发改委令2017年第10号 Art 5), where no heading or label gave them.
pub(super) fn call_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let procurement = item == ItemKind::ProcurementAnnouncement;
    // Most calls have headings, whose sections gave these.
    if has_element(found, "documentsObtaining") {
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
            || holds_any(
                t,
                joined_words!(&[
                    "获取招标文件",
                    "下载招标文件",
                    "获取采购文件",
                    "获取磋商文件",
                    "获取谈判文件",
                ]),
            );
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
        } else if starts_with_any(t, joined_words!(&["投标人须", "投标人应", "投标人必须"]))
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
            if !has_element(found, key) {
                found.push(paragraph(
                    *key,
                    start,
                    Span {
                        start,
                        end: line.end,
                    },
                ));
            }
        }
    }
    super::found::in_text_order(found);
}

/// When and where a right is offered, in a land or mining call without the section's heading:
/// the first paragraph that gives a time of the sale (`开标时间`, `挂牌时间`, `拍卖时间`, with a
/// date) and its place (`地点`, `递交至`). The call's 时间和地点 element, where no heading or
/// label gave it.
pub(super) fn time_and_place(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    if item.element("timeAndPlace").is_none() || has_element(found, "timeAndPlace") {
        return;
    }
    for &line in above {
        let Some(t) = line.of(body) else { continue };
        let when = holds_any(
            t,
            joined_words!(&["开标时间", "挂牌时间", "拍卖时间", "拍卖会"]),
        );
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
pub(super) fn who_may_bid(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    if item.element("bidderRequirements").is_none() || has_element(found, "bidderRequirements") {
        return;
    }
    for &line in above {
        let Some(t) = line.of(body) else { continue };
        let t = t.trim_start_matches([' ', '\u{3000}']);
        let numbered = crate::notice::text::numbered_rest(t);
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

/// A candidates' publicity that tells its evaluation in a paragraph without a heading (`本项目共7家
/// 单位投标，1家…被否决，其余6家经评审均为有效投标。两家中标候选人的资质…均符合招标文件要求。`):
/// the paragraph is the evaluation (发改委令第10号 Art 6 (一)'s 评标情况) where it counts the bids
/// or those rejected, and also the candidates' response to the qualifications (Art 6 (三)) where
/// it goes on to say they meet them. Only where no heading or label gave them.
pub(super) fn evaluation_paragraph(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    if item != ItemKind::BiddingCandidatePublicity {
        return;
    }
    let wanted = |found: &[FoundElement], key: &str| !has_element(found, key);
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    for &line in above {
        let Some(t) = line.of(body) else { continue };
        if held.iter().any(|h| h.contains(line)) || t.contains(['：', ':']) {
            continue;
        }
        let counts = (holds(t, "家单位投标") || holds(t, "家投标人") || holds(t, "有效投标"))
            && (holds(t, "否决") || holds(t, "有效"));
        let meets = holds(t, "符合") && (holds(t, "资质") || holds(t, "资格条件"));
        for (key, says) in [
            ("evaluationSummary", counts),
            ("qualificationResponse", meets && counts),
        ] {
            if says && wanted(found, key) {
                found.push(paragraph(key, line.start, line));
            }
        }
    }
}

/// A review's result written as a paragraph (公共租赁住房管理办法 Art 9's 公示 of the households
/// reviewed): the paragraph that says who was reviewed and found eligible or not (`经…初审，
/// 黄*明、韦*兰…共5户家庭符合…条件`) is the review's result, and its list of households too —
/// or, where it ends with a colon (`下列承租家庭不再符合…条件，拟取消其保障资格：`), the lines
/// under it. Only where no heading or label gave them.
pub(super) fn review_paragraph(body: &str, found: &mut Vec<FoundElement>, above: &[Span]) {
    let missing = |found: &[FoundElement], key: &str| !has_element(found, key);
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
            let reviewed = holds_any(
                t,
                joined_words!(&["审核", "初审", "复审", "复核", "核查", "年审", "审查"]),
            );
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
    super::found::in_text_order(found);
}

/// A housing plan or its progress written as paragraphs without headings (建保〔2011〕64号's
/// 安居工程 disclosures): each element is the paragraph that opens with its customary words —
/// the period (`本规划期限为…`), the targets (`…期间，全市计划…`), the progress (`截至…`), the
/// projects started (`…开工…项目`) and completed (`…竣工…项目`), the facilities (`…配套设施…`);
/// and a lease of state property written so. Only keys no heading or label gave, from
/// paragraphs no element holds.
pub(super) fn plan_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
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
        // A lease of state property a company posts as paragraphs (the exchanges' lease notices'
        // elements, R): the place put up for lease (`…对位于…的商业用房…进行公开招租`), how the
        // lessee is chosen (`招租采用现场公开竞价方式…`), who may lease (`意向承租人应为…`), the use
        // allowed (`该房产限用于…`) and how to apply (`有意者请于…报名`).
        (ItemKind::PropertyLeaseNotice, "asset", &["位于", "面积"]),
        (
            ItemKind::PropertyLeaseNotice,
            "leaseMethod",
            &["招租采用", "竞价方式", "出价最高", "价高者得"],
        ),
        (
            ItemKind::PropertyLeaseNotice,
            "lesseeRequirements",
            &["承租人应", "承租人须", "承租方应", "承租方须"],
        ),
        (
            ItemKind::PropertyLeaseNotice,
            "permittedUse",
            &["限用于", "用途限"],
        ),
        (ItemKind::PropertyLeaseNotice, "registration", &["有意者"]),
    ];
    if !CUES.iter().any(|(i, _, _)| *i == item) {
        return;
    }
    let held: Vec<Span> = found.iter().filter_map(|e| e.value).collect();
    let title_end = body.find('\n').unwrap_or(body.len());
    let mut taken: Vec<Span> = Vec::new();
    for (_, key, words) in CUES.iter().filter(|(i, _, _)| *i == item) {
        if has_element(found, key) {
            continue;
        }
        let hit = below_title(above, title_end).iter().copied().find(|l| {
            let t = l.of(body).unwrap_or("").trim_start();
            let head: String = t.chars().take(48).collect();
            t.chars().count() >= 16
                && words.iter().any(|w| holds(&head, w))
                // Not the opening that introduces the plan (`根据省、市下达的…目标任务，…现将…
                // 建设计划公开如下：`): it states no task.
                && !t.trim_end().ends_with(['：', ':'])
                && !held.iter().chain(&taken).any(|h| h.contains(*l))
        });
        if let Some(l) = hit {
            let lead = l.of(body).map_or(0, |t| t.len() - t.trim_start().len());
            let span = Span {
                start: l.start + lead,
                end: l.end,
            };
            taken.push(l);
            found.push(paragraph(*key, span.start, span));
        }
    }
    super::found::in_text_order(found);
}

/// Elements notices often write as a sentence or a block of their own, read where no label gave
/// them: the approval of a disposal or a capital increase (`本次处置已经…批准。`), the time and
/// place of an auction (`拍卖会定于…在…举行。`), and the contact (the run of label lines above the
/// 落款 that names a 联系人 or 联系电话).
pub(super) fn closing_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let missing =
        |found: &[FoundElement], key: &str| item.element(key).is_some() && !has_element(found, key);
    let title_end = body.find('\n').unwrap_or(body.len());
    let lines = below_title(above, title_end);
    // The elements found before these readers' (`found` only grows below): their values are
    // looked through where asked, not copied for the items that ask nothing here.
    let held = found.len();
    let free = |found: &[FoundElement], l: &Span| {
        !found[..held]
            .iter()
            .filter_map(|e| e.value)
            .any(|h| h.contains(*l))
    };
    let text = |l: &Span| l.of(body).unwrap_or("");
    // A paragraph numbered as a section's item (`九、在公示期内有两个…`): the whole line, and
    // the words after its number, as readers quote it.
    let push = |found: &mut Vec<FoundElement>, key: &'static str, l: Span| {
        found.push(paragraph(key, l.start, l));
        let t = text(&l);
        let rest = crate::notice::text::numbered_rest(t);
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
            free(found, l)
                && t.contains('经')
                && holds_any(t, joined_words!(&["批准", "批复", "同意"]))
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
                free(found, l)
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
            free(found, l)
                && (holds(t, "定于") || holds(t, "拍卖会") || holds(t, "挂牌活动"))
                && t.contains('年')
                && holds_any(t, joined_words!(&["举行", "进行", "开始"]))
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
        // The block's own lines may give the element (`联系电话：…`): only another's hold them,
        // with their labels (`终止原因：…` holds its line).
        let others: Vec<Span> = found
            .iter()
            .filter(|e| e.key != key)
            .filter_map(|e| {
                let v = e.value?;
                Some(Span {
                    start: v.start.min(e.label.start),
                    end: v.end,
                })
            })
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
    super::found::in_text_order(found);
}
