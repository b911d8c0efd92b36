//! The blacklist through its public API: screening, history, JSON lines, the public view.

use chrono::NaiveDate;
use gongkai::Domain;
use gongkai::blacklist::{
    Change, Correction, Entry, EntryStatus, Identity, MatchedOn, Registry, ScreenQuery, Stamp,
    WithdrawalGround,
};
use gongkai::calendar::Calendar;
use gongkai::ids::{ResidentIdNumber, UnifiedSocialCreditCode};
use gongkai::redact::{MaskPolicy, PersonalDataKind, find_personal_data};
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("a date")
}

/// 31 characters of GB 32100, in value order.
const CHARSET: &[u8] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

/// A valid credit code from 8 characters of the subject code: the two check characters are
/// found by trying them (the parser is the authority on what is valid).
fn uscc(region: &str, body: &[u8; 8]) -> UnifiedSocialCreditCode {
    let body = std::str::from_utf8(body).expect("ascii");
    for org in b"0123456789X" {
        for check in CHARSET {
            let s = format!("91{region}{body}{}{}", *org as char, *check as char);
            if let Ok(c) = UnifiedSocialCreditCode::parse(&s) {
                return c;
            }
        }
    }
    unreachable!("some check characters fit")
}

fn id_number(birth: NaiveDate, seq: u16) -> ResidentIdNumber {
    for check in "0123456789X".chars() {
        let s = format!("445402{}{:03}{check}", birth.format("%Y%m%d"), seq % 1000);
        if let Ok(id) = ResidentIdNumber::parse(&s) {
            return id;
        }
    }
    unreachable!("one check character fits")
}

fn org(id: &str, name: &str, code: Option<&str>, number: &str) -> Entry {
    let mut v = serde_json::json!({
        "id": id,
        "subject": {"kind": "organization", "name": name},
        "conduct": {"category": "falseMaterials"},
        "decision": {"authority": "云江市财政局", "number": number, "date": "2024-07-22"},
        "legalBasis": {"provision": "procurementLaw77"},
        "bars": "governmentProcurement",
        "ban": {"months": 12},
        "listedOn": "2024-07-26"
    });
    if let Some(c) = code {
        v["subject"]["creditCode"] = c.into();
    }
    Entry::from_json(&v.to_string()).expect("a valid entry")
}

const ZHILIAN: &str = "91445400MAH8P03Q3P";
const YUETONG: &str = "91445400MAJ1FLLN3W";

fn sample() -> Registry {
    let mut reg = Registry::new();
    reg.add(org(
        "BL-1",
        "广东智联数据科技有限公司",
        Some(ZHILIAN),
        "云财采罚〔2024〕7号",
    ))
    .expect("added");
    reg.add(org(
        "BL-2",
        "广东粤通信息工程有限公司",
        None,
        "粤财采罚〔2024〕21号",
    ))
    .expect("added");
    reg
}

fn code(s: &str) -> Option<UnifiedSocialCreditCode> {
    Some(s.parse().expect("valid"))
}

/// 政府采购法 Art 77 and 财库〔2016〕125号: a supplier listed with a ban running on the day is
/// barred from government procurement, and only from it.
#[test]
fn barred_by_credit_code_zfcgf_77() {
    let reg = sample();
    let q = Identity::organization("广东智联数据科技有限公司", code(ZHILIAN));
    let r = reg.screen(&q, d("2024-08-09"), Some(Domain::GovernmentProcurement));
    assert!(r.barred());
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].matched_on, MatchedOn::CreditCode);
    assert_eq!(r.hits[0].status, EntryStatus::Active);
    // The code decides, whatever the name is typed as.
    let q = Identity::organization("智联", code(ZHILIAN));
    assert!(reg.screen(&q, d("2024-08-09"), None).barred());
    // Another domain, or a day after the ban: a hit that does not bar.
    let r = reg.screen(&q, d("2024-08-09"), Some(Domain::LandUseRights));
    assert!(!r.barred() && !r.hits[0].bars);
    let r = reg.screen(&q, d("2025-07-23"), Some(Domain::GovernmentProcurement));
    assert!(!r.barred());
    assert_eq!(r.hits[0].status, EntryStatus::Archived);
}

#[test]
fn name_only_is_a_possible_match_and_two_codes_are_two_subjects() {
    let reg = sample();
    let on = d("2024-10-09");
    // BL-2 has no code: the same normalised name is a lead, not proof.
    let q = Identity::organization("广东粤通信息工程（集团）有限公司", code(YUETONG));
    let r = reg.screen(&q, on, Some(Domain::GovernmentProcurement));
    assert_eq!(r.hits.len(), 1);
    assert_eq!(r.hits[0].matched_on, MatchedOn::Name);
    assert!(r.possible_match() && !r.barred());
    // BL-1 has a code: the same name with another code is another company.
    let other = "91445400MA7U69X121";
    let q = Identity::organization("广东智联数据科技有限公司", code(other));
    assert!(reg.screen(&q, on, None).hits.is_empty());
    // The same name without a code is a possible match.
    let q = Identity::organization("广东智联数据科技有限公司", None);
    assert_eq!(reg.screen(&q, on, None).hits[0].matched_on, MatchedOn::Name);
    // A branch is not its parent.
    let q = Identity::organization("广东粤通信息工程有限公司云江分公司", None);
    assert!(reg.screen(&q, on, None).hits.is_empty());
}

#[test]
fn people_are_matched_by_id_number_only() {
    let mut reg = Registry::new();
    let id = id_number(d("1988-04-25"), 446);
    let e = Entry::from_json(
        &serde_json::json!({
            "id": "BL-P",
            "subject": {"kind": "person", "name": "陈*华", "idNumber": id.as_str()},
            "conduct": {"category": "defraudingPublicResources"},
            "decision": {"authority": "云江市住房和城乡建设局", "number": "云住建〔2024〕5号",
                         "date": "2024-06-03"},
            "legalBasis": {"provision": "other", "document": "公共租赁住房管理办法"},
            "bars": "housing", "ban": {"months": 60}, "listedOn": "2024-06-10"
        })
        .to_string(),
    )
    .expect("valid");
    reg.add(e).expect("added");
    let r = reg.screen(
        &Identity::person("陈*华", id),
        d("2024-07-01"),
        Some(Domain::Housing),
    );
    assert!(r.barred());
    assert_eq!(r.hits[0].matched_on, MatchedOn::IdNumber);
    let namesake = Identity::organization("陈*华", None);
    assert!(reg.screen(&namesake, d("2024-07-01"), None).hits.is_empty());
}

/// 联合惩戒 reaches every trading domain, and not the allocation of affordable housing.
#[test]
fn joint_punishment_bars_all_trading_lianhe_chengjie() {
    let mut reg = Registry::new();
    let mut e = org(
        "BL-J",
        "云江市某某建设有限公司",
        Some(ZHILIAN),
        "云发改〔2024〕1号",
    );
    e.bars = serde_json::from_str(r#""allPublicResourceTrading""#).expect("bars");
    reg.add(e).expect("added");
    let q = Identity::organization("x", code(ZHILIAN));
    for dom in Domain::ALL {
        let r = reg.screen(&q, d("2024-08-01"), Some(dom));
        assert_eq!(r.barred(), dom != Domain::Housing, "{dom}");
    }
}

/// 行政处罚法 Art 48: a withdrawn entry is still a hit, explained, but bars nothing from the
/// withdrawal on.
#[test]
fn withdrawn_entry_bars_nothing_xzcff_48() {
    let mut reg = sample();
    let cal = Calendar::official();
    let w = reg
        .withdraw(
            "BL-1",
            Stamp::new(
                d("2024-09-02"),
                "云江市财政局",
                "行政复议决定撤销原处罚决定",
            ),
            d("2024-08-30"),
            WithdrawalGround::Revoked,
            &cal,
        )
        .expect("withdrawn");
    assert!(w.on_time);
    let q = Identity::organization("广东智联数据科技有限公司", code(ZHILIAN));
    let r = reg.screen(&q, d("2024-09-02"), Some(Domain::GovernmentProcurement));
    assert!(!r.barred());
    assert_eq!(r.hits[0].status, EntryStatus::Withdrawn);
    // Asked as of a day before the withdrawal, the answer is what the register said then.
    assert!(
        reg.screen(&q, d("2024-08-31"), Some(Domain::GovernmentProcurement))
            .barred()
    );
    let err = reg
        .repair("BL-1", Stamp::new(d("2025-01-01"), "a", "r"))
        .expect_err("withdrawn");
    assert_eq!(err.code(), "blacklist.already_withdrawn");
}

/// 暂行办法 Art 13: a corrected credit code is found from the correction on; before it, the
/// register showed the old one.
#[test]
fn corrected_code_is_found_from_its_date_ztbwfgg_13() {
    let mut reg = sample();
    reg.correct(
        "BL-1",
        Correction::CreditCode(YUETONG.parse().expect("valid")),
        Stamp::new(
            d("2024-09-01"),
            "云江市财政局",
            "当事人申请更正统一社会信用代码",
        ),
    )
    .expect("corrected");
    let new = Identity::organization("x", code(YUETONG));
    let old = Identity::organization("x", code(ZHILIAN));
    assert!(reg.screen(&new, d("2024-08-31"), None).hits.is_empty());
    assert!(reg.screen(&new, d("2024-09-01"), None).barred());
    assert!(reg.screen(&old, d("2024-08-31"), None).barred());
    assert!(reg.screen(&old, d("2024-09-01"), None).hits.is_empty());
    let e = reg.get("BL-1").expect("there");
    assert_eq!(e.events.len(), 1);
    assert!(matches!(e.events[0].change, Change::Correct(_)));
}

#[test]
fn not_same_decision_silences_the_pair_from_its_date() {
    let mut reg = sample();
    let q = Identity::organization("广东粤通信息工程有限公司", None);
    reg.mark_not_same(
        &q,
        "BL-2",
        Stamp::new(
            d("2024-09-01"),
            "云江市公共资源交易中心",
            "经核实为同名的另一企业",
        ),
    )
    .expect("marked");
    let before = reg.screen(&q, d("2024-08-31"), None);
    assert_eq!(before.hits.len(), 1);
    let after = reg.screen(&q, d("2024-09-01"), None);
    assert!(after.hits.is_empty());
    assert_eq!(after.suppressed.len(), 1);
    assert_eq!(after.suppressed[0].entry.id(), "BL-2");
    // The same name typed differently is the same key.
    let q2 = Identity::organization("广东粤通信息工程 有限责任公司", None);
    assert!(reg.screen(&q2, d("2024-09-02"), None).hits.is_empty());
    // A query carrying a code is another key: still a possible match.
    let q3 = Identity::organization("广东粤通信息工程有限公司", code(YUETONG));
    assert_eq!(reg.screen(&q3, d("2024-09-02"), None).hits.len(), 1);
    let again = reg.mark_not_same(&q2, "BL-2", Stamp::new(d("2024-09-03"), "a", "r"));
    assert_eq!(
        again.expect_err("twice").code(),
        "blacklist.already_marked_not_same"
    );
}

#[test]
fn not_same_cannot_override_an_identifier() {
    let mut reg = sample();
    let q = Identity::organization("另一家公司", code(ZHILIAN));
    let err = reg
        .mark_not_same(&q, "BL-1", Stamp::new(d("2024-09-01"), "a", "r"))
        .expect_err("identifier");
    assert_eq!(err.code(), "blacklist.identifier_match");
    let err = reg
        .mark_not_same(&q, "BL-404", Stamp::new(d("2024-09-01"), "a", "r"))
        .expect_err("unknown");
    assert_eq!(err.code(), "blacklist.unknown_entry");
}

#[test]
fn screen_query_reports_bad_identifiers_and_goes_on() {
    let reg = sample();
    let q = ScreenQuery::from_json(
        r#"{"name":"广东粤通信息工程有限公司","creditCode":"91445400MAJ1FLLN3X","domain":"governmentProcurement"}"#,
    )
    .expect("a query");
    let r = reg.screen_query(&q, d("2024-10-09"));
    assert_eq!(r.issues.len(), 1);
    assert_eq!(r.issues[0].0.code(), "uscc.bad_check_character");
    assert!(r.possible_match());
    let v: serde_json::Value = serde_json::from_str(&r.to_json(gongkai::Lang::ZhCn)).expect("json");
    assert_eq!(v["barred"], false);
    assert_eq!(v["possibleMatch"], true);
    assert_eq!(v["domain"], "governmentProcurement");
    assert_eq!(v["queryIssues"][0]["field"], "creditCode");
    let hit = &v["hits"][0];
    for key in [
        "entryId",
        "matchedOn",
        "status",
        "bars",
        "message",
        "legalBasis",
        "subject",
        "authority",
        "decisionNumber",
        "decidedOn",
        "barredScope",
        "conduct",
        "ban",
        "publishedUntil",
    ] {
        assert!(hit.get(key).is_some(), "hit lacks {key}: {hit}");
    }
    assert_eq!(hit["legalBasis"]["article"], "第七十七条");
    assert!(
        hit["message"]
            .as_str()
            .is_some_and(|m| m.contains("粤财采罚〔2024〕21号"))
    );
    let en = r.to_json(gongkai::Lang::En);
    assert!(en.contains("check whether it is the same subject"), "{en}");
    assert!(
        ScreenQuery::from_json(r#"{"name":"x","colour":1}"#).is_err(),
        "unknown fields are refused"
    );
}

/// A query that names nobody cannot clear anybody: no letter or digit and no identifier is
/// refused, as is a name past the documented limit.
#[test]
fn screen_query_without_a_name_or_identifier_is_refused() {
    for name in ["", "  ", "——", "（）", "..."] {
        let json = serde_json::json!({ "name": name }).to_string();
        let err = ScreenQuery::from_json(&json).expect_err(name);
        assert_eq!(err.code(), "input.invalid_json", "{name}");
        assert!(
            matches!(&err, gongkai::Error::Parse { path, .. } if path == "/name"),
            "{err}"
        );
    }
    let by_code = r#"{"name":"","creditCode":"91445400MAJ5XUUC70"}"#;
    assert!(
        ScreenQuery::from_json(by_code).is_ok(),
        "an identifier is enough"
    );
    let long =
        serde_json::json!({ "name": "某".repeat(gongkai::ids::org_name::MAX_NAME_CHARS + 1) });
    let err = ScreenQuery::from_json(&long.to_string()).expect_err("too long");
    assert!(err.to_string().contains("501 characters"), "{err}");
    let just = serde_json::json!({ "name": "某".repeat(gongkai::ids::org_name::MAX_NAME_CHARS) });
    assert!(ScreenQuery::from_json(&just.to_string()).is_ok());
}

/// A record's party name past the limit makes the record unreadable, naming the field.
#[test]
fn a_party_name_past_the_limit_is_refused() {
    let record = |name: String| {
        serde_json::json!({"id":"1","domain":"governmentProcurement","item":"procurementResult",
            "title":"结果","responsibleBody":{"name":"某局"},"formedOn":"2024-03-01",
            "status":"draft","channels":["ccgp"],"content":{},
            "parties":[{"role":"winner","name":name}]})
        .to_string()
    };
    let max = gongkai::ids::org_name::MAX_NAME_CHARS;
    assert!(gongkai::DisclosureRecord::from_json(&record("某".repeat(max))).is_ok());
    let err =
        gongkai::DisclosureRecord::from_json(&record("某".repeat(max + 1))).expect_err("long");
    assert!(
        matches!(&err, gongkai::Error::Parse { path, .. } if path == "/parties/0/name"),
        "{err}"
    );
}

#[test]
fn batch_screens_each() {
    let reg = sample();
    let qs = [
        Identity::organization("a", code(ZHILIAN)),
        Identity::organization("无关公司", None),
    ];
    let rs = reg.screen_batch(&qs, d("2024-08-09"), Some(Domain::GovernmentProcurement));
    assert_eq!(rs.len(), 2);
    assert!(rs[0].barred() && rs[1].hits.is_empty());
}

/// 暂行办法 Art 8 and 526号 二: the public view holds the listed fields, masks a person's ID
/// number, and passes free text through redaction.
#[test]
fn public_view_fields_ztbwfgg_8_cbk_2014_526() {
    let reg = sample();
    let e = reg.get("BL-1").expect("there");
    let v = e.public_view(d("2024-08-01"), &MaskPolicy::default());
    let json: serde_json::Value = serde_json::from_str(&v.to_json()).expect("json");
    let keys: Vec<&str> = json
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "authority",
            "conduct",
            "decidedOn",
            "legalBasis",
            "name",
            "penalty"
        ]
    );
    assert_eq!(v.penalty, "自2024-07-22至2025-07-22禁止参加政府采购活动");
    assert!(!v.to_json().contains(ZHILIAN), "no credit code published");
    assert!(
        !v.to_json().contains("云财采罚"),
        "no decision number published"
    );
}

fn arb_date(from: i32, to: i32) -> impl Strategy<Value = NaiveDate> {
    (from..=to, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, dd)| NaiveDate::from_ymd_opt(y, m, dd).expect("valid"))
}

/// Text that may carry personal data: valid ID numbers, mobile numbers, Chinese and noise.
fn arb_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[云江市某公司违法情形，。 ]{0,8}",
        (arb_date(1950, 2005), 0u16..999).prop_map(|(b, s)| id_number(b, s).as_str().to_owned()),
        (arb_date(1950, 2005), 0u16..999)
            .prop_map(|(b, s)| id_number(b, s).as_str().to_lowercase()),
        "1[3-9][0-9]{9}",
        "[0-9]{1,20}",
    ];
    prop::collection::vec(piece, 1..5).prop_map(|v| v.concat())
}

#[derive(Debug, Clone)]
struct Spec {
    person: Option<(NaiveDate, u16)>,
    code: Option<[u8; 8]>,
    name: String,
    basis: usize,
    all_trading: bool,
    months_pick: u32,
    decided: NaiveDate,
    listed_after: u64,
    class: Option<usize>,
    facts: Option<String>,
    penalty: Option<String>,
    address: Option<String>,
}

const BASES: [(&str, &str, u32, u32); 8] = [
    ("procurementLaw77", "governmentProcurement", 12, 36),
    ("procurementLaw78", "governmentProcurement", 12, 36),
    ("procurementRegulation73", "governmentProcurement", 12, 36),
    ("biddingLaw50", "constructionBidding", 12, 24),
    ("biddingLaw53", "constructionBidding", 12, 24),
    ("biddingLaw54", "constructionBidding", 12, 36),
    ("biddingLaw60", "constructionBidding", 24, 60),
    ("other", "landUseRights", 1, 120),
];

fn arb_spec() -> impl Strategy<Value = Spec> {
    let code = prop::array::uniform8(prop::sample::select(CHARSET.to_vec()));
    (
        (
            proptest::option::of((arb_date(1950, 2005), 0u16..999)),
            proptest::option::of(code),
            "[云江市某][云江市某某科技建设（）() 有限公司集团]{0,11}",
            0..BASES.len(),
            any::<bool>(),
            any::<u32>(),
        ),
        (
            arb_date(2019, 2026),
            0u64..40,
            proptest::option::of(0usize..3),
            proptest::option::of(arb_text()),
            proptest::option::of(arb_text()),
            proptest::option::of("[云江市路号0-9]{1,12}"),
        ),
    )
        .prop_map(
            |(
                (person, code, name, basis, all_trading, months_pick),
                (decided, listed_after, class, facts, penalty, address),
            )| Spec {
                person,
                code,
                name,
                basis,
                all_trading,
                months_pick,
                decided,
                listed_after,
                class,
                facts,
                penalty,
                address,
            },
        )
}

fn build(i: usize, s: &Spec) -> Entry {
    let (basis, dom, min, max) = BASES[s.basis];
    let mut subject = match s.person {
        Some((b, seq)) => serde_json::json!({"kind": "person", "name": s.name,
            "idNumber": id_number(b, seq).as_str()}),
        None => serde_json::json!({"kind": "organization", "name": s.name}),
    };
    if s.person.is_none() {
        if let Some(c) = &s.code {
            subject["creditCode"] = uscc("445400", c).as_str().into();
        }
        if let Some(a) = &s.address {
            subject["address"] = a.as_str().into();
        }
    }
    let mut legal = serde_json::json!({ "provision": basis });
    if basis == "other" {
        legal["document"] = "云江市公共资源交易管理办法".into();
        legal["maxMonths"] = max.into();
    }
    let listed = s.decided + chrono::Days::new(s.listed_after);
    let mut v = serde_json::json!({
        "id": format!("BL-{i:04}"),
        "subject": subject,
        "conduct": {"category": "other", "description": format!("情形{}", i % 3)},
        "decision": {"authority": format!("云江市某局{}", i % 2), "number": format!("云〔2024〕{i}号"),
                     "date": s.decided.to_string()},
        "legalBasis": legal,
        "bars": if s.all_trading { "allPublicResourceTrading" } else { dom },
        "ban": {"months": min + s.months_pick % (max - min + 1)},
        "listedOn": listed.to_string(),
    });
    if let Some(f) = &s.facts {
        v["facts"] = format!("情形：{f}").into();
    }
    if let Some(p) = &s.penalty {
        v["decision"]["penalty"] = format!("罚款；{p}").into();
    }
    if let Some(c) = s.class
        && s.decided >= d("2026-04-01")
    {
        v["creditClass"] = ["minor", "general", "serious"][c].into();
    }
    Entry::from_json(&v.to_string()).expect("the generator makes valid entries")
}

#[derive(Debug, Clone)]
enum Op {
    Withdraw(usize, u64, u64),
    Repair(usize, u64),
    Correct(usize, u64, usize, String),
    NotSame(usize, u64, String),
}

fn arb_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0usize..8, 0u64..400, 0u64..6).prop_map(|(i, a, b)| Op::Withdraw(i, a, b)),
        (0usize..8, 0u64..800).prop_map(|(i, a)| Op::Repair(i, a)),
        (0usize..8, 0u64..400, 0usize..5, "[更正后文本0-9]{1,8}")
            .prop_map(|(i, a, f, t)| Op::Correct(i, a, f, t)),
        (0usize..8, 0u64..400, "[云江市某公司]{1,8}").prop_map(|(i, a, n)| Op::NotSame(i, a, n)),
    ]
}

/// Applies `op`, ignoring refusals: only the valid part of a random history gets in.
fn apply(reg: &mut Registry, specs: &[Spec], cal: &Calendar, op: &Op) {
    let n = specs.len();
    let at = |i: usize, days: u64| {
        let s = &specs[i % n];
        (
            format!("BL-{:04}", i % n),
            s.decided + chrono::Days::new(days),
        )
    };
    let _ = match op {
        Op::Withdraw(i, a, b) => {
            let (id, revoked) = at(*i, *a);
            reg.withdraw(
                &id,
                Stamp::new(revoked + chrono::Days::new(*b), "云江市财政局", "复议撤销"),
                revoked,
                WithdrawalGround::Revoked,
                cal,
            )
            .map(|_| ())
        }
        Op::Repair(i, a) => {
            let (id, on) = at(*i, *a);
            reg.repair(&id, Stamp::new(on, "信用中国（云江）", "申请信用修复"))
        }
        Op::Correct(i, a, f, t) => {
            let (id, on) = at(*i, *a);
            let c = match f {
                0 => Correction::SubjectName(t.clone()),
                1 => Correction::Facts(t.clone()),
                2 => Correction::DecisionNumber(t.clone()),
                3 => Correction::Authority(t.clone()),
                _ => Correction::BanMonths(12),
            };
            reg.correct(&id, c, Stamp::new(on, "云江市财政局", "当事人申请更正"))
        }
        Op::NotSame(i, a, name) => {
            let (id, on) = at(*i, *a);
            reg.mark_not_same(
                &Identity::organization(name.clone(), None),
                &id,
                Stamp::new(on, "交易中心", "不是同一主体"),
            )
        }
    };
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Export, import and export again: the same bytes, events and decisions included.
    #[test]
    fn jsonl_round_trip_is_lossless(specs in prop::collection::vec(arb_spec(), 1..8),
                                    ops in prop::collection::vec(arb_op(), 0..16)) {
        let cal = Calendar::official();
        let mut reg = Registry::new();
        for (i, s) in specs.iter().enumerate() {
            reg.add(build(i, s)).expect("distinct ids and numbers");
        }
        for op in &ops {
            apply(&mut reg, &specs, &cal, op);
        }
        let once = reg.to_jsonl();
        let back = Registry::from_jsonl(&once).expect("own output imports");
        prop_assert_eq!(back.len(), reg.len());
        prop_assert_eq!(back.not_same_decisions(), reg.not_same_decisions());
        for e in reg.iter() {
            prop_assert_eq!(back.get(e.id()), Some(e.to_entry()));
        }
        prop_assert_eq!(back.to_jsonl(), once);
    }

    /// No valid 18-digit ID number survives the public view of a person's entry.
    #[test]
    fn public_view_exposes_no_id_number(spec in arb_spec(), birth in arb_date(1950, 2005),
                                        seq in 0u16..999, name in arb_text(),
                                        on in arb_date(2019, 2027)) {
        let spec = Spec { person: Some((birth, seq)), name: format!("陈{name}"), ..spec };
        let e = build(0, &spec);
        let v = e.public_view(on, &MaskPolicy::default());
        let fields = [
            Some(v.name.as_str()), v.id_number.as_deref(), v.address.as_deref(),
            Some(v.conduct.as_str()), Some(v.penalty.as_str()), Some(v.legal_basis.as_str()),
            Some(v.authority.as_str()),
        ];
        for f in fields.into_iter().flatten() {
            prop_assert!(
                !find_personal_data(f).iter().any(|p| p.kind == PersonalDataKind::IdNumber),
                "{f}"
            );
        }
        prop_assert!(!find_personal_data(&v.to_json()).iter().any(|p| p.kind == PersonalDataKind::IdNumber));
    }

    /// Spelling a name with full-width forms, spaces and another legal form finds the same
    /// entries.
    #[test]
    fn screening_ignores_how_a_name_is_typed(specs in prop::collection::vec(arb_spec(), 1..6),
                                             on in arb_date(2019, 2027)) {
        let mut reg = Registry::new();
        for (i, s) in specs.iter().enumerate() {
            reg.add(build(i, s)).expect("added");
        }
        for s in specs.iter().filter(|s| s.person.is_none()) {
            let plain = reg.screen(&Identity::organization(s.name.clone(), None), on, None);
            let typed: String = s.name.chars().flat_map(|c| [c, ' ']).collect::<String>()
                .replace('(', "（").replace(')', "）");
            let again = reg.screen(&Identity::organization(typed, None), on, None);
            let ids = |r: &gongkai::blacklist::ScreenResult<'_>| {
                r.hits.iter().map(|h| h.entry.id().to_owned()).collect::<Vec<_>>()
            };
            prop_assert_eq!(ids(&plain), ids(&again));
        }
    }

    /// Screening never panics, whatever a query holds.
    #[test]
    fn screening_never_panics(name in "\\PC{0,30}", code in "\\PC{0,20}", id in "\\PC{0,20}",
                              on in arb_date(1990, 2040)) {
        let reg = sample();
        let q = ScreenQuery { name, credit_code: Some(code), id_number: Some(id), domain: None };
        let r = reg.screen_query(&q, on);
        let _ = r.to_json(gongkai::Lang::ZhCn);
        let _ = r.to_json(gongkai::Lang::En);
    }
}

#[test]
fn status_is_stable_once_asked() {
    // The status for a past date does not change when later events are appended.
    let mut reg = sample();
    let before: Vec<_> = (0..400)
        .map(|i| {
            let on = d("2024-07-01") + chrono::Days::new(i);
            reg.entry("BL-1").expect("there").status(on)
        })
        .collect();
    reg.correct(
        "BL-1",
        Correction::BanMonths(24),
        Stamp::new(d("2025-09-01"), "云江市财政局", "与决定书不符"),
    )
    .expect("corrected");
    for (i, s) in before.iter().enumerate() {
        let on = d("2024-07-01") + chrono::Days::new(i as u64);
        assert_eq!(reg.entry("BL-1").expect("there").status(on), *s, "{on}");
    }
}

fn vector(name: &str) -> serde_json::Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(name);
    serde_json::from_str(&std::fs::read_to_string(path).expect("vector")).expect("json")
}

/// 政府采购法 Art 77 through the engine: the finding names the entry (decision number,
/// authority) and the law, and carries the hit as data.
#[test]
fn engine_finds_a_barred_winner_zfcgf_77() {
    let v = vector("blacklist-barred-winner-by-credit-code.json");
    let engine = gongkai::Engine::from_config_json(&v["config"].to_string()).expect("config");
    assert_eq!(engine.blacklist().len(), 1);
    let record = gongkai::DisclosureRecord::from_json(&v["record"].to_string()).expect("record");
    let report = engine.validate(&record, &gongkai::Context::new(d("2024-10-10")));
    assert!(!report.ok());
    let f = &report.findings[0];
    assert_eq!(f.code().as_str(), "blacklist.barred_party");
    assert_eq!(f.rule().id, "BL-GP-77");
    let zh = f.message(gongkai::Lang::ZhCn);
    for part in [
        "中标（成交）人",
        "粤财采罚〔2024〕15号",
        "广东省财政厅",
        "《政府采购法》第七十七条",
        "2024-06-14至2025-06-14",
    ] {
        assert!(zh.contains(part), "{part} not in {zh}");
    }
    let en = f.message(gongkai::Lang::En);
    assert!(
        en.starts_with("winner \"广东某医疗器械有限公司\" (same credit code) is listed by"),
        "{en}"
    );
    assert!(en.contains("barred from government procurement"), "{en}");
    let json: serde_json::Value =
        serde_json::from_str(&report.to_json(gongkai::Lang::En)).expect("json");
    let hit = &json["findings"][0]["blacklistHit"];
    assert_eq!(hit["entryId"], "YJ-BL-V1");
    assert_eq!(hit["matchedOn"], "creditCode");
    assert_eq!(hit["status"], "active");
    assert_eq!(hit["entryLegalBasis"]["article"], "第七十七条");
    // Not screened: the party a sanction record is about.
    let mut sanctioned = record.clone();
    sanctioned.parties[0].role = gongkai::PartyRole::Sanctioned;
    assert!(
        engine
            .validate(&sanctioned, &gongkai::Context::new(d("2024-10-10")))
            .ok()
    );
}

/// 国办发〔2017〕97号's blacklist row screens land transfers: a 联合惩戒 entry reaches them, a
/// procurement-only ban does not.
#[test]
fn general_row_reaches_land_gbf_2017_97() {
    let v = vector("blacklist-barred-winner-by-credit-code.json");
    let mut config = v["config"].clone();
    let engine = gongkai::Engine::from_config_json(&config.to_string()).expect("config");
    let land = serde_json::json!({
        "id": "V-LD", "domain": "landUseRights", "item": "landDealPublicity",
        "title": "云江市国有建设用地使用权挂牌出让成交公示", "responsibleBody": {"name": "云江市自然资源局"},
        "formedOn": "2024-09-27", "publishedOn": "2024-09-29", "status": "published",
        "channels": ["governmentWebsite"],
        "content": {},
        "parties": [{"role": "transferee", "name": "广东某医疗器械有限公司",
                     "creditCode": "91440101MA5C1234XQ"}],
        "events": {"awardedOn": "2024-09-27"}
    });
    let record = gongkai::DisclosureRecord::from_json(&land.to_string()).expect("record");
    let ctx = gongkai::Context::new(d("2024-10-10"));
    let codes = |e: &gongkai::Engine| {
        e.validate(&record, &ctx)
            .findings
            .iter()
            .filter(|f| f.code().as_str().starts_with("blacklist."))
            .map(|f| f.rule().id.clone())
            .collect::<Vec<_>>()
    };
    assert!(codes(&engine).is_empty());
    config["blacklist"][0]["bars"] = "allPublicResourceTrading".into();
    let joint = gongkai::Engine::from_config_json(&config.to_string()).expect("config");
    assert_eq!(codes(&joint), ["BL-97"]);
}

#[test]
fn engine_config_errors_name_the_entry() {
    let bad = r#"{"blacklist":[{"id":"A"}]}"#;
    match gongkai::Engine::from_config_json(bad) {
        Err(gongkai::Error::Parse { path, .. }) => assert_eq!(path, "/blacklist/0"),
        other => panic!("{other:?}"),
    }
    let v = vector("blacklist-barred-winner-by-credit-code.json");
    let mut config = v["config"].clone();
    config["blacklist"][0]["ban"]["months"] = 48.into();
    let err = gongkai::Engine::from_config_json(&config.to_string()).expect_err("4 years");
    assert_eq!(err.code(), "blacklist.ban_out_of_range");
    assert!(
        err.message(gongkai::Lang::ZhCn)
            .contains("第1条记录：禁止期48个月超出《政府采购法》第七十七条规定的12至36个月"),
        "{}",
        err.message(gongkai::Lang::ZhCn)
    );
}

#[test]
fn engine_screen_json_is_the_documented_shape() {
    let v = vector("blacklist-barred-winner-by-credit-code.json");
    let engine = gongkai::Engine::from_config_json(&v["config"].to_string()).expect("config");
    let out = engine
        .screen_json(
            r#"{"name":"广东某医疗器械有限公司","creditCode":"91440101MA5C1234XQ","domain":"governmentProcurement"}"#,
            d("2024-09-27"),
            gongkai::Lang::ZhCn,
        )
        .expect("a query");
    let r: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(r["barred"], true);
    assert_eq!(r["hits"][0]["ban"]["end"], "2025-06-14");
    assert_eq!(r["suppressed"], serde_json::json!([]));
    assert_eq!(r["queryIssues"], serde_json::json!([]));
    let err = engine
        .screen_json("{", d("2024-09-27"), gongkai::Lang::En)
        .expect_err("not json");
    assert_eq!(err.code(), "input.invalid_json");
}

/// GB 32100-2015 and GB 11643-1999: the messages say what is wrong, and never repeat an ID
/// number.
#[test]
fn invalid_identifiers_are_explained_gb32100_gb11643() {
    let engine = gongkai::Engine::national();
    let ctx = gongkai::Context::new(d("2024-10-10"));
    let v = vector("party-credit-code-invalid.json");
    let record = gongkai::DisclosureRecord::from_json(&v["record"].to_string()).expect("record");
    let f = &engine.validate(&record, &ctx).findings[0];
    assert_eq!(
        f.message(gongkai::Lang::ZhCn),
        "中标（成交）人「广东某医疗器械有限公司」的统一社会信用代码无效：校验码应为「Q」，实为「A」（所填为91440101MA5C1234XA）"
    );
    let v = vector("party-id-number-invalid.json");
    let record = gongkai::DisclosureRecord::from_json(&v["record"].to_string()).expect("record");
    let f = &engine.validate(&record, &ctx).findings[0];
    let zh = f.message(gongkai::Lang::ZhCn);
    assert_eq!(zh, "配租配售对象「陈*华」的居民身份证号码无效：校验码错误");
    assert!(!f.message(gongkai::Lang::En).contains("1101051949"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Building in bulk gives what adding one by one gives: the same registry, or the same
    /// first refusal (a duplicate id, a duplicate subject and decision).
    #[test]
    fn bulk_build_equals_one_by_one(specs in prop::collection::vec(arb_spec(), 1..10),
                                    picks in prop::collection::vec(
                                        (0usize..16, 0usize..3, proptest::option::of(0usize..10)), 10)) {
        let mut entries: Vec<Entry> = Vec::new();
        for (i, (s, &(id, number, copy))) in specs.iter().zip(&picks).enumerate() {
            let mut e = build(i, s);
            // Few ids and numbers, and subjects copied from earlier entries, so that some
            // entries collide.
            e.id = format!("BL-{id}");
            e.decision.number = format!("云〔2024〕{number}号");
            if let Some(j) = copy.filter(|&j| j < i) {
                e.subject = entries[j].subject.clone();
            }
            entries.push(e);
        }
        let mut one = Registry::new();
        let mut first_error = None;
        for (i, e) in entries.iter().enumerate() {
            if let Err(err) = one.add(e.clone()) {
                first_error = Some((i + 1, err));
                break;
            }
        }
        match (Registry::from_entries(entries.clone()), first_error) {
            (Ok(bulk), None) => {
                prop_assert_eq!(bulk.to_jsonl(), one.to_jsonl());
                for e in &entries {
                    let q = Identity {
                        name: e.subject.name().to_owned(),
                        credit_code: e.subject.credit_code().copied(),
                        id_number: e.subject.id_number().copied(),
                    };
                    let ids = |r: &Registry| r.screen(&q, d("2025-01-01"), None).hits.iter()
                        .map(|h| (h.entry.id().to_owned(), h.matched_on, h.status, h.bars))
                        .collect::<Vec<_>>();
                    prop_assert_eq!(ids(&bulk), ids(&one));
                }
            }
            (Err(gongkai::blacklist::BlacklistError::InEntry { position, error }), Some((p, e))) => {
                prop_assert_eq!(position, p);
                prop_assert_eq!(*error, e);
            }
            (bulk, one) => prop_assert!(false, "bulk {:?}, one by one {:?}", bulk.map(|r| r.len()), one),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Screening by credit code or ID number finds exactly the entries whose identifier on the
    /// day is the query's, each with the status and barring the entry itself gives: whether the
    /// hit is judged from the index (an entry without history) or from the entry (after
    /// withdrawals, repairs and corrections, identifiers included, some moved onto another
    /// entry's).
    #[test]
    fn identifier_hits_agree_with_the_entries(
        specs in prop::collection::vec(arb_spec(), 1..8),
        ops in prop::collection::vec(arb_op(), 0..12),
        recode in prop::collection::vec((0usize..8, 0u64..400, 0usize..8), 0..4),
        on in arb_date(2018, 2031),
        domain in proptest::option::of(prop::sample::select(Domain::ALL.to_vec())),
    ) {
        let cal = Calendar::official();
        let mut reg = Registry::from_entries(specs.iter().enumerate().map(|(i, s)| build(i, s)))
            .expect("distinct ids and numbers");
        for op in &ops {
            apply(&mut reg, &specs, &cal, op);
        }
        // Identifier corrections, to another entry's identifier when it has one of the kind.
        let n = specs.len();
        for &(i, days, j) in &recode {
            let entry = reg.get(&format!("BL-{:04}", i % n)).expect("listed");
            let other = reg.get(&format!("BL-{:04}", j % n)).expect("listed");
            let c = match (&entry.subject, &other.subject) {
                (gongkai::blacklist::Subject::Person { .. }, o) => Correction::IdNumber(
                    o.id_number().copied().unwrap_or_else(|| id_number(d("1980-02-29"), j as u16)),
                ),
                (_, o) => Correction::CreditCode(
                    o.credit_code().copied().unwrap_or_else(|| uscc("445400", b"RECQDE00")),
                ),
            };
            let stamp = Stamp::new(entry.decision.date + chrono::Days::new(days), "云江市财政局", "更正");
            let _ = reg.correct(&entry.id, c, stamp);
        }
        let all: Vec<Entry> = reg.iter().map(|e| e.to_entry()).collect();
        let mut codes: Vec<UnifiedSocialCreditCode> = Vec::new();
        let mut ids: Vec<ResidentIdNumber> = Vec::new();
        for e in &all {
            let shown = std::iter::once(e.clone()).chain(e.events.iter().map(|ev| e.as_of(ev.date)));
            for s in shown {
                codes.extend(s.subject.credit_code().copied());
                ids.extend(s.subject.id_number().copied());
            }
        }
        codes.push(uscc("445400", b"NQTL1HT0"));
        let expect = |matches: &dyn Fn(&Entry) -> bool| {
            let mut v: Vec<(String, EntryStatus, bool)> = all
                .iter()
                .filter(|e| matches(&e.as_of(on)))
                .map(|e| (e.id.clone(), e.status(on), e.bars_on(on, domain)))
                .collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v
        };
        let got = |q: &Identity| {
            let mut v: Vec<(String, EntryStatus, bool)> = reg
                .screen(q, on, domain)
                .hits
                .iter()
                .map(|h| (h.entry.id().to_owned(), h.status, h.bars))
                .collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v
        };
        for c in &codes {
            let want = expect(&|e| e.subject.credit_code() == Some(c));
            prop_assert_eq!(got(&Identity::organization("", Some(*c))), want, "{}", c);
        }
        for p in &ids {
            let want = expect(&|e| e.subject.id_number() == Some(p));
            prop_assert_eq!(got(&Identity::person("", *p)), want);
        }
    }
}

/// 招标投标法 Art 54 through the engine (row BL-TB): a candidate within its year without
/// bidding eligibility is a finding; the sanctioned party of the same record is not screened.
#[test]
fn engine_finds_a_barred_candidate_ztbf_54() {
    let v = vector("blacklist-barred-candidate-tendering.json");
    let engine = gongkai::Engine::from_config_json(&v["config"].to_string()).expect("config");
    let record = gongkai::DisclosureRecord::from_json(&v["record"].to_string()).expect("record");
    let report = engine.validate(&record, &gongkai::Context::new(d("2024-05-20")));
    let hits: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code().as_str() == "blacklist.barred_party")
        .collect();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].rule().id, "BL-TB");
    assert_eq!(hits[0].path(), "/parties/0");
    assert!(
        hits[0]
            .message(gongkai::Lang::ZhCn)
            .contains("《招标投标法》第五十四条")
    );
}

/// 公共租赁住房管理办法 (住房和城乡建设部令第11号) Art 35 ¶2: a tenant who obtained public rental
/// housing by fraud may not apply again for five years. The published decision yields the entry
/// the register must hold: the person, the provision, five years barring housing, listed from
/// publication. The five years run from the day the flat is returned, which a decision made
/// before it cannot state: without a `ban.start` the entry counts from the decision, and the
/// register moves the start when the flat comes back.
#[test]
fn a_housing_fraud_decision_implies_a_five_year_housing_entry_gongzufang_11_art_35() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/vectors/housing-penalty-decision-barring.json"
    );
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the vector")).expect("JSON");
    let record = gongkai::DisclosureRecord::from_json(&v["record"].to_string()).expect("a record");
    let entry = gongkai::blacklist::Entry::from_decision(&record).expect("an entry");
    assert!(entry.subject.is_person());
    assert_eq!(entry.subject.name(), "刘某");
    let d = |s: &str| s.parse::<chrono::NaiveDate>().expect("date");
    assert_eq!(entry.listed_on, d("2024-08-16"));
    assert!(entry.bars_on(d("2025-01-01"), Some(gongkai::Domain::Housing)));
    assert!(!entry.bars_on(
        d("2025-01-01"),
        Some(gongkai::Domain::GovernmentProcurement)
    ));
    let term = entry.ban_term(d("2025-01-01")).expect("a ban");
    assert_eq!(term.end, d("2029-08-12"));
    // Without the sanction it states no entry, and says what is missing.
    let mut bare = record.clone();
    bare.sanction = None;
    let e = gongkai::blacklist::Entry::from_decision(&bare).unwrap_err();
    assert!(e.to_string().contains("/sanction"), "{e}");
}

/// The record of a real notice's golden vector (`tests/vectors/real/<id>.json`).
fn real_record(id: &str) -> gongkai::DisclosureRecord {
    let path = format!(
        "{}/../tests/vectors/real/{id}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("the vector exists");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    gongkai::DisclosureRecord::from_json(&v["record"].to_string()).expect("a record")
}

/// 成县 2024 (成财采处〔2024〕9号): 政府采购法 Art 77 ¶1 (一), false material, one year from the
/// decision. The stored copy prints no credit code, no deciding body, no decision day (only the
/// number's year) and no publication date: the entry is refused, naming exactly those four,
/// and the sanction the notice states is the one the entry would carry.
#[test]
fn chengxian_decision_states_its_ban_but_not_the_facts_of_an_entry_zfcgf_77() {
    use gongkai::blacklist::{BanBasis, Conduct, DecisionError};
    let record = real_record("penalty-gs-chengxian-cooperative-false-invoice-2024");
    let sanction = record.sanction.clone().expect("the notice states its ban");
    assert_eq!(sanction.legal_basis, Some(BanBasis::ProcurementLaw77));
    assert_eq!(sanction.conduct, Some(Conduct::FalseMaterials));
    let ban = sanction.ban.expect("a ban");
    assert_eq!(
        (ban.months, ban.start),
        (12, None),
        "one year from the decision"
    );
    assert_eq!(record.parties[0].name, "成县店村折家庄村股份经济合作社");
    let err = Entry::from_decision(&record).unwrap_err();
    assert_eq!(err.code(), "decision.facts_missing");
    assert_eq!(
        err,
        DecisionError::FactsMissing {
            facts: vec![
                "/parties/0/creditCode".into(),
                "/content/authority".into(),
                "/events/decisionOn".into(),
                "/publishedOn".into(),
            ]
        }
    );
}

/// 榆中 2017 (榆财采处〔2017〕02号): 政府采购法 Art 77, forged performance, a one-year ban. The
/// authority, number and publication day are stated; the party's credit code is not printed and
/// the decision day is beyond the stored copy, so the entry is refused naming those two.
#[test]
fn yuzhong_decision_lacks_the_code_and_the_day_of_an_entry_zfcgf_77() {
    use gongkai::blacklist::{BanBasis, DecisionError};
    let record = real_record("penalty-gs-yuzhong-xingrong-false-performance-2017");
    let sanction = record.sanction.clone().expect("the notice states its ban");
    assert_eq!(sanction.legal_basis, Some(BanBasis::ProcurementLaw77));
    assert_eq!(sanction.ban.map(|b| b.months), Some(12));
    assert_eq!(record.parties[0].name, "榆中兴荣养殖有限公司");
    assert_eq!(
        Entry::from_decision(&record).unwrap_err(),
        DecisionError::FactsMissing {
            facts: vec!["/parties/0/creditCode".into(), "/events/decisionOn".into()]
        }
    );
}

/// 福田 2018 (福财罚决字〔2018〕第9号): the party's credit code is printed and validates, but the
/// penalty (and any ban) is beyond the stored copy, so the record carries no sanction and the
/// entry is refused for it and for the decision day (行政处罚法 Art 59 ¶1 (三), (六)).
#[test]
fn futian_decision_without_its_penalty_implies_no_entry_xzcff_59() {
    use gongkai::blacklist::DecisionError;
    let record = real_record("penalty-gd-futian-changtaixing-false-certificate-2018");
    assert!(UnifiedSocialCreditCode::parse("91440300736276309W").is_ok());
    assert_eq!(
        Entry::from_decision(&record).unwrap_err(),
        DecisionError::FactsMissing {
            facts: vec!["/events/decisionOn".into(), "/sanction".into()]
        }
    );
}
