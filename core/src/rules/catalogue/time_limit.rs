//! Reading a catalogue's 公开时限 as printed: periods from formation or change ("信息形成或者变更之日起
//! 20个工作日内"), publication tied to an event ("随采购公告公开", "与政策性文件同步发布", "及时公开"),
//! calendar due dates ("每年1月31日前", "6月底前", "每季度…"), minimum durations ("公示期不少于5个
//! 工作日") and lead times ("提前…不少于30日"), and the words 长期, 实时, 定期, 常态化.
//!
//! Pure: text in, [`Term`]s out, never a panic. A calendar date is never a number of months: "6月
//! 底前" is the end of June, "6个月内" six months.
//!
//! # Example
//! ```
//! use gongkai::rules::catalogue::time_limit::{read_time_limit, Start, Term};
//! use gongkai::{Period, PeriodUnit};
//! let t = read_time_limit("信息形成或者变更之日起20个工作日内");
//! assert_eq!(t, vec![Term::Within {
//!     period: Period { n: 20, unit: PeriodUnit::Workday },
//!     from: Start::FormationOrChange,
//! }]);
//! assert_eq!(read_time_limit("每年1月31日前"), vec![Term::Yearly { month: 1, day: Some(31) }]);
//! assert!(read_time_limit("按要求办理").is_empty());
//! ```

use crate::period::{Period, PeriodUnit};

/// What a period runs from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Start {
    /// 形成 (also 获取, 制作, 产生, 作出).
    Formation,
    /// 变更 (also 调整).
    Change,
    /// 形成或者变更, 形成(变更).
    FormationOrChange,
    /// Another event, in the row's words ("行政许可和行政处罚决定作出", "政策性文件公开").
    Event(String),
    /// Nothing stated ("20个工作日内").
    Unstated,
}

/// How often a periodic publication recurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Every {
    /// 每月.
    Month,
    /// 每季度.
    Quarter,
    /// 每半年.
    HalfYear,
    /// 每年 (without a date).
    Year,
}

/// One statement of a 公开时限. A text may hold several ("…20个工作日内；行政许可和行政处罚决定
/// 作出后7个工作日内").
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Term {
    /// Published within a period of an event (a due date).
    Within {
        /// The period.
        period: Period,
        /// The event it runs from.
        from: Start,
    },
    /// Published with another event or publication (随…公开, 与…同步发布), in the row's words.
    WithEvent {
        /// The event (`采购公告、采购文件`).
        event: String,
    },
    /// 及时: promptly, no period named.
    Promptly,
    /// A yearly due date (每年1月31日前; 6月底前 has no day: the month's end).
    Yearly {
        /// Month, 1–12.
        month: u32,
        /// Day, 1–31; `None` for the month's end (月底, 月末).
        day: Option<u32>,
    },
    /// A recurring publication (每季度…, 每月后10个工作日内).
    Periodic {
        /// How often.
        every: Every,
        /// Within this period of each period's end, where stated.
        within: Option<Period>,
    },
    /// A minimum duration (公示期不少于5个工作日): how long it stays published.
    AtLeast {
        /// The minimum.
        period: Period,
    },
    /// A lead time before another event (提前…不少于30日).
    LeadTime {
        /// The lead time.
        period: Period,
    },
    /// 长期: kept published; says nothing of when it is published.
    Standing,
    /// 实时: as it happens.
    RealTime,
    /// 定期: regularly, no period named.
    Regular,
    /// 常态化: continually, no period named.
    Ongoing,
}

/// Reads every term of a 公开时限. An empty result means the wording was not understood.
pub fn read_time_limit(text: &str) -> Vec<Term> {
    let mut out = Vec::new();
    for clause in text.split(['；', ';', '。', '\n']) {
        read_clause(clause, &mut out);
    }
    out
}

/// The first period of a text, as the library read it before the reader knew events and dates:
/// a due date's or a periodic publication's period; `None` for "及时" and texts without one.
pub(crate) fn first_period(text: &str) -> Option<Period> {
    read_time_limit(text).into_iter().find_map(|t| match t {
        Term::Within { period, .. } => Some(period),
        Term::Periodic { within, .. } => within,
        _ => None,
    })
}

fn read_clause(clause: &str, out: &mut Vec<Term>) {
    let chars: Vec<char> = clause
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '（' => '(',
            '）' => ')',
            _ => c,
        })
        .collect();
    let before = out.len();
    let mut periodic: Option<Every> = None;
    for (word, every) in [
        ("每月", Every::Month),
        ("每季度", Every::Quarter),
        ("每季", Every::Quarter),
        ("每半年", Every::HalfYear),
    ] {
        if contains(&chars, word) {
            periodic = Some(every);
            break;
        }
    }
    let mut i = 0;
    let mut last_end = 0;
    while i < chars.len() {
        let start = i;
        while i < chars.len() && numeral_value(chars[i]).is_some() {
            i += 1;
        }
        if i == start {
            i += 1;
            continue;
        }
        let Some(n) = parse_number(&chars[start..i]) else {
            continue;
        };
        let rest = &chars[i..];
        // A calendar date: N月N日前, N月底前, N月末; or the day of one (…月N日).
        if rest.first() == Some(&'月') && !prev_is(&chars, start, '个') {
            if let Some(term) = read_date(n, &chars[i + 1..]) {
                out.push(term.0);
                i += 1 + term.1;
                last_end = i;
                continue;
            }
        }
        if start > 0 && chars[start - 1] == '月' && rest.first() == Some(&'日') {
            i += 1;
            continue;
        }
        let Some((unit, len)) = unit_at(rest) else {
            continue;
        };
        let period = Period { n, unit };
        let context: String = chars[last_end..start].iter().collect();
        let whole_before: String = chars[..start].iter().collect();
        i += len;
        last_end = i;
        if ends_with_any(
            &context,
            &["不少于", "不得少于", "至少", "不短于", "不低于"],
        ) || starts_with_any(rest_after(&chars, i), &["以上"])
        {
            if whole_before.contains("提前") {
                out.push(Term::LeadTime { period });
            } else {
                out.push(Term::AtLeast { period });
            }
            continue;
        }
        // 提前…30日, 采购活动开始前30日, 开标30日前: a lead before the event named.
        let before_event = context.trim_end().ends_with('前')
            || starts_with_any(rest_after(&chars, i), &["前", "之前", "以前"]);
        if whole_before.contains("提前") || before_event {
            out.push(Term::LeadTime { period });
            continue;
        }
        if let Some(every) = periodic.take() {
            out.push(Term::Periodic {
                every,
                within: Some(period),
            });
            continue;
        }
        out.push(Term::Within {
            period,
            from: start_of(&context),
        });
    }
    if let Some(every) = periodic {
        out.push(Term::Periodic {
            every,
            within: None,
        });
    }
    let text: String = chars.iter().collect();
    if let Some(event) = with_event(&text) {
        out.insert(before, Term::WithEvent { event });
    }
    let has_within = out[before..]
        .iter()
        .any(|t| matches!(t, Term::Within { .. } | Term::WithEvent { .. }));
    if text.contains("及时") && !has_within {
        out.push(Term::Promptly);
    }
    for (word, term) in [
        ("长期", Term::Standing),
        ("实时", Term::RealTime),
        ("定期", Term::Regular),
        ("常态化", Term::Ongoing),
    ] {
        if text.contains(word) && !out[before..].contains(&term) {
            out.push(term);
        }
    }
    if out.len() == before && text.contains("每年") {
        out.push(Term::Periodic {
            every: Every::Year,
            within: None,
        });
    }
}

/// After "N月": "N日前" / "底前" / "末" gives a yearly due date and the characters it used.
fn read_date(month: u32, rest: &[char]) -> Option<(Term, usize)> {
    if !(1..=12).contains(&month) {
        return None;
    }
    match rest.first()? {
        '底' | '末' => Some((Term::Yearly { month, day: None }, 1)),
        '份' | '前' => Some((Term::Yearly { month, day: None }, 1)),
        c if numeral_value(*c).is_some() => {
            let mut j = 0;
            while j < rest.len() && numeral_value(rest[j]).is_some() {
                j += 1;
            }
            let day = parse_number(&rest[..j])?;
            if rest.get(j) != Some(&'日') && rest.get(j) != Some(&'号') {
                return None;
            }
            if !(1..=31).contains(&day) {
                return None;
            }
            Some((
                Term::Yearly {
                    month,
                    day: Some(day),
                },
                j + 1,
            ))
        }
        _ => None,
    }
}

/// The unit after a number: 个工作日, 工作日, 日, 天, 个月, 小时; its length in characters.
fn unit_at(rest: &[char]) -> Option<(PeriodUnit, usize)> {
    let skip = usize::from(rest.first() == Some(&'个'));
    let r = &rest[skip..];
    let is = |w: &str| {
        w.chars().zip(r.iter()).filter(|(a, b)| a == *b).count() == w.chars().count()
            && r.len() >= w.chars().count()
    };
    if is("工作日") {
        Some((PeriodUnit::Workday, skip + 3))
    } else if is("日") || is("天") {
        Some((PeriodUnit::Day, skip + 1))
    } else if skip == 1 && is("月") {
        Some((PeriodUnit::Month, skip + 1))
    } else if is("小时") {
        Some((PeriodUnit::Hour, skip + 2))
    } else {
        None
    }
}

fn rest_after(chars: &[char], i: usize) -> String {
    chars.get(i..).unwrap_or(&[]).iter().take(3).collect()
}

fn prev_is(chars: &[char], i: usize, c: char) -> bool {
    i > 0 && chars[i - 1] == c
}

fn contains(chars: &[char], word: &str) -> bool {
    let w: Vec<char> = word.chars().collect();
    chars.windows(w.len()).any(|x| x == w.as_slice())
}

fn ends_with_any(s: &str, words: &[&str]) -> bool {
    let s = s.trim_end_matches(['为', '是', ':', '：']);
    words.iter().any(|w| s.ends_with(w))
}

fn starts_with_any(s: String, words: &[&str]) -> bool {
    words.iter().any(|w| s.starts_with(w))
}

/// What the period runs from, read from the words before the number.
fn start_of(context: &str) -> Start {
    let formed = ["形成", "获取", "制作", "产生", "确定"]
        .iter()
        .any(|w| context.contains(w));
    let changed = context.contains("变更") || context.contains("调整");
    match (formed, changed) {
        (true, true) => Start::FormationOrChange,
        (true, false) => Start::Formation,
        (false, true) => Start::Change,
        (false, false) => {
            let context = context.rsplit(['或', '，', ',']).next().unwrap_or(context);
            let event = context
                .trim_start_matches(['或', '及', '和', '，', ',', '、'])
                .trim_start_matches("其中")
                .trim_start_matches(['自', '在', '于', '应'])
                .trim_end_matches("之日起")
                .trim_end_matches("后")
                .trim_end_matches("起")
                .trim_end_matches("之日");
            if event.chars().count() >= 2 {
                Start::Event(event.to_owned())
            } else {
                Start::Unstated
            }
        }
    }
}

/// 随…公开 / 随…发布 / 与…同步(发布|公开): the event, in the row's words.
fn with_event(text: &str) -> Option<String> {
    if let Some(pos) = text.find('随') {
        let after = &text[pos + '随'.len_utf8()..];
        if let Some(end) = ["公开", "发布", "一并", "同步", "同时"]
            .iter()
            .filter_map(|w| after.find(w))
            .min()
        {
            let event = after[..end].trim_matches(['、', '，', ',']);
            if !event.is_empty() && !event.starts_with('时') {
                return Some(event.to_owned());
            }
        }
    }
    if let Some(end) = text.find("同步").or_else(|| text.find("同时发布")) {
        let head = &text[..end];
        let event = match head.rfind('与') {
            Some(p) => &head[p + '与'.len_utf8()..],
            None => head,
        };
        let event = event.trim_matches(['、', '，', ',']);
        return Some(if event.is_empty() {
            "同步".to_owned()
        } else {
            event.to_owned()
        });
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

/// Arabic digits, or Chinese numerals up to 九百九十九; `None` on overflow.
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
            unit @ (10 | 100) => {
                total = total.checked_add(digit.max(1).checked_mul(unit)?)?;
                digit = 0;
            }
            d if d < 10 => digit = digit.checked_mul(10)?.checked_add(d)?,
            _ => return None,
        }
    }
    total.checked_add(digit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wd(n: u32) -> Period {
        Period {
            n,
            unit: PeriodUnit::Workday,
        }
    }

    #[test]
    fn chinese_numerals() {
        let p = |s: &str| first_period(s).map(|p| p.n);
        assert_eq!(p("二十个工作日"), Some(20));
        assert_eq!(p("十五日内"), Some(15));
        assert_eq!(p("三十日"), Some(30));
        assert_eq!(p("两个月"), Some(2));
        assert_eq!(p("１０个工作日"), Some(10));
        assert_eq!(p("决定作出后7个工作日内"), Some(7));
        assert_eq!(p("2024年公开"), None);
        assert_eq!(p("九九九九九九九九九九九九个工作日"), None);
    }

    /// 政府信息公开条例 第二十六条, as the real catalogues word it (tests/real/catalogues).
    #[test]
    fn gi_26_wordings_read_as_20_workdays() {
        for (text, from) in [
            (
                "信息形成或者变更之日起20个工作日内",
                Start::FormationOrChange,
            ),
            ("信息形成或变更之日起20个工作日内", Start::FormationOrChange),
            (
                "自该政府信息形成或者变更之日起20个工作日内及时公开",
                Start::FormationOrChange,
            ),
            ("信息形成之日起20个工作日内", Start::Formation),
            ("信息形成(变更)20个工作日内", Start::FormationOrChange),
            ("信息形成(变更) 20 个工作日内", Start::FormationOrChange),
            ("信息获取(形成变更)20个工作日内", Start::FormationOrChange),
            ("信息形成个20个工作日内公开", Start::Formation),
        ] {
            assert_eq!(
                read_time_limit(text).first(),
                Some(&Term::Within {
                    period: wd(20),
                    from
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn event_tied_wordings() {
        assert_eq!(read_time_limit("及时公开"), vec![Term::Promptly]);
        assert_eq!(
            read_time_limit("随采购公告、采购文件公开"),
            vec![Term::WithEvent {
                event: "采购公告、采购文件".into()
            }]
        );
        assert_eq!(
            read_time_limit("与政策性文件同步发布或政策性文件公开后3个工作日内发布"),
            vec![
                Term::WithEvent {
                    event: "政策性文件".into()
                },
                Term::Within {
                    period: wd(3),
                    from: Start::Event("政策性文件公开".into())
                }
            ]
        );
    }

    #[test]
    fn second_clause_for_decisions() {
        let t =
            read_time_limit("信息形成之日起20个工作日内;行政许可和行政处罚决定作出后7个工作日内");
        assert_eq!(
            t[1],
            Term::Within {
                period: wd(7),
                from: Start::Event("行政许可和行政处罚决定作出".into())
            }
        );
    }

    #[test]
    fn calendar_dates_are_not_months() {
        assert_eq!(
            read_time_limit("每年1月31日前"),
            vec![Term::Yearly {
                month: 1,
                day: Some(31)
            }]
        );
        assert_eq!(
            read_time_limit("6月底前"),
            vec![Term::Yearly {
                month: 6,
                day: None
            }]
        );
        assert_eq!(
            read_time_limit("每年的1月底前"),
            vec![Term::Yearly {
                month: 1,
                day: None
            }]
        );
        assert_eq!(
            read_time_limit("每月后10个工作日内"),
            vec![Term::Periodic {
                every: Every::Month,
                within: Some(wd(10))
            }]
        );
        assert_eq!(
            read_time_limit("每季度公开"),
            vec![Term::Periodic {
                every: Every::Quarter,
                within: None
            }]
        );
    }

    #[test]
    fn durations_and_lead_times() {
        assert_eq!(
            read_time_limit(
                "向社会公开征求意见期限一般不少于30日;因情况紧急等原因需要缩短期限的,公开征求意见时应当予以说明"
            ),
            vec![Term::AtLeast {
                period: Period {
                    n: 30,
                    unit: PeriodUnit::Day
                }
            }]
        );
        assert_eq!(
            read_time_limit("公示期不少于5个工作日"),
            vec![Term::AtLeast { period: wd(5) }]
        );
        assert_eq!(
            read_time_limit("采购活动开始前30日公开"),
            vec![Term::LeadTime {
                period: Period {
                    n: 30,
                    unit: PeriodUnit::Day
                }
            }]
        );
        assert_eq!(
            read_time_limit("挂牌开始20日前发布出让公告"),
            vec![Term::LeadTime {
                period: Period {
                    n: 20,
                    unit: PeriodUnit::Day
                }
            }]
        );
        assert_eq!(
            read_time_limit("招标计划发布时间应提前招标公告发布时间不少于30日"),
            vec![Term::LeadTime {
                period: Period {
                    n: 30,
                    unit: PeriodUnit::Day
                }
            }]
        );
    }

    #[test]
    fn words() {
        assert_eq!(read_time_limit("长期公开"), vec![Term::Standing]);
        assert_eq!(read_time_limit("实时更新"), vec![Term::RealTime]);
        assert_eq!(read_time_limit("定期公开"), vec![Term::Regular]);
        assert_eq!(read_time_limit("常态化公开"), vec![Term::Ongoing]);
        assert!(read_time_limit("按规定").is_empty());
    }
}
