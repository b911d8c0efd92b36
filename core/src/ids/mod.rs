//! Identifiers that appear in disclosure records: parsing, validation and matching.
//!
//! | type | standard | what it identifies |
//! |---|---|---|
//! | [`UnifiedSocialCreditCode`] | GB 32100-2015 (with GB 11714-1997 for the embedded organisation code) | a legal person or other organisation (统一社会信用代码) |
//! | [`ResidentIdNumber`] | GB 11643-1999 | a natural person (公民身份号码 on the 居民身份证) |
//! | [`NormalizedName`] | house rules, see [`org_name`] | an organisation's name, reduced to a form for matching |
//!
//! Both codes are parsed leniently and stored strictly: [`UnifiedSocialCreditCode::parse`] and
//! [`ResidentIdNumber::parse`] first remove all whitespace (leading, trailing and inner, including
//! the ideographic space U+3000), map full-width ASCII forms (`０`–`９`, `Ａ`–`Ｚ`, `ａ`–`ｚ`) to
//! half-width and upper-case Latin letters, and only then validate. The stored value is the
//! canonical 18-character upper-case form that the standards print.
//!
//! # Evidence
//!
//! The check-character algorithms, weights and field layouts are graded V-2nd
//! (docs/legal-basis.md#identifiers): they agree across many independent implementations and with
//! python-stdnum 2.2 (`stdnum.cn.uscc`, `stdnum.cn.ric`), and the standards' own examples
//! (`91110000600037341L`, `11010519491231002X`) validate. The standards' full texts were not read.
//! Where this module is stricter or more lenient than those sources, the item's documentation says
//! so and why.
//!
//! # Example
//!
//! ```
//! use gongkai::ids::{ResidentIdNumber, Sex, UnifiedSocialCreditCode};
//!
//! let code: UnifiedSocialCreditCode = " 9111 0000 6000 3734 1l ".parse()?;
//! assert_eq!(code.as_str(), "91110000600037341L");
//! assert_eq!(code.organization_code(), "600037341");
//!
//! let id = ResidentIdNumber::parse("11010519491231002x")?;
//! assert_eq!(id.as_str(), "11010519491231002X");
//! assert_eq!(id.sex(), Sex::Female);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod id_number;
pub mod org_name;
pub mod uscc;

pub use id_number::{IdNumberError, ResidentIdNumber, Sex};
pub use org_name::{NormalizedName, normalize_org_name};
pub use uscc::{EntityType, RegistrationAuthority, UnifiedSocialCreditCode, UsccError};

/// Maps the full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space (U+3000) to their
/// ASCII counterparts, leaving every other character alone: the subset of NFKC that matters for
/// codes and names typed on Chinese input methods.
pub(crate) fn to_half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// The significant characters of an identifier, whitespace dropped, each mapped to half-width
/// upper case as an ASCII byte; a character with no ASCII form becomes `0xFF`, which no
/// identifier allows. Returns how many there are and the first `N`.
pub(crate) fn significant<const N: usize>(input: &str) -> (usize, [u8; N]) {
    let mut out = [0xFF; N];
    // The canonical form, as most input arrives, needs no decoding.
    // One pass over a fixed-size array, which the compiler unrolls.
    if let Ok(bytes) = <&[u8; N]>::try_from(input.as_bytes()) {
        let mut plain = true;
        for (o, &b) in out.iter_mut().zip(bytes) {
            plain &= b.is_ascii_alphanumeric();
            *o = b.to_ascii_uppercase();
        }
        if plain {
            return (N, out);
        }
        out = [0xFF; N];
    }
    let mut len = 0;
    for c in input
        .chars()
        .map(to_half_width)
        .filter(|c| !c.is_whitespace())
    {
        if let Some(slot) = out.get_mut(len) {
            *slot = u8::try_from(c).map_or(0xFF, |b| b.to_ascii_uppercase());
        }
        len += 1;
    }
    (len, out)
}

/// The character as typed at significant position `index` (from 0), for error messages.
pub(crate) fn typed_at(input: &str, index: usize) -> char {
    input
        .chars()
        .filter(|&c| !to_half_width(c).is_whitespace())
        .nth(index)
        .unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// Province-level prefixes of GB/T 2260 (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82),
/// one bit per two-digit number.
const PROVINCES: u128 = bits(&[
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
]);

const fn bits(list: &[u8]) -> u128 {
    let mut acc = 0u128;
    let mut i = 0;
    while i < list.len() {
        acc |= 1 << list[i];
        i += 1;
    }
    acc
}

/// Whether `prefix` (0–99) is a GB/T 2260 province-level code.
pub(crate) fn is_province(prefix: u32) -> bool {
    prefix < 100 && PROVINCES & (1 << prefix) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_width_maps_ascii_forms_only() {
        assert_eq!(to_half_width('９'), '9');
        assert_eq!(to_half_width('Ａ'), 'A');
        assert_eq!(to_half_width('ｘ'), 'x');
        assert_eq!(to_half_width('（'), '(');
        assert_eq!(to_half_width('\u{3000}'), ' ');
        assert_eq!(to_half_width('。'), '。');
        assert_eq!(to_half_width('公'), '公');
    }

    #[test]
    fn significant_counts_past_capacity() {
        assert_eq!(significant::<2>(" a\u{3000}ｂ c "), (3, *b"AB"));
        assert_eq!(significant::<3>("a中b"), (3, [b'A', 0xFF, b'B']));
        assert_eq!(significant::<3>("ab9"), (3, *b"AB9"));
        assert_eq!(typed_at(" a\u{3000}ｂ c ", 1), 'ｂ');
    }

    #[test]
    fn provinces_match_gb_t_2260() {
        let listed: Vec<u32> = (0..100).filter(|&p| is_province(p)).collect();
        assert_eq!(listed.len(), 34);
        for p in [
            10, 16, 20, 24, 30, 38, 40, 47, 49, 55, 60, 66, 70, 72, 80, 83, 99, 100, 1000,
        ] {
            assert!(!is_province(p), "{p}");
        }
    }
}
