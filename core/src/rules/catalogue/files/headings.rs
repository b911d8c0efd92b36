//! A catalogue's headings as governments print them: which row holds them, the second heading
//! row under 公开对象 (全社会|特定群体), 公开方式 (主动|依申请) and 公开层级 (县级|乡级), and which
//! column is which field.

use super::error::FileError;
use super::grid::Grid;
use crate::model::catalog::{Audience, DisclosureMode};

/// How many rows from the top are searched for the headings: a title, a date and a few lines
/// stating the catalogue's body or supervision channel come first in real catalogues.
pub(crate) const ROWS_SEARCHED: usize = 30;

/// A column of [`CatalogEntry`](crate::CatalogEntry) that a heading names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Field {
    Level1,
    Level2,
    Level3,
    Content,
    Basis,
    TimeLimit,
    Body,
    Channels,
    Audience,
    Mode,
    Levels,
    Supervision,
}

/// What a ticked sub-column stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Tick {
    Audience(Audience),
    Mode(DisclosureMode),
    /// A choice listed by name when ticked: a 公开层级 (县级) or a channel (政府网站).
    Listed(Field, String),
}

/// How a column is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Column {
    /// The field's text.
    Text(Field),
    /// A tick sub-column.
    Tick(Tick),
    /// Kept in `extra` under the heading (序号, 备注, a second 公开主体 column).
    Extra,
}

/// Where the headings are and what each column is.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    /// The 0-based rows holding the headings (one or two).
    pub heading_rows: std::ops::RangeInclusive<usize>,
    /// Per column: how it is read, and its heading as printed (`公开对象(全社会)`; empty for a
    /// column without one).
    pub columns: Vec<(Column, String)>,
}

impl Layout {
    /// The first 0-based row below the headings.
    pub fn first_data_row(&self) -> usize {
        self.heading_rows.end() + 1
    }

    /// The column's heading, or `""` beyond the headings.
    pub fn heading(&self, column: usize) -> &str {
        self.columns.get(column).map_or("", |(_, h)| h.as_str())
    }
}

/// A heading as compared: without spaces, line breaks and brackets, and without a legend in
/// brackets (`（“■”表示必选项，“□”表示可选项）`, `(在标注范围内至少选择其一公开)`, `(请写明)`).
pub(crate) fn key(heading: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut inner = String::new();
    for c in heading.chars() {
        match c {
            '(' | '（' | '[' | '【' => {
                depth += 1;
                if depth == 1 {
                    inner.clear();
                    continue;
                }
            }
            ')' | '）' | ']' | '】' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    if !is_legend(&inner) {
                        out.push_str(&inner);
                    }
                    continue;
                }
            }
            _ => {}
        }
        if c.is_whitespace() || matches!(c, ':' | '：' | '*' | '＊') {
            continue;
        }
        if depth > 0 {
            inner.push(c);
        } else {
            out.push(c);
        }
    }
    if depth > 0 && !is_legend(&inner) {
        out.push_str(&inner);
    }
    out
}

fn is_legend(inner: &str) -> bool {
    [
        "表示",
        "至少",
        "选择",
        "请写明",
        "必选",
        "可选",
        "勾选",
        "另有规定",
    ]
    .iter()
    .any(|w| inner.contains(w))
}

/// The field a heading names, by the names and variants real catalogues print.
pub(crate) fn field_of(heading: &str) -> Option<Field> {
    let k = key(heading);
    if k.is_empty() {
        return None;
    }
    let has = |w: &str| k.contains(w);
    let is = |ws: &[&str]| ws.contains(&k.as_str());
    Some(if has("监督") || has("投诉") {
        Field::Supervision
    } else if has("三级") {
        Field::Level3
    } else if has("二级") {
        Field::Level2
    } else if has("一级") {
        Field::Level1
    } else if has("依据") {
        Field::Basis
    } else if has("时限") || is(&["公开时间", "时间要求", "公开期限"]) {
        Field::TimeLimit
    } else if has("层级") {
        Field::Levels
    } else if has("对象") || k.starts_with("公开范围") {
        Field::Audience
    } else if has("渠道") || has("载体") || has("途径") {
        Field::Channels
    } else if k.starts_with("公开方式") || k.starts_with("公开形式") {
        Field::Mode
    } else if has("主体")
        || k.starts_with("公开部门")
        || k.starts_with("公开单位")
        || (has("责任") && (has("单位") || has("部门") || has("处室") || has("科室")))
    {
        Field::Body
    } else if k.starts_with("公开内容")
        || has("要素")
        || is(&["内容", "主要内容", "信息内容", "公开的内容", "具体内容"])
    {
        Field::Content
    } else if is(&[
        "公开事项",
        "事项",
        "事项名称",
        "公开事项名称",
        "信息名称",
        "目录名称",
        "公开类别及事项",
        "公开类别",
    ]) {
        Field::Level2
    } else {
        return None;
    })
}

/// What a sub-heading under a field's heading stands for, when that field is chosen by ticks.
fn tick_of(parent: Field, child: &str) -> Option<Tick> {
    let k = key(child);
    if k.is_empty() {
        return None;
    }
    match parent {
        Field::Audience => {
            if k.contains("特定") || k.contains("一定范围") || k.contains("部分") {
                Some(Tick::Audience(Audience::Specific))
            } else if k.contains("社会") || k.contains("公众") {
                Some(Tick::Audience(Audience::Public))
            } else {
                None
            }
        }
        Field::Mode => {
            if k.contains("主动") {
                Some(Tick::Mode(DisclosureMode::Proactive))
            } else if k.contains("申请") {
                Some(Tick::Mode(DisclosureMode::OnRequest))
            } else {
                None
            }
        }
        Field::Levels | Field::Channels => field_of(child)
            .is_none()
            .then(|| Tick::Listed(parent, child.trim().to_owned())),
        _ => None,
    }
}

/// Finds the heading row (and the sub-heading row under it) among the first
/// [`ROWS_SEARCHED`] rows: the first with at least three fields, one of them a 事项 level or
/// 公开内容.
pub(crate) fn find(grid: &Grid) -> Result<Layout, FileError> {
    let width = grid.width();
    let mut best: Vec<Field> = Vec::new();
    for row in 0..grid.rows.len().min(ROWS_SEARCHED) {
        let mut fields: Vec<Field> = Vec::new();
        for column in 0..width {
            if let Some(f) = field_of(grid.text(row, column)) {
                if !fields.contains(&f) {
                    fields.push(f);
                }
            }
        }
        let names_rows = fields.iter().any(|f| {
            matches!(
                f,
                Field::Level1 | Field::Level2 | Field::Level3 | Field::Content
            )
        });
        if fields.len() >= 3 && names_rows {
            return Ok(layout(grid, row, width));
        }
        if fields.len() > best.len() {
            best = fields;
        }
    }
    Err(FileError::HeadingsNotFound {
        sheet: grid.sheet.clone(),
        rows_searched: grid.rows.len().min(ROWS_SEARCHED),
        found: best.iter().map(|f| field_name(*f).to_owned()).collect(),
    })
}

/// The heading a catalogue prints for a field (in errors).
pub(crate) fn field_name(f: Field) -> &'static str {
    match f {
        Field::Level1 => "一级事项",
        Field::Level2 => "二级事项",
        Field::Level3 => "三级事项",
        Field::Content => "公开内容（要素）",
        Field::Basis => "公开依据",
        Field::TimeLimit => "公开时限",
        Field::Body => "公开主体",
        Field::Channels => "公开渠道和载体",
        Field::Audience => "公开对象",
        Field::Mode => "公开方式",
        Field::Levels => "公开层级",
        Field::Supervision => "监督渠道",
    }
}

fn layout(grid: &Grid, row: usize, width: usize) -> Layout {
    // The parent heading over each column: a heading printed once over the sub-columns it spans
    // (CSV, or a workbook without the merge) is carried right while the row below has
    // sub-headings.
    let sub = row + 1;
    let own_below = |c: usize| {
        let cell = grid.cell(sub, c);
        !cell.text.is_empty() && cell.merged_from.is_none_or(|(r, _)| r != row)
    };
    let mut parents: Vec<String> = Vec::with_capacity(width);
    for c in 0..width {
        let t = grid.text(row, c);
        if !t.is_empty() {
            parents.push(t.to_owned());
        } else if c > 0 && own_below(c) && own_below(c - 1) {
            let left = parents[c - 1].clone();
            parents.push(left);
        } else {
            parents.push(String::new());
        }
    }
    // The row below holds sub-headings when each of its own cells is one: a tick choice under
    // its parent, or a heading in its own right (一级事项 under 公开事项).
    let mut any = false;
    let mut all = true;
    for (c, parent) in parents.iter().enumerate() {
        if !own_below(c) {
            continue;
        }
        any = true;
        let child = grid.text(sub, c);
        let under = field_of(parent);
        let is_sub = under.and_then(|p| tick_of(p, child)).is_some()
            || (field_of(child).is_some() && child.chars().count() <= 12);
        if !is_sub {
            all = false;
            break;
        }
    }
    let two_rows = any && all;
    let mut columns: Vec<(Column, String)> = Vec::with_capacity(width);
    let mut taken: Vec<Field> = Vec::new();
    for (c, parent) in parents.iter().enumerate() {
        let child = if two_rows && own_below(c) {
            grid.text(sub, c)
        } else {
            ""
        };
        let heading = match (parent.is_empty(), child.is_empty()) {
            (_, true) => parent.clone(),
            (true, false) => child.to_owned(),
            (false, false) => format!("{parent}({child})"),
        };
        let parent_field = field_of(parent);
        let column = if let Some(t) = parent_field.and_then(|p| tick_of(p, child)) {
            Column::Tick(t)
        } else {
            match field_of(child).or(parent_field) {
                Some(f) if !taken.contains(&f) => {
                    taken.push(f);
                    Column::Text(f)
                }
                _ => Column::Extra,
            }
        };
        columns.push((column, heading));
    }
    // 一级事项 printed twice (a typo real catalogues have: 公开事项 over 一级事项|一级事项) where no
    // column is 二级事项: the second is.
    if !taken.contains(&Field::Level2) {
        let level1 = columns
            .iter()
            .position(|(c, _)| *c == Column::Text(Field::Level1));
        if let Some(i) = level1 {
            if let Some((c, h)) = columns.get_mut(i + 1) {
                if *c == Column::Extra && field_of(h) == Some(Field::Level1) {
                    *c = Column::Text(Field::Level2);
                    taken.push(Field::Level2);
                }
            }
        }
    }
    // A field read from ticks and from a text column: the text column is read, the ticks are
    // kept as printed.
    for (column, _) in &mut columns {
        let field = match column {
            Column::Tick(Tick::Audience(_)) => Field::Audience,
            Column::Tick(Tick::Mode(_)) => Field::Mode,
            Column::Tick(Tick::Listed(f, _)) => *f,
            _ => continue,
        };
        if taken.contains(&field) {
            *column = Column::Extra;
        }
    }
    Layout {
        heading_rows: row..=if two_rows { sub } else { row },
        columns,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_and_their_variants_name_fields() {
        for (h, f) in [
            ("公开事项(一级事项)", Field::Level1),
            ("公开类别及事项(二级栏目)", Field::Level2),
            ("三级事项", Field::Level3),
            ("事项名称", Field::Level2),
            ("公开事项", Field::Level2),
            ("公开内容（要素）", Field::Content),
            (
                "公开内容(要素)(“●”表示必选项,“〇”表示可选项)",
                Field::Content,
            ),
            ("公开依据", Field::Basis),
            ("依据", Field::Basis),
            ("公开时限", Field::TimeLimit),
            ("时限", Field::TimeLimit),
            ("公开主体", Field::Body),
            ("责任主体", Field::Body),
            ("公开部门", Field::Body),
            ("责任处室", Field::Body),
            ("公开渠道和载体", Field::Channels),
            (
                "公开渠道和载体(在标注范围内至少选择其一公开,法律法规规章另有规定的从其规定)",
                Field::Channels,
            ),
            ("公开载体", Field::Channels),
            ("公开对象", Field::Audience),
            ("公开范围(社会/一定范围)", Field::Audience),
            ("公开方式", Field::Mode),
            ("公开层级", Field::Levels),
            ("监督渠道", Field::Supervision),
            ("监督方式", Field::Supervision),
            ("公 开\n时 限", Field::TimeLimit),
        ] {
            assert_eq!(field_of(h), Some(f), "{h}");
        }
        for h in [
            "序号",
            "备注",
            "责任股室",
            "政府网站",
            "XX县公共资源配置领域政府信息公开标准目录",
        ] {
            assert_eq!(field_of(h), None, "{h}");
        }
    }

    #[test]
    fn ticks_under_their_parents() {
        assert_eq!(
            tick_of(Field::Audience, "特定群众"),
            Some(Tick::Audience(Audience::Specific))
        );
        assert_eq!(
            tick_of(Field::Audience, "全社会(请写明)"),
            Some(Tick::Audience(Audience::Public))
        );
        assert_eq!(
            tick_of(Field::Mode, "依申请公开"),
            Some(Tick::Mode(DisclosureMode::OnRequest))
        );
        assert_eq!(
            tick_of(Field::Mode, "申请"),
            Some(Tick::Mode(DisclosureMode::OnRequest))
        );
        assert_eq!(
            tick_of(Field::Levels, "县(区)级"),
            Some(Tick::Listed(Field::Levels, "县(区)级".into()))
        );
        assert_eq!(tick_of(Field::Body, "县级"), None);
    }
}
