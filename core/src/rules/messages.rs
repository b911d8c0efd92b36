//! zh-CN and en messages, rendered from a finding's data.

use chrono::NaiveDate;

use crate::calendar::SpecialDay;
use crate::finding::{DeadlineDetail, Detail, Finding, FindingCode as C};
use crate::{Direction, Lang, PeriodUnit};

/// Renders a finding's message.
pub fn render(f: &Finding, lang: Lang) -> String {
    let zh = lang == Lang::ZhCn;
    match (&f.code, &f.detail) {
        (C::ElementMissing, Detail::Element { key, zh: z, en }) => {
            if zh {
                format!("缺少必备公开要素「{z}」（{key}）")
            } else {
                format!("required element \"{en}\" ({key}) is missing or blank")
            }
        }
        (C::ElementUnknown, Detail::Element { key, .. }) => {
            if zh {
                format!("「{key}」不是该类信息定义的公开要素（可能拼写有误）")
            } else {
                format!("\"{key}\" is not an element of this item (a misspelling?)")
            }
        }
        (C::ItemDomainMismatch, Detail::ItemDomain { record, item }) => {
            if zh {
                format!(
                    "信息类别属于「{}」领域，与记录所填领域「{}」不符",
                    item.name_zh(),
                    record.name_zh()
                )
            } else {
                format!(
                    "the item belongs to {}, not to the record's domain {}",
                    item.name_en(),
                    record.name_en()
                )
            }
        }
        (C::ExemptionCategoryMissing, _) => pick(
            zh,
            "不予公开未说明属于何种情形（国家秘密、商业秘密、个人隐私等）",
            "the exemption does not say on what ground (state secret, commercial secret, privacy…)",
        ),
        (C::ExemptionBasisMissing, _) => pick(
            zh,
            "不予公开未载明法律依据",
            "the exemption does not cite its legal basis",
        ),
        (C::ExemptionElementsMissing, _) => pick(
            zh,
            "部分公开未列明不予公开的要素",
            "a partial exemption must list the elements it withholds",
        ),
        (C::ExemptionPrivacyWholeRecord, _) => pick(
            zh,
            "以个人隐私为由全部不予公开：能够作区分处理的，应去标识化后公开其余内容",
            "the whole record is withheld for privacy: where the private part can be separated, \
             publish the rest with personal data masked",
        ),
        (C::ChannelMissing, _) => pick(zh, "未填写公开渠道", "no publication channel is given"),
        (C::ChannelDesignatedMissing, Detail::Channels(cs)) => {
            if zh {
                let names: Vec<_> = cs.iter().map(|c| c.name_zh()).collect();
                format!("未在法定指定媒体发布（应为：{}）", names.join("、"))
            } else {
                let names: Vec<_> = cs.iter().map(|c| c.name_en()).collect();
                format!(
                    "not published in a designated medium (one of: {})",
                    names.join(", ")
                )
            }
        }
        (C::PublishedBeforeFormed, Detail::Dates { first, second }) => {
            if zh {
                format!("发布日期 {second} 早于信息形成日期 {first}")
            } else {
                format!("published on {second}, before the information was formed on {first}")
            }
        }
        (C::AwardBeforeBidDeadline, Detail::Dates { first, second }) => {
            if zh {
                format!("中标（成交）确定日期 {second} 早于投标截止日期 {first}")
            } else {
                format!("the winner was determined on {second}, before the bid deadline {first}")
            }
        }
        (C::ContractExceedsBudget, Detail::Amounts { amount, limit }) => {
            if zh {
                format!("合同（中标）金额 {amount} 元超过预算金额或最高限价 {limit} 元")
            } else {
                format!(
                    "the contract amount {amount} yuan exceeds the budget or maximum price {limit} yuan"
                )
            }
        }
        (C::IdNumberExposed, _) => pick(
            zh,
            "公开文本含有未遮蔽的居民身份证号码",
            "public text contains an unmasked resident ID number",
        ),
        (C::MobileExposed, _) => pick(
            zh,
            "公开文本含有未遮蔽的手机号码",
            "public text contains an unmasked mobile number",
        ),
        (C::PublishedWithoutDate, _) => pick(
            zh,
            "状态为已公开，但未填写发布日期",
            "status is published but no publication date is given",
        ),
        (C::UnpublishedWithDate, _) => pick(
            zh,
            "草稿或待公开的记录不应有发布日期",
            "a draft or pending record cannot have a publication date",
        ),
        (C::CatalogueItemMissing, Detail::Item(item)) => {
            if zh {
                format!("目录清单缺少「{}」事项", item.name(lang))
            } else {
                format!("the catalogue has no row for \"{}\"", item.name(lang))
            }
        }
        (C::CatalogueColumnMissing, _) => {
            pick(zh, "目录清单该栏为空", "this catalogue column is empty")
        }
        (C::CatalogueTimeLimitLooser, Detail::Periods { given, law }) => {
            if zh {
                format!("公开时限「{given}」宽于法定时限「{law}」")
            } else {
                format!(
                    "the time limit {} {} is looser than the law's {} {}",
                    given.n,
                    given.unit.name_en(),
                    law.n,
                    law.unit.name_en()
                )
            }
        }
        (C::CatalogueTimeLimitUnspecified, Detail::Periods { law, .. }) => {
            if zh {
                format!("公开时限未写明期限，法定时限为「{law}」")
            } else {
                format!(
                    "the time limit states no period; the law's is {} {}",
                    law.n,
                    law.unit.name_en()
                )
            }
        }
        (
            C::DeadlineMissed | C::DeadlineOverdue | C::DeadlineNear | C::DeadlineTooShort,
            Detail::Deadline(d),
        ) => deadline(f.code, d, lang),
        (C::DeadlineNotComputable, Detail::YearNotCovered(year)) => {
            if zh {
                format!("日历未载入{year}年的节假日安排，无法判断该时限（不按仅周末推算）")
            } else {
                format!(
                    "the calendar does not cover {year}: this time limit cannot be judged \
                     (weekends alone are never assumed)"
                )
            }
        }
        (C::PlanSectionMissing | C::PlanColumnMissing, Detail::Element { zh: z, en, .. }) => {
            if zh {
                format!("工作方案缺少「{z}」")
            } else {
                format!("the work plan lacks its {en}")
            }
        }
        (C::PlanTimeLimitLooser, Detail::Periods { given, law }) => {
            if zh {
                format!("工作方案的公开时效「{given}」宽于法定时限「{law}」")
            } else {
                format!(
                    "the plan's time limit of {} {} is looser than the law's {} {}",
                    given.n,
                    given.unit.name_en(),
                    law.n,
                    law.unit.name_en()
                )
            }
        }
        (C::PlanTimeLimitUnspecified, Detail::Periods { law, .. }) => {
            if zh {
                format!("工作方案的公开时效未写明期限，法定时限为「{law}」")
            } else {
                format!(
                    "the plan's time limit states no period; the law's is {} {}",
                    law.n,
                    law.unit.name_en()
                )
            }
        }
        (C::PlanClassMissing, Detail::Item(item)) => {
            if zh {
                format!(
                    "工作方案未列明「{}」的公开内容、主体、渠道和时效",
                    item.name(lang)
                )
            } else {
                format!("the plan does not cover \"{}\"", item.name(lang))
            }
        }
        (C::PlanBlacklistTaskMissing, _) => pick(
            zh,
            "工作方案未提出建立公共资源配置“黑名单”制度的任务",
            "the plan sets no task for the public-resource blacklist",
        ),
        (C::BarredParty | C::PossibleMatch, Detail::Blacklist(h)) => h.message(lang),
        (C::CreditCodeInvalid | C::IdNumberInvalid, Detail::Identifier(d)) => {
            let who = match (d.role, zh) {
                (Some(r), true) => format!("{}「{}」", r.name_zh(), d.holder),
                (Some(r), false) => format!("{} \"{}\"", r.name_en(), d.holder),
                (None, true) => format!("公开主体「{}」", d.holder),
                (None, false) => format!("responsible body \"{}\"", d.holder),
            };
            let value = d.value.as_deref().map_or(String::new(), |v| {
                if zh {
                    format!("（所填为{v}）")
                } else {
                    format!(" (given: {v})")
                }
            });
            if zh {
                format!("{who}的{}{value}", d.error.message(lang))
            } else {
                format!("{who}: {}{value}", d.error.message(lang))
            }
        }
        // A code rendered with data of another shape: fall back to the rule's own summary.
        _ => {
            if zh {
                f.rule.summary.zh.clone()
            } else {
                f.rule.summary.en.clone()
            }
        }
    }
}

fn pick(zh: bool, z: &str, en: &str) -> String {
    if zh { z.to_owned() } else { en.to_owned() }
}

fn unit_name(unit: PeriodUnit, lang: Lang) -> &'static str {
    match (lang, unit) {
        (Lang::ZhCn, PeriodUnit::Month) => "日",
        (Lang::ZhCn, u) => u.name_zh(),
        (Lang::En, PeriodUnit::Month) => "days",
        (Lang::En, u) => u.name_en(),
    }
}

/// "自中标（成交）供应商确定之日（2024-09-27）起2个工作日内" and its English twin.
fn rule_phrase(d: &DeadlineDetail, lang: Lang) -> String {
    let p = d.end.period;
    match (lang, d.direction) {
        (Lang::ZhCn, Direction::Within) => {
            format!("自{}（{}）起{}内", d.anchor.name_zh(), d.end.start, p)
        }
        (Lang::ZhCn, Direction::AtLeast) => {
            format!("自{}（{}）起不少于{}", d.anchor.name_zh(), d.end.start, p)
        }
        (Lang::En, Direction::Within) => format!(
            "within {} {} of {} ({})",
            p.n,
            p.unit.name_en(),
            d.anchor.name_en(),
            d.end.start
        ),
        (Lang::En, Direction::AtLeast) => format!(
            "at least {} {} from {} ({})",
            p.n,
            p.unit.name_en(),
            d.anchor.name_en(),
            d.end.start
        ),
    }
}

/// Why the end falls where it does: rest days rolled over, pauses, holidays and make-up days.
pub fn explain(d: &DeadlineDetail, lang: Lang) -> String {
    let zh = lang == Lang::ZhCn;
    let mut parts: Vec<String> = Vec::new();
    for (first, last, day) in day_runs(&d.end.special_days) {
        let name = if zh { day.name_zh() } else { day.name_en() }.unwrap_or("");
        let kind = if day.kind.is_workday() {
            if zh {
                "调休上班"
            } else {
                "make-up working day"
            }
        } else if zh {
            "放假"
        } else {
            "day off"
        };
        let span = if first == last {
            first.to_string()
        } else {
            format!("{first}–{last}")
        };
        parts.push(if zh {
            format!("{span}{name}{kind}")
        } else {
            format!("{span} {name} {kind}")
        });
    }
    if d.end.paused > 0 {
        parts.push(if zh {
            format!(
                "暂停计时顺延{}{}",
                d.end.paused,
                unit_name(d.end.period.unit, lang)
            )
        } else {
            format!(
                "extended by {} {} paused",
                d.end.paused,
                unit_name(d.end.period.unit, lang)
            )
        });
    }
    if d.end.rolled() {
        parts.push(if zh {
            format!(
                "期满日{}为法定休假日，顺延至{}（民法典第二百零三条）",
                d.end.counted, d.end.end
            )
        } else {
            format!(
                "{} is a rest day, so the period ends on {} (Civil Code Art 203)",
                d.end.counted, d.end.end
            )
        });
    }
    if parts.is_empty() {
        return String::new();
    }
    if zh {
        format!("（其间：{}）", parts.join("；"))
    } else {
        format!(" ({})", parts.join("; "))
    }
}

/// Consecutive special days of the same kind and festival, as (first, last, day).
fn day_runs(days: &[SpecialDay]) -> Vec<(NaiveDate, NaiveDate, &SpecialDay)> {
    let mut runs: Vec<(NaiveDate, NaiveDate, &SpecialDay)> = Vec::new();
    for day in days {
        match runs.last_mut() {
            Some((_, last, first_day))
                if last.succ_opt() == Some(day.date)
                    && first_day.kind.is_workday() == day.kind.is_workday()
                    && first_day.name_zh() == day.name_zh() =>
            {
                *last = day.date;
            }
            _ => runs.push((day.date, day.date, day)),
        }
    }
    runs
}

fn deadline(code: C, d: &DeadlineDetail, lang: Lang) -> String {
    let zh = lang == Lang::ZhCn;
    let rule = rule_phrase(d, lang);
    let why = explain(d, lang);
    let due = d.end.end;
    let unit = unit_name(d.end.period.unit, lang);
    let n = d.units;
    let target = d.target_date.map(|t| t.to_string()).unwrap_or_default();
    let published = d.target == crate::Anchor::Published;
    match (code, zh) {
        (C::DeadlineMissed, true) if !published => format!(
            "{}最迟应为{due}（{rule}）{why}，实际为{target}，逾期{n}{unit}",
            d.target.name_zh()
        ),
        (C::DeadlineMissed, false) if !published => format!(
            "{} was due by {due} ({rule}){why}; it was {target}, {n} {unit} late",
            d.target.name_en()
        ),
        (C::DeadlineMissed, true) => {
            format!("最迟应于{due}公开（{rule}）{why}，实际于{target}公开，逾期{n}{unit}")
        }
        (C::DeadlineMissed, false) => {
            format!("due by {due} ({rule}){why}; published on {target}, {n} {unit} late")
        }
        (C::DeadlineOverdue, true) => format!(
            "最迟应于{due}公开（{rule}）{why}，截至{}仍未公开，已逾期{n}{unit}",
            d.today
        ),
        (C::DeadlineOverdue, false) => format!(
            "due by {due} ({rule}){why}; still unpublished on {}, {n} {unit} overdue",
            d.today
        ),
        (C::DeadlineNear, true) => {
            format!("最迟应于{due}公开（{rule}）{why}，还剩{n}个工作日")
        }
        (C::DeadlineNear, false) => {
            format!("due by {due} ({rule}){why}; {n} working days left")
        }
        (_, true) => format!(
            "{}为{target}，早于法定最短期限届满日{due}（{rule}）{why}，少{n}{unit}",
            d.target.name_zh()
        ),
        (_, false) => format!(
            "{} is {target}, before {due}, the earliest the law allows ({rule}){why}: {n} {unit} short",
            d.target.name_en()
        ),
    }
}
