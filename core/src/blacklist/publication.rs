//! How long an entry is published: derived from the provision and the credit class, never stored.

use chrono::NaiveDate;
use serde::Serialize;

use super::CreditClass;
use crate::{LegalBasis, Verification};

/// The publication period of an entry, and from when its credit can be repaired.
///
/// Which rule applies:
///
/// | regime | when | published until | status |
/// |---|---|---|---|
/// | [`Regime::CreditClass`] | the entry has a class (decisions from 2026-04-01) | the class's maximum from the decision | V-2nd (docs/legal-basis.md#credit-repair) |
/// | [`Regime::TenderingRecord`] | 招标投标法 provisions | six months from publication, or the ban's end if later (招标投标违法行为记录公告暂行办法 Art 9: 限制期限长于六个月的，公告期限从其规定), then 转入后台保存 | V-quote |
/// | [`Regime::ProcurementList`] | 政府采购法 and its regulation | three years from the penalty date, removed when the ban expires (财办库〔2014〕526号, as reported: 信息公布期限一般为三年，处罚期限届满的…删除) | V-2nd |
/// | [`Regime::Other`] | another provision | the provision's `publicationMonths`, else the ban's end, else three years | R |
///
/// Repair (信用修复) is possible from [`repair_from`](Self::repair_from): after the class's
/// minimum window (轻微: at once; 一般: 3 months; 严重: 1 year, from the decision). An entry without a
/// class uses the 3-month minimum for administrative-penalty information of 令第58号 (in force
/// 2023-05-01 to 2026-03-31; V-2nd), which is also 令第36号's 一般 minimum: R as a default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Publication {
    /// The rule that sets the period.
    pub regime: Regime,
    /// First day published (the listing date).
    pub from: NaiveDate,
    /// Last day published; archived (转入后台保存) or removed after.
    pub until: NaiveDate,
    /// The first day credit repair is possible.
    pub repair_from: NaiveDate,
    /// False for 轻微失信, which 原则上不予公示.
    pub normally_published: bool,
}

/// The rule that sets a publication period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase", tag = "rule", content = "class")]
pub enum Regime {
    /// 招标投标违法行为记录公告暂行办法 Art 9.
    TenderingRecord,
    /// 政府采购严重违法失信行为记录名单 (财办库〔2014〕526号).
    ProcurementList,
    /// 信用修复管理办法's window for the class.
    CreditClass(CreditClass),
    /// No rule known for the provision.
    Other,
}

impl Regime {
    /// The legal basis of the period, with its verification tag.
    pub fn legal_basis(self) -> LegalBasis {
        let (document, article, verification) = match self {
            Regime::TenderingRecord => (
                "招标投标违法行为记录公告暂行办法（发改法规〔2008〕1531号）",
                Some("第九条"),
                Verification::VQuote,
            ),
            Regime::ProcurementList => (
                "关于报送政府采购严重违法失信行为信息记录的通知（财办库〔2014〕526号）",
                None,
                Verification::V2nd,
            ),
            Regime::CreditClass(_) => return CreditClass::legal_basis(),
            Regime::Other => (
                "（无已知公示期限规定：按禁止期或三年）",
                None,
                Verification::R,
            ),
        };
        LegalBasis {
            document: document.to_owned(),
            article: article.map(str::to_owned),
            verification,
        }
    }
}

impl Publication {
    /// True when the record is published on `date` (before any withdrawal or repair).
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.until
    }

    /// The legal basis of the repair window.
    pub fn repair_basis(&self) -> LegalBasis {
        match self.regime {
            Regime::CreditClass(_) => CreditClass::legal_basis(),
            _ => LegalBasis {
                document: "失信行为纠正后的信用信息修复管理办法（试行）（国家发展改革委令第58号）"
                    .to_owned(),
                article: None,
                verification: Verification::V2nd,
            },
        }
    }
}
