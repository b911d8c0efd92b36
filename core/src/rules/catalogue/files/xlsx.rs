//! XLSX workbooks: read with calamine (merged cells and all), written with rust_xlsxwriter
//! (feature `catalogue-xlsx-write`) ready to publish.

use std::io::Cursor;

use calamine::{DataRef, Reader, Xlsx};

use super::error::FileError;
use super::grid::Grid;

/// The most cells read from one sheet: a catalogue has some thousands; a file claiming millions
/// is refused rather than held in memory.
const MAX_CELLS: usize = 2_000_000;

/// An opened workbook, read a sheet at a time.
pub(crate) struct Workbook {
    book: Xlsx<Cursor<Vec<u8>>>,
}

/// Runs `f`, a call into calamine, turning a panic of its own into the file's error: its cell
/// references are summed without overflow checks, so a damaged reference (a run of letters as a
/// column) panics where overflow is checked. A damaged file is an error, never a panic.
fn guarded<T>(
    sheet: Option<&str>,
    f: impl FnOnce() -> Result<T, FileError>,
) -> Result<T, FileError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|_| {
        Err(FileError::FileUnreadable {
            sheet: sheet.map(str::to_owned),
            reason: "the workbook's XML is damaged".to_owned(),
        })
    })
}

impl Workbook {
    pub fn open(bytes: &[u8]) -> Result<Workbook, FileError> {
        guarded(None, || {
            let book =
                Xlsx::new(Cursor::new(bytes.to_vec())).map_err(|e| FileError::FileUnreadable {
                    sheet: None,
                    reason: e.to_string(),
                })?;
            Ok(Workbook { book })
        })
    }

    /// The sheets' names, visible ones first, each group in workbook order.
    pub fn sheet_names(&self) -> Vec<String> {
        let sheets = self.book.sheets_metadata();
        let visible = |s: &&calamine::Sheet| s.visible == calamine::SheetVisible::Visible;
        sheets
            .iter()
            .filter(visible)
            .chain(sheets.iter().filter(|s| !visible(s)))
            .filter(|s| s.typ == calamine::SheetType::WorkSheet)
            .map(|s| s.name.clone())
            .collect()
    }

    /// A sheet's cells as text, merged ranges filled with their top-left cell's text.
    pub fn grid(&mut self, name: &str) -> Result<Grid, FileError> {
        guarded(Some(name), || self.grid_unguarded(name))
    }

    fn grid_unguarded(&mut self, name: &str) -> Result<Grid, FileError> {
        let unreadable = |e: calamine::XlsxError| FileError::FileUnreadable {
            sheet: Some(name.to_owned()),
            reason: e.to_string(),
        };
        let is_1904 = self.book.has_1904_epoch();
        let mut grid = Grid {
            sheet: Some(name.to_owned()),
            rows: Vec::new(),
        };
        {
            let mut cells = self.book.worksheet_cells_reader(name).map_err(unreadable)?;
            let mut count = 0usize;
            while let Some(cell) = cells.next_cell().map_err(unreadable)? {
                let (row, column) = cell.get_position();
                let Some((text, error)) = text_of(cell.get_value(), is_1904) else {
                    continue;
                };
                count += 1;
                if count > MAX_CELLS {
                    return Err(FileError::FileUnreadable {
                        sheet: Some(name.to_owned()),
                        reason: format!("more than {MAX_CELLS} cells"),
                    });
                }
                grid.set(row as usize, column as usize, text, error);
            }
        }
        if let Some(merges) = self.book.worksheet_merge_cells(name) {
            for m in merges.map_err(unreadable)? {
                grid.merge(
                    (m.start.0 as usize, m.start.1 as usize),
                    (m.end.0 as usize, m.end.1 as usize),
                );
            }
        }
        Ok(grid)
    }
}

/// A cell as a spreadsheet shows it, trimmed; `None` when it shows nothing. A whole number is
/// written without `.0` (序号 stored as 1.0), a date as `2024-05-16`.
fn text_of(value: &DataRef<'_>, is_1904: bool) -> Option<(String, bool)> {
    let text = match value {
        DataRef::Empty => return None,
        DataRef::String(s) => s.trim().to_owned(),
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number(*f),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) if d.is_datetime() => {
            date(d.as_f64(), is_1904).unwrap_or_else(|| number(d.as_f64()))
        }
        DataRef::DateTime(d) => number(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => return Some((e.to_string(), true)),
    };
    (!text.is_empty()).then_some((text, false))
}

fn number(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// An Excel serial date as `YYYY-MM-DD` (with ` HH:MM` when it has a time), for serials from
/// 1900-03-01 to 9999-12-31.
fn date(serial: f64, is_1904: bool) -> Option<String> {
    let days = serial.floor();
    if !(61.0..2_958_466.0).contains(&days) {
        return None;
    }
    let epoch = if is_1904 {
        chrono::NaiveDate::from_ymd_opt(1904, 1, 1)?
    } else {
        chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?
    };
    let day = epoch.checked_add_days(chrono::Days::new(days as u64))?;
    let minutes = ((serial - days) * 24.0 * 60.0).round() as u32;
    Some(if minutes == 0 || minutes >= 24 * 60 {
        day.format("%Y-%m-%d").to_string()
    } else {
        format!(
            "{} {:02}:{:02}",
            day.format("%Y-%m-%d"),
            minutes / 60,
            minutes % 60
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_show_as_a_spreadsheet_shows_them() {
        assert_eq!(
            text_of(&DataRef::Float(3.0), false),
            Some(("3".into(), false))
        );
        assert_eq!(
            text_of(&DataRef::Float(2.5), false),
            Some(("2.5".into(), false))
        );
        assert_eq!(
            text_of(&DataRef::SharedString("  √ "), false),
            Some(("√".into(), false))
        );
        assert_eq!(text_of(&DataRef::String(" ".into()), false), None);
        assert_eq!(
            text_of(&DataRef::Error(calamine::CellErrorType::Ref), false),
            Some(("#REF!".into(), true))
        );
        assert_eq!(number(f64::NAN), "NaN");
        assert_eq!(number(1e20), "100000000000000000000");
    }

    #[test]
    fn dates_from_serials_in_either_epoch() {
        assert_eq!(date(45_428.0, false).as_deref(), Some("2024-05-16"));
        assert_eq!(date(45_428.5, false).as_deref(), Some("2024-05-16 12:00"));
        assert_eq!(date(43_966.0, true).as_deref(), Some("2024-05-16"));
        assert_eq!(date(f64::INFINITY, false), None);
        assert_eq!(date(-1.0, false), None);
        assert_eq!(date(1e300, false), None);
    }
}

#[cfg(feature = "catalogue-xlsx-write")]
pub use write::write_xlsx;

#[cfg(feature = "catalogue-xlsx-write")]
mod write {
    use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Workbook};

    use super::super::error::{CellRef, FileError};
    use super::super::published;
    use crate::model::catalog::CatalogEntry;

    /// The most characters an XLSX cell holds.
    const MAX_CELL: usize = 32_767;
    /// The most columns and rows a sheet has.
    const MAX_COLUMNS: usize = 16_384;
    const MAX_ROWS: usize = 1_048_576;

    /// The rows as an XLSX workbook ready to publish: the title across the table, bold
    /// headings on grey, frozen with the title so they stay in view, column widths for the
    /// text each holds, wrapped text with borders, equal 一级事项 cells of consecutive rows merged
    /// as portals print them, and A4 landscape printing one page wide with the headings on
    /// every page.
    ///
    /// # Errors
    /// [`FileError::CellTooLong`] for a cell longer than XLSX holds, naming it;
    /// [`FileError::Unwritable`] if the workbook cannot be assembled.
    ///
    /// # Example
    /// ```
    /// use gongkai::{CatalogueOptions, Domain, RuleSet};
    /// use gongkai::rules::catalogue::files::{FileFormat, read_catalogue, write_xlsx};
    /// let rows = RuleSet::national().baseline_for(&CatalogueOptions {
    ///     domains: vec![Domain::Housing],
    ///     level: None,
    /// });
    /// let bytes = write_xlsx("住房保障主动公开基本目录", &rows)?;
    /// let read = read_catalogue(&bytes, FileFormat::Xlsx)?;
    /// assert_eq!(read.catalogue.rows.len(), rows.len());
    /// assert_eq!(read.catalogue.rows[0].level2, rows[0].level2);
    /// # Ok::<(), gongkai::rules::catalogue::files::FileError>(())
    /// ```
    pub fn write_xlsx(title: &str, rows: &[CatalogEntry]) -> Result<Vec<u8>, FileError> {
        let table = published::table(rows);
        let failed = |e: rust_xlsxwriter::XlsxError| FileError::Unwritable {
            reason: e.to_string(),
        };
        let sheet_name = "目录";
        let at = |row: usize, column: usize| CellRef {
            sheet: Some(sheet_name.to_owned()),
            row: row + 1,
            column: column + 1,
            heading: table
                .headings
                .get(column)
                .map(|h| h.text.clone())
                .unwrap_or_default(),
        };
        let too_long = |text: &str, row: usize, column: usize| {
            let len = text.chars().count();
            if len > MAX_CELL {
                Err(FileError::CellTooLong {
                    at: at(row, column),
                    len,
                    max: MAX_CELL,
                })
            } else {
                Ok(())
            }
        };
        let title_format = Format::new()
            .set_bold()
            .set_font_size(16)
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter);
        let heading_format = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter)
            .set_border(FormatBorder::Thin)
            .set_background_color(0xD9D9D9);
        let cell_format = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_border(FormatBorder::Thin);
        let merged_format = cell_format.clone().set_align(FormatAlign::VerticalCenter);

        if table.headings.len() > MAX_COLUMNS || table.rows.len() + 2 > MAX_ROWS {
            return Err(FileError::Unwritable {
                reason: format!(
                    "{} columns and {} rows with the title and headings: a sheet has at most \
                     {MAX_COLUMNS} and {MAX_ROWS}",
                    table.headings.len(),
                    table.rows.len() + 2
                ),
            });
        }
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name).map_err(failed)?;
        let last_col = (table.headings.len().max(1) - 1) as u16;
        too_long(title, 0, 0)?;
        if last_col == 0 {
            sheet
                .write_string_with_format(0, 0, title, &title_format)
                .map_err(failed)?;
        } else {
            sheet
                .merge_range(0, 0, 0, last_col, title, &title_format)
                .map_err(failed)?;
        }
        sheet.set_row_height(0, 30).map_err(failed)?;
        for (c, h) in table.headings.iter().enumerate() {
            too_long(&h.text, 1, c)?;
            sheet
                .write_string_with_format(1, c as u16, &h.text, &heading_format)
                .map_err(failed)?;
            sheet.set_column_width(c as u16, h.width).map_err(failed)?;
        }
        let level1_col = table.headings.iter().position(|h| h.text == "一级事项");
        for (i, cells) in table.rows.iter().enumerate() {
            let row = (i + 2) as u32;
            for (c, text) in cells.iter().enumerate() {
                too_long(text, i + 2, c)?;
                if Some(c) == level1_col {
                    continue;
                }
                sheet
                    .write_string_with_format(row, c as u16, text, &cell_format)
                    .map_err(failed)?;
            }
        }
        // 一级事项: one merged cell over each run of rows that share it.
        if let Some(c) = level1_col {
            let mut start = 0;
            while start < table.rows.len() {
                let text = &table.rows[start][c];
                let mut end = start;
                while end + 1 < table.rows.len() && table.rows[end + 1][c] == *text {
                    end += 1;
                }
                let (first, last) = ((start + 2) as u32, (end + 2) as u32);
                if first == last || text.is_empty() {
                    for row in first..=last {
                        sheet
                            .write_string_with_format(row, c as u16, text, &cell_format)
                            .map_err(failed)?;
                    }
                } else {
                    sheet
                        .merge_range(first, c as u16, last, c as u16, text, &merged_format)
                        .map_err(failed)?;
                }
                start = end + 1;
            }
        }
        sheet.set_freeze_panes(2, 0).map_err(failed)?;
        sheet.set_repeat_rows(1, 1).map_err(failed)?;
        sheet.set_landscape();
        sheet.set_paper_size(9);
        sheet.set_print_fit_to_pages(1, 0);
        book.save_to_buffer().map_err(failed)
    }
}
