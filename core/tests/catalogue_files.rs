//! Catalogue files as portals publish them (feature `catalogue-files`): the layouts real
//! 主动公开目录清单 have (a title above the headings, 公开事项/公开对象/公开方式/公开层级 over
//! sub-columns with ticks, merged cells, extra columns, a note with the 监督渠道 below), GBK CSV,
//! and files that are broken, empty or no catalogue; the real catalogues of tests/real/catalogues
//! laid out as published and read back; and the baseline written and read again.
//!
//! The workbooks and GBK text are built here, with the crates the feature uses, so that every
//! fixture says in code what it holds.

use gongkai::rules::catalogue::files::{
    CellProblem, FileError, FileFormat, WriteFormat, read_catalogue, write_baseline, write_csv,
};
use gongkai::{
    Audience, CatalogEntry, CatalogueOptions, DisclosureMode, Domain, Lang, Level, RuleSet,
};
use rust_xlsxwriter::{Format, Workbook, Worksheet};
use serde_json::Value;

use crate::real_catalogues::{Case, cases, channel_cell, finding_json};

/// A workbook of one sheet named `目录`, built by `f`.
fn xlsx(f: impl FnOnce(&mut Worksheet)) -> Vec<u8> {
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("目录").unwrap();
    f(sheet);
    book.save_to_buffer().unwrap()
}

fn gbk(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable, "{text}");
    bytes.into_owned()
}

fn put(sheet: &mut Worksheet, row: u32, cells: &[&str]) {
    for (c, t) in cells.iter().enumerate() {
        if !t.is_empty() {
            sheet.write_string(row, c as u16, *t).unwrap();
        }
    }
}

/// The layout of 开化县公共资源配置领域政府信息公开标准目录 (2025) and most county catalogues under
/// 国办发〔2017〕97号 二: a title merged across the table; 序号, 公开内容… merged over two heading
/// rows; 公开事项 over 一级事项|二级事项, 公开对象 over 全社会|特定群体, 公开方式 over 主动|依申请;
/// 一级事项 merged down its rows; a 备注 column; a blank line, then the 监督渠道 across the table.
fn published_workbook(tick: &str) -> Vec<u8> {
    xlsx(|s| {
        let f = Format::new();
        s.merge_range(0, 0, 0, 12, "XX县公共资源配置领域政府信息公开标准目录", &f)
            .unwrap();
        for (c, h) in [
            (0, "序号"),
            (3, "公开内容（要素）"),
            (4, "公开依据"),
            (5, "公开时限"),
            (6, "公开主体"),
            (7, "公开渠道和载体"),
            (12, "备注"),
        ] {
            s.merge_range(1, c, 2, c, h, &f).unwrap();
        }
        s.merge_range(1, 1, 1, 2, "公开事项", &f).unwrap();
        s.merge_range(1, 8, 1, 9, "公开对象", &f).unwrap();
        s.merge_range(1, 10, 1, 11, "公开方式", &f).unwrap();
        put(
            s,
            2,
            &[
                "",
                "一级事项",
                "二级事项",
                "",
                "",
                "",
                "",
                "",
                "全社会",
                "特定群体",
                "主动",
                "依申请",
            ],
        );
        s.merge_range(3, 1, 5, 1, "政府采购", &f).unwrap();
        put(
            s,
            3,
            &[
                "1",
                "",
                "采购意向",
                "采购项目名称、采购需求概况、预算金额、预计采购时间",
                "《政府采购法实施条例》",
                "采购活动开始前30日",
                "采购人",
                "中国政府采购网",
                tick,
                "",
                "√",
                "",
                "",
            ],
        );
        put(
            s,
            4,
            &[
                "2",
                "",
                "中标（成交）结果公告",
                "中标供应商名称、地址和中标金额",
                "《政府采购法实施条例》第四十三条",
                "中标、成交供应商确定之日起2个工作日内",
                "采购人或者采购代理机构",
                "中国政府采购网",
                "√",
                "",
                "√",
                "",
                "见省平台",
            ],
        );
        put(
            s,
            5,
            &[
                "3",
                "",
                "投诉处理结果",
                "投诉人和被投诉人的名称、处理决定",
                "《政府采购质疑和投诉办法》",
                "作出决定之日起2个工作日内",
                "财政部门",
                "中国政府采购网",
                "",
                "●",
                "",
                "是",
                "",
            ],
        );
        s.merge_range(
            7,
            0,
            7,
            12,
            "监督渠道：县政务公开办公室，电话 0570-6012345",
            &f,
        )
        .unwrap();
    })
}

/// The same catalogue saved by Chinese Excel as "CSV (逗号分隔)": GBK, merged cells written in
/// their first cell only.
fn published_csv() -> String {
    [
        "XX县公共资源配置领域政府信息公开标准目录,,,,,,,,,,,,",
        "序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,,公开方式,,备注",
        ",一级事项,二级事项,,,,,,全社会,特定群体,主动,依申请,",
        "1,政府采购,采购意向,\"采购项目名称、采购需求概况、预算金额、预计采购时间\",《政府采购法实施条例》,采购活动开始前30日,采购人,中国政府采购网,√,,√,,",
        "2,,中标（成交）结果公告,中标供应商名称、地址和中标金额,《政府采购法实施条例》第四十三条,中标、成交供应商确定之日起2个工作日内,采购人或者采购代理机构,中国政府采购网,√,,√,,见省平台",
        "3,,投诉处理结果,投诉人和被投诉人的名称、处理决定,《政府采购质疑和投诉办法》,作出决定之日起2个工作日内,财政部门,中国政府采购网,,●,,是,",
        ",,,,,,,,,,,,",
        "监督渠道：县政务公开办公室，电话 0570-6012345,,,,,,,,,,,,",
    ]
    .join("\r\n")
}

/// What both files of the published layout give.
fn assert_published_layout(read: &gongkai::rules::catalogue::files::CatalogueFile) {
    let rows = &read.catalogue.rows;
    assert_eq!(rows.len(), 3, "{rows:#?}");
    assert!(rows.iter().all(|r| r.level1 == "政府采购"), "{rows:#?}");
    assert_eq!(rows[1].level2, "中标（成交）结果公告");
    assert_eq!(rows[1].time_limit, "中标、成交供应商确定之日起2个工作日内");
    assert_eq!(rows[0].audience, Some(Audience::Public));
    assert_eq!(rows[0].mode, Some(DisclosureMode::Proactive));
    assert_eq!(rows[2].audience, Some(Audience::Specific));
    assert_eq!(rows[2].mode, Some(DisclosureMode::OnRequest));
    assert_eq!(rows[1].extra["备注"], "见省平台");
    assert_eq!(rows[0].extra["序号"], "1");
    assert!(!rows[0].extra.contains_key("备注"));
    assert_eq!(read.source_rows, [4, 5, 6]);
    assert_eq!(read.heading_rows, 2..=3);
    assert_eq!(read.headings[8], "公开对象(全社会)");
    assert_eq!(read.headings[2], "公开事项(二级事项)");
    assert_eq!(read.blank_rows, 1);
    assert_eq!(
        read.catalogue.header.supervision,
        "县政务公开办公室，电话 0570-6012345"
    );
    let notes: Vec<usize> = read.notes.iter().map(|n| n.row).collect();
    assert_eq!(notes, [1, 8]);
    assert!(read.notes[0].text.contains("标准目录"));
}

/// 国办发〔2017〕97号 二 (the catalogue's columns), as 开化县's 2025 标准目录 lays them out in a
/// workbook: title, two heading rows, merged 一级事项, ticks (√ ● 是), 备注, 监督渠道 below.
#[test]
fn a_published_workbook_with_two_heading_rows_merged_cells_and_ticks() {
    let read = read_catalogue(&published_workbook("√"), FileFormat::Xlsx).unwrap();
    assert_eq!(read.sheet.as_deref(), Some("目录"));
    assert_published_layout(&read);
}

/// The same catalogue as Chinese Excel saves CSV: GBK, 一级事项 only in its first row (carried
/// down), 公开对象 printed once over its two sub-columns.
#[test]
fn a_gbk_csv_with_merged_cells_written_once() {
    let bytes = gbk(&published_csv());
    assert!(std::str::from_utf8(&bytes).is_err());
    let read = read_catalogue(&bytes, FileFormat::Csv).unwrap();
    assert_eq!(read.sheet, None);
    assert_published_layout(&read);
    // And as UTF-8 with a byte-order mark (Excel's "CSV UTF-8").
    let mut utf8 = b"\xEF\xBB\xBF".to_vec();
    utf8.extend_from_slice(published_csv().as_bytes());
    assert_published_layout(&read_catalogue(&utf8, FileFormat::Csv).unwrap());
    // Tab-separated (Excel's "Unicode text" is tab-separated UTF-16).
    let tsv = published_csv().replace(',', "\t");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in tsv.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    assert_published_layout(&read_catalogue(&utf16, FileFormat::Csv).unwrap());
}

/// A tick column holding words (a portal's "待定"): the error names the sheet, the row as the
/// spreadsheet numbers it, the column letter and its heading.
#[test]
fn a_cell_that_is_no_tick_is_named_by_sheet_row_and_column() {
    let err = read_catalogue(&published_workbook("待定"), FileFormat::Xlsx).unwrap_err();
    assert_eq!(err.code(), "catalogue.cell_unreadable");
    let FileError::CellUnreadable { at, text, problem } = &err else {
        panic!("{err:?}");
    };
    assert_eq!(at.sheet.as_deref(), Some("目录"));
    assert_eq!((at.row, at.column_letter().as_str()), (4, "I"));
    assert_eq!(at.heading, "公开对象(全社会)");
    assert_eq!(text, "待定");
    assert_eq!(*problem, CellProblem::NotATick);
    assert_eq!(
        err.message(Lang::ZhCn),
        "工作表“目录”第 4 行 I 列（公开对象(全社会)）：\"待定\"：勾选栏只能填勾选符号（√ ✓ ● ○ 是）或留空（× 否 /）"
    );
    assert!(
        err.to_string()
            .starts_with("sheet \"目录\", row 4, column I (公开对象(全社会)): \"待定\"")
    );
    // 公开方式 in words that are neither choice.
    let csv = "二级事项,公开内容,公开时限,公开方式\n招标公告,招标条件,及时,网上\n";
    let err = read_catalogue(csv.as_bytes(), FileFormat::Csv).unwrap_err();
    let FileError::CellUnreadable { at, problem, .. } = &err else {
        panic!("{err:?}");
    };
    assert_eq!((at.sheet.clone(), at.row, at.column), (None, 2, 4));
    assert_eq!(*problem, CellProblem::NotAChoice);
}

/// A spreadsheet that is not a catalogue (a list of payments) is refused as such, naming the
/// sheet searched.
#[test]
fn a_sheet_that_is_no_catalogue_is_named() {
    let bytes = xlsx(|s| {
        put(s, 0, &["姓名", "部门", "金额", "公开时限"]);
        put(s, 1, &["张三", "财政局", "1000", "无"]);
    });
    let err = read_catalogue(&bytes, FileFormat::Xlsx).unwrap_err();
    assert_eq!(err.code(), "catalogue.headings_not_found");
    assert!(
        matches!(&err, FileError::HeadingsNotFound { sheet: Some(s), found, .. }
            if s == "目录" && found == &["公开时限".to_owned()]),
        "{err:?}"
    );
    assert!(
        err.message(Lang::ZhCn)
            .starts_with("工作表“目录”：前 2 行中没有目录的表头")
    );
}

/// An empty file, an empty sheet, a CSV of separators only.
#[test]
fn empty_files_and_sheets() {
    for bytes in [&b""[..], b"\xEF\xBB\xBF", b",,,\n,,\n"] {
        let err = read_catalogue(bytes, FileFormat::Csv).unwrap_err();
        assert_eq!(err, FileError::Empty { sheet: None });
    }
    let err = read_catalogue(&xlsx(|_| {}), FileFormat::Xlsx).unwrap_err();
    assert_eq!(
        err,
        FileError::Empty {
            sheet: Some("目录".into())
        }
    );
}

/// A workbook whose catalogue is on its third sheet, after an empty one and a 说明 sheet: the
/// sheet with headings is read.
#[test]
fn the_sheet_with_headings_is_read() {
    let mut book = Workbook::new();
    book.add_worksheet().set_name("封面").unwrap();
    let notes = book.add_worksheet();
    notes.set_name("说明").unwrap();
    put(notes, 0, &["本目录依据国办发〔2017〕97号编制"]);
    let sheet = book.add_worksheet();
    sheet.set_name("住房保障").unwrap();
    put(sheet, 0, &["一级事项", "二级事项", "公开内容", "公开时限"]);
    put(
        sheet,
        1,
        &["保障性住房分配", "分配结果", "分配对象、房源", "20个工作日"],
    );
    let read = read_catalogue(&book.save_to_buffer().unwrap(), FileFormat::Xlsx).unwrap();
    assert_eq!(read.sheet.as_deref(), Some("住房保障"));
    assert_eq!(read.catalogue.rows[0].level2, "分配结果");
}

/// Files that cannot be read: a workbook cut short, a Word document (also a zip), random bytes
/// named .xlsx, text that is neither UTF-8 nor GBK, an XLS and a PDF.
#[test]
fn broken_and_foreign_files() {
    let whole = published_workbook("√");
    let cut = &whole[..whole.len() / 2];
    assert_eq!(FileFormat::detect("目录.xlsx", cut), Ok(FileFormat::Xlsx));
    let err = read_catalogue(cut, FileFormat::Xlsx).unwrap_err();
    assert_eq!(err.code(), "catalogue.file_unreadable", "{err}");
    let err = FileFormat::detect("目录.xlsx", b"not a zip").unwrap_err();
    assert_eq!(err.code(), "catalogue.file_unreadable");
    let err = read_catalogue(b"not a zip", FileFormat::Xlsx).unwrap_err();
    assert_eq!(err.code(), "catalogue.file_unreadable");
    // A .docx is a zip without a workbook in it.
    let mut docx = Vec::new();
    {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(&mut docx));
        w.start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
        std::io::Write::write_all(&mut w, b"<w:document/>").unwrap();
        w.finish().unwrap();
    }
    let err = read_catalogue(&docx, FileFormat::detect("目录.docx", &docx).unwrap()).unwrap_err();
    assert_eq!(err.code(), "catalogue.file_unreadable");
    let err = read_catalogue(b"\xB9\xAB\xBF\xAA\n\xFF\xFF\xFF", FileFormat::Csv).unwrap_err();
    assert_eq!(err, FileError::EncodingUnknown { row: 2 });
    for (name, bytes) in [
        ("目录.xls", &b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"[..]),
        ("目录.pdf", b"%PDF-1.7"),
        ("目录.docx", b"text"),
        ("目录", b"text"),
    ] {
        let err = FileFormat::detect(name, bytes).unwrap_err();
        assert_eq!(err.code(), "catalogue.format_unknown", "{name}");
    }
}

/// Extra columns (责任股室 as 鄂托克前旗's catalogue has, a link to the site), a second 公开主体
/// column, and a column without a heading are kept, each under its heading; a section line
/// with only an 一级事项 gives it to the rows below.
#[test]
fn extra_columns_and_section_lines_are_kept() {
    let csv = "\
序号,二级事项,公开内容,公开主体,责任股室,责任单位,,政府网站
一、机构信息,,,,,,,
1,机构职能,内设机构、职责,县自然资源局,办公室,县政府,手写,http://x.gov.cn
二、规划信息,,,,,,,
2,国土空间规划,规划文本,县自然资源局,规划股,,,
";
    let read = read_catalogue(csv.as_bytes(), FileFormat::Csv).unwrap();
    let rows = &read.catalogue.rows;
    assert_eq!(rows.len(), 2, "{rows:#?}");
    assert_eq!(rows[0].body, "县自然资源局");
    assert_eq!(rows[0].extra["责任股室"], "办公室");
    assert_eq!(rows[0].extra["责任单位"], "县政府");
    assert_eq!(rows[0].extra["G列"], "手写");
    assert_eq!(rows[0].extra["政府网站"], "http://x.gov.cn");
    // The section lines sit in 序号 (no field): notes, and the rows keep their own columns.
    assert_eq!(read.notes.len(), 2);
    assert_eq!(read.notes[1].row, 4);
    assert_eq!(read.source_rows, [3, 5]);
    // With an 一级事项 column, a section line fills it for the rows below.
    let csv = "一级事项,二级事项,公开内容,公开时限\n机构信息,,,\n,机构职能,职责,20个工作日\n,领导信息,分工,20个工作日\n";
    let read = read_catalogue(csv.as_bytes(), FileFormat::Csv).unwrap();
    assert!(read.catalogue.rows.iter().all(|r| r.level1 == "机构信息"));
    assert_eq!(read.catalogue.rows.len(), 2);
}

/// The headings printed again below (a page break in the source) are not a row.
#[test]
fn repeated_headings_are_not_rows() {
    let csv = "二级事项,公开内容,公开时限\n招标公告,招标条件,及时\n二级事项,公开内容,公开时限\n中标结果,中标人,及时\n";
    let read = read_catalogue(csv.as_bytes(), FileFormat::Csv).unwrap();
    let names: Vec<&str> = read
        .catalogue
        .rows
        .iter()
        .map(|r| r.level2.as_str())
        .collect();
    assert_eq!(names, ["招标公告", "中标结果"]);
}

// ---- the real catalogues as published ----

/// A facts file's column heading as published: parent and sub-heading (`公开对象(全社会)`), the
/// reader's note `[sic: …]` left out.
fn split_heading(h: &str) -> (String, String) {
    let h = match h.find(" [sic") {
        Some(i) => format!(
            "{}{}",
            &h[..i],
            &h[h[i..].find(']').map_or(h.len(), |j| i + j + 1)..]
        ),
        None => h.to_owned(),
    };
    match h.find('(') {
        Some(i) if h.ends_with(')') => (h[..i].trim().to_owned(), h[i + 1..h.len() - 1].to_owned()),
        _ => (h.trim().to_owned(), String::new()),
    }
}

/// Which facts key a published column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Number,
    Level1,
    Level2,
    Level3,
    Content,
    Basis,
    TimeLimit,
    Body,
    Channels,
    Audience,
    Mode,
    Levels,
    Website,
    Unit,
    Other,
}

/// The role of each column by its heading as the facts record it; 南江's 一级事项 printed twice
/// is 一级事项 then 二级事项, as its facts read it.
fn roles(columns: &[(String, String)]) -> Vec<Role> {
    let mut level1_seen = false;
    columns
        .iter()
        .map(|(p, c)| {
            let h = format!("{p}{c}");
            if p == "序号" || p == "类别" {
                Role::Number
            } else if h.contains("一级") {
                let role = if level1_seen {
                    Role::Level2
                } else {
                    Role::Level1
                };
                level1_seen = true;
                role
            } else if h.contains("二级") {
                Role::Level2
            } else if h.contains("三级") {
                Role::Level3
            } else if p.starts_with("公开内容") {
                Role::Content
            } else if p.contains("依据") {
                Role::Basis
            } else if p.contains("时限") {
                Role::TimeLimit
            } else if p.contains("主体") || p == "责任处室" {
                Role::Body
            } else if p.contains("渠道") {
                Role::Channels
            } else if p.contains("对象") || p.contains("范围") {
                Role::Audience
            } else if p.contains("方式") {
                Role::Mode
            } else if p.contains("层级") {
                Role::Levels
            } else if p == "政府网站" {
                Role::Website
            } else if p == "责任股室" {
                Role::Unit
            } else {
                Role::Other
            }
        })
        .collect()
}

/// What a published cell holds for a facts row in a column.
fn cell(case: &Case, i: usize, role: Role, child: &str) -> String {
    let facts = &case.facts["rows"][i];
    let row = &case.catalogue.rows[i];
    let tick = |key: &str, want: &str| {
        let hit = match &facts[key] {
            Value::String(s) => s.contains(want),
            Value::Array(a) => a.iter().any(|x| x.as_str() == Some(want)),
            _ => false,
        };
        if hit { "√".to_owned() } else { String::new() }
    };
    let words = |key: &str| facts[key].as_str().unwrap_or_default().to_owned();
    match role {
        Role::Number => facts
            .get("printedNo")
            .or(facts.get("row"))
            .map(|v| v.to_string())
            .unwrap_or_default(),
        Role::Level1 => row.level1.clone(),
        Role::Level2 => row.level2.clone(),
        Role::Level3 => row.level3.clone(),
        Role::Content => row.content.clone(),
        Role::Basis => row.basis.clone(),
        Role::TimeLimit => row.time_limit.clone(),
        Role::Body => row.body.clone(),
        Role::Channels => channel_cell(facts),
        Role::Audience if child.is_empty() => words("audience"),
        Role::Audience if child.contains("特定") || child.contains("一定") => {
            tick("audience", "特定")
        }
        Role::Audience => tick("audience", "社会"),
        Role::Mode if child.is_empty() => words("mode"),
        Role::Mode if child.contains("主动") => tick("mode", "主动"),
        Role::Mode => tick("mode", "申请"),
        Role::Levels if child.is_empty() => row.levels.clone(),
        Role::Levels => tick("level", child),
        Role::Website => words("website"),
        Role::Unit => words("unit"),
        Role::Other => String::new(),
    }
}

/// A row whose 一级事项 the facts record as merged with the row above's.
fn level1_merged(case: &Case, i: usize) -> bool {
    let v = &case.facts["rows"][i]["level1"];
    i > 0
        && !case.catalogue.rows[i].level1.is_empty()
        && (v.is_null() || v.as_str().is_some_and(|s| s.contains("merged")))
}

/// A real catalogue as its portal publishes it: the title, the lines stating what it states
/// once, the headings in one row or two, the rows.
struct Published {
    /// Rows of cells (text), heading rows first after the title lines.
    lines: Vec<Vec<String>>,
    /// The 0-based line where the headings start, and whether they take two lines.
    headings_at: usize,
    two_rows: bool,
    /// (parent, child) per column.
    columns: Vec<(String, String)>,
    roles: Vec<Role>,
}

fn published(case: &Case) -> Option<Published> {
    let cols: Vec<(String, String)> = case.facts["columns"]
        .as_array()?
        .iter()
        .filter_map(Value::as_str)
        .map(split_heading)
        .collect();
    if cols.is_empty() {
        return None;
    }
    // A heading is split over two rows only where its parent spans several columns.
    let spans = |p: &str| cols.iter().filter(|(q, _)| q == p).count() > 1;
    let columns: Vec<(String, String)> = cols
        .iter()
        .map(|(p, c)| {
            if spans(p) || c.is_empty() {
                (p.clone(), c.clone())
            } else {
                (format!("{p}({c})"), String::new())
            }
        })
        .collect();
    let two_rows = columns.iter().any(|(_, c)| !c.is_empty());
    let width = columns.len();
    let line = |cells: Vec<String>| {
        let mut v = cells;
        v.resize(width, String::new());
        v
    };
    let mut lines = vec![line(vec![
        case.facts["title"].as_str().unwrap_or("目录").to_owned(),
    ])];
    let h = &case.catalogue.header;
    for (label, value) in [
        ("公开主体", &h.body),
        ("公开时限", &h.time_limit),
        ("公开渠道", &h.channels),
        ("监督渠道", &h.supervision),
    ] {
        if !value.is_empty() {
            lines.push(line(vec![format!("{label}：{value}")]));
        }
    }
    let headings_at = lines.len();
    lines.push(columns.iter().map(|(p, _)| p.clone()).collect());
    if two_rows {
        lines.push(columns.iter().map(|(_, c)| c.clone()).collect());
    }
    let roles = roles(&columns);
    for i in 0..case.catalogue.rows.len() {
        lines.push(
            columns
                .iter()
                .zip(&roles)
                .map(|((_, c), role)| cell(case, i, *role, c))
                .collect(),
        );
    }
    Some(Published {
        lines,
        headings_at,
        two_rows,
        columns,
        roles,
    })
}

fn published_csv_of(p: &Published, case: &Case) -> String {
    let mut lines = p.lines.clone();
    let first_row = p.headings_at + 1 + usize::from(p.two_rows);
    let level1 = p.roles.iter().position(|r| *r == Role::Level1);
    for (i, line) in lines.iter_mut().enumerate() {
        if i == p.headings_at {
            // A parent printed once over its sub-columns.
            for c in (1..line.len()).rev() {
                if line[c] == line[c - 1] && !p.columns[c].1.is_empty() {
                    line[c].clear();
                }
            }
        }
        if let Some(c) = level1 {
            if i >= first_row && level1_merged(case, i - first_row) {
                line[c].clear();
            }
        }
    }
    lines
        .iter()
        .map(|l| {
            l.iter()
                .map(|c| {
                    if c.contains([',', '"', '\n']) {
                        format!("\"{}\"", c.replace('"', "\"\""))
                    } else {
                        c.clone()
                    }
                })
                .collect::<Vec<_>>()
                .join(",")
        })
        .collect::<Vec<_>>()
        .join("\r\n")
}

fn published_xlsx_of(p: &Published, case: &Case) -> Vec<u8> {
    xlsx(|s| {
        let f = Format::new();
        let last = (p.columns.len() - 1) as u16;
        let first_row = p.headings_at + 1 + usize::from(p.two_rows);
        for (i, line) in p.lines.iter().enumerate() {
            let r = i as u32;
            if i < p.headings_at {
                if last == 0 {
                    s.write_string(r, 0, &line[0]).unwrap();
                } else {
                    s.merge_range(r, 0, r, last, &line[0], &f).unwrap();
                }
                continue;
            }
            if i == p.headings_at {
                let mut c = 0;
                while c < line.len() {
                    let mut end = c;
                    while end + 1 < line.len()
                        && line[end + 1] == line[c]
                        && !p.columns[end + 1].1.is_empty()
                    {
                        end += 1;
                    }
                    let (c0, c1) = (c as u16, end as u16);
                    if p.two_rows && p.columns[c].1.is_empty() {
                        s.merge_range(r, c0, r + 1, c0, &line[c], &f).unwrap();
                    } else if c1 > c0 {
                        s.merge_range(r, c0, r, c1, &line[c], &f).unwrap();
                    } else {
                        s.write_string(r, c0, &line[c]).unwrap();
                    }
                    c = end + 1;
                }
                continue;
            }
            if p.two_rows && i == p.headings_at + 1 {
                for (c, t) in line.iter().enumerate() {
                    if !p.columns[c].1.is_empty() {
                        s.write_string(r, c as u16, t).unwrap();
                    }
                }
                continue;
            }
            for (c, t) in line.iter().enumerate() {
                if !t.is_empty() {
                    s.write_string(r, c as u16, t).unwrap();
                }
            }
        }
        // 一级事项 (and a 公开时限 the facts record as merged) merged down over their rows.
        let rows = case.catalogue.rows.len();
        for (c, role) in p.roles.iter().enumerate() {
            let key = match role {
                Role::Level1 => "level1",
                Role::TimeLimit => "timeLimit",
                _ => continue,
            };
            let mut start = 0;
            while start < rows {
                let mut end = start;
                while end + 1 < rows && {
                    let v = &case.facts["rows"][end + 1][key];
                    if key == "level1" {
                        level1_merged(case, end + 1)
                    } else {
                        v.as_str() == Some("(merged)")
                    }
                } {
                    end += 1;
                }
                if end > start {
                    let text = &p.lines[first_row + start][c];
                    let (r0, r1) = ((first_row + start) as u32, (first_row + end) as u32);
                    s.merge_range(r0, c as u16, r1, c as u16, text, &f).unwrap();
                }
                start = end + 1;
            }
        }
    })
}

/// The fields a published table carries, for comparing rows read back with the facts' rows.
fn fields(r: &CatalogEntry) -> [&str; 9] {
    [
        &r.level1,
        &r.level2,
        &r.level3,
        &r.content,
        &r.basis,
        &r.time_limit,
        &r.body,
        &r.channels,
        &r.levels,
    ]
}

/// Every real catalogue of tests/real/catalogues laid out as its portal publishes it (the
/// `columns` its facts record, sub-columns ticked, 一级事项 merged) — as UTF-8 CSV, GBK CSV and
/// XLSX — reads back into the rows and header the facts give, and the check finds the same.
#[test]
fn real_catalogues_as_published_read_back_with_the_same_rows_and_findings() {
    let rules = RuleSet::national();
    let mut converted = Vec::new();
    let mut failures = Vec::new();
    for case in cases() {
        let Some(p) = published(&case) else {
            continue;
        };
        let csv = published_csv_of(&p, &case);
        let files = [
            ("csv", csv.clone().into_bytes(), FileFormat::Csv),
            (
                "gbk",
                encoding_rs::GB18030.encode(&csv).0.into_owned(),
                FileFormat::Csv,
            ),
            ("xlsx", published_xlsx_of(&p, &case), FileFormat::Xlsx),
        ];
        let want = rules.audit_catalogue(&case.catalogue, &case.options);
        let want_findings: Vec<Value> = want.findings.iter().map(finding_json).collect();
        for (kind, bytes, format) in files {
            let name = format!("{} ({kind})", case.name);
            let read = match read_catalogue(&bytes, format) {
                Ok(r) => r,
                Err(e) => {
                    failures.push(format!("{name}: {e}"));
                    continue;
                }
            };
            let got = &read.catalogue;
            if got.rows.len() != case.catalogue.rows.len() {
                failures.push(format!(
                    "{name}: {} rows, facts {}",
                    got.rows.len(),
                    case.catalogue.rows.len()
                ));
                continue;
            }
            for (i, (g, w)) in got.rows.iter().zip(&case.catalogue.rows).enumerate() {
                if fields(g) != fields(w) {
                    failures.push(format!(
                        "{name}: row {}: {:?} != {:?}",
                        i + 1,
                        fields(g),
                        fields(w)
                    ));
                }
                let facts = &case.facts["rows"][i];
                let audience = match facts["audience"].as_str() {
                    Some(s) if s.contains("特定") || s.contains("一定") => {
                        Some(Audience::Specific)
                    }
                    Some(s) if s.contains("社会") => Some(Audience::Public),
                    _ => None,
                };
                let mode = match facts["mode"].as_str() {
                    Some(s) if s.contains("主动") => Some(DisclosureMode::Proactive),
                    Some(s) if s.contains("申请") => Some(DisclosureMode::OnRequest),
                    _ => None,
                };
                if (g.audience, g.mode) != (audience, mode) {
                    failures.push(format!(
                        "{name}: row {}: {:?} {:?}",
                        i + 1,
                        g.audience,
                        g.mode
                    ));
                }
            }
            if got.header != case.catalogue.header {
                failures.push(format!(
                    "{name}: header {:?} != {:?}",
                    got.header, case.catalogue.header
                ));
            }
            let report = rules.audit_catalogue(got, &case.options);
            let got_findings: Vec<Value> = report.findings.iter().map(finding_json).collect();
            if got_findings != want_findings {
                failures.push(format!(
                    "{name}: findings\n{got_findings:#?}\n!=\n{want_findings:#?}"
                ));
            }
            if report.rows != want.rows {
                failures.push(format!("{name}: row items differ"));
            }
        }
        converted.push(case.name.clone());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(converted.len() >= 3, "{converted:?}");
}

// ---- the baseline written ----

fn options(domains: &[Domain], level: Option<Level>) -> CatalogueOptions {
    CatalogueOptions {
        domains: domains.to_vec(),
        level,
    }
}

/// What reading a written catalogue must give back: every field but the item (no column) and
/// the 序号 (a column, read into `extra`).
fn comparable(r: &CatalogEntry) -> CatalogEntry {
    let mut r = r.clone();
    r.item = None;
    r.extra.remove("序号");
    r
}

/// 国办发〔2017〕97号 二: the baseline of every domain at county level, written as CSV and read
/// back, is the same catalogue, and checks clean.
#[test]
fn the_baseline_written_as_csv_reads_back_the_same_and_passes() {
    let rules = RuleSet::national();
    let o = options(&Domain::ALL, Some(Level::County));
    let rows = rules.baseline_for(&o);
    let csv = write_baseline(&rules, &o, WriteFormat::Csv).unwrap();
    assert!(csv.starts_with(b"\xEF\xBB\xBF"));
    let text = std::str::from_utf8(&csv[3..]).unwrap();
    assert!(text.starts_with(
        "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,监督渠道\r\n"
    ));
    let read = read_catalogue(&csv, FileFormat::Csv).unwrap();
    let back: Vec<CatalogEntry> = read.catalogue.rows.iter().map(comparable).collect();
    let want: Vec<CatalogEntry> = rows.iter().map(comparable).collect();
    assert_eq!(back, want);
    let report = rules.audit_catalogue(&read.catalogue, &o);
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.severity() == gongkai::Severity::Error),
        "{:?}",
        report.findings
    );
    assert!(report.rows.iter().all(|m| m.items.len() == 1));
}

/// The Markdown baseline: the title with the domains and level, one table per domain.
#[test]
fn the_baseline_as_markdown_has_a_table_per_domain() {
    let rules = RuleSet::national();
    let o = options(
        &[Domain::Housing, Domain::GovernmentProcurement],
        Some(Level::County),
    );
    let md = String::from_utf8(write_baseline(&rules, &o, WriteFormat::Markdown).unwrap()).unwrap();
    assert!(
        md.starts_with("# 公共资源配置领域主动公开基本目录（住房保障、政府采购；县级）\n"),
        "{md}"
    );
    let housing = md.find("\n## 住房保障\n").unwrap();
    let procurement = md.find("\n## 政府采购\n").unwrap();
    assert!(housing < procurement);
    let tables = md
        .matches("| 序号 | 一级事项 | 二级事项 | 公开内容（要素） |")
        .count();
    assert_eq!(tables, 2);
    let rows = md
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| 序号"))
        .count();
    assert_eq!(
        rows,
        rules.baseline_for(&o).len() + 2,
        "rows and the two --- lines"
    );
}

#[cfg(feature = "catalogue-xlsx-write")]
mod xlsx_written {
    use std::io::Read as _;

    use super::*;
    use gongkai::rules::catalogue::files::write_xlsx;

    fn part(bytes: &[u8], name: &str) -> String {
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut s = String::new();
        zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
        s
    }

    /// The XLSX baseline is ready to publish: bold headings on grey, frozen with the title,
    /// widths, wrapped text, 一级事项 merged, A4 landscape with the headings on every page; and
    /// it reads back the same.
    #[test]
    fn the_baseline_workbook_is_styled_and_reads_back_the_same() {
        let rules = RuleSet::national();
        let o = options(&[Domain::ConstructionBidding, Domain::MiningRights], None);
        let bytes = write_baseline(&rules, &o, WriteFormat::Xlsx).unwrap();
        let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(
            sheet.contains(
                r#"<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>"#
            ),
            "{sheet}"
        );
        assert!(sheet.contains("<cols>") && sheet.contains(r#"customWidth="1""#));
        assert!(
            sheet.contains(r#"<mergeCell ref="A1:K1"/>"#),
            "the title across"
        );
        assert!(
            sheet.contains(r#"<mergeCell ref="B3:B"#),
            "一级事项 merged down"
        );
        assert!(sheet.contains(r#"orientation="landscape""#) && sheet.contains(r#"paperSize="9""#));
        let styles = part(&bytes, "xl/styles.xml");
        assert!(styles.contains("<b/>") && styles.contains(r#"wrapText="1""#));
        assert!(styles.contains(r#"rgb="FFD9D9D9""#));
        let workbook = part(&bytes, "xl/workbook.xml");
        assert!(
            workbook.contains("_xlnm.Print_Titles"),
            "headings repeated on each page"
        );

        let read = read_catalogue(&bytes, FileFormat::Xlsx).unwrap();
        assert_eq!(read.heading_rows, 2..=2);
        assert_eq!(
            read.notes[0].text,
            "公共资源配置领域主动公开基本目录（工程建设项目招标投标、矿业权出让）"
        );
        let back: Vec<CatalogEntry> = read.catalogue.rows.iter().map(comparable).collect();
        let want: Vec<CatalogEntry> = rules.baseline_for(&o).iter().map(comparable).collect();
        assert_eq!(back, want);
    }

    /// A cell longer than XLSX holds is refused, naming it.
    #[test]
    fn a_cell_too_long_for_xlsx_is_named() {
        let row = CatalogEntry {
            level1: "政府采购".into(),
            level2: "采购意向".into(),
            content: "要".repeat(40_000),
            ..CatalogEntry::default()
        };
        let err = write_xlsx("目录", &[row]).unwrap_err();
        assert_eq!(err.code(), "catalogue.cell_too_long");
        let at = err.cell().unwrap();
        assert_eq!(
            (at.row, at.column_letter().as_str(), at.heading.as_str()),
            (3, "D", "公开内容（要素）")
        );
    }
}

// ---- properties ----

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Cell text as catalogues have it: Chinese, digits, Latin letters, the punctuation of
    /// lists and laws, ticks and boxes, commas, quotes, bars and line breaks inside.
    fn text(min: usize) -> impl Strategy<Value = String> {
        proptest::string::string_regex(&format!(
            "[政府采购公开内容时限工作日依据第条款《》（）、，；：√■□○A-Za-z0-9 ,\"'|;\\n-]{{{min},40}}"
        ))
        .unwrap()
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("a row names its matter", move |s| s.chars().count() >= min)
    }

    fn entry() -> impl Strategy<Value = CatalogEntry> {
        (
            (text(1), text(1), text(0), text(0), text(0)),
            (text(0), text(0), text(0), text(0), text(0)),
            proptest::option::of(prop_oneof![
                Just(Audience::Public),
                Just(Audience::Specific)
            ]),
            proptest::option::of(prop_oneof![
                Just(DisclosureMode::Proactive),
                Just(DisclosureMode::OnRequest)
            ]),
            proptest::option::of(text(1)),
        )
            .prop_map(
                |(
                    (level1, level2, level3, content, basis),
                    (time_limit, body, channels, levels, supervision),
                    audience,
                    mode,
                    note,
                )| {
                    let mut extra = std::collections::BTreeMap::new();
                    if let Some(n) = note {
                        extra.insert("备注".to_owned(), Value::String(n));
                    }
                    CatalogEntry {
                        level1,
                        level2,
                        level3,
                        item: None,
                        content,
                        basis,
                        time_limit,
                        body,
                        channels,
                        audience,
                        mode,
                        supervision,
                        levels,
                        extra,
                    }
                },
            )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// Any catalogue written as CSV reads back with the same fields.
        #[test]
        fn csv_round_trips(rows in prop::collection::vec(entry(), 1..6)) {
            let read = read_catalogue(&write_csv(&rows), FileFormat::Csv).unwrap();
            let back: Vec<CatalogEntry> = read.catalogue.rows.iter().map(comparable).collect();
            let want: Vec<CatalogEntry> = rows.iter().map(comparable).collect();
            prop_assert_eq!(back, want);
        }

        /// Whatever bytes come in, reading gives a catalogue or an error, never a panic.
        #[test]
        fn any_bytes_read_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
            let _ = read_catalogue(&bytes, FileFormat::Csv);
            let _ = read_catalogue(&bytes, FileFormat::Xlsx);
        }

        /// Any text read as CSV gives a catalogue or an error, never a panic.
        #[test]
        fn any_csv_text_reads_without_panicking(text in "[二级事项公开内容时限对象方式全社会主动√×,\"\\n ]{0,200}") {
            let _ = read_catalogue(text.as_bytes(), FileFormat::Csv);
        }
    }

    #[cfg(feature = "catalogue-xlsx-write")]
    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        /// Any catalogue written as XLSX reads back with the same fields (一级事项 merged where
        /// rows share it).
        #[test]
        fn xlsx_round_trips(rows in prop::collection::vec(entry(), 1..6)) {
            let bytes = gongkai::rules::catalogue::files::write_xlsx("目录", &rows).unwrap();
            let read = read_catalogue(&bytes, FileFormat::Xlsx).unwrap();
            let back: Vec<CatalogEntry> = read.catalogue.rows.iter().map(comparable).collect();
            let want: Vec<CatalogEntry> = rows.iter().map(comparable).collect();
            prop_assert_eq!(back, want);
        }

        /// A workbook with bytes changed reads into a catalogue or an error, never a panic.
        #[test]
        fn a_damaged_workbook_reads_without_panicking(
            changes in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..8)
        ) {
            let mut bytes = published_workbook("√");
            for (at, b) in changes {
                let i = at.index(bytes.len());
                bytes[i] = b;
            }
            let _ = read_catalogue(&bytes, FileFormat::Xlsx);
        }
    }
}
