//! The rule table: rules as data, with their legal basis and the dates they are in force.
//!
//! The national table is `core/rules/national.json`, embedded at build time. Each row is a
//! [`Rule`]: an id, the domain and item it applies to, a [`Check`], a severity, a summary in both
//! languages, its [`LegalBasis`](crate::LegalBasis) and the dates it is in force. A record is judged by the rules in
//! force on its event date (`changedOn`, else `formedOn`). A province or a city layers its own
//! rows over the table at run time with [`RuleSet::layer`]: a row with a known id replaces that
//! rule, a new id adds one, and `"enabled": false` switches one off.
//!
//! A rule may apply only when its [`Condition`] holds: an element's text, or the record's
//! allocation method ([`Method`](crate::Method): the rules of 87号令 are the law of 公开招标
//! and 邀请招标 only). A record that does not state the fact a condition needs is not judged by
//! that rule, and the report says so (`rule.not_judged`, severity info).
//!
//! Each kind of check is one file of [`checks`], evaluated by the same loop: a new kind is a new
//! file and one line, not a special case in the engine.

#[cfg(feature = "catalogue")]
pub mod catalogue;
pub mod checks;
pub(crate) mod rule;

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::Error;
use crate::finding::Finding;
use crate::model::item::ItemKind;
use crate::model::record::DisclosureRecord;

pub use checks::deadline::{DeadlineDetail, Direction};
pub use checks::obligation::ObligationDue;
pub use checks::required_elements::ExtraElement;
pub use checks::{Check, Detail, FindingCode};
pub(crate) use checks::{Cx, Env};
pub use rule::{Applies, Condition, Rule, Text};

/// The national rule table, as shipped: `core/rules/national.json` without its indentation
/// (`core/build.rs`).
#[cfg(feature = "summaries")]
pub const NATIONAL_TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/national.json"));

/// The national rule table, as shipped: `core/rules/national.json` without its indentation, and
/// without the rules' summaries (the `summaries` feature is off; `core/build.rs`).
#[cfg(not(feature = "summaries"))]
pub const NATIONAL_TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/national-lean.json"));

/// A rule table: the national rows plus any local layers, indexed by item.
#[derive(Debug, Clone)]
pub struct RuleSet {
    rules: Vec<Arc<Rule>>,
    /// Per item, its enabled rules in table order.
    by_item: Vec<Vec<Slot>>,
    /// Per item, whether any of its rules supersedes another: most do not, and then judging a
    /// record needs no first pass.
    superseding: Vec<bool>,
    /// Per item, the content keys its local `requiredElements` rules add.
    local_keys: Vec<Vec<String>>,
}

impl RuleSet {
    /// Per item, the content keys its local `requiredElements` rules add (`extra`), indexed by
    /// item: what the notice reader reads besides the item's elements.
    #[cfg(feature = "notice")]
    pub(crate) fn local_keys(&self) -> &[Vec<String>] {
        &self.local_keys
    }

    /// The national table shipped with the library.
    ///
    /// # Example
    /// ```
    /// let rules = gongkai::RuleSet::national();
    /// assert!(rules.get("GI-26").is_some());
    /// ```
    pub fn national() -> RuleSet {
        RuleSet::from_json(NATIONAL_TABLE).expect("the national rule table is valid (tested)")
    }

    /// A table from JSON: `{"rules": [ ... ]}`.
    ///
    /// # Errors
    /// [`Error::Parse`] for malformed JSON, [`Error::RuleTable`] for an invalid or duplicate row.
    pub fn from_json(json: &str) -> Result<RuleSet, Error> {
        let table: Table = crate::parse::from_json(json)?;
        let mut set = RuleSet {
            rules: Vec::with_capacity(table.rules.len()),
            by_item: Vec::new(),
            superseding: Vec::new(),
            local_keys: Vec::new(),
        };
        for rule in table.rules {
            rule.validate()?;
            if set.get(&rule.id).is_some() {
                return Err(Error::RuleTable {
                    rule_id: rule.id,
                    reason: "duplicate id".into(),
                });
            }
            set.rules.push(Arc::new(rule));
        }
        set.reindex();
        Ok(set)
    }

    /// This table with a local layer on top: a row with a known id replaces the rule, a new id
    /// is added, and `"enabled": false` switches a rule off.
    ///
    /// # Example
    /// ```
    /// // A city requires its procurement results to carry a supervision hotline too.
    /// let local = r#"{"rules":[{"id":"QY-GP-HOTLINE","domain":"governmentProcurement",
    ///   "item":"procurementResult","check":{"kind":"requiredElements",
    ///   "extra":[{"key":"supervisionHotline","zh":"监督电话","en":"supervision hotline"}]},
    ///   "severity":"warning","summary":{"zh":"须载明监督电话","en":"state the hotline"},
    ///   "legalBasis":{"document":"清远市公共资源交易监督办法","verification":"R"}}]}"#;
    /// let rules = gongkai::RuleSet::national().layer(local)?;
    /// assert!(rules.get("QY-GP-HOTLINE").is_some());
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`RuleSet::from_json`]; a layer may not hold the same id twice.
    pub fn layer(mut self, json: &str) -> Result<RuleSet, Error> {
        let layer = RuleSet::from_json(json)?;
        for rule in layer.rules {
            match self.rules.iter_mut().find(|r| r.id == rule.id) {
                Some(slot) => *slot = rule,
                None => self.rules.push(rule),
            }
        }
        self.reindex();
        Ok(self)
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Arc<Rule>> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Every rule, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<Rule>> {
        self.rules.iter()
    }

    /// The enabled rules that apply to an item, in table order.
    pub fn for_item(&self, item: ItemKind) -> impl Iterator<Item = &Arc<Rule>> {
        self.by_item[item as usize].iter().map(|slot| &slot.rule)
    }

    /// The table as JSON, in the format [`RuleSet::from_json`] reads.
    pub fn to_json(&self) -> String {
        let rules: Vec<&Rule> = self.rules.iter().map(|r| r.as_ref()).collect();
        serde_json::to_string_pretty(&serde_json::json!({ "rules": rules }))
            .expect("a rule table always serialises")
    }

    fn reindex(&mut self) {
        self.by_item = ItemKind::all()
            .map(|item| {
                self.rules
                    .iter()
                    .filter(|r| r.applies_to(item))
                    .map(|r| Slot {
                        effective_from: r.effective_from.unwrap_or(NaiveDate::MIN),
                        effective_to: r.effective_to.unwrap_or(NaiveDate::MAX),
                        conditional: r.when.is_some(),
                        rule: Arc::clone(r),
                    })
                    .collect()
            })
            .collect();
        self.superseding = self
            .by_item
            .iter()
            .map(|slots| slots.iter().any(|s| !s.rule.supersedes.is_empty()))
            .collect();
        self.local_keys = self
            .by_item
            .iter()
            .map(|slots| {
                let extras = slots.iter().filter_map(|s| match &s.rule.check {
                    Check::RequiredElements(r) => Some(&r.extra),
                    _ => None,
                });
                extras.flatten().map(|e| e.key.clone()).collect()
            })
            .collect();
    }

    pub(crate) fn judge(&self, record: &DisclosureRecord, env: &Env<'_>, out: &mut Vec<Finding>) {
        let span = rule::span(record);
        let in_force =
            |slot: &Slot| rule::in_force_during(slot.effective_from, slot.effective_to, span);
        // A rule is superseded only by one that governs this record (in force, and its anchor
        // given or said to be unknown); otherwise the general rule still applies.
        let item = record.item as usize;
        let slots = &self.by_item[item];
        let cx = Cx {
            record,
            env,
            local_keys: &self.local_keys[item],
        };
        let mut superseded: Vec<&str> = Vec::new();
        // Replaced by a rule that may or may not be in force on the record's date (a date known
        // to the month, around the day the special rule took effect): which law applies is
        // itself not stated, so neither rule judges.
        let mut maybe_superseded: Vec<(&str, Applies)> = Vec::new();
        if self.superseding[record.item as usize] {
            for slot in slots {
                let rule = &slot.rule;
                if rule.supersedes.is_empty()
                    || !rule.condition_holds(record)
                    || !rule.governs(record)
                {
                    continue;
                }
                match in_force(slot) {
                    Applies::Yes => superseded.extend(rule.supersedes.iter().map(String::as_str)),
                    Applies::No => {}
                    unknown => maybe_superseded.extend(
                        rule.supersedes
                            .iter()
                            .map(|id| (id.as_str(), unknown.clone())),
                    ),
                }
            }
        }
        for slot in slots {
            let rule = &slot.rule;
            if superseded.contains(&rule.id.as_str()) {
                continue;
            }
            let in_force = in_force(slot);
            if in_force == Applies::No {
                continue;
            }
            let applies = match slot.conditional {
                true => rule.applies(record),
                false => Applies::Yes,
            };
            let unknown = maybe_superseded.iter().find(|(id, _)| *id == rule.id);
            let applies = match (applies, in_force, unknown) {
                (Applies::No, ..) => Applies::No,
                (_, Applies::NotStated(when), _) => Applies::NotStated(when),
                (Applies::Yes, _, Some((_, why))) => why.clone(),
                (applies, ..) => applies,
            };
            match applies {
                Applies::Yes => {
                    rule.check
                        .judge(cx, rule.severity, |severity, path, detail| {
                            out.push(Finding::new(rule, severity, path, detail));
                        });
                }
                // Said, not guessed: the record is neither passed nor failed by this rule. Only
                // where the record gives, or says it cannot give, the rest of what the rule
                // needs: a rule with nothing to judge stays silent, as it does for a record of
                // any method.
                Applies::NotStated(fact) if rule.governs(record) => {
                    let detail = checks::not_judged::NotJudged::at(fact.clone(), record);
                    out.push(Finding::new(
                        rule,
                        crate::severity::Severity::Info,
                        fact,
                        detail.into(),
                    ));
                }
                Applies::No | Applies::NotStated(_) => {}
            }
        }
    }
}

/// What judging a record reads of a rule before evaluating it, copied next to the rule's
/// pointer: an item's rules are then a few adjacent cache lines, not a scattered `Rule` each
/// (the loop over them was bound by those loads rather than by its instructions).
#[derive(Debug, Clone)]
struct Slot {
    rule: Arc<Rule>,
    /// `effective_from`, or the first date there is.
    effective_from: NaiveDate,
    /// `effective_to`, or the last date there is.
    effective_to: NaiveDate,
    /// The rule has a `when` condition.
    conditional: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    rules: Vec<Rule>,
}
