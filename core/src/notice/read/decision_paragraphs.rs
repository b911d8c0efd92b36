//! A penalty decision written as paragraphs without headings: the facts, basis, penalty,
//! performance and remedies each paragraph opens with (行政处罚法 Art 59), a decision in one
//! paragraph split into its clauses, and the words within a passage that state the penalty
//! and its basis.

use super::decision_party::{party_in_prose, salutation_end, third_person_party};
use super::found::paragraph;

use crate::notice::elements::{FoundElement, has_element};
use crate::notice::span::Span;
use crate::notice::text::{
    ends_with_any, find, holds, holds_any, joined_words, places, starts_with_any,
};

/// Whether the line `l` is a whole penalty decision in one paragraph, and what ends its clauses:
/// clauses apart by `；` that decide (`本局决定`) under a law and tell how to appeal (`如不服`,
/// `行政复议`), or three sentences or more that decide under a law and state the facts or how
/// to appeal.
fn whole_decision(body: &str, l: Span) -> Option<char> {
    let t = l.of(body).unwrap_or("");
    if !(holds(t, "决定") && (holds(t, "依据《") || holds(t, "根据《"))) {
        return None;
    }
    let appeal = holds(t, "不服") || holds(t, "行政复议");
    // A party's particulars in brackets (`（统一社会信用代码：…；住所：…）`) part no clauses.
    let mut depth = 0usize;
    let parts = t
        .chars()
        .filter(|&c| {
            match c {
                '（' | '(' => depth += 1,
                '）' | ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            c == '；' && depth == 0
        })
        .count();
    if parts >= 2 && appeal {
        return Some('；');
    }
    // The facts as found (`经查`, `在执法巡查中发现，`, `…等证据为证`), or the decision
    // reported in the third person (`某局于…作出…行政处罚决定`).
    let facts = holds_any(
        t,
        joined_words!(&[
            "经查",
            "上述事实",
            "以上事实",
            "为证",
            "中发现",
            "调查核实",
            "处罚决定",
        ]),
    );
    (t.matches('。').count() >= 3 && (facts || appeal)).then_some('。')
}

/// A penalty decision written as paragraphs without headings: the elements of 行政处罚法 Art 59
/// ¶1 are the paragraphs that open with their customary words — the facts with `经查`, the
/// basis with `依据`/`根据` or `…违反了《…》`, the penalty with `本机关决定`, the performance
/// with how and by when to pay, the remedies with `如不服` or the review and the suit. A
/// paragraph that gives the basis and the decision gives both; the numbered items under a
/// decision (`1.处以罚款…`) are part of it. Only keys no heading or label gave are read, from
/// paragraphs no element already holds, above the 落款.
pub(super) fn from_paragraphs(body: &str, found: &mut Vec<FoundElement>, lines: &[Span]) {
    // The keys a paragraph gives: once each is found, no paragraph is read.
    const KEYS: &[&str] = &[
        "violationFacts",
        "remedies",
        "penaltyBasis",
        "penalty",
        "performance",
    ];
    let open = |found: &[FoundElement]| KEYS.iter().any(|k| !has_element(found, k));
    // Nor the party's particulars when it is named.
    if !open(found) && has_element(found, "partyName") {
        super::found::in_text_order(found);
        return;
    }
    // A whole decision in one paragraph (facts; basis and decision; payment; appeal): its
    // clauses, one to a `；`, are read as the paragraphs are.
    let clauses: Vec<Span>;
    // The clause after a third person's particulars: the facts.
    let mut after_party = None;
    let whole = lines
        .iter()
        .enumerate()
        .find_map(|(w, l)| Some((w, whole_decision(body, *l)?)));
    let lines = match whole {
        Some((w, stop)) => {
            let l = lines[w];
            let t = l.of(body).unwrap_or("");
            let mut split = lines[..w].to_vec();
            // Addressed to the party first (`某合作社（统一社会信用代码：…，住所：…）：经查，…`):
            // the salutation is a clause of its own, the facts start after it.
            let mut start = 0;
            let mut first = w;
            let third = third_person_party(t).filter(|(from, _)| *from == 0);
            if let Some(k) = salutation_end(t).or(third.map(|(_, after)| after)) {
                split.push(Span {
                    start: l.start,
                    end: l.start + k,
                });
                start = k;
                first += 1;
                if salutation_end(t).is_none() {
                    after_party = Some(split.len());
                }
            }
            // Each clause without its `；`, each sentence with its `。`, as readers quote them;
            // not a sentence that only says what rule was broken (`当事人的行为违反了《…》的规
            // 定。`), between the facts and the basis the decision rests on.
            for (k, c) in t.match_indices(stop) {
                if k <= start {
                    continue;
                }
                let end = if stop == '。' { k + c.len() } else { k };
                let clause = &t[start..end];
                let breach_only = stop == '。'
                    && holds(clause, "违反")
                    && !holds_any(
                        clause,
                        joined_words!(&["依据", "根据", "决定", "经查", "事实", "为证"]),
                    );
                // How to pay and how to appeal in one sentence (`…缴纳上述款项；如不服本决定，…`):
                // each its own clause, the first without its `；`.
                let appeal = ["；如不服", "；如对", "；当事人如不服"]
                    .iter()
                    .find_map(|w| clause.find(w));
                if let Some(k) = appeal.filter(|_| stop == '。') {
                    split.push(Span {
                        start: l.start + start,
                        end: l.start + start + k,
                    });
                    split.push(Span {
                        start: l.start + start + k + '；'.len_utf8(),
                        end: l.start + end,
                    });
                } else if !breach_only {
                    split.push(Span {
                        start: l.start + start,
                        end: l.start + end,
                    });
                }
                start = k + c.len();
            }
            if l.start + start < l.end {
                split.push(Span {
                    start: l.start + start,
                    end: l.end,
                });
            }
            // Sentences of facts before the one that says what proves them (`…公告成交结果。
            // 上述事实有…为证。`) are the facts with it.
            if stop == '。' {
                let mut k = first;
                while k + 1 < split.len() {
                    let this = split[k].of(body).unwrap_or("");
                    let next = split[k + 1].of(body).unwrap_or("");
                    let plain = !holds_any(
                        this,
                        joined_words!(&[
                            "依据", "根据", "决定", "不服", "复议", "诉讼", "缴", "为证", "证实",
                        ]),
                    ) && !this.trim_end().ends_with(['：', ':']);
                    let proves = holds_any(next, joined_words!(&["为证", "证实", "事实有"]));
                    if plain && proves {
                        split[k].end = split[k + 1].end;
                        split.remove(k + 1);
                    } else {
                        k += 1;
                    }
                }
            }
            split.extend_from_slice(&lines[w + 1..]);
            clauses = split;
            &clauses[..]
        }
        None => lines,
    };
    const FACTS: &str = joined_words!(&[
        "经查",
        "经调查",
        "经核查",
        "经核实",
        "现查明",
        "查明",
        "经本机关",
        "经我局",
        "经我委",
        "经我厅",
        "经审查",
        "经检查",
    ]);
    const BASIS: &str = joined_words!(&["依据", "根据", "依照", "按照"]);
    const DECIDE: &str = joined_words!(&[
        "本机关决定",
        "本局决定",
        "本分局决定",
        "本委决定",
        "本厅决定",
        "本中心决定",
        "我局决定",
        "我委决定",
        "我厅决定",
        "现决定",
        "决定对",
        "决定给予",
        "决定作出",
        "作出如下",
        "决定如下",
        "处罚如下",
    ]);
    if !has_element(found, "partyName") {
        party_in_prose(body, found, lines);
    }
    // The values the labels gave; a table's row of a label and its cell whole
    // (`处罚内容\t处罚款人民币1000元，责令限期退回…`): that row is the label's, however its words
    // read. (Not a labelled line: `处罚决定：…违反…依据…决定…` gives the basis too.)
    let held: Vec<Span> = found
        .iter()
        .filter_map(|e| {
            let v = e.value?;
            let row = Span {
                start: e.label.start,
                end: v.end,
            };
            let beside = !e.label.is_empty()
                && body
                    .get(e.label.end..v.start)
                    .is_some_and(|b| b.contains('\t'))
                && row.of(body).is_some_and(|r| !r.contains('\n'));
            Some(if beside { row } else { v })
        })
        .collect();
    let missing = |found: &[FoundElement], key: &str| !has_element(found, key);
    let item = |t: &str| {
        let t = t.trim_start_matches(['（', '(']);
        let digits = t
            .chars()
            .take_while(|c| {
                c.is_ascii_digit() || "０１２３４５６７８９一二三四五六七八九十".contains(*c)
            })
            .count();
        digits > 0
            && t.chars()
                .nth(digits)
                .is_some_and(|c| ".．、）)".contains(c))
    };
    let mut i = 0;
    let mut reading = open(found);
    while reading && i < lines.len() {
        let span = lines[i];
        let at = i;
        i += 1;
        if held.iter().any(|h| h.contains(span)) {
            continue;
        }
        let t = span.of(body).unwrap_or("");
        // Twelve characters or more (not all counted), the first twelve lent, not copied.
        if t.chars().nth(11).is_none() {
            continue;
        }
        let head = &t[..t.char_indices().nth(12).map_or(t.len(), |(k, _)| k)];
        let mut keys: Vec<&str> = Vec::new();
        let review = holds(t, "行政复议") || holds(t, "行政诉讼");
        // Whether it decides, asked once: each of the words holds `决定` or `如下`, so a line
        // without both is searched for two words, not fifteen.
        let decides = (holds(t, "决定") || holds(t, "如下")) && holds_any(t, DECIDE);
        // The notice of the intended penalty and the right to be heard: no element.
        // The paragraph on the party's hearing; not the facts, whose evidence may be its
        // statement (`…当事人的陈述等证据证明`).
        let heard = holds_any(t, joined_words!(&["告知书", "陈述", "申辩", "听证"]))
            && !decides
            && !holds(t, "证据证明")
            && !holds(t, "证据证实")
            && !starts_with_any(crate::notice::text::numbered_rest(t), FACTS);
        if heard {
            continue;
        }
        // The facts open with what was found (`经查，…`), follow the paragraph that says it
        // found them (`…依法进行了调查。现查明：`), or end with what proves them
        // (`上述事实有…等证据证实`).
        let after_found = i >= 2 && {
            let before = lines[i - 2].of(body).unwrap_or("").trim_end();
            ends_with_any(
                before,
                joined_words!(&["查明：", "查明:", "经查：", "经查:", "查实：", "查实:"]),
            )
        };
        let proven = holds_any(
            t,
            joined_words!(&[
                "上述事实有",
                "以上事实有",
                "上述违法事实有",
                "以上违法事实有",
            ]),
        ) || t.trim_end_matches(['；', ';', '。']).ends_with("为证");
        // A decision numbered throughout (`一、经查，…`, `二、依据《…》…`): each paragraph read
        // from after its number.
        let opening = crate::notice::text::numbered_rest(t);
        // Or say how they were found, in a decision reported in the third person (`…在执法巡查中
        // 发现，某公司…`), or follow its party's particulars (`某公司（…）在参加…时，提供了…`).
        let found_so = !decides
            && !starts_with_any(opening, BASIS)
            && (holds(t, "中发现，")
                || holds(t, "中发现：")
                || Some(at) == after_party
                || after_particulars(body, found, &lines[..at])
                    && !holds(t, "违反")
                    && !head.contains(['：', ':'])
                    && lines.get(i).is_some_and(|n| {
                        let n = crate::notice::text::numbered_rest(n.of(body).unwrap_or(""));
                        (holds(n, "违反")
                            || starts_with_any(n, BASIS)
                            || starts_with_any(n, joined_words!(&["以上事实", "上述事实"])))
                            && !starts_with_any(n, FACTS)
                    }));
        if starts_with_any(opening, FACTS) || (after_found || proven) && !decides || found_so {
            keys.push("violationFacts");
        } else if review && (holds(head, "不服") || holds(head, "如对")) {
            keys.push("remedies");
        } else {
            let cites = starts_with_any(opening, BASIS) && t.contains('《');
            // A paragraph that names only the rule broken (`本局认为，你单位的上述行为违反了《…》`)
            // is the basis only where no later one cites the law the penalty rests on (行政处罚
            // 法 Art 59 (三): the basis is the penalty's).
            let breach = !cites
                && (holds(t, "违反了《") || holds(t, "违反《"))
                && !lines[i..].iter().any(|l| {
                    let n = crate::notice::text::numbered_rest(l.of(body).unwrap_or(""));
                    starts_with_any(n, BASIS) && n.contains('《')
                });
            // A paragraph that decides under a law it cites after what the conduct amounts to
            // (`你公司的上述行为属于《…》规定的…情形。依据《…》的规定，本局决定…`) gives the basis
            // too, as the paragraph and as the words that cite it.
            let basis = cites || breach || decides && basis_words(t).is_some();
            if basis {
                keys.push("penaltyBasis");
            }
            if decides {
                keys.push("penalty");
            }
            let pays = (t.contains('缴') || holds(t, "履行"))
                && (holds(t, "之日起") || holds(t, "日内") || holds(t, "期限"))
                // A decision that is carried out by others once served (`本决定自送达之日起执行，
                // 由某交易中心落实…`, `本决定无罚没款项，自送达之日起生效并执行`): its manner and
                // time of performance.
                || opening.starts_with("本决定")
                    && (holds(t, "之日起执行") || holds(t, "之日起生效"));
            if keys.is_empty() && pays && !review {
                keys.push("performance");
            } else if keys.is_empty() && review {
                keys.push("remedies");
            }
        }
        let keys: Vec<&str> = keys.into_iter().filter(|k| missing(found, k)).collect();
        if keys.is_empty() {
            continue;
        }
        let mut value = span;
        // The evidence under the facts: `以上事实有以下证据证明：` and its numbered list.
        if keys.contains(&"violationFacts") {
            let mut listed = false;
            while i < lines.len() && !held.iter().any(|h| h.contains(lines[i])) {
                let next = lines[i].of(body).unwrap_or("");
                let evidence = starts_with_any(
                    next,
                    joined_words!(&[
                        "以上事实",
                        "上述事实",
                        "以上违法事实",
                        "上述违法事实",
                        "证据",
                    ]),
                );
                // Numbered lines are the evidence only under a line that lists it
                // (`以上事实有以下证据证明：`); otherwise they are the decision's next sections.
                listed |= lines[..i]
                    .last()
                    .and_then(|l| l.of(body))
                    .is_some_and(|l| l.trim_end().ends_with(['：', ':']));
                if !(evidence || item(next) && listed) {
                    break;
                }
                value.end = lines[i].end;
                i += 1;
            }
        }
        if keys.contains(&"penalty") {
            // The numbered penalties under the decision; not the sections after it (how to
            // pay, how to appeal), numbered alike in a decision numbered throughout. A line
            // that opens imposing (`1.责令当事人自收到本决定书之日起30日内退回…，并按市场价格补缴
            // 租金`) is a penalty however it counts its time.
            // Items in brackets (`（一）`, `（二）`) end at a section's number (`四、履行方式和期
            // 限`): the decision's next section.
            let bracketed = |t: &str| t.starts_with(['（', '(']);
            let section = |t: &str| {
                !bracketed(t)
                    && t.chars()
                        .next()
                        .is_some_and(|c| "一二三四五六七八九十".contains(c))
            };
            let mut in_brackets = None;
            while i < lines.len()
                && !held.iter().any(|h| h.contains(lines[i]))
                && item(lines[i].of(body).unwrap_or(""))
                && !after_the_penalties(lines[i].of(body).unwrap_or(""))
                && !(*in_brackets.get_or_insert(bracketed(lines[i].of(body).unwrap_or("")))
                    && section(lines[i].of(body).unwrap_or("")))
            {
                value.end = lines[i].end;
                i += 1;
            }
            // `…作出如下行政处罚：` over one line that imposes it, not numbered.
            if value.end == span.end
                && t.trim_end().ends_with(['：', ':'])
                && i < lines.len()
                && !held.iter().any(|h| h.contains(lines[i]))
            {
                let next = lines[i].of(body).unwrap_or("");
                let penalises = holds_any(
                    next,
                    joined_words!(&["罚款", "责令", "没收", "警告", "禁止", "吊销", "取消"]),
                );
                let other = !imposes(next) && (next.contains("之日起") || next.contains("不服"));
                if penalises && !other {
                    value.end = lines[i].end;
                    i += 1;
                }
            }
        }
        reading = keys.len() < KEYS.iter().filter(|k| missing(found, k)).count();
        for k in &keys {
            found.push(paragraph(*k, span.start, value));
            // The paragraph alone, without the list under it, is what it says too.
            if value.end > span.end {
                found.push(paragraph(*k, span.start, span));
            }
        }
        // The facts with the party that opens them, as some readers quote them.
        if keys.contains(&"violationFacts")
            && Some(at) == after_party
            && let Some(party) = at.checked_sub(1).and_then(|p| lines.get(p))
        {
            let whole = Span {
                start: party.start,
                end: value.end,
            };
            found.push(paragraph("violationFacts", span.start, whole));
        }
        // The paragraph `依据《…》的规定，本局决定对你单位处…` holds both: each is also the
        // words that say it, as a reader quotes them.
        if keys.contains(&"penalty")
            && let Some(basis) = basis_words(t)
        {
            let basis = Span {
                start: span.start + basis.start,
                end: span.start + basis.end,
            };
            found.push(paragraph("penaltyBasis", span.start, basis));
        }
        if keys.contains(&"penalty") {
            if let Some(words) = penalty_words(body, t, span, value) {
                found.push(paragraph("penalty", span.start, words));
            }
        }
    }
    super::found::in_text_order(found);
}

/// Whether the paragraph after `before` follows the party's particulars given as labelled lines
/// (`当事人：…`, `身份证号：…`, `住址：…`): a decision states the facts next (行政处罚法 Art 59
/// (二)), however it opens them.
fn after_particulars(body: &str, found: &[FoundElement], before: &[Span]) -> bool {
    const PARTICULARS: &str = joined_words!(&[
        "身份证",
        "公民身份号码",
        "证件号码",
        "统一社会信用代码",
        "法定代表人",
        "负责人",
        "住所",
        "住址",
        "地址",
        "联系电话",
    ]);
    let Some(last) = before.last() else {
        return false;
    };
    let party = |key: &str| {
        found
            .iter()
            .filter(|e| e.key == key)
            .any(|e| (last.start..=last.end).contains(&e.label.start))
    };
    let t = last.of(body).unwrap_or("").trim_start();
    has_element(found, "partyName")
        && (party("partyName")
            || party("partyAddress")
            || starts_with_any(t, PARTICULARS) && t.contains(['：', ':']))
}

/// A penalty or its basis read as a passage that states both (`…违反了《…》的规定。依据《…》第…条
/// 的规定，本局决定：没收…，并处罚款…。`, under a heading or as a paragraph) is also the words
/// that state each, as readers quote them (行政处罚法 Art 59 (三): the kind of penalty and its
/// basis): the basis from its `依据《` to its `的规定`; the penalty after `决定：`, and from the
/// words that decide (`本局决定对你公司处…`) to the passage's end.
pub(super) fn decision_words(body: &str, found: &mut Vec<FoundElement>) {
    let mut more = Vec::new();
    for e in found.iter() {
        if e.key != "penalty" && e.key != "penaltyBasis" {
            continue;
        }
        let Some(value) = e.value else { continue };
        let Some(t) = value.of(body) else { continue };
        let Some(decided) = [
            "本局决定",
            "本机关决定",
            "本厅决定",
            "本委决定",
            "我局决定",
            "决定",
        ]
        .iter()
        .find_map(|w| find(t, w)) else {
            continue;
        };
        let at = |r: std::ops::Range<usize>| Span {
            start: value.start + r.start,
            end: value.start + r.end,
        };
        if let Some(basis) = basis_words(t) {
            more.push(paragraph("penaltyBasis", e.label.start, at(basis)));
        }
        // From the words that decide, when a sentence starts with them.
        if decided == 0 || t[..decided].ends_with(['。', '，', '；', '：']) {
            more.push(paragraph("penalty", e.label.start, at(decided..t.len())));
        }
        // After the decision and its number, reported (`…作出行政处罚决定（某罚〔2025〕9号），没收
        // …。`): the sentence's rest.
        if let Some(k) = find(t, "处罚决定（").or_else(|| find(t, "处罚决定("))
            && let Some(close) = t[k..].find(['）', ')']).map(|c| k + c)
        {
            let rest = &t[close..];
            let skip = rest.chars().next().map_or(1, char::len_utf8);
            if rest[skip..].starts_with(['，', '：', ',', ':']) {
                let start = close + skip + rest[skip..].chars().next().map_or(1, char::len_utf8);
                let end = t[start..]
                    .find('。')
                    .map_or(t.len(), |e| start + e + '。'.len_utf8());
                if end > start {
                    more.push(paragraph("penalty", e.label.start, at(start..end)));
                }
            }
        }
        // A lead ending `…作出如下行政处罚：` under a heading (`处罚依据和内容：`), whose numbered
        // list the heading's section does not reach (`一、中标无效；` reads as a heading of its own):
        // the list, and the lead with it. A heading that gives the basis and the penalty
        // (`处罚依据和内容`) gives the basis to the list's end as well.
        let headed = e
            .label
            .of(body)
            .is_some_and(|l| holds(l, "依据") && holds_any(l, joined_words!(&["和", "及", "与"])));
        if (e.key == "penalty" || headed)
            && t.trim_end().ends_with(['：', ':'])
            && let Some(list) = numbered_list_after(body, value.end)
        {
            if e.key == "penalty" {
                more.push(paragraph("penalty", e.label.start, list));
            }
            more.push(paragraph(
                e.key.clone(),
                e.label.start,
                Span {
                    start: value.start,
                    end: list.end,
                },
            ));
        }
        if let Some(colon) = t[decided..].find(['：', ':']).map(|k| decided + k) {
            let after = colon + t[colon..].chars().next().map_or(1, char::len_utf8);
            let start = after + (t[after..].len() - t[after..].trim_start().len());
            if start < t.len() && !t[decided..colon].contains(['。', '，']) {
                more.push(paragraph("penalty", e.label.start, at(start..t.len())));
            }
        }
    }
    found.extend(more);
}

/// The numbered penalties on the lines after byte `from` of `body` (`一、中标无效；`,
/// `二、处…罚款…。`): from the first item to the last, each numbered and imposing or not on how
/// to pay or appeal.
fn numbered_list_after(body: &str, from: usize) -> Option<Span> {
    let mut list: Option<Span> = None;
    let mut first_bracketed = None;
    let mut at = from;
    for line in body.get(from..)?.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = line.trim();
        if t.is_empty() {
            if list.is_some() {
                break;
            }
            continue;
        }
        let numbered = crate::notice::text::numbered_rest(t).len() < t.len();
        // Items in brackets (`（一）`) end at a number without (`四、履行方式和期限`): the
        // decision's next section.
        let bracketed = t.starts_with(['（', '(']);
        let section = *first_bracketed.get_or_insert(bracketed) != bracketed;
        if !numbered || after_the_penalties(t) || t.ends_with(['：', ':']) || section {
            break;
        }
        let lead = line.len() - line.trim_start().len();
        let end = start + line.trim_end().len();
        list = Some(Span {
            start: list.map_or(start + lead, |l| l.start),
            end,
        });
    }
    list
}

/// Whether the line `t` is one of a decision's sections after its penalties — how to pay
/// (`…之日起15日内缴纳罚款`), how it is enforced, how to appeal — rather than a penalty item,
/// which opens imposing however it counts its time ([`imposes`]).
fn after_the_penalties(t: &str) -> bool {
    !imposes(t)
        && (holds(t, "不服")
            || holds(t, "行政复议")
            || holds(t, "强制执行")
            || holds(t, "之日起") && (t.contains('缴') || holds(t, "履行")))
}

/// Whether the line `t`, after its number, opens with the words that impose a penalty
/// (`责令…`, `处以罚款…`, `没收…`, `记入…档案`): an item of the decision's list, not the
/// paragraph on how to pay or appeal that follows it (行政处罚法 Art 59 (三) against (四), (五)).
fn imposes(t: &str) -> bool {
    let rest = crate::notice::text::numbered_rest(t.trim_start());
    starts_with_any(
        rest,
        joined_words!(&[
            "责令",
            "处以",
            "处罚款",
            "并处",
            "没收",
            "警告",
            "给予",
            "吊销",
            "取消",
            "禁止",
            "记入",
            "列入",
            "暂停",
            "收回",
        ]),
    )
}

/// The sentence of a decision's paragraph `t` that gives the penalty's legal basis
/// (`依据《…》第…条的规定`, opening the paragraph, a sentence or a line of it), as a range of `t`.
fn basis_words(t: &str) -> Option<std::ops::Range<usize>> {
    ["依据《", "根据《", "依照《", "按照《"]
        .iter()
        .filter_map(|w| {
            places(t, w).find(|&k| {
                k == 0
                    || t[..k]
                        .trim_end_matches([' ', '\u{3000}'])
                        .ends_with(['。', '；', '\n'])
            })
        })
        .min()
        .and_then(|start| {
            // `…的规定`, `…之规定`, `…的有关规定`, `…的相关规定`: the first that ends the citation.
            let end = ["的规定", "之规定", "有关规定", "相关规定"]
                .iter()
                .filter_map(|w| find(&t[start..], w).map(|k| start + k + w.len()))
                .min()?;
            (!t[start..end].contains('。')).then_some(start..end)
        })
}

/// The words of a decision's paragraph `t` (at `span`; with the list under it, `value`) that
/// impose the penalty: the list under a paragraph ending `如下：`, else the sentence from the
/// first penalty after the deciding words (`本局决定对你单位处…罚款`) to its full stop.
fn penalty_words(body: &str, t: &str, span: Span, value: Span) -> Option<Span> {
    if value.end > span.end && t.trim_end().ends_with(['：', ':']) {
        let start = body[span.end..value.end]
            .find(|c: char| !c.is_whitespace())
            .map(|k| span.end + k)?;
        return Some(Span {
            start,
            end: value.end,
        });
    }
    let decided = ["决定对", "决定给予", "决定"]
        .iter()
        .find_map(|w| find(t, w).map(|k| k + w.len()))?;
    let rest = &t[decided..];
    let first = ["处以", "处", "给予", "责令", "没收", "吊销", "取消"]
        .iter()
        .filter_map(|w| places(rest, w).find(|&k| !rest[k..].starts_with("处罚") || *w != "处"))
        .min()?;
    let from = decided + first;
    let end = t[from..].rfind('。').map_or(t.len(), |k| from + k);
    (end > from).then_some(Span {
        start: span.start + from,
        end: span.start + end,
    })
}
