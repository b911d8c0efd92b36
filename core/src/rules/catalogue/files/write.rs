//! The baseline catalogue written for publishing.

use super::error::FileError;
use super::{csv, markdown};
use crate::model::catalog::Level;
use crate::rules::RuleSet;
use crate::rules::catalogue::CatalogueOptions;

/// A format the baseline catalogue is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WriteFormat {
    /// CSV, UTF-8 with a byte-order mark.
    Csv,
    /// Markdown: a table per domain.
    Markdown,
    /// An XLSX workbook ready to publish.
    #[cfg(feature = "catalogue-xlsx-write")]
    Xlsx,
}

impl WriteFormat {
    /// The format a file name's extension asks for (`.csv`, `.md`/`.markdown`, `.xlsx`; any
    /// case), or `None`.
    ///
    /// # Example
    /// ```
    /// use gongkai::rules::catalogue::files::WriteFormat;
    /// assert_eq!(WriteFormat::from_name("out/基本目录.MD"), Some(WriteFormat::Markdown));
    /// assert_eq!(WriteFormat::from_name("目录.docx"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<WriteFormat> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "csv" => Some(WriteFormat::Csv),
            "md" | "markdown" => Some(WriteFormat::Markdown),
            #[cfg(feature = "catalogue-xlsx-write")]
            "xlsx" => Some(WriteFormat::Xlsx),
            _ => None,
        }
    }
}

/// The title of the baseline catalogue for the options: `公共资源配置领域主动公开基本目录（政府采购、
/// 住房保障；县级）`.
pub fn baseline_title(options: &CatalogueOptions) -> String {
    let domains: Vec<&str> = options.domains.iter().map(|d| d.name_zh()).collect();
    let mut scope = domains.join("、");
    if let Some(level) = options.level {
        let level = match level {
            Level::Township => "乡级",
            other => other.name_zh(),
        };
        scope.push('；');
        scope.push_str(level);
    }
    format!("公共资源配置领域主动公开基本目录（{scope}）")
}

/// The baseline catalogue for the options ([`RuleSet::baseline_for`]) as a file to publish.
///
/// # Errors
/// Only for XLSX: [`FileError::CellTooLong`] or [`FileError::Unwritable`].
///
/// # Example
/// ```
/// use gongkai::{CatalogueOptions, Domain, Level, RuleSet};
/// use gongkai::rules::catalogue::files::{FileFormat, WriteFormat, read_catalogue, write_baseline};
/// let options = CatalogueOptions { domains: vec![Domain::LandUseRights], level: Some(Level::County) };
/// let rules = RuleSet::national();
/// let csv = write_baseline(&rules, &options, WriteFormat::Csv)?;
/// assert!(csv.starts_with(b"\xEF\xBB\xBF\xE5\xBA\x8F\xE5\x8F\xB7")); // BOM, 序号
/// let read = read_catalogue(&csv, FileFormat::Csv)?;
/// assert_eq!(read.catalogue.rows.len(), rules.baseline_for(&options).len());
/// # Ok::<(), gongkai::rules::catalogue::files::FileError>(())
/// ```
pub fn write_baseline(
    rules: &RuleSet,
    options: &CatalogueOptions,
    format: WriteFormat,
) -> Result<Vec<u8>, FileError> {
    let rows = rules.baseline_for(options);
    Ok(match format {
        WriteFormat::Csv => csv::write_csv(&rows),
        WriteFormat::Markdown => {
            markdown::write_markdown(&baseline_title(options), &rows).into_bytes()
        }
        #[cfg(feature = "catalogue-xlsx-write")]
        WriteFormat::Xlsx => super::xlsx::write_xlsx(&baseline_title(options), &rows)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Domain;

    #[test]
    fn the_title_names_the_domains_and_level() {
        let o = CatalogueOptions {
            domains: vec![Domain::Housing],
            level: Some(Level::Township),
        };
        assert_eq!(
            baseline_title(&o),
            "公共资源配置领域主动公开基本目录（住房保障；乡级）"
        );
        let o = CatalogueOptions {
            domains: vec![Domain::MiningRights, Domain::LandUseRights],
            level: None,
        };
        assert_eq!(
            baseline_title(&o),
            "公共资源配置领域主动公开基本目录（矿业权出让、国有土地使用权出让）"
        );
    }
}
