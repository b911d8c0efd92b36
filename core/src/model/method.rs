//! How a resource is allocated (配置方式): the procurement method, the way land or a mining
//! right is granted, the kind of state-property transaction. Which law governs a notice depends
//! on it: 财政部令第87号 governs 公开招标 and 邀请招标 only, 第74号 竞争性谈判, 询价 and 单一来源,
//! 财库〔2014〕214号 竞争性磋商; 国土资源部令第39号 招标, 拍卖 and 挂牌, 第21号 协议出让; 财政部令第32号
//! enterprises' transactions, not an administrative unit's disposal or a lease.

use crate::model::domain::Domain;

/// How a resource is allocated. JSON: the name (`"competitiveConsultation"`); `"other"` for a
/// method the list lacks, with the notice's own name in the record's `methodName`.
///
/// # Example
/// ```
/// use gongkai::Method;
/// let m: Method = serde_json::from_str(r#""competitiveConsultation""#).unwrap();
/// assert_eq!(m.name_zh(), "竞争性磋商");
/// assert!(m.domains().contains(&gongkai::Domain::GovernmentProcurement));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// 公开招标 (procurement, construction bidding).
    OpenTendering,
    /// 邀请招标 (procurement, construction bidding).
    InvitedTendering,
    /// 竞争性谈判.
    CompetitiveNegotiation,
    /// 竞争性磋商.
    CompetitiveConsultation,
    /// 询价.
    RequestForQuotation,
    /// 单一来源.
    SingleSource,
    /// 框架协议.
    FrameworkAgreement,
    /// 招标 (land-use or mining rights).
    Tendering,
    /// 拍卖 (land-use or mining rights).
    Auction,
    /// 挂牌 (land-use or mining rights).
    Listing,
    /// 协议 (land-use or mining rights).
    Agreement,
    /// 企业产权转让 (an enterprise's equity).
    EnterpriseEquityTransfer,
    /// 企业增资 (capital increase of an enterprise).
    EnterpriseCapitalIncrease,
    /// 企业资产转让 (an enterprise's assets).
    EnterpriseAssetTransfer,
    /// 行政事业单位资产处置 (disposal of an administrative or public institution's assets).
    PublicSectorAssetDisposal,
    /// 资产出租 / 招租 (a lease).
    Lease,
    /// A method the list lacks; the record's `methodName` gives the notice's own name.
    Other,
}

crate::parse::by_name!(Method [
    OpenTendering = "openTendering",
    InvitedTendering = "invitedTendering",
    CompetitiveNegotiation = "competitiveNegotiation",
    CompetitiveConsultation = "competitiveConsultation",
    RequestForQuotation = "requestForQuotation",
    SingleSource = "singleSource",
    FrameworkAgreement = "frameworkAgreement",
    Tendering = "tendering",
    Auction = "auction",
    Listing = "listing",
    Agreement = "agreement",
    EnterpriseEquityTransfer = "enterpriseEquityTransfer",
    EnterpriseCapitalIncrease = "enterpriseCapitalIncrease",
    EnterpriseAssetTransfer = "enterpriseAssetTransfer",
    PublicSectorAssetDisposal = "publicSectorAssetDisposal",
    Lease = "lease",
    Other = "other",
]);

impl Method {
    /// Every method, in declaration order.
    pub fn all() -> impl Iterator<Item = Method> {
        <Method as crate::parse::Named>::ALL.iter().copied()
    }

    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        [
            "公开招标",
            "邀请招标",
            "竞争性谈判",
            "竞争性磋商",
            "询价",
            "单一来源",
            "框架协议",
            "招标",
            "拍卖",
            "挂牌",
            "协议",
            "企业产权转让",
            "企业增资",
            "企业资产转让",
            "行政事业单位资产处置",
            "资产出租",
            "其他方式",
        ][self as usize]
    }

    /// The domains in which the method is one; every domain for [`Method::Other`].
    pub fn domains(self) -> &'static [Domain] {
        use Domain::*;
        match self {
            Method::OpenTendering | Method::InvitedTendering => {
                &[GovernmentProcurement, ConstructionBidding]
            }
            Method::CompetitiveNegotiation
            | Method::CompetitiveConsultation
            | Method::RequestForQuotation
            | Method::SingleSource
            | Method::FrameworkAgreement => &[GovernmentProcurement],
            Method::Tendering | Method::Auction | Method::Listing | Method::Agreement => {
                &[LandUseRights, MiningRights]
            }
            Method::EnterpriseEquityTransfer
            | Method::EnterpriseCapitalIncrease
            | Method::EnterpriseAssetTransfer
            | Method::PublicSectorAssetDisposal
            | Method::Lease => &[StatePropertyRights],
            Method::Other => &Domain::ALL,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for m in Method::all() {
            let json = serde_json::to_string(&m).unwrap();
            assert_eq!(serde_json::from_str::<Method>(&json).unwrap(), m);
            assert!(!m.domains().is_empty() && !m.name_zh().is_empty());
        }
        assert_eq!(Method::all().count(), 17);
    }

    #[test]
    fn what_is_not_a_method_is_refused() {
        for bad in [r#""tender""#, r#"{"other":"x"}"#, "3", r#""""#] {
            assert!(serde_json::from_str::<Method>(bad).is_err(), "{bad}");
        }
    }
}
