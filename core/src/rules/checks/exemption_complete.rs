//! `exemptionComplete`: an exemption (不予公开) names its ground, its legal basis and, when
//! partial, what it withholds.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, fixed_finding, is_blank};
use crate::model::record::ExemptionScope;

/// An exemption names its category, its legal basis and, when partial, what it withholds.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExemptionComplete {}

impl CheckKind for ExemptionComplete {
    const KIND: &'static str = "exemptionComplete";
    const ABOUT: &'static str = "an exemption names its ground, its basis and what it withholds";
}

fixed_finding!(
    /// An exemption without its category.
    ExemptionCategoryMissing = "exemption.category_missing",
    about "an exemption without its ground",
    zh "不予公开未说明属于何种情形（国家秘密、商业秘密、个人隐私等）",
    en "the exemption does not say on what ground (state secret, commercial secret, privacy…)",
);

fixed_finding!(
    /// An exemption without its legal basis.
    ExemptionBasisMissing = "exemption.basis_missing",
    about "an exemption without its legal basis",
    zh "不予公开未载明法律依据",
    en "the exemption does not cite its legal basis",
);

fixed_finding!(
    /// A partial exemption that names no withheld element.
    ExemptionElementsMissing = "exemption.elements_missing",
    about "a partial exemption that lists nothing withheld",
    zh "部分公开未列明不予公开的要素",
    en "a partial exemption must list the elements it withholds",
);

impl ExemptionComplete {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<ExemptionCategoryMissing>
            + Emit<ExemptionBasisMissing>
            + Emit<ExemptionElementsMissing>,
    {
        let Some(x) = &cx.record.exemption else {
            return;
        };
        if x.category.is_none() {
            out.emit(
                Cow::Borrowed("/exemption/category"),
                ExemptionCategoryMissing,
            );
        }
        if is_blank(x.legal_basis.as_ref()) {
            out.emit(
                Cow::Borrowed("/exemption/legalBasis"),
                ExemptionBasisMissing,
            );
        }
        if x.scope == ExemptionScope::Partial && x.withheld_elements.is_empty() {
            out.emit(
                Cow::Borrowed("/exemption/withheldElements"),
                ExemptionElementsMissing,
            );
        }
    }
}
