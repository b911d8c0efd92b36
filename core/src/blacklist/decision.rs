//! The blacklist entry a published penalty decision implies.
//!
//! A penalty decision that bars a party (政府采购法 Art 77, 实施条例 Art 73, 招标投标法 Arts 50,
//! 53, 54, 60) is the act that lists it: the entry is the decision's subject, conduct, number,
//! authority, date, provision and ban, published from the day the decision is. A record of a
//! penalty decision item ([`ItemKind::ProcurementPenaltyDecision`],
//! [`ItemKind::BiddingPenaltyDecision`]) with a [`Sanction`](crate::Sanction) states all of it;
//! [`Entry::from_decision`] builds the entry, and refuses with a [`DecisionError`] naming what
//! the record does not state, never guessing it.

use super::{BanBasis, Bars, BlacklistError, Decision, Entry, InvalidIdentifier, Subject};
use crate::Lang;
use crate::ids::{ResidentIdNumber, UnifiedSocialCreditCode};
use crate::model::item::ItemKind;
use crate::model::record::{DisclosureRecord, PartyRole, Status};

/// Why a record yields no blacklist entry.
///
/// Each variant has a stable [`code`](Self::code); a refused entry has the code of the
/// [`BlacklistError`] that refused it (`blacklist.ban_out_of_range`, …).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecisionError {
    /// The record is not a penalty decision (its item is another).
    #[error("a {item} record is not a penalty decision")]
    NotADecision {
        /// The record's item.
        item: ItemKind,
    },
    /// The decision was withdrawn (行政处罚法 Art 48 ¶2): it lists nobody.
    #[error("the decision was withdrawn")]
    Withdrawn,
    /// The record does not state facts the entry needs, as JSON Pointers into the record
    /// (`/sanction`, `/content/decisionNumber`, `/events/decisionOn`, …), in record order.
    #[error("the record does not state {}", .facts.join(", "))]
    FactsMissing {
        /// The facts missing.
        facts: Vec<String>,
    },
    /// More than one party has the role `sanctioned`: one entry has one subject.
    #[error("{count} parties are sanctioned; an entry has one subject")]
    SeveralSanctioned {
        /// How many.
        count: usize,
    },
    /// The sanctioned party gives both a credit code and an ID number: an organisation or a
    /// person, not both.
    #[error("party {index} gives a credit code and an ID number: an organisation or a person?")]
    SubjectAmbiguous {
        /// The party's index in `parties`.
        index: usize,
    },
    /// The sanctioned party's identifier does not validate.
    #[error("party {index}: {}", error.message(Lang::En))]
    InvalidIdentifier {
        /// The party's index in `parties`.
        index: usize,
        /// What is wrong.
        error: InvalidIdentifier,
    },
    /// The provision is of another domain's law than the record's (a procurement decision under
    /// 招标投标法).
    #[error("{provision} is not a provision of the record's domain")]
    ProvisionOutsideDomain {
        /// The provision's code.
        provision: &'static str,
    },
    /// The entry the decision implies breaks a rule of the blacklist (a ban beyond the provision's
    /// range, a ban missing where the provision imposes one, …).
    #[error(transparent)]
    Entry(#[from] BlacklistError),
}

impl DecisionError {
    /// The codes of the decision's own refusals, in variant order; a refusal of the entry or of
    /// the party's identifier has the code of the error inside it.
    pub const CODES: &[&str] = &[
        "decision.not_a_decision",
        "decision.withdrawn",
        "decision.facts_missing",
        "decision.several_sanctioned",
        "decision.subject_ambiguous",
        "decision.provision_outside_domain",
    ];

    /// The stable code (`"decision.facts_missing"`); a refused entry's is its
    /// [`BlacklistError::code`], an identifier's the identifier error's.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotADecision { .. } => "decision.not_a_decision",
            Self::Withdrawn => "decision.withdrawn",
            Self::FactsMissing { .. } => "decision.facts_missing",
            Self::SeveralSanctioned { .. } => "decision.several_sanctioned",
            Self::SubjectAmbiguous { .. } => "decision.subject_ambiguous",
            Self::InvalidIdentifier { error, .. } => error.code(),
            Self::ProvisionOutsideDomain { .. } => "decision.provision_outside_domain",
            Self::Entry(e) => e.code(),
        }
    }

    /// The JSON Pointer of the fact at fault, when there is one (the first, for missing facts).
    pub fn path(&self) -> String {
        match self {
            Self::NotADecision { .. } => "/item".to_owned(),
            Self::Withdrawn => "/status".to_owned(),
            Self::FactsMissing { facts } => facts.first().cloned().unwrap_or_default(),
            Self::SeveralSanctioned { .. } => "/parties".to_owned(),
            Self::SubjectAmbiguous { index } => format!("/parties/{index}"),
            Self::InvalidIdentifier { index, error } => {
                format!("/parties/{index}/{}", error.field())
            }
            Self::ProvisionOutsideDomain { .. } => "/sanction/legalBasis".to_owned(),
            Self::Entry(_) => "/sanction".to_owned(),
        }
    }

    /// Every fact the record does not state, as JSON Pointers in record order (empty unless
    /// [`DecisionError::FactsMissing`]).
    pub fn facts(&self) -> &[String] {
        match self {
            Self::FactsMissing { facts } => facts,
            _ => &[],
        }
    }

    /// The message in the requested language.
    pub fn message(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Self::NotADecision { item } => {
                format!(
                    "「{}」不是行政处罚决定，不能据以列入黑名单",
                    item.name(lang)
                )
            }
            Self::Withdrawn => {
                "该行政处罚决定已撤回（行政处罚法第四十八条第二款），不据以列入黑名单".to_owned()
            }
            Self::FactsMissing { facts } => {
                format!("记录未载明列入黑名单所需的事实：{}", facts.join("、"))
            }
            Self::SeveralSanctioned { count } => {
                format!("记录有{count}个被处理当事人，一条黑名单记录只有一个主体")
            }
            Self::SubjectAmbiguous { index } => format!(
                "第{}个当事人同时有统一社会信用代码和身份证号码，无法确定是单位还是个人",
                index + 1
            ),
            Self::InvalidIdentifier { index, error } => {
                format!("第{}个当事人：{}", index + 1, error.message(lang))
            }
            Self::ProvisionOutsideDomain { provision } => format!(
                "{}不是记录所属领域的法律规定",
                super::error::citation_zh(provision)
            ),
            Self::Entry(e) => e.message(lang),
        }
    }
}

/// Text of a content element, when given and not blank.
fn text<'r>(record: &'r DisclosureRecord, key: &str) -> Option<&'r str> {
    record
        .content
        .get(key)
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
}

impl Entry {
    /// The blacklist entry a published penalty decision implies: its sanctioned party
    /// (`parties`, role `sanctioned`, with a credit code or an ID number), the decision's
    /// authority, number and date (`content.authority`, `content.decisionNumber`,
    /// `events.decisionOn`), what it imposes (`sanction`), published from the record's
    /// `publishedOn`. The entry's id is the record's; its facts and penalty are the record's
    /// `violationFacts` and `penalty` when given, and an organisation's address its
    /// `partyAddress`.
    ///
    /// # Example
    /// ```
    /// use gongkai::{DisclosureRecord, blacklist::{Entry, EntryStatus}};
    /// let record = DisclosureRecord::from_json(r#"{
    ///   "id": "YJ-CZ-CF-2024-7", "domain": "governmentProcurement",
    ///   "item": "procurementPenaltyDecision", "title": "云江市财政局行政处罚决定书",
    ///   "responsibleBody": {"name": "云江市财政局"},
    ///   "formedOn": "2024-07-22", "publishedOn": "2024-07-26", "status": "published",
    ///   "channels": ["ccgp"],
    ///   "content": {"partyName": "广东智联数据科技有限公司", "authority": "云江市财政局",
    ///               "decisionNumber": "云财采罚〔2024〕7号"},
    ///   "parties": [{"role": "sanctioned", "name": "广东智联数据科技有限公司",
    ///                "creditCode": "91445400MAH8P03Q3P"}],
    ///   "events": {"decisionOn": "2024-07-22"},
    ///   "sanction": {"legalBasis": {"provision": "procurementLaw77"},
    ///                "conduct": {"category": "falseMaterials"}, "ban": {"months": 12}}
    /// }"#)?;
    /// let entry = Entry::from_decision(&record).map_err(|e| e.code()).unwrap();
    /// assert_eq!(entry.decision.number, "云财采罚〔2024〕7号");
    /// assert_eq!(entry.status("2024-08-01".parse().unwrap()), EntryStatus::Active);
    /// # Ok::<(), gongkai::Error>(())
    /// ```
    ///
    /// # Errors
    /// [`DecisionError`]: the record is no penalty decision or was withdrawn; it does not state
    /// a fact the entry needs (all of them are named); its sanctioned party is not one, or its
    /// identifier does not validate; the provision is another domain's; or the entry breaks a
    /// rule of the blacklist ([`Entry::validate`]).
    pub fn from_decision(record: &DisclosureRecord) -> Result<Entry, DecisionError> {
        if !record.item.is_penalty_decision() {
            return Err(DecisionError::NotADecision { item: record.item });
        }
        if record.status == Status::Withdrawn {
            return Err(DecisionError::Withdrawn);
        }
        let mut missing: Vec<String> = Vec::new();
        let mut miss = |p: &str| missing.push(p.to_owned());
        let sanctioned: Vec<usize> = (0..record.parties.len())
            .filter(|&i| record.parties[i].role == PartyRole::Sanctioned)
            .collect();
        if sanctioned.len() > 1 {
            return Err(DecisionError::SeveralSanctioned {
                count: sanctioned.len(),
            });
        }
        let subject = match sanctioned.first() {
            None => {
                miss("/parties");
                None
            }
            Some(&index) => {
                let p = &record.parties[index];
                match (&p.credit_code, &p.id_number) {
                    (Some(_), Some(_)) => return Err(DecisionError::SubjectAmbiguous { index }),
                    (Some(code), None) => {
                        let code = UnifiedSocialCreditCode::parse(code).map_err(|e| {
                            DecisionError::InvalidIdentifier {
                                index,
                                error: InvalidIdentifier::CreditCode(e),
                            }
                        })?;
                        Some(Subject::Organization {
                            name: p.name.clone(),
                            credit_code: Some(code),
                            address: text(record, "partyAddress").map(str::to_owned),
                        })
                    }
                    (None, Some(id)) => {
                        let id_number = ResidentIdNumber::parse(id).map_err(|e| {
                            DecisionError::InvalidIdentifier {
                                index,
                                error: InvalidIdentifier::IdNumber(e),
                            }
                        })?;
                        Some(Subject::Person {
                            name: p.name.clone(),
                            id_number,
                        })
                    }
                    (None, None) => {
                        miss(&format!("/parties/{index}/creditCode"));
                        None
                    }
                }
            }
        };
        let authority = text(record, "authority");
        if authority.is_none() {
            miss("/content/authority");
        }
        let number = text(record, "decisionNumber");
        if number.is_none() {
            miss("/content/decisionNumber");
        }
        // An entry runs from days: a date known only to its month or year does not give one.
        let decided = record.events.decision_on.and_then(|d| d.exact());
        let published = record.published_on.and_then(|d| d.exact());
        if decided.is_none() {
            miss("/events/decisionOn");
        }
        if published.is_none() {
            miss("/publishedOn");
        }
        let sanction = record.sanction.as_ref();
        if sanction.is_none() {
            miss("/sanction");
        }
        let basis = sanction.and_then(|s| s.legal_basis.clone());
        let conduct = sanction.and_then(|s| s.conduct.clone());
        if sanction.is_some() {
            if basis.is_none() {
                miss("/sanction/legalBasis");
            }
            if conduct.is_none() {
                miss("/sanction/conduct");
            }
        }
        let bars = sanction
            .and_then(|s| s.bars)
            .or_else(|| basis.as_ref().and_then(BanBasis::domain).map(Bars::Domain));
        if matches!(basis, Some(BanBasis::Other { .. })) && bars.is_none() {
            miss("/sanction/bars");
        }
        let (
            Some(subject),
            Some(authority),
            Some(number),
            Some(date),
            Some(listed_on),
            Some(sanction),
            Some(basis),
            Some(conduct),
            Some(bars),
        ) = (
            subject, authority, number, decided, published, sanction, basis, conduct, bars,
        )
        else {
            return Err(DecisionError::FactsMissing { facts: missing });
        };
        if let Some(reach) = basis.domain()
            && reach != record.domain
        {
            return Err(DecisionError::ProvisionOutsideDomain {
                provision: basis.code(),
            });
        }
        let entry = Entry {
            id: record.id.clone(),
            subject,
            conduct,
            facts: text(record, "violationFacts").map(str::to_owned),
            decision: Decision {
                authority: authority.to_owned(),
                number: number.to_owned(),
                date,
                penalty: text(record, "penalty").map(str::to_owned),
            },
            legal_basis: basis,
            bars,
            ban: sanction.ban,
            listed_on,
            credit_class: sanction.credit_class,
            events: Vec::new(),
        };
        entry.validate()?;
        Ok(entry)
    }
}

/// Why a penalty decision given as JSON yields no entry ([`entry_from_decision_json`]): the text
/// is not a record, or the record yields none.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum DecisionJsonError {
    /// The text is not a record ([`Error::Parse`](crate::Error::Parse), at the offending field).
    #[error(transparent)]
    Record(#[from] crate::Error),
    /// The record yields no entry.
    #[error(transparent)]
    Decision(#[from] DecisionError),
}

impl DecisionJsonError {
    /// The stable code: the parse error's (`input.invalid_json`) or the decision's.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Record(e) => e.code(),
            Self::Decision(e) => e.code(),
        }
    }

    /// The message in the requested language.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Self::Record(e) => e.message(lang),
            Self::Decision(e) => e.message(lang),
        }
    }
}

/// The blacklist entry a penalty decision given as JSON implies ([`Entry::from_decision`]), as
/// the JSON of one line of the registry's JSON-lines form ([`Entry::to_json`]): what the C and
/// WASM surfaces call.
///
/// # Example
/// ```
/// use gongkai::blacklist::{DecisionError, DecisionJsonError, entry_from_decision_json};
/// let record = r#"{"id": "YJ-CZ-CF-2024-7", "domain": "governmentProcurement",
///   "item": "procurementPenaltyDecision", "title": "行政处罚决定书",
///   "responsibleBody": {"name": "云江市财政局"}, "formedOn": "2024-07-22",
///   "publishedOn": "2024-07-26", "status": "published", "channels": ["ccgp"],
///   "content": {"authority": "云江市财政局"},
///   "parties": [{"role": "sanctioned", "name": "广东智联数据科技有限公司",
///                "creditCode": "91445400MAH8P03Q3P"}],
///   "sanction": {"legalBasis": {"provision": "procurementLaw77"},
///                "conduct": {"category": "falseMaterials"}, "ban": {"months": 12}}}"#;
/// let err = entry_from_decision_json(record).unwrap_err();
/// assert_eq!(err.code(), "decision.facts_missing");
/// let DecisionJsonError::Decision(why) = err else { unreachable!() };
/// assert_eq!(why.facts(), ["/content/decisionNumber", "/events/decisionOn"]);
/// ```
///
/// # Errors
/// [`DecisionJsonError::Record`] when the text is not a record, [`DecisionJsonError::Decision`]
/// when the record yields no entry.
pub fn entry_from_decision_json(record_json: &str) -> Result<String, DecisionJsonError> {
    let record = DisclosureRecord::from_json(record_json)?;
    let entry = Entry::from_decision(&record)?;
    Ok(serde_json::to_string(&DerivedEntry(&entry)).unwrap_or_default())
}

/// An entry [`Entry::from_decision`] made, as [`Entry::to_json`] writes it. Written out here, for
/// the fields such an entry has (no history yet), so that a surface that derives entries without
/// keeping a registry (the npm package's full entry) does not carry the serialisers of every event
/// kind: 7.8 kB of its gzipped module.
struct DerivedEntry<'a>(&'a Entry);

impl serde::Serialize for DerivedEntry<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let e = self.0;
        let mut st = s.serialize_struct("Entry", 10)?;
        st.serialize_field("id", &e.id)?;
        st.serialize_field("subject", &DerivedSubject(&e.subject))?;
        st.serialize_field("conduct", &DerivedConduct(&e.conduct))?;
        if let Some(f) = &e.facts {
            st.serialize_field("facts", f)?;
        }
        st.serialize_field("decision", &DerivedDecision(&e.decision))?;
        st.serialize_field("legalBasis", &DerivedBasis(&e.legal_basis))?;
        st.serialize_field("bars", &e.bars)?;
        if let Some(b) = &e.ban {
            st.serialize_field("ban", &DerivedBan(b))?;
        }
        st.serialize_field("listedOn", &e.listed_on.to_string())?;
        if let Some(c) = &e.credit_class {
            st.serialize_field("creditClass", c)?;
        }
        st.end()
    }
}

struct DerivedSubject<'a>(&'a Subject);

impl serde::Serialize for DerivedSubject<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Subject", 4)?;
        match self.0 {
            Subject::Organization {
                name,
                credit_code,
                address,
            } => {
                st.serialize_field("kind", "organization")?;
                st.serialize_field("name", name)?;
                if let Some(c) = credit_code {
                    st.serialize_field("creditCode", c.as_str())?;
                }
                if let Some(a) = address {
                    st.serialize_field("address", a)?;
                }
            }
            Subject::Person { name, id_number } => {
                st.serialize_field("kind", "person")?;
                st.serialize_field("name", name)?;
                st.serialize_field("idNumber", id_number.as_str())?;
            }
        }
        st.end()
    }
}

struct DerivedConduct<'a>(&'a super::Conduct);

impl serde::Serialize for DerivedConduct<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Conduct", 2)?;
        st.serialize_field("category", self.0.category())?;
        if let super::Conduct::Other { description } = self.0 {
            st.serialize_field("description", description)?;
        }
        st.end()
    }
}

struct DerivedDecision<'a>(&'a Decision);

impl serde::Serialize for DerivedDecision<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let d = self.0;
        let mut st = s.serialize_struct("Decision", 4)?;
        st.serialize_field("authority", &d.authority)?;
        st.serialize_field("number", &d.number)?;
        st.serialize_field("date", &d.date.to_string())?;
        if let Some(p) = &d.penalty {
            st.serialize_field("penalty", p)?;
        }
        st.end()
    }
}

struct DerivedBasis<'a>(&'a BanBasis);

impl serde::Serialize for DerivedBasis<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("BanBasis", 7)?;
        st.serialize_field("provision", self.0.code())?;
        if let BanBasis::Other {
            document,
            article,
            min_months,
            max_months,
            publication_months,
            verification,
        } = self.0
        {
            st.serialize_field("document", document)?;
            if let Some(a) = article {
                st.serialize_field("article", a)?;
            }
            for (key, value) in [
                ("minMonths", min_months),
                ("maxMonths", max_months),
                ("publicationMonths", publication_months),
            ] {
                if let Some(v) = value {
                    st.serialize_field(key, v)?;
                }
            }
            if *verification != crate::Verification::R {
                st.serialize_field("verification", verification)?;
            }
        }
        st.end()
    }
}

struct DerivedBan<'a>(&'a super::Ban);

impl serde::Serialize for DerivedBan<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Ban", 2)?;
        if let Some(d) = &self.0.start {
            st.serialize_field("start", &d.to_string())?;
        }
        st.serialize_field("months", &self.0.months)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::blacklist::EntryStatus;

    fn record() -> serde_json::Value {
        serde_json::json!({
            "id": "YJ-CZ-CF-2024-7", "domain": "governmentProcurement",
            "item": "procurementPenaltyDecision", "title": "云江市财政局行政处罚决定书",
            "responsibleBody": {"name": "云江市财政局"},
            "formedOn": "2024-07-22", "publishedOn": "2024-07-26", "status": "published",
            "channels": ["ccgp"],
            "content": {"partyName": "广东智联数据科技有限公司",
                        "partyAddress": "云江市云城区科技路8号",
                        "violationFacts": "提供虚假的业绩证明材料",
                        "penalty": "罚款，列入不良行为记录名单，一年内禁止参加政府采购活动",
                        "authority": "云江市财政局", "decisionNumber": "云财采罚〔2024〕7号"},
            "parties": [{"role": "sanctioned", "name": "广东智联数据科技有限公司",
                         "creditCode": "91445400MAH8P03Q3P"}],
            "events": {"decisionOn": "2024-07-22"},
            "sanction": {"legalBasis": {"provision": "procurementLaw77"},
                         "conduct": {"category": "falseMaterials"}, "ban": {"months": 12}}
        })
    }

    fn derive(v: serde_json::Value) -> Result<Entry, DecisionError> {
        let r = DisclosureRecord::from_json(&v.to_string()).expect("a record");
        Entry::from_decision(&r)
    }

    fn d(s: &str) -> chrono::NaiveDate {
        s.parse().unwrap()
    }

    /// 政府采购法 Art 77: 列入不良行为记录名单，在一至三年内禁止参加政府采购活动 — the decision's
    /// one-year ban is the entry's, barring procurement from the decision date, listed from the
    /// day it was published.
    #[test]
    fn a_procurement_ban_yields_its_entry_zfcgf_77() {
        let e = derive(record()).unwrap();
        assert_eq!(e.id, "YJ-CZ-CF-2024-7");
        assert_eq!(e.subject.name(), "广东智联数据科技有限公司");
        assert_eq!(e.subject.address(), Some("云江市云城区科技路8号"));
        assert_eq!(e.bars, Bars::Domain(crate::Domain::GovernmentProcurement));
        assert_eq!(e.legal_basis, BanBasis::ProcurementLaw77);
        assert_eq!(e.decision.authority, "云江市财政局");
        assert_eq!(e.decision.date, d("2024-07-22"));
        assert_eq!(e.listed_on, d("2024-07-26"));
        assert_eq!(e.facts.as_deref(), Some("提供虚假的业绩证明材料"));
        assert_eq!(e.ban_term(d("2024-08-01")).unwrap().end, d("2025-07-22"));
        assert_eq!(e.status(d("2024-08-01")), EntryStatus::Active);
        assert!(Entry::from_json(&e.to_json()).is_ok());
    }

    /// 招标投标法 Art 54 with 实施条例 Art 68: 取消其1年至3年内参加依法必须进行招标的项目的投标资格,
    /// for a person named by ID number.
    #[test]
    fn a_tendering_ban_on_a_person_ztbf_54() {
        let mut v = record();
        v["domain"] = "constructionBidding".into();
        v["item"] = "biddingPenaltyDecision".into();
        v["parties"] = serde_json::json!([{"role": "sanctioned", "name": "林某某",
                                           "idNumber": "11010519491231002X"}]);
        v["sanction"] = serde_json::json!({"legalBasis": {"provision": "biddingLaw54"},
                                           "conduct": {"category": "biddingInAnotherName"},
                                           "ban": {"months": 24}});
        let e = derive(v).unwrap();
        assert!(e.subject.is_person());
        assert_eq!(e.bars, Bars::Domain(crate::Domain::ConstructionBidding));
    }

    /// Every fact the entry needs and the record does not state is named, in record order.
    #[test]
    fn missing_facts_are_all_named() {
        let mut v = record();
        v["content"]
            .as_object_mut()
            .unwrap()
            .remove("decisionNumber");
        v["events"] = serde_json::json!({});
        v["sanction"] = serde_json::json!({"ban": {"months": 12}});
        let err = derive(v).unwrap_err();
        assert_eq!(err.code(), "decision.facts_missing");
        assert_eq!(
            err,
            DecisionError::FactsMissing {
                facts: vec![
                    "/content/decisionNumber".into(),
                    "/events/decisionOn".into(),
                    "/sanction/legalBasis".into(),
                    "/sanction/conduct".into(),
                ]
            }
        );
        assert_eq!(err.path(), "/content/decisionNumber");
        assert!(err.message(Lang::ZhCn).contains("/events/decisionOn"));
        let mut v = record();
        v.as_object_mut().unwrap().remove("sanction");
        v["parties"][0]
            .as_object_mut()
            .unwrap()
            .remove("creditCode");
        let err = derive(v).unwrap_err();
        assert_eq!(
            err,
            DecisionError::FactsMissing {
                facts: vec!["/parties/0/creditCode".into(), "/sanction".into()]
            }
        );
        let mut v = record();
        v["sanction"]["legalBasis"] =
            serde_json::json!({"provision": "other", "document": "云江市公共资源交易管理办法"});
        let err = derive(v).unwrap_err();
        assert_eq!(err.path(), "/sanction/bars");
        let mut v = record();
        v["status"] = "draft".into();
        v.as_object_mut().unwrap().remove("publishedOn");
        assert_eq!(derive(v).unwrap_err().path(), "/publishedOn");
    }

    /// 政府采购法 Art 77 bans one to three years: a four-year ban is refused with the blacklist's
    /// own code; a ban missing where Art 77 imposes one too.
    #[test]
    fn the_entry_is_held_to_the_provision_zfcgf_77() {
        let mut v = record();
        v["sanction"]["ban"]["months"] = 48.into();
        assert_eq!(derive(v).unwrap_err().code(), "blacklist.ban_out_of_range");
        let mut v = record();
        v["sanction"].as_object_mut().unwrap().remove("ban");
        assert_eq!(derive(v).unwrap_err().code(), "blacklist.ban_missing");
        let mut v = record();
        v["sanction"]["legalBasis"] = serde_json::json!({"provision": "biddingLaw53"});
        assert_eq!(
            derive(v).unwrap_err(),
            DecisionError::ProvisionOutsideDomain {
                provision: "biddingLaw53"
            }
        );
    }

    /// [`DecisionError::CODES`] are the codes of the variants without an error inside.
    #[test]
    fn codes_are_the_variants_codes() {
        let own = [
            DecisionError::NotADecision {
                item: ItemKind::ProcurementResult,
            },
            DecisionError::Withdrawn,
            DecisionError::FactsMissing { facts: vec![] },
            DecisionError::SeveralSanctioned { count: 2 },
            DecisionError::SubjectAmbiguous { index: 0 },
            DecisionError::ProvisionOutsideDomain {
                provision: "biddingLaw53",
            },
        ];
        let codes: Vec<&str> = own.iter().map(DecisionError::code).collect();
        assert_eq!(codes, DecisionError::CODES);
        for e in &own {
            assert_eq!(e.message(Lang::En), e.to_string());
            assert_ne!(e.message(Lang::ZhCn), e.to_string());
        }
        let bad = DecisionError::InvalidIdentifier {
            index: 0,
            error: InvalidIdentifier::CreditCode(crate::ids::UsccError::WrongLength { len: 3 }),
        };
        assert_eq!(bad.code(), "uscc.wrong_length");
        assert_eq!(bad.message(Lang::En), bad.to_string());
    }

    #[test]
    fn the_json_function_names_its_errors() {
        let e = entry_from_decision_json(r#"{"id": 1}"#).unwrap_err();
        assert_eq!(e.code(), "input.invalid_json");
        assert!(matches!(e, DecisionJsonError::Record(_)));
        let json = entry_from_decision_json(&record().to_string()).unwrap();
        assert_eq!(Entry::from_json(&json).unwrap(), derive(record()).unwrap());
        // The derived entry's JSON is Entry::to_json's, byte for byte, whatever its fields.
        let mut person = record();
        person["parties"] = serde_json::json!([{"role": "sanctioned", "name": "林某某",
                                                "idNumber": "11010519491231002X"}]);
        let mut other = record();
        other["sanction"] = serde_json::json!({
            "legalBasis": {"provision": "other", "document": "云江市公共资源交易管理办法",
                           "article": "第三十条", "minMonths": 6, "maxMonths": 24,
                           "publicationMonths": 12, "verification": "V-text"},
            "conduct": {"category": "other", "description": "围标"},
            "bars": "allPublicResourceTrading", "ban": {"start": "2024-08-01", "months": 6}});
        let mut bare = record();
        bare["content"]
            .as_object_mut()
            .unwrap()
            .remove("violationFacts");
        bare["content"]
            .as_object_mut()
            .unwrap()
            .remove("partyAddress");
        bare["content"].as_object_mut().unwrap().remove("penalty");
        bare["sanction"] = serde_json::json!({"legalBasis": {"provision": "biddingLaw54"},
                                             "conduct": {"category": "fraudulentWinning"}});
        bare["domain"] = "constructionBidding".into();
        bare["item"] = "biddingPenaltyDecision".into();
        for v in [record(), person, other, bare] {
            let entry = derive(v.clone()).unwrap();
            assert_eq!(
                entry_from_decision_json(&v.to_string()).unwrap(),
                entry.to_json()
            );
        }
        let mut v = record();
        v["status"] = "withdrawn".into();
        let e = entry_from_decision_json(&v.to_string()).unwrap_err();
        assert_eq!(e, DecisionJsonError::Decision(DecisionError::Withdrawn));
        assert!(e.message(Lang::ZhCn).contains("撤回"));
    }

    #[test]
    fn other_refusals_have_their_codes() {
        let mut v = record();
        v["item"] = "procurementResult".into();
        assert_eq!(derive(v).unwrap_err().code(), "decision.not_a_decision");
        let mut v = record();
        v["status"] = "withdrawn".into();
        assert_eq!(derive(v).unwrap_err().code(), "decision.withdrawn");
        let mut v = record();
        let p = v["parties"][0].clone();
        v["parties"] = serde_json::json!([p.clone(), p]);
        assert_eq!(derive(v).unwrap_err().code(), "decision.several_sanctioned");
        let mut v = record();
        v["parties"][0]["idNumber"] = "11010519491231002X".into();
        assert_eq!(derive(v).unwrap_err().code(), "decision.subject_ambiguous");
        let mut v = record();
        v["parties"][0]["creditCode"] = "91445400MAH8P03Q3A".into();
        let err = derive(v).unwrap_err();
        assert_eq!(err.path(), "/parties/0/creditCode");
        assert!(err.code().starts_with("uscc."), "{}", err.code());
        for lang in [Lang::ZhCn, Lang::En] {
            assert!(!err.message(lang).is_empty());
        }
    }
}
