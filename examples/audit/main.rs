//! The audit: judges a year of disclosure records and summarises what is wrong.
//!
//! ```text
//! cargo run --release --example audit                     # the bundled sample, zh-CN summary
//! cargo run --release --example audit -- --lang en        # English
//! cargo run --release --example audit -- --format json    # the full machine-readable report
//! cargo run --release --example audit -- --format csv     # one row per finding
//! cargo run --release --example audit -- --today 2024-12-31 other.ndjson
//! cargo run --release --example audit -- --blacklist city.jsonl   # another blacklist
//! cargo run --release --example audit -- --no-blacklist           # screen no party
//! cargo run --release --example audit -- --catalogue 目录.xlsx --domains governmentProcurement --level county
//! cargo run --release --example audit -- --baseline-catalogue 基本目录.xlsx --domains 政府采购,住房保障
//! cargo run --release --example audit -- --notices tests/notices/dev --report notices.html
//! ```
//!
//! By default every party is screened against the bundled blacklist
//! (`examples/data/yunjiang-blacklist.jsonl`), as of each record's award or contract date, and
//! the penalty decisions among the records are compared with it
//! (`gongkai::blacklist::Reconciliation`): a barring decision the blacklist does not hold, an
//! active entry whose decision is not among the records.
//!
//! A record that amends another (`amends`: a correction, a suspension) is judged with the notice
//! it amends, and a notice with the suspensions that pause it (see `link.rs`); a file with
//! amendments is read twice for it, standard input is not.
//!
//! The records are read and judged one at a time, and each is dropped once folded into the
//! summary: memory is bounded by the largest record and the summary (see `summary.rs`), not by
//! the file. JSON and CSV reports are written as the records are judged.
//!
//! `--catalogue FILE` checks a department's 主动公开目录清单 (JSON, CSV or XLSX) instead of
//! records, and `--baseline-catalogue OUT` writes the baseline one (see `catalogue.rs`).
//!
//! `--notices PATH` reads and judges published notices (text or HTML pages, GBK included) instead
//! of records, each as of the day it was fetched, and `--report` then writes a page linking each
//! finding to the words it rests on (see `notices.rs`, `notice_page.rs`).
//!
//! Exit status: 0 when every record passes; 1 when a record has an error finding or could not
//! be read (in PATH or `--previous`), or when there was no record at all; 2 for a usage error or
//! a file that could not be opened or written.

mod args;
mod assess;
mod catalogue;
mod decode;
mod input;
mod link;
mod notice_page;
mod notices;
mod output;
mod summary;
mod term;

use std::process::ExitCode;

use gongkai::blacklist::{Reconciliation, Registry};
use gongkai::{Context, Engine};
use term::safe;

fn main() -> ExitCode {
    let args = match args::Args::parse(std::env::args_os().skip(1)) {
        Ok(args::Parsed::Run(a)) => a,
        Ok(args::Parsed::Help) => {
            print!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("audit: {}\n\n{}", safe(&msg), args::USAGE);
            return ExitCode::from(2);
        }
    };
    match &args.mode {
        args::Mode::Records => {}
        args::Mode::Catalogue {
            path,
            domains,
            level,
        } => {
            let options = catalogue::options(domains, *level);
            return catalogue::check(path, &options, args.format, args.lang);
        }
        args::Mode::Notices { paths } => {
            return notices::run(
                paths,
                args.format,
                args.lang,
                (args.today, args.today_given),
                args.report.as_deref(),
            );
        }
        args::Mode::Baseline {
            out,
            format,
            domains,
            level,
        } => {
            let options = catalogue::options(domains, *level);
            return catalogue::baseline(out, *format, &options, args.lang);
        }
    }
    let source = args.path.display().to_string();
    let records = match input::open(&args.path) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("audit: cannot read {}: {e}", safe(&source));
            return ExitCode::from(2);
        }
    };
    let mut engine = Engine::national();
    let mut listed = None;
    if let Some(path) = &args.blacklist {
        let registry = match std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|t| Registry::from_jsonl(&t).map_err(|e| e.message(args.lang)))
        {
            Ok(r) => r,
            Err(e) => {
                eprintln!(
                    "audit: blacklist {}: {}",
                    safe(&path.display().to_string()),
                    safe(&e)
                );
                return ExitCode::from(2);
            }
        };
        listed = Some(summary::Listed {
            source: path.display().to_string(),
            entries: registry.len(),
        });
        engine = engine.with_blacklist(registry);
    }
    let ctx = Context::new(args.today);
    let mut audit = summary::Audit::new(args.today, source.clone(), listed);
    if args.report.is_some() || args.markdown.is_some() {
        audit = audit.for_report(args.sample, args.seed);
    }
    let links = match link::Links::scan(&args.path) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("audit: cannot read {}: {e}", safe(&source));
            return ExitCode::from(2);
        }
    };
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::new(stdout.lock());
    let mut sink = output::Sink::start(args.format, args.lang, out, &audit);
    // Notices some record amends, once met; amendments whose notice is not met yet.
    let mut amended: std::collections::HashMap<String, gongkai::DisclosureRecord> =
        Default::default();
    let mut waiting = Vec::new();
    let mut alone_on_stdin = false;
    // The penalty decisions, kept to be compared with the blacklist once all are read.
    let mut decisions = Reconciliation::new();
    let mut judge = |audit: &mut summary::Audit,
                     index: usize,
                     record: gongkai::DisclosureRecord,
                     original: Option<&gongkai::DisclosureRecord>| {
        let mut related: Vec<&gongkai::DisclosureRecord> = original.into_iter().collect();
        if let Some(l) = &links {
            related.extend(l.amendments_of(&record.id));
        }
        let report = match engine.validate_linked(&record, &related, &ctx) {
            Ok(report) => report,
            Err(e) => {
                eprintln!(
                    "{}: {}: {}",
                    safe(&source),
                    safe(&record.id),
                    safe(&e.message(args.lang))
                );
                engine.validate(&record, &ctx)
            }
        };
        sink.record(&record, &report);
        decisions.add(&record);
        audit.add(index, record, report);
    };
    for entry in records {
        match entry {
            Ok((index, record)) => {
                let Some(l) = &links else {
                    alone_on_stdin |= record.amends.is_some();
                    judge(&mut audit, index, record, None);
                    continue;
                };
                if l.is_amended(&record.id) {
                    amended.insert(record.id.clone(), record.clone());
                }
                match record.amends.as_ref().map(|o| amended.get(o)) {
                    Some(None) => waiting.push((index, record)),
                    Some(original) => judge(&mut audit, index, record, original),
                    None => judge(&mut audit, index, record, None),
                }
            }
            Err(bad) => {
                eprintln!("{}: {}", safe(&source), safe(&bad.line(args.lang)));
                audit.add_input_error(bad);
            }
        }
    }
    for (index, record) in waiting {
        let original = record.amends.as_ref().and_then(|o| amended.get(o));
        if original.is_none() {
            let id = record.amends.as_deref().unwrap_or_default();
            eprintln!(
                "{}: {}",
                safe(&source),
                safe(&if args.lang == gongkai::Lang::ZhCn {
                    format!("{} 所更正（中止）的 {id} 不在记录中：单独判断", record.id)
                } else {
                    format!(
                        "{} amends {id}, which is not among the records: judged alone",
                        record.id
                    )
                })
            );
        }
        judge(&mut audit, index, record, original);
    }
    if alone_on_stdin {
        eprintln!(
            "audit: {}",
            if args.lang == gongkai::Lang::ZhCn {
                "标准输入只能读取一次：更正、中止公告未与其所改公告一并判断（请以文件输入）"
            } else {
                "standard input is read once: amendments were judged without the notices they amend (give a file)"
            }
        );
    }
    if audit.blacklist.is_some() {
        audit.reconciled = Some(decisions.finish(engine.blacklist(), args.today));
    }
    if let Err(e) = sink.finish(&audit) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("audit: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    let previous_unreadable = match assess::write_reports(&mut audit, &args, &engine) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("audit: {}", safe(&e));
            return ExitCode::from(2);
        }
    };
    let (t, zh) = (audit.total(), args.lang == gongkai::Lang::ZhCn);
    if t.records == 0 && audit.unreadable() == 0 {
        eprintln!(
            "audit: {}: {}",
            safe(&source),
            if zh {
                "没有记录：没有可审计的内容，不算通过"
            } else {
                "no records: nothing was audited, which is not a pass"
            }
        );
    }
    if audit.all_pass() && previous_unreadable == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
