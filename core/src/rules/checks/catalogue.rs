//! The findings of a 主动公开目录清单 (proactive disclosure catalogue) check: not a kind of rule
//! row, but the same codes, details and messages as one. The check itself is
//! [`RuleSet::check_catalogue`](crate::RuleSet::check_catalogue).

use super::kit::{FindingDetail, fixed_finding};
use crate::Lang;
use crate::model::item::ItemKind;
use crate::period::Period;

/// A catalogue lacks a row for an item the law requires.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueItemMissing {
    /// The item without a row.
    pub item: ItemKind,
}

impl FindingDetail for CatalogueItemMissing {
    const CODE: &'static str = "catalogue.item_missing";
    const ABOUT: &'static str = "a catalogue without a row for a required item";
    fn message(&self, lang: Lang) -> String {
        let name = self.item.name(lang);
        match lang {
            Lang::ZhCn => format!("目录清单缺少「{name}」事项"),
            Lang::En => format!("the catalogue has no row for \"{name}\""),
        }
    }
}

fixed_finding!(
    /// A catalogue row leaves a column empty.
    CatalogueColumnMissing = "catalogue.column_missing",
    about "a catalogue row with an empty column",
    zh "目录清单该栏为空",
    en "this catalogue column is empty",
);

/// A catalogue row's 公开时限 (time limit) is looser than the law's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueTimeLimitLooser {
    /// The period the row gives.
    pub given: Period,
    /// The law's period.
    pub law: Period,
}

impl FindingDetail for CatalogueTimeLimitLooser {
    const CODE: &'static str = "catalogue.time_limit_looser";
    const ABOUT: &'static str = "a catalogue time limit looser than the law's";
    fn message(&self, lang: Lang) -> String {
        let CatalogueTimeLimitLooser { given, law } = self;
        match lang {
            Lang::ZhCn => format!("公开时限「{given}」宽于法定时限「{law}」"),
            Lang::En => format!(
                "the time limit {} {} is looser than the law's {} {}",
                given.n,
                given.unit.name_en(),
                law.n,
                law.unit.name_en()
            ),
        }
    }
}

/// A catalogue row's 公开时限 gives no period ("及时") where the law sets one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueTimeLimitUnspecified {
    /// The law's period.
    pub law: Period,
}

impl FindingDetail for CatalogueTimeLimitUnspecified {
    const CODE: &'static str = "catalogue.time_limit_unspecified";
    const ABOUT: &'static str = "a catalogue time limit without a period";
    fn message(&self, lang: Lang) -> String {
        let law = self.law;
        match lang {
            Lang::ZhCn => format!("公开时限未写明期限，法定时限为「{law}」"),
            Lang::En => format!(
                "the time limit states no period; the law's is {} {}",
                law.n,
                law.unit.name_en()
            ),
        }
    }
}
