//! 主动公开目录清单 (proactive-disclosure catalogue) files as governments publish them (feature
//! `catalogue-files`): reading CSV and XLSX into a [`Catalogue`](crate::Catalogue), and writing
//! the baseline catalogue as CSV, Markdown and (feature `catalogue-xlsx-write`) XLSX.
//!
//! - [`read_catalogue`]: bytes and a [`FileFormat`] ([`FileFormat::detect`] tells it from the
//!   name and content) to a [`CatalogueFile`]: the catalogue, and the sheet and row each catalogue
//!   row came from. What cannot be read is a [`FileError`] with a stable code naming the sheet,
//!   row and column.
//! - [`write_baseline`]: the baseline for chosen domains and level as a file, in the published
//!   column layout (序号, 一级事项, 二级事项, 公开内容（要素）, 公开依据, 公开时限, 公开主体,
//!   公开渠道和载体, 公开对象, 公开方式, 监督渠道); [`write_csv`], [`write_markdown`] and
//!   `write_xlsx` for any rows. Reading what is written gives the same rows back.
//!
//! Like the rest of the library this does no I/O: bytes in, bytes out.

mod csv;
mod error;
mod grid;
mod headings;
mod markdown;
mod published;
mod read;
mod table;
mod write;
mod xlsx;

pub use csv::write_csv;
pub use error::{CellProblem, CellRef, FILE_CODES, FileError, Foreign};
pub use markdown::write_markdown;
pub use read::{CatalogueFile, FileFormat, read_catalogue};
pub use table::Note;
pub use write::{WriteFormat, baseline_title, write_baseline};
#[cfg(feature = "catalogue-xlsx-write")]
pub use xlsx::write_xlsx;
