//! Property tests: JSON round-trips of the model, and `validate` never panicking.

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
                    domain: item.domain(),
                    item,
                    method,
                    method_name: None,
                    title: "标题".into(),
                    responsible_body: gongkai::ResponsibleBody {
                        name: "云江市某局".into(),
                        credit_code: None,
                    },
                    formed_on: formed,
                    changed_on: None,
                    published_on: published,
                    status: if published.is_some() {
                        gongkai::Status::Published
                    } else {
                        gongkai::Status::Draft
                    },
                    channels,
                    content,
                    parties: vec![],
                    amounts: gongkai::Amounts {
                        budget: budget.and_then(Yuan::from_fen),
                        maximum_price: None,
                        contract: contract.and_then(Yuan::from_fen),
                    },
                    events: Default::default(),
                    pauses: vec![],
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
