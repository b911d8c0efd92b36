//! The finding of a rule that could not judge a record: its condition depends on a fact the
//! record does not state (a rule of one procurement method's law, and a record that does not
//! say its method). Never an error and never a guess: the record is neither passed nor failed
//! by that rule.

use super::kit::FindingDetail;
use crate::Lang;

/// A rule not judged: the record does not state the fact its condition needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotJudged {
    /// The JSON Pointer of the fact the rule needs (`"/method"`, `"/amounts/budget"`).
    pub fact: &'static str,
}

impl NotJudged {
    fn fact_zh(&self) -> &'static str {
        match self.fact {
            "/method" => "配置方式（采购方式或交易方式）",
            "/amounts/budget" => "预算金额",
            other => other,
        }
    }

    fn fact_en(&self) -> &'static str {
        match self.fact {
            "/method" => "allocation method (procurement method or kind of transaction)",
            "/amounts/budget" => "budget",
            other => other,
        }
    }
}

impl FindingDetail for NotJudged {
    const CODE: &'static str = "rule.not_judged";
    const ABOUT: &'static str = "a rule not judged: the record does not state a fact it needs";
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::ZhCn => format!("未判断：记录未载明{}，该规则的适用取决于此", self.fact_zh()),
            Lang::En => format!(
                "not judged: the record does not state its {}, on which this rule depends",
                self.fact_en()
            ),
        }
    }
}
