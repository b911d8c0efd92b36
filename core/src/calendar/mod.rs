//! Working days (工作日) under the official holiday schedule of mainland China.
//!
//! ```
//! use chrono::NaiveDate;
//! use gongkai::calendar::Calendar;
//!
//! let cal = Calendar::official();
//! let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//!
//! // A procurement result decided on Friday 27 September 2024 is due within 2 working days
//! // (政府采购法实施条例 Art 43): Sunday 29 September is a make-up working day, then 1-7 October
//! // are the National Day holiday.
//! assert_eq!(cal.add_workdays(d(2024, 9, 27), 2)?, d(2024, 9, 30));
//! assert_eq!(cal.add_workdays(d(2024, 9, 27), 3)?, d(2024, 10, 8));
//! assert_eq!(cal.workdays_between(d(2024, 9, 27), d(2024, 10, 8))?, 3);
//!
//! // Years without a loaded schedule are never guessed.
//! assert!(cal.is_workday(d(2027, 3, 1)).is_err());
//! # Ok::<(), gongkai::calendar::CalendarError>(())
//! ```
//!
//! # The law
//!
//! - **Working days exclude holidays.** 行政许可法 Art 82: 「本法规定的行政机关实施行政许可的期限以
//!   工作日计算，不含法定节假日。」; 行政处罚法 Art 85 says the same of its 二日/三日/五日/七日.
//! - **Make-up days are working days.** When the State Council moves a weekday off onto a weekend
//!   (调休), the weekend day is worked (调休上班) and counts: 企业国有产权交易操作规则
//!   (国资发产权〔2009〕120号) Art 18, 「信息公告期按工作日计算，遇法定节假日以政府相关部门公告的实际
//!   工作日为准」. So a working day here is Monday to Friday unless the schedule gives it off, or
//!   a Saturday or Sunday the schedule makes worked ([`Calendar::is_workday`]).
//! - **法定休假日 (民法典 Art 203).** When the last day of a period is a 法定休假日, the period ends
//!   on the day after the rest days end. Weekends and holidays are rest days; a make-up working day
//!   is not, so a period may end on a worked Saturday ([`Calendar::is_statutory_rest_day`]).
//! - **The schedule.** 全国年节及纪念日放假办法 fixes the festivals and their statutory days (two
//!   more from 2025, 除夕 and 2 May, by its November 2024 revision, as the 2025 notice recites).
//!   Every year a notice of the General Office of the State Council (国务院办公厅关于…年部分节假日
//!   安排的通知) sets the holiday blocks and make-up days. Those are data, not rules one could
//!   compute: [`Calendar::official`] embeds them for 2018 to 2026, each year with its notice
//!   ([`Calendar::notices`]).
//!
//! [`Calendar::day_kind`] tells the days apart ([`DayKind`]): statutory holiday days (or the
//! weekday given for one that fell on a weekend, 补假), in-lieu rest days (调休放假), weekends inside
//! a block, the 2020 COVID-19 extension, make-up working days, and local days off.
//! [`Calendar::special_days`] lists them between two dates, to explain why a deadline moved.
//!
//! # Counting
//!
//! [`Calendar::workdays_between`]`(a, b)` counts the working days met walking from `a` to `b`,
//! leaving out `a` (开始的当日不计入, 民法典 Art 201) and including `b`: the working days in
//! `(a, b]`, or, when `b < a`, minus the working days in `[b, a)`.
//! [`Calendar::add_workdays`]`(d, n)` is the `n`-th working day after `d` (before it when `n < 0`),
//! and `d` itself when `n = 0`, whatever `d` is. The two agree:
//! `workdays_between(d, add_workdays(d, n)) == n` for every `d` and `n`.
//!
//! # Coverage
//!
//! A calendar covers whole years, with no gap. Any answer that needs a day outside them fails with
//! [`CalendarError::YearNotCovered`], including an [`add_workdays`](Calendar::add_workdays) that
//! would run past the last year: the calendar never falls back to counting Monday to Friday.
//!
//! Days of a New Year's Day block that fall in late December belong to the next year's notice
//! (the 2019 notice gave 2018-12-29 to 2018-12-31). Until that notice is loaded, the end of the
//! last covered year is as the current notices leave it.
//!
//! # Loading newer years
//!
//! Without a rebuild: [`Calendar::with_text`] adds years in the text format below,
//! [`Calendar::with_holiday_cn_json`] a year in the JSON of the holiday-cn project, and
//! [`Calendar::with_local_days_off`] a locality's extra days off. Each returns a new calendar and
//! leaves `self` as it was. Loading refuses, with the line or JSON Pointer of the problem:
//!
//! - a date declared twice, or a year already covered ([`DuplicateDate`], [`DuplicateYear`]);
//! - a make-up working day on a weekday, a weekend-in-block day on a weekday, or a statutory,
//!   in-lieu or extended holiday on a weekend ([`KindContradictsWeekday`]);
//! - a local day off that is not an ordinary Monday-to-Friday working day ([`LocalDayClash`]);
//! - a day listed under a year it does not belong to ([`DateOutsideYear`]);
//! - an incomplete year ([`YearIncomplete`]). A year is **complete** when the days declared for it
//!   lie within it (or, for the New Year's Day block, in the December before) and include a holiday
//!   of each of 元旦, 春节, 清明节, 劳动节, 端午节 and 国庆节. 中秋节 is not required: it sometimes
//!   falls inside the National Day block and is announced with it (2020: 国庆节、中秋节).
//! - a gap between the covered years ([`YearGap`]).
//!
//! [`DuplicateDate`]: CalendarError::DuplicateDate
//! [`DuplicateYear`]: CalendarError::DuplicateYear
//! [`KindContradictsWeekday`]: CalendarError::KindContradictsWeekday
//! [`LocalDayClash`]: CalendarError::LocalDayClash
//! [`DateOutsideYear`]: CalendarError::DateOutsideYear
//! [`YearIncomplete`]: CalendarError::YearIncomplete
//! [`YearGap`]: CalendarError::YearGap
//!
//! # The text format
//!
//! A superset of the project's shared `cn-calendar-2018-2026.txt`: one date a line, in which a date
//! not listed is a working day if and only if it is Monday to Friday.
//!
//! ```text
//! # year 2024 notice 国办发明电〔2023〕7号 国务院办公厅关于2024年部分节假日安排的通知 (2023-10-25)
//! 2024-09-29 workday National Day
//! 2024-10-01 holiday National Day | statutory_day
//! 2024-10-04 holiday National Day | in_lieu
//! 2024-10-05 holiday National Day | weekend_in_block
//! 2024-06-17 local 古尔邦节
//! ```
//!
//! - `YYYY-MM-DD holiday <festival> [| <kind>]`: a day off in an official block. The festival is
//!   one of the seven, by English or Chinese name ([`Festival::from_name`]). The kind is
//!   `statutory_day`, `in_lieu`, `weekend_in_block` or `extension`; without it, a Saturday or
//!   Sunday is `weekend_in_block` and a weekday is [`DayKind::UnclassifiedHoliday`].
//! - `YYYY-MM-DD workday [<festival>]`: a make-up working day (Saturday or Sunday).
//! - `YYYY-MM-DD local <name>`: a locality's extra day off.
//! - `# year YYYY [notice <文号 | unverified> <note>]`: opens the days of year `YYYY`; repeat it
//!   for an amending notice. If a text has no such line, each day belongs to the year of its date,
//!   except New Year's Day days in December, which belong to the next year; `local` lines declare
//!   no year. Any other line starting with `#` is a comment.
//!
//! [`Calendar::to_text`] writes a calendar in this format; reading it back gives the same calendar.
//!
//! # Cost
//!
//! Loading precomputes, for each covered day, its kind and the number of working days before it,
//! and lists the working days in order. Every query is then a few array reads, O(1) whatever the
//! distance; [`Calendar::special_day`] and [`Calendar::special_days`] binary-search the sorted
//! list of special days. [`Calendar::official`] parses the embedded data each time it is called
//! (no global cache): build it once and share it; it is `Send + Sync`.

mod dates;
mod day;
mod error;
mod holiday_cn;
mod input;
mod merge;
mod text;

use std::fmt;
use std::ops::RangeInclusive;

use chrono::{Datelike, NaiveDate};

pub use day::{DayKind, Festival, Notice, SpecialDay, SpecialDaysJson};
pub use error::{CalendarError, Location};

/// The schedule embedded in the library, 2018 to 2026, as the file in `data/calendar` has it.
const OFFICIAL_FILE: &[u8] = include_bytes!("../../data/calendar/cn-2018-2026.txt");

/// The file as embedded: its comments, which document the sources, blanked to spaces (a line of
/// spaces reads as an empty line), the `# year` lines kept. Lines keep their numbers.
static OFFICIAL_BYTES: [u8; OFFICIAL_FILE.len()] = blank_comments(OFFICIAL_FILE);

/// The schedule the library reads.
static OFFICIAL: &str = match std::str::from_utf8(&OFFICIAL_BYTES) {
    Ok(text) => text,
    Err(_) => panic!("the embedded schedule is UTF-8"),
};

/// `file` with each comment line (`#`, but not `# year`) replaced by spaces, at compile time.
/// Every byte of such a line is replaced, so the text stays UTF-8.
const fn blank_comments<const N: usize>(file: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut i = 0;
    while i < N {
        out[i] = file[i];
        i += 1;
    }
    let mut start = 0;
    while start < N {
        let mut end = start;
        while end < N && out[end] != b'\n' {
            end += 1;
        }
        if out[start] == b'#' && !is_year_line(&out, start + 1, end) {
            let mut j = start;
            while j < end {
                out[j] = b' ';
                j += 1;
            }
        }
        start = end + 1;
    }
    out
}

/// Whether `line[from..to]` (what follows a `#`) is ` year` and a blank or the end, as the
/// parser's `# year` directive is.
const fn is_year_line(line: &[u8], from: usize, to: usize) -> bool {
    let mut i = from;
    while i < to && (line[i] == b' ' || line[i] == b'\t') {
        i += 1;
    }
    let word = b"year";
    let mut k = 0;
    while k < word.len() {
        if i + k >= to || line[i + k] != word[k] {
            return false;
        }
        k += 1;
    }
    i + k == to || line[i + k] == b' ' || line[i + k] == b'\t'
}

/// A working-day calendar: the official schedule of some contiguous years, possibly with a
/// locality's extra days off. Cheap to query, immutable; extending it makes a new one.
///
/// # Example
///
/// ```
/// use chrono::NaiveDate;
/// use gongkai::calendar::{Calendar, DayKind};
///
/// let cal = Calendar::official();
/// assert_eq!(cal.years(), Some(2018..=2026));
/// let sunday = NaiveDate::from_ymd_opt(2024, 9, 29).unwrap();
/// assert!(cal.is_workday(sunday)?);
/// assert_eq!(cal.day_kind(sunday)?, DayKind::MakeupWorkday);
/// # Ok::<(), gongkai::calendar::CalendarError>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    /// The notices behind the covered years, by year.
    notices: Vec<Notice>,
    /// Every special day loaded, by date, one per date. Days of a New Year's block in the
    /// December before the first covered year are kept but not consulted.
    entries: Vec<SpecialDay>,
    /// The first and last covered years; `None` covers nothing.
    years: Option<(i32, i32)>,
    /// `year_starts[y]` is the position in the tables below of 1 January of the `y`-th covered
    /// year, so that a date's position is two bit-field reads and one lookup away.
    year_starts: Vec<u32>,
    /// The kind of each covered day.
    kinds: Vec<DayKind>,
    /// `cumulative[i]` is the number of working days among the first `i` covered days.
    cumulative: Vec<u32>,
    /// The covered working days in order: `workdays[k]` has `k` working days before it.
    workdays: Vec<NaiveDate>,
}

impl fmt::Debug for Calendar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The precomputed tables are thousands of entries long and derived from the rest.
        f.debug_struct("Calendar")
            .field("years", &self.years())
            .field("notices", &self.notices.len())
            .field("special_days", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl Calendar {
    /// The official schedule of 2018 to 2026, embedded in the library.
    ///
    /// It parses the embedded text on each call (a fraction of a millisecond): keep the result.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// assert_eq!(cal.years(), Some(2018..=2026));
    /// ```
    pub fn official() -> Self {
        Self::from_text(OFFICIAL)
            .expect("the embedded schedule is valid (tested by official_schedule_loads)")
    }

    /// A calendar from text in the [text format](crate::calendar#the-text-format).
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::from_text(&Calendar::official().to_text())?;
    /// assert_eq!(cal, Calendar::official());
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The first problem in the text, as listed in
    /// [the module docs](crate::calendar#loading-newer-years).
    pub fn from_text(text: &str) -> Result<Self, CalendarError> {
        Self::default().with_text(text)
    }

    /// This calendar with more years, local days, or both, in the
    /// [text format](crate::calendar#the-text-format).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official().with_text("2025-06-09 local 古尔邦节")?;
    /// assert!(!cal.is_workday(NaiveDate::from_ymd_opt(2025, 6, 9).unwrap())?);
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// The first problem in the text, or between the text and this calendar, as listed in
    /// [the module docs](crate::calendar#loading-newer-years). `self` is unchanged.
    pub fn with_text(&self, text: &str) -> Result<Self, CalendarError> {
        self.merge(text::parse(text)?)
    }

    /// A calendar from one year of holiday-cn JSON; see
    /// [`with_holiday_cn_json`](Self::with_holiday_cn_json).
    ///
    /// # Errors
    ///
    /// As for [`with_holiday_cn_json`](Self::with_holiday_cn_json).
    pub fn from_holiday_cn_json(json: &str) -> Result<Self, CalendarError> {
        Self::default().with_holiday_cn_json(json)
    }

    /// This calendar with one more year, from the JSON of the holiday-cn project:
    /// `{"year": 2027, "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}`,
    /// where `isOffDay: false` marks a make-up working day. The source does not tell statutory
    /// days from in-lieu days, so weekday holidays are [`DayKind::UnclassifiedHoliday`]; the
    /// addresses in `papers` become the year's [`Notice`]s, with no verified number.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::{Calendar, DayKind};
    ///
    /// let year_2017 = r#"{"year": 2017, "days": [
    ///     {"name": "元旦", "date": "2017-01-01", "isOffDay": true},
    ///     {"name": "元旦", "date": "2017-01-02", "isOffDay": true},
    ///     {"name": "春节", "date": "2017-01-22", "isOffDay": false},
    ///     {"name": "春节", "date": "2017-01-27", "isOffDay": true},
    ///     {"name": "清明节", "date": "2017-04-04", "isOffDay": true},
    ///     {"name": "劳动节", "date": "2017-05-01", "isOffDay": true},
    ///     {"name": "端午节", "date": "2017-05-30", "isOffDay": true},
    ///     {"name": "中秋节、国庆节", "date": "2017-10-02", "isOffDay": true}
    /// ]}"#; // abridged
    /// let cal = Calendar::official().with_holiday_cn_json(year_2017)?;
    /// assert_eq!(cal.years(), Some(2017..=2026));
    /// let d = NaiveDate::from_ymd_opt(2017, 1, 27).unwrap();
    /// assert_eq!(cal.day_kind(d)?, DayKind::UnclassifiedHoliday);
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::JsonSyntax`] for text that is not JSON; otherwise the first problem, at its
    /// JSON Pointer, as listed in [the module docs](crate::calendar#loading-newer-years). `self` is
    /// unchanged.
    pub fn with_holiday_cn_json(&self, json: &str) -> Result<Self, CalendarError> {
        self.merge(holiday_cn::parse(json)?)
    }

    /// This calendar with a locality's extra days off, such as the minority festivals that
    /// autonomous regions give (古尔邦节, 藏历新年). Each must fall on an ordinary working day
    /// (Monday to Friday, neither a national holiday nor a make-up day) of a covered year. Names
    /// are trimmed.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::{Calendar, DayKind};
    ///
    /// let d = NaiveDate::from_ymd_opt(2025, 6, 9).unwrap();
    /// let cal = Calendar::official().with_local_days_off([(d, "古尔邦节")])?;
    /// assert_eq!(cal.day_kind(d)?, DayKind::LocalDayOff);
    /// assert_eq!(cal.special_day(d)?.unwrap().name_zh(), Some("古尔邦节"));
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::LocalDayClash`] for a day that is not an ordinary working day,
    /// [`CalendarError::DuplicateDate`] for a day given twice, [`CalendarError::YearNotCovered`]
    /// for a day outside the covered years, [`CalendarError::InvalidField`] for an empty name or
    /// one with line breaks; the location is the position of the item. `self` is unchanged.
    pub fn with_local_days_off<I, S>(&self, days: I) -> Result<Self, CalendarError>
    where
        I: IntoIterator<Item = (NaiveDate, S)>,
        S: AsRef<str>,
    {
        let days = days
            .into_iter()
            .enumerate()
            .map(|(i, (date, name))| {
                let day = SpecialDay {
                    date,
                    kind: DayKind::LocalDayOff,
                    festival: None,
                    local_name: Some(name.as_ref().trim().to_owned()),
                };
                (day, Location::Item(i))
            })
            .collect();
        self.merge(input::Input {
            years: Vec::new(),
            days,
        })
    }

    /// The calendar in the [text format](crate::calendar#the-text-format), one section per covered
    /// year.
    ///
    /// # Example
    ///
    /// ```
    /// use gongkai::calendar::Calendar;
    ///
    /// let text = Calendar::official().to_text();
    /// assert!(text.contains("# year 2024 notice 国办发明电〔2023〕7号"));
    /// assert!(text.contains("2024-09-29 workday National Day\n"));
    /// ```
    pub fn to_text(&self) -> String {
        text::render(self.years(), &self.notices, &self.entries)
    }

    /// The covered years, or `None` if the calendar covers none.
    pub fn years(&self) -> Option<RangeInclusive<i32>> {
        self.years.map(|(first, last)| first..=last)
    }

    /// Whether the calendar can answer for `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.index(date).is_some()
    }

    /// The notices behind the covered years, by year; an amending notice follows the one it amends.
    pub fn notices(&self) -> &[Notice] {
        &self.notices
    }

    /// Whether `date` is a working day (工作日): Monday to Friday unless the schedule gives it off,
    /// or a Saturday or Sunday the schedule makes a working day (调休上班).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert!(!cal.is_workday(d(10, 1))?); // National Day
    /// assert!(cal.is_workday(d(10, 12))?); // a Saturday worked
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `date` is not covered.
    pub fn is_workday(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        Ok(self.day_kind(date)?.is_workday())
    }

    /// Whether `date` is a 法定休假日 in the sense of 民法典 Art 203: a weekend day or a holiday,
    /// but not a make-up working day. The exact complement of [`is_workday`](Self::is_workday).
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert!(cal.is_statutory_rest_day(d(10, 5))?); // a Saturday in the National Day block
    /// assert!(!cal.is_statutory_rest_day(d(9, 29))?); // a Sunday worked
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `date` is not covered.
    pub fn is_statutory_rest_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        Ok(!self.is_workday(date)?)
    }

    /// What kind of day `date` is.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::{Calendar, DayKind};
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2020, m, d).unwrap();
    /// assert_eq!(cal.day_kind(d(1, 31))?, DayKind::ExtendedHoliday); // COVID-19 extension
    /// assert_eq!(cal.day_kind(d(2, 1))?, DayKind::WeekendInBlock); // its make-up day cancelled
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `date` is not covered.
    pub fn day_kind(&self, date: NaiveDate) -> Result<DayKind, CalendarError> {
        Ok(self.kinds[self.try_index(date)?])
    }

    /// The special day at `date`, if it is one: a holiday, a make-up working day or a local day
    /// off, with its festival or name. `None` for an ordinary working day or weekend.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// let day = cal.special_day(NaiveDate::from_ymd_opt(2025, 10, 6).unwrap())?.unwrap();
    /// assert_eq!((day.name_zh(), day.name_en()), (Some("中秋节"), Some("Mid-autumn Festival")));
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `date` is not covered.
    pub fn special_day(&self, date: NaiveDate) -> Result<Option<&SpecialDay>, CalendarError> {
        self.try_index(date)?;
        Ok(self
            .entries
            .binary_search_by_key(&date, |d| d.date)
            .ok()
            .map(|i| &self.entries[i]))
    }

    /// The special days from `from` to `to`, both included, by date: what makes the working days
    /// of that stretch differ from Monday to Friday. Empty when `to < from`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::{Calendar, DayKind};
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// let days = cal.special_days(d(9, 27), d(10, 8))?;
    /// assert_eq!(days.len(), 8); // the Sunday worked, then 1-7 October
    /// assert_eq!(days[0].kind, DayKind::MakeupWorkday);
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `from` or of `to` is not covered.
    pub fn special_days(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<&[SpecialDay], CalendarError> {
        self.try_index(from)?;
        self.try_index(to)?;
        let lo = self.entries.partition_point(|d| d.date < from);
        let hi = self.entries.partition_point(|d| d.date <= to).max(lo);
        Ok(&self.entries[lo..hi])
    }

    /// The `n`-th working day after `date`, or before it when `n` is negative; `date` itself,
    /// working day or not, when `n` is 0. `date` is not counted (民法典 Art 201: 开始的当日不计入).
    ///
    /// For every `date` and `n`, `workdays_between(date, add_workdays(date, n)?)? == n`; and for
    /// `n ≠ 0` the result is a working day.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2025, m, d).unwrap();
    /// // 5 working days from Friday 24 January 2025, over the Spring Festival:
    /// // Sunday 26 January is worked, 28 January to 4 February are off.
    /// assert_eq!(cal.add_workdays(d(1, 24), 5)?, d(2, 7));
    /// assert_eq!(cal.add_workdays(d(2, 7), -5)?, d(1, 24));
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `date` is not covered, or if the count runs
    /// past the covered years (the error then names the first year beyond them).
    pub fn add_workdays(&self, date: NaiveDate, n: i32) -> Result<NaiveDate, CalendarError> {
        let i = self.try_index(date)?;
        let k = match n {
            0 => return Ok(date),
            // The first working day after `date` has `cumulative[i + 1]` working days before it.
            1.. => i64::from(self.cumulative[i + 1]) + i64::from(n) - 1,
            // The last working day before `date` has `cumulative[i] - 1`.
            _ => i64::from(self.cumulative[i]) + i64::from(n),
        };
        self.workday(k)
    }

    /// The number of working days met walking from `a` to `b`, `a` left out and `b` included:
    /// the working days in `(a, b]`, or, when `b < a`, minus the working days in `[b, a)`.
    /// Zero when `a == b`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert_eq!(cal.workdays_between(d(9, 30), d(10, 8))?, 1);
    /// assert_eq!(cal.workdays_between(d(10, 8), d(9, 30))?, -1);
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `a` or of `b` is not covered.
    pub fn workdays_between(&self, a: NaiveDate, b: NaiveDate) -> Result<i32, CalendarError> {
        let (i, j) = (self.try_index(a)?, self.try_index(b)?);
        let (c, i, j) = (&self.cumulative, i, j);
        // Both counts are below the number of days in the covered years, far below i32::MAX.
        Ok(if j >= i {
            c[j + 1] as i32 - c[i + 1] as i32
        } else {
            c[j] as i32 - c[i] as i32
        })
    }

    /// The first working day after `date`; the same as `add_workdays(date, 1)`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert_eq!(cal.next_workday(d(9, 28))?, d(9, 29)); // Saturday → the Sunday worked
    /// assert_eq!(cal.next_workday(d(9, 30))?, d(10, 8));
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `date` is not covered, or if the next
    /// working day lies beyond the covered years.
    pub fn next_workday(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        self.add_workdays(date, 1)
    }

    /// The last working day before `date`; the same as `add_workdays(date, -1)`.
    ///
    /// # Example
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use gongkai::calendar::Calendar;
    ///
    /// let cal = Calendar::official();
    /// let d = |m, d| NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert_eq!(cal.previous_workday(d(10, 8))?, d(9, 30));
    /// # Ok::<(), gongkai::calendar::CalendarError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`CalendarError::YearNotCovered`] if the year of `date` is not covered, or if the previous
    /// working day lies before the covered years.
    pub fn previous_workday(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        self.add_workdays(date, -1)
    }

    /// A new calendar with `input` added to `self`, or the first problem found.
    fn merge(&self, input: input::Input) -> Result<Self, CalendarError> {
        let m = merge::merge(&self.notices, &self.entries, self.years(), input)?;
        Ok(Self::build(m.notices, m.entries, m.years))
    }

    /// Lays the special days over the covered years and precomputes the answers.
    fn build(notices: Vec<Notice>, entries: Vec<SpecialDay>, years: Option<(i32, i32)>) -> Self {
        let Some((start, end)) = years.and_then(|(first, last)| {
            Some((
                NaiveDate::from_ymd_opt(first, 1, 1)?,
                NaiveDate::from_ymd_opt(last, 12, 31)?,
            ))
        }) else {
            return Self {
                notices,
                entries,
                ..Self::default()
            };
        };
        let kinds: Vec<DayKind> = start
            .iter_days()
            .take_while(|d| *d <= end)
            .map(|d| {
                if dates::is_weekend(d) {
                    DayKind::Weekend
                } else {
                    DayKind::Workday
                }
            })
            .collect();
        let year_starts = start
            .iter_days()
            .take_while(|d| *d <= end)
            .enumerate()
            .filter(|(_, d)| d.ordinal() == 1)
            // A position within whole years of chrono's range fits in u32.
            .map(|(i, _)| i as u32)
            .collect();
        let mut cal = Self {
            notices,
            entries,
            years,
            year_starts,
            kinds,
            cumulative: Vec::new(),
            workdays: Vec::new(),
        };
        for day in &cal.entries {
            if let Some(i) = cal.index(day.date) {
                cal.kinds[i] = day.kind;
            }
        }
        cal.cumulative.reserve(cal.kinds.len() + 1);
        cal.cumulative.push(0);
        let mut count = 0;
        for (date, kind) in start.iter_days().zip(&cal.kinds) {
            if kind.is_workday() {
                count += 1;
                cal.workdays.push(date);
            }
            cal.cumulative.push(count);
        }
        cal
    }

    /// The position of `date` in the tables, if covered.
    fn index(&self, date: NaiveDate) -> Option<usize> {
        let first = self.years.map_or(0, |(first, _)| first);
        // Years before the first wrap around to huge offsets, which `get` refuses.
        let year = date.year().wrapping_sub(first) as u32 as usize;
        Some(*self.year_starts.get(year)? as usize + date.ordinal0() as usize)
    }

    fn try_index(&self, date: NaiveDate) -> Result<usize, CalendarError> {
        self.index(date)
            .ok_or_else(|| CalendarError::YearNotCovered { year: date.year() })
    }

    /// The working day with `k` working days before it, or the year the count ran into.
    fn workday(&self, k: i64) -> Result<NaiveDate, CalendarError> {
        let (first, last) = self.years.unwrap_or_default();
        match usize::try_from(k) {
            Err(_) => Err(CalendarError::YearNotCovered { year: first - 1 }),
            Ok(k) => self
                .workdays
                .get(k)
                .copied()
                .ok_or_else(|| CalendarError::YearNotCovered { year: last + 1 }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn kinds(cal: &Calendar, from: NaiveDate, to: NaiveDate) -> Vec<DayKind> {
        from.iter_days()
            .take_while(|x| *x <= to)
            .map(|x| cal.day_kind(x).unwrap())
            .collect()
    }

    /// Not the real 2027 schedule: a made-up, complete one, so that the tests do not depend on
    /// the notice's dates.
    const MADE_UP_2027: &str = "\
# year 2027 notice unverified made up for tests
2026-12-27 workday New Year's Day
2026-12-31 holiday New Year's Day | in_lieu
2027-01-01 holiday New Year's Day | statutory_day
2027-02-06 holiday Spring Festival | weekend_in_block
2027-02-07 holiday Spring Festival | weekend_in_block
2027-02-08 holiday Spring Festival | statutory_day
2027-02-20 workday Spring Festival
2027-04-05 holiday Tomb-sweeping Day | statutory_day
2027-05-01 holiday Labour Day | weekend_in_block
2027-05-03 holiday Labour Day | statutory_day
2027-06-09 holiday Dragon Boat Festival | statutory_day
2027-09-15 holiday Mid-autumn Festival | statutory_day
2027-10-01 holiday National Day | statutory_day
2027-10-07 holiday National Day | in_lieu
2027-10-09 workday National Day
";

    use DayKind::{
        ExtendedHoliday as Ext, InLieuRest as InLieu, MakeupWorkday as Makeup,
        StatutoryHoliday as Statutory, Weekend, WeekendInBlock as BlockWeekend, Workday,
    };

    #[test]
    fn official_schedule_loads() {
        let cal = Calendar::official();
        // Blanking the comments changes nothing the parser reads.
        let file = std::str::from_utf8(OFFICIAL_FILE).unwrap();
        assert_eq!(Calendar::from_text(file).unwrap(), cal);
        assert_eq!(OFFICIAL.lines().count(), file.lines().count());
        assert!(OFFICIAL.contains("# year 2026 notice"));
        assert!(!OFFICIAL.contains("# gongkai working-day calendar"));
        assert_eq!(cal.years(), Some(2018..=2026));
        assert_eq!(cal.entries.len(), 322);
        let per_year = |y| cal.notices().iter().filter(|n| n.year == y).count();
        assert!((2018..=2026).all(|y| per_year(y) >= 1));
        assert_eq!((per_year(2019), per_year(2020)), (2, 2));
    }

    #[test]
    fn national_day_2024_makeup_sunday_0929_is_workday_gbfmd_2023_7() {
        let cal = Calendar::official();
        assert_eq!(cal.day_kind(d(2024, 9, 29)).unwrap(), Makeup);
        assert!(cal.is_workday(d(2024, 9, 29)).unwrap());
        assert_eq!(cal.day_kind(d(2024, 10, 12)).unwrap(), Makeup);
        assert_eq!(
            kinds(&cal, d(2024, 10, 1), d(2024, 10, 8)),
            [
                Statutory,
                Statutory,
                Statutory,
                InLieu,
                BlockWeekend,
                BlockWeekend,
                InLieu,
                Workday
            ]
        );
    }

    #[test]
    fn spring_festival_2025_starts_on_chuxi_0128_gbfmd_2024_12() {
        // From 2025 除夕 is a statutory day: 1-28 to 2-4 off, Sundays 1-26 and Saturday 2-8 worked.
        let cal = Calendar::official();
        assert_eq!(
            kinds(&cal, d(2025, 1, 25), d(2025, 2, 8)),
            [
                Weekend,
                Makeup,
                Workday,
                Statutory,
                Statutory,
                Statutory,
                Statutory,
                BlockWeekend,
                BlockWeekend,
                InLieu,
                InLieu,
                Workday,
                Workday,
                Workday,
                Makeup
            ]
        );
        assert_eq!(
            cal.special_day(d(2025, 1, 28)).unwrap().unwrap().name_zh(),
            Some("春节")
        );
    }

    #[test]
    fn spring_festival_2026_nine_days_0215_to_0223_gbfmd_2025_7() {
        let cal = Calendar::official();
        assert_eq!(cal.day_kind(d(2026, 2, 14)).unwrap(), Makeup);
        assert!((15..=23).all(|day| !cal.is_workday(d(2026, 2, day)).unwrap()));
        assert_eq!(cal.day_kind(d(2026, 2, 24)).unwrap(), Workday);
        assert_eq!(cal.day_kind(d(2026, 2, 28)).unwrap(), Makeup);
        assert_eq!(
            cal.workdays_between(d(2026, 2, 13), d(2026, 2, 24))
                .unwrap(),
            2
        );
        assert_eq!(cal.add_workdays(d(2026, 2, 13), 2).unwrap(), d(2026, 2, 24));
    }

    #[test]
    fn spring_festival_2020_covid_extension_cancels_0201_makeup_day() {
        // 国务院办公厅关于延长2020年春节假期的通知: holiday to 2-2, work resumes Monday 2-3.
        let cal = Calendar::official();
        assert_eq!(cal.day_kind(d(2020, 1, 19)).unwrap(), Makeup);
        assert_eq!(
            kinds(&cal, d(2020, 1, 31), d(2020, 2, 3)),
            [Ext, BlockWeekend, BlockWeekend, Workday]
        );
        assert_eq!(cal.next_workday(d(2020, 1, 23)).unwrap(), d(2020, 2, 3));
        let ext = cal
            .notices()
            .iter()
            .find(|n| n.note.contains("延长2020年春节假期"))
            .unwrap();
        assert_eq!((ext.year, ext.number.as_deref()), (2020, None));
    }

    #[test]
    fn labour_day_2019_revision_0501_to_0504_off_gbfmd_2019_3() {
        // The original notice gave 5-1 only; the March revision added 5-2..5-4 and two Sundays
        // worked.
        let cal = Calendar::official();
        assert_eq!(
            kinds(&cal, d(2019, 4, 28), d(2019, 5, 6)),
            [
                Makeup,
                Workday,
                Workday,
                Statutory,
                InLieu,
                InLieu,
                BlockWeekend,
                Makeup,
                Workday
            ]
        );
        let numbers: Vec<_> = cal
            .notices()
            .iter()
            .filter(|n| n.year == 2019)
            .map(|n| n.number.as_deref())
            .collect();
        assert_eq!(
            numbers,
            [
                Some("国办发明电〔2018〕15号"),
                Some("国办发明电〔2019〕3号")
            ]
        );
    }

    #[test]
    fn new_year_2019_block_begins_in_december_2018_gbfmd_2018_15() {
        let cal = Calendar::official();
        assert_eq!(
            kinds(&cal, d(2018, 12, 29), d(2019, 1, 2)),
            [Makeup, BlockWeekend, InLieu, Statutory, Workday]
        );
        let day = cal.special_day(d(2018, 12, 31)).unwrap().unwrap();
        assert_eq!(day.festival, Some(Festival::NewYear));
        assert_eq!(day.notice_year(), 2019);
    }

    #[test]
    fn spring_festival_2018_chuxi_is_not_statutory_before_2025() {
        // 放假办法 (2013 revision): 春节 is 正月初一至初三; 除夕 (2018-02-15) was an in-lieu day.
        let cal = Calendar::official();
        assert_eq!(
            kinds(&cal, d(2018, 2, 15), d(2018, 2, 21)),
            [
                InLieu,
                Statutory,
                BlockWeekend,
                BlockWeekend,
                Statutory,
                Statutory,
                InLieu
            ]
        );
    }

    #[test]
    fn mid_autumn_2025_inside_the_national_day_block_gbfmd_2024_12() {
        let cal = Calendar::official();
        let festival = |day| {
            cal.special_day(d(2025, 10, day))
                .unwrap()
                .unwrap()
                .festival
                .unwrap()
        };
        assert_eq!(festival(6), Festival::MidAutumn);
        assert_eq!(festival(7), Festival::NationalDay);
    }

    #[test]
    fn year_2027_is_not_covered() {
        let cal = Calendar::official();
        let not_covered = |year| CalendarError::YearNotCovered { year };
        assert_eq!(cal.is_workday(d(2027, 1, 4)), Err(not_covered(2027)));
        assert_eq!(cal.day_kind(d(2027, 1, 4)), Err(not_covered(2027)));
        assert_eq!(
            cal.workdays_between(d(2026, 12, 1), d(2027, 1, 4)),
            Err(not_covered(2027))
        );
        assert_eq!(
            cal.special_days(d(2026, 12, 1), d(2027, 1, 4)),
            Err(not_covered(2027))
        );
        assert_eq!(cal.special_day(d(2017, 12, 31)), Err(not_covered(2017)));
        assert!(!cal.covers(d(2027, 1, 1)) && cal.covers(d(2026, 12, 31)));
    }

    #[test]
    fn counting_into_2027_is_not_covered_rather_than_weekends_only() {
        let cal = Calendar::official();
        assert_eq!(cal.add_workdays(d(2026, 12, 30), 1), Ok(d(2026, 12, 31)));
        assert_eq!(
            cal.add_workdays(d(2026, 12, 30), 2),
            Err(CalendarError::YearNotCovered { year: 2027 })
        );
        assert_eq!(
            cal.next_workday(d(2026, 12, 31)),
            Err(CalendarError::YearNotCovered { year: 2027 })
        );
        assert_eq!(
            cal.add_workdays(d(2018, 1, 2), -1),
            Err(CalendarError::YearNotCovered { year: 2017 })
        );
        assert_eq!(cal.add_workdays(d(2018, 1, 3), -1), Ok(d(2018, 1, 2)));
        assert_eq!(
            cal.add_workdays(d(2020, 6, 1), i32::MAX),
            Err(CalendarError::YearNotCovered { year: 2027 })
        );
        assert_eq!(
            cal.add_workdays(d(2020, 6, 1), i32::MIN),
            Err(CalendarError::YearNotCovered { year: 2017 })
        );
    }

    #[test]
    fn add_zero_workdays_is_the_date_itself_even_on_a_rest_day() {
        let cal = Calendar::official();
        assert_eq!(cal.add_workdays(d(2024, 10, 3), 0), Ok(d(2024, 10, 3)));
        assert_eq!(cal.workdays_between(d(2024, 10, 3), d(2024, 10, 3)), Ok(0));
    }

    #[test]
    fn counting_backwards_from_a_rest_day_takes_the_working_days_before_it() {
        let cal = Calendar::official();
        // Sunday 2024-10-06: the working days before are 9-30, 9-29 (worked Sunday), 9-27.
        assert_eq!(cal.add_workdays(d(2024, 10, 6), -1), Ok(d(2024, 9, 30)));
        assert_eq!(cal.add_workdays(d(2024, 10, 6), -3), Ok(d(2024, 9, 27)));
        assert_eq!(cal.workdays_between(d(2024, 10, 6), d(2024, 9, 27)), Ok(-3));
        assert_eq!(cal.workdays_between(d(2024, 9, 27), d(2024, 10, 6)), Ok(2));
    }

    #[test]
    fn rest_days_in_the_sense_of_civil_code_203() {
        let cal = Calendar::official();
        let rest = |y, m, day| cal.is_statutory_rest_day(d(y, m, day)).unwrap();
        assert!(rest(2024, 10, 1)); // holiday
        assert!(rest(2024, 10, 5)); // weekend in the block
        assert!(rest(2024, 10, 19)); // ordinary Saturday
        assert!(!rest(2024, 10, 12)); // Saturday worked: not a rest day
        assert!(!rest(2024, 10, 14)); // ordinary Monday
    }

    #[test]
    fn special_days_lists_a_stretch_in_order() {
        let cal = Calendar::official();
        let days = cal.special_days(d(2024, 9, 1), d(2024, 10, 31)).unwrap();
        let dates: Vec<_> = days.iter().map(|s| s.date).collect();
        assert_eq!(dates.first(), Some(&d(2024, 9, 14)));
        assert_eq!(dates.last(), Some(&d(2024, 10, 12)));
        assert!(dates.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(dates.len(), 4 + 1 + 7 + 1);
        assert!(
            cal.special_days(d(2024, 10, 8), d(2024, 10, 11))
                .unwrap()
                .is_empty()
        );
        assert!(
            cal.special_days(d(2024, 10, 7), d(2024, 10, 1))
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            cal.special_days(d(2024, 10, 1), d(2024, 10, 1))
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn empty_calendar_covers_nothing() {
        let cal = Calendar::default();
        assert_eq!(cal.years(), None);
        assert_eq!(
            cal.is_workday(d(2024, 1, 2)),
            Err(CalendarError::YearNotCovered { year: 2024 })
        );
        assert_eq!(Calendar::from_text("# nothing\n").unwrap(), cal);
        assert_eq!(Calendar::from_text(&cal.to_text()).unwrap(), cal);
    }

    #[test]
    fn a_newer_year_extends_the_calendar_and_its_december_days() {
        let cal = Calendar::official().with_text(MADE_UP_2027).unwrap();
        assert_eq!(cal.years(), Some(2018..=2027));
        // The 2027 notice reaches back into December 2026.
        assert_eq!(cal.day_kind(d(2026, 12, 31)), Ok(InLieu));
        assert_eq!(cal.day_kind(d(2026, 12, 27)), Ok(Makeup));
        assert_eq!(cal.add_workdays(d(2026, 12, 30), 1), Ok(d(2027, 1, 4)));
        assert_eq!(cal.notices().last().unwrap().year, 2027);
        assert_eq!(Calendar::from_text(&cal.to_text()).unwrap(), cal);
        // Loading left the original untouched.
        assert_eq!(Calendar::official().day_kind(d(2026, 12, 31)), Ok(Workday));
    }

    #[test]
    fn extending_refuses_what_does_not_fit() {
        let cal = Calendar::official();
        let bare_2028 = "# year 2028\n2028-01-03 holiday New Year's Day";
        assert_eq!(
            cal.with_text(bare_2028),
            Err(CalendarError::YearGap { year: 2027 })
        );
        assert_eq!(
            cal.with_text("# year 2026\n2026-01-02 holiday 元旦"),
            Err(CalendarError::DuplicateYear {
                at: Location::Line(1),
                year: 2026
            })
        );
        assert_eq!(
            cal.with_text("2026-10-01 holiday National Day"),
            Err(CalendarError::DuplicateYear {
                at: Location::Line(1),
                year: 2026
            })
        );
        assert_eq!(
            cal.with_text("# year 2027\n2027-01-01 holiday New Year's Day"),
            Err(CalendarError::YearIncomplete {
                year: 2027,
                missing: Festival::SpringFestival
            })
        );
        let twice = MADE_UP_2027.replace("2027-10-09 workday", "2027-10-07 holiday");
        assert_eq!(
            cal.with_text(&twice),
            Err(CalendarError::DuplicateDate {
                at: Location::Line(16),
                date: d(2027, 10, 7)
            })
        );
    }

    #[test]
    fn weekday_contradictions_are_refused() {
        let refused = |line: &str| match Calendar::from_text(line) {
            Err(CalendarError::KindContradictsWeekday { kind, .. }) => kind,
            other => panic!("{line}: {other:?}"),
        };
        assert_eq!(refused("2024-10-08 workday"), Makeup); // a Tuesday
        assert_eq!(
            refused("2024-10-07 holiday National Day | weekend_in_block"),
            BlockWeekend
        ); // a Monday
        assert_eq!(
            refused("2024-10-05 holiday National Day | statutory_day"),
            Statutory
        ); // a Saturday
        assert_eq!(refused("2024-10-06 holiday National Day | in_lieu"), InLieu);
        assert_eq!(
            refused("2020-02-01 holiday Spring Festival | extension"),
            Ext
        );
    }

    #[test]
    fn local_days_off_layer_on_ordinary_working_days_only() {
        let cal = Calendar::official();
        let local = cal
            .with_local_days_off([(d(2024, 6, 17), " 古尔邦节 ")])
            .unwrap();
        assert_eq!(local.day_kind(d(2024, 6, 17)), Ok(DayKind::LocalDayOff));
        assert!(local.is_statutory_rest_day(d(2024, 6, 17)).unwrap());
        assert_eq!(local.add_workdays(d(2024, 6, 14), 1), Ok(d(2024, 6, 18)));
        assert_eq!(
            local
                .special_day(d(2024, 6, 17))
                .unwrap()
                .unwrap()
                .local_name
                .as_deref(),
            Some("古尔邦节")
        );
        assert_eq!(Calendar::from_text(&local.to_text()).unwrap(), local);

        let clash = |date| {
            Err(CalendarError::LocalDayClash {
                at: Location::Item(0),
                date,
            })
        };
        assert_eq!(
            cal.with_local_days_off([(d(2024, 6, 15), "x")]),
            clash(d(2024, 6, 15))
        ); // Saturday
        assert_eq!(
            cal.with_local_days_off([(d(2024, 10, 1), "x")]),
            clash(d(2024, 10, 1))
        ); // holiday
        assert_eq!(
            cal.with_local_days_off([(d(2024, 9, 29), "x")]),
            clash(d(2024, 9, 29))
        ); // worked Sunday
        assert_eq!(
            local.with_local_days_off([(d(2024, 6, 17), "again")]),
            Err(CalendarError::DuplicateDate {
                at: Location::Item(0),
                date: d(2024, 6, 17)
            })
        );
        assert_eq!(
            cal.with_local_days_off([(d(2027, 1, 4), "x")]),
            Err(CalendarError::YearNotCovered { year: 2027 })
        );
        assert!(matches!(
            cal.with_local_days_off([(d(2024, 6, 17), "two\nlines")]),
            Err(CalendarError::InvalidField { field: "name", .. })
        ));
        assert!(matches!(
            cal.with_local_days_off([(d(2024, 6, 17), "  ")]),
            Err(CalendarError::InvalidField { field: "name", .. })
        ));
    }

    #[test]
    fn a_later_notice_may_not_overrule_a_local_day() {
        let local = Calendar::official()
            .with_local_days_off([(d(2026, 12, 31), "x")])
            .unwrap();
        assert_eq!(
            local.with_text(MADE_UP_2027),
            Err(CalendarError::LocalDayClash {
                at: Location::Line(3),
                date: d(2026, 12, 31)
            })
        );
    }

    /// [`MADE_UP_2027`] in holiday-cn JSON, with the given `papers` array.
    fn made_up_2027_json(papers: &str) -> String {
        let days: Vec<String> = MADE_UP_2027
            .lines()
            .skip(1)
            .map(|line| {
                let (date, rest) = line.split_once(' ').unwrap();
                let (ty, name) = rest.split_once(' ').unwrap();
                let name = Festival::from_name(name.split('|').next().unwrap()).unwrap();
                let (name, off) = (name.name_zh(), ty == "holiday");
                format!(r#"{{"name":"{name}","date":"{date}","isOffDay":{off}}}"#)
            })
            .collect();
        format!(
            r#"{{"year":2027,"papers":{papers},"days":[{}]}}"#,
            days.join(",")
        )
    }

    #[test]
    fn holiday_cn_json_adds_a_year() {
        let json = made_up_2027_json(r#"["https://example.invalid/2027"]"#);
        let cal = Calendar::official().with_holiday_cn_json(&json).unwrap();
        let text = Calendar::official().with_text(MADE_UP_2027).unwrap();
        for day in d(2026, 12, 1).iter_days().take_while(|x| x.year() < 2028) {
            assert_eq!(cal.is_workday(day), text.is_workday(day), "{day}");
        }
        assert_eq!(
            cal.day_kind(d(2027, 2, 8)),
            Ok(DayKind::UnclassifiedHoliday)
        );
        assert_eq!(
            cal.notices().last().unwrap().note,
            "https://example.invalid/2027"
        );
        assert_eq!(Calendar::from_text(&cal.to_text()).unwrap(), cal);
    }

    #[test]
    fn notice_notes_must_fit_on_one_line() {
        let json = made_up_2027_json(r#"["a\nb"]"#);
        assert!(matches!(
            Calendar::official().with_holiday_cn_json(&json),
            Err(CalendarError::InvalidField { field: "note", .. })
        ));
    }

    #[test]
    fn calendar_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Calendar>();
        assert_send_sync::<CalendarError>();
    }
}
