//! A blacklist entry: who, what, who decided, under which provision, barring what, for how long.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::event::{Change, Correction, Event};
use super::status::{Core, EntryStatus, Withdrawal};
use super::term::{BanTerm, check_range};
use super::{BanBasis, Bars, BlacklistError, Conduct, CreditClass, Publication};
use crate::calendar::{Calendar, CalendarError};
use crate::ids::{ResidentIdNumber, UnifiedSocialCreditCode};
use crate::{Domain, Error};

/// One entry of the blacklist (黑名单): a decision that lists a subject, and what happened to it
/// since.
///
/// Its JSON form is camelCase, unknown fields rejected, the same in a JSON-lines file, in
/// [`EngineConfig::blacklist`](crate::EngineConfig::blacklist) and from C and WASM. Status and
/// publication period are never stored: they are computed as of a date
/// ([`status`](Self::status), [`publication`](Self::publication)).
///
/// # Example
/// ```
/// use gongkai::blacklist::{Entry, EntryStatus};
/// let entry = Entry::from_json(r#"{
///   "id": "YJ-BL-2024-003",
///   "subject": {"kind": "organization", "name": "广东智联数据科技有限公司",
///               "creditCode": "91445400MAH8P03Q3P", "address": "云江市云城区科技路8号"},
///   "conduct": {"category": "falseMaterials"},
///   "facts": "在云江市政务云服务采购项目中提供虚假的业绩证明材料",
///   "decision": {"authority": "云江市财政局", "number": "云财采罚〔2024〕7号",
///                "date": "2024-07-22"},
///   "legalBasis": {"provision": "procurementLaw77"},
///   "bars": "governmentProcurement",
///   "ban": {"months": 12},
///   "listedOn": "2024-07-26"
/// }"#)?;
/// let d = |s: &str| s.parse().unwrap();
/// assert_eq!(entry.status(d("2024-07-24")), EntryStatus::Pending);
/// assert_eq!(entry.status(d("2024-08-09")), EntryStatus::Active);
/// assert_eq!(entry.ban_term(d("2024-08-09")).unwrap().end, d("2025-07-22"));
/// assert_eq!(entry.status(d("2025-07-23")), EntryStatus::Archived);
/// # Ok::<(), gongkai::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Entry {
    /// The registry's id for the entry, chosen by the caller.
    pub id: String,
    /// Who is listed.
    pub subject: Subject,
    /// What they did.
    pub conduct: Conduct,
    /// The facts (严重违法失信行为的具体情形), public text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<String>,
    /// The decision that lists them.
    pub decision: Decision,
    /// The provision the ban rests on.
    pub legal_basis: BanBasis,
    /// What the entry bars.
    pub bars: Bars,
    /// The ban, when the decision imposes one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ban: Option<Ban>,
    /// The first day of publication.
    #[serde(deserialize_with = "crate::date::de")]
    pub listed_on: NaiveDate,
    /// The class under 信用修复管理办法, for decisions from 2026-04-01 that carry one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_class: Option<CreditClass>,
    /// What happened since, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
}

/// The listed subject: an organisation or a natural person. JSON: `{"kind": "organization",
/// "name", "creditCode"?, "address"?}` or `{"kind": "person", "name", "idNumber"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
pub enum Subject {
    /// A legal person or other organisation.
    Organization {
        /// Its name as the decision writes it.
        name: String,
        /// Its 统一社会信用代码, when known.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        credit_code: Option<UnifiedSocialCreditCode>,
        /// Its address (企业地址, published on the procurement list).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        address: Option<String>,
    },
    /// A natural person.
    Person {
        /// The name.
        name: String,
        /// The 居民身份证号码: for matching; published only masked.
        id_number: ResidentIdNumber,
    },
}

impl Subject {
    /// The name.
    pub fn name(&self) -> &str {
        match self {
            Subject::Organization { name, .. } | Subject::Person { name, .. } => name,
        }
    }

    /// The credit code of an organisation that has one.
    pub fn credit_code(&self) -> Option<&UnifiedSocialCreditCode> {
        match self {
            Subject::Organization { credit_code, .. } => credit_code.as_ref(),
            Subject::Person { .. } => None,
        }
    }

    /// The ID number of a person.
    pub fn id_number(&self) -> Option<&ResidentIdNumber> {
        match self {
            Subject::Person { id_number, .. } => Some(id_number),
            Subject::Organization { .. } => None,
        }
    }

    /// The address of an organisation that gives one.
    pub fn address(&self) -> Option<&str> {
        match self {
            Subject::Organization { address, .. } => address.as_deref(),
            Subject::Person { .. } => None,
        }
    }

    /// True for a natural person.
    pub fn is_person(&self) -> bool {
        matches!(self, Subject::Person { .. })
    }
}

/// The fields of [`Subject::Organization`].
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct OrganizationFields {
    name: String,
    #[serde(default)]
    credit_code: Option<UnifiedSocialCreditCode>,
    #[serde(default)]
    address: Option<String>,
}

/// The fields of [`Subject::Person`].
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct PersonFields {
    name: String,
    id_number: ResidentIdNumber,
}

/// The JSON serde's tagged enums read, with their errors, without their code size (see
/// `parse::tagged`).
impl<'de> Deserialize<'de> for Subject {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        crate::parse::tagged(
            d,
            "Subject",
            "kind",
            &["organization", "person"],
            |kind, rest| {
                if kind == 0 {
                    crate::parse::fields::<OrganizationFields>(rest).map(|f| {
                        Subject::Organization {
                            name: f.name,
                            credit_code: f.credit_code,
                            address: f.address,
                        }
                    })
                } else {
                    crate::parse::fields::<PersonFields>(rest).map(|f| Subject::Person {
                        name: f.name,
                        id_number: f.id_number,
                    })
                }
            },
        )
    }
}

/// The decision (行政处罚决定 / 行政处理决定) behind an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Decision {
    /// Who decided (执法单位 / 处理机关).
    pub authority: String,
    /// The decision document number (决定书文号).
    pub number: String,
    /// The decision date (处罚日期 / 处理时间), from which bans and credit windows run.
    #[serde(deserialize_with = "crate::date::de")]
    pub date: NaiveDate,
    /// The penalty as the decision states it (处罚结果 / 处理决定); derived from the ban when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penalty: Option<String>,
}

/// A ban as the decision imposes it: a number of months from a start date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ban {
    /// The first day; the decision date when absent.
    #[serde(
        default,
        deserialize_with = "crate::date::de_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub start: Option<NaiveDate>,
    /// The length in months (a year is 12).
    pub months: u32,
}

fn nonblank(s: &str, field: &'static str) -> Result<(), BlacklistError> {
    if s.trim().is_empty() {
        Err(BlacklistError::EmptyField { field })
    } else {
        Ok(())
    }
}

impl Entry {
    /// Parses and validates an entry.
    ///
    /// # Errors
    /// [`Error::Parse`] when the text is not an entry (naming the field),
    /// [`Error::Blacklist`] when it breaks a rule ([`Entry::validate`]).
    pub fn from_json(json: &str) -> Result<Entry, Error> {
        let entry: Entry = crate::parse::from_json(json)?;
        entry.validate()?;
        Ok(entry)
    }

    /// The entry as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an entry always serialises")
    }

    /// Checks the entry against the law and itself: the ban within the provision's range
    /// ([`BlacklistError::BanOutOfRange`]) and required where the provision imposes it, the bars
    /// within the provision's reach, dates in order, a credit class only from 2026-04-01, texts
    /// not blank, and each event a valid successor of those before it.
    ///
    /// # Errors
    /// The first problem found.
    pub fn validate(&self) -> Result<(), BlacklistError> {
        nonblank(&self.id, "id")?;
        nonblank(self.subject.name(), "subject.name")?;
        if let Some(a) = self.subject.address() {
            nonblank(a, "subject.address")?;
        }
        if let Some(f) = &self.facts {
            nonblank(f, "facts")?;
        }
        nonblank(&self.decision.authority, "decision.authority")?;
        nonblank(&self.decision.number, "decision.number")?;
        if let Some(p) = &self.decision.penalty {
            nonblank(p, "decision.penalty")?;
        }
        if let Conduct::Other { description } = &self.conduct {
            nonblank(description, "conduct.description")?;
        }
        if let BanBasis::Other { document, .. } = &self.legal_basis {
            nonblank(document, "legalBasis.document")?;
            let (min, max) = self.legal_basis.range_months();
            if min > max {
                return Err(BlacklistError::InvalidRange { min, max });
            }
        }
        let decided = self.decision.date;
        if self.listed_on < decided {
            return Err(BlacklistError::ListedBeforeDecision {
                decided,
                listed: self.listed_on,
            });
        }
        if let (Some(reach), Bars::Domain(barred)) = (self.legal_basis.domain(), self.bars)
            && reach != barred
        {
            return Err(BlacklistError::BarsOutsideBasis {
                basis: self.legal_basis.code(),
                bars: barred.as_str(),
            });
        }
        match self.ban {
            None if self.legal_basis.requires_ban() => {
                return Err(BlacklistError::BanMissing {
                    basis: self.legal_basis.code(),
                });
            }
            None => {}
            Some(ban) => {
                let start = ban.start.unwrap_or(decided);
                if start < decided {
                    return Err(BlacklistError::BanBeforeDecision { decided, start });
                }
                check_range(&self.legal_basis, ban.months)?;
            }
        }
        if self.credit_class.is_some() && decided < CreditClass::IN_FORCE {
            return Err(BlacklistError::CreditClassNotInForce {
                decided,
                in_force: CreditClass::IN_FORCE,
            });
        }
        for (i, e) in self.events.iter().enumerate() {
            self.core_with(&self.events[..i]).check_append(
                &self.id,
                self.subject.is_person(),
                e,
            )?;
        }
        Ok(())
    }

    /// Appends an event after checking it follows the history.
    ///
    /// # Errors
    /// As [`Registry::withdraw`](super::Registry::withdraw), [`Registry::repair`](super::Registry::repair)
    /// and [`Registry::correct`](super::Registry::correct).
    pub fn append(&mut self, event: Event) -> Result<(), BlacklistError> {
        self.core()
            .check_append(&self.id, self.subject.is_person(), &event)?;
        self.events.push(event);
        Ok(())
    }

    pub(crate) fn core(&self) -> Core<'_> {
        self.core_with(&self.events)
    }

    fn core_with<'a>(&'a self, events: &'a [Event]) -> Core<'a> {
        Core {
            decided: self.decision.date,
            listed: self.listed_on,
            ban: self
                .ban
                .map(|b| (b.start.unwrap_or(self.decision.date), b.months)),
            basis: &self.legal_basis,
            bars: self.bars,
            class: self.credit_class,
            events,
            cached: None,
        }
    }

    /// The ban as the register showed it on `on` (a correction of its length applies from its
    /// date).
    pub fn ban_term(&self, on: NaiveDate) -> Option<BanTerm> {
        self.core().ban_on(on)
    }

    /// The publication period as the register showed it on `on`.
    pub fn publication(&self, on: NaiveDate) -> Publication {
        self.core().publication(on)
    }

    /// The status on `on`.
    pub fn status(&self, on: NaiveDate) -> EntryStatus {
        self.core().status(on)
    }

    /// True when the entry bars `domain` on `on` (any domain when `None`): the ban runs that day,
    /// covers the domain, and the entry has not been withdrawn.
    pub fn bars_on(&self, on: NaiveDate, domain: Option<Domain>) -> bool {
        self.core().bars_on(on, domain)
    }

    /// The withdrawal, judged against 行政处罚法 Art 48 (within 3 working days of the revocation),
    /// when the entry has been withdrawn.
    ///
    /// # Errors
    /// [`CalendarError::YearNotCovered`] when the calendar cannot count the working days.
    pub fn withdrawal(&self, cal: &Calendar) -> Result<Option<Withdrawal>, CalendarError> {
        self.core().withdrawal(cal)
    }

    /// The entry with every correction dated on or before `on` applied: the record as the
    /// register showed it that day. The events are kept.
    ///
    /// # Example
    /// ```
    /// # let json = r#"{"id":"1","subject":{"kind":"organization","name":"云江市德闰物业有限公司"},
    /// #  "conduct":{"category":"falseMaterials"},
    /// #  "decision":{"authority":"云江市财政局","number":"云财采罚〔2024〕3号","date":"2024-06-21"},
    /// #  "legalBasis":{"provision":"procurementLaw77"},"bars":"governmentProcurement",
    /// #  "ban":{"months":12},"listedOn":"2024-06-25","events":[{"kind":"correct",
    /// #  "date":"2024-07-01","actor":"云江市财政局","reason":"当事人申请更正",
    /// #  "field":"subjectName","value":"云江市德润物业管理有限公司"}]}"#;
    /// let entry = gongkai::blacklist::Entry::from_json(json)?;
    /// let d = |s: &str| s.parse().unwrap();
    /// assert_eq!(entry.as_of(d("2024-06-30")).subject.name(), "云江市德闰物业有限公司");
    /// assert_eq!(entry.as_of(d("2024-07-01")).subject.name(), "云江市德润物业管理有限公司");
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    pub fn as_of(&self, on: NaiveDate) -> Entry {
        let mut e = self.clone();
        for ev in self.events.iter().take_while(|ev| ev.date <= on) {
            let Change::Correct(c) = &ev.change else {
                continue;
            };
            match (c, &mut e.subject) {
                (Correction::SubjectName(v), s) => match s {
                    Subject::Organization { name, .. } | Subject::Person { name, .. } => {
                        name.clone_from(v)
                    }
                },
                (Correction::CreditCode(v), Subject::Organization { credit_code, .. }) => {
                    *credit_code = Some(*v);
                }
                (Correction::IdNumber(v), Subject::Person { id_number, .. }) => *id_number = *v,
                (Correction::Address(v), Subject::Organization { address, .. }) => {
                    *address = Some(v.clone());
                }
                (Correction::Facts(v), _) => e.facts = Some(v.clone()),
                (Correction::Penalty(v), _) => e.decision.penalty = Some(v.clone()),
                (Correction::DecisionNumber(v), _) => e.decision.number.clone_from(v),
                (Correction::Authority(v), _) => e.decision.authority.clone_from(v),
                (Correction::BanMonths(m), _) => {
                    if let Some(b) = &mut e.ban {
                        b.months = *m;
                    }
                }
                // Refused on append: a person has no credit code or address, an organisation no
                // ID number.
                _ => {}
            }
        }
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn base() -> serde_json::Value {
        serde_json::json!({
            "id": "BL-1",
            "subject": {"kind": "organization", "name": "云江市某某科技有限公司",
                        "creditCode": "91445400MAH8P03Q3P"},
            "conduct": {"category": "falseMaterials"},
            "decision": {"authority": "云江市财政局", "number": "云财采罚〔2024〕7号",
                         "date": "2024-07-22"},
            "legalBasis": {"provision": "procurementLaw77"},
            "bars": "governmentProcurement",
            "ban": {"months": 12},
            "listedOn": "2024-07-26"
        })
    }

    fn with(mut v: serde_json::Value, path: &str, value: serde_json::Value) -> Entry {
        *v.pointer_mut(path).expect("path exists") = value;
        serde_json::from_value(v).expect("an entry")
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// 政府采购法 Art 77: a four-year ban is beyond 一至三年.
    #[test]
    fn procurement_ban_over_3_years_refused_zfcgf_77() {
        let e = with(base(), "/ban/months", 48.into());
        assert_eq!(
            e.validate(),
            Err(BlacklistError::BanOutOfRange {
                basis: "procurementLaw77",
                min: 12,
                max: 36,
                given: 48
            })
        );
        let e = with(base(), "/ban/months", 11.into());
        assert_eq!(
            e.validate().unwrap_err().code(),
            "blacklist.ban_out_of_range"
        );
        assert!(with(base(), "/ban/months", 36.into()).validate().is_ok());
    }

    /// 招标投标法 Art 60: 二年至五年; a one-year ban is too short.
    #[test]
    fn non_performance_ban_2_to_5_years_ztbf_60() {
        let mut v = base();
        v["legalBasis"] = serde_json::json!({"provision": "biddingLaw60"});
        v["bars"] = "constructionBidding".into();
        v["conduct"] = serde_json::json!({"category": "breachOfContract"});
        let e = with(v.clone(), "/ban/months", 12.into());
        assert!(matches!(
            e.validate(),
            Err(BlacklistError::BanOutOfRange {
                min: 24,
                max: 60,
                ..
            })
        ));
        assert!(with(v, "/ban/months", 60.into()).validate().is_ok());
    }

    /// 政府采购法 Art 77 imposes the ban; an entry without one is refused.
    #[test]
    fn procurement_ban_is_mandatory_zfcgf_77() {
        let mut v = base();
        v.as_object_mut().unwrap().remove("ban");
        let e: Entry = serde_json::from_value(v.clone()).unwrap();
        assert_eq!(
            e.validate(),
            Err(BlacklistError::BanMissing {
                basis: "procurementLaw77"
            })
        );
        // 招标投标法 Art 53 bans only 情节严重的: a record without a ban is fine.
        v["legalBasis"] = serde_json::json!({"provision": "biddingLaw53"});
        v["bars"] = "constructionBidding".into();
        assert!(
            serde_json::from_value::<Entry>(v)
                .unwrap()
                .validate()
                .is_ok()
        );
    }

    #[test]
    fn bars_must_be_within_the_provision() {
        let e = with(base(), "/bars", "constructionBidding".into());
        assert_eq!(
            e.validate().unwrap_err().code(),
            "blacklist.bars_outside_basis"
        );
        assert!(
            with(base(), "/bars", "allPublicResourceTrading".into())
                .validate()
                .is_ok()
        );
    }

    #[test]
    fn dates_must_follow_the_decision() {
        let e = with(base(), "/listedOn", "2024-07-21".into());
        assert_eq!(
            e.validate().unwrap_err().code(),
            "blacklist.listed_before_decision"
        );
        let e = with(
            base(),
            "/ban",
            serde_json::json!({"start": "2024-07-01", "months": 12}),
        );
        assert_eq!(
            e.validate().unwrap_err().code(),
            "blacklist.ban_before_decision"
        );
    }

    /// 信用修复管理办法 (令第36号) is in force from 2026-04-01: no class before.
    #[test]
    fn credit_class_only_from_2026_04_01_xyxfglbf_36() {
        let mut v = base();
        v["creditClass"] = "serious".into();
        let e: Entry = serde_json::from_value(v).unwrap();
        assert_eq!(
            e.validate(),
            Err(BlacklistError::CreditClassNotInForce {
                decided: d("2024-07-22"),
                in_force: d("2026-04-01")
            })
        );
    }

    #[test]
    fn blank_texts_are_refused() {
        for (path, field) in [
            ("/id", "id"),
            ("/subject/name", "subject.name"),
            ("/decision/number", "decision.number"),
            ("/decision/authority", "decision.authority"),
        ] {
            let e = with(base(), path, " ".into());
            assert_eq!(e.validate(), Err(BlacklistError::EmptyField { field }));
        }
    }

    #[test]
    fn unknown_fields_name_their_path() {
        let mut v = base();
        v["subject"]["colour"] = 1.into();
        // A tagged object is read whole before its members are checked: the path still names
        // the member.
        match Entry::from_json(&v.to_string()) {
            Err(Error::Parse { path, message, .. }) => {
                assert_eq!(path, "/subject/colour");
                assert!(message.contains("colour"), "{message}");
            }
            other => panic!("{other:?}"),
        }
        let mut v = base();
        v["decision"]["colour"] = 1.into();
        match Entry::from_json(&v.to_string()) {
            Err(Error::Parse { path, .. }) => assert_eq!(path, "/decision/colour"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn json_round_trips() {
        let e: Entry = serde_json::from_value(base()).unwrap();
        assert_eq!(Entry::from_json(&e.to_json()).unwrap(), e);
    }
}
