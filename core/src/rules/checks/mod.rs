//! The kinds of check a rule can make, one file each, and the findings they produce.
//!
//! A check kind is a vertical slice: its file holds the kind's fields in the rule table (a
//! struct read from `{"kind": "...", ...}`), how it judges a record, one type per finding code
//! it emits (the finding's data), that code's zh-CN and en messages, and the one-line
//! descriptions `docs/rules.md` prints. The `checks!` declaration in this file turns the list of
//! files into the [`Check`] enum, the dispatch, the [`Detail`] enum and [`FindingCode`]: a
//! code's message is rendered from that code's own data, so a code can never be paired with
//! another's detail.
//!
//! # Adding a check kind
//! 1. Write `rules/checks/my_kind.rs` with a struct `MyKind` (its fields are the rule-table
//!    JSON), `impl CheckKind for MyKind` (its `kind` tag and what it checks), one type per
//!    finding code with `impl FindingDetail` (code, meaning, messages; `fixed_finding!`
//!    for a fixed sentence), and `fn judge(&self, cx: Cx<'_>, out: &mut impl Emit<MyCode>)`.
//! 2. Add one line to the `kinds` list of `checks!` in this file:
//!    `my_kind::MyKind [MyCode, OtherCode],`. A kind built only with a feature has
//!    `#[cfg(feature = "…")]` before its line (and on its `mod`): its codes go with it.
//!
//! Finding codes are stable: a code is never renamed or reused. [`FindingCode::ALL`] lists them
//! kind by kind, in the order of the declaration.

mod kit;

pub mod amounts_agree;
pub mod award_after_bid_deadline;
pub mod barred_party;
#[cfg(feature = "catalogue")]
pub mod catalogue;
#[cfg(feature = "catalogue")]
pub mod catalogue_columns;
#[cfg(feature = "catalogue")]
pub mod catalogue_levels;
#[cfg(feature = "catalogue")]
pub mod catalogue_medium;
#[cfg(feature = "catalogue")]
pub mod catalogue_names;
#[cfg(feature = "catalogue")]
pub mod catalogue_time_limit;
pub mod channel_present;
pub mod contract_within_budget;
pub mod deadline;
pub mod designated_channel;
pub mod exemption_complete;
pub mod intention_lead;
pub mod item_in_domain;
pub mod known_elements;
pub mod no_personal_data;
pub mod not_judged;
#[cfg(feature = "notice")]
pub mod notice_format;
pub mod obligation;
pub mod privacy_severable;
pub mod publication_not_in_future;
pub mod published_after_formed;
pub mod required_elements;
pub mod status_coherent;
#[cfg(feature = "notice")]
pub mod summary_agrees;
pub mod valid_identifiers;
#[cfg(feature = "catalogue")]
pub mod work_plan;

pub(crate) use kit::{Cx, Env, Path};

use kit::{CheckKind, Emit, FindingDetail};
use serde::Serialize;

use crate::Lang;
use crate::severity::Severity;

/// The detail type of a code: the code's own name, or the type named after `as`.
macro_rules! detail_type {
    ($m:ident $code:ident) => {
        $m::$code
    };
    ($m:ident $code:ident $ty:ident) => {
        $m::$ty
    };
}

/// Turns the declaration below into the enums and their dispatch.
///
/// A kind's attributes (a `#[cfg(feature = "…")]`) apply to its codes as well: a kind left out
/// of a build takes its finding codes with it. The declaration is first rewritten kind by kind
/// (`@kind`) so that each code carries its kind's attributes, then expanded (`@expand`): a
/// repetition cannot repeat the kind's attributes once per code directly.
macro_rules! checks {
    (
        kinds { $($kinds:tt)* }
        others $others:tt
    ) => {
        checks! { @kind [] [ $($kinds)* ] $others }
    };
    // One kind: its attributes gathered into one token tree, to be copied onto each code.
    (
        @kind [ $($done:tt)* ]
        [ $(#[$ka:meta])* $km:ident :: $Kind:ident $codes:tt $(, $($rest:tt)* )? ]
        $others:tt
    ) => {
        checks! { @codes [ $($done)* ] [ $(#[$ka])* ] $km $Kind $codes [ $($($rest)*)? ] $others }
    };
    (
        @codes [ $($done:tt)* ] $attrs:tt $km:ident $Kind:ident
        [ $( $KCode:ident $(as $KTy:ident)? ),* $(,)? ] [ $($rest:tt)* ] $others:tt
    ) => {
        checks! {
            @kind [ $($done)* { $attrs $km $Kind [ $( $attrs $KCode [ $($KTy)? ] ),* ] } ]
            [ $($rest)* ] $others
        }
    };
    (@kind [ $($done:tt)* ] [] $others:tt) => {
        checks! { @expand kinds { $($done)* } others $others }
    };
    (
        @expand
        kinds { $( { [ $(#[$ka:meta])* ] $km:ident $Kind:ident
            [ $( [ $(#[$kca:meta])* ] $KCode:ident [ $($KTy:ident)? ] ),* ] } )* }
        others { $( $om:ident [ $( $(#[$oca:meta])* $OCode:ident ),* ] ),* $(,)? }
    ) => {
        /// What a rule checks: one variant per kind, each holding the kind's fields. The JSON
        /// form is tagged: `{"kind": "requiredElements", ...}`.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Check {
            $(
                $(#[$ka])*
                #[doc = concat!("See [`", stringify!($km), "::", stringify!($Kind), "`].")]
                $Kind($km::$Kind),
            )*
        }

        /// The `kind` tags, in declaration order.
        const KINDS: &[&str] = &[$( $(#[$ka])* <$km::$Kind as CheckKind>::KIND ),*];

        impl Check {
            /// The `kind` tag (`"requiredElements"`).
            pub fn kind(&self) -> &'static str {
                match self { $( $(#[$ka])* Check::$Kind(_) => <$km::$Kind as CheckKind>::KIND, )* }
            }

            /// What the kind checks, in one line.
            pub fn about(&self) -> &'static str {
                match self { $( $(#[$ka])* Check::$Kind(_) => <$km::$Kind as CheckKind>::ABOUT, )* }
            }

            /// Every kind: its `kind` tag and what it checks, in declaration order.
            pub fn kinds() -> impl Iterator<Item = (&'static str, &'static str)> {
                [$( $(#[$ka])* (<$km::$Kind as CheckKind>::KIND, <$km::$Kind as CheckKind>::ABOUT) ),*]
                    .into_iter()
            }

            /// The check as `docs/rules.md` shows it (a deadline with its period and events).
            pub fn describe(&self) -> String {
                match self { $( $(#[$ka])* Check::$Kind(k) => k.describe(), )* }
            }

            /// The finding codes a rule with this check can produce.
            pub fn codes(&self) -> Vec<FindingCode> {
                match self {
                    $( $(#[$ka])* Check::$Kind(k) => {
                        let all: &[FindingCode] = &[$( $(#[$kca])* FindingCode::$KCode ),*];
                        all.iter().copied().filter(|c| k.emits(c.as_str())).collect()
                    } )*
                }
            }

            /// Judges one record, handing each finding to `push`.
            pub(crate) fn judge<F: FnMut(Severity, Path, Detail)>(
                &self,
                cx: Cx<'_>,
                severity: Severity,
                push: F,
            ) {
                let mut sink = Sink { severity, push };
                match self { $( $(#[$ka])* Check::$Kind(k) => k.judge(cx, &mut sink), )* }
            }
        }

        impl Serialize for Check {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self { $( $(#[$ka])* Check::$Kind(k) => Tagged(k).serialize(s), )* }
            }
        }

        /// The JSON serde's tagged enums read, with their errors, without their code size
        /// (see `parse::tagged`).
        impl<'de> serde::Deserialize<'de> for Check {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                crate::parse::tagged(d, "Check", "kind", KINDS, |kind, rest| {
                    let mut i = 0;
                    $(
                        $(#[$ka])*
                        {
                            if kind == i {
                                return crate::parse::fields::<$km::$Kind>(rest).map(Check::$Kind);
                            }
                            i += 1;
                        }
                    )*
                    Err(format!("unknown check kind #{i}"))
                })
            }
        }

        /// What a finding is about, as data: one variant per [`FindingCode`], holding that
        /// code's own detail type. Messages are rendered from it in either language.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum Detail {
            $( $(
                $(#[$kca])*
                #[doc = concat!("See [`", stringify!($km), "::", stringify!($KCode), "`].")]
                $KCode(detail_type!($km $KCode $($KTy)?)),
            )* )*
            $( $(
                $(#[$oca])*
                #[doc = concat!("See [`", stringify!($om), "::", stringify!($OCode), "`].")]
                $OCode($om::$OCode),
            )* )*
        }

        /// The stable code of a finding. Codes are never renamed or reused.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum FindingCode {
            $( $(
                $(#[$kca])*
                #[doc = concat!("The code of [`", stringify!($km), "::", stringify!($KCode), "`].")]
                $KCode,
            )* )*
            $( $(
                $(#[$oca])*
                #[doc = concat!("The code of [`", stringify!($om), "::", stringify!($OCode), "`].")]
                $OCode,
            )* )*
        }

        impl FindingCode {
            /// Every code.
            pub const ALL: &'static [FindingCode] = &[
                $( $( $(#[$kca])* FindingCode::$KCode, )* )*
                $( $( $(#[$oca])* FindingCode::$OCode, )* )*
            ];

            /// The code as it appears in JSON (`"element.missing"`).
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $( $(#[$kca])* FindingCode::$KCode =>
                        <detail_type!($km $KCode $($KTy)?) as FindingDetail>::CODE, )* )*
                    $( $( $(#[$oca])* FindingCode::$OCode => <$om::$OCode as FindingDetail>::CODE, )* )*
                }
            }

            /// What the code means, in one line.
            pub fn about(self) -> &'static str {
                match self {
                    $( $( $(#[$kca])* FindingCode::$KCode =>
                        <detail_type!($km $KCode $($KTy)?) as FindingDetail>::ABOUT, )* )*
                    $( $( $(#[$oca])* FindingCode::$OCode => <$om::$OCode as FindingDetail>::ABOUT, )* )*
                }
            }
        }

        impl Detail {
            /// The code this detail is the data of.
            pub fn code(&self) -> FindingCode {
                match self {
                    $( $( $(#[$kca])* Detail::$KCode(_) => FindingCode::$KCode, )* )*
                    $( $( $(#[$oca])* Detail::$OCode(_) => FindingCode::$OCode, )* )*
                }
            }

            /// The message in one language.
            pub fn message(&self, lang: Lang) -> String {
                match self {
                    $( $( $(#[$kca])* Detail::$KCode(d) => d.message(lang), )* )*
                    $( $( $(#[$oca])* Detail::$OCode(d) => d.message(lang), )* )*
                }
            }
        }

        $( $(
            $(#[$kca])*
            impl From<detail_type!($km $KCode $($KTy)?)> for Detail {
                fn from(d: detail_type!($km $KCode $($KTy)?)) -> Detail {
                    Detail::$KCode(d)
                }
            }
        )* )*
        $( $(
            $(#[$oca])*
            impl From<$om::$OCode> for Detail {
                fn from(d: $om::$OCode) -> Detail {
                    Detail::$OCode(d)
                }
            }
        )* )*
    };
}

checks! {
    kinds {
        required_elements::RequiredElements [ElementMissing],
        known_elements::KnownElements [ElementUnknown],
        item_in_domain::ItemInDomain [ItemDomainMismatch],
        exemption_complete::ExemptionComplete
            [ExemptionCategoryMissing, ExemptionBasisMissing, ExemptionElementsMissing],
        privacy_severable::PrivacySeverable [ExemptionPrivacyWholeRecord],
        channel_present::ChannelPresent [ChannelMissing],
        designated_channel::DesignatedChannel [ChannelDesignatedMissing],
        published_after_formed::PublishedAfterFormed [PublishedBeforeFormed],
        publication_not_in_future::PublicationNotInFuture [PublishedInFuture],
        award_after_bid_deadline::AwardAfterBidDeadline [AwardBeforeBidDeadline],
        contract_within_budget::ContractWithinBudget [ContractExceedsBudget],
        amounts_agree::AmountsAgree [AmountWordsMismatch],
        intention_lead::IntentionLead [IntentionLeadShort],
        no_personal_data::NoPersonalData [IdNumberExposed, MobileExposed],
        status_coherent::StatusCoherent [PublishedWithoutDate, UnpublishedWithDate],
        deadline::Deadline
            [DeadlineMissed, DeadlineOverdue, DeadlineNear, DeadlineTooShort, DeadlineNotComputable],
        barred_party::BarredParty [BarredParty as BarredPartyFound, PossibleMatch],
        valid_identifiers::ValidIdentifiers [CreditCodeInvalid, IdNumberInvalid],
        obligation::Obligation [],
        #[cfg(feature = "notice")]
        notice_format::NoticeFormat [NoticeHeadingsMissing],
        #[cfg(feature = "notice")]
        summary_agrees::SummaryAgrees [NoticeSummaryMismatch],
        #[cfg(feature = "catalogue")]
        catalogue_columns::CatalogueColumns [],
        #[cfg(feature = "catalogue")]
        catalogue_names::CatalogueNames [],
        #[cfg(feature = "catalogue")]
        catalogue_levels::CatalogueLevels [],
        #[cfg(feature = "catalogue")]
        catalogue_medium::CatalogueMedium [],
        #[cfg(feature = "catalogue")]
        catalogue_time_limit::CatalogueTimeLimit [],
    }
    others {
        catalogue [
            #[cfg(feature = "catalogue")] CatalogueItemMissing,
            #[cfg(feature = "catalogue")] CatalogueColumnMissing,
            #[cfg(feature = "catalogue")] CatalogueTimeLimitLooser,
            #[cfg(feature = "catalogue")] CatalogueTimeLimitUnspecified,
            #[cfg(feature = "catalogue")] CatalogueRowUnmatched,
            #[cfg(feature = "catalogue")] CatalogueColumnAbsent,
            #[cfg(feature = "catalogue")] CatalogueSupervisionMissing,
            #[cfg(feature = "catalogue")] CatalogueTimeLimitUnreadable,
            #[cfg(feature = "catalogue")] CatalogueTimeLimitMinimumDuration,
            #[cfg(feature = "catalogue")] CatalogueTimeLimitLeadTime,
            #[cfg(feature = "catalogue")] CatalogueTimeLimitNotComparable,
            #[cfg(feature = "catalogue")] CatalogueDurationShorter,
            #[cfg(feature = "catalogue")] CatalogueChannelsUnticked,
            #[cfg(feature = "catalogue")] CatalogueMediumMissing,
            #[cfg(feature = "catalogue")] CatalogueContentMissing
        ],
        not_judged [NotJudged],
        work_plan [
            #[cfg(feature = "catalogue")] PlanSectionMissing,
            #[cfg(feature = "catalogue")] PlanColumnMissing,
            #[cfg(feature = "catalogue")] PlanTimeLimitLooser,
            #[cfg(feature = "catalogue")] PlanTimeLimitUnspecified,
            #[cfg(feature = "catalogue")] PlanClassMissing,
            #[cfg(feature = "catalogue")] PlanBlacklistTaskMissing
        ],
    }
}

impl FindingCode {
    /// The code from its string.
    pub fn parse(s: &str) -> Option<FindingCode> {
        FindingCode::ALL.iter().copied().find(|c| c.as_str() == s)
    }
}

impl Serialize for FindingCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl Detail {
    /// The explanation of a deadline finding (missed, overdue, near, too short).
    pub fn deadline(&self) -> Option<&deadline::DeadlineDetail> {
        match self {
            Detail::DeadlineMissed(d) => Some(&d.0),
            Detail::DeadlineOverdue(d) => Some(&d.0),
            Detail::DeadlineNear(d) => Some(&d.0),
            Detail::DeadlineTooShort(d) => Some(&d.0),
            _ => None,
        }
    }

    /// The blacklist entry a party matched (a barred party or a possible match).
    pub fn party_hit(&self) -> Option<&crate::blacklist::PartyHit> {
        match self {
            Detail::BarredParty(h) => Some(&h.0),
            Detail::PossibleMatch(h) => Some(&h.0),
            _ => None,
        }
    }
}

/// A check's fields with its `kind` tag in front, as the rule table writes them.
struct Tagged<'a, K>(&'a K);

impl<K: CheckKind + Serialize> Serialize for Tagged<'_, K> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct WithKind<'a, K> {
            kind: &'static str,
            #[serde(flatten)]
            fields: &'a K,
        }
        WithKind {
            kind: K::KIND,
            fields: self.0,
        }
        .serialize(s)
    }
}

/// Hands a kind's findings to the rule's collector as [`Detail`]s, with the rule's severity.
struct Sink<F> {
    severity: Severity,
    push: F,
}

impl<D: Into<Detail>, F: FnMut(Severity, Path, Detail)> Emit<D> for Sink<F> {
    fn emit(&mut self, path: Path, detail: D) {
        (self.push)(self.severity, path, detail.into());
    }

    fn emit_as(&mut self, severity: Severity, path: Path, detail: D) {
        (self.push)(severity, path, detail.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every kind tag is unique and reads back to its own kind, with no other member allowed
    /// for a kind without fields.
    #[test]
    fn kinds_are_distinct_and_read_back() {
        for (i, kind) in KINDS.iter().enumerate() {
            assert!(!KINDS[..i].contains(kind), "kind {kind} declared twice");
        }
        let c: Check = serde_json::from_str(r#"{"kind":"channelPresent"}"#).unwrap();
        assert_eq!(c.kind(), "channelPresent");
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            r#"{"kind":"channelPresent"}"#
        );
        let err = serde_json::from_str::<Check>(r#"{"kind":"channelPresent","x":1}"#);
        assert!(err.unwrap_err().to_string().contains("unknown field"));
        let d: Check = serde_json::from_str(
            r#"{"kind":"deadline","direction":"atLeast","period":{"n":5,"unit":"workday"},
                "anchor":"formedOrChanged","target":"published"}"#,
        )
        .unwrap();
        assert_eq!(
            d.codes(),
            [
                FindingCode::DeadlineTooShort,
                FindingCode::DeadlineNotComputable
            ]
        );
        // A period in hours never reads the calendar (民法典 Art 201 ¶2).
        let h: Check = serde_json::from_str(
            r#"{"kind":"deadline","direction":"atLeast","period":{"n":72,"unit":"hour"},
                "anchor":"published","target":"publicityEnd"}"#,
        )
        .unwrap();
        assert_eq!(h.codes(), [FindingCode::DeadlineTooShort]);
    }

    /// A detail knows its code: the code is read from the data, never set beside it.
    #[test]
    fn a_detail_carries_its_own_code_and_message() {
        let d = Detail::from(channel_present::ChannelMissing);
        assert_eq!(d.code(), FindingCode::ChannelMissing);
        assert_eq!(d.message(Lang::ZhCn), "未填写公开渠道");
        let d = Detail::from(deadline::DeadlineNotComputable { year: 2031 });
        assert_eq!(d.code().as_str(), "deadline.calendar_not_covered");
        assert!(d.message(Lang::En).contains("2031"));
        for c in FindingCode::ALL {
            assert_eq!(FindingCode::parse(c.as_str()), Some(*c));
            assert!(!c.about().is_empty());
        }
    }
}
