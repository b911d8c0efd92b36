//! The baseline 主动公开目录清单, generated from the rule table, and the check of a department's
//! own catalogue against it.
//!
//! Because the baseline is derived from the same rows the engine judges records by, the
//! catalogue and the checks cannot disagree: add a rule and its item's 公开依据 and 公开时限 change.

pub mod api;
mod cells;
mod check;
#[cfg(feature = "catalogue-files")]
pub mod files;
mod matching;
mod options;
pub mod time_limit;

pub use options::{CatalogueOptions, CatalogueReport, RowMatch};

use std::sync::Arc;

use super::{Check, Direction, Rule, RuleSet};
use crate::Period;
use crate::finding::Finding;
use crate::model::catalog::{
    Audience, CatalogEntry, Catalogue, CatalogueHeader, DisclosureMode, Level,
};
use crate::model::domain::Domain;
use crate::model::item::ItemKind;
use crate::model::record::Anchor;
use crate::rules::checks::catalogue_time_limit::TermEvent;
use crate::rules::checks::deadline::Deadline;

impl RuleSet {
    /// The time limit for publishing an item: the tightest "within" deadline whose target is
    /// publication, with the rule it comes from. A special law's period prevails over the
    /// general 20 working days (政府信息公开条例 Art 26, second sentence).
    pub fn publication_limit(&self, item: ItemKind) -> Option<(&Arc<Rule>, Period, Anchor)> {
        let mut best: Option<(&Arc<Rule>, Period, Anchor)> = None;
        for rule in self.for_item(item) {
            if let Check::Deadline(Deadline {
                direction: Direction::Within,
                period,
                anchor,
                target: Anchor::Published,
                ..
            }) = &rule.check
            {
                let special = rule.item.is_some() || rule.domain.is_some();
                let replace = match &best {
                    None => true,
                    Some((b, bp, _)) => {
                        let b_special = b.item.is_some() || b.domain.is_some();
                        (special && !b_special) || (special == b_special && period.n < bp.n)
                    }
                };
                if replace {
                    best = Some((rule, *period, *anchor));
                }
            }
        }
        best
    }

    /// The baseline 主动公开目录清单 for one domain: one row per item.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Domain, RuleSet};
    /// let rows = RuleSet::national().baseline_catalogue(Domain::GovernmentProcurement);
    /// let result = rows.iter().find(|r| r.level2 == "中标（成交）结果公告").unwrap();
    /// assert!(result.basis.contains("第六十九条"));
    /// ```
    pub fn baseline_catalogue(&self, domain: Domain) -> Vec<CatalogEntry> {
        ItemKind::catalogue()
            .filter(|i| i.domain() == domain)
            .map(|item| self.baseline_row(item))
            .collect()
    }

    /// The baseline 主动公开目录清单 for the options' domains, in the order given, leaving out
    /// the items not required at the options' level ([`RuleSet::item_required_at`]).
    ///
    /// # Example
    /// ```
    /// use gongkai::{CatalogueOptions, Domain, Level, RuleSet};
    /// let rules = RuleSet::national();
    /// let all = rules.baseline_for(&CatalogueOptions { domains: vec![Domain::Housing], level: None });
    /// let town = rules.baseline_for(&CatalogueOptions {
    ///     domains: vec![Domain::Housing],
    ///     level: Some(Level::Township),
    /// });
    /// assert!(town.len() <= all.len());
    /// ```
    pub fn baseline_for(&self, options: &CatalogueOptions) -> Vec<CatalogEntry> {
        let mut rows = Vec::new();
        for &domain in &options.domains {
            rows.extend(
                ItemKind::catalogue()
                    .filter(|i| i.domain() == domain)
                    .filter(|&i| options.level.is_none_or(|l| self.item_required_at(i, l)))
                    .map(|item| self.baseline_row(item)),
            );
        }
        rows
    }

    fn baseline_row(&self, item: ItemKind) -> CatalogEntry {
        let spec = item.spec();
        let content = spec
            .elements
            .iter()
            .map(|e| {
                if e.required {
                    e.zh.to_owned()
                } else {
                    format!("{}（选填）", e.zh)
                }
            })
            .collect::<Vec<_>>()
            .join("、");
        let mut bases: Vec<String> = Vec::new();
        for rule in self.for_item(item).filter(|r| is_publication_basis(r)) {
            let b = rule.legal_basis.to_string();
            if !bases.contains(&b) {
                bases.push(b);
            }
        }
        let changes: Vec<(&str, Period)> = self
            .for_item(item)
            .filter_map(|r| match &r.check {
                Check::CatalogueTimeLimit(t) if t.on == TermEvent::Changed => {
                    Some((t.event.as_str(), t.period?))
                }
                _ => None,
            })
            .collect();
        let mut time_limit = match self.publication_limit(item) {
            Some((_, p, Anchor::FormedOrChanged)) if !changes.is_empty() => {
                format!("自形成之日起{p}内")
            }
            Some((_, p, a)) => format!("自{}起{}内", a.name_zh(), p),
            None => String::new(),
        };
        for (event, p) in changes {
            let event = if event.is_empty() { "变更" } else { event };
            time_limit.push_str(&format!("；{event}后{p}内"));
        }
        let mut channels: Vec<&str> = self
            .for_item(item)
            .filter(|r| check::in_force(r))
            .filter_map(|r| match &r.check {
                Check::DesignatedChannel(d) => Some(&d.channels),
                _ => None,
            })
            .flatten()
            .map(|c| c.name_zh())
            .collect();
        for rule in self.for_item(item) {
            if let Check::CatalogueMedium(m) = &rule.check
                && let Some(name) = m.names.first()
            {
                channels.push(name);
            }
        }
        channels.push("政府网站");
        let mut seen = Vec::new();
        channels.retain(|c| {
            let new = !seen.contains(c);
            seen.push(*c);
            new
        });
        let lead = item.domain().lead_department().name_zh();
        CatalogEntry {
            level1: spec.matter.name_zh().to_owned(),
            level2: spec.zh.to_owned(),
            item: Some(item),
            content,
            basis: bases.join("；"),
            time_limit,
            body: format!("{lead}（谁批准、谁公开，谁实施、谁公开，谁制作、谁公开）"),
            channels: channels.join("、"),
            audience: Some(Audience::Public),
            mode: Some(DisclosureMode::Proactive),
            supervision: format!("本级政务公开主管部门；{lead}"),
            level3: String::new(),
            levels: String::new(),
            extra: Default::default(),
        }
    }

    /// Checks a department's catalogue rows for the given domains: [`RuleSet::audit_catalogue`]
    /// without a header or a level, its findings only.
    ///
    /// Findings' paths point into the rows as a JSON array (`/3/timeLimit`); a finding about
    /// the whole catalogue (an item it lacks, no 监督渠道) has the path `""`.
    ///
    /// # Example
    /// ```
    /// use gongkai::{CatalogEntry, Domain, RuleSet};
    /// let rules = RuleSet::national();
    /// let mut rows = rules.baseline_catalogue(Domain::GovernmentProcurement);
    /// rows[3].time_limit = "信息形成之日起20个工作日内".into(); // the result row: law says 2
    /// rows.remove(0);
    /// let findings = rules.check_catalogue(&rows, &[Domain::GovernmentProcurement]);
    /// let codes: Vec<_> = findings.iter().map(|f| f.code().as_str()).collect();
    /// assert!(codes.contains(&"catalogue.item_missing"));
    /// ```
    pub fn check_catalogue(&self, rows: &[CatalogEntry], domains: &[Domain]) -> Vec<Finding> {
        check::audit(
            self,
            &CatalogueHeader::default(),
            rows,
            &CatalogueOptions {
                domains: domains.to_vec(),
                level: None,
            },
        )
        .findings
    }

    /// Checks a department's catalogue: which items each row is about (within the domains
    /// checked), items the catalogue lacks at its level, columns left empty, 监督渠道 once for
    /// the catalogue, each row's 公开时限 read and compared with the law's, its channels with the
    /// designated medium, and each item's 公开内容 with its required elements.
    ///
    /// # Example
    /// ```
    /// use gongkai::{Catalogue, CatalogueOptions, CatalogEntry, Domain, Level, RuleSet};
    /// let row = CatalogEntry {
    ///     level2: "审批核准信息".into(),
    ///     content: "招标内容、招标范围、招标组织形式、招标方式、招标事项审核或核准部门".into(),
    ///     time_limit: "信息形成之日起20个工作日内".into(),
    ///     body: "负责管理的部门分别公开".into(),
    ///     channels: "政府网站、管理部门网站".into(),
    ///     ..CatalogEntry::default()
    /// };
    /// let catalogue = Catalogue { rows: vec![row], ..Catalogue::default() };
    /// let options = CatalogueOptions { domains: vec![Domain::ConstructionBidding], level: Some(Level::County) };
    /// let report = RuleSet::national().audit_catalogue(&catalogue, &options);
    /// assert_eq!(report.rows[0].items, [gongkai::ItemKind::BiddingProjectApproval]);
    /// assert!(report.findings.iter().any(|f| f.code().as_str() == "catalogue.supervision_missing"));
    /// ```
    pub fn audit_catalogue(
        &self,
        catalogue: &Catalogue,
        options: &CatalogueOptions,
    ) -> CatalogueReport {
        check::audit(self, &catalogue.header, &catalogue.rows, options)
    }

    /// Whether the catalogue of a level must list an item (`catalogueLevels` rows: the item's
    /// own, else its domain's; without any, every level).
    pub fn item_required_at(&self, item: ItemKind, level: Level) -> bool {
        let mut own = None;
        let mut domain = None;
        for rule in self.for_item(item) {
            if let Check::CatalogueLevels(l) = &rule.check {
                let slot = if rule.item == Some(item) {
                    &mut own
                } else {
                    &mut domain
                };
                *slot = Some(l.levels.contains(&level));
            }
        }
        own.or(domain).unwrap_or(true)
    }

    fn element_rule(&self, item: ItemKind) -> Option<&Arc<Rule>> {
        self.for_item(item)
            .find(|r| matches!(r.check, Check::RequiredElements(_)) && r.item == Some(item))
    }
}

/// Whether a rule belongs in a row's 公开依据: law on publishing the item, not the names real
/// catalogues give it, the levels whose catalogue lists it, the coding standards of identifiers or
/// a department's own duties (its work plan and reports).
fn is_publication_basis(rule: &Rule) -> bool {
    !matches!(
        rule.check,
        Check::CatalogueNames(_)
            | Check::CatalogueLevels(_)
            | Check::ValidIdentifiers(_)
            | Check::Obligation(_)
    )
}

/// The item a row is about: explicit, else the item whose Chinese name the 二级事项 contains
/// (or is contained in), ignoring brackets and spaces.
pub(crate) fn match_item(row: &CatalogEntry) -> Option<ItemKind> {
    if row.item.is_some() {
        return row.item;
    }
    let norm = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace() && !"（）()【】".contains(*c))
            .collect()
    };
    let name = norm(&row.level2);
    if name.is_empty() {
        return None;
    }
    ItemKind::all().find(|i| {
        let zh = norm(i.spec().zh);
        name == zh || name.contains(&zh) || zh.contains(&name)
    })
}

/// Reads a period out of a catalogue's free-text 公开时限: "信息形成之日起20个工作日内",
/// "二十个工作日", "7日内", "1个月". `None` for "及时公开" and other texts without a period; a
/// calendar date ("6月底前") is not a period. [`time_limit::read_time_limit`] reads every form.
///
/// # Example
/// ```
/// use gongkai::{Period, PeriodUnit, rules::catalogue::parse_time_limit};
/// assert_eq!(parse_time_limit("形成之日起二十个工作日内"), Some(Period { n: 20, unit: PeriodUnit::Workday }));
/// assert_eq!(parse_time_limit("及时公开"), None);
/// assert_eq!(parse_time_limit("6月底前"), None);
/// ```
pub fn parse_time_limit(text: &str) -> Option<Period> {
    time_limit::first_period(text)
}
