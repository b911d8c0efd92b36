//! A notice file's bytes as text. Many portals serve GBK (or GB2312, or GB18030, which holds
//! both), and a crawler saves the bytes it was sent.
//!
//! In order: a UTF-16 byte-order mark decides; bytes that are valid UTF-8 are UTF-8, whatever a
//! page declares (crawlers re-save pages in UTF-8 and leave the old `<meta charset>`); otherwise
//! the charset a page declares (`<meta charset="gbk">`, `<meta http-equiv="Content-Type"
//! content="text/html; charset=gb2312">`) when it decodes the bytes without an error, then
//! GB18030 when it does. Bytes nothing decodes are kept with replacement characters, which the
//! reader refuses as `notice.binary`: binary stays a clear error.

use encoding_rs::{Encoding, GB18030, UTF_8};

/// How far into a page its `<meta charset>` is looked for (browsers look at 1024 bytes; pages
/// with long scripts in their head put it later).
const PRESCAN: usize = 4096;

/// A file's text and the encoding it was read in (`None`: UTF-8).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: Option<&'static str>,
}

/// The text of a notice file's bytes (see the module's documentation).
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((enc, bom)) = Encoding::for_bom(bytes)
        && enc != UTF_8
        && let Some(text) = enc.decode_without_bom_handling_and_without_replacement(&bytes[bom..])
    {
        return Decoded {
            text: text.into_owned(),
            encoding: Some(enc.name()),
        };
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: None,
        };
    }
    // A page declaring UTF-16 or a label decoded as U+FFFD is ASCII-compatible text after all:
    // `output_encoding` reads those as UTF-8, which has just failed.
    let declared = declared_charset(bytes)
        .and_then(Encoding::for_label)
        .map(Encoding::output_encoding)
        .filter(|e| *e != UTF_8);
    for enc in declared.into_iter().chain([GB18030]) {
        if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
            return Decoded {
                text: text.into_owned(),
                encoding: Some(enc.name()),
            };
        }
    }
    Decoded {
        text: String::from_utf8_lossy(bytes).into_owned(),
        encoding: None,
    }
}

/// The label of the charset the first [`PRESCAN`] bytes of a page declare in a `<meta>` tag:
/// its `charset` attribute, or the `charset=` of its `content`.
fn declared_charset(bytes: &[u8]) -> Option<&[u8]> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let mut at = 0;
    while let Some(open) = find(head, at, b"<meta") {
        let end = head[open..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |p| open + p);
        let tag = &head[open..end];
        let mut from = 0;
        while let Some(c) = find(tag, from, b"charset") {
            from = c + 7;
            let rest = &tag[from..];
            let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
            let Some(rest) = rest.strip_prefix(b"=") else {
                continue;
            };
            let rest = &rest[rest.iter().take_while(|b| b.is_ascii_whitespace()).count()..];
            let rest = rest
                .strip_prefix(b"\"")
                .or_else(|| rest.strip_prefix(b"'"))
                .unwrap_or(rest);
            let len = rest
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
                .count();
            if len > 0 {
                return Some(&rest[..len]);
            }
        }
        at = end;
    }
    None
}

/// The first `needle` (ASCII, compared case-insensitively) in `hay` at or after `from`.
fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| from + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gbk(s: &str) -> Vec<u8> {
        let (bytes, _, unmappable) = encoding_rs::GBK.encode(s);
        assert!(!unmappable);
        bytes.into_owned()
    }

    #[test]
    fn utf8_is_read_as_it_is_whatever_the_page_declares() {
        let page = "<meta charset=\"gbk\"><p>中标结果公告</p>";
        assert_eq!(
            decode(page.as_bytes()),
            Decoded {
                text: page.to_owned(),
                encoding: None
            }
        );
    }

    #[test]
    fn gbk_text_and_pages_are_read_as_gb18030() {
        let text = "云江市档案馆中标（成交）结果公告\n金额：￥120,000.00";
        let d = decode(&gbk(text));
        assert_eq!((d.text.as_str(), d.encoding), (text, Some("gb18030")));
        for meta in [
            "<meta charset=gb2312>",
            "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=GBK\">",
            "<meta charset='gb18030' />",
        ] {
            let page = format!("<html><head>{meta}</head><body>{text}</body></html>");
            let d = decode(&gbk(&page));
            assert_eq!(d.text, page, "{meta}");
            assert!(
                d.encoding
                    .is_some_and(|e| e.to_ascii_lowercase().starts_with("gb")),
                "{meta}"
            );
        }
    }

    #[test]
    fn a_declared_charset_other_than_gbk_is_honoured() {
        let text = "中標結果公告";
        let (bytes, _, _) = encoding_rs::BIG5.encode(text);
        let mut page = b"<meta charset=\"big5\"><p>".to_vec();
        page.extend_from_slice(&bytes);
        let d = decode(&page);
        assert_eq!(d.encoding, Some("Big5"));
        assert!(d.text.ends_with(text), "{}", d.text);
    }

    #[test]
    fn utf16_with_a_byte_order_mark() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "结果公告".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&bytes).text, "结果公告");
    }

    #[test]
    fn bytes_nothing_decodes_keep_their_replacement_characters() {
        let d = decode(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xff");
        assert_eq!(d.encoding, None);
        assert!(d.text.contains('\u{fffd}'));
        // GBK with a byte cut off at the end is not GBK.
        let mut cut = gbk("中标结果公告");
        cut.pop();
        assert_eq!(decode(&cut).encoding, None);
    }

    #[test]
    fn the_meta_charset_is_found_in_either_form() {
        assert_eq!(
            declared_charset(b"<meta http-equiv=Content-Type content=\"text/html;charset= gbk\">"),
            Some(&b"gbk"[..])
        );
        assert_eq!(
            declared_charset(b"<meta name=x><meta charset = 'GB2312'>"),
            Some(&b"GB2312"[..])
        );
        assert_eq!(declared_charset(b"<p>charset=gbk</p>"), None);
        assert_eq!(declared_charset(b"<meta charset=>"), None);
    }
}
