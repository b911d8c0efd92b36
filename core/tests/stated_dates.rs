//! Dates as records state them (`gongkai::date::StatedDate`): a day with its time of day, a
//! month, a year, or no formation date at all. A rule judges what the stated date settles and
//! says `rule.not_judged` for the rest (issue: "not stated" is a state).

use gongkai::{Context, DisclosureRecord, Engine, Severity};

fn date(s: &str) -> chrono::NaiveDate {
    s.parse().expect("a date")
}

/// A 竞争性磋商 result: `formed` and `published` are JSON values (a string, or absent when
/// `None`), `extra` more members.
fn result(formed: Option<&str>, published: &str, extra: &str) -> String {
    let formed = match formed {
        Some(f) => format!(r#""formedOn":"{f}","#),
        None => r#""notStated":["/formedOn"],"#.to_owned(),
    };
    format!(
        r#"{{"id":"R","domain":"governmentProcurement","item":"procurementResult",
        "method":"competitiveConsultation","title":"某项目成交结果公告",
        "responsibleBody":{{"name":"云江市政府采购中心"}},{formed}
        "publishedOn":"{published}","status":"published","channels":["ccgp"],
        "content":{{"projectName":"办公设备","winnerName":"云江市某公司"}}{extra}}}"#
    )
}

fn findings(json: &str) -> Vec<(String, String, String, Severity)> {
    let record = DisclosureRecord::from_json(json).expect("a record");
    Engine::national()
        .validate(&record, &Context::new(date("2026-12-04")))
        .findings
        .iter()
        .map(|f| {
            (
                f.code().as_str().to_owned(),
                f.rule().id.clone(),
                f.path().to_owned(),
                f.severity(),
            )
        })
        .collect()
}

fn has(found: &[(String, String, String, Severity)], code: &str, rule: &str, path: &str) -> bool {
    found
        .iter()
        .any(|f| f.0 == code && f.1 == rule && f.2 == path)
}

/// 财办库〔2020〕50号 (in force 2020-07-01) sets the result format's 公告期限: a result whose
/// formation date its copy does not show is held to the format in force on its publication
/// day — the 2021 copy is, the 2019 copy is not.
#[test]
fn without_a_formation_date_the_law_of_the_publication_day_applies_caibanku_2020_50() {
    let late = findings(&result(None, "2021-03-01", ""));
    assert!(
        has(
            &late,
            "element.missing",
            "GP-50-RESULT",
            "/content/announcementPeriod"
        ),
        "{late:?}"
    );
    let early = findings(&result(None, "2019-03-01", ""));
    assert!(!early.iter().any(|f| f.1 == "GP-50-RESULT"), "{early:?}");
    // Its own formation date is not judged, and nothing else errs for the want of it.
    assert!(
        !late
            .iter()
            .any(|f| f.2 == "/formedOn" && f.3 != Severity::Info),
        "{late:?}"
    );
}

/// A year that straddles the day 财办库〔2020〕50号 took effect does not say which format
/// governs: the format's rule says it did not judge, naming the publication date it depends on.
#[test]
fn a_year_around_the_day_a_law_took_effect_is_not_judged_by_it_caibanku_2020_50() {
    let found = findings(&result(None, "2020", ""));
    assert!(
        has(&found, "rule.not_judged", "GP-50-RESULT", "/publishedOn"),
        "{found:?}"
    );
    let record = DisclosureRecord::from_json(&result(None, "2020", "")).expect("a record");
    let report = Engine::national().validate(&record, &Context::new(date("2026-12-04")));
    let f = report
        .findings
        .iter()
        .find(|f| f.rule().id == "GP-50-RESULT")
        .expect("not judged");
    assert_eq!(f.severity(), Severity::Info);
    assert!(
        f.message(gongkai::Lang::ZhCn).contains("仅载明2020"),
        "{}",
        f.message(gongkai::Lang::ZhCn)
    );
}

/// 政府采购法实施条例 Art 43: the result is published within 2 working days of the award. A
/// publication known only to its month is late when even its first day is past the due date,
/// on time when even its last day is not, and otherwise not judged.
#[test]
fn a_month_is_judged_when_every_day_of_it_agrees_tiaoli_43() {
    // Awarded Fri 2024-09-27; Sun 29 is a make-up working day, so the 2 working days end Mon 30.
    let events = r#","events":{"awardedOn":"2024-09-27"}"#;
    let on_time = findings(&result(Some("2024-09-27"), "2024-09", events));
    assert!(!on_time.iter().any(|f| f.1 == "GP-R43"), "{on_time:?}");
    let late = findings(&result(Some("2024-09-27"), "2024-11", events));
    assert!(
        has(&late, "deadline.missed", "GP-R43", "/publishedOn"),
        "{late:?}"
    );
    let unknown = findings(&result(Some("2024-09-27"), "2024", events));
    assert!(
        has(&unknown, "rule.not_judged", "GP-R43", "/publishedOn"),
        "{unknown:?}"
    );
    assert!(
        !unknown
            .iter()
            .any(|f| f.1 == "GP-R43" && f.3 != Severity::Info)
    );
}

/// 政府采购法实施条例 Art 43 ¶1 (谈判, 磋商, 询价): no winner before the responses are in. Times
/// of day decide a same-day award; a day without its time does not.
#[test]
fn times_of_day_order_an_award_on_the_response_day_tiaoli_43() {
    let at = |awarded: &str| {
        findings(&result(
            Some("2024-09-27"),
            "2024-09-28",
            &format!(r#","events":{{"bidDeadline":"2024-09-27 09:30","awardedOn":"{awarded}"}}"#),
        ))
    };
    let early = at("2024-09-27 09:00");
    assert!(
        has(
            &early,
            "date.award_before_bid_deadline",
            "GP-R43-ORDER",
            "/events/awardedOn"
        ),
        "{early:?}"
    );
    for fine in ["2024-09-27 10:00", "2024-09-27", "2024-09-28 08:00"] {
        let found = at(fine);
        assert!(
            !found.iter().any(|f| f.1 == "GP-R43-ORDER"),
            "{fine}: {found:?}"
        );
    }
    let month = at("2024-09");
    assert!(
        has(
            &month,
            "rule.not_judged",
            "GP-R43-ORDER",
            "/events/awardedOn"
        ),
        "{month:?}"
    );
}

/// 政府采购法实施条例 Art 43 ¶1 (in force 2015-03-01) on a copy that shows neither its own
/// dates nor the response deadline: whether the article governs and what it finds are both
/// open, and the rule says it did not judge rather than passing the award in silence.
#[test]
fn an_award_without_the_deadline_or_the_notices_dates_is_not_judged_tiaoli_43() {
    let json = result(
        None,
        "2024-09-28",
        r#","events":{"awardedOn":"2024-09-20"}"#,
    )
    .replace(r#""publishedOn":"2024-09-28","#, "")
    .replace(
        r#""notStated":["/formedOn"],"#,
        r#""notStated":["/formedOn","/publishedOn","/events/bidDeadline"],"#,
    );
    let found = findings(&json);
    assert!(
        found
            .iter()
            .any(|f| f.0 == "rule.not_judged" && f.1 == "GP-R43-ORDER"),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|f| f.1 == "GP-R43-ORDER" && f.3 != Severity::Info)
    );
}

/// A formation date is stated, or said not to be: a record that just omits it, or both gives
/// and unstates it, is refused where it is wrong.
#[test]
fn a_formation_date_is_given_or_said_to_be_unknown() {
    let omitted = result(Some("x"), "2024-09-28", "").replace(r#""formedOn":"x","#, "");
    let e = DisclosureRecord::from_json(&omitted).unwrap_err();
    assert_eq!(e.code(), "input.invalid_json");
    assert!(e.to_string().contains("/formedOn"), "{e}");
    let both = result(
        Some("2024-09-27"),
        "2024-09-28",
        r#","notStated":["/formedOn"]"#,
    );
    let e = DisclosureRecord::from_json(&both).unwrap_err();
    assert!(e.to_string().contains("/notStated/0"), "{e}");
    let bad_time = result(Some("2024-09-27 24:00"), "2024-09-28", "");
    let e = DisclosureRecord::from_json(&bad_time).unwrap_err();
    assert!(
        e.to_string().contains("there is no time of day 24:00"),
        "{e}"
    );
    // What is read is written back as it was stated.
    let json = result(Some("2024-09-27 16:05"), "2024-09", "");
    let record = DisclosureRecord::from_json(&json).expect("a record");
    let again = DisclosureRecord::from_json(&record.to_json()).expect("round trip");
    assert_eq!(record, again);
    assert!(
        record
            .to_json()
            .contains(r#""formedOn":"2024-09-27 16:05""#)
    );
    assert!(record.to_json().contains(r#""publishedOn":"2024-09""#));
}

/// A single-source publicity (政府采购法实施条例 Art 38: at least 5 working days) whose notice
/// states its period from publication ("自发布之日起N个工作日"): the engine counts the end on its
/// calendar and judges it; from an anchor the record does not state, it says it did not judge.
#[test]
fn a_period_stated_from_publication_is_counted_and_judged_tiaoli_38() {
    let publicity = |n: u32, extra: &str| {
        format!(
            r#"{{"id":"SS","domain":"governmentProcurement","item":"singleSourcePublicity",
            "method":"singleSource","title":"单一来源采购公示","responsibleBody":{{"name":"云江市人民医院"}},
            "formedOn":"2024-06-04","publishedOn":"2024-06-05","status":"published","channels":["ccgp"],
            "amounts":{{"budget":2500000}},"events":{{"publicityStartOn":"2024-06-05"}},
            "relativeEvents":[{{"event":"publicityEndOn","from":"published","period":{{"n":{n},"unit":"workday"}}}}]{extra}}}"#
        )
    };
    // Wed 2024-06-05 + 3 working days: Sat 8 and the Dragon Boat Monday 10 off, so Wed 12.
    let short = findings(&publicity(3, ""));
    assert!(
        has(
            &short,
            "deadline.too_short",
            "GP-R38",
            "/events/publicityEndOn"
        ),
        "{short:?}"
    );
    let enough = findings(&publicity(5, ""));
    assert!(!enough.iter().any(|f| f.1 == "GP-R38"), "{enough:?}");
    // Counted from an event the record does not date: not judged.
    let unknown = publicity(5, "").replace(r#""from":"published""#, r#""from":"awarded""#);
    let found = findings(&unknown);
    assert!(
        has(
            &found,
            "rule.not_judged",
            "GP-R38",
            "/events/publicityEndOn"
        ),
        "{found:?}"
    );
    // An event given both ways, or counted from itself, is refused where it is named.
    for bad in [
        publicity(5, "").replace(
            r#""publicityStartOn":"2024-06-05""#,
            r#""publicityStartOn":"2024-06-05","publicityEndOn":"2024-06-12""#,
        ),
        publicity(5, "").replace(r#""from":"published""#, r#""from":"publicityEnd""#),
        publicity(5, "").replace(r#""event":"publicityEndOn""#, r#""event":"nextMonday""#),
    ] {
        let e = DisclosureRecord::from_json(&bad).unwrap_err();
        assert!(e.to_string().contains("/relativeEvents/0/event"), "{e}");
    }
}
