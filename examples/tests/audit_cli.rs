//! The audit program as an evaluator runs it, on hostile and careless input: what it prints, to
//! which stream, and its exit status.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The audit built with the profile these tests were built with, or the program
/// `GONGKAI_AUDIT_EXE` names (to run these tests against another build).
fn audit_exe() -> &'static Path {
    static EXE: OnceLock<PathBuf> = OnceLock::new();
    EXE.get_or_init(|| {
        if let Some(exe) = std::env::var_os("GONGKAI_AUDIT_EXE") {
            return PathBuf::from(exe);
        }
        let exe = std::env::current_exe().expect("the test's path");
        // target/<profile>/deps/<test> → target/<profile>
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("target/<profile>");
        let mut build = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
        build.args([
            "build",
            "-q",
            "-p",
            "gongkai-examples",
            "--example",
            "audit",
        ]);
        if profile_dir.ends_with("release") {
            build.arg("--release");
        }
        let status = build.status().expect("cargo runs");
        assert!(status.success(), "the audit builds");
        profile_dir
            .join("examples")
            .join(format!("audit{}", std::env::consts::EXE_SUFFIX))
    })
}

fn run(args: &[&str]) -> Output {
    Command::new(audit_exe())
        .args(["--today", "2025-03-01"])
        .args(args)
        .output()
        .expect("the audit runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

/// A file in a fresh directory of the system's temporary one.
fn temp(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "gongkai-audit-{}-{}",
        std::process::id(),
        name.replace('.', "-")
    ));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("written");
    path
}

fn sample() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/yunjiang-2024.json");
    std::fs::read_to_string(path).expect("the sample")
}

fn sample_values() -> Vec<serde_json::Value> {
    serde_json::from_str(&sample()).expect("an array")
}

fn ndjson(values: &[serde_json::Value]) -> String {
    values.iter().map(|v| format!("{v}\n")).collect()
}

/// The summary's first figures line: `记录 N，通过 N，未通过 N（R），无法读取 N`.
fn figures(stdout: &str) -> &str {
    stdout
        .lines()
        .find(|l| l.starts_with("记录 ") || l.starts_with("records "))
        .expect("the figures line")
}

#[test]
fn a_byte_order_mark_is_not_a_record() {
    let mut bom_array = b"\xEF\xBB\xBF".to_vec();
    bom_array.extend_from_slice(sample().as_bytes());
    let mut bom_lines = b"\xEF\xBB\xBF".to_vec();
    bom_lines.extend_from_slice(ndjson(&sample_values()).as_bytes());
    let plain = run(&[]);
    for (name, bytes) in [("bom.json", bom_array), ("bom.ndjson", bom_lines)] {
        let out = run(&[temp(name, &bytes).to_str().expect("path")]);
        assert!(out.stderr.is_empty(), "{name}: {}", text(&out.stderr));
        assert_eq!(figures(&text(&out.stdout)), figures(&text(&plain.stdout)));
    }
}

#[test]
fn one_invalid_byte_makes_one_record_unreadable_and_names_it() {
    let values = sample_values();
    let mut bytes = ndjson(&values[..3]).into_bytes();
    let second = bytes.iter().position(|&b| b == b'\n').expect("a line") + 10;
    bytes.insert(second, 0xFF);
    let path = temp("utf8.ndjson", &bytes);
    let out = run(&[path.to_str().expect("path"), "--lang", "en"]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert_eq!(out.status.code(), Some(1));
    assert!(figures(&stdout).starts_with("records 2,"), "{stdout}");
    assert!(figures(&stdout).ends_with("unreadable 1"), "{stdout}");
    let id = values[1]["id"].as_str().expect("id");
    assert!(
        stderr.contains(&format!("record #2 ({id})")) && stderr.contains("invalid UTF-8"),
        "{stderr}"
    );
    assert!(stderr.starts_with(path.to_str().expect("path")), "{stderr}");
}

#[test]
fn a_bad_record_in_the_previous_period_is_reported_and_counted() {
    let values = sample_values();
    let mut earlier = ndjson(&values[..4]);
    earlier.insert_str(0, "{\"id\":\"PREV-1\",\"domain\":\"landUse\"}\n");
    let previous = temp("previous.ndjson", earlier.as_bytes());
    let report = previous.with_file_name("report.html");
    let out = run(&[
        "--previous",
        previous.to_str().expect("path"),
        "--report",
        report.to_str().expect("path"),
        "--lang",
        "en",
    ]);
    let stderr = text(&out.stderr);
    let named = format!("{}: record #1 (PREV-1)", previous.display());
    assert!(stderr.contains(&named), "{stderr}");
    assert!(
        stderr.contains("1 record could not be read and is left out"),
        "{stderr}"
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(report.exists());
}

#[test]
fn no_records_is_not_a_pass() {
    let empty = temp("empty.ndjson", b"");
    let blank = temp("blank.json", b"\xEF\xBB\xBF \n\n");
    let array = temp("array.json", b"[]");
    for path in [
        Path::new("/dev/null"),
        empty.as_path(),
        blank.as_path(),
        array.as_path(),
    ] {
        let out = run(&[path.to_str().expect("path")]);
        assert_eq!(out.status.code(), Some(1), "{}", path.display());
        let stderr = text(&out.stderr);
        assert!(stderr.contains("没有记录"), "{}: {stderr}", path.display());
        assert!(
            figures(&text(&out.stdout)).contains("未通过 0（—）"),
            "{}",
            text(&out.stdout)
        );
    }
    // Every record passing is status 0.
    let passing: Vec<_> = sample_values()
        .into_iter()
        .filter(|v| v["id"] == "YJ-HS-2024-0001")
        .collect();
    let out = run(&[temp("one.ndjson", ndjson(&passing).as_bytes())
        .to_str()
        .expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
}

#[test]
fn the_share_beside_the_failures_is_the_failure_rate() {
    let out = run(&[]);
    let line = figures(&text(&out.stdout)).to_owned();
    // 记录 355，通过 192，未通过 163（45.9%），无法读取 0
    let numbers: Vec<f64> = line
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().expect("a number"))
        .collect();
    let [records, _pass, fail, rate, _] = numbers[..] else {
        panic!("{line}");
    };
    assert_eq!(
        format!("{:.1}", fail / records * 100.0),
        format!("{rate:.1}"),
        "{line}"
    );
    let en = run(&["--lang", "en"]);
    let en = text(&en.stdout);
    assert!(
        en.contains(" pass%  unjudged\n"),
        "the table's rate is labelled a pass rate, and records not fully judged are counted apart"
    );
}

#[test]
fn control_characters_from_the_input_are_escaped_on_the_terminal() {
    let mut values = sample_values();
    // A record with findings, so that it is among the worst shown, and one that cannot be read.
    let v = values
        .iter_mut()
        .find(|v| v["id"] == "YJ-HS-2024-0011")
        .expect("a record with findings");
    v["id"] = "YJ-\u{1b}[2J\u{1b}]0;owned\u{7}".into();
    v["title"] = "配租结果\u{202e}告公\u{9b}31m\r".into();
    v["responsibleBody"]["name"] = "云江市\u{1b}[31m住建局".into();
    let mut lines = ndjson(&values);
    lines.push_str("{\"id\":\"BAD\\u001b[5m\",\"domain\":\"x\"}\n");
    let name = "hostile\u{1b}[1m.ndjson";
    let path = temp(name, lines.as_bytes());
    let out = run(&[path.to_str().expect("path")]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    for (stream, s) in [("stdout", &stdout), ("stderr", &stderr)] {
        let raw: Vec<char> = s
            .chars()
            .filter(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
            .collect();
        assert!(raw.is_empty(), "{stream} carries {raw:?}");
    }
    assert!(
        stdout.contains("[YJ-\\u{1b}[2J\\u{1b}]0;owned\\u{7}]"),
        "{stdout}"
    );
    assert!(
        stdout.contains("配租结果\\u{202e}告公\\u{9b}31m\\u{d}"),
        "{stdout}"
    );
    assert!(stdout.contains("云江市\\u{1b}[31m住建局"), "{stdout}");
    assert!(stdout.contains("hostile\\u{1b}[1m.ndjson"), "{stdout}");
    assert!(stderr.contains("BAD\\u{1b}[5m"), "{stderr}");
    // JSON keeps the value (escaped as JSON requires), so a reader gets the id back.
    let json = run(&[path.to_str().expect("path"), "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    let ids: Vec<&str> = doc["reports"]
        .as_array()
        .expect("reports")
        .iter()
        .filter_map(|r| r["recordId"].as_str())
        .collect();
    assert!(ids.contains(&"YJ-\u{1b}[2J\u{1b}]0;owned\u{7}"), "{ids:?}");
}

#[test]
fn csv_cells_cannot_start_a_formula() {
    let mut values = sample_values();
    let v = values
        .iter_mut()
        .find(|v| v["id"] == "YJ-HS-2024-0011")
        .expect("a record with findings");
    v["id"] = "=HYPERLINK(\"http://x\",\"y\")".into();
    v["responsibleBody"]["name"] = "@SUM(A1)".into();
    let path = temp("formula.ndjson", ndjson(&values).as_bytes());
    let out = run(&[path.to_str().expect("path"), "--format", "csv"]);
    let csv = text(&out.stdout);
    let row = csv
        .lines()
        .find(|l| l.contains("HYPERLINK"))
        .expect("the row");
    assert!(
        row.starts_with("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","),
        "{row}"
    );
    assert!(row.contains(",'@SUM(A1),"), "{row}");
}

/// The same records as a JSON array and as NDJSON give the same report, streamed or not.
#[test]
fn array_and_ndjson_give_the_same_report() {
    let values = sample_values();
    let lines = temp("same.ndjson", ndjson(&values).as_bytes());
    let array = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/yunjiang-2024.json");
    let doc = |path: &Path| -> serde_json::Value {
        let out = run(&[path.to_str().expect("path"), "--format", "json"]);
        let mut doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        doc["source"] = serde_json::Value::Null;
        doc
    };
    let (a, b) = (doc(&array), doc(&lines));
    assert_eq!(a, b);
    assert_eq!(
        a["reports"].as_array().expect("reports").len(),
        values.len()
    );
    assert_eq!(a["summary"]["records"], values.len());
    let summary = |path: &Path| {
        let out = run(&[path.to_str().expect("path")]);
        text(&out.stdout)
            .lines()
            .filter(|l| !l.contains("数据："))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert_eq!(summary(&array), summary(&lines));
}

/// The JSON document lists the reports first (they are written as the records are judged) and
/// the summary after them.
#[test]
fn json_reports_come_before_the_summary() {
    let out = run(&["--format", "json"]);
    let s = text(&out.stdout);
    let at = |key: &str| {
        s.find(&format!("\n  \"{key}\":"))
            .unwrap_or_else(|| panic!("{key}"))
    };
    assert!(at("today") < at("reports"));
    assert!(at("reports") < at("summary"));
    assert!(at("summary") < at("assessment"));
    assert!(at("assessment") < at("inputErrors"));
    let doc: serde_json::Value = serde_json::from_str(&s).expect("JSON");
    assert_eq!(doc["summary"]["records"], 355);
}

/// A file name that is not UTF-8 is still a file name: read, and shown escaped, no panic.
#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = temp("plain.ndjson", b"").with_file_name("");
    let path = dir.join(std::ffi::OsStr::from_bytes(b"records-\xFF.ndjson"));
    std::fs::write(&path, ndjson(&sample_values())).expect("written");
    let out = Command::new(audit_exe())
        .args(["--today", "2025-03-01"])
        .arg(&path)
        .output()
        .expect("the audit runs");
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(figures(&text(&out.stdout)).starts_with("记录 355"));
    let bad = Command::new(audit_exe())
        .arg("--today")
        .arg(std::ffi::OsStr::from_bytes(b"\xFF"))
        .output()
        .expect("the audit runs");
    assert_eq!(bad.status.code(), Some(2), "{}", text(&bad.stderr));
}

/// `-` reads standard input, as a pipe gives it.
#[test]
fn a_dash_reads_standard_input() {
    use std::io::Write;
    let mut child = Command::new(audit_exe())
        .args(["--today", "2025-03-01", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the audit runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let lines = ndjson(&sample_values());
    let writer = std::thread::spawn(move || stdin.write_all(lines.as_bytes()));
    let out = child.wait_with_output().expect("output");
    writer.join().expect("joined").expect("written");
    assert!(
        figures(&text(&out.stdout)).starts_with("记录 355，"),
        "{}",
        text(&out.stdout)
    );
    assert_eq!(out.status.code(), Some(1));
}

/// 财政部令第87号 Art 27 ¶2, as the audit sees it: a correction listed before the tender it
/// amends waits for it, and is judged against the tender's bid deadline (15 days); read from
/// standard input, which cannot be read twice, it is judged alone and the audit says so.
#[test]
fn an_amendment_is_judged_with_the_notice_it_amends_87_27() {
    let vector: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../tests/vectors/amendment-tender-correction-keeps-original-deadline.json"),
        )
        .expect("the vector"),
    )
    .expect("JSON");
    let lines = ndjson(&[vector["record"].clone(), vector["related"][0].clone()]);
    let path = temp("amendments.ndjson", lines.as_bytes());
    let rules_of = |out: &Output, id: &str| -> Vec<String> {
        let doc: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("JSON");
        doc["reports"]
            .as_array()
            .expect("reports")
            .iter()
            .filter(|r| r["recordId"] == id)
            .flat_map(|r| r["findings"].as_array().cloned().unwrap_or_default())
            .filter(|f| f["code"] != "rule.not_judged")
            .map(|f| f["rule"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    let out = run(&["--format", "json", path.to_str().expect("UTF-8 path")]);
    assert!(
        rules_of(&out, "YJCG-2024-018-GZ1").contains(&"GP-87-27".to_owned()),
        "{}",
        text(&out.stdout)
    );
    let mut piped = Command::new(audit_exe())
        .args(["--today", "2025-03-01", "--format", "json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the audit runs");
    {
        use std::io::Write;
        let mut stdin = piped.stdin.take().expect("stdin");
        stdin.write_all(lines.as_bytes()).expect("written");
    }
    let out = piped.wait_with_output().expect("finished");
    assert!(!rules_of(&out, "YJCG-2024-018-GZ1").contains(&"GP-87-27".to_owned()));
    assert!(
        text(&out.stderr).contains("标准输入只能读取一次"),
        "{}",
        text(&out.stderr)
    );
}

/// The record of a golden vector.
fn vector_record(name: &str) -> serde_json::Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../tests/vectors/{name}.json"));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("the vector")).expect("JSON");
    v["record"].clone()
}

/// A published decision that lists a party (政府采购法 Art 77, 招标投标法 Art 54) and the
/// blacklist: the procurement decision's entry is listed, the tendering one's is not (a
/// warning naming the decision and the party), and an active entry whose decision is not among
/// the records is reported (a warning: the audit may not hold every decision).
#[test]
fn barring_decisions_are_checked_against_the_blacklist_zfcgf_77_ztbf_54() {
    let records = ndjson(&[
        vector_record("procurement-penalty-decision-barring"),
        vector_record("bidding-penalty-decision-barring"),
    ]);
    let input = temp("decisions.ndjson", records.as_bytes());
    let listed = serde_json::json!({
        "id": "BL-GP-7",
        "subject": {"kind": "organization", "name": "广东智联数据科技有限公司",
                    "creditCode": "91445400MAH8P03Q3P"},
        "conduct": {"category": "falseMaterials"},
        "decision": {"authority": "云江市财政局", "number": "云财采罚〔2024〕7号", "date": "2024-07-22"},
        "legalBasis": {"provision": "procurementLaw77"},
        "bars": "governmentProcurement", "ban": {"months": 12}, "listedOn": "2024-07-26"
    });
    let mut other = listed.clone();
    other["id"] = "BL-GP-9".into();
    other["decision"]["number"] = "云财采罚〔2024〕9号".into();
    let blacklist = temp(
        "decisions-blacklist.jsonl",
        format!("{listed}\n{other}\n").as_bytes(),
    );
    let (input, blacklist) = (input.to_str().unwrap(), blacklist.to_str().unwrap());
    let out = run(&[input, "--blacklist", blacklist, "--today", "2024-08-01"]);
    let s = text(&out.stdout);
    let section = s
        .split("六、行政处罚决定与黑名单核对")
        .nth(1)
        .expect("the decisions section");
    assert!(
        section.contains("行政处罚决定 2 件，其中据以列入黑名单的 2 件"),
        "{s}"
    );
    assert!(
        section.contains(
            "[V-TB-PD-BAR] 警告 处罚决定云建罚〔2024〕12号将「广东粤澄建设集团有限公司」列入黑名单"
        ),
        "{s}"
    );
    assert!(!section.contains("[V-GP-PD-BAR]"), "{s}");
    assert!(section.contains("[BL-GP-9] 警告"), "{s}");
    assert!(!section.contains("[BL-GP-7]"), "{s}");

    let out = run(&[
        input,
        "--blacklist",
        blacklist,
        "--today",
        "2024-08-01",
        "--format",
        "json",
    ]);
    let doc: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("JSON");
    let d = &doc["decisions"];
    assert_eq!(d["unlisted"].as_array().unwrap().len(), 1);
    assert_eq!(d["unlisted"][0]["recordId"], "V-TB-PD-BAR");
    assert_eq!(d["unlisted"][0]["party"], "广东粤澄建设集团有限公司");
    assert_eq!(
        d["unlisted"][0]["entry"]["legalBasis"]["provision"],
        "biddingLaw54"
    );
    assert_eq!(d["unpublished"][0]["entryId"], "BL-GP-9");
    assert_eq!(d["unpublished"].as_array().unwrap().len(), 1);

    // Without a blacklist there is nothing to compare with.
    let out = run(&[input, "--no-blacklist", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("JSON");
    assert!(doc["decisions"].is_null());
}

// ---- the 主动公开目录清单 (proactive-disclosure catalogue) ----

/// What the library answers for a catalogue file: the audit's `--format json` prints exactly it.
fn library_report(bytes: &[u8], name: &str, options: &gongkai::CatalogueOptions) -> String {
    use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
    let format = FileFormat::detect(name, bytes).expect("a format");
    let read = read_catalogue(bytes, format).expect("readable");
    let report = gongkai::RuleSet::national().audit_catalogue(&read.catalogue, options);
    gongkai::rules::catalogue::api::report_json(&read.catalogue, &report, gongkai::Lang::ZhCn)
}

/// A catalogue as county portals publish it, saved by Chinese Excel as CSV (GBK): a title, 公开事
/// 项 and 公开对象 over two heading rows with ticks, 一级事项 written once, a row that matches no
/// item, the 监督渠道 on a line below.
fn county_catalogue_gbk() -> Vec<u8> {
    let text = "\
XX县政府采购领域主动公开目录,,,,,,,,,
序号,公开事项,,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,
,一级事项,二级事项,,,,,,全社会,特定群体
1,政府采购,中标（成交）结果公告,中标供应商名称、地址和中标金额,《政府采购法实施条例》第四十三条,信息形成之日起20个工作日内,采购人,政府网站,√,
2,,机构信息,机构职能,《政府信息公开条例》,20个工作日,财政局,政府网站,√,
,,,,,,,,,
监督渠道：县政务公开办公室,,,,,,,,,
";
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(text);
    assert!(!unmappable);
    bytes.into_owned()
}

/// 政府采购法实施条例 第四十三条 (results within 2 working days) and 97号 二 (every item listed):
/// a county catalogue in GBK CSV is read as published, each row listed with its items and
/// findings, then the catalogue's own findings and the counts; an error finding is status 1.
#[test]
fn a_catalogue_in_gbk_csv_is_checked_row_by_row_97_er() {
    let path = temp("county.csv", &county_catalogue_gbk());
    let out = run(&[
        "--catalogue",
        path.to_str().expect("path"),
        "--domains",
        "政府采购",
        "--level",
        "county",
    ]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("（表头第 2–3 行）：2 行；领域 政府采购；层级 县级"),
        "{stdout}"
    );
    assert!(
        stdout.contains("第 1 行（文件第 4 行） 中标（成交）结果公告 → 中标（成交）结果公告\n  [警告] catalogue.time_limit_looser /0/timeLimit"),
        "{stdout}"
    );
    assert!(
        stdout.contains("第 2 行（文件第 5 行） 机构信息 → 未匹配\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("整个目录：\n  [错误] catalogue.item_missing"),
        "{stdout}"
    );
    assert!(
        stdout.contains("行 2，匹配 1，未匹配 1；发现 错误 "),
        "{stdout}"
    );
    assert!(stdout.contains("跳过空行 1，非目录行 2"), "{stdout}");
    assert!(
        stdout.contains("  文件第 7 行：监督渠道：县政务公开办公室"),
        "{stdout}"
    );
    // The header line satisfies 监督渠道 for the catalogue.
    assert!(!stdout.contains("supervision_missing"), "{stdout}");

    let en = run(&[
        "--catalogue",
        path.to_str().expect("path"),
        "--domains",
        "governmentProcurement",
        "--lang",
        "en",
    ]);
    let en = text(&en.stdout);
    assert!(
        en.contains("row 2 (file row 5) 机构信息 → unmatched\n"),
        "{en}"
    );
    assert!(
        en.contains("the catalogue as a whole:\n  [error] catalogue.item_missing"),
        "{en}"
    );
}

/// `--format json` prints exactly the library's answer (`report_json`); `--format csv` one line
/// per finding, with the catalogue row, the file's row, the 二级事项 and the items.
#[test]
fn catalogue_json_is_the_librarys_answer_and_csv_a_line_per_finding() {
    let bytes = county_catalogue_gbk();
    let path = temp("json-csv.csv", &bytes);
    let p = path.to_str().expect("path");
    let options = gongkai::CatalogueOptions {
        domains: vec![gongkai::Domain::GovernmentProcurement],
        level: Some(gongkai::Level::County),
    };
    let out = run(&[
        "--catalogue",
        p,
        "--domains",
        "governmentProcurement",
        "--level",
        "county",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        library_report(&bytes, "x.csv", &options) + "\n"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["rows"][0]["items"][0], "procurementResult");
    let findings = v["findings"].as_array().expect("findings").len();

    let out = run(&[
        "--catalogue",
        p,
        "--domains",
        "governmentProcurement",
        "--level",
        "county",
        "--format",
        "csv",
    ]);
    let csv = text(&out.stdout);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "row,fileRow,level2,items,code,severity,path,rule,legalBasis,message"
    );
    assert_eq!(lines.len(), findings + 1);
    assert!(
        lines.iter().any(|l| l.starts_with("1,4,中标（成交）结果公告,procurementResult,catalogue.time_limit_looser,warning,/0/timeLimit,")),
        "{csv}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(",,,,catalogue.item_missing,error,,")),
        "{csv}"
    );
}

/// A catalogue given as JSON (its rows alone) is checked as the C and JS surfaces check it.
#[test]
fn a_catalogue_in_json_is_checked() {
    let rows = r#"[{"level1": "政府采购", "level2": "中标（成交）结果公告", "timeLimit": "信息形成之日起20个工作日内"}]"#;
    let path = temp("rows.json", rows.as_bytes());
    let out = run(&[
        "--catalogue",
        path.to_str().expect("path"),
        "--domains",
        "governmentProcurement",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let want = gongkai::rules::catalogue::api::check_catalogue_json(
        &gongkai::RuleSet::national(),
        rows,
        r#"{"domains": ["governmentProcurement"]}"#,
        gongkai::Lang::ZhCn,
    )
    .expect("checked");
    assert_eq!(
        v,
        serde_json::from_str::<serde_json::Value>(&want).expect("JSON")
    );
    // A JSON error names the pointer.
    let bad = temp("bad.json", br#"[{"level2": 3}]"#);
    let out = run(&[
        "--catalogue",
        bad.to_str().expect("path"),
        "--domains",
        "housing",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("/0/level2"), "{stderr}");
}

/// What cannot be read is status 2, naming the sheet, row and column (or what the file is).
#[test]
fn catalogue_files_that_cannot_be_read_are_status_2_and_named() {
    let mut bytes = String::from("二级事项,公开内容,公开时限,公开对象,\n,,,全社会,特定群体\n");
    bytes.push_str("中标结果公告,中标人,及时,待定,\n");
    let tick = temp("tick.csv", bytes.as_bytes());
    let not_catalogue = temp("payments.csv", "姓名,金额\n张三,100\n".as_bytes());
    let xls = temp("old.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0");
    let missing = std::env::temp_dir().join("gongkai-no-such-catalogue.xlsx");
    for (path, want) in [
        (
            tick.as_path(),
            "row 3, column D (公开对象(全社会)): \"待定\"",
        ),
        (
            not_catalogue.as_path(),
            "no row among the first 2 has a catalogue's headings",
        ),
        (xls.as_path(), "XLS (Excel 97-2003)"),
        (missing.as_path(), "cannot read it"),
    ] {
        let out = run(&[
            "--catalogue",
            path.to_str().expect("path"),
            "--domains",
            "housing",
            "--lang",
            "en",
        ]);
        assert_eq!(out.status.code(), Some(2), "{}", path.display());
        let stderr = text(&out.stderr);
        assert!(
            stderr.starts_with(&format!("audit: {}: ", path.display())),
            "{stderr}"
        );
        assert!(stderr.contains(want), "{stderr}");
        assert!(out.stdout.is_empty());
    }
    let out = run(&[
        "--catalogue",
        tick.to_str().expect("path"),
        "--domains",
        "housing",
    ]);
    assert!(
        text(&out.stderr).contains("第 3 行 D 列（公开对象(全社会)）"),
        "{}",
        text(&out.stderr)
    );
}

/// Usage errors are status 2 with the usage text: a missing or unknown domain or level, options
/// for records beside `--catalogue`, an output extension that is no format.
#[test]
fn catalogue_usage_errors_are_status_2() {
    for (args, want) in [
        (&["--catalogue", "c.csv"][..], "--catalogue needs --domains"),
        (
            &["--catalogue", "c.csv", "--domains", "farming"],
            "unknown domain \"farming\"",
        ),
        (
            &[
                "--catalogue",
                "c.csv",
                "--domains",
                "housing",
                "--level",
                "district",
            ],
            "unknown level",
        ),
        (
            &[
                "--catalogue",
                "c.csv",
                "--domains",
                "housing",
                "--no-blacklist",
            ],
            "--no-blacklist is for records",
        ),
        (
            &["--baseline-catalogue", "out.docx", "--domains", "housing"],
            "the extension must be .csv, .xlsx or .md",
        ),
        (
            &["--baseline-catalogue", "out.csv"],
            "--baseline-catalogue needs --domains",
        ),
        (
            &["--level", "county"],
            "go with --catalogue or --baseline-catalogue",
        ),
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = text(&out.stderr);
        assert!(
            stderr.contains(want) && stderr.contains("usage: audit"),
            "{args:?}: {stderr}"
        );
    }
    let help = text(&run(&["--help"]).stdout);
    for option in [
        "--catalogue FILE",
        "--baseline-catalogue OUT",
        "--domains",
        "--level",
    ] {
        assert!(help.contains(option), "{option}");
    }
}

/// 国办发〔2017〕97号 二: the baseline written as CSV (UTF-8 with BOM), Markdown (a table per
/// domain) and XLSX, by JSON or Chinese domain names; each reads back as the baseline, and the
/// XLSX checks clean.
#[test]
fn the_baseline_catalogue_is_written_in_each_format_97_er() {
    use gongkai::rules::catalogue::files::{FileFormat, read_catalogue};
    let dir = temp("baseline.keep", b"")
        .parent()
        .expect("a temp dir")
        .to_path_buf();
    let rules = gongkai::RuleSet::national();
    let options = gongkai::CatalogueOptions {
        domains: vec![
            gongkai::Domain::GovernmentProcurement,
            gongkai::Domain::Housing,
        ],
        level: Some(gongkai::Level::County),
    };
    let rows = rules.baseline_for(&options).len();
    for name in ["基本目录.csv", "基本目录.md", "基本目录.xlsx"] {
        let out_path = dir.join(name);
        let out = run(&[
            "--baseline-catalogue",
            out_path.to_str().expect("path"),
            "--domains",
            "governmentProcurement,住房保障",
            "--level",
            "县级",
        ]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains(&format!("（政府采购、住房保障；县级），{rows} 行")),
            "{stdout}"
        );
        let bytes = std::fs::read(&out_path).expect("written");
        if name.ends_with(".md") {
            let md = String::from_utf8(bytes).expect("UTF-8");
            assert!(
                md.contains("\n## 政府采购\n") && md.contains("\n## 住房保障\n"),
                "{md}"
            );
            continue;
        }
        if name.ends_with(".csv") {
            assert!(
                bytes.starts_with(b"\xEF\xBB\xBF\xE5\xBA\x8F\xE5\x8F\xB7,"),
                "BOM, 序号"
            );
        }
        let read = read_catalogue(&bytes, FileFormat::detect(name, &bytes).expect("a format"))
            .expect("readable");
        assert_eq!(read.catalogue.rows.len(), rows, "{name}");
        let check = run(&[
            "--catalogue",
            out_path.to_str().expect("path"),
            "--domains",
            "governmentProcurement,housing",
            "--level",
            "county",
        ]);
        assert_eq!(
            check.status.code(),
            Some(0),
            "{name}: {}",
            text(&check.stdout)
        );
    }
    // A place that cannot be written is status 2.
    let out = run(&[
        "--baseline-catalogue",
        "/nonexistent-dir/b.csv",
        "--domains",
        "housing",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("audit: /nonexistent-dir/b.csv: "));
}

/// `--catalogue -` reads standard input: JSON when it starts with `[` or `{`, else a CSV or
/// XLSX by its content.
#[test]
fn a_catalogue_is_read_from_standard_input() {
    use std::io::Write;
    for (input, want) in [
        (
            r#"[{"level2": "分配结果"}]"#.as_bytes().to_vec(),
            r#""rows":[{"row":0,"level2":"分配结果","items":["housingAllocationResult"]}]"#,
        ),
        (
            county_catalogue_gbk(),
            r#""rows":[{"row":0,"level2":"中标（成交）结果公告""#,
        ),
    ] {
        let mut child = Command::new(audit_exe())
            .args([
                "--catalogue",
                "-",
                "--domains",
                "housing,governmentProcurement",
                "--format",
                "json",
            ])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("the audit runs");
        let mut stdin = child.stdin.take().expect("stdin");
        let writer = std::thread::spawn(move || stdin.write_all(&input));
        let out = child.wait_with_output().expect("output");
        writer.join().expect("joined").expect("written");
        let stdout = text(&out.stdout);
        assert!(stdout.contains(want), "{stdout}{}", text(&out.stderr));
    }
}

/// The development notices' folder.
fn dev_notices() -> String {
    concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/notices/dev").to_owned()
}

#[test]
fn notices_a_folder_is_read_and_judged_with_totals() {
    let out = run(&["--notices", &dev_notices(), "--lang", "en"]);
    let stdout = text(&out.stdout);
    let notices = std::fs::read_dir(dev_notices())
        .expect("the folder")
        .filter_map(|e| e.ok())
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(".txt") || name.ends_with(".html")
        })
        .count();
    assert!(notices >= 100, "{notices}");
    assert!(
        stdout.contains(&format!("total: {notices} notices, {notices} read")),
        "{stdout}"
    );
    assert!(
        stdout
            .contains("003-gp-result-mismatch.txt: result governmentProcurement procurementResult")
    );
    // A finding with a span quotes the words it is about.
    assert!(stdout.contains("amount.words_mismatch /content/awardAmount"));
    assert!(stdout.contains("«人民币捌拾叁万元整（¥820,000.00）»"));
    assert_eq!(
        out.status.code(),
        Some(1),
        "some notices have error findings"
    );
}

#[test]
fn notices_unreadable_ones_are_reported_with_their_code_and_counted() {
    let binary = temp("bin.txt", b"\x00\x01\x02\x03");
    let english = temp("en.txt", b"Notice of award: the contract goes to Acme Ltd.");
    let empty = temp("empty.html", b"<html><body> </body></html>");
    let notice = format!("{}/001-gp-result-plain.txt", dev_notices());
    let out = run(&[
        "--notices",
        binary.to_str().unwrap(),
        english.to_str().unwrap(),
        empty.to_str().unwrap(),
        &notice,
        "--lang",
        "en",
    ]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("unreadable: notice.binary"), "{stdout}");
    assert!(stdout.contains("unreadable: notice.not_chinese"));
    assert!(stdout.contains("unreadable: notice.empty"));
    assert!(stdout.contains("total: 4 notices, 1 read"));
    assert!(stdout.contains("3 unreadable"));
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn notices_ndjson_pages_as_json_reports_one_per_notice() {
    let page =
        std::fs::read_to_string(format!("{}/001-gp-result-plain.txt", dev_notices())).unwrap();
    let lines = format!(
        "{}\n{{not json\n{}\n",
        serde_json::json!({"url": "https://www.ccgp-yunjiang.gov.cn/a/1.html", "fetchedOn": "2025-07-02", "html": page}),
        serde_json::json!({"url": "https://x", "html": ""}),
    );
    let file = temp("pages.ndjson", lines.as_bytes());
    let out = run(&["--notices", file.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let notices = v["notices"].as_array().unwrap();
    assert_eq!(notices.len(), 3);
    assert_eq!(notices[0]["report"]["notice"]["type"], "result");
    assert!(notices[0]["report"]["evidence"].as_array().unwrap().len() > 3);
    assert_eq!(notices[1]["error"]["code"], "input.unreadable");
    assert_eq!(notices[2]["error"]["code"], "notice.empty");
    assert_eq!(v["totals"]["unreadable"], 2);
    assert_eq!(v["totals"]["read"], 1);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn notices_usage_errors() {
    let out = run(&["--notices", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["--notices", &dev_notices(), "--format", "csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not csv"));
    let out = run(&["--notices", &dev_notices(), "--markdown", "x.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--markdown is for records, not --notices"));
    let out = run(&[
        "--notices",
        &dev_notices(),
        "--report",
        "/no/such/folder/report.html",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("cannot write /no/such/folder/report.html"));
}

/// The audit run as given, without the `--today` the other tests fix.
fn run_as_given(args: &[&str]) -> Output {
    Command::new(audit_exe())
        .args(args)
        .output()
        .expect("the audit runs")
}

fn dev_notice(name: &str) -> String {
    std::fs::read_to_string(format!("{}/{name}", dev_notices())).expect("a development notice")
}

/// The page of `--report`, parsed: well-formed (XHTML-style) after its doctype, every in-page
/// link naming an element of the page.
fn notices_page(html: &str) -> roxmltree::Document<'_> {
    let body = html
        .strip_prefix("<!DOCTYPE html>\n")
        .expect("doctype first");
    let doc = roxmltree::Document::parse(body).expect("the page is well-formed");
    let ids: std::collections::HashSet<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("id"))
        .collect();
    for href in doc.descendants().filter_map(|n| n.attribute("href")) {
        if let Some(id) = href.strip_prefix('#') {
            assert!(
                ids.contains(id),
                "a link to #{id}, which is not on the page"
            );
        }
    }
    doc
}

fn by_id<'a, 'i>(doc: &'a roxmltree::Document<'i>, id: &str) -> roxmltree::Node<'a, 'i> {
    doc.descendants()
        .find(|n| n.attribute("id") == Some(id))
        .unwrap_or_else(|| panic!("#{id} on the page"))
}

/// All the text under `node`.
fn words(node: roxmltree::Node<'_, '_>) -> String {
    node.descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect()
}

/// The finding of `code` in the section `#nN`, and the element its link goes to.
fn finding_and_target<'a, 'i>(
    doc: &'a roxmltree::Document<'i>,
    section: &str,
    code: &str,
) -> (roxmltree::Node<'a, 'i>, roxmltree::Node<'a, 'i>) {
    let li = by_id(doc, section)
        .descendants()
        .find(|n| {
            n.has_tag_name("li")
                && n.attribute("id").is_some_and(|id| id.contains("-f"))
                && n.children()
                    .any(|c| c.has_tag_name("code") && c.text() == Some(code))
        })
        .unwrap_or_else(|| panic!("{code} in #{section}"));
    let href = li
        .children()
        .find(|c| c.attribute("class") == Some("to"))
        .and_then(|a| a.attribute("href"))
        .unwrap_or_else(|| panic!("{code} links somewhere"));
    (li, by_id(doc, &href[1..]))
}

/// The marked words of a quote.
fn marked(quote: roxmltree::Node<'_, '_>) -> Vec<String> {
    quote
        .descendants()
        .filter(|n| n.has_tag_name("mark") && n.attribute("class").is_none())
        .map(words)
        .collect()
}

/// 政府信息公开条例 第六条 (accurate information: 大写 and figures agree), 第十五条 (no personal
/// data), 财办库〔2020〕50号 (the result's elements): the page lists each notice with its kind,
/// and links each finding to the words it rests on, quoted with the value marked — for a page
/// too, as its words without markup — or to the element the notice lacks with the labels the
/// reader looked for; each quote links back.
#[test]
fn notices_html_report_links_each_finding_to_the_words_it_rests_on_gi_6_15() {
    let dir = dev_notices();
    let report = temp("notices.html", b"").with_file_name("notices.html");
    let names = [
        "003-gp-result-mismatch.txt",
        "006-gp-result-no_experts.txt",
        "011-gp-result-mobile.html",
    ];
    let paths: Vec<String> = names.iter().map(|n| format!("{dir}/{n}")).collect();
    let mut args = vec!["--notices"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(["--report", report.to_str().unwrap()]);
    let out = run(&args);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let html = std::fs::read_to_string(&report).expect("the page is written");
    let doc = notices_page(&html);

    // Each notice: its source, kind, domain and item.
    let first = words(by_id(&doc, "n1"));
    for want in [
        "003-gp-result-mismatch.txt",
        "有错误",
        "result",
        "政府采购",
        "procurementResult",
        "2025-03-01",
    ] {
        assert!(first.contains(want), "{want}: {first}");
    }
    // 大写 and figures disagree: the finding quotes the amount, marked, and the quote links back.
    let (finding, quote) = finding_and_target(&doc, "n1", "amount.words_mismatch");
    assert!(words(finding).contains("/content/awardAmount"));
    assert!(words(finding).contains("政府信息公开条例"));
    assert_eq!(quote.tag_name().name(), "li");
    assert_eq!(marked(quote), ["人民币捌拾叁万元整（¥820,000.00）"]);
    assert!(
        words(quote).contains("中标（成交）金额"),
        "the label is shown"
    );
    let back = quote
        .descendants()
        .find(|n| n.has_tag_name("a") && n.text() == Some("amount.words_mismatch"))
        .expect("a link back");
    assert_eq!(
        back.attribute("href"),
        finding
            .attribute("id")
            .map(|id| format!("#{id}"))
            .as_deref()
    );

    // A missing element: the labels looked for, not a quote.
    let (_, absent) = finding_and_target(&doc, "n2", "element.missing");
    let shown = words(absent);
    assert!(shown.contains("evaluationExperts"), "{shown}");
    assert!(shown.contains("评审专家"), "{shown}");
    assert!(shown.contains("查找的标题、标签"), "{shown}");

    // A page: the words as shown, not its markup.
    let (_, quote) = finding_and_target(&doc, "n3", "privacy.mobile_exposed");
    let mark = marked(quote).concat();
    assert!(mark.contains("13542745628"), "{mark}");
    assert!(!mark.contains("<p") && !mark.contains("</"), "{mark}");
    // Every value read is quoted, and the informational findings are listed apart.
    let quotes = by_id(&doc, "n3")
        .descendants()
        .filter(|n| n.attribute("class") == Some("quotes"))
        .flat_map(|n| n.children().filter(|c| c.has_tag_name("li")))
        .count();
    assert!(quotes >= 10, "{quotes}");
    assert!(
        by_id(&doc, "n3")
            .descendants()
            .any(|n| n.has_tag_name("details"))
    );
    // The totals are on the page.
    let summary = by_id(&doc, "summary");
    let notices = summary
        .descendants()
        .find(|n| n.attribute("data-key") == Some("notices"))
        .and_then(|n| n.text());
    assert_eq!(notices, Some("3"));
}

/// Notices hold `<`, `&` and quotes, file names and addresses too: all of it is text on the
/// page, never markup, a script or a link that runs; bidirectional controls are shown, not
/// obeyed.
#[test]
fn notices_html_report_escapes_what_the_notices_hold() {
    let hostile = dev_notice("001-gp-result-plain.txt").replacen(
        "项目名称：",
        "项目名称：<script>alert(\"x\")</script> & 'q' \u{202e}<img src=x onerror=alert(1)>",
        1,
    );
    let lines = format!(
        "{}\n",
        serde_json::json!({
            "url": "javascript:alert(1)//\"><b>bold</b>",
            "fetchedOn": "2025-07-02",
            "html": hostile,
        })
    );
    let pages = temp("<b>&'\".ndjson", lines.as_bytes());
    let report = pages.with_file_name("report.html");
    let out = run(&[
        "--notices",
        pages.to_str().unwrap(),
        "--report",
        report.to_str().unwrap(),
    ]);
    assert!(out.status.code().is_some(), "{}", text(&out.stderr));
    let html = std::fs::read_to_string(&report).expect("the page is written");
    let doc = notices_page(&html);
    for tag in ["script", "img", "b"] {
        assert!(
            !doc.descendants().any(|n| n.has_tag_name(tag)),
            "a <{tag}> element on the page"
        );
    }
    assert!(
        doc.descendants()
            .filter_map(|n| n.attribute("href"))
            .all(|h| h.starts_with('#')),
        "only in-page links"
    );
    let all = words(doc.root_element());
    assert!(all.contains("<script>alert(\"x\")</script> & 'q'"), "{all}");
    assert!(all.contains("\\u{202e}") && !all.contains('\u{202e}'));
    assert!(all.contains("javascript:alert(1)//\"><b>bold</b>"));
    assert!(all.contains("<b>&'\".ndjson"));
    assert!(!html.contains("<script>") && !html.contains("<b>"));
}

/// Portals serve GBK: a GBK copy of a notice is read as the UTF-8 one is, to the byte of its
/// report, and so is a GB18030 one (`¥` is not in GBK) and a page declaring `<meta
/// http-equiv="Content-Type" content="text/html; charset=gbk">`; bytes that are no text stay
/// `notice.binary`.
#[test]
fn notices_in_gbk_and_gb18030_are_read_as_their_utf8_copies() {
    let encode = |enc: &'static encoding_rs::Encoding, s: &str| {
        let (bytes, _, unmappable) = enc.encode(s);
        assert!(!unmappable, "{}", enc.name());
        bytes.into_owned()
    };
    let (gbk, gb18030) = (encoding_rs::GBK, encoding_rs::GB18030);
    let summary = dev_notice("015-gp-open-tender-summary-mismatch.txt");
    let amounts = dev_notice("003-gp-result-mismatch.txt");
    let page = dev_notice("017-gp-open-tender.html").replacen(
        "<meta charset=\"utf-8\">",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">",
        1,
    );
    assert!(page.contains("charset=gbk"));
    let utf8 = [
        temp("u-015.txt", summary.as_bytes()),
        temp("u-003.txt", amounts.as_bytes()),
        temp("u-017.html", page.as_bytes()),
    ];
    let encoded = [
        temp("g-015.txt", &encode(gbk, &summary)),
        temp("g-003.txt", &encode(gb18030, &amounts)),
        temp("g-017.html", &encode(gbk, &page)),
    ];
    for p in &encoded {
        assert!(std::str::from_utf8(&std::fs::read(p).unwrap()).is_err());
    }
    let binary = temp(
        "png.html",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8\xff",
    );
    let reports = |paths: &[&PathBuf]| {
        let mut args = vec!["--notices"];
        args.extend(paths.iter().map(|p| p.to_str().unwrap()));
        args.extend(["--format", "json"]);
        let out = run(&args);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["notices"].as_array().unwrap().clone()
    };
    let want = reports(&utf8.iter().collect::<Vec<_>>());
    let got = reports(&encoded.iter().chain([&binary]).collect::<Vec<_>>());
    for (i, encoding) in ["gb18030", "gb18030", "GBK"].into_iter().enumerate() {
        assert_eq!(got[i]["encoding"], encoding, "{}", got[i]["source"]);
        assert!(want[i].get("encoding").is_none());
        assert!(want[i]["report"]["findings"].as_array().unwrap().len() > 1);
        assert_eq!(got[i]["report"], want[i]["report"], "{}", got[i]["source"]);
    }
    assert_eq!(got[2]["report"]["notice"]["type"], "announcement");
    assert_eq!(got[3]["error"]["code"], "notice.binary");
    // The text names the encoding and quotes the words.
    let out = run(&["--notices", encoded[1].to_str().unwrap(), "--lang", "en"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("g-003.txt [gb18030]: result governmentProcurement procurementResult"),
        "{stdout}"
    );
    assert!(
        stdout.contains("«人民币捌拾叁万元整（¥820,000.00）»"),
        "{stdout}"
    );
}

/// A page fetched on day D is judged as of D (政府采购法实施条例 第四十三条's clock and the
/// publication date alike), not as of the day the audit runs; an explicit `--today` before D
/// judges it as of `--today` and says so, since the notice's own date then reads as "in the
/// future".
#[test]
fn notices_are_judged_as_of_the_day_they_were_fetched_unless_today_is_given() {
    let page = dev_notice("003-gp-result-mismatch.txt"); // published 2024-03-11
    let line = serde_json::json!({
        "url": "https://www.ccgp-yunjiang.gov.cn/cggg/jggg/202403/t20240311_5259.html",
        "fetchedOn": "2024-03-25",
        "html": page,
    });
    let file = temp("fetched.ndjson", format!("{line}\n").as_bytes());
    let path = file.to_str().unwrap();
    let json = |out: &Output| -> serde_json::Value {
        serde_json::from_slice(&out.stdout).expect("one JSON document")
    };
    let codes = |v: &serde_json::Value| -> Vec<String> {
        v["notices"][0]["report"]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["code"].as_str().unwrap().to_owned())
            .collect()
    };

    // No --today: the fetch day, and the report is the one every surface gives for it.
    let v = json(&run_as_given(&["--notices", path, "--format", "json"]));
    assert_eq!(v["notices"][0]["judgedOn"], "2024-03-25");
    assert!(v["notices"][0].get("warnings").is_none());
    assert!(!codes(&v).contains(&"date.published_in_future".to_owned()));
    let committed = std::fs::read_to_string(format!(
        "{}/003-gp-result-mismatch.report.json",
        dev_notices()
    ))
    .unwrap();
    let (options, answer) = committed.split_once('\n').unwrap();
    assert!(options.contains("\"today\":\"2024-03-25\""), "{options}");
    assert_eq!(
        v["notices"][0]["report"],
        serde_json::from_str::<serde_json::Value>(answer).unwrap()
    );

    let out = run_as_given(&["--notices", path, "--lang", "en"]);
    assert!(
        text(&out.stdout).contains("— fails (as of 2024-03-25, the day it was fetched)"),
        "{}",
        text(&out.stdout)
    );

    // --today after the fetch: as of --today, no warning.
    let v = json(&run_as_given(&[
        "--notices",
        path,
        "--format",
        "json",
        "--today",
        "2025-03-01",
    ]));
    assert_eq!(v["notices"][0]["judgedOn"], "2025-03-01");
    assert_eq!(v["totals"]["warnings"], 0);

    // --today before the fetch: as of --today, with a warning in every output.
    let out = run_as_given(&[
        "--notices",
        path,
        "--format",
        "json",
        "--today",
        "2024-03-01",
    ]);
    let v = json(&out);
    assert_eq!(v["notices"][0]["judgedOn"], "2024-03-01");
    assert_eq!(
        v["notices"][0]["warnings"][0]["code"],
        "audit.fetched_after_today"
    );
    assert_eq!(v["totals"]["warnings"], 1);
    assert!(codes(&v).contains(&"date.published_in_future".to_owned()));
    assert!(text(&out.stderr).contains("audit.fetched_after_today"));
    let out = run_as_given(&["--notices", path, "--lang", "en", "--today", "2024-03-01"]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains(
            "WARNING  audit.fetched_after_today: fetched on 2024-03-25, after --today 2024-03-01"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("warnings: 1"), "{stdout}");
    let report = file.with_file_name("fetched.html");
    run_as_given(&[
        "--notices",
        path,
        "--today",
        "2024-03-01",
        "--report",
        report.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&report).unwrap();
    let doc = notices_page(&html);
    let warning = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("warning"))
        .map(words)
        .unwrap_or_default();
    assert!(warning.contains("audit.fetched_after_today"), "{warning}");
    assert!(warning.contains("2024-03-25"), "{warning}");
}

/// A fetch day that is no date is the line's error, named; the other lines are judged.
#[test]
fn notices_a_fetch_day_that_is_no_date_is_reported() {
    let page = dev_notice("001-gp-result-plain.txt");
    let lines = format!(
        "{}\n{}\n",
        serde_json::json!({"fetchedOn": "2024-02-30", "html": page}),
        serde_json::json!({"fetchedOn": "2024-10-08", "html": page}),
    );
    let file = temp("bad-day.ndjson", lines.as_bytes());
    let out = run_as_given(&["--notices", file.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["notices"][0]["error"]["code"], "notice.invalid_options");
    assert!(
        v["notices"][0]["error"]["message"]
            .as_str()
            .unwrap()
            .contains("fetchedOn")
    );
    assert_eq!(v["notices"][1]["judgedOn"], "2024-10-08");
    assert_eq!(v["totals"]["unreadable"], 1);
    assert_eq!(out.status.code(), Some(1));
}
