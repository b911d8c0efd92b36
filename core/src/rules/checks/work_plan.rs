//! The findings of a 工作方案 (work plan) check: not a kind of rule row, but the same codes,
//! details and messages as one. The check itself is
//! [`WorkPlan::validate`](crate::assessment::work_plan::WorkPlan::validate).

use super::kit::{FindingDetail, fixed_finding};
use crate::Lang;
use crate::model::item::ItemKind;
use crate::period::Period;

/// A part of the plan, named in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanPart {
    /// The field (`"purpose"`, `"timeLimit"`).
    pub key: &'static str,
    /// Chinese name.
    pub zh: &'static str,
    /// English name.
    pub en: &'static str,
}

impl PlanPart {
    fn lacks(&self, lang: Lang) -> String {
        match lang {
            Lang::ZhCn => format!("工作方案缺少「{}」", self.zh),
            Lang::En => format!("the work plan lacks its {}", self.en),
        }
    }
}

/// A work plan lacks a section of the template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanSectionMissing(pub PlanPart);

impl FindingDetail for PlanSectionMissing {
    const CODE: &'static str = "plan.section_missing";
    const ABOUT: &'static str = "a work plan without a section of the template";
    fn message(&self, lang: Lang) -> String {
        self.0.lacks(lang)
    }
}

/// A work plan's task leaves a column empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanColumnMissing(pub PlanPart);

impl FindingDetail for PlanColumnMissing {
    const CODE: &'static str = "plan.column_missing";
    const ABOUT: &'static str = "a work plan task with an empty column";
    fn message(&self, lang: Lang) -> String {
        self.0.lacks(lang)
    }
}

/// A work plan's 公开时效 (time limit) is looser than the law's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanTimeLimitLooser {
    /// The period the plan gives.
    pub given: Period,
    /// The law's period.
    pub law: Period,
}

impl FindingDetail for PlanTimeLimitLooser {
    const CODE: &'static str = "plan.time_limit_looser";
    const ABOUT: &'static str = "a work plan time limit looser than the law's";
    fn message(&self, lang: Lang) -> String {
        let PlanTimeLimitLooser { given, law } = self;
        match lang {
            Lang::ZhCn => format!("工作方案的公开时效「{given}」宽于法定时限「{law}」"),
            Lang::En => format!(
                "the plan's time limit of {} {} is looser than the law's {} {}",
                given.n,
                given.unit.name_en(),
                law.n,
                law.unit.name_en()
            ),
        }
    }
}

/// A work plan's 公开时效 gives no period where the law sets one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanTimeLimitUnspecified {
    /// The law's period.
    pub law: Period,
}

impl FindingDetail for PlanTimeLimitUnspecified {
    const CODE: &'static str = "plan.time_limit_unspecified";
    const ABOUT: &'static str = "a work plan time limit without a period";
    fn message(&self, lang: Lang) -> String {
        let law = self.law;
        match lang {
            Lang::ZhCn => format!("工作方案的公开时效未写明期限，法定时限为「{law}」"),
            Lang::En => format!(
                "the plan's time limit states no period; the law's is {} {}",
                law.n,
                law.unit.name_en()
            ),
        }
    }
}

/// A work plan forgets an information class of its domains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanClassMissing {
    /// The class (item) the plan does not cover.
    pub item: ItemKind,
}

impl FindingDetail for PlanClassMissing {
    const CODE: &'static str = "plan.class_missing";
    const ABOUT: &'static str = "a work plan that forgets an information class";
    fn message(&self, lang: Lang) -> String {
        let name = self.item.name(lang);
        match lang {
            Lang::ZhCn => format!("工作方案未列明「{name}」的公开内容、主体、渠道和时效"),
            Lang::En => format!("the plan does not cover \"{name}\""),
        }
    }
}

fixed_finding!(
    /// A work plan has no task for the 黑名单 (blacklist) system.
    PlanBlacklistTaskMissing = "plan.blacklist_task_missing",
    about "a work plan without the blacklist task",
    zh "工作方案未提出建立公共资源配置“黑名单”制度的任务",
    en "the plan sets no task for the public-resource blacklist",
);
