//! Command-line arguments.

use std::ffi::OsString;
use std::path::PathBuf;

use chrono::NaiveDate;
use gongkai::rules::catalogue::files::WriteFormat;
use gongkai::{Domain, Lang, Level};

pub const USAGE: &str = "\
usage: audit [PATH] [--format text|json|csv] [--lang zh-CN|en] [--today YYYY-MM-DD]
             [--report FILE.html] [--markdown FILE.md] [--sample N] [--seed S] [--previous PATH]
             [--blacklist FILE | --no-blacklist]
       audit --catalogue FILE.json|.csv|.xlsx --domains D1,D2 [--level LEVEL]
             [--format text|json|csv] [--lang zh-CN|en]
       audit --baseline-catalogue OUT.csv|.xlsx|.md --domains D1,D2 [--level LEVEL]
       audit --notices PATH [PATH...] [--format text|json] [--lang zh-CN|en] [--today YYYY-MM-DD]
             [--report FILE.html]

  PATH     a JSON array of records or NDJSON (one record a line), UTF-8 (a leading byte-order
           mark is skipped), read one record at a time; `-` reads standard input;
           default: the bundled sample examples/data/yunjiang-2024.json
  --format text (a readable summary, the default), json (the full report: `reports` first, written
           as the records are judged, then `summary`, `assessment`, `inputErrors` (the first
           1000; summary.unreadable counts all)), csv (one row per finding; a cell starting
           = + - @ tab or CR is prefixed with ')
  --lang   zh-CN (default) or en
  --today  the day the audit is run as of (default: today's date)
  --report   also write the assessment as a self-contained HTML page (charts, worst records,
             the spot-check sample, the 年度工作进展 section)
  --markdown also write the summary and 年度工作进展 as Markdown
  --sample   records per responsible body in the spot-check sample (default 2)
  --seed     the sample's seed (default 2018): the same seed draws the same records
  --previous an earlier period's records, judged as PATH is (same rules, blacklist and day):
             the report compares the two (year over year); read only for --report/--markdown
  --blacklist FILE
           the blacklist parties are screened against, as JSON lines (one entry a line);
           default: the bundled examples/data/yunjiang-blacklist.jsonl. The penalty decisions
           among the records are compared with it: a barring decision it does not hold, an
           active entry whose decision is not among the records (warnings)
  --no-blacklist
           screen no party

The 主动公开目录清单 (proactive-disclosure catalogue):
  --catalogue FILE
           check a department's catalogue instead of records: JSON ({header?, rows} or the rows),
           CSV (UTF-8 or GBK, as Excel saves it) or XLSX (the first sheet with headings), laid
           out as portals publish it (a title above, headings in one row or two, ticks, merged
           cells). text lists each row (its number, the file's row, 二级事项, the items it
           matches or \"unmatched\") with its findings, then the catalogue's own findings and
           the counts; json prints {ok, rows: [{row, level2, items}], findings}; csv one row per
           finding
  --baseline-catalogue OUT
           write the baseline catalogue for the domains and level, ready to publish; the
           format is OUT's extension: .csv (UTF-8 with BOM), .xlsx, .md (a table per domain)
  --domains the domains the catalogue covers, by JSON name or in Chinese, comma-separated:
           housing 住房保障, landUseRights 国有土地使用权出让, miningRights 矿业权出让,
           governmentProcurement 政府采购, statePropertyRights 国有产权交易,
           constructionBidding 工程建设项目招标投标
  --level  the catalogue's level: province, city, county, township, village (or 省级 市级 县级
           乡级 村级); items not required there are neither missing nor written; default every
           item

Published notices (公告、公示) as portals serve them:
  --notices PATH
           read and judge notices instead of records: PATH is a folder (its .txt, .html and .htm
           files, by name), a notice file, or NDJSON (.ndjson, .jsonl) of {url, fetchedOn, html}
           lines as a crawler saves pages; more PATHs may follow. A file that is not UTF-8 is
           read as the charset its page declares (<meta charset=gbk>), else as GB18030, when
           that decodes it cleanly. Each notice is judged as of its fetchedOn, else the day of
           the run; an explicit --today judges all as of it, and one fetched after it is
           reported with a warning (audit.fetched_after_today). text prints each notice's type,
           domain, item, day judged and findings (with the words a finding's span points at),
           what it lacks, and totals; json prints {notices: [{source, judgedOn, encoding?,
           warnings?, report} | {source, error: {code, message}}], totals}. A notice that cannot
           be read (notice.empty, notice.binary, notice.not_chinese, notice.unclassified, ...)
           is reported with its code and counted. --report FILE.html also writes a page of the
           notices with each finding linked to the quoted words it rests on. Exit 0 every
           notice read with no error finding, 1 otherwise, 2 a PATH that cannot be opened or a
           file that cannot be written

A record that cannot be read is reported on stderr (file, record number, id, field) and
counted; the others are judged. Control characters from the input are printed escaped.

exit status: 0 every record passes; 1 a record fails or could not be read (in PATH or
--previous), or there was no record at all; 2 a usage error, or a file could not be opened or
written. With --catalogue: 0 no error finding, 1 an error finding, 2 a usage error or a file
that cannot be read (the message names the sheet, row and column). With
--baseline-catalogue: 0 written, 2 a usage error or OUT cannot be written
";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
}

pub struct Args {
    pub path: PathBuf,
    pub format: Format,
    pub lang: Lang,
    pub today: NaiveDate,
    /// True when `--today` was given (notices are then judged as of it, not as of the day each
    /// was fetched).
    pub today_given: bool,
    pub report: Option<PathBuf>,
    pub markdown: Option<PathBuf>,
    pub sample: usize,
    pub seed: u64,
    pub previous: Option<PathBuf>,
    /// `None`: no blacklist.
    pub blacklist: Option<PathBuf>,
    /// What the program does: audit records (the default) or a catalogue.
    pub mode: Mode,
}

/// What the program is asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Audit the records of `path`.
    Records,
    /// Check a catalogue file.
    Catalogue {
        path: PathBuf,
        domains: Vec<Domain>,
        level: Option<Level>,
    },
    /// Read and judge published notices.
    Notices { paths: Vec<PathBuf> },
    /// Write the baseline catalogue.
    Baseline {
        out: PathBuf,
        format: WriteFormat,
        domains: Vec<Domain>,
        level: Option<Level>,
    },
}

pub enum Parsed {
    Run(Args),
    Help,
}

impl Args {
    /// Parses the arguments as the OS gives them: a path need not be UTF-8 (the rest must be).
    pub fn parse(mut it: impl Iterator<Item = OsString>) -> Result<Parsed, String> {
        let mut args = Args {
            path: PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/yunjiang-2024.json"
            )),
            format: Format::Text,
            lang: Lang::ZhCn,
            today: system_today(),
            today_given: false,
            report: None,
            markdown: None,
            sample: 2,
            seed: 2018,
            previous: None,
            blacklist: Some(PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/yunjiang-blacklist.jsonl"
            ))),
            mode: Mode::Records,
        };
        let mut path_seen = false;
        let mut catalogue: Option<PathBuf> = None;
        let mut baseline: Option<PathBuf> = None;
        let mut domains: Option<Vec<Domain>> = None;
        let mut level: Option<Level> = None;
        let mut format_seen = false;
        let mut notices: Vec<PathBuf> = Vec::new();
        // Options that only records take, as given: refused beside --catalogue.
        let mut for_records: Vec<&'static str> = Vec::new();
        let (mut chose_list, mut chose_none) = (false, false);
        while let Some(arg) = it.next() {
            let a = arg.to_string_lossy().into_owned();
            let (flag, inline) = match arg.to_str().and_then(|s| s.split_once('=')) {
                Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(OsString::from(v))),
                _ => (a.clone(), None),
            };
            let mut path = |name: &str| {
                inline
                    .clone()
                    .or_else(|| it.next())
                    .ok_or_else(|| format!("{name} needs a value"))
            };
            let mut value = |name: &str| {
                path(name)?
                    .into_string()
                    .map_err(|v| format!("{name}: {} is not UTF-8", v.to_string_lossy()))
            };
            match flag.as_str() {
                "-h" | "--help" => return Ok(Parsed::Help),
                "--format" => {
                    format_seen = true;
                    args.format = match value("--format")?.as_str() {
                        "text" => Format::Text,
                        "json" => Format::Json,
                        "csv" => Format::Csv,
                        other => return Err(format!("unknown format {other:?}")),
                    }
                }
                "--lang" => {
                    let v = value("--lang")?;
                    args.lang = Lang::parse(&v).ok_or_else(|| format!("unknown language {v:?}"))?;
                }
                "--today" => {
                    let v = value("--today")?;
                    args.today = gongkai::date::parse_field("--today", &v)
                        .map_err(|e| e.message(args.lang))?;
                    args.today_given = true;
                }
                "--previous" => {
                    for_records.push("--previous");
                    args.previous = Some(PathBuf::from(path("--previous")?));
                }
                "--report" => {
                    for_records.push("--report");
                    args.report = Some(PathBuf::from(path("--report")?));
                }
                "--markdown" => {
                    for_records.push("--markdown");
                    args.markdown = Some(PathBuf::from(path("--markdown")?));
                }
                "--sample" => {
                    for_records.push("--sample");
                    let v = value("--sample")?;
                    args.sample = v
                        .parse()
                        .map_err(|_| format!("--sample wants a number, got {v:?}"))?;
                }
                "--seed" => {
                    for_records.push("--seed");
                    let v = value("--seed")?;
                    args.seed = v
                        .parse()
                        .map_err(|_| format!("--seed wants a number, got {v:?}"))?;
                }
                "--blacklist" => {
                    for_records.push("--blacklist");
                    args.blacklist = Some(PathBuf::from(path("--blacklist")?));
                    chose_list = true;
                }
                "--no-blacklist" => {
                    for_records.push("--no-blacklist");
                    args.blacklist = None;
                    chose_none = true;
                }
                "--catalogue" => catalogue = Some(PathBuf::from(path("--catalogue")?)),
                "--baseline-catalogue" => {
                    baseline = Some(PathBuf::from(path("--baseline-catalogue")?));
                }
                "--domains" => domains = Some(parse_domains(&value("--domains")?)?),
                "--level" => level = Some(parse_level(&value("--level")?)?),
                "--notices" => notices.push(PathBuf::from(path("--notices")?)),
                f if f.starts_with('-') && f != "-" => return Err(format!("unknown option {f}")),
                // After --notices, every path is another notice.
                _ if !notices.is_empty() => notices.push(PathBuf::from(arg)),
                _ if path_seen => return Err(format!("more than one path: {a}")),
                _ => {
                    args.path = PathBuf::from(arg);
                    path_seen = true;
                }
            }
        }
        if chose_list && chose_none {
            return Err("--blacklist and --no-blacklist exclude each other".to_owned());
        }
        if !notices.is_empty() {
            if path_seen {
                notices.insert(0, args.path.clone());
            }
            // --report writes the notices' page; the rest is for records.
            if let Some(flag) = for_records.iter().find(|f| **f != "--report") {
                return Err(format!("{flag} is for records, not --notices"));
            }
            if catalogue.is_some() || baseline.is_some() || domains.is_some() || level.is_some() {
                return Err("--notices goes without the catalogue options".to_owned());
            }
            if args.format == Format::Csv {
                return Err("--notices prints text or json, not csv".to_owned());
            }
            args.mode = Mode::Notices { paths: notices };
            return Ok(Parsed::Run(args));
        }
        args.mode = match (catalogue, baseline) {
            (Some(_), Some(_)) => {
                return Err("--catalogue and --baseline-catalogue exclude each other".to_owned());
            }
            (None, None) => {
                if domains.is_some() || level.is_some() {
                    return Err(
                        "--domains and --level go with --catalogue or --baseline-catalogue"
                            .to_owned(),
                    );
                }
                Mode::Records
            }
            (Some(path), None) => {
                if let Some(flag) = for_records.first() {
                    return Err(format!("{flag} is for records, not --catalogue"));
                }
                if path_seen {
                    return Err(format!(
                        "--catalogue checks a catalogue instead of records: drop {}",
                        args.path.display()
                    ));
                }
                Mode::Catalogue {
                    path,
                    domains: domains.ok_or("--catalogue needs --domains")?,
                    level,
                }
            }
            (None, Some(out)) => {
                if let Some(flag) = for_records.first() {
                    return Err(format!("{flag} is for records, not --baseline-catalogue"));
                }
                if path_seen || format_seen {
                    return Err(
                        "--baseline-catalogue takes no PATH and no --format: OUT's extension is \
                         the format"
                            .to_owned(),
                    );
                }
                let format = WriteFormat::from_name(&out.to_string_lossy()).ok_or_else(|| {
                    format!(
                        "--baseline-catalogue: {}: the extension must be .csv, .xlsx or .md",
                        out.display()
                    )
                })?;
                Mode::Baseline {
                    out,
                    format,
                    domains: domains.ok_or("--baseline-catalogue needs --domains")?,
                    level,
                }
            }
        };
        Ok(Parsed::Run(args))
    }
}

/// Domains by JSON name or Chinese name, separated by commas (`,`, `，` or `、`), each once.
fn parse_domains(list: &str) -> Result<Vec<Domain>, String> {
    let mut out = Vec::new();
    for name in list
        .split([',', '，', '、'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let domain = serde_json::from_value(serde_json::Value::String(name.to_owned()))
            .ok()
            .or_else(|| Domain::ALL.iter().copied().find(|d| d.name_zh() == name))
            .ok_or_else(|| {
                let names: Vec<String> = Domain::ALL
                    .iter()
                    .map(|d| format!("{} ({})", d.json_name(), d.name_zh()))
                    .collect();
                format!("unknown domain {name:?}: one of {}", names.join(", "))
            })?;
        if !out.contains(&domain) {
            out.push(domain);
        }
    }
    if out.is_empty() {
        return Err("--domains needs at least one domain".to_owned());
    }
    Ok(out)
}

/// A level by JSON name or Chinese name (`county`, `县级`).
fn parse_level(name: &str) -> Result<Level, String> {
    let zh = [
        ("省级", Level::Province),
        ("市级", Level::City),
        ("县级", Level::County),
        ("乡级", Level::Township),
        ("村级", Level::Village),
    ];
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .ok()
        .or_else(|| zh.iter().find(|(n, _)| *n == name).map(|(_, l)| *l))
        .ok_or_else(|| {
            format!("unknown level {name:?}: province, city, county, township or village")
        })
}

/// The library never reads the clock; the program does, once, here (in UTC+8, China's time).
fn system_today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs + 8 * 3600) / 86_400;
    NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|e| e.checked_add_days(chrono::Days::new(days)))
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today(v: &str) -> Result<NaiveDate, String> {
        let it = ["--today", v].into_iter().map(std::ffi::OsString::from);
        match Args::parse(it)? {
            Parsed::Run(a) => Ok(a.today),
            Parsed::Help => Err("help".to_owned()),
        }
    }

    fn parse(args: &[&str]) -> Result<Args, String> {
        match Args::parse(args.iter().map(std::ffi::OsString::from))? {
            Parsed::Run(a) => Ok(a),
            Parsed::Help => Err("help".to_owned()),
        }
    }

    #[test]
    fn catalogue_options_by_json_or_chinese_name() {
        let a = parse(&[
            "--catalogue",
            "c.xlsx",
            "--domains",
            "政府采购，housing、政府采购",
            "--level",
            "县级",
        ])
        .unwrap();
        assert_eq!(
            a.mode,
            Mode::Catalogue {
                path: "c.xlsx".into(),
                domains: vec![Domain::GovernmentProcurement, Domain::Housing],
                level: Some(Level::County),
            }
        );
        let a = parse(&["--baseline-catalogue=out.MD", "--domains", "miningRights"]).unwrap();
        assert!(matches!(
            a.mode,
            Mode::Baseline {
                format: WriteFormat::Markdown,
                level: None,
                ..
            }
        ));
        for (args, want) in [
            (&["--catalogue", "c.csv"][..], "--catalogue needs --domains"),
            (&["--domains", "housing"], "--domains and --level go with"),
            (
                &["--catalogue", "c.csv", "--domains", "farming"],
                "unknown domain \"farming\"",
            ),
            (
                &["--catalogue", "c.csv", "--domains", ","],
                "at least one domain",
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
                    "--report",
                    "r.html",
                ],
                "--report is for records",
            ),
            (
                &[
                    "--catalogue",
                    "c.csv",
                    "--domains",
                    "housing",
                    "records.json",
                ],
                "drop records.json",
            ),
            (
                &["--baseline-catalogue", "b.docx", "--domains", "housing"],
                "must be .csv, .xlsx or .md",
            ),
            (
                &[
                    "--baseline-catalogue",
                    "b.csv",
                    "--domains",
                    "housing",
                    "--format",
                    "json",
                ],
                "no --format",
            ),
            (
                &[
                    "--baseline-catalogue",
                    "b.csv",
                    "--catalogue",
                    "c.csv",
                    "--domains",
                    "housing",
                ],
                "exclude each other",
            ),
        ] {
            let e = parse(args).err().unwrap_or_default();
            assert!(e.contains(want), "{args:?}: {e}");
        }
    }

    /// `--today` is read as every date is: `0000-01-01` and `24-10-8` are no dates.
    #[test]
    fn today_is_a_strict_date() {
        assert_eq!(
            today("2024-12-31"),
            Ok(NaiveDate::from_ymd_opt(2024, 12, 31).unwrap())
        );
        for bad in [
            "0000-01-01",
            "24-10-8",
            " 2024-01-01",
            "+10000-01-01",
            "2024-02-30",
        ] {
            let e = today(bad).unwrap_err();
            assert!(e.starts_with("--today 不是有效日期"), "{bad}: {e}");
        }
    }
}
