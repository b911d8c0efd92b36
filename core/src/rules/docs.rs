//! `docs/rules.md`, generated from the rule table (a test keeps the committed file in step).

use std::fmt::Write;

use super::{Check, Direction, RuleSet};
use crate::FindingCode;

impl Check {
    /// The finding codes this kind of check can produce.
    pub fn codes(&self) -> &'static [FindingCode] {
        use FindingCode as C;
        match self {
            Check::RequiredElements { .. } => &[C::ElementMissing],
            Check::KnownElements => &[C::ElementUnknown],
            Check::ItemInDomain => &[C::ItemDomainMismatch],
            Check::ExemptionComplete => &[
                C::ExemptionCategoryMissing,
                C::ExemptionBasisMissing,
                C::ExemptionElementsMissing,
            ],
            Check::PrivacySeverable => &[C::ExemptionPrivacyWholeRecord],
            Check::ChannelPresent => &[C::ChannelMissing],
            Check::DesignatedChannel { .. } => &[C::ChannelDesignatedMissing],
            Check::PublishedAfterFormed => &[C::PublishedBeforeFormed],
            Check::AwardAfterBidDeadline => &[C::AwardBeforeBidDeadline],
            Check::ContractWithinBudget => &[C::ContractExceedsBudget],
            Check::NoPersonalData => &[C::IdNumberExposed, C::MobileExposed],
            Check::StatusCoherent => &[C::PublishedWithoutDate, C::UnpublishedWithDate],
            Check::Deadline {
                direction: Direction::Within,
                ..
            } => &[
                C::DeadlineMissed,
                C::DeadlineOverdue,
                C::DeadlineNear,
                C::DeadlineNotComputable,
            ],
            Check::Deadline {
                direction: Direction::AtLeast,
                ..
            } => &[C::DeadlineTooShort, C::DeadlineNotComputable],
            Check::BarredParty => &[C::BarredParty, C::PossibleMatch],
            Check::ValidIdentifiers => &[C::CreditCodeInvalid, C::IdNumberInvalid],
            Check::Obligation { .. } => &[],
        }
    }

    fn kind(&self) -> String {
        match self {
            Check::Deadline {
                direction,
                period,
                anchor,
                target,
            } => {
                let dir = match direction {
                    Direction::Within => "within",
                    Direction::AtLeast => "at least",
                };
                let a = serde_json::to_value(anchor).unwrap_or_default();
                let t = serde_json::to_value(target).unwrap_or_default();
                format!(
                    "deadline: {} {dir} {} {} of {}",
                    t.as_str().unwrap_or(""),
                    period.n,
                    period.unit.name_en(),
                    a.as_str().unwrap_or("")
                )
            }
            Check::Obligation {
                due: super::ObligationDue::AfterNotice(p),
            } => format!(
                "obligation: within {} {} of the notice",
                p.n,
                p.unit.name_en()
            ),
            Check::Obligation {
                due: super::ObligationDue::Annually { month, day },
            } => format!("obligation: every year by {month:02}-{day:02}"),
            other => serde_json::to_value(other)
                .ok()
                .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_owned))
                .unwrap_or_default(),
        }
    }
}

/// The rule list as Markdown: every rule with its codes and legal basis.
pub fn rules_markdown(rules: &RuleSet) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "# gongkai rules\n\n\
         Generated from `core/rules/national.json` by `gongkai::rules::docs::rules_markdown`; \
         the test `docs_rules_md_matches_the_table` fails when this file is out of date \
         (regenerate with `GONGKAI_BLESS=1 cargo test -p gongkai --test integration docs_rules_md`).\n\n\
         Verification tags (REFERENCE.md §0): V-text read in the law's text; V-quote read as quoted; \
         V-seed in the seed notice; V-2nd from a secondary source; R recalled, not verified.\n"
    );
    let _ = writeln!(
        s,
        "| id | domain | item | check | finding codes | severity | legal basis | verification | in force |"
    );
    let _ = writeln!(s, "|---|---|---|---|---|---|---|---|---|");
    for r in rules.iter() {
        let codes: Vec<_> = r
            .check
            .codes()
            .iter()
            .map(|c| format!("`{}`", c.as_str()))
            .collect();
        let force = match (r.effective_from, r.effective_to) {
            (None, None) => "always".to_owned(),
            (Some(f), None) => format!("from {f}"),
            (None, Some(t)) => format!("until {t}"),
            (Some(f), Some(t)) => format!("{f} – {t}"),
        };
        let _ = writeln!(
            s,
            "| `{}` | {} | {} | {} | {} | {} | 《{}》{} | {} | {} |",
            r.id,
            r.domain.map_or("all", |d| d.as_str()),
            r.item.map_or("all", |i| i.as_str()),
            match &r.when {
                Some(c) => format!(
                    "{} (when `{}` contains {})",
                    r.check.kind(),
                    c.element,
                    c.contains
                ),
                None => r.check.kind(),
            },
            codes.join(" "),
            r.severity.as_str(),
            r.legal_basis.document,
            r.legal_basis.article.as_deref().unwrap_or(""),
            r.legal_basis.verification.as_str(),
            force,
        );
    }
    let _ = writeln!(s, "\n## Finding codes\n\n| code | meaning |\n|---|---|");
    for c in FindingCode::ALL {
        let _ = writeln!(s, "| `{}` | {} |", c.as_str(), describe(*c));
    }
    s
}

fn describe(c: FindingCode) -> &'static str {
    use FindingCode as C;
    match c {
        C::ElementMissing => "a required content element is missing or blank",
        C::ElementUnknown => "a content key the item does not define",
        C::ItemDomainMismatch => "the item belongs to another domain",
        C::ExemptionCategoryMissing => "an exemption without its ground",
        C::ExemptionBasisMissing => "an exemption without its legal basis",
        C::ExemptionElementsMissing => "a partial exemption that lists nothing withheld",
        C::ExemptionPrivacyWholeRecord => {
            "a whole record withheld for privacy that could be masked"
        }
        C::ChannelMissing => "no publication channel",
        C::ChannelDesignatedMissing => "not in the designated medium",
        C::PublishedBeforeFormed => "published before it was formed",
        C::AwardBeforeBidDeadline => "winner determined before the bid deadline",
        C::ContractExceedsBudget => "amount above the budget or maximum price",
        C::IdNumberExposed => "an unmasked resident ID number in public text",
        C::MobileExposed => "an unmasked mobile number in public text",
        C::PublishedWithoutDate => "published without a publication date",
        C::UnpublishedWithDate => "a draft or pending record with a publication date",
        C::DeadlineMissed => "published after the due date",
        C::DeadlineOverdue => "still unpublished after the due date",
        C::DeadlineNear => "still unpublished and the due date is near",
        C::DeadlineTooShort => "a minimum period cut short",
        C::DeadlineNotComputable => "a time limit in a year the calendar does not cover",
        C::CatalogueItemMissing => "a catalogue without a row for a required item",
        C::CatalogueColumnMissing => "a catalogue row with an empty column",
        C::CatalogueTimeLimitLooser => "a catalogue time limit looser than the law's",
        C::CatalogueTimeLimitUnspecified => "a catalogue time limit without a period",
        C::PlanSectionMissing => "a work plan without a section of the template",
        C::PlanColumnMissing => "a work plan task with an empty column",
        C::PlanTimeLimitLooser => "a work plan time limit looser than the law's",
        C::PlanTimeLimitUnspecified => "a work plan time limit without a period",
        C::PlanClassMissing => "a work plan that forgets an information class",
        C::PlanBlacklistTaskMissing => "a work plan without the blacklist task",
        C::BarredParty => {
            "a party barred by a blacklist entry (matched by identifier) on the record's date"
        }
        C::PossibleMatch => "a party whose name alone matches a barring blacklist entry: to check",
        C::CreditCodeInvalid => "a unified social credit code that does not validate",
        C::IdNumberInvalid => "a resident ID number that does not validate",
    }
}
