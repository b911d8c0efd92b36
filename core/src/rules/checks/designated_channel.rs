//! `designatedChannel`: at least one of the media the law designates (指定媒体) is used.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, FindingDetail, withheld_whole};
use crate::Lang;
use crate::model::record::Channel;

/// At least one of the designated channels is used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DesignatedChannel {
    /// The designated channels (any one suffices); never empty.
    pub channels: Vec<Channel>,
}

impl CheckKind for DesignatedChannel {
    const KIND: &'static str = "designatedChannel";
    const ABOUT: &'static str = "one of the designated media is used";
}

/// Not published in the medium the law designates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelDesignatedMissing {
    /// The designated channels, none of which the record uses.
    pub channels: Vec<Channel>,
}

impl FindingDetail for ChannelDesignatedMissing {
    const CODE: &'static str = "channel.designated_missing";
    const ABOUT: &'static str = "not in the designated medium";
    fn message(&self, lang: Lang) -> String {
        match lang {
            Lang::ZhCn => {
                let names: Vec<_> = self.channels.iter().map(|c| c.name_zh()).collect();
                format!("未在法定指定媒体发布（应为：{}）", names.join("、"))
            }
            Lang::En => {
                let names: Vec<_> = self.channels.iter().map(|c| c.name_en()).collect();
                format!(
                    "not published in a designated medium (one of: {})",
                    names.join(", ")
                )
            }
        }
    }
}

impl DesignatedChannel {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<ChannelDesignatedMissing> + Emit<super::not_judged::NotJudged>,
    {
        let r = cx.record;
        // A channel list declared incomplete may lack the designated channel only on paper.
        if !r.channels.is_empty()
            && !r.channels.iter().any(|c| self.channels.contains(c))
            && !withheld_whole(r)
            && !super::not_judged::unstated(r, "/channels", out)
        {
            out.emit(
                Cow::Borrowed("/channels"),
                ChannelDesignatedMissing {
                    channels: self.channels.clone(),
                },
            );
        }
    }
}
