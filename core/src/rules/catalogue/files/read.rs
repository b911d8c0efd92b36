//! Reading a catalogue file: which format it is, which sheet holds the catalogue, and the
//! catalogue with where each row came from.

use super::error::{FileError, Foreign};
use super::grid::Grid;
use super::headings::{self, Layout};
use super::table::{self, Note};
use super::{csv, xlsx};
use crate::model::catalog::Catalogue;

/// A catalogue file's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum FileFormat {
    /// Comma- or tab-separated text, UTF-8 or GB18030.
    Csv,
    /// An Office Open XML workbook (Excel 2007 and later, WPS).
    Xlsx,
}

impl FileFormat {
    /// The format of a file by its content, else by its name's extension (`.csv`, `.tsv`,
    /// `.txt`, `.xlsx`, `.xlsm`, any case).
    ///
    /// # Errors
    /// [`FileError::FormatUnknown`] for another kind of file, saying what it is when that is
    /// known (an XLS workbook, a PDF).
    ///
    /// # Example
    /// ```
    /// use gongkai::rules::catalogue::files::FileFormat;
    /// assert_eq!(FileFormat::detect("目录.CSV", b"a,b"), Ok(FileFormat::Csv));
    /// assert_eq!(FileFormat::detect("目录.csv", b"PK\x03\x04..."), Ok(FileFormat::Xlsx));
    /// let e = FileFormat::detect("目录.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1").unwrap_err();
    /// assert_eq!(e.code(), "catalogue.format_unknown");
    /// ```
    pub fn detect(name: &str, bytes: &[u8]) -> Result<FileFormat, FileError> {
        let unknown = |found: Foreign| FileError::FormatUnknown {
            name: name.to_owned(),
            found,
        };
        if bytes.starts_with(b"PK\x03\x04") {
            return Ok(FileFormat::Xlsx);
        }
        if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
            return Err(unknown(Foreign::Xls));
        }
        if bytes.starts_with(b"%PDF") {
            return Err(unknown(Foreign::Pdf));
        }
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "csv" | "tsv" | "txt" => Ok(FileFormat::Csv),
            "xlsx" | "xlsm" => Err(FileError::FileUnreadable {
                sheet: None,
                reason: "the file is named XLSX but is not a zip archive".to_owned(),
            }),
            "" => Err(unknown(Foreign::NoExtension)),
            other => Err(unknown(Foreign::Extension(other.to_owned()))),
        }
    }
}

/// A catalogue read from a file, with where each row came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueFile {
    /// The catalogue: its rows, and its header from lines that state a column once
    /// (`监督渠道：…` above or below the table).
    pub catalogue: Catalogue,
    /// The sheet read (XLSX); `None` for CSV.
    pub sheet: Option<String>,
    /// The 1-based row of the file each catalogue row was read from, in order.
    pub source_rows: Vec<usize>,
    /// The 1-based rows holding the headings (one, or two when 公开对象, 公开方式 or 公开层级
    /// span sub-columns).
    pub heading_rows: std::ops::RangeInclusive<usize>,
    /// The columns' headings as printed, in order (`公开对象(全社会)` for a sub-column).
    pub headings: Vec<String>,
    /// Rows below the headings with no text, skipped.
    pub blank_rows: usize,
    /// Lines that are not catalogue rows: the title above the headings, a section line with
    /// only an 一级事项 (which the rows below it take), a note across the table.
    pub notes: Vec<Note>,
}

/// Reads a catalogue as governments publish it.
///
/// The headings are looked for in the first rows ([`FileError::HeadingsNotFound`] otherwise),
/// under a title if there is one, in one row or two (公开对象 over 全社会|特定群体, 公开方式 over
/// 主动|依申请, 公开层级 over 县级|乡级, each sub-column ticked √ ✓ ● ○ 是). Headings are matched by
/// their usual names and variants (公开事项/事项名称, 公开主体/责任主体/公开部门, 公开渠道/公开载体,
/// 监督渠道/监督方式…, legends in brackets ignored). Merged cells give every cell they cover their
/// text; an 一级事项 or 二级事项 left blank takes the row above's. Columns that are no field (序号,
/// 备注, 责任股室) are kept in each row's `extra` under their heading. An XLSX file is read from
/// its first sheet that has headings, visible sheets first.
///
/// # Errors
/// [`FileError`], naming the sheet, row and column where it applies.
///
/// # Example
/// ```
/// use gongkai::Audience;
/// use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
/// let csv = "XX县公共资源配置领域主动公开目录\n\
///     序号,公开事项,,公开内容（要素）,公开时限,公开对象,,备注\n\
///     ,一级事项,二级事项,,,全社会,特定群体,\n\
///     1,政府采购,采购意向,采购项目名称、采购需求概况,采购活动开始前30日,√,,\n\
///     2,,中标（成交）结果公告,中标供应商名称,2个工作日内,√,,见省平台\n";
/// let read = read_catalogue(csv.as_bytes(), FileFormat::Csv)?;
/// let rows = &read.catalogue.rows;
/// assert_eq!(rows[1].level1, "政府采购"); // carried down
/// assert_eq!(rows[1].audience, Some(Audience::Public));
/// assert_eq!(rows[1].extra["备注"], "见省平台");
/// assert_eq!(read.source_rows, [4, 5]);
/// # Ok::<(), gongkai::rules::catalogue::files::FileError>(())
/// ```
pub fn read_catalogue(bytes: &[u8], format: FileFormat) -> Result<CatalogueFile, FileError> {
    let (grid, layout) = match format {
        FileFormat::Csv => {
            let grid = csv::read(bytes)?;
            if grid.is_empty() {
                return Err(FileError::Empty { sheet: None });
            }
            let layout = headings::find(&grid)?;
            (grid, layout)
        }
        FileFormat::Xlsx => xlsx_sheet(bytes)?,
    };
    let sheet = grid.sheet.clone();
    let read = table::read(grid, &layout)?;
    Ok(CatalogueFile {
        catalogue: read.catalogue,
        sheet,
        source_rows: read.source_rows,
        heading_rows: layout.heading_rows.start() + 1..=layout.heading_rows.end() + 1,
        headings: layout.columns.iter().map(|(_, h)| h.clone()).collect(),
        blank_rows: read.blank_rows,
        notes: read.notes,
    })
}

/// The first sheet with headings; else the error of the first sheet with text.
fn xlsx_sheet(bytes: &[u8]) -> Result<(Grid, Layout), FileError> {
    let mut book = xlsx::Workbook::open(bytes)?;
    let names = book.sheet_names();
    let mut first_error = None;
    for name in &names {
        let grid = book.grid(name)?;
        if grid.is_empty() {
            continue;
        }
        match headings::find(&grid) {
            Ok(layout) => return Ok((grid, layout)),
            Err(e) => {
                first_error.get_or_insert(e);
            }
        }
    }
    Err(first_error.unwrap_or(FileError::Empty {
        sheet: names.first().cloned(),
    }))
}
