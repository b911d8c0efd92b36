//! Text from the input, made safe to print to a terminal.
//!
//! Ids, titles, names, file names and parser messages come from files the auditor did not
//! write. A control character in them (ESC starting an escape sequence, a carriage return or
//! backspace overwriting what was printed, C1's single-byte CSI) or a bidirectional override
//! (which reorders what follows on the line) would change what the terminal shows; each is
//! printed as a visible `\u{…}` escape instead.

use std::borrow::Cow;

/// Whether `c` is escaped: C0 (newline and tab included: every value is printed on one line),
/// DEL, C1, the bidirectional marks, embeddings, overrides and isolates, and the line and
/// paragraph separators.
pub fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
                | '\u{2028}' | '\u{2029}'
        )
}

/// `s` with every [`unsafe_char`] written as `\u{…}` (ESC as `\u{1b}`).
pub fn safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if unsafe_char(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_move_or_recolour_the_terminal() {
        assert_eq!(safe("YJ-1"), "YJ-1");
        assert_eq!(safe("云江市\u{1b}[2J"), "云江市\\u{1b}[2J");
        assert_eq!(safe("a\rb\nc\td\u{7f}"), "a\\u{d}b\\u{a}c\\u{9}d\\u{7f}");
        assert_eq!(safe("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(safe("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(safe("\u{2067}x\u{2069}"), "\\u{2067}x\\u{2069}");
    }
}
