//! `publishedAfterFormed`: published on or after the day the information was formed.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail};
use crate::Lang;
use crate::date::StatedDate;

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
    pub formed: StatedDate,
    /// When it was published.
    pub published: StatedDate,
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
        if r.formed_on.is_none() {
            super::not_judged::unstated(r, "/formedOn", out);
        }
        let (Some(published), Some(formed)) = (r.published_on, r.formed_on) else {
            return;
        };
        match published.is_before(&formed) {
            Some(true) => out.emit(
                Cow::Borrowed("/publishedOn"),
                PublishedBeforeFormed { formed, published },
            ),
            Some(false) => {}
            None => super::not_judged::unsettled(
                [("/publishedOn", published), ("/formedOn", formed)],
                out,
            ),
        }
    }
}
