//! Finding and masking personal data in text meant for publication.
//!
//! # Legal basis
//!
//! - 政府信息公开条例 (2019) Art 15 (V-text): government information involving 个人隐私 whose
//!   disclosure would harm a third party's lawful rights is not disclosed, unless the third party
//!   consents or withholding it would seriously affect the public interest.
//! - 国务院办公厅《2018年政务公开工作要点》 (V-2nd, quoted by secondary sources): 要依法保护好个人
//!   隐私，除惩戒公示、强制性信息披露外，对于其他涉及个人隐私的政府信息，公开时要去标识化处理.
//!   Punitive listings (惩戒公示, such as blacklists) are the stated exception.
//! - Local procurement rules (for example Tianjin's, V-2nd) forbid third parties' personal mobile
//!   and ID numbers in procurement notices and their attachments.
//!
//! **The masking format is practice, not law.** No national standard format was found; keeping
//! the first 6 and last 4 characters of an ID number (`110105********002X`, which hides exactly
//! the birth date) and the first 3 and last 4 digits of a mobile number (`138****1234`) is common
//! practice, graded R (docs/legal-basis.md#privacy). Hence [`MaskPolicy`] is configurable.
//!
//! # What is found
//!
//! - **ID numbers** ([`PersonalDataKind::IdNumber`]): any 18 consecutive characters that
//!   [`ResidentIdNumber::parse`](crate::ids::ResidentIdNumber::parse) would accept, that is 17
//!   digits and a digit or `X`/`x`, ASCII or full-width, with a province-level region code, a real
//!   birth date from 1900 on and the right check character. This includes a number embedded in a
//!   longer run of digits: every 18-character window of the run is tried, since a number glued to
//!   other digits still identifies a person. The exception is a run longer than 18 that follows a
//!   Latin letter: that is a code of its own (a mining licence number is `C` and 22 digits), and a
//!   window of it that happens to pass the checks is not a person.
//! - **Mainland mobile numbers** ([`PersonalDataKind::MobileNumber`]): `1`, then `3`–`9`, then 9
//!   digits, as a run of exactly 11 digits (a longer run is some other number), optionally
//!   prefixed `86` or `0086` within the run, or grouped 3-4-4 with single spaces or hyphens,
//!   half- or full-width (`138 1234 5678`, `138-1234-5678`). A `+86` prefix followed by a
//!   separator needs nothing special. The reported range covers the national number only, without
//!   the country code.
//!
//! Not found: ID numbers broken up by spaces, 15-digit first-generation ID numbers, landline
//! numbers, names and addresses.
//!
//! # Cost
//!
//! A text with fewer than 11 digits holds nothing to find; a branch-free count of its digits
//! (about two instructions a byte) settles that first, and most public fields end there. Other
//! texts are then scanned in a single forward pass over the bytes (a digit run of 17 or more is
//! read a second time to try its windows). The scan tests eight bytes at a time for anything that
//! could start a digit, so Chinese text without digits costs about three instructions a byte, and
//! it allocates nothing when nothing is found: it is meant to run on every public text field of
//! every record. [`contains_personal_data`] stops at the first find.
//!
//! # Example
//!
//! ```
//! use gongkai::redact::{self, MaskPolicy, PersonalDataKind};
//!
//! let text = "联系人：张某，电话 138-1234-5678，身份证 11010519491231002X。";
//! let found = redact::find_personal_data(text);
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].kind, PersonalDataKind::MobileNumber);
//! assert_eq!(&text[found[1].range.clone()], "11010519491231002X");
//!
//! assert_eq!(
//!     redact::redact(text, &MaskPolicy::default()),
//!     "联系人：张某，电话 138-****-5678，身份证 110105********002X。",
//! );
//! ```

use std::borrow::Cow;
use std::ops::{ControlFlow, Range};

use serde::Serialize;

pub use crate::mask_policy::{MaskPolicy, MaskPolicyError, PersonalDataKind};

use crate::ids::id_number::{X, is_region_prefix, validate_digits};

/// One piece of unmasked personal data in a text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct PersonalData {
    /// What was found.
    pub kind: PersonalDataKind,
    /// Where, in bytes of the text searched (always on character boundaries). For a grouped
    /// mobile number the range includes the separators.
    pub range: Range<usize>,
}

/// Finds unmasked ID numbers and mobile numbers in `text`, in order of position.
///
/// Overlapping ID numbers in one digit run are each reported. Allocates nothing when nothing is
/// found. See the [module documentation](self) for what counts.
///
/// # Example
///
/// ```
/// use gongkai::redact::{find_personal_data, PersonalDataKind};
///
/// // An ID number glued to an account number is still found.
/// let text = "账号6222021234360426199101010071";
/// let found = find_personal_data(text);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].kind, PersonalDataKind::IdNumber);
/// assert_eq!(&text[found[0].range.clone()], "360426199101010071");
///
/// assert!(find_personal_data("电话 138****5678，身份证 110105********002X").is_empty());
/// ```
pub fn find_personal_data(text: &str) -> Vec<PersonalData> {
    let mut found = Vec::new();
    let _ = scan(text, |pd| {
        found.push(pd);
        ControlFlow::Continue(())
    });
    found
}

/// Calls `found` with each find of [`find_personal_data`], in the same order, without collecting
/// them: the audit scans every public text of every record and reports at most one find of each
/// kind per text. An ID number whose birth date is after `today` is not a person's: it is a
/// window of some longer code (a project number of 21 digits holds one born in 2504), passed
/// over when judging although masking still hides it.
pub(crate) fn for_each_personal_data(
    text: &str,
    today: chrono::NaiveDate,
    mut found: impl FnMut(PersonalData),
) {
    let _ = scan(text, |pd| {
        let unborn = pd.kind == PersonalDataKind::IdNumber
            && crate::ids::ResidentIdNumber::parse(&text[pd.range.clone()])
                .is_ok_and(|id| id.birth_date() > today);
        if !unborn {
            found(pd);
        }
        ControlFlow::Continue(())
    });
}

/// Whether `text` holds any unmasked ID number or mobile number; stops at the first.
///
/// # Example
///
/// ```
/// use gongkai::redact::contains_personal_data;
///
/// assert!(contains_personal_data("手机：+86 13812345678"));
/// assert!(!contains_personal_data("采购项目编号：GDZC2018-0138"));
/// ```
pub fn contains_personal_data(text: &str) -> bool {
    scan(text, |_| ControlFlow::Break(())).is_break()
}

/// Masks every ID number and mobile number in `text` under `policy`.
///
/// Returns the text borrowed when there is nothing to mask. Each masked character is replaced by
/// one mask character, so the text keeps its length in characters. Masking can leave behind a
/// fresh match (digits before a masked ID number may now stand alone as an 11-digit mobile
/// number), so masking repeats until nothing is found: afterwards
/// [`find_personal_data`] finds nothing, and redacting again changes nothing.
///
/// # Example
///
/// ```
/// use std::borrow::Cow;
/// use gongkai::redact::{redact, MaskPolicy};
///
/// let policy = MaskPolicy::default();
/// assert!(matches!(redact("无个人信息", &policy), Cow::Borrowed(_)));
/// assert_eq!(redact("手机１３８１２３４５６７８", &policy), "手机１３８****５６７８");
/// ```
pub fn redact<'a>(text: &'a str, policy: &MaskPolicy) -> Cow<'a, str> {
    let found = find_personal_data(text);
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = mask(text, &found, policy);
    loop {
        let found = find_personal_data(&out);
        if found.is_empty() {
            return Cow::Owned(out);
        }
        out = mask(&out, &found, policy);
    }
}

fn mask(text: &str, found: &[PersonalData], policy: &MaskPolicy) -> String {
    let bytes = text.as_bytes();
    let mut masked: Vec<Range<usize>> = Vec::new();
    for pd in found {
        let (keep_prefix, keep_suffix, len) = policy.kept(pd.kind);
        let mut k = 0;
        let mut j = pd.range.start;
        while j < pd.range.end {
            // Separators inside a grouped mobile number are not units and stay as they are.
            let Some((_, width)) = unit_at(bytes, j) else {
                j += 1;
                continue;
            };
            if k >= keep_prefix && k < len - keep_suffix {
                masked.push(j..j + width);
            }
            k += 1;
            j += width;
        }
    }
    // Overlapping ID numbers share units.
    masked.sort_unstable_by_key(|r| r.start);
    masked.dedup();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for r in masked {
        out.push_str(&text[copied..r.start]);
        out.push(policy.mask_char());
        copied = r.end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The digit at byte `i`, ASCII or full-width (U+FF10..U+FF19 are EF BC 90..99), as its value
/// and width in bytes.
#[inline]
fn digit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match *b.get(i)? {
        d @ b'0'..=b'9' => Some((d - b'0', 1)),
        0xEF => match (*b.get(i + 1)?, *b.get(i + 2)?) {
            (0xBC, d @ 0x90..=0x99) => Some((d - 0x90, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// The digit unit at byte `i`: a digit (value 0–9) or `X`, `x`, `Ｘ`, `ｘ` (value [`X`]; U+FF38
/// is EF BC B8, U+FF58 is EF BD 98), with its width in bytes.
#[inline]
fn unit_at(b: &[u8], i: usize) -> Option<(u8, usize)> {
    match *b.get(i)? {
        b'X' | b'x' => Some((X, 1)),
        0xEF if matches!(b.get(i + 1..i + 3), Some([0xBC, 0xB8] | [0xBD, 0x98])) => Some((X, 3)),
        _ => digit_at(b, i),
    }
}

/// Skips ahead from `i` to a byte that may start a digit: returns the index of the first digit
/// (ASCII, or full-width EF BC 90..99) at or after `i`, or an earlier 0xEF byte within the last
/// seven bytes, or `b.len()`.
///
/// Tests eight bytes at a time with per-byte masks whose arithmetic never carries from one byte
/// into the next. Chinese text, full-width punctuation (EF BC 8C for `，`) included, is skipped
/// without looking at each byte.
#[inline]
fn skip_to_candidate(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const LOW7: u64 = ONES * 0x7F;
    const HIGH: u64 = ONES * 0x80;
    // High bit of each byte set where the byte equals `c`.
    let equal = |w: u64, c: u8| {
        let t = w ^ (ONES * u64::from(c));
        !(((t & LOW7) + LOW7) | t) & HIGH
    };
    // High bit of each byte set where `lo` < (byte & 0x7F) < `hi`.
    let low7_between = |w: u64, lo: u8, hi: u8| {
        let low = w & LOW7;
        (ONES * (127 + u64::from(hi)) - low) & (low + ONES * (127 - u64::from(lo))) & HIGH
    };
    // The common case in Chinese text: no ASCII at all and no 0xEF (exact as a whole-word
    // test, unlike the per-byte masks below).
    let plain = |w: u64| {
        let x = w ^ (ONES * 0xEF);
        w & HIGH == HIGH && x.wrapping_sub(ONES) & !x & HIGH == 0
    };
    while let Some(chunk) = b.get(i..i + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
        let w = u64::from_le_bytes(chunk);
        if plain(w) {
            i += 8;
            continue;
        }
        let ascii = low7_between(w, 0x2F, 0x3A) & !w;
        let ef = equal(w, 0xEF);
        if ascii | ef == 0 {
            i += 8;
            continue;
        }
        // EF, BC, 90..=99 at bytes k, k+1, k+2: seen for k < 6 only, hence the step of 6.
        let wide = ef & (equal(w, 0xBC) >> 8) & ((low7_between(w, 0x0F, 0x1A) & w) >> 16);
        let hits = ascii | wide;
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        // An 0xEF in the last two bytes may start a digit this word cannot see whole.
        i += if ef >> 48 == 0 { 8 } else { 6 };
    }
    while i < b.len() && !(b[i].is_ascii_digit() || b[i] == 0xEF) {
        i += 1;
    }
    i
}

/// Whether the run starting at `start` follows an ASCII letter that is not the `X` check
/// character of a number just before it.
fn letter_prefixed(b: &[u8], start: usize) -> bool {
    let Some(&letter) = start.checked_sub(1).and_then(|i| b.get(i)) else {
        return false;
    };
    if !letter.is_ascii_alphabetic() {
        return false;
    }
    let check_character = matches!(letter, b'X' | b'x')
        && (start >= 2 && b[start - 2].is_ascii_digit()
            || start >= 4 && digit_at(b, start - 4).is_some_and(|(_, w)| w == 3));
    !check_character
}

/// The fewest digits anything found holds: 11 for a mobile number (grouped or not), 17 for an
/// ID number (with an `X`).
const MIN_DIGITS: usize = 11;

/// How many digits `b` holds, ASCII or full-width (EF BC 90..=99), counted until there are
/// `enough`: the count, or a count of `enough` or more once the bytes read hold as many.
/// Branch-free over the bytes, which the compiler partly vectorises: most public texts hold
/// fewer than [`MIN_DIGITS`] digits, and this rules them out for less than the scan costs; a
/// notice's text that holds as many holds them within its first lines, and the rest of it is
/// then not counted.
fn digits_to(b: &[u8], enough: usize) -> usize {
    let Some(m) = b.len().checked_sub(2) else {
        return b.iter().filter(|c| c.is_ascii_digit()).count();
    };
    // Byte `i + 2` counts when it is an ASCII digit or ends a full-width digit; equal-length
    // slices, so that no index is checked, and byte counters, summed every 64 bytes.
    let (x, y, z) = (&b[..m], &b[1..m + 1], &b[2..]);
    let mut n = b[..2].iter().filter(|c| c.is_ascii_digit()).count();
    for start in (0..m).step_by(64) {
        if n >= enough {
            return n;
        }
        let end = (start + 64).min(m);
        let mut block = 0u8;
        for i in start..end {
            let ascii = z[i].is_ascii_digit();
            let wide = (x[i] == 0xEF) & (y[i] == 0xBC) & (z[i].wrapping_sub(0x90) < 10);
            block += u8::from(ascii | wide);
        }
        n += usize::from(block);
    }
    n
}

/// A single space or hyphen, half- or full-width: what may separate 3-4-4 groups.
fn is_separator(gap: &[u8]) -> bool {
    matches!(gap, b" " | b"-" | [0xE3, 0x80, 0x80] | [0xEF, 0xBC, 0x8D])
}

/// A maximal run of digits.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
    len: usize,
    /// The first six digits, enough for `0086` + `1[3-9]`.
    head: [u8; 6],
    /// Whether exactly one separator lies between the previous run and this one.
    after_separator: bool,
}

/// The scanner behind [`find_personal_data`] and [`contains_personal_data`]: reports each find to
/// `emit` in order of position and stops when `emit` breaks.
fn scan(text: &str, mut emit: impl FnMut(PersonalData) -> ControlFlow<()>) -> ControlFlow<()> {
    let b = text.as_bytes();
    if b.len() < MIN_DIGITS || digits_to(b, MIN_DIGITS) < MIN_DIGITS {
        return ControlFlow::Continue(());
    }
    let mut prev: Option<Run> = None;
    let mut prev2: Option<Run> = None;
    let mut i = 0;
    loop {
        i = skip_to_candidate(b, i);
        if i >= b.len() {
            return ControlFlow::Continue(());
        }
        let Some((first, width)) = digit_at(b, i) else {
            // Full-width punctuation (，：（）) is common: step over the whole character, whose two
            // continuation bytes cannot start a digit.
            i += if b[i] == 0xEF { 3 } else { 1 };
            continue;
        };
        let mut run = Run {
            start: i,
            end: i + width,
            len: 1,
            head: [first, 0, 0, 0, 0, 0],
            after_separator: prev.is_some_and(|p| is_separator(&b[p.end..i])),
        };
        while let Some((digit, width)) = digit_at(b, run.end) {
            if let Some(h) = run.head.get_mut(run.len) {
                *h = digit;
            }
            run.len += 1;
            run.end += width;
        }

        // A run longer than an ID number right after a Latin letter is a code of its own (a
        // mining licence number is `C` + 22 digits, a permit or contract number alike): its
        // windows are digits of that code, not a person's ID number.
        let coded = run.len > 18 && letter_prefixed(b, run.start);
        if run.len >= 17 && !coded {
            id_numbers(b, &run, &mut emit)?;
        }
        if let Some(range) = mobile_number(b, &run, prev.as_ref(), prev2.as_ref()) {
            emit(PersonalData {
                kind: PersonalDataKind::MobileNumber,
                range,
            })?;
        }
        prev2 = prev;
        prev = Some(run);
        i = run.end;
    }
}

/// Reports every 18-character window of a long run that is a valid ID number, and the last 17
/// digits with an `X` right after the run.
fn id_numbers(
    b: &[u8],
    run: &Run,
    emit: &mut impl FnMut(PersonalData) -> ControlFlow<()>,
) -> ControlFlow<()> {
    // The last 18 digits as (value, byte offset), indexed by position in the run mod 18.
    let mut ring = [(0u8, 0usize); 18];
    let mut n = 0;
    let mut j = run.start;
    while j < run.end {
        let Some((digit, width)) = digit_at(b, j) else {
            break;
        };
        ring[n % 18] = (digit, j);
        n += 1;
        j += width;
        if n >= 18 && is_id_number(&ring, n - 18, None) {
            emit(PersonalData {
                kind: PersonalDataKind::IdNumber,
                range: ring[(n - 18) % 18].1..j,
            })?;
        }
    }
    if let Some((X, width)) = unit_at(b, run.end) {
        if n >= 17 && is_id_number(&ring, n - 17, Some(X)) {
            emit(PersonalData {
                kind: PersonalDataKind::IdNumber,
                range: ring[(n - 17) % 18].1..run.end + width,
            })?;
        }
    }
    ControlFlow::Continue(())
}

/// Whether the run's digits from position `first` on (18 of them, or 17 and then `last`) form a
/// valid ID number.
#[inline]
fn is_id_number(ring: &[(u8, usize); 18], first: usize, last: Option<u8>) -> bool {
    // Most windows fail on the region code; test it before assembling the window.
    let province = ring[first % 18].0 * 10 + ring[(first + 1) % 18].0;
    if !is_region_prefix(u32::from(province)) {
        return false;
    }
    let mut digits = [0u8; 18];
    let take = if last.is_some() { 17 } else { 18 };
    for (k, d) in digits.iter_mut().enumerate().take(take) {
        *d = ring[(first + k) % 18].0;
    }
    if let Some(x) = last {
        digits[17] = x;
    }
    validate_digits(&digits).is_ok()
}

/// The byte range of the national number if `run` (with the two runs before it) is a mobile
/// number.
fn mobile_number(
    b: &[u8],
    run: &Run,
    prev: Option<&Run>,
    prev2: Option<&Run>,
) -> Option<Range<usize>> {
    let is_mobile_head = |h: &[u8]| h[0] == 1 && (3..=9).contains(&h[1]);
    // Where the national number starts after a country code of `skip` digits.
    let after = |skip: usize| {
        (0..skip).fold(run.start, |j, _| {
            j + digit_at(b, j).map_or(1, |(_, width)| width)
        })
    };
    match run.len {
        11 if is_mobile_head(&run.head) => Some(run.start..run.end),
        13 if run.head[..2] == [8, 6] && is_mobile_head(&run.head[2..]) => Some(after(2)..run.end),
        15 if run.head[..4] == [0, 0, 8, 6] && is_mobile_head(&run.head[4..]) => {
            Some(after(4)..run.end)
        }
        4 => {
            let (middle, first) = (prev?, prev2?);
            (run.after_separator
                && middle.len == 4
                && middle.after_separator
                && first.len == 3
                && is_mobile_head(&first.head))
            .then_some(first.start..run.end)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds_and_text(text: &str) -> Vec<(PersonalDataKind, &str)> {
        find_personal_data(text)
            .into_iter()
            .map(|pd| (pd.kind, &text[pd.range]))
            .collect()
    }

    use PersonalDataKind::{IdNumber, MobileNumber};

    /// The first digit at or after `from`, by the definition: ASCII, or EF BC 90..=99.
    fn first_digit(buf: &[u8], from: usize) -> usize {
        (from..buf.len())
            .find(|&j| digit_at(buf, j).is_some())
            .unwrap_or(buf.len())
    }

    #[test]
    fn skipping_never_passes_a_digit() {
        let pieces: [&[u8]; 12] = [
            b"a",
            b"0",
            b"9",
            b"/",
            b":",
            "，".as_bytes(),
            "０".as_bytes(),
            "９".as_bytes(),
            "＃".as_bytes(),
            "中".as_bytes(),
            &[0xEF, 0xBC],
            &[0xBC, 0x90],
        ];
        let filler = "采购".as_bytes();
        for (p, piece) in pieces.iter().enumerate() {
            for q in pieces.iter().take(p + 1) {
                for at in 0..20 {
                    let mut buf = filler.repeat(5)[..at].to_vec();
                    buf.extend_from_slice(piece);
                    buf.extend_from_slice(&filler.repeat(3)[..at % 7]);
                    buf.extend_from_slice(q);
                    buf.extend_from_slice(&filler.repeat(3));
                    for from in [0, at / 2, at] {
                        let got = skip_to_candidate(&buf, from);
                        let digit = first_digit(&buf, from);
                        assert!(got <= digit, "{buf:?} from {from}: {got} > {digit}");
                        assert!(
                            got == digit || buf[got] == 0xEF,
                            "{buf:?} from {from}: {got}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn digits_counts_every_digit_across_blocks() {
        let mut texts: Vec<String> = [
            "",
            "1",
            "12",
            "１",
            "a1２b",
            "电话1390000１２３４",
            "，（）：０９",
            "\u{FF19}\u{FF1A}\u{FF0F}",
        ]
        .map(String::from)
        .to_vec();
        // Full-width digits straddling the counter blocks' 64-byte boundaries.
        for offset in 0..6 {
            texts.push(format!("{}{}", "a".repeat(offset), "中１2３".repeat(60)));
        }
        for t in &texts {
            assert_eq!(
                digits_to(t.as_bytes(), usize::MAX),
                digits_one_by_one(t),
                "{t}"
            );
            assert_eq!(
                digits_to(t.as_bytes(), MIN_DIGITS) >= MIN_DIGITS,
                digits_one_by_one(t) >= MIN_DIGITS,
                "{t}"
            );
        }
    }

    fn digits_one_by_one(t: &str) -> usize {
        let b = t.as_bytes();
        (0..b.len()).filter(|&j| digit_at(b, j).is_some()).count()
    }

    proptest::proptest! {
        /// The count that lets the scan skip a text is exact: an undercount would let personal
        /// data through unreported (个人隐私 is exempt from disclosure: 政府信息公开条例 Art 15).
        #[test]
        fn digits_counts_what_a_byte_at_a_time_reading_counts(
            t in "[0-9a-z０-９，：（）中一优伙\\u{FF10}-\\u{FF20}\\u{EF00}-\\u{EFFF}]{0,120}"
        ) {
            proptest::prop_assert_eq!(digits_to(t.as_bytes(), usize::MAX), digits_one_by_one(&t));
            for enough in [1, 5, MIN_DIGITS] {
                proptest::prop_assert_eq!(
                    digits_to(t.as_bytes(), enough) >= enough,
                    digits_one_by_one(&t) >= enough
                );
            }
        }
    }

    #[test]
    fn finds_id_numbers_in_all_spellings() {
        assert_eq!(
            kinds_and_text("身份证号：11010519491231002x。"),
            [(IdNumber, "11010519491231002x")]
        );
        assert_eq!(
            kinds_and_text("号码１１０１０５１９４９１２３１００２Ｘ"),
            [(IdNumber, "１１０１０５１９４９１２３１００２Ｘ")]
        );
        assert_eq!(
            kinds_and_text("a360426199101010071b"),
            [(IdNumber, "360426199101010071")]
        );
    }

    #[test]
    fn finds_id_numbers_inside_longer_runs() {
        assert_eq!(
            kinds_and_text("99360426199101010071"),
            [(IdNumber, "360426199101010071")]
        );
        assert_eq!(
            kinds_and_text("0011010519491231002X"),
            [(IdNumber, "11010519491231002X")]
        );
    }

    #[test]
    fn ignores_invalid_and_masked_id_numbers() {
        assert!(find_personal_data("110101199003077777").is_empty());
        assert!(find_personal_data("110105********002X").is_empty());
        assert!(find_personal_data("990105194912310023").is_empty());
    }

    #[test]
    fn finds_mobile_numbers() {
        for (text, number) in [
            ("电话13812345678。", "13812345678"),
            ("电话 138 1234 5678", "138 1234 5678"),
            ("电话 138-1234-5678", "138-1234-5678"),
            ("+8613812345678", "13812345678"),
            ("8613812345678", "13812345678"),
            ("008619912345678", "19912345678"),
            ("+86 138 1234 5678", "138 1234 5678"),
            ("+86-13812345678", "13812345678"),
            ("１３８　１２３４　５６７８", "１３８　１２３４　５６７８"),
        ] {
            assert_eq!(kinds_and_text(text), [(MobileNumber, number)], "{text}");
        }
    }

    #[test]
    fn ignores_mobile_lookalikes() {
        for text in [
            "12812345678",
            "138123456789",
            "913812345678",
            "138  1234 5678",
            "138-12345678",
            "138****5678",
            "编号2013812345678",
            "1381234567",
        ] {
            assert!(find_personal_data(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn masks_with_the_default_policy() {
        let policy = MaskPolicy::default();
        assert_eq!(
            redact("11010519491231002X 13812345678", &policy),
            "110105********002X 138****5678"
        );
        assert_eq!(redact("+86 138 1234 5678", &policy), "+86 138 **** 5678");
    }

    #[test]
    fn masks_overlapping_id_numbers_once() {
        // 114009191111130512 and 140091911111305122 are both valid.
        let text = "1140091911111305122";
        assert_eq!(
            kinds_and_text(text),
            [
                (IdNumber, "114009191111130512"),
                (IdNumber, "140091911111305122")
            ]
        );
        assert_eq!(redact(text, &MaskPolicy::default()), "114009*********5122");
    }

    #[test]
    fn masking_can_uncover_a_mobile_number_and_still_converges() {
        // After the Anhui ID number is masked, "13812345678" stands alone.
        let text = "13812345678199001011235";
        assert_eq!(kinds_and_text(text), [(IdNumber, "345678199001011235")]);
        let once = redact(text, &MaskPolicy::default());
        assert_eq!(once, "138****5678********1235");
        assert!(find_personal_data(&once).is_empty());
    }

    #[test]
    fn policy_refuses_settings_that_mask_nothing() {
        let p = MaskPolicy::default();
        assert!(p.with_id_number(10, 8).is_err());
        assert!(p.with_id_number(17, 0).is_ok());
        assert!(p.with_mobile_number(7, 4).is_err());
        assert!(p.with_mobile_number(usize::MAX, 1).is_err());
        for c in ['7', 'X', '８', ' ', '\u{3000}', '-', '+', 'ｘ'] {
            assert!(p.with_mask_char(c).is_err(), "{c}");
        }
        assert!(p.with_mask_char('●').is_ok());
    }
}
