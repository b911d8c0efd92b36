//! A hit: an entry a query matched, what matched, and the hit explained in words.

use chrono::NaiveDate;
use serde::Serialize;

use super::entry_ref::EntryRef;
use super::{BanTerm, Bars, Conduct, EntryStatus};
use crate::model::record::PartyRole;
use crate::{Domain, Lang, LegalBasis};

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
    pub(super) fn render(&self, lang: Lang, named: bool) -> String {
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
#[non_exhaustive]
pub struct PartyHit {
    /// The party's role in the record.
    pub role: PartyRole,
    /// The party's name as the record gives it.
    pub party_name: String,
    /// The hit.
    pub hit: HitDetail,
    /// The message in Chinese and in English, written when the hit is found: the code that
    /// writes them then goes only where screening does.
    messages: [String; 2],
}

impl PartyHit {
    /// A party's hit, with its messages.
    pub fn new(role: PartyRole, party_name: String, hit: HitDetail) -> PartyHit {
        let mut found = PartyHit {
            role,
            party_name,
            hit,
            messages: Default::default(),
        };
        found.messages = [found.render(Lang::ZhCn), found.render(Lang::En)];
        found
    }

    /// The finding's message.
    pub fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::ZhCn => self.messages[0].clone(),
            Lang::En => self.messages[1].clone(),
        }
    }

    fn render(&self, lang: Lang) -> String {
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
