//! Errors of the calendar: a date it cannot answer for, or data it refuses to load.

use std::fmt;

use chrono::NaiveDate;

use super::day::{DayKind, Festival};

/// Where in the loaded data a problem is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Location {
    /// A line of the text format, counted from 1.
    Line(usize),
    /// A JSON Pointer (RFC 6901) into a holiday-cn document, e.g. `/days/3/date`.
    Json(String),
    /// The position, counted from 0, of an item passed to a method such as
    /// [`Calendar::with_local_days_off`](super::Calendar::with_local_days_off).
    Item(usize),
    /// A line, counted from 1, of text in the library's format given as a JSON string, at a JSON
    /// Pointer (a year in an engine configuration's `calendarYears`).
    LineIn {
        /// The string's JSON Pointer, e.g. `/calendarYears/0`.
        pointer: String,
        /// The line within the string.
        line: usize,
    },
}

impl Location {
    /// Where, in Chinese.
    fn zh(&self) -> String {
        match self {
            Self::Line(n) => format!("第{n}行"),
            Self::Json(pointer) => format!("JSON {pointer:?}"),
            Self::Item(i) => format!("第{i}项（从0计）"),
            Self::LineIn { pointer, line } => format!("JSON {pointer:?} 第{line}行"),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Line(n) => write!(f, "line {n}"),
            Self::Json(pointer) => write!(f, "JSON {pointer:?}"),
            Self::Item(i) => write!(f, "item {i}"),
            Self::LineIn { pointer, line } => write!(f, "JSON {pointer:?}, line {line}"),
        }
    }
}

/// Why the calendar could not answer, or could not load data.
///
/// Each variant has a stable [`code`](Self::code) for the C and JS front doors.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gongkai::calendar::{Calendar, CalendarError};
///
/// let cal = Calendar::official();
/// let err = cal.is_workday(NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()).unwrap_err();
/// assert_eq!(err, CalendarError::YearNotCovered { year: 2027 });
/// assert_eq!(err.code(), "calendar.year_not_covered");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CalendarError {
    /// The answer depends on a year whose official schedule is not loaded. The calendar never
    /// falls back to counting Monday to Friday.
    #[error("the holiday schedule of {year} is not loaded")]
    YearNotCovered {
        /// The first year needed and missing.
        year: i32,
    },
    /// A date is not a valid `YYYY-MM-DD` date ([`crate::date::parse`] says why).
    #[error("{at}: invalid date {text:?}: {}", date_reason(text))]
    InvalidDate {
        /// Where.
        at: Location,
        /// The text that is not a date.
        text: String,
    },
    /// A required field is absent.
    #[error("{at}: missing {field}")]
    MissingField {
        /// Where.
        at: Location,
        /// What is missing.
        field: &'static str,
    },
    /// A field has a value the format does not allow.
    #[error("{at}: invalid {field} {value:?}")]
    InvalidField {
        /// Where.
        at: Location,
        /// Which field.
        field: &'static str,
        /// The value found.
        value: String,
    },
    /// A holiday names none of the seven national festivals.
    #[error("{at}: unknown festival {name:?}")]
    UnknownFestival {
        /// Where.
        at: Location,
        /// The name found.
        name: String,
    },
    /// The same date is declared twice (in the data, or in the data and the calendar it extends).
    #[error("{at}: {date} is declared twice")]
    DuplicateDate {
        /// Where the second declaration is.
        at: Location,
        /// The date.
        date: NaiveDate,
    },
    /// A kind of day that cannot fall on that day of the week: a make-up workday (调休上班) on a
    /// Monday to Friday, a weekend-in-block day on a weekday, or a statutory, in-lieu or extended
    /// holiday on a Saturday or Sunday.
    #[error("{at}: {date} cannot be a {} on that day of the week", kind.label_en())]
    KindContradictsWeekday {
        /// Where.
        at: Location,
        /// The date.
        date: NaiveDate,
        /// The kind declared.
        kind: DayKind,
    },
    /// A local day off that does not fall on an ordinary Monday-to-Friday working day: it would
    /// either change nothing (a weekend or holiday) or contradict the national schedule.
    #[error("{at}: local day off {date} is not an ordinary working day")]
    LocalDayClash {
        /// Where.
        at: Location,
        /// The date.
        date: NaiveDate,
    },
    /// A day listed under a year's notice that does not belong to that year.
    #[error("{at}: {date} does not belong to the schedule of {year}")]
    DateOutsideYear {
        /// Where.
        at: Location,
        /// The date.
        date: NaiveDate,
        /// The year it is listed under.
        year: i32,
    },
    /// A year declared twice, in the data or in the data and the calendar it extends. Build a new
    /// calendar from complete text to replace a year.
    #[error("{at}: the schedule of {year} is declared twice")]
    DuplicateYear {
        /// Where the second declaration is.
        at: Location,
        /// The year.
        year: i32,
    },
    /// The covered years would not be contiguous.
    #[error("the schedule of {year} is missing between the years covered")]
    YearGap {
        /// The first missing year.
        year: i32,
    },
    /// A declared year does not name a holiday for every festival it must (all seven but
    /// 中秋节, which may share the National Day block).
    #[error("the schedule of {year} is incomplete: no holiday for {}", missing.name_en())]
    YearIncomplete {
        /// The year.
        year: i32,
        /// The first festival without a holiday.
        missing: Festival,
    },
    /// A key given twice in one object of a holiday-cn document: which value was meant is not
    /// known, so neither is taken.
    #[error("{at}: key {key:?} is given twice")]
    DuplicateKey {
        /// The second occurrence (the pointer of its value).
        at: Location,
        /// The key.
        key: String,
    },
    /// The holiday-cn document is not valid JSON.
    #[error("invalid JSON at line {line}, column {column}")]
    JsonSyntax {
        /// The line, counted from 1.
        line: usize,
        /// The column, counted from 1.
        column: usize,
    },
}

/// The errors at one place in the loaded data, as a pattern binding their location to `$at`:
/// one list for [`CalendarError::location`] and its `mut` twin.
macro_rules! located {
    ($at:ident) => {
        CalendarError::InvalidDate { at: $at, .. }
            | CalendarError::MissingField { at: $at, .. }
            | CalendarError::InvalidField { at: $at, .. }
            | CalendarError::UnknownFestival { at: $at, .. }
            | CalendarError::DuplicateDate { at: $at, .. }
            | CalendarError::KindContradictsWeekday { at: $at, .. }
            | CalendarError::LocalDayClash { at: $at, .. }
            | CalendarError::DateOutsideYear { at: $at, .. }
            | CalendarError::DuplicateYear { at: $at, .. }
            | CalendarError::DuplicateKey { at: $at, .. }
    };
}

/// The errors about the data as a whole; with [`located!`] every variant, so a new one must be
/// placed in one list or the other.
macro_rules! unlocated {
    () => {
        CalendarError::YearNotCovered { .. }
            | CalendarError::YearGap { .. }
            | CalendarError::YearIncomplete { .. }
            | CalendarError::JsonSyntax { .. }
    };
}

impl CalendarError {
    /// A stable identifier for the variant, such as `"calendar.year_not_covered"`.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::Calendar;
    ///
    /// let err = Calendar::from_text("2027-01-04 workday").unwrap_err();
    /// assert_eq!(err.code(), "calendar.kind_contradicts_weekday");
    /// ```
    pub const fn code(&self) -> &'static str {
        match self {
            Self::YearNotCovered { .. } => "calendar.year_not_covered",
            Self::InvalidDate { .. } => "calendar.invalid_date",
            Self::MissingField { .. } => "calendar.missing_field",
            Self::InvalidField { .. } => "calendar.invalid_field",
            Self::UnknownFestival { .. } => "calendar.unknown_festival",
            Self::DuplicateDate { .. } => "calendar.duplicate_date",
            Self::KindContradictsWeekday { .. } => "calendar.kind_contradicts_weekday",
            Self::LocalDayClash { .. } => "calendar.local_day_clash",
            Self::DateOutsideYear { .. } => "calendar.date_outside_year",
            Self::DuplicateYear { .. } => "calendar.duplicate_year",
            Self::YearGap { .. } => "calendar.year_gap",
            Self::YearIncomplete { .. } => "calendar.year_incomplete",
            Self::JsonSyntax { .. } => "calendar.json_syntax",
            Self::DuplicateKey { .. } => "calendar.duplicate_key",
        }
    }

    /// The message in `lang` (the `Display` text is English).
    ///
    /// # Example
    /// ```
    /// use gongkai::{Lang, calendar::Calendar};
    /// let err = Calendar::from_text("2027-01-04 workday").unwrap_err();
    /// assert_eq!(err.message(Lang::ZhCn), "第1行：2027-01-04是星期一至星期五，不能是调休上班");
    /// ```
    pub fn message(&self, lang: crate::Lang) -> String {
        if lang == crate::Lang::En {
            return self.to_string();
        }
        match self {
            Self::YearNotCovered { year } => format!("日历未载入{year}年的节假日安排"),
            Self::InvalidDate { at, text } => {
                let why = crate::date::parse(text)
                    .err()
                    .map(|e| format!("：{}", e.message(lang)))
                    .unwrap_or_default();
                format!("{}：日期{text:?}无效{why}", at.zh())
            }
            Self::MissingField { at, field } => format!("{}：缺少{field}", at.zh()),
            Self::InvalidField { at, field, value } => {
                format!("{}：{field}的取值{value:?}无效", at.zh())
            }
            Self::UnknownFestival { at, name } => {
                format!("{}：{name:?}不是七个法定节日之一", at.zh())
            }
            Self::DuplicateDate { at, date } => format!("{}：{date}重复声明", at.zh()),
            Self::KindContradictsWeekday { at, date, kind } => {
                use chrono::Datelike;
                let weekday = if date.weekday().number_from_monday() >= 6 {
                    "星期六或星期日"
                } else {
                    "星期一至星期五"
                };
                format!("{}：{date}是{weekday}，不能是{}", at.zh(), kind.label_zh())
            }
            Self::LocalDayClash { at, date } => {
                format!("{}：地方假日{date}不是普通工作日", at.zh())
            }
            Self::DateOutsideYear { at, date, year } => {
                format!("{}：{date}不属于{year}年的安排", at.zh())
            }
            Self::DuplicateYear { at, year } => format!("{}：{year}年的安排重复声明", at.zh()),
            Self::YearGap { year } => format!("日历覆盖的年度之间缺少{year}年的安排"),
            Self::YearIncomplete { year, missing } => {
                format!("{year}年的安排不完整：没有{}的假日", missing.name_zh())
            }
            Self::JsonSyntax { line, column } => {
                format!("JSON 语法错误：第{line}行第{column}列")
            }
            Self::DuplicateKey { at, key } => format!("{}：键{key:?}重复出现", at.zh()),
        }
    }

    /// The same error about a document found at the JSON Pointer `prefix` of a larger one (a
    /// calendar year inside an engine configuration): a pointer into the document is placed
    /// under `prefix`, and a line of text is the line of the string at `prefix`.
    pub(crate) fn under(mut self, prefix: &str) -> Self {
        if let Some(at) = self.location_mut() {
            match at {
                Location::Json(pointer) => pointer.insert_str(0, prefix),
                Location::Line(line) => {
                    *at = Location::LineIn {
                        pointer: prefix.to_owned(),
                        line: *line,
                    }
                }
                Location::Item(_) | Location::LineIn { .. } => {}
            }
        }
        self
    }

    fn location_mut(&mut self) -> Option<&mut Location> {
        match self {
            located!(at) => Some(at),
            unlocated!() => None,
        }
    }

    /// Where in the loaded data the problem is, when it is at one place.
    pub fn location(&self) -> Option<&Location> {
        match self {
            located!(at) => Some(at),
            unlocated!() => None,
        }
    }
}

/// Why a text is no date, for [`CalendarError::InvalidDate`]'s message.
fn date_reason(text: &str) -> String {
    match crate::date::parse(text) {
        Err(e) => e.to_string(),
        Ok(_) => "not a date of this calendar".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_place() {
        let err = CalendarError::MissingField {
            at: Location::Line(3),
            field: "day type",
        };
        assert_eq!(err.to_string(), "line 3: missing day type");
        let err = CalendarError::InvalidDate {
            at: Location::Json("/days/0/date".into()),
            text: "2027-02-30".into(),
        };
        assert_eq!(
            err.to_string(),
            r#"JSON "/days/0/date": invalid date "2027-02-30": there is no day 30 in February 2027, which has 28 days"#
        );
        assert_eq!(
            err.message(crate::Lang::ZhCn),
            r#"JSON "/days/0/date"：日期"2027-02-30"无效：2027年2月没有30日（该月只有28天）"#
        );
        assert_eq!(err.location(), Some(&Location::Json("/days/0/date".into())));
    }
}
