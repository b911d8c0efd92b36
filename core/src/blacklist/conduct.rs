//! What a listed subject did: a closed list of the conduct the ban provisions name.

use serde::{Deserialize, Serialize};

/// The bad conduct behind an entry (不良行为).
///
/// The categories are those the ban provisions themselves name (政府采购法 Art 77 (一)–(六),
/// 实施条例 Art 73, 招标投标法 Arts 50, 53, 54, 58, 60) plus 骗取公共资源, which 国办发〔2017〕97号
/// names as the blacklist's core, and 拒不履行生效判决 for subjects listed by a court. Anything
/// else is [`Conduct::Other`] with a description. JSON: `{"category": "falseMaterials"}`.
///
/// # Example
/// ```
/// use gongkai::blacklist::Conduct;
/// let c: Conduct = serde_json::from_str(r#"{"category":"collusiveBidding"}"#).unwrap();
/// assert_eq!(c.name_zh(), "串通投标");
/// let other: Conduct =
///     serde_json::from_str(r#"{"category":"other","description":"伪造业绩证明"}"#).unwrap();
/// assert_eq!(other.name_zh(), "伪造业绩证明");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(
    tag = "category",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
#[non_exhaustive]
pub enum Conduct {
    /// 骗取公共资源 (国办发〔2017〕97号).
    DefraudingPublicResources,
    /// 提供虚假材料谋取中标、成交 (政府采购法 Art 77 (一)).
    FalseMaterials,
    /// 串通投标 (招标投标法 Art 53; 政府采购法 Art 77 (三) 恶意串通).
    CollusiveBidding,
    /// 以他人名义投标 (招标投标法 Art 54).
    BiddingInAnotherName,
    /// 弄虚作假，骗取中标 (招标投标法 Art 54).
    FraudulentWinning,
    /// 行贿 (招标投标法 Art 53; 政府采购法 Art 77 (四)).
    Bribery,
    /// 不履行合同 (招标投标法 Art 60).
    BreachOfContract,
    /// 虚假投诉 (政府采购法实施条例 Art 73).
    FalseComplaint,
    /// 违法转包、分包 (招标投标法 Art 58).
    IllegalSubcontracting,
    /// 诋毁、排挤其他供应商 (政府采购法 Art 77 (二)).
    DisparagingCompetitors,
    /// 在招标采购过程中与采购人进行协商谈判 (政府采购法 Art 77 (五)).
    NegotiatingWithPurchaser,
    /// 拒绝有关部门监督检查或者提供虚假情况 (政府采购法 Art 77 (六)).
    ObstructingSupervision,
    /// 代理机构泄密、串通 (招标投标法 Art 50; 政府采购法 Art 78).
    AgencyMisconduct,
    /// 拒不履行生效判决、裁定.
    DefyingJudgment,
    /// Something else, described.
    Other {
        /// What the subject did.
        description: String,
    },
}

/// The categories in declaration order, `other` last.
const CATEGORIES: &[&str] = &[
    "defraudingPublicResources",
    "falseMaterials",
    "collusiveBidding",
    "biddingInAnotherName",
    "fraudulentWinning",
    "bribery",
    "breachOfContract",
    "falseComplaint",
    "illegalSubcontracting",
    "disparagingCompetitors",
    "negotiatingWithPurchaser",
    "obstructingSupervision",
    "agencyMisconduct",
    "defyingJudgment",
    "other",
];

/// The named categories, in the order of [`CATEGORIES`].
const NAMED: [Conduct; 14] = [
    Conduct::DefraudingPublicResources,
    Conduct::FalseMaterials,
    Conduct::CollusiveBidding,
    Conduct::BiddingInAnotherName,
    Conduct::FraudulentWinning,
    Conduct::Bribery,
    Conduct::BreachOfContract,
    Conduct::FalseComplaint,
    Conduct::IllegalSubcontracting,
    Conduct::DisparagingCompetitors,
    Conduct::NegotiatingWithPurchaser,
    Conduct::ObstructingSupervision,
    Conduct::AgencyMisconduct,
    Conduct::DefyingJudgment,
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OtherFields {
    description: String,
}

/// The JSON serde's tagged enums read, with their errors, without their code size (see
/// `parse::tagged`).
impl<'de> Deserialize<'de> for Conduct {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::parse::tagged(
            d,
            "Conduct",
            "category",
            CATEGORIES,
            |i, rest| match NAMED.get(i) {
                Some(c) => crate::parse::unit(rest, c.clone()),
                None => crate::parse::fields::<OtherFields>(rest).map(|f| Conduct::Other {
                    description: f.description,
                }),
            },
        )
    }
}

impl Conduct {
    /// The Chinese name (the description, for [`Conduct::Other`]).
    pub fn name_zh(&self) -> &str {
        match self {
            Conduct::DefraudingPublicResources => "骗取公共资源",
            Conduct::FalseMaterials => "提供虚假材料",
            Conduct::CollusiveBidding => "串通投标",
            Conduct::BiddingInAnotherName => "以他人名义投标",
            Conduct::FraudulentWinning => "弄虚作假骗取中标",
            Conduct::Bribery => "行贿",
            Conduct::BreachOfContract => "不履行合同",
            Conduct::FalseComplaint => "虚假投诉",
            Conduct::IllegalSubcontracting => "违法转包、分包",
            Conduct::DisparagingCompetitors => "诋毁、排挤其他供应商",
            Conduct::NegotiatingWithPurchaser => "与采购人协商谈判",
            Conduct::ObstructingSupervision => "拒绝监督检查或者提供虚假情况",
            Conduct::AgencyMisconduct => "代理机构泄密或者串通",
            Conduct::DefyingJudgment => "拒不履行生效判决",
            Conduct::Other { description } => description,
        }
    }

    /// The English name (the description, for [`Conduct::Other`]).
    pub fn name_en(&self) -> &str {
        match self {
            Conduct::DefraudingPublicResources => "defrauding public resources",
            Conduct::FalseMaterials => "false materials",
            Conduct::CollusiveBidding => "collusive bidding",
            Conduct::BiddingInAnotherName => "bidding in another's name",
            Conduct::FraudulentWinning => "winning by fraud",
            Conduct::Bribery => "bribery",
            Conduct::BreachOfContract => "failure to perform the contract",
            Conduct::FalseComplaint => "false complaint",
            Conduct::IllegalSubcontracting => "illegal subcontracting",
            Conduct::DisparagingCompetitors => "disparaging or excluding other suppliers",
            Conduct::NegotiatingWithPurchaser => "negotiating with the purchaser",
            Conduct::ObstructingSupervision => "obstructing supervision",
            Conduct::AgencyMisconduct => "agency leak or collusion",
            Conduct::DefyingJudgment => "defying an effective judgment",
            Conduct::Other { description } => description,
        }
    }

    /// The JSON category (`"falseMaterials"`, `"other"`).
    pub fn category(&self) -> &'static str {
        match self {
            Conduct::DefraudingPublicResources => "defraudingPublicResources",
            Conduct::FalseMaterials => "falseMaterials",
            Conduct::CollusiveBidding => "collusiveBidding",
            Conduct::BiddingInAnotherName => "biddingInAnotherName",
            Conduct::FraudulentWinning => "fraudulentWinning",
            Conduct::Bribery => "bribery",
            Conduct::BreachOfContract => "breachOfContract",
            Conduct::FalseComplaint => "falseComplaint",
            Conduct::IllegalSubcontracting => "illegalSubcontracting",
            Conduct::DisparagingCompetitors => "disparagingCompetitors",
            Conduct::NegotiatingWithPurchaser => "negotiatingWithPurchaser",
            Conduct::ObstructingSupervision => "obstructingSupervision",
            Conduct::AgencyMisconduct => "agencyMisconduct",
            Conduct::DefyingJudgment => "defyingJudgment",
            Conduct::Other { .. } => "other",
        }
    }

    /// The name in a language.
    pub fn name(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::ZhCn => self.name_zh(),
            crate::Lang::En => self.name_en(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_matches_serde() {
        for c in [
            Conduct::FalseMaterials,
            Conduct::DefyingJudgment,
            Conduct::Other {
                description: "x".into(),
            },
        ] {
            let v = serde_json::to_value(&c).unwrap();
            assert_eq!(v["category"], c.category());
            assert_eq!(serde_json::from_value::<Conduct>(v).unwrap(), c);
        }
    }

    #[test]
    fn other_needs_its_description() {
        assert!(serde_json::from_str::<Conduct>(r#"{"category":"other"}"#).is_err());
        assert!(serde_json::from_str::<Conduct>(r#"{"category":"theft"}"#).is_err());
    }

    #[test]
    fn every_category_reads_back() {
        assert_eq!(CATEGORIES.len(), NAMED.len() + 1);
        for (c, name) in NAMED.iter().zip(CATEGORIES) {
            assert_eq!(c.category(), *name);
            let json = serde_json::to_string(c).unwrap();
            assert_eq!(&serde_json::from_str::<Conduct>(&json).unwrap(), c);
        }
    }

    /// The messages serde's derived tagged enums give, kept; those about the variant's fields are
    /// raised once the object has been read, and so carry the position of the object that holds it.
    #[test]
    fn errors_are_serdes() {
        let err = |s: &str| serde_json::from_str::<Conduct>(s).unwrap_err().to_string();
        assert_eq!(
            err(r#"{"category":"other"}"#),
            "missing field `description`"
        );
        assert_eq!(
            err(r#"{"category":"other","description":1}"#),
            "invalid type: integer `1`, expected a string"
        );
        assert_eq!(
            err(r#"{"category":"other","description":"d","y":2}"#),
            "unknown field `y`, expected `description`"
        );
        assert!(
            err(r#"{"category":"nope"}"#).starts_with(
                "unknown variant `nope`, expected one of `defraudingPublicResources`, "
            )
        );
        assert_eq!(
            err(r#"{"description":"d"}"#),
            "missing field `category` at line 1 column 19"
        );
        assert_eq!(
            err(r#"{"category":0}"#),
            "invalid type: integer `0`, expected variant identifier at line 1 column 13"
        );
        assert_eq!(
            err(r#"{"category":"bribery","category":"bribery"}"#),
            "duplicate field `category` at line 1 column 32"
        );
        assert_eq!(
            err(r#""x""#),
            "invalid type: string \"x\", expected internally tagged enum Conduct at line 1 column 3"
        );
        // Unlike serde's tagged enums, a named category refuses other members rather than
        // dropping them unread (unknown fields are errors: issue 2's data model).
        assert_eq!(
            err(r#"{"category":"bribery","x":1}"#),
            "unknown field `x`, there are no fields"
        );
        assert_eq!(
            serde_json::from_str::<Conduct>(r#"{"category":"bribery"}"#).unwrap(),
            Conduct::Bribery
        );
        // Read from an object only: serde's tag-first array form is not a second spelling.
        assert_eq!(
            err(r#"["bribery"]"#),
            "invalid type: sequence, expected internally tagged enum Conduct at line 1 column 1"
        );
    }
}
