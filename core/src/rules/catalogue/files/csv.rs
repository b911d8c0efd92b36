//! CSV as spreadsheets save it: UTF-8 with or without a byte-order mark, GB18030/GBK (what
//! Chinese Excel writes for "CSV (逗号分隔)"), UTF-16 with its mark, commas or tabs.

use std::borrow::Cow;

use super::error::FileError;
use super::grid::Grid;
use super::published;
use crate::model::catalog::CatalogEntry;

/// Decodes a CSV file's bytes: by its byte-order mark, else as UTF-8, else as GB18030 (which
/// includes GBK).
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, FileError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest)
            .map(Cow::Borrowed)
            .map_err(|e| not_text(rest, e.valid_up_to()));
    }
    for (bom, encoding) in [
        (&b"\xFF\xFE"[..], encoding_rs::UTF_16LE),
        (&b"\xFE\xFF"[..], encoding_rs::UTF_16BE),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return encoding
                .decode_without_bom_handling_and_without_replacement(rest)
                .map(|t| Cow::Owned(t.into_owned()))
                .ok_or(FileError::EncodingUnknown { row: 1 });
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(e) => {
            match encoding_rs::GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
                Some(text) => Ok(Cow::Owned(text.into_owned())),
                // The row named is where the encoding that read further stopped: a GBK file with one
                // bad byte is named at that byte, not at its first Chinese character.
                None => Err(not_text(
                    bytes,
                    e.valid_up_to().max(gb18030_valid_up_to(bytes)),
                )),
            }
        }
    }
}

/// How many bytes from the start are valid GB18030.
fn gb18030_valid_up_to(bytes: &[u8]) -> usize {
    let mut decoder = encoding_rs::GB18030.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len() * 3),
    );
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            read.saturating_sub(usize::from(bad) + usize::from(after))
        }
        _ => read,
    }
}

fn not_text(bytes: &[u8], valid_up_to: usize) -> FileError {
    let row = bytes[..valid_up_to.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1;
    FileError::EncodingUnknown { row }
}

/// Commas, unless tabs outnumber them outside quotes in the first lines (Excel's "Unicode
/// text" and `.tsv`).
fn delimiter(text: &str) -> u8 {
    let (mut commas, mut tabs, mut quoted) = (0usize, 0usize, false);
    for c in text.chars().take(64 * 1024) {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            '\t' if !quoted => tabs += 1,
            _ => {}
        }
    }
    if tabs > commas { b'\t' } else { b',' }
}

/// Reads a CSV file into a grid: one row per record (a quoted cell's line breaks stay in it),
/// cells trimmed.
pub(crate) fn read(bytes: &[u8]) -> Result<Grid, FileError> {
    let text = decode(bytes)?;
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(&text))
        .from_reader(text.as_bytes());
    let mut grid = Grid::default();
    let mut record = ::csv::StringRecord::new();
    let mut row = 0usize;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                return Err(FileError::FileUnreadable {
                    sheet: None,
                    reason: format!("row {}: {e}", row + 1),
                });
            }
        }
        for (column, field) in record.iter().enumerate() {
            grid.set(row, column, field.trim().to_owned(), false);
        }
        row += 1;
    }
    Ok(grid)
}

/// The rows as CSV in the published column layout, UTF-8 with a byte-order mark (without it,
/// Excel reads UTF-8 as the system's code page and shows mojibake), CRLF line ends.
pub fn write_csv(rows: &[CatalogEntry]) -> Vec<u8> {
    let table = published::table(rows);
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        // Writing into a Vec cannot fail: every error the writer has is the sink's.
        let _ = w.write_record(table.headings.iter().map(|h| h.text.as_str()));
        for row in &table.rows {
            let _ = w.write_record(row);
        }
        let _ = w.flush();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_by_mark_then_utf8_then_gb18030() {
        assert_eq!(decode("\u{feff}序号".as_bytes()).unwrap(), "序号");
        assert_eq!(decode("序号".as_bytes()).unwrap(), "序号");
        let (gbk, _, _) = encoding_rs::GBK.encode("公开时限,公开主体");
        assert!(std::str::from_utf8(&gbk).is_err());
        assert_eq!(decode(&gbk).unwrap(), "公开时限,公开主体");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "公开\t时限".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16).unwrap(), "公开\t时限");
        // Neither: a lone 0x80 in GB18030 is invalid as well.
        let e = decode(b"a,b\nc,\x80\xFF\xFF\n").unwrap_err();
        assert_eq!(e, FileError::EncodingUnknown { row: 2 });
        let e = decode(b"\xEF\xBB\xBFa\n\xFF").unwrap_err();
        assert_eq!(e, FileError::EncodingUnknown { row: 2 });
    }

    #[test]
    fn tabs_when_they_outnumber_commas_outside_quotes() {
        assert_eq!(delimiter("a\tb\t\"c,d,e\"\n"), b'\t');
        assert_eq!(delimiter("a,b,\"c\td\"\n"), b',');
    }
}
