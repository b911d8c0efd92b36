//! Arguments crossing from C: pointers, (pointer, length) text, yyyymmdd dates, encodings.

use std::borrow::Cow;
use std::ffi::c_char;

use chrono::{Datelike, NaiveDate};
use encoding_rs::Encoding;

use crate::error::Failure;
use crate::status::gongkai_status;

/// The bytes of a (pointer, length) argument. NULL is refused whatever the length (building a
/// slice from NULL is undefined behaviour even when empty); a length above `isize::MAX` cannot
/// be a real buffer.
///
/// # Safety
/// When `ptr` is not NULL it must point to `len` readable bytes that stay unchanged for `'a`.
pub(crate) unsafe fn bytes<'a>(
    name: &str,
    ptr: *const c_char,
    len: usize,
) -> Result<&'a [u8], Failure> {
    if ptr.is_null() {
        return Err(Failure::null(name));
    }
    if isize::try_from(len).is_err() {
        return Err(Failure::new(
            gongkai_status::InvalidArgument,
            format!("参数 {name} 的长度 {len} 过大"),
            format!("length {len} of {name} is too large"),
        ));
    }
    // SAFETY: `ptr` is not NULL, `len` fits in `isize`, and the caller promises `len` readable
    // bytes that do not change while borrowed (the function's documented contract).
    Ok(unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), len) })
}

/// A handle argument as a shared reference.
///
/// # Safety
/// When `ptr` is not NULL it must come from the matching `_new`/`_load` function and not yet
/// have been freed.
pub(crate) unsafe fn handle<'a, T>(name: &str, ptr: *const T) -> Result<&'a T, Failure> {
    // SAFETY: the caller promises a live handle when not NULL; `as_ref` checks for NULL.
    unsafe { ptr.as_ref() }.ok_or_else(|| Failure::null(name))
}

/// An output argument, checked before any work so that a NULL fails fast; written only on
/// success, through [`Out::write`].
pub(crate) struct Out<T>(*mut T);

impl<T> Out<T> {
    /// Checks that an output pointer is not NULL.
    pub(crate) fn new(name: &str, ptr: *mut T) -> Result<Out<T>, Failure> {
        if ptr.is_null() {
            Err(Failure::null(name))
        } else {
            Ok(Out(ptr))
        }
    }

    /// Writes the result.
    ///
    /// # Safety
    /// The pointer given to [`Out::new`] must be valid for a write of a properly aligned `T`.
    pub(crate) unsafe fn write(self, value: T) {
        // SAFETY: not NULL (checked in `new`); the caller promises a writable, aligned `T`.
        // `write` does not drop the old value, which C code may have left uninitialised.
        unsafe { self.0.write(value) }
    }
}

/// Text that must be UTF-8.
pub(crate) fn utf8<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, Failure> {
    // encoding_rs validates Chinese text several times faster than `std::str::from_utf8`
    // (its loops handle runs of three-byte sequences), which shows in the cost of a call; the
    // standard library is consulted only to say where invalid input goes wrong.
    if let Some(Cow::Borrowed(text)) =
        encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(bytes)
    {
        return Ok(text);
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Failure::new(
            gongkai_status::InvalidUtf8,
            format!("参数 {name} 不是有效的 UTF-8（第 {at} 字节起）"),
            format!("{name} is not valid UTF-8 (from byte {at})"),
        )
    })
}

/// How an engine's text input is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TextEncoding {
    /// UTF-8 (the default).
    Utf8,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
}

impl TextEncoding {
    /// The encoding a configuration's `"encoding"` label names: any WHATWG label of UTF-8,
    /// GBK or GB18030 (`utf-8`, `gb18030`, `gbk`, `gb2312`, ...), case-insensitive.
    pub(crate) fn from_label(label: &str) -> Result<TextEncoding, Failure> {
        match Encoding::for_label(label.as_bytes()) {
            Some(e) if e == encoding_rs::UTF_8 => Ok(TextEncoding::Utf8),
            // The WHATWG GBK decoder is the GB18030 decoder.
            Some(e) if e == encoding_rs::GB18030 || e == encoding_rs::GBK => {
                Ok(TextEncoding::Gb18030)
            }
            _ => Err(Failure::new(
                gongkai_status::UnsupportedEncoding,
                format!("不支持的编码 {label:?}（仅支持 UTF-8、GB18030、GBK）"),
                format!("unsupported encoding {label:?} (UTF-8, GB18030 or GBK only)"),
            )),
        }
    }

    /// Decodes text input; invalid bytes are refused, never replaced, and the error gives the
    /// offset of the first in the caller's bytes.
    pub(crate) fn decode<'a>(self, name: &str, bytes: &'a [u8]) -> Result<Cow<'a, str>, Failure> {
        match self {
            TextEncoding::Utf8 => utf8(name, bytes).map(Cow::Borrowed),
            TextEncoding::Gb18030 => encoding_rs::GB18030
                .decode_without_bom_handling_and_without_replacement(bytes)
                .ok_or_else(|| {
                    let at = gb18030_error_offset(bytes);
                    Failure::new(
                        gongkai_status::InvalidEncoding,
                        format!("参数 {name} 含有无效的 GB18030 字节（第 {at} 字节起）"),
                        format!("{name} has bytes that are not valid GB18030 (from byte {at})"),
                    )
                }),
        }
    }
}

impl TextEncoding {
    /// A core error about `text`, decoded from the caller's bytes, placed in those bytes: the
    /// column of a JSON error counts the caller's GB18030 bytes, not those of the decoded UTF-8
    /// (a Chinese character is two bytes in one and three in the other). Lines are the same in
    /// both.
    pub(crate) fn place(self, text: &str, error: gongkai_core::Error) -> gongkai_core::Error {
        let gongkai_core::Error::Parse {
            path,
            message,
            line,
            column,
        } = error
        else {
            return error;
        };
        if self == TextEncoding::Utf8 || line == 0 {
            return gongkai_core::Error::invalid_json_at(path, message, line, column);
        }
        let start = if line == 1 {
            0
        } else {
            text.match_indices('\n')
                .nth(line - 2)
                .map_or(text.len(), |(i, _)| i + 1)
        };
        let mut end = start.saturating_add(column).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let (bytes, _, _) = encoding_rs::GB18030.encode(&text[start..end]);
        gongkai_core::Error::invalid_json_at(path, message, line, bytes.len())
    }
}

/// The offset of the first byte of the first malformed sequence in GB18030 text (its length when
/// the text ends inside a sequence), counted from 0 in the caller's bytes.
fn gb18030_error_offset(bytes: &[u8]) -> usize {
    use encoding_rs::DecoderResult;
    let mut decoder = encoding_rs::GB18030.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len().saturating_mul(3)),
    );
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        // `bad` bytes were malformed, and `after` bytes read past them.
        DecoderResult::Malformed(bad, after) => read
            .saturating_sub(usize::from(after))
            .saturating_sub(usize::from(bad)),
        DecoderResult::InputEmpty | DecoderResult::OutputFull => read,
    }
}

/// A yyyymmdd date from C, read as every date is ([`gongkai_core::date::from_ymd`]: a year from
/// 1949 to 2099, a real day); the error names the argument and says what is wrong.
pub(crate) fn date(name: &str, value: u32) -> Result<NaiveDate, Failure> {
    let (y, m, d) = (value / 10_000, value / 100 % 100, value % 100);
    gongkai_core::date::from_ymd(i64::from(y), m, d).map_err(|reason| {
        gongkai_core::Error::InvalidDate {
            field: name.to_owned(),
            text: value.to_string(),
            reason,
        }
        .into()
    })
}

/// A `gongkai_lang` argument; another value is `GONGKAI_STATUS_INVALID_ARGUMENT` naming it.
pub(crate) fn lang(name: &str, value: u32) -> Result<gongkai_core::Lang, Failure> {
    crate::status::gongkai_lang::from_u32(value).ok_or_else(|| {
        gongkai_core::Error::InvalidArgument {
            argument: name.to_owned(),
            expected: gongkai_core::Expected::Lang,
            got: value.to_string(),
        }
        .into()
    })
}

/// A date as yyyymmdd for C.
pub(crate) fn yyyymmdd(date: NaiveDate) -> Result<u32, Failure> {
    u32::try_from(date.year())
        .ok()
        .filter(|y| (1..=9999).contains(y))
        .map(|y| y * 10_000 + date.month() * 100 + date.day())
        .ok_or_else(|| {
            Failure::new(
                gongkai_status::InvalidDate,
                format!("日期 {date} 无法写成 yyyymmdd"),
                format!("date {date} cannot be written as yyyymmdd"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_cross_as_yyyymmdd() {
        let d = date("d", 20240927).unwrap();
        assert_eq!(d, NaiveDate::from_ymd_opt(2024, 9, 27).unwrap());
        assert_eq!(yyyymmdd(d).unwrap(), 20240927);
        for bad in [
            0,
            101,
            20240230,
            20241301,
            20240100,
            2024,
            99_999_999,
            u32::MAX,
            1_0101,
            19481231,
            21000101,
        ] {
            assert_eq!(
                date("d", bad).unwrap_err().status,
                gongkai_status::InvalidDate,
                "{bad}"
            );
        }
        let far = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
        assert!(yyyymmdd(far).is_err());
        assert!(date("d", 19490101).is_ok() && date("d", 20991231).is_ok());
        let e = date("today", 20240230).unwrap_err();
        assert_eq!(e.status, gongkai_status::InvalidDate);
    }

    #[test]
    fn encodings_by_label() {
        for label in ["gb18030", "GBK", "gb2312", " utf-8 "] {
            assert!(TextEncoding::from_label(label).is_ok(), "{label}");
        }
        for label in ["latin1", "big5", ""] {
            assert_eq!(
                TextEncoding::from_label(label).unwrap_err().status,
                gongkai_status::UnsupportedEncoding
            );
        }
        let gbk = b"\xb9\xab\xbf\xaa"; // 公开
        assert_eq!(TextEncoding::Gb18030.decode("t", gbk).unwrap(), "公开");
        assert_eq!(
            TextEncoding::Gb18030
                .decode("t", b"\xb9")
                .unwrap_err()
                .status,
            gongkai_status::InvalidEncoding
        );
        // The offset is in the caller's bytes: two characters of two bytes each come first.
        assert_eq!(gb18030_error_offset(b"\xb9\xab\xbf\xaa\xff\x41"), 4);
        assert_eq!(gb18030_error_offset(b"ab\xff"), 2);
        assert_eq!(gb18030_error_offset(b"abc\xb9"), 3);
        // A JSON error's column counts the caller's bytes: 公开 is 4 bytes of GB18030, 6 of UTF-8.
        let e = gongkai_core::Error::invalid_json_at("/a", "m", 2, 13);
        let text = "{\n\"公开\": 1, x}";
        let placed = TextEncoding::Gb18030.place(text, e.clone());
        assert_eq!(
            placed,
            gongkai_core::Error::invalid_json_at("/a", "m", 2, 11)
        );
        assert_eq!(TextEncoding::Utf8.place(text, e.clone()), e);
        assert_eq!(
            TextEncoding::Utf8.decode("t", gbk).unwrap_err().status,
            gongkai_status::InvalidUtf8
        );
    }
}
