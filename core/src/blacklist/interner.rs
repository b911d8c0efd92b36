//! Values the registry stores once however many entries share them.

use std::collections::HashMap;

use super::index::Build;

/// Values stored once however many entries share them (the authority, the provision, the
/// conduct).
#[derive(Debug, Clone)]
pub(super) struct Interner<T> {
    pub(super) items: Vec<T>,
    ids: HashMap<T, u32, Build>,
}

impl<T> Default for Interner<T> {
    fn default() -> Self {
        Interner {
            items: Vec::new(),
            ids: HashMap::default(),
        }
    }
}

impl<T: Eq + std::hash::Hash> Interner<T> {
    /// The id of `v`, made from it (with `own`) only the first time it is seen.
    pub(super) fn id<Q>(&mut self, v: &Q, own: impl Fn(&Q) -> T) -> u32
    where
        T: std::borrow::Borrow<Q> + Clone,
        Q: Eq + std::hash::Hash + ?Sized,
    {
        if let Some(&i) = self.ids.get(v) {
            return i;
        }
        let i = self.items.len() as u32;
        let item = own(v);
        self.items.push(item.clone());
        self.ids.insert(item, i);
        i
    }

    pub(super) fn len(&self) -> usize {
        self.items.len()
    }
}
