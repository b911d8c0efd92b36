//! Screening a subject against the registry as of a date, each hit explained, and "not the same
//! subject" decisions that silence a name match.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::index::Summary;
use super::registry::{EntryRef, Registry, Stamp, judge};
use super::status::day_number;
use super::{BanTerm, Bars, BlacklistError, Conduct, EntryStatus};
use crate::ids::{
    IdNumberError, NormalizedName, ResidentIdNumber, UnifiedSocialCreditCode, UsccError,
    normalize_org_name,
};
use crate::model::record::{Party, PartyRole};
use crate::{Domain, Error, Lang, LegalBasis};

/// Who is screened: a name, and the identifiers known.
///
/// # Example
/// ```
/// use gongkai::blacklist::Identity;
/// let who: Identity = serde_json::from_str(
///     r#"{"name":"云江市骏达建筑工程有限公司","creditCode":"91445400MAJ5XUUC70"}"#).unwrap();
/// assert!(who.credit_code.is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Identity {
    /// The name as given (matched after [`normalize_org_name`]).
    pub name: String,
    /// A 统一社会信用代码.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<UnifiedSocialCreditCode>,
    /// A 身份证号码.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<ResidentIdNumber>,
}

impl Identity {
    /// An organisation.
    pub fn organization(
        name: impl Into<String>,
        credit_code: Option<UnifiedSocialCreditCode>,
    ) -> Identity {
        Identity {
            name: name.into(),
            credit_code,
            id_number: None,
        }
    }

    /// A natural person.
    pub fn person(name: impl Into<String>, id_number: ResidentIdNumber) -> Identity {
        Identity {
            name: name.into(),
            credit_code: None,
            id_number: Some(id_number),
        }
    }

    /// The identity of a record's party; an identifier that does not validate is left out and
    /// reported.
    pub fn from_party(party: &Party) -> (Identity, Vec<QueryIssue>) {
        parse_identity(
            &party.name,
            party.credit_code.as_deref(),
            party.id_number.as_deref(),
        )
    }

    fn key(&self) -> QueryKey {
        match (&self.credit_code, &self.id_number) {
            (Some(c), _) => QueryKey::Code(*c),
            (None, Some(p)) => QueryKey::Person(*p),
            (None, None) => QueryKey::Name(normalize_org_name(&self.name)),
        }
    }
}

fn parse_identity(
    name: &str,
    credit_code: Option<&str>,
    id_number: Option<&str>,
) -> (Identity, Vec<QueryIssue>) {
    let mut issues = Vec::new();
    let credit_code = credit_code.and_then(|c| {
        UnifiedSocialCreditCode::parse(c)
            .map_err(|e| issues.push(QueryIssue(InvalidIdentifier::CreditCode(e))))
            .ok()
    });
    let id_number = id_number.and_then(|c| {
        ResidentIdNumber::parse(c)
            .map_err(|e| issues.push(QueryIssue(InvalidIdentifier::IdNumber(e))))
            .ok()
    });
    (
        Identity {
            name: name.to_owned(),
            credit_code,
            id_number,
        },
        issues,
    )
}

/// What a "not the same subject" decision is about: the query's credit code, else its ID number,
/// else its normalised name.
#[derive(Debug, PartialEq, Eq)]
enum QueryKey {
    Code(UnifiedSocialCreditCode),
    Person(ResidentIdNumber),
    Name(NormalizedName),
}

/// A screening request as JSON, the shape the C and WASM surfaces take:
/// `{"name": "...", "creditCode"?: "...", "idNumber"?: "...", "domain"?: "governmentProcurement"}`.
///
/// Identifiers are taken as text: one that does not validate is reported in the result's
/// `queryIssues` and screening goes on with the rest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ScreenQuery {
    /// The name.
    pub name: String,
    /// A 统一社会信用代码, as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_code: Option<String>,
    /// A 身份证号码, as typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    /// The domain to judge barring for; absent: any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<Domain>,
}

impl ScreenQuery {
    /// Parses a request.
    ///
    /// # Errors
    /// [`Error::Parse`] naming the field.
    pub fn from_json(json: &str) -> Result<ScreenQuery, Error> {
        crate::parse::from_json(json)
    }

    /// The identity to screen, and the identifiers that did not validate.
    pub fn identity(&self) -> (Identity, Vec<QueryIssue>) {
        parse_identity(
            &self.name,
            self.credit_code.as_deref(),
            self.id_number.as_deref(),
        )
    }
}

/// An identifier that does not validate, with what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum InvalidIdentifier {
    /// A 统一社会信用代码 (GB 32100-2015).
    CreditCode(UsccError),
    /// A 身份证号码 (GB 11643-1999).
    IdNumber(IdNumberError),
}

impl InvalidIdentifier {
    /// The JSON field: `"creditCode"` or `"idNumber"`.
    pub fn field(&self) -> &'static str {
        match self {
            InvalidIdentifier::CreditCode(_) => "creditCode",
            InvalidIdentifier::IdNumber(_) => "idNumber",
        }
    }

    /// The identifier error's stable code (`"uscc.bad_check_character"`).
    pub fn code(&self) -> &'static str {
        match self {
            InvalidIdentifier::CreditCode(e) => e.code(),
            InvalidIdentifier::IdNumber(e) => e.code(),
        }
    }

    /// What is wrong. An ID number's digits are never repeated: the message may be shown to
    /// people who should not see them.
    pub fn message(&self, lang: Lang) -> String {
        use IdNumberError as I;
        use UsccError as U;
        let zh = lang == Lang::ZhCn;
        match self {
            InvalidIdentifier::CreditCode(e) => {
                if !zh {
                    return format!("invalid unified social credit code: {e}");
                }
                let why = match e {
                    U::WrongLength { len } => format!("应为18位，实为{len}位"),
                    U::InvalidCharacter { position, found } => {
                        format!("第{position}位「{found}」不是允许的字符")
                    }
                    U::BadRegistrationAuthority { found } => {
                        format!("第1位「{found}」不是登记管理部门代码")
                    }
                    U::BadEntityType { authority, found } => {
                        format!("第2位「{found}」不是登记管理部门「{authority}」的机构类别代码")
                    }
                    U::BadRegionCode { region } => {
                        format!("登记管理机关行政区划码{region:06}无效")
                    }
                    U::BadOrganizationCode { expected, found } => {
                        format!("主体标识码校验位应为「{expected}」，实为「{found}」")
                    }
                    U::BadCheckCharacter { expected, found } => {
                        format!("校验码应为「{expected}」，实为「{found}」")
                    }
                };
                format!("统一社会信用代码无效：{why}")
            }
            InvalidIdentifier::IdNumber(e) => {
                let (z, en) = match e {
                    I::WrongLength { len } => (
                        format!("应为18位，实为{len}位"),
                        format!("it has {len} characters, not 18"),
                    ),
                    I::InvalidCharacter { position, .. } => (
                        format!("第{position}位不是数字（末位可为X）"),
                        format!("position {position} is not a digit (the last may be X)"),
                    ),
                    I::BadRegionCode { .. } => (
                        "地址码不是有效的省级行政区划代码开头".to_owned(),
                        "the address code does not start with a province-level code".to_owned(),
                    ),
                    I::BadBirthDate { .. } => (
                        "出生日期不是真实日期".to_owned(),
                        "the birth date is not a real date".to_owned(),
                    ),
                    I::BadCheckCharacter { .. } => (
                        "校验码错误".to_owned(),
                        "the check character is wrong".to_owned(),
                    ),
                    I::BirthDateInFuture { .. } => (
                        "出生日期晚于当日".to_owned(),
                        "the birth date is in the future".to_owned(),
                    ),
                };
                if zh {
                    format!("居民身份证号码无效：{z}")
                } else {
                    format!("invalid resident ID number: {en}")
                }
            }
        }
    }
}

/// An identifier in a query that did not validate and was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryIssue(pub InvalidIdentifier);

/// What a hit matched on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum MatchedOn {
    /// The 统一社会信用代码: the same subject.
    CreditCode,
    /// The 身份证号码: the same person.
    IdNumber,
    /// The normalised organisation name only: possibly the same subject.
    Name,
}

impl MatchedOn {
    /// True for an identifier match.
    pub fn is_identifier(self) -> bool {
        self != MatchedOn::Name
    }

    fn name_zh(self) -> &'static str {
        match self {
            MatchedOn::CreditCode => "统一社会信用代码一致",
            MatchedOn::IdNumber => "身份证号码一致",
            MatchedOn::Name => "仅名称一致",
        }
    }

    fn name_en(self) -> &'static str {
        match self {
            MatchedOn::CreditCode => "same credit code",
            MatchedOn::IdNumber => "same ID number",
            MatchedOn::Name => "same name only",
        }
    }
}

/// An entry that a query matched.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScreenHit<'r> {
    /// The entry.
    pub entry: EntryRef<'r>,
    /// What matched.
    pub matched_on: MatchedOn,
    /// The entry's status on the screening date.
    pub status: EntryStatus,
    /// True when the entry bars the domain (any domain, when none was given) on that date.
    pub bars: bool,
}

/// A name match silenced by a "not the same subject" decision.
#[derive(Debug, Clone, Copy)]
pub struct Suppressed<'r> {
    /// The entry.
    pub entry: EntryRef<'r>,
    /// The decision.
    pub decision: &'r NotSame,
}

/// A person's decision that a query and an entry are not the same subject.
///
/// It applies from its date to queries with the same key: the credit code if the query had one,
/// else its ID number, else its normalised name. It can only silence a name match: an
/// identifier is proof of identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NotSame {
    /// The query as it was decided on.
    pub query: Identity,
    /// The entry.
    pub entry_id: String,
    /// When it was decided.
    #[serde(deserialize_with = "crate::date::de")]
    pub date: NaiveDate,
    /// Who decided.
    pub actor: String,
    /// Why.
    pub reason: String,
}

/// The outcome of screening one subject as of a date.
#[derive(Debug, Clone)]
pub struct ScreenResult<'r> {
    /// The screening date.
    pub as_of: NaiveDate,
    /// The domain barring was judged for; `None`: any.
    pub domain: Option<Domain>,
    /// Identifier matches first, then name matches, each in registry order.
    pub hits: Vec<ScreenHit<'r>>,
    /// Name matches a decision silenced.
    pub suppressed: Vec<Suppressed<'r>>,
    /// Identifiers of the query that did not validate.
    pub issues: Vec<QueryIssue>,
}

impl ScreenResult<'_> {
    /// True when an entry matched by identifier bars the subject.
    pub fn barred(&self) -> bool {
        self.hits
            .iter()
            .any(|h| h.bars && h.matched_on.is_identifier())
    }

    /// True when an entry matched by name only would bar the subject: a person must check.
    pub fn possible_match(&self) -> bool {
        self.hits
            .iter()
            .any(|h| h.bars && !h.matched_on.is_identifier())
    }

    /// The explanation of each hit, owned.
    pub fn details(&self) -> Vec<HitDetail> {
        self.hits
            .iter()
            .map(|h| h.detail(self.as_of, self.domain))
            .collect()
    }

    /// The result as JSON in one language:
    ///
    /// ```json
    /// { "asOf": "2024-08-09", "domain": "governmentProcurement", "barred": true,
    ///   "possibleMatch": false,
    ///   "hits": [ { "entryId", "matchedOn": "creditCode", "status": "active", "bars": true,
    ///               "message", "legalBasis": { "document", "article", "verification" },
    ///               "subject", "authority", "decisionNumber", "decidedOn",
    ///               "barredScope": "governmentProcurement", "conduct": "falseMaterials",
    ///               "ban": { "start", "end", "months" }, "publishedUntil": "2025-07-22" } ],
    ///   "suppressed": [ { "entryId", "date", "actor", "reason" } ],
    ///   "queryIssues": [ { "field": "creditCode", "code": "uscc.bad_check_character",
    ///                      "message" } ] }
    /// ```
    ///
    /// `domain` and a hit's `ban` are `null` when absent; the arrays are always there.
    pub fn to_json(&self, lang: Lang) -> String {
        serde_json::to_string(&self.view(lang)).expect("a screening result always serialises")
    }

    fn view(&self, lang: Lang) -> ResultJson<'_> {
        ResultJson {
            as_of: self.as_of,
            domain: self.domain,
            barred: self.barred(),
            possible_match: self.possible_match(),
            hits: self
                .details()
                .into_iter()
                .map(|d| HitJson {
                    message: d.message(lang),
                    entry_id: d.entry_id,
                    matched_on: d.matched_on,
                    status: d.status,
                    bars: d.bars,
                    legal_basis: d.legal_basis,
                    subject: d.subject_name,
                    authority: d.authority,
                    decision_number: d.decision_number,
                    decided_on: d.decided_on,
                    barred_scope: d.barred_scope.as_str(),
                    conduct: d.conduct.category(),
                    ban: d.ban,
                    published_until: d.published_until,
                })
                .collect(),
            suppressed: self
                .suppressed
                .iter()
                .map(|s| SuppressedJson {
                    entry_id: s.entry.id(),
                    date: s.decision.date,
                    actor: &s.decision.actor,
                    reason: &s.decision.reason,
                })
                .collect(),
            query_issues: self
                .issues
                .iter()
                .map(|i| IssueJson {
                    field: i.0.field(),
                    code: i.0.code(),
                    message: i.0.message(lang),
                })
                .collect(),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultJson<'a> {
    as_of: NaiveDate,
    domain: Option<Domain>,
    barred: bool,
    possible_match: bool,
    hits: Vec<HitJson>,
    suppressed: Vec<SuppressedJson<'a>>,
    query_issues: Vec<IssueJson>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HitJson {
    entry_id: String,
    matched_on: MatchedOn,
    status: EntryStatus,
    bars: bool,
    message: String,
    legal_basis: LegalBasis,
    subject: String,
    authority: String,
    decision_number: String,
    decided_on: NaiveDate,
    barred_scope: &'static str,
    conduct: &'static str,
    ban: Option<BanTerm>,
    published_until: NaiveDate,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SuppressedJson<'a> {
    entry_id: &'a str,
    date: NaiveDate,
    actor: &'a str,
    reason: &'a str,
}

#[derive(Serialize)]
struct IssueJson {
    field: &'static str,
    code: &'static str,
    message: String,
}

/// A hit explained, owned: the entry's record as the register showed it on the screening date.
#[derive(Debug, Clone, PartialEq)]
pub struct HitDetail {
    /// The entry's id.
    pub entry_id: String,
    /// What matched.
    pub matched_on: MatchedOn,
    /// The status on the screening date.
    pub status: EntryStatus,
    /// True when it bars the domain on that date.
    pub bars: bool,
    /// The listed subject's name.
    pub subject_name: String,
    /// The deciding authority.
    pub authority: String,
    /// The decision document number.
    pub decision_number: String,
    /// The decision date.
    pub decided_on: NaiveDate,
    /// The provision the ban rests on.
    pub legal_basis: LegalBasis,
    /// The ban on that date.
    pub ban: Option<BanTerm>,
    /// The last day the entry is published, as the register showed it on that date.
    pub published_until: NaiveDate,
    /// What the entry bars.
    pub barred_scope: Bars,
    /// The conduct.
    pub conduct: Conduct,
    /// The screening date.
    pub as_of: NaiveDate,
    /// The domain judged.
    pub domain: Option<Domain>,
}

impl ScreenHit<'_> {
    /// The hit explained as of `as_of` for `domain`.
    pub fn detail(&self, as_of: NaiveDate, domain: Option<Domain>) -> HitDetail {
        let e = self.entry.to_entry().as_of(as_of);
        HitDetail {
            entry_id: e.id,
            matched_on: self.matched_on,
            status: self.status,
            bars: self.bars,
            subject_name: e.subject.name().to_owned(),
            authority: e.decision.authority,
            decision_number: e.decision.number,
            decided_on: e.decision.date,
            legal_basis: e.legal_basis.legal_basis(),
            ban: self.entry.ban_term(as_of),
            published_until: self.entry.publication(as_of).until,
            barred_scope: e.bars,
            conduct: e.conduct,
            as_of,
            domain,
        }
    }
}

impl HitDetail {
    fn citation(&self) -> String {
        format!(
            "《{}》{}",
            self.legal_basis.document,
            self.legal_basis.article.as_deref().unwrap_or("")
        )
    }

    fn citation_en(&self) -> String {
        let b = &self.legal_basis;
        match &b.article {
            Some(a) => format!("{} {a}", b.document),
            None => b.document.clone(),
        }
    }

    /// Why the hit matters, in one language: the entry (decision number, authority), the law,
    /// and whether it bars on the date.
    pub fn message(&self, lang: Lang) -> String {
        self.render(lang, true)
    }

    /// The message; without the subject's name when the caller has just named it.
    fn render(&self, lang: Lang, named: bool) -> String {
        let zh = lang == Lang::ZhCn;
        let (name, auth, num, dec, on) = (
            &self.subject_name,
            &self.authority,
            &self.decision_number,
            self.decided_on,
            self.as_of,
        );
        let scope = if zh {
            self.barred_scope.name_zh().to_owned()
        } else {
            lower_first(self.barred_scope.name_en())
        };
        let who = match (named, zh) {
            (false, _) => String::new(),
            (true, true) => format!("「{name}」"),
            (true, false) => format!("\"{name}\" "),
        };
        let (start, end) = self.ban.map_or((String::new(), String::new()), |t| {
            (t.start.to_string(), t.end.to_string())
        });
        let cite = if zh {
            self.citation()
        } else {
            self.citation_en()
        };
        match (self.bars, self.matched_on.is_identifier(), zh) {
            (true, true, true) => format!(
                "{who}（{}）已被{auth}以{num}（{dec}）列入黑名单，依据{cite}自{start}至{end}禁止参加{scope}活动，{on}在禁止期内",
                self.matched_on.name_zh()
            ),
            (true, true, false) => format!(
                "{who}({}) is listed by {auth}, decision {num} of {dec}, under {cite}: barred from {scope} from {start} to {end}, which covers {on}",
                self.matched_on.name_en()
            ),
            (true, false, true) => format!(
                "名称与黑名单记录{}「{name}」相同（{auth}{num}，依据{cite}自{start}至{end}禁止参加{scope}活动），但没有统一社会信用代码或身份证号码可以核实，请人工核实是否为同一主体",
                self.entry_id
            ),
            (true, false, false) => format!(
                "the name matches blacklist entry {} \"{name}\" ({auth}, decision {num}, under {cite}: barred from {scope} from {start} to {end}), but no credit code or ID number confirms it: check whether it is the same subject",
                self.entry_id
            ),
            (false, _, true) => {
                let not = match self.domain {
                    Some(d) => format!("不禁止参加{}活动", d.name_zh()),
                    None => "不在禁止期内".to_owned(),
                };
                format!(
                    "黑名单记录{}「{name}」（{auth}{num}，{}）{on}的状态为「{}」，{not}",
                    self.entry_id,
                    self.matched_on.name_zh(),
                    self.status.name_zh()
                )
            }
            (false, _, false) => {
                let not = match self.domain {
                    Some(d) => format!("does not bar {}", lower_first(d.name_en())),
                    None => "bars nothing".to_owned(),
                };
                format!(
                    "blacklist entry {} \"{name}\" ({auth}, decision {num}; {}) is {} on {on} and {not}",
                    self.entry_id,
                    self.matched_on.name_en(),
                    self.status.name_en()
                )
            }
        }
    }
}

/// A record's party found on the blacklist: the detail of a `blacklist.*` finding.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyHit {
    /// The party's role in the record.
    pub role: PartyRole,
    /// The party's name as the record gives it.
    pub party_name: String,
    /// The hit.
    pub hit: HitDetail,
}

impl PartyHit {
    /// The finding's message.
    pub fn message(&self, lang: Lang) -> String {
        // An identifier match is the party itself: say so in one sentence.
        let barred = self.hit.bars && self.hit.matched_on.is_identifier();
        match (lang, barred) {
            (Lang::ZhCn, true) => format!(
                "{}「{}」{}",
                self.role.name_zh(),
                self.party_name,
                self.hit.render(lang, false)
            ),
            (Lang::En, true) => format!(
                "{} \"{}\" {}",
                self.role.name_en(),
                self.party_name,
                self.hit.render(lang, false)
            ),
            (Lang::ZhCn, false) => format!(
                "{}「{}」：{}",
                self.role.name_zh(),
                self.party_name,
                self.hit.message(lang)
            ),
            (Lang::En, false) => format!(
                "{} \"{}\": {}",
                self.role.name_en(),
                self.party_name,
                self.hit.message(lang)
            ),
        }
    }
}

/// "Government procurement" in the middle of a sentence.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// Adds a hit already judged, once.
fn push_judged<'r>(
    result: &mut ScreenResult<'r>,
    reg: &'r Registry,
    idx: u32,
    matched_on: MatchedOn,
    (status, bars): (EntryStatus, bool),
) {
    if result.hits.iter().any(|h| h.entry.idx == idx) {
        return;
    }
    result.hits.push(ScreenHit {
        entry: EntryRef { reg, idx },
        matched_on,
        status,
        bars,
    });
}

impl Registry {
    /// Screens one subject as of `as_of`, judging barring for `domain` (any domain when
    /// `None`).
    ///
    /// Identifiers first: every entry whose credit code or ID number on that date is the
    /// query's. Then the organisation name, normalised ([`normalize_org_name`]): entries with the
    /// same normal form on that date, unless both sides carry credit codes that differ (two
    /// codes, two subjects) or a [`NotSame`] decision silences the pair. People are matched by ID
    /// number only: a person's name identifies nobody.
    ///
    /// # Example
    /// ```
    /// # use gongkai::blacklist::{Entry, Identity, MatchedOn, Registry};
    /// # let mut reg = Registry::new();
    /// # reg.add(Entry::from_json(r#"{"id":"BL-9","subject":{"kind":"organization","name":"广东粤通信息工程有限公司"},
    /// #  "conduct":{"category":"collusiveBidding"},"decision":{"authority":"广东省财政厅",
    /// #  "number":"粤财采罚〔2024〕21号","date":"2024-05-06"},"legalBasis":{"provision":"procurementLaw77"},
    /// #  "bars":"governmentProcurement","ban":{"months":24},"listedOn":"2024-05-10"}"#)?)?;
    /// let q = Identity::organization("广东粤通信息工程 有限公司", None);
    /// let r = reg.screen(&q, "2024-10-09".parse()?, Some(gongkai::Domain::GovernmentProcurement));
    /// assert_eq!(r.hits[0].matched_on, MatchedOn::Name);
    /// assert!(!r.barred() && r.possible_match());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn screen(
        &self,
        query: &Identity,
        as_of: NaiveDate,
        domain: Option<Domain>,
    ) -> ScreenResult<'_> {
        let mut result = ScreenResult {
            as_of,
            domain,
            hits: Vec::new(),
            suppressed: Vec::new(),
            issues: Vec::new(),
        };
        if self.is_empty() {
            return result;
        }
        if let Some(code) = &query.credit_code {
            let hits = self.by_code(code);
            self.push_identifier_hits(&mut result, hits, MatchedOn::CreditCode, |idx| {
                self.code_on(idx, as_of).as_ref() == Some(code)
            });
        }
        if let Some(id) = &query.id_number {
            let hits = self.by_id_number(id);
            self.push_identifier_hits(&mut result, hits, MatchedOn::IdNumber, |idx| {
                self.id_number_on(idx, as_of).as_ref() == Some(id)
            });
        }
        if query.name.trim().is_empty() {
            return result;
        }
        let norm = normalize_org_name(&query.name);
        if !norm.as_str().is_empty() {
            let fp = super::index::fingerprint(norm.as_str().as_bytes());
            let mut key = None;
            let key_of = || match (&query.credit_code, &query.id_number) {
                (Some(c), _) => QueryKey::Code(*c),
                (None, Some(p)) => QueryKey::Person(*p),
                (None, None) => QueryKey::Name(norm.clone()),
            };
            for idx in self.by_name(&norm) {
                if result.hits.iter().any(|h| h.entry.idx == idx)
                    || !self.name_is(idx, as_of, &norm, fp)
                {
                    continue;
                }
                if let (Some(q), Some(e)) = (&query.credit_code, self.code_on(idx, as_of))
                    && *q != e
                {
                    continue;
                }
                if self.not_same_by_entry.contains_key(&idx) {
                    let key = key.get_or_insert_with(key_of);
                    if let Some(decision) = self.not_same_for(idx, key, as_of) {
                        result.suppressed.push(Suppressed {
                            entry: EntryRef { reg: self, idx },
                            decision,
                        });
                        continue;
                    }
                }
                self.push_hit(&mut result, idx, MatchedOn::Name);
            }
        }
        result
    }

    /// Adds the entries an identifier index gave that show the identifier on the day. One
    /// without history is judged from the summary in its index slot (the identifier there is
    /// the entry's on every date), without reading the entry; the others from the entry, after
    /// `shown` has checked the identifier in force on the day.
    fn push_identifier_hits<'r>(
        &'r self,
        result: &mut ScreenResult<'r>,
        candidates: impl Iterator<Item = (u32, Option<Summary>)>,
        matched_on: MatchedOn,
        shown: impl Fn(u32) -> bool,
    ) {
        let (as_of, domain) = (result.as_of, result.domain);
        let mut day = None;
        for (idx, summary) in candidates {
            let judged = match summary {
                Some(s) => judge(s, *day.get_or_insert_with(|| day_number(as_of)), domain),
                None if shown(idx) => EntryRef { reg: self, idx }.status_and_bars(as_of, domain),
                None => continue,
            };
            push_judged(result, self, idx, matched_on, judged);
        }
    }

    fn push_hit<'r>(&'r self, result: &mut ScreenResult<'r>, idx: u32, matched_on: MatchedOn) {
        if result.hits.iter().any(|h| h.entry.idx == idx) {
            return;
        }
        let entry = EntryRef { reg: self, idx };
        let judged = entry.status_and_bars(result.as_of, result.domain);
        push_judged(result, self, idx, matched_on, judged);
    }

    fn not_same_for(&self, idx: u32, key: &QueryKey, as_of: NaiveDate) -> Option<&NotSame> {
        self.not_same_by_entry
            .get(&idx)?
            .iter()
            .filter_map(|&i| self.not_same.get(i as usize))
            .find(|d| d.date <= as_of && d.query.key() == *key)
    }

    /// Screens several subjects as of one date for one domain.
    pub fn screen_batch(
        &self,
        queries: &[Identity],
        as_of: NaiveDate,
        domain: Option<Domain>,
    ) -> Vec<ScreenResult<'_>> {
        queries
            .iter()
            .map(|q| self.screen(q, as_of, domain))
            .collect()
    }

    /// Screens a [`ScreenQuery`]: identifiers that do not validate are reported and left out.
    pub fn screen_query(&self, query: &ScreenQuery, as_of: NaiveDate) -> ScreenResult<'_> {
        let (identity, issues) = query.identity();
        let mut result = self.screen(&identity, as_of, query.domain);
        result.issues = issues;
        result
    }

    /// Records that `query` and the entry are not the same subject, so that the name match
    /// between them is silenced from `stamp.date` on.
    ///
    /// # Errors
    /// [`BlacklistError::UnknownEntry`]; [`BlacklistError::IdentifierMatch`] when the query
    /// carries the entry's credit code or ID number (an identifier is proof of identity; a wrong
    /// one in the entry is corrected instead); [`BlacklistError::AlreadyMarkedNotSame`];
    /// [`BlacklistError::EmptyField`] for a blank actor or reason.
    pub fn mark_not_same(
        &mut self,
        query: &Identity,
        entry_id: &str,
        stamp: Stamp,
    ) -> Result<(), BlacklistError> {
        let idx = self
            .find_idx(entry_id)
            .ok_or_else(|| BlacklistError::UnknownEntry {
                id: entry_id.to_owned(),
            })?;
        if stamp.actor.trim().is_empty() {
            return Err(BlacklistError::EmptyField { field: "actor" });
        }
        if stamp.reason.trim().is_empty() {
            return Err(BlacklistError::EmptyField { field: "reason" });
        }
        let same_code =
            query.credit_code.is_some() && self.code_on(idx, stamp.date) == query.credit_code;
        let same_id =
            query.id_number.is_some() && self.id_number_on(idx, stamp.date) == query.id_number;
        if same_code || same_id {
            return Err(BlacklistError::IdentifierMatch {
                entry_id: entry_id.to_owned(),
            });
        }
        let key = query.key();
        if self.not_same_for(idx, &key, NaiveDate::MAX).is_some() {
            return Err(BlacklistError::AlreadyMarkedNotSame {
                entry_id: entry_id.to_owned(),
            });
        }
        // Below 2^31 decisions, as entries are.
        let at = self.not_same.len() as u32;
        self.not_same.push(NotSame {
            query: query.clone(),
            entry_id: entry_id.to_owned(),
            date: stamp.date,
            actor: stamp.actor,
            reason: stamp.reason,
        });
        self.not_same_by_entry.entry(idx).or_default().push(at);
        Ok(())
    }

    /// The "not the same subject" decisions, in the order made.
    pub fn not_same_decisions(&self) -> &[NotSame] {
        &self.not_same
    }
}
