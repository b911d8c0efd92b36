//! Hash indexes from a key to the entries that carry it, in a few bytes per entry.
//!
//! A key (a credit code, an ID number, a normalised name, an entry id) is hashed to 32 bits, and
//! the table holds hash → entry. The hash is only a lead: callers compare the key itself, so two
//! keys that collide in 32 bits (a few hundred pairs among a million entries) are told apart. A
//! hash shared by several entries points into an overflow list.

use std::hash::{BuildHasherDefault, Hasher};

/// An odd constant with well-spread bits (the fractional part of the golden ratio).
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// A fast, deterministic hasher (named after FxHash, which it replaces): no per-process random keys, so the library reads no OS entropy
/// and answers the same on every run. The keys come from the registry's own data, not from
/// whoever sends a query, so flooding attacks on the table are not a concern.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    /// Folded multiply (as in foldhash and wyhash): the high half of the 128-bit product carries
    /// every input bit, so structured keys (codes differing in two digits) do not collide.
    fn add(&mut self, word: u64) {
        let p = u128::from(self.0 ^ word) * u128::from(K);
        self.0 = (p as u64) ^ ((p >> 64) as u64);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 56));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        fmix64(self.0)
    }
}

/// MurmurHash3's finaliser: every input bit reaches every output bit, so the table may use the
/// low bits for the slot and the high bits for its tag.
fn fmix64(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

pub(crate) type Build = BuildHasherDefault<FxHasher>;

/// The 32-bit index key of some bytes.
pub(crate) fn key(bytes: &[u8]) -> u32 {
    let mut h = FxHasher(bytes.len() as u64);
    h.write(bytes);
    (h.finish() >> 32) as u32
}

/// A second 32-bit hash of some bytes, independent of [`key`]: a different seed, and the low
/// half of the result where `key` takes the high.
pub(crate) fn fingerprint(bytes: &[u8]) -> u32 {
    let mut h = FxHasher(0x243f_6a88_85a3_08d3 ^ bytes.len() as u64);
    h.write(bytes);
    h.finish() as u32
}

/// Marks a value as an index into the overflow lists.
const MANY: u32 = 1 << 31;

/// The most entries an index can address (the top bit marks overflow lists).
pub(crate) const MAX_ENTRIES: usize = MANY as usize;

/// Key hash → entries: an open-addressing hash map with linear probing, each slot one `u64`
/// holding the key in its high half and the value + 1 in its low half (0: empty).
///
/// Why not `std::collections::HashMap<u32, u32>`: a lookup there reads a control byte group and
/// then the slot, two places in memory; at a million entries each is a cache and TLB miss, and
/// screening a credit code would pay three with the entry itself. Here a lookup reads one cache
/// line, and the table is no larger (8 bytes a slot, no control bytes, at most 3/4 full).
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    slots: Vec<u64>,
    len: usize,
    many: Vec<Vec<u32>>,
}

impl Index {
    pub fn with_capacity(n: usize) -> Index {
        let mut ix = Index::default();
        ix.resize(Self::slots_for(n));
        ix
    }

    /// The mask that picks a key's home slot.
    pub fn mask(&self) -> u32 {
        // Tables stay far below 2^32 slots (entries are fewer than 2^31).
        self.slots.len().saturating_sub(1) as u32
    }

    /// Slots for `n` keys at most 3/4 full, a power of two.
    fn slots_for(n: usize) -> usize {
        (n.saturating_mul(4) / 3 + 1).next_power_of_two().max(16)
    }

    fn resize(&mut self, slots: usize) {
        let old = std::mem::replace(&mut self.slots, vec![0; slots]);
        for s in old.into_iter().filter(|&s| s != 0) {
            let at = self.probe(key_of(s));
            self.slots[at] = s;
        }
    }

    /// The slot holding `key`, or the empty slot where it would go.
    fn probe(&self, key: u32) -> usize {
        let mask = self.slots.len() - 1;
        // The key is already a hash: its low bits pick the slot.
        let mut i = key as usize & mask;
        loop {
            let s = self.slots[i];
            if s == 0 || key_of(s) == key {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `entry` under `key`, once.
    pub fn insert(&mut self, key: u32, entry: u32) {
        if (self.len + 1) * 4 > self.slots.len() * 3 {
            self.resize(Self::slots_for(self.len + 1).max(self.slots.len() * 2));
        }
        let at = self.probe(key);
        let s = self.slots[at];
        if s == 0 {
            self.slots[at] = slot(key, entry);
            self.len += 1;
            return;
        }
        let value = value_of(s);
        if value & MANY != 0 {
            if let Some(list) = self.many.get_mut((value & !MANY) as usize)
                && !list.contains(&entry)
            {
                list.push(entry);
            }
        } else if value != entry {
            // Overflow lists are few (shared keys and rare collisions), far below 2^31.
            let list = self.many.len() as u32;
            self.many.push(vec![value, entry]);
            self.slots[at] = slot(key, MANY | list);
        }
    }

    /// The entries under `key`, in insertion order.
    pub fn get(&self, key: u32) -> Candidates<'_> {
        if self.slots.is_empty() {
            return Candidates::One(None);
        }
        let s = self.slots[self.probe(key)];
        match value_of(s) {
            _ if s == 0 => Candidates::One(None),
            v if v & MANY == 0 => Candidates::One(Some(v)),
            v => Candidates::Many(
                self.many
                    .get((v & !MANY) as usize)
                    .map_or(&[][..], Vec::as_slice)
                    .iter(),
            ),
        }
    }
}

fn slot(key: u32, value: u32) -> u64 {
    (u64::from(key) << 32) | (u64::from(value) + 1)
}

fn key_of(s: u64) -> u32 {
    (s >> 32) as u32
}

fn value_of(s: u64) -> u32 {
    ((s & 0xffff_ffff) as u32).wrapping_sub(1)
}

/// The entries under one key.
pub(crate) enum Candidates<'a> {
    One(Option<u32>),
    Many(std::slice::Iter<'a, u32>),
}

impl Iterator for Candidates<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        match self {
            Candidates::One(x) => x.take(),
            Candidates::Many(it) => it.next().copied(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_keys_overflow_and_stay_unique() {
        let mut ix = Index::default();
        ix.insert(7, 1);
        ix.insert(7, 1);
        assert_eq!(ix.get(7).collect::<Vec<_>>(), [1]);
        ix.insert(7, 2);
        ix.insert(7, 3);
        ix.insert(7, 2);
        assert_eq!(ix.get(7).collect::<Vec<_>>(), [1, 2, 3]);
        assert_eq!(ix.get(8).count(), 0);
    }

    #[test]
    fn grows_and_keeps_every_key() {
        let mut ix = Index::default();
        for i in 0..10_000u32 {
            ix.insert(key(&i.to_le_bytes()), i);
        }
        for i in 0..10_000u32 {
            assert!(ix.get(key(&i.to_le_bytes())).any(|e| e == i), "{i}");
        }
        assert!(ix.slots.len() * 3 >= ix.len * 4);
        // Key 0 and value 0 are ordinary.
        ix.insert(0, 0);
        assert_eq!(ix.get(0).collect::<Vec<_>>(), [0]);
    }

    #[test]
    fn keys_spread() {
        let mut seen = std::collections::HashSet::new();
        for i in 0..10_000u32 {
            seen.insert(key(format!("91445400MA{i:08}").as_bytes()));
        }
        assert!(seen.len() > 9_990);
        assert_ne!(key(b""), key(b"\0"));
    }
}
