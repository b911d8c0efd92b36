//! The masking policy (脱敏规则) for personal data: how much of each kind of number stays
//! visible, and the character that hides the rest.

use serde::Serialize;

use crate::ids::to_half_width;

/// What kind of personal data was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PersonalDataKind {
    /// A resident identity number (公民身份号码), 18 characters.
    IdNumber,
    /// A mainland mobile number (手机号码), 11 digits.
    MobileNumber,
}

/// Why a [`MaskPolicy`] setting was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MaskPolicyError {
    /// The characters kept would leave nothing masked.
    #[error(
        "keeping {keep_prefix} leading and {keep_suffix} trailing of {len} characters masks nothing"
    )]
    NothingMasked {
        /// The kind of number the setting was for.
        kind: PersonalDataKind,
        /// Leading characters to keep.
        keep_prefix: usize,
        /// Trailing characters to keep.
        keep_suffix: usize,
        /// The number's length.
        len: usize,
    },
    /// The mask character could be read as part of a number (a digit, a letter, whitespace, `-`
    /// or `+`, in either width), which would let a masked number match again.
    #[error("{found:?} cannot be a mask character")]
    BadMaskCharacter {
        /// The character refused.
        found: char,
    },
}

impl MaskPolicyError {
    /// A stable machine-readable code for this error, such as `"mask_policy.nothing_masked"`.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::redact::MaskPolicy;
    ///
    /// let err = MaskPolicy::default().with_mask_char('0').unwrap_err();
    /// assert_eq!(err.code(), "mask_policy.bad_mask_character");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Self::NothingMasked { .. } => "mask_policy.nothing_masked",
            Self::BadMaskCharacter { .. } => "mask_policy.bad_mask_character",
        }
    }
}

/// How to mask personal data: how many leading and trailing characters of each kind of number
/// stay visible, and the character that replaces the others.
///
/// The default keeps 6 + 4 of an ID number (`110105********002X`) and 3 + 4 of a mobile number
/// (`138****1234`), masking with `*`. These are common practice, not law (see the
/// [module documentation](crate::redact)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MaskPolicy {
    id_number: (usize, usize),
    mobile_number: (usize, usize),
    mask_char: char,
}

impl Default for MaskPolicy {
    fn default() -> Self {
        Self::DEFAULT
    }
}

impl MaskPolicy {
    /// The default policy: ID numbers keep 6 + 4, mobile numbers 3 + 4, mask character `*`.
    pub const DEFAULT: Self = Self {
        id_number: (6, 4),
        mobile_number: (3, 4),
        mask_char: '*',
    };

    /// Keeps `keep_prefix` leading and `keep_suffix` trailing characters of ID numbers.
    ///
    /// # Errors
    ///
    /// [`MaskPolicyError::NothingMasked`] unless at least one of the 18 characters is masked.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::redact::{self, MaskPolicy};
    ///
    /// let policy = MaskPolicy::default().with_id_number(1, 1)?;
    /// assert_eq!(redact::redact("11010519491231002X", &policy), "1****************X");
    /// # Ok::<(), gongkai::redact::MaskPolicyError>(())
    /// ```
    pub fn with_id_number(
        self,
        keep_prefix: usize,
        keep_suffix: usize,
    ) -> Result<Self, MaskPolicyError> {
        let id_number = check_kept(PersonalDataKind::IdNumber, keep_prefix, keep_suffix)?;
        Ok(Self { id_number, ..self })
    }

    /// Keeps `keep_prefix` leading and `keep_suffix` trailing digits of mobile numbers.
    ///
    /// # Errors
    ///
    /// [`MaskPolicyError::NothingMasked`] unless at least one of the 11 digits is masked.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::redact::{self, MaskPolicy};
    ///
    /// let policy = MaskPolicy::default().with_mobile_number(0, 4)?;
    /// assert_eq!(redact::redact("13812345678", &policy), "*******5678");
    /// # Ok::<(), gongkai::redact::MaskPolicyError>(())
    /// ```
    pub fn with_mobile_number(
        self,
        keep_prefix: usize,
        keep_suffix: usize,
    ) -> Result<Self, MaskPolicyError> {
        let mobile_number = check_kept(PersonalDataKind::MobileNumber, keep_prefix, keep_suffix)?;
        Ok(Self {
            mobile_number,
            ..self
        })
    }

    /// Masks with `mask_char` instead of `*`.
    ///
    /// # Errors
    ///
    /// [`MaskPolicyError::BadMaskCharacter`] for a character that could be read as part of a
    /// number: an ASCII letter or digit, whitespace, `-` or `+`, or the full-width form of one.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::redact::{self, MaskPolicy};
    ///
    /// let policy = MaskPolicy::default().with_mask_char('＊')?;
    /// assert_eq!(redact::redact("13812345678", &policy), "138＊＊＊＊5678");
    /// assert!(MaskPolicy::default().with_mask_char('x').is_err());
    /// # Ok::<(), gongkai::redact::MaskPolicyError>(())
    /// ```
    pub fn with_mask_char(self, mask_char: char) -> Result<Self, MaskPolicyError> {
        let c = to_half_width(mask_char);
        if c.is_ascii_alphanumeric() || c.is_whitespace() || c == '-' || c == '+' {
            return Err(MaskPolicyError::BadMaskCharacter { found: mask_char });
        }
        Ok(Self { mask_char, ..self })
    }

    /// Leading and trailing characters of an ID number left visible.
    pub fn id_number_kept(&self) -> (usize, usize) {
        self.id_number
    }

    /// Leading and trailing digits of a mobile number left visible.
    pub fn mobile_number_kept(&self) -> (usize, usize) {
        self.mobile_number
    }

    /// The character that replaces masked characters.
    pub fn mask_char(&self) -> char {
        self.mask_char
    }

    pub(crate) fn kept(&self, kind: PersonalDataKind) -> (usize, usize, usize) {
        match kind {
            PersonalDataKind::IdNumber => (self.id_number.0, self.id_number.1, 18),
            PersonalDataKind::MobileNumber => (self.mobile_number.0, self.mobile_number.1, 11),
        }
    }
}

fn check_kept(
    kind: PersonalDataKind,
    keep_prefix: usize,
    keep_suffix: usize,
) -> Result<(usize, usize), MaskPolicyError> {
    let len = match kind {
        PersonalDataKind::IdNumber => 18,
        PersonalDataKind::MobileNumber => 11,
    };
    if keep_prefix.saturating_add(keep_suffix) >= len {
        return Err(MaskPolicyError::NothingMasked {
            kind,
            keep_prefix,
            keep_suffix,
            len,
        });
    }
    Ok((keep_prefix, keep_suffix))
}
