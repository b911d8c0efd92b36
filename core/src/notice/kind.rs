//! What a notice is: its type (a result, a correction, a land listing, a penalty decision …),
//! its domain and its method, read from its title — the first line — and, where the title does
//! not say, from its text, each with the span that says so.
//!
//! The type alone does not always give the item: a `中标结果公告` is a procurement result or a
//! construction award, a `行政处罚决定书` a finance or a housing department's. The domain comes
//! from the type when it can only be one (`采购意向`, `中标候选人公示`), else from the words of
//! the title, else from the text (`政府采购`, `采矿权`, `国有建设用地`, `招标人` …); without
//! one the item is not stated, never guessed. The method is read only where the notice names
//! it as its own: in the title, after a label (`采购方式：`, `出让方式：`), or in a sentence
//! stating it (`现对该项目的施工进行公开招标`, `以挂牌方式出让`), not in a penalty decision.
//!
//! # Example
//! ```
//! use gongkai::{ItemKind, Method};
//! use gongkai::notice::{classify, NoticeType};
//! let text = "云江市档案馆档案数字化服务竞争性磋商公告\n项目概况……";
//! let k = classify(text);
//! assert_eq!(k.notice_type.as_ref().map(|t| t.value), Some(NoticeType::Announcement));
//! assert_eq!(k.method.as_ref().map(|m| m.value), Some(Method::CompetitiveConsultation));
//! assert_eq!(k.method.as_ref().and_then(|m| m.span.of(text)), Some("竞争性磋商"));
//! assert_eq!(k.item(), Some(ItemKind::ProcurementAnnouncement));
//! ```

use std::borrow::Cow;

use super::span::{Span, Spanned};
use super::text::{
    Chars, Words, ends_with_any, holds, holds_any, joined_words, lines_inclusive, starts_with_any,
    trim,
};
use crate::model::domain::Domain;
use crate::model::item::ItemKind;
use crate::model::method::Method;

/// The type of a notice, as its title names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeType {
    /// A call for tenders or offers (`招标公告`, `竞争性磋商公告`, `资格预审公告`).
    Announcement,
    /// A result (`中标（成交）结果公告`, `中标结果公示`).
    Result,
    /// A correction or clarification (`更正公告`, `澄清公告`, `变更公告`).
    Correction,
    /// A termination (`终止公告`).
    Termination,
    /// A procurement intention (`采购意向`).
    Intention,
    /// A single-source publicity (`单一来源采购公示`).
    SingleSourcePublicity,
    /// A contract announcement (`合同公告`).
    Contract,
    /// An acceptance result (`验收结果公告`).
    Acceptance,
    /// A construction winning-candidate publicity (`中标候选人公示`).
    CandidatePublicity,
    /// A land or mining transfer notice (`挂牌出让公告`, `拍卖出让公告`).
    TransferAnnouncement,
    /// A land or mining transfer result (`成交公示`, `出让结果公示`).
    TransferResult,
    /// A suspension, resumption or termination of a transfer (`中止出让公告`).
    TransferSuspension,
    /// A call for intending users of land by agreement (`协议出让公示`).
    AgreementPublicity,
    /// A penalty decision (`行政处罚决定书`).
    PenaltyDecision,
    /// A lease of state-owned assets (`招租公告`).
    LeaseNotice,
    /// A public-sector asset disposal (`资产处置公告`).
    DisposalNotice,
    /// The applicants found eligible for affordable housing (`资格审核结果公示`).
    AllocationApplicants,
    /// The households allotted affordable homes (`配租结果公示`, `分配结果公示`).
    AllocationResult,
    /// How affordable homes are allotted and in what order (`摇号结果公示`, `轮候排序公示`).
    AllocationProcess,
    /// The homes offered for allocation (`房源公告`, `配租房源公示`).
    AllocationStock,
    /// Who was given land and on what terms (`供地结果公示`).
    SupplyResult,
    /// A year's plan for supplying land (`国有建设用地供应计划`).
    SupplyPlan,
    /// A decision on a complaint (`投诉处理决定书`).
    ComplaintDecision,
    /// A record of serious misconduct (`严重违法失信行为记录`, `不良行为记录公告`).
    MisconductRecord,
    /// How affordable homes are allotted, announced before it (`集中配租公告`).
    AllocationProcedure,
    /// A supervisory inspection's decision (`监督检查处理决定书`).
    InspectionDecision,
    /// A statement of how a transfer or a disposal went (`出让情况说明`, `处置情况的说明`).
    Statement,
    /// What a mining right's holder is given (`采矿权信息公示`, `探矿权人勘查信息`).
    RightHolderInformation,
    /// A policy of allocation (`准入条件的通知`, `管理办法`).
    Policy,
    /// A plan of building over years (`规划建设方案`).
    ConstructionPlan,
    /// A year's plan (`年度建设计划`).
    AnnualPlan,
    /// How a plan is going (`计划完成情况`).
    PlanProgress,
    /// A transfer's reserve price (`转让底价的公告`).
    TransferPrice,
    /// A transfer's decision and approval (`决策及批准情况`).
    DecisionApproval,
    /// The audit and appraisal of a transfer (`审计、评估结果公示`).
    IntermediaryAudit,
    /// The approval of a project's tendering (`招标事项核准`).
    ProjectApproval,
    /// A purchase's requirements or documents made public before it (`采购需求公示`,
    /// `采购文件公示`).
    Documents,
}

crate::parse::by_name!(NoticeType [
    Announcement = "announcement",
    Result = "result",
    Correction = "correction",
    Termination = "termination",
    Intention = "intention",
    SingleSourcePublicity = "singleSourcePublicity",
    Contract = "contract",
    Acceptance = "acceptance",
    CandidatePublicity = "candidatePublicity",
    TransferAnnouncement = "transferAnnouncement",
    TransferResult = "transferResult",
    TransferSuspension = "transferSuspension",
    AgreementPublicity = "agreementPublicity",
    PenaltyDecision = "penaltyDecision",
    LeaseNotice = "leaseNotice",
    DisposalNotice = "disposalNotice",
    AllocationApplicants = "allocationApplicants",
    AllocationResult = "allocationResult",
    AllocationProcess = "allocationProcess",
    AllocationStock = "allocationStock",
    SupplyResult = "supplyResult",
    SupplyPlan = "supplyPlan",
    ComplaintDecision = "complaintDecision",
    MisconductRecord = "misconductRecord",
    AllocationProcedure = "allocationProcedure",
    InspectionDecision = "inspectionDecision",
    Statement = "statement",
    RightHolderInformation = "rightHolderInformation",
    Policy = "policy",
    ConstructionPlan = "constructionPlan",
    AnnualPlan = "annualPlan",
    PlanProgress = "planProgress",
    TransferPrice = "transferPrice",
    DecisionApproval = "decisionApproval",
    IntermediaryAudit = "intermediaryAudit",
    ProjectApproval = "projectApproval",
    Documents = "documents",
]);

/// What a notice is, with the evidence for each part.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Classification {
    /// Its type, and the words that name it.
    pub notice_type: Option<Spanned<NoticeType>>,
    /// Its domain, and the words that show it.
    pub domain: Option<Spanned<Domain>>,
    /// Its method, and the words that name it.
    pub method: Option<Spanned<Method>>,
}

impl Classification {
    /// The type and the domain, both on the words at `span` that settle them.
    fn set(&mut self, t: NoticeType, d: Domain, span: Span) {
        self.notice_type = Some(Spanned { value: t, span });
        self.domain = Some(Spanned { value: d, span });
    }

    /// The item the notice is, when its type and domain settle it.
    pub fn item(&self) -> Option<ItemKind> {
        use Domain::*;
        use ItemKind as I;
        use NoticeType as T;
        let t = self.notice_type.as_ref()?.value;
        let d = self.domain.as_ref().map(|d| d.value);
        Some(match (t, d?) {
            (T::Announcement, GovernmentProcurement) => I::ProcurementAnnouncement,
            (T::Announcement, ConstructionBidding) => I::BiddingAnnouncement,
            (T::Result, GovernmentProcurement) => I::ProcurementResult,
            (T::Result, ConstructionBidding) => I::BiddingAward,
            (T::Correction, GovernmentProcurement) => I::ProcurementCorrection,
            (T::Correction, ConstructionBidding) => I::BiddingCorrection,
            (T::Termination, GovernmentProcurement) => I::ProcurementTermination,
            (T::Termination, ConstructionBidding) => I::BiddingTermination,
            (T::Intention, GovernmentProcurement) => I::ProcurementIntention,
            (T::SingleSourcePublicity, GovernmentProcurement) => I::SingleSourcePublicity,
            (T::Contract, GovernmentProcurement) => I::ProcurementContract,
            (T::Contract, ConstructionBidding) => I::BiddingContract,
            // A land or mining grant's contract made public (`…出让合同公示`, `…出让合同履约情况公
            // 示`) tells the grant's outcome: the land's supply result (the land user, the price,
            // the contract's date) and the mining right's result (97号 二's 出让结果; grade R).
            (T::Contract, LandUseRights) => I::LandSupplyResult,
            (T::Contract, MiningRights) => I::MiningTransferResult,
            (T::Acceptance, GovernmentProcurement) => I::ProcurementAcceptance,
            (T::CandidatePublicity, ConstructionBidding) => I::BiddingCandidatePublicity,
            (T::TransferAnnouncement, LandUseRights) => I::LandTransferAnnouncement,
            (T::TransferAnnouncement, MiningRights) => I::MiningTransferAnnouncement,
            (T::TransferAnnouncement, StatePropertyRights) => I::PropertyTransactionProject,
            (T::TransferResult, LandUseRights) => I::LandDealPublicity,
            (T::TransferResult, MiningRights) => I::MiningTransferResult,
            (T::TransferResult, StatePropertyRights) => I::PropertyDealResult,
            (T::TransferSuspension, LandUseRights) => I::LandListingSuspension,
            (T::TransferSuspension, MiningRights) => I::MiningListingSuspension,
            (T::AgreementPublicity, LandUseRights) => I::LandAgreementPublicity,
            (T::PenaltyDecision, GovernmentProcurement) => I::ProcurementPenaltyDecision,
            (T::PenaltyDecision, ConstructionBidding) => I::BiddingPenaltyDecision,
            (T::PenaltyDecision, Housing) => I::HousingPenaltyDecision,
            (T::PenaltyDecision, LandUseRights) => I::LandPenaltyDecision,
            (T::PenaltyDecision, MiningRights) => I::MiningPenaltyDecision,
            (T::PenaltyDecision, StatePropertyRights) => I::PropertyPenaltyDecision,
            (T::TransferSuspension, StatePropertyRights) => I::PropertyListingSuspension,
            (T::LeaseNotice, StatePropertyRights) => I::PropertyLeaseNotice,
            (T::DisposalNotice, StatePropertyRights) => I::PublicAssetDisposal,
            // A result in a transfer's words and a transfer's in a result's: the domain decides.
            (T::Result, LandUseRights) => I::LandDealPublicity,
            (T::Result, MiningRights) => I::MiningTransferResult,
            (T::Result, StatePropertyRights) => I::PropertyDealResult,
            (T::TransferResult, GovernmentProcurement) => I::ProcurementResult,
            (T::TransferResult, ConstructionBidding) => I::BiddingAward,
            // A transfer ended (`挂牌出让终止公告`) is the exchanges' suspension notice.
            (T::Termination, LandUseRights) => I::LandListingSuspension,
            (T::Termination, MiningRights) => I::MiningListingSuspension,
            (T::Termination, StatePropertyRights) => I::PropertyListingSuspension,
            (T::AllocationApplicants, Housing) => I::HousingAllocationApplicants,
            (T::AllocationResult, Housing) => I::HousingAllocationResult,
            // A result in housing (`…分房抽签结果出炉`) is whom the homes went to.
            (T::Result, Housing) => I::HousingAllocationResult,
            (T::AllocationProcess, Housing) => I::HousingAllocationProcess,
            (T::AllocationStock, Housing) => I::HousingAllocationStock,
            (T::SupplyResult, LandUseRights) => I::LandSupplyResult,
            (T::SupplyPlan, LandUseRights) => I::LandSupplyPlan,
            (T::ComplaintDecision, GovernmentProcurement) => I::ProcurementComplaintDecision,
            (T::ComplaintDecision, ConstructionBidding) => I::BiddingComplaintDecision,
            (T::MisconductRecord, GovernmentProcurement) => I::ProcurementMisconductRecord,
            (T::MisconductRecord, ConstructionBidding) => I::BiddingViolationRecord,
            (T::AllocationProcedure, Housing) => I::HousingAllocationProcedure,
            (T::InspectionDecision, GovernmentProcurement) => I::ProcurementInspectionDecision,
            // A land or mining call in a procurement's words (`出让招标公告`).
            (T::Announcement, LandUseRights) => I::LandTransferAnnouncement,
            (T::Announcement, MiningRights) => I::MiningTransferAnnouncement,
            (T::Statement, LandUseRights) => I::LandTransferStatement,
            // A listing changed (`…挂牌出让补充公告`, `…更正公告`): a statement of what changed.
            (T::Correction, LandUseRights) => I::LandTransferStatement,
            (T::Statement, StatePropertyRights) => I::PropertyDisposalStatement,
            (T::RightHolderInformation, MiningRights) => I::MiningRightHolderInformation,
            (T::Policy, Housing) => I::HousingAllocationPolicy,
            (T::ConstructionPlan, Housing) => I::HousingConstructionPlan,
            (T::AnnualPlan, Housing) => I::HousingAnnualPlan,
            (T::AnnualPlan, LandUseRights) => I::LandSupplyPlan,
            (T::PlanProgress, Housing) => I::HousingPlanProgress,
            (T::TransferPrice, StatePropertyRights) => I::PropertyTransferPrice,
            (T::DecisionApproval, StatePropertyRights) => I::PropertyDecisionApproval,
            (T::IntermediaryAudit, StatePropertyRights) => I::PropertyIntermediaryAudit,
            (T::ProjectApproval, ConstructionBidding) => I::BiddingProjectApproval,
            (T::Documents, GovernmentProcurement) => I::ProcurementDocuments,
            _ => return None,
        })
    }
}

/// The wordings of types, the more particular first: (words, type, the domain the words settle).
const TYPES: &[(&str, NoticeType, Option<Domain>)] = {
    use Domain::*;
    use NoticeType::*;
    &[
        (
            "中标候选人公示",
            CandidatePublicity,
            Some(ConstructionBidding),
        ),
        (
            "中标候选人的公示",
            CandidatePublicity,
            Some(ConstructionBidding),
        ),
        (
            "单一来源采购公示",
            SingleSourcePublicity,
            Some(GovernmentProcurement),
        ),
        (
            "单一来源采购方式公示",
            SingleSourcePublicity,
            Some(GovernmentProcurement),
        ),
        (
            "单一来源公示",
            SingleSourcePublicity,
            Some(GovernmentProcurement),
        ),
        (
            "单一来源采购征求意见",
            SingleSourcePublicity,
            Some(GovernmentProcurement),
        ),
        (
            "单一来源征求意见",
            SingleSourcePublicity,
            Some(GovernmentProcurement),
        ),
        (
            "单一来源方式公示",
            SingleSourcePublicity,
            Some(GovernmentProcurement),
        ),
        (
            "评标结果公示",
            CandidatePublicity,
            Some(ConstructionBidding),
        ),
        ("投诉处理决定", ComplaintDecision, None),
        ("投诉的处理决定", ComplaintDecision, None),
        (
            "监督检查处理决定",
            InspectionDecision,
            Some(GovernmentProcurement),
        ),
        ("配租公告", AllocationProcedure, Some(Housing)),
        ("配租流程", AllocationProcedure, Some(Housing)),
        ("配租程序", AllocationProcedure, Some(Housing)),
        ("配租工作程序", AllocationProcedure, Some(Housing)),
        ("配租工作安排", AllocationProcedure, Some(Housing)),
        ("申请办理流程", AllocationProcedure, Some(Housing)),
        ("配售工作程序", AllocationProcedure, Some(Housing)),
        ("分配工作程序", AllocationProcedure, Some(Housing)),
        ("配售程序", AllocationProcedure, Some(Housing)),
        // A project's plan of how its homes are let or sold (`…公共租赁住房（某小区）分配方案`).
        ("分配方案", AllocationProcedure, Some(Housing)),
        ("配租方案", AllocationProcedure, Some(Housing)),
        ("配售方案", AllocationProcedure, Some(Housing)),
        ("摇号配租", AllocationProcess, Some(Housing)),
        ("配租摇号", AllocationProcess, Some(Housing)),
        ("房源情况", AllocationStock, Some(Housing)),
        ("房源投放", AllocationStock, Some(Housing)),
        ("初审公示", AllocationApplicants, Some(Housing)),
        // How to apply, as a service's guide (`…租赁补贴申请办事指南`).
        ("办事指南", AllocationProcedure, None),
        ("计划执行情况", PlanProgress, None),
        ("准入条件的公告", Policy, Some(Housing)),
        // Rent subsidies paid to the households a review admits (租赁补贴发放对象的公示).
        ("补贴发放对象", AllocationApplicants, Some(Housing)),
        ("审核结果的公示", AllocationApplicants, Some(Housing)),
        ("审核结果的公告", AllocationApplicants, Some(Housing)),
        // A review's result with its batch after it (`…资格审核结果（第十二批）的公示`).
        ("资格审核结果", AllocationApplicants, Some(Housing)),
        // Households whose tenancy a review withdraws (`关于取消公共租赁住房承租资格并记入不良
        // 记录的公示`).
        ("住房承租资格", AllocationApplicants, Some(Housing)),
        // A call for applications to a round of allocation (`…公共租赁住房集中配租申请的公告`):
        // how to apply.
        ("配租申请", AllocationProcedure, Some(Housing)),
        // Households whose eligibility a review withdraws (`关于取消部分家庭…承租资格的公示`): a
        // review's list, as the applicants' is.
        ("承租资格的公示", AllocationApplicants, Some(Housing)),
        ("承租资格的公告", AllocationApplicants, Some(Housing)),
        ("取消资格", AllocationApplicants, Some(Housing)),
        ("资格取消", AllocationApplicants, Some(Housing)),
        ("审核情况公示", AllocationApplicants, Some(Housing)),
        ("审核通过名单", AllocationApplicants, Some(Housing)),
        ("准入条件的通知", Policy, Some(Housing)),
        ("保障政策", Policy, Some(Housing)),
        ("管理办法", Policy, None),
        ("保障办法", Policy, None),
        ("暂行办法", Policy, None),
        ("实施办法", Policy, None),
        ("实施意见", Policy, None),
        ("管理规定", Policy, None),
        // A rule issued by a notice (`关于印发《…》的通知`).
        ("》的通知", Policy, None),
        ("准入标准", Policy, Some(Housing)),
        ("建设实施方案", ConstructionPlan, None),
        ("房源推介", AllocationStock, Some(Housing)),
        // A programme's plan of several years (`…棚户区改造三年行动方案`).
        ("行动方案", ConstructionPlan, None),
        // A department's notice on how a programme is run (`关于进一步规范…配租管理的通知`).
        ("管理的通知", Policy, None),
        ("实施细则", Policy, None),
        ("规划建设方案", ConstructionPlan, None),
        // A programme's plan of years (`…“十四五”城镇保障性安居工程规划`).
        ("安居工程规划", ConstructionPlan, Some(Housing)),
        ("住房发展规划", ConstructionPlan, Some(Housing)),
        ("建设进展情况", PlanProgress, None),
        ("进展情况", PlanProgress, None),
        ("建设规划", ConstructionPlan, None),
        ("年度建设计划", AnnualPlan, None),
        ("年度计划", AnnualPlan, None),
        ("计划完成情况", PlanProgress, None),
        ("建设进度", PlanProgress, None),
        ("出让情况说明", Statement, Some(LandUseRights)),
        ("出让情况的说明", Statement, Some(LandUseRights)),
        ("处置情况说明", Statement, Some(StatePropertyRights)),
        ("处置情况的说明", Statement, Some(StatePropertyRights)),
        ("情况说明", Statement, None),
        ("情况的说明", Statement, None),
        ("采矿权信息", RightHolderInformation, Some(MiningRights)),
        ("探矿权信息", RightHolderInformation, Some(MiningRights)),
        ("勘查信息", RightHolderInformation, Some(MiningRights)),
        ("开采信息", RightHolderInformation, Some(MiningRights)),
        ("矿业权人信息", RightHolderInformation, Some(MiningRights)),
        ("矿业权基本信息", RightHolderInformation, Some(MiningRights)),
        // A registration's notice (矿产资源开采登记管理办法: 新立, 延续, 变更): who holds the right.
        ("新立登记", RightHolderInformation, Some(MiningRights)),
        ("延续登记", RightHolderInformation, Some(MiningRights)),
        // A department's list of the rights it registered (`采矿权登记信息公告`).
        ("采矿权登记", RightHolderInformation, Some(MiningRights)),
        ("探矿权登记", RightHolderInformation, Some(MiningRights)),
        ("矿业权登记", RightHolderInformation, Some(MiningRights)),
        ("转让底价", TransferPrice, Some(StatePropertyRights)),
        ("转让价格公示", TransferPrice, Some(StatePropertyRights)),
        ("底价公示", TransferPrice, Some(StatePropertyRights)),
        (
            "决策及批准情况",
            DecisionApproval,
            Some(StatePropertyRights),
        ),
        (
            "决策和批准情况",
            DecisionApproval,
            Some(StatePropertyRights),
        ),
        (
            "审计、评估结果",
            IntermediaryAudit,
            Some(StatePropertyRights),
        ),
        ("审计评估结果", IntermediaryAudit, Some(StatePropertyRights)),
        ("中介机构审计", IntermediaryAudit, Some(StatePropertyRights)),
        ("招标事项核准", ProjectApproval, Some(ConstructionBidding)),
        ("招标方案核准", ProjectApproval, Some(ConstructionBidding)),
        // A project's tendering plan as approved, published as such (`…招标方案信息公开`).
        ("招标方案信息", ProjectApproval, Some(ConstructionBidding)),
        // A works project's tender plan published ahead (`…工程招标计划公告`): the scope, method
        // and organisation its approval set (招标投标法实施条例 Art 7).
        ("招标计划", ProjectApproval, Some(ConstructionBidding)),
        // An addendum to the tender documents (`补遗书（第1号）`): a correction of them.
        ("补遗书", Correction, Some(ConstructionBidding)),
        // The same titled by the documents it adds to (`…招标文件补遗（第1号）`).
        ("文件补遗", Correction, None),
        // The 标准文件's 澄清 sent to every bidder, published as a notice (`第1号澄清（答疑）文件`).
        ("澄清(答疑)文件", Correction, None),
        ("澄清文件", Correction, None),
        ("答疑文件", Correction, None),
        // A tender that failed for want of bidders (招标投标法 Art 28: fewer than three).
        ("招标失败", Termination, None),
        ("流标", Termination, None),
        ("招标异常", Termination, None),
        ("异常公告", Termination, None),
        ("招标文件澄清", Correction, None),
        // A call by letter (标准文件's 投标邀请书, 87号令's 询价通知书 and 谈判/磋商邀请).
        ("投标邀请书", Announcement, None),
        ("询价通知书", Announcement, Some(GovernmentProcurement)),
        ("谈判邀请", Announcement, Some(GovernmentProcurement)),
        ("磋商邀请", Announcement, Some(GovernmentProcurement)),
        // A publicity of the winner (`…中标公示`), after the candidates'.
        ("中标公示", Result, None),
        // Households whose eligibility is withdrawn (退出): a review's result, published as the
        // applicants' review is (公共租赁住房管理办法 Art 9's 公示).
        ("退出公示", AllocationApplicants, Some(Housing)),
        // The same for tenants asked to leave (`…家庭予以清退的公示`).
        ("清退公示", AllocationApplicants, Some(Housing)),
        ("清退的公示", AllocationApplicants, Some(Housing)),
        // Projects a city recognises as 保障性租赁住房 (`拟认定保障性租赁住房项目公示`,
        // `…项目认定的公示`): the homes they add to the stock offered, with their number, types
        // and rents.
        ("租赁住房项目公示", AllocationStock, Some(Housing)),
        ("项目认定", AllocationStock, Some(Housing)),
        ("取消保障资格", AllocationApplicants, Some(Housing)),
        ("保障资格的公示", AllocationApplicants, Some(Housing)),
        ("初审情况", AllocationApplicants, Some(Housing)),
        ("复审情况", AllocationApplicants, Some(Housing)),
        ("申购流程", AllocationProcedure, Some(Housing)),
        ("申请流程", AllocationProcedure, Some(Housing)),
        ("配售流程", AllocationProcedure, Some(Housing)),
        ("决策情况", DecisionApproval, Some(StatePropertyRights)),
        ("审计评估信息", IntermediaryAudit, Some(StatePropertyRights)),
        ("审计评估情况", IntermediaryAudit, Some(StatePropertyRights)),
        ("公开处置", DisposalNotice, Some(StatePropertyRights)),
        ("转让价格", TransferPrice, Some(StatePropertyRights)),
        ("审计结果", IntermediaryAudit, Some(StatePropertyRights)),
        // A framework agreement's call (`…框架协议采购项目征集公告`, 财政部令第110号 Art 22).
        ("征集公告", Announcement, Some(GovernmentProcurement)),
        ("发展规划", ConstructionPlan, None),
        ("开工竣工情况", PlanProgress, None),
        ("年审结果", AllocationApplicants, Some(Housing)),
        // A credit portal's page of a decision (信用中国's 行政处罚信息, 行政处罚详情) and a
        // bureau's list of its decisions (行政处罚结果公示).
        ("行政处罚详情", PenaltyDecision, None),
        // A credit portal's page titled by the party and the word alone (`某公司 行政处罚`).
        ("行政处罚", PenaltyDecision, None),
        ("行政处罚信息", PenaltyDecision, None),
        ("行政处罚结果", PenaltyDecision, None),
        ("协议出让的公示", AgreementPublicity, Some(LandUseRights)),
        ("分配程序", AllocationProcedure, Some(Housing)),
        ("配租工作流程", AllocationProcedure, Some(Housing)),
        ("配售工作流程", AllocationProcedure, Some(Housing)),
        ("建设计划", AnnualPlan, None),
        ("招租的公告", LeaseNotice, Some(StatePropertyRights)),
        // A public body letting its premises (`关于出租闲置门面房的公告`: 事业单位国有资产管理
        // 暂行办法 Art 19's 出租).
        ("出租闲置", LeaseNotice, Some(StatePropertyRights)),
        ("门面房出租", LeaseNotice, Some(StatePropertyRights)),
        ("对外出租", LeaseNotice, Some(StatePropertyRights)),
        ("验收结果公示", Acceptance, Some(GovernmentProcurement)),
        ("履约验收", Acceptance, Some(GovernmentProcurement)),
        (
            "转让底价及评估结果",
            TransferPrice,
            Some(StatePropertyRights),
        ),
        ("补遗公告", Correction, None),
        // A correction of a prequalification notice, longer than the notice's own wording.
        ("资格预审公告更正公告", Correction, None),
        ("资格预审公告的更正公告", Correction, None),
        ("答疑补遗", Correction, None),
        ("答疑公告", Correction, None),
        ("终止招标并重新招标", Termination, Some(ConstructionBidding)),
        ("合同订立", Contract, None),
        ("合同履行", Contract, None),
        ("结果公布", Result, None),
        ("协议出让结果", SupplyResult, Some(LandUseRights)),
        // A mining right granted by agreement (`…采矿权协议出让结果公示`): the right's result.
        ("采矿权协议出让结果", TransferResult, Some(MiningRights)),
        ("探矿权协议出让结果", TransferResult, Some(MiningRights)),
        ("矿业权协议出让结果", TransferResult, Some(MiningRights)),
        ("拟协议出让", AgreementPublicity, Some(LandUseRights)),
        ("恢复挂牌出让公告", TransferSuspension, None),
        ("恢复拍卖出让公告", TransferSuspension, None),
        ("恢复出让公告", TransferSuspension, None),
        (
            "中止信息披露",
            TransferSuspension,
            Some(StatePropertyRights),
        ),
        (
            "终结信息披露",
            TransferSuspension,
            Some(StatePropertyRights),
        ),
        (
            "恢复信息披露",
            TransferSuspension,
            Some(StatePropertyRights),
        ),
        ("终结的公告", TransferSuspension, None),
        ("终结公告", TransferSuspension, None),
        (
            "监督检查处理结果",
            InspectionDecision,
            Some(GovernmentProcurement),
        ),
        (
            "严重违法失信行为信息记录",
            MisconductRecord,
            Some(GovernmentProcurement),
        ),
        ("失信行为信息记录", MisconductRecord, None),
        ("处置公示", DisposalNotice, Some(StatePropertyRights)),
        ("配售公告", AllocationProcedure, Some(Housing)),
        ("合同订立及履约", Contract, None),
        ("履约情况公示", Contract, None),
        ("报废处置", DisposalNotice, Some(StatePropertyRights)),
        ("资产处置", DisposalNotice, Some(StatePropertyRights)),
        ("投诉处理结果", ComplaintDecision, None),
        // `关于某公司投诉事项的处理结果公告`: the decision on the complaint, not a purchase's result.
        ("投诉事项的处理结果", ComplaintDecision, None),
        ("投诉事项处理结果", ComplaintDecision, None),
        // A framework agreement's suppliers admitted (`…框架协议采购中选结果`, `入围结果公告`).
        ("中选结果", Result, None),
        ("入围结果", Result, None),
        // A purchase's requirements put out for comment before the call (`…采购需求公示`).
        ("采购需求公示", Documents, Some(GovernmentProcurement)),
        ("采购需求公开", Documents, Some(GovernmentProcurement)),
        ("采购文件公示", Documents, Some(GovernmentProcurement)),
        (
            "严重违法失信行为记录",
            MisconductRecord,
            Some(GovernmentProcurement),
        ),
        ("不良行为记录公告", MisconductRecord, None),
        ("不良行为记录公示", MisconductRecord, None),
        // A list of records under its own title (`关于公布…招标投标不良行为记录的公告`).
        ("不良行为记录的公告", MisconductRecord, None),
        ("不良行为的处理公告", MisconductRecord, None),
        ("不良行为处理公告", MisconductRecord, None),
        // A sanction decided against a named party (`关于对某公司违规…的处理决定`, `…的处理通报`);
        // a complaint's or an inspection's decision has its own longer wording.
        ("处理决定", PenaltyDecision, None),
        ("处理通报", PenaltyDecision, None),
        ("违法行为记录公告", MisconductRecord, None),
        // A list of records published under its own title (`关于公布…违法行为记录（"黑名单"）的公告`).
        ("违法行为记录", MisconductRecord, None),
        // The same with a particle (`关于某公司招标投标违法行为的记录公告`): 招标投标违法行为记录公告
        // 暂行办法's 公告 of a record all the same.
        ("违法行为的记录", MisconductRecord, None),
        // A winner's award withdrawn for default (`关于取消竞得资格…的公告`): a decision against it.
        ("取消竞得资格", PenaltyDecision, None),
        // A party listed for what it did in a deal (`关于将某公司列入…不良行为名单的决定`,
        // `…列入交易失信名单的公告`, `…违规行为人员名单公示`): a decision against it.
        ("不良行为名单的决定", PenaltyDecision, None),
        ("失信名单的公告", PenaltyDecision, None),
        ("失信名单的决定", PenaltyDecision, None),
        ("违规行为人员名单", PenaltyDecision, None),
        ("采购意向", Intention, Some(GovernmentProcurement)),
        ("配租结果", AllocationResult, Some(Housing)),
        ("配租对象", AllocationResult, Some(Housing)),
        ("配售对象", AllocationResult, Some(Housing)),
        ("分配对象", AllocationResult, Some(Housing)),
        ("配售结果", AllocationResult, Some(Housing)),
        ("分配结果", AllocationResult, Some(Housing)),
        ("选房结果", AllocationResult, Some(Housing)),
        ("配租公示", AllocationResult, Some(Housing)),
        ("配售公示", AllocationResult, Some(Housing)),
        ("摇号结果", AllocationProcess, Some(Housing)),
        ("摇号结果公示", AllocationProcess, Some(Housing)),
        ("摇号结果公告", AllocationProcess, Some(Housing)),
        ("摇号公告", AllocationProcess, Some(Housing)),
        ("摇号排序", AllocationProcess, Some(Housing)),
        ("轮候排序", AllocationProcess, Some(Housing)),
        ("轮候顺序", AllocationProcess, Some(Housing)),
        ("选房顺序", AllocationProcess, Some(Housing)),
        ("房源公告", AllocationStock, Some(Housing)),
        ("房源供应", AllocationStock, Some(Housing)),
        // A sale of affordable homes (`…安居型商品住房项目销售公告`): the homes offered.
        ("住房项目销售", AllocationStock, Some(Housing)),
        // A review's result sent by letter to the community that forwarded the applications.
        ("审核结果的函", AllocationApplicants, Some(Housing)),
        ("房源公示", AllocationStock, Some(Housing)),
        ("房源信息", AllocationStock, Some(Housing)),
        ("供地结果", SupplyResult, Some(LandUseRights)),
        ("供应结果", SupplyResult, Some(LandUseRights)),
        ("供地计划", SupplyPlan, Some(LandUseRights)),
        ("供应计划", SupplyPlan, Some(LandUseRights)),
        ("资格审核结果公示", AllocationApplicants, Some(Housing)),
        ("资格审核公示", AllocationApplicants, Some(Housing)),
        ("审核结果公示", AllocationApplicants, Some(Housing)),
        ("准入审核公示", AllocationApplicants, Some(Housing)),
        ("保障资格公示", AllocationApplicants, Some(Housing)),
        ("申请家庭公示", AllocationApplicants, Some(Housing)),
        ("申请人名单公示", AllocationApplicants, Some(Housing)),
        ("轮候家庭名单公示", AllocationProcess, Some(Housing)),
        // Rent subsidies are allotted to the applicants a review admits (租赁补贴审核公示).
        ("补贴审核公示", AllocationApplicants, Some(Housing)),
        // The waiting list in its order (公共租赁住房管理办法 Art 13's 轮候).
        ("轮候名册", AllocationProcess, Some(Housing)),
        ("轮候册", AllocationProcess, Some(Housing)),
        ("轮候名单", AllocationProcess, Some(Housing)),
        // Those found eligible and registered to wait (公共租赁住房管理办法 Art 9 ¶2: 登记为公共
        // 租赁住房轮候对象，并向社会公开): a review's publicity, not the order they wait in.
        ("轮候对象", AllocationApplicants, Some(Housing)),
        // A review of applicants or sitting tenants (复核, 年度复核) and those it removes (清退).
        ("复核结果", AllocationApplicants, Some(Housing)),
        ("初审结果", AllocationApplicants, Some(Housing)),
        ("复审结果", AllocationApplicants, Some(Housing)),
        ("评分排序", AllocationProcess, Some(Housing)),
        ("家庭排序", AllocationProcess, Some(Housing)),
        ("补贴发放名单", AllocationApplicants, Some(Housing)),
        ("补贴发放公示", AllocationApplicants, Some(Housing)),
        // A rent subsidy's list to be paid (`租赁补贴拟发放名单`), a review's failing households
        // (`复核不合格名单`): a review's publicity.
        ("拟发放名单", AllocationApplicants, Some(Housing)),
        ("拟清退", AllocationApplicants, Some(Housing)),
        ("退出情况", AllocationApplicants, Some(Housing)),
        ("审核情况的公示", AllocationApplicants, Some(Housing)),
        // Subsidies stopped (`关于停止发放部分家庭…租赁补贴的公示`): a withdrawal's list.
        ("停止发放", AllocationApplicants, Some(Housing)),
        // An expropriation's compensation household by household (`…房屋征收分户补偿情况公示`):
        // what each was given, as a resettlement's result.
        ("分户补偿", AllocationResult, Some(Housing)),
        ("不合格名单", AllocationApplicants, Some(Housing)),
        // A call for applications (`集中申请受理工作公告`) tells how to apply: the procedure.
        ("申请受理", AllocationProcedure, Some(Housing)),
        ("集中受理", AllocationProcedure, Some(Housing)),
        ("管理程序", AllocationProcedure, Some(Housing)),
        // How a round of allotment will run (`…集中配租工作程序公告`, `…配租工作公告`).
        ("工作程序公告", AllocationProcedure, Some(Housing)),
        ("配租工作公告", AllocationProcedure, Some(Housing)),
        ("配售工作公告", AllocationProcedure, Some(Housing)),
        ("开工信息", PlanProgress, None),
        ("清退名单", AllocationApplicants, Some(Housing)),
        // Tenants removed from a home (退出, 腾退), as the notices that remove them publish it;
        // the articles of 公共租赁住房管理办法 on withdrawal were not seen.
        ("清退违规", AllocationApplicants, Some(Housing)),
        // (`…公共租赁住房退出家庭名单公示`, `关于清退公共租赁住房的公告`.)
        ("退出家庭名单", AllocationApplicants, Some(Housing)),
        ("退出保障", AllocationApplicants, Some(Housing)),
        ("退出名单", AllocationApplicants, Some(Housing)),
        ("关于清退", AllocationApplicants, Some(Housing)),
        ("限期腾退", AllocationApplicants, Some(Housing)),
        ("补贴家庭名单", AllocationApplicants, Some(Housing)),
        ("配租家庭名单", AllocationResult, Some(Housing)),
        ("房源配租公告", AllocationStock, Some(Housing)),
        ("摇号配租公告", AllocationProcess, Some(Housing)),
        ("筹集计划", AnnualPlan, None),
        ("完成情况", PlanProgress, None),
        ("进展情况", PlanProgress, None),
        ("行政处罚决定书", PenaltyDecision, None),
        // A penalty published as a notice (`关于对骗取公共租赁住房承租资格行为的处罚公告`).
        ("处罚公告", PenaltyDecision, None),
        ("行政处罚决定", PenaltyDecision, None),
        ("处罚决定书", PenaltyDecision, None),
        // The 双公示 page of a decision (行政处罚信息公示): the decision's facts in a table.
        ("行政处罚信息公示", PenaltyDecision, None),
        ("行政处罚信息公开", PenaltyDecision, None),
        ("行政处罚公示", PenaltyDecision, None),
        ("协议出让公示", AgreementPublicity, Some(LandUseRights)),
        ("中止挂牌", TransferSuspension, None),
        ("中止拍卖", TransferSuspension, None),
        ("终止拍卖", TransferSuspension, None),
        ("中止出让", TransferSuspension, None),
        ("终止出让", TransferSuspension, None),
        // Longer than the listing's own wordings they end with (`拍卖出让公告`).
        ("终止拍卖出让公告", TransferSuspension, None),
        ("中止拍卖出让公告", TransferSuspension, None),
        ("终止挂牌出让公告", TransferSuspension, None),
        ("中止挂牌出让公告", TransferSuspension, None),
        // A listing that found no buyer (流拍), reported as the deal's statement.
        ("流拍公告", Statement, None),
        ("终结挂牌", TransferSuspension, None),
        ("终止挂牌", TransferSuspension, None),
        ("恢复挂牌", TransferSuspension, None),
        ("中止交易", TransferSuspension, None),
        ("终结交易", TransferSuspension, None),
        ("恢复交易", TransferSuspension, None),
        ("暂停出让", TransferSuspension, None),
        ("中止公告", TransferSuspension, None),
        ("中止的公告", TransferSuspension, None),
        ("中止信息", TransferSuspension, None),
        // A listing that drew no bid (`关于…拍卖出让未成交的公告`): a statement of how it ended.
        ("出让未成交", Statement, None),
        ("终结公告", TransferSuspension, None),
        ("恢复公告", TransferSuspension, None),
        ("成交结果公示", TransferResult, None),
        // A title that ends with the result alone (`…商铺转让成交结果`), the transfer's words
        // ending in it.
        ("转让成交结果", TransferResult, None),
        ("成交结果", TransferResult, None),
        ("结果公示", Result, None),
        ("废标公告", Termination, None),
        // `废标（终止）公告`: the procurement's end under both its names.
        ("废标(终止)公告", Termination, None),
        ("流标公告", Termination, None),
        ("澄清与修改", Correction, None),
        ("澄清及修改", Correction, None),
        ("澄清修改", Correction, None),
        ("轮候家庭公示", AllocationProcess, Some(Housing)),
        ("信息披露", TransferAnnouncement, Some(StatePropertyRights)),
        ("转让公告", TransferAnnouncement, None),
        ("中止出让", TransferSuspension, None),
        ("终止出让", TransferSuspension, None),
        ("恢复出让", TransferSuspension, None),
        ("出让结果公示", TransferResult, None),
        ("出让结果的公示", TransferResult, None),
        ("出让结果公告", TransferResult, None),
        ("成交公示", TransferResult, None),
        // A state-owned enterprise's transfer at an exchange: before the procurement wordings,
        // whose `成交公告` would take it for a procurement result.
        (
            "转让项目成交公告",
            TransferResult,
            Some(StatePropertyRights),
        ),
        (
            "转让项目成交公示",
            TransferResult,
            Some(StatePropertyRights),
        ),
        (
            "产权转让公告",
            TransferAnnouncement,
            Some(StatePropertyRights),
        ),
        (
            "股权转让公告",
            TransferAnnouncement,
            Some(StatePropertyRights),
        ),
        (
            "转让项目公告",
            TransferAnnouncement,
            Some(StatePropertyRights),
        ),
        ("增资公告", TransferAnnouncement, Some(StatePropertyRights)),
        (
            "股权项目公告",
            TransferAnnouncement,
            Some(StatePropertyRights),
        ),
        (
            "产权项目公告",
            TransferAnnouncement,
            Some(StatePropertyRights),
        ),
        (
            "资产转让公告",
            TransferAnnouncement,
            Some(StatePropertyRights),
        ),
        ("挂牌出让公告", TransferAnnouncement, None),
        ("拍卖出让公告", TransferAnnouncement, None),
        ("招标出让公告", TransferAnnouncement, None),
        ("出让公告", TransferAnnouncement, None),
        ("挂牌公告", TransferAnnouncement, None),
        ("拍卖公告", TransferAnnouncement, None),
        ("招租公告", LeaseNotice, Some(StatePropertyRights)),
        // An exchange's lease titled by what the owner lets (`…商业用房出租公告`).
        ("出租公告", LeaseNotice, Some(StatePropertyRights)),
        ("处置公告", DisposalNotice, Some(StatePropertyRights)),
        ("验收结果公告", Acceptance, Some(GovernmentProcurement)),
        ("合同公告", Contract, None),
        ("合同公示", Contract, None),
        ("竞得结果", TransferResult, None),
        ("中标(成交)公告", Result, Some(GovernmentProcurement)),
        ("中标(成交)结果公告", Result, Some(GovernmentProcurement)),
        ("成交结果公告", Result, Some(GovernmentProcurement)),
        ("中标结果公告", Result, None),
        ("中标结果公示", Result, None),
        ("成交公告", Result, Some(GovernmentProcurement)),
        ("中标公告", Result, None),
        ("结果公告", Result, None),
        ("更正公告", Correction, None),
        ("变更公告", Correction, None),
        ("澄清公告", Correction, None),
        ("澄清(修改)公告", Correction, None),
        ("补充公告", Correction, None),
        ("延期公告", Correction, None),
        ("延期开标", Correction, None),
        ("终止公告", Termination, None),
        ("终止招标公告", Termination, Some(ConstructionBidding)),
        ("终止招标的公告", Termination, Some(ConstructionBidding)),
        ("资格预审公告", Announcement, None),
        // The 标准施工招标资格预审文件's title: a call for prequalification that stands in for
        // the call for tenders, which its bracket names.
        ("资格预审公告(代招标公告)", Announcement, None),
        ("竞争性磋商公告", Announcement, Some(GovernmentProcurement)),
        ("竞争性谈判公告", Announcement, Some(GovernmentProcurement)),
        ("询价公告", Announcement, Some(GovernmentProcurement)),
        ("磋商公告", Announcement, Some(GovernmentProcurement)),
        ("谈判公告", Announcement, Some(GovernmentProcurement)),
        ("公开招标公告", Announcement, None),
        ("邀请招标公告", Announcement, None),
        ("招标公告", Announcement, None),
        ("采购公告", Announcement, Some(GovernmentProcurement)),
        // A framework agreement's call for suppliers (财政部令第110号 Art 22: 征集公告).
        ("采购征集公告", Announcement, Some(GovernmentProcurement)),
        ("终止的公告", Termination, None),
        ("更正的公告", Correction, None),
        ("变更的公告", Correction, None),
        ("澄清的公告", Correction, None),
        ("延期的公告", Correction, None),
        // An exchange's listing titled by what is sold (`…公司35%股权转让`).
        ("股权转让", TransferAnnouncement, Some(StatePropertyRights)),
        ("产权转让", TransferAnnouncement, Some(StatePropertyRights)),
        ("增资", TransferAnnouncement, Some(StatePropertyRights)),
        ("资产转让", TransferAnnouncement, Some(StatePropertyRights)),
        ("处置结果公示", DisposalNotice, Some(StatePropertyRights)),
        ("处置结果公告", DisposalNotice, Some(StatePropertyRights)),
        // An exchange's listing titled by the share it sells alone (`…有限公司100%股权`).
        ("%股权", TransferAnnouncement, Some(StatePropertyRights)),
        ("％股权", TransferAnnouncement, Some(StatePropertyRights)),
        // A public body's lease titled by what it lets (`…门面房招租`).
        ("招租", LeaseNotice, Some(StatePropertyRights)),
    ]
};

/// `text` with what it cites in 《》 blanked, a space a byte, so that spans stay; `text` itself
/// when it cites nothing.
fn uncited(text: &str) -> Cow<'_, str> {
    if !text.contains('《') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {
                out.extend(std::iter::repeat_n(' ', c.len_utf8()));
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// The domain of the law a decision punishes under (`依据《中华人民共和国招标投标法》第五十四条`,
/// 行政处罚法 Art 59 (三)): the surer cue where the deal's words point elsewhere (a housing
/// bureau's penalty on a works bid for a shanty-town road names 棚户区 first). The first law
/// cited after 依据, 根据 or 按照 that belongs to one domain.
fn basis_domain(text: &str) -> Option<Spanned<Domain>> {
    use Domain::*;
    const LAWS: &[(&str, Domain)] = &[
        ("招标投标法", ConstructionBidding),
        ("政府采购法", GovernmentProcurement),
        ("政府采购质疑和投诉办法", GovernmentProcurement),
        ("矿产资源法", MiningRights),
        ("土地管理法", LandUseRights),
        ("城市房地产管理法", LandUseRights),
        ("城镇国有土地使用权出让和转让暂行条例", LandUseRights),
        ("公共租赁住房管理办法", Housing),
        ("企业国有资产", StatePropertyRights),
        ("资产评估法", StatePropertyRights),
    ];
    // Or the first under the label a 双公示 record gives it (`处罚依据⇥《…》`).
    ["依据《", "根据《", "按照《", "依照《"]
        .iter()
        .filter_map(|w| super::text::find(text, w).map(|i| i + w.len()))
        .min()
        .or_else(|| {
            let label = super::text::find(text, "处罚依据")?;
            let line_end = text[label..].find('\n').map_or(text.len(), |k| label + k);
            text[label..line_end]
                .find('《')
                .map(|k| label + k + '《'.len_utf8())
        })
        .and_then(|from| {
            let close = text[from..].find('》')? + from;
            let law = &text[from..close];
            LAWS.iter()
                .find_map(|(name, d)| law.find(name).map(|i| (from + i, name.len(), *d)))
        })
        .map(|(i, len, value)| Spanned {
            value,
            span: Span {
                start: i,
                end: i + len,
            },
        })
}

/// Words of a title that make its `成交` a transfer's, not a procurement's.
const TRANSFER_CUES: &str = joined_words!(&[
    "国有建设用地",
    "土地",
    "地块",
    "宗地",
    "采矿权",
    "探矿权",
    "矿业权",
    "产权",
    "股权",
    "实物资产",
    "国有资产",
    "增资",
    // What is sold (`…综合楼转让成交公告`): a procurement buys, it never 转让s.
    "转让",
]);

/// [`TYPES`]' wordings, a line each, and what each gives, by the wording's index: a table of
/// `&str` costs the module a pointer and a length a word, which gzip hardly shrinks.
const TYPE_WORDS: &str = super::text::joined_words!(&super::text::column!(TYPES, |t| t.0));
static TYPE_OF: [(NoticeType, Option<Domain>); TYPES.len()] =
    super::text::column!(TYPES, |t| (t.1, t.2));

/// Words that show the domain, the surer first.
const DOMAIN_CUES: &[(&str, Domain)] = {
    use Domain::*;
    &[
        ("政府采购", GovernmentProcurement),
        // A title's deal in which something is sold (`…综合楼转让成交公告`): land is 出让.
        ("转让成交", StatePropertyRights),
        ("转让结果", StatePropertyRights),
        // A building an enterprise sells at an exchange (`…商业房产转让公告`): the land under it
        // goes with it, but the state grants land by 出让, not 转让.
        ("房产转让", StatePropertyRights),
        ("房屋转让", StatePropertyRights),
        ("采矿权", MiningRights),
        ("探矿权", MiningRights),
        ("矿业权", MiningRights),
        ("采矿许可证", MiningRights),
        ("矿产资源", MiningRights),
        ("国有建设用地", LandUseRights),
        ("土地使用权", LandUseRights),
        // A use named before the right (`工业用地使用权`), and land for building.
        ("用地使用权", LandUseRights),
        ("建设用地", LandUseRights),
        ("宗地", LandUseRights),
        ("地块", LandUseRights),
        ("公共租赁住房", Housing),
        ("公租房", Housing),
        ("保障性住房", Housing),
        // The programmes since 国办发〔2021〕22号 (保障性租赁住房) and shared ownership.
        ("保障性租赁住房", Housing),
        ("保租房", Housing),
        ("共有产权住房", Housing),
        ("安居工程", Housing),
        // Homes sold or let at a controlled price to residents and talents (海南省安居型商品
        // 住房建设和管理办法; 人才公寓, 人才住房).
        ("安居型商品住房", Housing),
        ("安居房", Housing),
        ("人才公寓", Housing),
        ("人才住房", Housing),
        ("住房保障", Housing),
        // The programmes before 国办发〔2021〕22号 and the subsidies paid instead of a home.
        ("经济适用住房", Housing),
        ("经济适用房", Housing),
        ("经适房", Housing),
        ("租赁补贴", Housing),
        ("产权转让", StatePropertyRights),
        ("股权转让", StatePropertyRights),
        ("国有产权", StatePropertyRights),
        // A share of an enterprise sold (`…所持某公司45%股权`) and a state-controlled seller.
        ("%股权", StatePropertyRights),
        ("％股权", StatePropertyRights),
        ("国有控股", StatePropertyRights),
        ("增资", StatePropertyRights),
        ("实物资产", StatePropertyRights),
        ("资产转让", StatePropertyRights),
        // 32号令's party who sells (land has an 出让人, procurement a 采购人), the enterprise
        // whose equity is sold (标的企业) and a holding sold (`转让所持股权`).
        ("转让方", StatePropertyRights),
        ("标的企业", StatePropertyRights),
        ("所持股权", StatePropertyRights),
        ("招标投标", ConstructionBidding),
        ("工程招标", ConstructionBidding),
        ("招标人", ConstructionBidding),
        ("施工", ConstructionBidding),
        ("监理", ConstructionBidding),
        // A works contract for design and build (EPC), and a works project's survey and design.
        ("总承包", ConstructionBidding),
        ("勘察设计", ConstructionBidding),
        // A works contract (`…公路改建工程合同订立及履行情况`).
        ("工程合同", ConstructionBidding),
        // A works tender's own label for its project (`工程名称`); a procurement names a 项目.
        ("工程名称", ConstructionBidding),
        // A works project's survey alone (`…堤防加固工程勘察中标结果公告`), and its design
        // tendered (`…建设项目设计招标公告`; 招标投标法 Art 3: a works project's 勘察、设计).
        ("工程勘察", ConstructionBidding),
        ("设计招标", ConstructionBidding),
        ("采购人", GovernmentProcurement),
        ("采购代理机构", GovernmentProcurement),
        ("供应商", GovernmentProcurement),
        ("产权交易", StatePropertyRights),
        ("国有资产", StatePropertyRights),
        // A lease by tender (招租) is of a state body's or enterprise's property; homes are
        // allotted (配租), not let by tender.
        ("招租", StatePropertyRights),
        // The renewal programmes that house residents (after the works' words: a call for
        // tenders for a resettlement block is construction bidding's).
        ("棚户区改造", Housing),
        ("城中村改造", Housing),
        ("土地", LandUseRights),
        ("采购", GovernmentProcurement),
    ]
};

/// Whether a title's words before its type name a works project: they end in `工程`, but for
/// notes in brackets (`（重新招标）`, `（二次）`) and the words that link the type (`的`, `项目`).
fn works_project(project: &str) -> bool {
    let mut p = project.trim_end();
    while let Some(open) = p
        .strip_suffix(['）', ')'])
        .and_then(|q| q.rfind(['（', '(']))
    {
        p = p[..open].trim_end();
    }
    // Each suffix stripped as often as it ends the name, by `strip_suffix`: `trim_end_matches`
    // of a word brings a searcher from the end that the module needs nowhere else.
    while let Some(q) = p.strip_suffix("的") {
        p = q;
    }
    while let Some(q) = p.strip_suffix("项目") {
        p = q;
    }
    p.ends_with("工程") && !p.ends_with("安居工程")
}

/// [`DOMAIN_CUES`]' words, a line each, and the domain of each, by the word's index (as
/// [`TYPE_WORDS`]).
const DOMAIN_WORDS: &str = super::text::joined_words!(&super::text::column!(DOMAIN_CUES, |c| c.0));
static DOMAIN_OF: [Domain; DOMAIN_CUES.len()] = super::text::column!(DOMAIN_CUES, |c| c.1);

/// The methods as a title or a label names them: (words, method).
const METHODS: &[(&str, Method)] = &[
    ("竞争性磋商", Method::CompetitiveConsultation),
    ("竞争性谈判", Method::CompetitiveNegotiation),
    ("单一来源", Method::SingleSource),
    ("框架协议", Method::FrameworkAgreement),
    ("公开招标", Method::OpenTendering),
    ("邀请招标", Method::InvitedTendering),
    ("询价", Method::RequestForQuotation),
    ("磋商", Method::CompetitiveConsultation),
    ("网上挂牌", Method::Listing),
    // `以协议方式出让` (the verb's means); a title's 协议出让 is above.
    ("协议", Method::Agreement),
    ("挂牌", Method::Listing),
    ("拍卖", Method::Auction),
    ("协议出让", Method::Agreement),
    ("招标出让", Method::Tendering),
    ("招租", Method::Lease),
    ("出租", Method::Lease),
    // State property: the kind of transaction (企业国有资产交易监督管理办法 Art 2).
    ("增资", Method::EnterpriseCapitalIncrease),
    ("产权转让", Method::EnterpriseEquityTransfer),
    ("股权转让", Method::EnterpriseEquityTransfer),
    ("股权", Method::EnterpriseEquityTransfer),
    ("实物资产", Method::EnterpriseAssetTransfer),
    ("资产转让", Method::EnterpriseAssetTransfer),
    // A public body's disposal (行政事业性国有资产管理条例 Ch 5: 处置).
    ("处置", Method::PublicSectorAssetDisposal),
];

/// The labels after which a notice names its method.
const METHOD_LABELS: &[&str] = &[
    "采购方式",
    "出让方式",
    "招标方式",
    "交易方式",
    "供应方式",
    "供地方式",
    "项目类型",
];

/// What `text` is: its type, domain and method, each with its evidence.
pub fn classify(text: &str) -> Classification {
    classify_in(Hay { text, chars: None })
}

/// [`classify`] of `text`, whose characters `chars` holds decoded ([`Chars::new`] of `text`):
/// the passes over the whole text, for a domain's cue and a stated method, read them.
pub(crate) fn classify_chars(text: &str, chars: &Chars<'_>) -> Classification {
    classify_in(Hay {
        text,
        chars: Some(chars),
    })
}

/// A text searched for a list's words, with its characters where they are decoded already.
#[derive(Clone, Copy)]
struct Hay<'t, 'c> {
    text: &'t str,
    chars: Option<&'c Chars<'t>>,
}

impl Hay<'_, '_> {
    /// [`Words::each`] over the text: by its decoded characters where they are at hand
    /// ([`Words::each_of`], which steps over most places), else by its bytes.
    fn each(self, words: &Words, f: impl FnMut(usize, usize, usize) -> bool) {
        match self.chars {
            Some(chars) => words.each_of(chars, f),
            None => words.each(self.text, f),
        }
    }

    /// [`Words::lowest`] of the text.
    fn lowest(self, words: &Words) -> Option<(usize, usize, usize)> {
        let mut best: Option<(usize, usize, usize)> = None;
        self.each(words, |at, len, id| {
            if best.is_none_or(|(_, _, b)| id < b) {
                best = Some((at, len, id));
            }
            // Nothing is lower than the first id.
            id != 0
        });
        best
    }
}

/// [`classify`] of `hay`'s text.
fn classify_in(hay: Hay<'_, '_>) -> Classification {
    let text = hay.text;
    let title_end = title(text);
    let title_text = &text[title_end.range()];
    let at = |base: usize, i: usize, len: usize| Span {
        start: base + i,
        end: base + i + len,
    };
    // The type: in the title, else in the first lines.
    let head = &text[..super::text::nth_line_end(text, 8)];
    let find_type = |hay: &str, base: usize| {
        // Each wording's first place (of its two bracket forms, the first and shorter), in the
        // table's order, from one pass over `hay`.
        let found: Vec<_> = words()
            .types
            .firsts(hay)
            .into_iter()
            .map(|(k, i, len)| (i, len, TYPE_OF[k].0, TYPE_OF[k].1))
            .collect();
        // A title ends with what the notice is (`关于…招标公告的更正公告`): the wording that ends
        // last; of the wordings overlapping it or just before it (`配租结果` and `结果公示`,
        // `摇号排序` and `结果公示`, `股权转让` and `转让项目成交公告`), the longest, then one that
        // settles the domain.
        let last = found
            .iter()
            .max_by_key(|(i, len, _, _)| (*i + *len, *len))?;
        // A whole notice's name just before it (`…挂牌出让公告` before `更正公告`) is the notice
        // the last one acts on, not a part of its name.
        let names_a_notice = |i: usize, len: usize| {
            i + len == last.0
                && (hay[i..i + len].ends_with("公告") || hay[i..i + len].ends_with("公示"))
        };
        found
            .iter()
            .filter(|(i, len, _, _)| *i < last.0 + last.1 && last.0 <= *i + *len)
            .filter(|(i, len, _, _)| !names_a_notice(*i, *len))
            .max_by_key(|(i, len, _, d)| (*len, d.is_some(), *i + *len))
            .map(|(i, len, t, d)| (at(base, *i, *len), *t, *d))
    };
    // `关于终止…的公告`, `关于中止…的公告`: the act the title opens with.
    let opening_act = || {
        if !title_text.ends_with("公告") {
            return None;
        }
        let after = super::text::find(title_text, "关于")? + "关于".len();
        let rest = &title_text[after..];
        [
            ("终止", NoticeType::Termination),
            ("终结", NoticeType::Termination),
            ("中止", NoticeType::TransferSuspension),
            ("恢复", NoticeType::TransferSuspension),
            ("更正", NoticeType::Correction),
        ]
        .into_iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|(w, t)| (at(title_end.start, after, w.len()), t, None))
    };
    // A title on two lines, the second naming the type (`…20%股权转让项目` over
    // `转让底价及评估结果公示`): the type is the second line's.
    // A type alone on the second line (`川汇区城镇住房保障家庭租赁补贴` over `审核结果公示`)
    // ends a title broken over two lines when the first names none and is no site's banner.
    let bare_ends = || {
        find_type(title_text, 0).is_none()
            && title_text.chars().count() >= 8
            && !ends_with_any(
                title_text,
                joined_words!(&["局", "中心", "委员会", "政府", "网", "厅", "办公室"]),
            )
    };
    let second = second_title_line(text, title_end.end, bare_ends);
    // An official document's title spaced out (`行 政 处 罚 决 定 书`): read without its spaces.
    let spaced = |hay: &str, base: usize| {
        let (packed, at) = unspaced(hay);
        let (span, t, d) = find_type(&packed, 0)?;
        let start = base + at[span.start];
        let last = at[span.end - 1];
        let end = base + last + hay[last..].chars().next().map_or(1, char::len_utf8);
        Some((Span { start, end }, t, d))
    };
    // A site's menu (`土地市场网 | 供地结果 | 出让公告 | …`) names the site's columns, not the
    // notice: read the head without it, its bytes blanked so that spans stay.
    let unmenued;
    // (A listed menu holds `首页`: a head without it lists none.)
    let listed = holds(head, "首页").then(|| listed_menu(head)).flatten();
    let head = if (head.contains('|') || head.contains('｜')) && head.lines().any(is_menu)
        || listed.is_some()
    {
        let (from, to) = listed.unwrap_or((usize::MAX, 0));
        // (Written into one string, not a string a line.)
        let mut blanked = String::with_capacity(head.len());
        for (k, l) in head.split_inclusive('\n').enumerate() {
            if is_menu(l) || (from..to).contains(&k) {
                blanked.extend(std::iter::repeat_n(' ', l.trim_end_matches('\n').len()));
                if l.ends_with('\n') {
                    blanked.push('\n');
                }
            } else {
                blanked.push_str(l);
            }
        }
        unmenued = blanked;
        unmenued.as_str()
    } else {
        head
    };
    // A type in brackets opening the title (`【成交公告】某公司增资项目`): a portal's tag of what
    // the notice is, before the project it names.
    // Or the type alone before a bar (`成交结果公示丨某公司资产转让项目`, a phone post's headline).
    let tagged = || {
        let Some(inner) = title_text.strip_prefix('【') else {
            let (bar, _) = title_text
                .char_indices()
                .find(|(_, c)| matches!(c, '丨' | '｜' | '|'))?;
            let tag = title_text[..bar].trim_end();
            return is_bare_type(tag)
                .then(|| find_type(tag, title_end.start))
                .flatten();
        };
        let close = inner.find('】')?;
        let (span, t, d) = find_type(&inner[..close], title_end.start + '【'.len_utf8())?;
        (span.end == title_end.start + '【'.len_utf8() + close).then_some((span, t, d))
    };
    // A notice issuing a document (`关于印发《…规划建设方案（2025—2027年）》的通知`) is what it
    // issues: a plan stays a plan, a rule (`《…管理办法》`) a policy.
    let issued = || {
        let from = super::text::find(title_text, "印发《")? + "印发《".len();
        let close = title_text[from..].find('》')?;
        find_type(&title_text[from..from + close], title_end.start + from)
    };
    // A document reposted under a headline of its own (a phone post's `曝光｜某所出具不实报告
    // 被罚`, `现全文转载如下`): the document's title, its issuer's line over its type alone
    // (`某市财政局` over `行政处罚决定书`), is what the notice is.
    let reposted = || {
        let bar = title_text.contains('｜') || title_text.contains('|');
        if !(bar || holds(head, "转载")) {
            return None;
        }
        let mut base = 0;
        let mut issuer = false;
        head.split_inclusive('\n').find_map(|l| {
            let line_start = base;
            base += l.len();
            let t = l.trim();
            if t.is_empty() {
                return None;
            }
            let own = issuer && line_start >= title_end.end && is_bare_type(t);
            issuer = ends_with_any(
                t,
                joined_words!(&["局", "委员会", "厅", "委", "政府", "中心"]),
            );
            let lead = l.len() - l.trim_start().len();
            own.then(|| find_type(t, line_start + lead))?
        })
    };
    let typed = opening_act()
        .or_else(tagged)
        .or_else(issued)
        .or_else(|| second.and_then(|s| find_type(&text[s.range()], s.start)))
        .or_else(reposted)
        .or_else(|| {
            let menu =
                (title_text.contains('|') || title_text.contains('｜')) && is_menu(title_text);
            (!menu).then(|| find_type(title_text, title_end.start))?
        })
        // A title spaced out a character at a time (`行 政 处 罚 决 定 书`), before the words of
        // the lines under it.
        .or_else(|| spaced_out(title_text).then(|| spaced(title_text, title_end.start))?)
        // A 政务公开 page's index table names the document (`信息名称⇥…进展情况（上半年）`,
        // `标题：…`) where the page shows no title line of its own.
        .or_else(|| {
            ["信息名称", "标　　题", "标题"].iter().find_map(|w| {
                let i = super::text::find(head, w)?;
                let from = i + w.len();
                let rest = &head[from..];
                let rest_start =
                    from + (rest.len() - rest.trim_start_matches(['\t', '：', ':', ' ']).len());
                let end = head[rest_start..]
                    .find(['\t', '\n'])
                    .map_or(head.len(), |e| rest_start + e);
                (end > rest_start)
                    .then(|| find_type(&head[rest_start..end], rest_start))
                    .flatten()
            })
        })
        // The first lines' words, a document they cite aside (`根据《某市公共租赁住房管理办法》`
        // names the rule followed, not what the notice is).
        .or_else(|| {
            let uncited = uncited(head);
            find_type(&uncited, 0)
                .or_else(|| spaced(&uncited, 0))
                // Else what they cite: a notice that names nothing else is often of the cited
                // kind (`依据《…租金标准》` over a rent's figures).
                .or_else(|| matches!(uncited, Cow::Owned(_)).then(|| find_type(head, 0))?)
        })
        // A policy's card (`政策名称：…`, a phone post's digest of one) under a headline that
        // names no type.
        .or_else(|| {
            let i = super::text::find(head, "政策名称")?;
            Some((at(0, i, "政策名称".len()), NoticeType::Policy, None))
        })
        // A call for intending users titled by the right it offers (`…协议出让国有建设用地使用权
        // 公示`), the item the catalogue calls 协议出让公示.
        .or_else(|| {
            let mut base = 0;
            head.split_inclusive('\n').find_map(|l| {
                let line_start = base;
                base += l.len();
                let t = l.trim_end();
                let i = t.find("协议出让")?;
                (t.ends_with("公示") && !holds_any(t, joined_words!(&["结果", "成交"]))).then(
                    || {
                        (
                            at(line_start, i, "协议出让".len()),
                            NoticeType::AgreementPublicity,
                            Some(Domain::LandUseRights),
                        )
                    },
                )
            })
        });
    let mut out = Classification::default();
    if let Some((span, t, d)) = typed {
        out.notice_type = Some(Spanned { value: t, span });
        out.domain = d.map(|value| Spanned { value, span });
        // `成交公告` is procurement's, unless the title names a deal in land, a mining right or
        // state property (`国有建设用地使用权挂牌出让成交公告`, `股权转让项目成交公告`).
        if d == Some(Domain::GovernmentProcurement)
            && text[span.range()].contains("成交")
            && (holds_any(title_text, TRANSFER_CUES)
                // A deal an exchange's page announces (`北京产权交易所` over `成交公告`).
                || head.contains("产权交易")
                // A title that is the type alone (`成交公告`): the lines under it tell the deal.
                || is_bare_type(title_text) && holds_any(head, TRANSFER_CUES))
        {
            out.domain = None;
        }
        // A mining right proposed for grant by agreement (`关于拟协议出让某煤矿采矿权的公示`, its
        // publicity before the contract) is the right's result notice, not a call for land's
        // intending users.
        if t == NoticeType::AgreementPublicity
            && holds_any(title_text, joined_words!(&["采矿权", "探矿权", "矿业权"]))
            && !holds_any(title_text, joined_words!(&["用地", "土地"]))
        {
            out.set(NoticeType::TransferResult, Domain::MiningRights, span);
        }
    }
    // The national land market's result page (中国土地市场网's 供地结果) titles a result by its
    // project alone, its type only in the breadcrumb the page's chrome holds: its labels
    // 电子监管号 (the contract's supervision number) and 供地方式 are its own.
    if out.notice_type.is_none()
        && let Some(i) = super::text::find(head, "电子监管号")
        && super::text::find(text, "供地方式").is_some()
    {
        out.set(
            NoticeType::SupplyResult,
            Domain::LandUseRights,
            at(0, i, "电子监管号".len()),
        );
    }
    // A contract's notice copied without its title: the 50号 format's first two headings
    // (合同公告: 一、合同编号 二、合同名称) are its own.
    if out.notice_type.is_none()
        && let Some(i) = super::text::find(head, "合同编号")
        && super::text::find(&head[i..], "合同名称").is_some()
    {
        out.notice_type = Some(Spanned {
            value: NoticeType::Contract,
            span: at(0, i, "合同编号".len()),
        });
    }
    if out.domain.is_none() {
        // The surest cue a text holds, where it first occurs; but a decision's facts name the deal it punishes first
        // (`…股权转让项目进行评估时，未…对…土地使用权履行…`): its domain is the first cue's.
        let penalty = matches!(
            out.notice_type.as_ref().map(|t| t.value),
            Some(NoticeType::PenaltyDecision)
        );
        let cue = |hay: &str, base: usize, first: bool| {
            let (i, len, k) = if first {
                words().domains.leftmost_longest(hay)
            } else {
                words().domains.lowest(hay)
            }?;
            Some(Spanned {
                value: DOMAIN_OF[k],
                span: at(base, i, len),
            })
        };
        out.domain = cue(title_text, title_end.start, false)
            .or_else(|| penalty.then(|| basis_domain(text)).flatten())
            .or_else(|| {
                if penalty {
                    return cue(text, 0, true);
                }
                let (i, len, k) = hay.lowest(&words().domains)?;
                // A text whose parties are a 采购人 and a 供应商 is a procurement's (政府采购法
                // Art 14), though what it buys names land, a mine or homes (`平原造林地块`,
                // `公租房物业服务`): no notice of those domains' own deals has either party.
                let value = match DOMAIN_OF[k] {
                    Domain::LandUseRights | Domain::MiningRights | Domain::Housing
                        if super::text::find(text, "供应商").is_some()
                            && let Some(i) = super::text::find(text, "采购人") =>
                    {
                        return Some(Spanned {
                            value: Domain::GovernmentProcurement,
                            span: at(0, i, "采购人".len()),
                        });
                    }
                    d => d,
                };
                Some(Spanned {
                    value,
                    span: at(0, i, len),
                })
            });
        // A works project (its name ending in `工程`, `…地块前期土地平整及围挡工程（重新招标）`)
        // is tendered as construction, whatever land or mine it is built on (招标投标法实施条例
        // Art 2: 工程 is 建设工程).
        let untagged = title_text
            .strip_prefix('【')
            .and_then(|t| Some(&t[t.find('】')? + '】'.len_utf8()..]))
            .unwrap_or(title_text);
        if let Some(d) = &mut out.domain
            && matches!(d.value, Domain::LandUseRights | Domain::MiningRights)
            && !penalty
            && let Some((t, _, _)) = find_type(untagged, 0)
            && works_project(&untagged[..t.start])
        {
            d.value = Domain::ConstructionBidding;
        }
        // A call's or an end's parties settle it between construction bidding and procurement
        // where its title's words do not (`…监理服务采购项目终止公告`): a 采购人 or its agency and
        // 供应商 are a procurement's (政府采购法 Art 14), a tender's are a 招标人 and 投标人
        // (招标投标法 Art 8, Art 25).
        if let Some(d) = &mut out.domain
            && d.value == Domain::ConstructionBidding
            && !penalty
            && super::text::find(text, "供应商").is_some()
            && super::text::find(text, "招标人").is_none()
            && super::text::find(text, "投标人").is_none()
            && let Some((i, len)) = ["采购人", "采购代理机构"]
                .iter()
                .find_map(|w| super::text::find(text, w).map(|i| (i, w.len())))
        {
            *d = Spanned {
                value: Domain::GovernmentProcurement,
                span: at(0, i, len),
            };
        }
        // The issuer above the party settles a decision between procurement and construction
        // bidding, where the facts' words (招标, 采购) do not: a finance department supervises
        // procurement (政府采购法 Art 13), a development and reform commission construction
        // bidding (招标投标法实施条例 Art 4).
        if penalty {
            // Above the party: its label, or the line that addresses it (`某公司：`).
            let addressed = head
                .match_indices('\n')
                .map(|(k, _)| k)
                .find(|&k| head[..k].trim_end_matches('\r').ends_with(['：', ':']));
            let party = head.find("当事人").into_iter().chain(addressed).min();
            let above = &head[..party.unwrap_or(head.len())];
            let issuer = |words: &[&str]| {
                words
                    .iter()
                    .find_map(|w| above.find(w).map(|i| (i, w.len())))
            };
            let settled = match out.domain.as_ref().map(|d| d.value) {
                Some(Domain::ConstructionBidding) => issuer(&["财政厅", "财政局", "财采罚"])
                    .map(|(i, len)| (Domain::GovernmentProcurement, i, len)),
                Some(Domain::GovernmentProcurement) => issuer(&["发展和改革", "发改罚"])
                    .map(|(i, len)| (Domain::ConstructionBidding, i, len)),
                _ => None,
            };
            if let Some((value, i, len)) = settled {
                out.domain = Some(Spanned {
                    value,
                    span: at(0, i, len),
                });
            }
        }
    }
    // A call for tenders of goods for a works project (`…水厂扩建工程水处理设备采购招标公告`) under
    // 招标投标法: its parties are 招标人, not 采购人 (政府采购法's word), and it opens with the
    // 标准文件's 招标条件.
    if out.domain.as_ref().map(|d| d.value) == Some(Domain::GovernmentProcurement)
        && matches!(
            out.notice_type.as_ref().map(|t| t.value),
            Some(NoticeType::Announcement | NoticeType::Correction | NoticeType::Termination)
        )
        && !text.contains("采购人")
        && let Some(pos) =
            super::text::find(text, "招标条件").or_else(|| super::text::find(text, "招标人"))
    {
        let word = if text[pos..].starts_with("招标条件") {
            "招标条件"
        } else {
            "招标人"
        };
        out.domain = Some(Spanned {
            value: Domain::ConstructionBidding,
            span: Span {
                start: pos,
                end: pos + word.len(),
            },
        });
    }
    // A call for a works service (`…监理服务公开招标公告`) written to 财办库〔2020〕50号's
    // announcement — its 项目概况 at the top, its parties 采购人 and no 招标人 — is procured
    // under 政府采购法, whatever the service's word says.
    if out.domain.as_ref().map(|d| d.value) == Some(Domain::ConstructionBidding)
        && out.notice_type.as_ref().map(|t| t.value) == Some(NoticeType::Announcement)
        && let Some(pos) = super::text::find(head, "项目概况")
        && super::text::find(text, "采购人").is_some()
        && super::text::find(text, "招标人").is_none()
    {
        out.domain = Some(Spanned {
            value: Domain::GovernmentProcurement,
            span: at(0, pos, "项目概况".len()),
        });
    }
    // So is a correction or an end written to 50号's formats: they name the notice concerned
    // by its 采购项目编号 (`原公告的采购项目编号：…`), a word no tender under 招标投标法 uses.
    if out.domain.as_ref().map(|d| d.value) == Some(Domain::ConstructionBidding)
        && matches!(
            out.notice_type.as_ref().map(|t| t.value),
            Some(NoticeType::Correction | NoticeType::Termination)
        )
        && let Some(pos) = super::text::find(head, "采购项目编号")
        && super::text::find(text, "招标人").is_none()
    {
        out.domain = Some(Spanned {
            value: Domain::GovernmentProcurement,
            span: at(0, pos, "采购项目编号".len()),
        });
    }
    // A type and a domain that name no item together (a works tender for a housing project,
    // `…保障性租赁住房项目施工资格预审公告`): the next domain the text names that does, in the
    // order the text names them.
    if out.notice_type.is_some() && out.domain.is_some() && out.item().is_none() {
        let kept = out.domain.take();
        let mut cues = words().domains.firsts(text);
        cues.sort_by_key(|&(_, i, _)| i);
        for (k, i, len) in cues {
            out.domain = Some(Spanned {
                value: DOMAIN_OF[k],
                span: at(0, i, len),
            });
            if out.item().is_some() {
                break;
            }
            out.domain = None;
        }
        if out.domain.is_none() {
            out.domain = kept;
        }
    }
    // Goods bought by tender for a works project (`…项目电梯设备采购及安装招标公告`, its 招标人
    // named): construction bidding's (招标投标法实施条例 Art 2: the goods that form part of a
    // works project), though its title says 采购. A procurement names its 采购人 and 供应商
    // (政府采购法 Art 14); a text that names a 招标人 and neither is not one.
    if let Some(d) = &mut out.domain
        && d.value == Domain::GovernmentProcurement
        && d.span.of(text) == Some("采购")
        && let Some(i) = super::text::find(text, "招标人")
        && super::text::find(text, "采购人").is_none()
        && super::text::find(text, "供应商").is_none()
    {
        *d = Spanned {
            value: Domain::ConstructionBidding,
            span: at(0, i, "招标人".len()),
        };
    }
    // A land result is what its words tell: one that gives the date its contract was signed
    // (`合同签订日期`) with the land's user or the contract's supervision number reports the
    // supply (供地结果: the contract signed), not the deal publicised before it; one that says the
    // parcel found no buyer (`流拍`, `未成交`) and names none reports how the transfer went (the
    // statement item: 成交、流拍、中止或者变更).
    if matches!(
        out.notice_type.as_ref().map(|t| t.value),
        Some(NoticeType::TransferResult | NoticeType::Result)
    ) && out.domain.as_ref().map(|d| d.value) == Some(Domain::LandUseRights)
        && let Some(t) = &mut out.notice_type
    {
        let says = |w: &&str| super::text::find(text, w).is_some();
        if says(&"合同签订日期") && ["电子监管号", "土地使用权人"].iter().any(says)
        {
            t.value = NoticeType::SupplyResult;
        } else if ["流拍", "未成交", "无人竞买", "无竞买人"].iter().any(says)
            && !["竞得人", "受让人", "竞得单位", "土地使用权人"]
                .iter()
                .any(says)
        {
            t.value = NoticeType::Statement;
        }
    }
    // The method: in the title, else after a label.
    // A title's words may name another domain's method before its own (`…医疗废物转运处置服务
    // 项目竞争性磋商公告`): the domain's, where it is known.
    let domain = out.domain.as_ref().map(|d| d.value);
    out.method = domain
        .map_or_else(
            || method_in(title_text, title_end.start),
            |d| method_of_domain(title_text, title_end.start, d),
        )
        .or_else(|| labelled_method(text))
        // A penalty decision tells of the deal it punishes (`以挂牌方式竞得`); that is not its method.
        .or_else(|| match out.notice_type.as_ref().map(|t| t.value) {
            // Nor is the way a registered right was won (`该采矿权系以挂牌方式出让取得`).
            Some(NoticeType::PenaltyDecision | NoticeType::RightHolderInformation) => None,
            _ => stated_method(hay),
        })
        // The document a procurement's suppliers answer is its method's own (财库〔2014〕214号's
        // 磋商文件, 财政部令第74号's 谈判文件 and 询价通知书): a correction or a termination that
        // names only it names the method.
        .or_else(|| {
            if domain != Some(Domain::GovernmentProcurement)
                || !matches!(
                    out.notice_type.as_ref().map(|t| t.value),
                    Some(NoticeType::Correction | NoticeType::Termination)
                )
            {
                return None;
            }
            [
                ("磋商文件", Method::CompetitiveConsultation),
                ("谈判文件", Method::CompetitiveNegotiation),
                ("询价通知书", Method::RequestForQuotation),
            ]
            .into_iter()
            .filter_map(|(w, m)| super::text::find(text, w).map(|i| (i, w, m)))
            .min_by_key(|(i, _, _)| *i)
            .map(|(i, w, m)| Spanned {
                value: m,
                span: at(0, i, w.len()),
            })
        })
        // A procurement's call for tenders (`…项目招标公告`) is an open tender's: an invited
        // tender calls for prequalification and then invites (政府采购法 Art 34, 财政部令第87号
        // Art 14), and the other methods call for responses, not tenders.
        .or_else(|| {
            let t = out.notice_type.as_ref()?;
            (domain == Some(Domain::GovernmentProcurement)
                && t.value == NoticeType::Announcement
                && text[t.span.range()].ends_with("招标公告"))
            .then_some(Spanned {
                value: Method::OpenTendering,
                span: t.span,
            })
        });
    out
}

/// The method a text's words name first, leftmost and longest ([`METHODS`]); spans from `base`.
fn method_in(hay: &str, base: usize) -> Option<Spanned<Method>> {
    let (i, len, k) = words().methods.leftmost_longest(hay)?;
    Some(Spanned {
        value: METHODS[k].1,
        span: Span {
            start: base + i,
            end: base + i + len,
        },
    })
}

/// The method `text` names after one of [`METHOD_LABELS`] (`采购方式：竞争性磋商`), or in the
/// cell under such a label's column. Of a label's places, the first that gives a method: the
/// same words also stand in prose (`以框架协议采购方式（封闭式）征集`) before the line that
/// gives it.
pub(crate) fn labelled_method(text: &str) -> Option<Spanned<Method>> {
    // Which of the labels that end with 方式 the text holds, told at the places of 方式: one
    // search of the text, not one a label.
    let mut held = [false; METHOD_LABELS.len()];
    for at in super::text::places(text, "方式") {
        for (k, label) in METHOD_LABELS.iter().enumerate() {
            if let Some(before) = label.strip_suffix("方式")
                && text[..at].ends_with(before)
            {
                held[k] = true;
            }
        }
    }
    METHOD_LABELS.iter().enumerate().find_map(|(k, label)| {
        // Most texts lack most labels, which `holds` tells quicker than a search finds none.
        let holds_it = if label.ends_with("方式") {
            held[k]
        } else {
            holds(text, label)
        };
        if !holds_it {
            return None;
        }
        text.match_indices(label).find_map(|(i, _)| {
            let from = i + label.len();
            let line_end = text[from..].find('\n').map_or(text.len(), |e| from + e);
            let rest = &text[from..line_end];
            let rest_start = rest
                .char_indices()
                .find(|(_, c)| !matches!(c, ':' | '：' | ' ' | '\t' | '\u{3000}' | '为'))
                .map_or(rest.len(), |(k, _)| k);
            let value = &rest[rest_start..];
            let value = value.split('\t').next().unwrap_or(value);
            // The method opens the value, or the value is a short name of the deal
            // (`企业资产转让`).
            let short = value.trim().chars().count() <= 8;
            method_in(value, from + rest_start)
                .filter(|m| m.span.start == from + rest_start || short)
                .or_else(|| method_in_column(text, i, label))
                .or_else(|| {
                    // A page's cells each on a line (`供地方式：⏎协议出让`): the value is the
                    // next line, when nothing follows the label on its own.
                    if !value.trim().is_empty() {
                        return None;
                    }
                    let next = (line_end + 1).min(text.len());
                    let next_end = text[next..].find('\n').map_or(text.len(), |e| next + e);
                    let cell = &text[next..next_end];
                    let lead = cell.len() - cell.trim_start().len();
                    method_in(cell.trim(), next + lead).filter(|m| {
                        m.span.start == next + lead && cell.trim().chars().count() <= 12
                    })
                })
        })
    })
}

/// The kind of transfer a state property notice's project or subject is named by
/// (`项目名称：某公司100%股权转让`), from its first such label's line.
pub(crate) fn project_method(text: &str) -> Option<Spanned<Method>> {
    ["项目名称", "标的名称"].iter().find_map(|label| {
        let from = super::text::find(text, label)? + label.len();
        let end = text[from..].find('\n').map_or(text.len(), |e| from + e);
        method_in(&text[from..end], from)
    })
}

/// The method of `domain` a text's words name first, leftmost and longest; spans from `base`.
fn method_of_domain(hay: &str, base: usize, domain: Domain) -> Option<Spanned<Method>> {
    // The leftmost of the domain's, the longest there, then the first listed; each method has
    // one word, whose first place is the leftmost of its places.
    let mut best: Option<(usize, usize, usize)> = None;
    words().methods.each(hay, |i, len, k| {
        // The places come in order: none after the best found can better it.
        if best.is_some_and(|(b, _, _)| i > b) {
            return false;
        }
        if METHODS[k].1.domains().contains(&domain)
            && best.is_none_or(|(_, l, bk)| (usize::MAX - len, k) < (usize::MAX - l, bk))
        {
            best = Some((i, len, k));
        }
        true
    });
    let (i, len, k) = best?;
    Some(Spanned {
        value: METHODS[k].1,
        span: Span {
            start: base + i,
            end: base + i + len,
        },
    })
}

/// The method a table's column names: `label` a header cell (at `i`) of a row of cells, the
/// method the cell under it in the next row opens with (`出让方式 | … ⏎ 拍卖 | …`).
fn method_in_column(text: &str, i: usize, label: &str) -> Option<Spanned<Method>> {
    let line_start = text[..i].rfind('\n').map_or(0, |k| k + 1);
    let line_end = text[i..].find('\n').map_or(text.len(), |e| i + e);
    let line = &text[line_start..line_end];
    // Cells apart by tabs, or by spaces in a plain text's table whose rows have as many cells as
    // its header (`序号 宗地位置 … 供应方式 … ⏎ 1 伊犁河县… … 挂牌出让 …`).
    let cells = |from: usize, l: &str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if l.contains('\t') {
            let mut at = from;
            for cell in l.split('\t') {
                out.push((at, at + cell.len()));
                at += cell.len() + 1;
            }
            return out;
        }
        let sep = |c: char| c == ' ' || c == '\u{3000}';
        let mut start = None;
        for (k, c) in l.char_indices() {
            match (sep(c), start) {
                (true, Some(s)) => {
                    out.push((from + s, from + k));
                    start = None;
                }
                (false, None) => start = Some(k),
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((from + s, from + l.len()));
        }
        out
    };
    let head = cells(line_start, line);
    let col = head.iter().position(|&(a, b)| text[a..b].trim() == label)?;
    let next_start = (line_end + 1).min(text.len());
    let next_end = text[next_start..]
        .find('\n')
        .map_or(text.len(), |e| next_start + e);
    let row = cells(next_start, &text[next_start..next_end]);
    if head.len() < 2 || !line.contains('\t') && row.len() != head.len() {
        return None;
    }
    let &(a, b) = row.get(col)?;
    let lead = text[a..b].len() - text[a..b].trim_start().len();
    method_in(text[a..b].trim_start(), a + lead).filter(|m| m.span.start == a + lead)
}

/// The word lists, each searched for in one pass over a text ([`Words`]), by their index in
/// their table.
struct Lists {
    /// [`TYPES`], each wording's brackets written either way (`(成交)`, `（成交）`).
    types: Words,
    /// [`DOMAIN_CUES`].
    domains: Words,
    /// [`METHODS`].
    methods: Words,
}

/// A word of a list and its index, as [`Words::new`] takes them.
fn own((k, w): (usize, &str)) -> (String, usize) {
    (w.to_owned(), k)
}

fn words() -> &'static Lists {
    static LISTS: std::sync::OnceLock<Lists> = std::sync::OnceLock::new();
    LISTS.get_or_init(|| Lists {
        types: Words::new(
            &mut super::text::words(TYPE_WORDS)
                .enumerate()
                .flat_map(|(k, w)| {
                    // Only a wording with brackets has a second form.
                    let wide = w
                        .contains(['(', ')'])
                        .then(|| (w.replace('(', "（").replace(')', "）"), k));
                    std::iter::once((w.to_owned(), k)).chain(wide)
                }),
        ),
        domains: Words::new(&mut super::text::words(DOMAIN_WORDS).enumerate().map(own)),
        methods: Words::new(&mut METHODS.iter().map(|(w, _)| *w).enumerate().map(own)),
    })
}

/// The verbs before a method that state it as the notice's own (`现对该项目进行公开招标`,
/// `决定以挂牌方式出让`, `采用竞争性磋商方式`): the 标准施工招标文件's 招标条件 and the land
/// notices name their method so, not after a label.
const METHOD_VERBS: &[&str] = &["进行", "采用", "采取", "以", "通过", "经", "为", "发布"];

/// The method a sentence of `text` states, its first: a method word after one of
/// [`METHOD_VERBS`], not forbidden (`不得采用邀请招标`).
fn stated_method(hay: Hay<'_, '_>) -> Option<Spanned<Method>> {
    let text = hay.text;
    // The methods' places found in one pass (rarer than the verbs' and found together), each
    // tried after each verb that ends there: the earliest statement; of two at one place, the
    // method listed first, then the verb — what a search for each method after each verb, in
    // that order, keeping the first place found, gives.
    let mut best: Option<(usize, usize, usize)> = None;
    hay.each(&words().methods, |at, len, mk| {
        // The places come in order: none after the best found can better it.
        if best.is_some_and(|(b, _, _)| at > b) {
            return false;
        }
        let after = &text[at + len..];
        let before_method = &text[..at];
        for (vk, verb) in METHOD_VERBS.iter().enumerate() {
            let Some(before) = before_method.strip_suffix(verb) else {
                continue;
            };
            // `以` and `通过` take the method as a means: `以挂牌方式`, `通过竞争性磋商方式`,
            // `以框架协议采购方式`; `为` a kind the project is (`本项目为公开招标项目`).
            let means = matches!(*verb, "以" | "通过");
            if means && !(after.starts_with("方式") || after.starts_with("采购方式")) {
                continue;
            }
            // `发布` the call the method names (`…发布竞争性磋商公告`): the project's method.
            if *verb == "发布" && !(after.starts_with("公告") || after.starts_with("采购公告"))
            {
                continue;
            }
            if *verb == "为" && !starts_with_any(after, joined_words!(&["项目", "方式", "采购"]))
            {
                continue;
            }
            if before.ends_with('不') || before.ends_with("不得") || before.ends_with("禁止") {
                continue;
            }
            if best.is_none_or(|b| (at, mk, vk) < b) {
                best = Some((at, mk, vk));
            }
        }
        true
    });
    best.map(|(at, mk, _)| Spanned {
        value: METHODS[mk].1,
        span: Span {
            start: at,
            end: at + METHODS[mk].0.len(),
        },
    })
}

/// True when `line` names a notice's type: every wording of one ends in one of these words, so
/// a line without them is read no further.
pub(crate) fn names_a_type(line: &str) -> bool {
    // `关于…的公告`, after the issuer's name too (`某局关于终止…的公告`).
    let about = holds(line, "关于") && (line.ends_with("公告") || line.ends_with("公示"));
    about || holds_type_end(line) && words().types.leftmost_longest(line).is_some()
}

/// True when `line` holds one of the words every type's wording ends in: 公告, 公示, 决定, 意向,
/// 出让, 结果, 转让, 增资, 说明, 计划, 程序, 流程, 方案, 通知, 办法, 细则, 信息, 情况, 核准, 公布,
/// 规划, 股权, 招租, 通告, 通报, 记录, 处罚, 补遗. Each of two characters: told by each character
/// and the next in one pass, not by a search a word.
fn holds_type_end(line: &str) -> bool {
    let mut chars = line.chars().peekable();
    while let Some(a) = chars.next() {
        let Some(&b) = chars.peek() else {
            return false;
        };
        let ends = match a {
            '公' => matches!(b, '告' | '示' | '布'),
            '通' => matches!(b, '知' | '告' | '报'),
            '决' => b == '定',
            '意' => b == '向',
            '出' | '转' => b == '让',
            '结' => b == '果',
            '增' => b == '资',
            '说' => b == '明',
            '计' | '规' => b == '划',
            '程' => b == '序',
            '流' => b == '程',
            '方' => b == '案',
            '办' => b == '法',
            '细' => b == '则',
            '信' => b == '息',
            '情' => b == '况',
            '核' => b == '准',
            '股' => b == '权',
            '招' => b == '租',
            '记' => b == '录',
            '处' => b == '罚',
            '补' => b == '遗',
            _ => false,
        };
        if ends {
            return true;
        }
    }
    false
}

/// True when `t` is spaced out a character at a time (`行 政 处 罚 决 定 书`), as a document's
/// title is.
pub(crate) fn spaced_out(t: &str) -> bool {
    let mut parts = t.split_whitespace();
    parts.clone().count() >= 4 && parts.all(|p| p.chars().count() == 1)
}

/// A line that is only a type's wording (`结果公告`, `采购公告`): a menu's link or a column's
/// name, not a notice's title.
pub(crate) fn is_bare_type(line: &str) -> bool {
    words().types.is_word(line)
}

/// The title's second line, when the line after the title (ending at `end`) is short, no label
/// or sentence, and names a notice's type.
fn second_title_line(text: &str, end: usize, bare_ends: impl Fn() -> bool) -> Option<Span> {
    let rest = &text[end..];
    let rest = rest.strip_prefix('\r').unwrap_or(rest);
    let rest = rest.strip_prefix('\n')?;
    let line = rest.split('\n').next()?;
    let t = line.trim();
    let lead = line.len() - line.trim_start().len();
    let start = text.len() - rest.len() + lead;
    (!t.is_empty()
        && t.chars().count() <= 40
        && !t.contains(['：', ':', '。', '，', '|', '｜', '>', ' ', '\t'])
        // A menu's link (`采购公告`) or words, not the title's.
        && !holds_any(t, joined_words!(&["首页", "登录"]))
        && (!is_bare_type(t) || bare_ends())
        // What the title's notice stands in for (`（代招标公告）` under a call for
        // prequalification) is not what it is.
        && !t.starts_with("（代")
        && !t.starts_with("(代")
        // A numbered section's heading (`一、原招标公告信息`) is the body's first part.
        && super::text::numbered_rest(t).len() == t.len()
        && names_a_type(t))
    .then_some(Span {
        start,
        end: start + t.len(),
    })
}

/// A site's menu listed a line an item (`首页` over `产权转让` over `增资扩股` …, a page's `<li>`s):
/// the range of `head`'s lines it takes, when three lines or more of a few characters each run
/// together with one that says `首页`, or just above the page's trail (`当前位置：首页 > …`). Its
/// items name the site's columns, not the notice. (A table's header cells pasted a line each run
/// so too, with neither.)
pub(crate) fn listed_menu(head: &str) -> Option<(usize, usize)> {
    listed_menu_in(head, usize::MAX)
}

/// [`listed_menu`] of the first `n` lines of `text`, read as they come: where they end is not
/// looked for first.
pub(crate) fn listed_menu_in(text: &str, n: usize) -> Option<(usize, usize)> {
    let mut run: Option<(usize, bool)> = None;
    // A run that ended on a line of the site's (its hotline, its hours), while the trail may
    // yet follow: its range and the lines left to it.
    let mut ended: Option<(usize, usize, usize)> = None;
    let trail = |l: &str| holds_any(l, joined_words!(&["当前位置", "您的位置", "您现在的位置"]));
    // (The lines as `str::lines` gives them but for their breaks, which the trim drops.)
    let lines = super::text::lines_inclusive(text).take(n);
    for (k, l) in lines.chain(std::iter::once("")).enumerate() {
        if let Some((from, to, left)) = ended.take() {
            if trail(l) {
                return Some((from, to));
            }
            ended = (left > 1).then_some((from, to, left - 1));
        }
        if menu_item(l) {
            let home = trim(l) == "首页";
            run = Some(run.map_or((k, home), |(from, h)| (from, h || home)));
            continue;
        }
        // Or a run the page's trail follows (`当前位置：首页 > 交易信息 > …`): its columns too,
        // also where the site's hotline and hours stand between (two lines at most).
        if let Some((from, home)) = run.take()
            && k - from >= 3
        {
            if home || trail(l) {
                return Some((from, k));
            }
            ended = Some((from, k, 2));
        }
    }
    None
}

/// A line short enough to be a listed menu's item ([`listed_menu`]): one to six characters, no
/// digit, colon, comma, full stop or bracket, or two such joined by a dash (a section's column).
/// Every line of a menu is one.
pub(crate) fn menu_item(l: &str) -> bool {
    let t = trim(l);
    // A column under its section (`房建市政-招标公告`): each part an item.
    // (A column's name may run longer: `中标候选人公示`.)
    if let Some((section, column)) = t.split_once(['-', '－']) {
        return item_words(section, 6) && item_words(column, 8);
    }
    item_words(t, 6)
}

/// One to `most` characters, no digit, colon, comma, full stop or bracket.
fn item_words(t: &str, most: usize) -> bool {
    // A character takes 4 bytes at most: a longer line is not counted.
    (1..=4 * most).contains(&t.len())
        && (1..=most).contains(&t.chars().count())
        && t.chars().all(|c| {
            !c.is_ascii_digit()
                && !matches!(c, '：' | ':' | '，' | '。' | '、' | '（' | '）' | '(' | ')')
        })
}

/// A site's menu: its links apart by bars (`首页 | 采购公告 | 结果公告`).
fn is_menu(line: &str) -> bool {
    line.bytes().filter(|&b| b == b'|').count() + line.matches('｜').count() >= 2
}

/// `hay` without its spaces (ASCII and ideographic), and for each byte of that the byte of
/// `hay` it came from.
fn unspaced(hay: &str) -> (String, Vec<usize>) {
    let mut packed = String::with_capacity(hay.len());
    let mut at = Vec::with_capacity(hay.len());
    for (i, c) in hay.char_indices() {
        if c == ' ' || c == '\u{3000}' {
            continue;
        }
        packed.push(c);
        at.extend(std::iter::repeat_n(i, c.len_utf8()));
    }
    (packed, at)
}

/// The span of the title: the first line that is not blank, trimmed.
fn title(text: &str) -> Span {
    let mut start = 0;
    for line in lines_inclusive(text) {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            return Span {
                start: start + lead,
                end: start + lead + trimmed.len(),
            };
        }
        start += line.len();
    }
    Span {
        start: text.len(),
        end: text.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The wordings and cues as the reader reads them, a text and a column, are the tables.
    #[test]
    fn the_joined_types_and_cues_are_the_tables() {
        let types: Vec<_> = super::super::text::words(TYPE_WORDS)
            .zip(&TYPE_OF)
            .map(|(w, &(t, d))| (w, t, d))
            .collect();
        assert_eq!(types, TYPES);
        let cues: Vec<_> = super::super::text::words(DOMAIN_WORDS)
            .zip(DOMAIN_OF)
            .collect();
        assert_eq!(cues, DOMAIN_CUES);
    }

    /// The pass over each character and the next finds what a search for each word finds.
    #[test]
    fn a_type_end_is_found_as_a_search_for_each_word_finds_it() {
        const ENDS: [&str; 28] = [
            "公告", "公示", "决定", "意向", "出让", "结果", "转让", "增资", "说明", "计划", "程序",
            "流程", "方案", "通知", "办法", "细则", "信息", "情况", "核准", "公布", "规划", "股权",
            "招租", "通告", "通报", "记录", "处罚", "补遗",
        ];
        for w in ENDS {
            for line in [
                w.to_owned(),
                format!("某某{w}"),
                format!("{w}某"),
                format!("关于某{w}的"),
            ] {
                assert!(holds_type_end(&line), "{line}");
            }
        }
        for line in [
            "",
            "公",
            "某某项目",
            "公 告",
            "告公",
            "通讯录",
            "处理结",
            "程 序",
        ] {
            let searched = ENDS.iter().any(|w| line.contains(w));
            assert_eq!(holds_type_end(line), searched, "{line}");
        }
    }

    #[test]
    fn a_stated_method_is_the_first_a_search_after_each_verb_finds() {
        // The reading by each verb's places, as first written.
        let by_verbs = |text: &str| -> Option<(usize, usize)> {
            let mut best: Option<(usize, usize, usize)> = None;
            for (vk, verb) in METHOD_VERBS.iter().enumerate() {
                for (i, _) in text.match_indices(verb) {
                    let at = i + verb.len();
                    for (mk, (w, _)) in METHODS.iter().enumerate() {
                        if !text[at..].starts_with(w) {
                            continue;
                        }
                        let after = &text[at + w.len()..];
                        let means = matches!(*verb, "以" | "通过");
                        if means && !(after.starts_with("方式") || after.starts_with("采购方式"))
                        {
                            continue;
                        }
                        if *verb == "发布"
                            && !(after.starts_with("公告") || after.starts_with("采购公告"))
                        {
                            continue;
                        }
                        if *verb == "为"
                            && !starts_with_any(after, joined_words!(&["项目", "方式", "采购"]))
                        {
                            continue;
                        }
                        let before = &text[..i];
                        if before.ends_with('不')
                            || before.ends_with("不得")
                            || before.ends_with("禁止")
                        {
                            continue;
                        }
                        if best.is_none_or(|b| (at, mk, vk) < b) {
                            best = Some((at, mk, vk));
                        }
                    }
                }
            }
            best.map(|(at, mk, _)| (at, mk))
        };
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/notices/dev");
        let mut texts: Vec<String> = std::fs::read_dir(dev)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "html"))
                    .filter_map(|p| std::fs::read_to_string(p).ok())
                    .collect()
            })
            .unwrap_or_default();
        texts.extend(
            [
                "本项目以公开招标方式进行采购",
                "不得采用邀请招标，采用竞争性磋商方式",
                "本项目为公开招标项目，经磋商",
                "决定以挂牌方式出让，通过竞争性谈判方式",
                "以公开招标方式以挂牌方式",
                "禁止进行拍卖；进行拍卖",
                "于2025年10月20日发布竞争性磋商公告，发布询价结果",
                "",
            ]
            .map(String::from),
        );
        assert!(texts.len() > 100);
        for t in &texts {
            let chars = Chars::new(t);
            let got = stated_method(Hay {
                text: t,
                chars: None,
            })
            .map(|m| (m.span, m.value));
            // By the decoded characters, the same.
            let by_chars = stated_method(Hay {
                text: t,
                chars: Some(&chars),
            })
            .map(|m| (m.span, m.value));
            assert_eq!(by_chars, got, "{t}");
            let want = by_verbs(t).map(|(at, mk)| {
                let span = Span {
                    start: at,
                    end: at + METHODS[mk].0.len(),
                };
                (span, METHODS[mk].1)
            });
            assert_eq!(got, want);
        }
    }

    fn item_of(text: &str) -> Option<ItemKind> {
        classify(text).item()
    }

    /// A title broken over two lines, its type alone on the second (`…家庭租赁补贴` over
    /// `审核结果公示`), is a review's publicity (公共租赁住房管理办法 Art 9), not the rule its
    /// first sentence cites (`根据《…管理办法》`, a type only where nothing else names one).
    #[test]
    fn a_type_alone_under_a_title_ends_it_and_a_cited_rule_names_nothing() {
        let text = "云江区城镇住房保障家庭租赁补贴\n审核结果公示\n根据《云江市租赁补贴管理办法》，经申请人申请、街道办\n事处初审，现予公示：\n";
        assert_eq!(item_of(text), Some(ItemKind::HousingAllocationApplicants));
    }

    /// A decision's domain is the law it punishes under (行政处罚法 Art 59 (三)), where the
    /// deal's words name another first: a housing bureau's penalty on a road's bid under
    /// 招标投标法 Art 54 is construction bidding's.
    #[test]
    fn a_decision_under_the_bidding_law_is_construction_biddings() {
        let text = "行政处罚决定书\n某市住房和城乡建设局\n当事人：某路桥建设有限公司\n\
                    经查，你公司在参加某棚户区改造配套道路工程投标过程中弄虚作假。\n\
                    依据《中华人民共和国招标投标法》第五十四条第二款的规定，本局决定对你公司处罚款。\n";
        assert_eq!(item_of(text), Some(ItemKind::BiddingPenaltyDecision));
    }

    /// A type and a domain that name no item together take the next domain the text names: a
    /// works tender for a housing project (发改委令2017年第10号 Art 5's 资格预审公告) is
    /// construction bidding's.
    #[test]
    fn a_works_tender_for_a_housing_project_is_construction_biddings() {
        let text = "某市保障性租赁住房项目施工资格预审公告\n1. 招标条件\n本招标项目已由某发展和改革局批准建设，招标人为某城投公司。\n";
        assert_eq!(item_of(text), Some(ItemKind::BiddingAnnouncement));
    }

    /// A credit portal's page titled by the party and `行政处罚`, its basis under its label
    /// (`处罚依据⇥《中华人民共和国城市房地产管理法》…`), is a land penalty (行政处罚法 Art 59);
    /// a record titled `…违法行为记录` is a bidding violation record.
    #[test]
    fn a_credit_portals_titles_name_a_penalty_and_a_record() {
        let text = "某置业有限公司 行政处罚\n违法事实\t当事人以股权转让名义转让土地使用权\n\
                    处罚依据\t《中华人民共和国城市房地产管理法》第三十九条\n";
        assert_eq!(item_of(text), Some(ItemKind::LandPenaltyDecision));
        let text =
            "某建筑安装有限公司招标投标违法行为记录\n处罚决定书文号\t某建罚字〔2025〕第31号\n";
        assert_eq!(item_of(text), Some(ItemKind::BiddingViolationRecord));
    }

    /// A contract between a 采购人 and a 供应商 (政府采购法 Art 14's parties; 财办库〔2020〕50号's
    /// 合同公告) is procurement's, though the service it buys is done on a forest's plots
    /// (`平原造林地块`), a word that otherwise names land.
    #[test]
    fn a_contract_between_a_purchaser_and_a_supplier_is_procurements_law_art_14() {
        let text = "某区园林绿化局林木有害生物防治服务项目合同公告\n一、合同编号：YL-2024-011\n\
                    二、合同主体\n采购人（甲方）：某区园林绿化局\n供应商（乙方）：某生态科技有限公司\n\
                    三、合同主要信息\n主要标的名称：对全区平原造林地块开展防治作业\n";
        assert_eq!(item_of(text), Some(ItemKind::ProcurementContract));
    }

    /// A lease by tender (`…临街门面房招租成交结果公示`) is of state property, let at market terms
    /// through a trading platform (行政事业性国有资产管理条例 Art 36 ¶2: 以市场化方式…出租): its
    /// result is a state property deal's, though nothing else in it names the domain.
    #[test]
    fn a_lease_by_tender_is_state_propertys_tiaoli_36() {
        let text = "某区花园路45号临街门面房招租成交结果公示\n承租方：某餐饮管理有限公司\n\
                    成交年租金：人民币28.6万元\n";
        assert_eq!(item_of(text), Some(ItemKind::PropertyDealResult));
    }

    /// A supervision service's procurement ended (`…监理服务采购项目终止公告`) whose parties are a
    /// 采购代理机构 and 供应商 is procurement's (政府采购法 Art 14), though 监理 names a tender's
    /// work; one with a 招标人 and 投标人 stays construction bidding's.
    #[test]
    fn an_end_between_an_agency_and_suppliers_is_procurements_law_art_14() {
        let text = "某区老旧小区改造监理服务采购项目终止公告\n\
                    某区老旧小区改造监理服务采购项目因采购需求变更终止。已获取招标文件的供应商请联系采购代理机构办理登记。\n";
        assert_eq!(item_of(text), Some(ItemKind::ProcurementTermination));
        let text = "某区老旧小区改造监理服务采购项目终止公告\n\
                    因招标人需求变更，本项目终止。已购买招标文件的投标人请联系招标代理机构。\n";
        assert_eq!(item_of(text), Some(ItemKind::BiddingTermination));
    }

    /// A works service's correction written to 财办库〔2020〕50号's 更正公告 (`原公告的采购项目
    /// 编号`) is procurement's.
    #[test]
    fn a_correction_naming_its_procurement_number_is_procurements() {
        let text = "某区农田建设项目监理服务更正公告\n一、项目基本情况\n原公告的采购项目编号：QY-2025-63\n\
                    原公告的采购项目名称：某区农田建设项目监理服务\n采购方式：竞争性谈判\n";
        assert_eq!(item_of(text), Some(ItemKind::ProcurementCorrection));
    }

    #[test]
    fn titles_name_the_item() {
        use ItemKind as I;
        for (title, item) in [
            (
                "云江市档案馆档案数字化服务项目中标（成交）结果公告",
                I::ProcurementResult,
            ),
            (
                "云江市第一中学课桌椅采购项目竞争性磋商公告",
                I::ProcurementAnnouncement,
            ),
            ("云江市人民医院CT设备采购更正公告", I::ProcurementCorrection),
            (
                "云江市住房保障中心关于租赁补贴拟发放名单（第三季度）的公示",
                I::HousingAllocationApplicants,
            ),
            (
                "云江县公共租赁住房承租家庭年度复核不合格名单公示",
                I::HousingAllocationApplicants,
            ),
            (
                "云江市公共租赁住房第二轮集中配租工作安排的公告",
                I::HousingAllocationProcedure,
            ),
            (
                "关于某商贸有限公司房产资产转让项目中止的公告\n产权交易中心",
                I::PropertyListingSuspension,
            ),
            (
                "云江市图书馆图书采购项目终止公告",
                I::ProcurementTermination,
            ),
            ("云江市教育局2024年9月政府采购意向", I::ProcurementIntention),
            (
                "云江市疾控中心检测试剂单一来源采购公示",
                I::SingleSourcePublicity,
            ),
            (
                "云江市自然资源局国有建设用地使用权挂牌出让公告",
                I::LandTransferAnnouncement,
            ),
            (
                "云江市石灰岩矿采矿权挂牌出让公告",
                I::MiningTransferAnnouncement,
            ),
            (
                "云江市东区道路改造工程施工中标候选人公示",
                I::BiddingCandidatePublicity,
            ),
            (
                "云江市财政局政府采购行政处罚决定书",
                I::ProcurementPenaltyDecision,
            ),
            ("云江市住房保障行政处罚决定书", I::HousingPenaltyDecision),
            (
                "云江市公共租赁住房保障资格审核结果公示",
                I::HousingAllocationApplicants,
            ),
            ("云江市公共租赁住房配租结果公示", I::HousingAllocationResult),
            (
                "云江水务有限公司30%股权转让项目中止挂牌的公告",
                I::PropertyListingSuspension,
            ),
            (
                "云江市国有建设用地使用权挂牌出让终止公告",
                I::LandListingSuspension,
            ),
            (
                "云江县石灰岩矿采矿权挂牌出让中止公告",
                I::MiningListingSuspension,
            ),
            (
                "云江水务有限公司30%股权转让信息披露",
                I::PropertyTransactionProject,
            ),
            (
                "云江市2025-08号地块国有建设用地使用权成交结果公示",
                I::LandDealPublicity,
            ),
            (
                "云江市档案馆档案数字化项目废标公告\n采购人",
                I::ProcurementTermination,
            ),
            ("云江市体育馆维修工程施工中标结果公示", I::BiddingAward),
        ] {
            assert_eq!(item_of(title), Some(item), "{title}");
        }
        // A penalty decision whose text shows no domain has no item.
        assert_eq!(item_of("行政处罚决定书\n当事人：某公司"), None);
        assert_eq!(
            classify("行政处罚决定书").notice_type.map(|t| t.value),
            Some(NoticeType::PenaltyDecision)
        );
    }

    /// A housing review's result titled as a 公告 or with its batch in brackets, and a list of
    /// households whose tenancy is withdrawn, are the review's publicity (公共租赁住房管理办法
    /// Art 9), not the rule their first sentence cites (`根据《…管理办法》`); a call for a
    /// round's applications is how to apply; a penalty published as a notice is a decision
    /// (行政处罚法 Art 48) though it tells of a tenancy.
    #[test]
    fn a_reviews_result_is_no_rule_it_cites_art_9() {
        use ItemKind as I;
        let cited = "\n根据《某市公共租赁住房管理办法》，现予以公示：\n1．赵某，家庭人口2人；\n";
        for (title, item) in [
            (
                "某市住房保障中心关于公共租赁住房申请家庭资格审核结果的公告",
                I::HousingAllocationApplicants,
            ),
            (
                "关于安居型商品住房申购家庭资格审核结果（第十二批）的公示",
                I::HousingAllocationApplicants,
            ),
            (
                "关于取消公共租赁住房承租资格并记入不良记录的公示",
                I::HousingAllocationApplicants,
            ),
            (
                "某区公共租赁住房退出家庭名单公示",
                I::HousingAllocationApplicants,
            ),
            (
                "某市住房保障中心关于清退公共租赁住房的公告",
                I::HousingAllocationApplicants,
            ),
            (
                "关于某区部分公租房承租家庭退出保障的公示",
                I::HousingAllocationApplicants,
            ),
            (
                "关于开展中心城区公共租赁住房集中配租申请的公告",
                I::HousingAllocationProcedure,
            ),
            (
                "关于对骗取公共租赁住房承租资格行为的处罚公告",
                I::HousingPenaltyDecision,
            ),
        ] {
            assert_eq!(item_of(&format!("{title}{cited}")), Some(item), "{title}");
        }
    }

    #[test]
    fn methods_are_read_only_where_named() {
        let text = "云江市档案馆服务采购结果公告\n一、项目编号：YJ-1\n采购方式：竞争性谈判\n";
        let m = classify(text).method.unwrap();
        assert_eq!(m.value, Method::CompetitiveNegotiation);
        assert_eq!(m.span.of(text), Some("竞争性谈判"));
        // Named in passing, not as the method: not read.
        let text = "云江市档案馆服务采购结果公告\n本项目不适用单一来源采购。\n";
        assert_eq!(classify(text).method, None);
        let text = "国有建设用地使用权拍卖出让公告";
        assert_eq!(classify(text).method.unwrap().value, Method::Auction);
        // A label's words in prose before the line that gives it.
        let text = "某局教学用纸框架协议采购征集公告\n某局拟以框架协议采购方式（封闭式）征集入围供应商。\n采购方式：框架协议采购\n";
        let m = classify(text).method.unwrap();
        assert_eq!(m.value, Method::FrameworkAgreement);
        assert_eq!(m.span.of(text), Some("框架协议"));
        // A kind the project is, in a sentence.
        let text = "某局灌溉设备采购项目中标公告\n本项目为公开招标项目，开标时间2025年9月25日。\n";
        assert_eq!(classify(text).method.unwrap().value, Method::OpenTendering);
        let text = "某局灌溉设备采购项目中标公告\n中标供应商为询价时报价最低者。\n";
        assert_eq!(classify(text).method, None);
        // A page's cells each on a line: the label's value is the next line.
        let text = "某旗供地结果信息\n土地用途：\n工业用地\n供地方式：\n协议出让\n";
        let m = classify(text).method.unwrap();
        assert_eq!(m.value, Method::Agreement);
        assert_eq!(m.span.of(text), Some("协议出让"));
    }

    /// A call for goods for a works project under 招标投标法 (its 招标条件 and 招标人, no 采购人)
    /// is construction bidding; a procurement call of the same words with its 采购人 is not.
    #[test]
    fn goods_for_a_works_project_are_construction_bidding() {
        let works = "某水厂扩建工程水处理设备采购招标公告\n一、招标条件\n本招标项目已批准建设，招标人为某水务公司。\n";
        let k = classify(works);
        assert_eq!(
            k.domain.as_ref().map(|d| d.value),
            Some(Domain::ConstructionBidding)
        );
        assert_eq!(k.item(), Some(ItemKind::BiddingAnnouncement));
        let procurement = "某中学教学设备采购招标公告\n一、项目基本情况\n采购人：某中学\n";
        let k = classify(procurement);
        assert_eq!(
            k.domain.map(|d| d.value),
            Some(Domain::GovernmentProcurement)
        );
    }

    /// The TypeScript types name every notice type the reader gives.
    #[test]
    fn every_notice_type_is_in_the_typescript_types() {
        let dts = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../wasm/src/gongkai.d.ts"
        ))
        .expect("the .d.ts");
        let union = &dts[dts.find("export type NoticeType").expect("NoticeType")..];
        let union = &union[..union.find(';').expect("its end")];
        for name in <NoticeType as crate::parse::Named>::NAMES {
            assert!(union.contains(&format!("'{name}'")), "{name}");
        }
    }

    /// The items the 97号 list names beyond the calls and results, as portals title them.
    #[test]
    fn the_other_items_are_told_by_their_titles() {
        use ItemKind as I;
        for (title, item) in [
            (
                "2025年公共租赁住房摇号结果公示",
                I::HousingAllocationProcess,
            ),
            ("公租房轮候排序公示", I::HousingAllocationProcess),
            // The waiting list itself, in its order (公共租赁住房管理办法 Art 13's 轮候).
            (
                "沙坪坝区公共租赁住房轮候家庭名单公示（2025年第三批）",
                I::HousingAllocationProcess,
            ),
            (
                "深圳市公共租赁住房轮候册（２０２５年第三批）公示",
                I::HousingAllocationProcess,
            ),
            (
                "2025年第二批公共租赁住房房源公告",
                I::HousingAllocationStock,
            ),
            (
                "云江市2025年第一季度国有建设用地供地结果公示",
                I::LandSupplyResult,
            ),
            ("云江市2025年度国有建设用地供应计划", I::LandSupplyPlan),
            (
                "云江市财政局政府采购投诉处理决定书",
                I::ProcurementComplaintDecision,
            ),
            (
                "政府采购严重违法失信行为记录名单",
                I::ProcurementMisconductRecord,
            ),
            ("云江市招标投标不良行为记录公告", I::BiddingViolationRecord),
            (
                "云江市住房和城乡建设局关于公布2025年第三批招标投标不良行为记录的公告",
                I::BiddingViolationRecord,
            ),
            ("云江市档案馆服务采购合同公示", I::ProcurementContract),
            (
                "关于某信息技术有限公司投诉事项的处理结果公告",
                I::ProcurementComplaintDecision,
            ),
            (
                "自治区财政厅法律咨询服务框架协议采购中选结果",
                I::ProcurementResult,
            ),
            (
                "某州民族中医院诊疗设备采购项目采购需求公示",
                I::ProcurementDocuments,
            ),
            (
                "某市公共租赁住房（某安置区二期）分配方案",
                I::HousingAllocationProcedure,
            ),
            (
                "某市城投商业管理有限公司商铺（共6间）资产转让成交结果",
                I::PropertyDealResult,
            ),
            ("某县某石灰岩矿采矿权出让合同公示", I::MiningTransferResult),
            (
                "某市国有建设用地使用权出让合同履约情况公示（2025年第1期）",
                I::LandSupplyResult,
            ),
            (
                "云江市道路修缮工程评标结果公示",
                I::BiddingCandidatePublicity,
            ),
            (
                "云江市档案馆服务单一来源采购征求意见公示",
                I::SingleSourcePublicity,
            ),
            (
                "云江市某地块国有建设用地使用权挂牌出让成交公告",
                I::LandDealPublicity,
            ),
            (
                "云江市某公司30%股权转让项目挂牌公告",
                I::PropertyTransactionProject,
            ),
            ("云江市档案馆服务采购项目延期公告", I::ProcurementCorrection),
            (
                "云江市某中学教学楼工程施工招标第1号澄清（答疑）文件",
                I::BiddingCorrection,
            ),
            (
                "云江市某中学教学楼维修改造工程施工招标失败（流标）公告",
                I::BiddingTermination,
            ),
            (
                "关于云江市热力公司换热站项目用地协议出让的公示",
                I::LandAgreementPublicity,
            ),
            (
                "云江市公共租赁住房申请分配程序公告",
                I::HousingAllocationProcedure,
            ),
            (
                "云江市2025年保障性安居工程建设计划公开",
                I::HousingAnnualPlan,
            ),
            (
                "云江市机关事务管理局关于西湖路22号房产招租的公告",
                I::PropertyLeaseNotice,
            ),
            (
                "云江市卫生健康局政府采购项目履约验收结果公示",
                I::ProcurementAcceptance,
            ),
            (
                "云江冷链物流有限公司100%股权",
                I::PropertyTransactionProject,
            ),
            ("云江市档案馆数字化服务项目中标公示", I::ProcurementResult),
            (
                "云江市档案馆数字化服务项目询价通知书",
                I::ProcurementAnnouncement,
            ),
            (
                "云江市档案馆数字化服务项目竞争性谈判邀请",
                I::ProcurementAnnouncement,
            ),
            (
                "云江市某中学教学楼工程施工招标文件澄清",
                I::BiddingCorrection,
            ),
            (
                "云江市某中学教学楼工程施工招标异常公告",
                I::BiddingTermination,
            ),
            (
                "云江市某中学教学楼工程施工投标邀请书",
                I::BiddingAnnouncement,
            ),
            ("云江市住房保障对象退出公示", I::HousingAllocationApplicants),
            (
                "云江市公共租赁住房保障资格取消（退出）公示",
                I::HousingAllocationApplicants,
            ),
            (
                "某地铁集团有限公司某广场站商业用房出租公告",
                I::PropertyLeaseNotice,
            ),
            (
                "云江市大坑口花岗岩矿采矿权协议出让结果公示",
                I::MiningTransferResult,
            ),
            (
                "关于拟协议出让云江县某煤矿深部采矿权的公示",
                I::MiningTransferResult,
            ),
            (
                "云江市协议出让国有建设用地使用权公示",
                I::LandAgreementPublicity,
            ),
            (
                "云江县中心卫生院迁建工程招标计划公告",
                I::BiddingProjectApproval,
            ),
            (
                "云江市“十四五”城镇保障性安居工程规划",
                I::HousingConstructionPlan,
            ),
            (
                "云江县自然资源局关于YJ2025-03号宗地挂牌出让结果的公示",
                I::LandDealPublicity,
            ),
            (
                "王庄村城中村改造安置房分房结果公告",
                I::HousingAllocationResult,
            ),
            (
                "云江市国有建设用地使用权协议出让结果公布",
                I::LandSupplyResult,
            ),
            (
                "云江县保障性租赁住房发展规划（2022—2025年）",
                I::HousingConstructionPlan,
            ),
            (
                "云江市2025年保障性安居工程项目开工竣工情况公开",
                I::HousingPlanProgress,
            ),
            (
                "云江市2026年公共租赁住房保障资格年审结果公示",
                I::HousingAllocationApplicants,
            ),
            (
                "云江市公共租赁住房承租家庭年度资格复核结果公示",
                I::HousingAllocationApplicants,
            ),
            (
                "云江市廉租住房承租家庭清退名单公示",
                I::HousingAllocationApplicants,
            ),
            (
                "【公示】云江区新增住房租赁补贴家庭名单（第一批）",
                I::HousingAllocationApplicants,
            ),
            (
                "云江市公共租赁住房配租家庭名单公示",
                I::HousingAllocationResult,
            ),
            (
                "云江市保障性租赁住房项目房源配租公告",
                I::HousingAllocationStock,
            ),
            (
                "云江区公共租赁住房第十五批摇号配租公告",
                I::HousingAllocationProcess,
            ),
            (
                "云江市2025年保障性租赁住房建设筹集计划",
                I::HousingAnnualPlan,
            ),
            (
                "云江市保障性安居工程建设计划第三季度完成情况",
                I::HousingPlanProgress,
            ),
            (
                "云江市保障性租赁住房项目建设进展情况公开",
                I::HousingPlanProgress,
            ),
            (
                "关于公布招标投标领域违法行为记录（“黑名单”）的公告",
                I::BiddingViolationRecord,
            ),
            (
                "关于取消竞得资格并列入土地市场失信名单的公告（国有建设用地）",
                I::LandPenaltyDecision,
            ),
            (
                "云江县城区供水管网改造工程（EPC）总承包中标结果公告",
                I::BiddingAward,
            ),
            (
                "云江省某县北岭建筑用花岗岩矿采矿权终止拍卖出让公告",
                I::MiningListingSuspension,
            ),
            (
                "云江县GYC2025-06号宗地挂牌出让流拍公告",
                I::LandTransferStatement,
            ),
            (
                "云江市国有建设用地使用权挂牌出让补充公告",
                I::LandTransferStatement,
            ),
            (
                "云江区共有产权保障住房（第七批次）房源供应公告",
                I::HousingAllocationStock,
            ),
            (
                "云江市“椰林雅居”安居型商品住房项目销售公告",
                I::HousingAllocationStock,
            ),
            (
                "关于第三批公共租赁住房申请家庭审核结果的函",
                I::HousingAllocationApplicants,
            ),
            (
                "关于2025年度第三批公共租赁住房申请家庭初审结果的公示",
                I::HousingAllocationApplicants,
            ),
            (
                "云江区2025年度第二批公共租赁住房申请家庭复审结果公示",
                I::HousingAllocationApplicants,
            ),
            (
                "云江区2025年度公共租赁住房轮候家庭评分排序结果公示",
                I::HousingAllocationProcess,
            ),
            (
                "云江县2025年度公共租赁住房集中申请受理工作公告",
                I::HousingAllocationProcedure,
            ),
            (
                "云江区公共租赁住房退出管理程序公告",
                I::HousingAllocationProcedure,
            ),
            (
                "云江区公共租赁住房轮候家庭排序公示",
                I::HousingAllocationProcess,
            ),
            (
                "云江区第二季度城镇住房保障家庭租赁补贴发放名单公示",
                I::HousingAllocationApplicants,
            ),
            (
                "关于将某置业有限公司列入国有建设用地使用权出让竞买不良行为名单的决定",
                I::LandPenaltyDecision,
            ),
            (
                "关于将某贸易有限公司列入产权交易失信名单的公告",
                I::PropertyPenaltyDecision,
            ),
            (
                "某市公共租赁住房违规行为人员名单公示（第二批）",
                I::HousingPenaltyDecision,
            ),
            (
                "云江市某九年一贯制学校建设工程施工资格预审公告更正公告",
                I::BiddingCorrection,
            ),
            (
                "云江区2025年度保障性安居工程开工信息公开",
                I::HousingPlanProgress,
            ),
            (
                "云江市住房保障局行政处罚结果公示（2026年第6期）",
                I::HousingPenaltyDecision,
            ),
            (
                "关于云江建材设计研究院有限公司100%股权转让项目转让价格的公告",
                I::PropertyTransferPrice,
            ),
            (
                "云江矿机制造有限公司40%股权转让项目审计结果公示",
                I::PropertyIntermediaryAudit,
            ),
            (
                "中央国家机关台式计算机框架协议采购项目征集公告",
                I::ProcurementAnnouncement,
            ),
            (
                "关于云江市安置房项目桩基工程招标终止的公告",
                I::BiddingTermination,
            ),
        ] {
            let text = format!("{title}\n采购人：某单位\n");
            assert_eq!(classify(&text).item(), Some(item), "{title}");
        }
    }

    /// A title laid out as portals lay it out: spaced (`行 政 处 罚 决 定 书`), on two lines whose
    /// second names the type, or under a site's menu of columns.
    /// A title whose project names another domain's method first (`…废物转运处置服务项目`, a
    /// public body's 处置 of assets) gives the procurement's own (财库〔2014〕214号's 磋商).
    #[test]
    fn a_titles_method_is_its_domains() {
        let c =
            classify("某县人民医院医疗废物转运处置服务项目竞争性磋商公告\n采购人：某县人民医院\n");
        assert_eq!(
            c.method.map(|m| m.value),
            Some(Method::CompetitiveConsultation)
        );
    }

    /// A 政务公开 page's index table names the document (`信息名称⇥…`) where the page shows no
    /// title line: its type is the name's, not the body's words (`年度计划` in the text).
    #[test]
    fn an_index_tables_name_types_the_page() {
        let c = classify(
            "首页 / 政府信息公开 / 保障性住房\n索引号\t000014349/2025-00087\t主题分类\t住房\n\
             信息名称\t某县保障性安居工程建设进展情况（上半年）\n一、总体进度\n\
             全县2025年度保障性住房建设任务开工312套，占年度计划480套的65%。\n",
        );
        assert_eq!(c.item(), Some(ItemKind::HousingPlanProgress));
    }

    /// A phone post's digest of a policy (`政策名称：…`) under a headline that names no type is
    /// the policy's notice.
    #[test]
    fn a_policy_card_is_a_policy() {
        let c = classify(
            "政策速览丨公租房准入条件有调整，一文看懂\n政策名称：某市公共租赁住房保障对象准入条件\n\
             文号：某建发〔2025〕11号\n准入条件：申请人具有本市城区常住户口满1年。\n",
        );
        assert_eq!(c.item(), Some(ItemKind::HousingAllocationPolicy));
    }

    /// A procurement's call for tenders is an open tender's: an invited tender's suppliers are
    /// invited after prequalification (政府采购法 Art 34, 财政部令第87号 Art 14).
    #[test]
    fn a_procurements_call_for_tenders_is_open_tendering_law_art_34() {
        let c = classify(
            "某社区卫生服务中心医疗设备采购项目招标公告\n项目概况\n一、项目基本情况\n采购人：某中心\n",
        );
        assert_eq!(c.item(), Some(ItemKind::ProcurementAnnouncement));
        assert_eq!(c.method.map(|m| m.value), Some(Method::OpenTendering));
        // A works project's call names no method it does not state.
        let c = classify("某道路工程施工招标公告\n招标人：某局\n");
        assert_eq!(c.method.map(|m| m.value), None);
    }

    /// A correction that names only the document it corrects (`磋商文件`, 财库〔2014〕214号's)
    /// names its procurement's method; a result that mentions it does not state it.
    #[test]
    fn a_corrections_document_names_its_method() {
        let c = classify("某幼儿园物业服务项目更正公告\n更正事项：磋商文件\n采购人：某幼儿园\n");
        assert_eq!(
            c.method.map(|m| m.value),
            Some(Method::CompetitiveConsultation)
        );
        let c = classify(
            "某幼儿园物业服务项目成交结果公告\n响应文件符合磋商文件要求。\n采购人：某幼儿园\n",
        );
        assert_eq!(c.method, None);
    }

    /// A decision's issuer settles procurement against construction bidding where its facts'
    /// words point the other way: a finance department's decision against a tendering agency
    /// is procurement's (政府采购法 Art 13), a development and reform commission's against an
    /// evaluation expert of a procurement is construction bidding's (招标投标法实施条例 Art 4).
    #[test]
    fn a_decisions_issuer_settles_its_domain() {
        let text = "某省财政厅\n行政处罚决定书\n某财采罚〔2025〕21号\n当事人：某招标代理有限公司\n\
                    经查，你公司在代理某项目招标时向招标人以外的人泄露评标委员会成员名单。\n";
        let c = classify(text);
        assert_eq!(c.item(), Some(ItemKind::ProcurementPenaltyDecision));
        assert_eq!(c.domain.map(|d| &text[d.span.range()]), Some("财政厅"));
        let text = "某市发展和改革委员会\n行政处罚决定书\n某发改罚〔2025〕6号\n当事人：孙某\n\
                    经查，你在某学校设备采购项目评标中收受投标人财物。\n";
        assert_eq!(
            classify(text).item(),
            Some(ItemKind::BiddingPenaltyDecision)
        );
    }

    #[test]
    fn titles_spaced_split_or_under_a_menu_are_read() {
        let text = "云江市自然资源局\n行 政 处 罚 决 定 书\n云自然资罚〔2025〕3号\n当事人：某某\n\
                    当事人未取得采矿许可证擅自开采。\n";
        let k = classify(text);
        let t = k.notice_type.unwrap();
        assert_eq!(t.value, NoticeType::PenaltyDecision);
        assert_eq!(t.span.of(text), Some("行 政 处 罚 决 定 书"));
        assert_eq!(classify(text).item(), Some(ItemKind::MiningPenaltyDecision));
        let text = "云江水务工程有限公司20%股权转让项目\n转让底价及评估结果公示\n转让方：某集团\n";
        assert_eq!(classify(text).item(), Some(ItemKind::PropertyTransferPrice));
        // A portal's tag of the type before the project (`【成交公告】…增资项目`).
        let text = "【成交公告】云江智造科技发展有限公司增资项目\n投资方：某基金\n";
        assert_eq!(classify(text).item(), Some(ItemKind::PropertyDealResult));
        let text = "云江水务工程有限公司51%股权转让项目\n产权转让行为决策及批准情况公示\n";
        assert_eq!(
            classify(text).item(),
            Some(ItemKind::PropertyDecisionApproval)
        );
        // A menu's link is no second title line.
        let text = "云江市某地块国有建设用地使用权挂牌出让公告\n采购公告\n";
        assert_eq!(
            classify(text).item(),
            Some(ItemKind::LandTransferAnnouncement)
        );
        let text = "土地市场网 | 供地结果 | 出让公告 | 地块公示\n您的位置：首页 > 供地结果 > 结果详情\n\
                    某工业园区配套项目\n供地方式：挂牌出让\n土地用途：工业用地\n";
        assert_eq!(classify(text).item(), Some(ItemKind::LandSupplyResult));
    }

    /// A method in a plain text's table whose cells are apart by spaces, read from the column
    /// its header names; a row with more or fewer cells than the header is no such table.
    #[test]
    fn a_method_is_read_from_a_space_separated_column() {
        let text = "某县国有建设用地使用权出让供应结果公告\n序号 宗地位置 面积（公顷） 供应方式 成交价款（万元）\n\
                    1 某县城北工业园 4.0127 挂牌出让 602.0\n";
        let m = classify(text).method.unwrap();
        assert_eq!(m.value, Method::Listing);
        assert_eq!(m.span.of(text), Some("挂牌"));
        let text = "某县国有建设用地使用权出让供应结果公告\n序号 宗地位置 供应方式 成交价款（万元）\n\
                    1 某县城北 工业园 挂牌出让 602.0\n";
        assert_eq!(labelled_method(text), None);
    }

    /// A penalty decision's domain is the deal its facts name first (行政处罚法 Art 59's 违法事实),
    /// not a surer cue told of in passing; a registered right's way of being won is not the
    /// registration notice's method.
    #[test]
    fn a_decision_takes_its_domain_from_the_deal_it_punishes() {
        let text = "行政处罚决定书\n当事人：某资产评估有限公司\n违法事实：当事人在对某公司\
                    股权转让项目进行评估时，未对标的企业名下土地使用权履行现场调查程序。\n";
        assert_eq!(
            classify(text).item(),
            Some(ItemKind::PropertyPenaltyDecision)
        );
        // 安居型商品住房 is housing at a controlled price (海南省安居型商品住房建设和管理办法).
        let text = "行政处罚决定书\n当事人：某置业有限公司\n一、违法事实及证据\n当事人在销售\
                    安居型商品住房过程中，未核验购房人资格。\n";
        assert_eq!(
            classify(text).item(),
            Some(ItemKind::HousingPenaltyDecision)
        );
        let text = "关于某石灰岩矿采矿权新立登记的公告\n采矿权人：某建材有限公司\n\
                    该采矿权系以挂牌方式出让取得。\n";
        let k = classify(text);
        assert_eq!(k.item(), Some(ItemKind::MiningRightHolderInformation));
        assert_eq!(k.method, None);
    }

    /// A sentence that states the notice's own method gives it (the 标准施工招标文件's 招标条件,
    /// a land notice's 以挂牌方式出让); a forbidding one and a penalty decision's story do not.
    #[test]
    fn a_sentence_stating_the_method_gives_it() {
        let text = "某中学教学楼工程施工招标公告\n1.招标条件\n项目已具备招标条件，现对该项目的施工进行公开招标。\n";
        let m = classify(text).method.unwrap();
        assert_eq!(m.value, Method::OpenTendering);
        assert_eq!(m.span.of(text), Some("公开招标"));
        let text =
            "云江市自然资源局国有建设用地使用权出让公告\n经批准，决定以挂牌方式出让1宗地块。\n";
        assert_eq!(classify(text).method.unwrap().value, Method::Listing);
        let text = "某工程施工招标公告\n依法必须招标的项目不得采用邀请招标。\n";
        assert_eq!(classify(text).method, None);
        let text = "某局行政处罚决定书\n经查，你公司以挂牌方式竞得某地块后未按期开工。\n";
        assert_eq!(classify(text).method, None);
    }

    /// A land result giving the date its contract was signed, with the land's user or the
    /// contract's supervision number, is the supply's result (供地结果; the item's elements, R):
    /// the deal's publicity comes before the contract.
    #[test]
    fn a_land_result_with_its_contract_signed_is_the_supply_result() {
        let table = "宗地编号\t宗地位置\t面积（㎡）\t土地用途\t供地方式\t土地使用权人\t成交价款（万元）\t合同签订日期\n\
                     YJ-2025-03\t云江市纬六路南侧\t33,350.00\t工业用地\t挂牌出让\t云江精密机械有限公司\t1,016\t2025-03-21\n";
        let text = format!("云江市国有建设用地使用权出让结果公告\n{table}");
        assert_eq!(classify(&text).item(), Some(ItemKind::LandSupplyResult));
        // A page titled by its project, the type only in the breadcrumb (`结果公告`).
        let text = "首页 > 土地供应 > 结果公告\n云江粮食储备库项目\n电子监管号：\n2202832025B00417\n\
                    供地方式：\n挂牌出让\n合同签订日期：\n2025年07月30日\n";
        assert_eq!(classify(text).item(), Some(ItemKind::LandSupplyResult));
        // Without the contract's date it is the deal's publicity.
        let text = "云江市国有建设用地使用权出让结果公示\n竞得人：云江精密机械有限公司\n成交价：1016万元\n";
        assert_eq!(classify(text).item(), Some(ItemKind::LandDealPublicity));
    }

    /// A notice acting on another names that one whole before its own type (`…挂牌出让公告更正
    /// 公告`): it is the act, a correction of the land's listing (the statement item: 变更; R).
    #[test]
    fn a_correction_of_a_named_notice_is_the_correction() {
        let text = "云江市国有建设用地使用权挂牌出让公告更正公告\n一、原公告名称：云江市国有建设用地使用权挂牌出让公告\n";
        let k = classify(text);
        assert_eq!(
            k.notice_type.as_ref().map(|t| t.value),
            Some(NoticeType::Correction)
        );
        assert_eq!(k.item(), Some(ItemKind::LandTransferStatement));
        let text =
            "云江市档案馆数字化服务项目招标公告变更公告\n一、原公告的采购项目编号：YJ-2025-031\n";
        assert_eq!(classify(text).item(), Some(ItemKind::ProcurementCorrection));
    }

    /// A land result that says the parcel found no buyer (`出让结果：流拍`) and names none is a
    /// statement on how the transfer went (成交、流拍、中止或者变更; the item's elements, R), not a
    /// deal's publicity.
    #[test]
    fn a_land_result_without_a_buyer_is_a_statement() {
        let text = "云江市国有建设用地使用权挂牌出让结果公告\n出让宗地：YJ2025-G11号宗地\n出让方式：挂牌\n\
                    出让结果：挂牌期满无竞买人报价，该宗地流拍。\n";
        assert_eq!(classify(text).item(), Some(ItemKind::LandTransferStatement));
        let text = "云江市国有建设用地使用权挂牌出让结果公告\n出让宗地：YJ2025-G11号宗地\n竞得人：云江置业有限公司\n";
        assert_eq!(classify(text).item(), Some(ItemKind::LandDealPublicity));
    }
}
