//! The assessment report files (`--report`, `--markdown`).

use gongkai::assessment::report::{ReportInput, html, markdown};
use gongkai::assessment::{Assessor, Weights};
use gongkai::{Context, Engine, Lang};

use crate::args::Args;
use crate::summary::Audit;
use crate::term::safe;

/// Writes the files asked for; how many records of `--previous` could not be read (each is
/// reported on stderr, as for the main input, and left out of the comparison).
pub fn write_reports(audit: &mut Audit, args: &Args, engine: &Engine) -> Result<usize, String> {
    let Some(kept) = audit.take_for_report() else {
        return Ok(0);
    };
    let a = audit.assessment();
    let audited: Vec<_> = kept.worst.iter().map(|(r, rep)| (r, rep)).collect();
    let sample = kept.sample.finish();
    let mut unreadable = 0;
    let changes = match &args.previous {
        Some(path) => {
            let name = path.display().to_string();
            let records =
                crate::input::open(path).map_err(|e| format!("cannot read {name}: {e}"))?;
            // The earlier period is judged as this one is: same rules, same blacklist, same day.
            let ctx = Context::new(audit.today);
            let mut before = Assessor::new(audit.today, &Weights::default());
            for entry in records {
                match entry {
                    Ok((_, r)) => before.add(&r, &engine.validate(&r, &ctx)),
                    Err(bad) => {
                        eprintln!("{}: {}", safe(&name), safe(&bad.line(args.lang)));
                        unreadable += 1;
                    }
                }
            }
            if unreadable > 0 {
                eprintln!(
                    "audit: {}: {}",
                    safe(&name),
                    match args.lang {
                        Lang::ZhCn =>
                            format!("{unreadable} 条记录无法读取，同比比较未计入这些记录"),
                        Lang::En if unreadable == 1 => "1 record could not be read and is left \
                                                        out of the year-over-year comparison"
                            .to_owned(),
                        Lang::En => format!(
                            "{unreadable} records could not be read and are left out of the \
                             year-over-year comparison"
                        ),
                    }
                );
            }
            gongkai::assessment::compare(&before.finish(), &a)
        }
        None => Vec::new(),
    };
    let title = match args.lang {
        Lang::ZhCn => format!(
            "公共资源配置领域政府信息公开评估报告（截至{}）",
            audit.today
        ),
        Lang::En => format!(
            "Public resource allocation disclosure assessment (as of {})",
            audit.today
        ),
    };
    let input = ReportInput {
        title: &title,
        assessment: &a,
        audited: &audited,
        sample: &sample,
        changes: &changes,
        lang: args.lang,
    };
    if let Some(path) = &args.report {
        std::fs::write(path, html(&input))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = &args.markdown {
        std::fs::write(path, markdown(&input))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(unreadable)
}
