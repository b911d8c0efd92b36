//! The rows under the headings, read into a [`Catalogue`]: cells merged or left blank in
//! 一级事项 and 二级事项 carried down, tick columns read, notes and section rows told apart from
//! data rows, and lines stating what the catalogue states once (监督渠道：…) read into its header.

use std::collections::BTreeMap;

use super::error::{CellProblem, CellRef, FileError, column_letter};
use super::grid::Grid;
use super::headings::{Column, Field, Layout, Tick, key};
use crate::model::catalog::{Audience, CatalogEntry, Catalogue, CatalogueHeader, DisclosureMode};

/// A line of the sheet that is not a row of the catalogue: a title or a note, kept with its
/// place so that nothing the file holds is dropped unseen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The 1-based row.
    pub row: usize,
    /// Its text (the cells with text, joined by a space).
    pub text: String,
}

/// What reading the rows gives.
pub(crate) struct Read {
    pub catalogue: Catalogue,
    /// The 1-based row of each catalogue row.
    pub source_rows: Vec<usize>,
    pub blank_rows: usize,
    pub notes: Vec<Note>,
}

/// Reads the rows below the headings, taking each row's cells out of the grid as it goes.
pub(crate) fn read(mut grid: Grid, layout: &Layout) -> Result<Read, FileError> {
    let mut out = Read {
        catalogue: Catalogue::default(),
        source_rows: Vec::new(),
        blank_rows: 0,
        notes: Vec::new(),
    };
    for row in 0..*layout.heading_rows.start() {
        if let Some(text) = row_text(&grid, row) {
            read_header_line(&text, &mut out.catalogue.header);
            out.notes.push(Note { row: row + 1, text });
        }
    }
    let heading_texts: Vec<String> = (0..layout.columns.len())
        .map(|c| grid.text(*layout.heading_rows.start(), c).to_owned())
        .collect();
    let level1_col = text_column(layout, Field::Level1);
    // The 一级事项 a section row (a line with only it) or the row above gives the rows below.
    let mut level1 = String::new();
    let mut level2 = String::new();
    for row in layout.first_data_row()..grid.rows.len() {
        // A cell given its text by a merged range from a row above is not the row's own.
        let own: Vec<usize> = (0..grid.rows[row].len())
            .filter(|&c| {
                let cell = grid.cell(row, c);
                !cell.text.is_empty() && cell.merged_from.is_none_or(|(r, _)| r == row)
            })
            .collect();
        if own.is_empty() {
            out.blank_rows += 1;
            continue;
        }
        let repeated = (0..heading_texts.len())
            .all(|c| grid.text(row, c) == heading_texts[c] || heading_texts[c].is_empty())
            && own.iter().any(|&c| !heading_texts[c].is_empty());
        if repeated {
            // The headings printed again (a page break in the source).
            continue;
        }
        let mut origins: Vec<(usize, usize)> = own
            .iter()
            .map(|&c| grid.cell(row, c).merged_from.unwrap_or((row, c)))
            .collect();
        origins.dedup();
        if let [(_, c)] = origins[..] {
            // One text on the line: a section (一级事项 alone, for the rows below), or a note
            // (a line across the table, or in a column that is no field, such as 序号).
            let text = grid.text(row, c);
            let wide = own.len() >= 3;
            if Some(c) == level1_col && !wide && !looks_like_note(text) {
                level1 = text.to_owned();
                level2.clear();
                out.notes.push(Note {
                    row: row + 1,
                    text: level1.clone(),
                });
                continue;
            }
            let extra = matches!(layout.columns.get(c), None | Some((Column::Extra, _)));
            if wide || extra || Some(c) == level1_col {
                if let Some(text) = row_text(&grid, row) {
                    read_header_line(&text, &mut out.catalogue.header);
                    out.notes.push(Note { row: row + 1, text });
                }
                continue;
            }
        }
        let mut entry = read_row(&mut grid, layout, row)?;
        let level1_blank = entry.level1.is_empty();
        if level1_blank {
            entry.level1 = level1.clone();
        } else {
            level1 = entry.level1.clone();
        }
        if entry.level2.is_empty() && level1_blank {
            entry.level2 = level2.clone();
        } else {
            level2 = entry.level2.clone();
        }
        out.catalogue.rows.push(entry);
        out.source_rows.push(row + 1);
    }
    Ok(out)
}

fn text_column(layout: &Layout, field: Field) -> Option<usize> {
    layout
        .columns
        .iter()
        .position(|(c, _)| *c == Column::Text(field))
}

/// A line that says something about the catalogue rather than naming a group of its rows.
fn looks_like_note(text: &str) -> bool {
    let t = text.trim_start();
    [
        "注",
        "备注",
        "说明",
        "附注",
        "附件",
        "※",
        "*",
        "＊",
        "以上",
        "本目录",
    ]
    .iter()
    .any(|p| t.starts_with(p))
        || t.chars().count() > 40
        || t.split_once(['：', ':'])
            .is_some_and(|(label, _)| super::headings::field_of(label).is_some())
}

/// The cells of a row with text, each once (a merged range once), joined by a space.
fn row_text(grid: &Grid, row: usize) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for cell in grid.rows.get(row)? {
        if cell.text.is_empty() || cell.merged_from.is_some() {
            continue;
        }
        parts.push(&cell.text);
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Reads a line that states one of the catalogue's columns once (`监督渠道：12345热线`,
/// `【公开主体】县住建局`) into the header, unless the header has it already. A line may state
/// several, each starting with its label after a line break or a semicolon; a semicolon not
/// followed by a label belongs to the value (`电话监督; 网站 http://…`).
fn read_header_line(text: &str, header: &mut CatalogueHeader) {
    let mut current: Option<(Field, String)> = None;
    let mut flush = |current: &mut Option<(Field, String)>| {
        if let Some((field, value)) = current.take() {
            let slot = match field {
                Field::Supervision => &mut header.supervision,
                Field::Body => &mut header.body,
                Field::TimeLimit => &mut header.time_limit,
                _ => &mut header.channels,
            };
            let value = value.trim();
            if slot.is_empty() && !value.is_empty() {
                *slot = value.to_owned();
            }
        }
    };
    let mut rest = text;
    loop {
        let (part, sep, next) = match rest.find(['\n', '；', ';']) {
            Some(i) => {
                let sep = rest[i..].chars().next().unwrap_or(';');
                (&rest[..i], Some(sep), &rest[i + sep.len_utf8()..])
            }
            None => (rest, None, ""),
        };
        if let Some((field, value)) = labelled(part) {
            flush(&mut current);
            current = Some((field, value.to_owned()));
        } else if let Some((_, value)) = &mut current {
            value.push_str(part);
        }
        match sep {
            Some(sep) => {
                if let Some((_, value)) = &mut current {
                    if labelled(next.split(['\n', '；', ';']).next().unwrap_or("")).is_none() {
                        value.push(sep);
                    }
                }
                rest = next;
            }
            None => break,
        }
    }
    flush(&mut current);
}

/// `监督渠道：…` or `【公开主体】…`: the header field a part of a line states, and its value.
fn labelled(part: &str) -> Option<(Field, &str)> {
    let part = part.trim().trim_start_matches(['【', '[']);
    let (label, value) = part.split_once(['：', ':', '】', ']'])?;
    if label.chars().count() > 12 {
        return None;
    }
    let field = super::headings::field_of(label)?;
    matches!(
        field,
        Field::Supervision | Field::Body | Field::TimeLimit | Field::Channels
    )
    .then(|| (field, value.trim().trim_start_matches(['：', ':']).trim()))
}

const TICKS: &[&str] = &[
    "√", "✓", "✔", "☑", "✅", "●", "○", "〇", "◎", "■", "▣", "★", "☆", "是", "有", "Y", "y", "V",
    "v", "R", "＊", "*",
];
const NOT_TICKED: &[&str] = &[
    "×", "✗", "✘", "✕", "否", "无", "-", "—", "–", "/", "／", "\\", "□", "☐", "£", "N", "n", "0",
];

fn read_row(grid: &mut Grid, layout: &Layout, row: usize) -> Result<CatalogEntry, FileError> {
    let mut e = CatalogEntry::default();
    let mut levels: Vec<String> = Vec::new();
    let mut channels: Vec<String> = Vec::new();
    let mut audience: Option<Audience> = None;
    let mut mode: Option<DisclosureMode> = None;
    let mut extra: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    // The row is read once: its texts are moved into the entry rather than copied.
    let cells = std::mem::take(&mut grid.rows[row]);
    let sheet = &grid.sheet;
    for (c, cell) in cells.into_iter().enumerate() {
        if cell.text.is_empty() {
            continue;
        }
        let heading = layout.heading(c);
        let at = || CellRef {
            sheet: sheet.clone(),
            row: row + 1,
            column: c + 1,
            heading: heading.to_owned(),
        };
        if cell.error {
            return Err(FileError::CellUnreadable {
                at: at(),
                text: cell.text,
                problem: CellProblem::ErrorValue,
            });
        }
        let owned = cell.text;
        let text = owned.as_str();
        let column = layout.columns.get(c).map_or(&Column::Extra, |(k, _)| k);
        match column {
            Column::Text(f) => {
                let slot = match f {
                    Field::Level1 => &mut e.level1,
                    Field::Level2 => &mut e.level2,
                    Field::Level3 => &mut e.level3,
                    Field::Content => &mut e.content,
                    Field::Basis => &mut e.basis,
                    Field::TimeLimit => &mut e.time_limit,
                    Field::Body => &mut e.body,
                    Field::Channels => &mut e.channels,
                    Field::Levels => &mut e.levels,
                    Field::Supervision => &mut e.supervision,
                    Field::Audience => {
                        audience = Some(audience_of(&key(text)).ok_or_else(|| {
                            FileError::CellUnreadable {
                                at: at(),
                                text: text.to_owned(),
                                problem: CellProblem::NotAChoice,
                            }
                        })?);
                        continue;
                    }
                    Field::Mode => {
                        mode =
                            Some(
                                mode_of(&key(text)).ok_or_else(|| FileError::CellUnreadable {
                                    at: at(),
                                    text: text.to_owned(),
                                    problem: CellProblem::NotAChoice,
                                })?,
                            );
                        continue;
                    }
                };
                *slot = owned;
            }
            Column::Tick(t) => {
                let mark: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                let ticked = if TICKS.contains(&mark.as_str()) || tick_names_itself(t, &key(text)) {
                    true
                } else if NOT_TICKED.contains(&mark.as_str()) {
                    false
                } else {
                    return Err(FileError::CellUnreadable {
                        at: at(),
                        text: text.to_owned(),
                        problem: CellProblem::NotATick,
                    });
                };
                if !ticked {
                    continue;
                }
                match t {
                    // Both ticked: the wider choice (全社会, 主动) holds.
                    Tick::Audience(a) => {
                        if audience != Some(Audience::Public) {
                            audience = Some(*a);
                        }
                    }
                    Tick::Mode(m) => {
                        if mode != Some(DisclosureMode::Proactive) {
                            mode = Some(*m);
                        }
                    }
                    Tick::Listed(Field::Channels, name) => channels.push(name.clone()),
                    Tick::Listed(_, name) => levels.push(name.clone()),
                }
            }
            Column::Extra => {
                let mut name = if heading.is_empty() {
                    format!("{}列", column_letter(c + 1))
                } else {
                    heading.to_owned()
                };
                if extra.contains_key(&name) {
                    name = format!("{name}（{}列）", column_letter(c + 1));
                }
                extra.insert(name, serde_json::Value::String(owned));
            }
        }
    }
    if e.levels.is_empty() {
        e.levels = levels.join("、");
    }
    if e.channels.is_empty() {
        e.channels = channels.join("、");
    }
    e.audience = audience;
    e.mode = mode;
    e.extra = extra;
    Ok(e)
}

/// A tick cell that repeats its sub-heading (`全社会` written under 公开对象(全社会)).
fn tick_names_itself(t: &Tick, mark: &str) -> bool {
    match t {
        Tick::Audience(a) => audience_of(mark) == Some(*a),
        Tick::Mode(m) => mode_of(mark) == Some(*m),
        Tick::Listed(_, name) => key(name) == mark,
    }
}

/// 公开对象 in words; when both are named, the wider (全社会).
fn audience_of(k: &str) -> Option<Audience> {
    if k.contains("全社会") || k.contains("社会公众") || k == "社会" || k == "公众" {
        Some(Audience::Public)
    } else if k.contains("特定") || k.contains("一定范围") {
        Some(Audience::Specific)
    } else {
        None
    }
}

/// 公开方式 in words; when both are named (`主动、依申请`), the wider (主动).
fn mode_of(k: &str) -> Option<DisclosureMode> {
    if k.contains("主动") {
        Some(DisclosureMode::Proactive)
    } else if k.contains("申请") {
        Some(DisclosureMode::OnRequest)
    } else {
        None
    }
}
