//! The history of an entry: changes appended with date, actor and reason, never rewritten.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::{ResidentIdNumber, UnifiedSocialCreditCode};

/// One change to an entry. Events take effect from their own date: an answer as of a date is
/// what the register showed that day.
///
/// JSON, one flat object: `{"kind": "withdraw", "date", "actor", "reason", "revokedOn",
/// "ground"}`, `{"kind": "repair", "date", "actor", "reason"}`, or `{"kind": "correct", "date",
/// "actor", "reason", "field", "value"}`.
///
/// # Example
/// ```
/// use gongkai::blacklist::{Change, Correction, Event};
/// let e: Event = serde_json::from_str(r#"{"kind":"correct","date":"2024-09-02",
///   "actor":"云江市财政局","reason":"当事人申请更正，名称与处罚决定书不符",
///   "field":"subjectName","value":"云江市德润物业管理有限公司"}"#).unwrap();
/// assert!(matches!(e.change, Change::Correct(Correction::SubjectName(_))));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "EventRepr")]
pub struct Event {
    /// The day the change took effect in the register.
    pub date: NaiveDate,
    /// Who made it (a department, an official).
    pub actor: String,
    /// Why.
    pub reason: String,
    /// What changed.
    pub change: Change,
}

/// What an [`Event`] changes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Change {
    /// The decision was revoked, changed, or confirmed illegal or void, and the record is
    /// withdrawn (行政处罚法 Art 48 ¶2: within 3 working days, Art 85).
    Withdraw {
        /// The day the decision was revoked or changed.
        revoked_on: NaiveDate,
        /// How.
        ground: WithdrawalGround,
    },
    /// Credit repaired (信用修复): publication stops. A ban, being a penalty, is not lifted by it.
    Repair,
    /// A listed party's correction (招标投标违法行为记录公告暂行办法 Art 13): the record made to
    /// match the decision, from this event's date on.
    Correct(Correction),
}

/// Why a decision stopped standing (行政处罚法 Art 48 ¶2: 变更、撤销、确认违法或者确认无效).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WithdrawalGround {
    /// 撤销.
    Revoked,
    /// 变更.
    Changed,
    /// 确认违法.
    ConfirmedIllegal,
    /// 确认无效.
    ConfirmedVoid,
}

crate::parse::by_name!(WithdrawalGround [
    Revoked = "revoked",
    Changed = "changed",
    ConfirmedIllegal = "confirmedIllegal",
    ConfirmedVoid = "confirmedVoid",
]);

impl WithdrawalGround {
    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            WithdrawalGround::Revoked => "撤销",
            WithdrawalGround::Changed => "变更",
            WithdrawalGround::ConfirmedIllegal => "确认违法",
            WithdrawalGround::ConfirmedVoid => "确认无效",
        }
    }
}

/// A field of an entry corrected, with its new value.
///
/// JSON: `{"field": "subjectName", "value": "..."}` (inside an event, flattened into it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "field", content = "value", rename_all = "camelCase")]
#[non_exhaustive]
pub enum Correction {
    /// The subject's name.
    SubjectName(String),
    /// An organisation's 统一社会信用代码.
    CreditCode(UnifiedSocialCreditCode),
    /// A person's 身份证号码.
    IdNumber(ResidentIdNumber),
    /// An organisation's address.
    Address(String),
    /// The facts (具体情形).
    Facts(String),
    /// The penalty as the decision states it (处罚结果).
    Penalty(String),
    /// The decision document number.
    DecisionNumber(String),
    /// The deciding authority.
    Authority(String),
    /// The ban's length in months.
    BanMonths(u32),
}

impl Correction {
    /// The JSON name of the field corrected.
    pub fn field(&self) -> &'static str {
        match self {
            Correction::SubjectName(_) => "subjectName",
            Correction::CreditCode(_) => "creditCode",
            Correction::IdNumber(_) => "idNumber",
            Correction::Address(_) => "address",
            Correction::Facts(_) => "facts",
            Correction::Penalty(_) => "penalty",
            Correction::DecisionNumber(_) => "decisionNumber",
            Correction::Authority(_) => "authority",
            Correction::BanMonths(_) => "banMonths",
        }
    }

    /// The new text, for a text field.
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Correction::SubjectName(s)
            | Correction::Address(s)
            | Correction::Facts(s)
            | Correction::Penalty(s)
            | Correction::DecisionNumber(s)
            | Correction::Authority(s) => Some(s),
            _ => None,
        }
    }
}

impl Event {
    /// The correction, when the event is one.
    pub fn correction(&self) -> Option<&Correction> {
        match &self.change {
            Change::Correct(c) => Some(c),
            _ => None,
        }
    }
}

/// Who made a change, when, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// The day it takes effect.
    pub date: NaiveDate,
    /// Who made it.
    pub actor: String,
    /// Why.
    pub reason: String,
}

impl Stamp {
    /// A stamp.
    pub fn new(date: NaiveDate, actor: impl Into<String>, reason: impl Into<String>) -> Stamp {
        Stamp {
            date,
            actor: actor.into(),
            reason: reason.into(),
        }
    }

    pub(super) fn event(self, change: Change) -> Event {
        Event {
            date: self.date,
            actor: self.actor,
            reason: self.reason,
            change,
        }
    }
}

/// The last correction dated on or before `on` that `pick` selects: the field's effective value.
pub(crate) fn latest<'a, T>(
    events: &'a [Event],
    on: NaiveDate,
    pick: impl Fn(&'a Correction) -> Option<T>,
) -> Option<T> {
    events
        .iter()
        .take_while(|e| e.date <= on)
        .filter_map(|e| e.correction().and_then(&pick))
        .last()
}

/// How an event is written (read by the `Deserialize` impl below, with the same members).
#[derive(Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase",
    deny_unknown_fields
)]
enum EventRepr {
    Withdraw {
        date: NaiveDate,
        actor: String,
        reason: String,
        revoked_on: NaiveDate,
        ground: WithdrawalGround,
    },
    Repair {
        date: NaiveDate,
        actor: String,
        reason: String,
    },
    Correct {
        date: NaiveDate,
        actor: String,
        reason: String,
        field: String,
        value: serde_json::Value,
    },
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct WithdrawFields {
    #[serde(deserialize_with = "crate::date::de")]
    date: NaiveDate,
    actor: String,
    reason: String,
    #[serde(deserialize_with = "crate::date::de")]
    revoked_on: NaiveDate,
    ground: WithdrawalGround,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RepairFields {
    #[serde(deserialize_with = "crate::date::de")]
    date: NaiveDate,
    actor: String,
    reason: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CorrectFields {
    #[serde(deserialize_with = "crate::date::de")]
    date: NaiveDate,
    actor: String,
    reason: String,
    field: String,
    value: Box<serde_json::value::RawValue>,
}

/// The corrected fields, in the order of [`Correction`]'s variants.
const CORRECTABLE: &[&str] = &[
    "subjectName",
    "creditCode",
    "idNumber",
    "address",
    "facts",
    "penalty",
    "decisionNumber",
    "authority",
    "banMonths",
];

/// A correction from its field's name and its value's JSON text.
fn correction(field: &str, value: &str) -> Result<Correction, String> {
    use crate::parse::fields;
    let i = CORRECTABLE
        .iter()
        .position(|f| *f == field)
        .ok_or_else(|| {
            <serde_json::Error as serde::de::Error>::unknown_variant(field, CORRECTABLE).to_string()
        })?;
    let text = || fields::<String>(value);
    Ok(match i {
        0 => Correction::SubjectName(text()?),
        1 => Correction::CreditCode(fields(value)?),
        2 => Correction::IdNumber(fields(value)?),
        3 => Correction::Address(text()?),
        4 => Correction::Facts(text()?),
        5 => Correction::Penalty(text()?),
        6 => Correction::DecisionNumber(text()?),
        7 => Correction::Authority(text()?),
        _ => Correction::BanMonths(fields(value)?),
    })
}

/// The flat JSON of `EventRepr`, read with the errors serde's tagged enums give but without
/// their code size (see `parse::tagged`).
impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::parse::fields;
        const KINDS: &[&str] = &["withdraw", "repair", "correct"];
        crate::parse::tagged(d, "EventRepr", "kind", KINDS, |kind, rest| match kind {
            0 => fields::<WithdrawFields>(rest).map(|f| Event {
                date: f.date,
                actor: f.actor,
                reason: f.reason,
                change: Change::Withdraw {
                    revoked_on: f.revoked_on,
                    ground: f.ground,
                },
            }),
            1 => fields::<RepairFields>(rest).map(|f| Event {
                date: f.date,
                actor: f.actor,
                reason: f.reason,
                change: Change::Repair,
            }),
            _ => fields::<CorrectFields>(rest).and_then(|f| {
                let c = correction(&f.field, f.value.get())
                    .map_err(|e| format!("correction of {:?}: {e}", f.field))?;
                Ok(Event {
                    date: f.date,
                    actor: f.actor,
                    reason: f.reason,
                    change: Change::Correct(c),
                })
            }),
        })
    }
}

impl From<Event> for EventRepr {
    fn from(e: Event) -> EventRepr {
        let Event {
            date,
            actor,
            reason,
            change,
        } = e;
        match change {
            Change::Withdraw { revoked_on, ground } => EventRepr::Withdraw {
                date,
                actor,
                reason,
                revoked_on,
                ground,
            },
            Change::Repair => EventRepr::Repair {
                date,
                actor,
                reason,
            },
            Change::Correct(c) => {
                let field = c.field().to_owned();
                let value = match serde_json::to_value(&c) {
                    Ok(serde_json::Value::Object(mut m)) => {
                        m.remove("value").unwrap_or(serde_json::Value::Null)
                    }
                    _ => serde_json::Value::Null,
                };
                EventRepr::Correct {
                    date,
                    actor,
                    reason,
                    field,
                    value,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn every_kind_round_trips_flat() {
        let events = [
            Event {
                date: d("2024-10-10"),
                actor: "云江市财政局".into(),
                reason: "复议撤销".into(),
                change: Change::Withdraw {
                    revoked_on: d("2024-10-08"),
                    ground: WithdrawalGround::Revoked,
                },
            },
            Event {
                date: d("2025-01-10"),
                actor: "a".into(),
                reason: "r".into(),
                change: Change::Repair,
            },
            Event {
                date: d("2024-09-01"),
                actor: "a".into(),
                reason: "r".into(),
                change: Change::Correct(Correction::BanMonths(12)),
            },
            Event {
                date: d("2024-09-01"),
                actor: "a".into(),
                reason: "r".into(),
                change: Change::Correct(Correction::CreditCode(
                    "91110000600037341L".parse().unwrap(),
                )),
            },
        ];
        for e in events {
            let json = serde_json::to_string(&e).unwrap();
            assert!(json.starts_with(r#"{"kind":"#), "{json}");
            assert!(!json.contains("change"), "{json}");
            assert_eq!(serde_json::from_str::<Event>(&json).unwrap(), e);
        }
    }

    #[test]
    fn a_bad_correction_value_is_refused() {
        let bad = r#"{"kind":"correct","date":"2024-09-01","actor":"a","reason":"r",
            "field":"creditCode","value":"911100006000373410"}"#;
        let err = serde_json::from_str::<Event>(bad).unwrap_err().to_string();
        assert!(err.contains("creditCode"), "{err}");
        let unknown = bad.replace("creditCode", "colour");
        assert!(serde_json::from_str::<Event>(&unknown).is_err());
        let extra = r#"{"kind":"repair","date":"2024-09-01","actor":"a","reason":"r","x":1}"#;
        assert!(serde_json::from_str::<Event>(extra).is_err());
    }
}
