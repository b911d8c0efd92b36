//! The notice's text as the readers see it: one character at a time, each with the byte where it
//! starts, and folded so that the forms portals mix read alike — full-width digits and
//! punctuation (`２０１９`, `：`, `（`) as their ASCII forms, the ideographic space as a space.
//! Folding keeps one character for one, so a position among the characters is a position in the
//! input, and every span ends on a character boundary.

use super::span::Span;

/// The folded characters of a text and where each starts.
pub(crate) struct Chars<'a> {
    text: &'a str,
    starts: Vec<usize>,
    chars: Vec<char>,
    /// The characters that are line breaks (`\n`) or colons (`:`, folded `：`), in order: told
    /// as the text is decoded, for the readers that go by lines and labels, where most
    /// characters are neither and a pass over them all would test each again.
    marks: Vec<usize>,
}

impl<'a> Chars<'a> {
    /// The characters of `text`, folded.
    pub(crate) fn new(text: &'a str) -> Chars<'a> {
        // Sized once (counting is quick), not grown on the way nor a byte's worth each.
        let n = text.chars().count();
        let mut starts = Vec::with_capacity(n);
        let mut chars = Vec::with_capacity(n);
        let mut marks = Vec::with_capacity(n / 8 + 1);
        // Read a block of characters at a time into arrays on the stack, each block then copied
        // whole: a push a character keeps the vectors' lengths in memory, not in registers, and
        // costs more than the decoding. The characters most texts are made of are told by their
        // first byte and decoded here: ASCII below `~` and those of three bytes from E4 to EE
        // (U+4000 to U+EFFF, the Chinese ones among them), which fold to themselves; the others
        // by the standard decoding and [`fold`].
        const BLOCK: usize = 64;
        let (mut block_starts, mut block_chars) = ([0usize; BLOCK], ['\0'; BLOCK]);
        let b = text.as_bytes();
        let mut at = 0;
        loop {
            let mut k = 0;
            for (start, folded) in block_starts.iter_mut().zip(block_chars.iter_mut()) {
                let Some(&x) = b.get(at) else { break };
                *start = at;
                if x < b'~' {
                    *folded = char::from(x);
                    if x == b'\n' || x == b':' {
                        mark(&mut marks, starts.len() + k);
                    }
                    at += 1;
                } else if let (0xe4..=0xee, Some(&[y, z])) = (x, b.get(at + 1..at + 3)) {
                    // (Every such character is one: the text is UTF-8.)
                    let c = (u32::from(x) << 12) + (u32::from(y) << 6) + u32::from(z) - 0xe_2080;
                    *folded = char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER);
                    at += 3;
                } else {
                    let c = text[at..].chars().next().unwrap_or_default();
                    *folded = fold(c);
                    if *folded == ':' {
                        mark(&mut marks, starts.len() + k);
                    }
                    at += c.len_utf8();
                }
                k += 1;
            }
            starts.extend_from_slice(&block_starts[..k]);
            chars.extend_from_slice(&block_chars[..k]);
            if k < BLOCK {
                break;
            }
        }
        Chars {
            text,
            starts,
            chars,
            marks,
        }
    }

    /// The text the characters are of.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }

    /// Where the line breaks (`\n`) and the colons (`:`, `：`) are, in order.
    pub(crate) fn marks(&self) -> &[usize] {
        &self.marks
    }

    /// How many characters.
    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    /// The folded character at `i`, if any.
    pub(crate) fn get(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// The folded characters.
    pub(crate) fn all(&self) -> &[char] {
        &self.chars
    }

    /// The byte where character `i` starts (the text's length past the end).
    pub(crate) fn byte(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.text.len())
    }

    /// The span of characters `from..to`.
    pub(crate) fn span(&self, from: usize, to: usize) -> Span {
        Span {
            start: self.byte(from),
            end: self.byte(to),
        }
    }

    /// True when the folded characters from `i` on spell `word`.
    // Inlined: the words are constants, whose decoding and folding then cost nothing at run
    // time, and most calls fail at the first character. Not in the browser's build, which is
    // sized to a budget.
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn at(&self, i: usize, word: &str) -> bool {
        (i..)
            .zip(word.chars())
            .all(|(k, w)| self.get(k) == Some(fold(w)))
    }

    /// The folded characters `from..to` as a string.
    pub(crate) fn string(&self, from: usize, to: usize) -> String {
        self.chars[from.min(self.len())..to.min(self.len())]
            .iter()
            .collect()
    }

    /// The first index at or after `i` that is not a space or tab.
    pub(crate) fn skip_spaces(&self, mut i: usize) -> usize {
        while matches!(self.get(i), Some(' ' | '\t')) {
            i += 1;
        }
        i
    }

    /// The index after the last non-space before `i` (skipping spaces and tabs backwards).
    pub(crate) fn skip_back_spaces(&self, mut i: usize) -> usize {
        while i > 0 && matches!(self.get(i - 1), Some(' ' | '\t')) {
            i -= 1;
        }
        i
    }

    /// A run of ASCII (or folded full-width) digits at `i`, at most `max` long: its value and
    /// where it ends. `None` when there is no digit at `i` or the run is longer than `max`.
    pub(crate) fn arabic(&self, i: usize, max: usize) -> Option<(u32, usize)> {
        let mut j = i;
        let mut n: u32 = 0;
        while let Some(d) = self
            .get(j)
            .and_then(|c| c.to_digit(10).filter(|_| c.is_ascii()))
        {
            n = n.checked_mul(10)?.checked_add(d)?;
            j += 1;
            if j - i > max {
                return None;
            }
        }
        (j > i).then_some((n, j))
    }

    /// A number from 1 to 99 in Chinese numerals at `i` (`七`, `十`, `十六`, `二十二`, `廿二`,
    /// `卅一`, `两`): its value and where it ends.
    pub(crate) fn chinese(&self, i: usize) -> Option<(u32, usize)> {
        let tens_digit = self.get(i).and_then(chinese_digit);
        let (tens, j) = match (tens_digit, self.get(i)) {
            (_, Some('廿')) => (Some(2), i + 1),
            (_, Some('卅')) => (Some(3), i + 1),
            (_, Some('十')) => (Some(1), i + 1),
            (Some(d), _) if d > 0 && self.get(i + 1) == Some('十') => (Some(d), i + 2),
            _ => (None, i),
        };
        let unit = self.get(j).and_then(chinese_digit).filter(|d| *d > 0);
        match (tens, unit) {
            (Some(t), Some(u)) => Some((t * 10 + u, j + 1)),
            (Some(t), None) => Some((t * 10, j)),
            (None, Some(u)) => Some((u, j + 1)),
            (None, None) => None,
        }
    }

    /// A number at `i` in figures (at most `max` digits) or Chinese numerals (1 to 99).
    pub(crate) fn number(&self, i: usize, max: usize) -> Option<(u32, usize)> {
        self.arabic(i, max).or_else(|| self.chinese(i))
    }
}

/// Notes `i` among a text's marks ([`Chars::marks`]): out of the decoding loop, whose
/// registers then stay with the decoding of the characters most texts are made of.
#[cold]
#[inline(never)]
fn mark(marks: &mut Vec<usize>, i: usize) {
    marks.push(i);
}

/// A character folded: full-width digits, letters and punctuation as ASCII, the ideographic
/// space as a space, the dashes and waves of ranges as `-`, `〇`'s look-alikes (`○`) as `〇`.
pub(crate) fn fold(c: char) -> char {
    // Most characters fold to themselves: ASCII below `~`, and U+3020 to U+FF00 (the Chinese
    // characters among them), tested first in two comparisons.
    if c < '~' || ('\u{3020}'..='\u{ff00}').contains(&c) {
        return c;
    }
    let c = match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
        _ => c,
    };
    match c {
        '\u{3000}' | '\u{a0}' => ' ',
        '—' | '–' | '―' | '〜' | '~' => '-',
        '○' | '◯' => '〇',
        _ => c,
    }
}

/// A list of words looked for together: one pass over a text finds where each occurs, instead
/// of one search a word. Words are found by their first character, after a filter of one bit a
/// character that most characters of a text fail.
pub(crate) struct Words {
    /// (first character, word, id), ordered by the first character's bit ([`char_bit`]), then
    /// by the character, then as added.
    entries: Vec<(char, Box<str>, usize)>,
    /// Where the entries of each bit start in `entries`, and their end last: a character's words
    /// are among its bit's few, looked up, not searched for.
    bucket: [u32; 513],
    /// A bit per first character ([`char_bit`]): a character whose bit is clear starts no word.
    filter: [u64; 8],
    /// The fewest characters a word has, at most [`Words::EARLY`].
    shortest: usize,
    /// A bit per character among the first `shortest` of any word: a character whose bit is
    /// clear lies within no word that starts up to `shortest - 1` characters before it.
    early: [u64; 8],
}

impl Words {
    /// The words, each with its id (the order callers rank them by); an id may have several
    /// words (the forms of one wording).
    pub(crate) fn new(words: &mut dyn Iterator<Item = (String, usize)>) -> Words {
        // Kept in order as they come (no sort: a few hundred words, once; and less code).
        let mut entries: Vec<(char, Box<str>, usize)> = Vec::new();
        for (w, id) in words {
            let Some(c) = w.chars().next() else { continue };
            let key = (Words::bit(c), c);
            let at = entries.partition_point(|(e, _, _)| (Words::bit(*e), *e) <= key);
            entries.insert(at, (c, w.into_boxed_str(), id));
        }
        let mut bucket = [0u32; 513];
        for (bit, start) in bucket.iter_mut().enumerate() {
            let at = entries.partition_point(|(e, _, _)| Words::bit(*e) < bit);
            *start = u32::try_from(at).expect("fewer words than 2^32");
        }
        // Each first character's bit, and its folded form's: [`Words::each_of`] filters a text's
        // folded characters.
        let mut filter = [0u64; 8];
        for (c, _, _) in &entries {
            for bit in [Words::bit(*c), Words::bit(fold(*c))] {
                filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        let shortest = entries
            .iter()
            .map(|(_, w, _)| w.chars().count())
            .min()
            .unwrap_or(1)
            .clamp(1, Words::EARLY);
        let mut early = [0u64; 8];
        for (_, w, _) in &entries {
            for c in w.chars().take(shortest) {
                for bit in [Words::bit(c), Words::bit(fold(c))] {
                    early[bit / 64] |= 1 << (bit % 64);
                }
            }
        }
        Words {
            entries,
            bucket,
            filter,
            shortest,
            early,
        }
    }

    /// The most characters of each word [`Words::each_of`] steps over at once.
    const EARLY: usize = 4;

    fn bit(c: char) -> usize {
        char_bit(c)
    }

    /// False for most characters that start no word (true for each that does).
    fn may_start(&self, c: char) -> bool {
        let bit = Words::bit(c);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// False for most characters that are among no word's first `shortest` (true for each
    /// that is).
    fn may_lie_early(&self, c: char) -> bool {
        let bit = Words::bit(c);
        self.early[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Calls `f(at, len, id)` for each word at each character of `hay`, in order of `at` (and
    /// of the words' first characters, then as added, at one `at`), until it returns false.
    pub(crate) fn each(&self, hay: &str, mut f: impl FnMut(usize, usize, usize) -> bool) {
        for (at, c) in hay.char_indices() {
            if self.may_start(c) && !self.each_at(hay, at, c, &mut f) {
                return;
            }
        }
    }

    /// [`Words::each`] over the text of `chars`, whose characters are decoded already: the pass
    /// reads them, not the text's bytes, and decodes a character of the text only where its
    /// folded form may start a word (the words are still the text's, unfolded).
    ///
    /// A word starting at any of `i..i + shortest` holds the character at `i + shortest - 1`
    /// among its first `shortest`: where that character is among no word's, the pass steps over
    /// those `shortest` places at once (most places of a text, and most characters go unread).
    pub(crate) fn each_of(
        &self,
        chars: &Chars<'_>,
        mut f: impl FnMut(usize, usize, usize) -> bool,
    ) {
        let all = chars.all();
        let step = self.shortest;
        let mut i = 0;
        // (No word of `shortest` characters or more starts within the last `shortest - 1`.)
        while let Some(&last) = all.get(i + step - 1) {
            if !self.may_lie_early(last) {
                i += step;
                continue;
            }
            let folded = all[i];
            if self.may_start(folded) {
                let at = chars.byte(i);
                if let Some(c) = chars.text[at..].chars().next()
                    && !self.each_at(chars.text, at, c, &mut f)
                {
                    return;
                }
            }
            i += 1;
        }
    }

    /// Calls `f(at, len, id)` for each word at `at` in `hay`, whose character there is `c`;
    /// false once `f` has.
    fn each_at(
        &self,
        hay: &str,
        at: usize,
        c: char,
        f: &mut impl FnMut(usize, usize, usize) -> bool,
    ) -> bool {
        let rest = &hay.as_bytes()[at..];
        for (e, w, id) in self.words_of(c) {
            let w = w.as_bytes();
            if *e != c || rest.len() < w.len() {
                continue;
            }
            // The word's last byte first: most words that start alike end otherwise.
            if rest[w.len() - 1] == w[w.len() - 1] && rest[..w.len()] == *w && !f(at, w.len(), *id)
            {
                return false;
            }
        }
        true
    }

    /// True when `hay` is one of the words, whole: what [`Words::leftmost_longest`] tells by a
    /// word at 0 as long as `hay`, told by the words of its first character alone.
    pub(crate) fn is_word(&self, hay: &str) -> bool {
        let Some(c) = hay.chars().next() else {
            return false;
        };
        self.words_of(c)
            .iter()
            .any(|(e, w, _)| *e == c && **w == *hay)
    }

    /// The entries whose first character has the bit of `c`: those of `c` among them.
    fn words_of(&self, c: char) -> &[(char, Box<str>, usize)] {
        let bit = Words::bit(c);
        &self.entries[self.bucket[bit] as usize..self.bucket[bit + 1] as usize]
    }

    /// The leftmost word in `hay` and, of those there, the longest; of equally long ones the
    /// lowest id: (at, len, id). As the minimum by (at, longest) of each word's `str::find`,
    /// the first in id order.
    pub(crate) fn leftmost_longest(&self, hay: &str) -> Option<(usize, usize, usize)> {
        let mut best: Option<(usize, usize, usize)> = None;
        self.each(hay, |at, len, id| {
            match best {
                Some((b, _, _)) if at > b => return false,
                Some((_, l, i)) if len < l || (len == l && id >= i) => {}
                _ => best = Some((at, len, id)),
            }
            true
        });
        best
    }

    /// Where the ids whose words `hay` holds first occur (of two at one place, the shorter), in
    /// order of id: (id, at, len), for each id the minimum by (at, len) of its words'
    /// `str::find`. Only the ids found, not a slot for each id of the list.
    pub(crate) fn firsts(&self, hay: &str) -> Vec<(usize, usize, usize)> {
        let mut out: Vec<(usize, usize, usize)> = Vec::new();
        self.each(hay, |at, len, id| {
            match out.iter_mut().find(|(i, _, _)| *i == id) {
                Some(first) if (at, len) < (first.1, first.2) => *first = (id, at, len),
                Some(_) => {}
                None => out.push((id, at, len)),
            }
            true
        });
        out.sort_unstable_by_key(|(id, _, _)| *id);
        out
    }

    /// The lowest id whose words `hay` holds, where they first occur: (at, len, id).
    pub(crate) fn lowest(&self, hay: &str) -> Option<(usize, usize, usize)> {
        let mut best: Option<(usize, usize, usize)> = None;
        self.each(hay, |at, len, id| {
            if best.is_none_or(|(_, _, b)| id < b) {
                best = Some((at, len, id));
            }
            // Nothing is lower than the first id.
            id != 0
        });
        best
    }
}

/// A set of characters, for a pass that looks for a few among a text's many: a bit a character
/// ([`char_bit`], as [`Words`]' first characters), clear for most characters, tested before
/// the set's own test.
pub(crate) struct CharFilter([u64; 8]);

impl CharFilter {
    pub(crate) const fn new(chars: &[char]) -> CharFilter {
        let mut bits = [0u64; 8];
        let mut k = 0;
        while k < chars.len() {
            let bit = char_bit(chars[k]);
            bits[bit / 64] |= 1 << (bit % 64);
            k += 1;
        }
        CharFilter(bits)
    }

    /// True for each of the set's characters (and a few others); false for the rest.
    pub(crate) fn may_hold(&self, c: char) -> bool {
        let bit = char_bit(c);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A character's bit among 512: its code's last nine bits. Not a hash of the code: the last
/// bits of the Chinese characters' codes spread them as well, and a pass over a text's
/// characters (a filter's test of each) costs two instructions a character less.
const fn char_bit(c: char) -> usize {
    (c as u32 & 511) as usize
}

/// `s.trim()`, quicker on a line: the standard trim decodes a character at each end and looks
/// it up in the Unicode table of white space; here ASCII white space is told by its byte, and so
/// is a Chinese character (three bytes from E4, U+4000 on, none of them white space); only another
/// character is decoded and looked up.
pub(crate) fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

/// `s.trim_start()`, quicker on a line ([`trim`]).
#[inline]
pub(crate) fn trim_start(s: &str) -> &str {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && matches!(b[i], b'\t'..=b'\r' | b' ') {
        i += 1;
    }
    let rest = &s[i..];
    let plain = b
        .get(i)
        .is_none_or(|&c| c < 0x80 || (0xE4..0xF0).contains(&c));
    if plain || !rest.chars().next().is_some_and(char::is_whitespace) {
        rest
    } else {
        rest.trim_start()
    }
}

/// `s.trim_end()`, quicker on a line ([`trim`]).
#[inline]
pub(crate) fn trim_end(s: &str) -> &str {
    let b = s.as_bytes();
    let mut j = b.len();
    while j > 0 && matches!(b[j - 1], b'\t'..=b'\r' | b' ') {
        j -= 1;
    }
    let rest = &s[..j];
    // (A last character that starts at `j - 3` with E4 to EF is one of three bytes.)
    let plain = j == 0 || b[j - 1] < 0x80 || j >= 3 && (0xE4..0xF0).contains(&b[j - 3]);
    if plain || !rest.chars().next_back().is_some_and(char::is_whitespace) {
        rest
    } else {
        rest.trim_end()
    }
}

/// `hay.contains(needle)`, quicker on the short texts the readers test most (a label, a line):
/// below 16 bytes more than the needle the standard search compares every place with a call to
/// `memcmp`; here a place is compared only when its first two bytes are the needle's. A longer
/// text is left to the standard search, which tests 16 places at a time.
pub(crate) fn holds(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    if n.len() < 2 || h.len() >= n.len() + 16 {
        return hay.contains(needle);
    }
    h.windows(n.len())
        .any(|w| w[0] == n[0] && w[1] == n[1] && w[2..] == n[2..])
}

/// `hay.find(needle)`, quicker for a word most texts lack: the standard `find` reads the text
/// a byte at a time, its `contains` ([`holds`]) 16 bytes at a time, so the place is looked for
/// only in a text that holds the word.
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    if holds(hay, needle) {
        hay.find(needle)
    } else {
        None
    }
}

/// Where `word` occurs in `hay`, as `hay.match_indices(word)` gives it, quicker for the words
/// the readers look for: a word of one character is looked for as that character (a search of
/// the bytes for its last one), and a longer one only in a text that [`holds`] it (the standard
/// search reads a text a few bytes at a time, its `contains` sixteen).
pub(crate) fn places<'a>(hay: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    let mut chars = word.chars();
    let one = match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    };
    let by_char = one.map(|c| hay.match_indices(c).map(|(i, _)| i));
    let by_word =
        (one.is_none() && holds(hay, word)).then(|| hay.match_indices(word).map(|(i, _)| i));
    by_char
        .into_iter()
        .flatten()
        .chain(by_word.into_iter().flatten())
}

/// The first byte `x` in `b` at or after `from`, looked for eight bytes at a time.
pub(crate) fn find_byte(b: &[u8], from: usize, x: u8) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let rest = b.get(from..)?;
    let pattern = LOW * u64::from(x);
    let mut words = rest.chunks_exact(8);
    let mut at = from;
    for w in &mut words {
        let v = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]) ^ pattern;
        // A byte of `v` is zero where `x` is: the lowest such byte sets the lowest high bit.
        let zero = v.wrapping_sub(LOW) & !v & HIGH;
        if zero != 0 {
            return Some(at + (zero.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    words
        .remainder()
        .iter()
        .position(|&c| c == x)
        .map(|p| at + p)
}

/// The byte of the `n`th line break (from 0) in `text`, or its length when it has fewer: the
/// end of its first `n + 1` lines. The breaks are looked for as [`lines_inclusive`] does.
pub(crate) fn nth_line_end(text: &str, n: usize) -> usize {
    let b = text.as_bytes();
    let mut from = 0;
    for _ in 0..n {
        match find_byte(b, from, b'\n') {
            Some(at) => from = at + 1,
            None => return text.len(),
        }
    }
    find_byte(b, from, b'\n').unwrap_or(text.len())
}

/// `text.split_inclusive('\n')`: its lines, each with its line break. The breaks are looked
/// for eight bytes at a time ([`find_byte`]): the standard search takes longer to set up than
/// a notice's short lines take to read.
pub(crate) fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = find_byte(rest.as_bytes(), 0, b'\n').map_or(rest.len(), |e| e + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

/// The value of a Chinese digit (`〇`/`零` to `九`, and `两`).
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    match c {
        '〇' | '零' => Some(0),
        '两' | '二' => Some(2),
        '一' => Some(1),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    }
}

/// `t` after its number (`一、`, `（二）`, `3.`), or `t` itself when it has none. (The characters
/// told by a `match`, not by a search of a string of them for each.)
pub(crate) fn numbered_rest(t: &str) -> &str {
    let inner = t.trim_start_matches(['（', '(']);
    let digits: usize = inner
        .chars()
        .take_while(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
                )
        })
        .map(char::len_utf8)
        .sum();
    if digits == 0 {
        return t;
    }
    let rest = &inner[digits..];
    match rest.chars().next() {
        Some(c @ ('.' | '．' | '、' | '）' | ')')) => rest[c.len_utf8()..].trim_start(),
        _ => t,
    }
}

/// A table of pairs of words (`(wording, key)`) as one text, which [`pairs`] reads back: a line
/// `first\tsecond` a pair, or `first` alone where the second is the one before. A `&str` costs
/// the module a pointer and a length, which gzip hardly shrinks; the text is the words alone, and
/// a run of pairs with one second word holds it once. Made at compile time by [`joined_pairs!`].
pub(crate) const fn pairs_len(pairs: &[(&str, &str)]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < pairs.len() {
        n += pairs[i].0.len() + 1;
        if i == 0 || !same(pairs[i].1, pairs[i - 1].1) {
            n += pairs[i].1.len() + 1;
        }
        i += 1;
    }
    n
}

/// The text of `pairs` (see [`pairs_len`]), `N` bytes long. Fails to compile when a word holds
/// a tab or a line break, or when `N` is not the text's length.
pub(crate) const fn joined<const N: usize>(pairs: &[(&str, &str)]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut n = 0;
    let mut i = 0;
    while i < pairs.len() {
        n = put(&mut out, n, pairs[i].0.as_bytes());
        if i == 0 || !same(pairs[i].1, pairs[i - 1].1) {
            out[n] = b'\t';
            n = put(&mut out, n + 1, pairs[i].1.as_bytes());
        }
        out[n] = b'\n';
        n += 1;
        i += 1;
    }
    assert!(n == N, "the length of the joined pairs");
    out
}

/// Copies `word` into `out` at `at`; where it ends.
const fn put<const N: usize>(out: &mut [u8; N], at: usize, word: &[u8]) -> usize {
    let mut k = 0;
    while k < word.len() {
        assert!(
            word[k] != b'\t' && word[k] != b'\n',
            "a tab or line break in a word"
        );
        out[at + k] = word[k];
        k += 1;
    }
    at + word.len()
}

/// `a == b`, at compile time.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut k = 0;
    while k < a.len() {
        if a[k] != b[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// A `&'static str` holding a table of pairs (`&[(&str, &str)]`) as [`joined`] writes it.
macro_rules! joined_pairs {
    ($pairs:expr) => {{
        const N: usize = $crate::notice::text::pairs_len($pairs);
        const BYTES: [u8; N] = $crate::notice::text::joined::<N>($pairs);
        const TEXT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("the joined pairs are not UTF-8"),
        };
        TEXT
    }};
}
pub(crate) use joined_pairs;

/// The length of `words` joined, each after a byte of its length ([`length_prefixed`]): a list of
/// words as one text, for the reason of [`pairs_len`].
pub(crate) const fn words_len(words: &[&str]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < words.len() {
        n += words[i].len() + 1;
        i += 1;
    }
    n
}

/// `words` joined, `N` bytes long, each after one byte giving its length in bytes ([`words`]
/// reads them back without searching for where each ends; [`joined_words!`] makes the text).
/// The length is below 128, a character of its own, so the text stays UTF-8. Fails to compile
/// when a word is 128 bytes or longer, or when `N` is not the text's length.
pub(crate) const fn length_prefixed<const N: usize>(words: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut n = 0;
    let mut i = 0;
    while i < words.len() {
        let len = words[i].len();
        assert!(len < 128, "a joined word is 128 bytes or longer");
        out[n] = len as u8;
        n = put(&mut out, n + 1, words[i].as_bytes());
        i += 1;
    }
    assert!(n == N, "the length of the joined words");
    out
}

/// A `&'static str` holding a list of words (`&[&str]`) as [`length_prefixed`] writes it.
macro_rules! joined_words {
    ($words:expr) => {{
        const N: usize = $crate::notice::text::words_len($words);
        const BYTES: [u8; N] = $crate::notice::text::length_prefixed::<N>($words);
        const TEXT: &str = match std::str::from_utf8(&BYTES) {
            Ok(text) => text,
            Err(_) => panic!("the joined words are not UTF-8"),
        };
        TEXT
    }};
}
pub(crate) use joined_words;

/// One column of a constant table (`column!(TABLE, |row| row.0)`), as a constant array: the
/// column a table's words are read from at compile time, or the one it is read by at run time
/// without the words.
macro_rules! column {
    ($table:expr, |$row:ident| $cell:expr) => {
        const {
            const N: usize = $table.len();
            let mut out = [{
                let $row = $table[0];
                $cell
            }; N];
            let mut k = 1;
            while k < N {
                let $row = $table[k];
                out[k] = $cell;
                k += 1;
            }
            out
        }
    };
}
pub(crate) use column;

/// The words of a text [`length_prefixed`] wrote, in their order.
pub(crate) fn words(text: &'static str) -> impl Iterator<Item = &'static str> + Clone {
    let mut at = 0;
    std::iter::from_fn(move || {
        let len = usize::from(*text.as_bytes().get(at)?);
        let word = text.get(at + 1..at + 1 + len)?;
        at += 1 + len;
        Some(word)
    })
}

// The tests of a text against a list of words ([`joined_words!`]) the readers make most: one
// body each, not one for every list and closure that asks.

/// Whether `t` holds one of `words` ([`holds`]).
pub(crate) fn holds_any(t: &str, words: &'static str) -> bool {
    self::words(words).any(|w| holds(t, w))
}

/// Whether `t` starts with one of `words`.
pub(crate) fn starts_with_any(t: &str, words: &'static str) -> bool {
    self::words(words).any(|w| t.starts_with(w))
}

/// Whether `t` ends with one of `words`.
pub(crate) fn ends_with_any(t: &str, words: &'static str) -> bool {
    self::words(words).any(|w| t.ends_with(w))
}

/// The pairs of a text [`joined`] wrote, in their order.
pub(crate) fn pairs(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut second = "";
    text.split_terminator('\n')
        .map(move |line| match line.split_once('\t') {
            Some((first, s)) => {
                second = s;
                (first, s)
            }
            None => (line, second),
        })
}

/// A Han character: a word's, not a number's or a stop's (`〇` counts, as in 二〇二五年).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '〇')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_agree_with_a_search_a_word() {
        let list = ["结果公告", "中标结果公告", "公告", "公示", "采购", "招标"];
        let words = Words::new(&mut list.iter().enumerate().map(|(k, w)| ((*w).to_owned(), k)));
        for hay in [
            "某项目中标结果公告",
            "结果公告",
            "公告",
            "采购公示",
            "无",
            "",
            "公示，公告；招标采购",
        ] {
            let each: Vec<Option<usize>> = list.iter().map(|w| hay.find(w)).collect();
            let leftmost = list
                .iter()
                .enumerate()
                .filter_map(|(k, w)| hay.find(w).map(|at| (at, w.len(), k)))
                .min_by_key(|(at, len, _)| (*at, std::cmp::Reverse(*len)));
            assert_eq!(words.leftmost_longest(hay), leftmost, "{hay}");
            assert_eq!(
                words.is_word(hay),
                leftmost.is_some_and(|(at, len, _)| at == 0 && len == hay.len()),
                "{hay}"
            );
            let found = words.firsts(hay);
            let firsts: Vec<Option<usize>> = (0..list.len())
                .map(|k| found.iter().find(|(id, _, _)| *id == k).map(|f| f.1))
                .collect();
            assert_eq!(firsts, each, "{hay}");
            let (mut by_str, mut by_chars) = (Vec::new(), Vec::new());
            words.each(hay, |at, len, id| {
                by_str.push((at, len, id));
                true
            });
            words.each_of(&Chars::new(hay), |at, len, id| {
                by_chars.push((at, len, id));
                true
            });
            assert_eq!(by_chars, by_str, "{hay}");
            let lowest = each
                .iter()
                .enumerate()
                .find_map(|(k, at)| Some((at.as_ref()?, k)));
            assert_eq!(
                words.lowest(hay),
                lowest.map(|(at, k)| (*at, list[k].len(), k)),
                "{hay}"
            );
        }
    }

    proptest::proptest! {
        /// [`Chars::new`]'s block decoding, which tells most characters by their first byte, is
        /// the standard decoding folded: each character's start and its folded form, over texts
        /// of every width of character and long enough to cross its blocks of 64.
        #[test]
        fn chars_are_the_standard_decoding_folded(
            t in "[a-z0-9~ \t\n，：（）中国〇\u{3000}\u{a0}é—～０-９Ａ-Ｚ\u{4000}-\u{40ff}\u{e000}-\u{efff}\u{f000}-\u{f0ff}\u{1f600}-\u{1f60f}]{0,200}"
        ) {
            let c = Chars::new(&t);
            let want: Vec<(usize, char)> = t.char_indices().map(|(i, ch)| (i, fold(ch))).collect();
            let got: Vec<(usize, char)> = (0..c.len()).map(|i| (c.byte(i), c.all()[i])).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn places_are_match_indices() {
        let hay = "本项目以公开招标方式进行采购，经评审，以为";
        for word in ["以", "进行", "经", "为", "招标方式", "无", "以为", ""] {
            let each: Vec<usize> = hay.match_indices(word).map(|(i, _)| i).collect();
            assert_eq!(places(hay, word).collect::<Vec<_>>(), each, "{word}");
        }
    }

    #[test]
    fn trims_are_the_standard_trims() {
        let wide = [
            "\u{85}", "\u{a0}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{205f}", "\u{3000}",
        ];
        let mut texts = vec![
            String::new(),
            " \t\n\r\x0b\x0c".to_owned(),
            "公告".to_owned(),
            " 公告 \n".to_owned(),
            "\x1c公告\x1f".to_owned(),
            "\u{feff}公告\u{200b}".to_owned(),
            "a\u{2010}".to_owned(),
            "é ".to_owned(),
        ];
        for w in wide {
            texts.push(format!("{w} 公告{w}\n"));
            texts.push(format!(" {w}{w}a b{w} "));
            texts.push(w.to_owned());
        }
        // Every character, at either end.
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let t = format!("{c}公{c}");
            assert_eq!(trim(&t), t.trim(), "{t:?}");
        }
        for t in &texts {
            assert_eq!(trim(t), t.trim(), "{t:?}");
            assert_eq!(trim_start(t), t.trim_start(), "{t:?}");
            assert_eq!(trim_end(t), t.trim_end(), "{t:?}");
        }
    }

    #[test]
    fn holds_is_contains() {
        let hays = [
            "",
            "公",
            "公示",
            "公示期",
            "结果公示：自2024年",
            "a公示b",
            "预算金额（万元）",
        ];
        let long = "本项目的公示期为五个工作日，自本公告发布之日起计算，公示期满无异议的";
        for hay in hays.iter().copied().chain([long]) {
            for needle in [
                "",
                "a",
                "公",
                "公示",
                "示期",
                "预算",
                "金额（万元）",
                "异议的",
                "计算，",
            ] {
                assert_eq!(holds(hay, needle), hay.contains(needle), "{hay} {needle}");
            }
        }
    }

    #[test]
    fn folding_is_the_same_with_its_quick_test() {
        // `fold` as first written, without the test of the characters that fold to themselves.
        let slow = |c: char| {
            let c = match c {
                '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
                _ => c,
            };
            match c {
                '\u{3000}' | '\u{a0}' => ' ',
                '—' | '–' | '―' | '〜' | '~' => '-',
                '○' | '◯' => '〇',
                _ => c,
            }
        };
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(fold(c), slow(c), "{c:?}");
        }
    }

    #[test]
    fn folding_keeps_one_character_for_one() {
        let t = "２０１９年（一）：　上午";
        let c = Chars::new(t);
        assert_eq!(c.len(), t.chars().count());
        assert_eq!(c.string(0, c.len()), "2019年(一): 上午");
        assert_eq!(c.byte(c.len()), t.len());
        assert_eq!(c.span(0, 4).of(t), Some("２０１９"));
    }

    #[test]
    fn chinese_numbers_to_ninety_nine() {
        for (t, n, len) in [
            ("七月", 7, 1),
            ("十月", 10, 1),
            ("十六日", 16, 2),
            ("二十日", 20, 2),
            ("二十二日", 22, 3),
            ("廿二", 22, 2),
            ("卅一", 31, 2),
            ("三十一", 31, 3),
            ("两个", 2, 1),
        ] {
            assert_eq!(Chars::new(t).chinese(0), Some((n, len)), "{t}");
        }
        assert_eq!(Chars::new("零").chinese(0), None);
        assert_eq!(Chars::new("１２").arabic(0, 4), Some((12, 2)));
        assert_eq!(Chars::new("12345").arabic(0, 4), None);
    }
}
