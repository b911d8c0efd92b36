//! The test notices (`fixtures/*.txt`, written for these tests in the formats portals use, with
//! their expected values in `fixtures/*.json`) and the laws every reader keeps on any text.
//!
//! An expectation lists, in order, what the readers must find and the text each value was read
//! from: the notice's type, domain and method with their evidence, its item, every element
//! (key, label, value), date, amount and pair of 大写 and figures. `GONGKAI_BLESS=1` writes the
//! JSON from what the readers find, for a new notice; the file is then read and corrected by
//! hand before it is committed.

use std::path::Path;

use proptest::prelude::*;
use serde_json::{Value, json};

use super::*;

fn of(text: &str, span: Span) -> &str {
    span.of(text).expect("a span on character boundaries")
}

/// The values `found` gives under `key`, in order, as `text` shows them.
fn values_of<'t>(found: &[FoundElement], key: &str, text: &'t str) -> Vec<&'t str> {
    found
        .iter()
        .filter(|e| e.key == key)
        .filter_map(|e| e.value.and_then(|v| v.of(text)))
        .collect()
}

/// The values `text` gives `key`, read as a notice.
fn read_values<'t>(text: &'t str, key: &str) -> Vec<&'t str> {
    let r = read(text, &NoticeSource::default()).expect("a notice");
    values_of(&r.elements, key, text)
}

/// The codes of the findings the national engine gives a notice judged on `on`.
fn finding_codes(text: &str, on: &str) -> Vec<String> {
    crate::Engine::national()
        .validate_notice(
            text,
            &NoticeSource::default(),
            &crate::Context::new(on.parse().expect("a date")),
        )
        .expect("a notice")
        .findings
        .iter()
        .map(|f| f.finding.code().as_str().to_owned())
        .collect()
}

/// The parties a reading names, each with its role.
fn roles_of(r: &NoticeReading) -> Vec<(crate::model::record::PartyRole, &str)> {
    r.record
        .parties
        .iter()
        .map(|p| (p.role, p.name.as_str()))
        .collect()
}

/// The parties a reading names, each with the credit code read for it.
fn party_codes(r: &NoticeReading) -> Vec<(&str, Option<&str>)> {
    r.record
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.credit_code.as_deref()))
        .collect()
}

/// What the readers find in `text`, as the expectation files write it.
fn reading(text: &str) -> Value {
    let kind = classify(text);
    let spanned = |v: Option<(&str, Span)>| match v {
        Some((name, span)) => json!([name, of(text, span)]),
        None => Value::Null,
    };
    let item = kind.item();
    json!({
        "type": spanned(kind.notice_type.as_ref().map(|t| (t.value.json_name(), t.span))),
        "domain": spanned(kind.domain.as_ref().map(|d| (d.value.json_name(), d.span))),
        "method": spanned(kind.method.as_ref().map(|m| (m.value.json_name(), m.span))),
        "item": item.map(|i| i.as_str()),
        "elements": elements(text, item).iter().map(|e| json!([
            e.key, of(text, e.label), e.value.map(|v| of(text, v))
        ])).collect::<Vec<_>>(),
        "dates": dates(text).iter().map(|d| json!([of(text, d.span), d.value.to_string()]))
            .collect::<Vec<_>>(),
        "amounts": amounts(text).iter().map(|a| json!([
            of(text, a.span), a.value.value.to_string(), a.value.form
        ])).collect::<Vec<_>>(),
        "pairs": amount_pairs(text).iter().map(|p| json!([
            of(text, p.words.span), of(text, p.figures.span), p.agrees()
        ])).collect::<Vec<_>>(),
    })
}

#[test]
fn the_test_notices_read_as_expected() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/notice/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 20, "{} test notices", names.len());
    let bless = std::env::var_os("GONGKAI_BLESS").is_some();
    let mut failed = Vec::new();
    for txt in &names {
        let text = std::fs::read_to_string(txt).unwrap();
        let got = reading(&text);
        let expected_path = txt.with_extension("json");
        if bless && !expected_path.exists() {
            let pretty = serde_json::to_string_pretty(&got).unwrap();
            std::fs::write(&expected_path, pretty + "\n").unwrap();
            continue;
        }
        let expected: Value =
            serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
        if got != expected {
            failed.push(format!(
                "{}:\n expected {}\n got      {}",
                txt.display(),
                expected,
                got
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Text made of the pieces notices are made of, and anything else.
fn noticeish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("2019"),
        Just("二〇一九"),
        Just("２０１９"),
        Just("年"),
        Just("月"),
        Just("日"),
        Just("号"),
        Just("-"),
        Just("/"),
        Just("."),
        Just("至"),
        Just("自"),
        Just("之日起"),
        Just("个工作日"),
        Just("公示期为"),
        Just("上午"),
        Just("下午"),
        Just("时"),
        Just("分"),
        Just(":"),
        Just("："),
        Just("（"),
        Just("）"),
        Just("星期二"),
        Just("十"),
        Just("廿"),
        Just("三"),
        Just("12"),
        Just("7"),
        Just("30"),
        Just("0"),
        Just("壹佰"),
        Just("万"),
        Just("元"),
        Just("整"),
        Just("¥"),
        Just("1,180"),
        Just("万元"),
        Just("人民币"),
        Just("大写"),
        Just("\n"),
        Just("一、"),
        Just("（一）"),
        Just("1."),
        Just("第一条"),
        Just("【"),
        Just("】"),
        Just("项目编号"),
        Just("名称"),
        Just("采购人信息"),
        Just(" "),
        Just("　"),
        Just("中标（成交）结果公告"),
        Just("行政处罚决定书"),
        Just("采购方式"),
        Just("竞争性磋商"),
        Just("é"),
        Just("😀"),
        Just("\r"),
        Just("\t"),
        Just("|"),
        Just("  "),
        Just("<p>"),
        Just("</p>"),
        Just("<td>"),
        Just("<tr>"),
        Just("<table>"),
        Just("</table>"),
        Just("<br>"),
        Just("&nbsp;"),
        Just("&#20013;"),
        Just("&amp"),
        Just("<!--"),
        Just("-->"),
        Just("<script>"),
        Just("</script>"),
        Just("<div class=\"nav\">"),
        Just("</div>"),
        Just("<"),
        Just(">"),
        Just("\""),
        Just("统一社会信用代码"),
        Just("91445300MA4UQ8H35W"),
        Just("当事人"),
        Just("第一中标候选人"),
        Just("云江市财政局"),
    ];
    prop_oneof![
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat()),
        any::<String>(),
    ]
}

proptest! {
    /// On any text the readers end, every span lies on character boundaries within it, and the
    /// text of a span, read alone, gives the same value.
    #[test]
    fn spans_are_the_text_each_value_was_read_from(text in noticeish()) {
        for d in dates(&text) {
            let alone = of(&text, d.span);
            let again: Vec<_> = dates(alone).into_iter().map(|x| x.value).collect();
            prop_assert_eq!(again, vec![d.value.clone()], "{:?} in {:?}", alone, text);
        }
        for a in amounts(&text) {
            let alone = of(&text, a.span);
            let again: Vec<_> = amounts(alone).into_iter().map(|x| x.value).collect();
            // A figure whose unit its label gives is read alone without it.
            if !matches!(alone.chars().last(), Some(c) if c.is_ascii_digit())
                || alone.starts_with(['¥', '￥'])
                || alone.starts_with("人民币")
            {
                prop_assert_eq!(again, vec![a.value], "{:?} in {:?}", alone, text);
            }
        }
        for p in amount_pairs(&text) {
            of(&text, p.words.span);
            of(&text, p.figures.span);
        }
        for h in headings(&text) {
            of(&text, h.label);
            if let Some(v) = h.value {
                of(&text, v);
                prop_assert!(h.label.end <= v.start);
            }
        }
        for e in elements(&text, None) {
            of(&text, e.label);
        }
        for t in tables(&text) {
            for r in &t.rows {
                of(&text, r.line);
                for c in &r.cells {
                    prop_assert!(r.line.contains(*c));
                    of(&text, *c);
                }
            }
        }
        if let Some(s) = signature(&text) {
            of(&text, s.date.span);
            for b in &s.bodies {
                of(&text, *b);
            }
        }
        for p in parties(&text, None) {
            of(&text, p.name);
            of(&text, p.label);
            if let Some(c) = p.credit_code {
                of(&text, c);
            }
        }
        let page = HtmlText::parse(&text);
        let t = page.text();
        for (i, _) in t.char_indices().chain([(t.len(), ' ')]) {
            for j in [i, t.len()] {
                of(&text, page.to_html(Span { start: i, end: j }));
            }
        }
        let k = classify(&text);
        for span in [
            k.notice_type.map(|t| t.span),
            k.domain.map(|d| d.span),
            k.method.map(|m| m.span),
        ]
        .into_iter()
        .flatten()
        {
            of(&text, span);
        }
    }
}

/// The test notices, each cut, spliced and salted with the pieces notices are made of.
fn mutated_notice() -> impl Strategy<Value = String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/notice/fixtures");
    let mut texts: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    texts.sort();
    let edits = prop::collection::vec(
        (any::<prop::sample::Index>(), 0usize..40, noticeish()),
        1..6,
    );
    (prop::sample::select(texts), edits, any::<bool>()).prop_map(|(text, edits, html)| {
        let mut chars: Vec<char> = text.chars().collect();
        for (at, cut, insert) in edits {
            let i = at.index(chars.len() + 1);
            let j = (i + cut).min(chars.len());
            chars.splice(i..j, insert.chars());
        }
        let s: String = chars.into_iter().collect();
        if html {
            format!(
                "<html><body><p>{}</p></body></html>",
                s.replace('\n', "<br>")
            )
        } else {
            s
        }
    })
}

/// The paths of the `privacy.id_number_exposed` findings on `text`, judged on `day`.
fn id_numbers_exposed_at(text: &str, day: &str) -> Vec<String> {
    let ctx = crate::Context::new(day.parse().expect("a day"));
    let report = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a report");
    report
        .findings
        .iter()
        .filter(|f| f.finding.code().as_str() == "privacy.id_number_exposed")
        .map(|f| f.finding.path().to_owned())
        .collect()
}

fn engine() -> &'static crate::Engine {
    static ENGINE: std::sync::OnceLock<crate::Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(crate::Engine::national)
}

/// Reads and judges `text`: never a panic, and every span a span of `text`.
fn read_and_judge(text: &str) -> Result<(), TestCaseError> {
    let ctx = crate::Context::new(chrono::NaiveDate::from_ymd_opt(2024, 12, 1).unwrap());
    let source = NoticeSource {
        url: Some("https://www.ccgp-yunjiang.gov.cn/a.html".into()),
        fetched_on: None,
    };
    match engine().validate_notice(text, &source, &ctx) {
        Ok(report) => {
            for e in &report.reading.evidence {
                of(text, e.span);
                if let Some(l) = e.label {
                    of(text, l);
                }
            }
            for f in &report.findings {
                if let Some(s) = f.span {
                    of(text, s);
                }
            }
            for d in &report.reading.dates {
                of(text, d.span);
            }
            let json = report.to_json(crate::Lang::En);
            prop_assert!(serde_json::from_str::<Value>(&json).is_ok());
        }
        Err(e) => prop_assert!(e.code().starts_with("notice.")),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text reads as a notice or gives a typed error; evidence and findings point into it.
    #[test]
    fn any_text_reads_or_is_refused(text in noticeish()) {
        read_and_judge(&text)?;
    }

    /// The test notices, damaged, still read or are refused, never a panic.
    #[test]
    fn damaged_notices_read_or_are_refused(text in mutated_notice()) {
        read_and_judge(&text)?;
    }
}

#[test]
fn what_is_no_notice_is_a_typed_error() {
    let source = NoticeSource::default();
    let code = |t: &str| read(t, &source).err().map(|e| e.code());
    assert_eq!(code(""), Some("notice.empty"));
    assert_eq!(code("<html><body> </body></html>"), Some("notice.empty"));
    assert_eq!(code("PK\u{3}\u{4}\0\0binary"), Some("notice.binary"));
    assert_eq!(
        code("Notice of award: the contract goes to Acme Ltd for 5,000 yuan."),
        Some("notice.not_chinese")
    );
    assert_eq!(
        code("今天天气很好，我们去公园散步，看见很多人在跑步和打球。"),
        Some("notice.unclassified")
    );
    let big = "公".repeat(MAX_NOTICE_BYTES / 3 + 1);
    assert_eq!(code(&big), Some("notice.too_large"));
}

/// The report's JSON has the shape the C and JS surfaces will pass on: `{ok, notice, record,
/// evidence, absent, notStated, findings}`, spans as `[start, end]` into the input.
#[test]
fn the_report_json_points_into_the_input() {
    let text = "云江市财政局政府采购行政处罚决定书\n当事人：云江恒达贸易有限公司\n\
                处罚决定：罚款人民币叁仟元整（¥3,200.00）。\n联系电话：13812345678\n\
                云江市财政局\n2024年3月18日\n";
    let json = api::validate_notice_json(
        engine(),
        text,
        r#"{"fetchedOn":"2024-04-01","url":"https://www.ccgp-yunjiang.gov.cn/a.html"}"#,
        crate::Lang::ZhCn,
    )
    .unwrap();
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["ok"], false);
    assert_eq!(v["notice"]["type"], "penaltyDecision");
    assert_eq!(v["notice"]["domain"], "governmentProcurement");
    assert_eq!(v["record"]["item"], "procurementPenaltyDecision");
    assert_eq!(v["record"]["channels"], json!(["ccgp"]));
    let span_text = |s: &Value| {
        let (a, b) = (
            s[0].as_u64().unwrap() as usize,
            s[1].as_u64().unwrap() as usize,
        );
        text[a..b].to_owned()
    };
    let party = v["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["path"] == "/content/partyName")
        .unwrap();
    assert_eq!(span_text(&party["span"]), "云江恒达贸易有限公司");
    assert_eq!(party["label"], "当事人");
    let finding = |code: &str| {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["code"] == code)
            .unwrap_or_else(|| panic!("{code} in {v}"))
            .clone()
    };
    let words = finding("amount.words_mismatch");
    assert_eq!(words["path"], "/content/penalty");
    assert!(span_text(&words["span"]).contains("叁仟元整"));
    let mobile = finding("privacy.mobile_exposed");
    assert_eq!(mobile["path"], "");
    assert_eq!(span_text(&mobile["span"]), "13812345678");
    assert!(v["absent"].as_array().unwrap().contains(&json!("remedies")));
    let err = api::validate_notice_json(engine(), text, "{}", crate::Lang::En).unwrap_err();
    assert_eq!(err.code(), "notice.invalid_options");
}

/// The method where the notice's own lines do not name it as a procurement method: a portal's
/// line of facts above the title (`招标方式：公开招标`); a land parcel offered by 公开招标, which
/// is offered by tender (招标拍卖挂牌出让国有建设用地使用权规定 Art 2); a state property deal
/// whose label names only its bidding, by the kind of transfer its project's name says
/// (企业国有资产交易监督管理办法 Art 2). Each with the words it was read from.
#[test]
fn the_method_is_read_from_the_page_the_parcel_and_the_project() {
    let source = NoticeSource::default();
    let method = |text: &str| {
        let r = read(text, &source).expect("a notice");
        let span = r
            .evidence
            .iter()
            .find(|e| e.path == "/method")
            .map(|e| e.span);
        (
            r.record.method,
            span.and_then(|s| s.of(text)).map(str::to_owned),
        )
    };
    let page = "中国招标投标公共服务平台\n招标方式：公开招标\n\
                某市输水管道工程施工招标公告\n1.招标条件\n本招标项目已批准建设。\n";
    assert_eq!(
        method(page),
        (Some(crate::Method::OpenTendering), Some("公开招标".into()))
    );
    let land = "某市国有建设用地使用权出让招标公告\n一、招标地块概况\n\
                出让面积：22816.5平方米\n出让方式：公开招标（综合评标）\n";
    assert_eq!(
        method(land),
        (Some(crate::Method::Tendering), Some("公开招标".into()))
    );
    let deal = "成交公告\n项目名称：某建材检测中心有限公司100%股权转让\n\
                转让方：某国有资本运营有限公司\n交易方式：网络竞价\n";
    assert_eq!(
        method(deal),
        (
            Some(crate::Method::EnterpriseEquityTransfer),
            Some("股权转让".into())
        )
    );
}

/// 财政部令第110号 Art 22: a framework agreement's call states its 最高限制单价 and 框架协议期限,
/// keys the rule adds to the announcement's elements. The engine reads what its rules ask
/// for, so a call that states them is not found lacking them; one that does not is.
#[test]
fn a_framework_call_is_read_for_what_its_rule_adds_order_110_art_22() {
    let call = |lines: &str| {
        format!(
            "某局教学办公用纸框架协议采购征集公告\n一、项目基本情况\n项目名称：教学办公用纸框架协议采购项目\n\
             采购方式：框架协议采购\n{lines}二、获取征集文件\n时间：2025年12月2日至2025年12月8日\n\
             三、响应文件提交截止时间、开启时间和地点\n2025年12月22日10时00分\n\
             四、公告期限\n自本公告发布之日起5个工作日。\n某招标咨询有限公司\n2025年12月1日\n"
        )
    };
    let missing = |text: &str| {
        let ctx = crate::Context::new("2025-12-10".parse().unwrap());
        let report = engine()
            .validate_notice(text, &NoticeSource::default(), &ctx)
            .expect("a notice");
        let mut keys: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.finding.code().as_str() == "element.missing")
            .filter(|f| f.finding.rule().id == "GP-110-22")
            .map(|f| f.finding.path().to_owned())
            .collect();
        keys.sort();
        (keys, report)
    };
    let stated = call("最高限制单价：每箱125元\n框架协议期限：一年\n");
    let (keys, report) = missing(&stated);
    assert!(
        !keys
            .iter()
            .any(|k| k.contains("maximumUnitPrice") || k.contains("agreementTerm")),
        "{keys:?}"
    );
    let term = report
        .reading
        .evidence
        .iter()
        .find(|e| e.path == "/content/agreementTerm")
        .expect("the term read");
    assert_eq!(term.span.of(&stated), Some("一年"));
    let (keys, _) = missing(&call(""));
    assert!(
        keys.contains(&"/content/agreementTerm".to_owned()),
        "{keys:?}"
    );
    assert!(
        keys.contains(&"/content/maximumUnitPrice".to_owned()),
        "{keys:?}"
    );
}

/// A portal's menu or banner above the notice (`北京市政府采购网 首页 信息公告 结果公告`,
/// `…网 财政部唯一指定…发布媒体`) names the site, not the notice: the title is the line
/// under it that names the notice's type.
#[test]
fn a_menu_or_banner_is_not_the_title() {
    let source = NoticeSource::default();
    for chrome in [
        "北京市政府采购网 首页 信息公告 结果公告",
        "中国土地市场网 首页 供地计划 出让公告 供地结果",
        "某省政府采购网 · 政府采购云平台 登录",
    ] {
        let text = format!(
            "{chrome}\n某区卫生健康委员会信息平台运维服务采购项目中标公告\n一、项目编号：BJ-1\n\
             二、项目名称：信息平台运维项目\n"
        );
        let r = read(&text, &source).expect("a notice");
        assert_eq!(
            r.record.title, "某区卫生健康委员会信息平台运维服务采购项目中标公告",
            "{chrome}"
        );
    }
}

/// A phone's or an aggregator's copy stops where it asks the reader to open the rest
/// (`…… 展开全文 ∨ 打开APP查看完整公告`): the element there is not stated, not read as those
/// words, and nothing is absent from a copy that does not show the whole notice.
#[test]
fn a_copy_cut_short_states_no_more_than_it_shows() {
    let text = "某县教育局课桌椅采购项目公开招标公告\n一、项目基本情况\n项目编号：XZ-1\n\
                项目名称：课桌椅采购项目\n二、获取招标文件\n…… 展开全文 ∨ 打开APP查看完整公告\n\
                某县教育局\n2025年6月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        !r.record.content.contains_key("documentsObtaining"),
        "{:?}",
        r.record.content
    );
    assert!(
        r.record
            .not_stated
            .iter()
            .any(|p| p == "/content/documentsObtaining")
    );
    assert!(r.absent.is_empty(), "{:?}", r.absent);
}

/// 政府采购法实施条例 Art 50 asks for the contract to be published; a contract notice does so
/// as a file (`附件：…合同（扫描件）`). Its text is then elsewhere, not stated in the page, and
/// not found missing; a notice that attaches nothing lacks it.
#[test]
fn a_contract_attached_as_a_file_is_not_missing_tiaoli_50() {
    let notice = |tail: &str| {
        format!(
            "某局土壤普查采样服务项目合同公告\n一、合同编号：HT-1\n二、合同名称：采样服务合同\n\
             三、项目编号：ZC-1\n四、项目名称：采样服务项目\n五、合同主体\n采购人：某局\n\
             供应商：某检测有限公司\n六、合同主要信息\n合同金额：人民币986,000.00元\n\
             七、合同签订日期：2025年7月8日\n八、合同公告日期：2025年7月9日\n{tail}某局\n2025年7月9日\n"
        )
    };
    let source = NoticeSource::default();
    let attached = read(&notice("附件：采样服务合同（扫描件）\n"), &source).expect("a notice");
    assert!(
        attached
            .record
            .not_stated
            .iter()
            .any(|p| p == "/content/contractText")
    );
    assert!(!attached.absent.iter().any(|k| k == "contractText"));
    let bare = read(&notice(""), &source).expect("a notice");
    assert!(
        bare.absent.iter().any(|k| k == "contractText"),
        "{:?}",
        bare.absent
    );
}

/// 行政处罚法 Art 59 ¶1's elements in decisions written as paragraphs: the facts after the
/// paragraph that says they were found (`…现查明：`), and a decision numbered throughout
/// (`一、经查…`, `二、依据《…》…本局决定：`, `三、对当事人处罚款…`, `四、…缴纳罚款`,
/// `五、如不服…`), each section its own element.
#[test]
fn a_decision_in_paragraphs_gives_each_element_art_59() {
    let source = NoticeSource::default();
    let content = |text: &str| read(text, &source).expect("a notice").record.content;
    let found = "某市财政局\n行政处罚决定书\n某财采罚〔2025〕3号\n当事人：某办公设备有限公司\n\
                 本机关于2025年3月5日收到线索，依法进行了调查。现查明：\n\
                 你公司在投标文件中提供了伪造的认证证书。上述事实有投标文件等证据证实。\n\
                 依据《中华人民共和国政府采购法》第七十七条第一款的规定，本机关决定对你公司作出如下行政处罚：\n\
                 1.处以采购金额千分之八的罚款；\n\
                 你公司应自收到本决定书之日起15日内缴纳罚款。\n\
                 如不服本处罚决定，可在收到本决定书之日起60日内申请行政复议。\n某市财政局\n2025年4月22日\n";
    let c = content(found);
    assert_eq!(
        c.get("violationFacts").map(String::as_str),
        Some("你公司在投标文件中提供了伪造的认证证书。上述事实有投标文件等证据证实。")
    );
    let numbered = "某区发展和改革局行政处罚决定书\n某发改罚〔2026〕11号\n当事人：皮某某\n\
                    一、经查，当事人将本人注册建造师证书出借他人用于投标。上述事实有询问笔录为证。\n\
                    二、依据《中华人民共和国招标投标法》第五十四条，本局决定：\n\
                    三、对当事人处罚款人民币贰万元整。\n\
                    四、当事人应自收到本决定书之日起15日内到指定银行缴纳罚款。\n\
                    五、如不服本决定，可自收到本决定书之日起60日内申请行政复议。\n\
                    某区发展和改革局\n2026年9月3日\n";
    let c = content(numbered);
    let penalty = c.get("penalty").expect("the penalty");
    assert!(penalty.contains("处罚款人民币贰万元整"), "{penalty}");
    assert!(!penalty.contains("缴纳罚款"), "{penalty}");
    assert!(
        c.get("penaltyBasis")
            .is_some_and(|b| b.contains("第五十四条"))
    );
    assert!(c.get("performance").is_some_and(|p| p.contains("缴纳罚款")));
    assert!(c.get("remedies").is_some_and(|r| r.contains("行政复议")));
    assert!(c.get("violationFacts").is_some_and(|f| !f.contains("依据")));
}

/// 行政处罚法 Art 59 (二): a decision that opens its facts without `经查` states them in the
/// paragraph after the party's particulars, before the paragraph that says what rule they break;
/// a procedural paragraph there (`我局在…检查中…`) is not the facts when the next opens `经查`,
/// and evidence that includes the party's statement (`…你本人的陈述等证据证明`) is not a
/// paragraph about the hearing.
#[test]
fn facts_after_the_party_particulars_art_59() {
    let source = NoticeSource::default();
    let content = |text: &str| read(text, &source).expect("a notice").record.content;
    let text = "某市财政局行政处罚决定书\n某财购罚〔2025〕3号\n当事人：韦某某\n\
                身份证号码：4101**********0412\n住址：某市某区纬五路21号\n\
                2025年3月18日，你作为评审专家参加某项目的评审，评审中私下与投标人联系。以上事实有通话记录及你本人的陈述等证据证明。\n\
                本局认为，你的上述行为违反了《中华人民共和国政府采购法实施条例》第四十条第二款的规定。根据《中华人民共和国政府采购法实施条例》第七十五条第一款的规定，本局决定：\n\
                （一）给予警告；\n（二）处以罚款人民币叁万元整。\n\
                如不服本决定，可以自收到本决定书之日起60日内申请行政复议。\n某市财政局\n2025年6月16日\n";
    let c = content(text);
    let facts = c.get("violationFacts").expect("the facts");
    assert!(
        facts.starts_with("2025年3月18日，你作为评审专家"),
        "{facts}"
    );
    let procedural = "某区财政局行政处罚决定书\n某财罚〔2025〕8号\n当事人：某科技有限公司\n\
                      住所：某市某区某路1号\n\
                      我局在政府采购监督检查中，对你公司参加某项目投标的情况进行了调查。\n\
                      经查，你公司在投标文件中提供的合同系伪造。你公司的上述行为违反了《中华人民共和国政府采购法》第七十七条第一款第（一）项的规定。\n\
                      依据《中华人民共和国政府采购法》第七十七条第一款的规定，本局决定对你公司处以罚款。\n\
                      某区财政局\n2025年5月6日\n";
    let c = content(procedural);
    let facts = c.get("violationFacts").expect("the facts");
    assert!(facts.starts_with("经查"), "{facts}");
}

/// A whole decision in one paragraph, its clauses apart by `；`: the party named in the opening
/// sentence (`当事人某矿业有限公司（…住所：…）`), the facts up to what proves them (`…为证`),
/// the basis and the decision, how to pay and how to appeal (行政处罚法 Art 59 ¶1).
#[test]
fn a_decision_in_one_paragraph_gives_each_element_art_59() {
    let text = "某市自然资源和规划局行政处罚决定书\n某自然资罚字〔2025〕17号\n\
                当事人某矿业有限公司（统一社会信用代码：91430102MA4L3P9X5A，住所：某区某镇某村，法定代表人：唐某某）\
                持有的采矿许可证载明的开采深度为+420米至+180米标高，当事人在+160米标高开采矿石约5,600吨，\
                属超越批准的矿区范围采矿，有测量报告、询问笔录为证；依据《中华人民共和国矿产资源法》第四十条，\
                本局决定责令当事人退回本矿区范围内开采，并处罚款人民币九万七千二百元；\
                当事人应自收到本决定书之日起十五日内缴纳上述款项；\
                如不服本决定，可自收到本决定书之日起六十日内申请行政复议。\n\
                某市自然资源和规划局\n2025年6月5日\n";
    let c = read(text, &NoticeSource::default())
        .expect("a notice")
        .record
        .content;
    assert_eq!(
        c.get("partyName").map(String::as_str),
        Some("某矿业有限公司")
    );
    assert_eq!(
        c.get("partyAddress").map(String::as_str),
        Some("某区某镇某村")
    );
    assert!(
        c.get("violationFacts").is_some_and(|f| f.ends_with("为证")),
        "{c:?}"
    );
    assert!(
        c.get("penalty").is_some_and(|p| p.contains("并处罚款")),
        "{c:?}"
    );
    assert!(
        c.get("performance").is_some_and(|p| p.contains("缴纳")),
        "{c:?}"
    );
    assert!(
        c.get("remedies").is_some_and(|r| r.contains("行政复议")),
        "{c:?}"
    );
}

/// 企业国有资产交易监督管理办法 Art 48: an enterprise transferring a thing (`闲置车辆转让`) makes
/// an asset transfer; a title that names a share (`股权转让`) or a lease does not.
#[test]
fn a_transfer_of_things_is_an_asset_transfer_art_48() {
    let source = NoticeSource::default();
    let method = |title: &str| {
        let text = format!(
            "{title}\n项目编号：QHCQ-1\n转让方名称：某交通建设投资有限公司\n\
             转让底价：人民币21.37万元\n某公共资源交易中心\n2025年9月1日\n"
        );
        read(&text, &source).expect("a notice").record.method
    };
    assert_eq!(
        method("某交通建设投资有限公司闲置车辆转让公告"),
        Some(crate::Method::EnterpriseAssetTransfer)
    );
    assert_eq!(
        method("某传媒有限公司51%股权转让公告"),
        Some(crate::Method::EnterpriseEquityTransfer)
    );
}

/// A government site's line of facts above the title gives the day the document was made
/// (`成文日期`) and the day it was published: the record's formation date, from which
/// 政府信息公开条例 Art 26 counts, and its publication date.
#[test]
fn a_sites_line_of_facts_gives_the_formation_date_gi_art_26() {
    let text = "索引号：11500112-2025-00031\t主题分类：住房保障\n\
                成文日期\t2025-05-06\t发布日期\t2025-05-08\n\
                某区保障性租赁住房配租程序\n一、申请条件\n在本区工作的新市民。\n\
                二、配租流程\n申请、审核、公示、选房。\n某区住房和城乡建设委员会\n2025年5月6日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.formed_on.map(|d| d.to_string()).as_deref(),
        Some("2025-05-06")
    );
    assert_eq!(
        r.record.published_on.map(|d| d.to_string()).as_deref(),
        Some("2025-05-08")
    );
    assert!(!r.record.not_stated.iter().any(|p| p == "/formedOn"));
    let formed = r
        .evidence
        .iter()
        .find(|e| e.path == "/formedOn")
        .expect("its evidence");
    assert_eq!(formed.span.of(text), Some("2025-05-06"));
}

/// An award told in a sentence (`中标人为某公司，中标价为人民币9,518.27万元`, `确定某公司为中标人`)
/// gives the winner and the price where no label does: the result's elements (招标投标法实施条例
/// Art 54 publicity and 发改委令第10号 Art 6), not missing.
#[test]
fn an_award_in_a_sentence_gives_the_winner_and_the_price() {
    let source = NoticeSource::default();
    let content = |text: &str| read(text, &source).expect("a notice").record.content;
    let said = "某区排水管网改造工程施工中标结果公示\n本项目经评标委员会评审并经招标人确定，\
                中标人为某市政建设有限公司，中标价为人民币9,518.27万元。\n某区住房和城乡建设局\n2025年5月20日\n";
    let c = content(said);
    assert_eq!(
        c.get("winnerName").map(String::as_str),
        Some("某市政建设有限公司")
    );
    assert_eq!(
        c.get("awardAmount").map(String::as_str),
        Some("人民币9,518.27万元")
    );
    let chosen = "某区供水管道工程施工中标结果公示\n经评审，招标人确定某工程局有限公司为中标人。\n\
                  某区水务局\n2025年5月20日\n";
    let c = content(chosen);
    assert_eq!(
        c.get("winnerName").map(String::as_str),
        Some("某工程局有限公司")
    );
}

/// A correction that keeps or moves the deadline in a sentence (招标投标法 Art 23 and 财政部令
/// 第87号 Art 27 count at least 15 days from the change to it): the date in force is the
/// deadline read, not the one replaced, nor a registration's.
#[test]
fn a_corrections_deadline_in_a_sentence_is_read_law_23() {
    let deadline = |text: &str| {
        read(text, &NoticeSource::default())
            .expect("a notice")
            .record
            .events
            .bid_deadline
            .map(|d| d.to_string())
    };
    let kept = "某中学运动场改造工程施工招标文件澄清（修改）公告\n发布时间：2025年4月14日\n\
                一、澄清内容\n工程量清单第3项数量修改为120平方米。\n\
                投标截止时间及开标时间不变，仍为2025年4月23日9时00分。\n某中学\n2025年4月14日\n";
    assert_eq!(deadline(kept).as_deref(), Some("2025-04-23 09:00"));
    let moved = "某镇排水管网工程监理延期公告\n发布时间：2026年5月20日\n\
                 变更内容\t原投标截止时间：2026年5月29日9:30；变更后投标截止时间：2026年6月12日9:30。\n\
                 某镇人民政府\n2026年5月20日\n";
    assert_eq!(deadline(moved).as_deref(), Some("2026-06-12 09:30"));
    let registration = kept.replace("投标截止时间及开标时间不变，仍为", "报名截止时间为");
    assert_eq!(deadline(&registration), None);
}

/// A decision's 双公示 record (行政处罚信息公示) is complete when its table runs to the deciding
/// authority and the decision's date: what it lacks of 行政处罚法 Art 59's contents is absent,
/// not unstated. A table that stops before them says nothing of what follows.
#[test]
fn a_double_publicity_record_is_complete_to_its_authority_art_59() {
    let source = NoticeSource::default();
    let table = "行政处罚信息公示\n行政处罚决定书文号\t某建罚〔2025〕5号\n\
                 行政相对人名称\t某建设有限公司\n违法事实\t当事人在某工程施工招标中串通投标。\n\
                 处罚依据\t《中华人民共和国招标投标法》第五十三条\n处罚结果\t罚款人民币3.25万元\n";
    let whole = format!("{table}处罚决定日期\t2025年7月8日\n处罚机关\t某市住房和城乡建设局\n");
    let r = read(&whole, &source).expect("a notice");
    assert!(r.complete);
    assert!(r.absent.iter().any(|k| k == "remedies"), "{:?}", r.absent);
    let r = read(table, &source).expect("a notice");
    assert!(!r.complete);
    assert!(r.not_stated.iter().any(|k| k == "remedies"));
}

/// An element the notice labels but whose value is not read is neither absent nor missing: a
/// candidates' publicity that names each candidate's project manager inside the candidate's line
/// (`…，项目经理：何**，一级建造师…`) holds what 发改委令2017年第10号 Art 6 ¶1 asks of it, so
/// the rule TB-10-6 is not judged on it rather than found wanting. Without the label it is
/// absent, and missing.
#[test]
fn a_labelled_element_not_read_is_unread_not_missing_order_10_art_6() {
    let labelled = "某市某路改造工程中标候选人公示\n\
        一、中标候选人\n\
        第一中标候选人：某市政建设有限公司，投标报价：8,642,377.51元，工期：270日历天，\
        质量：合格，项目经理：何**，一级建造师\n\
        二、公示期\n2025年9月1日至2025年9月3日\n\
        某市公共资源交易中心\n2025年9月1日\n";
    let r = engine()
        .validate_notice(
            labelled,
            &NoticeSource::default(),
            &crate::Context::new("2025-09-04".parse().unwrap()),
        )
        .expect("a notice");
    let reading = &r.reading;
    assert!(reading.complete);
    let manager = reading.unread.iter().find(|u| u.value == "projectManager");
    let manager = manager.expect("the project manager unread");
    assert_eq!(of(labelled, manager.span), "项目经理");
    assert!(!reading.absent.iter().any(|k| k == "projectManager"));
    let missing = |r: &NoticeReport| {
        r.findings.iter().any(|f| {
            f.finding.code().as_str() == "element.missing"
                && f.finding.path() == "/content/projectManager"
        })
    };
    assert!(!missing(&r));
    assert!(
        reading
            .record
            .not_stated
            .iter()
            .any(|p| p == "/content/projectManager")
    );

    let unlabelled = labelled.replace("，项目经理：何**，一级建造师", "");
    let r = engine()
        .validate_notice(
            &unlabelled,
            &NoticeSource::default(),
            &crate::Context::new("2025-09-04".parse().unwrap()),
        )
        .expect("a notice");
    assert!(r.reading.unread.is_empty(), "{:?}", r.reading.unread);
    assert!(r.reading.absent.iter().any(|k| k == "projectManager"));
    assert!(missing(&r));
}

/// A correction's line about the notice it corrects (`原招标公告发布日期：…`) is not its own
/// publication: the correction is published on its own day, and the deadline it moves is
/// judged against it (招标投标法实施条例 Art 21: at least 15 days before the bid deadline).
#[test]
fn a_corrections_original_notice_date_is_not_its_own_regulation_art_21() {
    let text = "某区道路工程施工变更公告\n一、原招标公告信息\n项目名称：某区道路工程施工\n\
        招标编号：YB-SG-2025-118\n原招标公告发布日期：2025年9月26日\n二、变更事项\n\
        招标文件（补遗书第1号）\n三、变更内容\n1.沥青面层厚度由“4cm”调整为“5cm”；\n\
        2.投标截止时间（开标时间）由2025年10月21日10时00分延期至2025年10月30日10时00分。\n\
        某区住房和城乡建设局\n2025年10月20日\n";
    let ctx = crate::Context::new("2025-10-22".parse().unwrap());
    let r = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    assert_eq!(
        r.reading.record.published_on.map(|d| d.to_string()),
        Some("2025-10-20".to_owned())
    );
    assert!(r.findings.iter().any(|f| {
        f.finding.code().as_str() == "deadline.too_short"
            && f.finding.path() == "/events/bidDeadline"
    }));
    // An aggregator's `原文发布时间` is the original page's: the notice's own day.
    let copy = "原文发布时间：2026-07-15\n某工程施工中标结果公告\n中标人：某建设有限公司\n";
    let r = read(copy, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.published_on.map(|d| d.to_string()),
        Some("2026-07-15".to_owned())
    );
}

/// A violation record's time on the list (`公告期限：…至…`) is its publicity, which
/// 发改法规〔2008〕1531号 Art 9 sets at six months: three months is too short.
#[test]
fn a_violation_records_time_on_the_list_is_its_publicity_1531_art_9() {
    let text = "某市建设工程招标投标违法行为记录公告\n被处理当事人：某建设工程有限公司\n\
        违法行为：以弄虚作假的方式投标。\n处理依据：《中华人民共和国招标投标法》第五十四条\n\
        处理决定：罚款人民币3.2万元\n处理机关：某市住房和城乡建设委员会\n处理时间：2025年6月23日\n\
        公告期限：2025年7月1日至2025年10月8日\n某市住房和城乡建设委员会\n2025年7月1日\n";
    let ctx = crate::Context::new("2025-07-02".parse().unwrap());
    let r = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    assert_eq!(
        r.reading
            .record
            .events
            .publicity_end_on
            .map(|d| d.to_string()),
        Some("2025-10-08".to_owned())
    );
    assert!(r.findings.iter().any(|f| {
        f.finding.code().as_str() == "deadline.too_short"
            && f.finding.path() == "/events/publicityEndOn"
    }));
}

/// A decision that addresses its party as a letter does (`某置业有限公司：` on the line under its
/// number) names it so: the party 行政处罚法 Art 59 (一) has a decision state, with the 住所 its
/// bracket gives.
#[test]
fn a_decision_addressed_to_its_party_names_it_penalty_law_art_59() {
    let text = "某州自然资源局\n行政处罚决定书\n某自然资罚〔2025〕11号\n\
        某西域置业有限公司（统一社会信用代码：91650000MA77XXXX0X，住所：某市北京南路8号）：\n\
        经查，你公司非法转让土地使用权。\n\
        依据《中华人民共和国土地管理法》第七十四条的规定，本局决定：没收违法所得人民币84万元。\n\
        某州自然资源局\n2025年3月18日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("partyName").map(String::as_str),
        Some("某西域置业有限公司")
    );
    assert_eq!(
        r.record.content.get("partyAddress").map(String::as_str),
        Some("某市北京南路8号")
    );
}

/// A result's section under half its format's name (`三、成交信息`, 财办库〔2020〕50号's 中标（成交）
/// 信息) gives the winner's address under its bare `地址` label, as the whole name does.
#[test]
fn a_results_section_under_half_its_name_gives_the_winners_address_50() {
    let text = "某区老旧小区改造项目造价咨询服务成交结果公告\n一、项目编号：JFCG-2025-C118\n\
        二、项目名称：某区老旧小区改造项目造价咨询服务\n三、成交信息\n成交供应商：某工程造价咨询有限公司\n\
        地址：某市中央商务区B座1708室\n成交金额：38.75万元\n四、主要标的信息\n服务名称：全过程造价咨询\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "winnerAddress", "某市中央商务区B座1708室");
}

/// A winner chosen in a sentence with its address bracketed after its name (`确定某公司（地址：…）
/// 为成交供应商`) is named without the bracket, and the bracket gives its address (财办库〔2020〕
/// 50号: the 中标（成交）供应商's 名称 and 地址).
#[test]
fn a_winners_bracketed_address_in_prose_is_its_address_50() {
    let text = "某局农田建设项目监理服务成交结果公告\n\
        某局农田建设项目监理服务（项目编号：BAJ-TP-2025-016）采用竞争性谈判方式采购。经谈判小组评审并经采购人确认，确定某工程监理有限公司（地址：某市通江路145号）为成交供应商，成交金额为人民币436,000.00元。\n\
        采购人：某局\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "winnerName", text),
        ["某工程监理有限公司"]
    );
    has_in(&r, text, "winnerAddress", "某市通江路145号");
}

/// A selection's `选房方式` section (homes picked in the order a lottery or the waiting list
/// gave: 公共租赁住房管理办法 Art 14, 配租对象按照配租排序选择) states the allocation's way of
/// ordering, the process's 评分或摇号方式.
#[test]
fn a_selections_way_of_picking_is_its_lottery_method_housing_art_14() {
    let text = "某苑保障性租赁住房首批房源选房公告\n某苑首批房源配租资格审核及公示工作已结束，现将选房有关事项公告如下：\n\
        一、选房时间和地点\n2025年4月26日8:30起，在某市政务服务中心一楼大厅集中选房。\n\
        二、选房方式\n按公开摇号产生的选房顺序号，每次叫号5户，依次进场选房。\n\
        三、选房顺序\n1号 张某某\n2号 李某某\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationProcess);
    has_in(
        &r,
        text,
        "lotteryMethod",
        "按公开摇号产生的选房顺序号，每次叫号5户，依次进场选房。",
    );
}

/// A shared-ownership sale's base price (`销售基准价格：…`), from which each home's price moves by
/// floor and aspect, is the stock's price (国办发〔2017〕97号's 分配房源: 租金或价格), and its
/// 大写 and figures are compared there.
#[test]
fn a_sales_base_price_is_the_stocks_price_97() {
    let text = "某市共有产权住房房源信息公告\n一、项目名称：某苑共有产权住房项目\n二、项目位置：某区湘江路8号\n\
        三、房源套数：320套\n四、户型：两室一厅、三室一厅\n\
        五、销售基准价格：每平方米建筑面积人民币肆仟叁佰伍拾元整（¥4350元），购房人产权份额不低于60%。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationStock);
    has_in(
        &r,
        text,
        "rentOrPrice",
        "每平方米建筑面积人民币肆仟叁佰伍拾元整（¥4350元），购房人产权份额不低于60%。",
    );
}

/// A lease's reserve under the call's own word (`招租底价`) and its term in one word (`租期`) are
/// its reserve rent and lease term (行政事业性国有资产管理条例 Art 36 ¶2: state property let at
/// market terms, which may go through a trading platform; the call's elements are the lease
/// item's).
#[test]
fn a_leases_reserve_and_term_under_short_labels_state_property_art_36() {
    let text = "某区民族大道铺面招租公告\n一、招租标的：某区民族大道136号1楼铺面，建筑面积186.52平方米\n\
        二、租期：5年\n三、招租底价：首年月租金人民币9,326元，第三年起每年递增3%\n\
        四、招租方式：网络竞价，价高者得\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "leaseTerm", "5年");
    has_in(
        &r,
        text,
        "rentFloor",
        "首年月租金人民币9,326元，第三年起每年递增3%",
    );
}

/// A resumption's arrangements under the words of the time after it (`五、恢复后的出让安排：…`)
/// are what resumes and when, and a heading that names the suspension's and the resumption's
/// reason together is the reason (a land transfer's suspension or resumption: the item's 恢复
/// 安排 and 原因; the articles of 国土资源部令第39号 on it were not read, grade R).
#[test]
fn a_resumptions_arrangements_and_reason_under_their_headings_order_39() {
    let text = "某市国有建设用地使用权挂牌出让恢复公告\n\
        一、原公告情况：我局于2025年2月10日发布《某市国有建设用地使用权挂牌出让公告》，并于2025年3月5日发布中止公告。\n\
        二、涉及地块：LC2025-03号地块\n三、恢复事项：恢复LC2025-03号地块的挂牌出让活动。\n\
        四、中止及恢复原因：高压线路迁移工作已完成，中止事由已消除。\n\
        五、恢复后的出让安排：挂牌时间调整为2025年4月14日9时至2025年4月25日16时。\n\
        某市自然资源局\n2025年3月24日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "resumption",
        "挂牌时间调整为2025年4月14日9时至2025年4月25日16时。",
    );
    has_in(
        &r,
        text,
        "reason",
        "高压线路迁移工作已完成，中止事由已消除。",
    );
}

/// A procurement prequalification's `三、获取资格预审文件` section, as portals word the 财办库〔2020〕
/// 50号 资格预审公告's `三、领取资格预审文件`, says how and when its documents are obtained.
#[test]
fn a_prequalifications_obtaining_section_50() {
    let text = "某局政务云灾备服务项目资格预审公告\n一、项目基本情况\n项目编号：HLJ-2025-1\n\
        三、获取资格预审文件\n时间：2025年08月19日至2025年08月25日，每天上午8:30至11:30\n\
        地点：某省政府采购网\n方式：网上获取\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        values_of(&r.elements, "documentsObtaining", text)
            .iter()
            .any(|v| v.starts_with("时间：2025年08月19日至2025年08月25日")),
        "{:?}",
        values_of(&r.elements, "documentsObtaining", text)
    );
}

/// A quotation's call without headings, labelled as a WeChat repost writes it: `供应商条件` is the
/// supplier's conditions (政府采购法 Art 22), `询价通知书领取` how the documents are obtained
/// (询价通知书: 财政部令第74号 Arts 10 and 11) and `本公告发布期` the announcement's period,
/// which 财办库〔2020〕50号's 询价公告 asks for: none of them is missing.
#[test]
fn a_quotations_labels_in_a_repost_are_its_elements_order_74_and_50() {
    let text = "某县人民医院办公家具采购项目询价公告\n\
        受某县人民医院委托，某招标咨询有限公司就某县人民医院办公家具采购项目进行询价采购。\n\
        项目名称：某县人民医院办公家具采购项目\n项目编号：MX-2025-1107\n采购方式：询价\n\
        预算金额：人民币叁拾贰万捌仟元整（¥328,000.00）\n采购内容：办公桌椅、文件柜一批。\n\
        供应商条件：符合《中华人民共和国政府采购法》第二十二条规定。\n\
        询价通知书领取：2025年10月20日至2025年10月23日，登录某省公共资源交易网免费下载。\n\
        报价截止时间：2025年10月27日上午9时30分\n本公告发布期：3个工作日\n\
        采购人：某县人民医院\n电话：0932-8213546\n项目联系人：李女士 0932-8213547\n\
        某招标咨询有限公司\n2025年10月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "supplierQualifications",
        "符合《中华人民共和国政府采购法》第二十二条规定。",
    );
    has_in(
        &r,
        text,
        "documentsObtaining",
        "2025年10月20日至2025年10月23日，登录某省公共资源交易网免费下载。",
    );
    has_in(&r, text, "announcementPeriod", "3个工作日");
    for key in [
        "supplierQualifications",
        "documentsObtaining",
        "announcementPeriod",
    ] {
        assert!(!r.absent.iter().any(|a| a == key), "{key}: {:?}", r.absent);
    }
}

/// A record titled with a particle (`关于某公司招标投标违法行为的记录公告`) is a violation record
/// (招标投标违法行为记录公告暂行办法, 发改法规〔2008〕1531号), not a penalty decision for its
/// `处理决定：` line: its six months on the list are judged (Art 9), and the particulars only a
/// decision states (行政处罚法 Art 59) are not asked of it.
#[test]
fn a_violation_record_titled_with_a_particle_is_a_record_1531_art_9() {
    let text = "某市住房和城乡建设局关于某建设工程有限公司招标投标违法行为的记录公告\n\
        被处理当事人：某建设工程有限公司\n违法行为：以他人名义投标。\n\
        处理依据：《中华人民共和国招标投标法》第五十四条\n处理决定：中标无效。\n\
        处理时间：2025年5月16日\n处理机关：某市住房和城乡建设局\n\
        公告期限：2025年5月23日至2025年8月22日\n某市住房和城乡建设局\n2025年5月23日\n";
    let ctx = crate::Context::new("2025-05-24".parse().unwrap());
    let r = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    assert_eq!(
        r.reading.record.item,
        crate::ItemKind::BiddingViolationRecord
    );
    assert!(r.findings.iter().any(|f| {
        f.finding.code().as_str() == "deadline.too_short"
            && f.finding.path() == "/events/publicityEndOn"
    }));
    assert!(
        !r.findings
            .iter()
            .any(|f| f.finding.path() == "/content/partyAddress")
    );
}

/// A disclosure whose first and last days stand under labels of their own
/// (`信息披露起始日期：…` over `信息披露截止日期：…`) states its period: a capital increase's 40
/// working days (企业国有资产交易监督管理办法 Art 39) are counted over it, and six weeks are short.
#[test]
fn first_and_last_days_under_their_own_labels_are_the_period_order_32_art_39() {
    let text = "某新材料科技有限公司增资扩股公告\n项目名称：某新材料科技有限公司增资扩股项目\n\
        项目编号：XB-ZZ-25-0032\n信息披露起始日期：2025年7月1日\n信息披露截止日期：2025年8月12日\n\
        一、增资企业基本情况\n企业名称：某新材料科技有限公司\n注册资本：人民币5000万元\n\
        二、增资方案\n拟募集资金金额：不低于8,000万元\n三、联系方式\n联系人：杜先生 029-87211506\n\
        某产权交易所\n";
    let ctx = crate::Context::new("2025-07-02".parse().unwrap());
    let r = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    let events = &r.reading.record.events;
    assert_eq!(
        (
            events.publicity_start_on.map(|d| d.to_string()),
            events.publicity_end_on.map(|d| d.to_string())
        ),
        (Some("2025-07-01".to_owned()), Some("2025-08-12".to_owned()))
    );
    assert!(r.findings.iter().any(|f| {
        f.finding.code().as_str() == "deadline.too_short"
            && f.finding.path() == "/events/publicityEndOn"
    }));
}

/// A lease of state property a company posts as paragraphs without labels gives its elements in
/// them: the place put up for lease, how the lessee is chosen, who may lease, the use allowed and
/// how to apply (a lease notice's elements, R). None of them is absent, and the method, which the
/// item requires, is not reported missing.
#[test]
fn a_lease_in_paragraphs_gives_its_elements_in_them() {
    let text = "关于某路商业用房公开招租的公告\n\
        为盘活国有资产，经公司研究决定，对位于某市某区某路87号的一处商业用房（建筑面积共计412.6平方米）进行公开招租。\n\
        租赁期限为5年，租金按年支付。\n\
        年租金底价为人民币38.5万元。\n\
        招租采用现场公开竞价方式，以年租金底价为起价，出价最高者为承租人。\n\
        意向承租人应为依法设立的企业法人或个体工商户。\n\
        该房产限用于商业零售、办公等用途，不得经营餐饮。\n\
        有意者请于2025年8月21日至2025年8月29日携带营业执照复印件到公司资产管理部报名。\n\
        竞租保证金为人民币5万元，须在报名时交纳。\n\
        联系人：马经理 0931-8467302\n某国有资产投资运营有限公司\n2025年8月20日\n";
    let ctx = crate::Context::new("2025-08-21".parse().unwrap());
    let report = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    let r = &report.reading;
    has_in(
        r,
        text,
        "leaseMethod",
        "招租采用现场公开竞价方式，以年租金底价为起价，出价最高者为承租人。",
    );
    has_in(
        r,
        text,
        "lesseeRequirements",
        "意向承租人应为依法设立的企业法人或个体工商户。",
    );
    has_in(
        r,
        text,
        "permittedUse",
        "该房产限用于商业零售、办公等用途，不得经营餐饮。",
    );
    assert!(values_of(&r.elements, "asset", text)[0].starts_with("为盘活国有资产"));
    assert!(values_of(&r.elements, "registration", text)[0].starts_with("有意者请于"));
    assert!(r.absent.is_empty(), "{:?}", r.absent);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.finding.code().as_str() == "element.missing")
    );
}

/// A 双公示 record's row `处罚内容` with the penalty's terms (`处罚款…，责令限期退回…并补缴租金，
/// 自退回…之日起五年内不得再次申请`) is the penalty, not how and by when it is performed: the
/// record does not state 行政处罚法 Art 59 ¶1 (四), and its absence is found.
#[test]
fn a_penalty_rows_terms_are_not_its_performance_art_59_4() {
    let text = "行政处罚决定信息公示\n发布时间：2025-10-24　　信息来源：某市住房和城乡建设局\n\
        行政相对人名称\t郑某\n行政相对人类别\t自然人\n证件号码\t3303**********1226\n\
        行政处罚决定书文号\t某住建罚〔2025〕第21号\n违法行为类型\t以欺骗手段承租公共租赁住房\n\
        违法事实\t当事人在申请公共租赁住房时隐瞒其配偶名下已有住房的情况，以欺骗手段取得公共租赁住房承租资格。\n\
        处罚依据\t《公共租赁住房管理办法》第三十五条第二款\n处罚类别\t罚款；其他-责令退回\n\
        处罚内容\t处罚款人民币1000元，责令限期退回所承租公共租赁住房并按市场价格补缴租金，自退回公共租赁住房之日起五年内不得再次申请公共租赁住房。\n\
        罚款金额（万元）\t0.1\n处罚决定日期\t2025/10/21\n公示截止期\t2026/10/21\n\
        处罚机关\t某市住房和城乡建设局\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(values_of(&r.elements, "performance", text).is_empty());
    assert!(
        r.absent.iter().any(|a| a == "performance"),
        "{:?}",
        r.absent
    );
}

/// A copy that shows the rest of a value only to an aggregator's paying members
/// (`以下内容仅对VIP会员开放，登录或开通会员后查看`), or keeps of it only an ellipsis and a rule
/// (`…… ═════`), does not state it: not stated, neither the value nor absent.
#[test]
fn a_value_for_members_only_or_cut_to_its_ellipsis_is_not_stated() {
    let text = "某县道路工程施工招标公告\n1.招标条件\n本招标项目某县道路工程已由某县发展和改革局批准建设，现对该项目进行公开招标。\n\
        2.项目概况与招标范围\n2.1建设地点：某县城区\n3.投标人资格要求\n以下内容仅对VIP会员开放，登录或开通会员后查看\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(!r.record.content.contains_key("bidderQualifications"));
    assert!(
        r.not_stated.iter().any(|k| k == "bidderQualifications"),
        "{:?}",
        r.not_stated
    );
    let cut = "某市政府采购中标结果公告\n一、项目编号：MX-2025-118\n二、项目名称：某市学校食堂设备采购\n\
        三、中标信息\n供应商名称：某厨具设备有限公司\n中标金额：¥1,280,000.00\n四、主要标的信息\n……\n\
        ═══════════════════════\n以上为公告部分内容，剩余内容仅对VIP会员开放。\n\
        立即开通VIP查看完整公告\n";
    let r = read(cut, &NoticeSource::default()).expect("a notice");
    assert!(!r.record.content.contains_key("mainItems"));
    assert!(
        r.not_stated.iter().any(|k| k == "mainItems"),
        "{:?}",
        r.not_stated
    );
}

/// A table's column headed by its element with a bracket that says what the cells hold
/// (`招租标的（位置及面积）`) is that element: the 及 inside the bracket joins no two headings.
/// The asset leased is then stated, not left to elsewhere.
#[test]
fn a_header_whose_bracket_says_what_it_holds_names_its_element() {
    let text = "某区国有资产经营有限公司临街商铺招租公告\n\
        经研究决定，我公司对下列自有房产进行公开招租，现将有关事项公告如下：\n\
        一、招租房产基本情况\n\
        序号\t招租标的（位置及面积）\t租赁期限\t月租金底价（元）\n\
        1\t某大道136号1楼A101号商铺，建筑面积126.45㎡\t3年\t15,800\n\
        二、招租方式：采取网络竞价方式，以月租金底价为起始价，价高者得。\n\
        三、联系方式：联系人：黄先生，联系电话：0771-5586320。\n\
        某区国有资产经营有限公司\n2025年10月13日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "asset",
        "某大道136号1楼A101号商铺，建筑面积126.45㎡",
    );
    assert!(
        !r.not_stated.iter().any(|k| k == "asset"),
        "{:?}",
        r.not_stated
    );
}

/// A value that lists what an attachment gives and sends the reader to it
/// (`已基本建成项目的名称、地点、套数及竣工时间详见附件2。`) states none of it: the projects
/// completed are elsewhere, not stated in the page.
#[test]
fn a_list_of_what_an_attachment_gives_is_not_stated() {
    let text = "某区2025年保障性安居工程建设进度公示\n\
        一、开工情况\n截至2025年9月30日，全区保障性住房新开工520套，开工率100%。\n\
        二、基本建成情况\n已基本建成项目的名称、地点、套数及竣工时间详见附件2。\n\
        附件：1.开工项目清单 2.基本建成项目清单\n某区住房和城乡建设局\n2025年10月10日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(!r.record.content.contains_key("completedProjects"));
    assert!(
        r.not_stated.iter().any(|k| k == "completedProjects"),
        "{:?}",
        r.not_stated
    );
}

/// A call for intending users of land by agreement labels what happens when two or more come
/// forward `竞争处理` (协议出让国有土地使用权规定: land two seek is not granted by agreement): its
/// competition rule.
#[test]
fn a_competition_label_is_the_agreement_publicitys_rule() {
    let text = "某区国有建设用地使用权协议出让公示\n\
        宗地位置：某区某街道某社区\n出让面积：3215.6平方米\n土地用途：工业用地\n出让年限：50年\n\
        竞争处理：在公示期内，同一宗地有两个或者两个以上意向用地者的，由出让人按照有关规定采取招标、拍卖或者挂牌方式出让。\n\
        联系电话：028-83981234\n某市规划和自然资源局某分局\n2025年8月4日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "competitionRule",
        "在公示期内，同一宗地有两个或者两个以上意向用地者的，由出让人按照有关规定采取招标、拍卖或者挂牌方式出让。",
    );
}

/// A year's housing plan opens with what it follows and that it is published
/// (`根据省、市下达的2025年度保障性安居工程目标任务，…现将…建设计划公开如下：`): that opening
/// states no task. The task volume (建设计划任务量; 建保〔2011〕64号 (一): the year's plan, with the
/// homes to start and to finish) is the sentence that
/// counts the homes, under `计划任务量`, or without it the first sentence that does.
#[test]
fn a_plans_opening_that_introduces_it_is_not_its_task_volume() {
    let labelled = "某区2025年度保障性住房建设计划公开\n\
        根据省、市下达的2025年度保障性安居工程目标任务，结合我区实际，现将某区2025年度保障性住房建设计划公开如下：\n\
        一、计划任务量\n2025年度全区计划筹集保障性租赁住房1860套（间），新开工配售型保障性住房520套。\n\
        某区住房和城乡建设局\n2025年2月28日\n";
    let prose = "某区2025年度保障性住房建设计划公开\n\
        根据省、市下达的2025年度保障性安居工程目标任务，结合我区实际，现将某区2025年度保障性住房建设计划公开如下：\n\
        2025年度全区计划筹集保障性租赁住房1860套（间），新开工配售型保障性住房520套。\n\
        某区住房和城乡建设局\n2025年2月28日\n";
    for text in [labelled, prose] {
        let r = read(text, &NoticeSource::default()).expect("a notice");
        assert_eq!(
            values_of(&r.elements, "taskVolume", text),
            ["2025年度全区计划筹集保障性租赁住房1860套（间），新开工配售型保障性住房520套。"],
            "{text}"
        );
    }
}

/// A portal's column menu listed a line each just above its trail (`交易信息`, `采购公告`, …,
/// `终止公告` over `当前位置：首页 > …`) names the site's columns, not the notice: the notice is the
/// termination its title names (财办库〔2020〕50号's 终止公告), not a call, and a call's elements
/// are not asked of it.
#[test]
fn a_column_menu_above_the_trail_is_not_the_title_50() {
    let text = "欢迎访问某市公共资源交易中心！ 登录 | 注册\n交易信息\n工程建设\n政府采购\n\
        采购公告\n更正公告\n结果公告\n终止公告\n土地矿业权\n\
        当前位置：首页 > 交易信息 > 政府采购 > 终止公告\n\
        某市交通警察支队道路交通监控设备运维服务项目终止公告\n\
        一、项目基本情况\n采购项目编号：YJGZ2025-0931\n采购项目名称：某市交通警察支队道路交通监控设备运维服务项目\n\
        二、项目终止的原因\n因采购需求发生重大变化，经采购人研究决定，终止本项目采购活动。\n\
        三、凡对本次公告内容提出询问，请按以下方式联系。\n采购人：某市交通警察支队\n联系方式：0758-2216420\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::ProcurementTermination);
}

/// A correction a PDF copy broke after its change (`…由二〇二五年九月二十九日上午十时延期至` over
/// `二〇二五年十月十七日上午十时，…`): the deadline in force is the date on the next line
/// (招标投标法实施条例 Art 21 counts to it), not the one it replaces.
#[test]
fn a_correction_broken_after_its_change_word_moves_the_deadline_regulation_art_21() {
    let text = "某区滨江步道景观提升工程\n招标文件澄清及延期公告\n各投标人：\n\
        招标文件已于二〇二五年九月八日发出。现对招标文件进行澄清，并相应延长投标截止时间，具体如下：\n\
        1.投标截止时间（开标时间）由二〇二五年九月二十九日上午十时延期至\n\
        二〇二五年十月十七日上午十时，开标地点不变。\n\
        招标人：某区城市建设投资有限公司  电话：023-68832017\n某区城市建设投资有限公司\n二〇二五年九月二十六日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.events.bid_deadline.map(|d| d.to_string()),
        Some("2025-10-17 10:00".to_owned())
    );
}

/// In a table of labels and values, the value beside a label (`一次性付款，受让方应在…支付`) is a
/// sentence, not a column's header: the cells under it are no transferees' names.
#[test]
fn a_sentence_beside_a_label_is_no_column_of_parties() {
    let text = "某公司废旧变压器等设备转让公告\n项目编号：GD2025-0811\n\
        价款支付方式\t一次性付款，受让方应在《实物资产交易合同》签订后将全部交易价款一次性支付至交易中心指定账户。\n\
        受让方资格条件\t意向受让方须为依法注册并有效存续的企业法人，且具有再生资源回收经营资质。\n\
        交易方式\t网络竞价（一次报价）\n其他事项\t设备拆除、搬运、运输由受让方自行负责。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(r.parties.is_empty(), "{:?}", r.parties);
}

/// A list of those registered to wait for public rental housing (`…公共租赁住房轮候对象名单公示`)
/// is the publicity of the applicants found eligible (公共租赁住房管理办法 Art 9 ¶2: 登记为公共
/// 租赁住房轮候对象，并向社会公开), whatever rules its opening cites (`《…保障办法》`).
#[test]
fn a_list_of_those_registered_to_wait_is_the_applicants_art_9() {
    let text = "某区2025年第4批公共租赁住房轮候对象名单公示\n\
        根据《某市公共租赁住房保障办法》有关规定，经街道受理初审、区住房保障部门审核，现将第4批轮候对象名单予以公示。\n\
        轮候序号\t申请人\t家庭人口\n1\t肖*华\t3\n2\t汪*\t1\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationApplicants);
}

/// A result's winner is the supplier its label names (政府采购法实施条例 Art 43 ¶3, the
/// 财办库〔2020〕50号 result format's 中标供应商名称); a file the attachments' list names
/// (`2.中标供应商投标分项报价表`) is no label, and the body signing under it no winner.
#[test]
fn an_attachments_list_names_no_winner_art_43() {
    let text = "某单位办公设备采购项目中标结果公告\n一、项目编号：YNZC-2025-118\n\
                二、项目名称：某单位办公设备采购项目\n三、中标信息\n供应商名称：某科技有限公司\n\
                中标金额：1128760.00元\n九、联系方式\n名 称：某工程咨询有限公司\n十、附件\n\
                1.评审专家名单\n2.中标供应商投标分项报价表\n某工程咨询有限公司\n2025年5月22日\n";
    let r = read(text, &NoticeSource::default()).unwrap();
    let names: Vec<&str> = r.record.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["某科技有限公司"]);
}

/// An addendum titled by the documents it adds to (`…招标文件补遗（第1号）`) is a correction of them
/// (招标投标法 Art 23: 澄清或者修改), not the candidates' publicity an aggregator's list of related
/// notices names under it.
#[test]
fn an_addendum_to_the_documents_is_a_correction_tendering_law_art_23() {
    let text = "某招标信息网\n登录 免费注册\n\
        某区某镇人居环境整治工程招标文件补遗（第1号）\n发布时间：2025-10-14\n各潜在投标人：\n\
        某区某镇人居环境整治工程（招标编号：YBLX-2025-SG-0288）已于2025年9月26日发布招标公告，现发布第1号补遗文件，主要内容如下：\n\
        一、补遗事项：招标文件工程量清单修改、投标截止时间延期\n相关推荐\n\
        某区某镇道路维修工程招标公告\n某区某镇农房风貌整治工程中标候选人公示\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::BiddingCorrection);
}

/// A portal's menu of a section's columns a line each (`房建市政-招标公告`, …,
/// `房建市政-中标候选人公示`), its hotline and hours between it and the trail, names the site's
/// columns: the notice is the termination its title names (招标投标法实施条例 Art 31's 终止招标),
/// and no call's elements are asked of it.
#[test]
fn a_menu_of_a_sections_columns_over_the_sites_hotline_is_not_the_title_regulation_art_31() {
    let text = "今天是：\n设为首页 | 加入收藏\n交易信息\n房建市政-招标公告\n房建市政-变更澄清\n\
        房建市政-中标候选人公示\n房建市政-终止公告\n交通水利\n政府采购\n\
        服务热线：0736-7255110\n工作时间：周一至周五 8:00-12:00\n\
        当前位置：首页 » 交易信息 » 房建市政 » 终止公告\n\
        某镇中心卫生院业务综合楼建设项目施工招标终止公告\n\
        某镇中心卫生院业务综合楼建设项目施工（招标编号：CDDC-FJ-2025-0096）于2025年5月26日发布招标公告。\
        因项目建设规划方案调整，经招标人研究决定，终止本次招标。\n特此公告。\n\
        某镇中心卫生院\n2025年6月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::BiddingTermination);
    assert!(
        !r.absent.iter().any(|k| k == "documentsObtaining"),
        "{:?}",
        r.absent
    );
}

/// A review's publicity that says how to object in plain words (`如有不同意见，请于公示期内…反映`)
/// gives its objection channel (公共租赁住房管理办法 Art 9 ¶2's 公示): it is not missing.
#[test]
fn an_objection_in_plain_words_is_the_channel_art_9() {
    let text = "某区2025年第三批公共租赁住房租赁补贴审核结果公示\n\
        经街道初审、区住房保障服务中心审核，下列家庭符合租赁补贴条件，现予以公示。\n\
        序号\t申请人\t家庭人口\n1\t张*霞\t2\n\
        公示期：2025年10月9日至2025年10月15日。\n\
        如有不同意见，请于公示期内以书面形式向区住房保障服务中心实名反映（电话：0731-88991427），逾期不予受理。\n\
        某区住房保障服务中心\n2025年10月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        r.record.content.contains_key("objectionChannel"),
        "{:?}",
        r.absent
    );
}

/// A candidate's project manager labelled by the candidate's rank (`第一中标候选人项目负责人：…`)
/// is the manager 发改委令第10号 Art 6 (二) asks the publicity to name, not a candidate.
#[test]
fn a_managers_label_by_the_candidates_rank_is_the_manager_ndrc_10_art_6() {
    let text = "某区道路改造工程中标候选人公示\n一、中标候选人及排序\n\
        排序\t中标候选人名称\t投标报价（元）\n1\t某建设工程有限公司\t1,241,306.52\n\
        二、中标候选人项目负责人情况\n\
        第一中标候选人项目负责人：韦某明，二级注册建造师，注册编号：桂245121315067；\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let managers: Vec<&str> = r
        .in_text()
        .elements
        .iter()
        .filter(|e| e.label.of(r.text()) == Some("第一中标候选人项目负责人"))
        .map(|e| e.key.as_ref())
        .collect();
    assert!(!managers.is_empty());
    assert!(
        managers.iter().all(|k| *k == "projectManager"),
        "{managers:?}"
    );
}

/// An exchange's page titled by the act alone (`某公司机动车辆3台转让`), under the exchange's name:
/// the title is that line, and the transfer is of an enterprise's assets (企业国有资产交易监督管理
/// 办法 Art 48), not the exchange's banner.
#[test]
fn a_title_of_the_act_alone_is_an_asset_transfer_sasac_32_art_48() {
    let text = "某联合产权交易所\n首页 / 实物资产 / 正式披露\n某公交客运有限公司机动车辆3台转让\n\
        项目编号：SW2025ZC03518\n转让方\t某公交客运有限公司\n转让标的\t机动车3台（整体打包转让）\n\
        挂牌价格\t26.80万元\n信息披露期\t2025年7月23日至2025年8月5日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.title, "某公交客运有限公司机动车辆3台转让");
    assert_eq!(
        r.record.method,
        Some(crate::Method::EnterpriseAssetTransfer)
    );
}

/// A kindergarten that buys for itself signs its termination (`某镇中心幼儿园` over the date): the
/// 落款 names it, and the call it published (`…发布竞争性磋商公告`) states the project's method
/// (财办库〔2020〕50号's 终止公告; 政府采购法 Art 26's methods).
#[test]
fn a_kindergarten_signs_and_its_published_call_states_the_method_50() {
    let text = "关于某镇中心幼儿园户外游乐设施采购项目终止的公告\n各潜在供应商：\n\
        某镇中心幼儿园户外游乐设施采购项目（项目编号：GGCG2025-CS-0218）于2025年10月20日在甘肃省政府采购网发布竞争性磋商公告。\
        因采购人年度预算资金调整，经采购人研究决定，终止本次采购活动。\n\
        联系人：张女士，联系电话：0938-5821607\n某镇中心幼儿园\n2025年11月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.method,
        Some(crate::Method::CompetitiveConsultation)
    );
    let signed = r.signature.as_ref().expect("a signature");
    let bodies: Vec<&str> = signed
        .bodies
        .iter()
        .filter_map(|b| b.of(r.text()))
        .collect();
    assert_eq!(bodies, ["某镇中心幼儿园"]);
}

/// Tenants a review finds no longer eligible, listed to leave (`…家庭予以清退的公示`), are a
/// review's publicity of applicants (公共租赁住房管理办法 Art 9 ¶2), as a 退出公示 is: read, and
/// its tenants' mobile numbers found (政府信息公开条例 Art 15).
#[test]
fn a_list_of_tenants_to_leave_is_a_reviews_publicity_art_9() {
    let text = "关于对不再符合公租房保障条件家庭予以清退的公示\n\
        经年度资格复核，下列家庭已不再符合公共租赁住房保障条件，拟按规定予以清退，现予以公示：\n\
        序号\t承租人\t联系电话\t清退原因\n1\t罗*平\t13983361427\t家庭收入超标\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationApplicants);
}

/// Projects a city will recognise as 保障性租赁住房 (`拟认定保障性租赁住房项目公示`) add homes to
/// the stock offered (国办发〔2017〕97号's 住房保障: 房源), with their number, types and rents.
#[test]
fn a_recognition_of_rental_projects_is_the_stock_offered_97() {
    let text = "拟认定保障性租赁住房项目公示（第五批）\n\
        序号\t项目名称\t项目地址\t房源套数（套）\t户型\n\
        1\t某佳苑保障性租赁住房项目\t某区杏林北路以东\t312\t一室一厅、两室一厅\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationStock);
    assert_eq!(
        r.record.content.get("unitCount").map(String::as_str),
        Some("312")
    );
}

/// A PDF copy that broke a decision's lead before its last words (`…本局决定对你公司作` over
/// `出如下行政处罚：`) is one sentence: the penalty is the line under it (行政处罚法 Art 59 ¶1
/// (四)), not the lead cut at the break.
#[test]
fn a_lead_broken_before_its_last_words_runs_on_penalty_law_art_59() {
    // A page of a PDF: paragraphs indented, their lines broken at the page's width.
    let text = "某市发展和改革委员会\n行政处罚决定书\n当事人：某建设工程有限公司\n\n\
        \x20   经查，你公司在某区某镇卫生院业务综合楼建设项目施工招标中\n\
        提供虚假的项目负责人业绩证明材料，骗取中标，中标金额为人民币壹\n\
        仟贰佰捌拾陆万元整（¥12,860,000.00）。上述事实有投标文件等证据\n\
        证实。\n\
        \x20   依据《中华人民共和国招标投标法》第五十四条第二款、《中华人民\n\
        共和国招标投标法实施条例》第六十八条的规定，本局决定对你公司作\n\
        出如下行政处罚：\n\
        \x20   处中标项目金额千分之五的罚款，计人民币陆万肆仟叁佰元整（¥64,300.00）。\n\n\
        某市发展和改革委员会\n2025年11月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let penalty = r.record.content.get("penalty").expect("a penalty");
    assert!(penalty.contains("千分之五的罚款"), "{penalty}");
}

/// A PDF page's number where the page broke after a value (`第 1 页 共 2 页`, `— 2 —`) is the
/// page's, not the value's: the experts a result names (87号令 Art 69 ¶2 (六)) are the names alone.
#[test]
fn a_pdf_pages_number_after_a_value_is_not_part_of_it_87_art_69() {
    for footer in ["第 1 页 共 2 页", "— 1 —", "-1-", "第1页"] {
        let text = format!(
            "某区办公设备采购项目成交结果公告\n一、项目编号：GDCG2025-0117\n\
             二、项目名称：某区办公设备采购项目\n\
             五、评审专家（单一来源采购人员）名单：\n杨某林、普某华、段某强（采购人代表）\n\n\
             {footer}\n\n六、代理服务收费标准及金额：\n按指导标准计取。\n"
        );
        let r = read(&text, &NoticeSource::default()).expect("a notice");
        assert_eq!(
            r.record
                .content
                .get("evaluationExperts")
                .map(String::as_str),
            Some("杨某林、普某华、段某强（采购人代表）"),
            "{footer}"
        );
    }
}

/// The evaluation's table of every bidder's scores (`二、评标情况` over `投标人名称 | 商务得分 | …`)
/// lists bidders, not candidates: the candidates are the three the ranking names (发改委令第10号
/// Art 6 (一)), and a fourth bidder scored below them is a bidder.
#[test]
fn the_evaluations_bidders_are_no_candidates_ndrc_10_art_6() {
    let text = "某镇供水管网改造工程中标候选人公示\n一、中标候选人及排序\n\
        排名\t中标候选人名称\t投标报价（万元）\n第一名\t甲水务工程有限公司\t268.4517\n\
        第二名\t乙市政建设有限责任公司\t271.0362\n第三名\t丙管道安装工程有限公司\t273.8800\n\
        二、评标情况\n投标人名称\t商务得分\t综合得分\n甲水务工程有限公司\t18.50\t95.31\n\
        乙市政建设有限责任公司\t17.00\t92.72\n丙管道安装工程有限公司\t16.50\t89.97\n\
        丁建筑工程有限公司\t15.00\t86.65\n三、公示期\n2025年11月17日至2025年11月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let roles: Vec<(&str, crate::PartyRole)> = r
        .record
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.role))
        .collect();
    use crate::PartyRole::{Bidder, Candidate};
    assert_eq!(
        roles,
        [
            ("甲水务工程有限公司", Candidate),
            ("乙市政建设有限责任公司", Candidate),
            ("丙管道安装工程有限公司", Candidate),
            ("丁建筑工程有限公司", Bidder)
        ]
    );
}

/// An exchange's page that heads a section by its label alone (`<h3>受让方资格条件</h3>` over one
/// paragraph, then `<h3>交易条件</h3>`) gives the transferee's requirements an asset transfer
/// discloses (企业国有资产交易监督管理办法 Art 48, rule SE-propertyTransactionProject-ASSET):
/// the paragraph is the label's value, not left unstated.
#[test]
fn a_label_alone_over_its_paragraph_gives_it_sasac_32_art_48() {
    let page = "<html><body><h1>某公交客运有限公司机动车辆3台转让公告</h1>\
        <table><tr><td>转让方</td><td>某公交客运有限公司</td></tr>\
        <tr><td>转让标的</td><td>机动车3台</td></tr></table>\
        <h3>受让方资格条件</h3><p>中华人民共和国境内依法设立并有效存续的法人均可报名。本项目不接受联合体受让。</p>\
        <h3>交易条件</h3><p>1.交易保证金：5万元。</p></body></html>";
    let r = read(page, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("transfereeRequirements")
            .map(String::as_str),
        Some("中华人民共和国境内依法设立并有效存续的法人均可报名。本项目不接受联合体受让。")
    );
}

/// A land deal's table that prints each winner's identifier in its cell (`某公司（统一社会信用代码：
/// …）`) gives each code to its own row's party: the next row's code is no code of the person
/// above it, whose cell prints an ID number (rule LD-landDealPublicity, 39号令's results).
#[test]
fn a_code_in_a_deal_tables_cell_is_its_rows_partys_ld_land_deal_publicity() {
    let page = "<html><body><h2>某市国有建设用地使用权挂牌出让成交公示</h2>\
        <p>某市自然资源局以挂牌方式出让的2宗国有建设用地使用权已成交，现公示如下：</p>\
        <table><tr><th>宗地编号</th><th>土地用途</th><th>成交价（万元）</th><th>竞得人</th></tr>\
        <tr><td>A-1</td><td>零售商业用地</td><td>120</td><td>张某某（身份证号码：略）</td></tr>\
        <tr><td>A-2</td><td>仓储用地</td><td>300</td>\
        <td>某物流有限公司（统一社会信用代码：91620500MA3YL3FP61）</td></tr></table>\
        <p>公示期：2025年9月23日至2025年10月2日。</p></body></html>";
    let r = read(page, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        party_codes(&r),
        [
            ("张某某", None),
            ("某物流有限公司", Some("91620500MA3YL3FP61"))
        ]
    );
}

/// An acceptance's supplier whose credit code stands on a label of its own under its address
/// and phone (`统一社会信用代码：…`) is named with it (政府采购法实施条例 Art 45 ¶2, rule GP-R45:
/// the acceptance's result is published, its parties with it).
#[test]
fn an_acceptances_suppliers_code_on_its_own_line_is_its_gp_r45() {
    let text = "某区居家养老服务项目履约验收结果公告\n一、项目名称：某区居家养老服务项目\n\
        二、合同主体\n采购人（甲方）：某区民政局\n地址：某路1号\n\
        供应商（乙方）：某养老服务有限公司\n地址：某路9号\n联系方式：0731-85162447\n\
        统一社会信用代码：91430100MAAUHH4P1N\n三、验收结果：合格\n某区民政局\n2026年1月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        party_codes(&r),
        [("某养老服务有限公司", Some("91430100MAAUHH4P1N"))]
    );
}

/// A suspension whose only paragraph stating the act is its reason's (`三、中止原因` over
/// `因…，决定中止本次挂牌出让活动。`) states the act there: that paragraph, beside the title's
/// word (rule MR-SUSPENSION, 矿业权出让交易规则's suspension notice).
#[test]
fn a_suspensions_act_in_its_reasons_paragraph_mr_suspension() {
    let text = "关于中止某铁矿普查探矿权挂牌出让的公告\n一、原公告信息\n\
        原公告名称：某铁矿普查探矿权挂牌出让公告\n二、所涉矿业权\n某铁矿普查探矿权\n三、中止原因\n\
        因该探矿权范围与生态保护红线存在重叠，经出让人申请，决定中止本次挂牌出让活动。\n\
        四、联系方式\n联系人：马女士　电话：0931-8675210\n某市公共资源交易中心\n2025年4月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let actions = values_of(&r.in_text().elements, "action", r.text());
    assert!(
        actions.contains(
            &"因该探矿权范围与生态保护红线存在重叠，经出让人申请，决定中止本次挂牌出让活动。"
        ),
        "{actions:?}"
    );
}

/// A quotation's call that names its contact and the phone on one line (`联系人：李女士　联系电话：
/// …`) and its period as `本公告发布期限为3个工作日` states both elements (财办库〔2020〕50号's
/// 项目联系人姓名和电话 and 公告期限; rule GP-50-ANN): neither is missing.
#[test]
fn a_calls_contact_with_its_phone_and_its_publishing_period_caiban_50() {
    let text = "某街道办事处办公家具采购项目询价公告\n\
        某街道办事处拟对办公家具采购项目进行询价采购，有关事项公告如下：\n\
        项目编号：WHHY-XJ-2025-006\n项目名称：某街道办事处办公家具采购项目\n\
        采购人：某街道办事处\n采购预算：人民币18.6万元\n\
        报价截止时间及地点：2025年7月24日10:00，街道办事处三楼会议室。\n\
        本公告发布期限为3个工作日。\n联系人：李女士　　联系电话：0871-65163027\n\
        某街道办事处\n2025年7月18日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let content = &r.record.content;
    assert_eq!(
        content.get("contactPerson").map(String::as_str),
        Some("李女士　　联系电话：0871-65163027")
    );
    assert_eq!(
        content.get("announcementPeriod").map(String::as_str),
        Some("3个工作日")
    );
    assert!(
        !r.absent.iter().any(|k| k == "announcementPeriod"),
        "{:?}",
        r.absent
    );
}

/// An exchange's form of two columns whose first row is its disclosure period over the dates
/// (`信息披露期⇥2025年4月14日至2025年5月13日`) lays out labels and values, however few of its
/// other labels the national table knows: the dates are the period, not a column's header over
/// the rows under it (企业国有资产交易监督管理办法 Art 48, rule SE-propertyTransactionProject-ASSET).
#[test]
fn a_forms_first_row_over_dates_heads_no_column_sasac_32_art_48() {
    let text = "某商业用房转让公告\n一、标的基本情况\n转让标的\t某商业用房\n转让方\t某置业有限公司\n\
        二、交易条件\n信息披露期\t2025年4月14日至2025年5月13日\n交易方式\t网络竞价（多次报价）\n\
        交易保证金\t人民币150万元\n价款支付方式\t成交之日起5个工作日内一次性付清\n\
        税费承担\t交易过程中产生的税费由交易双方按国家规定各自承担\n某产权交易所\n2025年4月14日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("disclosurePeriod").map(String::as_str),
        Some("2025年4月14日至2025年5月13日")
    );
}

/// A review's publicity that addresses its applicants (`各有关申请人：` alone on its line) and
/// says in one paragraph who qualified, the names in an attachment, states its result there;
/// the salutation names no element, and only the list is left to the attachment (公共租赁住房
/// 管理办法 Art 9 ¶2, rule HS-housingAllocationApplicants).
#[test]
fn a_salutation_names_no_element_hs_11_art_9() {
    let text = "某区第五批保障性租赁住房申请资格审核结果公示\n各有关申请人：\n\
        \u{3000}\u{3000}根据有关规定，某区住房保障服务中心对第五批申请家庭的材料进行了审核，共有186户符合申请条件，\
        现予以公示，名单详见附件。\n　　公示时间：2025年9月15日至9月19日\n\
        \u{3000}\u{3000}如有异议，可向某区住房保障服务中心反映，联系电话：0931-8467523。\n\
        某区住房保障服务中心\n2025年9月15日\n附件：资格审核通过名单.xlsx\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        r.record
            .content
            .get("reviewResult")
            .is_some_and(|v| v.contains("共有186户符合申请条件")),
        "{:?}",
        r.record.content
    );
    assert_eq!(r.not_stated, ["applicantList"]);
}

/// A penalty decision's copy cut short before its 落款 names its authority in its head (`某区住房
/// 和城乡建设局` over `行政处罚决定书`, or in an aggregator's title with a tag before it and the
/// number after it): 行政处罚法 Art 59 ¶1 (六)'s organ is stated, not left to the lost end
/// (rule TB-PD-59).
#[test]
fn a_decisions_head_names_its_authority_punishment_law_art_59() {
    let two_lines = "【处罚公告】某区住房和城乡建设局行政处罚决定书（某住建罚字〔2025〕第009号）\n\
        来源：某招采网　发布时间：2025-08-29\n某区住房和城乡建设局\n行政处罚决定书\n\
        某住建罚字〔2025〕第009号\n当事人：某城市建设投资有限公司\n\
        经查，当事人作为招标人，确定排名第三的中标候选人为中标人。\n\
        当事人的上述行为违反了《中华人民共和国招标投标法实施条例》第五十五条的规定。……\n\
        （本文为节选，剩余内容请登录查看原文）\n";
    let in_title = two_lines.replacen("某区住房和城乡建设局\n行政处罚决定书\n", "", 1);
    for text in [two_lines, in_title.as_str()] {
        let r = read(text, &NoticeSource::default()).expect("a notice");
        assert_eq!(
            r.record.content.get("authority").map(String::as_str),
            Some("某区住房和城乡建设局"),
            "{text}"
        );
    }
}

/// An end of a listing that names the project after what disclosed it (`本中心于2025年2月17日
/// 挂牌披露的某公司30%股权转让项目（项目编号：…），因…`) names the transaction it ends by its name
/// and number (企业国有资产交易监督管理办法's 终结, rule SE-SUSPENSION).
#[test]
fn an_end_names_the_project_its_listing_disclosed_se_suspension() {
    let text = "关于某化工有限公司30%股权转让项目终结的公告\n\
        本中心于2025年2月17日挂牌披露的某化工有限公司30%股权转让项目（项目编号：SDCQ2025-GQ-0021），\
        因转让方上级主管单位对本次转让事项作出调整，经转让方申请，本中心决定自2025年3月20日起终结该项目的挂牌交易。\n\
        特此公告。\n某产权交易中心\n二〇二五年三月二十日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let named = values_of(&r.in_text().elements, "originalNotice", r.text());
    assert!(
        named.contains(&"某化工有限公司30%股权转让项目（项目编号：SDCQ2025-GQ-0021）"),
        "{named:?}"
    );
}

/// A candidates' table turned on its side, a candidate a column (`投标报价（元）⇥2,871,604.00⇥
/// 2,893,115.00⇥2,905,230.00`), states every candidate's bid in the unit its row's label gives:
/// each figure is an amount (发改委令第10号 Art 6 ¶1 (一)'s 投标报价, rule TB-10-6).
#[test]
fn a_sideways_tables_figures_take_their_rows_unit_fgw_10_art_6() {
    let text = "某村文化礼堂改造工程中标候选人公示\n一、中标候选人及排序\n\
        中标候选人排序\t第一中标候选人\t第二中标候选人\t第三中标候选人\n\
        投标人名称\t甲建工有限公司\t乙建设有限公司\t丙建筑工程有限公司\n\
        投标报价（万元）\t287.1604\t289.3115\t290.5230\n工期（日历天）\t180\t180\t180\n\
        二、公示期\n2025年7月10日至2025年7月14日\n某镇人民政府\n2025年7月10日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let t = r.text();
    let bids: Vec<(&str, String)> = r
        .in_text()
        .amounts
        .iter()
        .map(|a| (a.span.of(t).unwrap_or(""), a.value.value.to_string()))
        .collect();
    assert_eq!(
        bids,
        [
            ("287.1604", "2871604".to_owned()),
            ("289.3115", "2893115".to_owned()),
            ("290.5230", "2905230".to_owned())
        ]
    );
}

/// An exchange's page that heads its tables by their labels alone (`标的企业基本情况` over the
/// enterprise's rows, `股权结构` over its shareholders, `转让方基本情况` over the transferor's)
/// discloses the target's particulars and shareholders (rule SE-propertyTransactionProject,
/// 企业国有资产交易监督管理办法 Art 15's 转让标的基本情况), each the table under its label; and a
/// form whose first row is a known label beside a name (`转让方名称⇥某控股集团有限公司`) names
/// the transferor, not a column headed by it.
#[test]
fn labels_alone_over_tables_give_them_se_property_transaction_project() {
    let text = "某科技有限公司35%股权转让公告\n项目基本情况\n转让标的\t某科技有限公司35%股权\n\
        转让底价\t2860.00万元\n信息披露期\t2025年7月21日至2025年8月19日\n标的企业基本情况\n\
        标的企业名称\t某科技有限公司\n注册资本\t3000万元\n经营范围\t技术开发、技术服务\n\
        职工人数\t86\n股权结构\n前十位股东名称\t持股比例\n某控股集团有限公司\t35%\n\
        某创业投资中心（有限合伙）\t65%\n转让方基本情况\n转让方名称\t某控股集团有限公司\n\
        持有产权比例\t35%\n决策文件类型\t董事会决议\n联系方式\n项目负责人：刘女士　联系电话：010-66295187\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let content = &r.record.content;
    let at = |k: &str| content.get(k).map(String::as_str);
    assert_eq!(
        at("enterpriseProfile"),
        Some(
            "标的企业名称\t某科技有限公司\n注册资本\t3000万元\n经营范围\t技术开发、技术服务\n职工人数\t86"
        )
    );
    assert_eq!(
        at("shareholdingStructure"),
        Some("前十位股东名称\t持股比例\n某控股集团有限公司\t35%\n某创业投资中心（有限合伙）\t65%")
    );
    assert_eq!(at("transferor"), Some("某控股集团有限公司"));
}

/// A candidates' table turned on its side, with a row of bids and a row of managers, gives the
/// candidates' bids and managers as the whole table, as a table that holds several elements
/// does (发改委令第10号 Art 6 ¶1 (一) and (二), rule TB-10-6): neither is left unstated.
#[test]
fn a_sideways_tables_rows_of_bids_and_managers_fgw_10_art_6() {
    let text = "某道路工程中标候选人公示\n一、中标候选人及排序\n\
        排序\t第一中标候选人\t第二中标候选人\n投标人名称\t甲路桥有限公司\t乙市政有限公司\n\
        投标报价（元）\t2,871,604.00\t2,893,115.00\n项目经理\t张某\t李某\n\
        二、公示期\n2025年7月10日至2025年7月14日\n某镇人民政府\n2025年7月10日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let table = "排序\t第一中标候选人\t第二中标候选人\n投标人名称\t甲路桥有限公司\t乙市政有限公司\n\
        投标报价（元）\t2,871,604.00\t2,893,115.00\n项目经理\t张某\t李某";
    for key in ["bidDetails", "projectManager"] {
        assert_eq!(
            r.record.content.get(key).map(String::as_str),
            Some(table),
            "{key}"
        );
    }
    assert!(
        !r.not_stated.iter().any(|k| k == "bidDetails"),
        "{:?}",
        r.not_stated
    );
}

/// A purchaser's line that gives its address after a comma (`采购人：某街道办事处，地址：…`) is
/// the purchaser with its address, which the element holds (财办库〔2020〕50号's 采购人和采购代理
/// 机构的名称、地址和联系方式, rule GP-50-ANN); a winner's address after its name stays its own
/// element.
#[test]
fn a_purchasers_address_after_a_comma_is_its_caiban_50() {
    let text = "某街道办事处办公家具采购项目询价公告\n项目编号：WHHY-XJ-2025-006\n\
        项目名称：某街道办事处办公家具采购项目\n采购人：某街道办事处，地址：某市某路218号\n\
        采购预算：人民币18.6万元\n本公告期限为3个工作日。\n联系人：李女士　电话：0871-65163027\n\
        某街道办事处\n2025年7月18日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("purchaserAndAgency")
            .map(String::as_str),
        Some("某街道办事处，地址：某市某路218号")
    );
    let result = "某项目中标结果公告\n一、项目编号：A-1\n二、项目名称：某项目\n\
        三、中标信息\n中标供应商：某科技有限公司，地址：某市某路9号\n中标金额：120000元\n";
    let found = elements(result, Some(crate::ItemKind::ProcurementResult));
    assert_eq!(values_of(&found, "winnerAddress", result), ["某市某路9号"]);
}

/// Where a call is published (`六、发布公告的媒介` over `本公告同时在…上发布。`) is no e-tendering
/// platform: 发改委令第10号 Art 5 (六) asks for the address of the platform bids are made on and
/// how to use it, which a section of its own gives (`电子招标投标交易平台`).
#[test]
fn the_media_of_publication_are_no_e_tendering_platform_fgw_10_art_5() {
    let call = |platform: &str| {
        format!(
            "某道路工程施工招标公告\n一、招标条件\n本招标项目已批准建设，招标人为某城投公司，现进行公开招标。\n\
             二、项目概况与招标范围\n1.建设地点：某区\n2.计划工期：180日历天\n{platform}\
             六、发布公告的媒介\n本公告同时在中国招标投标公共服务平台、某省公共资源交易网上发布。\n\
             七、联系方式\n招标人：某城投公司\n联系人：王工\n电话：0575-8888888\n"
        )
    };
    let r = read(&call(""), &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.content.get("electronicPlatform"), None);
    let with = call(
        "三、电子招标投标交易平台\n某省电子招标投标交易平台（https://ggzy.example.cn），须办理CA数字证书。\n",
    );
    let r = read(&with, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("electronicPlatform")
            .map(String::as_str),
        Some("某省电子招标投标交易平台（https://ggzy.example.cn），须办理CA数字证书。")
    );
}

/// A capital increase transfers no share: its offer (`增资方案：拟募集资金不低于…，新增注册资本对应
/// 持股比例不超过40%`) is no transferred share, and a complete notice of one lacks it (企业国有
/// 资产交易监督管理办法 Art 39's 增资方案, rule SE-32-CI-CONTENT).
#[test]
fn a_capital_increase_transfers_no_share_sasac_32_art_39() {
    let text = "某能源有限公司增资项目信息披露公告\n一、增资企业基本情况\n企业名称：某能源有限公司\n\
        注册资本：5000万元\n二、股权结构\n某集团有限公司持股100%\n三、增资方案\n\
        拟募集资金不低于人民币15000万元，新增注册资本对应持股比例不超过40%。\n\
        四、增资行为决策及批准情况\n已经某集团有限公司董事会审议通过。\n\
        五、信息披露期\n2025年7月1日至2025年8月25日\n某产权交易所\n2025年7月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.method,
        Some(crate::Method::EnterpriseCapitalIncrease)
    );
    assert_eq!(r.record.content.get("transferredShare"), None);
    assert!(
        r.absent.iter().any(|k| k == "transferredShare"),
        "{:?}",
        r.absent
    );
    // Nor is the share it releases (`拟释放股权比例：35%`), under a label of its own.
    let labels = "某市热力有限公司增资项目信息披露公告\n增资企业：某市热力有限公司\n\
        拟募集资金：不低于9,600万元\n拟释放股权比例：35%\n拟征集投资方数量：1家\n";
    let r = read(labels, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.content.get("transferredShare"), None);
}

/// A complaint's complainant is a bidder or supplier that took part (政府采购质疑和投诉办法 Arts 11
/// and 17: a supplier taking part in the purchase; 招标投标法实施条例 Art 60: a bidder or another
/// party concerned), named as such; `被投诉人` (the respondent) and `投诉人称` (what the
/// complainant says) are no complainant, though each contains its wording.
#[test]
fn a_complainant_is_a_bidder_and_its_respondent_no_complainant_art_60() {
    let text = "某县住房和城乡建设局\n投诉处理决定书\n某建投诉〔2025〕3号\n\
                投诉人：某某建设工程有限公司\n住所：某县东关街18号\n\
                被投诉人：某县教育局\n住所：某县府前路2号\n\
                一、投诉事项\n投诉人称：第一中标候选人拟派项目经理在投标截止时仍有在建工程。\n\
                被投诉人答辩：评标委员会已按招标文件评审。\n\
                二、处理决定\n根据《工程建设项目招标投标活动投诉处理办法》第二十条第一项，驳回投诉。\n\
                某县住房和城乡建设局\n2025年6月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.item,
        crate::model::item::ItemKind::BiddingComplaintDecision
    );
    assert_eq!(
        values_of(&r.elements, "complainant", text),
        ["某某建设工程有限公司"]
    );
    let roles = roles_of(&r);
    assert_eq!(
        roles,
        [(
            crate::model::record::PartyRole::Bidder,
            "某某建设工程有限公司"
        )]
    );
}

/// A works project's design tendered (`…建设项目设计招标公告`; 招标投标法 Art 3: a works
/// project's 勘察、设计) and goods bought by tender for a works project by its 招标人
/// (招标投标法实施条例 Art 2), though its title says 采购, are construction bidding's calls; a
/// city's 不良行为记录公示 is a record of misconduct, though its table's header says 处理决定.
#[test]
fn design_and_goods_tenders_are_construction_bidding_art_3() {
    use crate::model::item::ItemKind;
    let design = "某市文化艺术中心建设项目设计招标公告\n1.招标条件\n\
                  本招标项目已由某市发展和改革局批准建设，招标人为某市城市建设投资有限公司。\n\
                  2.项目概况与招标范围\n建设地点：某市新华东路与红旗北路交汇处东北角地块\n";
    assert_eq!(classify(design).item(), Some(ItemKind::BiddingAnnouncement));
    let goods = "某区保障性住房项目电梯设备采购及安装招标公告\n一、招标条件\n\
                 本招标项目已由某区发展和改革局批准建设，招标人为某区安居建设发展有限公司。\n\
                 二、项目概况与招标范围\n采购数量：乘客电梯56台\n";
    assert_eq!(classify(goods).item(), Some(ItemKind::BiddingAnnouncement));
    // A procurement names its 采购人: the same title is a procurement's call.
    let bought = "某区保障性住房项目电梯设备采购及安装招标公告\n一、项目基本情况\n\
                  采购人：某区住房保障中心\n";
    assert_eq!(
        classify(bought).item(),
        Some(ItemKind::ProcurementAnnouncement)
    );
    // A design bought by a 采购人 from 供应商 is a procurement's call all the same.
    let service = "某市国土空间规划设计招标公告\n一、项目基本情况\n采购人：某市自然资源局\n\
                   二、申请人的资格要求\n供应商须具有城乡规划编制资质。\n";
    assert_eq!(
        classify(service).item(),
        Some(ItemKind::ProcurementAnnouncement)
    );
    let record = "某市建设工程招标投标不良行为记录公示（某建筑工程有限公司）\n\
                  序号\t被处理当事人名称\t违法行为\t处理依据\t处理决定\t处理时间\n\
                  1\t某建筑工程有限公司\t提供虚假业绩骗取中标\t《中华人民共和国招标投标法》第五十四条\t中标无效\t2025-08-07\n";
    assert_eq!(
        classify(record).item(),
        Some(ItemKind::BiddingViolationRecord)
    );
}

/// What a complainant says (`投诉人称：…`) is the complaint's matters (工程建设项目招标投标活动
/// 投诉处理办法 Art 7 (三): 投诉事项), alone on its line or under `投诉事项：`, where the line it
/// opens is the section's whole sentence.
#[test]
fn what_a_complainant_says_is_the_complaints_matters_art_7() {
    let text = "某市住房和城乡建设委员会\n投诉处理决定书\n\
                投诉人：某建筑工程有限公司，住所：某市友谊路36号\n\
                被投诉人：某镇人民政府，住所：某镇政府街1号\n\
                投诉人称：评标委员会未按评分标准对其类似工程业绩计分，请求重新评审。\n\
                根据《中华人民共和国招标投标法实施条例》第六十一条，经查，投诉事项成立。\n\
                某市住房和城乡建设委员会\n2025年7月23日\n";
    assert_eq!(
        read_values(text, "complaintMatters"),
        ["评标委员会未按评分标准对其类似工程业绩计分，请求重新评审。"]
    );
    let text = "某市住房和城乡建设局\n投诉处理决定书\n投诉人：某建设工程有限公司\n\n\
                投诉事项：\n投诉人称：某道路施工项目第一中标候选人拟派项目经理有在建项目。\n\n\
                处理决定：驳回投诉。\n某市住房和城乡建设局\n2025年5月16日\n";
    let got = read_values(text, "complaintMatters");
    assert!(
        got.contains(&"投诉人称：某道路施工项目第一中标候选人拟派项目经理有在建项目。"),
        "{got:?}"
    );
}

/// Labels portals give for the 50号 and 10号 formats' elements in other words: a procurement
/// result's 公示期 is its 公告期限 (财办库〔2020〕50号), a listing's 申请人资格 says who may bid
/// (the 竞买人资格 a transfer announcement under 国土资源部令第39号 states), and goods tendered for
/// a works project state where and when they are delivered (交货及安装地点, 供货及安装工期: the
/// project's content and scope, 发改委令第10号 Art 5 (一), which the 标准文件 gives as 建设地点
/// and 计划工期).
#[test]
fn other_wordings_of_the_formats_elements_art_5() {
    let text = "某县人民医院设备采购项目中标结果公告\n项目编号：GS-2025-118\n采购方式：公开招标\n\
                中标供应商：某医疗器械有限公司\n公示期：自本公告发布之日起1个工作日\n";
    assert_eq!(
        read_values(text, "announcementPeriod"),
        ["自本公告发布之日起1个工作日"]
    );
    let text = "某市国有建设用地使用权挂牌出让公告\n一、挂牌出让地块：某市2025-12号宗地\n\
                二、申请人资格：中华人民共和国境内外的法人、非法人组织和自然人均可申请参加竞买。\n";
    assert_eq!(
        read_values(text, "bidderRequirements"),
        ["中华人民共和国境内外的法人、非法人组织和自然人均可申请参加竞买。"]
    );
    let text = "某区安置房项目电梯设备采购及安装招标公告\n一、招标条件\n招标人为某区城投公司。\n\
                二、项目概况与招标范围\n交货及安装地点：某区安置房项目现场\n供货及安装工期：150日历天\n";
    let got = read_values(text, "locationAndSchedule");
    assert!(
        got.contains(&"交货及安装地点：某区安置房项目现场\n供货及安装工期：150日历天"),
        "{got:?}"
    );
}

/// A sentence that opens with a party's wording and 为 (`成交供应商为个体工商户，经营者：…`) tells
/// about the party; its value is no party's name: here the proprietor and an ID number, which
/// the whole text's check finds (政府信息公开条例 Art 15), under no element.
#[test]
fn a_sentence_about_a_winner_names_no_winner_art_15() {
    let text = "某旗牧草储备采购项目成交结果公告\n一、项目编号：CY-XJ2025-006\n\
                二、项目名称：牧草储备采购项目\n三、成交信息\n供应商名称：某草业经销部\n\
                八、其他补充事宜\n1.本项目采购方式为询价。\n\
                2.成交供应商为个体工商户，经营者：苏某，身份证号码：152626198107161232。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(values_of(&r.elements, "winnerName", text), ["某草业经销部"]);
    let names: Vec<_> = r.record.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["某草业经销部"]);
    // 中标人为：… is the winner's label all the same.
    let text = "某县道路改造工程施工中标结果公示\n中标人为：某路桥工程有限公司\n";
    assert_eq!(read_values(text, "winnerName"), ["某路桥工程有限公司"]);
}

/// A complaint decision names the party the complaint is about on a label of its own: a
/// purchase's 相关供应商 (政府采购质疑和投诉办法 Art 18's 与投诉事项有关的供应商) is the winner
/// where the decision calls it so, with its code on the line under it; one it does not call so
/// is no party. A tender's `第一中标候选人：…` is a candidate.
#[test]
fn a_complaints_related_supplier_is_the_winner_it_is_called_art_18() {
    let text = "某市财政局\n政府采购投诉处理决定书\n某财购投〔2025〕5号\n\
                投诉人：某信息技术有限公司\n被投诉人：某市人民医院\n\
                相关供应商（中标供应商）：某数智科技有限公司\n统一社会信用代码：91330304MA2J3D8W21\n\
                一、投诉事项\n投诉人称：中标供应商的证书不符合招标文件要求。\n\
                二、处理决定\n根据《政府采购质疑和投诉办法》第二十九条，驳回投诉。\n\
                某市财政局\n2025年8月25日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let roles: Vec<_> = r
        .record
        .parties
        .iter()
        .map(|p| (p.role, p.name.as_str(), p.credit_code.as_deref()))
        .collect();
    use crate::model::record::PartyRole::{Bidder, Candidate, Winner};
    assert_eq!(
        roles,
        [
            (Bidder, "某信息技术有限公司", None),
            (Winner, "某数智科技有限公司", Some("91330304MA2J3D8W21"))
        ]
    );
    let unsure = text.replace("相关供应商（中标供应商）", "相关供应商");
    let r = read(&unsure, &NoticeSource::default()).expect("a notice");
    assert!(r.record.parties.iter().all(|p| p.role != Winner));
    let text = "某市住房和城乡建设局\n投诉处理决定书\n投诉人：某建设工程有限公司\n\
                被投诉人：某实验学校\n第一中标候选人：某建筑安装有限公司\n\
                投诉事项：第一中标候选人拟派项目经理有在建工程。\n\
                处理决定：依据《工程建设项目招标投标活动投诉处理办法》第二十条，驳回投诉。\n\
                某市住房和城乡建设局\n2025年8月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let roles = roles_of(&r);
    assert_eq!(
        roles,
        [
            (Bidder, "某建设工程有限公司"),
            (Candidate, "某建筑安装有限公司")
        ]
    );
}

/// A decision's paragraph that cites its law and ends in a colon is followed by every order it
/// makes (`（一）投诉事项成立；` and `（二）责令被投诉人…`; 工程建设项目招标投标活动投诉处理办法
/// Art 20 (二)), not by the first alone; the remedies after the orders are not one of them.
#[test]
fn a_decisions_orders_are_all_its_numbered_paragraphs_art_20() {
    let text = "某省交通运输厅\n投诉处理决定书\n投诉人：某路桥工程有限公司\n\
                投诉人称：招标文件设定的资格条件排斥潜在投标人。\n\
                依据《工程建设项目招标投标活动投诉处理办法》第二十条第（二）项的规定，本厅作出如下处理决定：\n\
                （一）投诉事项成立；\n\
                （二）责令被投诉人删除上述资格条件，修改招标文件后重新招标。\n\
                如对本决定不服，可自收到本决定书之日起60日内申请行政复议。\n\
                某省交通运输厅\n2025年9月1日\n";
    let got = read_values(text, "decision");
    assert!(
        got.iter().any(|d| d.ends_with(
            "（一）投诉事项成立；\n（二）责令被投诉人删除上述资格条件，修改招标文件后重新招标。"
        )),
        "{got:?}"
    );
    assert!(got.iter().all(|d| !d.contains("行政复议")), "{got:?}");
}

/// A clarification's sections named with both words, one in brackets (`二、澄清（变更）事项`,
/// `三、澄清（变更）内容`), are its matters and its content (招标投标法实施条例 Art 21: the
/// tenderer's clarification or change of the documents).
#[test]
fn a_clarifications_bracketed_sections_art_21() {
    let text = "某道路工程施工招标文件澄清（变更）公告\n一、原招标公告\n项目名称：某道路工程施工\n\
                二、澄清（变更）事项\n1．投标截止时间及开标时间。\n\
                三、澄清（变更）内容\n1．投标截止时间由原2025年5月9日延期至2025年5月23日。\n\
                四、其他\n本澄清（变更）公告为招标文件的组成部分。\n";
    assert_eq!(
        read_values(text, "correctionContent"),
        ["1．投标截止时间由原2025年5月9日延期至2025年5月23日。"]
    );
    assert_eq!(
        read_values(text, "correctionMatters"),
        ["1．投标截止时间及开标时间。"]
    );
}

/// A termination's refunds (招标投标法实施条例 Art 31: the fees and the bid bonds with their
/// interest paid back) under a heading of their own in other words (`三、费用及保证金退还`) are
/// the paragraph under it; a numbered heading in words no label knows (`三、文件费用退回`), which
/// the paragraph reader meets, names the section and states none of it.
#[test]
fn a_terminations_refunds_are_the_paragraph_under_their_heading_regulation_art_31() {
    for heading in ["费用及保证金退还", "文件费用退回"] {
        let text = format!(
            "某县卫生院改扩建工程施工终止招标公告\n\
             一、项目名称及编号\n项目名称：某县卫生院改扩建工程施工\n项目编号：MX-SG-1021\n\
             二、终止原因\n因建设规模调整，原施工图须重新设计审查，招标人决定终止本次招标。\n\
             三、{heading}\n本项目招标文件免费获取；已递交投标保证金的潜在投标人，其投标保证金及银行同期存款利息将于本公告发布之日起5个工作日内原路退还。\n\
             四、联系方式\n招标人：某县卫生健康委员会\n联系电话：023-67812239\n\
             某县卫生健康委员会\n2025年11月3日\n"
        );
        let refunds = read_values(&text, "refunds");
        assert!(
            refunds.contains(
                &"本项目招标文件免费获取；已递交投标保证金的潜在投标人，其投标保证金及银行同期存款利息将于本公告发布之日起5个工作日内原路退还。"
            ),
            "{heading}: {refunds:?}"
        );
        assert!(
            refunds.iter().all(|v| !v.contains(heading)),
            "{heading}: {refunds:?}"
        );
    }
}

/// The older result layout's label line `成交标的：…` states what was bought: the result's
/// 主要成交标的 (财政部令第74号 Art 18 (四); 87号令 Art 69 ¶2's 主要中标标的).
#[test]
fn a_results_label_of_its_subject_gives_its_main_items_order_74_art_18() {
    let text = "某区污水处理设施运维服务采购项目成交公告\n\
        项目名称：某区污水处理设施运维服务采购项目\n项目编号：MXZC2025-TP-019\n采购方式：竞争性谈判\n\
        成交供应商：某环保工程有限公司\n成交金额：人民币壹佰零捌万陆仟元整（¥1,086,000.00）\n\
        成交标的：19座乡镇污水处理站及配套管网的运营维护服务，服务期一年。\n\
        某招标代理有限公司\n2025年6月24日\n";
    assert_eq!(
        read_values(text, "mainItems"),
        ["19座乡镇污水处理站及配套管网的运营维护服务，服务期一年。"]
    );
}

/// A call's section on bidding online (`5. 电子招标投标`) tells how potential bidders reach the
/// electronic platform and use it (发改委令第10号 Art 5 (六)).
#[test]
fn a_calls_section_on_bidding_online_gives_its_platform_order_10_art_5() {
    let text = "某区学校改扩建工程施工招标公告\n\
        1. 招标条件\n本招标项目已由某区发展和改革局批准建设，现对该项目的施工进行公开招标。\n\
        2. 项目概况与招标范围\n建设地点：某区某路18号\n\
        5. 电子招标投标\n本项目实行电子招标投标，投标人应登录某市公共资源交易网电子交易系统，使用CA数字证书完成投标。\n\
        6. 投标文件的递交\n投标截止时间为2025年8月8日9时30分。\n\
        某区教育局\n2025年7月15日\n";
    assert_eq!(
        read_values(text, "electronicPlatform"),
        [
            "本项目实行电子招标投标，投标人应登录某市公共资源交易网电子交易系统，使用CA数字证书完成投标。"
        ]
    );
}

/// A WeChat copy's date alone under the contacts, above the copy's end mark and buttons
/// (`—— END ——`, `阅读原文`, `分享  收藏  点赞  在看`), is the notice's 落款 date: those lines are
/// the copy's, not the notice's. A date alone with more of the notice's own lines below it is
/// none.
#[test]
fn a_date_above_a_wechat_copys_end_marks_is_the_signature_date() {
    let head = "某区道路改造工程监理招标公告\n一、招标条件\n本项目已具备招标条件。\n\
        七、联系方式\n招标人：某区交通工程建设管理中心\n联系人：钱工\n电话：0512-63417720\n\n\
        2025年7月22日\n\n";
    let copy = format!("{head}—— END ——\n阅读原文\n分享  收藏  点赞  在看\n");
    let signed = signature(&copy).expect("a signature");
    assert_eq!(signed.date.value.to_string(), "2025-07-22");
    let notes = format!(
        "{head}附注一：本项目不收取费用\n附注二：请关注后续公告\n附注三：以上内容以原文为准\n"
    );
    assert!(signature(&notes).is_none());
}

/// A 落款 signed with its label and the seal's note (`招标人：某公司（盖章）` over the date)
/// names the body without the note, and the contacts above it end there.
#[test]
fn a_signing_label_with_the_seals_note_names_the_body_without_it() {
    let text = "某区城乡建设项目工程总承包招标公告\n一、招标条件\n本项目已具备招标条件。\n\
        七、联系方式\n招标人：某区城乡建设投资有限公司\n联系人：向工\n电话：0717-7823516\n\
        招标人：某区城乡建设投资有限公司（盖章）\n2025年8月29日\n【打印本页】【关闭窗口】\n";
    let signed = signature(text).expect("a signature");
    let bodies: Vec<&str> = signed.bodies.iter().map(|b| of(text, *b)).collect();
    assert_eq!(bodies, ["某区城乡建设投资有限公司"]);
    let contact = read_values(text, "contactInformation");
    assert!(contact.iter().all(|v| !v.contains("盖章")), "{contact:?}");
}

/// A penalty decision's section `三、行政处罚的内容` states the penalty (行政处罚法 Art 59 (三):
/// 行政处罚的种类).
#[test]
fn a_decisions_section_on_the_penaltys_content_gives_the_penalty_penalty_law_art_59() {
    let text = "某市自然资源局\n行政处罚决定书\n某自然资罚字〔2025〕第41号\n\
        当事人：某物流有限公司\n地址：某市某区经三路12号\n\
        一、违法事实和证据\n经查，当事人未经批准擅自占用集体土地6842.5平方米。\n\
        二、行政处罚的依据\n当事人的上述行为违反了《中华人民共和国土地管理法》第四十四条第一款的规定。\n\
        三、行政处罚的内容\n1.责令退还非法占用的土地；\n2.处罚款人民币68万元。\n\
        四、履行方式和期限\n当事人应自收到本决定书之日起15日内缴纳罚款。\n\
        某市自然资源局\n2025年8月14日\n";
    assert_eq!(
        read_values(text, "penalty"),
        ["1.责令退还非法占用的土地；\n2.处罚款人民币68万元。"]
    );
}

/// A resumed listing's new timetable under a heading of its own (`二、时间安排`) is how the
/// transfer resumes (国土资源部令第39号; the suspension notice's 恢复出让的安排).
#[test]
fn a_resumed_listings_timetable_is_how_it_resumes_order_39() {
    let text = "某县国有建设用地使用权恢复挂牌出让公告\n\
        我局2025年8月11日发布的挂牌出让公告因故中止，现决定恢复出让，有关事项公告如下：\n\
        一、恢复出让地块\nQX2025-14号地块，出让面积12086平方米。\n\
        二、时间安排\n（一）挂牌时间：2025年11月17日9时至2025年12月1日10时\n（二）挂牌地点：某县公共资源交易中心\n\
        三、联系方式\n联系电话：0595-23687712\n\
        某县自然资源局\n2025年10月24日\n";
    assert_eq!(
        read_values(text, "resumption"),
        [
            "（一）挂牌时间：2025年11月17日9时至2025年12月1日10时\n（二）挂牌地点：某县公共资源交易中心"
        ]
    );
}

/// The contacts at a notice's end are its last lines of labels that no other element holds:
/// a line whose label gives another element (`终止原因：…`, `费用及保证金退还：…`) holds its line
/// with its label, and the contacts start below it (招标投标法实施条例 Art 31's termination).
#[test]
fn the_closing_contacts_leave_the_lines_other_labels_hold_regulation_art_31() {
    let text = "某镇排涝泵站重建工程施工终止招标公告\n\
        项目名称：某镇排涝泵站重建工程施工\n项目编号：DGMY-JS-2025-0137\n\
        终止原因：因泵站选址所涉用地手续须重新报批，经招标人研究决定终止本次招标。\n\
        费用及保证金退还：本项目招标文件免费获取；投标保证金将自本公告发布之日起5日内原路退还。\n\
        联系方式：\n招标人：某镇农业农村办公室　联系人：叶先生　电话：0769-88236014\n\
        某镇农业农村办公室\n2025年4月25日\n";
    let contact = read_values(text, "contact");
    assert!(!contact.is_empty());
    assert!(
        contact
            .iter()
            .all(|v| !v.contains("终止原因") && !v.contains("退还")),
        "{contact:?}"
    );
}

/// A WeChat copy's sections numbered in brackets (`【一】项目基本情况` … `【八】凡对本次采购提出
/// 询问`) are the format's headings (财办库〔2020〕50号): their elements are read, and none of
/// the format's headings is missing.
#[test]
fn a_wechat_copys_bracketed_section_numbers_are_the_formats_headings_50() {
    let text = "某医院洗涤服务采购项目竞争性磋商公告\n\
        【一】项目基本情况\n项目编号：N5101152025000218\n项目名称：某医院洗涤服务采购项目\n采购方式：竞争性磋商\n\
        【二】申请人的资格要求\n1.满足《中华人民共和国政府采购法》第二十二条规定。\n\
        【三】获取采购文件\n时间：2025年9月4日至2025年9月11日\n\
        【四】响应文件提交\n截止时间：2025年9月15日09时30分\n\
        【五】开启\n时间：2025年9月15日09时30分\n\
        【六】公告期限\n自本公告发布之日起3个工作日。\n\
        【七】其他补充事宜\n无。\n\
        【八】凡对本次采购提出询问，请按以下方式联系\n采购人：某医院\n联系方式：028-82703316\n\
        某医院\n2025年9月3日\n";
    assert_eq!(
        read_values(text, "announcementPeriod"),
        ["自本公告发布之日起3个工作日。"]
    );
    let codes = finding_codes(text, "2025-09-03");
    assert!(
        !codes.iter().any(|c| c == "notice.headings_missing"),
        "{codes:?}"
    );
}

/// A PDF copy's line that the page broke within a word (`…收费金` over `额：人民币9,570.00元，…`)
/// runs on: one character before a colon is no label, on its own line or after a space where
/// the lines are joined, and the agency's fee reads whole (87号令 Art 69 ¶2's 代理服务收费标准
/// 及金额; 财办库〔2020〕50号).
#[test]
fn a_word_the_page_broke_before_a_colon_is_no_label_50() {
    let text = "某区农作物病虫害统防统治服务项目竞争性谈判成交结果公告\n\
        一、项目编号：DXAD-ZFCG-2025-047\n\
        二、项目名称：某区农业农村局2025年度农作物病虫害统防统治服务项目\n\
        三、主要标的信息：服务范围为区内马铃薯、玉米等主要农作物病虫\n\
        害的监测、专业化统防统治及防效评估，作业面积约四万亩，服务时\n\
        间为2025年8月至2025年10月。\n\
        六、代理服务收费标准及金额：参照原国家计委《招标代理服务收费\n\
        管理暂行办法》规定的服务类收费标准计取，不含税的代理服务收费金\n\
        额：人民币9,570.00元，由成交供应商在领取成交通知书时一次性\n\
        支付。\n\
        七、公告期限：自本公告发布之日起1个工作日。\n\
        某招标代理有限公司\n2025年8月22日\n";
    let fee = read_values(text, "agencyFee");
    assert!(
        fee.iter()
            .any(|v| v.contains("额：人民币9,570.00元") && v.ends_with("支付。")),
        "{fee:?}"
    );
}

/// A table's label cell numbered as a heading (`六、代理服务收费标准及金额` beside its value) is
/// its label after the number (财办库〔2020〕50号's 代理服务收费标准及金额).
#[test]
fn a_label_cell_numbered_as_a_heading_gives_its_element_50() {
    let text = "某教育局智慧黑板采购项目中标结果公告\n\
        一、项目编号\tYHCG-2025-0158\n\
        五、评审专家名单\t黄志强、陈丽君、谭卫东\n\
        六、代理服务收费标准及金额\t按招标文件约定由中标人支付，代理服务费13,872.00元\n\
        七、公告期限\t自本公告发布之日起1个工作日\n\
        采购人：某教育局\n";
    assert_eq!(
        read_values(text, "agencyFee"),
        ["按招标文件约定由中标人支付，代理服务费13,872.00元"]
    );
    // Numbered, the cells are the format's headings.
    let whole = "某教育局智慧黑板采购项目中标结果公告\n\
        一、项目编号\tYHCG-2025-0158\n二、项目名称\t某教育局智慧黑板采购项目\n\
        三、中标（成交）信息\t某教育科技有限公司，中标金额1,073,600.00元\n\
        四、主要标的信息\t智慧黑板320台\n五、评审专家名单\t黄志强、陈丽君、谭卫东\n\
        六、代理服务收费标准及金额\t按招标文件约定由中标人支付，代理服务费13,872.00元\n\
        七、公告期限\t自本公告发布之日起1个工作日\n八、其他补充事宜\t无\n\
        九、凡对本次公告内容提出询问，请按以下方式联系\t采购人：某教育局，电话：0731-58226140\n\
        某教育局\n2025年11月3日\n";
    let codes = finding_codes(whole, "2025-11-03");
    assert!(
        !codes.iter().any(|c| c == "notice.headings_missing"),
        "{codes:?}"
    );
}

/// A copy that numbers its sections in mixed styles (`四、响应文件提交` then `5、开启` then
/// `六、公告期限`) numbers the fifth section `5、`: it closes the fourth, whose items it is not
/// (财办库〔2020〕50号's 响应文件提交 and 开启 are sections of their own). Items numbered up to it
/// (`4、` before `5、`) are items still.
#[test]
fn a_section_numbered_on_in_another_style_closes_the_one_before_50() {
    let text = "某疾控中心办公家具采购询价公告\n\
        一、项目基本情况\n项目编号：GLZC2025-C1-020318\n采购方式：询价\n\
        四、响应文件提交\n截止时间：2025年10月20日 09:30（北京时间）\n地点：政采云平台\n\
        5、开启\n时间：2025年10月20日 09:30（北京时间）\n地点：某交易中心开标厅\n\
        六、公告期限\n自本公告发布之日起3个工作日。\n\
        某疾控中心\n2025年10月13日\n";
    let deadline = read_values(text, "bidDeadlineAndOpening");
    assert!(
        deadline.contains(&"截止时间：2025年10月20日 09:30（北京时间）\n地点：政采云平台"),
        "{deadline:?}"
    );
    let listed = "某疾控中心办公家具采购询价公告\n\
        一、项目基本情况\n项目编号：GLZC2025-C1-020318\n采购方式：询价\n\
        四、响应文件提交\n1、截止时间：2025年10月20日\n2、地点：政采云平台\n3、方式：在线上传\n\
        4、要求：加密\n5、其他：无\n\
        六、公告期限\n自本公告发布之日起3个工作日。\n\
        某疾控中心\n2025年10月13日\n";
    let deadline = read_values(listed, "bidDeadlineAndOpening");
    assert!(
        deadline.iter().any(|v| v.ends_with("5、其他：无")),
        "{deadline:?}"
    );
}

/// An aggregator's line of middle dots (`· · · · · ·`) between what it shows and its wall is
/// the copy's, not the value's above it; an ellipsis still trails off what it follows.
#[test]
fn an_aggregators_line_of_middle_dots_ends_the_value_above_it() {
    let text = "某区环卫保洁服务采购项目招标公告\n\
        一、项目基本情况\n项目编号：GZCG-2025-118\n采购方式：公开招标\n\
        三、获取招标文件\n时间：2025年08月27日至2025年09月02日\n方式：网上下载\n售价：300元\n\
        · · · · · ·\n以上为公告部分内容，登录后查看完整公告\n";
    let obtaining = read_values(text, "documentsObtaining");
    assert!(obtaining.iter().all(|v| !v.contains('·')), "{obtaining:?}");
    assert!(
        obtaining.iter().any(|v| v.ends_with("售价：300元")),
        "{obtaining:?}"
    );
}

/// An aggregator's placeholder where a value stands (`成交金额：登录查看`) states nothing: the
/// copy does not state the element, which is then neither read nor absent.
#[test]
fn an_aggregators_placeholder_states_no_value() {
    let text = "某区保洁服务采购项目成交结果公告\n\
        一、项目编号：GZCG-2025-118\n二、项目名称：某区保洁服务采购项目\n\
        三、中标（成交）信息\n供应商名称：登录查看\n中标（成交）金额：登录查看\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        values_of(&r.elements, "awardAmount", text)
            .iter()
            .all(|v| v.is_empty())
    );
    assert!(
        r.not_stated.iter().any(|k| k == "awardAmount"),
        "{:?}",
        r.not_stated
    );
    assert!(
        !r.absent.iter().any(|k| k == "awardAmount"),
        "{:?}",
        r.absent
    );
}

/// A project named in the opening sentence by its name and number, the words the title opens
/// with, is the project's name (财办库〔2020〕50号's 项目名称; 发改委令2017年第10号 Art 6's 招标项目
/// 名称): a result in prose states it. Words before the number that the title does not open with
/// name no project.
#[test]
fn a_project_named_in_the_opening_by_its_number_is_its_name_50_and_order_10() {
    let text = "某市第三中学学生宿舍家具采购项目招标公告\n\
        某招标咨询有限公司受某市第三中学委托，对某市第三中学学生宿舍家具采购项目（项目编号：GCZC2025-G1-00862）进行公开招标，欢迎合格的供应商参加投标。\n\
        投标截止时间：2025年6月20日9时30分。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "projectName", "某市第三中学学生宿舍家具采购项目");
    let award = "某区道路工程中标结果公告\n招标人：某区住房和城乡建设局\n\
        长江大道延伸段道路工程（招标编号：JJ-SZ-2025-052）于2025年3月2日开标，现将中标结果公告如下：\n\
        中标人：某建设有限公司\n中标价：1,234,567.00元\n";
    let r = read(award, &NoticeSource::default()).expect("a notice");
    assert!(values_of(&r.elements, "projectName", award).is_empty());
}

/// The party and address 行政处罚法 Art 59 ¶1 (一) has a decision state, as decisions give them
/// in prose: a page's line of particulars that ends with a colon (`…　分享：`) is no salutation;
/// the salutation's party is the one the facts then address (`你公司（…住所：…）于…`); a person
/// is addressed with their particulars in brackets; an opening sentence gives them unbracketed
/// (`当事人某公司，统一社会信用代码…，住所…，法定代表人…。`).
#[test]
fn a_decisions_party_and_address_in_prose_penalty_law_art_59() {
    let party = |text: &str| {
        let r = read(text, &NoticeSource::default()).expect("a notice");
        let get = |k: &str| r.record.content.get(k).cloned().unwrap_or_default();
        (get("partyName"), get("partyAddress"))
    };
    let tail = "依据《中华人民共和国城市房地产管理法》第六十六条的规定，本局决定：没收违法所得人民币20万元。\n\
        某市自然资源局\n2025年4月15日\n";
    let letter = format!(
        "某市自然资源局行政处罚决定书\n发布日期：2025-04-15　来源：某市自然资源局　分享：\n\
         某自然资罚〔2025〕14号\n某实业投资有限公司：\n\
         你公司（统一社会信用代码：91441900659431861F，住所：某镇河东路38号）于2023年9月转让土地。\n{tail}"
    );
    assert_eq!(
        party(&letter),
        ("某实业投资有限公司".to_owned(), "某镇河东路38号".to_owned())
    );
    let person = format!(
        "某市住房和城乡建设局行政处罚决定书\n某住建罚〔2025〕31号\n\
         蔡某明（身份证号码：4405**********1816，住址：某市金沙花园8座1103室）：\n\
         经查，你将承租的公共租赁住房出借他人。\n{tail}"
    );
    assert_eq!(
        party(&person),
        ("蔡某明".to_owned(), "某市金沙花园8座1103室".to_owned())
    );
    let opening = format!(
        "某县发展和改革局行政处罚决定书\n某发改罚〔2025〕3号\n\
         当事人某文旅开发有限公司，统一社会信用代码91611002MA70H8QK3A，住所某县滨江路8号，法定代表人张某某。\n\
         经查，当事人将依法必须招标的项目化整为零规避招标。\n{tail}"
    );
    assert_eq!(
        party(&opening),
        ("某文旅开发有限公司".to_owned(), "某县滨江路8号".to_owned())
    );
}

/// A call for a works service written to 财办库〔2020〕50号's announcement (its 项目概况, its
/// 采购人) is a procurement under 政府采购法, though its service (`监理`) is a works word.
#[test]
fn a_works_service_called_for_in_the_procurement_format_is_procurement_50() {
    let text = "某区农田建设项目监理服务公开招标公告\n项目概况\n\
        某区农田建设项目监理服务招标项目的潜在投标人应在某省政府采购网获取招标文件。\n\
        一、项目基本情况\n项目编号：SDGP-2025-1\n七、对本次招标提出询问，请按以下方式联系。\n\
        1.采购人信息\n名称：某区农业农村局\n";
    let k = classify(text);
    assert_eq!(
        k.domain.as_ref().map(|d| d.value),
        Some(crate::Domain::GovernmentProcurement)
    );
    assert_eq!(k.item(), Some(crate::ItemKind::ProcurementAnnouncement));
}

/// A copy cut short whose value's rest is masked until one logs in (`2、意向受让方******`)
/// shows the element's start only: not stated, not a value.
#[test]
fn a_cut_copys_masked_rest_is_not_stated() {
    let text = "某公司35%股权转让公告\n一、转让方名称\n某投资集团有限公司\n二、受让方资格条件\n\
        1、意向受让方应为依法设立的企业法人；\n2、意向受让方**************\n\
        剩余内容仅对会员开放，登录后查看完整信息。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(!r.record.content.contains_key("transfereeRequirements"));
    assert!(r.not_stated.iter().any(|k| k == "transfereeRequirements"));
}

/// A review that lists the applicants it admits on one line of names, under the sentence that
/// introduces them, publicises them as 公共租赁住房管理办法 Art 9 ¶2 asks (应当予以公示): the
/// line is the list of applicants, and they are no parties the notice allots a home.
#[test]
fn applicants_on_a_line_of_names_are_the_list_art_9() {
    let text = "某市人才公寓入住申请审核结果公示\n\n经审核，以下4名人员符合某市人才公寓入住条件：\n\
        达瓦次仁、普布卓玛、张海洋、刘思雨\n如有异议，请于5个工作日内向市人才工作服务中心反映。\n\n\
        2025年4月7日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("applicantList").map(String::as_str),
        Some("达瓦次仁、普布卓玛、张海洋、刘思雨")
    );
    assert!(r.record.parties.is_empty(), "{:?}", r.record.parties);
}

/// A community's review listing its applicants as numbered lines (`1、段某华，家庭成员2人，…`)
/// publicises them as 公共租赁住房管理办法 Art 9 ¶2 asks: the lines are the list of applicants.
#[test]
fn applicants_in_numbered_lines_are_the_list_art_9() {
    let text = "某社区公共租赁住房申请家庭初审公示\n经社区初审，以下家庭符合申请条件，现予公示：\n\
        1、段丽华，家庭成员2人，现住文献路社区出租房；\n\
        2、杨志林，家庭成员3人，现住龙溪路亲属家；\n\
        3、赵金凤，家庭成员1人，现住社区公房。\n\
        公示期：2025年5月6日至2025年5月12日。\n某社区居民委员会\n2025年5月6日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let list = r.record.content.get("applicantList").map(String::as_str);
    assert!(
        list.is_some_and(|l| l.starts_with("1、段丽华") && l.ends_with("现住社区公房。")),
        "{list:?}"
    );
}

/// A listing's parcel table whose 规划指标要求 spans its indicators' columns (a page's `colspan`
/// over a second header row) gives the planning conditions 招标拍卖挂牌出让国有建设用地使用权规定
/// Art 17 (一) has it publish: the first parcel's cells under that header, together.
#[test]
fn a_header_spanning_columns_gives_their_cells_together_art_17() {
    let html = "<p>某市国有建设用地使用权挂牌出让公告</p><table>\
        <tr><th rowspan=2>宗地编号</th><th rowspan=2>土地用途</th><th colspan=3>规划指标要求</th>\
        <th rowspan=2>起始价（万元）</th></tr>\
        <tr><th>容积率</th><th>建筑密度</th><th>绿地率</th></tr>\
        <tr><td>TD2025-27</td><td>工业用地</td><td>≥1.5且≤3.0</td><td>≥35%</td><td>≤15%</td>\
        <td>5,078</td></tr></table>";
    let r = read(html, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("planningConditions")
            .map(String::as_str),
        Some("≥1.5且≤3.0\t≥35%\t≤15%")
    );
}

/// A decision whose title is spaced out a character at a time under its issuer (`行 政 处 罚 决
/// 定 书`) is a decision (行政处罚法 Art 59's 行政处罚决定书), though its facts cite a 管理办法
/// by name.
#[test]
fn a_spaced_out_title_under_its_issuer_is_the_notices_type_art_59() {
    let text = "某县住房和城乡建设局\n行 政 处 罚 决 定 书\n某住建罚决〔2025〕12号\n\n当事人：李某某\n\
        经查，当事人隐瞒收入骗租公共租赁住房，违反了《公共租赁住房管理办法》第三十六条的规定。\n\
        依据《公共租赁住房管理办法》第三十六条的规定，本局决定：处以罚款人民币800元。\n\
        某县住房和城乡建设局\n2025年8月18日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingPenaltyDecision);
}

/// A value that only sends the reader to an attachment (`详见《招标出让文件》（附件2）。`) states
/// nothing the page shows: the element is not stated, and not judged missing.
#[test]
fn a_value_that_sends_the_reader_to_an_attachment_is_not_stated() {
    let text = "某县某矿探矿权招标出让公告\n一、竞争规则和条件\n详见《招标出让文件》（附件2）。\n\
        某县自然资源局\n2025年3月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(!r.record.content.contains_key("conditions"));
    assert!(
        r.not_stated.iter().any(|k| k == "conditions"),
        "{:?}",
        r.not_stated
    );
}

/// A decision carried out by others once it is served (`本决定自送达之日起执行，由某交易所落实…`)
/// states its manner and time of performance, which 行政处罚法 Art 59 (四) has it state.
#[test]
fn a_decision_carried_out_once_served_states_its_performance_art_59() {
    let text = "关于对某投资有限公司违规参与国有产权交易的处理决定\n某国资处〔2025〕8号\n\
        某投资有限公司：\n经查，你公司在某股权转让项目中与他人串通报价。\n\
        依据《企业国有资产交易监督管理办法》第五十九条的规定，本委决定：对你公司予以通报批评。\n\
        本决定自送达之日起执行，由某联合产权交易所在交易系统中落实限制措施。\n\
        某市国有资产监督管理委员会\n2025年6月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("performance").map(String::as_str),
        Some("本决定自送达之日起执行，由某联合产权交易所在交易系统中落实限制措施。")
    );
}

/// A clarification that moves the bid deadline states the new one and, in brackets, the one it
/// replaces (`延期至2025年7月24日9时30分（原为2025年7月21日9时30分）`): the deadline in force is
/// the new, which 招标投标法实施条例 Art 21 wants at least 15 days after the clarification.
#[test]
fn a_moved_deadline_is_the_new_one_not_the_replaced_regulation_art_21() {
    let text = "某镇雨污分流改造工程施工招标文件澄清及修改公告\n一、原公告的项目名称及编号\n\
        项目名称：某镇雨污分流改造工程施工\n二、澄清、修改事项\n\
        对招标文件第二章“投标人须知前附表”的澄清和修改，并相应顺延投标截止时间。\n\
        三、澄清、修改内容\n1. 最高投标限价由“4,856,200.00元”修改为“4,921,700.00元”。\n\
        2. 投标截止时间及开标时间延期至2025年7月24日9时30分（原为2025年7月21日9时30分），开标地点不变。\n\
        四、联系方式\n招标人：某镇人民政府　联系人：钱工　电话：0510-83316270\n2025年7月14日\n";
    let ctx = crate::Context::new("2025-07-15".parse().unwrap());
    let r = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    assert_eq!(
        r.reading.record.events.bid_deadline.map(|d| d.to_string()),
        Some("2025-07-24 09:30".to_owned())
    );
    assert!(r.findings.iter().any(|f| {
        f.finding.code().as_str() == "deadline.too_short"
            && f.finding.path() == "/events/bidDeadline"
    }));
}

/// A procurement's invited tender calls for prequalification first (财政部令第87号 Art 14): the
/// deadline it states for the applications (`资格预审申请文件提交截止时间：…`) is theirs, not the
/// bids', and 政府采购法 Art 35's twenty days are not judged against it.
#[test]
fn an_invited_tenders_applications_close_before_the_bids_order_87_art_14() {
    let text = "某保护区森林防火视频监控系统建设项目邀请招标公告\n（资格预审阶段）\n\
        一、项目基本情况\n项目编号：JLZC-2025-0518\n采购方式：邀请招标\n预算金额：196.8万元\n\
        三、获取招标文件\n资格预审文件获取时间：2025年5月13日至2025年5月19日；地点：交易网。\n\
        四、提交投标文件截止时间、开标时间和地点\n\
        资格预审申请文件提交截止时间：2025年5月22日9:00；投标文件截止时间及开标时间另见投标邀请书。\n\
        五、公告期限\n自本公告发布之日起5个工作日。\n某保护区管理局\n2025年5月12日\n";
    let r = engine()
        .validate_notice(
            text,
            &NoticeSource::default(),
            &crate::Context::new("2025-05-13".parse().unwrap()),
        )
        .expect("a notice");
    closes_applications(&r, "2025-05-22 09:00");
}

/// A works project's tender plan (招标投标法实施条例 Art 7's approved scope, method and
/// organisation) is published on its page's day, not on the day it plans the call for tenders
/// (`预计招标公告发布时间：2025年3月`).
#[test]
fn a_planned_date_is_not_the_pages_art_7() {
    let text = "某中心卫生院迁建工程招标计划公告\n发布日期：2025-02-17\n\
        项目名称：某中心卫生院迁建工程\n项目审批（核准、备案）部门：某区行政审批局\n\
        招标范围：土建、安装及室外附属工程\n招标组织形式：委托招标\n招标方式：公开招标\n\
        预计招标公告发布时间：2025年3月\n某镇人民政府\n2025年2月17日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::BiddingProjectApproval);
    assert_eq!(
        r.record.published_on.map(|d| d.to_string()),
        Some("2025-02-17".to_owned())
    );
    assert!(r.record.content.contains_key("approvingDepartment"));
}

/// A complaint's decision under its heading (`三、处理决定` over `…根据《…》第二十九条第（二）项
/// 的规定，驳回投诉。`) states its basis in the law it cites (财政部令第94号 Art 33 (二)'s 法律依据):
/// the basis is that law, and also the section whose words state it.
#[test]
fn a_complaint_decisions_basis_is_the_law_it_cites_order_94() {
    let text = "某市财政局政府采购投诉处理决定书\n投诉人：某科技有限公司\n被投诉人：某采购中心\n\
        一、投诉事项\n评标委员会评分标准执行不一致。\n二、调查情况\n经查，评分理由记录完整。\n\
        三、处理决定\n投诉事项缺乏事实依据，根据《政府采购质疑和投诉办法》第二十九条第（二）项的规定，驳回投诉。\n\
        投诉人对本决定不服的，可以在收到本决定书之日起60日内申请行政复议。\n某市财政局\n2025年5月19日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "basis",
        "根据《政府采购质疑和投诉办法》第二十九条第（二）项的规定",
    );
    has_in(
        &r,
        text,
        "basis",
        "投诉事项缺乏事实依据，根据《政府采购质疑和投诉办法》第二十九条第（二）项的规定，驳回投诉。",
    );
}

/// A complaint's decision under a heading of its basis and result (`四、处理依据及结果` over
/// `…依据《…》…的规定，本机关决定如下：` and the orders) gives both (财政部令第94号 Art 33 (二):
/// 具体处理决定和法律依据): the decision is what follows the deciding words, the basis also the
/// law it cites.
#[test]
fn a_complaint_sections_basis_and_result_are_both_given_order_94_art_33() {
    let text = "某市财政局政府采购投诉处理决定书\n投诉人：某科技有限公司\n被投诉人：某采购中心\n\
        一、投诉事项\n评标委员会评分标准执行不一致。\n二、调查情况\n经查，评分理由记录完整。\n\
        三、处理依据及结果\n本机关认为，投诉事项缺乏事实依据。依据《政府采购质疑和投诉办法》第二十九条第（二）项的规定，本机关决定：驳回投诉。\n\
        四、其他补充事宜\n投诉人对本决定不服的，可以在收到本决定书之日起60日内申请行政复议。\n某市财政局\n2025年5月19日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "decision", "驳回投诉。");
    has_in(
        &r,
        text,
        "basis",
        "依据《政府采购质疑和投诉办法》第二十九条第（二）项的规定",
    );
}

/// A complaint's basis and result in one sentence (`…的规定，投诉人的投诉事项缺乏事实依据，本机关决定
/// 驳回投诉。`) under a heading of both, or under a heading of the decision alone: the sentence
/// states both of 财政部令第94号 Art 33 (二)'s 具体处理决定 and 法律依据, so it is each of them, and
/// the basis is also the law it cites.
#[test]
fn a_complaints_basis_and_result_in_one_sentence_are_each_the_sentence_order_94_art_33() {
    let sentence = "根据《政府采购质疑和投诉办法》第二十九条第（二）项的规定，投诉人的投诉事项缺乏事实依据，本机关决定驳回投诉。";
    for heading in ["四、处理依据及结果", "四、处理意见"] {
        let text = format!(
            "某市财政局政府采购投诉处理决定书\n投诉人：某科技有限公司\n被投诉人：某招标有限公司\n\
             一、投诉事项\n评标委员会未否决不满足实质性要求的投标。\n三、调查情况\n经查，所投产品满足要求。\n\
             {heading}\n{sentence}\n\
             投诉人如对本处理决定不服，可以自收到本决定书之日起60日内申请行政复议。\n某市财政局\n2024年7月2日\n"
        );
        let r = read(&text, &NoticeSource::default()).expect("a notice");
        for key in ["basis", "decision"] {
            assert!(
                values_of(&r.elements, key, &text).contains(&sentence),
                "{heading} {key}: {:?}",
                values_of(&r.elements, key, &text)
            );
        }
        has_in(
            &r,
            &text,
            "basis",
            "根据《政府采购质疑和投诉办法》第二十九条第（二）项的规定",
        );
    }
}

/// The purchaser's block with its labels spaced out as portals align them (`名　　称：`,
/// `地　　址：`) under its numbered heading (`1.征集人信息`; 财政部令第110号's 征集人, 财办库〔2020〕50号's
/// 采购人的名称、地址和联系方式): the block with its heading is also the element.
#[test]
fn a_purchasers_block_with_spaced_labels_is_read_with_its_heading_format_50() {
    let text = "某框架协议采购项目入围结果公告\n一、项目编号：GXZC2025-K1\n\
                二、项目名称：复印纸框架协议采购\n三、凡对本次公告内容提出询问，请按以下方式联系。\n\
                1.征集人信息\n名　　称：某政府集中采购中心\n地　　址：某市中泰路9号\n\
                联系方式：0771-5530176\n2.项目联系方式\n项目联系人：韦某\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let from = text.find("1.征集人信息").unwrap();
    let to = text.find("0771-5530176").unwrap() + "0771-5530176".len();
    has_in(&r, text, "purchaserAndAgency", &text[from..to]);
}

/// A complaint's parties with their particulars on their lines (`投诉人：某公司，住所地：…`): each
/// party is also its whole line, the name and address 财政部令第94号 Art 33 (一) asks the decision
/// to give.
#[test]
fn a_complaint_party_is_also_its_line_with_its_address_order_94_art_33() {
    let text = "某市财政局政府采购投诉处理决定书\n\
                投诉人：某科技有限公司，住所地：某市红旗区平原路326号\n\
                被投诉人：某招标代理有限公司\n一、投诉事项\n中标供应商所投产品不满足实质性要求。\n\
                二、处理决定\n根据《政府采购质疑和投诉办法》第二十九条第（二）项的规定，驳回投诉。\n\
                某市财政局\n2025年6月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "complainant",
        "某科技有限公司，住所地：某市红旗区平原路326号",
    );
    has_in(&r, text, "complainant", "某科技有限公司");
}

/// A candidates' publicity's section on the bids the evaluation rejected (`七、否决投标情况` over
/// the bidders and the reasons) tells how the evaluation went: 发改委令第10号 Art 6 (一)'s 评标情况,
/// so it is not reported missing.
#[test]
fn the_rejected_bids_section_is_the_evaluation_summary_order_10_art_6() {
    let text = "某中学教学综合楼建设项目施工中标候选人公示\n一、项目名称：某中学教学综合楼建设项目施工\n\
                二、中标候选人名单\n第一中标候选人：某建工集团有限公司\n\
                三、否决投标情况\n某建设集团有限公司，项目负责人有在建工程，不满足招标文件第1.4.1项的要求。\n\
                四、公示期：2023年11月22日至2023年11月25日\n某教育投资建设有限公司\n2023年11月21日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "evaluationSummary",
        "某建设集团有限公司，项目负责人有在建工程，不满足招标文件第1.4.1项的要求。",
    );
}

/// A call for tenders' row `投标文件递交` (发改委令第10号 Art 5 (四)'s 递交投标文件的截止时间和方式)
/// gives the submission and its deadline, as the 标准文件's `投标文件的递交` does.
#[test]
fn a_submission_row_gives_the_bid_deadline_order_10_art_5() {
    let text = "某区道路工程施工招标公告\n项目名称\t某区道路工程\n招标范围\t施工图范围内的全部工程\n\
                招标文件获取\t2023年7月31日至2023年8月7日，登录电子交易系统下载\n\
                投标文件递交\t递交截止时间：2023年8月21日10:00。投标人应通过电子交易系统上传投标文件。\n\
                电子交易平台\t某市公共资源交易网\n招标人：某城市建设投资有限公司\n2023年7月31日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let want = "2023年8月21日10:00。投标人应通过电子交易系统上传投标文件。";
    has_in(&r, text, "submissionDeadlineAndMethod", want);
    has_in(&r, text, "bidDeadline", want);
}

/// A bid deadline that says how bids are sent (`投标截止时间：…，通过…平台在线递交`) states the
/// deadline and method of submission too (发改委令第10号 Art 5 (四)); one that only dates the
/// deadline does not.
#[test]
fn a_deadline_saying_how_bids_are_sent_is_the_submission_order_10_art_5() {
    let with = "某县学校运动场工程施工招标公告\n项目名称：某县学校运动场工程\n\
                投标截止时间：2025年11月18日9:30，通过某省电子招标投标交易平台在线递交\n\
                招标人：某县教育局\n2025年10月28日\n";
    let r = read(with, &NoticeSource::default()).expect("a notice");
    let want = "2025年11月18日9:30，通过某省电子招标投标交易平台在线递交";
    has_in(&r, with, "submissionDeadlineAndMethod", want);
    has_in(&r, with, "bidDeadline", want);
    let without = with.replace("，通过某省电子招标投标交易平台在线递交", "");
    let r = read(&without, &NoticeSource::default()).expect("a notice");
    let got = values_of(&r.elements, "submissionDeadlineAndMethod", &without);
    assert!(got.is_empty(), "{got:?}");
}

/// A tenderer named on a line that goes on to its address is named with it (发改委令第10号 Art 5
/// (五): the tenderer's name and address): after a comma, the rest of the line; in spaced fields,
/// the tenderer's field and the address's.
#[test]
fn a_tenderer_with_its_address_on_its_line_is_both_order_10_art_5() {
    let comma = "某县供水工程施工招标公告\n1.招标条件\n本项目已具备招标条件。\n\
                 2.招标人：某县水务发展有限公司，地址：某县东林大道168号\n某县水务发展有限公司\n2026年7月20日\n";
    let r = read(comma, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        comma,
        "tendererNameAndAddress",
        "某县水务发展有限公司，地址：某县东林大道168号",
    );
    let spaced = "某县供水工程施工招标公告\n1.招标条件\n本项目已具备招标条件。\n\
                  10.联系方式\n招标人：某县水务局\u{3000}地址：某县文化街128号\u{3000}联系人：李工\n2026年7月20日\n";
    let r = read(spaced, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        spaced,
        "tendererNameAndAddress",
        "招标人：某县水务局\u{3000}地址：某县文化街128号",
    );
}

/// A suspension or an end told in one sentence names its parcel or right by name (the items'
/// 所涉宗地 and 所涉矿业权; the articles on such notices were not read, grade R): the parcel with
/// its district and number, again with its place in brackets, and the right by the cited
/// notice's title.
#[test]
fn a_suspensions_sentence_names_its_parcel_or_right_suojiao_zongdi() {
    let land = "关于中止国有建设用地使用权挂牌出让的公告\n\
                我局于2025年6月20日发布的《某市国有建设用地使用权挂牌出让公告》（某自然资告〔2025〕19号）中的\
                锡国土（经）2025-19号地块，因规划条件需进一步调整，决定中止该地块的挂牌出让活动。\n\
                某市自然资源和规划局\n2025年7月1日\n";
    let r = read(land, &NoticeSource::default()).expect("a notice");
    has_in(&r, land, "parcels", "锡国土（经）2025-19号地块");
    let placed = "关于终止国有建设用地使用权挂牌出让的公告\n\
                  我局于2025年4月11日发布了《某市国有建设用地使用权挂牌出让公告》（某自然资挂告〔2025〕5号），\
                  其中某国用挂〔2025〕08号宗地（位于某区某路以西）因故终止挂牌出让。\n\
                  某市自然资源和规划局\n2025年5月6日\n";
    let r = read(placed, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        placed,
        "parcels",
        "某国用挂〔2025〕08号宗地（位于某区某路以西）",
    );
    let mine = "关于终止采矿权挂牌出让的公告\n\
                某县自然资源局于2025年6月9日发布了《某县某镇建筑用玄武岩矿采矿权挂牌出让公告》（某自然资矿告〔2025〕3号）。\
                现因该矿区范围内林地审批手续未能办结，决定终止该采矿权的挂牌出让。\n\
                某县自然资源局\n2025年7月1日\n";
    let r = read(mine, &NoticeSource::default()).expect("a notice");
    has_in(&r, mine, "rights", "某县某镇建筑用玄武岩矿");
}

/// A clarification whose first paragraph names the project by name and number names the notice
/// it changes (招标投标法实施条例 Art 21: a clarification goes to all who obtained the documents,
/// so it says which), also where a heading already gave the changes.
#[test]
fn a_clarification_names_its_project_by_name_and_number_tiaoli_21() {
    let text = "某乡安置区配套道路工程施工招标澄清公告\n\
                某乡安置区配套道路工程施工（二标段）（项目编号：ZMD-2023-021）招标公告已于2023年2月20日在某市公共资源交易网发布，现对招标文件作如下澄清：\n\
                一、澄清内容\n投标截止时间延至2023年3月20日9时00分。\n\
                某市城市建设投资有限公司\n2023年3月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "originalNotice",
        "某乡安置区配套道路工程施工（二标段）（项目编号：ZMD-2023-021）",
    );
}

/// A decision in paragraphs numbered `一、` to `六、` without headings gives each element also
/// without its paragraph's number (行政处罚法 Art 59 ¶1: the penalty, how to pay, how to appeal).
#[test]
fn a_decisions_numbered_paragraphs_are_read_without_their_numbers_art_59() {
    let text = "某区发展和改革局行政处罚决定书\n某发改罚〔2026〕11号\n当事人：皮某某\n\
                一、经查，当事人将本人注册建造师证书出借给某建筑工程有限公司用于投标。\n\
                二、依据《中华人民共和国招标投标法》第五十四条，本局决定：\n\
                三、对当事人处罚款人民币贰万元整。\n\
                四、当事人应自收到本决定书之日起15日内到指定银行缴纳罚款。\n\
                某区发展和改革局\n2026年9月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "penalty", "对当事人处罚款人民币贰万元整。");
    has_in(
        &r,
        text,
        "performance",
        "当事人应自收到本决定书之日起15日内到指定银行缴纳罚款。",
    );
}

/// How to object is also the contacts after it (招标投标法实施条例 Art 54; 公共租赁住房管理办法
/// Art 9's 公示): the rest of its line after a label within it (`…反映。联系电话：…；地址：…`) and
/// the lines under a sentence found without a label that name the tenderer's and the
/// supervisor's contacts.
#[test]
fn how_to_object_takes_the_contacts_after_it_tiaoli_54() {
    let labelled = "某区公共租赁住房申请家庭资格审核结果公示\n一、审核结果\n张某，家庭人口2人。\n\
                    异议反映方式：公示期间，对公示对象有异议的，可向某区住房保障中心实名反映。联系电话：0871-6312 0457；地址：某区东风路233号。\n\
                    某区住房保障中心\n2025年6月3日\n";
    let r = read(labelled, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        labelled,
        "objectionChannel",
        "公示期间，对公示对象有异议的，可向某区住房保障中心实名反映。联系电话：0871-6312 0457；地址：某区东风路233号。",
    );
    let under = "某县医院住院楼工程施工中标候选人公示\n第一中标候选人：甲建设有限公司\n\
                 投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间以书面形式向招标人提出。\n\
                 招标人：某县人民医院  联系人：马某  电话：0874-3160215\n\
                 行政监督部门：某县住房和城乡建设局  电话：0874-3129660\n\n某县人民医院\n2024年12月3日\n";
    let r = read(under, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        under,
        "objectionChannel",
        "投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间以书面形式向招标人提出。\n\
         招标人：某县人民医院  联系人：马某  电话：0874-3160215\n\
         行政监督部门：某县住房和城乡建设局  电话：0874-3129660",
    );
}

/// A complaint's decision citing its rule with `之规定` (`根据《…》第二十条第（一）项之规定，决定如下：
/// 驳回投诉人的投诉。`) is its basis and decision as with `的规定` (招标投标法实施条例 Art 61 ¶2:
/// the written decision): no basis or decision is missing.
#[test]
fn a_complaint_decision_citing_zhi_guiding_is_its_basis_tiaoli_61() {
    let text = "某市住房和城乡建设局\n投诉处理决定书\n某建投诉〔2025〕3号\n投诉人：甲建设工程有限公司\n\
                被投诉人：某区教育局\n投诉事项：评标委员会未认定投诉人的类似工程业绩。\n\
                本机关认为：评标委员会的认定符合招标文件规定，投诉事项缺乏事实依据。根据《工程建设项目招标投标活动投诉处理办法》第二十条第（一）项之规定，决定如下：驳回投诉人的投诉。\n\
                某市住房和城乡建设局\n2025年9月8日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(!values_of(&r.elements, "basis", text).is_empty());
    has_in(&r, text, "decision", "驳回投诉人的投诉。");
    assert!(
        !r.absent.iter().any(|k| k == "basis" || k == "decision"),
        "{:?}",
        r.absent
    );
}

/// A decision's basis cited with `之规定` (`依据《…》第七十七条第一款第（一）项之规定，本局决定…`) is
/// read to its end as with `的规定` (行政处罚法 Art 59 ¶1 (三): the penalty's basis).
#[test]
fn a_penalty_basis_ending_zhi_guiding_is_read_art_59() {
    let text = "某县财政局行政处罚决定书\n某财罚〔2025〕2号\n当事人：某科技有限公司\n\
                经查，你公司在某项目中提供虚假材料谋取中标。\n\
                依据《中华人民共和国政府采购法》第七十七条第一款第（一）项之规定，本局决定对你公司处采购金额千分之五的罚款。\n\
                某县财政局\n2025年6月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "penaltyBasis",
        "依据《中华人民共和国政府采购法》第七十七条第一款第（一）项之规定",
    );
}

/// A complaint's matters under a label run on in its sentence (`…于2025年8月18日提起投诉，投诉事项
/// 为：…`) are also the sentence from its start (the decision's 投诉事项, published under
/// 财政部令第94号 Art 34), as readers quote when and how the complaint came.
#[test]
fn complaint_matters_run_on_in_a_sentence_are_the_sentence_order_94_art_34() {
    let text = "某市财政局政府采购投诉处理决定书\n投诉人：甲公司\n被投诉人：某市教育局\n\
                投诉人对质疑答复不满，于2025年8月18日提起投诉，投诉事项为：评标委员会认定投诉人投标无效错误。\n\
                本机关认为，投诉事项缺乏事实依据。根据《政府采购质疑和投诉办法》第二十九条第（二）项的规定，本机关决定驳回投诉。\n\
                某市财政局\n2025年9月8日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "complaintMatters",
        "投诉人对质疑答复不满，于2025年8月18日提起投诉，投诉事项为：评标委员会认定投诉人投标无效错误。",
    );
}

/// A lease's result states its rent by the year (`成交年租金：人民币28.6万元`): the deal's price,
/// as `成交租金` is (the state property deal result's 成交价格; rule SE-32-RES, grade R).
#[test]
fn a_leases_yearly_rent_is_its_deal_price() {
    let text = "某路45号临街门面房招租成交结果公示\n承租方：某餐饮管理有限公司\n\
                成交年租金：人民币28.6万元\n成交日期：2025年7月21日\n某投资集团有限公司\n2025年7月22日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "dealPrice", "人民币28.6万元");
}

/// An end's reason is also its whole sentence from the 因 to the full stop, with what was decided
/// for it (`因项目用地规划条件调整，…，经招标人研究决定，终止本次招标。`), as readers quote it
/// (the termination's 终止原因; 招标投标法实施条例 Art 31: a tenderer ending a tender says so).
#[test]
fn an_ends_reason_is_also_its_sentence_tiaoli_31() {
    let text = "某幼儿园新建工程招标终止公告\n\
                某幼儿园新建工程（项目编号：NB-2025-0033）于2025年3月28日在某市公共资源交易网发布招标公告。因项目用地规划条件调整，原设计方案需重新报批，经招标人研究决定，终止本次招标。\n\
                某区教育局\n2025年4月10日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "terminationReason",
        "因项目用地规划条件调整，原设计方案需重新报批，经招标人研究决定，终止本次招标。",
    );
}

/// A candidates' publicity telling its evaluation in a paragraph without a heading gives the
/// evaluation and the candidates' response to the qualifications (发改委令第10号 Art 6 (一), (三)):
/// neither is missing.
#[test]
fn an_evaluation_told_in_a_paragraph_is_read_order_10_art_6() {
    let text = "某海塘提标加固工程中标候选人公示\n\
                某海塘提标加固工程于2025年5月16日开标，经评标委员会评审，推荐中标候选人如下：\n\
                第一中标候选人：甲水利建设有限公司，投标报价13,846,275元，工期540日历天。\n\
                本项目共7家单位投标，1家因未提交投标保证金被否决，其余6家经评审均为有效投标。两家中标候选人的资质、业绩均符合招标文件要求。\n\
                公示期：2025年5月19日至2025年5月21日。\n招标人：某区水利局\n2025年5月19日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let want = "本项目共7家单位投标，1家因未提交投标保证金被否决，其余6家经评审均为有效投标。两家中标候选人的资质、业绩均符合招标文件要求。";
    has_in(&r, text, "evaluationSummary", want);
    has_in(&r, text, "qualificationResponse", want);
}

/// Land auctioned at a meeting states its time and place under the meeting's labels
/// (`拍卖会时间：`, `拍卖会地点：`; 国土资源部令第39号's 拍卖出让): the announcement's time and place.
#[test]
fn an_auction_meetings_time_and_place_are_the_announcements_order_39() {
    let text = "某市国有建设用地使用权拍卖出让公告\n一、拍卖出让地块的基本情况\n地块编号：SJZ2024-031\n\
                二、拍卖会时间和地点\n拍卖会时间：2024年8月30日9时30分\n拍卖会地点：某市公共资源交易中心五楼拍卖厅\n\
                某市自然资源和规划局\n2024年8月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "timeAndPlace", "2024年8月30日9时30分");
    has_in(&r, text, "timeAndPlace", "某市公共资源交易中心五楼拍卖厅");
}

/// How to object written as a numbered section's one sentence (`六、投标人或者其他利害关系人对评标
/// 结果有异议的，应当在公示期内…提出。`): the channel (招标投标法实施条例 Art 54) is the sentence
/// with its number and also without it.
#[test]
fn an_objection_sentence_numbered_as_a_section_is_read_without_its_number_art_54() {
    let sentence = "投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出；对异议答复不满意的，可依法向某区住房和城乡建设局投诉。";
    let text = format!(
        "某区学校改扩建工程施工中标候选人公示\n一、项目名称：某区学校改扩建工程施工\n\
         二、中标候选人\n第一中标候选人：某建设集团有限公司\n\
         三、公示期：2024年6月3日至2024年6月5日\n四、{sentence}\n\
         五、联系方式\n招标人：某区教育局　联系电话：0793-8213576\n某区教育局\n2024年6月3日\n"
    );
    let r = read(&text, &NoticeSource::default()).expect("a notice");
    has_in(&r, &text, "objectionChannel", sentence);
}

/// The budget of every lot together under its own label (`预算总金额（元）：780000`) is the
/// budget 财办库〔2020〕50号's announcement states (一、项目基本情况's 预算金额).
#[test]
fn a_total_budget_is_the_announcements_budget_format_50() {
    let text = "某市某局环境监测服务项目竞争性磋商公告\n一、项目基本情况\n项目编号：LZ2025-CS-031\n\
                项目名称：某市某局环境监测服务项目\n采购方式：竞争性磋商\n预算总金额（元）：780000\n\
                采购需求：环境空气自动监测站运维服务一年。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "budgetAmount", "780000");
}

/// A lease's result at an exchange (`…招租结果公示`) names its lessee and rent under their own
/// labels (`承租方：…`, `成交租金：…`): they are the deal's transferee and price, as a sale's
/// 受让方 and 成交价 are.
#[test]
fn a_lease_results_lessee_and_rent_are_its_transferee_and_price() {
    let text = "某市顺城街72号临街商铺招租结果公示\n项目名称：某市顺城街72号临街商铺招租\n\
                项目编号：SXCQ-ZZ-2024-Z265\n出租方：某市城市资产运营有限公司\n\
                承租方：某餐饮管理有限公司\n成交租金：首年租金人民币18.36万元，以后每年递增2%\n\
                成交日期：2024年12月6日\n某产权交易中心\n2024年12月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "transferee", "某餐饮管理有限公司");
    has_in(
        &r,
        text,
        "dealPrice",
        "首年租金人民币18.36万元，以后每年递增2%",
    );
}

/// Land granted by tender (招标出让, 国土资源部令第39号) names its winner 中标人: the result's
/// transferee.
#[test]
fn a_land_tenders_winner_is_its_transferee_order_39() {
    let text = "某市国有建设用地使用权出让结果公示\n地块编号：CY00-0103-0021\n\
                出让方式：招标出让\n中标人：某置业有限公司\n成交价款：人民币198600万元\n\
                公示期：2025年4月24日至2025年5月8日\n某市规划和自然资源委员会\n2025年4月24日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "transferee", "某置业有限公司");
}

/// A listing resumed from a date (`…于…在本所公告挂牌，后因…，于…中止。现中止事由已消除，…本所
/// 决定自…起恢复该项目的挂牌交易，…。`): the reason is the suspension's, from its 因, and the
/// resumption the sentence that resumes it.
#[test]
fn a_listing_resumed_from_a_date_states_why_it_stopped_and_how_it_resumes() {
    let text = "关于某公司30%股权转让项目恢复挂牌的公告\n\n\
                某公司30%股权转让项目（项目编号：GGCQ-GQ-2021-0057）于2021年4月12日在本所公告挂牌，\
                后因转让方的上级主管单位对转让方案进行复核，于2021年5月6日中止。\
                现中止事由已消除，经转让方申请，本所决定自2021年6月21日起恢复该项目的挂牌交易，\
                剩余信息披露期为12个工作日。其他交易条件不变。\n特此公告。\n\n某产权交易所\n2021年6月18日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "reason",
        "因转让方的上级主管单位对转让方案进行复核",
    );
    has_in(
        &r,
        text,
        "resumption",
        "现中止事由已消除，经转让方申请，本所决定自2021年6月21日起恢复该项目的挂牌交易，剩余信息披露期为12个工作日。",
    );
}

/// A purchase ended in prose, without headings (`某项目（项目编号：…）采用询价方式采购，…` over
/// `…符合要求的供应商不足3家，根据《…》的规定，本项目流标。`): the project is named before its
/// number, and the paragraph that ends it states why (政府采购法 Art 36 (一): fewer than three
/// suppliers; 财办库〔2020〕50号's 终止公告 gives the 项目终止的原因).
#[test]
fn a_purchase_ended_in_prose_names_its_project_and_reason_law_art_36() {
    let text = "某县第二中学校服采购项目流标公告\n\
        某县第二中学校服采购项目（项目编号：XJCG-2024-026）采用询价方式采购，于2024年8月26日进行报价开启。\n\
        截至响应文件提交截止时间，符合要求的供应商不足3家，根据《政府采购非招标采购方式管理办法》第五十条的规定，本项目流标。采购人将依法重新组织采购。\n\
        特此公告。\n某县政府采购中心\n2024年8月26日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "projectName", "某县第二中学校服采购项目");
    has_in(
        &r,
        text,
        "terminationReason",
        "截至响应文件提交截止时间，符合要求的供应商不足3家，根据《政府采购非招标采购方式管理办法》第五十条的规定，本项目流标。",
    );
}

/// A correction's project named under its first heading without 原 (`项目编号：…`, `项目名称：…`
/// under `一、项目基本情况`) is the project corrected (财办库〔2020〕50号's 更正公告: 原公告的采购
/// 项目编号、名称), not absent.
#[test]
fn a_corrections_project_without_yuan_is_the_project_corrected_caibanku_2020_50() {
    let text = "某区社区卫生服务中心耗材配送服务项目的更正公告\n一、项目基本情况\n\
        项目编号：310106000250418118463\n项目名称：某区社区卫生服务中心耗材配送服务项目\n\
        首次公告日期：2025年5月6日\n二、更正信息\n更正事项：采购文件\n更正内容：投标截止时间改为2025年6月3日9:30。\n\
        更正日期：2025年5月16日\n三、其他补充事宜\n无\n四、凡对本次公告内容提出询问，请按以下方式联系。\n\
        项目联系人：顾女士\n某招标代理有限公司\n2025年5月16日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "originalProject", "310106000250418118463");
    assert!(
        !r.absent.iter().any(|k| k == "originalProject"),
        "{:?}",
        r.absent
    );
}

/// A call for tenders written as paragraphs without headings gives each section's elements
/// (招标投标法 Art 16: the tenderer, the project's nature, quantity, place and time, how to get
/// the documents), so none is judged missing.
#[test]
fn a_call_in_paragraphs_states_its_sections_law_art_16() {
    let text = "某安置房电梯采购及安装工程招标公告\n\
        某城市建设投资有限公司的某安置房项目已由某区发展和改革局批准建设，资金来自企业自筹，现对该项目的电梯采购及安装进行公开招标。\n\
        本次招标的内容为乘客电梯共28台的供货、安装及验收，地点为某安置房项目现场，安装期限为合同签订后150日历天。\n\
        投标人须为电梯制造商或其授权的代理商，本次招标不接受联合体投标。\n\
        凡有意参加投标者，请于2025年3月3日至2025年3月10日登录某电子招标投标交易平台免费下载招标文件。\n\
        投标文件递交的截止时间为2025年3月25日15时00分，投标人应通过交易平台在线递交电子投标文件。\n\
        招标人：某城市建设投资有限公司，联系人：黄工，电话：0597-2293561。\n2025年3月3日\n";
    let r = engine()
        .validate_notice(
            text,
            &NoticeSource::default(),
            &crate::Context::new("2025-03-04".parse().unwrap()),
        )
        .expect("a notice");
    let missing: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.finding.code().as_str() == "element.missing")
        .map(|f| f.finding.path())
        .collect();
    assert!(
        !missing.iter().any(|p| {
            [
                "quantity",
                "locationAndSchedule",
                "documentsObtaining",
                "projectNature",
            ]
            .iter()
            .any(|k| p.ends_with(k))
        }),
        "{missing:?}"
    );
    assert_eq!(
        r.reading.record.events.bid_deadline.map(|d| d.to_string()),
        Some("2025-03-25 15:00".to_owned())
    );
    // A procurement's call in paragraphs (财办库〔2020〕50号's sections, unheaded): who may bid
    // (政府采购法 Art 22) and how to get the documents.
    let text = "某中学学生宿舍家具采购项目招标公告\n\
        某招标咨询有限公司受某中学委托，对某中学学生宿舍家具采购项目进行公开招标。\n\
        采购内容为学生宿舍钢木上下铺床480套、学习柜480组，交货期为45日历天。\n\
        凡符合《中华人民共和国政府采购法》第二十二条规定的供应商均可参加投标，本项目不接受联合体投标。\n\
        有意参加投标的供应商请于2025年9月1日至2025年9月5日登录政府采购云平台免费获取招标文件。\n\
        投标截止时间及开标时间为2025年9月26日9时30分，开标地点为某公共资源交易中心开标三室。\n\
        某招标咨询有限公司\n2025年8月29日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    for k in [
        "requirements",
        "supplierQualifications",
        "documentsObtaining",
    ] {
        assert!(r.record.content.contains_key(k), "{k}: {:?}", r.absent);
    }
}

/// An allocation's households on one line apart by semicolons (`罗*清，配租…；邱*，配租…`), and
/// a review's numbered households named with their identity numbers: the result's allottees and
/// homes (公共租赁住房管理办法 Art 13's 配租结果), the review's applicants (Art 9).
#[test]
fn households_in_a_line_or_by_their_numbers_art_9_and_13() {
    let source = NoticeSource::default();
    let text = "某人才公寓（保障性租赁住房）第三批配租结果公示\n\
        经公开摇号选房，第三批配租结果如下：罗*清，配租某公寓A幢1206室；邱*，配租某公寓A幢0805室。\n\
        对配租结果有异议的，请向某住房保障中心书面反映，电话：0599-8826320。\n\
        某住房保障中心\n2025年10月30日\n";
    let r = read(text, &source).expect("a notice");
    let allottees: Vec<&str> = r.record.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(allottees, ["罗*清", "邱*"]);
    assert!(
        r.record.content.contains_key("housingAssigned"),
        "{:?}",
        r.absent
    );
    let text = "关于取消部分家庭公共租赁住房承租资格的公示\n下列家庭已不再符合公共租赁住房保障条件：\n\
        1. 李*国，身份证号2301**********1239，承租某小区5栋402室，家庭人均收入超过标准；\n\
        2. 王*芬，身份证号2301**********4023，承租某嘉园3栋601室，已购买商品住房。\n\
        复核结论：取消上述2户家庭的承租资格。\n公示期：2025年8月4日至8月8日。\n\
        某住房保障服务中心\n2025年8月4日\n";
    let r = read(text, &source).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationApplicants);
    for k in ["applicantList", "reviewResult"] {
        assert!(r.record.content.contains_key(k), "{k}: {:?}", r.absent);
    }
}

/// A decision's party on one line with their particulars (`当事人：向某某，男，住…`) gives the
/// name and the address 行政处罚法 Art 59 (一) asks for; a decision carried out once served
/// (`本决定无罚没款项，自送达之日起生效并执行`) states its performance (Art 59 (四)).
#[test]
fn a_partys_line_gives_name_and_address_art_59() {
    let text = "某区住房和城乡建设委员会\n行政处罚决定书\n某住建罚〔2025〕31号\n\
        当事人：向某某，男，住某市某区金龙路56号附4号。\n\
        经查明：当事人提供虚假材料申请公共租赁住房。\n\
        依据《公共租赁住房管理办法》第三十五条第一款的规定，本委决定：给予警告。\n\
        本决定无罚没款项，自送达之日起生效并执行。\n\
        当事人如不服本决定，可以在收到本决定书之日起六十日内申请行政复议。\n\
        某区住房和城乡建设委员会\n2025年10月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let content = &r.record.content;
    assert_eq!(content.get("partyName").map(String::as_str), Some("向某某"));
    assert_eq!(
        content.get("partyAddress").map(String::as_str),
        Some("某市某区金龙路56号附4号。")
    );
    assert!(content.contains_key("performance"), "{content:?}");
    assert!(r.absent.is_empty(), "{:?}", r.absent);
}

/// A call for prequalification standing in for the call for tenders (`资格预审公告（代招标公告）`,
/// the 标准施工招标资格预审文件's title) closes applications, not bids: its deadline is the one
/// 招标投标法实施条例 Art 17 counts to, and 招标投标法 Art 24's twenty days to the bids do not
/// apply to it.
#[test]
fn a_prequalification_standing_in_for_a_call_closes_applications_regulation_art_17() {
    let text = "某河道综合整治工程施工资格预审公告（代招标公告）\n1. 招标条件\n\
        本招标项目已由某区发展和改革委员会批准建设，招标人为某区水务局。\n\
        5. 资格预审文件的获取\n请于2025年9月22日至2025年9月29日登录交易平台下载资格预审文件。\n\
        6. 资格预审申请文件的递交\n递交资格预审申请文件截止时间为2025年10月9日10时00分。\n\
        9. 联系方式\n招标人：某区水务局　联系人：王工　电话：021-57681234\n2025年9月19日\n";
    let ctx = crate::Context::new("2025-09-20".parse().unwrap());
    let r = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    closes_applications(&r, "2025-10-09 10:00");
}

/// A call for prequalification's deadline is the applications' (`at`), no bids' deadline is
/// read, and no period to the bids is found short.
fn closes_applications(r: &super::judge::NoticeReport, at: &str) {
    let events = &r.reading.record.events;
    assert_eq!(events.bid_deadline, None);
    assert_eq!(
        events.application_deadline.map(|d| d.to_string()),
        Some(at.to_owned())
    );
    assert!(
        !r.findings
            .iter()
            .any(|f| f.finding.code().as_str() == "deadline.too_short"),
        "{:?}",
        r.findings
    );
}

/// An element the transaction kind cannot hold is neither absent nor unstated: a transfer of
/// equity decides no capital increase, a transfer of assets has no target enterprise
/// (企业国有资产交易监督管理办法 Art 39, read; Arts 15 and 48, not seen: R).
#[test]
fn elements_that_the_method_cannot_hold_are_not_listed_order_32() {
    let source = NoticeSource::default();
    let text = "某交通建设投资有限公司闲置车辆转让公告\n转让方名称：某交通建设投资有限公司\n\
                转让标的：客车5辆\n转让底价：人民币21.37万元\n某公共资源交易中心\n2025年9月1日\n";
    let r = read(text, &source).expect("a notice");
    assert_eq!(
        r.record.method,
        Some(crate::Method::EnterpriseAssetTransfer)
    );
    for k in [
        "targetEnterprise",
        "capitalIncreaseDecision",
        "enterpriseProfile",
    ] {
        assert!(!r.absent.iter().any(|a| a == k), "{k} in {:?}", r.absent);
    }
    assert!(r.absent.iter().any(|a| a == "transfereeRequirements"));
}

/// Two labels of one element on one line give it also as the line after its first label
/// (`联系人：冯女士　联系电话：…`), as a reader quotes a contact.
#[test]
fn two_labels_of_one_element_on_a_line_give_it_whole() {
    let text = "关于某矿探矿权拍卖出让终止的公告\n经研究，决定终止该探矿权拍卖出让活动。\n\
                联系人：李先生　　联系电话：0971-8256630\n某省自然资源厅\n2025年10月13日\n";
    let found = elements(text, Some(crate::ItemKind::MiningListingSuspension));
    let contacts = values_of(&found, "contact", text);
    assert!(contacts.contains(&"李先生"), "{contacts:?}");
    assert!(
        contacts.contains(&"李先生　　联系电话：0971-8256630"),
        "{contacts:?}"
    );
    // A run of three or more (the exchange's, then the owner's) gives the line to its end.
    let text = "某公司商业用房出租公告
租赁期限：3年
                联系方式：某产权交易所　联系人：钱先生　电话：027-87270000；出租方　联系人：胡经理
                某产权交易所
2026年2月9日
";
    let found = elements(text, Some(crate::ItemKind::PropertyLeaseNotice));
    let contacts = values_of(&found, "contact", text);
    assert!(
        contacts
            .contains(&"某产权交易所　联系人：钱先生　电话：027-87270000；出租方　联系人：胡经理"),
        "{contacts:?}"
    );
}

/// The way to object (公共租赁住房管理办法 Art 13's 公示) written on a line under a label the
/// item has no element for is that label's value, as the conventions read a labelled line.
#[test]
fn an_objection_under_a_heading_of_its_own_is_the_headings_value() {
    let source = NoticeSource::default();
    let text = "某区公共租赁住房申请家庭审核结果公示\n一、申请家庭名单\n1 张某 3\n\
                二、异议反映：公示期内，对上述申请家庭有异议的，可向某区住房保障中心书面反映。\n\
                某区住房保障中心\n2025年7月14日\n";
    let r = read(text, &source).expect("a notice");
    assert_eq!(
        r.record.content.get("objectionChannel").map(String::as_str),
        Some("公示期内，对上述申请家庭有异议的，可向某区住房保障中心书面反映。")
    );
}

/// A call for tenders' 投标文件的递交 section is its bid deadline (招标投标法 Art 16's 截止时间),
/// and so is the deadline's own label within it: a reader may quote either.
#[test]
fn a_bid_deadline_is_its_label_and_its_section_law_16() {
    let text = "某中学教学楼工程施工招标公告\n1.招标条件\n项目已具备招标条件，现对该项目的施工进行公开招标。\n\
                5.投标文件的递交\n投标截止时间：2025年5月13日14时30分；投标人须在截止时间前递交电子投标文件。\n\
                某中学\n2025年4月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let values = values_of(&r.elements, "bidDeadline", text);
    assert!(
        values.contains(&"2025年5月13日14时30分；投标人须在截止时间前递交电子投标文件。"),
        "{values:?}"
    );
    assert!(
        values.contains(
            &"投标截止时间：2025年5月13日14时30分；投标人须在截止时间前递交电子投标文件。"
        ),
        "{values:?}"
    );
}

/// A government site's line of facts above the title (政府信息公开条例 Art 20's 主动公开 pages:
/// 索引号, 发布机构, 成文日期, 文号) gives the document's number and name, which the body of a
/// policy need not repeat.
#[test]
fn a_sites_line_of_facts_gives_the_documents_number_gi_art_20() {
    let text = "索引号：11530102MB16761226/2025-00341\n发布机构：某市住房和城乡建设局\n\
                成文日期：2025年1月20日\n文　　号：某住建规〔2025〕1号\n\
                政策名称：某市保障性租赁住房分配管理办法\n\n某市保障性租赁住房分配管理办法\n\
                第一条　为规范本市保障性租赁住房分配管理，制定本办法。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationPolicy);
    assert_eq!(
        r.record.content.get("documentNumber").map(String::as_str),
        Some("某住建规〔2025〕1号")
    );
    assert_eq!(
        r.record.content.get("policyName").map(String::as_str),
        Some("某市保障性租赁住房分配管理办法")
    );
    let e = r
        .evidence
        .iter()
        .find(|e| e.path == "/content/documentNumber")
        .unwrap();
    assert_eq!(e.span.of(text), Some("某住建规〔2025〕1号"));
}

/// A call for prequalification closes applications, not bids: its deadline is the application
/// deadline 招标投标法实施条例 Art 17 counts to (five days at least after the documents' last
/// day), and no bid deadline is read from it.
#[test]
fn a_prequalifications_deadline_closes_applications_regulation_17() {
    let text = "某中学新校区建设项目施工资格预审公告\n1.招标条件\n项目已具备招标条件，现进行公开招标。\n\
                4.资格预审文件的获取\n请申请人于2025年7月1日至2025年7月7日下载资格预审文件。\n\
                5.资格预审申请文件的递交\n递交资格预审申请文件截止时间为2025年7月10日10时00分。\n\
                某市教育局\n2025年6月30日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let events = &r.record.events;
    assert_eq!(events.bid_deadline, None);
    assert_eq!(
        events.application_deadline.map(|d| d.to_string()),
        Some("2025-07-10 10:00".to_owned())
    );
}

/// A suspension's or an end's action (招拍挂规定 and 32号令's 中止/终止 notices) is the clause
/// that decides, from its 决定 or from the act, besides the paragraph that holds it.
#[test]
fn the_action_is_the_clause_that_decides() {
    let text = "关于终止LY2025-14号宗地拍卖出让的公告\n\
                某市自然资源局于2025年6月3日发布的《某市国有建设用地使用权拍卖出让公告》中LY2025-14号宗地，\
                经研究，决定终止该宗地的拍卖出让活动。\n某市自然资源局\n2025年6月23日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let actions = values_of(&r.elements, "action", text);
    assert!(
        actions.contains(&"决定终止该宗地的拍卖出让活动"),
        "{actions:?}"
    );
    assert!(actions.contains(&"终止该宗地的拍卖出让活动"), "{actions:?}");
}

/// A policy issued by a covering notice (`关于印发《…办法》的通知` over its 文号) is named by the
/// title's 《》 and numbered by the 文号 under it.
#[test]
fn a_policy_issued_by_a_notice_is_named_by_its_title() {
    let text = "关于印发《某区公共租赁住房准入管理办法》的通知\n某建发〔2025〕14号\n\
                各街道办事处：\n现将《某区公共租赁住房准入管理办法》印发给你们，请遵照执行。\n\
                第三条 申请公共租赁住房的家庭应当同时符合下列条件：（一）在本区稳定就业。\n\
                某区住房和城乡建设委员会\n2025年3月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationPolicy);
    let c = &r.record.content;
    assert_eq!(
        c.get("policyName").map(String::as_str),
        Some("某区公共租赁住房准入管理办法")
    );
    assert_eq!(
        c.get("documentNumber").map(String::as_str),
        Some("某建发〔2025〕14号")
    );
    // Without its 《》, the words between 印发 and 的通知 name it all the same.
    let text = "关于印发某市保障性租赁住房管理办法的通知
某住建发〔2025〕3号
各有关单位：
                现将某市保障性租赁住房管理办法印发给你们，请遵照执行。
某市住房和城乡建设局
2025年3月1日
";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("policyName").map(String::as_str),
        Some("某市保障性租赁住房管理办法")
    );
}

/// An enterprise's profile as a table of labels and values reads as pairs even where most of
/// its labels give no element of their own (成立日期, 注册资本, 经营范围).
#[test]
fn a_profile_table_reads_as_labels_and_values() {
    let text = "某公司40%股权转让公告\n二、标的企业基本情况\n标的企业名称\t某供应链管理有限公司\n\
                统一社会信用代码\t91120116MA05R8TN3W\n成立日期\t2012年3月15日\n注册资本\t5000万元\n\
                经营范围\t供应链管理服务。\n某产权交易中心\n2025年7月7日\n";
    let found = elements(text, Some(crate::ItemKind::PropertyTransactionProject));
    let target = values_of(&found, "targetEnterprise", text);
    assert_eq!(target, ["某供应链管理有限公司"]);
}

/// A complaint decision written as a paragraph (政府采购质疑和投诉办法 Art 29; 工程建设项目招标
/// 投标活动投诉处理办法 Art 20): its basis is the paragraph and the law it cites, its decision
/// the paragraph and what follows `决定如下：`.
#[test]
fn a_complaint_decision_in_a_paragraph_gives_its_basis_and_decision() {
    let text = "某市财政局政府采购投诉处理决定书\n投诉人：某科技有限公司\n被投诉人：某市档案馆\n\
                本机关认为，投诉事项缺乏事实依据。\n\
                综上，根据《政府采购质疑和投诉办法》（财政部令第94号）第二十九条第（二）项的规定，本机关决定如下：\n\
                投诉事项缺乏事实依据，驳回投诉。\n某市财政局\n2025年6月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let values = |key: &str| values_of(&r.elements, key, text);
    assert!(
        values("basis")
            .contains(&"《政府采购质疑和投诉办法》（财政部令第94号）第二十九条第（二）项")
    );
    assert!(values("decision").contains(&"投诉事项缺乏事实依据，驳回投诉。"));
}

/// A decision's 双公示 record laid out as one row under its columns (…处罚决定日期, 处罚机关)
/// is complete as the labelled layout is (行政处罚法 Art 59's contents it lacks are absent).
#[test]
fn a_double_publicity_row_is_complete_to_its_authority_art_59() {
    let text = "行政处罚信息公示\n行政处罚决定书文号\t行政相对人名称\t违法事实\t处罚依据\t处罚内容\t处罚决定日期\t处罚机关\n\
                某罚〔2025〕31号\t某仓储有限公司\t当事人未按规定开发即转让工业用地使用权。\t《城市房地产管理法》第六十六条\t罚款人民币120万元\t2025年9月20日\t某市规划和自然资源局\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(r.complete);
    assert_eq!(r.record.item, crate::ItemKind::LandPenaltyDecision);
    assert!(r.absent.iter().any(|k| k == "remedies"), "{:?}", r.absent);
}

/// A phone copy's marks before its headings (`▍一、项目基本情况`) leave the headings numbered.
#[test]
fn headings_after_a_copys_marks_are_headings() {
    let hs =
        headings("▍一、项目基本情况\n项目编号：NX-1\n▍二、申请人的资格要求\n满足第二十二条。\n");
    let numbered: Vec<_> = hs
        .iter()
        .filter(|h| h.numbering == Numbering::Chinese)
        .map(|h| h.number)
        .collect();
    assert_eq!(numbered, [Some(1), Some(2)]);
}

/// A marked line of a few words (`▍排序规则`) heads the lines under it, as `【排序规则】` does.
#[test]
fn a_marked_line_heads_what_follows() {
    let hs = headings(
        "▍排序规则\n按住房困难程度综合评分，得分高者在前。\n▍轮候排序名单\n第1位 王*飞 86分\n",
    );
    let labels: Vec<_> = hs
        .iter()
        .filter(|h| h.numbering == Numbering::Bracket)
        .map(|h| h.label)
        .collect();
    assert_eq!(labels.len(), 2);
}

/// The facts of a decision (行政处罚法 Art 59 ¶1 (二)) whose evidence is the party's statement
/// (`…当事人的陈述等证据证明`) are the facts, not the paragraph on the party's hearing.
#[test]
fn facts_proven_by_the_partys_statement_are_the_facts_art_59() {
    let text = "某市财政局\n行政处罚决定书\n某财罚〔2025〕4号\n当事人：某信息工程有限公司\n\
                经查，当事人在某项目投标文件中提供的证书系伪造。上述事实有投标文件、当事人的陈述等证据证明。\n\
                依据《中华人民共和国政府采购法》第七十七条第一款的规定，本局决定：对当事人处以罚款人民币3200元。\n\
                某市财政局\n2025年5月15日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        r.record
            .content
            .get("violationFacts")
            .is_some_and(|v| v.starts_with("经查，当事人")),
        "{:?}",
        r.record.content
    );
}

/// A review's result in a paragraph (公共租赁住房管理办法 Art 9's 公示): the paragraph is the
/// result, and the households it names, or the list under it, are the applicants.
#[test]
fn a_review_in_a_paragraph_gives_its_result_and_its_households() {
    let source = NoticeSource::default();
    let text = "关于2025年第二批公共租赁住房申请对象初审情况的公示\n\
                经社区受理、街道初审，黄*明、韦*兰、覃*共3户家庭符合本市公共租赁住房保障条件，审核结果为初审通过。\n\
                公示期：2025年9月15日至9月19日。\n某街道办事处\n2025年9月15日\n";
    let r = read(text, &source).expect("a notice");
    let c = &r.record.content;
    assert!(
        c.get("reviewResult")
            .is_some_and(|v| v.starts_with("经社区受理"))
    );
    assert_eq!(c.get("applicantList"), c.get("reviewResult"));
    let text = "某市住房保障中心关于取消部分家庭公共租赁住房保障资格的公示\n\
                经2025年资格年审，下列承租家庭不再符合公共租赁住房保障条件，拟取消其保障资格：\n\
                1.覃*勇，家庭人均收入超过规定标准；\n2.莫*，已在本市购买住房。\n\
                公示期：2025年11月3日至2025年11月7日。\n某市住房保障中心\n2025年11月3日\n";
    let r = read(text, &source).expect("a notice");
    assert_eq!(
        r.record.content.get("applicantList").map(String::as_str),
        Some("1.覃*勇，家庭人均收入超过规定标准；\n2.莫*，已在本市购买住房。")
    );
}

/// An auction's one time (`拍卖时间和地点：…6月3日上午9时30分`) is when the activity starts,
/// to which 招标拍卖挂牌出让国有建设用地使用权规定 (its 20 days, V-2nd: article not seen; rule
/// LD-39-ANN) and the mining rules (MR-ANN, R) count the notice's
/// days.
#[test]
fn an_auctions_time_starts_the_activity_ld_39_ann() {
    let text = "某县国有建设用地使用权拍卖出让公告\n经某县人民政府批准，某县自然资源局决定以拍卖方式出让1宗地块。\n\
                六、拍卖时间和地点：2025年6月3日上午9时30分，某县公共资源交易中心拍卖厅\n\
                某县自然资源局\n2025年5月13日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.events.activity_start_on.map(|d| d.to_string()),
        Some("2025-06-03 09:30".to_owned())
    );
}

/// A decision's basis and penalty under one label (`处罚依据及内容：依据《…》…，本局决定：…`)
/// give both elements of 行政处罚法 Art 59 ¶1 (三)–(四).
#[test]
fn one_label_for_the_basis_and_the_penalty_gives_both_art_59() {
    let text = "某市自然资源局\n行政处罚决定书\n当事人：某矿业有限公司\n违法事实：当事人越界开采。\n\
                处罚依据及内容：依据《中华人民共和国矿产资源法实施细则》第四十二条第（二）项的规定，本局决定：责令退回本矿区范围内开采。\n\
                某市自然资源局\n2025年8月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    let v = "依据《中华人民共和国矿产资源法实施细则》第四十二条第（二）项的规定，本局决定：责令退回本矿区范围内开采。";
    assert_eq!(c.get("penaltyBasis").map(String::as_str), Some(v));
    assert_eq!(c.get("penalty").map(String::as_str), Some(v));
}

/// A call for tenders' 招标条件 (the 标准施工招标文件's first section) is its project's nature as
/// well as the 招标范围: writers quote either (招标投标法 Art 16's 招标项目的性质).
#[test]
fn a_tenders_conditions_are_its_nature_too_law_16() {
    let text = "某中学教学楼工程施工招标公告\n1.招标条件\n本招标项目某中学教学楼工程已由某局批准建设，项目已具备招标条件，现对该项目的施工进行公开招标。\n\
                2.项目概况与招标范围\n2.1 招标范围：施工图范围内的土建工程\n某中学\n2025年4月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let values = values_of(&r.elements, "projectNature", text);
    assert!(values.contains(&"施工图范围内的土建工程"), "{values:?}");
    assert!(
        values.iter().any(|v| v.starts_with("本招标项目")),
        "{values:?}"
    );
}

/// A credit portal's page of a decision (`行政处罚信息` under `更新时间：…`) is a penalty
/// decision; the time it was updated is a date the page states, not its publication.
#[test]
fn a_credit_portals_update_time_is_a_date_not_the_publication() {
    let text = "信用某市 > 双公示 > 行政处罚 > 详情\n更新时间：2025-04-02\n\n行政处罚信息\n\
                行政处罚决定书文号：某建罚〔2025〕112号\n行政相对人名称：某建设有限公司\n\
                违法事实：当事人在某工程施工招标中串通投标。\n处罚决定日期：2025-03-27\n处罚机关：某市住房和建设委员会\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::BiddingPenaltyDecision);
    assert!(
        r.dates
            .iter()
            .any(|d| d.span.of(text) == Some("2025-04-02"))
    );
    assert_eq!(r.record.published_on, None);
}

/// A suspension's title names its act (`…中止公告`): the action in a word, beside the sentence
/// that decides it; and the closing formula (`特此公告。`) is no part of the last section.
#[test]
fn a_suspensions_title_names_its_action_and_the_closing_formula_ends_it() {
    let text = "某市CP2025-04号地块国有建设用地使用权挂牌出让中止公告\n【中止原因】因规划条件调整。\n\
                【联系方式】\n联系人：邹先生 联系电话：0737-1234567\n特此公告。\n某市自然资源局\n2025年6月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let values = |key: &str| values_of(&r.elements, key, text);
    assert!(values("action").contains(&"中止"), "{:?}", values("action"));
    let contacts = values("contact");
    assert!(
        contacts.contains(&"联系人：邹先生 联系电话：0737-1234567"),
        "{contacts:?}"
    );
    assert!(contacts.iter().all(|v| !v.contains("特此")), "{contacts:?}");
}

/// Numbered headings run on one line apart by ideographic spaces (`一、项目编号：…　　二、项目名称：…`)
/// are two headings, each with its value.
#[test]
fn numbered_headings_run_on_one_line_are_each_read() {
    let text = "一、项目编号：310115125250411128402-15280931　　二、项目名称：某街道社区综合养老服务项目\n";
    let found = elements(text, Some(crate::ItemKind::ProcurementResult));
    let v = |key: &str| values_of(&found, key, text).first().copied();
    assert_eq!(v("projectNumber"), Some("310115125250411128402-15280931"));
    assert_eq!(v("projectName"), Some("某街道社区综合养老服务项目"));
}

/// A page's summary box of one row pairing labels with values (`转让底价⇥2680万元⇥信息披露期⇥…`)
/// gives each element; a single row of anything else gives none and does not fail.
#[test]
fn a_one_row_summary_box_pairs_labels_with_values() {
    let text = "某科技有限公司35%股权\n转让底价\t2680.000000万元\t信息披露期\t2025年9月1日至2025年9月30日\n";
    let found = elements(text, Some(crate::ItemKind::PropertyTransactionProject));
    let v = |key: &str| values_of(&found, key, text).first().copied();
    assert_eq!(v("reservePrice"), Some("2680.000000万元"));
    assert_eq!(v("disclosurePeriod"), Some("2025年9月1日至2025年9月30日"));
    let text = "甲\t乙\t丙\t丁\n";
    assert!(elements(text, None).is_empty());
}

/// A policy published as itself is named by its title, and a red-headed document's 文号 above
/// its title (`某市住房局文件` over `某住规〔2025〕3号`) is its number.
#[test]
fn a_red_headed_policy_is_named_and_numbered() {
    let text = "某市住房局文件\n\n某住规〔2025〕3号\n\n某市住房局关于调整公共租赁住房保障准入条件的通知\n\
                各区住房保障部门：\n一、申请家庭人均月收入低于本市最低工资标准的2倍。\n某市住房局\n2025年3月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationPolicy);
    let c = &r.record.content;
    assert_eq!(
        c.get("policyName").map(String::as_str),
        Some("某市住房局关于调整公共租赁住房保障准入条件的通知")
    );
    assert_eq!(
        c.get("documentNumber").map(String::as_str),
        Some("某住规〔2025〕3号")
    );
}

/// A housing plan written as paragraphs without headings (建保〔2011〕64号's 规划建设方案) gives
/// its period and its targets from the paragraphs that say them.
#[test]
fn a_housing_plan_in_paragraphs_gives_its_period_and_targets() {
    let text = "某县保障性租赁住房发展规划（2022—2025年）\n\
                为解决新市民、青年人住房困难，制定本规划。\n\
                本规划期限为2022年至2025年，以2021年为基期。\n\
                规划期内，全县计划新增保障性租赁住房4500套（间），其中新建1600套（间）。\n\
                某县住房和城乡建设局\n2022年3月4日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingConstructionPlan);
    let c = &r.record.content;
    assert_eq!(
        c.get("planPeriod").map(String::as_str),
        Some("本规划期限为2022年至2025年，以2021年为基期。")
    );
    assert!(c.get("targets").is_some_and(|v| v.starts_with("规划期内")));
}

/// A chapter's articles are under it (`第二章 准入条件` over `第三条 …`): the chapter heading
/// gives its element their text, not an empty one.
#[test]
fn a_chapters_articles_are_its_text() {
    let text = "某区公共租赁住房准入管理办法\n第一章 总则\n第一条 为规范准入，制定本办法。\n\
                第二章 准入条件\n第三条 申请家庭应当同时符合下列条件：（一）在本区稳定就业。\n\
                第三章 附则\n第四条 本办法自发布之日起施行。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("eligibilityCriteria")
            .map(String::as_str),
        Some("第三条 申请家庭应当同时符合下列条件：（一）在本区稳定就业。")
    );
}

/// A contact label whose value names each party with labels of its own, parted by semicolons
/// (`联系方式：招标人：…，电话：…；招标代理机构：…`), gives the whole line: the agency's contact is
/// the notice's as much as the tenderer's, as 发改委令2017年第10号 Art 5 (五) has a tender notice
/// name both.
#[test]
fn a_contact_of_two_parties_parted_by_a_semicolon_is_one_contact() {
    let text = "某镇污水治理工程施工招标异常公告\n项目名称：某镇污水治理工程施工\n\
                异常情况：递交投标文件的投标人不足3家，本次招标失败。\n\
                联系方式：招标人：某镇人民政府，联系人：鲁先生，电话：0539-8511026；\
                招标代理机构：某咨询有限公司，联系人：颜工，电话：0539-7106382。\n\
                某镇人民政府\n2025年9月16日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("contact").map(String::as_str),
        Some(
            "招标人：某镇人民政府，联系人：鲁先生，电话：0539-8511026；\
             招标代理机构：某咨询有限公司，联系人：颜工，电话：0539-7106382。"
        )
    );
}

/// `联系方式：` alone on its line heads the contact lines under it, and a line naming the
/// notice's attachments (`附件：…pdf`) below the last section is no part of it (财办库〔2020〕50号
/// 终止公告's closing section).
#[test]
fn a_contact_heading_gives_the_lines_under_it_and_not_the_attachments() {
    let source = NoticeSource::default();
    let text = "某局车辆租赁服务项目竞争性谈判终止公告\n现决定终止本项目采购活动。\n\n\
                联系方式：\n采购人联系人：覃老师，0771-5832146\n代理机构联系人：韦工，0771-5516072\n\n\
                某项目管理有限公司\n2025年3月17日\n";
    let r = read(text, &source).expect("a notice");
    assert_eq!(
        r.record.content.get("contact").map(String::as_str),
        Some("采购人联系人：覃老师，0771-5832146\n代理机构联系人：韦工，0771-5516072")
    );
    let text = "某局车辆租赁服务项目竞争性谈判终止公告\n一、项目基本情况\n采购项目编号：XY-2025-1\n\
                二、项目终止的原因\n需求变更。\n三、凡对本次公告内容提出询问，请按以下方式联系。\n\
                项目联系人：鲁工\n电话：0710-3051286\n\n附件：终止说明.pdf\n\n\
                某工程咨询有限公司\n2025年12月3日\n";
    let r = read(text, &source).expect("a notice");
    assert_eq!(
        r.record.content.get("contact").map(String::as_str),
        Some("项目联系人：鲁工\n电话：0710-3051286")
    );
}

/// A termination's sections run on after their numbered headings on one line
/// (`三、费用及保证金退还：本项目…`) are what follows the heading, as a reader quotes them.
#[test]
fn a_section_run_on_after_its_heading_is_the_text_after_it() {
    let text = "某县农贸市场改造提升工程施工招标终止公告\n\
                一、项目基本情况：项目名称：某县农贸市场改造提升工程施工；招标编号：LX-2025-003\n\
                二、终止原因：因项目建设方案调整，需重新履行审批程序，终止本次招标。\n\
                三、费用及保证金退还：本项目招标文件免费下载，已缴纳投标保证金的潜在投标人，\
                其保证金将于2025年3月10日前原路退还。\n\
                某县公共资源交易中心\n2025年2月28日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert_eq!(
        c.get("originalNotice").map(String::as_str),
        Some("项目名称：某县农贸市场改造提升工程施工；招标编号：LX-2025-003")
    );
    assert!(
        c.get("refunds")
            .is_some_and(|v| v.starts_with("本项目招标文件免费下载")),
        "{c:?}"
    );
}

/// A review's sections (公共租赁住房管理办法 Art 9's 公示 of the applicants reviewed) under the
/// headings portals give them: `复核结果` is the review's result, a `…家庭名单` the applicants.
#[test]
fn a_housing_reviews_result_and_households_under_their_headings_art_9() {
    let text = "某区公共租赁住房申请家庭复核结果公告\n一、复核结果\n经复核，本批申请家庭共2户，\
                符合保障条件2户。\n二、符合保障条件家庭名单\n序号\t申请人\t家庭人口\n1\t张*明\t3\n\
                2\t李*芳\t2\n三、异议处理\n对公示内容有异议的，请于公示期内向区住房保障办公室反映。\n\
                某区住房保障办公室\n2025年10月13日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::HousingAllocationApplicants);
    let c = &r.record.content;
    assert_eq!(
        c.get("reviewResult").map(String::as_str),
        Some("经复核，本批申请家庭共2户，符合保障条件2户。")
    );
    assert!(
        c.get("applicantList").is_some_and(|v| v.contains("张*明")),
        "{c:?}"
    );
    // Only the publicity's period, which it does not give, is absent.
    assert_eq!(r.absent, ["publicityPeriod"]);
}

/// A decision's number (an optional element: 行政处罚法 Art 59 does not ask for it) stands in
/// brackets at the title's end, or on its own line under a red header that is a few lines
/// below a copy's title.
#[test]
fn a_decisions_number_in_the_titles_brackets_or_under_its_red_header() {
    let source = NoticeSource::default();
    let number = |text: &str| {
        let r = read(text, &source).expect("a notice");
        r.record.content.get("decisionNumber").cloned()
    };
    let text = "行政处罚决定书（某住建罚〔2025〕38号）\n当事人：张某\n\
                经查，当事人将承租的公共租赁住房转租，违反了《公共租赁住房管理办法》第二十七条。\n\
                某市住房和城乡建设局\n2025年10月11日\n";
    assert_eq!(number(text).as_deref(), Some("某住建罚〔2025〕38号"));
    let text = "【执法公开】某县自然资源局行政处罚决定书\n\n▼\n某县自然资源局\n行政处罚决定书\n\
                某自然资罚〔2025〕23号\n\n当事人：杨某\n经查，当事人未经批准占用耕地建房，违反了《中华人民共和国土地管理法》第四十四条。\n\
                某县自然资源局\n2025年7月21日\n";
    assert_eq!(number(text).as_deref(), Some("某自然资罚〔2025〕23号"));
}

/// The national land market's result page (中国土地市场网's 供地结果, the result 招拍挂规定 has
/// published, its article not seen): titled by its project, its type only in a breadcrumb the
/// page's chrome holds; its grid's 电子监管号 and 供地方式 tell it, and a price under a label
/// that gives its unit (`成交价格(万元)：| 1158.6`) is an amount.
#[test]
fn the_land_markets_result_grid_is_a_supply_result_with_its_price() {
    let html = "<html><head><title>中国土地市场网</title></head><body>\
                <div class=\"nav\">首页 &gt; 供地结果</div>\
                <h3>某新材料有限公司年产2万吨涂层材料项目</h3>\
                <table border=1><tr><td>行政区：</td><td colspan=3>某县</td></tr>\
                <tr><td>电子监管号：</td><td colspan=3>3418232025B00214</td></tr>\
                <tr><td>土地用途：</td><td>工业用地</td><td>供地方式：</td><td>挂牌出让</td></tr>\
                <tr><td>土地级别：</td><td>三级</td><td>成交价格(万元)：</td><td>1158.6</td></tr>\
                </table></body></html>";
    let r = read(html, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::LandSupplyResult);
    let amounts: Vec<String> = r
        .amounts
        .iter()
        .map(|a| a.value.value.to_string())
        .collect();
    assert_eq!(amounts, ["11586000"]);
}

/// An aggregator's copy cut short: a section that trails off in dots on a line of their own
/// states what is above them; the line that says the rest needs a login is the site's, not the
/// section's; a value masked until one logs in states nothing (it is not stated, not absent).
#[test]
fn a_copy_cut_short_states_what_is_above_its_dots() {
    let source = NoticeSource::default();
    let text = "某县政府采购合同公告\n一、合同编号：HT-2025-01\n\
                二、合同金额：******（查看完整信息请登录或注册会员）\n";
    let r = read(text, &source).expect("a notice");
    assert!(!r.complete);
    assert!(
        r.not_stated.iter().any(|k| k == "contractAmount"),
        "{:?}",
        r.not_stated
    );
    let text = "某县水质检测服务项目公开招标公告\n一、项目基本情况\n项目编号：XJ-2025-7\n\
                二、申请人的资格要求：\n1.满足《中华人民共和国政府采购法》第二十二条规定；\n\
                2.本项目的特定资格要求：无。\n……\n【以上为公告部分内容，查看完整公告请登录会员账号】\n";
    let r = read(text, &source).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("supplierQualifications")
            .map(String::as_str),
        Some("1.满足《中华人民共和国政府采购法》第二十二条规定；\n2.本项目的特定资格要求：无。")
    );
}

/// A capital increase's enterprise (32号令 Art 39 (一): 企业的基本情况) under its section: the
/// section is its profile, the name under it the target enterprise.
#[test]
fn an_enterprises_section_gives_its_profile_and_its_name_art_39() {
    let text = "某冷链科技有限公司增资扩股信息披露公告\n一、增资企业基本情况\n\
                企业名称：某冷链科技有限公司\n住所：某市某区某路8号\n注册资本：人民币5000万元\n\
                二、增资方案\n拟募集资金不低于人民币8000万元。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert_eq!(
        c.get("targetEnterprise").map(String::as_str),
        Some("某冷链科技有限公司")
    );
    assert!(
        c.get("enterpriseProfile")
            .is_some_and(|v| v.starts_with("企业名称：某冷链科技有限公司")),
        "{c:?}"
    );
}

/// A value that only points at an attachment (`拐点坐标及面积详见附件1`) is not stated; one that
/// states something and points for the rest (`6.2平方千米，拐点坐标详见附件1`) is the value.
#[test]
fn a_pointer_to_an_attachment_states_nothing_but_what_is_before_it() {
    let source = NoticeSource::default();
    let area = |v: &str| {
        let text = format!(
            "某省某金矿普查探矿权挂牌出让公告\n一、探矿权基本情况\n勘查矿种：金\n勘查面积：{v}\n\
             出让起始价：人民币186万元\n某省自然资源厅\n2025年11月3日\n"
        );
        let r = read(&text, &source).expect("a notice");
        (
            r.record.content.get("area").cloned(),
            r.not_stated.iter().any(|k| k == "area"),
        )
    };
    assert_eq!(area("拐点坐标及面积详见附件1"), (None, true));
    assert_eq!(
        area("6.2135平方千米，拐点坐标详见附件1"),
        (Some("6.2135平方千米，拐点坐标详见附件1".to_owned()), false)
    );
}

/// A copy's byline above the title (a WeChat post's `原创 某局 2025年09月16日 17:42 湖南`) states
/// when the copy was posted: a date the page states, not the day the notice was published.
#[test]
fn a_copys_byline_is_a_date_it_states_not_its_publication() {
    let text = "某市财政\n原创 某市财政局 某市财政 2025年09月16日 17:42 湖南\n\n\
                行政处罚决定书（某财罚字〔2025〕第4号）\n当事人：某科技有限公司\n\
                经查，当事人在政府采购活动中提供虚假材料，违反了《中华人民共和国政府采购法》第七十七条。\n\
                某市财政局\n2025年9月12日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let dates: Vec<String> = r.dates.iter().map(|d| d.value.to_string()).collect();
    assert_eq!(dates.first().map(String::as_str), Some("2025-09-16 17:42"));
    assert_ne!(
        r.record.published_on.map(|d| d.to_string()).as_deref(),
        Some("2025-09-16 17:42")
    );
}

/// A decision's sections under the headings portals give them (行政处罚法 Art 59 ¶1): one
/// heading for the basis and the penalty (`行政处罚的依据和内容`) gives both, and a decision
/// that calls itself a 处理 lists what it decides numbered anew under its heading
/// (`三、处理决定` over `一、…；二、…`), which are its items, not sections after it.
#[test]
fn a_decisions_sections_under_their_portals_headings_art_59() {
    let source = NoticeSource::default();
    let text = "某市住房和城乡建设局行政处罚决定书\n当事人：某建筑工程有限公司\n\
                一、违法事实和证据\n你公司借用他人资质投标，违反了《中华人民共和国招标投标法》第三十三条。\n\
                二、行政处罚的依据和内容\n依据《中华人民共和国招标投标法》第五十四条的规定，本局决定：中标无效。\n\
                三、履行方式和期限\n自收到本决定书之日起15日内缴纳。\n\
                某市住房和城乡建设局\n2025年6月18日\n";
    let r = read(text, &source).expect("a notice");
    let c = &r.record.content;
    let decided = "依据《中华人民共和国招标投标法》第五十四条的规定，本局决定：中标无效。";
    assert_eq!(c.get("penaltyBasis").map(String::as_str), Some(decided));
    assert_eq!(c.get("penalty").map(String::as_str), Some(decided));
    let text = "某市自然资源和规划局\n关于取消竞得资格并列入土地市场失信名单的公告\n\
                当事人：某置业有限公司\n一、基本事实\n该公司竞得某号宗地后未按期签订出让合同。\n\
                二、处理依据\n《某市国有建设用地使用权网上挂牌出让规则》第三十二条。\n三、处理决定\n\
                一、取消该公司对某号宗地的竞得资格，竞买保证金不予退还；二、将该公司列入失信名单。\n\n\
                特此公告。\n某市自然资源和规划局\n2025年7月8日\n";
    let r = read(text, &source).expect("a notice");
    let c = &r.record.content;
    assert_eq!(
        c.get("penalty").map(String::as_str),
        Some("一、取消该公司对某号宗地的竞得资格，竞买保证金不予退还；二、将该公司列入失信名单。")
    );
    assert!(c.get("violationFacts").is_some() && c.get("penaltyBasis").is_some());
}

/// A candidates' publicity whose period section (招标投标法实施条例 Art 54's 公示期) gives the
/// range on its first line, then how to object and whom to call: the period is the range, the
/// objection the sentence after it.
#[test]
fn a_period_section_is_its_range_and_the_objection_follows_art_54() {
    let text = "某学校教学楼工程施工中标候选人公示\n一、中标候选人\n第一中标候选人：某建设有限公司\n\
                二、公示期\n2025年6月11日至2025年6月14日\n\
                投标人或者其他利害关系人对评标结果有异议的，应当在中标候选人公示期间以书面形式向招标人提出。\n\
                招标人：某区教育局　　联系电话：0751-8878150\n2025年6月10日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert_eq!(
        c.get("publicityPeriod").map(String::as_str),
        Some("2025年6月11日至2025年6月14日")
    );
    assert!(
        c.get("objectionChannel")
            .is_some_and(|v| v.starts_with("投标人或者其他利害关系人对评标结果有异议的")),
        "{c:?}"
    );
}

/// The applicants a review names (公共租赁住房管理办法 Art 9's 公示) as a table no heading
/// names, under the paragraph that announces it: the table is the list, and with a column of
/// each household's review (`初审意见`) the review's result too.
#[test]
fn an_unheaded_table_of_households_is_the_list_art_9() {
    let text = "关于2025年度第三批公共租赁住房申请家庭初审结果的公示\n\
                根据《某市公共租赁住房管理办法》，现将初审通过家庭名单公示如下：\n\
                序号\t申请人\t身份证号\t家庭人口\t初审意见\n1\t王*辉\t1301**********2518\t3\t同意上报\n\
                2\t李*芳\t1301**********0026\t1\t同意上报\n\
                公示期间如有异议，请向某街道办事处实名反映。\n某街道办事处\n2025年8月5日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let table = "序号\t申请人\t身份证号\t家庭人口\t初审意见\n1\t王*辉\t1301**********2518\t3\t同意上报\n\
                 2\t李*芳\t1301**********0026\t1\t同意上报";
    assert!(values_of(&r.elements, "applicantList", text).contains(&table));
    assert!(values_of(&r.elements, "reviewResult", text).contains(&table));
    assert_eq!(r.absent, ["publicityPeriod"]);
}

/// A result's table of one winner (财办库〔2020〕50号's `二、中标（成交）信息`, 政府采购法实施
/// 条例 Art 43: the winner's name, address and amount): each cell is its element in the record,
/// and each element the table holds is also the table as shown and its row, as a reader quotes
/// a table that holds several elements; the winner is the name's cell, not the row.
#[test]
fn a_result_table_of_one_row_is_each_element_whole_too_regulation_art_43() {
    let text = "某县中学食堂设备采购项目中标（成交）结果公告\n一、项目编号：MX2025-017\n\
                二、项目名称：某县中学食堂设备采购项目\n三、中标（成交）信息\n\
                序号\t中标（成交）金额（元）\t中标供应商名称\t中标供应商地址\n\
                1\t368,500.00\t某厨具设备有限公司\t某市工业路8号\n\
                四、主要标的信息\n名称：食堂设备\n\
                五、评审专家名单：张某、李某、王某\n六、代理服务收费标准及金额：无\n\
                七、公告期限\n自本公告发布之日起1个工作日。\n\
                八、凡对本次公告内容提出询问，请按以下方式联系。\n采购人：某县中学\n\
                某县中学\n2025年6月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let table = "序号\t中标（成交）金额（元）\t中标供应商名称\t中标供应商地址\n\
                 1\t368,500.00\t某厨具设备有限公司\t某市工业路8号";
    let row = "1\t368,500.00\t某厨具设备有限公司\t某市工业路8号";
    for (key, cell) in [
        ("winnerName", "某厨具设备有限公司"),
        ("winnerAddress", "某市工业路8号"),
        ("awardAmount", "368,500.00"),
    ] {
        let values = values_of(&r.elements, key, text);
        assert_eq!(values.first(), Some(&cell), "{key}");
        assert!(
            values.contains(&table) && values.contains(&row),
            "{key}: {values:?}"
        );
        assert_eq!(r.record.content.get(key).map(String::as_str), Some(cell));
    }
    let names: Vec<&str> = r.record.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["某厨具设备有限公司"]);
}

/// A tender's 招标条件 (标准施工招标文件) is the project's nature: it names the tenderer but not
/// the address 发改委令2017年第10号 Art 5 (五) asks for, so in a copy cut short before the
/// contacts the tenderer's name and address are not stated; nor is a sentence broken off before
/// what it was to say (`截止时间为` then the dots).
#[test]
fn a_tenders_conditions_are_its_nature_not_its_tenderer_art_5() {
    let text = "某安置小区电梯采购及安装工程招标公告\n1.招标条件\n本招标项目某安置小区已由某区发展和改革委员会\
                批准建设，建设资金来自区级财政资金，招标人为某区城市建设投资有限公司。\n\
                2.项目概况与招标范围\n电梯采购及安装，共48台。\n5.投标文件的递交\n5.1 投标文件递交的截止时间为\n\n\
                …………\n【温馨提示】以下内容仅对VIP会员开放，请登录后查看完整公告。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        r.record
            .content
            .get("projectNature")
            .is_some_and(|v| v.starts_with("本招标项目")),
        "{:?}",
        r.record.content
    );
    for k in ["tendererNameAndAddress", "submissionDeadlineAndMethod"] {
        assert!(
            r.not_stated.iter().any(|n| n == k),
            "{k}: {:?}",
            r.not_stated
        );
    }
}

/// An allocation's result (公共租赁住房管理办法 Art 9's households allotted a home) written as
/// numbered lines, each a household and the home it gets: the lines are the allottees and the
/// homes assigned, each line's name an allottee.
#[test]
fn an_allocations_numbered_households_are_its_allottees_and_homes() {
    let text = "某区公共租赁住房配租结果公示\n经摇号选房，现将配租结果公示如下：\n\
                1.何*平，家庭人口3人，配租锦屏佳苑3栋2单元1204号；\n\
                2.杨*，家庭人口1人，配租锦屏佳苑1栋1单元0708号。\n\
                公示期间如有异议，请向区住房保障中心反映。\n某区住房和城乡建设局\n2025年9月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let lines = "1.何*平，家庭人口3人，配租锦屏佳苑3栋2单元1204号；\n\
                 2.杨*，家庭人口1人，配租锦屏佳苑1栋1单元0708号。";
    let c = &r.record.content;
    assert_eq!(c.get("allotteeList").map(String::as_str), Some(lines));
    assert_eq!(c.get("housingAssigned").map(String::as_str), Some(lines));
    let names: Vec<&str> = r.parties.iter().filter_map(|p| p.name.of(text)).collect();
    assert_eq!(names, ["何*平", "杨*"]);
}

/// A 双公示 list of decisions (行政处罚法 Art 48's publication, one decision a row) states one
/// decision a row: the record's elements are the first row's cells, so what the second row
/// holds (an unmasked ID number) is no element's, and its finding points at the page.
#[test]
fn a_list_of_decisions_gives_its_first_rows_cells_art_48() {
    let text = "某市住房和城乡建设局行政处罚信息公示\n\
                行政相对人名称\t证件号码\t处罚决定书文号\t违法事实\t处罚依据\t处罚内容\t处罚决定日期\t处罚机关\n\
                孙某某\t2102**********5316\t某住建罚〔2025〕12号\t转租公共租赁住房\t《公共租赁住房管理办法》第三十六条\t补缴租金\t2025-03-20\t某市住房和城乡建设局\n\
                马某某\t210202198805074613\t某住建罚〔2025〕15号\t骗取公共租赁住房\t《公共租赁住房管理办法》第三十五条\t退回住房\t2025-03-21\t某市住房和城乡建设局\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert_eq!(
        c.get("authority").map(String::as_str),
        Some("某市住房和城乡建设局")
    );
    assert_eq!(c.get("partyName").map(String::as_str), Some("孙某某"));
    assert_eq!(id_numbers_exposed_at(text, "2025-04-01"), [""]);
}

/// What a page does not show is not stated: a value masked for the public (`因****`, `（略）`), words
/// trailing off where a copy stops (`…，其……`), a pointer to an attachment; and the items of the
/// attachments' list (`2.规划设计条件`) name files, not sections.
#[test]
fn masked_trailing_and_listed_files_are_not_stated() {
    let source = NoticeSource::default();
    let text = "某宗地拍卖出让终止公告\n终止原因：因****\n联系方式：（略）\n\
                【以上为公告部分内容，查看完整公告请登录会员账号】\n";
    let r = read(text, &source).expect("a notice");
    for k in ["reason", "contact"] {
        assert!(
            r.not_stated.iter().any(|n| n == k),
            "{k}: {:?}",
            r.not_stated
        );
    }
    let text = "某县工业用地国有建设用地使用权招标出让公告\n一、出让宗地基本情况\n宗地编号：YB-1\n\
                土地用途：工业用地\n规划条件：详见附件2《规划设计条件》\n出让方式：招标\n\
                附件：1.宗地界址图\n　　　2.规划设计条件\n\n某市自然资源和规划局\n2025年8月25日\n";
    let r = read(text, &source).expect("a notice");
    assert!(!r.record.content.contains_key("planningConditions"));
    assert!(
        r.not_stated.iter().any(|n| n == "planningConditions"),
        "{:?}",
        r.not_stated
    );
}

/// A 双公示 record is whole when it runs to its authority and the decision's date, whatever the
/// portal calls them (`执法单位`, `处罚日期`) and however it lays them out (a `<dl>`'s label over
/// its value): what it lacks of 行政处罚法 Art 59 is then absent, not merely unstated.
#[test]
fn a_records_authority_and_date_make_it_whole_art_59() {
    let html = "<html><body><h3>行政处罚公示</h3><dl>\
                <dt>行政相对人名称：</dt><dd>某置业有限公司</dd>\
                <dt>违法事实：</dt><dd>未缴清出让价款即动工建设</dd>\
                <dt>处罚依据：</dt><dd>《中华人民共和国土地管理法》第七十七条</dd>\
                <dt>处罚内容：</dt><dd>罚款人民币5万元</dd>\
                <dt>处罚决定日期：</dt><dd>2026年07月15日</dd>\
                <dt>处罚机关：</dt><dd>某市自然资源局</dd></dl></body></html>";
    let r = read(html, &NoticeSource::default()).expect("a notice");
    assert!(r.complete);
    assert!(r.absent.iter().any(|k| k == "remedies"), "{:?}", r.absent);
}

/// A transfer's method stated in a sentence (`决定以网上挂牌方式出让`) is named by that sentence's
/// words, and by its phrase whole, beside the title's words: 招标拍卖挂牌出让国有建设用地使用权规定
/// (国土资源部令第39号) Art 2 names the three methods a grant is made by.
#[test]
fn a_transfers_method_in_a_sentence_is_its_words_order_39_art_2() {
    let text = "某市国有建设用地使用权挂牌出让公告\n经某市人民政府批准，某市自然资源和规划局决定以网上挂牌方式出让1宗国有建设用地使用权。\n\
                一、挂牌出让地块的基本情况\n地块编号：2025-07\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let methods = values_of(&r.elements, "transferMethod", text);
    for want in ["挂牌出让", "网上挂牌", "以网上挂牌方式出让"] {
        assert!(methods.contains(&want), "{want}: {methods:?}");
    }
    // A 方式 of anything else (`联系方式`, `以书面方式提出`) names no method.
    let text = "某市国有建设用地使用权挂牌出让公告\n对本公告有异议的，请以书面方式提出。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let methods = values_of(&r.elements, "transferMethod", text);
    assert!(!methods.iter().any(|m| m.contains("书面")), "{methods:?}");
}

/// A contact given after a label naming one of its facts (`联系人：罗先生，电话：…`) is also that
/// line with its label: 发改委令2017年第10号 Art 5 (五) asks for the contact person and the contact
/// information together. A masked number stays the value alone, which is not shown.
#[test]
fn a_contact_persons_line_is_the_contact_with_its_label_order_10_art_5() {
    let text = "某县采矿权挂牌出让中止公告\n因勘查区范围存在争议，现决定中止该采矿权挂牌出让活动。\n\
                联系人：罗先生，电话：0851-85812630\n某县自然资源局\n2025年10月30日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let contacts = values_of(&r.elements, "contact", text);
    assert!(
        contacts.contains(&"罗先生，电话：0851-85812630"),
        "{contacts:?}"
    );
    assert!(
        contacts.contains(&"联系人：罗先生，电话：0851-85812630"),
        "{contacts:?}"
    );
    let text = "某县土地挂牌出让终止公告\n联系电话：****\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let contacts = values_of(&r.elements, "contact", text);
    assert!(
        contacts.iter().all(|c| !c.starts_with("联系电话")),
        "{contacts:?}"
    );
}

/// The apology for the trouble after a notice's last section (`由此给各潜在投标人带来的不便，
/// 敬请谅解。`) and a page's share buttons (`分享到：`) are no part of that section: the contact
/// 发改委令2017年第10号 Art 5 (五) asks for ends above them.
#[test]
fn an_apology_and_share_buttons_end_the_last_section_order_10_art_5() {
    let text = "某中学教学楼改造工程终止公告\n一、终止原因\n因规划调整，本项目终止招标。\n\
                二、联系方式\n招标人：某县教育局 联系人：何女士 电话：0816-2271059\n\
                由此给各潜在投标人带来的不便，敬请谅解。\n分享到：微信 QQ空间\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let contacts = values_of(&r.elements, "contact", text);
    assert!(
        contacts.contains(&"招标人：某县教育局 联系人：何女士 电话：0816-2271059"),
        "{contacts:?}"
    );
    assert!(
        contacts
            .iter()
            .all(|c| !c.contains("谅解") && !c.contains("分享")),
        "{contacts:?}"
    );
}

/// A termination names the tender it ends (招标投标法实施条例 Art 31: 终止招标的，应当及时发布公告)
/// on two label lines in whatever words (`原招标公告名称：…` over `招标编号：…`): the element is
/// both lines, labels included, beside the first line's value.
#[test]
fn the_tender_ended_named_and_numbered_on_two_lines_is_one_element_tiaoli_31() {
    let text = "某县文体中心建设工程施工招标终止公告\n原招标公告名称：某县文体中心建设工程施工招标公告\n\
                原招标项目编号：YXWT-SG-01\n终止原因：规划调整。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let named = values_of(&r.elements, "originalNotice", text);
    assert!(
        named.contains(
            &"原招标公告名称：某县文体中心建设工程施工招标公告\n原招标项目编号：YXWT-SG-01"
        ),
        "{named:?}"
    );
    assert!(
        named.contains(&"某县文体中心建设工程施工招标公告"),
        "{named:?}"
    );
    // A next line that numbers nothing (a reason) is no part of it.
    let text = "某县文体中心建设工程施工招标终止公告\n原招标公告名称：某县文体中心建设工程施工招标公告\n\
                终止原因：规划调整。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let named = values_of(&r.elements, "originalNotice", text);
    assert!(named.iter().all(|n| !n.contains("规划")), "{named:?}");
}

/// The tender or listing ended, named in the sentence that ends it (招标投标法实施条例 Art 31),
/// is quoted as readers quote it: the project and its number in brackets, the sentence that says
/// when it was published, and a notice's title and 文号 from the date it was published on.
#[test]
fn the_notice_ended_named_in_a_sentence_is_quoted_as_readers_do_tiaoli_31() {
    let text = "某县排洪渠治理工程施工招标终止公告\n\
                某县排洪渠治理工程施工（招标编号：HDLD-2025-031）于2025年6月3日在某省公共资源交易网发布招标公告。现招标人决定终止该项目的招标活动。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let named = values_of(&r.elements, "originalNotice", text);
    for want in [
        "某县排洪渠治理工程施工（招标编号：HDLD-2025-031）",
        "某县排洪渠治理工程施工（招标编号：HDLD-2025-031）于2025年6月3日在某省公共资源交易网发布招标公告。",
    ] {
        assert!(named.contains(&want), "{want}: {named:?}");
    }
    let text = "某市国有建设用地使用权拍卖出让终止公告\n\
                我局于2025年4月21日发布的《某市国有建设用地使用权拍卖出让公告》（某资规拍告〔2025〕9号）中ZL-2025-05号地块，因规划调整，决定终止该地块的拍卖出让活动。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let named = values_of(&r.elements, "originalNotice", text);
    for want in [
        "《某市国有建设用地使用权拍卖出让公告》（某资规拍告〔2025〕9号）",
        "2025年4月21日发布的《某市国有建设用地使用权拍卖出让公告》（某资规拍告〔2025〕9号）",
    ] {
        assert!(named.contains(&want), "{want}: {named:?}");
    }
}

/// A 政务公开 page's index table may give two days a document was made (`生成日期` and
/// `成文日期`): both are dates the page states, and the earlier label's is the day formed that
/// 政府信息公开条例 Art 26's twenty working days count from.
#[test]
fn every_formation_date_in_a_pages_index_table_is_read_gi_art_26() {
    let html = "<table><tr><td>索引号</td><td>11220100/2025-00215</td><td>生成日期</td><td>2025-03-28</td></tr>\
                <tr><td>成文日期</td><td>2025-03-26</td></tr></table>\
                <h2>某市住房和城乡建设局关于印发《某市保障性租赁住房管理办法》的通知</h2>\
                <p>现将《某市保障性租赁住房管理办法》印发给你们，请遵照执行。</p>\
                <p>某市住房和城乡建设局</p><p>2025年3月26日</p>";
    let r = read(html, &NoticeSource::default()).expect("a notice");
    let it = r.in_text();
    let stated: Vec<&str> = it
        .dates
        .iter()
        .filter_map(|d| d.span.of(r.text()))
        .collect();
    assert!(stated.contains(&"2025-03-28"), "{stated:?}");
    assert!(stated.contains(&"2025-03-26"), "{stated:?}");
}

/// A WeChat copy's lines below the notice (`来源：…`, `编辑：…`, `往期推荐`) are the copy's, not
/// the last section's: a housing service guide's contact (公共租赁住房管理办法 Art 9: the
/// department that reviews applications) ends above them.
#[test]
fn a_copys_source_and_editor_lines_end_the_last_section_gzf_art_9() {
    let text = "某市公共租赁住房申请办事指南\n【办理流程】\n申请人向社区提交申请，街道初审，住建局复审。\n【咨询电话】\n\
                某市住房保障服务中心 咨询电话：029-87652266\n来源：某市住房和城乡建设局\n编辑：王琪\n往期推荐\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let all: Vec<&str> = r
        .elements
        .iter()
        .filter_map(|e| e.value.and_then(|v| v.of(text)))
        .collect();
    assert!(
        all.iter()
            .all(|v| !v.contains("编辑") && !v.contains("往期")),
        "{all:?}"
    );
}

/// A review's paragraph ending in a colon over numbered households (公共租赁住房管理办法 Art 9:
/// the result of the review is publicised) gives the households as the review's result too, and
/// as its list; a paragraph that only says results follow (`审核情况予以公示：`) is read where no
/// paragraph says what the review found.
#[test]
fn a_reviews_result_is_the_households_it_lists_gzf_art_9() {
    let text = "关于取消部分承租户公共租赁住房承租资格的公告\n\
                经公共租赁住房年度复核，下列承租户已不再符合承租条件，本局决定取消其承租资格：\n\
                1.承租户郑*福，承租房屋：溪南小区2幢301室；\n2.承租户许*娇，承租房屋：溪南小区4幢502室。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let list =
        "1.承租户郑*福，承租房屋：溪南小区2幢301室；\n2.承租户许*娇，承租房屋：溪南小区4幢502室。";
    assert!(values_of(&r.elements, "reviewResult", text).contains(&list));
    assert!(values_of(&r.elements, "applicantList", text).contains(&list));
    let text = "某区租赁补贴审核结果公示\n\
                经社区受理、街道初审、区住建局审核，下列家庭的租赁补贴申请审核情况予以公示：\n\
                1. 谢*丽，家庭人口2人\n2. 蒋*，家庭人口1人\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let list = "1. 谢*丽，家庭人口2人\n2. 蒋*，家庭人口1人";
    assert!(values_of(&r.elements, "applicantList", text).contains(&list));
}

/// A list whose numbered rows each name a household and label its home (`1.郭*东，配租房源：…`)
/// is the allocation's homes as a list (公共租赁住房管理办法 Art 13's 配租结果), every row whole;
/// the section after it (`（二）公示期限`) is no row.
#[test]
fn numbered_rows_labelling_each_home_are_the_homes_list_gzf_art_13() {
    let text = "某市公共租赁住房配租结果公示\n（一）配租结果\n\
                1.郭*东，配租房源：和顺家园7号楼601室；\n2.马*霞，配租房源：和顺家园7号楼302室。\n\
                （二）公示期限\n自2025年5月12日起至2025年5月16日止。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let homes = values_of(&r.elements, "housingAssigned", text);
    assert!(
        homes.contains(
            &"1.郭*东，配租房源：和顺家园7号楼601室；\n2.马*霞，配租房源：和顺家园7号楼302室。"
        ),
        "{homes:?}"
    );
}

/// A listing's parcel table pasted a cell a line, its labels carrying their units
/// (`出让面积（平方米）` over `15230.0`, `起始价（万元）` over `9138`): each label gives its element,
/// and the figure under a unit in 万元 is an amount in 万元. 国土资源部令第39号 Art 17 (一) lists what
/// a listing publishes of the parcel: its area and starting price among them.
#[test]
fn labels_with_units_over_their_figures_give_elements_and_amounts_order_39_art_17() {
    let text = "某市国有建设用地使用权挂牌出让公告\n一、挂牌出让宗地基本情况\n土地位置\n某区工业北路以北\n\
                出让面积（平方米）\n15230.0\n土地用途\n城镇住宅用地\n起始价（万元）\n9138\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(values_of(&r.elements, "area", text), ["15230.0"]);
    assert_eq!(values_of(&r.elements, "startingPrice", text), ["9138"]);
    assert_eq!(
        values_of(&r.elements, "parcelLocation", text),
        ["某区工业北路以北"]
    );
    let it = r.in_text();
    let amounts: Vec<(&str, String)> = it
        .amounts
        .iter()
        .map(|a| (a.span.of(r.text()).unwrap_or(""), a.value.value.to_string()))
        .collect();
    assert!(
        amounts.iter().any(|(t, v)| *t == "9138" && v == "91380000"),
        "{amounts:?}"
    );
    // The area's figure is no money: its unit is not one.
    assert!(amounts.iter().all(|(t, _)| *t != "15230.0"), "{amounts:?}");
}

/// Households an allocation names in a sentence each (`被征收人吴*国选定…；`, `雷*平家庭配租…；`)
/// are its allottees and the homes assigned them (公共租赁住房管理办法 Art 13's 配租结果), also
/// after a numbered heading run on with a full stop (`一、配租结果。…`).
#[test]
fn households_named_in_sentences_are_the_allottees_gzf_art_13() {
    let text = "某县公共租赁住房配租结果公示\n\
                一、配租结果。雷*平家庭配租幸福里1号楼301室，月租金198元；惠*家庭配租幸福里1号楼502室，月租金176元。\n\
                二、公示期限。自2025年4月21日起至2025年4月27日止。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let list =
        "雷*平家庭配租幸福里1号楼301室，月租金198元；惠*家庭配租幸福里1号楼502室，月租金176元。";
    assert!(values_of(&r.elements, "allotteeList", text).contains(&list));
    assert!(values_of(&r.elements, "housingAssigned", text).contains(&list));
    let names: Vec<&str> = r.parties.iter().filter_map(|p| p.name.of(text)).collect();
    assert_eq!(names, ["雷*平", "惠*"]);
    let text = "某片区棚户区改造项目安置房选房结果公告\n现将选房结果公告如下：\n\
                被征收人吴*国选定锦绣家园2栋501室；被征收人钟*英选定锦绣家园2栋602室。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let names: Vec<&str> = r.parties.iter().filter_map(|p| p.name.of(text)).collect();
    assert_eq!(names, ["吴*国", "钟*英"]);
}

/// The 50号 formats' contact section, headed without its 凡 (`四、对本次公告内容提出询问，请按以下
/// 方式联系。`) or with its groups numbered as parts (`7.1 采购人信息`, `7.2 采购代理机构信息`), is
/// read as the format writes it (财办库〔2020〕50号, 更正公告 四: 1.采购人信息 2.采购代理机构信息
/// 3.项目联系方式): the section is the element, and each group is its lines.
#[test]
fn the_50_formats_contact_section_in_other_words_and_numbers_is_read_cbk_2020_50() {
    let text = "某局城区公厕保洁服务项目更正公告\n一、项目基本情况\n原公告的采购项目编号：ZS-2025-01\n\
                四、对本次公告内容提出询问，请按以下方式联系。\n1.采购人信息\n名称：某局\n联系方式：0580-2036154\n\
                2.采购代理机构信息\n名称：某项目管理有限公司\n联系方式：0580-8163027\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let contacts = values_of(&r.elements, "contact", text);
    assert!(
        contacts.contains(
            &"1.采购人信息\n名称：某局\n联系方式：0580-2036154\n2.采购代理机构信息\n名称：某项目管理有限公司\n联系方式：0580-8163027"
        ),
        "{contacts:?}"
    );
    let text = "某医院设备采购项目询价公告\n7.凡对本次采购提出询问，请按以下方式联系\n7.1 采购人信息\n\
                名称：某医院\n地址：某路1号\n7.2 采购代理机构信息\n名称：某项目管理有限公司\n地址：某路2号\n";
    let hs = crate::notice::headings(text);
    let sub: Vec<&str> = hs
        .iter()
        .filter(|h| h.numbering == Numbering::ArabicSub)
        .filter_map(|h| h.label.of(text))
        .collect();
    assert_eq!(sub, ["采购人信息", "采购代理机构信息"]);
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let groups = values_of(&r.elements, "purchaserAndAgency", text);
    assert!(
        groups.contains(
            &"7.1 采购人信息\n名称：某医院\n地址：某路1号\n7.2 采购代理机构信息\n名称：某项目管理有限公司\n地址：某路2号"
        ),
        "{groups:?}"
    );
    // A fact's label numbered as a part (`2.1 建设地点：…`) stays a label, and a figure is no
    // number (`1.5万元`).
    let hs = crate::notice::headings("2.1 建设地点：某区某路\n1.5万元\n");
    assert!(hs.iter().all(|h| h.numbering != Numbering::ArabicSub));
}

/// A result that names its winner in a sentence (`确定某公司为成交供应商，其地址为…`) gives the
/// winner's name and address, which 财办库〔2020〕50号's 中标（成交）结果公告 (三、中标（成交）信息:
/// 供应商名称、供应商地址) asks for, and the winner as a party.
#[test]
fn a_winner_chosen_in_a_sentence_gives_its_name_and_address_cbk_2020_50() {
    let text = "某区教育局食品安全检测服务项目成交结果公告\n三、中标（成交）信息\n\
                经磋商小组评审，确定浙江某检测技术有限公司为成交供应商，其地址为杭州市某路8号，成交金额为人民币108万元。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "winnerName", text),
        ["浙江某检测技术有限公司"]
    );
    assert_eq!(
        values_of(&r.elements, "winnerAddress", text),
        ["杭州市某路8号"]
    );
    let names: Vec<&str> = r.parties.iter().filter_map(|p| p.name.of(text)).collect();
    assert_eq!(names, ["浙江某检测技术有限公司"]);
}

/// A record page that sets a cell's border on a line of its own between a label and its value
/// (`行政处罚决定书文号：` `|` `某自然资罚〔2025〕31号` `|`) gives each value without the borders:
/// the 双公示 record's facts, 行政处罚法 Art 48 ¶1's published decision.
#[test]
fn borders_on_lines_of_their_own_are_no_part_of_a_value_xzcff_art_48() {
    let text = "行政处罚信息详情\n行政处罚决定书文号：\n|\n某自然资罚〔2025〕31号\n|\n\
                违法事实：\n|\n当事人未取得采矿许可证擅自开采。\n|\n";
    let hs = crate::notice::headings(text);
    let values: Vec<&str> = hs
        .iter()
        .filter_map(|h| h.value.and_then(|v| v.of(text)))
        .collect();
    assert_eq!(
        values,
        ["某自然资罚〔2025〕31号", "当事人未取得采矿许可证擅自开采。"]
    );
}

/// An allocation's households listed within a paragraph after the words that introduce them,
/// up to its full stop (`…现将配租结果公告如下：孙某某，配租…；赵某某，配租…。上述配租对象…`),
/// are its allottees (公共租赁住房管理办法 Art 13's 配租结果).
#[test]
fn households_listed_within_a_paragraph_are_the_allottees_gzf_art_13() {
    let text = "某县公共租赁住房配租结果公告\n\
                经公开摇号，现将配租结果公告如下：孙某某，配租滨河苑2号楼302室；赵某某，配租滨河苑2号楼501室。上述配租对象应于2025年7月10日前签订合同，联系电话：0538-6218735。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let list = "孙某某，配租滨河苑2号楼302室；赵某某，配租滨河苑2号楼501室。";
    assert!(values_of(&r.elements, "allotteeList", text).contains(&list));
}

/// A 政务公开 page's 公开日期 above the title is the day it was published, a date the page
/// states (政府信息公开条例 Art 26).
#[test]
fn a_pages_disclosure_date_is_its_publication_gi_art_26() {
    let html = "<table><tr><td>生成日期：</td><td>2025-07-18</td><td>公开日期：</td><td>2025-07-21</td></tr></table>\
                <h2>某区2025年保障性住房建设计划执行情况</h2><p>截至6月底，全区开工保障性住房1200套。</p>";
    let r = read(html, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.published_on.map(|d| d.to_string()).as_deref(),
        Some("2025-07-21")
    );
}

/// A suspension's or an end's paragraph that states several elements (招标拍卖挂牌出让国有建设用地
/// 使用权规定 Art 2's grant suspended or ended; its articles on the notice were not seen) gives
/// each as readers quote it beside the paragraph: the parcel by its number, the reason from 因
/// to its clause's end (also after `现`), the resumption by its sentence, a right by its name. A
/// listing ended for want of a buyer (`…期满未征集到意向受让方`) states its reason without a 因.
#[test]
fn a_suspensions_paragraph_gives_each_element_in_its_words_order_39_art_2() {
    let text = "关于中止某市JC2025-019号地块国有建设用地使用权挂牌出让的公告\n\
                某市自然资源和规划局于2025年7月2日发布了《某市国有建设用地使用权挂牌出让公告》，其中JC2025-019号地块原定挂牌时间为2025年7月23日至2025年8月4日。\n\
                因该地块规划条件需进一步论证调整，我局决定中止JC2025-019号地块的挂牌出让活动。恢复出让时间另行公告。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let has = |key: &str, want: &str| {
        let got = values_of(&r.elements, key, text);
        assert!(got.contains(&want), "{key}: {want}: {got:?}");
    };
    has("parcels", "JC2025-019号地块");
    has("reason", "因该地块规划条件需进一步论证调整");
    has("resumption", "恢复出让时间另行公告。");
    // A parcel's code written with no 号 (`终止2025XP03地块的…`) is the code alone.
    let coded = "关于终止2025XP03地块国有建设用地使用权挂牌出让的公告\n\
                 因该地块规划条件需进一步论证调整，我局决定终止2025XP03地块的挂牌出让活动。\n";
    let parcels = values_of(
        &read(coded, &NoticeSource::default())
            .expect("a notice")
            .elements,
        "parcels",
        coded,
    )
    .into_iter()
    .map(str::to_owned)
    .collect::<Vec<_>>();
    assert!(parcels.contains(&"2025XP03".to_owned()), "{parcels:?}");
    let text = "关于终止某县某矿采矿权挂牌出让的公告\n\
                我厅于2025年9月18日发布的《某县北岭冶金用白云岩矿采矿权挂牌出让公告》（某矿出告〔2025〕第11号），因该矿区范围与生态保护红线重叠，决定终止本次挂牌出让活动。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let rights = values_of(&r.elements, "rights", text);
    assert!(
        rights.contains(&"某县北岭冶金用白云岩矿采矿权"),
        "{rights:?}"
    );
    // The reason after `现` that opens its sentence (`…公告》。现因…`), and a listing ended for
    // want of a buyer, said without a 因: each is stated, not absent.
    let text = "关于终止某县某矿采矿权挂牌出让的公告\n\
                某县自然资源局于2025年6月9日发布了《某县某矿采矿权挂牌出让公告》。现因该矿区涉及的林地审批手续未能办结，决定终止该采矿权的挂牌出让活动。\n\
                某县自然资源局\n2025年7月4日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "reason", "因该矿区涉及的林地审批手续未能办结");
    assert!(!r.absent.iter().any(|k| k == "reason"), "{:?}", r.absent);
    let text = "关于某公司闲置厂房转让项目终结的公告\n\
                本所于2025年9月5日发布的某公司闲置厂房转让项目（项目编号：CQ-ZC-0905），信息披露期满未征集到意向受让方，经转让方书面申请，本所决定终结该项目的交易。\n\
                某产权交易所\n2025年10月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(!r.absent.iter().any(|k| k == "reason"), "{:?}", r.absent);
    assert!(!values_of(&r.elements, "reason", text).is_empty());
    // A short line that stops and says what comes later is the act; a disclosure resumed is
    // the resumption.
    let text = "某公司增资项目中止公告\n中止原因：增资企业申请。\n\
                本项目自2026年3月2日起中止信息披露，恢复时间另行公告。\n某产权交易所\n2026年3月2日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(
        &r,
        text,
        "action",
        "本项目自2026年3月2日起中止信息披露，恢复时间另行公告。",
    );
    let text = "某公司资产转让项目恢复公告\n\
                因转让方需补充履行评估备案程序，本项目于2024年9月20日起中止信息披露。现经转让方申请，本项目自2024年10月21日起恢复信息披露，其他披露内容不变。\n\
                某产权交易所\n2024年10月21日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(!values_of(&r.elements, "resumption", text).is_empty());
}

/// An equity transfer's object named as a share (`标的名称：某公司35%股权`) is the share
/// transferred (企业国有资产交易监督管理办法 (32号令): the share offered is disclosed; grade R),
/// on a line of its own and within the section that holds it.
#[test]
fn an_equity_transfers_object_is_the_share_transferred_order_32() {
    let text = "某科技有限公司35%股权转让公告\n一、转让标的基本情况\n标的名称：某科技有限公司35%股权\n\
                转让底价：4130.54万元\n二、交易条件\n交易价款一次性支付。\n某产权交易所\n2025年11月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "transferredShare", "某科技有限公司35%股权");
    let text = "某科技有限公司35%股权转让公告\n标的名称：某科技有限公司35%股权\n\
                交易条件：交易价款一次性支付。\n某产权交易所\n2025年11月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    has_in(&r, text, "transferredShare", "某科技有限公司35%股权");
    // The object names what a bare proportion elsewhere only measures.
    let text = "某物流有限公司45%股权转让公告\n标的名称：某物流有限公司45%股权\n\
                拟转让股权比例：45%\n转让标的对应评估值：1,120万元\n转让底价：980万元\n某产权交易所\n2025年11月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let shares = values_of(&r.elements, "transferredShare", text);
    assert_eq!(shares, ["某物流有限公司45%股权"]);
    // A table's row of pairs, as a page shows it and as its text copy.
    for text in [
        "某物流有限公司51%股权转让公告\n标的名称\t某物流有限公司51%股权\t项目编号\tGQ-0412\n某产权交易所\n2025年11月3日\n",
        "某物流有限公司51%股权转让公告\n| 项目编号 | GQ-0412 | 标的名称 | 某物流有限公司51%股权 |\n某产权交易所\n2025年11月3日\n",
    ] {
        let r = read(text, &NoticeSource::default()).expect("a notice");
        has_in(&r, text, "transferredShare", "某物流有限公司51%股权");
    }
    // A project named as the share it sells.
    let text = "某集团有限公司持有的某物流有限公司35%股权转让公告\n\
                项目名称：某集团有限公司持有的某物流有限公司35%股权\n拟转让股权比例：35%\n\
                某产权交易所\n2025年11月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let shares = values_of(&r.elements, "transferredShare", text);
    assert_eq!(shares, ["某集团有限公司持有的某物流有限公司35%股权"]);
    // Not a thing's name (`标的名称：某区商铺`).
    let text = "某区商铺转让公告\n标的名称：某区某路10号商铺\n某产权交易所\n2025年11月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(values_of(&r.elements, "transferredShare", text).is_empty());
}

/// Asserts that `key` holds `want` among its values in `r`.
fn has_in(r: &NoticeReading, text: &str, key: &str, want: &str) {
    let got = values_of(&r.elements, key, text);
    assert!(got.contains(&want), "{key}: {want}: {got:?}");
}

/// A call for prequalification's section on submitting applications
/// (`资格预审申请文件的递交` … `截止时间为…`) closes the applications, not the bids
/// (发改委令2017年第10号 Art 5 (四): the deadline for the prequalification documents): it is no
/// bid deadline.
#[test]
fn a_prequalifications_submission_section_is_no_bid_deadline_order_10_art_5() {
    let text = "某县道路改造工程施工资格预审公告\n1.招标条件\n本项目已具备招标条件。\n\
                6.资格预审申请文件的递交\n递交资格预审申请文件截止时间为2025年5月15日9时00分，申请人应在截止时间前通过电子交易平台上传。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let deadlines = values_of(&r.elements, "bidDeadline", text);
    assert!(deadlines.is_empty(), "{deadlines:?}");
}

/// Candidates ranked in sentences (`第一中标候选人为某公司，…；第二中标候选人为…`) are each named
/// (招标投标法实施条例 Art 54: the candidates are publicised), also where the first rank reads as
/// a label of its own.
#[test]
fn every_candidate_ranked_in_sentences_is_named_tiaoli_54() {
    let text = "某小学教学楼建设项目施工中标候选人公示\n\
                第一中标候选人为甲建设工程有限公司，投标报价为人民币100元；第二中标候选人为乙建筑有限公司，投标报价为人民币101元；第三中标候选人为丙路桥建设有限公司，投标报价为人民币102元。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let names: Vec<&str> = r.parties.iter().filter_map(|p| p.name.of(text)).collect();
    assert_eq!(
        names,
        ["甲建设工程有限公司", "乙建筑有限公司", "丙路桥建设有限公司"]
    );
}

/// A decision served on a person addresses them alone on a line (`林某某：`) as one served on a
/// company does (`某置业有限公司：`): the party's name (行政处罚法 Art 59 (一)).
#[test]
fn a_person_addressed_alone_on_a_line_is_the_party_xzcff_art_59() {
    let text = "某市住房和城乡建设局\n行政处罚决定书\n某住建罚决〔2025〕11号\n林某某：\n\
                经查，你以虚假材料骗取公共租赁住房保障资格。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(values_of(&r.elements, "partyName", text), ["林某某"]);
    // A line addressing more than a person (`林某某同志及家属：`) names none this way.
    let text = "某市住房和城乡建设局\n行政处罚决定书\n各有关单位：\n经查，某人以虚假材料骗取公共租赁住房保障资格。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(values_of(&r.elements, "partyName", text).is_empty());
}

/// A table of two known labels over one row (`成交供应商名称⇥成交金额（元）` over the winner and
/// its sum) heads its columns: the winner's name and the amount 财办库〔2020〕50号's 中标（成交）
/// 结果公告 asks for (三、中标（成交）信息), not a label and its value.
#[test]
fn two_labels_over_one_row_head_their_columns_cbk_2020_50() {
    let text = "某系统运维服务项目成交结果公告\n三、中标（成交）信息\n成交供应商名称\t成交金额（元）\n\
                新疆某信息技术有限公司\t356,000.00\n四、主要标的信息\n服务名称：系统运维\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let winners = values_of(&r.elements, "winnerName", text);
    assert!(winners.contains(&"新疆某信息技术有限公司"), "{winners:?}");
    assert!(!winners.contains(&"成交金额（元）"), "{winners:?}");
}

/// A termination's paragraph opened by a portal's own label (`费用及保证金退还：本项目…`) is the
/// refunds 招标投标法实施条例 Art 31 requires (应当及时退还…投标保证金), whole and without the label.
#[test]
fn a_paragraph_after_a_portals_own_label_is_also_its_words_tiaoli_31() {
    let text = "某中学操场改造工程终止招标公告\n因规划调整，招标人决定终止本次招标。\n\
                费用及保证金退还：本项目招标文件免费获取；已递交的投标保证金将自本公告发布之日起5日内原路退还。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let refunds = values_of(&r.elements, "refunds", text);
    assert!(
        refunds.contains(
            &"本项目招标文件免费获取；已递交的投标保证金将自本公告发布之日起5日内原路退还。"
        ),
        "{refunds:?}"
    );
}

/// An agreement's publicity numbered item by item (`九、在公示期内有两个或者两个以上意向用地者
/// 的，…`) gives each paragraph also without its number, as readers quote it: what happens when
/// two apply, which the publicity of a transfer by agreement states (协议出让国有土地使用权规定;
/// its articles on the publicity were not seen).
#[test]
fn a_numbered_closing_paragraph_is_also_its_words_without_the_number() {
    let text = "某县国有建设用地使用权协议出让公示\n一、宗地编号：2025-09\n\
                九、在公示期内有两个或者两个以上意向用地者的，改为以招标、拍卖或者挂牌方式出让。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let rule = values_of(&r.elements, "competitionRule", text);
    assert!(
        rule.contains(
            &"在公示期内有两个或者两个以上意向用地者的，改为以招标、拍卖或者挂牌方式出让。"
        ),
        "{rule:?}"
    );
}

/// A value that opens with a short label of its own (`经查明：当事人…`) is also its words after
/// that label, as readers quote a value after its label: the facts 行政处罚法 Art 59 (二) has a
/// decision state. A pointer to an attachment (`详见附件：…`) keeps saying the value is elsewhere.
#[test]
fn a_value_after_its_own_short_label_is_also_its_words_xzcff_art_59() {
    let text = "某区住房和城乡建设局\n行政处罚决定书\n当事人：张某\n违法事实\n\
                经查明：当事人将承租的公共租赁住房转租他人，获利3600元。\n处罚依据\n《公共租赁住房管理办法》第三十五条\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let facts = values_of(&r.elements, "violationFacts", text);
    assert!(
        facts.contains(&"当事人将承租的公共租赁住房转租他人，获利3600元。"),
        "{facts:?}"
    );
}

/// How to object told after another sentence on its line (`公示期为…。对配租结果有异议的，…反映。`)
/// is the sentence and also the whole line, as readers quote it: the channel for objections to
/// an allocation publicised under 公共租赁住房管理办法 Art 13.
#[test]
fn an_objection_after_another_sentence_is_also_its_line_gzf_art_13() {
    let text = "某区公共租赁住房2025年第二批实物配租结果公示\n本批次配租结果详见附件。\n\
                公示期为2025年7月14日至7月18日。对配租结果有异议的，请在公示期内向某区住房保障中心反映，电话：0435-3226815。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let channels = values_of(&r.elements, "objectionChannel", text);
    assert!(
        channels.contains(
            &"公示期为2025年7月14日至7月18日。对配租结果有异议的，请在公示期内向某区住房保障中心反映，电话：0435-3226815。"
        ),
        "{channels:?}"
    );
}

/// A decision's penalty and its basis stated in one passage (行政处罚法 Art 59 (三): the kind
/// of penalty and its basis) are also each the words that state it: the basis from `依据《` to its
/// `的规定`, the penalty after `本局决定：` and from the words that decide.
#[test]
fn a_penalty_and_its_basis_in_one_passage_are_each_their_words_art_59() {
    let text = "某县自然资源局行政处罚决定书\n某自然资罚〔2025〕3号\n当事人：某矿业有限公司\n\
                一、违法事实\n经查，当事人越界开采建筑用砂1,280立方米。\n\
                二、处罚依据和处罚决定\n当事人的行为违反了《中华人民共和国矿产资源法》的有关规定。\
                依据《中华人民共和国矿产资源法实施细则》第四十二条第（二）项的规定，本局决定：\
                没收违法所得人民币12,648元，并处罚款人民币3,794元。\n\
                某县自然资源局\n2025年7月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let basis = values_of(&r.elements, "penaltyBasis", text);
    assert!(
        basis.contains(&"依据《中华人民共和国矿产资源法实施细则》第四十二条第（二）项的规定"),
        "{basis:?}"
    );
    // A basis cited as the law's `有关规定` ends there as well.
    let cited = text.replace(
        "第四十二条第（二）项的规定，本局决定",
        "第四十二条第（二）项的有关规定，本局决定",
    );
    let cited_basis = values_of(
        &read(&cited, &NoticeSource::default())
            .expect("a notice")
            .elements,
        "penaltyBasis",
        &cited,
    )
    .into_iter()
    .map(str::to_owned)
    .collect::<Vec<_>>();
    assert!(
        cited_basis.contains(
            &"依据《中华人民共和国矿产资源法实施细则》第四十二条第（二）项的有关规定".to_owned()
        ),
        "{cited_basis:?}"
    );
    let penalty = values_of(&r.elements, "penalty", text);
    assert!(
        penalty.contains(&"没收违法所得人民币12,648元，并处罚款人民币3,794元。"),
        "{penalty:?}"
    );
    assert!(
        penalty.iter().any(|p| p.starts_with("本局决定：没收")),
        "{penalty:?}"
    );
}

/// A decision written as one paragraph of sentences (行政处罚法 Art 59 (一)–(六)) addressed to
/// its party, with its address labelled under the salutation: each element is its sentence, the
/// facts run to what proves them, and a sentence that only names the rule broken is neither
/// the facts nor the basis.
#[test]
fn a_decision_in_sentences_gives_each_element_its_sentence_art_59() {
    let text = "某县财政局行政处罚决定书\n某财采罚〔2025〕2号\n某招标代理有限公司：\n\
                统一社会信用代码：9145110094R3TU686Y\n地址：某市某区某路27号\n\
                你公司代理的某医院耗材采购项目于2025年4月11日确定成交供应商后，迟至2025年4月28日才公告成交结果。\
                上述事实有采购文件、网站发布记录为证。你公司的行为违反了《中华人民共和国政府采购法实施条例》第四十三条的规定。\
                依据《中华人民共和国政府采购法》第七十一条的规定，本局决定对你公司给予警告，并处罚款人民币5000元。\
                你公司应自收到本决定书之日起15日内将罚款缴入县非税收入专户。\
                如不服本决定，可在收到本决定书之日起60日内向某县人民政府申请行政复议。\n\
                某县财政局\n2025年5月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let one = |key: &str| values_of(&r.elements, key, text);
    assert!(
        one("partyAddress").contains(&"某市某区某路27号"),
        "{:?}",
        one("partyAddress")
    );
    assert!(
        one("violationFacts")
            .iter()
            .any(|f| f.starts_with("你公司代理") && f.ends_with("为证。")),
        "{:?}",
        one("violationFacts")
    );
    assert!(
        one("penalty").contains(
            &"依据《中华人民共和国政府采购法》第七十一条的规定，本局决定对你公司给予警告，并处罚款人民币5000元。"
        ),
        "{:?}",
        one("penalty")
    );
    assert!(
        one("penaltyBasis").iter().all(|b| !b.contains("违反了")),
        "{:?}",
        one("penaltyBasis")
    );
    assert!(one("remedies").iter().any(|r| r.starts_with("如不服")));
}

/// A county's decision reported in one paragraph in the third person (行政处罚法 Art 59 ¶1): the
/// party and its address are the name and the brackets that open it, the facts what follows
/// them, and the organ, date and number of the decision (Art 59 (六)) the sentence that reports
/// it, not the 落款's date; how to pay and how to appeal, in one sentence, are each its clause.
#[test]
fn a_decision_reported_in_the_third_person_gives_its_organ_and_date_art_59() {
    let text = "关于对某商贸有限公司行政处罚的公告\n\n\
                某商贸有限公司（统一社会信用代码：91340826MAE50E8656；住所：某县某镇人民路215号）于2024年8月竞得某宗地使用权后，\
                擅自将该宗地使用权转让给他人，上述事实有出让合同、转让协议等证据证实。\
                依据《中华人民共和国土地管理法》第七十四条的规定，某县自然资源和规划局于2025年5月14日作出某自然资规罚〔2025〕16号行政处罚决定：\
                没收违法所得人民币46万元，并处罚款人民币9.2万元。\
                该公司应自收到决定书之日起15日内缴纳上述款项；如不服本决定，可自收到决定书之日起60日内申请行政复议。\n\n\
                2025年5月19日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let one = |key: &str| values_of(&r.elements, key, text);
    assert_eq!(one("partyName"), ["某商贸有限公司"]);
    assert_eq!(one("partyAddress"), ["某县某镇人民路215号"]);
    assert!(
        one("violationFacts")
            .iter()
            .any(|f| f.starts_with("于2024年8月") && f.ends_with("证实。")),
        "{:?}",
        one("violationFacts")
    );
    assert_eq!(one("authority"), ["某县自然资源和规划局"]);
    assert_eq!(one("decisionDate"), ["2025年5月14日"]);
    assert_eq!(one("decisionNumber"), ["某自然资规罚〔2025〕16号"]);
    assert!(one("performance").contains(&"该公司应自收到决定书之日起15日内缴纳上述款项"));
    assert!(one("remedies").iter().any(|r| r.starts_with("如不服")));
}

/// The basis of a penalty is the law it rests on (行政处罚法 Art 59 (三)), not the rule the
/// party broke: a paragraph that names only the breach (`本局认为，…违反了《…》`) is not the
/// basis where a later one cites the law the penalty is imposed under.
#[test]
fn the_basis_is_the_law_the_penalty_rests_on_not_the_rule_broken_art_59() {
    let text = "某市住房和城乡建设局\n行政处罚决定书\n某住建罚决〔2025〕第17号\n\n被处罚单位：某建设工程有限公司\n\n\
                经查明：你单位与另一投标人的投标文件由同一台计算机编制。以上事实有评标报告等证据为证。\n\n\
                本局认为，你单位的上述行为违反了《中华人民共和国招标投标法》第三十二条第一款的规定，属于投标人相互串通投标的行为。\n\n\
                依据《中华人民共和国招标投标法》第五十三条的规定，本局决定对你单位处以中标项目金额千分之八的罚款。\n\n\
                某市住房和城乡建设局\n2025年5月26日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let basis = values_of(&r.elements, "penaltyBasis", text);
    assert!(basis.iter().all(|b| !b.contains("第三十二条")), "{basis:?}");
    assert!(
        basis.contains(&"依据《中华人民共和国招标投标法》第五十三条的规定"),
        "{basis:?}"
    );
}

/// A county's decision that first says how the breach was found (`…在执法巡查中发现，某公司（统一
/// 社会信用代码：…）以出让方式…`) and reports the decision with its number in brackets (`作出行政
/// 处罚决定（某罚〔2025〕9号），没收…`): the party is the name before the code, the facts the
/// sentence that found them, the penalty what follows the number (行政处罚法 Art 59 ¶1).
#[test]
fn a_breach_found_then_reported_with_its_number_art_59() {
    let text = "某县自然资源局关于对某置业有限公司非法转让土地使用权行为的行政处罚公告\n\n\
                2025年2月，某县自然资源局在执法巡查中发现，某置业有限公司（统一社会信用代码：91431000MAK2BNXB82）以出让方式取得的某地块使用权，于2024年9月连同地上在建工程一并转让。\
                该公司的行为违反了《中华人民共和国城市房地产管理法》第三十九条第一款的规定。\
                依据《中华人民共和国城市房地产管理法》第六十六条的规定，某县自然资源局于2025年5月14日作出行政处罚决定（某自然资罚〔2025〕9号），没收该公司违法所得人民币318万元，并处罚款人民币47.7万元。特此公告。\n\n\
                某县自然资源局\n2025年5月19日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let one = |key: &str| values_of(&r.elements, key, text);
    assert_eq!(one("partyName"), ["某置业有限公司"]);
    assert!(
        one("violationFacts")
            .iter()
            .any(|f| f.starts_with("2025年2月") && f.ends_with("一并转让。")),
        "{:?}",
        one("violationFacts")
    );
    assert!(
        one("penalty").contains(&"没收该公司违法所得人民币318万元，并处罚款人民币47.7万元。"),
        "{:?}",
        one("penalty")
    );
    assert_eq!(one("decisionNumber"), ["某自然资罚〔2025〕9号"]);
}

/// The penalties listed in brackets under `…作出如下处罚：` end where the decision's next
/// section is numbered (`四、履行方式和期限`; 行政处罚法 Art 59 (三) and (四) apart); and a
/// decision addressed to its party under a development and reform commission is construction
/// bidding's, though it names the 财政局 that collects the fine (招标投标法实施条例 Art 4).
#[test]
fn listed_penalties_end_at_the_next_section_and_the_issuer_settles_the_domain_art_59() {
    let text = "某县自然资源局行政处罚决定书\n某自然资罚〔2025〕27号\n当事人：某新能源科技有限公司\n\
                三、行政处罚依据和内容\n\
                依据《中华人民共和国城镇国有土地使用权出让和转让暂行条例》第四十六条的规定，我局决定对你公司作出如下处罚：\n\
                （一）责令限期恢复土地原用途；\n（二）处以罚款，计人民币壹拾贰万捌仟壹佰元整。\n\
                四、履行方式和期限\n请于收到本决定书之日起十五日内缴纳罚款。\n\
                某县自然资源局\n2025年11月3日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let penalties = values_of(&r.elements, "penalty", text);
    assert!(
        penalties.iter().all(|p| !p.contains("四、")),
        "{penalties:?}"
    );
    assert!(
        penalties.contains(
            &"（一）责令限期恢复土地原用途；\n（二）处以罚款，计人民币壹拾贰万捌仟壹佰元整。"
        ),
        "{penalties:?}"
    );
    let text = "某县发展和改革委员会\n行政处罚决定书\n\n某城市建设投资有限公司：\n\
                你公司将某道路工程的施工任务拆分为五个标段，未进行招标。上述事实有施工合同等证据为证。\n\
                依据《中华人民共和国招标投标法》第四十九条的规定，本委决定对你公司处项目合同金额千分之五的罚款。\n\
                你公司应当自收到本决定书之日起十五日内将罚款缴至某县财政局非税收入专户。\n\n\
                某县发展和改革委员会\n2025年3月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.item,
        crate::model::item::ItemKind::BiddingPenaltyDecision
    );
}

/// A list's section that opens with its table and goes on with the notice's closing words
/// (`二、轮候名单` over the households, then `轮候家庭应及时关注配租通知…`; 公共租赁住房管理办法
/// Art 13, the waiting list published) gives the table alone too; a single source's heading
/// `拟定的唯一供应商名称及地址` is its proposed supplier (政府采购非招标采购方式管理办法 Art 38 (四)).
#[test]
fn a_lists_table_alone_and_a_proposed_supplier_art_13() {
    let text = "某市公共租赁住房轮候家庭名单公告\n\n一、排序方式\n按取得保障资格的时间先后排列。\n\n二、轮候名单\n\
                轮候号  申请人  家庭人口  取得资格时间\nJ0401  高**  3  2024-11-05\nJ0402  马**  2  2024-11-05\n\n\
                轮候家庭应及时关注配租通知。\n\n某市住房保障中心\n2025年1月10日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let lists = values_of(&r.elements, "rankingList", text);
    assert!(
        lists.contains(&"轮候号  申请人  家庭人口  取得资格时间\nJ0401  高**  3  2024-11-05\nJ0402  马**  2  2024-11-05"),
        "{lists:?}"
    );
    let text = "某县人民医院设备维保服务单一来源采购公示\n一、采购人：某县人民医院\n\
                二、拟定的唯一供应商名称及地址：某医疗设备技术服务有限公司，某市桥西区自强路120号\n\
                三、公示期限：2025年07月07日至2025年07月11日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "proposedSupplier", text),
        ["某医疗设备技术服务有限公司，某市桥西区自强路120号"]
    );
    // It takes part in the purchase and holds no contract yet (政府采购法实施条例 Art 38): a
    // supplier taking part, not a contract's.
    let roles: Vec<_> = r
        .record
        .parties
        .iter()
        .map(|p| (p.role, p.name.as_str()))
        .collect();
    assert_eq!(
        roles,
        [(
            crate::model::record::PartyRole::Bidder,
            "某医疗设备技术服务有限公司"
        )]
    );
}

/// The purchaser and its agency as a block of labelled lines (财办库〔2020〕50号: 采购人和采购
/// 代理机构的名称、地址和联系方式) are the block, and the purchaser's lines alone; households
/// listed in a sentence after its colon are also those names (公共租赁住房管理办法 Art 9).
#[test]
fn a_purchasers_block_and_households_after_a_colon_format_50() {
    let text = "某县第一中学教学设备采购项目中标（成交）结果公告\n一、项目编号：YA-2025-01\n二、项目名称：教学设备采购\n\
                八、凡对本次公告内容提出询问，请按以下方式联系。\n\
                采购人：某县第一中学\n地址：某县中心街88号\n电话：0452-7322918\n\
                采购代理机构：某招标代理有限公司\n地址：某市卜奎大街186号\n电话：0452-2491567\n\n某招标代理有限公司\n2025年6月6日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let block = values_of(&r.elements, "purchaserAndAgency", text);
    assert!(
        block.contains(&"采购人：某县第一中学\n地址：某县中心街88号\n电话：0452-7322918\n采购代理机构：某招标代理有限公司\n地址：某市卜奎大街186号\n电话：0452-2491567"),
        "{block:?}"
    );
    assert!(
        block.contains(&"采购人：某县第一中学\n地址：某县中心街88号\n电话：0452-7322918"),
        "{block:?}"
    );
    let text = "某县公共租赁住房保障对象审核结果公示\n\n\
                经乡镇（街道）初审、县住建局审核，以下3户申请家庭符合公共租赁住房保障条件：葛某红（城关镇）、房某（东坝头镇）、司某伟（桐乡街道）。现予公示，公示期为2025年9月15日至9月21日。\n\n\
                某县住房和城乡建设局\n2025年9月15日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let lists = values_of(&r.elements, "applicantList", text);
    assert!(
        lists.contains(&"葛某红（城关镇）、房某（东坝头镇）、司某伟（桐乡街道）。"),
        "{lists:?}"
    );
}

/// A rent subsidy's list to be paid (`…租赁补贴发放公示`) is a review's publicity (公共租赁住房
/// 管理办法 Art 9), and a procurement ended under both its names (`废标（终止）公告`, 政府采购法
/// Art 36) is its termination.
#[test]
fn a_subsidys_payment_list_and_a_failed_procurement_are_their_types_art_36() {
    for (title, item) in [
        (
            "某县城镇低收入住房困难家庭租赁补贴发放公示",
            crate::model::item::ItemKind::HousingAllocationApplicants,
        ),
        (
            "某区农业农村局监理服务废标（终止）公告",
            crate::model::item::ItemKind::ProcurementTermination,
        ),
    ] {
        let text = format!(
            "{title}\n\n一、项目基本情况\n采购项目编号：YLHS-2025-CS-0077\n采购方式：竞争性磋商\n\
             二、原因：提交响应文件的供应商不足3家。\n"
        );
        let c = crate::notice::classify(&text);
        let got = c.item();
        if item == crate::model::item::ItemKind::ProcurementTermination {
            assert_eq!(got, Some(item), "{title}");
        } else {
            assert_eq!(
                c.notice_type.map(|t| t.value),
                Some(crate::notice::NoticeType::AllocationApplicants),
                "{title}"
            );
        }
    }
}

/// A branch's decision (`本分局决定：…`) decides (行政处罚法 Art 59 (三)); an objection's
/// sentence that says whom to call (`如有异议，请于公示期内联系…，手机：…`) is the channel
/// (公共租赁住房管理办法 Art 9).
#[test]
fn a_branchs_decision_and_an_objection_by_phone_art_59() {
    let text = "某市规划和自然资源局某分局\n行政处罚决定书\n\n当事人：某置业有限公司\n\n\
                经查，当事人取得的某地块满一年未动工开发。\n\n\
                当事人的上述行为违反了《城镇国有土地使用权出让和转让暂行条例》第十七条第一款的规定，依据该条例第十七条第二款的规定，本分局决定：给予警告，并处罚款人民币50,000元。\n\n\
                某市规划和自然资源局某分局\n2025年8月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        values_of(&r.elements, "penalty", text)
            .iter()
            .any(|p| p.starts_with("当事人的上述行为")),
        "{:?}",
        values_of(&r.elements, "penalty", text)
    );
    let text = "某区住房保障家庭租赁补贴审核结果公示\n\n经审核，下列2户家庭符合租赁补贴条件：张某、李某。\n\
                公示期：2025年5月6日至2025年5月12日。\n\
                如有异议，请于公示期内联系某区住房保障科，联系人：马老师，手机：13910276845。\n\n\
                某区住房和城乡建设委员会\n2025年5月6日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        values_of(&r.elements, "objectionChannel", text)
            .iter()
            .any(|o| o.starts_with("如有异议")),
        "{:?}",
        values_of(&r.elements, "objectionChannel", text)
    );
}

/// A non-tender call's deadline and opening under two headings (`四、响应文件提交`, `五、开启`;
/// 财办库〔2020〕50号) give the element as each section and as both, with their numbers.
#[test]
fn a_deadline_and_an_opening_in_two_sections_are_one_element_format_50() {
    let text = "某县水利局物资采购竞争性谈判公告\n一、项目基本情况\n项目编号：HJ-2025-11\n\
                四、响应文件提交\n截止时间：2025年06月06日 15点00分（北京时间）\n地点：某县公共资源交易中心\n\
                五、开启\n时间：2025年06月06日 15点00分（北京时间）\n地点：某县公共资源交易中心\n\
                六、公告期限\n自本公告发布之日起3个工作日。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let values = values_of(&r.elements, "bidDeadlineAndOpening", text);
    assert!(
        values.contains(&"四、响应文件提交\n截止时间：2025年06月06日 15点00分（北京时间）\n地点：某县公共资源交易中心\n五、开启\n时间：2025年06月06日 15点00分（北京时间）\n地点：某县公共资源交易中心"),
        "{values:?}"
    );
}

/// Candidates' objection section (`五、异议方式`; 招标投标法实施条例 Art 54) gives its sentence
/// alone and the sentence with the lines that say whom to object to (`异议受理部门：…`,
/// `监督部门：…`).
#[test]
fn an_objections_sentence_and_whom_to_object_to_art_54() {
    let text = "某市道路工程中标候选人公示\n一、中标候选人\n第一中标候选人：某建设有限公司\n\
                五、异议方式\n投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出。\n\
                异议受理部门：某城市建设投资集团有限公司　联系人：夏工　联系电话：0716-8260215\n\
                监督部门：某市住房和城乡建设局　联系电话：0716-8219005\n\n某城市建设投资集团有限公司\n2025年5月6日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let values = values_of(&r.elements, "objectionChannel", text);
    let sentence =
        "投标人或者其他利害关系人对评标结果有异议的，应当在公示期内以书面形式向招标人提出。";
    assert!(values.contains(&sentence), "{values:?}");
    assert!(
        values
            .iter()
            .any(|v| v.starts_with(sentence) && v.ends_with("0716-8219005")),
        "{values:?}"
    );
}

/// An equity transfer that names its target only in the share it sells (`转让标的：某公司35%股权`)
/// and labels the transferor's proportion of it (`转让方持有标的企业股权比例：35%`): the target is
/// the company, not the proportion (企业国有资产交易监督管理办法, 国资委 财政部令第32号).
#[test]
fn a_target_named_in_the_share_sold_not_in_a_proportions_label_order_32() {
    let text = "某市会展服务有限公司35%股权转让信息披露公告\n一、标的企业基本情况\n\
                某市会展服务有限公司成立于2016年9月8日，注册资本人民币1,000万元。\n\
                二、转让方\n转让方名称：某市文化旅游投资集团有限公司\n转让方持有标的企业股权比例：35%\n\
                三、转让标的\n转让标的：某市会展服务有限公司35%股权\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "targetEnterprise", text),
        ["某市会展服务有限公司"]
    );
}

/// A decision reported by the organ that made it, in the first person (`我局…于2025年4月8日对某某
/// 作出行政处罚决定`): the date is the sentence's, the organ the 落款's (行政处罚法 Art 59 (六)).
#[test]
fn a_decision_the_organ_reports_itself_is_signed_by_it_art_59() {
    let text = "某市住房和城乡建设局关于公共租赁住房违规使用问题处理情况的通报\n\n\
                经查，承租人韦某某将承租的公共租赁住房转借他人居住。\n\
                我局依据《公共租赁住房管理办法》第三十六条的规定，于2025年4月8日对韦某某作出行政处罚决定：责令其退回所承租的公共租赁住房，并处罚款人民币3000元。\n\n\
                某市住房和城乡建设局\n2025年4月25日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let one = |key: &str| values_of(&r.elements, key, text);
    assert_eq!(one("decisionDate"), ["2025年4月8日"]);
    assert_eq!(one("authority"), ["某市住房和城乡建设局"]);
}

/// A decision reposted under a phone post's headline (`曝光｜…被罚`, `现全文转载如下`) is the
/// decision its own title names (行政处罚法 Art 48: decisions are published), not the
/// transfer the headline mentions; and a decision names no method (the transfer is where the
/// breach was).
#[test]
fn a_reposted_decision_is_what_its_own_title_says_art_48() {
    let text = "曝光｜一会计师事务所在国有产权转让审计中出具不实报告被罚\n\n\
                编者按：近日，某市财政局公开一起行政处罚案件，现全文转载如下。\n\n\
                某市财政局\n行政处罚决定书\n某财监〔2026〕22号\n\n\
                当事人：某会计师事务所（普通合伙）\n\
                违法事实：当事人承接某公司100%股权转让项目的专项审计，出具的审计报告存在不实内容。\n\
                处罚依据及决定：依据《中华人民共和国注册会计师法》第三十九条第一款的规定，本局决定：对当事人给予警告。\n\n\
                某市财政局\n2026年10月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.item,
        crate::model::item::ItemKind::PropertyPenaltyDecision
    );
    assert_eq!(r.record.method, None);
}

/// A listing's time labelled over its place on the next line (招拍挂规定 Art 17 (一): the place
/// and the dates of the listing) is also the two lines with their labels; a supply's grid with
/// a row of a label over values labelled within (`约定容积率：⇥下限：1.0⇥上限：2.0`) still pairs
/// its labels, the price in the second pair of its row.
#[test]
fn a_time_over_its_place_and_a_grids_second_pair_art_17() {
    let text = "某县探矿权挂牌出让公告\n一、出让方式\n挂牌\n二、挂牌时间和地点\n\
                挂牌时间：2025年11月10日9:00—2025年11月14日15:00\n地点：某市公共资源交易中心\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let times = values_of(&r.elements, "timeAndPlace", text);
    assert!(
        times.contains(
            &"挂牌时间：2025年11月10日9:00—2025年11月14日15:00\n地点：某市公共资源交易中心"
        ),
        "{times:?}"
    );
    let text = "某市国有建设用地使用权供地结果公告\n\
                项目位置：\t某镇兴业路以南\n面积(公顷)：\t3.2816\t土地来源：\t新增建设用地\n\
                土地级别：\t七级\t成交价格(万元)：\t886.03\n约定容积率：\t下限：1.0\t上限：2.0\n\
                合同签订日期：\t2025年09月12日\n\n某市自然资源局\n2025年9月19日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(values_of(&r.elements, "price", text), ["886.03"]);
}

/// Candidates written one a line with their prices and managers (招标投标法实施条例 Art 54): the
/// price and the manager are also the whole block, as a table's are that holds several elements.
#[test]
fn candidates_in_lines_give_their_facts_as_the_block_art_54() {
    let text = "某县农田建设项目中标候选人公示\n\n某县农田建设项目评标工作已结束，现将中标候选人公示如下：\n\
                第一中标候选人：某农业建设有限公司，投标报价：2,874,630.00元，工期：120日历天，质量：合格，项目负责人：彭**（二级注册建造师）；\n\
                第二中标候选人：某水利工程有限公司，投标报价：2,901,115.50元，工期：120日历天，质量：合格，项目负责人：叶**（二级注册建造师）；\n\
                第三中标候选人：某建筑工程有限公司，投标报价：2,936,008.72元，工期：120日历天，质量：合格，项目负责人：汪**（二级注册建造师）。\n\
                公示时间：2025年9月4日至2025年9月8日，对公示结果有异议的，请在公示期内以书面形式向招标人提出。\n\
                招标人：某县农业农村局　联系电话：0793-3861207\n2025年9月4日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let blocks = values_of(&r.elements, "candidates", text);
    let block = blocks
        .iter()
        .max_by_key(|b| b.len())
        .expect("the candidates");
    assert!(block.contains("第二中标候选人"), "{block}");
    for key in ["bidDetails", "projectManager"] {
        assert!(
            values_of(&r.elements, key, text).contains(block),
            "{key}: {:?}",
            values_of(&r.elements, key, text)
        );
    }
}

/// A lot's facts under an empty `采购需求：` (财库〔2020〕50号's announcement format, 一、项目基本
/// 情况): its name, quantity, budget and description all say what is bought, so the requirement
/// is also every line down to the next numbered heading, though the lot's budget line gives the
/// budget too.
#[test]
fn a_lots_facts_under_the_requirements_label_are_the_requirements_format_50() {
    let text = "某医院医用内窥镜系统采购项目公开招标公告\n\
                一、项目基本情况\n项目编号：SX2025-GK-0317\n项目名称：某医院医用内窥镜系统采购项目\n\
                预算金额：365.0000万元（人民币）\n采购需求：\n标项名称：医用内窥镜系统\n数量：1套\n\
                预算金额（元）：3650000.00\n简要规格描述：4K荧光内窥镜摄像系统1套\n\
                合同履约期限：交货期60日历天\n\
                二、申请人的资格要求：\n1.满足《中华人民共和国政府采购法》第二十二条规定。\n\n\
                某医院\n2025年3月12日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let from = text.find("标项名称").unwrap();
    let to = text.find("交货期60日历天").unwrap() + "交货期60日历天".len();
    let values = values_of(&r.elements, "requirements", text);
    assert!(values.contains(&&text[from..to]), "{values:?}");
    assert!(
        values_of(&r.elements, "budgetAmount", text)
            .iter()
            .any(|v| v.contains("365.0000万元")),
        "{:?}",
        values_of(&r.elements, "budgetAmount", text)
    );
}

/// Candidates each written as a group of labelled lines under its rank, with no heading over
/// them (招标投标法实施条例 Art 54: the candidates with their prices): the candidates, their prices
/// and their managers are also the groups together, to the last group's last line and not the
/// publicity period after it.
#[test]
fn ranked_groups_of_lines_without_a_heading_are_the_candidates_art_54() {
    let text = "某区老旧小区改造工程中标候选人公示\n\n项目编号：MQ-2025-026\n\n\
                第一中标候选人：某建设集团有限公司\n投标报价：5,168,320.00元\n工期：150日历天\n\
                项目负责人：马**\n\n\
                第二中标候选人：某建设工程有限公司\n投标报价：5,203,115.48元\n工期：150日历天\n\
                项目负责人：张**\n\n\
                第三中标候选人：某筑业工程有限公司\n投标报价：5,241,900.00元\n工期：145日历天\n\
                项目负责人：王**\n\
                公示期：2025年7月8日至2025年7月10日\n\n某区某街道办事处\n2025年7月8日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let from = text.find("第一中标候选人").unwrap();
    let to = text.find("王**").unwrap() + "王**".len();
    let block = &text[from..to];
    for key in ["candidates", "bidDetails", "projectManager"] {
        assert!(
            values_of(&r.elements, key, text).contains(&block),
            "{key}: {:?}",
            values_of(&r.elements, key, text)
        );
    }
}

/// What a notice of its kind is about is never reported missing when the reader does not find
/// it: a violation record told in prose names its party and what it did, so the reader's failure
/// to read them is not the notice's (政府信息公开条例 Art 6: a finding that something was not
/// disclosed must be as accurate as the disclosure). They are not stated, and not judged; what
/// the record may lack (the authority's own line) is still absent.
#[test]
fn what_a_record_is_about_is_not_stated_when_unread_gi_art_6() {
    let text = "某市公共资源交易监督管理局关于某工程咨询有限公司招标投标违法行为记录的公告\n\n\
        某工程咨询有限公司在代理某路绿化工程施工招标中，向他人透露已获取招标文件的潜在投标人名称，\
        违反了《中华人民共和国招标投标法》第二十二条第一款的规定。\n\
        现予公告，公告期限为六个月。\n\n\
        某市公共资源交易监督管理局\n2025年9月3日\n";
    let r = engine()
        .validate_notice(
            text,
            &NoticeSource::default(),
            &crate::Context::new("2025-09-04".parse().unwrap()),
        )
        .expect("a notice");
    let reading = &r.reading;
    assert_eq!(reading.record.item, crate::ItemKind::BiddingViolationRecord);
    assert!(reading.complete);
    for key in ["partyName", "violation"] {
        if reading.elements.iter().any(|e| e.key == key) {
            continue;
        }
        assert!(!reading.absent.iter().any(|k| k == key), "{key} absent");
        assert!(reading.not_stated.iter().any(|k| k == key), "{key} stated");
        assert!(!r.findings.iter().any(|f| {
            f.finding.code().as_str() == "element.missing"
                && f.finding.path() == format!("/content/{key}")
        }));
    }
    assert!(
        reading.absent.iter().any(|k| k == "decisionDate"),
        "{:?}",
        reading.absent
    );
}

/// A works project tendered on land offered for sale is construction bidding's, not the land's
/// (招标投标法实施条例 Art 2: 工程 is 建设工程): the title's project ends in `工程`, whatever
/// `地块` it names before.
#[test]
fn a_works_project_on_land_for_sale_is_construction_bidding_tiaoli_art_2() {
    let title = |t: &str| {
        format!("{t}\n项目名称：某区拟出让地块前期平整工程\n中标人：某建筑工程有限公司\n")
    };
    let works = classify(&title(
        "【中标结果公告】某区2025年度拟出让地块前期土地平整及围挡工程（重新招标）中标结果公告",
    ));
    assert_eq!(works.item(), Some(crate::ItemKind::BiddingAward));
    // A parcel's own result stays the land's.
    let parcel = classify(&title(
        "某区2025-07号地块国有建设用地使用权招标出让中标结果公告",
    ));
    assert_eq!(
        parcel.domain.map(|d| d.value),
        Some(crate::Domain::LandUseRights)
    );
}

/// A contract's notice copied without its title is known by the 50号 format's first two
/// headings (财办库〔2020〕50号, 合同公告: 一、合同编号 二、合同名称); its contract, listed under
/// `十、附件：` as a file on the next line, is elsewhere, not missing (政府采购法实施条例 Art 50).
#[test]
fn a_contract_notice_without_its_title_is_a_contract_format_50() {
    let text = "一、合同编号：HT-2025-0193\n二、合同名称：某局办公计算机采购合同\n\
        三、项目编号：XJ-2025-0193\n四、项目名称：某局办公计算机采购项目\n五、合同主体\n\
        采购人（甲方）：某市某局\n供应商（乙方）：某科技有限公司\n\
        六、合同主要信息\n合同金额：¥368,500.00\n七、合同签订日期：2025年9月10日\n\
        八、合同公告日期：2025年9月12日\n九、其他补充事宜：无\n十、附件：\n\
        政府采购合同（HT-2025-0193）.pdf\n\n某市某局\n2025年9月12日\n";
    let k = classify(text);
    assert_eq!(k.item(), Some(crate::ItemKind::ProcurementContract));
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        !r.absent.iter().any(|k| k == "contractText"),
        "{:?}",
        r.absent
    );
    assert!(r.not_stated.iter().any(|k| k == "contractText"));
}

/// The notice a suspension concerns, named by its issuer and date without `于`
/// (`某局2024年9月6日发布的《…》（…号）`): also from its date, as readers quote it
/// (招拍挂规定 Art 17's listing, suspended).
#[test]
fn the_suspended_notice_is_quoted_from_its_date() {
    let text = "关于中止JC2024-31号地块挂牌出让活动的公告\n\
        某市自然资源局2024年9月6日发布的《某市国有建设用地使用权挂牌出让公告》（某自然资挂字〔2024〕9号）\
        拟以挂牌方式出让JC2024-31号等3宗地块。因地下管线迁改未完成，决定中止JC2024-31号地块的挂牌出让活动。\n\
        某市自然资源局\n2024年10月8日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        values_of(&r.elements, "originalNotice", text).contains(
            &"2024年9月6日发布的《某市国有建设用地使用权挂牌出让公告》（某自然资挂字〔2024〕9号）"
        ),
        "{:?}",
        values_of(&r.elements, "originalNotice", text)
    );
}

/// When bids close and how they are sent, on two label lines (`投标截止时间：…` over
/// `投标文件递交方式：…`), are the call's 递交投标文件的截止时间、方式 (发改委令2017年第10号
/// Art 5 (四)): both lines, labels included, as the conventions read two consecutive labels of
/// one element; the deadline alone is still its own event.
#[test]
fn a_deadline_over_its_method_is_the_submission_element_order_10_art_5() {
    let text = "某县幼儿园建设项目施工招标公告\n项目名称：某县幼儿园建设项目\n\
        招标人：某县教育局\n招标文件获取：2025年7月8日至2025年7月14日，在某市公共资源交易网免费下载。\n\
        投标截止时间：2025年7月29日9时30分\n投标方式：通过电子交易平台递交电子投标文件。\n\
        某县教育局\n2025年7月7日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        values_of(&r.elements, "submissionDeadlineAndMethod", text).contains(
            &"投标截止时间：2025年7月29日9时30分\n投标方式：通过电子交易平台递交电子投标文件。"
        ),
        "{:?}",
        values_of(&r.elements, "submissionDeadlineAndMethod", text)
    );
    assert!(!r.absent.iter().any(|k| k == "submissionDeadlineAndMethod"));
    assert_eq!(
        values_of(&r.elements, "bidDeadline", text),
        ["2025年7月29日9时30分"]
    );
}

/// Who may bid for land, in a call without the section's heading: the paragraph that opens
/// with whom the law admits (竞买人资格, an element of the land transfer announcement), after
/// its section's number when it has one; nothing is read from a paragraph that does not say
/// who may (`中华人民共和国境内` in passing).
#[test]
fn who_may_bid_is_the_paragraph_that_admits_them() {
    let call = |who: &str| {
        format!(
            "某县国有建设用地使用权挂牌出让公告\n经某县人民政府批准，某县自然资源局决定以挂牌方式出让1宗国有建设用地使用权。\n\
             一、宗地编号：2025-07，位于某镇工业园区，面积12,506.33平方米，用途工业用地，出让年限50年。\n\
             {who}\n三、挂牌时间为2025年11月17日9时至2025年12月1日10时，地点为某县公共资源交易中心。\n\
             某县自然资源局\n2025年10月20日\n"
        )
    };
    let admits = "二、中华人民共和国境内外的法人、自然人和其他组织均可申请参加竞买，申请人可以单独申请，也可以联合申请。";
    let text = call(admits);
    let r = read(&text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "bidderRequirements", &text),
        [&admits["二、".len()..]]
    );
    let text = call("二、本宗地位于中华人民共和国境内某县，交地条件为净地。");
    let r = read(&text, &NoticeSource::default()).expect("a notice");
    assert!(values_of(&r.elements, "bidderRequirements", &text).is_empty());
}

/// A site's menu listed a line an item (`首页` over `产权转让` over `增资扩股`, a page's `<li>`s)
/// names the site's columns, not the notice: an equity transfer's page is its title's
/// (企业国有资产交易监督管理办法, 国资委 财政部令第32号: 产权转让 and 增资 are different
/// transactions), not the menu's capital increase.
#[test]
fn a_sites_listed_menu_is_not_the_notice() {
    let page = "<html><body><div class=\"head\">某联合产权交易所<ul><li>首页</li><li>产权转让</li>\
        <li>增资扩股</li><li>资产转让</li><li>房屋租赁</li></ul></div>\
        <h2>某物流有限公司40%股权转让</h2><p>发布时间：2025-04-01</p>\
        <p>一、项目基本情况</p><table><tr><td>转让标的</td><td>某物流有限公司40%股权</td></tr>\
        <tr><td>转让底价</td><td>2860.00万元</td></tr></table></body></html>";
    let r = read(page, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.method,
        Some(crate::Method::EnterpriseEquityTransfer)
    );
    // Cells pasted a line each are no menu.
    assert_eq!(
        super::kind::listed_menu("序号\n承租人\n身份证号\n承租房屋\n退出原因\n"),
        None
    );
    assert_eq!(
        super::kind::listed_menu("某交易所\n首页\n产权转让\n增资扩股\n某公司股权转让\n"),
        Some((0, 4))
    );
}

/// The notice or project a suspension concerns, as readers quote it: from the date it was
/// published (`2025年8月12日在某网发布了《…》（…号）`, `2021年9月3日发布《…》`), and a project
/// numbered before a rule the paragraph cites (`…公开挂牌的某公司35%股权转让项目（项目编号：…），
/// …根据《…细则》`) by its name and number; the reason from its 因 after the parcel it concerns
/// (`其中某号地块因涉及司法查封，`).
#[test]
fn what_a_suspension_concerns_is_quoted_as_readers_quote_it() {
    let land = "关于终止KCC2021-31号地块挂牌出让的公告\n\
        我局于2021年9月3日发布《某市国有建设用地使用权挂牌出让公告》（某自然资挂告〔2021〕31号），\
        其中KCC2021-31号地块因涉及司法查封，经研究，决定终止该宗地国有建设用地使用权挂牌出让活动。\n\
        某市自然资源局\n2021年9月20日\n";
    let r = read(land, &NoticeSource::default()).expect("a notice");
    assert!(values_of(&r.elements, "originalNotice", land).contains(
        &"2021年9月3日发布《某市国有建设用地使用权挂牌出让公告》（某自然资挂告〔2021〕31号）"
    ));
    assert!(values_of(&r.elements, "reason", land).contains(&"因涉及司法查封"));
    let property = "关于中止某公司35%股权转让项目的公告\n\
        某产权交易所于2023年11月6日公开挂牌的某物流有限公司35%股权转让项目（项目编号：HNCQ2023GQ0152），\
        因转让方收到上级单位关于暂缓转让的通知，根据《某产权交易所企业国有产权转让操作细则》的相关规定，\
        现决定中止该项目的挂牌交易活动。\n某产权交易所\n2023年11月20日\n";
    let r = read(property, &NoticeSource::default()).expect("a notice");
    assert!(
        values_of(&r.elements, "originalNotice", property)
            .contains(&"某物流有限公司35%股权转让项目（项目编号：HNCQ2023GQ0152）"),
        "{:?}",
        values_of(&r.elements, "originalNotice", property)
    );
}

/// The files a notice lists under its attachments' heading, numbered (`十、附件` over
/// `1.主要标的信息表`), hold the elements they name: those are not stated in the page, and the
/// line after a file's name (the 落款's body) is no value of it (财办库〔2020〕50号's 中标（成交）
/// 结果公告 lists its 主要标的信息 and 评审专家名单).
#[test]
fn elements_in_listed_attachments_are_not_stated_format_50() {
    let text = "某局物业服务项目中标（成交）结果公告\n一、项目编号：LK-2023-01\n\
        二、项目名称：某局物业服务项目\n三、中标（成交）信息\n供应商名称：某物业服务有限公司\n\
        中标（成交）金额：人民币5,316,000.00元\n四、主要标的信息\n详见附件。\n\
        五、评审专家（单一来源采购人员）名单：\n详见附件。\n六、代理服务收费标准及金额：金额：人民币46,800.00元。\n\
        七、公告期限\n自本公告发布之日起1个工作日。\n八、其他补充事宜\n无\n\
        九、凡对本次公告内容提出询问，请按以下方式联系。\n采购人：某局，联系方式：0371-26962117\n\
        十、附件\n1.主要标的信息表\n2.评审专家名单\n\n某工程管理有限公司\n2023年3月30日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    for key in ["mainItems", "evaluationExperts"] {
        assert!(
            r.not_stated.iter().any(|k| k == key),
            "{key}: {:?}",
            r.not_stated
        );
        assert!(
            values_of(&r.elements, key, text)
                .iter()
                .all(|v| !v.contains("有限公司"))
        );
    }
}

/// A decision signed with its date alone is the organ's its title names (`某市住房和城乡建设局
/// 行政处罚决定书`): 行政处罚法 Art 59 (六)'s 作出决定的行政机关 is stated, not absent.
#[test]
fn a_decision_signed_with_its_date_alone_is_its_titles_organ_art_59() {
    let text = "某市住房和城乡建设局行政处罚决定书\n某建罚字〔2024〕第12号\n当事人：某建筑工程有限公司\n\
        经查，你公司在某工程施工中未按规定进行招标。\n\
        依据《中华人民共和国招标投标法》第四十九条的规定，本局决定对你公司处以罚款人民币5万元。\n\
        如不服本决定，可在收到本决定书之日起60日内申请行政复议。\n2024年8月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "authority", text),
        ["某市住房和城乡建设局"]
    );
    assert!(!r.absent.iter().any(|k| k == "authority"));
}

/// The panel that evaluates named by its method (`询价小组成员：…`, 政府采购非招标采购方式管理办法
/// Art 7: 竞争性谈判小组或者询价小组) and a mining right's area with the range it is drawn by
/// (`勘查面积及范围：…`) are the elements they name.
#[test]
fn panels_and_a_rights_area_are_read_by_their_labels_order_74_art_7() {
    let result = "某医院办公家具采购项目询价成交公告\n项目名称：某医院办公家具采购项目\n\
        成交供应商名称：某家具有限公司\n成交金额：¥368,500.00\n询价小组成员：马卫东、陈晓丽、杨帆\n\
        公告期限：1个工作日\n某招标有限公司\n2021年9月22日\n";
    let r = read(result, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "evaluationExperts", result),
        ["马卫东、陈晓丽、杨帆"]
    );
    let call = "某县某铁矿勘探探矿权挂牌出让公告\n勘查矿种：铁矿\n\
        勘查面积及范围：12.36平方千米，由4个拐点坐标圈定（2000国家大地坐标系）\n\
        出让年限：5年\n某省自然资源厅\n2025年3月2日\n";
    let r = read(call, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        values_of(&r.elements, "area", call),
        ["12.36平方千米，由4个拐点坐标圈定（2000国家大地坐标系）"]
    );
}

/// A call for intending users of land by agreement says under `供地方式` what happens when two
/// or more come forward: that is its element for it (意向用地者两个以上时的供地方式), not a method.
#[test]
fn a_call_for_intending_users_states_its_competition_rule() {
    let text = "某县国有建设用地使用权协议出让公示\n宗地位置：某县城关镇工业园区\n面积：12506.33平方米\n\
        用途：工业用地\n出让年限：50年\n\
        供地方式：有两个或者两个以上意向用地者的，该宗地改为以挂牌方式出让。\n某县自然资源局\n2025年3月2日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.item, crate::ItemKind::LandAgreementPublicity);
    assert_eq!(
        values_of(&r.elements, "competitionRule", text),
        ["有两个或者两个以上意向用地者的，该宗地改为以挂牌方式出让。"]
    );
}

/// When and where land is offered, in a call without the section's heading: the paragraph that
/// gives the sale's time with its place (时间和地点, an element of the land transfer
/// announcement); a paragraph of times without a place gives nothing.
#[test]
fn the_time_and_place_of_a_sale_is_its_paragraph() {
    let call = |p: &str| {
        format!(
            "某市国有建设用地使用权招标出让公告\n经某市人民政府批准，某市自然资源局决定以招标方式出让1宗国有建设用地使用权。\n\
             宗地编号：2025-11，面积31,204.8平方米，用途商业用地，出让年限40年。\n{p}\n\
             某市自然资源局\n2025年8月20日\n"
        )
    };
    let p = "投标文件接收时间为2025年6月24日9时至2025年6月30日10时，开标时间与投标截止时间相同，开标地点为某县公共资源交易中心一楼开标室。";
    let text = call(p);
    let r = read(&text, &NoticeSource::default()).expect("a notice");
    assert_eq!(values_of(&r.elements, "timeAndPlace", &text), [p]);
    let text = call("开标时间为2025年6月30日10时。");
    let r = read(&text, &NoticeSource::default()).expect("a notice");
    assert!(values_of(&r.elements, "timeAndPlace", &text).is_empty());
}

/// A phone post's headline that puts the notice's type before a bar (`成交结果公示丨某公司…资产
/// 转让项目`) is of that type, as a portal's 【…】 tag is; a department's list of the rights it
/// registered (`采矿权登记信息公告`, 矿产资源开采登记管理办法) is the rights' holder information.
#[test]
fn a_type_before_a_bar_and_a_registration_list_are_read_as_such() {
    let post = "成交结果公示丨某置业有限公司商业用房资产转让项目\n项目编号：XBCQ2025ZC0219\n\
        转让方：某置业有限公司\n受让方：某商贸有限公司\n成交价：人民币1085.60万元\n\
        成交日期：2025年4月22日\n某产权交易所\n2025年4月23日\n";
    assert_eq!(
        classify(post).item(),
        Some(crate::ItemKind::PropertyDealResult)
    );
    let list = "某省自然资源厅采矿权登记信息公告\n\
        根据《矿产资源开采登记管理办法》等有关规定，我厅对下列采矿权办理了登记手续，现予公告：\n\
        序号\t许可证号\t采矿权人\t矿山名称\n1\tC3200002011067120114582\t某盐穴矿业有限公司\t某盐矿\n\
        某省自然资源厅\n2025年3月24日\n";
    assert_eq!(
        classify(list).item(),
        Some(crate::ItemKind::MiningRightHolderInformation)
    );
}

/// One ID number exposed is one finding (政府信息公开条例 Art 15, GI-15-PRIVACY): inside a
/// candidate's block it is inside the candidates, their bids and the project manager's line,
/// and its finding is on the narrowest, the project manager; a wider element keeps a finding
/// only for a number of its own.
#[test]
fn one_exposed_number_is_found_once_on_the_narrowest_element() {
    let text = "云江市滨河路排水管网改造工程施工中标候选人公示\n\
                一、项目基本情况\n项目名称：云江市滨河路排水管网改造工程施工\n招标编号：YJ-2025-SG-017\n\
                二、中标候选人情况\n第一中标候选人：云江市政工程有限公司\n投标报价：3,218,760.00元\n\
                项目负责人：李建国，身份证号：210102198306152415，一级注册建造师\n\
                第二中标候选人：云江管道安装有限公司\n投标报价：3,266,300.00元\n\
                三、公示期\n2025年9月15日至2025年9月19日\n\
                四、联系方式\n招标人：云江市住房和城乡建设局\n联系电话：0871-31528806\n\
                云江市住房和城乡建设局\n2025年9月15日\n";
    assert_eq!(
        id_numbers_exposed_at(text, "2025-09-20"),
        ["/content/projectManager"]
    );
}

/// A parcel's or a right's area under the words portals label it with (`用地面积`, `勘查区范围`,
/// `矿区范围`) is the item's area (面积, 范围: the land and mining items' elements, R), and a
/// supply result's `成交价` its price.
#[test]
fn areas_and_a_supply_price_under_their_portal_labels() {
    let source = NoticeSource::default();
    for (text, key, value) in [
        (
            "云江市国有建设用地使用权协议出让公示\n宗地编号：YJ-XY2025-004\n\
             宗地位置：云江市高新区团山路以东\n用地面积：12506.33平方米\n土地用途：工业用地\n",
            "area",
            "12506.33平方米",
        ),
        (
            "云江县铜矿勘探探矿权拍卖出让公告\n勘查矿种：铜\n勘查区位置：云江县曲措乡\n\
             勘查区范围：由6个拐点圈定，面积18.42平方千米\n出让年限：5年\n",
            "area",
            "由6个拐点圈定，面积18.42平方千米",
        ),
        (
            "云江市国有建设用地使用权供地结果公示\n宗地位置：云江市章江新区\n面积（公顷）：2.1863\n\
             土地用途：零售商业用地\n受让人：云江商贸发展有限公司\n成交价：6,580万元\n",
            "price",
            "6,580万元",
        ),
    ] {
        let r = read(text, &source).expect("a notice");
        assert_eq!(
            r.record.content.get(key).map(String::as_str),
            Some(value),
            "{text}"
        );
    }
}

/// A publicity that gives each thing it states of the candidates in a section of its own
/// (发改委令第10号 Art 6 ¶1: the ranking, the bids, the project managers) ranks its lines in each
/// (`第一名：…`): only the ranking's lines are the candidates; the project managers' are the
/// project managers, and a number exposed in one is theirs.
#[test]
fn ranked_lines_in_a_section_of_project_managers_are_not_candidates_art_6() {
    let text = "云江县纳金乡安居配套基础设施工程中标候选人公示\n\
                一、中标候选人及排序\n第一名：云江圣域建筑工程有限公司\n第二名：云江雅砻工程建设有限公司\n\
                二、投标报价、质量、工期\n第一名：投标报价1568.2300万元，质量合格，工期180日历天\n\
                第二名：投标报价1574.9516万元，质量合格，工期180日历天\n\
                三、拟派项目负责人\n第一名：次某多吉，身份证号540102198306174514，一级注册建造师\n\
                第二名：拉某，一级注册建造师，证书编号藏154131400388\n\
                四、公示期\n2025年8月25日至2025年8月28日\n\
                云江县农业农村局\n2025年8月25日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("candidates").map(String::as_str),
        Some("第一名：云江圣域建筑工程有限公司\n第二名：云江雅砻工程建设有限公司")
    );
    assert_eq!(
        id_numbers_exposed_at(text, "2025-08-29"),
        ["/content/projectManager"]
    );
}

/// An allocation result's list that gives each allottee's home is also the homes assigned (公共
/// 租赁住房管理办法 Art 14 ¶2: the result made public); and where the reader finds no allottees, it
/// cannot tell that the homes are missing either: not stated, never `element.missing`.
#[test]
fn an_allottee_list_with_homes_is_the_homes_assigned_art_14() {
    let source = NoticeSource::default();
    let text = "云江区人才公寓定向配租结果公告\n经审核，现将定向配租结果公告如下：\n\
                序号\t承租单位\t配租项目\t配租套数\t月租金（元）\n\
                1\t云江智造装备有限公司\t云江人才公寓A栋\t40\t52000\n\
                2\t云江精密模具科技有限公司\t云江人才公寓B栋\t25\t32500\n\
                云江区住房和城乡建设局\n2025年9月1日\n";
    let r = read(text, &source).expect("a notice");
    let c = &r.record.content;
    assert!(c.get("allotteeList").is_some(), "{c:?}");
    assert_eq!(c.get("housingAssigned"), c.get("allotteeList"));
    // The list in a sentence the reader does not take apart.
    let text = "云江县公共租赁住房选房结果公告\n\
                2025年9月28日，我县组织开展公共租赁住房公开选房活动，经公开摇号、现场选房，\
                黄*宁、韦*芳等6户家庭已分别选定和谐家园的房屋。\n\
                云江县住房和城乡建设局\n2025年9月29日\n";
    let r = read(text, &source).expect("a notice");
    assert!(!r.record.content.contains_key("allotteeList"));
    assert!(!r.absent.iter().any(|k| k == "housingAssigned"), "{r:?}");
    assert!(r.not_stated.iter().any(|k| k == "housingAssigned"));
}

/// A decision's list of penalties ends its last item with a full stop (`三、当事人自退回…之日起
/// 五年内不得再次申请…。`): a sentence, not a heading over the paragraph after it, which states
/// how and by when the penalty is performed (行政处罚法 Art 59 (四)).
#[test]
fn a_penalty_lists_last_item_heads_nothing_art_59() {
    let text = "云江县住房和城乡建设局\n行政处罚决定书\n云住建罚〔2025〕5号\n\
                当事人：陈某华\n住址：云江县城关镇解放路东巷12号\n\
                经查，当事人以欺骗手段取得公共租赁住房承租资格。以上事实有询问笔录等证据证实。\n\
                依据《公共租赁住房管理办法》第三十五条的规定，本局决定对当事人作出如下处罚：\n\
                一、处以罚款人民币壹仟元整（¥1,000.00）；\n\
                二、责令当事人于2025年11月30日前退回所承租的公共租赁住房；\n\
                三、当事人自退回公共租赁住房之日起五年内不得再次申请公共租赁住房。\n\
                当事人应自收到本决定书之日起15日内到云江县住房保障服务中心缴纳罚款。\n\
                云江县住房和城乡建设局\n2025年10月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert_eq!(c.get("partyName").map(String::as_str), Some("陈某华"));
    assert_eq!(
        c.get("performance").map(String::as_str),
        Some("当事人应自收到本决定书之日起15日内到云江县住房保障服务中心缴纳罚款。")
    );
}

/// A housing policy states who may apply (公共租赁住房管理办法 Art 7 ¶2: the conditions are set
/// locally and made public) under a run-in heading (`保障对象和条件。申请…`, `一、保障对象及准入
/// 条件。…`) or in an article that lists them (`第二条　申请…应当同时符合下列条件：` over `（一）…`):
/// each is the policy's eligibility criteria.
#[test]
fn a_policys_eligibility_in_run_in_headings_and_articles_art_7() {
    let source = NoticeSource::default();
    let run_in = "云江市保障性租赁住房配租管理规定\n\
                  为规范保障性租赁住房配租管理，制定本规定。\n\
                  保障对象和条件。申请保障性租赁住房的对象，应当在本市无自有住房，并在市区稳定就业。\n\
                  配租方式。保障性租赁住房实行线上申请、资格审核、按序选房。\n\
                  本规定自2025年8月1日起施行。\n云江市住房和城乡建设局\n2025年7月1日\n";
    let r = read(run_in, &source).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("eligibilityCriteria")
            .map(String::as_str),
        Some("申请保障性租赁住房的对象，应当在本市无自有住房，并在市区稳定就业。")
    );
    let numbered = run_in.replace("保障对象和条件。", "一、保障对象及准入条件。");
    let r = read(&numbered, &source).expect("a notice");
    assert!(r.record.content.contains_key("eligibilityCriteria"));
    let article = "云江市公共租赁住房分配管理实施细则\n\
                   第一条　为规范公共租赁住房分配管理，制定本细则。\n\
                   第二条　申请公共租赁住房，应当同时符合下列条件：\n\
                   （一）申请人具有本市城镇户籍或在本市稳定就业满1年；\n\
                   （二）家庭人均月收入低于3500元。\n\
                   第三条　本细则自2025年4月1日起施行。\n云江市住房和城乡建设局\n2025年3月10日\n";
    let r = read(article, &source).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("eligibilityCriteria")
            .map(String::as_str),
        Some(
            "申请公共租赁住房，应当同时符合下列条件：\n（一）申请人具有本市城镇户籍或在本市稳定就业满1年；\n（二）家庭人均月收入低于3500元。"
        )
    );
}

/// A section joining the project manager and the certificate (`四、项目负责人姓名及证书`,
/// `三、拟派总监理工程师及证书`) is the project manager element (发改委令第10号 Art 6 ¶1: 项目负责人
/// 姓名及其相关证书名称和编号), its ranked lines the managers.
#[test]
fn a_section_of_managers_and_certificates_is_the_project_manager_art_6() {
    for heading in ["四、项目负责人姓名及证书", "四、拟派总监理工程师及证书"]
    {
        let text = format!(
            "云江市滨湖公园提质改造工程施工中标候选人公示\n\
             二、中标候选人及排序\n第一中标候选人：云江园林建设有限公司\n第二中标候选人：云江建筑工程有限公司\n\
             {heading}\n第一中标候选人：刘*军，一级注册建造师，证书编号湘1432014201567832\n\
             第二中标候选人：彭*，一级注册建造师，证书编号湘1432016201603417\n\
             五、公示期\n2025年12月1日至2025年12月3日\n云江市住房和城乡建设局\n2025年12月1日\n"
        );
        let r = read(&text, &NoticeSource::default()).expect("a notice");
        let c = &r.record.content;
        assert_eq!(
            c.get("projectManager").map(String::as_str),
            Some(
                "第一中标候选人：刘*军，一级注册建造师，证书编号湘1432014201567832\n\
                 第二中标候选人：彭*，一级注册建造师，证书编号湘1432016201603417"
            ),
            "{heading}"
        );
        assert!(!c["candidates"].contains("刘*军"), "{heading}");
    }
}

/// A decision printed with its organ's line over its bare type (`云江市市场监督管理局` over
/// `行政处罚决定书`, or spaced out) and signed with a date alone names its authority in that line
/// (行政处罚法 Art 59 (六)); a site's banner over a titled notice is no authority.
#[test]
fn the_organ_over_a_bare_decision_title_is_its_authority_art_59() {
    let body = "云市监处罚〔2025〕58号\n当事人：云江汇丰贸易有限公司\n\
                经查，当事人在某国有股权转让项目中与其他竞买人串通。以上事实有询问笔录等证据证明。\n\
                依据《中华人民共和国拍卖法》第六十五条，决定对当事人处以罚款人民币2万元。\n\
                当事人应自收到本决定书之日起十五日内缴纳罚款。\n\
                如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。\n\
                2025年7月15日\n";
    for title in ["行政处罚决定书", "行 政 处 罚 决 定 书"] {
        let text = format!("云江市市场监督管理局\n{title}\n{body}");
        let r = read(&text, &NoticeSource::default()).expect("a notice");
        assert_eq!(
            r.record.content.get("authority").map(String::as_str),
            Some("云江市市场监督管理局"),
            "{title}"
        );
        assert!(!r.absent.iter().any(|k| k == "authority"));
    }
    let text =
        format!("云江市公共资源交易中心\n关于对云江汇丰贸易有限公司的行政处罚决定书\n{body}");
    let r = read(&text, &NoticeSource::default()).expect("a notice");
    assert_ne!(
        r.record.content.get("authority").map(String::as_str),
        Some("云江市公共资源交易中心")
    );
}

/// A capital increase's section on the enterprise under the words exchanges use (`一、增资企业
/// 概况`) is its profile (企业国有资产交易监督管理办法 Art 39 (一): 企业的基本情况), the name
/// under it the target.
#[test]
fn an_increases_enterprise_overview_is_its_profile_art_39() {
    let text = "云江稀宝新材料科技有限公司增资公告\n一、增资企业概况\n增资企业：云江稀宝新材料科技有限公司\n\
                该公司成立于2018年5月，注册资本6,000万元，主要从事稀土永磁材料的研发和生产。\n\
                二、增资方案\n拟募集资金不低于9,000万元。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert!(
        c.get("enterpriseProfile")
            .is_some_and(|p| p.contains("注册资本6,000万元")),
        "{c:?}"
    );
    assert_eq!(
        c.get("targetEnterprise").map(String::as_str),
        Some("云江稀宝新材料科技有限公司")
    );
}

/// A state property deal's decision and approval published under the exchanges' headings
/// (`二、决策情况`, `三、批准情况`): the item's deciding body and approval (决策机构, 批准文件;
/// grade R, the articles of 企业国有资产交易监督管理办法 on them not being in the text held).
#[test]
fn a_deals_decision_and_approval_under_their_headings() {
    let text = "云江国有资本运营集团有限公司\n关于云江热电有限公司20%股权转让决策及批准情况的公示\n\
                一、转让方\n云江国有资本运营集团有限公司\n\
                二、决策情况\n2025年4月25日，云江国有资本运营集团有限公司董事会审议通过转让议案。\n\
                三、批准情况\n云江市国资委《关于同意转让云江热电有限公司部分股权的批复》（云国资发〔2025〕58号）。\n\
                云江国有资本运营集团有限公司\n2025年5月23日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert!(
        c.get("decisionBody").is_some_and(|v| v.contains("董事会")),
        "{c:?}"
    );
    assert!(
        c.get("approvalDocument")
            .is_some_and(|v| v.contains("批复")),
        "{c:?}"
    );
    assert!(r.absent.is_empty(), "{:?}", r.absent);
}

/// The penalties a decision lists (行政处罚法 Art 59 (三)) include an item that counts its own
/// time and makes good what was gained (`责令…自收到本决定书之日起30日内退回…，并按市场价格补缴租
/// 金`): it opens imposing, so it is not the paragraph on how to pay the fine (Art 59 (四)) that
/// follows the list; nor is an unnumbered order under the lead (`责令…禁止…自本决定送达之日起6个月
/// 内…`).
#[test]
fn a_listed_penalty_that_counts_its_time_is_a_penalty_not_its_payment_art_59() {
    let text = "某市住房和城乡建设局\n行政处罚决定书\n某住建罚〔2025〕第12号\n当事人：陈某某\n\
                经查，当事人隐瞒自有住房骗取公共租赁住房保障资格。以上事实有询问笔录等证据证明。\n\
                依据《公共租赁住房管理办法》第三十六条的规定，本局决定对当事人作出如下行政处罚：\n\
                1.责令当事人自收到本决定书之日起30日内退回所承租的公共租赁住房，并按市场价格补缴租金；\n\
                2.处以罚款人民币1,000元。\n\
                当事人应当自收到本决定书之日起15日内，到指定银行缴纳罚款。\n\
                当事人如不服本决定，可以自收到本决定书之日起60日内申请行政复议。\n\
                某市住房和城乡建设局\n2025年6月16日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let penalty = values_of(&r.elements, "penalty", text);
    let listed = "1.责令当事人自收到本决定书之日起30日内退回所承租的公共租赁住房，并按市场价格补缴租金；\n\
                  2.处以罚款人民币1,000元。";
    assert!(penalty.contains(&listed), "{penalty:?}");
    assert!(
        !penalty.iter().any(|p| p.contains("到指定银行缴纳罚款")),
        "{penalty:?}"
    );
    assert_eq!(
        values_of(&r.elements, "performance", text),
        ["当事人应当自收到本决定书之日起15日内，到指定银行缴纳罚款。"]
    );
    // Under a lead without a list, an order that counts from service is the penalty.
    let text = "某市住房和城乡建设局\n行政处罚决定书\n当事人：杨某\n\
                经查，当事人在评标中未按招标文件规定的标准评标。\n\
                依据《中华人民共和国招标投标法实施条例》第七十一条的规定，本机关决定对当事人作出如下行政处理：\n\
                责令当事人改正，禁止当事人自本决定送达之日起6个月内参加依法必须进行招标的项目的评标。\n\
                如不服本决定，可在收到本决定书之日起60日内申请行政复议。\n\
                某市住房和城乡建设局\n2025年4月23日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let ordered =
        "责令当事人改正，禁止当事人自本决定送达之日起6个月内参加依法必须进行招标的项目的评标。";
    let penalty = values_of(&r.elements, "penalty", text);
    assert!(penalty.iter().any(|p| p.ends_with(ordered)), "{penalty:?}");
}

/// A heading that gives the basis and the penalty (`处罚依据和内容`, 行政处罚法 Art 59 (三))
/// over a lead ending `如下行政处罚：` and its list numbered as headings are (`一、中标无效；`):
/// the penalty is the list, or the lead with it, and the basis runs with it to the list's end.
#[test]
fn a_penalty_headed_with_its_basis_runs_over_its_numbered_list_art_59() {
    let text = "某州住房和城乡建设局\n行政处罚决定书\n当事人：某建设有限公司\n\
                违法事实和证据：\n    经查，你公司与另一投标人相互串通投标。上述事实有开标记录等证据为证。\n\
                处罚依据和内容：\n    依据《中华人民共和国招标投标法》第五十三条的规定，本局决定对你公司作出如下行政处罚：\n\
                    一、中标无效；\n    二、处中标项目金额千分之六的罚款，计人民币93,792元。\n\
                履行方式和期限：\n    你公司应自收到本决定书之日起十五日内缴纳罚款。\n\
                某州住房和城乡建设局\n2025年6月9日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let penalty = values_of(&r.elements, "penalty", text);
    let list = "一、中标无效；\n    二、处中标项目金额千分之六的罚款，计人民币93,792元。";
    assert!(penalty.contains(&list), "{penalty:?}");
    let lead =
        "依据《中华人民共和国招标投标法》第五十三条的规定，本局决定对你公司作出如下行政处罚：";
    let whole = format!("{lead}\n{list}");
    assert!(penalty.contains(&whole.as_str()), "{penalty:?}");
    let basis = values_of(&r.elements, "penaltyBasis", text);
    assert!(basis.contains(&whole.as_str()), "{basis:?}");
    assert!(
        !penalty.iter().any(|p| p.contains("缴纳罚款")),
        "{penalty:?}"
    );
}

/// A deal's result laid out as a form of labels and values set apart by spaces, no colon
/// (`受让方　　　某集团股份有限公司`, `成交价格　　人民币4,260.00万元`), as an exchange's page copies:
/// each line is its label's value, so the buyer, price and date the result discloses
/// (企业国有资产交易监督管理办法 (32号令)'s result publicity; grade R) are read, not absent.
#[test]
fn a_deal_result_laid_out_as_labels_and_values_apart_by_spaces_is_read_32hao() {
    let text = "某能源服务有限公司100%股权转让成交公告\n\n项目编号：SZ-GQ2024-0001\n\n\
                项目名称　　某能源服务有限公司100%股权转让\n转让方　　　某集团有限公司\n\
                受让方　　　某燃气股份有限公司\n挂牌价格　　人民币4,260.00万元\n\
                成交价格　　人民币4,260.00万元\n成交日期　　2024.09.18\n\n特此公告。\n2024年9月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let c = &r.record.content;
    assert_eq!(
        c.get("transferee").map(String::as_str),
        Some("某燃气股份有限公司")
    );
    assert_eq!(
        c.get("dealPrice").map(String::as_str),
        Some("人民币4,260.00万元")
    );
    assert_eq!(c.get("dealDate").map(String::as_str), Some("2024.09.18"));
    assert!(!r.absent.iter().any(|k| k == "dealPrice"), "{:?}", r.absent);
    // A label and a value with a colon in it is no such form (`名　称：某局` is a labelled line).
    let named = "采购人信息\n名　　称：某市教育局\n地　　址：某路37号\n";
    assert!(crate::notice::tables::tables(named).is_empty());
}

/// Sections under the wordings portals give them: a mining grant's `竞买规则和条件` is who may
/// bid and how (矿业权出让交易规则's 出让公告 content: 竞买人条件, 竞价规则), and a call for
/// tenders' `延期事项` is what its extension corrects (招标投标法实施条例 Art 21's 澄清或者修改).
#[test]
fn a_grants_rules_and_conditions_and_an_extensions_matters_are_read_art_21() {
    let text = "某州自然资源局采矿权挂牌出让公告\n一、出让人\n某州自然资源局\n\
                四、竞买规则和条件\n竞买人应为境内注册的企业法人，不接受联合竞买。\n\
                五、挂牌时间和地点\n挂牌时间：2025年7月15日10时至2025年7月29日18时\n\
                某州自然资源局\n2025年6月16日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("conditions").map(String::as_str),
        Some("竞买人应为境内注册的企业法人，不接受联合竞买。")
    );
    let text = "关于某污水处理厂工程施工招标投标截止时间延期的公告\n各潜在投标人：\n\
                （一）原招标项目：某污水处理厂工程施工（招标编号：NDJC-2025-SW-001）\n\
                （二）延期事项：投标截止时间及开标时间延期\n\
                （三）延期内容：投标截止时间由2025年7月1日9时30分延期至2025年7月10日9时30分。\n\
                某区住房和城乡建设局\n2025年6月24日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record
            .content
            .get("correctionMatters")
            .map(String::as_str),
        Some("投标截止时间及开标时间延期")
    );
}

/// A Shenzhen works award as its portal lays it out: the works named under `工程名称` is the
/// project (招标投标法实施条例 Art 54's 中标结果 names its project), and the 建筑工务署 that
/// signs is the body of the 落款.
#[test]
fn a_works_name_is_the_project_and_a_works_office_signs_law_54() {
    let text = "某社区工业园升级改造项目施工总承包中标结果公示\n工程编号：44030620250516001\n\
                工程名称：某社区工业园升级改造项目（一期）\n招标人：某区建筑工务署\n\
                中标人：某建安集团股份有限公司\n中标价：3602.80万元\n\
                公示期：2025年11月20日至2025年11月24日\n某区建筑工务署\n2025年11月20日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(
        r.record.content.get("projectName").map(String::as_str),
        Some("某社区工业园升级改造项目（一期）")
    );
    let signature = r.signature.as_ref().expect("a signature");
    let bodies: Vec<&str> = signature.bodies.iter().map(|b| of(text, *b)).collect();
    assert_eq!(bodies, ["某区建筑工务署"]);
}

/// The right a suspended grant concerns (矿业权出让交易规则's 中止 and 终止 notices name the
/// right) is the one its grant or its end names (`…，以挂牌方式出让某金矿勘探探矿权，`, `决定终止
/// 某矿采矿权挂牌出让活动`), not the issuer before the right in the cited notice's title, nor the
/// right referred back to (`因该探矿权…`); where only the title names it, the title's right.
#[test]
fn a_suspended_grants_right_is_the_one_its_grant_names_mining_rules() {
    let rights = |text: &str| {
        let r = read(text, &NoticeSource::default()).expect("a notice");
        values_of(&r.elements, "rights", text)
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    let text = "关于中止某金矿勘探探矿权挂牌出让的公告\n\
                某省自然资源厅于2024年10月21日发布的《某省自然资源厅探矿权挂牌出让公告》（某矿挂〔2024〕5号），以挂牌方式出让某县某金矿勘探探矿权，挂牌时间为2024年11月20日9时至2024年12月4日16时。\n\
                因有关单位对该探矿权出让范围内的矿产资源权属提出异议，我厅决定中止该探矿权挂牌出让活动。\n\
                某省自然资源厅\n2024年11月25日\n";
    assert!(
        rights(text).contains(&"某县某金矿勘探探矿权".to_owned()),
        "{:?}",
        rights(text)
    );
    let text = "关于终止某矿采矿权挂牌出让的公告\n\
                我局于2025年9月15日发布的《某县某建筑用砂岩矿采矿权挂牌出让公告》（某矿告〔2025〕3号），原定于2025年10月20日挂牌。因该采矿权出让范围内发现采空区，经研究，决定终止某县某建筑用砂岩矿采矿权挂牌出让活动。\n\
                某县自然资源局\n2025年10月10日\n";
    assert!(
        rights(text).contains(&"某县某建筑用砂岩矿采矿权".to_owned()),
        "{:?}",
        rights(text)
    );
    let text = "关于终止某矿采矿权挂牌出让的公告\n\
                我局于2024年3月18日发布了《某县某凝灰岩矿采矿权挂牌出让公告》（某矿挂〔2024〕1号）。\n\
                因出让范围调整，经研究，决定终止该采矿权挂牌出让活动。\n某县自然资源局\n2024年4月2日\n";
    assert!(
        rights(text).contains(&"某县某凝灰岩矿采矿权".to_owned()),
        "{:?}",
        rights(text)
    );
}

/// A review's result (公共租赁住房管理办法 Art 9's 公示 of the households reviewed) as a table
/// with a column of each household's review, under the line that says what the review found
/// (`…复核，下列2户家庭符合…条件，现予公示：`): that line is the result as much as the table.
#[test]
fn a_reviews_lead_over_its_table_is_its_result_art_9() {
    let text = "某市公共租赁住房申请家庭资格审核结果公示\n\
                经社区受理、街道审核、市住房保障部门复核，下列2户家庭符合公共租赁住房保障条件，现予公示：\n\
                序号\t申请人\t家庭人口\t审核意见\n1\t孟*辉\t2\t符合\n2\t于*\t1\t符合\n\
                某市住房和城乡建设局\n2023年6月12日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let results = values_of(&r.elements, "reviewResult", text);
    assert!(
        results.contains(
            &"经社区受理、街道审核、市住房保障部门复核，下列2户家庭符合公共租赁住房保障条件，现予公示："
        ),
        "{results:?}"
    );
}

/// A listing's start and end on lines of their own under its time-and-place section
/// (`挂牌起始时间：…` over `挂牌截止时间：…`): the listing ends at the date its line closes it,
/// so a listing of 7 days is found shorter than the 10 the rule asks (招拍挂规定's listing
/// period, rule LD-39-LIST; grade R, a warning).
#[test]
fn a_listings_end_on_a_line_of_its_own_is_its_end_ld_39_list() {
    let text = "某市国有建设用地使用权网上挂牌出让公告\n\
                经某市人民政府批准，某市自然资源局决定以网上挂牌方式出让1宗地块的国有建设用地使用权。\n\
                一、挂牌出让地块的基本情况\n地块编号：NN2024-01\n\
                二、网上挂牌时间及地点\n挂牌起始时间：2024年12月2日9时00分\n\
                挂牌截止时间：2024年12月9日15时00分\n\
                某市自然资源局\n2024年11月8日\n";
    let ctx = crate::Context::new("2024-12-20".parse().unwrap());
    let report = engine()
        .validate_notice(text, &NoticeSource::default(), &ctx)
        .expect("a notice");
    let events = &report.reading.record.events;
    assert_eq!(
        events.activity_end_on.map(|d| d.to_string()).as_deref(),
        Some("2024-12-09 15:00")
    );
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.finding.code().as_str() == "deadline.too_short"
                && f.finding.path() == "/events/activityEndOn"),
        "{:?}",
        report.findings
    );
}

/// A household list given as the paragraph that counts the households and sends the reader to
/// an attachment for their names (`共有412户家庭参加摇号，排序结果详见附件。`) is not the list: the
/// list is not stated in the page (公共租赁住房管理办法 Art 9's 公示 of the households; the
/// README's `详见附件` convention).
#[test]
fn a_list_sent_to_an_attachment_is_not_stated_art_9() {
    let text = "某市公共租赁住房摇号排序结果公示\n\
                2025年9月10日，某市公共租赁住房摇号在公证处监督下进行，共有412户家庭参加摇号，排序结果详见附件。\n\
                公示期为2025年9月11日至2025年9月17日。\n附件：摇号排序结果\n\
                某市住房和城乡建设局\n2025年9月10日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert_eq!(r.record.content.get("rankingList"), None);
    assert!(
        r.not_stated.iter().any(|k| k == "rankingList"),
        "{:?}",
        r.not_stated
    );
}

/// A paragraph that says what the conduct amounts to, then decides under the law it cites
/// (`你公司的上述行为属于《…》规定的…情形。依据《…》的规定，本局决定对你公司处以…`): it gives the
/// penalty's basis as well as the penalty (行政处罚法 Art 59 (三)), as the paragraph and as the
/// words that cite the law.
#[test]
fn a_paragraph_that_decides_under_a_law_it_cites_gives_the_basis_art_59() {
    let text = "某市财政局行政处罚决定书\n当事人：某科技有限公司\n\
                经查，你公司在某设备采购项目中，中标后无正当理由拒不与采购人签订政府采购合同。\n\
                你公司的上述行为属于《中华人民共和国政府采购法实施条例》第七十二条第一款第（二）项规定的情形。依据《中华人民共和国政府采购法》第七十七条第一款的规定，本局决定对你公司处以采购金额千分之五的罚款，计人民币11840元。\n\
                某市财政局\n2025年9月1日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let basis = values_of(&r.elements, "penaltyBasis", text);
    assert!(
        basis
            .iter()
            .any(|b| b.starts_with("你公司的上述行为属于") && b.ends_with("11840元。")),
        "{basis:?}"
    );
    assert!(
        basis.contains(&"依据《中华人民共和国政府采购法》第七十七条第一款的规定"),
        "{basis:?}"
    );
}

/// A period given as its first and last days under labels of their own is also the two
/// labelled days together: an exchange's disclosure period (SE-propertyTransactionProject, 企业
/// 国有资产交易监督管理办法, its article not seen) and a candidates' publicity (招标投标法实施条例
/// Art 54: 公示期不得少于3日), on two lines or one.
#[test]
fn a_period_from_its_first_to_its_last_day_label_tiaoli_54() {
    let listing = "某物流有限公司40%股权转让公告\n项目编号：G32025SH1000001\n\
                   信息披露起始日期：2025-05-12\n信息披露期满日期：2025-06-13\n\
                   转让底价：1,200万元\n某联合产权交易所\n2025年5月12日\n";
    let r = read(listing, &NoticeSource::default()).expect("a notice");
    let period = values_of(&r.elements, "disclosurePeriod", listing);
    assert!(
        period.contains(&"信息披露起始日期：2025-05-12\n信息披露期满日期：2025-06-13"),
        "{period:?}"
    );
    let publicity = "某卫生服务中心新建工程施工中标候选人公示\n招标人：某卫生服务中心\n\
                     中标候选人及排序：\n第一中标候选人：某建工集团有限公司\n\
                     公示开始日期：2023年6月20日　公示结束日期：2023年6月26日\n\
                     异议方式：对评标结果有异议的，应当在公示期内以书面形式向招标人提出。\n";
    let r = read(publicity, &NoticeSource::default()).expect("a notice");
    let period = values_of(&r.elements, "publicityPeriod", publicity);
    assert!(
        period.contains(&"公示开始日期：2023年6月20日　公示结束日期：2023年6月26日"),
        "{period:?}"
    );
}

/// 发改委令第10号 Art 6 (三): the candidates' qualifications under the article's own words as a
/// label with nothing after it are the lines for each candidate by rank below it.
#[test]
fn each_candidates_qualifications_under_the_articles_label_order_10_art_6() {
    let text = "某新建工程施工中标候选人公示\n招标人：某卫生服务中心\n\
                中标候选人响应招标文件要求的资格能力条件：\n\
                第一中标候选人：建筑工程施工总承包一级资质。\n\
                第二中标候选人：建筑工程施工总承包二级资质。\n\
                公示期：2023年6月20日至2023年6月26日\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let response = values_of(&r.elements, "qualificationResponse", text);
    assert_eq!(
        response,
        [
            "第一中标候选人：建筑工程施工总承包一级资质。\n第二中标候选人：建筑工程施工总承包二级资质。"
        ]
    );
}

/// A building an enterprise sells at an exchange (`…商业房产转让公告`) is a state property
/// transaction (企业国有资产交易监督管理办法 Art 3 (三): 重大资产转让), though it names the land
/// under it (`分摊土地使用权面积…`): the state grants land by 出让, not 转让.
#[test]
fn a_buildings_transfer_is_state_property_not_land_order_32_art_3() {
    let text = "某商贸有限公司商业房产转让公告\n来源：某省产权交易所\n\
                一、转让标的\n标的概况：房屋建筑面积1865.42平方米，分摊土地使用权面积612.30平方米。\n\
                二、转让底价\n1,528.60万元\n三、信息披露期\n2025年2月13日至2025年2月26日\n";
    let kind = classify(text);
    assert_eq!(
        kind.domain.map(|d| d.value),
        Some(crate::model::domain::Domain::StatePropertyRights)
    );
}

/// A suspension's reason over several clauses (招标拍卖挂牌出让国有建设用地使用权规定 Art 2's
/// grant suspended; its articles on the notice were not seen) is also all its clauses up to the
/// one that says who decided or under what rule, and each reading also without its 因.
#[test]
fn a_reason_runs_to_the_clause_that_decides_order_39_art_2() {
    let text = "关于中止某采矿权挂牌出让的公告\n\
                我中心于2025年4月21日发布了《某县某铜矿采矿权挂牌出让公告》。因该采矿权矿区范围与新划定的生态保护红线存在局部重叠，需重新核定矿区范围，根据《矿业权出让交易规则》的有关规定，决定中止该采矿权挂牌出让活动。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let reason = values_of(&r.elements, "reason", text);
    for want in [
        "因该采矿权矿区范围与新划定的生态保护红线存在局部重叠",
        "该采矿权矿区范围与新划定的生态保护红线存在局部重叠，需重新核定矿区范围",
        "因该采矿权矿区范围与新划定的生态保护红线存在局部重叠，需重新核定矿区范围",
    ] {
        assert!(reason.contains(&want), "{want}: {reason:?}");
    }
    assert!(!reason.iter().any(|r| r.ends_with("根据")), "{reason:?}");
}

/// A copy that stops at a heading with nothing after it (`五、评审专家名单：` and the page ends)
/// lost what the heading headed: it is not stated, not absent (政府采购法实施条例 Art 43 asks a
/// result to name the experts; 政府信息公开条例 Art 6: a finding that something is missing must
/// be accurate too).
#[test]
fn a_copy_that_stops_at_a_heading_does_not_lack_its_element_tiaoli_43() {
    let text = "某医院全自动生化分析仪采购项目中标（成交）结果公告\n一、项目编号：WH-1\n\
                二、项目名称：某医院全自动生化分析仪采购项目\n三、中标（成交）信息\n\
                供应商名称：某医疗科技有限公司\n供应商地址：某市某路1号\n\
                中标（成交）金额：1,648,000.00元\n四、主要标的信息\n名称：全自动生化分析仪\n\
                五、评审专家（单一来源采购人员）名单：\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    assert!(
        r.record
            .not_stated
            .iter()
            .any(|p| p == "/content/evaluationExperts"),
        "{:?}",
        r.record.not_stated
    );
    assert!(!r.absent.iter().any(|k| k == "evaluationExperts"));
}

/// The act a suspension or an end decides is also its clause from its own start (`现决定…`,
/// `经研究决定…`) and each reading with the full stop that ends its sentence, as readers quote a
/// sentence (矿业权出让交易规则's suspension and end; its articles on the notice were not seen).
#[test]
fn an_ends_act_is_quoted_as_its_clause_and_sentence_mining_rule() {
    let text = "关于终止某铁矿普查探矿权拍卖出让的公告\n\
                我厅于2025年9月8日发布了《某铁矿普查探矿权拍卖出让公告》。因该勘查区与生态保护红线重叠，现决定终止某铁矿普查探矿权拍卖出让活动。\n";
    let r = read(text, &NoticeSource::default()).expect("a notice");
    let action = values_of(&r.elements, "action", text);
    for want in [
        "现决定终止某铁矿普查探矿权拍卖出让活动。",
        "决定终止某铁矿普查探矿权拍卖出让活动。",
        "终止某铁矿普查探矿权拍卖出让活动",
    ] {
        assert!(action.contains(&want), "{want}: {action:?}");
    }
}

/// A table row of a label and a value that holds labels of its own (`联系方式⇥招标人：…；招标代
/// 理机构：…`) gives the whole cell: the line's label does not run over the cell to the first
/// colon within the value (发改委令第10号 Art 5 (五): 招标人及其招标代理机构的名称、地址、联系人
/// 及联系方式, both of them).
#[test]
fn a_cells_value_with_labels_inside_is_the_whole_cell_order_10_art_5() {
    let text = "招标项目名称\t某区东风街雨污分流改造工程施工\n招标项目编号\tWFKW-2025-SG-004\n\
                变更事项\t投标截止时间延期\n\
                联系方式\t招标人：某区水利局，联系人：丁工，电话：0536-8225413；招标代理机构：某工程咨询有限公司，联系人：邢工，电话：0536-8793056\n";
    let found = elements(text, Some(crate::model::item::ItemKind::BiddingCorrection));
    let contact = values_of(&found, "contact", text);
    assert!(
        contact.contains(
            &"招标人：某区水利局，联系人：丁工，电话：0536-8225413；招标代理机构：某工程咨询有限公司，联系人：邢工，电话：0536-8793056"
        ),
        "{contact:?}"
    );
}
