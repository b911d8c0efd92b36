//! `privacySeverable`: personal privacy does not withhold a whole record that could be
//! published masked.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, fixed_finding};
use crate::model::record::{ExemptionCategory, ExemptionScope};

/// Personal privacy does not withhold a whole record that could be published masked.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrivacySeverable {}

impl CheckKind for PrivacySeverable {
    const KIND: &'static str = "privacySeverable";
    const ABOUT: &'static str = "privacy does not withhold a record that masking would free";
}

fixed_finding!(
    /// A whole record withheld for privacy that masking would make publishable.
    ExemptionPrivacyWholeRecord = "exemption.privacy_whole_record",
    about "a whole record withheld for privacy that could be masked",
    zh "以个人隐私为由全部不予公开：能够作区分处理的，应去标识化后公开其余内容",
    en "the whole record is withheld for privacy: where the private part can be separated, \
        publish the rest with personal data masked",
);

impl PrivacySeverable {
    pub(crate) fn judge(&self, cx: Cx<'_>, out: &mut impl Emit<ExemptionPrivacyWholeRecord>) {
        if let Some(x) = &cx.record.exemption
            && x.scope == ExemptionScope::Whole
            && x.category == Some(ExemptionCategory::PersonalPrivacy)
            && x.severable != Some(false)
        {
            out.emit(
                Cow::Borrowed("/exemption/scope"),
                ExemptionPrivacyWholeRecord,
            );
        }
    }
}
