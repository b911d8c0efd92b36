//! `channelPresent`: at least one publication channel (公开渠道) is given.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::kit::{CheckKind, Cx, Emit, fixed_finding, withheld_whole};

/// At least one channel is given.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelPresent {}

impl CheckKind for ChannelPresent {
    const KIND: &'static str = "channelPresent";
    const ABOUT: &'static str = "at least one publication channel is given";
}

fixed_finding!(
    /// No publication channel.
    ChannelMissing = "channel.missing",
    about "no publication channel",
    zh "未填写公开渠道",
    en "no publication channel is given",
);

impl ChannelPresent {
    pub(crate) fn judge<E>(&self, cx: Cx<'_>, out: &mut E)
    where
        E: Emit<ChannelMissing> + Emit<super::not_judged::NotJudged>,
    {
        if cx.record.channels.is_empty()
            && !withheld_whole(cx.record)
            && !super::not_judged::unstated(cx.record, "/channels", out)
        {
            out.emit(Cow::Borrowed("/channels"), ChannelMissing);
        }
    }
}
