//! Transfers of rights and property: the method a sentence states, an asset transfer named by
//! its title, the target enterprise named in the share transferred.

use crate::Method;
use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, element_values, has_element};
use crate::notice::headings::Numbering;
use crate::notice::span::{Span, Spanned};
use crate::notice::text::{ends_with_any, holds_any, joined_words, places};

/// Where a title transfers a thing rather than a share (`…闲置车辆转让公告`): the place of its
/// `转让`, when the title names no share, equity, capital or lease.
pub(super) fn asset_transfer(title: &str) -> Option<usize> {
    let at = title.find("转让")?;
    let share = holds_any(
        title,
        joined_words!(&["股权", "产权", "股份", "增资", "出资", "租"]),
    );
    (!share).then_some(at)
}

/// Where a sentence states a transfer's method (`以挂牌方式出让`, `以现场拍卖方式出让`): the
/// method's words, then the phrase from 以 to 出让 when it runs straight on to the act.
fn method_sentence(body: &str) -> Vec<Span> {
    const METHODS: &str = joined_words!(&["挂牌", "拍卖", "招标", "协议"]);
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
        if words.is_empty() || !ends_with_any(words, METHODS) {
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

/// An equity transfer's object named as a share (`标的名称：某公司35%股权`) is the share
/// transferred (企业国有资产交易监督管理办法 (国资委 财政部令第32号): the share offered is
/// disclosed, the article not verified in the text held), as readers quote it: where nothing
/// gave the share, or within what gave it (a section `转让标的基本情况` over the line). A
/// project named as the share it sells (`项目名称：某集团持有的某公司35%股权`) names it where no
/// object is labelled.
pub(super) fn share_as_object(body: &str, found: &mut Vec<FoundElement>) {
    let Some((at, label)) = ["标的名称", "项目名称"]
        .into_iter()
        .find_map(|l| crate::notice::text::find(body, l).map(|at| (at, l)))
    else {
        return;
    };
    let from = at + label.len();
    let rest = &body[from..];
    // The value runs to the end of its line or cell (a table's row of pairs, `标的名称\t某公司
    // 51%股权\t项目编号\t…`, or its text copy, `| 标的名称 | 某公司51%股权 |`).
    let value = rest.trim_start_matches([' ', '\t', '\u{3000}', '：', ':', '|']);
    let start = from + (rest.len() - value.len());
    let end = start + value.find(['\n', '\t', '|']).unwrap_or(value.len());
    let t = body[start..end].trim_end();
    let end = start + t.len();
    let is_share = start > from
        && t.ends_with("股权")
        && t.contains(['%', '％'])
        && t.chars().count() <= 60
        && !t.contains(['，', '。']);
    if !is_share {
        return;
    }
    let span = Span { start, end };
    // A bare proportion (`拟转让股权比例：45%`) says less than the object that names the company
    // and its share: the object replaces it.
    found.retain(|e| {
        e.key != "transferredShare"
            || !e
                .value
                .and_then(|v| v.of(body))
                .is_some_and(is_bare_proportion)
    });
    let held = element_values(found, "transferredShare");
    if held.iter().all(|v| v.contains(span)) {
        found.push(FoundElement {
            key: "transferredShare".into(),
            label: Span {
                start: at,
                end: from,
            },
            value: Some(span),
            numbering: crate::notice::headings::Numbering::Unnumbered,
        });
    }
}

/// A proportion alone (`45%`, `45.00％`), with nothing naming what it is a share of.
fn is_bare_proportion(value: &str) -> bool {
    let v = value.trim();
    v.strip_suffix(['%', '％'])
        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == '.'))
}

/// The target enterprise named in the share transferred (`转让标的：某公司35%股权`; 企业国有资产
/// 交易监督管理办法 (国资委 财政部令第32号): the target's facts are disclosed, the article not
/// verified in the text held), where nothing else names it: the company's name before the
/// proportion.
pub(super) fn target_in_share(body: &str, found: &mut Vec<FoundElement>) {
    if has_element(found, "targetEnterprise") {
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
                    key: "targetEnterprise".into(),
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

/// A transfer's method named in its title or a sentence (`决定以挂牌方式出让`) and under no
/// label of its own is the element all the same: the words that name it.
pub(super) fn method_named(
    body: &str,
    item: ItemKind,
    method: Option<&Spanned<Method>>,
    found: &mut Vec<FoundElement>,
) {
    if item.element("transferMethod").is_some()
        && !has_element(found, "transferMethod")
        && let Some(m) = method.filter(|m| m.value.domains().contains(&item.domain()))
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
}
