//! The lines of a notice's body, found once for every reader that goes by lines: where each
//! line break is (which line a byte is on), and each line that is not blank, trimmed. The prose
//! readers each read the lines above the 落款; they take them from here instead of splitting
//! the body again.

use super::span::Span;
use super::text::{trim_end, trim_start};

/// The lines of a text.
pub(crate) struct Lines {
    /// The byte of each line break (`\n`), in order.
    breaks: Vec<usize>,
    /// The lines that are not blank, trimmed, in order.
    trimmed: Vec<Span>,
    /// The byte where each of `trimmed`'s lines starts (before its leading spaces).
    starts: Vec<usize>,
    /// Each line without its line break (`\n` and the `\r`s before it), in order.
    bare: Vec<Span>,
    /// Each line trimmed, `None` where blank, in order.
    words: Vec<Option<Span>>,
    /// What separates cells on each line, in order: told in the pass that finds the line's end.
    separators: Vec<Separators>,
}

/// What separates cells on a line (a [table](super::tables)'s row).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Separators {
    /// A tab.
    pub(crate) tab: bool,
    /// A bar (`|`, `｜` EF BD 9C).
    pub(crate) bar: bool,
    /// Two separators of aligned columns in a row (the characters that fold to a space —
    /// U+3000 is E3 80 80, U+00A0 C2 A0 — and tabs): a line without gives no cells separated
    /// by runs of spaces.
    pub(crate) spaced: bool,
    /// How many ideographic spaces.
    pub(crate) ideographic: usize,
    /// How many ASCII spaces.
    pub(crate) spaces: usize,
}

/// The end of the line that starts at `from` in `b` (past its `\n`, or `b`'s end), and what
/// separates cells on it, in one pass over its characters (read by their first bytes, a
/// character at a step).
fn line_at(b: &[u8], from: usize) -> (usize, Separators) {
    let mut s = Separators::default();
    let mut run = 0;
    let mut k = from;
    while let Some(&x) = b.get(k) {
        // Most characters are Chinese, E4 to E9 and two bytes more, or ASCII that is no space:
        // neither separates cells, and each is told by its first byte alone.
        if (0xe4..=0xe9).contains(&x) {
            run = 0;
            k += 3;
            continue;
        }
        let sep = if x < 0x80 {
            k += 1;
            match x {
                b'\n' => return (k, s),
                b'\t' => s.tab = true,
                b' ' => s.spaces += 1,
                b'|' => s.bar = true,
                _ => {}
            }
            matches!(x, b'\t' | b' ')
        } else {
            let rest = &b[k + 1..];
            let (sep, width) = match x {
                0xe3 if rest.starts_with(&[0x80, 0x80]) => {
                    s.ideographic += 1;
                    (true, 3)
                }
                0xc2 if rest.first() == Some(&0xa0) => (true, 2),
                0xef if rest.starts_with(&[0xbd, 0x9c]) => {
                    s.bar = true;
                    (false, 3)
                }
                // Any other character, whole: its first byte gives its length.
                x if x < 0xc0 => (false, 1),
                x if x < 0xe0 => (false, 2),
                x if x < 0xf0 => (false, 3),
                _ => (false, 4),
            };
            k += width;
            sep
        };
        if sep {
            run += 1;
            s.spaced |= run >= 2;
        } else {
            run = 0;
        }
    }
    (b.len(), s)
}

impl Lines {
    /// The lines of `text`.
    pub(crate) fn new(text: &str) -> Lines {
        // Sized for lines of 16 bytes or more, not grown line by line: counting the line breaks
        // first costs more than the room left over.
        let n = text.len() / 16 + 1;
        let mut lines = Lines {
            breaks: Vec::with_capacity(n),
            trimmed: Vec::with_capacity(n),
            starts: Vec::with_capacity(n),
            bare: Vec::with_capacity(n),
            words: Vec::with_capacity(n),
            separators: Vec::with_capacity(n),
        };
        let mut at = 0;
        // Each line's end found in the pass that reads its characters for the separators of a
        // table's cells, not searched for on its own: the tables read every line.
        while at < text.len() {
            let (end, separators) = line_at(text.as_bytes(), at);
            lines.separators.push(separators);
            let line = text.get(at..end).unwrap_or("");
            let b = line.as_bytes();
            if line.ends_with('\n') {
                lines.breaks.push(at + line.len() - 1);
            }
            let mut end = b.len();
            while end > 0 && matches!(b[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            lines.bare.push(Span {
                start: at,
                end: at + end,
            });
            let rest = trim_start(line);
            let lead = line.len() - rest.len();
            let t = trim_end(rest);
            let words = (!t.is_empty()).then_some(Span {
                start: at + lead,
                end: at + lead + t.len(),
            });
            if let Some(w) = words {
                lines.trimmed.push(w);
                lines.starts.push(at);
            }
            lines.words.push(words);
            at += line.len();
        }
        lines
    }

    /// The lines of `text` (the text these lines were found in), each with its line break, as
    /// [`lines_inclusive`](super::text::lines_inclusive) gives them: cut at the breaks found, not searched for again.
    pub(crate) fn inclusive<'t>(&'t self, text: &'t str) -> impl Iterator<Item = &'t str> + 't {
        let after_last = self.breaks.last().map_or(0, |&b| b + 1);
        let ends = self
            .breaks
            .iter()
            .map(|&b| b + 1)
            .chain((after_last < text.len()).then_some(text.len()));
        let mut from = 0;
        ends.map(move |end| {
            let line = text.get(from..end).unwrap_or("");
            from = end;
            line
        })
    }

    /// The line byte `at` is on, counted from 0 (a line break is on the line it ends).
    pub(crate) fn line_of(&self, at: usize) -> usize {
        self.breaks.partition_point(|&b| b < at)
    }

    /// The byte where the line byte `at` is on starts: `text[..at].rfind('\n')`'s next, found
    /// among the breaks instead of the text.
    pub(crate) fn line_start(&self, at: usize) -> usize {
        match self.line_of(at) {
            0 => 0,
            k => self.breaks[k - 1] + 1,
        }
    }

    /// The byte of the `n`th line break (from 0), if there are so many.
    pub(crate) fn break_at(&self, n: usize) -> Option<usize> {
        self.breaks.get(n).copied()
    }

    /// Each line without its line break (`line.trim_end_matches(['\n', '\r'])` of each of
    /// [`lines_inclusive`](super::text::lines_inclusive)'s), in order.
    pub(crate) fn bare(&self) -> &[Span] {
        &self.bare
    }

    /// What separates cells on each line, in order: as [`Lines::bare`]'s.
    pub(crate) fn separators(&self) -> &[Separators] {
        &self.separators
    }

    /// Each line trimmed, `None` where blank, in order: as [`Lines::bare`]'s.
    pub(crate) fn words(&self) -> &[Option<Span>] {
        &self.words
    }

    /// The lines that are not blank, trimmed, in order.
    pub(crate) fn nonblank(&self) -> &[Span] {
        &self.trimmed
    }

    /// The lines above the 落款, trimmed, blank lines left out: those that end, with their line
    /// break, before the line the signature starts on (`end`, [`Signature::start`]). Without a
    /// signature (`end` the text's length), every line ended by a line break.
    ///
    /// [`Signature::start`]: super::signature::Signature::start
    pub(crate) fn above(&self, end: usize) -> &[Span] {
        // The start of the line `end` is on: after the last break before it.
        let end = match self.breaks.partition_point(|&b| b < end) {
            0 => 0,
            k => self.breaks[k - 1] + 1,
        };
        &self.trimmed[..self.starts.partition_point(|&s| s < end)]
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;
    use crate::notice::text::lines_inclusive;

    /// The lines cut at the breaks found are the lines a search for the breaks gives.
    #[test]
    fn the_lines_cut_at_the_breaks_are_the_lines_searched_for() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\n\n  b\n",
            "\n\nc",
            "一\n二\n三",
            "\u{3000}甲\u{3000}\r\r\n \r\n乙\r",
        ] {
            let lines = Lines::new(text);
            let cut: Vec<&str> = lines.inclusive(text).collect();
            let searched: Vec<&str> = lines_inclusive(text).collect();
            assert_eq!(cut, searched, "{text:?}");
            let bare: Vec<&str> = lines.bare().iter().map(|s| &text[s.start..s.end]).collect();
            let without: Vec<&str> = searched
                .iter()
                .map(|l| l.trim_end_matches(['\n', '\r']))
                .collect();
            assert_eq!(bare, without, "{text:?}");
            let words: Vec<Option<&str>> = lines
                .words()
                .iter()
                .map(|w| w.map(|s| &text[s.start..s.end]))
                .collect();
            let trimmed: Vec<Option<&str>> = without
                .iter()
                .map(|l| Some(l.trim()).filter(|t| !t.is_empty()))
                .collect();
            assert_eq!(words, trimmed, "{text:?}");
        }
    }
}
