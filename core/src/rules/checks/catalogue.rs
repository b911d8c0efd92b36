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

/// A catalogue row matches no item of the domains checked. Its columns and time limit are
/// still checked (against 政府信息公开条例 Art 26).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueRowUnmatched {
    /// The row's name as printed (三级, else 二级事项).
    pub name: String,
}

impl FindingDetail for CatalogueRowUnmatched {
    const CODE: &'static str = "catalogue.row_unmatched";
    const ABOUT: &'static str = "a catalogue row that matches no item of the domains checked";
    fn message(&self, lang: Lang) -> String {
        let name = &self.name;
        match lang {
            Lang::ZhCn => format!(
                "「{name}」不对应所查领域的任何公开事项（已按一般时限和栏目检查；如为本地事项，可在规则数据中登记其名称）"
            ),
            Lang::En => format!(
                "\"{name}\" matches no item of the domains checked (its columns and time limit were checked against the general rule; a local item's name can be added to the rule data)"
            ),
        }
    }
}

/// A column a catalogue must fill (97号 二) is absent: empty in every row and not stated once
/// in the header. Reported once, not once per row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueColumnAbsent {
    /// The column's name, as catalogues head it (`公开主体`).
    pub column: &'static str,
}

impl FindingDetail for CatalogueColumnAbsent {
    const CODE: &'static str = "catalogue.column_absent";
    const ABOUT: &'static str = "a catalogue column empty in every row and not in the header";
    fn message(&self, lang: Lang) -> String {
        let c = self.column;
        match lang {
            Lang::ZhCn => format!("目录清单未载明「{c}」（各行均为空，表头也未统一说明）"),
            Lang::En => format!(
                "the catalogue states no {c}: empty in every row and not stated in its header"
            ),
        }
    }
}

fixed_finding!(
    /// The catalogue states no 监督渠道, neither once in its header nor in a row (97号 二).
    CatalogueSupervisionMissing = "catalogue.supervision_missing",
    about "a catalogue without a supervision channel (监督渠道)",
    zh "目录清单未载明监督渠道（表头或各行均未说明）",
    en "the catalogue states no supervision channel (监督渠道), in its header or in any row",
);

/// A row's 公开时限 says nothing the reader can take as a time limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueTimeLimitUnreadable {
    /// The text as printed.
    pub text: String,
}

impl FindingDetail for CatalogueTimeLimitUnreadable {
    const CODE: &'static str = "catalogue.time_limit_unreadable";
    const ABOUT: &'static str = "a catalogue time limit whose wording cannot be read";
    fn message(&self, lang: Lang) -> String {
        let t = &self.text;
        match lang {
            Lang::ZhCn => format!("公开时限「{t}」无法识别为期限、日期或随事件公开"),
            Lang::En => {
                format!("the time limit \"{t}\" reads as no period, date or event-tied publication")
            }
        }
    }
}

/// A row's 公开时限 states only how long the information stays public (公示期不少于…), not when
/// it is published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueTimeLimitMinimumDuration {
    /// The minimum duration the row states.
    pub given: Period,
    /// The law's time limit for publishing.
    pub law: Period,
}

impl FindingDetail for CatalogueTimeLimitMinimumDuration {
    const CODE: &'static str = "catalogue.time_limit_minimum_duration";
    const ABOUT: &'static str = "a catalogue time limit that is a minimum duration, not a deadline";
    fn message(&self, lang: Lang) -> String {
        let CatalogueTimeLimitMinimumDuration { given, law } = self;
        match lang {
            Lang::ZhCn => format!(
                "公开时限「不少于{given}」是公开（公示）持续的期间，不是公开的期限；公开期限为「{law}」"
            ),
            Lang::En => format!(
                "\"at least {} {}\" is how long it stays published, not by when it is published; the time limit is {} {}",
                given.n,
                given.unit.name_en(),
                law.n,
                law.unit.name_en()
            ),
        }
    }
}

/// A row's 公开时限 is a lead time before another event (提前…不少于30日), not a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueTimeLimitLeadTime {
    /// The lead time the row states.
    pub given: Period,
}

impl FindingDetail for CatalogueTimeLimitLeadTime {
    const CODE: &'static str = "catalogue.time_limit_lead_time";
    const ABOUT: &'static str = "a catalogue time limit that is a lead time before another event";
    fn message(&self, lang: Lang) -> String {
        let given = self.given;
        match lang {
            Lang::ZhCn => {
                format!("公开时限是在另一事项之前至少{given}的提前量，不是自形成之日起的期限")
            }
            Lang::En => format!(
                "the time limit is a lead time of at least {} {} before another event, not a period from formation",
                given.n,
                given.unit.name_en()
            ),
        }
    }
}

/// A row gives a calendar due date (每年1月31日前, 每季度…) where the law sets a period from the
/// information's formation: the two cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueTimeLimitNotComparable {
    /// The text as printed.
    pub text: String,
    /// The law's period.
    pub law: Period,
}

impl FindingDetail for CatalogueTimeLimitNotComparable {
    const CODE: &'static str = "catalogue.time_limit_not_comparable";
    const ABOUT: &'static str =
        "a catalogue due date that cannot be compared with the law's period";
    fn message(&self, lang: Lang) -> String {
        let CatalogueTimeLimitNotComparable { text, law } = self;
        match lang {
            Lang::ZhCn => format!("公开时限「{text}」是固定日期，无法与法定时限「{law}」比较"),
            Lang::En => format!(
                "\"{text}\" is a calendar date, which cannot be compared with the law's {} {}",
                law.n,
                law.unit.name_en()
            ),
        }
    }
}

/// A row's minimum publicity period is shorter than the law's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CatalogueDurationShorter {
    /// The row's minimum.
    pub given: Period,
    /// The law's minimum.
    pub law: Period,
}

impl FindingDetail for CatalogueDurationShorter {
    const CODE: &'static str = "catalogue.duration_shorter";
    const ABOUT: &'static str = "a catalogue publicity period shorter than the law's minimum";
    fn message(&self, lang: Lang) -> String {
        let CatalogueDurationShorter { given, law } = self;
        match lang {
            Lang::ZhCn => format!("公示期「不少于{given}」短于法定的「不少于{law}」"),
            Lang::En => format!(
                "a publicity period of at least {} {} is shorter than the law's {} {}",
                given.n,
                given.unit.name_en(),
                law.n,
                law.unit.name_en()
            ),
        }
    }
}

fixed_finding!(
    /// A channel column prints its options with boxes, none of them ticked.
    CatalogueChannelsUnticked = "catalogue.channels_unticked",
    about "a catalogue channel column whose boxes are all unticked",
    zh "公开渠道栏列出的选项均未勾选，未说明通过何种渠道公开",
    en "the channel column lists its options but ticks none of them",
);

/// A row does not list the medium the law designates for its item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueMediumMissing {
    /// The medium, by the name the rule gives first.
    pub medium: String,
}

impl FindingDetail for CatalogueMediumMissing {
    const CODE: &'static str = "catalogue.medium_missing";
    const ABOUT: &'static str = "a catalogue row without the medium the law designates";
    fn message(&self, lang: Lang) -> String {
        let m = &self.medium;
        match lang {
            Lang::ZhCn => format!("公开渠道未包含法定指定媒介「{m}」（或未勾选）"),
            Lang::En => {
                format!("the channels do not include (or do not tick) the designated medium {m}")
            }
        }
    }
}

/// The rows for an item do not name some of its required content elements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueContentMissing {
    /// The item.
    pub item: ItemKind,
    /// The required elements not found, by their Chinese names.
    pub elements: Vec<&'static str>,
}

impl FindingDetail for CatalogueContentMissing {
    const CODE: &'static str = "catalogue.content_missing";
    const ABOUT: &'static str = "a catalogue item whose 公开内容 lacks required elements";
    fn message(&self, lang: Lang) -> String {
        let name = self.item.name(lang);
        let list = self.elements.join("、");
        match lang {
            Lang::ZhCn => format!("「{name}」的公开内容未列出：{list}"),
            Lang::En => format!("the content of \"{name}\" does not list: {list}"),
        }
    }
}
