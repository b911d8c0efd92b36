//! Redaction: finding and masking personal data (政府信息公开条例 Art 15; 国办 2018 去标识化).

use std::borrow::Cow;

use gongkai::ids::ResidentIdNumber;
use gongkai::redact::{
    MaskPolicy, PersonalDataKind, contains_personal_data, find_personal_data, redact,
};
use proptest::prelude::*;

use crate::ids::valid_id_number;

const NOTICE: &str = "广州市某某区政府采购中心受采购人委托，就某某学校教学设备采购项目（项目编号：\
GZCG2018-0138）进行公开招标。中标供应商：广州某某科技有限公司（统一社会信用代码\
91440101MA59ABCD1X），中标金额：人民币1,234,567.89元。公告期限为2018年6月16日至6月22日，\
共5个工作日。联系人：王工，电话：020-12345678。";

#[test]
fn a_notice_without_personal_data_is_left_alone_gi_art_15() {
    assert!(find_personal_data(NOTICE).is_empty());
    assert!(!contains_personal_data(NOTICE));
    assert!(matches!(
        redact(NOTICE, &MaskPolicy::default()),
        Cow::Borrowed(_)
    ));
}

#[test]
fn a_housing_allocation_list_is_deidentified_gbf_2018() {
    let list = "序号 姓名 身份证号码 联系电话\n\
                1 张某 11010519491231002X 13812345678\n\
                2 李某 360426199101010071 +86 139-0000-1111\n";
    let found = find_personal_data(list);
    let kinds: Vec<_> = found.iter().map(|pd| pd.kind).collect();
    assert_eq!(
        kinds,
        [
            PersonalDataKind::IdNumber,
            PersonalDataKind::MobileNumber,
            PersonalDataKind::IdNumber,
            PersonalDataKind::MobileNumber
        ]
    );
    assert_eq!(
        redact(list, &MaskPolicy::default()),
        "序号 姓名 身份证号码 联系电话\n\
         1 张某 110105********002X 138****5678\n\
         2 李某 360426********0071 +86 139-****-1111\n"
    );
}

#[test]
fn credit_codes_and_masked_numbers_are_not_personal_data() {
    for text in [
        "91110000600037341L",
        "9144030071526726XG",
        "110105********002X",
        "138****5678",
        "1381234****",
        "金额12345678901.00元",
    ] {
        assert!(find_personal_data(text).is_empty(), "{text}");
    }
}

#[test]
fn a_custom_policy_applies_to_text_and_to_parsed_numbers() {
    let policy = MaskPolicy::default()
        .with_id_number(0, 0)
        .unwrap()
        .with_mobile_number(3, 0)
        .unwrap()
        .with_mask_char('●')
        .unwrap();
    assert_eq!(
        redact("11010519491231002X 13812345678", &policy),
        "●●●●●●●●●●●●●●●●●● 138●●●●●●●●"
    );
    let id = ResidentIdNumber::parse("11010519491231002X").unwrap();
    assert_eq!(id.masked(&policy), "●".repeat(18));
}

#[test]
fn ranges_serialise_for_findings() {
    let found = find_personal_data("电话13812345678");
    assert_eq!(
        serde_json::to_value(&found).unwrap(),
        serde_json::json!([{ "kind": "mobile_number", "range": { "start": 6, "end": 17 } }])
    );
}

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

fn half_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap(),
        '\u{3000}' => ' ',
        _ => c,
    }
}

/// Reference check, written over characters and independently of the scanner: every
/// 18-character window that `ResidentIdNumber::parse` accepts, except windows starting inside a
/// code: a run of more than 18 digits right after an ASCII letter that is not an `X` check
/// character closing a number (a mining licence number is `C` + 22 digits).
fn valid_id_windows(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| half_width(c).is_ascii_digit();
    let mut in_code = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        if !digit(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && digit(chars[i]) {
            i += 1;
        }
        let letter = start
            .checked_sub(1)
            .map(|p| chars[p])
            .filter(|c| c.is_ascii_alphabetic());
        let closes_number =
            matches!(letter, Some('X' | 'x')) && start >= 2 && digit(chars[start - 2]);
        if i - start > 18 && letter.is_some() && !closes_number {
            in_code[start..i].iter_mut().for_each(|b| *b = true);
        }
    }
    chars
        .windows(18)
        .enumerate()
        .filter(|(k, _)| !in_code[*k])
        .map(|(_, w)| w.iter().collect::<String>())
        .filter(|w| ResidentIdNumber::parse(w).is_ok())
        .collect()
}

/// Reference check for unmasked mobile numbers: maximal digit runs of 11 (or 13 with 86, 15 with
/// 0086) starting 1[3-9], or three runs of 3, 4 and 4 digits separated by one space or hyphen.
fn unmasked_mobiles(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().map(half_width).collect();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            runs.push((start, i));
        } else {
            i += 1;
        }
    }
    let digits = |(s, e): (usize, usize)| chars[s..e].iter().collect::<String>();
    let mobile = |d: &str| {
        let b = d.as_bytes();
        b.len() == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1])
    };
    let mut out = Vec::new();
    for &run in &runs {
        let d = digits(run);
        if mobile(&d)
            || d.strip_prefix("86").is_some_and(mobile)
            || d.strip_prefix("0086").is_some_and(mobile)
        {
            out.push(d);
        }
    }
    for w in runs.windows(3) {
        let one_separator = |a: (usize, usize), b: (usize, usize)| {
            b.0 == a.1 + 1 && matches!(chars[a.1], ' ' | '-')
        };
        let grouped = [digits(w[0]), digits(w[1]), digits(w[2])].concat();
        if w[0].1 - w[0].0 == 3
            && w[1].1 - w[1].0 == 4
            && w[2].1 - w[2].0 == 4
            && one_separator(w[0], w[1])
            && one_separator(w[1], w[2])
            && mobile(&grouped)
        {
            out.push(grouped);
        }
    }
    out
}

fn wide(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '!'..='~' => char::from_u32(u32::from(c) + 0xFEE0).unwrap(),
            ' ' => '\u{3000}',
            _ => c,
        })
        .collect()
}

fn mobile_number() -> impl Strategy<Value = String> {
    ("1[3-9][0-9]{9}", 0u8..8).prop_map(|(m, form)| match form {
        0 => format!("+86{m}"),
        1 => format!("86{m}"),
        2 => format!("{} {} {}", &m[..3], &m[3..7], &m[7..]),
        3 => format!("+86-{}-{}-{}", &m[..3], &m[3..7], &m[7..]),
        4 => wide(&m),
        5 => format!("0086{m}"),
        _ => m,
    })
}

fn id_number_spelling() -> impl Strategy<Value = String> {
    (valid_id_number(), 0u8..4).prop_map(|((id, _, _), form)| match form {
        0 => id.to_lowercase(),
        1 => wide(&id),
        _ => id,
    })
}

/// Text made of pieces that collide in interesting ways: ID numbers glued to digit runs, mobile
/// numbers next to separators, masks, Chinese and arbitrary characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => id_number_spelling(),
        2 => mobile_number(),
        3 => "[0-9]{1,20}",
        2 => proptest::sample::select(vec![
            "，", "。", "电话", "身份证号：", " ", "-", "+", "x", "X", "Ｘ", "*", "****", "\u{3000}",
            "－", "1", "86", "138", "1234", "C", "许可证号C",
        ])
        .prop_map(str::to_owned),
        1 => "\\PC{0,6}",
        // Multi-byte look-alikes around the scanner's 8-byte steps: full-width digits, X and
        // punctuation share the lead byte 0xEF.
        2 => "[0-9０-９xXｘＸ，：（）－＃　\u{FF00}\u{FFFD}中]{0,30}",
    ];
    proptest::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// The law the audit relies on: after redaction no ID number and no mobile number is left.
    #[test]
    fn nothing_personal_survives_redaction(text in text()) {
        let redacted = redact(&text, &MaskPolicy::default());
        prop_assert_eq!(valid_id_windows(&redacted), Vec::<String>::new());
        prop_assert_eq!(unmasked_mobiles(&redacted), Vec::<String>::new());
        prop_assert!(find_personal_data(&redacted).is_empty());
    }

    #[test]
    fn redaction_is_idempotent(text in text()) {
        let policy = MaskPolicy::default();
        let once = redact(&text, &policy);
        let twice = redact(&once, &policy);
        prop_assert!(matches!(twice, Cow::Borrowed(_)));
        prop_assert_eq!(&*twice, &*once);
    }

    /// Only digits change, each into one mask character; everything else is kept in place.
    #[test]
    fn redaction_only_replaces_digits(text in text()) {
        let redacted = redact(&text, &MaskPolicy::default());
        prop_assert_eq!(redacted.chars().count(), text.chars().count());
        for (before, after) in text.chars().zip(redacted.chars()) {
            if before != after {
                prop_assert!(half_width(before).is_ascii_digit() || half_width(before) == 'X'
                    || half_width(before) == 'x', "{:?}", before);
                prop_assert_eq!(after, '*');
            }
        }
    }

    #[test]
    fn the_scanner_agrees_with_the_reference_checks(text in text()) {
        let found = find_personal_data(&text);
        prop_assert_eq!(contains_personal_data(&text), !found.is_empty());
        let ids = found.iter().filter(|pd| pd.kind == PersonalDataKind::IdNumber).count();
        prop_assert_eq!(ids, valid_id_windows(&text).len());
        let mobiles = found.iter().filter(|pd| pd.kind == PersonalDataKind::MobileNumber).count();
        prop_assert_eq!(mobiles, unmasked_mobiles(&text).len());
        for pair in found.windows(2) {
            prop_assert!(pair[0].range.start < pair[1].range.start);
        }
        for pd in &found {
            prop_assert!(text.is_char_boundary(pd.range.start) && text.is_char_boundary(pd.range.end));
        }
    }

    #[test]
    fn an_embedded_id_number_is_found_where_it_is(
        before in "[^0-9０-９]{0,10}[^0-9０-９xXｘＸ]|",
        id in id_number_spelling(),
        after in "|[^0-9０-９xXｘＸ][^0-9０-９]{0,10}",
    ) {
        let text = format!("{before}{id}{after}");
        let found = find_personal_data(&text);
        prop_assert!(
            found.iter().any(|pd| pd.kind == PersonalDataKind::IdNumber
                && pd.range == (before.len()..before.len() + id.len())),
            "{:?} in {:?}", found, text
        );
    }

    #[test]
    fn an_id_number_inside_a_digit_run_is_found(
        before in "[0-9]{0,12}",
        (id, _, _) in valid_id_number(),
        after in "[0-9]{0,12}",
    ) {
        let text = format!("{before}{id}{after}");
        let found = find_personal_data(&text);
        prop_assert!(found.iter().any(|pd| pd.range == (before.len()..before.len() + 18)));
        prop_assert!(!contains_personal_data(&redact(&text, &MaskPolicy::default())));
    }
}

/// A mining licence number (`C` + 22 digits) may contain an 18-digit window that passes every
/// check of GB 11643; it is a licence, not a person, and must be neither reported nor masked.
#[test]
fn letter_prefixed_codes_are_not_id_numbers() {
    use gongkai::redact::{MaskPolicy, find_personal_data, redact};
    let licence = "采矿许可证号：C4454002024022215050778";
    assert!(gongkai::ids::ResidentIdNumber::parse("445400202402221505").is_ok());
    assert!(find_personal_data(licence).is_empty());
    assert_eq!(redact(licence, &MaskPolicy::default()), licence);
    // An ID number standing alone after a letter is still one.
    assert_eq!(find_personal_data("IDX11010519491231002X").len(), 1);
}

/// 政府信息公开条例 Art 15: what is judged exposed is a person's number, and no one is born
/// after the day of judging. A project number of 21 digits (Shanghai's portal writes them so)
/// holds an 18-digit window that passes the check character with a birth year 2504; a number
/// born next year is no one's yet. Both are judged on the page and in a record; masking still
/// hides them, since it cannot know the day.
#[test]
fn an_id_number_born_after_today_is_not_exposed_gi_art_15() {
    use gongkai::notice::NoticeSource;
    use gongkai::{Context, Engine};
    let today: chrono::NaiveDate = "2026-06-30".parse().unwrap();
    let privacy = |id: &str| {
        let text = format!(
            "某区政府采购中心成交结果公告\n一、项目编号：{id}-15271342\n二、项目名称：办公设备\n\
             三、成交信息\n供应商名称：某某科技有限公司\n某区政府采购中心\n2025年5月6日"
        );
        let report = Engine::national()
            .validate_notice(&text, &NoticeSource::default(), &Context::new(today))
            .expect("a notice");
        report
            .findings
            .iter()
            .filter(|f| f.finding.code().as_str() == "privacy.id_number_exposed")
            .count()
    };
    assert_eq!(privacy("310115133250403117284"), 0);
    assert_eq!(privacy("110105202701010032"), 0);
    assert!(privacy("110105199101010034") > 0);
    // Masking does not know the day: the windows are hidden all the same.
    assert!(contains_personal_data("310115133250403117284"));
    assert!(contains_personal_data("110105202701010032"));
}
