//! The six key domains of public resource allocation and who leads each.

/// A key domain (重点领域) of public resource allocation disclosure.
///
/// 粤办函〔2018〕201号 (the seed, 二、细化公开措施) groups the matters of 国办发〔2017〕97号 into six
/// domains, each led by one department. 97号 itself lists seven matters: housing is split into
/// [`Matter::HousingConstruction`] and [`Matter::HousingAllocation`]
/// (docs/legal-basis.md#scope), which the item level keeps apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Domain {
    /// 住房保障 (affordable housing).
    Housing,
    /// 国有土地使用权出让 (transfer of state-owned land-use rights).
    LandUseRights,
    /// 矿业权出让 (transfer of mining rights).
    MiningRights,
    /// 政府采购 (government procurement).
    GovernmentProcurement,
    /// 国有产权交易 (transactions in state-owned property rights).
    StatePropertyRights,
    /// 工程建设项目招标投标 (tendering and bidding for construction projects).
    ConstructionBidding,
}

crate::parse::by_name!(Domain [
    Housing = "housing",
    LandUseRights = "landUseRights",
    MiningRights = "miningRights",
    GovernmentProcurement = "governmentProcurement",
    StatePropertyRights = "statePropertyRights",
    ConstructionBidding = "constructionBidding",
]);

/// A matter (事项) in the scope paragraph of 国办发〔2017〕97号 (二、主要任务 ¶1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Matter {
    /// 保障性安居工程建设.
    HousingConstruction,
    /// 保障性住房分配.
    HousingAllocation,
    /// 国有土地使用权出让.
    LandUseRights,
    /// 矿业权出让.
    MiningRights,
    /// 政府采购.
    GovernmentProcurement,
    /// 国有产权交易.
    StatePropertyRights,
    /// 工程建设项目招标投标.
    ConstructionBidding,
}

crate::parse::by_name!(Matter [
    HousingConstruction = "housingConstruction",
    HousingAllocation = "housingAllocation",
    LandUseRights = "landUseRights",
    MiningRights = "miningRights",
    GovernmentProcurement = "governmentProcurement",
    StatePropertyRights = "statePropertyRights",
    ConstructionBidding = "constructionBidding",
]);

/// The department that leads a domain's disclosure work (粤办函〔2018〕201号 二).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum LeadDepartment {
    /// 住房城乡建设部门.
    HousingAndUrbanRuralDevelopment,
    /// 国土资源部门 (now 自然资源部门).
    LandAndResources,
    /// 财政部门.
    Finance,
    /// 国有资产监督管理部门 (国资委).
    StateAssetsSupervision,
    /// 发展改革部门.
    DevelopmentAndReform,
}

crate::parse::by_name!(LeadDepartment [
    HousingAndUrbanRuralDevelopment = "housingAndUrbanRuralDevelopment",
    LandAndResources = "landAndResources",
    Finance = "finance",
    StateAssetsSupervision = "stateAssetsSupervision",
    DevelopmentAndReform = "developmentAndReform",
]);

impl Domain {
    /// Every domain, in the order of the seed notice.
    pub const ALL: [Domain; 6] = [
        Domain::Housing,
        Domain::LandUseRights,
        Domain::MiningRights,
        Domain::GovernmentProcurement,
        Domain::StatePropertyRights,
        Domain::ConstructionBidding,
    ];

    /// The Chinese name used in the notices.
    ///
    /// # Example
    /// ```
    /// assert_eq!(gongkai::Domain::GovernmentProcurement.name_zh(), "政府采购");
    /// ```
    pub fn name_zh(self) -> &'static str {
        match self {
            Domain::Housing => "住房保障",
            Domain::LandUseRights => "国有土地使用权出让",
            Domain::MiningRights => "矿业权出让",
            Domain::GovernmentProcurement => "政府采购",
            Domain::StatePropertyRights => "国有产权交易",
            Domain::ConstructionBidding => "工程建设项目招标投标",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            Domain::Housing => "Affordable housing",
            Domain::LandUseRights => "State-owned land-use rights",
            Domain::MiningRights => "Mining rights",
            Domain::GovernmentProcurement => "Government procurement",
            Domain::StatePropertyRights => "State-owned property rights",
            Domain::ConstructionBidding => "Construction project bidding",
        }
    }

    /// The name in the requested language.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::ZhCn => self.name_zh(),
            crate::Lang::En => self.name_en(),
        }
    }

    /// The department that leads this domain (粤办函〔2018〕201号 二, V-seed).
    ///
    /// # Example
    /// ```
    /// use gongkai::{Domain, LeadDepartment};
    /// assert_eq!(Domain::MiningRights.lead_department(), LeadDepartment::LandAndResources);
    /// ```
    pub fn lead_department(self) -> LeadDepartment {
        match self {
            Domain::Housing => LeadDepartment::HousingAndUrbanRuralDevelopment,
            Domain::LandUseRights | Domain::MiningRights => LeadDepartment::LandAndResources,
            Domain::GovernmentProcurement => LeadDepartment::Finance,
            Domain::StatePropertyRights => LeadDepartment::StateAssetsSupervision,
            Domain::ConstructionBidding => LeadDepartment::DevelopmentAndReform,
        }
    }

    /// The stable JSON name (`"governmentProcurement"`).
    pub fn as_str(self) -> &'static str {
        self.json_name()
    }
}

impl Matter {
    /// The domain of the seed notice this matter belongs to.
    pub fn domain(self) -> Domain {
        match self {
            Matter::HousingConstruction | Matter::HousingAllocation => Domain::Housing,
            Matter::LandUseRights => Domain::LandUseRights,
            Matter::MiningRights => Domain::MiningRights,
            Matter::GovernmentProcurement => Domain::GovernmentProcurement,
            Matter::StatePropertyRights => Domain::StatePropertyRights,
            Matter::ConstructionBidding => Domain::ConstructionBidding,
        }
    }

    /// The Chinese name used in 97号.
    pub fn name_zh(self) -> &'static str {
        match self {
            Matter::HousingConstruction => "保障性安居工程建设",
            Matter::HousingAllocation => "保障性住房分配",
            other => other.domain().name_zh(),
        }
    }
}

impl LeadDepartment {
    /// The Chinese name, as the city routing form writes it for a city-level bureau.
    pub fn name_zh(self) -> &'static str {
        match self {
            LeadDepartment::HousingAndUrbanRuralDevelopment => "住房城乡建设部门",
            LeadDepartment::LandAndResources => "国土资源部门",
            LeadDepartment::Finance => "财政部门",
            LeadDepartment::StateAssetsSupervision => "国有资产监督管理部门",
            LeadDepartment::DevelopmentAndReform => "发展改革部门",
        }
    }

    /// The English name.
    pub fn name_en(self) -> &'static str {
        match self {
            LeadDepartment::HousingAndUrbanRuralDevelopment => {
                "Housing and urban-rural development department"
            }
            LeadDepartment::LandAndResources => "Land and resources department",
            LeadDepartment::Finance => "Finance department",
            LeadDepartment::StateAssetsSupervision => "State-owned assets supervision department",
            LeadDepartment::DevelopmentAndReform => "Development and reform department",
        }
    }
}

impl std::fmt::Display for Domain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 粤办函〔2018〕201号 二: five lead departments for six domains.
    #[test]
    fn lead_departments_follow_yuebanhan_2018_201() {
        let mut leads: Vec<_> = Domain::ALL.iter().map(|d| d.lead_department()).collect();
        leads.dedup();
        assert_eq!(leads.len(), 5);
        assert_eq!(
            Domain::LandUseRights.lead_department(),
            Domain::MiningRights.lead_department()
        );
        assert_eq!(
            Domain::ConstructionBidding.lead_department(),
            LeadDepartment::DevelopmentAndReform
        );
    }

    #[test]
    fn json_names_match_serde() {
        for d in Domain::ALL {
            let json = serde_json::to_string(&d).unwrap();
            assert_eq!(json, format!("\"{}\"", d.as_str()));
        }
    }
}
