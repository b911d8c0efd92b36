//! The assessment report files (`--report`, `--markdown`).

use gongkai::DisclosureRecord;
use gongkai::assessment::report::{ReportInput, html, markdown};
use gongkai::assessment::sample::spot_check;
use gongkai::assessment::{Assessment, Weights};

use crate::args::Args;
use crate::summary::Audit;

/// The assessment of an audit with default weights.
pub fn assessment(audit: &Audit) -> Assessment {
    Assessment::of(
        audit.judged.iter().map(|j| (&j.record, &j.report)),
        audit.today,
        &Weights::default(),
    )
}

pub fn write_reports(audit: &Audit, args: &Args) -> Result<(), String> {
    if args.report.is_none() && args.markdown.is_none() {
        return Ok(());
    }
    let a = assessment(audit);
    let records: Vec<DisclosureRecord> = audit.judged.iter().map(|j| j.record.clone()).collect();
    let audited: Vec<_> = audit
        .judged
        .iter()
        .map(|j| (&j.record, &j.report))
        .collect();
    let sample = spot_check(&records, args.sample, args.seed);
    let changes = match &args.previous {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let engine = gongkai::Engine::national();
            let earlier: Vec<_> = crate::input::records(&text)
                .into_iter()
                .filter_map(Result::ok)
                .map(|(_, r)| r)
                .collect();
            let reports: Vec<_> = earlier
                .iter()
                .map(|r| engine.validate(r, &gongkai::Context::new(audit.today)))
                .collect();
            let before = Assessment::of(
                earlier.iter().zip(&reports),
                audit.today,
                &Weights::default(),
            );
            gongkai::assessment::compare(&before, &a)
        }
        None => Vec::new(),
    };
    let title = match args.lang {
        gongkai::Lang::ZhCn => format!(
            "公共资源配置领域政府信息公开评估报告（截至{}）",
            audit.today
        ),
        gongkai::Lang::En => format!(
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
    Ok(())
}
