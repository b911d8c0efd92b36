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

/// A row's 公开依据 is law on publishing the item: not the catalogues its names were read from,
/// the levels whose catalogue lists it, the coding standard of identifiers or a department's own
/// work plan and report (粤办函〔2018〕201号 二、四; 政府信息公开条例 Art 49).
#[test]
fn baseline_basis_is_the_law_on_publishing_the_item() {
    let rules = RuleSet::national();
    for d in Domain::ALL {
        for row in rules.baseline_catalogue(d) {
            for not_law in [
                "tests/real",
                "GB 32100",
                "201号）》二、细化",
                "四、加强考核",
                "第四十九条",
                "54号",
            ] {
                assert!(
                    !row.basis.contains(not_law),
                    "{d}: {}: {}",
                    row.level2,
                    row.basis
                );
            }
            assert!(row.basis.contains("第二十六条"), "{}", row.basis);
        }
    }
}

/// 政府采购法实施条例 Art 8 named 中国政府采购网 or the newspapers until 财政部令第101号 Art 8
/// replaced it on 2020-03-01: a catalogue, which says how items are published from now on, is held
/// to 101号 alone.
#[test]
fn a_catalogue_is_held_to_the_media_in_force_101_8() {
    let rules = RuleSet::national();
    let rows = rules.baseline_catalogue(Domain::GovernmentProcurement);
    assert!(
        rows.iter().all(|r| !r.channels.contains("报刊")),
        "{rows:?}"
    );
    let mut rows = rows;
    rows[3].channels = "县政府网站".into();
    let findings = rules.check_catalogue(&rows, &[Domain::GovernmentProcurement]);
    let got: Vec<(&str, &str)> = findings
        .iter()
        .map(|f| (f.code().as_str(), f.rule().id.as_str()))
        .collect();
    assert_eq!(got, [("catalogue.medium_missing", "GP-101-8")]);
}

/// 实施条例 Art 43 names the result 中标、成交结果, and its list of elements 评审专家名单: a procurement
/// catalogue's row 中标结果公告 is that item, without a bidding item in sight.
#[test]
fn procurement_results_by_the_laws_names_r43() {
    let rules = RuleSet::national();
    for name in ["中标结果公告", "成交结果公告"] {
        let row = CatalogEntry {
            level2: name.into(),
            content: "中标（成交）供应商名称、评审专家名单".into(),
            ..CatalogEntry::default()
        };
        let catalogue = gongkai::Catalogue {
            rows: vec![row],
            ..Default::default()
        };
        let options = gongkai::CatalogueOptions {
            domains: vec![Domain::GovernmentProcurement],
            level: None,
        };
        let report = rules.audit_catalogue(&catalogue, &options);
        assert_eq!(
            report.rows[0].items,
            [ItemKind::ProcurementResult],
            "{name}"
        );
        let content = report
            .findings
            .iter()
            .find(|f| f.code().as_str() == "catalogue.content_missing")
            .expect("elements missing");
        assert!(!content.message(gongkai::Lang::ZhCn).contains("评审专家"));
    }
}

/// 建保〔2011〕64号 二: the annual plan within 20 working days of the plan being set. A row that
/// gives a calendar date instead is measured against that rule, not the general Art 26.
#[test]
fn a_date_for_the_annual_plan_is_measured_against_64_hao() {
    let rules = RuleSet::national();
    let mut rows = rules.baseline_catalogue(Domain::Housing);
    rows[1].time_limit = "每年1月31日前".into();
    let findings = rules.check_catalogue(&rows, &[Domain::Housing]);
    let got: Vec<(&str, &str, &str)> = findings
        .iter()
        .map(|f| (f.code().as_str(), f.path(), f.rule().id.as_str()))
        .collect();
    assert_eq!(
        got,
        [(
            "catalogue.time_limit_not_comparable",
            "/1/timeLimit",
            "HS-64-PLAN"
        )]
    );
}
