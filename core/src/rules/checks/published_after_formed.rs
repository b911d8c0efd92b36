//! `publishedAfterFormed`: published on or after the day the information was formed.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;

/// Published on or after the date the information was formed.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublishedAfterFormed {}

impl CheckKind for PublishedAfterFormed {
    const KIND: &'static str = "publishedAfterFormed";
    const ABOUT: &'static str = "published on or after the day the information was formed";
}

/// Published before the information was formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublishedBeforeFormed {
    /// When the information was formed.
    pub formed: NaiveDate,
    /// When it was published.
    pub published: NaiveDate,
}

impl FindingDetail for PublishedBeforeFormed {
    const CODE: &'static str = "date.published_before_formed";
    const ABOUT: &'static str = "published before it was formed";
    fn message(&self, lang: Lang) -> String {
        let PublishedBeforeFormed { formed, published } = self;
        match lang {
            Lang::ZhCn => format!("发布日期 {published} 早于信息形成日期 {formed}"),
            Lang::En => {
                format!("published on {published}, before the information was formed on {formed}")
            }
        }
    }
}

impl PublishedAfterFormed {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<PublishedBeforeFormed> + Emit<super::not_judged::NotJudged>,
    {
        let r = cx.record;
        if r.published_on.is_none() {
            super::not_judged::unstated(r, "/publishedOn", out);
        }
        if let Some(p) = r.published_on
            && p < r.formed_on
        {
            out.emit(
                Cow::Borrowed("/publishedOn"),
                PublishedBeforeFormed {
                    formed: r.formed_on,
                    published: p,
                },
            );
        }
    }
}
