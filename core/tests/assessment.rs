//! Assessment (粤办函〔2018〕201号 四): tallies, spot checks, year over year, obligations, work plans.

use chrono::NaiveDate;
use gongkai::assessment::obligations::{Duty, Filing, ObligationStatus, obligations};
use gongkai::assessment::sample::spot_check;
use gongkai::assessment::work_plan::{PlanTask, WorkPlan};
use gongkai::assessment::{Assessment, Weights, compare};
use gongkai::{Context, DisclosureRecord, Domain, Engine, LeadDepartment, RuleSet};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

fn result(id: &str, body: &str, awarded: &str, published: Option<&str>) -> DisclosureRecord {
    let published = published.map_or(String::new(), |p| format!(r#""publishedOn":"{p}","#));
    let status = if published.is_empty() {
        "pending"
    } else {
        "published"
    };
    DisclosureRecord::from_json(&format!(
        r#"{{"id":"{id}","domain":"governmentProcurement","item":"procurementResult","title":"结果公告",
        "responsibleBody":{{"name":"{body}"}},"formedOn":"{awarded}",{published}"status":"{status}",
        "channels":["ccgp"],"content":{{"purchaserAndAgency":"a","projectName":"b","projectNumber":"c",
        "winnerName":"d","winnerAddress":"e","awardAmount":"f","mainItems":"g","announcementPeriod":"h",
        "evaluationExperts":"i"}},"events":{{"awardedOn":"{awarded}"}}}}"#
    ))
    .expect("valid record")
}

fn assess(records: &[DisclosureRecord], today: NaiveDate) -> Assessment {
    let engine = Engine::national();
    let reports: Vec<_> = records
        .iter()
        .map(|r| engine.validate(r, &Context::new(today)))
        .collect();
    Assessment::of(records.iter().zip(&reports), today, &Weights::default())
}

/// 政府采购法实施条例 Art 43: on time within 2 working days; late by how much; overdue while pending.
#[test]
fn tallies_on_time_late_and_overdue_ssl_43() {
    let records = [
        result("1", "云江市人民医院", "2024-09-27", Some("2024-09-29")),
        result("2", "云江市人民医院", "2024-09-27", Some("2024-10-09")),
        result("3", "云江市第一中学", "2024-11-01", None),
    ];
    let a = assess(&records, d(2024, 11, 20));
    assert_eq!((a.total.on_time, a.total.late, a.total.overdue), (1, 1, 1));
    assert_eq!(a.total.late_units, 2); // due 09-30; 10-08 and 10-09 are the working days after
    assert_eq!(a.lateness, [0, 1, 0, 0, 0, 0]);
    assert_eq!(a.total.on_time_rate(), Some(1.0 / 3.0));
    let hospital = &a.by_body["云江市人民医院"];
    assert_eq!(
        (hospital.records, hospital.on_time, hospital.late),
        (2, 1, 1)
    );
    assert!(a.total.score(&Weights::default()) < 100.0);
    let json = a.to_json();
    assert_eq!(json["byCode"]["deadline.missed"], 1);
    assert_eq!(json["byDomain"]["governmentProcurement"]["late"], 1);
}

#[test]
fn year_over_year_names_what_improved() {
    let before = assess(
        &[result(
            "1",
            "云江市人民医院",
            "2024-09-27",
            Some("2024-10-09"),
        )],
        d(2024, 12, 31),
    );
    let after = assess(
        &[result(
            "1",
            "云江市人民医院",
            "2025-09-26",
            Some("2025-09-28"),
        )],
        d(2025, 12, 31),
    );
    let changes = compare(&before, &after);
    assert!(changes.iter().all(|c| c.delta() > 0.0), "{changes:?}");
    assert!(changes.iter().any(|c| c.group == "云江市人民医院"));
}

proptest! {
    /// Two evaluators with the same records and seed draw the same sample, whatever the order.
    #[test]
    fn spot_check_is_reproducible_and_order_free(seed in any::<u64>(), per_body in 1usize..4, rot in 0usize..9) {
        let records: Vec<_> = (0..9)
            .map(|i| result(&format!("R{i}"), ["甲局", "乙局", "丙局"][i % 3], "2024-03-01", Some("2024-03-04")))
            .collect();
        let mut rotated = records.clone();
        rotated.rotate_left(rot);
        let ids = |v: &[DisclosureRecord]| -> Vec<String> {
            spot_check(v, per_body, seed).into_iter().map(|d| d.record_id).collect()
        };
        prop_assert_eq!(ids(&records), ids(&rotated));
        prop_assert_eq!(ids(&records).len(), 3 * per_body);
    }
}

/// 粤办函〔2018〕201号 二、四: work plan within two months, progress report before the end of February.
#[test]
fn obligations_follow_yuebanhan_2018_201() {
    let engine = Engine::national();
    let filings = [
        Filing {
            department: LeadDepartment::Finance,
            duty: Duty::WorkPlan,
            filed_on: d(2018, 9, 3),
            published_on: Some(d(2018, 9, 4)),
        },
        Filing {
            department: LeadDepartment::Finance,
            duty: Duty::ProgressReport { year: 2018 },
            filed_on: d(2019, 2, 20),
            published_on: None,
        },
    ];
    let list = obligations(
        engine.rules(),
        engine.calendar(),
        d(2018, 6, 12),
        &[
            LeadDepartment::Finance,
            LeadDepartment::DevelopmentAndReform,
        ],
        &filings,
        d(2019, 2, 25),
    )
    .expect("computable");
    let status = |dep, duty| {
        list.iter()
            .find(|o| o.department == dep && o.duty == duty)
            .map(|o| o.status)
    };
    assert_eq!(
        status(LeadDepartment::Finance, Duty::WorkPlan),
        Some(ObligationStatus::DoneLate)
    );
    // Filed but not yet published, with days to go: still due.
    assert_eq!(
        status(LeadDepartment::Finance, Duty::ProgressReport { year: 2018 }),
        Some(ObligationStatus::Due)
    );
    assert_eq!(
        status(LeadDepartment::DevelopmentAndReform, Duty::WorkPlan),
        Some(ObligationStatus::Overdue)
    );
    assert_eq!(list.len(), 4);
}

/// A plan built from the baseline catalogue covers every class within the law's time limits.
#[test]
fn a_plan_from_the_baseline_catalogue_is_complete() {
    let rules = RuleSet::national();
    let tasks = rules
        .baseline_catalogue(Domain::GovernmentProcurement)
        .into_iter()
        .map(|row| PlanTask {
            class: row.level2,
            item: row.item,
            content: row.content,
            body: row.body,
            channel: row.channels,
            time_limit: row.time_limit,
        })
        .collect();
    let plan = WorkPlan {
        unit: "云江市财政局".into(),
        domains: vec![Domain::GovernmentProcurement],
        purpose: "贯彻落实国办发〔2017〕97号和粤办函〔2018〕201号".into(),
        situation_and_goals: "现状与目标".into(),
        tasks,
        other_tasks: vec!["建立政府采购领域“黑名单”制度".into()],
        organisation_and_oversight: "成立工作小组，纳入绩效考核".into(),
    };
    assert_eq!(plan.validate(&rules), vec![]);
    let json = serde_json::to_string(&plan).expect("serialises");
    assert_eq!(WorkPlan::from_json(&json).expect("parses"), plan);
}

/// A filing whose duty has a member no duty has is refused at that member, not at `kind`.
#[test]
fn an_unknown_member_of_a_duty_is_named_by_its_path() {
    let engine = gongkai::Engine::national();
    for duty in [
        r#"{"kind":"progressReport","year":2018,"colour":1}"#,
        r#"{"colour":1,"kind":"workPlan"}"#,
    ] {
        let input = format!(
            r#"{{"noticeIssued":"2018-06-12","asOf":"2019-03-15","filings":[
            {{"department":"finance","duty":{duty},"filedOn":"2018-07-20"}}]}}"#
        );
        let err = gongkai::assessment::api::obligations_json(&engine, &input).expect_err(duty);
        match err {
            gongkai::Error::Parse { path, .. } => {
                assert_eq!(path, "/filings/0/duty/colour", "{duty}")
            }
            other => panic!("{duty}: {other}"),
        }
    }
}

/// 粤办函〔2018〕201号 四 asks for an assessment of what was disclosed: a record whose time limit
/// or elements no rule could judge, for facts its source does not show, is counted apart and
/// scored neither way.
#[test]
fn what_nobody_can_see_is_counted_apart_not_scored_gd_201() {
    let on_time = result("1", "云江市人民医院", "2024-09-27", Some("2024-09-29"));
    let mut no_award_day = result("2", "云江市人民医院", "2024-09-27", Some("2024-10-25"));
    no_award_day.events.awarded_on = None;
    no_award_day.not_stated = vec!["/events/awardedOn".into()];
    let mut experts_attached = result("3", "云江市人民医院", "2024-09-27", Some("2024-09-29"));
    experts_attached.method = Some(gongkai::Method::OpenTendering);
    experts_attached.content.remove("evaluationExperts");
    experts_attached.not_stated = vec!["/content/evaluationExperts".into()];
    let a = assess(&[on_time, no_award_day, experts_attached], d(2024, 11, 20));
    let t = &a.total;
    assert_eq!((t.not_judged, t.timeliness_not_judged), (3, 1), "{t:?}");
    assert_eq!(t.completeness_not_judged, 1, "{t:?}");
    assert_eq!((t.on_time, t.late), (2, 0));
    assert_eq!(t.on_time_rate(), Some(1.0));
    assert_eq!(t.completeness_rate(), Some(1.0));
}
