//! `amountsAgree`: an amount a notice writes both in capital numerals (大写) and in figures says
//! the same both ways (政府信息公开条例 Art 6 ¶1: information is published accurately).

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail, content_path};
use crate::Lang;
use crate::model::amount::Yuan;
use crate::model::amount_text::{amounts_in_figures, amounts_in_words};

/// In each amount element (`elements`) that gives amounts both in capital numerals and in
/// figures, every amount in numerals is one of the figures beside it. An element with only one
/// of the two is not judged: a unit price in figures alone is no contradiction.
///
/// Beside it: on its own line, where that line gives figures (`拍卖起始价：人民币贰仟叁佰陆拾万元整
/// （￥2360万元）`); otherwise, on a line that restates them (no label, or one that says 大写),
/// among the figures on lines without capital numerals (`中标金额：¥1,180,000.00` over `大写：
/// 壹佰壹拾捌万元整`). An amount in numerals under a label of its own with no figures on its line
/// (`加价幅度：人民币拾万元或其整数倍`, `竞买保证金：人民币伍拾万元整`) states its own amount:
/// there is nothing to disagree with, and it is not judged.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AmountsAgree {
    /// The content keys of the elements that state an amount (`awardAmount`, `dealPrice`, …):
    /// reading only them keeps the check to the texts that carry amounts.
    pub elements: Vec<String>,
}

impl CheckKind for AmountsAgree {
    const KIND: &'static str = "amountsAgree";
    const ABOUT: &'static str = "an amount written in capital numerals and in figures agrees";
}

/// An amount in capital numerals that no amount in figures of the same element matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmountWordsMismatch {
    /// The content key.
    pub key: String,
    /// The amount in capital numerals.
    pub in_words: Yuan,
    /// The amounts in figures of the same element.
    pub in_figures: Vec<Yuan>,
}

impl FindingDetail for AmountWordsMismatch {
    const CODE: &'static str = "amount.words_mismatch";
    const ABOUT: &'static str = "an amount in capital numerals differs from the figures beside it";
    fn message(&self, lang: Lang) -> String {
        let figures: Vec<String> = self.in_figures.iter().map(ToString::to_string).collect();
        let AmountWordsMismatch { key, in_words, .. } = self;
        match lang {
            Lang::ZhCn => format!(
                "「{key}」的大写金额 {in_words} 元与小写金额 {} 元不一致",
                figures.join("、")
            ),
            Lang::En => format!(
                "in {key}, the amount in capital numerals ({in_words} yuan) differs from the figures ({} yuan)",
                figures.join(", ")
            ),
        }
    }
}

impl AmountsAgree {
    pub(crate) fn judge(&self, cx: Cx<'_>, out: &mut impl Emit<AmountWordsMismatch>) {
        // One pass over the record's few elements; most keys differ from every amount key in
        // length, which `==` compares first.
        for (key, text) in &cx.record.content {
            if !self.elements.iter().any(|k| k == key) {
                continue;
            }
            // Most texts name no amount in 元 at all: nothing to read. (Two searches for one
            // character each are memchr scans; a search for either of two characters decodes
            // every character.)
            if !text.contains('元') && !text.contains('圆') {
                continue;
            }
            if let Some((in_words, in_figures)) = disagreeing(text) {
                out.emit(
                    content_path(key),
                    AmountWordsMismatch {
                        key: key.clone(),
                        in_words,
                        in_figures,
                    },
                );
            }
        }
    }
}

/// The first amount in capital numerals in `text` that the figures beside it (see
/// [`AmountsAgree`]) do not give, with those figures.
fn disagreeing(text: &str) -> Option<(Yuan, Vec<Yuan>)> {
    // The figures of the lines that give no numerals: beside every line of numerals alone. Each
    // line's numerals are read once, in this pass; most lines of an element state none.
    let mut unclaimed = Vec::new();
    let mut worded = Vec::new();
    for line in text.lines() {
        let words = amounts_in_words(line);
        if words.is_empty() {
            unclaimed.extend(amounts_in_figures(line));
        } else {
            worded.push((line, words));
        }
    }
    worded.into_iter().find_map(|(line, words)| {
        let figures = amounts_in_figures(line);
        let beside = if !figures.is_empty() {
            &figures
        } else if restates(line) && !unclaimed.is_empty() {
            &unclaimed
        } else {
            return None;
        };
        let w = words.iter().find(|w| !beside.contains(w))?;
        Some((*w, beside.clone()))
    })
}

/// Whether a line of numerals alone restates figures given elsewhere: it has no label, or its
/// label says so (`大写：壹佰壹拾捌万元整`, `金额（大写）：…`). A line under a label of its own
/// (`竞买保证金：人民币伍拾万元整`) states its own amount.
fn restates(line: &str) -> bool {
    line.split_once(['：', ':'])
        .is_none_or(|(label, _)| label.contains("大写"))
}
