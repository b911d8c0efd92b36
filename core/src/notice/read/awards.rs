//! An award told in a sentence: the winner, its address and the price, where no label gives
//! them; and candidates written as a block of lines, with the facts each gives within it.

use super::found::paragraph;

use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::headings::Numbering;
use crate::notice::span::Span;
use crate::notice::text::{holds_any, joined_words};

/// An award told in a sentence where no label gives it (`经评标委员会评审并经招标人确定，中标人为
/// 某公司，中标价为人民币326.58万元。`): the winner's name and the price, each to the next comma
/// or full stop.
pub(super) fn award_in_prose(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
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
        && !has_element(found, "winnerName")
        && let Some((name, label)) = crate::notice::parties::chosen_winners(body).next()
    {
        found.push(FoundElement {
            key: "winnerName".into(),
            label,
            value: Some(name),
            numbering: Numbering::Unnumbered,
        });
        // Its address in the bracket after the name (`确定某公司（地址：…）为成交供应商`).
        let bracket = name.end..label.start;
        if item.element("winnerAddress").is_some()
            && let Some((said, r)) = crate::notice::parties::labelled_address(
                &body[bracket.clone()],
                &["地址：", "住所：", "地址:"],
            )
        {
            let at = |k: usize| bracket.start + k;
            found.push(FoundElement {
                key: "winnerAddress".into(),
                label: Span {
                    start: at(said),
                    end: at(r.start),
                },
                value: Some(Span {
                    start: at(r.start),
                    end: at(r.end),
                }),
                numbering: Numbering::Unnumbered,
            });
        }
    }
    for (key, words) in SAID {
        if item.element(key).is_none() || has_element(found, key) {
            continue;
        }
        let Some((at, w)) = words
            .iter()
            .filter_map(|w| crate::notice::text::find(body, w).map(|at| (at, *w)))
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
                key: (*key).into(),
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

/// Candidates written as a block of lines (`第一中标候选人：某公司，投标报价：…，项目负责人：…；`
/// one a line): the facts each gives within it are also the whole block, as a table's are
/// that holds several elements (招标投标法实施条例 Art 54's candidates with their prices).
pub(super) fn candidates_block(body: &str, item: ItemKind, found: &mut Vec<FoundElement>) {
    if item.element("candidates").is_none() {
        return;
    }
    if let Some(block) = ranked_groups(body, found)
        && !found
            .iter()
            .any(|e| e.key == "candidates" && e.value == Some(block))
    {
        found.push(paragraph("candidates", block.start, block));
    }
    if let Some(block) = found
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
                    e.key.as_ref(),
                    "bidDetails" | "projectManager" | "qualificationResponse"
                )
            })
            .filter(|e| e.value.is_some_and(|v| block.1.contains(v) && v != block.1))
            .map(|e| paragraph(e.key.clone(), block.0, block.1))
            .collect();
        found.extend(within);
        // A manager or a bid named within each candidate's line and read under no label of its
        // own, in lines of candidates (one candidate's line leaves its manager's label unread; a
        // table turned on its side, a candidate a column, its row of bids: `投标报价（元）⇥…`).
        for (key, words) in [
            ("projectManager", joined_words!(&["项目负责人", "项目经理"])),
            ("bidDetails", joined_words!(&["投标报价"])),
        ] {
            if item.element(key).is_some()
                && !has_element(found, key)
                && block
                    .1
                    .of(body)
                    .is_some_and(|b| b.contains('\n') && holds_any(b, words))
            {
                found.push(paragraph(key, block.0, block.1));
            }
        }
    }
}

/// Candidates each written as a group of labelled lines under its rank's label (`第一中标候选人：…`
/// over `投标报价：…`, `工期：…`, `项目负责人：…`), with no heading over them: the groups together,
/// from the first rank's label to the last rank's group. The last group is as long as the first
/// and has its labels in the same order, so the lines after it are not taken in.
fn ranked_groups<'a>(body: &'a str, found: &[FoundElement]) -> Option<Span> {
    let line_start = |at: usize| body[..at].rfind('\n').map_or(0, |k| k + 1);
    let mut ranks: Vec<usize> = found
        .iter()
        .filter(|e| e.key == "candidates" && e.value.is_some())
        .map(|e| e.label.start)
        .filter(|&at| body[line_start(at)..at].trim().is_empty())
        .collect();
    ranks.sort_unstable();
    ranks.dedup();
    let (&first, &last) = (ranks.first()?, ranks.last()?);
    let second = *ranks.get(1)?;
    let label = |line: &'a str| line.find(['：', ':']).map(|k| line[..k].trim());
    let template: Vec<Option<&str>> = body[first..line_start(second)]
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .skip(1)
        .map(label)
        .collect();
    if template.is_empty() || template.len() > 12 || template.iter().any(Option::is_none) {
        return None;
    }
    // The last group's lines, each under the first group's label in its place.
    let mut at = body[last..].find('\n').map(|k| last + k + 1)?;
    let mut end = last + body[last..at].trim_end().len();
    for want in &template {
        let raw = body[at..].split('\n').next()?;
        let line = raw.trim();
        if line.is_empty() || label(line) != *want {
            break;
        }
        end = at + raw.trim_end().len();
        at += raw.len() + 1;
        if at > body.len() {
            break;
        }
    }
    (end > first).then_some(Span { start: first, end })
}
