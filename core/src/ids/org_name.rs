//! A normal form of organisation names, for matching records that spell one name differently.
//!
//! Names in disclosure records (bidders, winners, blacklisted suppliers) are typed by hand, so
//! the same company appears as `广州某某科技有限公司`, `广州某某科技 有限公司` or
//! `广州某某科技（集团）有限公司`. [`normalize_org_name`] reduces such spellings to one form:
//!
//! 1. full-width ASCII forms become half-width (`（）` → `()`, `ＡＢＣ` → `ABC`, the ideographic
//!    space U+3000 → space);
//! 2. all whitespace is removed, and also the invisible U+200B and U+FEFF that copied text
//!    carries;
//! 3. Latin letters are upper-cased;
//! 4. trailing legal-form suffixes are removed, repeatedly, with or without a space before them:
//!    股份有限公司, 有限责任公司, 有限公司, 集团公司, (集团) and 集团, so 集团有限公司,
//!    集团股份有限公司 and (集团)有限公司 all go. A suffix that is the whole name stays.
//!
//! **Branches are not their parents.** A branch (分公司) has its own registration and its own
//! credit code, and a penalty on one does not bind the other, so `某某有限公司广州分公司` must
//! not match `某某有限公司`. For a name ending in 分公司, 分行, 支行, 分店, 分厂, 办事处 or 营业部,
//! the legal form of the parent inside the name is removed instead, and the branch part kept:
//! `某某有限公司广州分公司` and `某某集团广州分公司` both become `某某广州分公司`, which no
//! parent's normal form equals.
//!
//! The normal form is for comparison only; it is not a name to display or publish, and equal
//! normal forms are a lead, not proof of identity: the credit code
//! ([`UnifiedSocialCreditCode`](super::UnifiedSocialCreditCode)) is.
//!
//! # Example
//!
//! ```
//! use gongkai::ids::normalize_org_name;
//!
//! let a = normalize_org_name("广州ＡＢＣ科技（集团）有限公司");
//! let b = normalize_org_name("广州 abc 科技集团有限公司");
//! assert_eq!(a, b);
//! assert_eq!(a.as_str(), "广州ABC科技");
//!
//! let branch = normalize_org_name("广州ABC科技有限公司深圳分公司");
//! assert_eq!(branch.as_str(), "广州ABC科技深圳分公司");
//! assert_ne!(branch, a);
//! ```

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::to_half_width;

/// Legal forms removed from the end of a name, longest first where two can end at one place.
const LEGAL_FORMS: [&str; 6] = [
    "股份有限公司",
    "有限责任公司",
    "有限公司",
    "集团公司",
    "(集团)",
    "集团",
];

/// Endings that make a name a branch's.
const BRANCH_MARKERS: [&str; 7] = ["分公司", "分行", "支行", "分店", "分厂", "办事处", "营业部"];

/// An organisation name in normal form; see the [module documentation](self).
///
/// Serialises as its string; deserialising normalises again, which leaves a normal form
/// unchanged.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub struct NormalizedName(String);

impl NormalizedName {
    /// Normalises `name`; the same as [`normalize_org_name`].
    pub fn new(name: &str) -> Self {
        normalize_org_name(name)
    }

    /// The normal form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Reduces an organisation name to its [`NormalizedName`].
///
/// Normalising is idempotent, and insensitive to full-width versus half-width ASCII and to
/// whitespace.
///
/// # Example
///
/// ```
/// use gongkai::ids::normalize_org_name;
///
/// assert_eq!(normalize_org_name("某某建设集团股份有限公司").as_str(), "某某建设");
/// assert_eq!(normalize_org_name("有限公司").as_str(), "有限公司");
/// ```
pub fn normalize_org_name(name: &str) -> NormalizedName {
    let mut s: String = name
        .chars()
        .map(to_half_width)
        .filter(|&c| !(c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    // Each step removes one legal form, so this ends; looping to a fixed point makes the result
    // idempotent even when a removal brings another legal form to light.
    while let Some(form) = legal_form_to_remove(&s) {
        s.replace_range(form, "");
    }
    NormalizedName(s)
}

/// The next legal form to remove: the parent's inside a branch name, or else a trailing one.
fn legal_form_to_remove(s: &str) -> Option<Range<usize>> {
    if let Some(head) = BRANCH_MARKERS.iter().find_map(|m| s.strip_suffix(m)) {
        let form = rightmost_legal_form(head)?;
        return (form.start > 0).then_some(form);
    }
    let form = LEGAL_FORMS.iter().find(|form| s.ends_with(*form))?;
    let start = s.len() - form.len();
    (start > 0).then_some(start..s.len())
}

/// The byte range of the legal form in `s` that ends furthest right.
fn rightmost_legal_form(s: &str) -> Option<Range<usize>> {
    s.char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .rev()
        .find_map(|end| {
            LEGAL_FORMS
                .iter()
                .find(|form| s[..end].ends_with(*form))
                .map(|form| end - form.len()..end)
        })
}

impl From<&str> for NormalizedName {
    fn from(name: &str) -> Self {
        normalize_org_name(name)
    }
}

impl From<String> for NormalizedName {
    fn from(name: String) -> Self {
        normalize_org_name(&name)
    }
}

impl From<NormalizedName> for String {
    fn from(name: NormalizedName) -> Self {
        name.0
    }
}

impl AsRef<str> for NormalizedName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NormalizedName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize_org_name(s).0
    }

    #[test]
    fn strips_stacked_legal_forms() {
        for name in [
            "某某科技有限公司",
            "某某科技有限责任公司",
            "某某科技股份有限公司",
            "某某科技集团",
            "某某科技集团有限公司",
            "某某科技集团股份有限公司",
            "某某科技（集团）有限公司",
            "某某科技集团公司",
            "某某科技 有限公司",
            "某某科技\u{3000}集团\u{3000}有限公司",
        ] {
            assert_eq!(norm(name), "某某科技", "{name}");
        }
    }

    #[test]
    fn keeps_a_bare_legal_form() {
        assert_eq!(norm("集团有限公司"), "集团");
        assert_eq!(norm("股份有限公司"), "股份有限公司");
        assert_eq!(norm(""), "");
    }

    #[test]
    fn branch_differs_from_parent() {
        assert_eq!(norm("某某有限公司广州分公司"), "某某广州分公司");
        assert_eq!(norm("某某集团有限公司广州分公司"), "某某广州分公司");
        assert_eq!(norm("某某广州分公司"), "某某广州分公司");
        assert_eq!(
            norm("中国某某银行股份有限公司北京市分行"),
            "中国某某银行北京市分行"
        );
        assert_ne!(norm("某某有限公司广州分公司"), norm("某某有限公司"));
    }

    #[test]
    fn inner_legal_form_of_a_non_branch_stays() {
        assert_eq!(norm("某某有限公司工会委员会"), "某某有限公司工会委员会");
    }

    #[test]
    fn a_removal_that_uncovers_another_form_is_followed_through() {
        // Removing the first 有限公司 leaves 有限 + 公司 adjacent: a new legal form.
        let once = norm("某有限有限公司公司广州分公司");
        assert_eq!(once, "某广州分公司");
        assert_eq!(norm(&once), once);
    }
}
