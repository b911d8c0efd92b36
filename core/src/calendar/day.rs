//! What a day is: its kind, the festival it belongs to, and the notices behind them.

use chrono::NaiveDate;
use serde::Serialize;

/// What kind of day a date is, in the sense of the official holiday schedule.
///
/// Only [`Workday`](Self::Workday) and [`MakeupWorkday`](Self::MakeupWorkday) are working days
/// (工作日); every other kind is a rest day (法定休假日 in the sense of 民法典 Art 203).
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gongkai::calendar::{Calendar, DayKind};
///
/// let cal = Calendar::official();
/// let d = NaiveDate::from_ymd_opt(2024, 9, 29).unwrap(); // a Sunday worked for National Day
/// assert_eq!(cal.day_kind(d)?, DayKind::MakeupWorkday);
/// assert!(DayKind::MakeupWorkday.is_workday());
/// # Ok::<(), gongkai::calendar::CalendarError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DayKind {
    /// An ordinary Monday to Friday.
    Workday,
    /// An ordinary Saturday or Sunday.
    Weekend,
    /// A weekday that is a statutory holiday day (法定节假日) under 全国年节及纪念日放假办法, or the
    /// weekday given in place of one that fell on a Saturday or Sunday (补假). The notices do not
    /// say which weekday of a block is the 补假 and which the in-lieu day; the official data takes
    /// the first weekdays after the statutory days as 补假.
    StatutoryHoliday,
    /// A weekday off in exchange for a make-up working day (调休放假).
    InLieuRest,
    /// A Saturday or Sunday inside an official holiday block.
    WeekendInBlock,
    /// A weekday added to a holiday by an extraordinary notice, such as the 2020 COVID-19
    /// extension of the Spring Festival (国务院办公厅关于延长2020年春节假期的通知).
    ExtendedHoliday,
    /// A weekday off in an official holiday block, from a source that does not say whether it is
    /// a statutory day or an in-lieu day (the shared text format, holiday-cn JSON).
    UnclassifiedHoliday,
    /// A Saturday or Sunday worked in exchange for a weekday off (调休上班). It counts as a working
    /// day (国资发产权〔2009〕120号 Art 18: 以政府相关部门公告的实际工作日为准).
    MakeupWorkday,
    /// An extra day off declared by a locality, layered on the national schedule.
    LocalDayOff,
}

impl DayKind {
    /// Whether the day is a working day (工作日).
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::DayKind;
    ///
    /// assert!(DayKind::Workday.is_workday());
    /// assert!(!DayKind::WeekendInBlock.is_workday());
    /// ```
    pub const fn is_workday(self) -> bool {
        matches!(self, Self::Workday | Self::MakeupWorkday)
    }

    /// Whether the day is a holiday of the national schedule (any kind of day off in a block).
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::DayKind;
    ///
    /// assert!(DayKind::InLieuRest.is_national_holiday());
    /// assert!(!DayKind::Weekend.is_national_holiday());
    /// ```
    pub const fn is_national_holiday(self) -> bool {
        matches!(
            self,
            Self::StatutoryHoliday
                | Self::InLieuRest
                | Self::WeekendInBlock
                | Self::ExtendedHoliday
                | Self::UnclassifiedHoliday
        )
    }

    /// A short Chinese label, for explanations.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::DayKind;
    ///
    /// assert_eq!(DayKind::MakeupWorkday.label_zh(), "调休上班");
    /// ```
    pub const fn label_zh(self) -> &'static str {
        match self {
            Self::Workday => "工作日",
            Self::Weekend => "周末",
            Self::StatutoryHoliday => "法定节假日",
            Self::InLieuRest => "调休放假",
            Self::WeekendInBlock => "假期中的周末",
            Self::ExtendedHoliday => "延长假期",
            Self::UnclassifiedHoliday => "节假日",
            Self::MakeupWorkday => "调休上班",
            Self::LocalDayOff => "地方放假",
        }
    }

    /// A short English label, for explanations.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::DayKind;
    ///
    /// assert_eq!(DayKind::InLieuRest.label_en(), "in-lieu rest day");
    /// ```
    pub const fn label_en(self) -> &'static str {
        match self {
            Self::Workday => "working day",
            Self::Weekend => "weekend",
            Self::StatutoryHoliday => "statutory holiday",
            Self::InLieuRest => "in-lieu rest day",
            Self::WeekendInBlock => "weekend within a holiday",
            Self::ExtendedHoliday => "extended holiday",
            Self::UnclassifiedHoliday => "holiday",
            Self::MakeupWorkday => "make-up working day",
            Self::LocalDayOff => "local day off",
        }
    }

    /// The holiday kinds that the text format spells out, with their tokens.
    pub(crate) const HOLIDAY_TOKENS: [(Self, &'static str); 4] = [
        (Self::StatutoryHoliday, "statutory_day"),
        (Self::InLieuRest, "in_lieu"),
        (Self::WeekendInBlock, "weekend_in_block"),
        (Self::ExtendedHoliday, "extension"),
    ];

    /// Whether a day of this kind falls on a Saturday or Sunday (otherwise on a weekday).
    pub(crate) const fn falls_on_weekend(self) -> bool {
        matches!(
            self,
            Self::Weekend | Self::WeekendInBlock | Self::MakeupWorkday
        )
    }
}

/// The seven festivals on which all citizens have a holiday (全国年节及纪念日放假办法).
///
/// Holidays for part of the population (妇女节, 青年节, 儿童节, 建军节) do not change the
/// working-day count and are not modelled.
///
/// # Example
///
/// ```
/// use gongkai::calendar::Festival;
///
/// assert_eq!(Festival::from_name("清明"), Some(Festival::TombSweeping));
/// assert_eq!(Festival::TombSweeping.name_zh(), "清明节");
/// assert_eq!(Festival::TombSweeping.name_en(), "Tomb-sweeping Day");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Festival {
    /// 元旦, 1 January.
    NewYear,
    /// 春节, the lunar new year.
    SpringFestival,
    /// 清明节.
    TombSweeping,
    /// 劳动节, 1 May.
    LabourDay,
    /// 端午节.
    DragonBoat,
    /// 中秋节.
    MidAutumn,
    /// 国庆节, 1 October.
    NationalDay,
}

impl Festival {
    /// All seven festivals, in calendar order.
    pub const ALL: [Self; 7] = [
        Self::NewYear,
        Self::SpringFestival,
        Self::TombSweeping,
        Self::LabourDay,
        Self::DragonBoat,
        Self::MidAutumn,
        Self::NationalDay,
    ];

    /// The festivals every complete year must name. 中秋节 is left out because it sometimes falls
    /// inside the National Day block and is then announced under one heading (2020: 国庆节、中秋节).
    pub(crate) const REQUIRED: [Self; 6] = [
        Self::NewYear,
        Self::SpringFestival,
        Self::TombSweeping,
        Self::LabourDay,
        Self::DragonBoat,
        Self::NationalDay,
    ];

    /// The Chinese name used in the State Council notices.
    pub const fn name_zh(self) -> &'static str {
        match self {
            Self::NewYear => "元旦",
            Self::SpringFestival => "春节",
            Self::TombSweeping => "清明节",
            Self::LabourDay => "劳动节",
            Self::DragonBoat => "端午节",
            Self::MidAutumn => "中秋节",
            Self::NationalDay => "国庆节",
        }
    }

    /// The English name used in the data files.
    pub const fn name_en(self) -> &'static str {
        match self {
            Self::NewYear => "New Year's Day",
            Self::SpringFestival => "Spring Festival",
            Self::TombSweeping => "Tomb-sweeping Day",
            Self::LabourDay => "Labour Day",
            Self::DragonBoat => "Dragon Boat Festival",
            Self::MidAutumn => "Mid-autumn Festival",
            Self::NationalDay => "National Day",
        }
    }

    /// Recognises a festival by its English name (any ASCII case) or its Chinese name, with or
    /// without the final 节 (清明, 端午, 中秋, 国庆; 新年 for 元旦).
    ///
    /// A combined heading of 中秋节 and 国庆节 (`国庆节、中秋节`, as in holiday-cn data) names
    /// the National Day block. Any other combination, or an unknown name, gives `None`.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::Festival;
    ///
    /// assert_eq!(Festival::from_name("labour day"), Some(Festival::LabourDay));
    /// assert_eq!(Festival::from_name("中秋节、国庆节"), Some(Festival::NationalDay));
    /// assert_eq!(Festival::from_name("圣诞节"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Self> {
        let name = name.trim();
        if name.contains('、') {
            let mut parts: Vec<Self> = name
                .split('、')
                .map(Self::from_name)
                .collect::<Option<_>>()?;
            parts.sort_unstable();
            parts.dedup();
            return (parts == [Self::MidAutumn, Self::NationalDay]).then_some(Self::NationalDay);
        }
        const ALIASES: [(&str, Festival); 5] = [
            ("新年", Festival::NewYear),
            ("清明", Festival::TombSweeping),
            ("端午", Festival::DragonBoat),
            ("中秋", Festival::MidAutumn),
            ("国庆", Festival::NationalDay),
        ];
        Self::ALL
            .into_iter()
            .find(|f| f.name_en().eq_ignore_ascii_case(name) || f.name_zh() == name)
            .or_else(|| {
                ALIASES
                    .iter()
                    .find(|(alias, _)| *alias == name)
                    .map(|&(_, f)| f)
            })
    }
}

/// A date that differs from the ordinary Monday-to-Friday week: a day off in an official
/// holiday block, a make-up working day, or a local day off.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gongkai::calendar::{Calendar, DayKind, Festival};
///
/// let cal = Calendar::official();
/// let day = cal.special_day(NaiveDate::from_ymd_opt(2024, 10, 1).unwrap())?.unwrap();
/// assert_eq!(day.kind, DayKind::StatutoryHoliday);
/// assert_eq!(day.festival, Some(Festival::NationalDay));
/// assert_eq!(day.name_zh(), Some("国庆节"));
/// # Ok::<(), gongkai::calendar::CalendarError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct SpecialDay {
    /// The date.
    pub date: NaiveDate,
    /// What kind of day it is; never [`DayKind::Workday`] or [`DayKind::Weekend`].
    pub kind: DayKind,
    /// The festival whose holiday block the day belongs to. `None` for a local day off, and for
    /// a make-up workday whose source did not name its festival.
    pub festival: Option<Festival>,
    /// The name a locality gave its day off; `None` for the national schedule.
    pub local_name: Option<String>,
}

impl SpecialDay {
    /// The Chinese name of the day: the festival's, or the local day's as given.
    pub fn name_zh(&self) -> Option<&str> {
        self.festival
            .map(Festival::name_zh)
            .or(self.local_name.as_deref())
    }

    /// The English name of the day: the festival's, or the local day's as given.
    pub fn name_en(&self) -> Option<&str> {
        self.festival
            .map(Festival::name_en)
            .or(self.local_name.as_deref())
    }

    /// The name in `lang` ([`name_zh`](Self::name_zh) or [`name_en`](Self::name_en)).
    pub fn name(&self, lang: crate::Lang) -> Option<&str> {
        match lang {
            crate::Lang::ZhCn => self.name_zh(),
            crate::Lang::En => self.name_en(),
        }
    }

    /// The year of the notice that announced the day. Days of a New Year's Day block that fall
    /// in December belong to the next year's notice (the 2019 notice gave 2018-12-29..31).
    pub(crate) fn notice_year(&self) -> i32 {
        use chrono::Datelike;
        let y = self.date.year();
        if self.festival == Some(Festival::NewYear) && self.date.month() == 12 {
            y + 1
        } else {
            y
        }
    }
}

/// Special days as a deadline's explanation gives them on every surface (the Rust report, the C
/// API, the WASM package): `[{ "date", "kind", "name", "workday" }]`, the name in one language.
///
/// ```
/// use chrono::NaiveDate;
/// use gongkai::Lang;
/// use gongkai::calendar::{Calendar, SpecialDaysJson};
///
/// let cal = Calendar::official();
/// let day = cal.special_day(NaiveDate::from_ymd_opt(2024, 9, 29).unwrap())?.unwrap();
/// let json = serde_json::to_string(&SpecialDaysJson(&[day.clone()], Lang::En)).unwrap();
/// assert_eq!(
///     json,
///     r#"[{"date":"2024-09-29","kind":"makeup_workday","name":"National Day","workday":true}]"#
/// );
/// # Ok::<(), gongkai::calendar::CalendarError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct SpecialDaysJson<'a>(pub &'a [SpecialDay], pub crate::Lang);

impl Serialize for SpecialDaysJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct Day<'a>(&'a SpecialDay, crate::Lang);
        impl Serialize for Day<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let d = self.0;
                let mut st = s.serialize_struct("SpecialDay", 4)?;
                st.serialize_field("date", &d.date)?;
                st.serialize_field("kind", &d.kind)?;
                st.serialize_field("name", &d.name(self.1))?;
                st.serialize_field("workday", &d.kind.is_workday())?;
                st.end()
            }
        }
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for d in self.0 {
            seq.serialize_element(&Day(d, self.1))?;
        }
        seq.end()
    }
}

/// A State Council notice (国务院办公厅关于…部分节假日安排的通知, or an amendment) from which a
/// year's schedule comes.
///
/// # Example
///
/// ```
/// use gongkai::calendar::Calendar;
///
/// let cal = Calendar::official();
/// let n = cal.notices().iter().find(|n| n.year == 2024).unwrap();
/// assert_eq!(n.number.as_deref(), Some("国办发明电〔2023〕7号"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Notice {
    /// The year whose schedule the notice sets or amends.
    pub year: i32,
    /// The document number (文号), e.g. `国办发明电〔2023〕7号`; `None` when it is not verified.
    pub number: Option<String>,
    /// Free text: title, date of issue, source address, what an amendment changed.
    pub note: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn festival_names_round_trip() {
        for f in Festival::ALL {
            assert_eq!(Festival::from_name(f.name_en()), Some(f));
            assert_eq!(Festival::from_name(f.name_zh()), Some(f));
        }
    }

    #[test]
    fn festival_short_and_holiday_cn_names() {
        assert_eq!(Festival::from_name("端午"), Some(Festival::DragonBoat));
        assert_eq!(Festival::from_name("国庆"), Some(Festival::NationalDay));
        assert_eq!(Festival::from_name("新年"), Some(Festival::NewYear));
        assert_eq!(
            Festival::from_name(" Mid-Autumn Festival "),
            Some(Festival::MidAutumn)
        );
        assert_eq!(
            Festival::from_name("国庆节、中秋节"),
            Some(Festival::NationalDay)
        );
        assert_eq!(Festival::from_name("春节、元旦"), None);
        assert_eq!(Festival::from_name("节"), None);
        assert_eq!(Festival::from_name(""), None);
    }

    #[test]
    fn only_workdays_and_makeup_days_are_workdays() {
        let workdays: Vec<_> = [
            DayKind::Workday,
            DayKind::Weekend,
            DayKind::StatutoryHoliday,
            DayKind::InLieuRest,
            DayKind::WeekendInBlock,
            DayKind::ExtendedHoliday,
            DayKind::UnclassifiedHoliday,
            DayKind::MakeupWorkday,
            DayKind::LocalDayOff,
        ]
        .into_iter()
        .filter(|k| k.is_workday())
        .collect();
        assert_eq!(workdays, [DayKind::Workday, DayKind::MakeupWorkday]);
    }
}
