//! Command-line arguments.

use std::path::PathBuf;

use chrono::NaiveDate;
use gongkai::Lang;

pub const USAGE: &str = "\
usage: audit [PATH] [--format text|json|csv] [--lang zh-CN|en] [--today YYYY-MM-DD]
             [--report FILE.html] [--markdown FILE.md] [--sample N] [--seed S] [--previous PATH]
             [--blacklist FILE | --no-blacklist]

  PATH     a JSON array of records or NDJSON (one record a line);
           default: the bundled sample examples/data/yunjiang-2024.json
  --format text (a readable summary, the default), json (the full report), csv (one row per finding)
  --lang   zh-CN (default) or en
  --today  the day the audit is run as of (default: today's date)
  --report   also write the assessment as a self-contained HTML page (charts, worst records,
             the spot-check sample, the 年度工作进展 section)
  --markdown also write the summary and 年度工作进展 as Markdown
  --sample   records per responsible body in the spot-check sample (default 2)
  --seed     the sample's seed (default 2018): the same seed draws the same records
  --previous an earlier period's records: the report compares the two (year over year)
  --blacklist FILE
           the blacklist parties are screened against, as JSON lines (one entry a line);
           default: the bundled examples/data/yunjiang-blacklist.jsonl
  --no-blacklist
           screen no party
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
    pub fn parse(mut it: impl Iterator<Item = String>) -> Result<Parsed, String> {
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
        while let Some(a) = it.next() {
            let (flag, inline) = match a.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
                _ => (a.clone(), None),
            };
            let mut value = |name: &str| {
                inline
                    .clone()
                    .or_else(|| it.next())
                    .ok_or_else(|| format!("{name} needs a value"))
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
                "--previous" => args.previous = Some(PathBuf::from(value("--previous")?)),
                "--report" => args.report = Some(PathBuf::from(value("--report")?)),
                "--markdown" => args.markdown = Some(PathBuf::from(value("--markdown")?)),
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
                    args.blacklist = Some(PathBuf::from(value("--blacklist")?));
                    chose_list = true;
                }
                "--no-blacklist" => {
                    args.blacklist = None;
                    chose_none = true;
                }
                f if f.starts_with('-') && f != "-" => return Err(format!("unknown option {f}")),
                _ if path_seen => return Err(format!("more than one path: {a}")),
                _ => {
                    args.path = PathBuf::from(a);
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
        let it = ["--today", v].into_iter().map(str::to_owned);
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
