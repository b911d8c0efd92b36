//! The working-day calendar against an independent tabulation of the official schedule
//! (`tests/data/calendar/`), against the statutory days of the holiday measures, and against the
//! laws of working-day arithmetic.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::LazyLock;

use chrono::{Datelike, Days, NaiveDate};
use gongkai::calendar::{Calendar, CalendarError, DayKind, Festival, SpecialDay};
use proptest::prelude::*;

static OFFICIAL: LazyLock<Calendar> = LazyLock::new(Calendar::official);

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}"))
}

fn covered_days() -> impl Iterator<Item = NaiveDate> {
    d(2018, 1, 1).iter_days().take_while(|x| x.year() <= 2026)
}

fn is_weekend(date: NaiveDate) -> bool {
    date.weekday().number_from_monday() >= 6
}

// ---------------------------------------------------------------------------------------------
// The reference data

/// A file of `tests/data/calendar/` (its README names the source).
fn reference(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data/calendar")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read the reference data {}: {e}", path.display()))
}

/// The lines of the reference list, read independently of gongkai's parser:
/// `YYYY-MM-DD holiday <English name>` or `YYYY-MM-DD workday`.
fn reference_list() -> Vec<(NaiveDate, bool, String)> {
    reference("cn-calendar-2018-2026.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut words = l.splitn(3, ' ');
            let day = date(words.next().unwrap());
            let workday = match words.next() {
                Some("workday") => true,
                Some("holiday") => false,
                other => panic!("unexpected line type {other:?} in {l:?}"),
            };
            (day, workday, words.next().unwrap_or("").to_owned())
        })
        .collect()
}

#[test]
fn is_workday_agrees_with_the_reference_list_on_every_day_2018_2026() {
    // The list's rule: a listed date is as listed; any other is a workday iff Monday to Friday.
    let listed: HashMap<NaiveDate, bool> = reference_list()
        .into_iter()
        .map(|(day, workday, _)| (day, workday))
        .collect();
    let mut checked = 0;
    for day in covered_days() {
        let expected = listed.get(&day).copied().unwrap_or(!is_weekend(day));
        assert_eq!(OFFICIAL.is_workday(day), Ok(expected), "{day}");
        checked += 1;
    }
    assert_eq!(checked, 3287);
}

#[test]
fn special_days_are_exactly_the_lines_of_the_reference_list() {
    let list = reference_list();
    let ours = OFFICIAL
        .special_days(d(2018, 1, 1), d(2026, 12, 31))
        .unwrap();
    assert_eq!(ours.len(), list.len());
    for (day, (date, workday, name)) in ours.iter().zip(&list) {
        assert_eq!(day.date, *date);
        if *workday {
            assert_eq!(day.kind, DayKind::MakeupWorkday, "{date}");
        } else {
            assert!(day.kind.is_national_holiday(), "{date}: {:?}", day.kind);
            assert_eq!(day.name_en(), Some(name.as_str()), "{date}");
        }
    }
}

#[test]
fn the_reference_list_loads_as_is_and_gives_the_same_working_days() {
    // gongkai's text format is a superset of the list's.
    let theirs = Calendar::from_text(&reference("cn-calendar-2018-2026.txt")).unwrap();
    assert_eq!(theirs.years(), Some(2018..=2026));
    for day in covered_days() {
        assert_eq!(theirs.is_workday(day), OFFICIAL.is_workday(day), "{day}");
        assert_eq!(
            theirs.is_statutory_rest_day(day),
            OFFICIAL.is_statutory_rest_day(day)
        );
    }
}

/// Days whose kind in our data differs from the detail TSV, with (TSV, ours). The TSV counts 除夕
/// as a statutory day before 2025 (tests/data/calendar/README.md); the statutory days of the Spring
/// Festival were 正月初一至初三 from 2014 to 2024 (全国年节及纪念日放假办法, 2013 revision). The
/// rest keep each block at one 补假 per statutory day on a weekend and one in-lieu day per make-up
/// day (see the header of core/data/calendar/cn-2018-2026.txt).
const TSV_CORRECTIONS: [(&str, DayKind, DayKind); 10] = {
    use DayKind::{InLieuRest as InLieu, StatutoryHoliday as Statutory};
    [
        ("2018-02-15", Statutory, InLieu), // 除夕
        ("2018-02-19", InLieu, Statutory), // 补假 for 初二, 初三 (Sat, Sun)
        ("2018-02-20", InLieu, Statutory),
        ("2020-01-24", Statutory, InLieu), // 除夕
        ("2020-01-29", InLieu, Statutory), // 补假 for 初一, 初二 (Sat, Sun): 1-28, 1-29
        ("2020-01-30", Statutory, InLieu),
        ("2021-02-11", Statutory, InLieu), // 除夕
        ("2021-02-16", InLieu, Statutory), // 补假 for 初二, 初三 (Sat, Sun): 2-15, 2-16
        ("2022-01-31", Statutory, InLieu), // 除夕
        ("2022-02-03", InLieu, Statutory), // 初三
    ]
};

#[test]
fn kinds_and_names_agree_with_the_detail_tsv_but_for_documented_corrections() {
    let tsv = reference("cn-calendar-2018-2026-detail.tsv");
    let mut rows = tsv.lines();
    assert_eq!(
        rows.next(),
        Some("date\tweekday\ttype\tname_en\tname_zh\tnote")
    );
    let mut differences = Vec::new();
    let mut count = 0;
    for row in rows.filter(|r| !r.is_empty()) {
        let [day, weekday, ty, name_en, name_zh, note] = row.split('\t').collect::<Vec<_>>()[..]
        else {
            panic!("malformed row {row:?}");
        };
        let day = date(day);
        assert_eq!(day.format("%a").to_string(), weekday, "{day}");
        let ours = OFFICIAL
            .special_day(day)
            .unwrap()
            .unwrap_or_else(|| panic!("{day} missing"));
        let festival = Festival::from_name(name_en);
        assert_eq!(
            festival,
            Festival::from_name(name_zh),
            "{day}: {name_en} / {name_zh}"
        );
        assert_eq!(ours.festival, festival, "{day}");
        let theirs = match note.split('(').next() {
            Some("statutory_day") => DayKind::StatutoryHoliday,
            Some("in_lieu") => DayKind::InLieuRest,
            Some("weekend_in_block") => DayKind::WeekendInBlock,
            Some("covid_extension") => DayKind::ExtendedHoliday,
            Some("makeup_workday") => DayKind::MakeupWorkday,
            _ => panic!("{day}: unknown note {note:?}"),
        };
        assert_eq!(ty == "workday", theirs == DayKind::MakeupWorkday, "{day}");
        if ours.kind != theirs {
            differences.push((day, theirs, ours.kind));
        }
        count += 1;
    }
    assert_eq!(count, 322);
    let expected: Vec<_> = TSV_CORRECTIONS
        .iter()
        .map(|&(day, theirs, ours)| (date(day), theirs, ours))
        .collect();
    assert_eq!(differences, expected);
}

// ---------------------------------------------------------------------------------------------
// The statutory days of 全国年节及纪念日放假办法

/// Gregorian dates of 正月初一, 清明, 端午 and 中秋, as the notices give them
/// (e.g. 2019: 「端午节：6月7日放假」; 2025: 「1月28日（农历除夕）」).
const LUNAR: [(i32, &str, &str, &str, &str); 9] = [
    (2018, "02-16", "04-05", "06-18", "09-24"),
    (2019, "02-05", "04-05", "06-07", "09-13"),
    (2020, "01-25", "04-04", "06-25", "10-01"),
    (2021, "02-12", "04-04", "06-14", "09-21"),
    (2022, "02-01", "04-05", "06-03", "09-10"),
    (2023, "01-22", "04-05", "06-22", "09-29"),
    (2024, "02-10", "04-04", "06-10", "09-17"),
    (2025, "01-29", "04-04", "05-31", "10-06"),
    (2026, "02-17", "04-05", "06-19", "09-25"),
];

/// The statutory holiday days of a year: 元旦 1; 春节 3 (正月初一至初三), 4 from 2025 (with 除夕);
/// 清明 1; 劳动节 1, 2 from 2025; 端午 1; 中秋 1; 国庆 3.
fn statutory_days(year: i32) -> Vec<(Festival, NaiveDate)> {
    let (_, new_year, qingming, duanwu, zhongqiu) = LUNAR.iter().find(|l| l.0 == year).unwrap();
    let at = |md: &str| date(&format!("{year}-{md}"));
    let chuyi = at(new_year);
    let from_2025 = year >= 2025;
    let mut days = vec![(Festival::NewYear, d(year, 1, 1))];
    if from_2025 {
        days.push((Festival::SpringFestival, chuyi - Days::new(1)));
    }
    days.extend((0..3).map(|i| (Festival::SpringFestival, chuyi + Days::new(i))));
    days.push((Festival::TombSweeping, at(qingming)));
    days.push((Festival::LabourDay, d(year, 5, 1)));
    if from_2025 {
        days.push((Festival::LabourDay, d(year, 5, 2)));
    }
    days.push((Festival::DragonBoat, at(duanwu)));
    days.push((Festival::MidAutumn, at(zhongqiu)));
    days.extend((1..=3).map(|i| (Festival::NationalDay, d(year, 10, i))));
    days
}

#[test]
fn statutory_days_follow_the_holiday_measures() {
    let cal = &*OFFICIAL;
    for year in 2018..=2026 {
        let statutory = statutory_days(year);
        for &(festival, day) in &statutory {
            let kind = cal.day_kind(day).unwrap();
            assert!(
                !kind.is_workday(),
                "{year} {festival:?}: {day} is a working day"
            );
            if !is_weekend(day) {
                assert_eq!(kind, DayKind::StatutoryHoliday, "{day}");
            }
        }
        // Per block: one StatutoryHoliday weekday per statutory day (补假 for one on a weekend, or
        // sharing a date with another festival: 2020-10-01), one in-lieu day per make-up day.
        for festival in Festival::ALL {
            // A New Year's block may begin in the December before (2018-12-29..31 for 2019).
            let notice_year = |s: &SpecialDay| match (s.festival, s.date.month()) {
                (Some(Festival::NewYear), 12) => s.date.year() + 1,
                _ => s.date.year(),
            };
            let block: Vec<_> = cal
                .special_days(d(year - 1, 12, 1).max(d(2018, 1, 1)), d(year, 12, 31))
                .unwrap()
                .iter()
                .filter(|s| s.festival == Some(festival) && notice_year(s) == year)
                .collect();
            let count = |kind| block.iter().filter(|s| s.kind == kind).count();
            let slots = statutory
                .iter()
                .filter(|(_, day)| {
                    cal.special_day(*day).unwrap().unwrap().festival == Some(festival)
                })
                .count();
            assert_eq!(
                count(DayKind::StatutoryHoliday),
                slots,
                "{year} {festival:?}"
            );
            // 国务院办公厅关于延长2020年春节假期的通知 cancelled the make-up day of 2020-02-01.
            let cancelled = usize::from(year == 2020 && festival == Festival::SpringFestival);
            assert_eq!(
                count(DayKind::InLieuRest),
                count(DayKind::MakeupWorkday) + cancelled,
                "{year} {festival:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The laws of working-day arithmetic

fn covered_day() -> impl Strategy<Value = NaiveDate> {
    (0u64..3287).prop_map(|i| d(2018, 1, 1) + Days::new(i))
}

/// A working-day count that may or may not stay within the covered years.
fn count() -> impl Strategy<Value = i32> {
    prop_oneof![-30..=30, -2300..=2300]
}

fn within_or_beyond(result: Result<NaiveDate, CalendarError>) -> Option<NaiveDate> {
    match result {
        Ok(day) => Some(day),
        Err(CalendarError::YearNotCovered { year: 2017 | 2027 }) => None,
        Err(e) => panic!("unexpected {e:?}"),
    }
}

/// Counts working days one day at a time: the definition `workdays_between` must agree with.
fn naive_between(a: NaiveDate, b: NaiveDate) -> i32 {
    let workday = |x| OFFICIAL.is_workday(x).unwrap();
    if b >= a {
        a.iter_days()
            .skip(1)
            .take_while(|x| *x <= b)
            .filter(|x| workday(*x))
            .count() as i32
    } else {
        -(b.iter_days()
            .take_while(|x| *x < a)
            .filter(|x| workday(*x))
            .count() as i32)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn counting_the_days_added_gives_back_n(day in covered_day(), n in count()) {
        if let Some(end) = within_or_beyond(OFFICIAL.add_workdays(day, n)) {
            prop_assert_eq!(OFFICIAL.workdays_between(day, end), Ok(n));
        }
    }

    #[test]
    fn every_day_added_to_is_a_working_day(day in covered_day(), n in count()) {
        prop_assume!(n != 0);
        if let Some(end) = within_or_beyond(OFFICIAL.add_workdays(day, n)) {
            prop_assert!(OFFICIAL.is_workday(end).unwrap());
            prop_assert_eq!(end > day, n > 0);
        }
    }

    #[test]
    fn adding_is_increasing_in_n(day in covered_day(), n in count()) {
        let a = within_or_beyond(OFFICIAL.add_workdays(day, n));
        let b = within_or_beyond(OFFICIAL.add_workdays(day, n + 1));
        if let (Some(a), Some(b)) = (a, b) {
            prop_assert!(a < b);
        }
    }

    #[test]
    fn adding_is_monotone_in_the_date(x in covered_day(), y in covered_day(), n in count()) {
        let (x, y) = (x.min(y), x.max(y));
        let a = within_or_beyond(OFFICIAL.add_workdays(x, n));
        let b = within_or_beyond(OFFICIAL.add_workdays(y, n));
        if let (Some(a), Some(b)) = (a, b) {
            prop_assert!(a <= b);
        }
    }

    #[test]
    fn workdays_between_counts_day_by_day(a in covered_day(), offset in -400i64..400) {
        let b = a.checked_add_signed(chrono::TimeDelta::days(offset)).unwrap();
        prop_assume!(OFFICIAL.covers(b));
        prop_assert_eq!(OFFICIAL.workdays_between(a, b), Ok(naive_between(a, b)));
    }

    #[test]
    fn between_workdays_counting_is_antisymmetric(a in covered_day(), b in covered_day()) {
        let (a, b) = (OFFICIAL.next_workday(a), OFFICIAL.next_workday(b));
        if let (Ok(a), Ok(b)) = (a, b) {
            let (there, back) = (OFFICIAL.workdays_between(a, b), OFFICIAL.workdays_between(b, a));
            prop_assert_eq!(there.unwrap(), -back.unwrap());
        }
    }

    #[test]
    fn next_workday_skips_only_rest_days(day in covered_day()) {
        if let Some(next) = within_or_beyond(OFFICIAL.next_workday(day)) {
            prop_assert!(OFFICIAL.is_workday(next).unwrap());
            for between in day.iter_days().skip(1).take_while(|x| *x < next) {
                prop_assert!(OFFICIAL.is_statutory_rest_day(between).unwrap(), "{}", between);
            }
        }
        if let Some(previous) = within_or_beyond(OFFICIAL.previous_workday(day)) {
            prop_assert!(OFFICIAL.is_workday(previous).unwrap());
            for between in previous.iter_days().skip(1).take_while(|x| *x < day) {
                prop_assert!(!OFFICIAL.is_workday(between).unwrap(), "{}", between);
            }
        }
    }

    #[test]
    fn the_text_rendering_loads_back_as_the_same_calendar(
        picks in proptest::collection::vec((covered_day(), "[a-zA-Z古尔邦节藏历新年 ]{1,12}"), 0..20),
    ) {
        // Local days on ordinary working days, so the calendar has every kind of line.
        let mut days: Vec<_> = picks
            .into_iter()
            .filter(|(day, name)| {
                OFFICIAL.day_kind(*day) == Ok(DayKind::Workday) && !name.trim().is_empty()
            })
            .collect();
        days.sort_by_key(|(day, _)| *day);
        days.dedup_by_key(|(day, _)| *day);
        let cal = OFFICIAL.with_local_days_off(days).unwrap();
        prop_assert_eq!(Calendar::from_text(&cal.to_text()).unwrap(), cal);
    }

    #[test]
    fn loading_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let _ = Calendar::from_text(&text);
        let _ = OFFICIAL.with_text(&text);
        let _ = Calendar::from_holiday_cn_json(&text);
    }

    #[test]
    fn loading_never_panics_on_line_shaped_text(
        lines in proptest::collection::vec(prop_oneof![
            "20[0-3][0-9]-[01][0-9]-[0-3][0-9] (holiday|workday|local|x)?\
             ( (New Year's Day|Spring Festival|国庆节|x))?( \\| [a-z_]{0,16})?",
            "# year -?[0-9]{1,7}( notice [^\n]{0,12})?",
        ], 0..30),
    ) {
        let text = lines.join("\n");
        let _ = Calendar::from_text(&text);
        let _ = OFFICIAL.with_text(&text);
    }

    #[test]
    fn loading_never_panics_on_holiday_cn_shaped_json(
        year in -300_000i64..300_000,
        days in proptest::collection::vec(
            ("[0-9]{4}-[0-9]{2}-[0-9]{2}", any::<bool>(), "(元旦|春节|国庆节、中秋节|x)"),
            0..10,
        ),
    ) {
        let days: Vec<String> = days
            .iter()
            .map(|(day, off, name)| {
                format!(r#"{{"name":"{name}","date":"{day}","isOffDay":{off}}}"#)
            })
            .collect();
        let json = format!(r#"{{"year":{year},"days":[{}]}}"#, days.join(","));
        let _ = Calendar::from_holiday_cn_json(&json);
        let _ = OFFICIAL.with_holiday_cn_json(&json);
    }
}
