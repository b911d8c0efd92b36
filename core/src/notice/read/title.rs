//! The notice's title: the line that names its type, below a page's chrome, and the lines
//! under it.

use super::found::paragraph;
use crate::model::item::ItemKind;
use crate::notice::elements::{FoundElement, has_element};
use crate::notice::span::Span;
use crate::notice::text::{
    ends_with_any, holds, holds_any, joined_words, lines_inclusive, trim_end, trim_start,
};

/// The byte where the notice's title line starts: of the first thirty lines, those that name a
/// notice's type and are no `label：value` line or breadcrumb; the first, unless it is a bare
/// type (`结果公告`, a menu's link) or the page's `<title>` with the site's name after it
/// (`…公告 - 某某交易网`) and another follows within four lines; else the first line.
pub(super) fn title_line(text: &str) -> usize {
    let mut at = 0;
    // The first candidate, while it may yet give way: its start and the lines left to it.
    let mut pending: Option<(usize, usize)> = None;
    // A site's menu listed a line an item (`首页` over `产权转让` over `增资扩股`): no title.
    // Looked for only when a line that could be a menu's item would count: most lines are too
    // long to be one, and the title is most often one of them.
    let mut menu: Option<(usize, usize)> = None;
    let mut in_menu = |k: usize, line: &str| {
        crate::notice::kind::menu_item(line) && {
            let (from, to) = *menu.get_or_insert_with(|| {
                crate::notice::kind::listed_menu_in(text, 31).unwrap_or((usize::MAX, 0))
            });
            (from..to).contains(&k)
        }
    };
    for (k, line) in lines_inclusive(text).take(30).enumerate() {
        let rest = trim_start(line);
        let mut t = trim_end(rest);
        // A page's line of facts that gives the title (`名称：关于…的公告`): the title after it.
        let mut lead = line.len() - rest.len();
        // (`标　　题：`: the label spaced out to the width of others.)
        // (Its colon looked for among the first nine characters alone: a label of more than
        // eight is none of these.)
        if let Some((colon, _)) = t.char_indices().take(9).find(|&(_, c)| c == '：')
            && let (label, rest) = (&t[..colon], &t[colon + '：'.len_utf8()..])
            && ["名称", "标题", "公告标题", "公告名称"].iter().any(|w| {
                // The label without its spaces, compared a character at a time (not copied).
                label
                    .chars()
                    .filter(|c| !matches!(c, ' ' | '\u{3000}'))
                    .eq(w.chars())
            })
        {
            lead += t.len() - rest.trim_start().len();
            t = rest.trim();
        }
        let candidate = !t.is_empty()
            && may_be_title(t)
            // A sentence (`现将配售结果予以公告，…详见附件。`) is no title, nor one that opens
            // by citing a rule (`根据《某市公共租赁住房管理办法》，经…`), broken or not.
            && !t.ends_with(['。', '；', ';'])
            && !opens_citing(t)
            && !holds(t, " / ")
            // A table's row (`转让底价\t9,316.50万元`): its cells, not a title.
            && !t.contains('\t')
            // A numbered section's heading (`二、处理决定`): the notice's part, not its name.
            && crate::notice::text::numbered_rest(t).len() == t.len()
            // A menu's or the site's banner's words (`首页 供地计划 出让公告`,
            // `…网 财政部唯一指定…发布媒体`, `…平台 登录`).
            && !holds_any(t, joined_words!(&["首页", "登录", "唯一指定", "版权所有", "主办单位"]))
            && (crate::notice::kind::names_a_type(t) || spaced_type(t) || names_a_transfer(t));
        // A line of the menu counts for nothing: neither a title nor a line after one.
        if (candidate || pending.is_some() && !t.is_empty()) && in_menu(k, line) {
            at += line.len();
            continue;
        }
        if let Some((start, left)) = pending.as_mut() {
            if !t.is_empty() {
                if *left == 0 {
                    return *start;
                }
                *left -= 1;
            }
        }
        if candidate {
            let start = at + lead;
            let weak = crate::notice::kind::is_bare_type(t) || site_title(t);
            match pending {
                Some(_) if weak => {}
                _ if !weak => return start,
                Some(_) => {}
                None => pending = Some((start, 4)),
            }
        }
        at += line.len();
    }
    pending.map_or_else(
        || (text.len() - text.trim_start().len()).min(text.len()),
        |(s, _)| s,
    )
}

/// True when `t` names what an exchange's page offers by the act alone (`某公司机动车辆3台转让`,
/// `某公司闲置设备转让`): eight characters or more, ending in 转让.
fn names_a_transfer(t: &str) -> bool {
    t.ends_with("转让") && t.chars().nth(7).is_some()
}

/// True when a line opens a sentence by citing a rule (`根据《某市公共租赁住房管理办法》，经…`).
fn opens_citing(t: &str) -> bool {
    t.starts_with(['根', '依', '按']) && t.contains('《') && t.contains('，')
}

/// True when `t` is a title spaced out a character at a time (`行 政 处 罚 决 定 书`) that names
/// a notice's type.
fn spaced_type(t: &str) -> bool {
    crate::notice::kind::spaced_out(t)
        && crate::notice::kind::names_a_type(&t.split_whitespace().collect::<String>())
}

/// A line of at most 80 characters without a colon, a breadcrumb's arrow (`首页 > 住房保障 >
/// 配租程序` names where a page is, not what) or a menu's bars (`首页 | 采购公告 | 结果公告`):
/// in one pass over its characters, the test most lines fail.
fn may_be_title(t: &str) -> bool {
    let (mut chars, mut bars) = (0, 0);
    for c in t.chars() {
        chars += 1;
        match c {
            '：' | ':' | '>' | '＞' | '»' | '›' => return false,
            '|' | '｜' => bars += 1,
            _ => {}
        }
    }
    chars <= 80 && bars < 2
}

/// A page's `<title>`: the notice's name, then the site's (`…挂牌出让公告-某市公共资源交易网`).
fn site_title(t: &str) -> bool {
    let Some(at) = t.rfind(['-', '_', '|', '｜', '—']) else {
        return false;
    };
    let site = t[at..]
        .trim_start_matches(['-', '_', '|', '｜', '—', ' '])
        .trim();
    ends_with_any(
        site,
        joined_words!(&[
            "网",
            "中心",
            "所",
            "局",
            "厅",
            "委",
            "委员会",
            "平台",
            "系统",
            "政府",
            "门户",
            "网站",
        ]),
    )
}

/// The span of the first line that is not blank, trimmed.
pub(super) fn title_span(body: &str) -> Span {
    let line = body.split('\n').next().unwrap_or("");
    let lead = line.len() - line.trim_start().len();
    Span {
        start: lead,
        end: lead + line.trim().len(),
    }
}

/// The lines of `above` after the title's line (which ends at `title_end`): they are in order,
/// so a tail of them.
pub(super) fn below_title(above: &[Span], title_end: usize) -> &[Span] {
    &above[above.partition_point(|l| l.start <= title_end)..]
}

/// A project the opening sentence names by its name and number, where no label or heading named
/// it (`…受某中学委托，对某中学宿舍家具采购项目（项目编号：…）进行公开招标`, `某工程（招标编号：…）
/// 于…开标`): the name is the words before the number's bracket that the title opens with, as a
/// title names the project and then the notice's type (财办库〔2020〕50号's 项目名称; 发改委令2017年
/// 第10号 Art 5 (一) and Art 6's 招标项目名称).
pub(super) fn project_in_opening(
    body: &str,
    item: ItemKind,
    found: &mut Vec<FoundElement>,
    above: &[Span],
) {
    if item.element("projectName").is_none() || has_element(found, "projectName") {
        return;
    }
    let title = title_span(body).of(body).unwrap_or("");
    let title_end = body.find('\n').unwrap_or(body.len());
    for l in below_title(above, title_end).iter().take(8) {
        let t = l.of(body).unwrap_or("");
        let Some(at) = [
            "（项目编号",
            "（招标编号",
            "（采购编号",
            "(项目编号",
            "(招标编号",
        ]
        .iter()
        .filter_map(|w| t.find(w))
        .min() else {
            continue;
        };
        let before = &t[..at];
        // The longest end of the words before that opens the title, four characters at least.
        let name_at = before
            .char_indices()
            .map(|(k, _)| k)
            .find(|&k| title.starts_with(&before[k..]) && before[k..].chars().nth(3).is_some());
        if let Some(k) = name_at {
            found.push(paragraph(
                "projectName",
                l.start + k,
                Span {
                    start: l.start + k,
                    end: l.start + at,
                },
            ));
            super::found::in_text_order(found);
        }
        return;
    }
}
