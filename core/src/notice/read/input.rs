//! Whether the input is a text a notice can be: not binary (control or replacement characters)
//! and Chinese enough. Both checks go by the UTF-8's bytes, for they read every input whole.

use super::error::NoticeError;
use crate::notice::text::is_han;

/// Refuses a text with fewer than ten Chinese characters, or fewer than one in five of those
/// that are not white space.
pub(super) fn check_chinese(text: &str) -> Result<(), NoticeError> {
    // No character is visible more than once: once the Chinese ones are a fifth of all the
    // characters (and ten), they are a fifth of the visible ones whatever the rest holds, and
    // the rest is not read. A Chinese notice is so within its first third or so.
    let all = text.chars().count();
    // Enough Chinese is told by the UTF-8's first bytes, not by decoding every character; only
    // a text without enough is read again, for the counts its refusal states.
    if han_reach(text.as_bytes(), all.div_ceil(5).max(10)) {
        return Ok(());
    }
    let (mut han, mut chars) = (0, 0);
    for c in text.chars() {
        // No white space from U+3400 on (the ideographic space is U+3000).
        let visible = c >= '\u{3400}' || !c.is_whitespace();
        han += usize::from(is_han(c));
        chars += usize::from(visible);
        if han >= 10 && han * 5 >= all {
            return Ok(());
        }
    }
    if han < 10 || han * 5 < chars {
        return Err(NoticeError::NotChinese { han, chars });
    }
    Ok(())
}

/// True when the UTF-8 `b` holds `need` characters or more that [`is_han`] takes, counted at
/// their first bytes: U+5000–U+9FFF start with 0xE5–0xE9; U+4000–U+4FFF with 0xE4, all of them
/// but U+4DC0–U+4DFF (0xE4 0xB7); U+3400–U+3FFF with 0xE3 and a second byte from 0x90, and
/// `〇` (U+3007) is 0xE3 0x80 0x87.
///
/// (Counted without a branch, 64 bytes at a time, which the compiler reads many at once: a
/// character's first byte with the two after it, every such character of three bytes lying
/// within the text, for it is UTF-8.)
fn han_reach(b: &[u8], need: usize) -> bool {
    let Some(m) = b.len().checked_sub(2) else {
        return false;
    };
    let (x, y, z) = (&b[..m], &b[1..m + 1], &b[2..]);
    let mut han = 0;
    for start in (0..m).step_by(64) {
        let end = (start + 64).min(m);
        let mut block = 0u8;
        for ((&x, &y), &z) in x[start..end].iter().zip(&y[start..end]).zip(&z[start..end]) {
            let wide = x.wrapping_sub(0xe5) < 5;
            let e4 = (x == 0xe4) & (y != 0xb7);
            let e3 = (x == 0xe3) & ((y >= 0x90) | ((y == 0x80) & (z == 0x87)));
            block += u8::from(wide | e4 | e3);
        }
        han += usize::from(block);
        if han >= need {
            return true;
        }
    }
    false
}

/// Refuses what is not text: a NUL, or more than one character in fifty a control character
/// (but tab, line feed, carriage return and form feed) or U+FFFD.
pub(super) fn check_text(input: &str) -> Result<(), NoticeError> {
    // By the bytes of the UTF-8: a character is counted at its first byte; the control
    // characters are U+0000–U+001F, U+007F (one byte) and U+0080–U+009F (0xC2 0x80–0x9F);
    // U+FFFD is 0xEF 0xBF 0xBD.
    let b = input.as_bytes();
    let mut count = 0;
    let mut first = None;
    // Blocks of 64 bytes are looked into only when one of their bytes might start such a
    // character: most text has none. A whole block and the bytes one further are arrays of a
    // known length, which the compiler tests many bytes at a time; the last block, shorter or
    // with no byte after it, is looked into as it is.
    const BLOCK: usize = 64;
    for from in (0..b.len()).step_by(BLOCK) {
        let to = (from + BLOCK).min(b.len());
        let maybe = match (b.get(from..from + BLOCK), b.get(from + 1..from + 1 + BLOCK)) {
            (Some(block), Some(next)) => may_hold_bad(
                block.try_into().expect("a block"),
                next.try_into().expect("a block"),
            ),
            _ => true,
        };
        if maybe {
            check_block(b, from, to, &mut count, &mut first)?;
        }
    }
    match first {
        // Counted only when there is something to weigh: counting costs a pass.
        Some(at) if count * 50 > input.chars().count() => Err(NoticeError::Binary { at }),
        _ => Ok(()),
    }
}

/// True when a byte of `block` might start a control character or U+FFFD (`next` is the block
/// one byte further on): a filter that lets every such character through, and few others.
fn may_hold_bad(block: &[u8; 64], next: &[u8; 64]) -> bool {
    let mut maybe = 0u8;
    for (&x, &y) in block.iter().zip(next) {
        // Below 0x20 but tab (9), line feed (10), form feed (12) and carriage return (13), in
        // three tests, not five.
        let control = (x < 0x09) | (x == 0x0b) | (x.wrapping_sub(0x0e) < 0x12);
        maybe |= u8::from(control | (x == 0x7f) | (x == 0xc2) | ((x == 0xef) & (y == 0xbf)));
    }
    maybe != 0
}

/// The characters that start in `b[from..to]`: each bad one counted, the first noted, a NUL
/// refused where it is.
fn check_block(
    b: &[u8],
    from: usize,
    to: usize,
    count: &mut usize,
    first: &mut Option<usize>,
) -> Result<(), NoticeError> {
    for (i, &byte) in b.iter().enumerate().take(to).skip(from) {
        let bad = match byte {
            b'\t' | b'\n' | b'\r' | b'\x0c' => false,
            0..=0x1f | 0x7f => true,
            0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
            0xef => b.get(i + 1..i + 3) == Some(&[0xbf, 0xbd][..]),
            _ => false,
        };
        if bad {
            first.get_or_insert(i);
            *count += 1;
            if byte == 0 {
                return Err(NoticeError::Binary { at: i });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`han_reach`] counts by the first bytes what [`is_han`] counts by the characters: every
    /// character from U+3000 to U+A000 (the lead bytes it looks at) and either side of them.
    #[test]
    fn chinese_counted_by_bytes_as_by_characters() {
        let text: String = (0x2f00..=0xa100)
            .filter_map(char::from_u32)
            .chain("〇中文 abc\u{4dbf}\u{4dc0}\u{4dff}\u{4e00}".chars())
            .collect();
        let han = text.chars().filter(|c| is_han(*c)).count();
        assert!(han_reach(text.as_bytes(), han));
        assert!(!han_reach(text.as_bytes(), han + 1));
        for c in (0x2f00..=0xa100).filter_map(char::from_u32) {
            let one = c.to_string();
            assert_eq!(han_reach(one.as_bytes(), 1), is_han(c), "{c:?}");
        }
    }

    /// [`check_text`] as first written, a character at a time.
    fn check_by_chars(input: &str) -> Result<(), NoticeError> {
        let bad = |c: char| {
            (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c')) || c == '\u{fffd}'
        };
        let (mut count, mut first, mut total) = (0, None, 0);
        for (i, c) in input.char_indices() {
            total += 1;
            if bad(c) {
                first.get_or_insert(i);
                count += 1;
                if c == '\0' {
                    return Err(NoticeError::Binary { at: i });
                }
            }
        }
        match first {
            Some(at) if count * 50 > total => Err(NoticeError::Binary { at }),
            _ => Ok(()),
        }
    }

    #[test]
    fn the_text_check_by_blocks_is_the_check_by_characters() {
        let pieces = [
            "公告", "a", "\n", "\t", "\r", "\x0c", "\x01", "\x7f", "\u{80}", "\u{9f}", "\u{a0}",
            "·", "\u{fffd}", "\u{ffbf}", "\u{fffc}", "：", "\0", "￥",
        ];
        // Every piece at every place around a block's end, in texts mostly clean and mostly not.
        for (k, bad) in pieces.iter().enumerate() {
            for pad in 60..70 {
                for clean in [1, 40] {
                    let mut s = "x".repeat(pad);
                    for j in 0..clean {
                        s.push_str(pieces[(k + j) % pieces.len()]);
                        s.push_str(&"公告".repeat(j % 3));
                    }
                    s.push_str(bad);
                    assert_eq!(check_text(&s), check_by_chars(&s), "{s:?}");
                }
            }
        }
    }
}
