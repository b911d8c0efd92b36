//! The baseline 主动公开目录清单 and the check of a department's catalogue (97号 二).

use gongkai::{CatalogEntry, Domain, ItemKind, RuleSet};

#[test]
fn baseline_has_every_item_and_every_column() {
    let rules = RuleSet::national();
    for d in Domain::ALL {
        let rows = rules.baseline_catalogue(d);
        assert_eq!(
            rows.len(),
            ItemKind::catalogue().filter(|i| i.domain() == d).count()
        );
        for row in &rows {
            for col in [
                &row.level1,
                &row.level2,
                &row.content,
                &row.basis,
                &row.time_limit,
                &row.body,
                &row.channels,
                &row.supervision,
            ] {
                assert!(!col.is_empty(), "{d}: {row:?}");
            }
        }
        // The baseline passes its own check.
        assert!(rules.check_catalogue(&rows, &[d]).is_empty(), "{d}");
    }
}

/// 政府信息公开条例 Art 26: 20 working days unless a special law sets another period.
#[test]
fn baseline_time_limit_is_gi_26_by_default() {
    let rows = RuleSet::national().baseline_catalogue(Domain::Housing);
    assert!(
        rows.iter().all(|r| r.time_limit.contains("20个工作日")),
        "{rows:?}"
    );
}

#[test]
fn department_catalogue_problems_are_found() {
    let rules = RuleSet::national();
    let mut rows = rules.baseline_catalogue(Domain::Housing);
    rows.retain(|r| r.item != Some(ItemKind::HousingAllocationResult));
    rows[0].item = None; // matched by its 二级事项 name instead
    rows[1].time_limit = "形成之日起三十个工作日内".into();
    rows[2].time_limit = "及时公开".into();
    // 监督渠道 is judged once per catalogue (97号 二): one row without it is not a gap while
    // the others state it.
    rows[3].supervision.clear();
    let findings = rules.check_catalogue(&rows, &[Domain::Housing]);
    let got: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f.code().as_str(), f.path()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("catalogue.item_missing", ""),
            ("catalogue.time_limit_looser", "/1/timeLimit"),
            ("catalogue.time_limit_unspecified", "/2/timeLimit"),
        ]
    );
}

#[test]
fn catalogue_rows_parse_with_missing_columns() {
    let rows: Vec<CatalogEntry> =
        serde_json::from_str(r#"[{"level1":"住房保障","level2":"分配结果"}]"#).expect("parses");
    let findings = RuleSet::national().check_catalogue(&rows, &[]);
    assert!(findings.iter().any(|f| f.path() == "/0/timeLimit"));
}

/// 财库〔2020〕10号 二: an intention is published at least 30 days before the purchase begins. A
/// catalogue names the item 采购意向 (公开 is the act) and states the lead as 采购活动开始前N日:
/// 30 days keeps the law, 20 does not, and neither is a period from formation.
#[test]
fn intention_row_by_its_short_name_and_its_lead_time_cai_ku_2020_10() {
    let rules = RuleSet::national();
    let row = |limit: &str| CatalogEntry {
        level1: "政府采购".into(),
        level2: "采购意向".into(),
        content: "采购项目名称、采购需求概况、预算金额、预计采购时间".into(),
        time_limit: limit.into(),
        body: "采购人".into(),
        channels: "中国政府采购网".into(),
        supervision: "财政部门".into(),
        ..CatalogEntry::default()
    };
    let time_findings = |limit: &str| -> Vec<String> {
        rules
            .check_catalogue(&[row(limit)], &[Domain::GovernmentProcurement])
            .iter()
            .filter(|f| f.path() == "/0/timeLimit" || f.path() == "/0/level2")
            .map(|f| format!("{} {}", f.code().as_str(), f.rule().id))
            .collect()
    };
    assert_eq!(
        time_findings("采购活动开始前30日公开"),
        Vec::<String>::new()
    );
    assert_eq!(
        time_findings("采购活动开始前20日"),
        ["catalogue.time_limit_looser GP-INTENT-LEAD"]
    );
}

/// A catalogue's time limit in hours (小时) against the law's days (民法典 Art 201): 24 hours
/// end before 3 日 do, at whatever moment they start, so "24小时内" is no looser than 招标投标法
/// 实施条例 第五十四条's 3 days; a publicity of at least 72 hours may end before the third day
/// does, so it is shorter than the 3 日 of the same article, and one of 96 hours is not.
#[test]
fn hours_in_a_catalogue_are_compared_with_the_laws_days() {
    let rules = RuleSet::national();
    let mut rows = rules.baseline_catalogue(Domain::ConstructionBidding);
    let i = rows
        .iter()
        .position(|r| r.item == Some(ItemKind::BiddingCandidatePublicity))
        .expect("the candidates' row");
    let found = |rows: &[CatalogEntry]| -> Vec<(String, String)> {
        rules
            .check_catalogue(rows, &[Domain::ConstructionBidding])
            .iter()
            .map(|f| (f.code().as_str().to_owned(), f.path().to_owned()))
            .collect()
    };
    rows[i].time_limit = "收到评标报告之日起24小时内公开；公示期不少于96小时".into();
    assert_eq!(found(&rows), vec![]);
    rows[i].time_limit = "收到评标报告之日起24小时内公开；公示期不少于72小时".into();
    assert_eq!(
        found(&rows),
        vec![(
            "catalogue.duration_shorter".to_owned(),
            format!("/{i}/timeLimit")
        )]
    );
}
