//! The work plan (工作方案) each lead department drafts on the template attached to
//! 粤办函〔2018〕201号: 一、现状分析及思路目标; 二、主要任务及具体措施 — for each information class its
//! 公开内容、公开主体、公开渠道、公开时效, plus tasks such as an intensive platform and the 黑名单
//! system; 三、组织保障和监督考核.
//!
//! Validation says what is missing, flags a 公开时效 looser than the law's (read from the rule
//! table, as the catalogue check does) and a class of the department's domains the plan forgets.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::finding::Finding;
use crate::model::catalog::CatalogEntry;
use crate::rules::catalogue::{match_item, parse_time_limit};
use crate::rules::checks::Detail;
use crate::rules::checks::work_plan::{
    PlanBlacklistTaskMissing, PlanClassMissing, PlanColumnMissing, PlanPart, PlanSectionMissing,
    PlanTimeLimitLooser, PlanTimeLimitUnspecified,
};
use crate::rules::{Rule, RuleSet};
use crate::{Domain, Error, ItemKind, Severity};

/// A department's work plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkPlan {
    /// The unit (XX单位).
    #[serde(default)]
    pub unit: String,
    /// The domains the unit leads; the plan must cover each of their information classes.
    #[serde(default)]
    pub domains: Vec<Domain>,
    /// The preamble: purpose, significance and basis (目的、意义和依据).
    #[serde(default)]
    pub purpose: String,
    /// 一、现状分析及思路目标.
    #[serde(default)]
    pub situation_and_goals: String,
    /// 二、主要任务及具体措施: one task per information class.
    #[serde(default)]
    pub tasks: Vec<PlanTask>,
    /// 二 (continued): other tasks — an intensive platform, the 黑名单 system…
    #[serde(default)]
    pub other_tasks: Vec<String>,
    /// 三、组织保障和监督考核.
    #[serde(default)]
    pub organisation_and_oversight: String,
}

/// One information class in 二、主要任务及具体措施.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanTask {
    /// The information class's name (e.g. 中标（成交）结果公告).
    #[serde(default)]
    pub class: String,
    /// The item, when the plan names it; otherwise matched by the class's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<ItemKind>,
    /// 公开内容.
    #[serde(default)]
    pub content: String,
    /// 公开主体.
    #[serde(default)]
    pub body: String,
    /// 公开渠道.
    #[serde(default)]
    pub channel: String,
    /// 公开时效.
    #[serde(default)]
    pub time_limit: String,
}

impl WorkPlan {
    /// Parses a plan from JSON.
    ///
    /// # Errors
    /// [`Error::Parse`] naming the offending field.
    pub fn from_json(json: &str) -> Result<WorkPlan, Error> {
        crate::parse::from_json(json)
    }

    /// What the plan lacks or gets wrong; findings point into the plan's JSON.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Domain, RuleSet, assessment::work_plan::{PlanTask, WorkPlan}};
    /// let plan = WorkPlan {
    ///     unit: "云江市财政局".into(),
    ///     domains: vec![Domain::GovernmentProcurement],
    ///     tasks: vec![PlanTask { class: "中标（成交）结果公告".into(), content: "中标人、金额".into(),
    ///         body: "采购人".into(), channel: "中国政府采购网广东分网".into(),
    ///         time_limit: "中标人确定之日起5个工作日内".into(), item: None }],
    ///     ..Default::default()
    /// };
    /// let codes: Vec<_> = plan.validate(&RuleSet::national()).iter().map(|f| f.code().as_str()).collect();
    /// assert!(codes.contains(&"plan.section_missing"));
    /// assert!(codes.contains(&"plan.time_limit_looser")); // the law says 2 working days
    /// assert!(codes.contains(&"plan.class_missing"));     // contracts, budgets… are forgotten
    /// ```
    pub fn validate(&self, rules: &RuleSet) -> Vec<Finding> {
        let mut out = Vec::new();
        let Some(plan_rule) = rules.get("GD-PLAN").cloned() else {
            return out;
        };
        let push =
            |out: &mut Vec<Finding>, severity, path: String, rule: &Arc<Rule>, detail: Detail| {
                out.push(Finding::new(rule, severity, path.into(), detail))
            };
        let part = |key: &'static str, zh: &'static str, en: &'static str| PlanPart { key, zh, en };
        for (key, value, zh, en) in [
            ("unit", &self.unit, "制定单位", "unit"),
            (
                "purpose",
                &self.purpose,
                "目的、意义和依据",
                "purpose and basis",
            ),
            (
                "situationAndGoals",
                &self.situation_and_goals,
                "一、现状分析及思路目标",
                "1. situation and goals",
            ),
            (
                "organisationAndOversight",
                &self.organisation_and_oversight,
                "三、组织保障和监督考核",
                "3. organisation and oversight",
            ),
        ] {
            if value.trim().is_empty() {
                push(
                    &mut out,
                    Severity::Error,
                    format!("/{key}"),
                    &plan_rule,
                    PlanSectionMissing(part(key, zh, en)).into(),
                );
            }
        }
        if self.tasks.is_empty() {
            push(
                &mut out,
                Severity::Error,
                "/tasks".into(),
                &plan_rule,
                PlanSectionMissing(part(
                    "tasks",
                    "二、主要任务及具体措施",
                    "2. tasks and measures",
                ))
                .into(),
            );
        }
        if !self.other_tasks.iter().any(|t| t.contains("黑名单")) {
            push(
                &mut out,
                Severity::Warning,
                "/otherTasks".into(),
                &plan_rule,
                PlanBlacklistTaskMissing.into(),
            );
        }
        let mut covered: Vec<ItemKind> = Vec::new();
        for (i, task) in self.tasks.iter().enumerate() {
            for (key, value, zh, en) in [
                ("class", &task.class, "信息类别", "information class"),
                ("content", &task.content, "公开内容", "content"),
                ("body", &task.body, "公开主体", "responsible body"),
                ("channel", &task.channel, "公开渠道", "channel"),
                ("timeLimit", &task.time_limit, "公开时效", "time limit"),
            ] {
                if value.trim().is_empty() {
                    push(
                        &mut out,
                        Severity::Error,
                        format!("/tasks/{i}/{key}"),
                        &plan_rule,
                        PlanColumnMissing(part(key, zh, en)).into(),
                    );
                }
            }
            let item = task.item.or_else(|| {
                match_item(&CatalogEntry {
                    level2: task.class.clone(),
                    ..CatalogEntry::default()
                })
            });
            let Some(item) = item else { continue };
            covered.push(item);
            let Some((law_rule, law, _)) = rules.publication_limit(item) else {
                continue;
            };
            if task.time_limit.trim().is_empty() {
                continue;
            }
            let law_rule = Arc::clone(law_rule);
            match parse_time_limit(&task.time_limit) {
                Some(p) if !p.is_stricter_or_equal(&law) => push(
                    &mut out,
                    Severity::Error,
                    format!("/tasks/{i}/timeLimit"),
                    &law_rule,
                    PlanTimeLimitLooser { given: p, law }.into(),
                ),
                Some(_) => {}
                None => push(
                    &mut out,
                    Severity::Warning,
                    format!("/tasks/{i}/timeLimit"),
                    &law_rule,
                    PlanTimeLimitUnspecified { law }.into(),
                ),
            }
        }
        for item in ItemKind::catalogue().filter(|i| self.domains.contains(&i.domain())) {
            if !covered.contains(&item) {
                push(
                    &mut out,
                    Severity::Error,
                    "/tasks".into(),
                    &plan_rule,
                    PlanClassMissing { item }.into(),
                );
            }
        }
        out
    }
}
