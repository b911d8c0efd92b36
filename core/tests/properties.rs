//! Property tests: JSON round-trips of the model, and `validate` never panicking.

use chrono::Datelike;
use gongkai::{Context, DisclosureRecord, Engine, Yuan};
use proptest::prelude::*;

fn arb_date() -> impl Strategy<Value = chrono::NaiveDate> {
    (2015i32..2030, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("valid"))
}

fn arb_record() -> impl Strategy<Value = DisclosureRecord> {
    let item = prop::sample::select(gongkai::ItemKind::all().collect::<Vec<_>>());
    let channel = prop::sample::select(vec![
        gongkai::Channel::Ccgp,
        gongkai::Channel::GovernmentWebsite,
        gongkai::Channel::TradingPlatform,
        gongkai::Channel::Other,
    ]);
    (
        item,
        "[a-zA-Z0-9云江市局]{0,12}",
        arb_date(),
        proptest::option::of(arb_date()),
        prop::collection::vec(channel, 0..3),
        prop::collection::btree_map("[a-zA-Z/~]{1,8}", "\\PC{0,40}", 0..6),
        proptest::option::of(0i64..1 << 46),
        proptest::option::of(0i64..1 << 46),
        any::<bool>(),
        proptest::option::of(proptest::sample::select(
            gongkai::Method::all().collect::<Vec<_>>(),
        )),
    )
        .prop_map(
            |(
                item,
                id,
                formed,
                published,
                channels,
                content,
                budget,
                contract,
                partial,
                method,
            )| {
                DisclosureRecord {
                    id,
                    amends: None,
                    domain: item.domain(),
                    item,
                    method,
                    method_name: None,
                    title: "标题".into(),
                    responsible_body: gongkai::ResponsibleBody {
                        name: "云江市某局".into(),
                        credit_code: None,
                    },
                    formed_on: Some(formed.into()),
                    changed_on: None,
                    published_on: published.map(Into::into),
                    status: if published.is_some() {
                        gongkai::Status::Published
                    } else {
                        gongkai::Status::Draft
                    },
                    channels,
                    content,
                    parties: vec![],
                    sanction: None,
                    amounts: gongkai::Amounts {
                        budget: budget.and_then(Yuan::from_fen),
                        maximum_price: None,
                        contract: contract.and_then(Yuan::from_fen),
                    },
                    events: Default::default(),
                    pauses: vec![],
                    relative_events: vec![],
                    not_stated: vec![],
                    exemption: partial.then(|| gongkai::Exemption {
                        scope: gongkai::ExemptionScope::Partial,
                        category: Some(gongkai::ExemptionCategory::CommercialSecret),
                        legal_basis: Some("政府采购法实施条例第五十条".into()),
                        withheld_elements: vec!["contractText".into()],
                        severable: None,
                        reason: None,
                    }),
                }
            },
        )
}

proptest! {
    #[test]
    fn record_json_round_trip(record in arb_record()) {
        let json = record.to_json();
        let back = DisclosureRecord::from_json(&json).expect("own JSON parses");
        prop_assert_eq!(back, record);
    }

    #[test]
    fn yuan_round_trips(fen in 0i64..=gongkai::model::amount::MAX_FEN) {
        let y = Yuan::from_fen(fen).expect("in range");
        let json = serde_json::to_string(&y).expect("serialises");
        let back: Yuan = serde_json::from_str(&json).expect("parses");
        prop_assert_eq!(back, y);
    }

    #[test]
    fn validate_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let engine = Engine::national();
        let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2024, 10, 10).expect("date"));
        let _ = engine.validate_json(&text, &ctx);
    }

    #[test]
    fn validate_never_panics_on_arbitrary_records(record in arb_record()) {
        let engine = Engine::national();
        let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2024, 10, 10).expect("date"));
        let report = engine.validate(&record, &ctx);
        for f in &report.findings {
            prop_assert!(f.path().is_empty() || f.path().starts_with('/'));
            prop_assert!(!f.message(gongkai::Lang::ZhCn).is_empty());
            prop_assert!(!f.message(gongkai::Lang::En).is_empty());
        }
    }
}

/// JSON-shaped noise: arbitrary values in a record's fields never panic either.
fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        "\\PC{0,12}".prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("2024-02-30")),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            prop::collection::btree_map("[a-zA-Z]{1,10}", inner, 0..4)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn validate_never_panics_on_json_noise(field in prop::sample::select(vec![
        "domain", "item", "formedOn", "publishedOn", "channels", "content", "parties",
        "amounts", "events", "exemption", "status",
    ]), value in arb_json()) {
        let mut v: serde_json::Value = serde_json::from_str(r#"{"id":"1","domain":"housing",
            "item":"housingAllocationResult","title":"t","responsibleBody":{"name":"b"},
            "formedOn":"2024-01-02","status":"draft"}"#).expect("base");
        v[field] = value;
        let engine = Engine::national();
        let ctx = Context::new(chrono::NaiveDate::from_ymd_opt(2024, 10, 10).expect("date"));
        match engine.validate_json(&v.to_string(), &ctx) {
            Ok(_) => {}
            Err(gongkai::Error::Parse { path, .. }) => prop_assert!(path.is_empty() || path.starts_with('/')),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }
}

/// The facts of a record that it could list as not stated, each with the edit that removes it.
fn stated_facts(r: &DisclosureRecord) -> Vec<String> {
    let mut facts: Vec<String> = r
        .content
        .keys()
        .map(|k| format!("/content/{}", k.replace('~', "~0").replace('/', "~1")))
        .collect();
    let events = serde_json::to_value(&r.events).expect("events serialise");
    if let Some(map) = events.as_object() {
        facts.extend(map.keys().map(|k| format!("/events/{k}")));
    }
    if r.published_on.is_some() {
        facts.push("/publishedOn".into());
    }
    if r.formed_on.is_some() {
        facts.push("/formedOn".into());
    }
    if !r.channels.is_empty() {
        facts.push("/channels".into());
    }
    facts
}

/// `r` with `fact` removed and listed as not stated.
fn unstate(r: &mut DisclosureRecord, fact: &str) {
    if let Some(key) = fact.strip_prefix("/content/") {
        r.content.remove(&key.replace("~1", "/").replace("~0", "~"));
    } else if let Some(event) = fact.strip_prefix("/events/") {
        let mut v = serde_json::to_value(&r.events).expect("events serialise");
        v.as_object_mut().expect("an object").remove(event);
        r.events = serde_json::from_value(v).expect("events parse");
    } else if fact == "/publishedOn" {
        r.published_on = None;
    } else if fact == "/formedOn" {
        r.formed_on = None;
    } else if fact == "/channels" {
        r.channels.clear();
    }
    if !r.does_not_state(fact) {
        r.not_stated.push(fact.to_owned());
    }
}

/// The golden vectors judged by the national engine, as records with their day.
fn vector_records() -> &'static [(DisclosureRecord, chrono::NaiveDate)] {
    static RECORDS: std::sync::OnceLock<Vec<(DisclosureRecord, chrono::NaiveDate)>> =
        std::sync::OnceLock::new();
    RECORDS.get_or_init(read_vector_records)
}

fn read_vector_records() -> Vec<(DisclosureRecord, chrono::NaiveDate)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors");
    let mut out = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/vectors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for path in files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("JSON");
        if v.get("config").is_some() {
            continue;
        }
        let record = DisclosureRecord::from_json(&v["record"].to_string()).expect("a record");
        let today = v["context"]["today"]
            .as_str()
            .expect("today")
            .parse()
            .expect("a date");
        out.push((record, today));
    }
    out
}

fn judged(record: &DisclosureRecord, today: chrono::NaiveDate) -> Vec<(String, String, String)> {
    static NATIONAL: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    NATIONAL
        .get_or_init(Engine::national)
        .validate(record, &Context::new(today))
        .findings
        .iter()
        .filter(|f| f.severity() != gongkai::Severity::Info)
        .map(|f| {
            (
                f.code().as_str().to_owned(),
                f.rule().id.clone(),
                f.path().to_owned(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Moving stated facts of a real-looking record into `notStated` never creates an error or
    /// a warning (a rule that needed one says it did not judge), and every finding it removes
    /// is either about the removed text itself (a mobile number in an element no longer read)
    /// or replaced by a `rule.not_judged` of the same rule: nothing is passed silently.
    #[test]
    fn unstating_facts_never_creates_a_finding(pick in any::<prop::sample::Index>(), mask in any::<u64>()) {
        let records = vector_records();
        let (full, today) = &records[pick.index(records.len())];
        let facts = stated_facts(full);
        let mut partial = full.clone();
        for (i, fact) in facts.iter().enumerate() {
            if mask >> (i % 64) & 1 == 1 {
                unstate(&mut partial, fact);
            }
        }
        let reparsed = DisclosureRecord::from_json(&partial.to_json());
        prop_assert!(reparsed.is_ok(), "{:?}", reparsed.err());
        let before = judged(full, *today);
        let after = judged(&partial, *today);
        for f in &after {
            prop_assert!(before.contains(f), "{}: {f:?} appears once {:?} are not stated", full.id, partial.not_stated);
        }
        let report = Engine::national().validate(&partial, &Context::new(*today));
        let not_judged: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.code().as_str() == "rule.not_judged")
            .map(|f| f.rule().id.as_str())
            .collect();
        let about_removed = |path: &str| {
            partial.not_stated.iter().any(|p| path == p || path.starts_with(&format!("{p}/")))
        };
        for f in before.iter().filter(|f| !after.contains(f) && !about_removed(&f.2)) {
            prop_assert!(
                not_judged.contains(&f.1.as_str()),
                "{}: {f:?} vanished without its rule saying it did not judge ({:?} not stated)",
                full.id,
                partial.not_stated
            );
        }
    }
}

/// `r` with each dated field whose bit is set in `mask` stated only to its month (or, where
/// `year_mask` also has it, its year): the facts every real copy that dates a notice by month
/// alone gives.
fn coarsen(r: &DisclosureRecord, mask: u64, year_mask: u64) -> DisclosureRecord {
    let mut v: serde_json::Value = serde_json::from_str(&r.to_json()).expect("JSON");
    let mut i = 0;
    let mut cut = |d: &mut serde_json::Value| {
        if let Some(text) = d.as_str().filter(|t| t.len() >= 10) {
            let keep = if year_mask >> (i % 64) & 1 == 1 { 4 } else { 7 };
            if mask >> (i % 64) & 1 == 1 {
                *d = serde_json::Value::String(text[..keep].to_owned());
            }
        }
        i += 1;
    };
    for field in ["formedOn", "changedOn", "publishedOn"] {
        if let Some(d) = v.get_mut(field) {
            cut(d);
        }
    }
    if let Some(events) = v.get_mut("events").and_then(|e| e.as_object_mut()) {
        for d in events.values_mut() {
            cut(d);
        }
    }
    DisclosureRecord::from_json(&v.to_string()).expect("a coarser record reads")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Stating a record's dates only to the month or year never creates an error or a warning,
    /// and every finding it removes is replaced by a `rule.not_judged` of the same rule: a rule
    /// judges what the coarser date settles (every day of the month gives the same answer) and
    /// says it did not judge the rest.
    #[test]
    fn coarser_dates_never_create_a_finding(pick in any::<prop::sample::Index>(), mask in any::<u64>(), year_mask in any::<u64>()) {
        let records = vector_records();
        let (full, today) = &records[pick.index(records.len())];
        let coarse = coarsen(full, mask, year_mask);
        let before = judged(full, *today);
        let after = judged(&coarse, *today);
        for f in &after {
            prop_assert!(before.contains(f), "{}: {f:?} appears once dates are coarser: {}", full.id, coarse.to_json());
        }
        let report = Engine::national().validate(&coarse, &Context::new(*today));
        let not_judged: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.code().as_str() == "rule.not_judged")
            .map(|f| f.rule().id.as_str())
            .collect();
        for f in before.iter().filter(|f| !after.contains(f)) {
            prop_assert!(
                not_judged.contains(&f.1.as_str()),
                "{}: {f:?} vanished without its rule saying it did not judge: {}",
                full.id,
                coarse.to_json()
            );
        }
    }
}

/// A year's holidays in the calendar's text form: random days off (every festival named at
/// least once, as the calendar requires of a year) and, on weekends, random make-up working
/// days, as a notice not yet published might set them.
fn arb_year_2027() -> impl Strategy<Value = String> {
    const FESTIVALS: [&str; 7] = [
        "元旦",
        "春节",
        "清明节",
        "劳动节",
        "端午节",
        "中秋节",
        "国庆节",
    ];
    (
        prop::collection::btree_set(0u32..365, 7..60),
        prop::collection::btree_set(0u32..365, 0..8),
    )
        .prop_map(|(off, worked)| {
            let day = |n: u32| {
                chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(n.into())
            };
            let weekend = |d: chrono::NaiveDate| d.weekday().number_from_monday() >= 6;
            let mut text = String::from("# year 2027 notice unverified synthetic\n");
            for (i, n) in off.iter().enumerate() {
                text.push_str(&format!("{} holiday {}\n", day(*n), FESTIVALS[i % 7]));
            }
            for n in worked.difference(&off) {
                if weekend(day(*n)) {
                    text.push_str(&format!("{} workday 春节\n", day(*n)));
                }
            }
            text
        })
}

proptest! {
    /// `deadline::earliest_end` is a bound for every calendar: whatever holidays and make-up
    /// days a year brings, N days or working days end no earlier than N days after the anchor,
    /// N months no earlier than the corresponding day. A publication on or before it is on time
    /// in a year the calendar does not hold yet.
    #[test]
    fn no_calendar_ends_a_period_before_its_earliest_end(
        year in arb_year_2027(),
        start in 0u32..300,
        n in 1u32..40,
        unit in prop::sample::select(vec![
            gongkai::PeriodUnit::Day, gongkai::PeriodUnit::Workday, gongkai::PeriodUnit::Month,
        ]),
    ) {
        let cal = gongkai::calendar::Calendar::official().with_text(&year);
        prop_assume!(cal.is_ok(), "refused: {:?}", cal.as_ref().err());
        let cal = cal.unwrap();
        let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap() + chrono::Days::new(start.into());
        let period = gongkai::Period { n, unit };
        if let Ok(end) = gongkai::deadline::period_end(&cal, start, period, &[]) {
            let bound = gongkai::deadline::earliest_end(start, period).unwrap();
            prop_assert!(end.end >= bound, "{start} + {n} {unit:?}: {} < {bound}", end.end);
        }
    }
}

proptest! {
    /// Reading amounts out of any text never panics, and an amount written in figures with
    /// thousands separators after ¥, or in 万元, reads back as itself.
    #[test]
    fn amounts_in_text_read_back(text in "\\PC{0,80}", fen in 0i64..100_000_000_000) {
        use gongkai::model::amount_text::{amounts_in_figures, amounts_in_words};
        let _ = amounts_in_words(&text);
        let _ = amounts_in_figures(&text);
        let y = Yuan::from_fen(fen).unwrap();
        let (whole, cents) = (fen / 100, fen % 100);
        let digits = whole.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(',');
            }
            grouped.push(c);
        }
        let written = format!("中标金额：¥{grouped}.{cents:02}（{text}）");
        prop_assert_eq!(amounts_in_figures(&written).first().copied(), Some(y));
        let wan = format!("预算{}万元", y.fen() as f64 / 1_000_000.0);
        if let Some(read) = amounts_in_figures(&wan).first() {
            prop_assert_eq!(*read, y, "{}", wan);
        }
    }
}

mod catalogue_time_limit {
    use gongkai::rules::catalogue::time_limit::{Start, Term, read_time_limit};
    use gongkai::{Period, PeriodUnit};
    use proptest::prelude::*;

    proptest! {
        /// The reader never panics, whatever the text.
        #[test]
        fn never_panics(text in "\\PC{0,60}") {
            let _ = read_time_limit(&text);
        }

        /// "n个工作日内" after formation or change reads back as n working days from it
        /// (政府信息公开条例 第二十六条's form).
        #[test]
        fn gi_26_form_reads_back(n in 1u32..10_000) {
            let t = read_time_limit(&format!("信息形成或者变更之日起{n}个工作日内"));
            prop_assert_eq!(t, vec![Term::Within {
                period: Period { n, unit: PeriodUnit::Workday },
                from: Start::FormationOrChange,
            }]);
        }

        /// A calendar date is a yearly due date, never a number of months.
        #[test]
        fn dates_are_never_months(month in 1u32..=12, day in 1u32..=28, prefix in "(每年)?") {
            let t = read_time_limit(&format!("{prefix}{month}月{day}日前"));
            prop_assert_eq!(t, vec![Term::Yearly { month, day: Some(day) }]);
            let t = read_time_limit(&format!("{prefix}{month}月底前"));
            prop_assert_eq!(t, vec![Term::Yearly { month, day: None }]);
        }

        /// A minimum duration is a duration, never a deadline.
        #[test]
        fn minimums_are_durations(n in 1u32..1000, workdays: bool) {
            let unit = if workdays { "个工作日" } else { "日" };
            let t = read_time_limit(&format!("公示期不少于{n}{unit}"));
            let ok = matches!(t.as_slice(), [Term::AtLeast { period }] if period.n == n);
            prop_assert!(ok, "{:?}", t);
        }
    }
}

/// A moment of 2025–2026 as a record states it, `minutes` after 2025-01-01 00:00.
fn stated_moment(minutes: i64) -> String {
    let start = chrono::NaiveDate::from_ymd_opt(2025, 1, 1)
        .unwrap()
        .and_hms_opt(0, 0, 0)
        .unwrap();
    (start + chrono::Duration::minutes(minutes))
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// `moment` stated less precisely: `how` 0 as it is, 1 without its time, 2 its month, 3 its
/// year.
fn coarser(moment: &str, how: u8) -> &str {
    match how {
        1 => &moment[..10],
        2 => &moment[..7],
        3 => &moment[..4],
        _ => moment,
    }
}

fn hours_engine() -> &'static Engine {
    static HOURS: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    HOURS.get_or_init(crate::hours::engine)
}

/// The findings of the hour engine (`hours::engine`: a local layer of 24 hours from the award to
/// publication, and a publicity of at least 72 hours) that are errors or warnings, and the
/// rules that said they did not judge.
fn judged_in_hours(
    record: &DisclosureRecord,
    today: chrono::NaiveDate,
) -> (Vec<(String, String, String)>, Vec<String>) {
    let report = hours_engine().validate(record, &Context::new(today));
    let mut found = Vec::new();
    let mut not_judged = Vec::new();
    for f in &report.findings {
        match f.severity() {
            gongkai::Severity::Info if f.code().as_str() == "rule.not_judged" => {
                not_judged.push(f.rule().id.clone())
            }
            gongkai::Severity::Info => {}
            _ => found.push((
                f.code().as_str().to_owned(),
                f.rule().id.clone(),
                f.path().to_owned(),
            )),
        }
    }
    (found, not_judged)
}

/// A result awarded `awarded` minutes into 2025, published `published` minutes later (pending
/// when `None`), its publicity ending `publicity` minutes after that, a pause of `pause` days
/// from the day after the award; each date stated as `how` says ([`coarser`]).
fn hours_record(
    awarded: i64,
    published: Option<i64>,
    publicity: i64,
    pause: u8,
    how: [u8; 3],
) -> DisclosureRecord {
    let award = stated_moment(awarded);
    let mut extra = serde_json::json!({});
    if let Some(p) = published {
        let publication = stated_moment(awarded + p);
        let end = stated_moment(awarded + p + publicity);
        extra["events"] = serde_json::json!({"publicityEndOn": coarser(&end, how[2])});
        extra["publishedOn"] = serde_json::json!(coarser(&publication, how[1]));
    }
    if pause > 0 {
        let from: chrono::NaiveDate = award[..10].parse().unwrap();
        let first = from.succ_opt().unwrap();
        let last = first + chrono::Days::new(u64::from(pause) - 1);
        extra["pauses"] = serde_json::json!([{"from": first.to_string(), "to": last.to_string()}]);
    }
    let mut record = crate::hours::record(&award, None, extra);
    record.events.awarded_on = Some(coarser(&award, how[0]).parse().unwrap());
    if record.published_on.is_some() {
        record.status = gongkai::Status::Published;
    }
    record
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// 民法典 Art 201 ¶2 counts hours between moments; a date stated without its time, or only
    /// to the month or year, may be any moment of it. Stating a record's dates less precisely
    /// never creates an error or a warning of an hour rule (or any other), and every finding it
    /// removes is replaced by a `rule.not_judged` of the same rule.
    #[test]
    fn coarser_dates_never_create_a_finding_in_hours(
        awarded in 0i64..600_000,
        published in prop::option::weighted(0.8, -600i64..6_000),
        publicity in 0i64..8_000,
        pause in 0u8..3,
        how in prop::array::uniform3(0u8..4),
        today in 0i64..10,
    ) {
        let precise = hours_record(awarded, published, publicity, pause, [0; 3]);
        let coarse = hours_record(awarded, published, publicity, pause, how);
        let day: chrono::NaiveDate = stated_moment(awarded)[..10].parse().unwrap();
        let today = day + chrono::Days::new(today as u64);
        let (before, _) = judged_in_hours(&precise, today);
        let (after, not_judged) = judged_in_hours(&coarse, today);
        for f in &after {
            prop_assert!(before.contains(f), "{f:?} appears once dates are coarser: {} (precise: {before:?})", coarse.to_json());
        }
        for f in before.iter().filter(|f| !after.contains(f)) {
            prop_assert!(
                not_judged.contains(&f.1),
                "{f:?} vanished without its rule saying it did not judge: {}",
                coarse.to_json()
            );
        }
    }

    /// The hour verdict is monotone in the target's moment: a publication later than a late one
    /// is late, by no fewer hours; a publicity that ends earlier than one cut short is cut
    /// shorter.
    #[test]
    fn the_hour_verdict_is_monotone_in_the_target(
        awarded in 0i64..600_000,
        a in -600i64..6_000,
        b in -600i64..6_000,
        pause in 0u8..3,
    ) {
        let (early, late) = (a.min(b), a.max(b));
        // The hours late or short, when the rule finds the record late or short; every
        // moment being stated, it always judges.
        let units = |published: i64, publicity: i64, rule: &str| -> Option<i64> {
            let r = hours_record(awarded, Some(published), publicity, pause, [0; 3]);
            let report = hours_engine().validate(&r, &Context::new("2027-01-01".parse().unwrap()));
            let found = report.findings.iter().find(|f| f.rule().id == rule)?;
            Some(found.detail().deadline().expect("a deadline finding is explained").units)
        };
        // Published `early` or `late` minutes after the award (24 hours allowed).
        let (x, y) = (units(early.max(0), 4_320, "YJ-24H"), units(late.max(0), 4_320, "YJ-24H"));
        if let Some(x) = x {
            prop_assert!(y.is_some_and(|y| y >= x), "published {early} min after: {x} h late; {late}: {y:?}");
        }
        // A publicity of `early` or `late` minutes (72 hours required).
        let (x, y) = (units(0, early.max(0), "YJ-72H"), units(0, late.max(0), "YJ-72H"));
        if let Some(y) = y {
            prop_assert!(x.is_some_and(|x| x >= y), "publicity of {late} min: {y} h short; {early}: {x:?}");
        }
    }
}
