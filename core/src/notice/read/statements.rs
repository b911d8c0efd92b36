//! Statements on a transfer written as paragraphs (`…挂牌出让变更公告`, a listing that found no
//! buyer): the notice the statement concerns, named in its opening sentence, and what it states,
//! the lines after that sentence up to the notice's closing words.

use super::found::paragraph;
use super::suspensions::{is_label, notice_named, run_to_close};
use super::title::below_title;

use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::span::Span;
use crate::notice::text::{holds, numbered_rest};

/// A statement's subject and facts (`subject`, `facts`) where no label gave them: the subject is
/// the notice its opening sentence names (`我局于2025年10月13日发布的《…挂牌出让公告》（…）`),
/// quoted as readers quote it (the name, from the date it was published, from the sentence's
/// start); the facts are what the opening paragraph goes on to say after that sentence, and the
/// lines after it, up to a closing sentence (`原公告其他内容不变`, `特此公告`) or a label
/// (`联系人：`).
pub(super) fn statement_paragraphs(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    let missing =
        |found: &[FoundElement], key: &str| item.element(key).is_some() && !has_element(found, key);
    if !missing(found, "subject") && !missing(found, "facts") {
        return;
    }
    let title_end = body.find('\n').unwrap_or(body.len());
    let lines = below_title(above, title_end);
    let text = |l: &Span| l.of(body).unwrap_or("");
    let Some((open, named)) = lines.iter().enumerate().find_map(|(i, l)| {
        let t = text(l);
        (holds(t, "发布") && holds(t, "《"))
            .then(|| notice_named(t))
            .filter(|n| !n.is_empty())
            .map(|n| (i, n))
    }) else {
        return;
    };
    // Where the sentence that names the notice ends: after the last of its quotations.
    let named_end = named.iter().map(|r| r.end).max().unwrap_or(0);
    if missing(found, "subject") {
        let at = lines[open].start;
        for r in named {
            found.push(paragraph(
                "subject",
                at,
                Span {
                    start: at + r.start,
                    end: at + r.end,
                },
            ));
        }
    }
    if missing(found, "facts") {
        // The opening paragraph may go on after the sentence that names the notice (`…（匀自然资
        // 挂〔2025〕9号）中的DY2025-015号宗地，…。挂牌期限届满，…未成交。`): what it goes on to
        // say is stated.
        let t = text(&lines[open]);
        let named_end = named_end.min(t.len());
        if let Some(k) = t[named_end..]
            .find('。')
            .map(|k| named_end + k + '。'.len_utf8())
            && !t[k..].trim().is_empty()
            // Not the words that introduce the list below (`现将有关事项公告如下：`).
            && !t.trim_end().ends_with(['：', ':'])
        {
            let at = lines[open].start;
            found.push(paragraph(
                "facts",
                at,
                Span {
                    start: at + k,
                    end: lines[open].end,
                },
            ));
        }
        let end = run_to_close(
            body,
            lines,
            open + 1,
            &[
                "特此公告",
                "特此说明",
                "其他内容不变",
                "其余内容不变",
                // The same closing, however long the line it opens (`原公告其他内容不变。已提交竞
                // 买申请的，…`).
                "原公告其他",
                "原公告其余",
                "本公告",
                "另行公告",
            ],
            30,
        );
        if end > open + 1 {
            let facts = Span {
                start: lines[open + 1].start,
                end: lines[end - 1].end,
            };
            found.push(paragraph("facts", facts.start, facts));
            // A numbered closing item (`三、原公告其他内容不变。`) is one of the list's items too.
            if let Some(last) = lines.get(end)
                && numbered_rest(text(last)).len() < text(last).len()
                && !is_label(text(last))
            {
                let through = Span {
                    end: last.end,
                    ..facts
                };
                found.push(paragraph("facts", facts.start, through));
            }
        }
    }
    super::found::in_text_order(found);
}

#[cfg(test)]
mod tests {
    use crate::notice::{NoticeSource, read};

    /// The values `key` holds in `text`'s reading.
    fn values(text: &str, key: &str) -> Vec<String> {
        let r = read(text, &NoticeSource::default()).expect("a notice");
        r.elements
            .iter()
            .filter(|e| e.key == key)
            .filter_map(|e| e.value.and_then(|v| v.of(text)))
            .map(str::to_owned)
            .collect()
    }

    /// A statement on a land transfer (出让情况说明, published under 国办发〔2017〕97号 二's duty to
    /// disclose the transfer; grade R) written as paragraphs: its subject is the notice its
    /// opening sentence names, quoted from the name, its date and the sentence's start; its
    /// facts are the changes listed after it, up to the notice's closing words, and also through
    /// a numbered last item that keeps the rest.
    #[test]
    fn a_statements_paragraphs_give_its_subject_and_facts_gb_2017_97() {
        let text = "某市国有建设用地使用权挂牌出让变更公告\n\
                    我局于2025年10月13日发布的《某市国有建设用地使用权挂牌出让公告》（某自然资挂告〔2025〕19号），现将有关变更事项公告如下：\n\
                    一、JL2025-27号宗地挂牌截止时间由2025年11月10日15时变更为2025年11月17日15时。\n\
                    二、原公告其他内容不变。\n\
                    特此公告。\n某市自然资源局\n2025年10月30日\n";
        let subjects = values(text, "subject");
        for want in [
            "《某市国有建设用地使用权挂牌出让公告》（某自然资挂告〔2025〕19号）",
            "2025年10月13日发布的《某市国有建设用地使用权挂牌出让公告》（某自然资挂告〔2025〕19号）",
        ] {
            assert!(subjects.iter().any(|s| s == want), "{want}: {subjects:?}");
        }
        let facts = values(text, "facts");
        let first = "一、JL2025-27号宗地挂牌截止时间由2025年11月10日15时变更为2025年11月17日15时。";
        assert!(facts.iter().any(|f| f == first), "{facts:?}");
        assert!(
            facts
                .iter()
                .any(|f| f.starts_with(first) && f.ends_with("二、原公告其他内容不变。")),
            "{facts:?}"
        );
        // What happened stated in the opening paragraph after the sentence naming the notice.
        let text = "某市国有建设用地使用权挂牌出让未成交公告\n\
                    我局于2025年5月23日发布的《某市国有建设用地使用权挂牌出让公告》（某自然资挂〔2025〕9号）中的DY2025-015号宗地，挂牌时间为2025年6月16日至2025年6月27日。挂牌期限届满，无竞买人报价，该宗地挂牌出让未成交。\n\
                    该宗地后续出让事宜另行公告。\n特此公告。\n某市自然资源局\n2025年6月30日\n";
        assert_eq!(
            values(text, "facts"),
            ["挂牌期限届满，无竞买人报价，该宗地挂牌出让未成交。"]
        );
        // A closing sentence that opens a longer line (`原公告其他内容不变。已提交…`) ends them.
        let text = "关于某号地块挂牌出让的补充公告\n\
                    我局于2025年5月16日发布的《某市国有建设用地使用权挂牌出让公告》（某挂告〔2025〕9号），现对其中FC2025-07号地块补充公告如下：\n\
                    因该地块规划设计条件调整，挂牌起始价由6580万元调整为6120万元。\n\
                    原公告其他内容不变。已提交竞买申请的，按调整后的条件参加竞买。\n特此公告。\n某市自然资源局\n2025年6月6日\n";
        assert_eq!(
            values(text, "facts"),
            ["因该地块规划设计条件调整，挂牌起始价由6580万元调整为6120万元。"]
        );
        // Not the words that introduce what follows (`现将该地块出让情况公告如下：`): the
        // labelled result is the facts.
        let text = "某市国有建设用地使用权拍卖出让结果公告\n\
                    我局于2025年3月14日发布《某市国有建设用地使用权拍卖出让公告》（某拍告〔2025〕3号），定于2025年4月15日拍卖出让DP2025-11号地块。现将该地块出让情况公告如下：\n\
                    一、出让结果：无竞买人提交竞买申请，该地块拍卖出让未成交。\n某市自然资源局\n2025年4月16日\n";
        assert_eq!(
            values(text, "facts"),
            ["无竞买人提交竞买申请，该地块拍卖出让未成交。"]
        );
    }
}
