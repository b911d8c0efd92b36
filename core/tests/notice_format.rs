//! The headings of the format in force (财办库〔2020〕50号) on read notices: a heading is there
//! when a numbered heading names it, in the format's words or in words that give the same
//! element, and missing otherwise.

use gongkai::notice::NoticeSource;
use gongkai::{Context, Engine};

/// A 50号 result notice with its headings numbered 一 to 九, the fourth written `heading4`, the
/// fifth `heading5` (empty: left out).
fn result_notice(heading4: &str, heading5: &str) -> String {
    let fifth = if heading5.is_empty() {
        String::new()
    } else {
        format!("五、{heading5}\n张某、李某、王某\n")
    };
    format!(
        "云江市档案馆档案数字化服务项目中标结果公告\n一、项目编号：YJCG-2025-031\n\
         二、项目名称：云江市档案馆档案数字化服务项目\n三、中标信息\n供应商名称：云江数联信息技术有限公司\n\
         供应商地址：云江市东路1号\n中标金额：¥1,180,000.00\n四、{heading4}\n档案数字化加工服务，一年\n\
         {fifth}六、代理服务收费标准及金额\n按规定收取，¥11,800.00\n七、公告期限\n自本公告发布之日起1个工作日。\n\
         八、其他补充事宜\n无\n九、凡对本次公告内容提出询问，请按以下方式联系。\n1.采购人信息\n名称：云江市档案馆\n\
         云江市档案馆\n2025年6月16日\n"
    )
}

/// The findings of `code` on `text`, judged on `today`.
fn findings(text: &str, today: &str, code: &str) -> Vec<gongkai::notice::NoticeFinding> {
    let today = today.parse().unwrap();
    Engine::national()
        .validate_notice(text, &NoticeSource::default(), &Context::new(today))
        .expect("a readable notice")
        .findings
        .into_iter()
        .filter(|f| f.finding.code().as_str() == code)
        .collect()
}

fn headings_missing(text: &str) -> Vec<String> {
    findings(text, "2025-06-30", "notice.headings_missing")
        .iter()
        .map(|f| f.finding.message(gongkai::Lang::ZhCn))
        .collect()
}

/// 财办库〔2020〕50号 附件 中标（成交）结果公告: `主要中标（成交）标的信息` written
/// `主要成交标的信息` is the format's heading all the same.
#[test]
fn caibanku_2020_50_a_heading_in_other_words_that_give_its_element_is_there() {
    assert_eq!(
        headings_missing(&result_notice("主要成交标的信息", "评审专家名单")),
        Vec::<String>::new()
    );
}

/// 财办库〔2020〕50号 附件 中标（成交）结果公告: a result without its 评审专家名单 heading lacks
/// a heading of the format.
#[test]
fn caibanku_2020_50_a_result_without_the_experts_heading_lacks_it() {
    let missing = headings_missing(&result_notice("主要标的信息", ""));
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(missing[0].contains("评审专家"), "{missing:?}");
}

/// 财办库〔2020〕50号 on a copy cut short (a portal's `……（登录后查看全文）` after 五、): the
/// headings after the last it shows may be in the part it lost, so they are not found missing;
/// one before it still is.
#[test]
fn caibanku_2020_50_a_copy_cut_short_is_judged_up_to_where_it_stops() {
    let whole = result_notice("主要标的信息", "评审专家名单");
    let cut = |text: &str| {
        let at = text.find("六、").expect("the sixth heading");
        format!(
            "{}……（非会员仅显示部分内容，登录后查看全文）\n",
            &text[..at]
        )
    };
    assert_eq!(headings_missing(&cut(&whole)), Vec::<String>::new());
    // The fourth heading left out, the fifth shown: the fourth is missing even from a cut copy.
    let no_fourth = cut(&whole).replace("四、主要标的信息\n档案数字化加工服务，一年\n", "");
    let missing = headings_missing(&no_fourth);
    assert_eq!(missing.len(), 1, "{missing:?}");
    assert!(missing[0].contains("主要"), "{missing:?}");
}

/// 财办库〔2020〕50号 附件 资格预审公告: an invited tender's prequalification notice has its own
/// headings (领取资格预审文件, 申请文件提交, 资格预审日期), not a call for tenders' 获取招标文件
/// and 投标文件截止时间; written so, it lacks none of the format's headings.
#[test]
fn caibanku_2020_50_a_prequalification_notice_has_its_own_headings() {
    let text = "某市人民医院医疗设备采购项目邀请招标资格预审公告\n一、项目基本情况\n\
        项目编号：HLJ-2025-0617\n项目名称：某市人民医院医疗设备采购项目\n采购方式：邀请招标\n\
        预算金额：380万元\n二、申请人的资格要求：\n满足《中华人民共和国政府采购法》第二十二条规定。\n\
        三、获取资格预审文件\n时间：2025年6月17日至2025年6月23日\n地点：某省政府采购网\n\
        四、资格预审申请文件的组织和编制\n按资格预审文件要求编制。\n五、资格预审申请文件提交\n\
        截止时间：2025年6月30日9时00分\n六、资格审查日期\n2025年7月1日\n七、公告期限\n\
        自本公告发布之日起5个工作日。\n八、其他补充事宜\n无\n\
        九、凡对本次资格预审提出询问，请按以下方式联系。\n1.采购人信息\n名称：某市人民医院\n\
        某市人民医院\n2025年6月16日\n";
    assert_eq!(headings_missing(text), Vec::<String>::new());
    // Without the section on obtaining the documents, a heading of the format is missing.
    let without = text.replace(
        "三、获取资格预审文件\n时间：2025年6月17日至2025年6月23日\n地点：某省政府采购网\n",
        "",
    );
    assert_eq!(headings_missing(&without).len(), 1);
}

/// 财政部令第110号 框架协议采购: a framework agreement's result names the suppliers admitted
/// (`三、入围（中选）信息`) where 财办库〔2020〕50号's result names its winners; the heading is
/// the format's third all the same.
#[test]
fn order_110_a_framework_results_admitted_suppliers_are_the_winners_heading() {
    let text = result_notice("主要标的信息", "评审专家名单")
        .replace("三、中标信息", "三、入围（中选）信息");
    assert!(text.contains("三、入围（中选）信息"));
    assert_eq!(headings_missing(&text), Vec::<String>::new());
}

/// The findings of `code` on `text`, each as its path and its quoted text.
fn findings_of(text: &str, code: &str) -> Vec<(String, String)> {
    findings(text, "2025-11-30", code)
        .iter()
        .map(|f| {
            let quoted = f.span.and_then(|s| s.of(text)).unwrap_or("").to_owned();
            (f.finding.path().to_owned(), quoted)
        })
        .collect()
}

/// 政府信息公开条例 Art 6 ¶1 (information published accurately): a box of key facts over the body
/// (`成交信息摘要`) that gives a price the body's result does not is a summary that disagrees
/// with its body, on the element the body states; a box that agrees, or says a date in other
/// words, is none.
#[test]
fn regulations_art_6_a_summary_box_whose_price_is_not_the_bodys_disagrees() {
    let notice = |summary_price: &str, summary_date: &str| {
        format!(
            "某市国有建设用地使用权出让成交公示\n成交信息摘要\n地块名称：某区某镇07-03号地块\n\
             竞得人：某置业有限公司\n成交价：人民币{summary_price}万元\n成交日期：{summary_date}\n\
             现将下列地块国有建设用地使用权出让成交结果公示如下：\n一、地块基本情况\n\
             地块名称：某区某镇07-03号地块\n出让面积：24318.6平方米\n土地用途：住宅用地\n出让方式：挂牌出让\n\
             二、成交结果\n竞得人：某置业有限公司\n成交价：人民币185,600万元\n成交日期：2025年11月12日\n\
             三、公示期\n2025年11月13日至2025年11月19日。\n某市规划和自然资源局\n2025年11月13日\n"
        )
    };
    let text = notice("186,500", "2025年11月12日");
    assert_eq!(
        findings_of(&text, "notice.summary_mismatch"),
        [(
            "/content/dealPrice".to_owned(),
            "人民币186,500万元".to_owned()
        )]
    );
    let agrees = notice("185,600", "2025-11-12");
    assert_eq!(findings_of(&agrees, "notice.summary_mismatch"), []);
}
