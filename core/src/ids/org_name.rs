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

use serde::{Deserialize, Serialize};

use super::to_half_width;

/// The longest name, in characters, that a record's party or a screening query may give.
///
/// A real organisation's name is well under 200 characters; the limit leaves room for a
/// consortium (联合体) named member by member in one field. Past it a name is refused with an
/// error rather than worked on: it is a data error or an attack, not a name.
pub const MAX_NAME_CHARS: usize = 500;

/// Why `name` is not a name: longer than [`MAX_NAME_CHARS`].
pub(crate) fn too_long(name: &str) -> Option<String> {
    name.chars().nth(MAX_NAME_CHARS).map(|_| {
        let n = name.chars().count();
        format!("a name of {n} characters is longer than the {MAX_NAME_CHARS} a name may have")
    })
}

/// Why `name` is not a name to screen on: not a single letter or digit (empty, blank,
/// punctuation only), so it would match nothing and say "not barred" of anyone.
pub(crate) fn without_letters(name: &str) -> Option<String> {
    (!name.chars().any(char::is_alphanumeric))
        .then(|| "a name needs at least one letter or digit".to_owned())
}

/// Reads a name of at most [`MAX_NAME_CHARS`] characters (a record's party).
pub(crate) fn de_bounded_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let name = String::deserialize(d)?;
    match too_long(&name) {
        Some(message) => Err(serde::de::Error::custom(message)),
        None => Ok(name),
    }
}

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
    let mut s: Vec<char> = compact(name).collect();
    // Trailing legal forms go one by one; removing one may turn the name into a branch's
    // (某某分公司有限公司), whose parent's legal forms then go instead, and that is final.
    loop {
        if let Some(marker) = BRANCH_MARKERS.iter().find(|m| ends_with(&s, m)) {
            let tail = s.split_off(s.len() - marker.chars().count());
            strip_inner_legal_forms(&mut s);
            s.extend(tail);
            break;
        }
        match LEGAL_FORMS.iter().find(|form| ends_with(&s, form)) {
            Some(form) if form.chars().count() < s.len() => {
                s.truncate(s.len() - form.chars().count());
            }
            _ => break,
        }
    }
    NormalizedName(s.into_iter().collect())
}

/// Steps 1–3 of the normal form: half-width, without whitespace or invisible characters, Latin
/// letters upper-cased.
fn compact(name: &str) -> impl Iterator<Item = char> + '_ {
    name.chars()
        .map(to_half_width)
        .filter(|&c| !(c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'))
        .map(|c| c.to_ascii_uppercase())
}

/// The longest legal form, in characters.
const LONGEST_FORM: usize = 6;

/// Removes the legal forms inside a branch name's head (the part before 分公司 and the like),
/// as repeatedly removing the one that ends furthest right would, until none is left or the
/// furthest right one starts the name. In linear time: after a removal, only forms ending
/// within [`LONGEST_FORM`] characters right of the join can be new, so the scan steps back
/// that far and goes on leftwards, instead of starting again from the end.
fn strip_inner_legal_forms(head: &mut Vec<char>) {
    // `head` up to the scan position; `right` the part already scanned, reversed.
    let mut right: Vec<char> = Vec::new();
    loop {
        if let Some(form) = LEGAL_FORMS.iter().find(|form| ends_with(head, form)) {
            let n = form.chars().count();
            if n == head.len() {
                // The furthest-right form starts the name: it stays, and so does the rest.
                break;
            }
            head.truncate(head.len() - n);
            for _ in 1..LONGEST_FORM {
                match right.pop() {
                    Some(c) => head.push(c),
                    None => break,
                }
            }
            continue;
        }
        match head.pop() {
            Some(c) => right.push(c),
            None => break,
        }
    }
    head.extend(right.into_iter().rev());
}

/// `s` ends with `suffix`, compared by characters.
fn ends_with(s: &[char], suffix: &str) -> bool {
    let mut rest = s.iter().rev();
    suffix.chars().rev().all(|c| rest.next() == Some(&c))
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

    /// The definition the linear normal form must agree with: remove the legal form that ends
    /// furthest right (trailing forms of a non-branch, the parent's inside a branch), again
    /// and again, on the whole string.
    fn by_definition(name: &str) -> String {
        let mut s: String = compact(name).collect();
        loop {
            let next = if let Some(head) = BRANCH_MARKERS.iter().find_map(|m| s.strip_suffix(m)) {
                head.char_indices()
                    .map(|(i, c)| i + c.len_utf8())
                    .rev()
                    .find_map(|end| {
                        LEGAL_FORMS
                            .iter()
                            .find(|form| head[..end].ends_with(*form))
                            .map(|form| end - form.len()..end)
                    })
                    .filter(|r| r.start > 0)
            } else {
                LEGAL_FORMS
                    .iter()
                    .find(|form| s.ends_with(*form))
                    .map(|form| s.len() - form.len()..s.len())
                    .filter(|r| r.start > 0)
            };
            match next {
                Some(r) => s.replace_range(r, ""),
                None => return s,
            }
        }
    }

    #[test]
    fn longest_form_is_the_longest() {
        let longest = LEGAL_FORMS.iter().map(|f| f.chars().count()).max();
        assert_eq!(longest, Some(LONGEST_FORM));
    }

    /// Pieces of legal forms and branch markers, so that removals uncover and overlap one
    /// another (有限 + 有限公司 + 公司).
    const PIECES: [&str; 16] = [
        "有限",
        "公司",
        "有限公司",
        "集团",
        "（集团）",
        "(",
        ")",
        "股份",
        "责任",
        "有限责任公司",
        "集团公司",
        "分公司",
        "分",
        "支行",
        "X",
        " ",
    ];

    proptest::proptest! {
        #[test]
        fn linear_normal_form_agrees_with_the_definition(
            pieces in proptest::collection::vec(proptest::sample::select(&PIECES[..]), 0..12)
        ) {
            let name = pieces.concat();
            let got = normalize_org_name(&name);
            proptest::prop_assert_eq!(got.as_str(), by_definition(&name));
            proptest::prop_assert_eq!(normalize_org_name(got.as_str()), got.clone());
        }
    }

    /// A long name that repeats a legal form inside a branch name: linear, not quadratic.
    #[test]
    fn a_long_branch_name_is_normalised_in_one_pass() {
        let name = format!("A{}分公司", "集团中".repeat(200_000));
        let n = normalize_org_name(&name);
        assert_eq!(n.as_str(), format!("A{}分公司", "中".repeat(200_000)));
    }

    #[test]
    fn a_removal_that_uncovers_another_form_is_followed_through() {
        // Removing the first 有限公司 leaves 有限 + 公司 adjacent: a new legal form.
        let once = norm("某有限有限公司公司广州分公司");
        assert_eq!(once, "某广州分公司");
        assert_eq!(norm(&once), once);
    }
}
