//! The information items (重点公开信息类别) each domain must disclose, with their content elements.
//!
//! The NDRC's Q&A on 国办发〔2017〕97号 counts "6大类、37项" (V-quote); the per-domain wording of
//! 97号 itself was never retrieved. The 37 items below follow docs/legal-basis.md#items:
//! provincial opinions that copy 97号 (V-2nd) for housing and procurement, the Zhongshan and
//! Cangnan catalogues for tendering (V-quote), and recollection (R) for land, mining and state
//! property. Each item records that grade in [`ItemSpec::verification`]. Where a law lists what a
//! notice contains (87号令 Arts 13 and 69, 招标投标法 Art 16, 发改法规〔2008〕1531号 Art 8,
//! 财办库〔2014〕526号), the required elements follow that list.

use super::domain::{Domain, Matter};
use crate::legal::Verification;

/// One content element (公开内容要素) of an item: a key in a record's `content` object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Element {
    /// The camelCase key used in a record's `content` object.
    pub key: &'static str,
    /// Chinese label.
    pub zh: &'static str,
    /// English label.
    pub en: &'static str,
    /// Required (●) or optional (〇).
    pub required: bool,
}

/// Everything the library knows about an [`ItemKind`].
#[derive(Debug)]
pub struct ItemSpec {
    /// The item.
    pub kind: ItemKind,
    /// The 97号 matter (and so the domain) it belongs to.
    pub matter: Matter,
    /// Chinese name.
    pub zh: &'static str,
    /// English name.
    pub en: &'static str,
    /// The content elements, required (●) and optional (〇).
    pub elements: &'static [Element],
    /// How firmly the item's place in the 97号 list is established (docs/legal-basis.md#grades).
    pub verification: Verification,
}

macro_rules! items {
    ($( $variant:ident = $json:literal, $matter:ident, $zh:literal, $en:literal, $ver:ident,
        [ $( $req:ident $key:literal $ezh:literal $een:literal ),* $(,)? ] ; )*) => {
        /// An information item (公开信息类别) that a domain must disclose.
        ///
        /// The JSON name is the camelCase form shown on each variant.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ItemKind {
            $(
                #[doc = concat!($zh, " (", $en, "); JSON `\"", $json, "\"`.")]
                $variant,
            )*
        }

        crate::parse::by_name!(ItemKind [$($variant = $json),*]);

        /// Each item in order: its matter and grade.
        static KINDS: [(ItemKind, Matter, Verification); ITEM_COUNT] =
            [$( (ItemKind::$variant, Matter::$matter, Verification::$ver) ),*];

        /// How many items there are.
        const ITEM_COUNT: usize = 0 $( + items!(@one $variant) )*;

        /// How many elements all the items have together.
        const ELEMENT_COUNT: usize = 0 $( $( + items!(@one $key) )* )*;

        /// Each item's names and elements, as one text that [`specs`] reads once: per item, the
        /// names and then each element, `+` (required) or `-` (optional) and its key, Chinese and
        /// English labels. One text rather than a table of `&str`s: the table's pointers, three
        /// per element, were a fifth of the WASM package's compressed item data.
        const TEXT: &str = concat!($(
            $zh, "\u{1}", $en,
            $( "\u{2}", items!(@req $req), $key, "\u{1}", $ezh, "\u{1}", $een, )*
            "\u{3}",
        )*);

        impl ItemKind {
            /// The stable JSON name (`"procurementResult"`).
            pub fn as_str(self) -> &'static str {
                self.json_name()
            }
        }
    };
    (@req req) => { "+" };
    (@req opt) => { "-" };
    (@one $x:tt) => { 1 };
}

items! {
    // 保障性安居工程建设 (V-2nd: Jiangsu and Heilongjiang opinions copying 97号).
    HousingConstructionPlan = "housingConstructionPlan", HousingConstruction,
        "城镇保障性安居工程规划建设方案", "Affordable housing construction plan", V2nd,
        [req "planName" "方案名称" "plan name", req "planPeriod" "规划期限" "plan period",
         req "targets" "目标任务" "targets", opt "supportingPolicies" "配套政策" "supporting policies"];
    HousingAnnualPlan = "housingAnnualPlan", HousingConstruction,
        "年度建设计划信息", "Annual construction plan", V2nd,
        [req "taskVolume" "建设计划任务量" "planned volume", req "plannedProjects" "计划项目信息" "planned projects",
         req "unitTypes" "计划户型" "planned unit types"];
    HousingPlanProgress = "housingPlanProgress", HousingConstruction,
        "建设计划完成情况信息", "Construction plan progress", V2nd,
        [req "completionProgress" "计划任务完成进度" "progress of the plan",
         req "startedProjects" "已开工项目基本信息" "projects started",
         req "completedProjects" "已竣工项目基本信息" "projects completed",
         req "supportingFacilities" "配套设施建设情况" "supporting facilities"];
    // 保障性住房分配 (V-2nd: Jiangsu opinion; 公共租赁住房管理办法 Arts 9, 13, 14 for the publicity duties).
    HousingAllocationPolicy = "housingAllocationPolicy", HousingAllocation,
        "分配政策", "Allocation policy", V2nd,
        [req "policyName" "政策名称" "policy name", req "eligibilityCriteria" "准入条件" "eligibility criteria",
         opt "documentNumber" "文号" "document number"];
    HousingAllocationApplicants = "housingAllocationApplicants", HousingAllocation,
        "分配对象", "Qualified applicants", V2nd,
        [req "applicantList" "符合条件的申请人名单" "qualified applicants",
         req "reviewResult" "审核结果" "review result",
         req "objectionChannel" "异议及复核渠道" "objection and review channel",
         opt "publicityPeriod" "公示期" "publicity period"];
    HousingAllocationStock = "housingAllocationStock", HousingAllocation,
        "分配房源", "Housing stock for allocation", V2nd,
        [req "projectName" "项目名称" "project", req "location" "位置" "location",
         req "unitCount" "套数" "number of units", req "unitTypes" "户型" "unit types",
         opt "rentOrPrice" "租金或价格" "rent or price"];
    HousingAllocationProcedure = "housingAllocationProcedure", HousingAllocation,
        "分配程序", "Allocation procedure", V2nd,
        [req "procedureSteps" "分配程序" "procedure", req "contact" "咨询方式" "contact",
         opt "timetable" "时间安排" "timetable"];
    HousingAllocationProcess = "housingAllocationProcess", HousingAllocation,
        "分配过程", "Allocation process (scoring, lottery)", V2nd,
        [req "lotteryMethod" "评分或摇号方式" "scoring or lottery method",
         req "rankingList" "轮候排序" "ranking", opt "supervisionBody" "监督单位" "supervising body"];
    HousingAllocationResult = "housingAllocationResult", HousingAllocation,
        "分配结果", "Allocation result", V2nd,
        [req "allotteeList" "配租配售对象名单" "allottees", req "housingAssigned" "配租配售房源" "housing assigned",
         opt "objectionChannel" "异议渠道" "objection channel"];
    // A housing department's 行政处罚决定 on an applicant or tenant who obtained housing by fraud
    // (公共租赁住房管理办法 Arts 35, 36: a fine, 记入公共租赁住房管理档案, and no new application for
    // five years): the 97号 blacklist of those who defraud public resources. Elements as
    // ProcurementPenaltyDecision's (行政处罚法 Art 59 ¶1); a test holds the lists equal.
    HousingPenaltyDecision = "housingPenaltyDecision", HousingAllocation,
        "住房保障行政处罚决定", "Housing penalty decision", VText,
        [req "partyName" "当事人的姓名或者名称" "the party's name",
         req "partyAddress" "当事人的地址" "the party's address",
         req "violationFacts" "违反法律、法规、规章的事实和证据" "the facts and evidence of the violation",
         req "penalty" "行政处罚的种类" "the penalty imposed",
         req "penaltyBasis" "行政处罚的依据" "the legal basis of the penalty",
         req "performance" "行政处罚的履行方式和期限" "how and by when the penalty is to be performed",
         req "remedies" "申请行政复议、提起行政诉讼的途径和期限" "how and by when to apply for review or sue",
         req "authority" "作出行政处罚决定的行政机关名称" "the authority that decided",
         req "decisionDate" "作出决定的日期" "the date of the decision",
         opt "decisionNumber" "行政处罚决定书文号" "the decision's document number"];
    // 国有土地使用权出让 (R: 97号 wording not retrieved).
    LandSupplyPlan = "landSupplyPlan", LandUseRights,
        "国有建设用地供应计划", "Land supply plan", R,
        [req "planYear" "计划年度" "plan year", req "totalArea" "供应总量" "total area",
         req "landUseStructure" "用途结构" "structure by use", opt "spatialLayout" "空间布局" "spatial layout"];
    LandTransferAnnouncement = "landTransferAnnouncement", LandUseRights,
        "出让公告", "Land transfer announcement", R,
        [req "parcelLocation" "宗地位置" "parcel location", req "area" "面积" "area",
         req "landUse" "用途" "land use", req "termYears" "出让年限" "term",
         req "planningConditions" "规划条件" "planning conditions", req "transferMethod" "出让方式" "method",
         req "bidderRequirements" "竞买人资格" "bidder requirements", req "timeAndPlace" "时间和地点" "time and place",
         opt "startingPrice" "起始价" "starting price"];
    LandDealPublicity = "landDealPublicity", LandUseRights,
        "成交公示", "Land deal publicity", R,
        [req "parcelLocation" "宗地位置" "parcel location", req "area" "面积" "area",
         req "landUse" "用途" "land use", req "transferee" "竞得人" "transferee",
         req "dealPrice" "成交价" "price", req "transferMethod" "出让方式" "method"];
    LandSupplyResult = "landSupplyResult", LandUseRights,
        "供应结果", "Land supply result", R,
        [req "parcelLocation" "宗地位置" "parcel location", req "area" "面积" "area",
         req "landUse" "用途" "land use", req "landUser" "土地使用权人" "land user",
         req "price" "成交价款" "price", opt "contractDate" "合同签订日期" "contract date"];
    // Notices that suspend, resume or end a 招拍挂 出让, and the 协议出让 publicity (R: the
    // articles of 39号令 and 21号令 on them were not read; outside the 37 items).
    LandListingSuspension = "landListingSuspension", LandUseRights,
        "中止、恢复或者终止出让公告", "Suspension, resumption or termination of a land transfer", R,
        [req "originalNotice" "所涉出让公告（名称、文号或者日期）" "the transfer notice it concerns",
         req "action" "中止、恢复或者终止" "suspended, resumed or ended",
         req "reason" "原因" "reason", opt "parcels" "所涉宗地" "parcels concerned",
         opt "resumption" "恢复出让的安排" "how the transfer resumes", opt "contact" "联系方式" "contact"];
    LandAgreementPublicity = "landAgreementPublicity", LandUseRights,
        "协议出让公示（意向用地者征集）", "Land-by-agreement publicity (call for intending users)", R,
        [req "parcelLocation" "宗地位置" "parcel location", req "area" "面积" "area",
         req "landUse" "用途" "land use", req "termYears" "出让年限" "term",
         opt "planningConditions" "规划条件" "planning conditions",
         opt "applicationPeriod" "申请期限" "application period",
         opt "applicationMethod" "申请方式和申请文件" "how to apply",
         opt "competitionRule" "意向用地者两个以上时的供地方式" "what happens with two or more applicants",
         opt "price" "出让价格或者协议出让最低价" "price or minimum price",
         opt "contact" "联系方式" "contact"];
    // A statement on how a transfer went (成交、流拍、中止或者变更): published under 97号's duty to
    // disclose the transfer; no law read sets what it states, so its two elements are R.
    LandTransferStatement = "landTransferStatement", LandUseRights,
        "出让情况说明", "Statement on a land transfer", R,
        [req "subject" "所说明的出让（宗地或者出让公告）" "the transfer it concerns",
         req "facts" "出让情况（成交、未成交、中止或者变更的情况及原因）" "what happened and why",
         opt "transferMethod" "出让方式" "transfer method", opt "price" "成交价款" "price",
         opt "landUser" "受让人" "transferee", opt "contact" "联系方式" "contact"];
    // A 行政处罚决定 in the domain (行政处罚法 (2021) Art 48 ¶1: a decision of social impact is
    // published; elements as ProcurementPenaltyDecision's, Art 59 ¶1). No law read joins a ban a
    // blacklist carries to it: an entry it implies names its provision as `other`.
    LandPenaltyDecision = "landPenaltyDecision", LandUseRights,
        "国有土地使用权出让行政处罚决定", "Land transfer penalty decision", VText,
        [req "partyName" "当事人的姓名或者名称" "the party's name",
         req "partyAddress" "当事人的地址" "the party's address",
         req "violationFacts" "违反法律、法规、规章的事实和证据" "the facts and evidence of the violation",
         req "penalty" "行政处罚的种类" "the penalty imposed",
         req "penaltyBasis" "行政处罚的依据" "the legal basis of the penalty",
         req "performance" "行政处罚的履行方式和期限" "how and by when the penalty is to be performed",
         req "remedies" "申请行政复议、提起行政诉讼的途径和期限" "how and by when to apply for review or sue",
         req "authority" "作出行政处罚决定的行政机关名称" "the authority that decided",
         req "decisionDate" "作出决定的日期" "the date of the decision",
         opt "decisionNumber" "行政处罚决定书文号" "the decision's document number"];
    // 矿业权出让 (R; 矿产资源法 Art 19 requires an advance announcement, V-text).
    MiningTransferAnnouncement = "miningTransferAnnouncement", MiningRights,
        "矿业权出让公告", "Mining right transfer announcement", R,
        [req "rightName" "矿业权名称" "mining right", req "mineral" "矿种" "mineral",
         req "area" "范围" "area", req "transferMethod" "出让方式" "method",
         req "conditions" "竞争规则和条件" "rules and conditions", req "timeAndPlace" "时间和地点" "time and place",
         opt "startingPrice" "起始价" "starting price"];
    MiningTransferResult = "miningTransferResult", MiningRights,
        "矿业权出让结果", "Mining right transfer result", R,
        [req "rightName" "矿业权名称" "mining right", req "holder" "竞得人" "winner",
         req "dealPrice" "成交价款" "price", req "transferMethod" "出让方式" "method"];
    MiningRightHolderInformation = "miningRightHolderInformation", MiningRights,
        "矿业权人勘查开采信息", "Mining right holder information", VQuote,
        [req "rightName" "矿业权名称" "mining right", req "licenseNumber" "许可证号" "licence number",
         req "holder" "矿业权人" "holder", req "mineral" "矿种" "mineral",
         req "validityPeriod" "有效期限" "validity"];
    // A notice that suspends, resumes or ends a 招拍挂 出让 of a mining right (the 2017 矿业权交易规则
    // has a part on 中止、终止, V-2nd; outside the 37 items).
    MiningListingSuspension = "miningListingSuspension", MiningRights,
        "矿业权出让中止、恢复或者终止公告", "Suspension, resumption or termination of a mining right transfer", R,
        [req "originalNotice" "所涉出让公告（名称、编号或者日期）" "the transfer notice it concerns",
         req "action" "中止、恢复或者终止" "suspended, resumed or ended",
         req "reason" "原因" "reason", opt "rights" "所涉矿业权" "mining rights concerned",
         opt "resumption" "恢复出让的安排" "how the transfer resumes", opt "contact" "联系方式" "contact"];
    // The same for mining rights (行政处罚法 Art 48 ¶1, Art 59 ¶1).
    MiningPenaltyDecision = "miningPenaltyDecision", MiningRights,
        "矿业权出让行政处罚决定", "Mining right penalty decision", VText,
        [req "partyName" "当事人的姓名或者名称" "the party's name",
         req "partyAddress" "当事人的地址" "the party's address",
         req "violationFacts" "违反法律、法规、规章的事实和证据" "the facts and evidence of the violation",
         req "penalty" "行政处罚的种类" "the penalty imposed",
         req "penaltyBasis" "行政处罚的依据" "the legal basis of the penalty",
         req "performance" "行政处罚的履行方式和期限" "how and by when the penalty is to be performed",
         req "remedies" "申请行政复议、提起行政诉讼的途径和期限" "how and by when to apply for review or sue",
         req "authority" "作出行政处罚决定的行政机关名称" "the authority that decided",
         req "decisionDate" "作出决定的日期" "the date of the decision",
         opt "decisionNumber" "行政处罚决定书文号" "the decision's document number"];
    // 政府采购 (V-2nd list; elements V-text where 87号令 lists them).
    ProcurementAnnouncement = "procurementAnnouncement", GovernmentProcurement,
        "采购项目公告", "Procurement announcement", V2nd,
        [req "purchaserAndAgency" "采购人及代理机构名称、地址和联系方法" "purchaser and agency",
         req "projectName" "项目名称" "project name", req "budgetAmount" "预算金额" "budget",
         req "requirements" "采购需求" "requirements", req "supplierQualifications" "投标人资格要求" "supplier qualifications",
         req "documentsObtaining" "获取招标文件的时间期限、地点、方式及售价" "how to obtain the documents",
         req "announcementPeriod" "公告期限" "announcement period",
         req "bidDeadlineAndOpening" "投标截止时间、开标时间及地点" "bid deadline and opening",
         req "contactPerson" "项目联系人姓名和电话" "contact person",
         opt "maximumPrice" "最高限价" "maximum price"];
    ProcurementDocuments = "procurementDocuments", GovernmentProcurement,
        "采购文件", "Procurement documents", V2nd,
        [req "projectName" "项目名称" "project name", req "documents" "采购文件" "documents"];
    ProcurementBudget = "procurementBudget", GovernmentProcurement,
        "采购项目预算金额", "Procurement budget", V2nd,
        [req "projectName" "项目名称" "project name", req "budgetAmount" "预算金额" "budget"];
    ProcurementResult = "procurementResult", GovernmentProcurement,
        "中标（成交）结果公告", "Procurement result announcement", V2nd,
        [req "purchaserAndAgency" "采购人及代理机构名称、地址、联系方式" "purchaser and agency",
         req "projectName" "项目名称" "project name", req "projectNumber" "项目编号" "project number",
         req "winnerName" "中标（成交）供应商名称" "winner", req "winnerAddress" "中标（成交）供应商地址" "winner's address",
         req "awardAmount" "中标（成交）金额" "award amount",
         req "mainItems" "主要中标（成交）标的名称、规格型号、数量、单价、服务要求" "main items awarded",
         req "announcementPeriod" "公告期限" "announcement period",
         req "evaluationExperts" "评审专家（谈判、询价小组成员，单一来源采购人员）名单" "evaluation experts (negotiation or quotation panel, single-source staff)",
         opt "agencyFee" "代理服务收费标准及金额" "agency fee basis and amount"];
    ProcurementContract = "procurementContract", GovernmentProcurement,
        "政府采购合同公告", "Procurement contract announcement", V2nd,
        [req "projectName" "项目名称" "project name", req "purchaser" "采购人" "purchaser",
         req "supplier" "供应商" "supplier", req "contractAmount" "合同金额" "contract amount",
         req "contractText" "合同文本" "contract text"];
    ProcurementComplaintDecision = "procurementComplaintDecision", GovernmentProcurement,
        "投诉处理结果", "Complaint decision", V2nd,
        [req "complainant" "投诉人" "complainant", req "respondent" "被投诉人" "respondent",
         req "complaintMatters" "投诉事项" "matters", req "decision" "处理决定" "decision",
         req "basis" "处理依据" "basis"];
    ProcurementInspectionDecision = "procurementInspectionDecision", GovernmentProcurement,
        "监督检查处理结果", "Supervisory inspection decision", V2nd,
        [req "inspectedParty" "被检查单位" "inspected party", req "findings" "检查发现的问题" "findings",
         req "decision" "处理决定" "decision", req "basis" "处理依据" "basis"];
    ProcurementAgencyAssessment = "procurementAgencyAssessment", GovernmentProcurement,
        "集中采购机构考核结果", "Central procurement agency assessment", V2nd,
        [req "agencyName" "集中采购机构名称" "agency", req "assessmentResult" "考核结果" "result",
         opt "period" "考核期间" "period"];
    ProcurementMisconductRecord = "procurementMisconductRecord", GovernmentProcurement,
        "严重违法失信行为记录", "Serious misconduct record", VQuote,
        [req "enterpriseName" "企业名称" "enterprise", req "enterpriseAddress" "企业地址" "address",
         req "misconduct" "严重违法失信行为的具体情形" "misconduct", req "penalty" "处罚结果" "penalty",
         req "penaltyBasis" "处罚依据" "basis", req "penaltyDate" "处罚日期" "date",
         req "enforcementAuthority" "执法单位" "authority"];
    // The notices of 财办库〔2020〕50号 beyond those above (V-2nd for the formats; the elements
    // a law lists are V-text where it lists them).
    ProcurementIntention = "procurementIntention", GovernmentProcurement,
        "采购意向公开", "Procurement intention", V2nd,
        [req "projectName" "采购项目名称" "project name",
         req "requirementsSummary" "采购需求概况" "summary of requirements",
         req "budgetAmount" "预算金额" "budget", req "expectedTime" "预计采购时间" "expected time",
         opt "remarks" "备注" "remarks"];
    SingleSourcePublicity = "singleSourcePublicity", GovernmentProcurement,
        "单一来源采购公示", "Single-source publicity", VText,
        [req "purchaserAndProject" "采购人、采购项目名称和内容" "purchaser and project",
         req "goodsOrServices" "拟采购的货物或者服务的说明" "goods or services",
         req "singleSourceReason" "采用单一来源采购方式的原因及相关说明" "why single source",
         req "proposedSupplier" "拟定的唯一供应商名称、地址" "proposed supplier",
         req "expertOpinion" "专业人员的论证意见及其姓名、工作单位和职称" "experts' opinion and who they are",
         req "publicityPeriod" "公示的期限" "publicity period",
         req "contacts" "采购人、采购代理机构、财政部门的联系方式" "contacts"];
    ProcurementCorrection = "procurementCorrection", GovernmentProcurement,
        "更正公告", "Correction notice", V2nd,
        [req "originalProject" "原项目编号、原项目名称" "original project number and name",
         opt "firstNoticeDate" "首次公告日期" "date of the first notice",
         req "correctionMatters" "更正事项" "what is corrected",
         req "correctionContent" "更正内容" "the correction", req "correctionDate" "更正日期" "date",
         req "contact" "联系方式" "contact"];
    ProcurementTermination = "procurementTermination", GovernmentProcurement,
        "终止公告", "Termination notice", V2nd,
        [req "projectNumber" "项目编号" "project number", req "projectName" "项目名称" "project name",
         req "terminationReason" "项目终止的原因" "why it ends", req "contact" "联系方式" "contact"];
    ProcurementAcceptance = "procurementAcceptance", GovernmentProcurement,
        "公共服务项目验收结果公告", "Public-service acceptance result", VText,
        [req "projectName" "项目名称" "project name", req "acceptanceResult" "验收结果" "result",
         opt "recipientsOpinion" "服务对象意见" "service recipients' opinion"];
    // A 行政处罚决定 of a finance department (行政处罚法 (2021) Art 48 ¶1: decisions of social
    // impact are published; 政府信息公开条例 Art 20 (六)). Its elements are what Art 59 ¶1 says a
    // decision states, (一) to (六), plus the document number every decision carries, which a
    // blacklist entry needs (`blacklist::Entry::from_decision`). One item per domain, not one
    // shared: an item belongs to one matter, and the engine, the catalogue and the rule index are
    // keyed that way (docs/legal-basis.md#penalty-decisions). Outside the 37 items.
    ProcurementPenaltyDecision = "procurementPenaltyDecision", GovernmentProcurement,
        "政府采购行政处罚决定", "Government procurement penalty decision", VText,
        [req "partyName" "当事人的姓名或者名称" "the party's name",
         req "partyAddress" "当事人的地址" "the party's address",
         req "violationFacts" "违反法律、法规、规章的事实和证据" "the facts and evidence of the violation",
         req "penalty" "行政处罚的种类" "the penalty imposed",
         req "penaltyBasis" "行政处罚的依据" "the legal basis of the penalty",
         req "performance" "行政处罚的履行方式和期限" "how and by when the penalty is to be performed",
         req "remedies" "申请行政复议、提起行政诉讼的途径和期限" "how and by when to apply for review or sue",
         req "authority" "作出行政处罚决定的行政机关名称" "the authority that decided",
         req "decisionDate" "作出决定的日期" "the date of the decision",
         opt "decisionNumber" "行政处罚决定书文号" "the decision's document number"];
    // 国有产权交易 (R: 97号 wording not retrieved; 企业国有资产交易监督管理办法 for the steps).
    PropertyDecisionApproval = "propertyDecisionApproval", StatePropertyRights,
        "产权交易决策及批准信息", "Transaction decision and approval", R,
        [req "transferor" "转让方" "transferor", req "decisionBody" "决策机构" "deciding body",
         req "approvalDocument" "批准文件" "approval"];
    PropertyTransactionProject = "propertyTransactionProject", StatePropertyRights,
        "交易项目信息", "Transaction project disclosure", R,
        [req "targetEnterprise" "标的企业" "target enterprise", req "transferor" "转让方" "transferor",
         req "transferredShare" "转让标的" "object of transfer",
         req "transfereeRequirements" "受让方资格条件" "transferee requirements",
         req "disclosurePeriod" "披露期限" "disclosure period", opt "reservePrice" "转让底价" "reserve price",
         // 企业增资 (capital increase): 32号令 Art 39 (一)–(三) (V-quote); rule SE-32-CI-CONTENT.
         opt "enterpriseProfile" "企业的基本情况" "the enterprise's basic facts",
         opt "shareholdingStructure" "企业目前的股权结构" "current shareholding structure",
         opt "capitalIncreaseDecision" "企业增资行为的决策及批准情况" "decision on and approval of the capital increase"];
    PropertyTransferPrice = "propertyTransferPrice", StatePropertyRights,
        "转让价格", "Transfer price", R,
        [req "reservePrice" "转让底价" "reserve price", req "appraisedValue" "评估值" "appraised value"];
    PropertyDealResult = "propertyDealResult", StatePropertyRights,
        "交易价格", "Transaction result and price", R,
        [req "transferee" "受让方" "transferee", req "dealPrice" "成交价格" "price",
         opt "dealDate" "成交日期" "date"];
    PropertyIntermediaryAudit = "propertyIntermediaryAudit", StatePropertyRights,
        "相关中介机构审计结果", "Intermediary audit results", R,
        [req "auditFirm" "审计机构" "audit firm", req "auditConclusion" "审计结论" "conclusion",
         opt "appraisalFirm" "评估机构" "appraisal firm"];
    // A state-owned asset's lease (招租) and a 行政事业单位's asset disposal (R for the elements: no
    // law read lists them; outside the 37 items).
    PropertyLeaseNotice = "propertyLeaseNotice", StatePropertyRights,
        "资产招租公告", "Asset lease notice", R,
        [req "asset" "出租标的（位置、面积）" "the asset (location, area)",
         req "leaseTerm" "租赁期限" "lease term",
         req "leaseMethod" "招租方式（竞价规则）" "how the lessee and rent are chosen",
         opt "rentFloor" "租金底价" "reserve rent", opt "lesseeRequirements" "承租方资格条件" "lessee requirements",
         opt "registration" "报名时间、地点和方式" "how and when to apply",
         opt "deposit" "保证金" "deposit", opt "permittedUse" "用途限制" "permitted use",
         opt "contact" "联系方式" "contact"];
    // A notice that suspends, resumes or ends a listed transaction of state property (交易中止、
    // 恢复、终结: practice of the exchanges; no law read sets its contents, R; outside the 37).
    PropertyListingSuspension = "propertyListingSuspension", StatePropertyRights,
        "产权交易中止、恢复或者终结公告", "Suspension, resumption or end of a property transaction", R,
        [req "originalNotice" "所涉交易项目（名称、编号）" "the transaction it concerns",
         req "action" "中止、恢复或者终结" "suspended, resumed or ended",
         req "reason" "原因" "reason",
         opt "resumption" "恢复交易的安排" "how the transaction resumes", opt "contact" "联系方式" "contact"];
    // The same for state property (行政处罚法 Art 48 ¶1, Art 59 ¶1).
    PropertyPenaltyDecision = "propertyPenaltyDecision", StatePropertyRights,
        "国有产权交易行政处罚决定", "State property penalty decision", VText,
        [req "partyName" "当事人的姓名或者名称" "the party's name",
         req "partyAddress" "当事人的地址" "the party's address",
         req "violationFacts" "违反法律、法规、规章的事实和证据" "the facts and evidence of the violation",
         req "penalty" "行政处罚的种类" "the penalty imposed",
         req "penaltyBasis" "行政处罚的依据" "the legal basis of the penalty",
         req "performance" "行政处罚的履行方式和期限" "how and by when the penalty is to be performed",
         req "remedies" "申请行政复议、提起行政诉讼的途径和期限" "how and by when to apply for review or sue",
         req "authority" "作出行政处罚决定的行政机关名称" "the authority that decided",
         req "decisionDate" "作出决定的日期" "the date of the decision",
         opt "decisionNumber" "行政处罚决定书文号" "the decision's document number"];
    // A statement on how a disposal of state assets went (R, as the land statement).
    PropertyDisposalStatement = "propertyDisposalStatement", StatePropertyRights,
        "处置情况说明", "Statement on an asset disposal", R,
        [req "subject" "所说明的处置（资产或者项目）" "the disposal it concerns",
         req "facts" "处置情况（方式、结果及原因）" "what happened and why",
         opt "disposalMethod" "处置方式" "how the assets were disposed of",
         opt "dealResult" "成交价格和买受人" "price and buyer", opt "contact" "联系方式" "contact"];
    PublicAssetDisposal = "publicAssetDisposal", StatePropertyRights,
        "行政事业单位资产处置公告", "Public-sector asset disposal notice", R,
        [req "assets" "处置资产（名称、数量或者价值）" "the assets (name, quantity or value)",
         req "disposalMethod" "处置方式" "how they are disposed of",
         opt "disposalReason" "处置原因" "why", opt "decision" "决策或者批准情况" "decision or approval",
         opt "valuation" "评估情况" "valuation", opt "publicityPeriod" "公示期" "publicity period",
         opt "dealResult" "成交价格和买受人" "price and buyer", opt "contact" "联系方式" "contact"];
    // 工程建设项目招标投标 (R for 97号 wording; sub-items V-quote from the Zhongshan catalogue).
    BiddingProjectApproval = "biddingProjectApproval", ConstructionBidding,
        "审批核准备案信息", "Project approval information", VQuote,
        [req "tenderContent" "招标内容" "content", req "tenderScope" "招标范围" "scope",
         req "organizationForm" "招标组织形式" "organisation", req "tenderMethod" "招标方式" "method",
         req "approvingDepartment" "招标事项审核或核准部门" "approving department"];
    BiddingAnnouncement = "biddingAnnouncement", ConstructionBidding,
        "招标公告（资格预审公告）", "Tender or prequalification announcement", VQuote,
        [req "tendererNameAndAddress" "招标人的名称和地址" "tenderer", req "projectNature" "招标项目的性质" "nature",
         req "quantity" "数量" "quantity", req "locationAndSchedule" "实施地点和时间" "place and time",
         req "documentsObtaining" "获取招标文件的办法" "how to obtain the documents",
         opt "bidDeadline" "投标截止时间" "bid deadline",
         // 招标公告和公示信息发布管理办法 (发改委令第10号) Art 5, from 2018 (V-2nd: a translation and
         // the 中山 catalogue's Chinese list); rule TB-10-5 requires them of an open tender.
         opt "projectOverview" "招标项目名称、内容、范围、规模、资金来源" "project name, content, scope, scale and source of funds",
         opt "bidderQualifications" "投标资格能力要求，以及是否接受联合体投标" "bidder qualifications and whether consortia may bid",
         opt "submissionDeadlineAndMethod" "递交资格预审文件或者投标文件的截止时间、方式" "deadline and method of submission",
         opt "contactInformation" "招标人及其招标代理机构的名称、地址、联系人及联系方式" "tenderer's and agency's name, address, contact person and details",
         opt "electronicPlatform" "电子招标投标交易平台的网址和方法" "e-tendering platform address and access"];
    BiddingCandidatePublicity = "biddingCandidatePublicity", ConstructionBidding,
        "中标候选人公示", "Winning-candidate publicity", R,
        [req "candidates" "中标候选人及排序" "candidates and ranking",
         req "publicityPeriod" "公示期" "publicity period",
         req "objectionChannel" "异议渠道" "objection channel",
         // 发改委令第10号 Art 6 ¶1 (V-2nd: translation only); rule TB-10-6 requires them from 2018.
         opt "bidDetails" "投标报价、质量、工期（交货期）" "bid price, quality and completion (delivery) period",
         opt "evaluationSummary" "评标情况" "evaluation",
         opt "projectManager" "项目负责人姓名及其相关证书名称和编号" "project manager and certificate name and number",
         opt "qualificationResponse" "响应招标文件要求的资格能力条件" "qualifications offered against the tender documents"];
    BiddingAward = "biddingAward", ConstructionBidding,
        "中标结果", "Award result", R,
        [req "projectName" "项目名称" "project name", req "winnerName" "中标人" "winner",
         req "awardAmount" "中标价" "award amount"];
    BiddingContract = "biddingContract", ConstructionBidding,
        "合同订立及履行", "Contract and performance", R,
        [req "contractParties" "合同当事人" "parties", req "contractAmount" "合同金额" "amount",
         opt "performanceStatus" "履行情况" "performance"];
    BiddingComplaintDecision = "biddingComplaintDecision", ConstructionBidding,
        "投诉处理决定", "Complaint decision", R,
        [req "complainant" "投诉人" "complainant", req "complaintMatters" "投诉事项" "matters",
         req "decision" "处理决定" "decision", req "basis" "处理依据" "basis"];
    BiddingViolationRecord = "biddingViolationRecord", ConstructionBidding,
        "违法行为记录及行政处罚", "Violation record and penalty", VQuote,
        [req "partyName" "被处理当事人名称或姓名" "party", req "violation" "违法行为" "violation",
         req "basis" "处理依据" "basis", req "decision" "处理决定" "decision",
         req "decisionDate" "处理时间" "date", req "authority" "处理机关" "authority"];
    // A change to the tender or prequalification documents, or their deadline (澄清、修改或者延期;
    // 招标投标法 Art 23, 招标投标法实施条例 Art 21: the timing is V-text; no law read lists a
    // published correction's contents, so R), and the end of a tender (实施条例 Art 31: 应当及时
    // 发布公告, V-text for the duty; the contents are R).
    BiddingCorrection = "biddingCorrection", ConstructionBidding,
        "招标文件澄清、修改或者延期公告", "Tender clarification, change or extension notice", R,
        [req "originalNotice" "所涉招标公告（项目名称、编号）" "the tender notice it changes",
         req "correctionMatters" "澄清、修改或者延期事项" "what is clarified, changed or extended",
         req "correctionContent" "澄清、修改的内容或者新的截止时间" "the change, or the new deadline",
         opt "contact" "联系方式" "contact"];
    BiddingTermination = "biddingTermination", ConstructionBidding,
        "终止招标公告", "Tender termination notice", R,
        [req "originalNotice" "所涉招标项目（名称、编号）" "the tender it ends",
         opt "terminationReason" "终止原因" "why",
         opt "refunds" "资格预审文件、招标文件费用和投标保证金的退还" "refund of document fees and bid deposits",
         opt "contact" "联系方式" "contact"];
    // The same for a 行政监督部门's decision on a tendering party (招标投标法实施条例 Art 78: the
    // decisions are published; 招标投标法 Arts 50, 53, 54, 60: a ban 并予以公告). Elements as
    // ProcurementPenaltyDecision's (行政处罚法 Art 59 ¶1); a test holds the lists equal.
    BiddingPenaltyDecision = "biddingPenaltyDecision", ConstructionBidding,
        "招标投标行政处罚决定", "Tendering penalty decision", VText,
        [req "partyName" "当事人的姓名或者名称" "the party's name",
         req "partyAddress" "当事人的地址" "the party's address",
         req "violationFacts" "违反法律、法规、规章的事实和证据" "the facts and evidence of the violation",
         req "penalty" "行政处罚的种类" "the penalty imposed",
         req "penaltyBasis" "行政处罚的依据" "the legal basis of the penalty",
         req "performance" "行政处罚的履行方式和期限" "how and by when the penalty is to be performed",
         req "remedies" "申请行政复议、提起行政诉讼的途径和期限" "how and by when to apply for review or sue",
         req "authority" "作出行政处罚决定的行政机关名称" "the authority that decided",
         req "decisionDate" "作出决定的日期" "the date of the decision",
         opt "decisionNumber" "行政处罚决定书文号" "the decision's document number"];
}

impl ItemKind {
    /// Every item, grouped by domain.
    pub fn all() -> impl Iterator<Item = ItemKind> {
        KINDS.iter().map(|k| k.0)
    }

    /// The 37 items of 国办发〔2017〕97号's list, which a 主动公开目录清单 and a work plan must
    /// cover: every item but the notices that change or follow another (a correction, a
    /// termination, a land or mining transfer's suspension) or precede one (an intention, a
    /// single-source publicity, a 协议出让 publicity), and the leases and 行政事业单位 disposals
    /// of state property, which are published when they occur and are not rows of the list; and
    /// the penalty decisions themselves, which the list's misconduct and violation records
    /// (严重违法失信行为记录, 违法行为记录) summarise.
    ///
    /// # Example
    /// ```
    /// use gongkai::ItemKind;
    /// assert_eq!(ItemKind::catalogue().count(), 37);
    /// assert!(!ItemKind::ProcurementCorrection.in_catalogue());
    /// ```
    pub fn catalogue() -> impl Iterator<Item = ItemKind> {
        ItemKind::all().filter(|i| i.in_catalogue())
    }

    /// True for an item of 国办发〔2017〕97号's list ([`ItemKind::catalogue`]).
    pub fn in_catalogue(self) -> bool {
        !matches!(
            self,
            ItemKind::ProcurementIntention
                | ItemKind::SingleSourcePublicity
                | ItemKind::ProcurementCorrection
                | ItemKind::ProcurementTermination
                | ItemKind::ProcurementAcceptance
                | ItemKind::ProcurementPenaltyDecision
                | ItemKind::BiddingPenaltyDecision
                | ItemKind::HousingPenaltyDecision
                | ItemKind::LandPenaltyDecision
                | ItemKind::MiningPenaltyDecision
                | ItemKind::PropertyPenaltyDecision
                | ItemKind::PropertyListingSuspension
                | ItemKind::BiddingCorrection
                | ItemKind::BiddingTermination
                | ItemKind::LandListingSuspension
                | ItemKind::LandAgreementPublicity
                | ItemKind::MiningListingSuspension
                | ItemKind::PropertyLeaseNotice
                | ItemKind::PublicAssetDisposal
                | ItemKind::LandTransferStatement
                | ItemKind::PropertyDisposalStatement
        )
    }

    /// True for an item that states sanctions: a 行政处罚决定, or a record of them one a row
    /// (严重违法失信行为记录, 招标投标违法行为记录), whose 双公示 layouts end with the authority
    /// and the decision's date.
    #[cfg(feature = "notice")]
    pub(crate) fn states_sanctions(self) -> bool {
        self.is_penalty_decision()
            || matches!(
                self,
                ItemKind::ProcurementMisconductRecord | ItemKind::BiddingViolationRecord
            )
    }

    /// True for a domain's 行政处罚决定 item (行政处罚法 Art 59 ¶1): the items a blacklist entry
    /// can be derived from (`blacklist::Entry::from_decision`).
    pub fn is_penalty_decision(self) -> bool {
        matches!(
            self,
            ItemKind::ProcurementPenaltyDecision
                | ItemKind::BiddingPenaltyDecision
                | ItemKind::HousingPenaltyDecision
                | ItemKind::LandPenaltyDecision
                | ItemKind::MiningPenaltyDecision
                | ItemKind::PropertyPenaltyDecision
        )
    }

    /// The item's static description.
    pub fn spec(self) -> &'static ItemSpec {
        &specs()[self as usize]
    }

    /// The domain the item belongs to.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Domain, ItemKind};
    /// assert_eq!(ItemKind::ProcurementResult.domain(), Domain::GovernmentProcurement);
    /// ```
    pub fn domain(self) -> Domain {
        KINDS[self as usize].1.domain()
    }

    /// The content elements, required and optional.
    pub fn elements(self) -> &'static [Element] {
        self.spec().elements
    }

    /// The item's name in the requested language.
    pub fn name(self, lang: crate::Lang) -> &'static str {
        match lang {
            crate::Lang::ZhCn => self.spec().zh,
            crate::Lang::En => self.spec().en,
        }
    }

    /// The element with this key, if the item defines it.
    pub fn element(self, key: &str) -> Option<&'static Element> {
        self.elements().iter().find(|e| e.key == key)
    }

    /// Whether the element `key` is one a notice made by `method` can hold: an asset transfer
    /// has no target enterprise, an equity transfer decides no capital increase, and a capital
    /// increase has no seller and no reserve price, and a framework agreement's call caps a
    /// unit's price, not the project's (the table `NOT_UNDER` below, with the grade of each
    /// basis). With no method, every element applies.
    ///
    /// ```
    /// use gongkai::{ItemKind, Method};
    /// let project = ItemKind::PropertyTransactionProject;
    /// assert!(!project.applies("targetEnterprise", Some(Method::EnterpriseAssetTransfer)));
    /// assert!(project.applies("targetEnterprise", Some(Method::EnterpriseEquityTransfer)));
    /// assert!(project.applies("targetEnterprise", None));
    /// // 财政部令第110号 Art 22 (二): the call states 最高限制单价.
    /// let call = ItemKind::ProcurementAnnouncement;
    /// assert!(!call.applies("maximumPrice", Some(Method::FrameworkAgreement)));
    /// assert!(call.applies("maximumPrice", Some(Method::OpenTendering)));
    /// ```
    pub fn applies(self, key: &str, method: Option<super::method::Method>) -> bool {
        let Some(method) = method else {
            return true;
        };
        !NOT_UNDER
            .iter()
            .any(|(item, k, methods)| *item == self && *k == key && methods.contains(&method))
    }
}

/// Elements an item's notice cannot hold under some methods: (item, element, the methods).
/// 企业国有资产交易监督管理办法 (国资委 财政部令第32号) sets what each kind of transaction
/// discloses. Art 39 (一)–(三) was read (V-quote): a capital increase discloses the enterprise's
/// facts, its shareholding and the decision to increase — an enterprise issuing new capital has
/// no seller and no reserve price, and no other transaction has that decision. Arts 15 (what a
/// transfer of equity discloses) and 48 (transfers of assets) were not seen (R): that an asset
/// transfer names no target enterprise, nor its facts or shareholding, is what the kind of
/// transaction is, not a text read. A framework agreement's call caps a unit's price, not the
/// project's (政府采购框架协议采购方式管理暂行办法 (财政部令第110号) Art 22 (二), V-text: 最高限制单价,
/// the rule GP-110-22's `maximumUnitPrice`): it has no maximum price. Applicability decides only
/// what is listed absent or read, never a finding: the rules' own `when.methods` decide those.
const NOT_UNDER: &[(ItemKind, &str, &[super::method::Method])] = {
    use super::method::Method::{
        EnterpriseAssetTransfer as Asset, EnterpriseCapitalIncrease as Increase,
        EnterpriseEquityTransfer as Equity, FrameworkAgreement as Framework,
    };
    use ItemKind::PropertyTransactionProject as Project;
    &[
        (
            ItemKind::ProcurementAnnouncement,
            "maximumPrice",
            &[Framework],
        ),
        (Project, "targetEnterprise", &[Asset]),
        (Project, "enterpriseProfile", &[Asset]),
        (Project, "shareholdingStructure", &[Asset]),
        (Project, "capitalIncreaseDecision", &[Equity, Asset]),
        (Project, "transferor", &[Increase]),
        (Project, "reservePrice", &[Increase]),
    ]
};

impl std::fmt::Display for ItemKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Every item's [`ItemSpec`], in declaration order, read from [`TEXT`] on first use into static
/// memory (no heap: the tables live as long as a static table would, and nothing is left
/// allocated at exit).
fn specs() -> &'static [ItemSpec; ITEM_COUNT] {
    use std::sync::OnceLock;
    static ELEMENTS: OnceLock<[Element; ELEMENT_COUNT]> = OnceLock::new();
    static SPECS: OnceLock<[ItemSpec; ITEM_COUNT]> = OnceLock::new();
    SPECS.get_or_init(|| {
        let all: &'static [Element] = ELEMENTS.get_or_init(|| {
            let mut elements = TEXT
                .split_terminator('\u{3}')
                .flat_map(|item| item.split('\u{2}').skip(1))
                .map(element);
            std::array::from_fn(|_| elements.next().unwrap_or_else(|| element("")))
        });
        let mut texts = TEXT.split_terminator('\u{3}');
        let mut start = 0;
        std::array::from_fn(|i| {
            let (kind, matter, verification) = KINDS[i];
            let mut parts = texts.next().unwrap_or_default().split('\u{2}');
            let (zh, en) = parts
                .next()
                .and_then(|names| names.split_once('\u{1}'))
                .unwrap_or_default();
            let end = start + parts.count();
            let elements = all.get(start..end).unwrap_or_default();
            start = end;
            ItemSpec {
                kind,
                matter,
                zh,
                en,
                elements,
                verification,
            }
        })
    })
}

/// One element of [`TEXT`]: `+` or `-`, then the key, Chinese and English labels.
fn element(text: &'static str) -> Element {
    let (required, rest) = match text.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('-').unwrap_or(text)),
    };
    let mut fields = rest.split('\u{1}');
    let mut next = || fields.next().unwrap_or_default();
    Element {
        key: next(),
        zh: next(),
        en: next(),
        required,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// NDRC Q&A on 国办发〔2017〕97号: "6大类、37项".
    #[test]
    fn item_count_matches_guobanfa_2017_97_qa() {
        assert_eq!(ItemKind::catalogue().count(), 37);
        assert_eq!(TEXT.matches('\u{3}').count(), ITEM_COUNT);
        for (i, spec) in specs().iter().enumerate() {
            assert_eq!(spec.kind as usize, i, "items out of order at {spec:?}");
        }
        for d in Domain::ALL {
            assert!(ItemKind::all().any(|k| k.domain() == d), "{d} has no item");
        }
    }

    #[test]
    fn every_item_has_a_required_element_and_unique_keys() {
        for k in ItemKind::all() {
            assert!(k.elements().iter().any(|e| e.required), "{k}");
            let mut keys: Vec<_> = k.elements().iter().map(|e| e.key).collect();
            keys.sort_unstable();
            let n = keys.len();
            keys.dedup();
            assert_eq!(n, keys.len(), "duplicate element key in {k}");
        }
    }

    /// The one text of names and elements reads back whole: every name, key and label is
    /// there, none holds a separator, and every item of the list has its elements.
    #[test]
    fn the_item_text_reads_back_whole() {
        let separators: &[char] = &['\u{1}', '\u{2}', '\u{3}'];
        assert_eq!(TEXT.matches('\u{3}').count(), ITEM_COUNT);
        assert_eq!(
            ItemKind::ProcurementResult.element("winnerName"),
            Some(&Element {
                key: "winnerName",
                zh: "中标（成交）供应商名称",
                en: "winner",
                required: true,
            })
        );
        let mut elements = 0;
        for k in ItemKind::all() {
            let spec = k.spec();
            for text in [spec.zh, spec.en] {
                assert!(
                    !text.is_empty() && !text.contains(separators),
                    "{k}: {text:?}"
                );
            }
            for e in spec.elements {
                for text in [e.key, e.zh, e.en] {
                    assert!(!text.is_empty() && !text.contains(separators), "{k}: {e:?}");
                }
            }
            elements += spec.elements.len();
        }
        assert_eq!(elements, ELEMENT_COUNT);
        assert_eq!(elements, TEXT.matches('\u{2}').count());
    }

    /// 行政处罚法 (2021) Art 59 ¶1 lists what a decision states, (一) to (六): both domains'
    /// penalty decisions carry that list, required, and the document number besides.
    #[test]
    fn penalty_decision_elements_follow_xzcff_59() {
        let procurement = ItemKind::ProcurementPenaltyDecision.elements();
        assert_eq!(procurement, ItemKind::BiddingPenaltyDecision.elements());
        // The items that carry the list are exactly those a blacklist entry is derived from.
        for other in ItemKind::all() {
            assert_eq!(
                other.elements() == procurement,
                other.is_penalty_decision(),
                "{other}"
            );
        }
        let required: Vec<_> = procurement
            .iter()
            .filter(|e| e.required)
            .map(|e| e.key)
            .collect();
        assert_eq!(
            required,
            [
                "partyName",
                "partyAddress",
                "violationFacts",
                "penalty",
                "penaltyBasis",
                "performance",
                "remedies",
                "authority",
                "decisionDate"
            ]
        );
        assert!(!ItemKind::ProcurementPenaltyDecision.in_catalogue());
        assert_eq!(
            ItemKind::BiddingPenaltyDecision.domain(),
            Domain::ConstructionBidding
        );
    }

    /// 87号令 Art 69 ¶2 lists what a 中标结果公告 contains.
    #[test]
    fn procurement_result_elements_follow_87_art_69() {
        let keys: Vec<_> = ItemKind::ProcurementResult
            .elements()
            .iter()
            .filter(|e| e.required)
            .map(|e| e.key)
            .collect();
        for k in [
            "winnerName",
            "awardAmount",
            "evaluationExperts",
            "announcementPeriod",
        ] {
            assert!(keys.contains(&k), "{k}");
        }
    }

    #[test]
    fn json_names_round_trip() {
        for k in ItemKind::all() {
            let s = serde_json::to_string(&k).unwrap();
            assert_eq!(s, format!("\"{}\"", k.as_str()));
            let back: ItemKind = serde_json::from_str(&s).unwrap();
            assert_eq!(back, k);
        }
    }
}
