//! Lists of households and names a housing notice gives without a heading or label: a table,
//! numbered lines, a line of names, the names after a sentence's colon.

use super::found::{also_as, paragraph};

use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, element_values, has_element};
use crate::notice::span::Span;
use crate::notice::tables::Table;
use crate::notice::text::{holds, holds_any, joined_words};

/// A housing notice's list as a table no heading or label names (`现将审核结果公示如下：` over
/// `序号 申请人 身份证号 …`): the list the item holds, where no section gave it. A table that
/// gives each household's review (`初审意见`, `复核结果`) is the review's result too.
pub(super) fn unheaded_list(
    body: &str,
    item: ItemKind,
    tabs: &[Table],
    found: &mut Vec<FoundElement>,
) {
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
    let given: Vec<Span> = element_values(found, key);
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
        holds_any(
            h,
            joined_words!(&[
                "意见",
                "审核结果",
                "复核结果",
                "初审结果",
                "复审结果",
                "年审结论",
                "复核结论",
            ]),
        )
    });
    if reviews && item.element("reviewResult").is_some() {
        if !has_element(found, "reviewResult") {
            found.push(paragraph("reviewResult", span.start, span));
        }
        // The line that introduces the table with what the review found (`经…复核，下列4户家庭
        // 符合…条件，现予公示：`) is the result as much as the table under it, or its column.
        if let Some(lead) = lead_line(body, span.start)
            && !found
                .iter()
                .any(|e| e.key == "reviewResult" && e.value == Some(lead))
        {
            found.push(paragraph("reviewResult", span.start, lead));
        }
    }
    super::found::in_text_order(found);
}

/// The line just above byte `at` of `body` when it says what a review found and introduces
/// what follows (`…审核…符合…，现予公示：`).
fn lead_line(body: &str, at: usize) -> Option<Span> {
    let before = body.get(..at)?.trim_end();
    let start = before.rfind('\n').map_or(0, |k| k + 1);
    let line = before[start..].trim_start();
    let reviewed = holds_any(
        line,
        joined_words!(&["审核", "初审", "复审", "复核", "核查"]),
    );
    let found = holds_any(line, joined_words!(&["符合", "通过", "取消"]));
    (reviewed && found && line.ends_with(['：', ':'])).then(|| Span {
        start: before.len() - line.len(),
        end: before.len(),
    })
}

/// An allocation's households as numbered lines (`1.何*平，家庭人口3人，配租某苑3栋1204号；`,
/// `（二）衣*，配租…`) or on one line apart by semicolons: the lines are the allottees and the
/// homes assigned them, where no section or table gave those; a review's (`1、段丽华，家庭成员
/// 2人，…`) are its applicants.
pub(super) fn household_lines(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
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
    let names_one = |t: &str| {
        crate::notice::parties::household_name(t).is_some() && words.iter().any(|w| holds(t, w))
    };
    let household = |l: &Span| {
        let t = l.of(body).unwrap_or("");
        let rest = crate::notice::text::numbered_rest(t);
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
        let rest = crate::notice::text::numbered_rest(&t[from..]);
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
        let given = element_values(found, key);
        if given.is_empty() || given.iter().any(|v| v.contains(span) && *v != span) {
            found.push(paragraph(*key, span.start, span));
        }
    }
    super::found::in_text_order(found);
}

/// The households a short review or result lists on one line of names under the sentence that
/// introduces them (`经审核，以下9名人员符合…条件：` over `达瓦次仁、普布卓玛、…`): the line is
/// the list (applicants, or allottees in a result), where no section, label or table gave it.
pub(super) fn names_line(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let Some(key) = ["applicantList", "allotteeList"]
        .into_iter()
        .find(|k| item.element(k).is_some() && !has_element(found, k))
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
            && !crate::notice::parties::listed_names(body, *l).is_empty()
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
            super::found::in_text_order(found);
            return;
        }
        previous = t;
    }
}

/// A list of households given in a sentence (`…下列3户家庭符合…条件：葛某红（城关镇）、房某
/// （东坝头镇）、司某伟（桐乡街道）。现予公示…`): the list is also the names after the colon, to
/// the full stop, as readers quote it (公共租赁住房管理办法 Art 9, the applicants published).
pub(super) fn names_after_colon(body: &str, found: &mut Vec<FoundElement>) {
    const LISTS: &[&str] = &[
        "applicantList",
        "allotteeList",
        "rankingList",
        "housingAssigned",
    ];
    let mut more = Vec::new();
    for e in found.iter().filter(|e| LISTS.contains(&e.key.as_ref())) {
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

/// An allocation's list that gives each allottee's home beside it (a table's `配租小区`, `房号`,
/// `配租套数` columns; `黄*宁选定和谐家园2栋301房`; `承租晨晖公寓3号楼401室至420室`) is also the
/// homes assigned (配租配售房源: the result publishes both, 公共租赁住房管理办法 Art 14 ¶2's 配租
/// 结果), where nothing else gave them.
pub(super) fn homes_in_allottee_list(body: &str, found: &mut Vec<FoundElement>) {
    // Words only a home's address or count holds.
    const HOME: &str = joined_words!(&[
        "号楼", "栋", "幢", "单元", "室", "房号", "房源", "小区", "套", "公寓",
    ]);
    if has_element(found, "housingAssigned") {
        return;
    }
    let homes: Vec<FoundElement> = found
        .iter()
        .filter(|e| e.key == "allotteeList")
        .filter(|e| {
            e.value
                .and_then(|v| v.of(body))
                .is_some_and(|t| holds_any(t, HOME))
        })
        .map(|e| FoundElement {
            key: "housingAssigned".into(),
            ..*e
        })
        .collect();
    found.extend(homes);
}
