//! Legal basis: which document and article a rule comes from, and how firmly that is established.

use serde::{Deserialize, Serialize};

/// How firmly a fact is established (docs/legal-basis.md#grades).
///
/// A rule tagged [`Verification::R`] was recalled, not read in a source: the library still
/// encodes it, but says so, and a caller can override it with a local rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verification {
    /// Read in the law's own text.
    VText,
    /// Read as quoted on a government page or in a compilation.
    VQuote,
    /// Stated in the seed notice (粤办函〔2018〕201号).
    VSeed,
    /// Stated by a secondary source.
    V2nd,
    /// Recalled, not verified.
    R,
}

crate::parse::by_name!(Verification [
    VText = "V-text",
    VQuote = "V-quote",
    VSeed = "V-seed",
    V2nd = "V-2nd",
    R = "R",
]);

impl Verification {
    /// The tag as the rule table and docs/legal-basis.md write it (`"V-text"`).
    pub fn as_str(self) -> &'static str {
        self.json_name()
    }
}

/// The legal basis of a rule: document, article and verification tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LegalBasis {
    /// The document, e.g. `政府采购法实施条例`.
    pub document: String,
    /// The article, e.g. `第四十三条第二款`; absent when the rule rests on the document as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// How firmly the rule is established.
    pub verification: Verification,
}

impl std::fmt::Display for LegalBasis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "《{}》", self.document)?;
        if let Some(a) = &self.article {
            write!(f, "{a}")?;
        }
        write!(f, " [{}]", self.verification.as_str())
    }
}
