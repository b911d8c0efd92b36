//! Why a catalogue file could not be read or written, with the place in it.

use std::fmt;

use crate::Lang;

/// A cell of a catalogue file: the sheet (XLSX), the 1-based row as a spreadsheet numbers it, and
/// the 1-based column with its heading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellRef {
    /// The sheet's name; `None` in a CSV file.
    pub sheet: Option<String>,
    /// The row, counted from 1 as a spreadsheet shows it (a CSV cell with line breaks inside
    /// stays in one row).
    pub row: usize,
    /// The column, counted from 1 (`A` is 1).
    pub column: usize,
    /// The column's heading as printed (`公开时限`, `公开对象(全社会)`); empty above the headings.
    pub heading: String,
}

impl CellRef {
    /// The column as a spreadsheet letters it: `A`, `Z`, `AA`.
    ///
    /// # Example
    /// ```
    /// use gongkai::rules::catalogue::files::CellRef;
    /// let at = CellRef { column: 28, ..CellRef::default() };
    /// assert_eq!(at.column_letter(), "AB");
    /// ```
    pub fn column_letter(&self) -> String {
        column_letter(self.column)
    }

    fn describe(&self, lang: Lang) -> String {
        let column = self.column_letter();
        let zh = lang == Lang::ZhCn;
        let mut s = String::new();
        if let Some(sheet) = &self.sheet {
            if zh {
                s.push_str(&format!("工作表“{sheet}”"));
            } else {
                s.push_str(&format!("sheet {sheet:?}, "));
            }
        }
        if zh {
            s.push_str(&format!("第 {} 行 {column} 列", self.row));
            if !self.heading.is_empty() {
                s.push_str(&format!("（{}）", self.heading));
            }
        } else {
            s.push_str(&format!("row {}, column {column}", self.row));
            if !self.heading.is_empty() {
                s.push_str(&format!(" ({})", self.heading));
            }
        }
        s
    }
}

impl fmt::Display for CellRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// `1` → `A`, `27` → `AA` (0 gives `?`: no column).
pub(crate) fn column_letter(mut n: usize) -> String {
    if n == 0 {
        return "?".to_owned();
    }
    let mut out = Vec::new();
    while n > 0 {
        let d = (n - 1) % 26;
        out.push(char::from(b'A' + d as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// Why a cell's text could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CellProblem {
    /// A spreadsheet error value (`#REF!`, `#N/A`): the formula behind it failed.
    ErrorValue,
    /// A tick column (公开对象 全社会|特定群体, 公开方式 主动|依申请, 公开层级 县级|乡级) holds
    /// something that is neither a mark (√ ✓ ● ○ 是) nor an empty or crossed cell (× 否 /).
    NotATick,
    /// A 公开对象 or 公开方式 column in words holds neither of its choices.
    NotAChoice,
}

impl CellProblem {
    fn message(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (CellProblem::ErrorValue, Lang::ZhCn) => "单元格为错误值（公式出错）",
            (CellProblem::ErrorValue, Lang::En) => "the cell is an error value (a formula failed)",
            (CellProblem::NotATick, Lang::ZhCn) => {
                "勾选栏只能填勾选符号（√ ✓ ● ○ 是）或留空（× 否 /）"
            }
            (CellProblem::NotATick, Lang::En) => {
                "a tick column holds a mark (√ ✓ ● ○ 是) or nothing (× 否 /)"
            }
            (CellProblem::NotAChoice, Lang::ZhCn) => {
                "应填“全社会”“特定群体”或“主动公开”“依申请公开”"
            }
            (CellProblem::NotAChoice, Lang::En) => {
                "it must say 全社会 or 特定群体 (audience), 主动 or 依申请 (mode)"
            }
        }
    }
}

/// What a file that is no catalogue file is, as far as its name and first bytes tell.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Foreign {
    /// An XLS (Excel 97-2003) workbook, or an encrypted workbook (both are OLE files).
    Xls,
    /// A PDF document.
    Pdf,
    /// A name without an extension, and content that is no workbook.
    NoExtension,
    /// Another extension (`docx`, lower case).
    Extension(String),
}

impl Foreign {
    fn describe(&self, lang: Lang) -> String {
        match (self, lang) {
            (Foreign::Xls, Lang::ZhCn) => "XLS（Excel 97-2003）工作簿或加密的工作簿".to_owned(),
            (Foreign::Xls, Lang::En) => {
                "an XLS (Excel 97-2003) workbook, or an encrypted one".to_owned()
            }
            (Foreign::Pdf, Lang::ZhCn) => "PDF 文档".to_owned(),
            (Foreign::Pdf, Lang::En) => "a PDF document".to_owned(),
            (Foreign::NoExtension, Lang::ZhCn) => "没有扩展名，也不是工作簿".to_owned(),
            (Foreign::NoExtension, Lang::En) => "no extension, and not a workbook".to_owned(),
            (Foreign::Extension(e), Lang::ZhCn) => format!("扩展名 .{e}"),
            (Foreign::Extension(e), Lang::En) => format!("extension .{e}"),
        }
    }
}

/// Why a catalogue file could not be read or written.
///
/// Every variant has a stable [`code`](FileError::code) and a message in zh-CN and en naming
/// the sheet, row and column where one applies. It is not an [`Error`](crate::Error): the C and
/// WASM surfaces take catalogues as JSON, and their statuses map [`crate::error::CODES`] one to
/// one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FileError {
    /// The file is neither CSV nor XLSX by its name and content (`.xls`, `.docx`, `.pdf`).
    #[error(
        "{name:?} is not a CSV or XLSX file ({}): save the catalogue as XLSX or CSV",
        found.describe(Lang::En)
    )]
    FormatUnknown {
        /// The file name given.
        name: String,
        /// What it is, as far as can be told.
        found: Foreign,
    },
    /// The file cannot be opened as its format: a damaged or encrypted workbook, an XLSX that is
    /// not a zip archive.
    #[error("{}cannot read the file: {reason}", sheet_prefix(sheet))]
    FileUnreadable {
        /// The sheet being read, when the damage is inside one.
        sheet: Option<String>,
        /// What the reader said.
        reason: String,
    },
    /// A CSV file is neither UTF-8 (or UTF-16 with its byte-order mark) nor GB18030/GBK.
    #[error(
        "row {row}: the text is neither UTF-8 nor GB18030 (GBK): save the CSV as \"CSV UTF-8\""
    )]
    EncodingUnknown {
        /// The 1-based line of the first byte that is not UTF-8.
        row: usize,
    },
    /// The file has no cell with text: an empty CSV, or a workbook whose sheets are empty.
    #[error("{}the file has no text in any cell", sheet_prefix(sheet))]
    Empty {
        /// The sheet read (the first), for a workbook.
        sheet: Option<String>,
    },
    /// No row near the top has a catalogue's headings (二级事项 or 公开事项, 公开内容, 公开时限…):
    /// the file is not a 主动公开目录清单, or its headings are named unlike any catalogue's.
    #[error(
        "{}no row among the first {rows_searched} has a catalogue's headings (公开事项 or 二级事项, \
         公开内容, 公开依据, 公开时限, 公开主体, 公开渠道…){}",
        sheet_prefix(sheet),
        if found.is_empty() { String::new() } else { format!("; found only {}", found.join(", ")) }
    )]
    HeadingsNotFound {
        /// The sheet searched (the first, when no sheet has them), for a workbook.
        sheet: Option<String>,
        /// How many rows from the top were searched.
        rows_searched: usize,
        /// The catalogue headings that were found, too few to make a heading row.
        found: Vec<String>,
    },
    /// A cell whose text cannot be taken as its column says.
    #[error("{at}: {text:?}: {}", problem.message(Lang::En))]
    CellUnreadable {
        /// Where.
        at: CellRef,
        /// The cell as shown.
        text: String,
        /// Why.
        problem: CellProblem,
    },
    /// A cell of a catalogue being written is longer than a spreadsheet cell holds (32,767
    /// characters in XLSX).
    #[error("{at}: {len} characters, more than the {max} an XLSX cell holds")]
    CellTooLong {
        /// Where it would be written.
        at: CellRef,
        /// Its length in characters.
        len: usize,
        /// The most a cell holds.
        max: usize,
    },
    /// The workbook could not be written.
    #[error("cannot write the workbook: {reason}")]
    Unwritable {
        /// What the writer said.
        reason: String,
    },
}

fn sheet_prefix(sheet: &Option<String>) -> String {
    sheet
        .as_ref()
        .map(|s| format!("sheet {s:?}: "))
        .unwrap_or_default()
}

fn sheet_prefix_zh(sheet: &Option<String>) -> String {
    sheet
        .as_ref()
        .map(|s| format!("工作表“{s}”："))
        .unwrap_or_default()
}

/// Every stable code a [`FileError`] can have ([`FileError::code`]); a code is never removed or
/// given another meaning.
pub const FILE_CODES: &[&str] = &[
    "catalogue.format_unknown",
    "catalogue.file_unreadable",
    "catalogue.encoding_unknown",
    "catalogue.file_empty",
    "catalogue.headings_not_found",
    "catalogue.cell_unreadable",
    "catalogue.cell_too_long",
    "catalogue.file_unwritable",
];

impl FileError {
    /// The stable code of this error.
    ///
    /// # Example
    /// ```
    /// use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
    /// let err = read_catalogue(b"", FileFormat::Csv).unwrap_err();
    /// assert_eq!(err.code(), "catalogue.file_empty");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            FileError::FormatUnknown { .. } => "catalogue.format_unknown",
            FileError::FileUnreadable { .. } => "catalogue.file_unreadable",
            FileError::EncodingUnknown { .. } => "catalogue.encoding_unknown",
            FileError::Empty { .. } => "catalogue.file_empty",
            FileError::HeadingsNotFound { .. } => "catalogue.headings_not_found",
            FileError::CellUnreadable { .. } => "catalogue.cell_unreadable",
            FileError::CellTooLong { .. } => "catalogue.cell_too_long",
            FileError::Unwritable { .. } => "catalogue.file_unwritable",
        }
    }

    /// The cell the error is about, when it is about one.
    pub fn cell(&self) -> Option<&CellRef> {
        match self {
            FileError::CellUnreadable { at, .. } | FileError::CellTooLong { at, .. } => Some(at),
            _ => None,
        }
    }

    /// The message in the requested language.
    ///
    /// # Example
    /// ```
    /// use gongkai::Lang;
    /// use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
    /// let err = read_catalogue("标题\n甲,乙\n".as_bytes(), FileFormat::Csv).unwrap_err();
    /// assert!(err.message(Lang::ZhCn).starts_with("前 2 行中没有目录的表头"));
    /// ```
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            FileError::FormatUnknown { name, found } => {
                format!(
                    "“{name}”不是 CSV 或 XLSX 文件（{}）：请将目录另存为 XLSX 或 CSV",
                    found.describe(Lang::ZhCn)
                )
            }
            FileError::FileUnreadable { sheet, reason } => {
                format!("{}无法读取文件：{reason}", sheet_prefix_zh(sheet))
            }
            FileError::EncodingUnknown { row } => format!(
                "第 {row} 行：文本既不是 UTF-8 也不是 GB18030（GBK）编码：请另存为“CSV UTF-8”"
            ),
            FileError::Empty { sheet } => {
                format!("{}文件中没有任何有文字的单元格", sheet_prefix_zh(sheet))
            }
            FileError::HeadingsNotFound {
                sheet,
                rows_searched,
                found,
            } => {
                let found = if found.is_empty() {
                    String::new()
                } else {
                    format!("；只找到{}", found.join("、"))
                };
                format!(
                    "{}前 {rows_searched} 行中没有目录的表头（公开事项或二级事项、公开内容、公开依据、\
                     公开时限、公开主体、公开渠道等）{found}",
                    sheet_prefix_zh(sheet)
                )
            }
            FileError::CellUnreadable { at, text, problem } => format!(
                "{}：{text:?}：{}",
                at.describe(Lang::ZhCn),
                problem.message(Lang::ZhCn)
            ),
            FileError::CellTooLong { at, len, max } => format!(
                "{}：{len} 个字符，超过 XLSX 单元格最多可容纳的 {max} 个",
                at.describe(Lang::ZhCn)
            ),
            FileError::Unwritable { reason } => format!("无法写出工作簿：{reason}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_of_each() -> Vec<FileError> {
        let at = CellRef {
            sheet: Some("目录".into()),
            row: 12,
            column: 6,
            heading: "公开时限".into(),
        };
        vec![
            FileError::FormatUnknown {
                name: "a.xls".into(),
                found: Foreign::Xls,
            },
            FileError::FileUnreadable {
                sheet: None,
                reason: "r".into(),
            },
            FileError::EncodingUnknown { row: 3 },
            FileError::Empty { sheet: None },
            FileError::HeadingsNotFound {
                sheet: Some("Sheet1".into()),
                rows_searched: 30,
                found: vec!["公开时限".into()],
            },
            FileError::CellUnreadable {
                at: at.clone(),
                text: "#REF!".into(),
                problem: CellProblem::ErrorValue,
            },
            FileError::CellTooLong {
                at,
                len: 40_000,
                max: 32_767,
            },
            FileError::Unwritable { reason: "r".into() },
        ]
    }

    #[test]
    fn codes_are_listed_once_each_and_messages_are_in_both_languages() {
        let errors = one_of_each();
        let codes: Vec<&str> = errors.iter().map(FileError::code).collect();
        assert_eq!(codes, FILE_CODES);
        for e in errors {
            let (zh, en) = (e.message(Lang::ZhCn), e.message(Lang::En));
            assert_ne!(zh, en);
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        }
    }

    #[test]
    fn a_cell_is_named_by_sheet_row_column_and_heading() {
        let at = CellRef {
            sheet: Some("目录".into()),
            row: 12,
            column: 6,
            heading: "公开时限".into(),
        };
        assert_eq!(
            at.to_string(),
            "sheet \"目录\", row 12, column F (公开时限)"
        );
        assert_eq!(
            at.describe(Lang::ZhCn),
            "工作表“目录”第 12 行 F 列（公开时限）"
        );
        assert_eq!(column_letter(1), "A");
        assert_eq!(column_letter(26), "Z");
        assert_eq!(column_letter(27), "AA");
        assert_eq!(column_letter(702), "ZZ");
        assert_eq!(column_letter(703), "AAA");
    }
}
