//! 统一社会信用代码: the unified social credit code of GB 32100-2015.
//!
//! Eighteen characters from a 31-character set (`0123456789ABCDEFGHJKLMNPQRTUWXY`: no I, O, S,
//! V or Z):
//!
//! | positions | field | validated here as |
//! |---|---|---|
//! | 1 | 登记管理部门代码, registration authority | one of `1`–`9`, `A`, `N`, `Y` ([`RegistrationAuthority`]) |
//! | 2 | 机构类别代码, entity type | per authority, see [`EntityType`] |
//! | 3–8 | 登记管理机关行政区划码, GB/T 2260 region of the registering office | six digits; the first two a province-level code or `10` |
//! | 9–17 | 主体标识码, the GB 11714-1997 organisation code | its own mod-11 check character (position 17) |
//! | 18 | 校验码 | mod-31 check character over positions 1–17 |
//!
//! Checks run in that order, except that the mod-31 check character (which catches any single
//! typo) is verified before the organisation code's own check, so that a mistyped code reports
//! [`UsccError::BadCheckCharacter`] rather than a misleading [`UsccError::BadOrganizationCode`].
//!
//! # Decisions
//!
//! - **Region `10`** is accepted: central-level registrations carry `100000` (the vector
//!   `12100000400000624D`, recalled as a central public institution's code, passes every check).
//!   **Region `000000`** and any other prefix outside GB/T 2260's
//!   province-level list are rejected: no published code with them was found, and the
//!   ostensibly "synthetic valid" `91000000000000000K` is a placeholder rather than a code.
//! - **Entity types** are checked strictly where the table is well attested: 机构编制 (`1`)
//!   allows `1`, `2`, `3`, `9`; 民政 (`5`) allows `1`, `2`, `3`, `9`; 工商 (`9`) allows `1`, `2`,
//!   `3`. For the other authorities, whose lists are R (recalled,
//!   docs/legal-basis.md#identifiers) and may have grown since 2015, any digit `1`–`9` is
//!   accepted; so is `Y` with `1`–`9` although the standard gives it `1` only.
//!   [`EntityType::name_zh`] returns `None` for digits the table does not name.
//! - **The embedded organisation code is checked.** GB 32100 makes positions 9–17 a GB 11714 code
//!   (letters valued A = 10 … Z = 35), and every real code tried passes. Made-up codes that only
//!   get the mod-31 character right, such as `91310000MA1FL0000N`, fail with
//!   [`UsccError::BadOrganizationCode`] (python-stdnum does not make this check and accepts them).
//!
//! # Example
//!
//! ```
//! use gongkai::ids::{RegistrationAuthority, UnifiedSocialCreditCode, UsccError};
//!
//! let code = UnifiedSocialCreditCode::parse("9144030071526726XG")?;
//! assert_eq!(code.registration_authority(), RegistrationAuthority::MarketRegulation);
//! assert_eq!(code.entity_type().name_zh(), Some("企业"));
//! assert_eq!(code.region_code(), "440300");
//!
//! let err = UnifiedSocialCreditCode::parse("91110000600037341K").unwrap_err();
//! assert_eq!(err, UsccError::BadCheckCharacter { expected: 'L', found: 'K' });
//! assert_eq!(err.code(), "uscc.bad_check_character");
//! # Ok::<(), UsccError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::{is_province, significant, typed_at};

/// The code's 31 characters; a character's value is its index.
const CHARSET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// W_i = 3^(i−1) mod 31 for positions 1–17.
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/// GB 11714-1997 weights for the eight body characters of an organisation code.
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// `CHARSET` index of each ASCII byte, or `u8::MAX`.
const VALUES: [u8; 128] = {
    let mut table = [u8::MAX; 128];
    let mut i = 0;
    while i < CHARSET.len() {
        table[CHARSET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

fn charset_value(c: u8) -> Option<u8> {
    let v = *VALUES.get(usize::from(c))?;
    (v != u8::MAX).then_some(v)
}

/// Why a string is not a unified social credit code.
///
/// Positions count the significant characters from 1, whitespace ignored, as the standard
/// numbers them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UsccError {
    /// Not 18 significant characters.
    #[error("a unified social credit code has 18 characters, found {len}")]
    WrongLength {
        /// Characters found, whitespace not counted.
        len: usize,
    },
    /// A character outside the 31-character set, or a non-digit where only digits are allowed
    /// (the region code, positions 3–8).
    #[error("character {found:?} is not allowed at position {position}")]
    InvalidCharacter {
        /// 1-based position.
        position: usize,
        /// The character as typed.
        found: char,
    },
    /// Position 1 is not a registration-authority code.
    #[error("{found:?} is not a registration authority code (1-9, A, N, Y)")]
    BadRegistrationAuthority {
        /// The character at position 1.
        found: char,
    },
    /// Position 2 is not an entity type the authority at position 1 assigns.
    #[error("{found:?} is not an entity type of registration authority {authority:?}")]
    BadEntityType {
        /// The authority code at position 1.
        authority: char,
        /// The character at position 2.
        found: char,
    },
    /// Positions 3–8 do not start with a GB/T 2260 province-level code or `10`.
    #[error("region code {region:06} does not start with a province-level code")]
    BadRegionCode {
        /// The six-digit region code.
        region: u32,
    },
    /// The organisation code in positions 9–17 fails its own GB 11714 check.
    #[error("embedded organisation code check character should be {expected:?}, found {found:?}")]
    BadOrganizationCode {
        /// The check character positions 9–16 call for.
        expected: char,
        /// The character at position 17.
        found: char,
    },
    /// The check character at position 18 is wrong.
    #[error("check character should be {expected:?}, found {found:?}")]
    BadCheckCharacter {
        /// The check character positions 1–17 call for.
        expected: char,
        /// The character at position 18.
        found: char,
    },
}

impl UsccError {
    /// A stable machine-readable code for this error, such as `"uscc.bad_check_character"`.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::ids::UnifiedSocialCreditCode;
    ///
    /// let err = UnifiedSocialCreditCode::parse("9111").unwrap_err();
    /// assert_eq!(err.code(), "uscc.wrong_length");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Self::WrongLength { .. } => "uscc.wrong_length",
            Self::InvalidCharacter { .. } => "uscc.invalid_character",
            Self::BadRegistrationAuthority { .. } => "uscc.bad_registration_authority",
            Self::BadEntityType { .. } => "uscc.bad_entity_type",
            Self::BadRegionCode { .. } => "uscc.bad_region_code",
            Self::BadOrganizationCode { .. } => "uscc.bad_organization_code",
            Self::BadCheckCharacter { .. } => "uscc.bad_check_character",
        }
    }
}

/// 登记管理部门: the registration authority, position 1 of the code.
///
/// The twelve authorities of GB 32100-2015 as reproduced by secondary sources (V-2nd: the
/// standard's text was not read; all but 1, 5, 9 and Y are graded R,
/// docs/legal-basis.md#identifiers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RegistrationAuthority {
    /// `1` 机构编制 (establishment offices: government bodies, public institutions).
    Establishment,
    /// `2` 外交 (foreign affairs).
    ForeignAffairs,
    /// `3` 司法行政 (justice administration: law firms, notaries, …).
    Justice,
    /// `4` 文化 (culture).
    Culture,
    /// `5` 民政 (civil affairs: social organisations, foundations).
    CivilAffairs,
    /// `6` 旅游 (tourism).
    Tourism,
    /// `7` 宗教 (religious affairs).
    Religion,
    /// `8` 工会 (trade unions).
    TradeUnion,
    /// `9` 工商, now 市场监管 (market regulation: enterprises, individual businesses, co-operatives).
    MarketRegulation,
    /// `A` 中央军委改革和编制办公室 (the Central Military Commission's establishment office).
    MilitaryEstablishment,
    /// `N` 农业 (agriculture: rural collective economic organisations).
    Agriculture,
    /// `Y` 其他 (other authorities).
    Other,
}

impl RegistrationAuthority {
    /// The authority for a position-1 code character, if there is one.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::ids::RegistrationAuthority;
    ///
    /// assert_eq!(RegistrationAuthority::from_code('5'), Some(RegistrationAuthority::CivilAffairs));
    /// assert_eq!(RegistrationAuthority::from_code('B'), None);
    /// ```
    pub fn from_code(code: char) -> Option<Self> {
        Some(match code {
            '1' => Self::Establishment,
            '2' => Self::ForeignAffairs,
            '3' => Self::Justice,
            '4' => Self::Culture,
            '5' => Self::CivilAffairs,
            '6' => Self::Tourism,
            '7' => Self::Religion,
            '8' => Self::TradeUnion,
            '9' => Self::MarketRegulation,
            'A' => Self::MilitaryEstablishment,
            'N' => Self::Agriculture,
            'Y' => Self::Other,
            _ => return None,
        })
    }

    /// The position-1 code character.
    pub fn code(self) -> char {
        match self {
            Self::Establishment => '1',
            Self::ForeignAffairs => '2',
            Self::Justice => '3',
            Self::Culture => '4',
            Self::CivilAffairs => '5',
            Self::Tourism => '6',
            Self::Religion => '7',
            Self::TradeUnion => '8',
            Self::MarketRegulation => '9',
            Self::MilitaryEstablishment => 'A',
            Self::Agriculture => 'N',
            Self::Other => 'Y',
        }
    }

    /// The authority's Chinese name as GB 32100 gives it.
    pub fn name_zh(self) -> &'static str {
        match self {
            Self::Establishment => "机构编制",
            Self::ForeignAffairs => "外交",
            Self::Justice => "司法行政",
            Self::Culture => "文化",
            Self::CivilAffairs => "民政",
            Self::Tourism => "旅游",
            Self::Religion => "宗教",
            Self::TradeUnion => "工会",
            Self::MarketRegulation => "工商",
            Self::MilitaryEstablishment => "中央军委改革和编制办公室",
            Self::Agriculture => "农业",
            Self::Other => "其他",
        }
    }

    /// Whether position 2 may hold `digit` under this authority (see the module's "Decisions").
    fn allows_entity_type(self, digit: u8) -> bool {
        match self {
            Self::Establishment | Self::CivilAffairs => matches!(digit, b'1' | b'2' | b'3' | b'9'),
            Self::MarketRegulation => matches!(digit, b'1' | b'2' | b'3'),
            _ => matches!(digit, b'1'..=b'9'),
        }
    }
}

impl fmt::Display for RegistrationAuthority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_zh())
    }
}

/// 机构类别: the entity type, position 2 of the code, read under its registration authority.
///
/// Which digits are accepted is described in the [module documentation](self); the names come
/// from the GB 32100 table as reproduced by secondary sources (V-2nd).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EntityType {
    authority: RegistrationAuthority,
    code: char,
}

impl EntityType {
    /// The registration authority this type belongs to.
    pub fn authority(self) -> RegistrationAuthority {
        self.authority
    }

    /// The position-2 code character, a digit `1`–`9`.
    pub fn code(self) -> char {
        self.code
    }

    /// The type's Chinese name from the GB 32100 table, or `None` for a digit the table does not
    /// name (accepted only under the authorities checked leniently).
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::ids::UnifiedSocialCreditCode;
    ///
    /// let code = UnifiedSocialCreditCode::parse("12100000400000624D")?;
    /// assert_eq!(code.entity_type().name_zh(), Some("事业单位"));
    /// # Ok::<(), gongkai::ids::UsccError>(())
    /// ```
    pub fn name_zh(self) -> Option<&'static str> {
        use RegistrationAuthority as A;
        Some(match (self.authority, self.code) {
            (A::Establishment, '1') => "机关",
            (A::Establishment, '2') => "事业单位",
            (A::Establishment, '3') => "中央编办直接管理机构编制的群众团体",
            (A::ForeignAffairs, '1') => "外国常驻新闻机构",
            (A::Justice, '1') => "律师执业机构",
            (A::Justice, '2') => "公证处",
            (A::Justice, '3') => "基层法律服务所",
            (A::Justice, '4') => "司法鉴定机构",
            (A::Justice, '5') => "仲裁委员会",
            (A::Culture, '1') => "外国在华文化中心",
            (A::CivilAffairs, '1') => "社会团体",
            (A::CivilAffairs, '2') => "民办非企业单位",
            (A::CivilAffairs, '3') => "基金会",
            (A::Tourism, '1') => "外国旅游部门常驻代表机构",
            (A::Tourism, '2') => "港澳台地区旅游部门常驻内地（大陆）代表机构",
            (A::Religion, '1') => "宗教活动场所",
            (A::Religion, '2') => "宗教院校",
            (A::TradeUnion, '1') => "基层工会",
            (A::MarketRegulation, '1') => "企业",
            (A::MarketRegulation, '2') => "个体工商户",
            (A::MarketRegulation, '3') => "农民专业合作社",
            (A::MilitaryEstablishment, '1') => "军队事业单位",
            (A::Agriculture, '1') => "组级集体经济组织",
            (A::Agriculture, '2') => "村级集体经济组织",
            (A::Agriculture, '3') => "乡镇级集体经济组织",
            (A::Other, '1') => "其他",
            (A::Other, _) => return None,
            (_, '9') => "其他",
            _ => return None,
        })
    }
}

/// 统一社会信用代码: a validated unified social credit code (GB 32100-2015).
///
/// Holds the canonical 18-character upper-case form; see the [module documentation](self) for
/// what is checked. Serialises as that string and deserialises through [`parse`](Self::parse).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct UnifiedSocialCreditCode([u8; 18]);

impl UnifiedSocialCreditCode {
    /// Normalises `input` (whitespace removed, full-width to half-width, upper case) and validates
    /// it.
    ///
    /// # Errors
    ///
    /// The first problem found, in this order: [`UsccError::WrongLength`],
    /// [`UsccError::InvalidCharacter`] (outside the 31-character set),
    /// [`UsccError::BadRegistrationAuthority`], [`UsccError::BadEntityType`],
    /// [`UsccError::InvalidCharacter`] (a letter in the region code), [`UsccError::BadRegionCode`],
    /// [`UsccError::BadCheckCharacter`], [`UsccError::BadOrganizationCode`].
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::ids::{UnifiedSocialCreditCode, UsccError};
    ///
    /// let code = UnifiedSocialCreditCode::parse("９１３５０１００Ｍ０００１００Ｙ４３")?;
    /// assert_eq!(code.as_str(), "91350100M000100Y43");
    ///
    /// assert_eq!(
    ///     UnifiedSocialCreditCode::parse("91110000600037341I"),
    ///     Err(UsccError::InvalidCharacter { position: 18, found: 'I' }),
    /// );
    /// assert_eq!(
    ///     UnifiedSocialCreditCode::parse("91310000MA1FL0000N"),
    ///     Err(UsccError::BadOrganizationCode { expected: '7', found: '0' }),
    /// );
    /// # Ok::<(), UsccError>(())
    /// ```
    pub fn parse(input: &str) -> Result<Self, UsccError> {
        let (len, code) = significant::<18>(input);
        if len != 18 {
            return Err(UsccError::WrongLength { len });
        }
        let invalid = |i: usize| UsccError::InvalidCharacter {
            position: i + 1,
            found: typed_at(input, i),
        };
        // Every character looked up without a branch; the first bad one is looked for only when
        // there is one (most codes are valid).
        let mut values = [0u8; 18];
        let mut outside = false;
        for (&c, v) in code.iter().zip(&mut values) {
            *v = VALUES[usize::from(c & 0x7F)];
            outside |= (c > 0x7F) | (*v == u8::MAX);
        }
        if outside && let Some(i) = code.iter().position(|&c| charset_value(c).is_none()) {
            return Err(invalid(i));
        }

        let authority_code = char::from(code[0]);
        let authority = RegistrationAuthority::from_code(authority_code).ok_or(
            UsccError::BadRegistrationAuthority {
                found: authority_code,
            },
        )?;
        if !authority.allows_entity_type(code[1]) {
            return Err(UsccError::BadEntityType {
                authority: authority_code,
                found: char::from(code[1]),
            });
        }

        let mut region = 0;
        let mut letter = false;
        for &b in &code[2..8] {
            letter |= !b.is_ascii_digit();
            region = region * 10 + u32::from(b.wrapping_sub(b'0'));
        }
        if letter && let Some(i) = (2..8).find(|&i| !code[i].is_ascii_digit()) {
            return Err(invalid(i));
        }
        let prefix = region / 10_000;
        if prefix != 10 && !is_province(prefix) {
            return Err(UsccError::BadRegionCode { region });
        }

        let expected = check_character(&values);
        if expected != code[17] {
            return Err(UsccError::BadCheckCharacter {
                expected: char::from(expected),
                found: char::from(code[17]),
            });
        }

        let expected = organization_check_character(&code[8..16]);
        if expected != code[16] {
            return Err(UsccError::BadOrganizationCode {
                expected: char::from(expected),
                found: char::from(code[16]),
            });
        }
        Ok(Self(code))
    }

    /// The canonical 18-character form.
    pub fn as_str(&self) -> &str {
        // Only ASCII from CHARSET is ever stored.
        std::str::from_utf8(&self.0).expect("unified social credit codes are ASCII")
    }

    /// The canonical form's bytes.
    pub(crate) fn bytes(&self) -> &[u8; 18] {
        &self.0
    }

    /// The registration authority (position 1).
    pub fn registration_authority(&self) -> RegistrationAuthority {
        RegistrationAuthority::from_code(char::from(self.0[0]))
            .expect("authority validated by parse")
    }

    /// The entity type (position 2), read under the registration authority.
    pub fn entity_type(&self) -> EntityType {
        EntityType {
            authority: self.registration_authority(),
            code: char::from(self.0[1]),
        }
    }

    /// The GB/T 2260 region code of the registering office (positions 3–8), such as `"110000"`.
    pub fn region_code(&self) -> &str {
        &self.as_str()[2..8]
    }

    /// The embedded GB 11714 organisation code (positions 9–17), nine characters without the
    /// hyphen that older certificates print before its check character.
    pub fn organization_code(&self) -> &str {
        &self.as_str()[8..17]
    }

    /// The mod-31 check character (position 18).
    pub fn check_character(&self) -> char {
        char::from(self.0[17])
    }
}

/// C18 = (31 − Σ value·W mod 31) mod 31, mapped back through the character set.
fn check_character(values: &[u8; 18]) -> u8 {
    let sum: u32 = values
        .iter()
        .zip(WEIGHTS)
        .map(|(&v, w)| u32::from(v) * w)
        .sum();
    CHARSET[((31 - sum % 31) % 31) as usize]
}

/// GB 11714-1997: C9 = 11 − (Σ value·W mod 11), 10 → `X`, 11 → `0`; letters are valued
/// A = 10 … Z = 35 (not by their index in the USCC character set).
fn organization_check_character(body: &[u8]) -> u8 {
    let sum: u32 = body
        .iter()
        .zip(ORG_WEIGHTS)
        .map(|(&b, w)| {
            let v = if b.is_ascii_digit() {
                b - b'0'
            } else {
                b - b'A' + 10
            };
            u32::from(v) * w
        })
        .sum();
    match 11 - sum % 11 {
        10 => b'X',
        11 => b'0',
        d => b'0' + d as u8,
    }
}

impl FromStr for UnifiedSocialCreditCode {
    type Err = UsccError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for UnifiedSocialCreditCode {
    type Error = UsccError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<UnifiedSocialCreditCode> for String {
    fn from(code: UnifiedSocialCreditCode) -> Self {
        code.as_str().to_owned()
    }
}

impl fmt::Display for UnifiedSocialCreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for UnifiedSocialCreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("UnifiedSocialCreditCode")
            .field(&self.as_str())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_character_outside_the_set_is_reported() {
        let invalid = |position, found| Err(UsccError::InvalidCharacter { position, found });
        let parse = UnifiedSocialCreditCode::parse;
        // Latin-1 letters survive `significant` as bytes above 0x7F, some of which look like
        // ASCII digits once their high bit is dropped (° is 0xB0).
        assert_eq!(parse("9144030071526726Xé"), invalid(18, 'é'));
        assert_eq!(parse("91440300715267°6XG"), invalid(15, '°'));
        assert_eq!(parse("9I44030071526726OG"), invalid(2, 'I'));
        assert_eq!(parse("91A4B30071526726XG"), invalid(3, 'A'));
        assert_eq!(parse("914403B071526726XG"), invalid(7, 'B'));
        assert!(parse("9144030071526726XG").is_ok());
    }

    #[test]
    fn weights_are_powers_of_three_mod_31() {
        let mut w = 1;
        for expected in WEIGHTS {
            assert_eq!(w, expected);
            w = w * 3 % 31;
        }
    }

    #[test]
    fn charset_excludes_i_o_s_v_z() {
        for c in *b"IOSVZa-\xFF" {
            assert_eq!(charset_value(c), None, "{c}");
        }
        assert_eq!(charset_value(b'Y'), Some(30));
    }

    #[test]
    fn organization_check_matches_gb_11714_vectors() {
        assert_eq!(organization_check_character(b"60003734"), b'1');
        assert_eq!(organization_check_character(b"71610585"), b'2');
        assert_eq!(organization_check_character(b"71526726"), b'X');
        assert_eq!(organization_check_character(b"M000100Y"), b'4');
        assert_eq!(organization_check_character(b"00000000"), b'0');
    }

    #[test]
    fn entity_type_table_is_strict_for_1_5_9_only() {
        use RegistrationAuthority as A;
        assert!(A::MarketRegulation.allows_entity_type(b'3'));
        assert!(!A::MarketRegulation.allows_entity_type(b'4'));
        assert!(!A::MarketRegulation.allows_entity_type(b'9'));
        assert!(A::CivilAffairs.allows_entity_type(b'9'));
        assert!(!A::Establishment.allows_entity_type(b'5'));
        assert!(A::Other.allows_entity_type(b'7'));
        assert!(!A::Other.allows_entity_type(b'0'));
        assert!(!A::Justice.allows_entity_type(b'A'));
    }

    #[test]
    fn authority_codes_round_trip() {
        for c in "123456789ANY".chars() {
            let a = RegistrationAuthority::from_code(c).unwrap();
            assert_eq!(a.code(), c);
        }
        assert_eq!(RegistrationAuthority::from_code('0'), None);
    }
}
