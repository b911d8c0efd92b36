//! Identifiers: golden vectors shared with the C and JS tests, error details, serde, and laws.

use chrono::NaiveDate;
use gongkai::ids::{
    IdNumberError, NormalizedName, RegistrationAuthority, ResidentIdNumber, Sex,
    UnifiedSocialCreditCode, UsccError, normalize_org_name,
};
use proptest::prelude::*;
use serde_json::Value;

const VECTORS: &str = include_str!("../../tests/vectors/identifiers/ids.json");

fn vectors(kind: &str) -> Vec<(String, Result<String, String>)> {
    let all: Value = serde_json::from_str(VECTORS).expect("vectors are JSON");
    all[kind]
        .as_array()
        .expect("a list of cases")
        .iter()
        .map(|case| {
            let input = case["input"].as_str().expect("input").to_owned();
            let expected = match (case["ok"].as_str(), case["error"].as_str()) {
                (Some(ok), None) => Ok(ok.to_owned()),
                (None, Some(code)) => Err(code.to_owned()),
                _ => panic!("case {input:?} needs exactly one of ok, error"),
            };
            (input, expected)
        })
        .collect()
}

#[test]
fn uscc_golden_vectors_gb_32100() {
    let cases = vectors("uscc");
    assert!(cases.len() >= 20);
    for (input, expected) in cases {
        let got = UnifiedSocialCreditCode::parse(&input)
            .map(|c| c.to_string())
            .map_err(|e| e.code().to_owned());
        assert_eq!(got, expected, "{input:?}");
    }
}

#[test]
fn id_number_golden_vectors_gb_11643() {
    let cases = vectors("id_number");
    assert!(cases.len() >= 15);
    for (input, expected) in cases {
        let got = ResidentIdNumber::parse(&input)
            .map(|id| id.to_string())
            .map_err(|e| e.code().to_owned());
        assert_eq!(got, expected, "{input:?}");
    }
}

#[test]
fn uscc_errors_say_exactly_what_is_wrong() {
    let parse = UnifiedSocialCreditCode::parse;
    assert_eq!(parse("9111"), Err(UsccError::WrongLength { len: 4 }));
    assert_eq!(
        parse("9111000060003734１Ｏ"),
        Err(UsccError::InvalidCharacter {
            position: 18,
            found: 'Ｏ'
        })
    );
    assert_eq!(
        parse("B1110000600037341L"),
        Err(UsccError::BadRegistrationAuthority { found: 'B' })
    );
    assert_eq!(
        parse("94110000600037341L"),
        Err(UsccError::BadEntityType {
            authority: '9',
            found: '4'
        })
    );
    assert_eq!(
        parse("91000000000000000K"),
        Err(UsccError::BadRegionCode { region: 0 })
    );
    assert_eq!(
        parse("911100001000000000"),
        Err(UsccError::BadCheckCharacter {
            expected: 'R',
            found: '0'
        })
    );
    assert_eq!(
        parse("121000004000000010"),
        Err(UsccError::BadOrganizationCode {
            expected: 'X',
            found: '1'
        })
    );
    assert_eq!(
        parse("91110000600037341K").unwrap_err().to_string(),
        "check character should be 'L', found 'K'"
    );
}

#[test]
fn uscc_lenient_entity_types_for_authorities_graded_r() {
    // Y ("other") officially uses 1 only; other digits are accepted (documented leniency).
    for code in [
        "Y1110000MA0000015C",
        "Y5110000MA00000150",
        "31110000MA00000158",
        "N2440300MA0000015H",
    ] {
        assert!(UnifiedSocialCreditCode::parse(code).is_ok(), "{code}");
    }
    let code = UnifiedSocialCreditCode::parse("Y5110000MA00000150").unwrap();
    assert_eq!(code.entity_type().name_zh(), None);
}

#[test]
fn uscc_accessors() {
    let code = UnifiedSocialCreditCode::parse("11110000000029209E").unwrap();
    assert_eq!(
        code.registration_authority(),
        RegistrationAuthority::Establishment
    );
    assert_eq!(code.registration_authority().name_zh(), "机构编制");
    assert_eq!(code.entity_type().code(), '1');
    assert_eq!(code.entity_type().name_zh(), Some("机关"));
    assert_eq!(code.region_code(), "110000");
    assert_eq!(code.organization_code(), "000029209");
    assert_eq!(code.check_character(), 'E');
    assert_eq!(
        format!("{code:?}"),
        r#"UnifiedSocialCreditCode("11110000000029209E")"#
    );
}

#[test]
fn uscc_serde_is_the_string_and_validates() {
    let code: UnifiedSocialCreditCode = "91110000600037341L".parse().unwrap();
    let json = serde_json::to_string(&code).unwrap();
    assert_eq!(json, r#""91110000600037341L""#);
    let back: UnifiedSocialCreditCode = serde_json::from_str(r#"" 91110000600037341l""#).unwrap();
    assert_eq!(back, code);
    let err = serde_json::from_str::<UnifiedSocialCreditCode>(r#""91110000600037341K""#);
    assert!(err.unwrap_err().to_string().contains("check character"));
}

#[test]
fn id_number_errors_say_exactly_what_is_wrong() {
    let parse = ResidentIdNumber::parse;
    assert_eq!(parse(""), Err(IdNumberError::WrongLength { len: 0 }));
    assert_eq!(
        parse("1101051949123100X2"),
        Err(IdNumberError::InvalidCharacter {
            position: 17,
            found: 'X'
        })
    );
    assert_eq!(
        parse("100000198001010025"),
        Err(IdNumberError::BadRegionCode { region: 100000 })
    );
    assert_eq!(
        parse("440524188001010014"),
        Err(IdNumberError::BadBirthDate {
            year: 1880,
            month: 1,
            day: 1
        })
    );
    assert_eq!(
        parse("110101199003077777"),
        Err(IdNumberError::BadCheckCharacter {
            expected: '4',
            found: '7'
        })
    );
    assert_eq!(
        parse("440524188001010014").unwrap_err().to_string(),
        "birth date 18800101 is not a real date in or after 1900"
    );
}

#[test]
fn id_number_accessors() {
    let id = ResidentIdNumber::parse("11010519491231002x").unwrap();
    assert_eq!(id.as_str(), "11010519491231002X");
    assert_eq!(id.region_code(), "110105");
    assert_eq!(
        id.birth_date(),
        NaiveDate::from_ymd_opt(1949, 12, 31).unwrap()
    );
    assert_eq!(id.sex(), Sex::Female);
    assert_eq!(id.check_character(), 'X');
    let male = ResidentIdNumber::parse("360426199101010071").unwrap();
    assert_eq!(male.sex(), Sex::Male);
}

#[test]
fn id_number_birth_date_must_not_be_after_today() {
    let id = ResidentIdNumber::parse("360426199101010071").unwrap();
    let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert_eq!(id.validate_as_of(day(1991, 1, 1)), Ok(()));
    assert_eq!(
        id.validate_as_of(day(1990, 12, 31)),
        Err(IdNumberError::BirthDateInFuture {
            birth_date: day(1991, 1, 1),
            today: day(1990, 12, 31)
        })
    );
}

#[test]
fn id_number_serde_is_the_string_and_validates() {
    let id: ResidentIdNumber = serde_json::from_str(r#""11010519491231002x""#).unwrap();
    assert_eq!(
        serde_json::to_string(&id).unwrap(),
        r#""11010519491231002X""#
    );
    assert!(serde_json::from_str::<ResidentIdNumber>(r#""110101199003077777""#).is_err());
    assert_eq!(serde_json::to_string(&Sex::Female).unwrap(), r#""female""#);
}

#[test]
fn org_names_match_across_spellings() {
    let canonical = normalize_org_name("广东某某建设工程有限公司");
    for spelling in [
        "广东某某建设工程有限公司 ",
        "广东某某建设工程　有限公司",
        "广东某某建设工程有限责任公司",
        "广东某某建设工程集团有限公司",
        "广东某某建设工程（集团）有限公司",
        "广东某某建设工程集团股份有限公司",
    ] {
        assert_eq!(normalize_org_name(spelling), canonical, "{spelling}");
    }
    let json = serde_json::to_string(&canonical).unwrap();
    assert_eq!(json, r#""广东某某建设工程""#);
    let back: NormalizedName = serde_json::from_str(r#""广东某某建设工程 有限公司""#).unwrap();
    assert_eq!(back, canonical);
}

// ---------------------------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------------------------

const CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const PROVINCES: [u32; 34] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
];

/// The GB 11643 check character, computed independently of the library.
pub fn id_check(body: &str) -> char {
    let sum: u32 = body
        .bytes()
        .enumerate()
        .map(|(k, b)| u32::from(b - b'0') * ((1u32 << (17 - k)) % 11))
        .sum();
    char::from(b"10X98765432"[(sum % 11) as usize])
}

/// Valid ID numbers with their birth date and sex.
pub fn valid_id_number() -> impl Strategy<Value = (String, NaiveDate, Sex)> {
    (
        proptest::sample::select(PROVINCES.to_vec()),
        0u32..10_000,
        1900i32..2100,
        1u32..=12,
        1u32..=31,
        0u32..1000,
    )
        .prop_filter_map("a real date", |(p, r, y, m, d, seq)| {
            let date = NaiveDate::from_ymd_opt(y, m, d)?;
            let body = format!("{p:02}{r:04}{y:04}{m:02}{d:02}{seq:03}");
            let sex = if seq % 2 == 1 { Sex::Male } else { Sex::Female };
            Some((format!("{body}{}", id_check(&body)), date, sex))
        })
}

fn uscc_check(body: &str) -> char {
    let sum: u32 = body
        .chars()
        .enumerate()
        .map(|(i, c)| CHARSET.find(c).unwrap() as u32 * (3u32.pow(i as u32) % 31))
        .sum();
    CHARSET
        .chars()
        .nth(((31 - sum % 31) % 31) as usize)
        .unwrap()
}

fn org_check(body: &str) -> char {
    let sum: u32 = body
        .chars()
        .zip([3, 7, 9, 10, 5, 8, 4, 2])
        .map(|(c, w)| c.to_digit(36).unwrap() * w)
        .sum();
    match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from_digit(d, 10).unwrap(),
    }
}

/// Valid codes under the strictly checked authorities, with random organisation codes.
fn valid_uscc() -> impl Strategy<Value = String> {
    (
        proptest::sample::select(vec![
            "91", "92", "93", "11", "12", "13", "19", "51", "52", "53",
        ]),
        proptest::sample::select(PROVINCES.to_vec()),
        0u32..10_000,
        proptest::collection::vec(
            proptest::sample::select(CHARSET.chars().collect::<Vec<_>>()),
            8,
        ),
    )
        .prop_map(|(head, p, r, org)| {
            let org: String = org.into_iter().collect();
            let body = format!("{head}{p:02}{r:04}{org}{}", org_check(&org));
            let check = uscc_check(&body);
            format!("{body}{check}")
        })
}

fn full_width(c: char) -> char {
    match c {
        '!'..='~' => char::from_u32(u32::from(c) + 0xFEE0).unwrap(),
        ' ' => '\u{3000}',
        _ => c,
    }
}

/// A spelling of `s` with some characters full-width, some lower-case and spaces inserted.
fn respell(s: String) -> impl Strategy<Value = String> {
    let n = s.chars().count();
    proptest::collection::vec((any::<bool>(), any::<bool>(), 0u8..4), n).prop_map(move |how| {
        let mut out = String::new();
        for (c, (wide, lower, space)) in s.chars().zip(how) {
            let c = if lower { c.to_ascii_lowercase() } else { c };
            out.push(if wide { full_width(c) } else { c });
            match space {
                0 => out.push(' '),
                1 => out.push('\u{3000}'),
                _ => {}
            }
        }
        out
    })
}

proptest! {
    #[test]
    fn parsing_never_panics(s in "\\PC{0,40}") {
        let _ = UnifiedSocialCreditCode::parse(&s);
        let _ = ResidentIdNumber::parse(&s);
        let _ = normalize_org_name(&s);
    }

    #[test]
    fn generated_uscc_parses_and_round_trips(code in valid_uscc()) {
        let parsed = UnifiedSocialCreditCode::parse(&code).unwrap();
        prop_assert_eq!(parsed.as_str(), code.as_str());
        prop_assert_eq!(UnifiedSocialCreditCode::parse(&parsed.to_string()), Ok(parsed));
    }

    #[test]
    fn uscc_parse_ignores_width_case_and_spaces(
        (code, spelling) in valid_uscc().prop_flat_map(|c| (Just(c.clone()), respell(c)))
    ) {
        prop_assert_eq!(UnifiedSocialCreditCode::parse(&spelling).unwrap().to_string(), code);
    }

    /// Weights 3^(i-1) are invertible mod 31, so the check catches every single substitution.
    #[test]
    fn uscc_rejects_every_single_substitution(
        code in valid_uscc(),
        position in 0usize..18,
        replacement in proptest::sample::select(CHARSET.chars().collect::<Vec<_>>()),
    ) {
        let mut chars: Vec<char> = code.chars().collect();
        prop_assume!(chars[position] != replacement);
        chars[position] = replacement;
        let typo: String = chars.into_iter().collect();
        prop_assert!(UnifiedSocialCreditCode::parse(&typo).is_err(), "{}", typo);
    }

    #[test]
    fn generated_id_numbers_parse_with_their_fields((id, birth, sex) in valid_id_number()) {
        let parsed = ResidentIdNumber::parse(&id).unwrap();
        prop_assert_eq!(parsed.as_str(), id.as_str());
        prop_assert_eq!(parsed.birth_date(), birth);
        prop_assert_eq!(parsed.sex(), sex);
    }

    #[test]
    fn id_number_parse_ignores_width_case_and_spaces(
        (id, spelling) in valid_id_number().prop_flat_map(|(id, _, _)| (Just(id.clone()), respell(id)))
    ) {
        prop_assert_eq!(ResidentIdNumber::parse(&spelling).unwrap().to_string(), id);
    }

    /// Weights 2^(18-k) are non-zero mod 11, so the check catches every single-digit substitution.
    #[test]
    fn id_number_rejects_every_single_substitution(
        (id, _, _) in valid_id_number(),
        position in 0usize..18,
        replacement in proptest::sample::select("0123456789X".chars().collect::<Vec<_>>()),
    ) {
        let mut chars: Vec<char> = id.chars().collect();
        prop_assume!(chars[position] != replacement);
        chars[position] = replacement;
        let typo: String = chars.into_iter().collect();
        prop_assert!(ResidentIdNumber::parse(&typo).is_err(), "{}", typo);
    }

    #[test]
    fn validate_as_of_accepts_exactly_the_birth_date_and_later(
        (id, birth, _) in valid_id_number(),
        days in -40_000i64..40_000,
    ) {
        let parsed = ResidentIdNumber::parse(&id).unwrap();
        let today = birth + chrono::Duration::days(days);
        prop_assert_eq!(parsed.validate_as_of(today).is_ok(), days >= 0);
    }

    #[test]
    fn org_name_normalisation_is_idempotent(name in org_name()) {
        let once = normalize_org_name(&name);
        prop_assert_eq!(normalize_org_name(once.as_str()), once);
    }

    #[test]
    fn org_name_normalisation_ignores_width_case_and_spaces(
        (name, spelling) in org_name().prop_flat_map(|n| (Just(n.clone()), respell(n)))
    ) {
        prop_assert_eq!(normalize_org_name(&spelling), normalize_org_name(&name));
    }
}

/// Names assembled from pieces that exercise suffixes, branches and brackets.
fn org_name() -> impl Strategy<Value = String> {
    let piece = proptest::sample::select(vec![
        "广州",
        "某某",
        "科技",
        "ABC",
        "abc",
        "有限",
        "公司",
        "有限公司",
        "股份",
        "集团",
        "(",
        ")",
        "（集团）",
        "责任",
        "分公司",
        "分行",
        "支行",
        "营业部",
        " ",
        "\u{3000}",
        "-",
        "1",
        "x",
    ]);
    prop_oneof![
        proptest::collection::vec(piece, 0..8).prop_map(|v| v.concat()),
        "\\PC{0,12}",
    ]
}
