//! The check of a department's catalogue, row by row and once for the whole.

use std::borrow::Cow;
use std::sync::Arc;

use super::cells::{names_element, read_channels};
use super::matching::{Names, Via, norm};
use super::options::{CatalogueOptions, CatalogueReport, RowMatch};
use super::time_limit::{Start, Term, read_time_limit};
use crate::finding::Finding;
use crate::model::catalog::{CatalogEntry, CatalogueHeader};
use crate::model::item::ItemKind;
use crate::model::record::{Anchor, Channel};
use crate::period::Period;
use crate::rules::checks::Detail;
use crate::rules::checks::catalogue::*;
use crate::rules::checks::catalogue_columns::CatalogueColumn;
use crate::rules::checks::catalogue_time_limit::TermEvent;
use crate::rules::checks::deadline::Deadline;
use crate::rules::{Check, Direction, Rule, RuleSet};
use crate::severity::Severity;

/// The rule that sets which columns a catalogue fills (97号 二), when the table has one.
const COLUMNS_RULE: &str = "GEN-97-COLUMNS";
/// 政府信息公开条例 Art 26: the time limit of a row that matches no item.
const GENERAL_RULE: &str = "GI-26";
/// 政府信息公开条例 Art 23: channels.
const CHANNEL_RULE: &str = "GI-23-CHANNEL";

struct Out<'a> {
    findings: Vec<Finding>,
    /// Where the current row's findings start: a finding repeats only within one row (a row
    /// of several items whose laws coincide), so only those are compared.
    mark: usize,
    _rules: &'a RuleSet,
}

impl Out<'_> {
    fn push(&mut self, rule: &Arc<Rule>, severity: Severity, path: String, detail: Detail) {
        let dup = self.findings[self.mark..]
            .iter()
            .any(|f| f.path() == path && f.rule().id == rule.id && f.code() == detail.code());
        if !dup {
            self.findings
                .push(Finding::new(rule, severity, Cow::Owned(path), detail));
        }
    }
}

pub(super) fn audit(
    rules: &RuleSet,
    header: &CatalogueHeader,
    rows: &[CatalogEntry],
    options: &CatalogueOptions,
) -> CatalogueReport {
    let names = Names::new(rules, &options.domains);
    let matches: Vec<(Vec<ItemKind>, Via)> = rows.iter().map(|r| names.match_row(r)).collect();
    let mut out = Out {
        findings: Vec::new(),
        mark: 0,
        _rules: rules,
    };
    let columns_rule = rules.get(COLUMNS_RULE).filter(|r| r.enabled).cloned();
    let general = rules.get(GENERAL_RULE).cloned();
    let catalogue_rule = rules.get("GEN-97-CATALOGUE").cloned();

    // Items the catalogue lacks, at its level.
    for item in ItemKind::catalogue().filter(|i| options.domains.contains(&i.domain())) {
        if options
            .level
            .is_some_and(|l| !rules.item_required_at(item, l))
        {
            continue;
        }
        if matches.iter().any(|(items, _)| items.contains(&item)) {
            continue;
        }
        if let Some(rule) = rules.element_rule(item).or(catalogue_rule.as_ref()) {
            let rule = Arc::clone(rule);
            out.push(
                &rule,
                rule.severity.max(Severity::Warning),
                String::new(),
                CatalogueItemMissing { item }.into(),
            );
        }
    }

    // Columns: absent from the whole catalogue once, else empty in a row; 监督渠道 once.
    if let Some(rule) = &columns_rule
        && let Check::CatalogueColumns(c) = &rule.check
    {
        for &column in &c.columns {
            let in_header = match column {
                CatalogueColumn::TimeLimit => !blank(&header.time_limit),
                CatalogueColumn::Body => !blank(&header.body),
                CatalogueColumn::Channels => !blank(&header.channels),
                CatalogueColumn::Supervision => !blank(&header.supervision),
                _ => false,
            };
            if in_header {
                continue;
            }
            let empty: Vec<usize> = rows
                .iter()
                .enumerate()
                .filter(|(_, r)| blank(cell(r, column)))
                .map(|(i, _)| i)
                .collect();
            if column == CatalogueColumn::Supervision {
                if empty.len() == rows.len() {
                    out.push(
                        rule,
                        rule.severity,
                        String::new(),
                        CatalogueSupervisionMissing.into(),
                    );
                }
                continue;
            }
            if rows.len() > 1 && empty.len() == rows.len() {
                out.push(
                    rule,
                    rule.severity,
                    String::new(),
                    CatalogueColumnAbsent {
                        column: column.name_zh(),
                    }
                    .into(),
                );
                continue;
            }
            for i in empty {
                out.push(
                    rule,
                    rule.severity,
                    format!("/{i}/{}", column.json_name()),
                    CatalogueColumnMissing.into(),
                );
            }
        }
    }

    // Row by row.
    for (i, (row, (items, via))) in rows.iter().zip(&matches).enumerate() {
        out.mark = out.findings.len();
        if *via == Via::Unmatched
            && let Some(rule) = columns_rule.as_ref().or(catalogue_rule.as_ref())
        {
            let name = if blank(&row.level3) {
                &row.level2
            } else {
                &row.level3
            };
            out.push(
                rule,
                Severity::Warning,
                format!("/{i}/level2"),
                CatalogueRowUnmatched {
                    name: name.trim().to_owned(),
                }
                .into(),
            );
        }
        let time_text = if blank(&row.time_limit) {
            &header.time_limit
        } else {
            &row.time_limit
        };
        if !blank(time_text) {
            check_time(rules, general.as_ref(), i, time_text, items, &mut out);
        }
        let channel_text = if blank(&row.channels) {
            &header.channels
        } else {
            &row.channels
        };
        if !blank(channel_text) {
            check_channels(rules, i, channel_text, items, &mut out);
        }
    }

    // 公开内容, item by item, over every row named for it.
    out.mark = out.findings.len();
    for item in ItemKind::all().filter(|i| options.domains.contains(&i.domain())) {
        check_content(rules, &names, item, rows, &matches, &mut out);
    }

    CatalogueReport {
        rows: matches
            .into_iter()
            .enumerate()
            .map(|(row, (items, _))| RowMatch { row, items })
            .collect(),
        findings: out.findings,
    }
}

/// Whether a rule is one a catalogue is held to now: one the table has not ended. A catalogue
/// states how its items are published from now on, and a rule with an end date has been replaced
/// (实施条例 Art 8's media by 财政部令第101号 Art 8 from 2020-03-01).
pub(super) fn in_force(rule: &Rule) -> bool {
    rule.effective_to.is_none()
}

fn blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}

fn cell(row: &CatalogEntry, column: CatalogueColumn) -> &str {
    match column {
        CatalogueColumn::Level2 => {
            if blank(&row.level2) {
                &row.level3
            } else {
                &row.level2
            }
        }
        CatalogueColumn::Content => &row.content,
        CatalogueColumn::Basis => &row.basis,
        CatalogueColumn::TimeLimit => &row.time_limit,
        CatalogueColumn::Body => &row.body,
        CatalogueColumn::Channels => &row.channels,
        CatalogueColumn::Supervision => &row.supervision,
    }
}

/// The lead the law asks of an item's publication before a later event: an intention's days
/// before the purchase (财库〔2020〕10号), or a minimum from publication to an event other than the
/// end of its own publicity (出让公告 20日 before the listing, 39号令 Art 10). The longest, if several.
fn lead_law(rules: &RuleSet, item: ItemKind) -> Option<(&Arc<Rule>, Period)> {
    rules
        .for_item(item)
        .filter_map(|r| match &r.check {
            Check::IntentionLead(l) => Some((
                r,
                Period {
                    n: l.days,
                    unit: crate::PeriodUnit::Day,
                },
            )),
            Check::Deadline(d)
                if d.direction == Direction::AtLeast
                    && d.anchor == Anchor::Published
                    && d.target != Anchor::PublicityEnd =>
            {
                Some((r, d.period))
            }
            _ => None,
        })
        .reduce(|a, b| if a.1.is_stricter_or_equal(&b.1) { b } else { a })
}

/// An item about decisions (处罚, 处理): a row's clause on 行政处罚 decisions is its time limit.
fn about_decisions(item: ItemKind) -> bool {
    let zh = item.spec().zh;
    ["处罚", "处理", "违法"].iter().any(|w| zh.contains(w))
}

fn check_time(
    rules: &RuleSet,
    general: Option<&Arc<Rule>>,
    i: usize,
    text: &str,
    items: &[ItemKind],
    out: &mut Out<'_>,
) {
    let path = format!("/{i}/timeLimit");
    let terms = read_time_limit(text);
    let targets: Vec<Option<ItemKind>> = if items.is_empty() {
        vec![None]
    } else {
        items.iter().copied().map(Some).collect()
    };
    for item in targets {
        let law = match item.and_then(|it| rules.publication_limit(it)) {
            Some((rule, period, anchor)) => Some((Arc::clone(rule), period, anchor)),
            None => general.and_then(|g| match &g.check {
                Check::Deadline(d) => Some((Arc::clone(g), d.period, d.anchor)),
                _ => None,
            }),
        };
        let Some((law_rule, law, anchor)) = law else {
            continue;
        };
        if terms.is_empty() {
            out.push(
                &law_rule,
                Severity::Warning,
                path.clone(),
                CatalogueTimeLimitUnreadable {
                    text: text.trim().to_owned(),
                }
                .into(),
            );
            continue;
        }
        let limits: Vec<(&Arc<Rule>, TermEvent, Option<Period>)> = item
            .map(|it| {
                rules
                    .for_item(it)
                    .filter_map(|r| match &r.check {
                        Check::CatalogueTimeLimit(t) => Some((r, t.on, t.period)),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        let withins: Vec<(Period, &Start)> = terms
            .iter()
            .filter_map(|t| match t {
                Term::Within { period, from } => Some((*period, from)),
                _ => None,
            })
            .collect();
        let general_term = item
            .filter(|it| about_decisions(*it))
            .and_then(|_| {
                withins.iter().find(|(_, from)| {
                    matches!(from, Start::Event(e) if e.contains("处罚") || e.contains("决定"))
                })
            })
            .or(withins.first());
        // The item's own formation limit (建保〔2011〕64号) is its law for formation, before the
        // general 20 working days.
        let own_formed_limit = limits.iter().find_map(|(rule, on, p)| match (on, p) {
            (TermEvent::Formed, Some(p)) if law_rule.item.is_none() => Some((*rule, *p)),
            _ => None,
        });
        let own_formed = own_formed_limit.is_some();
        match general_term {
            Some((period, _)) => {
                if !own_formed && !period.is_stricter_or_equal(&law) {
                    // Compared across events (a row's "formation" against the law's evaluation
                    // report): the reading is less certain.
                    let severity = if anchor == Anchor::FormedOrChanged {
                        law_rule.severity
                    } else {
                        law_rule.severity.min(Severity::Warning)
                    };
                    out.push(
                        &law_rule,
                        severity,
                        path.clone(),
                        CatalogueTimeLimitLooser {
                            given: *period,
                            law,
                        }
                        .into(),
                    );
                }
                for (rule, on, limit) in &limits {
                    let Some(limit) = limit else { continue };
                    let applies = |f: &Start| match on {
                        TermEvent::Changed => {
                            matches!(f, Start::Change | Start::FormationOrChange)
                        }
                        TermEvent::Formed => {
                            matches!(
                                f,
                                Start::Formation | Start::FormationOrChange | Start::Unstated
                            )
                        }
                        TermEvent::Event => false,
                    };
                    let stated: Vec<Period> = withins
                        .iter()
                        .filter(|(_, f)| applies(f))
                        .map(|(p, _)| *p)
                        .collect();
                    if !stated.is_empty() && !stated.iter().any(|p| p.is_stricter_or_equal(limit)) {
                        let given = stated.iter().copied().min_by_key(|p| p.n).unwrap_or(*limit);
                        out.push(
                            rule,
                            rule.severity,
                            path.clone(),
                            CatalogueTimeLimitLooser { given, law: *limit }.into(),
                        );
                    }
                }
            }
            None => {
                // A row without a period is measured against the item's own formation limit where
                // it has one (建保〔2011〕64号 二), not against the general rule it specialises.
                let (law_rule, law) = match own_formed_limit {
                    Some((rule, period)) => (Arc::clone(rule), period),
                    None => (Arc::clone(&law_rule), law),
                };
                let event_ok = limits.iter().any(|(_, on, _)| *on == TermEvent::Event);
                let tied = terms
                    .iter()
                    .any(|t| matches!(t, Term::WithEvent { .. } | Term::Promptly));
                let first = &terms[0];
                if terms.contains(&Term::RealTime) || (tied && event_ok) {
                    // As it happens, or with the event the law ties publication to.
                } else if tied {
                    out.push(
                        &law_rule,
                        Severity::Warning,
                        path.clone(),
                        CatalogueTimeLimitUnspecified { law }.into(),
                    );
                } else if let Term::AtLeast { period } = first {
                    out.push(
                        &law_rule,
                        Severity::Info,
                        path.clone(),
                        CatalogueTimeLimitMinimumDuration {
                            given: *period,
                            law,
                        }
                        .into(),
                    );
                } else if let Term::LeadTime { period } = first {
                    match item.and_then(|it| lead_law(rules, it)) {
                        // The law asks a lead too (采购意向 30日 before the purchase, 出让公告
                        // 20日 before the listing): a longer one keeps it, a shorter one does not.
                        Some((rule, lead)) => {
                            if !lead.is_stricter_or_equal(period) {
                                out.push(
                                    rule,
                                    rule.severity.min(Severity::Warning),
                                    path.clone(),
                                    CatalogueTimeLimitLooser {
                                        given: *period,
                                        law: lead,
                                    }
                                    .into(),
                                );
                            }
                        }
                        None => out.push(
                            &law_rule,
                            Severity::Info,
                            path.clone(),
                            CatalogueTimeLimitLeadTime { given: *period }.into(),
                        ),
                    }
                } else if matches!(first, Term::Yearly { .. } | Term::Periodic { .. }) {
                    out.push(
                        &law_rule,
                        Severity::Warning,
                        path.clone(),
                        CatalogueTimeLimitNotComparable {
                            text: text.trim().to_owned(),
                            law,
                        }
                        .into(),
                    );
                } else {
                    out.push(
                        &law_rule,
                        Severity::Warning,
                        path.clone(),
                        CatalogueTimeLimitUnspecified { law }.into(),
                    );
                }
            }
        }
        // A minimum publicity period against the law's.
        if let Some(it) = item {
            let law_min = rules
                .for_item(it)
                .filter(|r| r.when.is_none())
                .filter_map(|r| match &r.check {
                    Check::Deadline(Deadline {
                        direction: Direction::AtLeast,
                        period,
                        target: Anchor::PublicityEnd,
                        ..
                    }) => Some((r, *period)),
                    _ => None,
                })
                .max_by_key(|(_, p)| p.n);
            if let Some((rule, min)) = law_min {
                for t in &terms {
                    if let Term::AtLeast { period } = t
                        && !min.is_stricter_or_equal(period)
                    {
                        let severity = if period.unit == min.unit {
                            rule.severity
                        } else {
                            rule.severity.min(Severity::Warning)
                        };
                        let rule = Arc::clone(rule);
                        out.push(
                            &rule,
                            severity,
                            path.clone(),
                            CatalogueDurationShorter {
                                given: *period,
                                law: min,
                            }
                            .into(),
                        );
                    }
                }
            }
        }
    }
}

/// The names a catalogue prints for a channel of the record model.
fn channel_names(c: Channel) -> &'static [&'static str] {
    match c {
        Channel::GovernmentWebsite => &["政府网站", "门户网站"],
        Channel::DepartmentWebsite => &["部门网站"],
        // 招标投标法 Art 16's 国家指定的…信息网络 is the platform 发改委令第10号 Art 8 names.
        Channel::TradingPlatform => &["交易平台", "公共服务平台"],
        Channel::Ccgp => &["政府采购网"],
        Channel::CreditChina => &["信用中国"],
        Channel::OnlineServiceHall => &["网上办事大厅", "政务服务网"],
        Channel::Weibo => &["微博", "两微一端"],
        Channel::Wechat => &["微信", "两微一端", "公众号"],
        Channel::Newspaper => &["报刊", "报纸", "指定媒体"],
        Channel::BulletinBoard => &["公示栏", "公告栏"],
        Channel::Other => &[],
    }
}

fn check_channels(rules: &RuleSet, i: usize, text: &str, items: &[ItemKind], out: &mut Out<'_>) {
    let cell = read_channels(text);
    let path = format!("/{i}/channels");
    if cell.used.is_empty() && !cell.unticked.is_empty() {
        if let Some(rule) = rules.get(CHANNEL_RULE).cloned() {
            out.push(
                &rule,
                Severity::Warning,
                path,
                CatalogueChannelsUnticked.into(),
            );
        }
        return;
    }
    for &item in items {
        for rule in rules.for_item(item).filter(|r| in_force(r)) {
            let names: Vec<&str> = match &rule.check {
                Check::DesignatedChannel(d) => d
                    .channels
                    .iter()
                    .flat_map(|c| channel_names(*c).iter().copied())
                    .collect(),
                Check::CatalogueMedium(m) => m.names.iter().map(String::as_str).collect(),
                _ => continue,
            };
            if names.is_empty() {
                continue;
            }
            let normed: Vec<String> = names.iter().map(|n| norm(n)).collect();
            let found = cell
                .used
                .iter()
                .any(|u| normed.iter().any(|n| u.contains(n.as_str())));
            if !found {
                let medium = match &rule.check {
                    Check::DesignatedChannel(d) => d
                        .channels
                        .iter()
                        .map(|c| c.name_zh())
                        .collect::<Vec<_>>()
                        .join("或"),
                    _ => names[0].to_owned(),
                };
                let rule = Arc::clone(rule);
                out.push(
                    &rule,
                    rule.severity,
                    path.clone(),
                    CatalogueMediumMissing { medium }.into(),
                );
            }
        }
    }
}

fn check_content(
    rules: &RuleSet,
    names: &Names,
    item: ItemKind,
    rows: &[CatalogEntry],
    matches: &[(Vec<ItemKind>, Via)],
    out: &mut Out<'_>,
) {
    let mut first = None;
    let mut content = String::new();
    let mut row_names: Vec<String> = Vec::new();
    for (i, (row, (items, via))) in rows.iter().zip(matches).enumerate() {
        if !items.contains(&item) || !matches!(via, Via::Name | Via::Explicit) {
            continue;
        }
        if blank(&row.content) {
            continue;
        }
        first.get_or_insert(i);
        content.push_str(&norm(&row.content));
        row_names.push(norm(&row.level2));
        row_names.push(norm(&row.level3));
    }
    let Some(first) = first else { return };
    let missing: Vec<&'static str> = item
        .elements()
        .iter()
        .filter(|e| e.required)
        .filter(|e| {
            let all = names
                .elements(item)
                .iter()
                .find(|(k, _)| *k == e.key)
                .map(|(_, v)| v.as_slice())
                .unwrap_or(&[]);
            let by_row_name = all
                .iter()
                .any(|n| row_names.iter().any(|r| !r.is_empty() && r == n));
            !by_row_name && !names_element(&content, all)
        })
        .map(|e| e.zh)
        .collect();
    if missing.is_empty() {
        return;
    }
    let Some(rule) = rules
        .element_rule(item)
        .or_else(|| rules.get("GEN-97-CATALOGUE"))
        .cloned()
    else {
        return;
    };
    out.push(
        &rule,
        rule.severity.min(Severity::Warning),
        format!("/{first}/content"),
        CatalogueContentMissing {
            item,
            elements: missing,
        }
        .into(),
    );
}
