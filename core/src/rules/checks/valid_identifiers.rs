//! `validIdentifiers`: every 统一社会信用代码 (unified social credit code, GB 32100) and
//! 身份证号码 (resident ID number, GB 11643) a record gives validates.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;
use crate::blacklist::InvalidIdentifier;
use crate::ids::{ResidentIdNumber, UnifiedSocialCreditCode};
use crate::model::record::PartyRole;

/// Every credit code and ID number a record gives (its parties', its responsible body's)
/// validates.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ValidIdentifiers {}

impl CheckKind for ValidIdentifiers {
    const KIND: &'static str = "validIdentifiers";
    const ABOUT: &'static str = "every credit code and ID number given validates";
}

/// Whose identifier does not validate, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct IdentifierDetail {
    /// The party's role; `None` for the responsible body.
    pub role: Option<PartyRole>,
    /// The holder's name.
    pub holder: String,
    /// The credit code as given. An ID number is never repeated in a finding.
    pub value: Option<String>,
    /// What is wrong.
    pub error: InvalidIdentifier,
}

/// A 统一社会信用代码 that does not validate (GB 32100-2015).
#[derive(Debug, Clone, PartialEq)]
pub struct CreditCodeInvalid(pub Box<IdentifierDetail>);

/// A 身份证号码 that does not validate (GB 11643-1999).
#[derive(Debug, Clone, PartialEq)]
pub struct IdNumberInvalid(pub Box<IdentifierDetail>);

impl FindingDetail for CreditCodeInvalid {
    const CODE: &'static str = "party.credit_code_invalid";
    const ABOUT: &'static str = "a unified social credit code that does not validate";
    fn message(&self, lang: Lang) -> String {
        self.0.message(lang)
    }
}

impl FindingDetail for IdNumberInvalid {
    const CODE: &'static str = "party.id_number_invalid";
    const ABOUT: &'static str = "a resident ID number that does not validate";
    fn message(&self, lang: Lang) -> String {
        self.0.message(lang)
    }
}

impl IdentifierDetail {
    fn message(&self, lang: Lang) -> String {
        let holder = &self.holder;
        let error = self.error.message(lang);
        match lang {
            Lang::ZhCn => {
                let who = match self.role {
                    Some(r) => format!("{}「{holder}」", r.name_zh()),
                    None => format!("公开主体「{holder}」"),
                };
                let value = self.value.as_deref().map(|v| format!("（所填为{v}）"));
                format!("{who}的{error}{}", value.unwrap_or_default())
            }
            Lang::En => {
                let who = match self.role {
                    Some(r) => format!("{} \"{holder}\"", r.name_en()),
                    None => format!("responsible body \"{holder}\""),
                };
                let value = self.value.as_deref().map(|v| format!(" (given: {v})"));
                format!("{who}: {error}{}", value.unwrap_or_default())
            }
        }
    }
}

impl ValidIdentifiers {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<CreditCodeInvalid> + Emit<IdNumberInvalid>,
    {
        let record = cx.record;
        let body = &record.responsible_body;
        if let Some(c) = &body.credit_code
            && let Err(e) = UnifiedSocialCreditCode::parse(c)
        {
            out.emit(
                Cow::Borrowed("/responsibleBody/creditCode"),
                CreditCodeInvalid(Box::new(IdentifierDetail {
                    role: None,
                    holder: body.name.clone(),
                    value: Some(c.clone()),
                    error: InvalidIdentifier::CreditCode(e),
                })),
            );
        }
        for (i, party) in record.parties.iter().enumerate() {
            // Built only for a finding: most parties' identifiers are valid.
            let at = |field: &str| Cow::Owned(format!("/parties/{i}/{field}"));
            if let Some(c) = &party.credit_code
                && let Err(e) = UnifiedSocialCreditCode::parse(c)
            {
                out.emit(
                    at("creditCode"),
                    CreditCodeInvalid(Box::new(IdentifierDetail {
                        role: Some(party.role),
                        holder: party.name.clone(),
                        value: Some(c.clone()),
                        error: InvalidIdentifier::CreditCode(e),
                    })),
                );
            }
            if let Some(n) = &party.id_number {
                let checked = ResidentIdNumber::parse(n)
                    .and_then(|id| id.validate_as_of(cx.env.today).map(|()| id));
                if let Err(e) = checked {
                    out.emit(
                        at("idNumber"),
                        IdNumberInvalid(Box::new(IdentifierDetail {
                            role: Some(party.role),
                            holder: party.name.clone(),
                            value: None,
                            error: InvalidIdentifier::IdNumber(e),
                        })),
                    );
                }
            }
        }
    }
}
