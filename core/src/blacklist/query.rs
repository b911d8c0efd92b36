//! Who is screened: an [`Identity`], or a [`ScreenQuery`] whose identifiers are still text.

use serde::{Deserialize, Serialize};

use super::invalid_identifier::InvalidIdentifier;
use crate::ids::org_name::{too_long, without_letters};
use crate::ids::{NormalizedName, ResidentIdNumber, UnifiedSocialCreditCode, normalize_org_name};
use crate::model::record::Party;
use crate::{Domain, Error};

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

    pub(super) fn key(&self) -> QueryKey {
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
pub(super) enum QueryKey {
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
    /// [`Error::Parse`] naming the field, and at `/name` a name that is longer than
    /// [`MAX_NAME_CHARS`](crate::ids::org_name::MAX_NAME_CHARS) or, when no identifier is
    /// given, has no letter or digit (it would match nothing, and so clear anyone).
    pub fn from_json(json: &str) -> Result<ScreenQuery, Error> {
        let q: ScreenQuery = crate::parse::from_json(json)?;
        let identified = q.credit_code.is_some() || q.id_number.is_some();
        let problem = match too_long(&q.name) {
            Some(p) => Some(p),
            None if identified => None,
            None => without_letters(&q.name),
        };
        match problem {
            Some(message) => Err(Error::invalid_json("/name", message)),
            None => Ok(q),
        }
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

/// An identifier in a query that did not validate and was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryIssue(pub InvalidIdentifier);
