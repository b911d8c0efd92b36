//! Notices that change other notices, judged together with them (`gongkai::amendment`,
//! `Engine::validate_linked`).

use gongkai::{Context, DisclosureRecord, Engine, Report};

fn record(json: &str) -> DisclosureRecord {
    DisclosureRecord::from_json(json).expect("a record")
}

fn judged(r: &DisclosureRecord, related: &[&DisclosureRecord]) -> Report {
    Engine::national()
        .validate_linked(
            r,
            related,
            &Context::new("2024-12-01".parse().expect("date")),
        )
        .expect("linked")
}

fn rules(report: &Report) -> Vec<(String, String)> {
    report
        .findings
        .iter()
        .map(|f| (f.rule().id.clone(), f.code().as_str().to_owned()))
        .collect()
}

fn announcement(method: &str, deadline: &str) -> DisclosureRecord {
    record(&format!(
        r#"{{"id":"YJ-2024-018","domain":"governmentProcurement","item":"procurementAnnouncement",
        "method":"{method}","title":"云江市某局设备采购项目公告",
        "responsibleBody":{{"name":"云江市政府采购中心"}},"formedOn":"2024-09-02",
        "publishedOn":"2024-09-02","status":"published","channels":["ccgp"],
        "events":{{"bidDeadline":"{deadline}"}}}}"#
    ))
}

fn correction(published: &str, events: &str) -> DisclosureRecord {
    record(&format!(
        r#"{{"id":"YJ-2024-018-GZ1","amends":"YJ-2024-018","domain":"governmentProcurement",
        "item":"procurementCorrection","title":"更正公告","responsibleBody":{{"name":"云江市政府采购中心"}},
        "formedOn":"{published}","publishedOn":"{published}","status":"published","channels":["ccgp"],
        "content":{{"originalProject":"YJ-2024-018 设备采购","correctionMatters":"招标文件技术参数",
        "correctionContent":"第三章技术参数修改","correctionDate":"{published}","contact":"0763-3368800"}}
        {events}}}"#
    ))
}

/// 财政部令第87号 Art 27 ¶2: a change to the tender documents less than 15 days before the bid
/// deadline moves the deadline. A correction that does not restate the deadline leaves the
/// original's standing, and is judged against it; one that moves it far enough is not.
#[test]
fn a_correction_that_leaves_the_deadline_is_judged_against_the_original_87_27() {
    let tender = announcement("openTendering", "2024-09-25");
    let late = correction("2024-09-15", "");
    assert!(
        rules(&judged(&late, &[&tender]))
            .contains(&("GP-87-27".into(), "deadline.too_short".into())),
        "{:?}",
        rules(&judged(&late, &[&tender]))
    );
    // Alone, the correction states neither the method nor the deadline: nothing to judge.
    let alone = Engine::national().validate(&late, &Context::new("2024-12-01".parse().unwrap()));
    assert!(
        !rules(&alone)
            .iter()
            .any(|(r, c)| r == "GP-87-27" && c != "rule.not_judged")
    );
    let moved = correction("2024-09-15", r#","events":{"bidDeadline":"2024-10-08"}"#);
    assert!(
        !rules(&judged(&moved, &[&tender]))
            .iter()
            .any(|(r, _)| r == "GP-87-27")
    );
}

/// 财库〔2014〕214号 Art 10 ¶3: for 磋商 the change comes 5 days before the first responses, not
/// 15 — the method is the original's, which the correction does not restate.
#[test]
fn a_consultation_correction_has_five_days_caiku_2014_214_art_10() {
    let consultation = announcement("competitiveConsultation", "2024-09-25");
    let six_days = correction("2024-09-19", "");
    assert!(
        !rules(&judged(&six_days, &[&consultation]))
            .iter()
            .any(|(r, _)| r.starts_with("GP-87") || r == "GP-214-10-CLAR")
    );
    let four_days = correction("2024-09-21", "");
    assert!(
        rules(&judged(&four_days, &[&consultation]))
            .contains(&("GP-214-10-CLAR".into(), "deadline.too_short".into()))
    );
}

/// 招标拍卖挂牌出让国有建设用地使用权规定 (国土资源部令第39号): a listing lasts at least 10 days
/// (LD-39-LIST; the 2007 article was not read, so R and a warning). A suspension (中止) stops
/// that clock until the resumption: an 11-day listing suspended for 6 of them has not been
/// listed long enough, unless its end moves.
#[test]
fn a_suspension_stops_the_listing_clock_ling_39_listing_period() {
    let listing = record(
        r#"{"id":"YJ-TD-2024-07","domain":"landUseRights","item":"landTransferAnnouncement",
        "method":"listing","title":"云江市国有建设用地使用权挂牌出让公告",
        "responsibleBody":{"name":"云江市自然资源局"},"formedOn":"2024-08-05",
        "publishedOn":"2024-08-06","status":"published","channels":["tradingPlatform"],
        "events":{"activityStartOn":"2024-09-02","activityEndOn":"2024-09-13"}}"#,
    );
    let suspension = record(
        r#"{"id":"YJ-TD-2024-07-ZZ","amends":"YJ-TD-2024-07","domain":"landUseRights",
        "item":"landListingSuspension","method":"listing","title":"中止挂牌公告",
        "responsibleBody":{"name":"云江市自然资源局"},"formedOn":"2024-09-05",
        "publishedOn":"2024-09-05","status":"published","channels":["tradingPlatform"],
        "content":{"originalNotice":"云自然资告〔2024〕7号","action":"中止","reason":"规划条件调整"},
        "pauses":[{"from":"2024-09-05","to":"2024-09-10","reason":"中止挂牌"}]}"#,
    );
    let alone = Engine::national().validate(&listing, &Context::new("2024-12-01".parse().unwrap()));
    assert!(
        !rules(&alone).iter().any(|(r, _)| r == "LD-39-LIST"),
        "{:?}",
        rules(&alone)
    );
    let together = judged(&listing, &[&suspension]);
    assert!(
        rules(&together).contains(&("LD-39-LIST".into(), "deadline.too_short".into())),
        "{:?}",
        rules(&together)
    );
}
