//! The sample catalogue files of the web example's catalogue page (`examples/web/samples/`),
//! which the page offers for download and the WASM node and Chromium tests upload: a county
//! 财政局's 政府采购 catalogue (`catalogue-linjiang.json`, fictional 临江县 of the sample city
//! 云江市) written by the library's own writers as XLSX and as CSV saved by Chinese Excel (GBK),
//! and two broken files.
//!
//! `GONGKAI_WRITE_SAMPLES=1 cargo test -p gongkai-examples --test web_samples` writes them from the
//! JSON; without it the test checks that the files are what it would write (the CSV files byte
//! for byte; the workbooks, whose bytes carry the time they were written, by what they read
//! back) and that they read and check as the tests of the page expect.

use std::path::PathBuf;

use gongkai::rules::catalogue::api::catalogue_from_json;
use gongkai::rules::catalogue::files::{
    CellProblem, FileError, FileFormat, read_catalogue, write_csv, write_xlsx,
};
use gongkai::{Catalogue, CatalogueOptions, Domain, Level, RuleSet};
use rust_xlsxwriter::{Format, Workbook};

const TITLE: &str = "临江县财政局政府采购领域主动公开目录";

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("web/samples")
}

fn source() -> Catalogue {
    let text = std::fs::read_to_string(dir().join("catalogue-linjiang.json")).expect("the source");
    catalogue_from_json(&text).expect("a catalogue")
}

/// The CSV as Chinese Excel saves "CSV (逗号分隔)": GBK, no byte-order mark.
fn gbk_csv(catalogue: &Catalogue) -> Vec<u8> {
    let utf8 = write_csv(&catalogue.rows);
    let text = std::str::from_utf8(&utf8[3..]).expect("UTF-8 after the mark");
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable, "the sample has a character GBK lacks");
    bytes.into_owned()
}

/// The UTF-8 CSV with 公开对象 of the third row (file row 4, column I) saying 待定: no choice the
/// reader knows.
fn broken_csv(catalogue: &Catalogue) -> Vec<u8> {
    let text = String::from_utf8(write_csv(&catalogue.rows)).expect("UTF-8");
    let mut lines: Vec<String> = text.split("\r\n").map(str::to_owned).collect();
    let row = &mut lines[3];
    assert!(row.starts_with("3,"), "{row}");
    let at = row.find(",全社会,").expect("公开对象 of row 3");
    row.replace_range(at..at + ",全社会,".len(), ",待定,");
    lines.join("\r\n").into_bytes()
}

/// A workbook as county catalogues are laid out (a title; 公开对象 over 全社会|特定群体 on two
/// heading rows), one of whose tick cells says 待定: sheet 目录, row 5, column G.
fn broken_xlsx() -> Vec<u8> {
    let mut book = Workbook::new();
    let s = book.add_worksheet();
    s.set_name("目录").unwrap();
    let f = Format::new();
    s.merge_range(0, 0, 0, 7, TITLE, &f).unwrap();
    for (c, h) in [
        (0, "序号"),
        (1, "二级事项"),
        (2, "公开内容（要素）"),
        (3, "公开时限"),
        (4, "公开主体"),
        (5, "公开渠道和载体"),
    ] {
        s.merge_range(1, c, 2, c, h, &f).unwrap();
    }
    s.merge_range(1, 6, 1, 7, "公开对象", &f).unwrap();
    s.write_string(2, 6, "全社会").unwrap();
    s.write_string(2, 7, "特定群体").unwrap();
    let rows = [
        [
            "1",
            "采购意向",
            "采购项目名称、采购需求概况、预算金额、预计采购时间",
            "采购活动开始前30日",
            "各采购人",
            "中国政府采购网广东分网",
            "√",
            "",
        ],
        [
            "2",
            "中标（成交）结果公告",
            "中标（成交）供应商名称、地址和中标（成交）金额",
            "中标、成交供应商确定之日起2个工作日内",
            "采购人或者采购代理机构",
            "中国政府采购网广东分网",
            "待定",
            "",
        ],
    ];
    for (r, cells) in rows.iter().enumerate() {
        for (c, t) in cells.iter().enumerate() {
            if !t.is_empty() {
                s.write_string(3 + r as u32, c as u16, *t).unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn options() -> CatalogueOptions {
    CatalogueOptions {
        domains: vec![Domain::GovernmentProcurement],
        level: Some(Level::County),
    }
}

#[test]
fn the_web_samples_are_written_from_the_json_and_read_as_the_page_tests_expect() {
    let catalogue = source();
    let write = std::env::var_os("GONGKAI_WRITE_SAMPLES").is_some();
    let csv = [
        ("catalogue-linjiang-gbk.csv", gbk_csv(&catalogue)),
        ("catalogue-linjiang-broken.csv", broken_csv(&catalogue)),
    ];
    if write {
        for (name, bytes) in &csv {
            std::fs::write(dir().join(name), bytes).unwrap();
        }
        std::fs::write(
            dir().join("catalogue-linjiang.xlsx"),
            write_xlsx(TITLE, &catalogue.rows).unwrap(),
        )
        .unwrap();
        std::fs::write(dir().join("catalogue-linjiang-broken.xlsx"), broken_xlsx()).unwrap();
    }
    let file = |name: &str| {
        std::fs::read(dir().join(name))
            .unwrap_or_else(|e| panic!("{name}: {e} (GONGKAI_WRITE_SAMPLES=1 writes the samples)"))
    };
    for (name, bytes) in &csv {
        assert!(
            file(name) == *bytes,
            "{name} is not what the JSON gives: GONGKAI_WRITE_SAMPLES=1 writes it again"
        );
    }

    // The workbook and the GBK CSV read back the rows of the JSON.
    let xlsx = read_catalogue(&file("catalogue-linjiang.xlsx"), FileFormat::Xlsx).unwrap();
    let gbk = read_catalogue(&file("catalogue-linjiang-gbk.csv"), FileFormat::Csv).unwrap();
    assert_eq!(xlsx.catalogue.rows, catalogue.rows);
    assert_eq!(gbk.catalogue.rows, catalogue.rows);
    assert_eq!(xlsx.sheet.as_deref(), Some("目录"));
    assert_eq!(xlsx.source_rows, [3, 4, 5, 6, 7, 8]);
    assert_eq!(gbk.source_rows, [2, 3, 4, 5, 6, 7]);
    assert!(std::str::from_utf8(&file("catalogue-linjiang-gbk.csv")).is_err());

    // 政府采购法实施条例 Art 43: the result within 2 working days, not 5; a row that is no item
    // of the domain; the items a county's catalogue lacks.
    let report = RuleSet::national().audit_catalogue(&catalogue, &options());
    let at = |code: &str| -> Vec<String> {
        report
            .findings
            .iter()
            .filter(|f| f.code().as_str() == code)
            .map(|f| f.path().to_owned())
            .collect()
    };
    assert_eq!(at("catalogue.time_limit_looser"), ["/2/timeLimit"]);
    assert_eq!(at("catalogue.row_unmatched"), ["/5/level2"]);
    assert_eq!(at("catalogue.item_missing").len(), 5);
    assert!(report.rows[5].items.is_empty());

    // The broken files: the cell named by sheet, row and column.
    let err = read_catalogue(&file("catalogue-linjiang-broken.csv"), FileFormat::Csv).unwrap_err();
    let FileError::CellUnreadable { at, text, problem } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(
        (at.sheet.as_deref(), at.row, at.column_letter().as_str()),
        (None, 4, "I")
    );
    assert_eq!(
        (text.as_str(), *problem, at.heading.as_str()),
        ("待定", CellProblem::NotAChoice, "公开对象")
    );
    let err =
        read_catalogue(&file("catalogue-linjiang-broken.xlsx"), FileFormat::Xlsx).unwrap_err();
    let FileError::CellUnreadable { at, problem, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(
        (at.sheet.as_deref(), at.row, at.column_letter().as_str()),
        (Some("目录"), 5, "G")
    );
    assert_eq!(*problem, CellProblem::NotATick);
}
