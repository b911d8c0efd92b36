//! Command-line arguments.

use std::ffi::OsString;
use std::path::PathBuf;

use chrono::NaiveDate;
use gongkai::Lang;

pub const USAGE: &str = "\
usage: audit [PATH] [--format text|json|csv] [--lang zh-CN|en] [--today YYYY-MM-DD]
             [--report FILE.html] [--markdown FILE.md] [--sample N] [--seed S] [--previous PATH]
             [--blacklist FILE | --no-blacklist]

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

A record that cannot be read is reported on stderr (file, record number, id, field) and
counted; the others are judged. Control characters from the input are printed escaped.

exit status: 0 every record passes; 1 a record fails or could not be read (in PATH or
--previous), or there was no record at all; 2 a usage error, or a file could not be opened or
written
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
    pub report: Option<PathBuf>,
    pub markdown: Option<PathBuf>,
    pub sample: usize,
    pub seed: u64,
    pub previous: Option<PathBuf>,
    /// `None`: no blacklist.
    pub blacklist: Option<PathBuf>,
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
            report: None,
            markdown: None,
            sample: 2,
            seed: 2018,
            previous: None,
            blacklist: Some(PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/data/yunjiang-blacklist.jsonl"
            ))),
        };
        let mut path_seen = false;
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
                }
                "--previous" => args.previous = Some(PathBuf::from(path("--previous")?)),
                "--report" => args.report = Some(PathBuf::from(path("--report")?)),
                "--markdown" => args.markdown = Some(PathBuf::from(path("--markdown")?)),
                "--sample" => {
                    let v = value("--sample")?;
                    args.sample = v
                        .parse()
                        .map_err(|_| format!("--sample wants a number, got {v:?}"))?;
                }
                "--seed" => {
                    let v = value("--seed")?;
                    args.seed = v
                        .parse()
                        .map_err(|_| format!("--seed wants a number, got {v:?}"))?;
                }
                "--blacklist" => {
                    args.blacklist = Some(PathBuf::from(path("--blacklist")?));
                    chose_list = true;
                }
                "--no-blacklist" => {
                    args.blacklist = None;
                    chose_none = true;
                }
                f if f.starts_with('-') && f != "-" => return Err(format!("unknown option {f}")),
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
        Ok(Parsed::Run(args))
    }
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
