//! Reading a catalogue's cells: the channel column with its tick marks, and whether a 公开内容
//! names an element.

use super::matching::norm;

/// A channel cell: the channels used, and those printed as options but not ticked.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Channels {
    /// Used (ticked, or printed without marks), normalised.
    pub used: Vec<String>,
    /// Printed with an empty box, normalised.
    pub unticked: Vec<String>,
}

const TICKS: &[char] = &['■', '√', '✓', '✔', '☑', '☒', '▣'];
const BOXES: &[char] = &['□', '☐', '£', '○', '〇'];

/// Reads a channel cell as printed: "■政府网站 □政府公报", "R政府网站、£政府公报" (Wingdings ☑/☐ seen
/// as R and £), "■政府网站 口两微一端" (口 for □), or a plain list (every channel used).
pub(crate) fn read_channels(cell: &str) -> Channels {
    let wingdings = cell.contains('£');
    let marked = cell.contains(TICKS) || cell.contains(BOXES);
    let mut out = Channels::default();
    let mut state: Option<bool> = None;
    let mut name = String::new();
    let flush = |name: &mut String, state: Option<bool>, out: &mut Channels| {
        let n = norm(name);
        name.clear();
        if n.is_empty() {
            return;
        }
        match state {
            Some(false) => out.unticked.push(n),
            Some(true) => out.used.push(n),
            None if !marked => out.used.push(n),
            // Marks elsewhere but none before this name: read as printed without a tick.
            None => out.unticked.push(n),
        }
    };
    for c in cell.chars() {
        let at_start = name.chars().all(|c| c.is_whitespace() || c == '、');
        if TICKS.contains(&c) || (wingdings && c == 'R' && at_start) {
            flush(&mut name, state, &mut out);
            state = Some(true);
        } else if BOXES.contains(&c) || (marked && c == '口' && at_start) {
            flush(&mut name, state, &mut out);
            state = Some(false);
        } else if "、，,;；\n".contains(c) || (c.is_whitespace() && marked) {
            flush(&mut name, state, &mut out);
            if !marked {
                state = None;
            }
        } else {
            name.push(c);
        }
    }
    flush(&mut name, state, &mut out);
    out
}

/// True when the content text names the element: one of its names appears, or most of its
/// name's two-character pieces do (catalogues reword: 招标人的名称和地址 is printed 招标人及其招标
/// 代理机构的名称、地址).
pub(crate) fn names_element(content: &str, names: &[String]) -> bool {
    names.iter().any(|n| {
        if n.is_empty() || content.contains(n.as_str()) {
            return true;
        }
        let stripped: Vec<char> = n.chars().filter(|c| !"的和及或与等".contains(*c)).collect();
        if stripped.len() < 2 {
            return false;
        }
        let pieces: Vec<String> = stripped.windows(2).map(|w| w.iter().collect()).collect();
        let found = pieces
            .iter()
            .filter(|p| content.contains(p.as_str()))
            .count();
        found * 5 >= pieces.len() * 3
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_boxes_and_plain_lists() {
        let c = read_channels("■政府网站 □政府公报 ■两微一端");
        assert_eq!(c.used, ["政府网站", "两微一端"]);
        assert_eq!(c.unticked, ["政府公报"]);
        let c = read_channels("R政府网站、R公共资源交易平台、£政府公报");
        assert_eq!(c.used, ["政府网站", "公共资源交易平台"]);
        assert_eq!(c.unticked, ["政府公报"]);
        let c = read_channels("政府网站、县公共资源交易平台");
        assert_eq!(c.used, ["政府网站", "县公共资源交易平台"]);
        let c = read_channels("□政府网站 口两微一端");
        assert!(c.used.is_empty());
        assert_eq!(c.unticked, ["政府网站", "两微一端"]);
    }

    #[test]
    fn element_names_reworded() {
        let content =
            norm("招标人及其招标代理机构的名称、地址、联系人及联系方式;获取招标文件的时间、方式");
        assert!(names_element(&content, &[norm("招标人的名称和地址")]));
        assert!(names_element(&content, &[norm("获取招标文件的办法")]));
        assert!(!names_element(&content, &[norm("实施地点和时间")]));
    }
}
