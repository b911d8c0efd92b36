//! Dates as notices write them, read from running text with their spans.
//!
//! - a day: `2019年7月16日` (or `16号`), `2019-07-16`, `2019/7/16`, `2019.7.16`,
//!   `二〇一九年七月十六日` (`〇` or `零`, `十`, `廿`, `卅`), full-width digits (`２０１９年`);
//! - with its time of day: `9:30`, `09:30:00`, `9时30分`, `上午9时`, `下午2点30分`, `9点半`,
//!   after the weekday when one is given (`2019年7月16日（星期二）上午9:30`);
//! - a month: `2019年7月`; a year: `2019年`, and years from one to another: `2021—2025年`;
//! - a range: `自2019年7月16日至2019年7月22日`, `2019年7月16日-7月22日`, `7月16日至22日`,
//!   `2019年7月16日9:00至17:00`;
//! - a period from an event: `自本公告发布之日起5个工作日`, `收到本决定书之日起60日`,
//!   `合同签订后60日`. A length alone (`公示期为3日`, `公告期限：1个工作日`, `工期720日历天`)
//!   names no event to count from and is no date.
//!
//! A date that does not exist (`2019年2月30日`, `2019年13月`) is no date: it is not read, and
//! nothing else is read from its figures. A year alone (`2019年`) and years from one to another
//! (`2021—2025年`, `2021年至2025年`) are dates of a year's precision: a programme's year, a
//! plan's period. A programme's year as a name (`2019年度`) is not.
//!
//! # Example
//! ```
//! use gongkai::notice::{dates, DateValue};
//! let text = "公示期：2019年7月16日至2019年7月22日，开标时间：２０１９年８月１日上午９时３０分。";
//! let found = dates(text);
//! assert_eq!(found.len(), 2);
//! match &found[0].value {
//!     DateValue::Range { from, to } => {
//!         assert_eq!((from.to_string(), to.to_string()), ("2019-07-16".into(), "2019-07-22".into()));
//!     }
//!     other => panic!("{other:?}"),
//! }
//! assert_eq!(found[1].value.to_string(), "2019-08-01 09:30");
//! assert_eq!(found[1].span.of(text), Some("２０１９年８月１日上午９时３０分"));
//! ```

use std::fmt;

use chrono::{Datelike, NaiveTime};

use super::span::Spanned;
use super::text::{CharFilter, Chars, chinese_digit};
use crate::date::{StatedDate, from_ymd};
use crate::period::{Period, PeriodUnit};

/// A date a notice states.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DateValue {
    /// A day (with its time of day, when given), a month or a year.
    Date(StatedDate),
    /// From one date to another (`自…至…`). The end's year, month or day, when the text leaves
    /// them out (`2019年7月16日-22日`), are the start's.
    Range {
        /// The first date.
        from: StatedDate,
        /// The last date.
        to: StatedDate,
    },
    /// A period counted from an event: `自本公告发布之日起5个工作日` (anchor `本公告发布`),
    /// `公示期为3日` (no anchor stated).
    Relative {
        /// The event the period counts from, as the notice names it.
        anchor: Option<String>,
        /// The period.
        period: Period,
    },
}

impl fmt::Display for DateValue {
    /// `2019-07-16`, `2019-07-16/2019-07-22`, `本公告发布+5个工作日`, `+3日`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Date(d) => write!(f, "{d}"),
            DateValue::Range { from, to } => write!(f, "{from}/{to}"),
            DateValue::Relative { anchor, period } => {
                write!(f, "{}+{period}", anchor.as_deref().unwrap_or(""))
            }
        }
    }
}

/// Every date `text` states, in order, each with its span.
///
/// # Example
/// ```
/// use gongkai::notice::dates;
/// let text = "公告期限：自本公告发布之日起1个工作日。2019年2月30日不是日期。";
/// let found: Vec<String> = dates(text).iter().map(|d| d.value.to_string()).collect();
/// assert_eq!(found, ["本公告发布+1个工作日"]);
/// ```
pub fn dates(text: &str) -> Vec<Spanned<DateValue>> {
    dates_in(&Chars::new(text))
}

/// [`dates`] of characters already folded.
pub(crate) fn dates_in(c: &Chars<'_>) -> Vec<Spanned<DateValue>> {
    // Where a number starts (a figure or a Chinese numeral): only there can a date or a period
    // start. One pass over the characters reads the dates there, and keeps the few starts a
    // period may be read at ([`after_cue`]) for the periods, read once the dates are known.
    let all = c.all();
    let mut cued: Vec<usize> = Vec::new();
    let mut found: Vec<(usize, usize, DateValue)> = Vec::new();
    let mut i = 0;
    for (k, &ch) in all.iter().enumerate() {
        if !(NUMBER_STARTS.may_hold(ch) && starts_number(ch)) {
            continue;
        }
        if after_cue(all, k) {
            cued.push(k);
        }
        // A year is four figures or four Chinese digits ([`year`]): a number whose second
        // character is not one of its kind starts none.
        let second = all.get(k + 1).copied();
        let year_may_start = if ch.is_ascii_digit() {
            second.is_some_and(|d| d.is_ascii_digit())
        } else {
            second.is_some_and(|d| chinese_digit(d).is_some())
        };
        if !year_may_start {
            continue;
        }
        // A date starts with its year's first figure or Chinese digit: not after another figure
        // (within a longer number, where no year starts, [`year`]), nor inside a code
        // (`BS2025-06-01`, a parcel's number).
        if k < i
            || matches!(all[k], '两' | '十' | '廿' | '卅')
            || k > 0 && (all[k - 1].is_ascii_alphanumeric() || matches!(all[k - 1], '-' | '_'))
        {
            continue;
        }
        if let Some((value, end)) = date_or_range(c, k) {
            found.push((k, end, value));
            i = end;
        }
    }
    let taken: Vec<(usize, usize)> = found.iter().map(|(a, b, _)| (*a, *b)).collect();
    let mut relative = periods(c, &taken, &cued);
    found.append(&mut relative);
    found.sort_by_key(|(a, _, _)| *a);
    found
        .into_iter()
        .map(|(a, b, value)| Spanned {
            value,
            span: c.span(a, b),
        })
        .collect()
}

/// The characters that may start a number ([`starts_number`]): most characters of a text are
/// passed after one test of a bit.
static NUMBER_STARTS: CharFilter = CharFilter::new(&[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '〇', '零', '两', '二', '一', '三', '四',
    '五', '六', '七', '八', '九', '十', '廿', '卅',
]);

/// True when the number at `k` follows `起` or `后` (across spaces, commas and colons): only
/// such a number reads as a period from an event ([`cue`]'s anchors), and most numbers of a
/// text do not, so that the periods' reader visits these alone. Where the number at `k` goes
/// on a number begun before it, the character before it is that number's, and it is none.
fn after_cue(all: &[char], k: usize) -> bool {
    // Most numbers follow none of these: told by one character.
    if k == 0 || !matches!(all[k - 1], ' ' | ',' | '，' | ':' | '起' | '后') {
        return false;
    }
    let mut before = k;
    while before > 0 && matches!(all[before - 1], ' ' | ',' | '，' | ':') {
        before -= 1;
    }
    before > 0 && matches!(all[before - 1], '起' | '后')
}

/// True when the characters from `i` on are `word`'s, the word written folded as the text's
/// characters are: one comparison of a slice, not [`Chars::at`]'s decoding of the word's
/// characters one by one, where the word is one of a list.
fn at(c: &Chars<'_>, i: usize, word: &[char]) -> bool {
    c.all().get(i..i + word.len()) == Some(word)
}

/// A figure or a Chinese numeral, which may start a number.
fn starts_number(ch: char) -> bool {
    ch.is_ascii_digit() || chinese_digit(ch).is_some() || matches!(ch, '十' | '廿' | '卅')
}

/// A date at `i`, or a range starting there.
fn date_or_range(c: &Chars<'_>, i: usize) -> Option<(DateValue, usize)> {
    // Each form starts with a year: read once, here, for the three.
    let first = year(c, i)?;
    if let Some(months) = months_of_a_year(c, first) {
        return Some(months);
    }
    if let Some(years) = years(c, first) {
        return Some(years);
    }
    let (from, end) = full_date_from(c, i, first)?;
    // A range's dates may each be followed by their weekday (`2025年11月3日（星期一）至…`).
    let k = c.skip_spaces(end);
    let k = weekday_after(c, k).map_or(k, |w| c.skip_spaces(w));
    // `起至`, `至`, `到`, `-` (and the dashes and waves that fold to it): told by the character
    // at `k`, one connector at most standing there.
    let connector = match c.get(k) {
        Some('起') if c.get(k + 1) == Some('至') => 2,
        Some('至' | '到' | '-') => 1,
        _ => 0,
    };
    if connector > 0 {
        let k2 = c.skip_spaces(k + connector);
        let second = full_date(c, k2).or_else(|| partial_date(c, k2, from));
        if let Some((to, end2)) = second {
            let end2 = weekday_after(c, end2).unwrap_or(end2);
            return Some((DateValue::Range { from, to }, end2));
        }
    }
    Some((DateValue::Date(from), end))
}

/// The end of a weekday in brackets at `k` (`（星期一）`, `(周四)`), if one stands there.
fn weekday_after(c: &Chars<'_>, k: usize) -> Option<usize> {
    if c.get(k) != Some('(') {
        return None;
    }
    let n = match (c.get(k + 1), c.get(k + 2)) {
        (Some('星'), Some('期')) | (Some('礼'), Some('拜')) => 2,
        (Some('周'), _) => 1,
        _ => return None,
    };
    let d = k + 1 + n;
    (c.get(d).is_some_and(|d| "一二三四五六日天".contains(d)) && c.get(d + 1) == Some(')'))
        .then_some(d + 2)
}

/// Months of one year written once (`2026年1至6月`, `2026年1-6月`) after the year `(y, j)` (its
/// value and end): the range of months.
fn months_of_a_year(c: &Chars<'_>, (y, j): (u32, usize)) -> Option<(DateValue, usize)> {
    if c.get(j) != Some('年') {
        return None;
    }
    let (m1, k) = c.number(j + 1, 2)?;
    // `至`, or `-` and the dashes and waves that fold to it (`—`, `～`, `~`).
    if !matches!(c.get(k), Some('至' | '-')) {
        return None;
    }
    let (m2, e) = c.number(k + 1, 2)?;
    if c.get(e) != Some('月') || !(1..=12).contains(&m1) || !(m1 < m2 && m2 <= 12) {
        return None;
    }
    let month = |m: u32| format!("{y:04}-{m:02}").parse::<StatedDate>().ok();
    Some((
        DateValue::Range {
            from: month(m1)?,
            to: month(m2)?,
        },
        e + 1,
    ))
}

/// A year alone (`2025年`) or years from one to another (`2021—2025年`, `2021年至2025年`): a
/// programme's year, a plan's period. Not a year that starts a day or a month (`2025年8月`),
/// nor a programme's year as a name (`2025年度`), nor one within a document's number
/// (`〔2025〕`, which has no `年`). From the year `(y1, j)` read already (its value and end).
fn years(c: &Chars<'_>, (y1, j): (u32, usize)) -> Option<(DateValue, usize)> {
    let plausible = |y: u32| (1949..=2100).contains(&y);
    let year_of = |y: u32| format!("{y:04}").parse::<StatedDate>().ok();
    // The end of `年` (and `度`) at `k`, when no month follows it, nor a batch's or round's
    // number (`2025年第3批`, `2024年第二期`: a batch's name, as `2025年度` is a programme's).
    let year_word = |k: usize| {
        if c.get(k) != Some('年') || c.get(k + 1) == Some('度') || batch_after(c, k + 1) {
            return None;
        }
        c.get(k + 1)
            .is_none_or(|n| !starts_number(n))
            .then_some(k + 1)
    };
    if !plausible(y1) {
        return None;
    }
    // The second year of a range and where it ends.
    let second = |k: usize| {
        // `至`, `到`, or `-` and the dashes and waves that fold to it (`—`, `－`, `～`, `~`).
        if !matches!(c.get(k), Some('至' | '-' | '到')) {
            return None;
        }
        let k = k + 1;
        let (y2, j2) = year(c, k)?;
        let e = year_word(j2)?;
        (plausible(y2) && y2 > y1).then_some((y2, e))
    };
    let (first_end, range) = match year_word(j) {
        Some(e) => (e, second(e)),
        None => (j, Some(second(j)?)),
    };
    match range {
        Some((y2, e)) => Some((
            DateValue::Range {
                from: year_of(y1)?,
                to: year_of(y2)?,
            },
            e,
        )),
        None => Some((DateValue::Date(year_of(y1)?), first_end)),
    }
}

/// Whether a batch's, an issue's, a round's or a notice's number starts at `k` (`第3批`, `第二期`,
/// `第１轮`, its full-width figure folded; `（二〇二五年第4号）`, a notice's number by its year).
fn batch_after(c: &Chars<'_>, k: usize) -> bool {
    if c.get(k) != Some('第') {
        return false;
    }
    let mut n = k + 1;
    while c
        .get(n)
        .is_some_and(|d| d.is_ascii_digit() || d == '十' || chinese_digit(d).is_some())
    {
        n += 1;
    }
    n > k + 1 && matches!(c.get(n), Some('批' | '期' | '轮' | '号'))
}

/// A year of four figures or four Chinese digits at `i`, not within a longer number.
fn year(c: &Chars<'_>, i: usize) -> Option<(u32, usize)> {
    if i > 0 && c.get(i - 1).is_some_and(|p| p.is_ascii_digit()) {
        return None;
    }
    if let Some((y, j)) = c.arabic(i, 4) {
        return (j - i == 4).then_some((y, j));
    }
    let mut y = 0;
    for k in i..i + 4 {
        y = y * 10
            + c.get(k)
                .and_then(chinese_digit)
                .filter(|_| c.get(k) != Some('两'))?;
    }
    c.get(i + 4)
        .is_none_or(|n| chinese_digit(n).is_none())
        .then_some((y, i + 4))
}

/// A whole date at `i`: a year, a month and (but for a month alone) a day, with the time of day
/// after it when one is given.
fn full_date(c: &Chars<'_>, i: usize) -> Option<(StatedDate, usize)> {
    full_date_from(c, i, year(c, i)?)
}

/// [`full_date`] at `i`, whose year `(y, j)` (its value and end) is read already.
fn full_date_from(c: &Chars<'_>, i: usize, (y, j): (u32, usize)) -> Option<(StatedDate, usize)> {
    let y = i64::from(y);
    match c.get(j)? {
        '年' => {
            let (m, k) = c.number(j + 1, 2)?;
            if c.get(k) != Some('月') {
                return None;
            }
            match day_of_month(c, k + 1) {
                Some((d, e)) => {
                    let date = from_ymd(y, m, d).ok()?;
                    Some(with_time(c, date, e))
                }
                None => {
                    from_ymd(y, m, 1).ok()?;
                    let month = format!("{y:04}-{m:02}").parse().ok()?;
                    Some((month, k + 1))
                }
            }
        }
        sep @ ('-' | '/' | '.') => {
            let (m, k) = c.arabic(j + 1, 2)?;
            // A month alone in figures (`2016-08`, a register's column): two figures, then
            // a space, the line's end or a stop, after a space (a cell's tab); not `2025-12号地块`,
            // `安平2025-09` or `编号：2025-09`, a parcel's number, nor with a point, which a
            // number has.
            if c.get(k) != Some(sep) {
                let alone = sep != '.'
                    && k == j + 3
                    && (i == 0 || c.get(i - 1).is_some_and(char::is_whitespace))
                    && c.get(k).is_none_or(|n| {
                        n.is_whitespace()
                            || matches!(n, ',' | '，' | '。' | ';' | '；' | '、' | ')')
                    });
                if alone {
                    from_ymd(y, m, 1).ok()?;
                    let month = format!("{y:04}-{m:02}").parse().ok()?;
                    return Some((month, k));
                }
                return None;
            }
            let (d, e) = c.arabic(k + 1, 2)?;
            if c.get(e) == Some(sep) && c.get(e + 1).is_some_and(|n| n.is_ascii_digit()) {
                return None;
            }
            let date = from_ymd(y, m, d).ok()?;
            Some(with_time(c, date, e))
        }
        _ => None,
    }
}

/// A day of the month at `i` (`16日`, `16号`, `十六日`; figures without `日` when no figure
/// follows): the day and where it ends.
fn day_of_month(c: &Chars<'_>, i: usize) -> Option<(u32, usize)> {
    let (d, e) = c.number(i, 2)?;
    match c.get(e) {
        Some('日' | '号') => Some((d, e + 1)),
        _ if c.arabic(i, 2).is_some() => Some((d, e)),
        _ => None,
    }
}

/// The day `date` with the time of day at `end` when one follows; a half of the day without
/// an hour (`2025年8月15日上午`) is part of the date as written, not a time.
fn with_time(c: &Chars<'_>, date: chrono::NaiveDate, end: usize) -> (StatedDate, usize) {
    match time_of_day(c, end, true) {
        Some((t, e)) => (StatedDate::at(date, t), e),
        None => {
            let half = matches!(
                (c.get(end), c.get(end + 1)),
                (Some('上' | '下'), Some('午'))
            );
            (StatedDate::day(date), end + if half { 2 } else { 0 })
        }
    }
}

/// The end of a range whose start is `from`: a whole date, a month and day (`7月22日`), a
/// day (`22日`), a month after a month (`9月`), or a time on the same day (`17:00`).
fn partial_date(c: &Chars<'_>, i: usize, from: StatedDate) -> Option<(StatedDate, usize)> {
    let y = i64::from(from.first().year());
    if let Some((m, k)) = c.number(i, 2).filter(|(_, k)| c.get(*k) == Some('月')) {
        return match day_of_month(c, k + 1) {
            Some((d, e)) => Some(with_time(c, from_ymd(y, m, d).ok()?, e)),
            None if from.exact().is_none() => {
                from_ymd(y, m, 1).ok()?;
                Some((format!("{y:04}-{m:02}").parse().ok()?, k + 1))
            }
            None => None,
        };
    }
    let day = from.exact()?;
    if let Some((d, e)) = c
        .number(i, 2)
        .filter(|(_, e)| matches!(c.get(*e), Some('日' | '号')))
    {
        return Some(with_time(c, from_ymd(y, day.month(), d).ok()?, e + 1));
    }
    from.time()?;
    let (t, e) = time_of_day(c, i, false)?;
    Some((StatedDate::at(day, t), e))
}

/// A time of day at `i` (after spaces, and after the weekday when `weekday` allows one):
/// `9:30`, `09:30:00`, `9时30分`, `9时`, `上午9点`, `下午2点30分`, `9点半`.
fn time_of_day(c: &Chars<'_>, i: usize, weekday: bool) -> Option<(NaiveTime, usize)> {
    let mut k = c.skip_spaces(i);
    if weekday {
        let open = c.get(k) == Some('(');
        let w = k + usize::from(open);
        let name = match (c.get(w), c.get(w + 1)) {
            (Some('星'), Some('期')) | (Some('礼'), Some('拜')) => Some(2),
            (Some('周'), _) => Some(1),
            _ => None,
        };
        if let Some(n) = name
            && c.get(w + n).is_some_and(|d| "一二三四五六日天".contains(d))
        {
            let after = w + n + 1;
            k = match (open, c.get(after)) {
                (true, Some(')')) => c.skip_spaces(after + 1),
                (false, _) => c.skip_spaces(after),
                _ => k,
            };
        }
    }
    // A half of the day: `上午`, `早上`, `凌晨` (before noon), `中午`, `下午`, `晚上`.
    let half = match (c.get(k), c.get(k + 1)) {
        (Some('上'), Some('午')) | (Some('早'), Some('上')) | (Some('凌'), Some('晨')) => {
            Some(false)
        }
        (Some('中' | '下'), Some('午')) | (Some('晚'), Some('上')) => Some(true),
        _ => None,
    };
    if half.is_some() {
        k = c.skip_spaces(k + 2);
    }
    let (mut h, e) = c.number(k, 2)?;
    let (m, s, end) = match c.get(e)? {
        ':' => {
            let (m, f) = c.arabic(e + 1, 2).filter(|(_, f)| f - e == 3)?;
            match c
                .arabic(f + 1, 2)
                .filter(|(_, g)| c.get(f) == Some(':') && g - f == 3)
            {
                Some((s, g)) => (m, s, g),
                None => (m, 0, f),
            }
        }
        '时' | '点' => {
            let f = e + 1;
            if let Some((m, g)) = c.number(f, 2).filter(|(_, g)| c.get(*g) == Some('分')) {
                (m, 0, g + 1)
            } else if c.get(f) == Some('半') {
                (30, 0, f + 1)
            } else if c.get(f) == Some('整') {
                (0, 0, f + 1)
            } else {
                (0, 0, f)
            }
        }
        _ => return None,
    };
    if half == Some(true) && h < 12 {
        h += 12;
    }
    // Seconds (a portal's `16:05:33` stamp) are read and checked, not kept: no time limit in
    // these rules is finer than a minute, and a date's value names its minute.
    NaiveTime::from_hms_opt(h, m, s)?;
    NaiveTime::from_hms_opt(h, m, 0).map(|t| (t, end))
}

/// The periods counted from an event, outside the dates already read (`taken`), at the starts
/// of `numbers` (in order; those after a cue, [`after_cue`]).
fn periods(
    c: &Chars<'_>,
    taken: &[(usize, usize)],
    numbers: &[usize],
) -> Vec<(usize, usize, DateValue)> {
    let inside = |k: usize| taken.iter().any(|(a, b)| *a <= k && k < *b);
    // The dates read are in order and apart, and the numbers' starts in order: whether a start
    // is within one is told by walking the dates beside them, not by asking each date.
    debug_assert!(taken.windows(2).all(|w| w[0].1 <= w[1].0));
    let mut dates = taken.iter().peekable();
    let mut out = Vec::new();
    let mut next = 0;
    // A period starts with a number: at the starts of `numbers` not within one read.
    for &i in numbers {
        if i < next {
            continue;
        }
        while dates.next_if(|(_, b)| *b <= i).is_some() {}
        let within = dates.peek().is_some_and(|(a, _)| *a <= i);
        let after_figure = i > 0
            && c.get(i - 1)
                .is_some_and(|p| p.is_ascii_digit() || p == '月');
        let fresh = !within && !after_figure;
        let read = fresh
            .then(|| c.number(i, 4))
            .flatten()
            .and_then(|(n, e)| unit(c, c.skip_spaces(e)).map(|(u, end)| (n, u, end)))
            .filter(|(_, _, end)| !(i..*end).any(inside));
        let Some((n, unit, end)) = read else {
            continue;
        };
        // A length the notice gives its period (`公示期为3日`) counts from no event it names:
        // it is no date.
        if let Some((start, anchor @ Some(_))) = cue(c, i, taken) {
            let period = Period { n, unit };
            out.push((start, end, DateValue::Relative { anchor, period }));
        }
        next = end;
    }
    out
}

/// The unit of a period at `i` and where it ends.
fn unit(c: &Chars<'_>, i: usize) -> Option<(PeriodUnit, usize)> {
    // `个` before most of them (`个工作日`, `个自然日`, `个日历日`, `个小时`, `个月`), then the
    // words without it (`工作日`, `自然日`, `日历日`, `小时`, `年`, `日`, `天`).
    let k = i + usize::from(c.get(i)? == '个');
    let (unit, len) = match c.get(k)? {
        '工' if at(c, k + 1, &['作', '日']) => (PeriodUnit::Workday, 3),
        '自' if at(c, k + 1, &['然', '日']) => (PeriodUnit::Day, 3),
        '日' if at(c, k + 1, &['历', '日']) => (PeriodUnit::Day, 3),
        '小' if c.get(k + 1) == Some('时') => (PeriodUnit::Hour, 2),
        '月' if k > i => (PeriodUnit::Month, 1),
        '年' if k == i => (PeriodUnit::Year, 1),
        '日' if k == i => (PeriodUnit::Day, 1),
        '天' if k == i => (PeriodUnit::Day, 1),
        _ => return None,
    };
    Some((unit, k + len))
}

/// What makes the number at `n` a period from an event: `自…之日起` just before it (its start
/// and the anchor's name), or a word naming a period (`公示期为`, `公告期限：`; its start, no
/// anchor). `None` for a number of days said of anything else (`投标有效期90日` is no date).
fn cue(c: &Chars<'_>, n: usize, taken: &[(usize, usize)]) -> Option<(usize, Option<String>)> {
    // The clause before the number: back to a full stop, a semicolon, a line or a date.
    let mut from = n;
    while from > 0
        && n - from < 40
        && !matches!(c.get(from - 1), Some('。' | ';' | '\n' | '\r'))
        && !taken.iter().any(|(_, b)| *b == from)
    {
        from -= 1;
    }
    let mut before = n;
    while before > from && matches!(c.get(before - 1), Some(' ' | ',' | '，' | ':')) {
        before -= 1;
    }
    if before > from && c.get(before - 1) == Some('起') {
        let mut end = before - 1;
        for tail in ["之日", "日"] {
            let len = tail.chars().count();
            if end >= from + len && c.at(end - len, tail) {
                end -= len;
                break;
            }
        }
        // The event's 自 or 从 within the clause: a comma between it and the number ends the
        // search (`自治州…申请复议，或在收到本决定书之日起６个月`), and 自 that begins a word of its
        // own (自治州, 自然资源, 自行) is no `from`.
        let marked = (from..end)
            .rev()
            .take_while(|&k| !matches!(c.get(k), Some('，' | ',' | '；' | '。')))
            .find(|&k| match c.get(k) {
                Some('从') => true,
                Some('自') => !matches!(
                    c.get(k + 1),
                    Some('治' | '然' | '行' | '愿' | '有' | '筹' | '主' | '身' | '己' | '动')
                ),
                _ => false,
            });
        let (start, first) = match marked {
            Some(k) => (k, k + 1),
            // No 自: the event is the words back to the clause's last break (`可在收到本决定书
            // 之日起六十日内`, `应于成交之日起10个工作日内`), only where `之日起` names it.
            None => {
                if !c.at(end, "之日起") {
                    return None;
                }
                let mut k = end;
                while k > from
                    && end - k < 16
                    && !matches!(
                        c.get(k - 1),
                        Some(
                            '，' | ','
                                | '：'
                                | ':'
                                | '、'
                                | '（'
                                | '('
                                | ' '
                                | '\t'
                                | '在'
                                | '于'
                                | '应'
                                | '可'
                        )
                    )
                {
                    k -= 1;
                }
                if k == end || (k..end).any(|j| c.get(j).is_some_and(|ch| ch.is_ascii_digit())) {
                    return None;
                }
                (k, k)
            }
        };
        let anchor = c.string(first, end);
        return Some((start, (!anchor.is_empty()).then_some(anchor)));
    }
    // A time limit counted from the contract (`合同签订后60日内交货`): the event, then `后`. A
    // length in calendar days (`合同签订后45日历天`) is a duration the writers of the formats
    // give as a length, not a date.
    if before > from && c.get(before - 1) == Some('后') {
        let mut k = n;
        while c.get(k).is_some_and(|d| d.is_ascii_digit()) {
            k += 1;
        }
        if c.at(k, "日历") {
            return None;
        }
        // And from the notice itself (`于本公告发布后5个工作日内退还`).
        for event in [
            "合同签订",
            "合同生效",
            "签订合同",
            "合同签署",
            "本公告发布",
            "公告发布",
        ] {
            let len = event.chars().count();
            if before > from + len && c.at(before - 1 - len, event) {
                return Some((before - 1 - len, Some(event.to_owned())));
            }
        }
    }
    // A word naming the period, then only `为`, `是`, `共` or a colon.
    let mut k = n;
    while k > from && matches!(c.get(k - 1), Some(' ' | '\t' | ':' | '为' | '是' | '共')) {
        k -= 1;
    }
    for word in [
        "公示期限",
        "公告期限",
        "公示期",
        "公告期",
        "公示时间",
        "公告时间",
        "公示时限",
    ] {
        let len = word.chars().count();
        if k >= from + len && c.at(k - len, word) {
            return Some((k - len, None));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_passes_every_character_that_starts_a_number() {
        for ch in '\0'..=char::MAX {
            if starts_number(ch) {
                assert!(NUMBER_STARTS.may_hold(ch), "{ch}");
            }
        }
    }

    fn read(text: &str) -> Vec<(String, String)> {
        dates(text)
            .into_iter()
            .map(|d| (d.span.of(text).unwrap().to_owned(), d.value.to_string()))
            .collect()
    }

    fn one(text: &str) -> String {
        let r = read(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, text, "the span is the whole text");
        r[0].1.clone()
    }

    #[test]
    fn every_form_of_a_day() {
        for (text, value) in [
            ("2019年7月16日", "2019-07-16"),
            ("2019年07月16号", "2019-07-16"),
            ("2019-07-16", "2019-07-16"),
            ("2019/7/16", "2019-07-16"),
            ("2019.7.16", "2019-07-16"),
            ("二〇一九年七月十六日", "2019-07-16"),
            ("二零一九年七月十六日", "2019-07-16"),
            ("二○二○年十二月廿二日", "2020-12-22"),
            ("二〇二〇年二月二十九日", "2020-02-29"),
            ("二〇二〇年一月卅一日", "2020-01-31"),
            ("２０１９年７月１６日", "2019-07-16"),
            ("２０１９－０７－１６", "2019-07-16"),
            ("2019年7月", "2019-07"),
            ("二〇一九年十月", "2019-10"),
        ] {
            assert_eq!(one(text), value, "{text}");
        }
    }

    #[test]
    fn times_of_day() {
        for (text, value) in [
            ("2019年7月16日9:30", "2019-07-16 09:30"),
            // Seconds are read as part of the time, its minute kept.
            ("2019-07-16 09:30:15", "2019-07-16 09:30"),
            ("2019年7月16日9时30分", "2019-07-16 09:30"),
            ("2019年7月16日上午9时", "2019-07-16 09:00"),
            ("2019年7月16日下午2点30分", "2019-07-16 14:30"),
            ("2019年7月16日下午3点半", "2019-07-16 15:30"),
            ("2019年7月16日（星期二）上午9：30", "2019-07-16 09:30"),
            ("2019年7月16日 星期二 14:00", "2019-07-16 14:00"),
            ("二〇一九年七月十六日上午九时三十分", "2019-07-16 09:30"),
            ("2019年7月16日中午12点", "2019-07-16 12:00"),
        ] {
            assert_eq!(one(text), value, "{text}");
        }
        // A code that holds a date's figures is no date.
        assert!(read("地块编号：BS2025-06-01").is_empty());
        // A time that is none leaves the day alone.
        assert_eq!(
            read("2019-07-16 09:30:61"),
            [("2019-07-16".to_owned(), "2019-07-16".to_owned())]
        );
        assert_eq!(
            read("2019年7月16日25:00"),
            [("2019年7月16日".to_owned(), "2019-07-16".to_owned())]
        );
    }

    #[test]
    fn ranges() {
        for (text, value) in [
            ("2019年7月16日至2019年7月22日", "2019-07-16/2019-07-22"),
            ("2019年7月16日-7月22日", "2019-07-16/2019-07-22"),
            ("2019年7月16日至22日", "2019-07-16/2019-07-22"),
            ("2019-07-16 至 2019-07-22", "2019-07-16/2019-07-22"),
            (
                "2019年7月16日9:00至2019年7月22日17:00",
                "2019-07-16 09:00/2019-07-22 17:00",
            ),
            (
                "2019年7月16日9:00至17:00",
                "2019-07-16 09:00/2019-07-16 17:00",
            ),
            ("2019年7月至9月", "2019-07/2019-09"),
            ("2019年7月16日起至2019年7月22日", "2019-07-16/2019-07-22"),
            (
                "2025年11月3日（星期一）至2025年11月6日（星期四）",
                "2025-11-03/2025-11-06",
            ),
        ] {
            assert_eq!(one(text), value, "{text}");
        }
        assert_eq!(one("2026年1至6月"), "2026-01/2026-06");
        assert_eq!(
            read("2025年8月15日上午在市政务中心")[0].0,
            "2025年8月15日上午"
        );
        let r = read("自2019年7月16日至2019年7月22日止");
        assert_eq!(r[0].0, "2019年7月16日至2019年7月22日");
        let r = read("公示期：2025年11月3日(周一)至2025年11月6日(周四)。");
        assert_eq!(r[0].0, "2025年11月3日(周一)至2025年11月6日(周四)");
    }

    #[test]
    fn periods_from_an_event() {
        assert_eq!(one("自发布之日起5个工作日"), "发布+5个工作日");
        assert_eq!(one("自本公告发布之日起1个工作日"), "本公告发布+1个工作日");
        assert_eq!(one("本公告发布后5个工作日"), "本公告发布+5个工作日");
        assert_eq!(one("合同签订后60日"), "合同签订+60日");
        assert_eq!(read("交货期：合同签订后60日内")[0].0, "合同签订后60日");
        assert!(read("工期：合同签订后45日历天").is_empty());
        assert!(read("公示期为3日").is_empty());
        assert!(read("公示期：三个工作日").is_empty());
        assert!(read("公告期限为5个工作日").is_empty());
        assert_eq!(one("从公示之日起七天"), "公示+7日");
        // 自 of a place's name is no `from`, and the event ends at a comma.
        assert_eq!(
            read("可向海西蒙古族藏族自治州人民政府申请行政复议，或在收到本决定书之日起６个月内"),
            [(
                "收到本决定书之日起６个月".to_owned(),
                "收到本决定书+6个月".to_owned()
            )]
        );
        assert_eq!(one("自然资源局公告之日起5日"), "自然资源局公告+5日");
        // Years (民法典 Art 202): a bar from a decision; a term without 之日起 is none.
        assert_eq!(one("自本决定作出之日起5年"), "本决定作出+5年");
        assert_eq!(
            read("当事人自退回公共租赁住房之日起五年内不得再次申请"),
            [(
                "自退回公共租赁住房之日起五年".to_owned(),
                "退回公共租赁住房+5年".to_owned()
            )]
        );
        assert!(read("出让年限50年").is_empty());
        // Without 自: the event is the clause's words before 之日起.
        let text = "如不服本决定，可在收到本决定书之日起六十日内申请行政复议";
        assert_eq!(
            read(text),
            [(
                "收到本决定书之日起六十日".to_owned(),
                "收到本决定书+60日".to_owned()
            )]
        );
        let text = "竞得人应于成交之日起10个工作日内签订合同";
        assert_eq!(
            read(text),
            [(
                "成交之日起10个工作日".to_owned(),
                "成交+10个工作日".to_owned()
            )]
        );
        assert!(read("本项目工期为合同签订起30日").is_empty());
        assert!(read("投标有效期90日").is_empty());
    }

    /// A month alone in figures stands in a register's cell (`车辆⇥2016-08⇥…`); a parcel's or a
    /// project's number that looks like one is no date.
    #[test]
    fn a_month_alone_in_figures_is_a_cells() {
        assert_eq!(
            read("宇通ZK6105\t2016-08\t在用"),
            [("2016-08".to_owned(), "2016-08".to_owned())]
        );
        for text in [
            "宗地编号：安平2025-09",
            "湘源市2025-12号地块",
            "编号：2025-09",
            "面积 2025.09 平方米",
            "2025-13 ",
        ] {
            assert!(read(text).is_empty(), "{text}: {:?}", read(text));
        }
    }

    #[test]
    fn years_alone_and_ranges_of_years() {
        assert_eq!(one("2025年"), "2025");
        assert_eq!(one("２０２５年"), "2025");
        assert_eq!(one("2021—2025年"), "2021/2025");
        assert_eq!(one("2021年至2025年"), "2021/2025");
        assert_eq!(
            read("2025年公共租赁住房配租结果，2025年8月1日公示"),
            [
                ("2025年".to_owned(), "2025".to_owned()),
                ("2025年8月1日".to_owned(), "2025-08-01".to_owned())
            ]
        );
        // A programme's year (`2025年度`) names no date; nor does a year that ends before it
        // starts.
        assert!(read("2025年度保障性住房建设计划").is_empty());
        // Nor does a batch's year (`2025年第3批`, `2024年第二期`), where a quarter's is read.
        assert!(read("2025年第3批公共租赁住房配租结果").is_empty());
        assert!(read("2024年第二期保障性租赁住房房源").is_empty());
        assert!(read("2024年第十二批").is_empty());
        assert!(read("2024年第１轮").is_empty());
        // A notice's number by its year is no date (5773: `（二〇二五年第4号）`).
        assert!(read("（二〇二五年第4号）").is_empty());
        assert!(read("麒岭县自然资源局公告2025年第12号").is_empty());
        assert!(!read("2025年第二季度").is_empty());
        assert!(read("2025—2021年").is_empty());
    }

    #[test]
    fn impossible_dates_are_no_dates() {
        for text in [
            "2019年2月30日",
            "2019年13月",
            "2019-02-29",
            "2019年2月29日至3月1日",
            "二〇一九年二月三十日",
            "1899年1月1日",
            "2019年度",
            "1899年",
            "项目编号 2024-0815-01",
            "第2019.07号",
            "12019年7月16日",
        ] {
            let r = read(text);
            assert!(
                r.iter().all(|(_, v)| !v.starts_with("2019-02")),
                "{text}: {r:?}"
            );
            if !text.contains("至3月1日") {
                assert!(r.is_empty(), "{text}: {r:?}");
            }
        }
    }
}
