//! Elements a notice states in sentences rather than under labels: a label's wording followed by
//! `为` (`出让面积为8,736.5平方米，土地用途为商服用地`), the place a parcel lies (`位于…`) and
//! who may bid (`凡…均可申请参加竞买…`). Notices written as prose, most often a county's land
//! or mining listing, give their facts so; the national formats' labels are the same words.

use super::elements::{FoundElement, has_element};
use super::headings::Numbering;
use super::labels::{national, normal};
use super::span::Span;
use crate::model::item::ItemKind;
use crate::notice::text::{ends_with_any, holds_any, joined_words};

/// The elements of `item` that the sentences of `lines` (spans of `body`) state after a label's
/// national wording and `为`, or as a parcel's place or a call to bid; only keys no heading,
/// label or other reader gave.
pub(crate) fn elements_in_prose(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    lines: &[Span],
) {
    // A name and an address are no clause's (`招标人为某公司`, named in the 招标条件, gives no
    // address: 发改委令2017年第10号 Art 5 (五)).
    let wanted = |key: &str, found: &[FoundElement]| {
        item.element(key).is_some() && key != "tendererNameAndAddress" && !has_element(found, key)
    };
    // An element whose label and value are the bytes `label` and `value` of `line`.
    let push = |found: &mut Vec<FoundElement>,
                key: &'static str,
                line: Span,
                label: (usize, usize),
                value: (usize, usize)| {
        let at = |(from, to): (usize, usize)| Span {
            start: line.start + from,
            end: line.start + to,
        };
        found.push(FoundElement {
            key: key.into(),
            label: at(label),
            value: Some(at(value)),
            numbering: Numbering::Unnumbered,
        });
    };
    // What `wanted` says of the keys every sentence asks about (a measure, a lottery, a place,
    // who may bid): asked once, and again only after `found` has grown, not for each line. A
    // sentence is searched for the words of a key only while the key is wanted: most items
    // want none of a deal's (a winner and its price, a draw's supervision, a parcel's planning).
    let asked = |found: &[FoundElement]| Asked {
        found: found.len(),
        measures: MEASURES.iter().any(|k| wanted(k, found)),
        won: ["transferee", "holder", "dealPrice"]
            .iter()
            .any(|k| wanted(k, found)),
        supervision: wanted("supervisionBody", found),
        planning: wanted("planningConditions", found),
        lottery: wanted("lotteryMethod", found),
        right: wanted("rightName", found),
        deal_date: wanted("dealDate", found),
        place: ["parcelLocation", "location"]
            .into_iter()
            .find(|k| wanted(k, found)),
        bidders: ["bidderRequirements", "conditions", "transfereeRequirements"]
            .into_iter()
            .find(|k| wanted(k, found)),
    };
    let mut now = asked(found);
    // `now` asked again where `found` has grown since.
    let refresh = |now: &mut Asked, found: &[FoundElement]| {
        if now.found != found.len() {
            *now = asked(found);
        }
    };
    for &line in lines {
        let Some(t) = line.of(body) else { continue };
        // A sentence is no label line: the label readers took those. (A search for each
        // character's bytes, not a pass decoding each character to compare it with both; nor a
        // search for its last byte, which most Chinese characters share a third of.)
        if !(super::text::holds(t, "，") || super::text::holds(t, "。")) {
            continue;
        }
        // Most lines hold no `为`, told first by a search for its three bytes: a search for the
        // character alone stops at each of its last byte, common in Chinese text.
        let wei = super::text::holds(t, "为").then(|| t.match_indices('为'));
        for (at, _) in wei.into_iter().flatten() {
            // A wording ends with one of a few characters (`积`, `途`, `限`, `件` …).
            if !t[..at].chars().next_back().is_some_and(ends_a_wording) {
                continue;
            }
            let Some((key, from)) = wording_before(t, at, item) else {
                continue;
            };
            if !wanted(key, found) {
                continue;
            }
            // `以…评估结果为参考依据`: the wording is what something is taken as, not a label.
            let clause = t[..from].rfind(['，', '；', '。', '：']).unwrap_or(0);
            if t[clause..from].contains('以') {
                continue;
            }
            let (mut start, mut end) = clause_after(t, at + '为'.len_utf8());
            // The same words again further on (`第一中标候选人为…；第二中标候选人为…`): a list,
            // which the whole sentence states.
            let words = &t[from..at];
            if t[end..].contains(words) {
                (start, end) = (0, t.trim_end().len());
            }
            if start < end {
                push(found, key, line, (from, at), (start, end));
            }
        }
        // A measure's wording and its figure without a word between (`该宗地面积20001平方米`,
        // `出让年限50年`): the figure to the clause's end. Only a measure's: a list's count
        // (`配租房源42套`) is not its list.
        refresh(&mut now, found);
        // The figures' places by the bytes (a digit is one byte, and no byte of another
        // character), not by decoding each character; none looked for when no measure is wanted.
        let digits = now.measures.then(|| digit_places(t.as_bytes()));
        for at in digits.into_iter().flatten() {
            if !t[..at].chars().next_back().is_some_and(ends_a_wording) {
                continue;
            }
            let Some((key, from)) = wording_before(t, at, item) else {
                continue;
            };
            if !MEASURES.contains(&key) || !wanted(key, found) {
                continue;
            }
            let (start, end) = clause_after(t, at);
            if start < end {
                push(found, key, line, (from, at), (start, end));
            }
        }
        // `某公司以人民币820万元竞得该宗地`: who won a parcel and at what price (a deal's
        // 竞得人 and 成交价, the elements its result publishes).
        refresh(&mut now, found);
        if now.won
            && let Some(won) = super::text::find(t, "竞得")
            && let Some(by) = t[..won].rfind('以')
        {
            let clause = t[..by]
                .rfind(['，', '。', '；'])
                .map_or(0, |i| i + '，'.len_utf8());
            // The parcel may come first (`某号地块由某公司以…竞得`): the winner is after its 由.
            let clause = t[clause..by]
                .rfind('由')
                .filter(|&k| {
                    let before = &t[clause..clause + k];
                    ends_with_any(before, joined_words!(&["地块", "宗地", "标的", "权"]))
                })
                .map_or(clause, |k| clause + k + '由'.len_utf8());
            // A credit code in brackets after the name (`某公司（统一社会信用代码：…）以…`) is
            // no part of it.
            let name_end = t[clause..by].find(['（', '(']).map_or(by, |k| clause + k);
            let name = (clause, name_end);
            let price = (by + '以'.len_utf8(), won);
            let named = t[name.0..name.1].chars().count();
            let priced = t[price.0..price.1].contains('元')
                && t[price.0..price.1]
                    .chars()
                    .any(|c| c.is_ascii_digit() || "壹贰叁肆伍陆柒捌玖".contains(c));
            // Or won by a bid the sentence does not price (`以最高报价竞得该采矿权，成交价为…`):
            // the winner, its price stated after.
            let by_bid = ["最高报价", "最高应价", "最高价"].contains(&t[price.0..price.1].trim());
            if (2..=60).contains(&named) && (priced || by_bid) {
                // A parcel's or an asset's 受让人, a mining right's 竞得人.
                if let Some(key) = ["transferee", "holder"]
                    .into_iter()
                    .find(|k| wanted(k, found))
                {
                    push(found, key, line, (name.0, name.0), name);
                }
                if priced && wanted("dealPrice", found) {
                    push(found, "dealPrice", line, (price.0, price.0), price);
                }
            }
        }
        // `以挂牌方式出让某县某矿采矿权`: the right granted, named in the sentence that grants
        // it (the 矿业权名称 a listing or result publishes), with its 采矿权 and without, as
        // readers quote it.
        refresh(&mut now, found);
        if now.right
            && let Some((start, end)) = right_granted(t)
        {
            push(found, "rightName", line, (start, start), (start, end));
            push(
                found,
                "rightName",
                line,
                (start, start),
                (start, end - "采矿权".len()),
            );
        }
        // `摇号过程由某公证处全程公证，…现场监督。`: who watched the draw (a lottery's
        // supervision), the sentence.
        refresh(&mut now, found);
        if now.supervision
            && t.contains("公证处")
            && (t.contains("监督") || t.contains("公证，") || t.contains("见证"))
        {
            push(
                found,
                "supervisionBody",
                line,
                (0, 0),
                (0, t.trim_end().len()),
            );
        }
        // `于2025年10月28日以网络竞价方式成交`: the day a deal was made (a result's 成交日期).
        refresh(&mut now, found);
        if now.deal_date
            && let Some(done) = super::text::find(t, "成交")
            && let Some(yu) = t[..done].rfind('于')
        {
            let from = yu + '于'.len_utf8();
            let end = t[from..done]
                .find(['以', '在', '通', '经', '，', ','])
                .map_or(done, |k| from + k);
            let day = &t[from..end];
            if day.ends_with('日')
                && day.contains('年')
                && day.chars().count() <= 16
                && day
                    .chars()
                    .any(|c| c.is_ascii_digit() || "〇一二三四五六七八九十".contains(c))
            {
                push(found, "dealDate", line, (yu, yu), (from, end));
            }
        }
        // A lottery told in a sentence (`…在公证人员监督下，采用电脑随机摇号方式，对…进行了选房
        // 顺序摇号`): how the order was drawn, the sentence.
        refresh(&mut now, found);
        if now.lottery
            && holds_any(
                t,
                joined_words!(&["摇号方式", "随机摇号", "抽签方式", "随机排序", "电脑摇号"]),
            )
        {
            push(
                found,
                "lotteryMethod",
                line,
                (0, 0),
                (0, t.trim_end().len()),
            );
        }
        // `位于…，`: where a parcel lies (招标拍卖挂牌出让国有建设用地使用权规定 Art 17 (一):
        // 宗地的位置), or a project of homes.
        refresh(&mut now, found);
        if let Some(place) = now.place
            && let Some(at) = super::text::find(t, "位于")
        {
            let from = at + "位于".len();
            let mut end = t[from..]
                .find(['，', '；', '。', ','])
                .map_or(t.len(), |e| from + e);
            // `位于某路北侧的一宗国有建设用地使用权`, `位于某路南侧的XH2025-21号地块…`: the
            // place, not what lies there.
            if let Some(e) = t[from..end].find("的一宗") {
                end = from + e;
            } else if let Some(e) = t[from..end].rfind('的')
                && holds_any(&t[from + e..end], joined_words!(&["地块", "宗地"]))
            {
                end = from + e;
            }
            if end > from {
                push(found, place, line, (at, from), (from, end));
            }
        }
        // `该宗地规划容积率不大于1.5，建筑密度不大于30%，绿地率不小于35%。`: a parcel's planning
        // conditions (招标拍卖挂牌出让国有建设用地使用权规定 Art 17 (一)'s 规划指标要求), from the
        // clause that gives its plot ratio, with the words leading to it (`按照规划条件，`), to
        // the sentence's end.
        refresh(&mut now, found);
        if now.planning
            && super::text::holds(t, "容积率")
            && let Some((start, end)) = planning_sentence(t)
        {
            push(
                found,
                "planningConditions",
                line,
                (start, start),
                (start, end),
            );
        }
        // `凡…均可申请参加竞买…`: who may bid, the whole paragraph.
        refresh(&mut now, found);
        if let Some(key) = now.bidders
            && t.starts_with('凡')
            && t.contains("均可")
        {
            push(found, key, line, (0, 0), (0, t.trim_end().len()));
        }
    }
}

/// The places of the ASCII digits in `b`, in order: eight bytes told at a time, most of a
/// sentence's holding none.
fn digit_places(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks(8).enumerate();
    let mut marks = 0u64;
    let mut base = 0;
    std::iter::from_fn(move || {
        while marks == 0 {
            let (k, chunk) = chunks.next()?;
            base = k * 8;
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            let v = u64::from_le_bytes(w);
            // Of each byte's low seven bits: above `/` (their sum with 0x50 carries into the
            // high bit), below `:` (0xB9 less them keeps it); and the byte itself below 0x80.
            let low = v & !HIGH;
            let above = (low + ONES * 0x50) & HIGH;
            let below = (ONES * 0xB9 - low) & HIGH;
            marks = above & below & !v;
        }
        let at = base + (marks.trailing_zeros() / 8) as usize;
        marks &= marks - 1;
        Some(at)
    })
}

/// The mining right a sentence grants (`…以网上挂牌方式出让某县某矿采矿权`, `出让的某矿探矿权`),
/// as bytes of `t`: from after its 出让 (and 的, or an opening quote) to the end of its 采矿权 or
/// 探矿权, the name between holding no clause's punctuation and no title's bracket.
fn right_granted(t: &str) -> Option<(usize, usize)> {
    super::text::places(t, "出让").find_map(|at| {
        let from = at + "出让".len();
        let from = from
            + ['的', '“', '"']
                .iter()
                .find(|c| t[from..].starts_with(**c))
                .map_or(0, |c| c.len_utf8());
        let rest = &t[from..];
        let end = ["采矿权", "探矿权"]
            .iter()
            .filter_map(|r| rest.find(r))
            .min()?;
        let name = &rest[..end];
        let n = name.chars().count();
        ((4..=40).contains(&n) && !name.contains(['，', '。', '；', '《', '》', '、', '：', ',']))
            .then_some((from, from + end + "采矿权".len()))
    })
}

/// The bytes of `t` that state a parcel's planning conditions: the clause holding `容积率` (and
/// the clauses before it in its sentence that lead to it, `按照规划条件，`), to the sentence's
/// full stop.
fn planning_sentence(t: &str) -> Option<(usize, usize)> {
    let at = t.find("容积率")?;
    let sentence = t[..at].rfind('。').map_or(0, |i| i + '。'.len_utf8());
    let end = t[at..]
        .find('。')
        .map_or(t.trim_end().len(), |e| at + e + '。'.len_utf8());
    let mut start = t[sentence..at]
        .rfind(['，', '；'])
        .map_or(sentence, |i| sentence + i + '，'.len_utf8());
    // A lead-in clause before it (`按照规划条件，`, `根据规划设计条件，`).
    if start > sentence {
        let before = &t[sentence..start - '，'.len_utf8()];
        let lead = before
            .rfind(['，', '；'])
            .map_or(0, |i| i + '，'.len_utf8());
        if before[lead..].contains("规划") && before[lead..].chars().count() <= 10 {
            start = sentence + lead;
        }
    }
    let clause = &t[start..end];
    // A measure, not a mention (`容积率等规划指标详见出让文件`).
    clause
        .contains(['不', '≤', '≥', '<', '>', '为'])
        .then_some((start, end))
}

/// What the prose reader wants of the keys each sentence is asked about, as it was when `found`
/// held `found` elements.
struct Asked {
    found: usize,
    measures: bool,
    /// A deal's winner or price (`…以…竞得`).
    won: bool,
    supervision: bool,
    planning: bool,
    lottery: bool,
    /// The right a sentence grants.
    right: bool,
    /// The day a deal was made.
    deal_date: bool,
    place: Option<&'static str>,
    bidders: Option<&'static str>,
}

/// The elements that are a measure, a sum or a count of their own, which a figure states.
const MEASURES: &[&str] = &[
    "area",
    "totalArea",
    "termYears",
    "unitCount",
    "price",
    "reservePrice",
    "startingPrice",
    "dealPrice",
    "deposit",
    "budgetAmount",
    "maximumPrice",
    "awardAmount",
    "contractAmount",
    "rentFloor",
];

/// True when some national wording of two characters or more ends with `c` (the wordings
/// [`wording_before`] takes).
fn ends_a_wording(c: char) -> bool {
    static LAST: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();
    LAST.get_or_init(|| {
        let mut v: Vec<char> = national()
            .entries()
            .iter()
            .filter(|e| e.key.is_some() && e.wording.chars().nth(1).is_some())
            .filter_map(|e| e.wording.chars().next_back())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    })
    .binary_search(&c)
    .is_ok()
}

/// The element of `item` whose wording (three characters or more, or two that open the clause)
/// ends at byte `at` of `t`, with where the wording starts.
fn wording_before(t: &str, at: usize, item: ItemKind) -> Option<(&'static str, usize)> {
    // Up to twelve characters back, from the clause's start.
    let clause = t[..at]
        .rfind(['，', '；', '。', '：', ','])
        .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
    let from = t[clause..at]
        .char_indices()
        .rev()
        .nth(11)
        .map_or(clause, |(i, _)| clause + i);
    // The wordings are normalised. Where normalising keeps every character's length (a label
    // in prose has no spaces to lose; 和 and 及 are as long), its offsets are the text's.
    let before = normal(&t[from..at]);
    if before.len() != at - from {
        return None;
    }
    let before = before.as_ref();
    let labels = national();
    labels
        .contained_in(before)
        .into_iter()
        .map(|i| &labels.entries()[i])
        // A wording of two characters only where it opens the clause (`，用途为工业用地`).
        .filter(|e| {
            before.ends_with(e.wording.as_str())
                && (e.wording.chars().nth(2).is_some() || normal(&t[clause..at]) == e.wording)
        })
        .filter_map(|e| Some((e.key.as_deref()?, e.wording.len())))
        .filter(|(key, _)| item.element(key).is_some())
        .max_by_key(|(_, len)| *len)
        .map(|(key, len)| (key, at - len))
}

/// The value after a `为` at byte `from` of `t`: to the clause's end (`，`, `；`, `。`), or, after
/// a colon (`规划条件为：…`), to the sentence's end with its full stop.
fn clause_after(t: &str, from: usize) -> (usize, usize) {
    let rest = &t[from..];
    if let Some(r) = rest.strip_prefix(['：', ':']) {
        let start = from + (rest.len() - r.len());
        let end = r
            .find('。')
            .map_or(t.len(), |e| start + e + '。'.len_utf8());
        return (start, end);
    }
    // Not at `,`: prose writes `，`, and figures group their thousands with `,`.
    let end = rest.find(['，', '；', '。']).map_or(t.len(), |e| from + e);
    (from, end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value `got` holds for `key`, the first.
    fn value<'g>(got: &'g [(String, String)], key: &str) -> Option<&'g str> {
        got.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    fn read(text: &str, item: ItemKind) -> Vec<(String, String)> {
        let mut found = Vec::new();
        let mut lines = Vec::new();
        let mut at = 0;
        for l in text.split_inclusive('\n') {
            let t = l.trim_end();
            lines.push(Span {
                start: at,
                end: at + t.len(),
            });
            at += l.len();
        }
        elements_in_prose(text, item, &mut found, &lines);
        found
            .into_iter()
            .map(|e| {
                (
                    e.key.into_owned(),
                    e.value.and_then(|v| v.of(text)).unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    /// A land listing written as prose states what 招标拍卖挂牌出让国有建设用地使用权规定
    /// Art 17 (一) has it publish — the parcel's place, area, use, term and planning
    /// conditions — and who may bid, in its sentences.
    #[test]
    fn a_prose_listing_states_its_parcel_art_17() {
        let text = "本次出让的地块编号为NK-18，位于某区龙华路西北侧，出让面积为8,736.5平方米，\
                    土地用途为商服用地，出让年限为40年。该地块规划条件为：容积率不大于3.0，建筑密度不大于40%。\n\
                    凡在中华人民共和国境内外依法设立的法人，均可申请参加竞买。\n";
        let got = read(text, ItemKind::LandTransferAnnouncement);
        assert_eq!(value(&got, "parcelLocation"), Some("某区龙华路西北侧"));
        assert_eq!(value(&got, "area"), Some("8,736.5平方米"));
        assert_eq!(value(&got, "landUse"), Some("商服用地"));
        assert_eq!(value(&got, "termYears"), Some("40年"));
        assert_eq!(
            value(&got, "planningConditions"),
            Some("容积率不大于3.0，建筑密度不大于40%。")
        );
        assert_eq!(
            value(&got, "bidderRequirements"),
            Some("凡在中华人民共和国境内外依法设立的法人，均可申请参加竞买。")
        );
    }

    /// A parcel's planning conditions in a sentence of their own (招标拍卖挂牌出让国有建设用地使用权
    /// 规定 Art 17 (一): 规划指标要求), from the clause of its plot ratio and the words leading to
    /// it; a mention of the ratio that sets none is not them.
    #[test]
    fn a_prose_listing_states_its_planning_conditions_art_17() {
        let item = ItemKind::LandTransferAnnouncement;
        let got = read(
            "出让年限为50年。按照规划条件，该地块容积率不小于2.0且不大于4.0，建筑密度不小于35%。本次招标设有标底。\n",
            item,
        );
        assert_eq!(
            value(&got, "planningConditions"),
            Some("按照规划条件，该地块容积率不小于2.0且不大于4.0，建筑密度不小于35%。")
        );
        let got = read("该宗地规划容积率不大于1.5，绿地率不小于35%。\n", item);
        assert_eq!(
            value(&got, "planningConditions"),
            Some("该宗地规划容积率不大于1.5，绿地率不小于35%。")
        );
        let got = read("容积率等规划指标详见出让文件。\n", item);
        assert_eq!(value(&got, "planningConditions"), None);
    }

    /// A county's deal in a sentence: the winner and the price before `竞得` (the 竞得人 and
    /// 成交价 a land deal's publicity names; the article of 招标拍卖挂牌出让国有建设用地使用权规定
    /// that sets its contents was not seen), a measure's figure straight after its wording; a
    /// count is no list.
    #[test]
    fn a_prose_deal_names_its_winner_and_price() {
        let text = "该宗地面积20001平方米，用途为工业用地，出让年限50年。经挂牌竞价，某管道制造有限公司以人民币820万元竞得该宗地国有建设用地使用权。\n";
        let got = read(text, ItemKind::LandDealPublicity);
        assert_eq!(value(&got, "area"), Some("20001平方米"));
        // A wording of two characters opening its clause.
        assert_eq!(value(&got, "landUse"), Some("工业用地"));
        assert_eq!(value(&got, "transferee"), Some("某管道制造有限公司"));
        assert_eq!(value(&got, "dealPrice"), Some("人民币820万元"));
        let got = read(
            "该地块面积为31,204.8平方米，出让年限50年。\n",
            ItemKind::LandDealPublicity,
        );
        assert_eq!(value(&got, "area"), Some("31,204.8平方米"));
        let got = read(
            "本批次配租房源42套，已全部配租完毕。\n",
            ItemKind::HousingAllocationResult,
        );
        assert!(got.is_empty(), "{got:?}");
        // The parcel first, then its winner after 由; a credit code in brackets is no part of
        // the name; a mining right's winner is its 竞得人.
        let got = read(
            "经公开竞价，QY2025-15号地块由某置业有限公司以人民币9870万元竞得。\n",
            ItemKind::LandDealPublicity,
        );
        assert_eq!(value(&got, "transferee"), Some("某置业有限公司"));
        let got = read(
            "挂牌期满，某建材有限公司（统一社会信用代码：91510700MA456FEB1Y）以人民币3168万元竞得该采矿权。\n",
            ItemKind::MiningTransferResult,
        );
        assert_eq!(value(&got, "holder"), Some("某建材有限公司"));
        // A name that holds 由 keeps it (`自由贸易`).
        let got = read(
            "经挂牌竞价，某自由贸易发展有限公司以人民币820万元竞得该宗地。\n",
            ItemKind::LandDealPublicity,
        );
        assert_eq!(value(&got, "transferee"), Some("某自由贸易发展有限公司"));
    }

    /// A deal made on a day told in its sentence (`于2025年10月28日以网络竞价方式成交`) gives the
    /// result's 成交日期 (企业国有资产交易监督管理办法's deal result; its article on the result's
    /// contents was not seen).
    #[test]
    fn a_deals_day_in_its_sentence_is_its_deal_date() {
        let text = "某集团转让所持某公司40%股权项目，经公开挂牌，于2025年10月28日以网络竞价方式成交，受让方为某供应链管理有限公司。\n";
        let got = read(text, ItemKind::PropertyDealResult);
        assert_eq!(value(&got, "dealDate"), Some("2025年10月28日"));
    }

    /// A lottery told in a sentence states how the order was drawn (公共租赁住房管理办法 Art 13's
    /// 轮候 order); a project of homes lies where `位于` says.
    #[test]
    fn a_lottery_and_a_projects_place_in_sentences_art_13() {
        let text = "2025年10月11日上午，在某市公证处公证人员监督下，采用电脑随机摇号方式，对第五批轮候家庭进行了选房顺序摇号。\n";
        let got = read(text, ItemKind::HousingAllocationProcess);
        assert!(got.iter().any(|(k, _)| k == "lotteryMethod"), "{got:?}");
        let text = "本次摇号采用计算机随机排序方式，对8户轮候家庭统一摇号。\n";
        let got = read(text, ItemKind::HousingAllocationProcess);
        assert_eq!(got[0].0, "lotteryMethod");
        // Who watched the draw: the sentence that names the notary and the observers.
        let text = "摇号过程由某市公证处全程公证，某市纪委监委派驻纪检监察组现场监督。\n";
        let got = read(text, ItemKind::HousingAllocationProcess);
        assert!(
            got.iter()
                .any(|(k, v)| k == "supervisionBody" && v.starts_with("摇号过程")),
            "{got:?}"
        );
        let text = "该项目位于某区沈家营路27号，本次可供配租房源共计156套。\n";
        let got = read(text, ItemKind::HousingAllocationStock);
        assert!(
            got.contains(&("location".to_owned(), "某区沈家营路27号".to_owned())),
            "{got:?}"
        );
    }

    /// The digits' places, eight bytes at a time, are the bytes' that are digits.
    #[test]
    fn digit_places_are_the_digits() {
        let all: Vec<u8> = (0..=255).collect();
        for text in [
            &all[..],
            "出让面积为8,736.5平方米，年限40年。".as_bytes(),
            b"0123456789/:",
            b"",
            b"9",
        ] {
            let want: Vec<usize> = (0..text.len())
                .filter(|&k| text[k].is_ascii_digit())
                .collect();
            assert_eq!(digit_places(text).collect::<Vec<_>>(), want);
        }
    }

    /// A label line is the label readers'; and words that are no label's (`报名人数为`) give
    /// nothing.
    #[test]
    fn only_sentences_and_known_wordings() {
        assert!(read("土地用途为商服用地\n", ItemKind::LandTransferAnnouncement).is_empty());
        // What something is taken as (`以…评估结果为参考依据`) is no label's value.
        assert!(
            read(
                "定价依据：以经备案的资产评估结果为参考依据，经转让方决策确定。\n",
                ItemKind::PropertyTransferPrice
            )
            .is_empty()
        );
        assert!(
            read(
                "本次报名人数为5人，特此公告。\n",
                ItemKind::ProcurementResult
            )
            .is_empty()
        );
    }
}
