//! The engine: a rule table, a calendar and a blacklist that judge records.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::blacklist::screen::Screening;
use crate::blacklist::{Registry, ScreenQuery, ScreenResult};
use crate::calendar::Calendar;
use crate::config_json::Configured;
use crate::model::record::DisclosureRecord;
use crate::rules::checks::Env;
use crate::{Error, Lang, Report, RuleSet};

// The configuration is read beside its type; the engine is built from what it reads.
pub use crate::config_json::{EngineConfig, LocalDayOff};

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
    // Shared: a registry can hold a million entries, and engines are cloned per thread. `None`
    // for no registry; see `Screening` for why it is a trait object.
    screening: Option<Arc<dyn Screening>>,
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
        Engine {
            rules,
            calendar,
            screening: None,
        }
    }

    /// The same engine screening parties against `registry`.
    ///
    /// # Example
    /// ```
    /// use gongkai::blacklist::Registry;
    /// let reg = Registry::from_jsonl("")?;
    /// let engine = gongkai::Engine::national().with_blacklist(reg);
    /// assert!(engine.blacklist().is_empty());
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn with_blacklist(self, registry: Registry) -> Engine {
        Engine {
            screening: Some(Arc::new(registry)),
            ..self
        }
    }

    /// The blacklist parties are screened against (empty unless configured).
    pub fn blacklist(&self) -> &Registry {
        match &self.screening {
            Some(s) => s.registry(),
            None => Registry::empty(),
        }
    }

    /// Screens one subject against the blacklist as of `on`, for the query's domain.
    ///
    /// # Example
    /// ```
    /// use gongkai::blacklist::ScreenQuery;
    /// let engine = gongkai::Engine::from_config_json(r#"{"blacklist":[{"id":"YJ-BL-001",
    ///   "subject":{"kind":"organization","name":"广东智联数据科技有限公司","creditCode":"91445400MAH8P03Q3P"},
    ///   "conduct":{"category":"falseMaterials"},
    ///   "decision":{"authority":"云江市财政局","number":"云财采罚〔2024〕7号","date":"2024-07-22"},
    ///   "legalBasis":{"provision":"procurementLaw77"},"bars":"governmentProcurement",
    ///   "ban":{"months":12},"listedOn":"2024-07-26"}]}"#)?;
    /// let q = ScreenQuery::from_json(r#"{"name":"广东智联数据科技有限公司",
    ///   "creditCode":"91445400MAH8P03Q3P","domain":"governmentProcurement"}"#)?;
    /// let result = engine.screen(&q, "2024-08-09".parse().unwrap());
    /// assert!(result.barred());
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn screen(&self, query: &ScreenQuery, on: NaiveDate) -> ScreenResult<'_> {
        self.blacklist().screen_query(query, on)
    }

    /// [`Engine::screen`] from JSON to JSON, as the C and WASM surfaces call it: the query as
    /// [`ScreenQuery`] reads it, the result as [`ScreenResult::to_json`] writes it.
    ///
    /// # Errors
    /// [`Error::Parse`] when the query is not one.
    pub fn screen_json(&self, query: &str, on: NaiveDate, lang: Lang) -> Result<String, Error> {
        let query = ScreenQuery::from_json(query)?;
        Ok(self.screen(&query, on).to_json(lang))
    }

    /// An engine from its JSON configuration (see [`EngineConfig`]); an empty or blank string is
    /// the national engine.
    ///
    /// # Example
    /// ```
    /// let engine = gongkai::Engine::from_config_json(r#"{"localDaysOff":[{"date":"2025-06-03","name":"市民节"}]}"#)?;
    /// let d = chrono::NaiveDate::from_ymd_opt(2025, 6, 3).unwrap();
    /// assert!(!engine.calendar().is_workday(d)?);
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::Parse`] for malformed JSON, [`Error::RuleTable`] for an invalid layer,
    /// [`Error::Calendar`] for a calendar year or day off that does not load,
    /// [`Error::Blacklist`] for a blacklist entry refused.
    pub fn from_config_json(json: &str) -> Result<Engine, Error> {
        if json.trim().is_empty() {
            return Ok(Engine::national());
        }
        let configured = crate::config_json::from_json(
            json,
            crate::config_json::load_blacklist,
            crate::config_json::Encoding::Refused,
        )?;
        Ok(Engine::configured(configured))
    }

    /// As [`Engine::from_config_json`], for a surface that takes text as bytes (the C library):
    /// the configuration may also have `"encoding"`, a string naming how that text is encoded,
    /// returned beside the engine for the surface to interpret. The configuration is read once,
    /// from `json`: an error anywhere in it, `encoding` included, has its line and column there.
    ///
    /// # Example
    /// ```
    /// let (engine, encoding) =
    ///     gongkai::Engine::from_config_json_with_encoding(r#"{"encoding": "gb18030"}"#)?;
    /// assert_eq!(encoding.as_deref(), Some("gb18030"));
    /// assert!(engine.blacklist().is_empty());
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Engine::from_config_json`]; [`Error::Parse`] at `/encoding` when it is not a string.
    pub fn from_config_json_with_encoding(json: &str) -> Result<(Engine, Option<String>), Error> {
        if json.trim().is_empty() {
            return Ok((Engine::national(), None));
        }
        let mut configured = crate::config_json::from_json(
            json,
            crate::config_json::load_blacklist,
            crate::config_json::Encoding::Read,
        )?;
        let encoding = configured.encoding.take();
        Ok((Engine::configured(configured), encoding))
    }

    /// The engine a configuration describes.
    fn configured(c: Configured) -> Engine {
        Engine {
            rules: c.rules,
            calendar: c.calendar,
            screening: c.blacklist,
        }
    }

    /// As [`Engine::from_config_json`], for a build that validates and leaves the blacklist out:
    /// a configuration with blacklist entries is refused, and the code that reads and indexes
    /// them is never reached from here, so a size-bound build (the npm package's default entry)
    /// does not carry it. An empty `blacklist` array is accepted.
    ///
    /// # Example
    /// ```
    /// use gongkai::Engine;
    /// let entry = r#"{"blacklist":[{"id":"BL-1"}]}"#;
    /// let err = Engine::from_config_json_without_blacklist(entry).unwrap_err();
    /// assert_eq!(err.code(), "config.blacklist_unsupported");
    /// assert!(Engine::from_config_json_without_blacklist(r#"{"blacklist":[]}"#).is_ok());
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// As [`Engine::from_config_json`], with [`Error::BlacklistUnsupported`] in place of the
    /// blacklist's own errors.
    pub fn from_config_json_without_blacklist(json: &str) -> Result<Engine, Error> {
        if json.trim().is_empty() {
            return Ok(Engine::national());
        }
        let configured = crate::config_json::from_json(
            json,
            crate::config_json::refuse_blacklist,
            crate::config_json::Encoding::Refused,
        )?;
        Ok(Engine::configured(configured))
    }

    /// An engine from a parsed configuration.
    ///
    /// # Errors
    /// As [`Engine::from_config_json`].
    pub fn from_config(config: &EngineConfig) -> Result<Engine, Error> {
        crate::config_json::from_config(config).map(Engine::configured)
    }

    /// The due date (or earliest allowed end) of a time-limit rule for an event on `event_date`,
    /// with the explanation of how it was reached.
    ///
    /// # Example
    /// ```
    /// let engine = gongkai::Engine::national();
    /// let d = |m, d| chrono::NaiveDate::from_ymd_opt(2024, m, d).unwrap();
    /// assert_eq!(engine.due_date("GP-R43", d(9, 27))?.end, d(9, 30));
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`Error::UnknownRule`], [`Error::NotADeadline`], or [`Error::Calendar`] when the period
    /// needs a year the calendar does not cover.
    pub fn due_date(
        &self,
        rule_id: &str,
        event_date: NaiveDate,
    ) -> Result<crate::deadline::PeriodEnd, Error> {
        let rule = self.rules.get(rule_id).ok_or_else(|| Error::UnknownRule {
            id: rule_id.to_owned(),
        })?;
        match &rule.check {
            crate::Check::Deadline(d) => Ok(crate::deadline::period_end(
                &self.calendar,
                d.counted_from(event_date),
                d.period,
                &[],
            )?),
            crate::Check::Obligation(crate::rules::checks::obligation::Obligation {
                due: crate::ObligationDue::AfterNotice(period),
            }) => Ok(crate::deadline::period_end(
                &self.calendar,
                event_date,
                *period,
                &[],
            )?),
            _ => Err(Error::NotADeadline {
                id: rule_id.to_owned(),
            }),
        }
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
        Report {
            record_id: record.id.clone(),
            findings: self.findings(record, ctx),
        }
    }

    /// Judges `record` together with the notices linked to it by `amends`: the one it changes
    /// (whose facts it keeps where it does not restate them) and those that suspend it (whose
    /// pauses stop its clock). See [`amendment`](crate::amendment); `related` may hold unlinked
    /// records too, which are not read.
    ///
    /// # Errors
    /// [`Error::InvalidArgument`] (`related/<i>`) when a linked record is of another domain.
    pub fn validate_linked(
        &self,
        record: &DisclosureRecord,
        related: &[&DisclosureRecord],
        ctx: &Context,
    ) -> Result<Report, Error> {
        let combined = crate::amendment::combine(record, related)?;
        Ok(Report {
            record_id: record.id.clone(),
            findings: self.findings(&combined, ctx),
        })
    }

    /// [`validate_linked`](Self::validate_linked) of a record given as JSON, with the linked
    /// records as a JSON array.
    ///
    /// # Errors
    /// [`Error::Parse`] when the record is not one (its pointer as in
    /// [`validate_json`](Self::validate_json)) or an element of `related_json` is not (its
    /// pointer under `/related/<i>`); [`Error::InvalidArgument`] as `validate_linked`.
    pub fn validate_linked_json(
        &self,
        json: &str,
        related_json: &str,
        ctx: &Context,
    ) -> Result<Report, Error> {
        let record = DisclosureRecord::from_json(json)?;
        let related = DisclosureRecord::list_from_json(related_json).map_err(|e| match e {
            Error::Parse {
                path,
                message,
                line,
                column,
            } => Error::Parse {
                path: format!("/related{path}"),
                message,
                line,
                column,
            },
            e => e,
        })?;
        let related: Vec<&DisclosureRecord> = related.iter().collect();
        self.validate_linked(&record, &related, ctx)
    }

    /// Parses and judges one record given as JSON.
    ///
    /// # Errors
    /// [`Error::Parse`] when the text is not a record; the error names the field.
    pub fn validate_json(&self, json: &str, ctx: &Context) -> Result<Report, Error> {
        let record = DisclosureRecord::from_json(json)?;
        let findings = self.findings(&record, ctx);
        // The record is ours: its id moves into the report rather than being copied.
        Ok(Report {
            record_id: record.id,
            findings,
        })
    }

    /// Reads a published notice (plain text or an HTML page) and judges the record it describes,
    /// adding what only its text shows: 大写 and figures that disagree anywhere in it, an
    /// unmasked ID or mobile number anywhere on the page, the headings of its format missing,
    /// a summary that disagrees with the body. See [`notice`](crate::notice).
    ///
    /// # Example
    /// ```
    /// use gongkai::{Context, Engine};
    /// use gongkai::notice::NoticeSource;
    /// let text = "云江市财政局政府采购行政处罚决定书\n当事人：云江恒达贸易有限公司\n\
    ///   联系电话：13812345678\n云江市财政局\n2024年3月18日";
    /// let report = Engine::national().validate_notice(
    ///     text, &NoticeSource::default(), &Context::new("2024-04-01".parse().unwrap()))?;
    /// let f = report.findings.iter().find(|f| f.finding.code().as_str() == "privacy.mobile_exposed").unwrap();
    /// assert_eq!(f.span.and_then(|s| s.of(text)), Some("13812345678"));
    /// # Ok::<(), gongkai::notice::NoticeError>(())
    /// ```
    ///
    /// # Errors
    /// [`NoticeError`](crate::notice::NoticeError) when the input cannot be read as a notice.
    #[cfg(feature = "notice")]
    pub fn validate_notice(
        &self,
        input: &str,
        source: &crate::notice::NoticeSource,
        ctx: &Context,
    ) -> Result<crate::notice::NoticeReport, crate::notice::NoticeError> {
        let reading = crate::notice::read_with(input, source, self.rules.local_keys())?;
        let findings = self.findings(&reading.record, ctx);
        Ok(crate::notice::judged(
            &self.rules,
            reading,
            findings,
            ctx.today,
        ))
    }

    fn findings(&self, record: &DisclosureRecord, ctx: &Context) -> Vec<crate::Finding> {
        // Event dates stated as periods are counted on this engine's calendar first.
        let counted = crate::model::relative::resolved(record, &self.calendar);
        let record = counted.as_ref().unwrap_or(record);
        let mut findings = Vec::new();
        let env = Env {
            calendar: &self.calendar,
            screening: self.screening.as_deref(),
            today: ctx.today,
            near_workdays: ctx.near_workdays,
        };
        self.rules.judge(record, &env, &mut findings);
        findings
    }
}
