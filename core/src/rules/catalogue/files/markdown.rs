//! The catalogue as Markdown: a table per domain, for a portal page or a work report.

use super::published;
use crate::model::catalog::CatalogEntry;

/// The rows as Markdown under a title: one table per domain, in the order the rows give them
/// (a row's domain is its item's; rows without an item come last, under 其他事项). Cells are
/// escaped so that nothing in them is read as Markdown or HTML: `|`, `\`, `*`, `_`, `` ` ``,
/// `[`, `]`, `<`, `>` and `&`; a line break in a cell is written `<br>`.
///
/// # Example
/// ```
/// use gongkai::{CatalogueOptions, Domain, RuleSet};
/// use gongkai::rules::catalogue::files::write_markdown;
/// let rows = RuleSet::national().baseline_for(&CatalogueOptions {
///     domains: vec![Domain::GovernmentProcurement],
///     level: None,
/// });
/// let md = write_markdown("政府采购主动公开基本目录", &rows);
/// assert!(md.starts_with("# 政府采购主动公开基本目录\n"));
/// assert!(md.contains("\n## 政府采购\n"));
/// assert!(md.contains("| 序号 | 一级事项 | 二级事项 |"));
/// ```
pub fn write_markdown(title: &str, rows: &[CatalogEntry]) -> String {
    let mut out = format!("# {}\n", escape(title));
    let mut groups: Vec<(Option<crate::Domain>, Vec<CatalogEntry>)> = Vec::new();
    for r in rows {
        let domain = r.item.map(|i| i.domain());
        match groups.iter_mut().find(|(d, _)| *d == domain) {
            Some((_, g)) => g.push(r.clone()),
            None => groups.push((domain, vec![r.clone()])),
        }
    }
    groups.sort_by_key(|(d, _)| d.is_none());
    for (domain, group) in &groups {
        let name = domain.map_or("其他事项", |d| d.name_zh());
        out.push_str(&format!("\n## {name}\n\n"));
        let table = published::table(group);
        let line = |cells: Vec<String>| format!("| {} |\n", cells.join(" | "));
        out.push_str(&line(
            table.headings.iter().map(|h| escape(&h.text)).collect(),
        ));
        out.push_str(&line(
            table.headings.iter().map(|_| "---".to_owned()).collect(),
        ));
        for row in &table.rows {
            out.push_str(&line(row.iter().map(|c| escape(c)).collect()));
        }
    }
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let lines: Vec<&str> = text.trim().lines().map(str::trim).collect();
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        for c in line.chars() {
            match c {
                '|' | '\\' | '*' | '_' | '`' | '[' | ']' => {
                    out.push('\\');
                    out.push(c);
                }
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                _ => out.push(c),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_cannot_break_the_table_or_inject_markup() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("第一行\n第二行"), "第一行<br>第二行");
        assert_eq!(escape("<script>&"), "&lt;script&gt;&amp;");
        assert_eq!(escape("[链接](x) *强调*"), "\\[链接\\](x) \\*强调\\*");
    }

    #[test]
    fn rows_without_an_item_come_last_under_their_own_heading() {
        let row = |level2: &str, item| CatalogEntry {
            level1: "一级".into(),
            level2: level2.into(),
            item,
            ..CatalogEntry::default()
        };
        let md = write_markdown(
            "目录",
            &[
                row("机构信息", None),
                row("采购意向", Some(crate::ItemKind::ProcurementIntention)),
            ],
        );
        let procurement = md.find("## 政府采购").unwrap();
        let other = md.find("## 其他事项").unwrap();
        assert!(procurement < other, "{md}");
    }
}
