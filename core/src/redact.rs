//! Placeholder until the identifiers work lands: finds personal data in public text.

/// What kind of personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalDataKind {
    /// 居民身份证号码.
    IdNumber,
    /// Mobile number.
    MobileNumber,
}

/// A match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalData {
    /// Kind.
    pub kind: PersonalDataKind,
    /// Byte range.
    pub range: std::ops::Range<usize>,
}

/// Finds 18-character ID-shaped runs and 11-digit mobile numbers.
pub fn find_personal_data(text: &str) -> Vec<PersonalData> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            let s = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'X' || b[i] == b'x') {
                i += 1;
            }
            let kind = match i - s {
                18 => Some(PersonalDataKind::IdNumber),
                11 if b[s] == b'1' => Some(PersonalDataKind::MobileNumber),
                _ => None,
            };
            if let Some(kind) = kind {
                out.push(PersonalData { kind, range: s..i });
            }
        } else {
            i += 1;
        }
    }
    out
}
