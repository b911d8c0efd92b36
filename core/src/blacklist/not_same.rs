//! "Not the same subject" (非同一主体) decisions: a person's finding that a query and an entry
//! with the same name are different subjects, which silences that name match.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::index::Build;
use super::query::{Identity, QueryKey};

/// A person's decision that a query and an entry are not the same subject.
///
/// It applies from its date to queries with the same key: the credit code if the query had one,
/// else its ID number, else its normalised name. It can only silence a name match: an
/// identifier is proof of identity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NotSame {
    /// The query as it was decided on.
    pub query: Identity,
    /// The entry.
    pub entry_id: String,
    /// When it was decided.
    #[serde(deserialize_with = "crate::date::de")]
    pub date: NaiveDate,
    /// Who decided.
    pub actor: String,
    /// Why.
    pub reason: String,
}

/// The decisions a registry holds, in the order made, and by entry.
#[derive(Debug, Clone, Default)]
pub(super) struct NotSameDecisions {
    list: Vec<NotSame>,
    /// Entry → positions in `list`.
    by_entry: HashMap<u32, Vec<u32>, Build>,
}

impl NotSameDecisions {
    /// Every decision, in the order made.
    pub(super) fn list(&self) -> &[NotSame] {
        &self.list
    }

    /// True when some decision is about entry `idx`: screening looks for one only then.
    pub(super) fn any_for(&self, idx: u32) -> bool {
        self.by_entry.contains_key(&idx)
    }

    /// The decision about entry `idx` for queries with `key` in force on `as_of`.
    pub(super) fn find(&self, idx: u32, key: &QueryKey, as_of: NaiveDate) -> Option<&NotSame> {
        self.by_entry
            .get(&idx)?
            .iter()
            .filter_map(|&i| self.list.get(i as usize))
            .find(|d| d.date <= as_of && d.query.key() == *key)
    }

    /// Adds a decision about entry `idx`.
    pub(super) fn push(&mut self, idx: u32, decision: NotSame) {
        // Below 2^31 decisions, as entries are.
        let at = self.list.len() as u32;
        self.list.push(decision);
        self.by_entry.entry(idx).or_default().push(at);
    }
}
