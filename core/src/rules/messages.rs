//! zh-CN and en messages, rendered from a finding's data.

use crate::Lang;
use crate::finding::{Detail, Finding, FindingCode as C};

/// Renders a finding's message.
pub fn render(f: &Finding, lang: Lang) -> String {
    let zh = lang == Lang::ZhCn;
    match (&f.code, &f.detail) {
        (C::ElementMissing, Detail::Element { key, zh: z, en }) => {
            if zh {
                format!("缺少必备公开要素「{z}」（{key}）")
            } else {
                format!("required element \"{en}\" ({key}) is missing or blank")
            }
        }
        (C::ElementUnknown, Detail::Element { key, .. }) => {
            if zh {
                format!("「{key}」不是该类信息定义的公开要素（可能拼写有误）")
            } else {
                format!("\"{key}\" is not an element of this item (a misspelling?)")
            }
        }
        (C::ItemDomainMismatch, Detail::ItemDomain { record, item }) => {
            if zh {
                format!(
                    "信息类别属于「{}」领域，与记录所填领域「{}」不符",
                    item.name_zh(),
                    record.name_zh()
                )
            } else {
                format!(
                    "the item belongs to {}, not to the record's domain {}",
                    item.name_en(),
                    record.name_en()
                )
            }
        }
        (C::ExemptionCategoryMissing, _) => pick(
            zh,
            "不予公开未说明属于何种情形（国家秘密、商业秘密、个人隐私等）",
            "the exemption does not say on what ground (state secret, commercial secret, privacy…)",
        ),
        (C::ExemptionBasisMissing, _) => pick(
            zh,
            "不予公开未载明法律依据",
            "the exemption does not cite its legal basis",
        ),
        (C::ExemptionElementsMissing, _) => pick(
            zh,
            "部分公开未列明不予公开的要素",
            "a partial exemption must list the elements it withholds",
        ),
        (C::ExemptionPrivacyWholeRecord, _) => pick(
            zh,
            "以个人隐私为由全部不予公开：能够作区分处理的，应去标识化后公开其余内容",
            "the whole record is withheld for privacy: where the private part can be separated, \
             publish the rest with personal data masked",
        ),
        (C::ChannelMissing, _) => pick(zh, "未填写公开渠道", "no publication channel is given"),
        (C::ChannelDesignatedMissing, Detail::Channels(cs)) => {
            if zh {
                let names: Vec<_> = cs.iter().map(|c| c.name_zh()).collect();
                format!("未在法定指定媒体发布（应为：{}）", names.join("、"))
            } else {
                let names: Vec<_> = cs.iter().map(|c| c.name_en()).collect();
                format!(
                    "not published in a designated medium (one of: {})",
                    names.join(", ")
                )
            }
        }
        (C::PublishedBeforeFormed, Detail::Dates { first, second }) => {
            if zh {
                format!("发布日期 {second} 早于信息形成日期 {first}")
            } else {
                format!("published on {second}, before the information was formed on {first}")
            }
        }
        (C::AwardBeforeBidDeadline, Detail::Dates { first, second }) => {
            if zh {
                format!("中标（成交）确定日期 {second} 早于投标截止日期 {first}")
            } else {
                format!("the winner was determined on {second}, before the bid deadline {first}")
            }
        }
        (C::ContractExceedsBudget, Detail::Amounts { amount, limit }) => {
            if zh {
                format!("合同（中标）金额 {amount} 元超过预算金额或最高限价 {limit} 元")
            } else {
                format!(
                    "the contract amount {amount} yuan exceeds the budget or maximum price {limit} yuan"
                )
            }
        }
        (C::IdNumberExposed, _) => pick(
            zh,
            "公开文本含有未遮蔽的居民身份证号码",
            "public text contains an unmasked resident ID number",
        ),
        (C::MobileExposed, _) => pick(
            zh,
            "公开文本含有未遮蔽的手机号码",
            "public text contains an unmasked mobile number",
        ),
        (C::PublishedWithoutDate, _) => pick(
            zh,
            "状态为已公开，但未填写发布日期",
            "status is published but no publication date is given",
        ),
        (C::DraftWithPublicationDate, _) => pick(
            zh,
            "草稿不应有发布日期",
            "a draft cannot have a publication date",
        ),
        (C::CatalogueItemMissing, Detail::Item(item)) => {
            if zh {
                format!("目录清单缺少「{}」事项", item.name(lang))
            } else {
                format!("the catalogue has no row for \"{}\"", item.name(lang))
            }
        }
        (C::CatalogueColumnMissing, _) => {
            pick(zh, "目录清单该栏为空", "this catalogue column is empty")
        }
        (C::CatalogueTimeLimitLooser, Detail::Periods { given, law }) => {
            if zh {
                format!("公开时限「{given}」宽于法定时限「{law}」")
            } else {
                format!(
                    "the time limit {} {} is looser than the law's {} {}",
                    given.n,
                    given.unit.name_en(),
                    law.n,
                    law.unit.name_en()
                )
            }
        }
        (C::CatalogueTimeLimitUnspecified, Detail::Periods { law, .. }) => {
            if zh {
                format!("公开时限未写明期限，法定时限为「{law}」")
            } else {
                format!(
                    "the time limit states no period; the law's is {} {}",
                    law.n,
                    law.unit.name_en()
                )
            }
        }
        // A code rendered with data of another shape: fall back to the rule's own summary.
        _ => {
            if zh {
                f.rule.summary.zh.clone()
            } else {
                f.rule.summary.en.clone()
            }
        }
    }
}

fn pick(zh: bool, z: &str, en: &str) -> String {
    if zh { z.to_owned() } else { en.to_owned() }
}
