//! `noPersonalData`: no unmasked 身份证号 (resident ID number) or mobile number in public text.

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, fixed_finding};
use crate::redact::{PersonalDataKind, for_each_personal_data};

/// No unmasked 身份证号 or mobile number in public text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoPersonalData {}

impl CheckKind for NoPersonalData {
    const KIND: &'static str = "noPersonalData";
    const ABOUT: &'static str = "no unmasked ID or mobile number in public text";
}

fixed_finding!(
    /// An unmasked 身份证号 in public text.
    IdNumberExposed = "privacy.id_number_exposed",
    about "an unmasked resident ID number in public text",
    zh "公开文本含有未遮蔽的居民身份证号码",
    en "public text contains an unmasked resident ID number",
);

fixed_finding!(
    /// An unmasked mobile number in public text.
    MobileExposed = "privacy.mobile_exposed",
    about "an unmasked mobile number in public text",
    zh "公开文本含有未遮蔽的手机号码",
    en "public text contains an unmasked mobile number",
);

impl NoPersonalData {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<IdNumberExposed> + Emit<MobileExposed>,
    {
        for (place, text) in cx.record.public_texts() {
            // One finding per kind and field: the field is what the official fixes.
            let mut seen = [false; 2];
            for_each_personal_data(text, cx.env.today, |hit| match hit.kind {
                PersonalDataKind::IdNumber => {
                    if !std::mem::replace(&mut seen[0], true) {
                        out.emit(place.pointer(), IdNumberExposed);
                    }
                }
                PersonalDataKind::MobileNumber => {
                    if !std::mem::replace(&mut seen[1], true) {
                        out.emit(place.pointer(), MobileExposed);
                    }
                }
            });
        }
    }
}
