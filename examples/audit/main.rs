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
//! ```
//!
//! By default every party is screened against the bundled blacklist
//! (`examples/data/yunjiang-blacklist.jsonl`), as of each record's award or contract date.
//!
//! Exit status: 0 when every record passes, 1 when a record has an error finding or could not
//! be read, 2 for a usage error.

mod args;
mod assess;
mod input;
mod output;
mod summary;

use std::process::ExitCode;

use gongkai::blacklist::Registry;
use gongkai::{Context, Engine};

fn main() -> ExitCode {
    let args = match args::Args::parse(std::env::args().skip(1)) {
        Ok(args::Parsed::Run(a)) => a,
        Ok(args::Parsed::Help) => {
            print!("{}", args::USAGE);
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("audit: {msg}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(&args.path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("audit: cannot read {}: {e}", args.path.display());
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
                eprintln!("audit: blacklist {}: {e}", path.display());
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
    let mut audit = summary::Audit::new(args.today, args.path.display().to_string(), listed);
    for entry in input::records(&text) {
        match entry {
            Ok((index, record)) => {
                let report = engine.validate(&record, &ctx);
                audit.add(index, record, report);
            }
            Err(bad) => {
                eprintln!("{}", bad.line(args.lang));
                audit.add_input_error(bad);
            }
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let written = match args.format {
        args::Format::Text => output::text(&audit, args.lang, &mut out),
        args::Format::Json => output::json(&audit, args.lang, &mut out),
        args::Format::Csv => output::csv(&audit, args.lang, &mut out),
    };
    if let Err(e) = written.and_then(|()| std::io::Write::flush(&mut out)) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("audit: cannot write the report: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = assess::write_reports(&audit, &args) {
        eprintln!("audit: {e}");
        return ExitCode::from(2);
    }
    if audit.all_pass() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
