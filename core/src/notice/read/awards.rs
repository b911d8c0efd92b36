//! An award told in a sentence: the winner, its address and the price, where no label gives
//! them.

use crate::model::item::ItemKind;
use crate::notice::elements::FoundElement;
use crate::notice::headings::Numbering;
use crate::notice::span::Span;

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
        && !found.iter().any(|e| e.key == "winnerName")
        && let Some((name, label)) = crate::notice::parties::chosen_winners(body).next()
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
