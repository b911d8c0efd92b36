//! The baseline 主动公开目录清单, generated from the rule table, and the check of a department's
//! own catalogue against it.
//!
//! Because the baseline is derived from the same rows the engine judges records by, the
//! catalogue and the checks cannot disagree: add a rule and its item's 公开依据 and 公开时限 change.

use std::sync::Arc;

use super::{Check, Direction, Rule, RuleSet};
use crate::finding::Finding;
use crate::model::catalog::{Audience, CatalogEntry, DisclosureMode};
use crate::model::domain::Domain;
use crate::model::item::ItemKind;
use crate::model::record::Anchor;
use crate::rules::checks::catalogue::{
    CatalogueColumnMissing, CatalogueItemMissing, CatalogueTimeLimitLooser,
    CatalogueTimeLimitUnspecified,
};
use crate::rules::checks::deadline::Deadline;
use crate::{Period, PeriodUnit};

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
        for rule in self.for_item(item) {
            let b = rule.legal_basis.to_string();
            if !bases.contains(&b) {
                bases.push(b);
            }
        }
        let time_limit = match self.publication_limit(item) {
            Some((_, p, a)) => format!("自{}起{}内", a.name_zh(), p),
            None => String::new(),
        };
        let mut channels: Vec<&str> = self
            .for_item(item)
            .filter_map(|r| match &r.check {
                Check::DesignatedChannel(d) => Some(&d.channels),
                _ => None,
            })
            .flatten()
            .map(|c| c.name_zh())
            .collect();
        channels.push("政府网站");
        channels.dedup();
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
        }
    }

    /// Checks a department's catalogue for the given domains against the baseline: items the
    /// catalogue forgets, rows with empty columns, and a 公开时限 looser than the law's.
    ///
    /// Findings' paths point into the catalogue as a JSON array (`/3/timeLimit`).
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
        let mut out = Vec::new();
        let matched: Vec<Option<ItemKind>> = rows.iter().map(match_item).collect();
        let basis_rule = self.get("GEN-97-CATALOGUE").cloned();
        for item in ItemKind::catalogue().filter(|i| domains.contains(&i.domain())) {
            if !matched.contains(&Some(item))
                && let Some(rule) = self.element_rule(item).or(basis_rule.as_ref())
            {
                out.push(Finding::new(
                    rule,
                    rule.severity.max(crate::Severity::Warning),
                    "".into(),
                    CatalogueItemMissing { item }.into(),
                ));
            }
        }
        for (i, (row, item)) in rows.iter().zip(&matched).enumerate() {
            let Some(rule) = item
                .and_then(|it| self.element_rule(it))
                .or(basis_rule.as_ref())
            else {
                continue;
            };
            for (col, value) in [
                ("level2", &row.level2),
                ("content", &row.content),
                ("basis", &row.basis),
                ("timeLimit", &row.time_limit),
                ("body", &row.body),
                ("channels", &row.channels),
                ("supervision", &row.supervision),
            ] {
                if value.trim().is_empty() {
                    out.push(Finding::new(
                        rule,
                        crate::Severity::Error,
                        format!("/{i}/{col}").into(),
                        CatalogueColumnMissing.into(),
                    ));
                }
            }
            let Some(item) = item else { continue };
            let Some((law_rule, law, _)) = self.publication_limit(*item) else {
                continue;
            };
            if row.time_limit.trim().is_empty() {
                continue;
            }
            match parse_time_limit(&row.time_limit) {
                Some(p) if !p.is_stricter_or_equal(&law) => out.push(Finding::new(
                    law_rule,
                    crate::Severity::Error,
                    format!("/{i}/timeLimit").into(),
                    CatalogueTimeLimitLooser { given: p, law }.into(),
                )),
                Some(_) => {}
                None => out.push(Finding::new(
                    law_rule,
                    crate::Severity::Warning,
                    format!("/{i}/timeLimit").into(),
                    CatalogueTimeLimitUnspecified { law }.into(),
                )),
            }
        }
        out
    }

    fn element_rule(&self, item: ItemKind) -> Option<&Arc<Rule>> {
        self.for_item(item)
            .find(|r| matches!(r.check, Check::RequiredElements(_)) && r.item == Some(item))
    }
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
/// "二十个工作日", "7日内", "1个月". `None` for "及时公开" and other texts without a number.
///
/// # Example
/// ```
/// use gongkai::{Period, PeriodUnit, rules::catalogue::parse_time_limit};
/// assert_eq!(parse_time_limit("形成之日起二十个工作日内"), Some(Period { n: 20, unit: PeriodUnit::Workday }));
/// assert_eq!(parse_time_limit("及时公开"), None);
/// ```
pub fn parse_time_limit(text: &str) -> Option<Period> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && numeral_value(chars[i]).is_some() {
            i += 1;
        }
        if i > start
            && let Some(n) = parse_number(&chars[start..i])
        {
            let rest: String = chars[i..].iter().take(4).collect();
            let rest = rest.trim_start_matches(['个', ' ']);
            let unit = if rest.starts_with("工作日") {
                Some(PeriodUnit::Workday)
            } else if rest.starts_with('日') || rest.starts_with('天') {
                Some(PeriodUnit::Day)
            } else if rest.starts_with('月') {
                Some(PeriodUnit::Month)
            } else if rest.starts_with("小时") {
                Some(PeriodUnit::Hour)
            } else {
                None
            };
            if let Some(unit) = unit {
                return Some(Period { n, unit });
            }
        }
        i = i.max(start + 1);
    }
    None
}

fn numeral_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        '零' | '〇' => Some(0),
        '一' => Some(1),
        '二' | '两' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        '十' => Some(10),
        '百' => Some(100),
        _ => None,
    }
}

/// Arabic digits, or Chinese numerals up to 九百九十九.
fn parse_number(cs: &[char]) -> Option<u32> {
    if cs
        .iter()
        .all(|c| c.is_ascii_digit() || ('０'..='９').contains(c))
    {
        return cs.iter().try_fold(0u32, |n, c| {
            n.checked_mul(10)?.checked_add(numeral_value(*c)?)
        });
    }
    let (mut total, mut digit) = (0u32, 0u32);
    for &c in cs {
        match numeral_value(c)? {
            10 | 100 => {
                let unit = numeral_value(c)?;
                total += digit.max(1) * unit;
                digit = 0;
            }
            d if d < 10 => digit = digit * 10 + d,
            _ => return None,
        }
    }
    Some(total + digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        let p = |s: &str| parse_time_limit(s).map(|p| p.n);
        assert_eq!(p("二十个工作日"), Some(20));
        assert_eq!(p("十五日内"), Some(15));
        assert_eq!(p("三十日"), Some(30));
        assert_eq!(p("两个月"), Some(2));
        assert_eq!(p("１０个工作日"), Some(10));
        assert_eq!(p("决定作出后7个工作日内"), Some(7));
        assert_eq!(p("2024年公开"), None);
    }
}
