//! The engine: a rule table (and, as later parts land, a calendar and a blacklist) that judges
//! records.

use chrono::NaiveDate;

use crate::calendar::Calendar;
use crate::model::record::DisclosureRecord;
use crate::rules::Env;
use crate::{Error, Report, RuleSet};

/// What a judgement needs besides the record: above all, what day it is. The library never
/// reads a clock; the caller says what "today" is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {
    /// The day the record is judged on.
    pub today: NaiveDate,
    /// A pending record whose due date is this many working days away or fewer is reported as
    /// near its deadline (a warning). Default 2.
    pub near_workdays: u32,
}

impl Context {
    /// A context for judging on `today`.
    pub fn new(today: NaiveDate) -> Context {
        Context {
            today,
            near_workdays: 2,
        }
    }

    /// The same context with another "near" window.
    pub fn with_near_workdays(self, near_workdays: u32) -> Context {
        Context {
            near_workdays,
            ..self
        }
    }
}

/// Judges disclosure records against a rule table.
///
/// Build it once and share it: it is immutable, `Send` and `Sync`.
///
/// # Example
/// ```
/// use gongkai::{Context, DisclosureRecord, Engine};
/// let engine = Engine::national();
/// let record = DisclosureRecord::from_json(r#"{
///   "id": "QY-HS-2024-07", "domain": "housing", "item": "housingAllocationResult",
///   "title": "2024年第三批公租房配租结果", "responsibleBody": { "name": "清远市住房和城乡建设局" },
///   "formedOn": "2024-07-01", "publishedOn": "2024-07-05", "status": "published",
///   "channels": ["governmentWebsite"],
///   "content": { "allotteeList": "张*明 等32户", "housingAssigned": "清城区安居苑32套" }
/// }"#)?;
/// let report = engine.validate(&record, &Context::new("2024-07-10".parse().unwrap()));
/// assert!(report.ok(), "{:?}", report.findings);
/// # Ok::<(), gongkai::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Engine {
    rules: RuleSet,
    calendar: Calendar,
}

impl Engine {
    /// The national rule table and the official calendar.
    pub fn national() -> Engine {
        Engine::new(RuleSet::national(), Calendar::official())
    }

    /// An engine over a given rule table (e.g. the national one with a local layer) and the
    /// official calendar.
    pub fn with_rules(rules: RuleSet) -> Engine {
        Engine::new(rules, Calendar::official())
    }

    /// An engine over a given rule table and calendar (e.g. one with a newer year loaded).
    pub fn new(rules: RuleSet, calendar: Calendar) -> Engine {
        Engine { rules, calendar }
    }

    /// The calendar deadlines are counted on.
    pub fn calendar(&self) -> &Calendar {
        &self.calendar
    }

    /// The rule table.
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// Judges one record: every rule in force on its event date that applies to its item.
    pub fn validate(&self, record: &DisclosureRecord, ctx: &Context) -> Report {
        let mut findings = Vec::new();
        let env = Env {
            calendar: &self.calendar,
            today: ctx.today,
            near_workdays: ctx.near_workdays,
        };
        self.rules.judge(record, &env, &mut findings);
        Report {
            record_id: record.id.clone(),
            findings,
        }
    }

    /// Parses and judges one record given as JSON.
    ///
    /// # Errors
    /// [`Error::Parse`] when the text is not a record; the error names the field.
    pub fn validate_json(&self, json: &str, ctx: &Context) -> Result<Report, Error> {
        let record = DisclosureRecord::from_json(json)?;
        Ok(self.validate(&record, ctx))
    }
}
