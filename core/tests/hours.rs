//! Periods in hours (民法典 Art 200, Art 201 ¶2: 按照小时计算期间的，自法律规定或者当事人约定的
//! 时间开始计算). No national rule is in hours; a local layer's is judged between moments: from a
//! stated time, to the minute; from a day without its time, at both ends of the day, and not
//! judged when they disagree.

use gongkai::{Context, DisclosureRecord, Engine, Severity};
use serde_json::{Value, json};

/// A local rule on procurement results: `check` as the rule table writes it.
fn rule(id: &str, check: Value) -> Value {
    json!({
        "id": id, "domain": "governmentProcurement", "item": "procurementResult",
        "check": check, "severity": "error",
        "summary": {"zh": "示例时限", "en": "an example time limit"},
        "legalBasis": {"document": "云江市政府采购信息公开工作细则（示例）", "article": "第九条", "verification": "R"}
    })
}

/// The engine with a local layer: published within 24 hours of the award, and a publicity of
/// at least 72 hours.
pub(crate) fn engine() -> Engine {
    let within = json!({"kind": "deadline", "direction": "within", "period": {"n": 24, "unit": "hour"},
        "anchor": "awarded", "target": "published", "startDayCounts": true});
    let at_least = json!({"kind": "deadline", "direction": "atLeast", "period": {"n": 72, "unit": "hour"},
        "anchor": "published", "target": "publicityEnd"});
    let config = json!({"rules": {"rules": [rule("YJ-24H", within), rule("YJ-72H", at_least)]}});
    Engine::from_config_json(&config.to_string()).expect("the local layer loads")
}

/// A procurement result awarded on `awarded`, published on `published` (absent: pending), with
/// `extra` members.
pub(crate) fn record(awarded: &str, published: Option<&str>, extra: Value) -> DisclosureRecord {
    let mut r = json!({
        "id": "H", "domain": "governmentProcurement", "item": "procurementResult",
        "method": "openTendering", "title": "云江市某局设备采购中标结果公告",
        "responsibleBody": {"name": "云江市某局"}, "formedOn": &awarded[..10],
        "status": "pending", "channels": ["ccgp"], "content": {},
        "events": {"awardedOn": awarded}
    });
    if let Some(p) = published {
        r["publishedOn"] = json!(p);
        r["status"] = json!("published");
    }
    for (k, v) in extra.as_object().into_iter().flatten() {
        match (r.get_mut(k), v) {
            (Some(Value::Object(have)), Value::Object(more)) => have.extend(more.clone()),
            _ => r[k] = v.clone(),
        }
    }
    DisclosureRecord::from_json(&r.to_string()).expect("a record")
}

/// The findings of the local rules (`YJ-…`), as (code, path, severity, explanation).
fn local(record: &DisclosureRecord, today: &str) -> Vec<(String, String, Severity, Value)> {
    let report = engine().validate(record, &Context::new(today.parse().expect("a day")));
    let json: Value = serde_json::from_str(&report.to_json(gongkai::Lang::En)).expect("JSON");
    report
        .findings
        .iter()
        .zip(json["findings"].as_array().expect("findings"))
        .filter(|(f, _)| f.rule().id.starts_with("YJ-"))
        .map(|(f, j)| {
            (
                f.code().as_str().to_owned(),
                f.path().to_owned(),
                f.severity(),
                j.get("explanation").cloned().unwrap_or(Value::Null),
            )
        })
        .collect()
}

/// Art 201 ¶2: 24 hours from an award at 09:30 end at 09:30 the next day. A publication at
/// 15:00 that day is 5 h 30 min late, 6 hours counted; one at 09:30 is on time; the rule's
/// startDayCounts has no meaning for hours and changes nothing.
#[test]
fn minfadian_201_2_hours_run_from_the_stated_moment() {
    let late = local(
        &record("2025-05-27 09:30", Some("2025-05-28 15:00"), json!({})),
        "2025-06-10",
    );
    assert_eq!(late.len(), 1, "{late:?}");
    let (code, path, severity, x) = &late[0];
    assert_eq!(
        (code.as_str(), path.as_str()),
        ("deadline.missed", "/publishedOn")
    );
    assert_eq!(*severity, Severity::Error);
    assert_eq!(x["anchorDate"], "2025-05-27 09:30");
    assert_eq!(x["countedEnd"], "2025-05-28 09:30");
    assert_eq!(x["due"], "2025-05-28 09:30");
    assert_eq!(x["targetDate"], "2025-05-28 15:00");
    assert_eq!(x["units"], 6);
    assert_eq!(x["specialDays"], json!([]));
    let on_time = local(
        &record("2025-05-27 09:30", Some("2025-05-28 09:30"), json!({})),
        "2025-06-10",
    );
    assert_eq!(on_time, vec![]);
}

/// The message of an hour finding reads in hours, with the moments.
#[test]
fn minfadian_201_2_messages_name_the_moments_and_hours() {
    let r = record("2025-05-27 20:20", Some("2025-05-29 09:00"), json!({}));
    let report = engine().validate(&r, &Context::new("2025-06-10".parse().unwrap()));
    let f = report
        .findings
        .iter()
        .find(|f| f.rule().id == "YJ-24H")
        .expect("late");
    let zh = f.message(gongkai::Lang::ZhCn);
    let en = f.message(gongkai::Lang::En);
    assert!(zh.contains("最迟应于2025-05-28 20:20公开"), "{zh}");
    assert!(zh.contains("起24小时内"), "{zh}");
    assert!(zh.contains("逾期13小时"), "{zh}");
    assert!(en.contains("due by 2025-05-28 20:20"), "{en}");
    assert!(en.contains("within 24 hours of"), "{en}");
    assert!(en.contains("13 hours late"), "{en}");
}

/// A day without its time may be any moment of it: an award on 05-27 with publication at
/// 05-28 15:00 is on time if the award came after 15:00, late if before — not judged, naming
/// the award date. Publication on 05-29 is late at any moment of both days (the latest due is
/// 05-29 00:00, the end of 05-28), by at least the hours from that end.
#[test]
fn minfadian_201_2_a_day_without_its_time_is_judged_at_both_ends() {
    let open = local(
        &record("2025-05-27", Some("2025-05-28 15:00"), json!({})),
        "2025-06-10",
    );
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(
        (open[0].0.as_str(), open[0].1.as_str(), open[0].2),
        ("rule.not_judged", "/events/awardedOn", Severity::Info)
    );
    let late = local(
        &record("2025-05-27", Some("2025-05-29 10:00"), json!({})),
        "2025-06-10",
    );
    assert_eq!(late.len(), 1, "{late:?}");
    assert_eq!(late[0].0, "deadline.missed");
    assert_eq!(late[0].3["anchorDate"], "2025-05-27");
    assert_eq!(late[0].3["due"], "2025-05-29 00:00");
    assert_eq!(late[0].3["units"], 10);
    // A publication stated by its day alone, the day after an award at a stated time.
    let open = local(
        &record("2025-05-27 09:30", Some("2025-05-28"), json!({})),
        "2025-06-10",
    );
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0].1, "/publishedOn");
    // On the award day itself, in time at any moment.
    let kept = local(
        &record("2025-05-27", Some("2025-05-27"), json!({})),
        "2025-06-10",
    );
    assert_eq!(kept, vec![]);
}

/// A pause, stated in days, stops an hour period's clock for its whole days, 24 hours each.
#[test]
fn minfadian_201_2_a_pause_adds_its_days_in_hours() {
    let pause =
        json!({"pauses": [{"from": "2025-05-28", "to": "2025-05-28", "reason": "质疑暂停"}]});
    let kept = local(
        &record("2025-05-27 20:20", Some("2025-05-29 20:00"), pause.clone()),
        "2025-06-10",
    );
    assert_eq!(kept, vec![]);
    let late = local(
        &record("2025-05-27 20:20", Some("2025-05-29 22:00"), pause),
        "2025-06-10",
    );
    assert_eq!(late.len(), 1, "{late:?}");
    assert_eq!(late[0].3["pausedUnits"], 24);
    assert_eq!(late[0].3["due"], "2025-05-29 20:20");
    assert_eq!(late[0].3["units"], 2);
}

/// A minimum duration in hours: a publicity ending 48 hours after publication is 24 hours short
/// of 72.
#[test]
fn minfadian_201_2_a_minimum_in_hours_is_counted_to_the_minute() {
    let short = local(
        &record(
            "2025-05-27 09:30",
            Some("2025-05-27 20:20"),
            json!({"events": {"publicityEndOn": "2025-05-29 20:20"}}),
        ),
        "2025-06-10",
    );
    assert_eq!(short.len(), 1, "{short:?}");
    assert_eq!(short[0].0, "deadline.too_short");
    assert_eq!(short[0].3["due"], "2025-05-30 20:20");
    assert_eq!(short[0].3["units"], 24);
    let kept = local(
        &record(
            "2025-05-27 09:30",
            Some("2025-05-27 20:20"),
            json!({"events": {"publicityEndOn": "2025-05-30 20:20"}}),
        ),
        "2025-06-10",
    );
    assert_eq!(kept, vec![]);
}

/// A pending publication is overdue once today is past the day the period ends on, by the
/// hours from its end to today's start; on that day itself, near.
#[test]
fn minfadian_201_2_overdue_and_near_by_the_day_of_the_end() {
    let r = record("2025-05-27 20:20", None, json!({}));
    let overdue = local(&r, "2025-05-30");
    assert_eq!(overdue.len(), 1, "{overdue:?}");
    assert_eq!(overdue[0].0, "deadline.overdue");
    assert_eq!(overdue[0].3["due"], "2025-05-28 20:20");
    assert_eq!(overdue[0].3["units"], 28);
    let near = local(&r, "2025-05-28");
    assert_eq!(near.len(), 1, "{near:?}");
    assert_eq!(near[0].0, "deadline.near");
    assert_eq!(near[0].3["units"], 0);
}

/// The calendar plays no part in an hour period: it is judged in a year the calendar does not
/// hold, where a day period could not be.
#[test]
fn minfadian_201_2_hours_need_no_calendar() {
    let late = local(
        &record("2031-05-27 09:30", Some("2031-05-28 15:00"), json!({})),
        "2031-06-10",
    );
    assert_eq!(late.len(), 1, "{late:?}");
    assert_eq!(late[0].0, "deadline.missed");
    let kept = local(
        &record("2031-05-27 09:30", Some("2031-05-28 09:00"), json!({})),
        "2031-06-10",
    );
    assert_eq!(kept, vec![]);
}

/// A relative event in hours from a stated moment is that moment plus the hours; from a day
/// without its time, the day N/24 days later when N is a whole number of days, else not
/// stated (two days it may fall on).
#[test]
fn minfadian_201_2_relative_events_in_hours() {
    let relative = |n: u32| {
        json!({"relativeEvents": [{"event": "publicityEndOn", "from": "published",
            "period": {"n": n, "unit": "hour"}}]})
    };
    let engine = engine();
    let ctx = Context::new("2025-06-10".parse().unwrap());
    let end = |published: &str, n: u32| {
        let r = record("2025-05-27 09:30", Some(published), relative(n));
        let report = engine.validate(&r, &ctx);
        let x = report
            .findings
            .iter()
            .find(|f| f.rule().id == "YJ-72H")
            .map(|f| f.code().as_str().to_owned());
        (x, report)
    };
    // 72 hours from 20:20: exactly the minimum.
    assert_eq!(end("2025-05-27 20:20", 72).0, None);
    let (short, report) = end("2025-05-27 20:20", 48);
    assert_eq!(short.as_deref(), Some("deadline.too_short"));
    let json: Value = serde_json::from_str(&report.to_json(gongkai::Lang::En)).unwrap();
    let x = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "YJ-72H")
        .unwrap();
    assert_eq!(x["explanation"]["targetDate"], "2025-05-29 20:20");
    // From a day: 72 hours end on 05-30, at a moment the day does not settle.
    assert_eq!(
        end("2025-05-27", 72).0.as_deref(),
        Some("rule.not_judged"),
        "72 hours from a day end on a day: the rule compares it with a day without its time"
    );
    // 30 hours from a day end on 05-28 or 05-29: not stated.
    let (_, report) = end("2025-05-27", 30);
    let nj = report
        .findings
        .iter()
        .find(|f| f.rule().id == "YJ-72H")
        .unwrap();
    assert_eq!(nj.code().as_str(), "rule.not_judged");
    assert_eq!(nj.path(), "/events/publicityEndOn");
}
