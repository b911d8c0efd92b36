//! The provisions a ban rests on, with the range each allows, and what an entry bars.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::{Domain, LegalBasis, Verification};

/// The provision a ban (禁止参加 / 取消投标资格 / 禁止代理) rests on.
///
/// Each named provision carries the range of ban it allows, read in the law's text (V-text):
///
/// | JSON `provision` | law | who | ban |
/// |---|---|---|---|
/// | `procurementLaw77` | 政府采购法 第七十七条 | supplier | 1–3 years, imposed |
/// | `procurementLaw78` | 政府采购法 第七十八条 | procurement agency | 1–3 years, 可以 |
/// | `procurementRegulation73` | 政府采购法实施条例 第七十三条 | false complainant | 1–3 years, imposed |
/// | `biddingLaw50` | 招标投标法 第五十条 | tendering agency | 1–2 years, 情节严重的 |
/// | `biddingLaw53` | 招标投标法 第五十三条 | colluding or bribing bidder | 1–2 years, 情节严重的 |
/// | `biddingLaw54` | 招标投标法 第五十四条 | bidder in another's name or by fraud | 1–3 years, 情节严重的 |
/// | `biddingLaw60` | 招标投标法 第六十条 | winner not performing | 2–5 years, 情节严重的 |
/// | `other` | named in the entry | | the entry's own range, if given |
///
/// "Imposed" provisions (列入…名单，在一至三年内禁止…, no 可以 and no 情节严重) require a ban;
/// the others may be recorded without one (a fine alone is still published).
///
/// # Example
/// ```
/// use gongkai::blacklist::BanBasis;
/// let b: BanBasis = serde_json::from_str(r#"{"provision":"biddingLaw60"}"#).unwrap();
/// assert_eq!(b.range_months(), (24, 60));
/// assert_eq!(b.legal_basis().to_string(), "《招标投标法》第六十条 [V-text]");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(
    tag = "provision",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum BanBasis {
    /// 政府采购法 第七十七条: a supplier, 1–3 years.
    ProcurementLaw77,
    /// 政府采购法 第七十八条: a procurement agency, 1–3 years.
    ProcurementLaw78,
    /// 政府采购法实施条例 第七十三条: a false complaint, 1–3 years.
    ProcurementRegulation73,
    /// 招标投标法 第五十条: a tendering agency, 1–2 years.
    BiddingLaw50,
    /// 招标投标法 第五十三条: collusion or bribery, 1–2 years.
    BiddingLaw53,
    /// 招标投标法 第五十四条: bidding in another's name or by fraud, 1–3 years.
    BiddingLaw54,
    /// 招标投标法 第六十条: a winner who does not perform, 2–5 years.
    BiddingLaw60,
    /// Another provision (a local rule, a court's listing), named by the entry.
    Other {
        /// The document, e.g. `公共租赁住房管理办法`.
        document: String,
        /// The article.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        article: Option<String>,
        /// The shortest ban it allows, in months (default 1).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        min_months: Option<u32>,
        /// The longest ban it allows, in months (default, and at most, 1200: a lifetime).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max_months: Option<u32>,
        /// How long the record is published, in months from the decision, when the provision
        /// says. Absent: for the ban's duration, or 36 months without a ban (the longest window
        /// any rule the library knows allows, R).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        publication_months: Option<u32>,
        /// How firmly the caller has established the provision (default R).
        #[serde(default = "unverified", skip_serializing_if = "is_unverified")]
        verification: Verification,
    },
}

fn unverified() -> Verification {
    Verification::R
}

fn is_unverified(v: &Verification) -> bool {
    *v == Verification::R
}

/// The provisions in declaration order, `other` last.
const PROVISIONS: &[&str] = &[
    "procurementLaw77",
    "procurementLaw78",
    "procurementRegulation73",
    "biddingLaw50",
    "biddingLaw53",
    "biddingLaw54",
    "biddingLaw60",
    "other",
];

/// The named provisions, in the order of [`PROVISIONS`].
const NAMED: [BanBasis; 7] = [
    BanBasis::ProcurementLaw77,
    BanBasis::ProcurementLaw78,
    BanBasis::ProcurementRegulation73,
    BanBasis::BiddingLaw50,
    BanBasis::BiddingLaw53,
    BanBasis::BiddingLaw54,
    BanBasis::BiddingLaw60,
];

/// The fields of [`BanBasis::Other`].
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OtherFields {
    document: String,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    min_months: Option<u32>,
    #[serde(default)]
    max_months: Option<u32>,
    #[serde(default)]
    publication_months: Option<u32>,
    #[serde(default = "unverified")]
    verification: Verification,
}

/// The JSON serde's tagged enums read, with their errors, without their code size (see
/// `parse::tagged`).
impl<'de> Deserialize<'de> for BanBasis {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::parse::tagged(
            d,
            "BanBasis",
            "provision",
            PROVISIONS,
            |i, rest| match NAMED.get(i) {
                Some(b) => crate::parse::unit(rest, b.clone()),
                None => crate::parse::fields::<OtherFields>(rest).map(|f| BanBasis::Other {
                    document: f.document,
                    article: f.article,
                    min_months: f.min_months,
                    max_months: f.max_months,
                    publication_months: f.publication_months,
                    verification: f.verification,
                }),
            },
        )
    }
}

/// Longest ban an `other` provision may give when it states none: a century, so that a
/// lifetime ban fits and the month count stays small.
pub(crate) const OTHER_MAX_MONTHS: u32 = 1200;

/// Which publication rule follows from a provision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// 政府采购严重违法失信行为记录名单 (财办库〔2014〕526号).
    Procurement,
    /// 招标投标违法行为记录公告 (发改法规〔2008〕1531号).
    Tendering,
    /// Neither.
    Other,
}

impl BanBasis {
    /// The provision's JSON code, e.g. `"procurementLaw77"`.
    pub fn code(&self) -> &'static str {
        match self {
            BanBasis::ProcurementLaw77 => "procurementLaw77",
            BanBasis::ProcurementLaw78 => "procurementLaw78",
            BanBasis::ProcurementRegulation73 => "procurementRegulation73",
            BanBasis::BiddingLaw50 => "biddingLaw50",
            BanBasis::BiddingLaw53 => "biddingLaw53",
            BanBasis::BiddingLaw54 => "biddingLaw54",
            BanBasis::BiddingLaw60 => "biddingLaw60",
            BanBasis::Other { .. } => "other",
        }
    }

    /// The shortest and longest ban the provision allows, in months.
    pub fn range_months(&self) -> (u32, u32) {
        match self {
            BanBasis::ProcurementLaw77
            | BanBasis::ProcurementLaw78
            | BanBasis::ProcurementRegulation73
            | BanBasis::BiddingLaw54 => (12, 36),
            BanBasis::BiddingLaw50 | BanBasis::BiddingLaw53 => (12, 24),
            BanBasis::BiddingLaw60 => (24, 60),
            BanBasis::Other {
                min_months,
                max_months,
                ..
            } => (
                min_months.unwrap_or(1).min(OTHER_MAX_MONTHS),
                max_months.unwrap_or(OTHER_MAX_MONTHS).min(OTHER_MAX_MONTHS),
            ),
        }
    }

    /// True when the provision imposes the ban without discretion, so an entry must have one.
    pub fn requires_ban(&self) -> bool {
        matches!(
            self,
            BanBasis::ProcurementLaw77 | BanBasis::ProcurementRegulation73
        )
    }

    /// The domain the provision's ban reaches; `None` for [`BanBasis::Other`].
    pub fn domain(&self) -> Option<Domain> {
        match self.family() {
            Family::Procurement => Some(Domain::GovernmentProcurement),
            Family::Tendering => Some(Domain::ConstructionBidding),
            Family::Other => None,
        }
    }

    pub(crate) fn family(&self) -> Family {
        match self {
            BanBasis::ProcurementLaw77
            | BanBasis::ProcurementLaw78
            | BanBasis::ProcurementRegulation73 => Family::Procurement,
            BanBasis::BiddingLaw50
            | BanBasis::BiddingLaw53
            | BanBasis::BiddingLaw54
            | BanBasis::BiddingLaw60 => Family::Tendering,
            BanBasis::Other { .. } => Family::Other,
        }
    }

    /// The document, article and verification tag.
    pub fn legal_basis(&self) -> LegalBasis {
        let (document, article) = match self {
            BanBasis::ProcurementLaw77 => ("政府采购法", "第七十七条"),
            BanBasis::ProcurementLaw78 => ("政府采购法", "第七十八条"),
            BanBasis::ProcurementRegulation73 => ("政府采购法实施条例", "第七十三条"),
            BanBasis::BiddingLaw50 => ("招标投标法", "第五十条"),
            BanBasis::BiddingLaw53 => ("招标投标法", "第五十三条"),
            BanBasis::BiddingLaw54 => ("招标投标法", "第五十四条"),
            BanBasis::BiddingLaw60 => ("招标投标法", "第六十条"),
            BanBasis::Other {
                document,
                article,
                verification,
                ..
            } => {
                return LegalBasis {
                    document: document.clone(),
                    article: article.clone(),
                    verification: *verification,
                };
            }
        };
        LegalBasis {
            document: document.to_owned(),
            article: Some(article.to_owned()),
            verification: Verification::VText,
        }
    }

    /// 《document》article, as a decision cites it.
    pub fn citation(&self) -> String {
        let b = self.legal_basis();
        format!("《{}》{}", b.document, b.article.as_deref().unwrap_or(""))
    }
}

/// What an entry bars: one domain, or all public-resource trading (联合惩戒).
///
/// JSON: a domain name (`"governmentProcurement"`) or `"allPublicResourceTrading"`.
///
/// All public-resource trading is the five trading domains — land-use rights, mining rights,
/// government procurement, state-owned property rights and construction bidding — and not the
/// allocation of affordable housing, which is not trading (公共资源交易平台管理暂行办法 Art 2 lists
/// 工程建设项目招标投标、土地使用权和矿业权出让、国有产权交易、政府采购; R, recalled). The joint
/// punishment itself rests on 关于对公共资源交易领域严重失信主体开展联合惩戒的备忘录 (title V-2nd,
/// number 发改财金〔2018〕1704号 R). An entry that should bar housing names it as its domain.
///
/// # Example
/// ```
/// use gongkai::{Domain, blacklist::Bars};
/// let all: Bars = serde_json::from_str(r#""allPublicResourceTrading""#).unwrap();
/// assert!(all.covers(Domain::MiningRights));
/// assert!(!all.covers(Domain::Housing));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bars {
    /// One domain.
    Domain(Domain),
    /// Every public-resource trading domain (联合惩戒).
    AllPublicResourceTrading,
}

impl Bars {
    /// True when the entry bars `domain`.
    pub fn covers(self, domain: Domain) -> bool {
        match self {
            Bars::Domain(d) => d == domain,
            Bars::AllPublicResourceTrading => domain != Domain::Housing,
        }
    }

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Bars::Domain(d) => d.as_str(),
            Bars::AllPublicResourceTrading => "allPublicResourceTrading",
        }
    }

    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            Bars::Domain(d) => d.name_zh(),
            Bars::AllPublicResourceTrading => "公共资源交易",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Bars::Domain(d) => d.name_en(),
            Bars::AllPublicResourceTrading => "all public-resource trading",
        }
    }

    pub(crate) fn to_u8(self) -> u8 {
        match self {
            Bars::Domain(d) => d as u8,
            Bars::AllPublicResourceTrading => u8::MAX,
        }
    }

    pub(crate) fn from_u8(b: u8) -> Bars {
        Domain::ALL
            .get(usize::from(b))
            .map_or(Bars::AllPublicResourceTrading, |&d| Bars::Domain(d))
    }
}

impl fmt::Display for Bars {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Bars {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Bars {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        if s == "allPublicResourceTrading" {
            return Ok(Bars::AllPublicResourceTrading);
        }
        Domain::ALL
            .iter()
            .find(|dom| dom.as_str() == s)
            .map(|&dom| Bars::Domain(dom))
            .ok_or_else(|| {
                serde::de::Error::custom(format!(
                    "unknown value {s:?}: expected a domain or \"allPublicResourceTrading\""
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A named provision carries nothing but its name: another member in a blacklist entry's
    /// basis is refused rather than dropped unread (issue 2: unknown JSON fields are errors).
    #[test]
    fn named_provisions_refuse_other_members() {
        let ok: BanBasis = serde_json::from_str(r#"{"provision":"procurementLaw77"}"#).unwrap();
        assert_eq!(ok, BanBasis::ProcurementLaw77);
        let err =
            serde_json::from_str::<BanBasis>(r#"{"provision":"procurementLaw77","months":6}"#)
                .unwrap_err()
                .to_string();
        assert_eq!(err, "unknown field `months`, there are no fields");
    }

    /// 政府采购法 Art 77: 在一至三年内禁止参加政府采购活动.
    #[test]
    fn procurement_ban_1_to_3_years_zfcgf_77() {
        assert_eq!(BanBasis::ProcurementLaw77.range_months(), (12, 36));
        assert!(BanBasis::ProcurementLaw77.requires_ban());
    }

    /// 政府采购法 Art 78: 可以在一至三年内禁止其代理政府采购业务.
    #[test]
    fn agency_ban_optional_1_to_3_years_zfcgf_78() {
        assert_eq!(BanBasis::ProcurementLaw78.range_months(), (12, 36));
        assert!(!BanBasis::ProcurementLaw78.requires_ban());
    }

    /// 实施条例 Art 73: 禁止其1至3年内参加政府采购活动.
    #[test]
    fn false_complaint_ban_1_to_3_years_zfcgtl_73() {
        assert_eq!(BanBasis::ProcurementRegulation73.range_months(), (12, 36));
        assert!(BanBasis::ProcurementRegulation73.requires_ban());
    }

    /// 招标投标法 Arts 50, 53, 54, 60: 一年至二年 / 一年至二年 / 一年至三年 / 二年至五年, each only
    /// 情节严重的.
    #[test]
    fn tendering_bans_ztbf_50_53_54_60() {
        assert_eq!(BanBasis::BiddingLaw50.range_months(), (12, 24));
        assert_eq!(BanBasis::BiddingLaw53.range_months(), (12, 24));
        assert_eq!(BanBasis::BiddingLaw54.range_months(), (12, 36));
        assert_eq!(BanBasis::BiddingLaw60.range_months(), (24, 60));
        for b in [
            BanBasis::BiddingLaw50,
            BanBasis::BiddingLaw53,
            BanBasis::BiddingLaw54,
            BanBasis::BiddingLaw60,
        ] {
            assert!(!b.requires_ban());
            assert_eq!(b.domain(), Some(Domain::ConstructionBidding));
        }
    }

    #[test]
    fn codes_match_serde() {
        for b in NAMED {
            let v = serde_json::to_value(&b).unwrap();
            assert_eq!(v["provision"], b.code());
            assert_eq!(super::super::error::citation_zh(b.code()), b.citation());
        }
    }

    #[test]
    fn every_provision_reads_back() {
        assert_eq!(PROVISIONS.len(), NAMED.len() + 1);
        for (b, name) in NAMED.iter().zip(PROVISIONS) {
            assert_eq!(b.code(), *name);
            let json = serde_json::to_string(b).unwrap();
            assert_eq!(&serde_json::from_str::<BanBasis>(&json).unwrap(), b);
        }
        let other = BanBasis::Other {
            document: "某办法".into(),
            article: Some("第九条".into()),
            min_months: Some(6),
            max_months: Some(24),
            publication_months: Some(12),
            verification: Verification::VQuote,
        };
        let json = serde_json::to_string(&other).unwrap();
        assert_eq!(serde_json::from_str::<BanBasis>(&json).unwrap(), other);
    }

    #[test]
    fn other_basis_defaults_to_unverified() {
        let b: BanBasis = serde_json::from_str(
            r#"{"provision":"other","document":"云江市公共资源交易管理办法"}"#,
        )
        .unwrap();
        assert_eq!(b.legal_basis().verification, Verification::R);
        assert_eq!(b.range_months(), (1, OTHER_MAX_MONTHS));
        let back = serde_json::to_string(&b).unwrap();
        assert!(!back.contains("verification"), "{back}");
    }

    #[test]
    fn bars_round_trip_and_reject_unknown() {
        for b in Domain::ALL
            .iter()
            .map(|&d| Bars::Domain(d))
            .chain([Bars::AllPublicResourceTrading])
        {
            let s = serde_json::to_string(&b).unwrap();
            assert_eq!(serde_json::from_str::<Bars>(&s).unwrap(), b);
            assert_eq!(Bars::from_u8(b.to_u8()), b);
        }
        assert!(serde_json::from_str::<Bars>(r#""fishing""#).is_err());
    }
}
