//! `contractWithinBudget`: the contract (award) amount does not exceed the budget or the
//! maximum price (最高限价).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;
use crate::model::amount::Yuan;

/// The contract (award) amount does not exceed the budget or the maximum price.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContractWithinBudget {}

impl CheckKind for ContractWithinBudget {
    const KIND: &'static str = "contractWithinBudget";
    const ABOUT: &'static str = "the contract amount is within the budget and maximum price";
}

/// Contract or award amount above the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContractExceedsBudget {
    /// The amount that is too high.
    pub amount: Yuan,
    /// The limit it exceeds (the lower of the budget and the maximum price).
    pub limit: Yuan,
}

impl FindingDetail for ContractExceedsBudget {
    const CODE: &'static str = "amount.contract_exceeds_budget";
    const ABOUT: &'static str = "amount above the budget or maximum price";
    fn message(&self, lang: Lang) -> String {
        let ContractExceedsBudget { amount, limit } = self;
        match lang {
            Lang::ZhCn => format!("合同（中标）金额 {amount} 元超过预算金额或最高限价 {limit} 元"),
            Lang::En => format!(
                "the contract amount {amount} yuan exceeds the budget or maximum price {limit} yuan"
            ),
        }
    }
}

impl ContractWithinBudget {
    pub(crate) fn judge(&self, cx: Cx<'_>, out: &mut impl Emit<ContractExceedsBudget>) {
        let a = &cx.record.amounts;
        let Some(contract) = a.contract else {
            return;
        };
        let limit = match (a.budget, a.maximum_price) {
            (Some(b), Some(m)) => Some(b.min(m)),
            (b, m) => b.or(m),
        };
        if let Some(limit) = limit
            && contract > limit
        {
            out.emit(
                Cow::Borrowed("/amounts/contract"),
                ContractExceedsBudget {
                    amount: contract,
                    limit,
                },
            );
        }
    }
}
