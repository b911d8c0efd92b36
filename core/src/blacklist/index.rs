//! Hash indexes from a key to the entries that carry it.
//!
//! [`Index`], for names and entry ids, in a few bytes per entry: a key is hashed to 32 bits, and
//! the table holds hash → entry. The hash is only a lead: callers compare the key itself, so two
//! keys that collide in 32 bits (a few hundred pairs among a million entries) are told apart. A
//! hash shared by several entries points into an overflow list.
//!
//! [`IdentifierIndex`], for the 18-character identifiers (统一社会信用代码, 身份证号码): each slot
//! holds the identifier itself and what screening needs to judge the entry, so that a hit is
//! decided from the slot without reading the entry.

use std::hash::{BuildHasherDefault, Hasher};

use super::flags::Flags;

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
        self.insert_with(key, entry, |list, entry| list.contains(&entry));
    }

    /// As [`Index::insert`], for an entry no earlier one follows under any key (a new entry,
    /// or bulk loading in entry order): if the pair is present it is its list's last, so one
    /// comparison keeps the list unique instead of a scan of a list that may hold every entry
    /// of one subject.
    pub fn insert_newest(&mut self, key: u32, entry: u32) {
        self.insert_with(key, entry, |list, entry| list.last() == Some(&entry));
    }

    fn insert_with(&mut self, key: u32, entry: u32, seen: fn(&[u32], u32) -> bool) {
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
                && !seen(list, entry)
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

/// An 18-character identifier (统一社会信用代码, 身份证号码), as its ASCII bytes.
pub(crate) type Ident18 = [u8; 18];

/// What screening needs to judge an entry without history, kept in the index slot beside its
/// identifier: its flags and four days, whose meaning the registry gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Summary {
    pub flags: Flags,
    pub days: [u16; 4],
}

/// A slot is in use.
const USED: u8 = 1;
/// Another slot with the same identifier follows this one in the probe sequence.
const MORE: u8 = 2;
/// The slot carries its entry's [`Summary`].
const SUMMARY: u8 = 4;

/// One identifier → entry pair, 32 bytes: two to a cache line.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C)]
struct Slot {
    key: Ident18,
    tag: u8,
    flags: Flags,
    entry: u32,
    days: [u16; 4],
}

impl Slot {
    fn summary(&self) -> Option<Summary> {
        (self.tag & SUMMARY != 0).then_some(Summary {
            flags: self.flags,
            days: self.days,
        })
    }
}

/// Two slots on one cache line: a key's home is a line, so the slot that answers is usually on
/// the first line read.
#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct Line([Slot; 2]);

/// Identifier → entries, with each entry's [`Summary`] while it has no history: an
/// open-addressing table with linear probing, each slot 32 bytes.
///
/// Why not an [`Index`] (hash → entry, then the identifier read from the entry): at a million
/// entries a screening hit would then read the slot, and then the entry — two dependent cache
/// misses, the second as costly as the first. Here the slot holds the whole identifier, compared
/// byte for byte (the hash only picks the line), and what status and barring need, so a hit on
/// an entry without history costs one miss. The slots are larger (32 bytes, at most 3/4 full,
/// sized 2/3 full), which a table for identifiers alone can afford.
///
/// Slots of one identifier sit in the probe sequence in the order they were added (there are no
/// deletions, so a new one goes after every earlier one); each but the last is marked `MORE`, so
/// a lookup stops at the last instead of probing on to an empty slot.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdentifierIndex {
    lines: Vec<Line>,
    len: usize,
}

impl IdentifierIndex {
    /// Room for `n` identifiers, 2/3 full.
    pub fn with_capacity(n: usize) -> IdentifierIndex {
        IdentifierIndex {
            lines: vec![Line::default(); Self::lines_for(n)],
            len: 0,
        }
    }

    fn lines_for(n: usize) -> usize {
        (n.saturating_mul(3) / 4 + 1).max(8)
    }

    fn slots(&self) -> usize {
        self.lines.len() * 2
    }

    fn slot(&self, i: usize) -> &Slot {
        &self.lines[i >> 1].0[i & 1]
    }

    fn slot_mut(&mut self, i: usize) -> &mut Slot {
        &mut self.lines[i >> 1].0[i & 1]
    }

    /// `key`'s home line: where inserting in the order of home lines writes the table in one
    /// pass.
    pub fn home_line(&self, key: &Ident18) -> u32 {
        // The hash scaled to the number of lines (Lemire's multiply-shift), so that any table
        // size works; tables stay far below 2^32 lines.
        ((u64::from(self::key(key)) * self.lines.len() as u64) >> 32) as u32
    }

    /// The first slot of `key`'s home line.
    fn home(&self, key: &Ident18) -> usize {
        self.home_line(key) as usize * 2
    }

    fn next(&self, i: usize) -> usize {
        if i + 1 == self.slots() { 0 } else { i + 1 }
    }

    /// Adds `entry` under `key` with its summary, once: a pair already present is left as it is.
    pub fn insert(&mut self, key: &Ident18, entry: u32, summary: Option<Summary>) {
        self.insert_after(key, entry, summary, None);
    }

    /// As [`IdentifierIndex::insert`], given the slot of `key`'s last entry when the caller
    /// knows it (bulk loading inserts one identifier's entries in a row): the probe then starts
    /// there instead of walking every earlier entry of the identifier, so that one identifier
    /// with many entries loads in linear time. Returns the slot written (or already holding
    /// the pair), the hint for the identifier's next entry.
    pub fn insert_after(
        &mut self,
        key: &Ident18,
        entry: u32,
        summary: Option<Summary>,
        last_of_key: Option<usize>,
    ) -> usize {
        if self.lines.is_empty() || (self.len + 1) * 4 > self.slots() * 3 {
            self.grow();
        }
        let (mut i, mut last) = match last_of_key {
            Some(j) if j < self.slots() && self.slot(j).tag != 0 && self.slot(j).key == *key => {
                if self.slot(j).entry == entry {
                    return j;
                }
                (self.next(j), Some(j))
            }
            _ => (self.home(key), None),
        };
        loop {
            let s = self.slot(i);
            if s.tag == 0 {
                break;
            }
            if s.key == *key {
                if s.entry == entry {
                    return i;
                }
                last = Some(i);
            }
            i = self.next(i);
        }
        if let Some(j) = last {
            self.slot_mut(j).tag |= MORE;
        }
        let (tag, flags, days) = match summary {
            Some(s) => (USED | SUMMARY, s.flags, s.days),
            None => (USED, Flags::default(), [0; 4]),
        };
        *self.slot_mut(i) = Slot {
            key: *key,
            tag,
            flags,
            entry,
            days,
        };
        self.len += 1;
        i
    }

    /// Doubles the table, keeping each identifier's entries in their order.
    fn grow(&mut self) {
        let mut bigger =
            IdentifierIndex::with_capacity((self.len + 1).max(self.slots().saturating_mul(4) / 3));
        // From an empty slot on, so that no run of slots is met after its own wrapped tail.
        let slots = self.slots();
        let start = (0..slots).find(|&i| self.slot(i).tag == 0).unwrap_or(0);
        for k in 0..slots {
            let s = *self.slot((start + k) % slots.max(1));
            if s.tag != 0 {
                bigger.insert(&s.key, s.entry, s.summary());
            }
        }
        *self = bigger;
    }

    /// Stops using the summary kept for `entry` under `key`: the entry now has history.
    pub fn forget_summary(&mut self, key: &Ident18, entry: u32) {
        if self.lines.is_empty() {
            return;
        }
        let mut i = self.home(key);
        loop {
            let s = self.slot_mut(i);
            if s.tag == 0 {
                return;
            }
            if s.key == *key && s.entry == entry {
                s.tag &= !SUMMARY;
                return;
            }
            i = self.next(i);
        }
    }

    /// The entries under `key`, in the order added, each with its summary if it has one.
    pub fn get(&self, key: &Ident18) -> IdentifierHits<'_> {
        IdentifierHits {
            at: if self.lines.is_empty() {
                None
            } else {
                Some(self.home(key))
            },
            index: self,
            key: *key,
        }
    }
}

/// The entries under one identifier.
pub(crate) struct IdentifierHits<'a> {
    index: &'a IdentifierIndex,
    key: Ident18,
    /// The next slot to read; `None` when done.
    at: Option<usize>,
}

impl Iterator for IdentifierHits<'_> {
    type Item = (u32, Option<Summary>);

    fn next(&mut self) -> Option<(u32, Option<Summary>)> {
        let mut i = self.at?;
        loop {
            let s = self.index.slot(i);
            if s.tag == 0 {
                self.at = None;
                return None;
            }
            i = self.index.next(i);
            if s.key == self.key {
                self.at = (s.tag & MORE != 0).then_some(i);
                return Some((s.entry, s.summary()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Domain;
    use crate::blacklist::Bars;

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

    /// An 18-byte identifier from a number.
    fn ident(i: u32) -> Ident18 {
        let mut k = *b"914454000000000000";
        k[8..18].copy_from_slice(format!("{i:010}").as_bytes());
        k
    }

    fn entries(ix: &IdentifierIndex, k: &Ident18) -> Vec<u32> {
        ix.get(k).map(|(e, _)| e).collect()
    }

    #[test]
    fn identifiers_sharing_a_line_are_told_apart() {
        // The smallest table: 8 lines, so that many identifiers share a home line.
        let mut ix = IdentifierIndex::with_capacity(0);
        let line = ix.home_line(&ident(0));
        let same: Vec<Ident18> = (0..)
            .map(ident)
            .filter(|k| ix.home_line(k) == line)
            .take(4)
            .collect();
        // Three of the four go in, interleaved with the same identifier twice.
        ix.insert(&same[0], 10, None);
        ix.insert(&same[1], 11, None);
        ix.insert(&same[0], 12, None);
        ix.insert(&same[2], 13, None);
        assert_eq!(entries(&ix, &same[0]), [10, 12]);
        assert_eq!(entries(&ix, &same[1]), [11]);
        assert_eq!(entries(&ix, &same[2]), [13]);
        assert_eq!(entries(&ix, &same[3]), [] as [u32; 0]);
        assert_eq!(IdentifierIndex::default().get(&same[0]).count(), 0);
    }

    /// Inserting after the identifier's last slot gives the table plain insertion gives, for
    /// one identifier with many entries among others that share its lines.
    #[test]
    fn insert_after_the_last_slot_matches_insert() {
        let keys: Vec<Ident18> = (0..40).map(ident).collect();
        let (mut plain, mut hinted) = (IdentifierIndex::default(), IdentifierIndex::default());
        let mut last: Option<(Ident18, usize)> = None;
        for e in 0..400u32 {
            // Runs of one identifier, as bulk loading gives them, with a repeat of a pair.
            let k = keys[(e / 25) as usize % keys.len()];
            for entry in [e, e] {
                plain.insert(&k, entry, None);
                let hint = last.filter(|(lk, _)| *lk == k).map(|(_, at)| at);
                let at = hinted.insert_after(&k, entry, None, hint);
                last = Some((k, at));
            }
        }
        for k in &keys {
            assert_eq!(entries(&hinted, k), entries(&plain, k));
        }
        assert_eq!(entries(&hinted, &keys[0]), (0..25).collect::<Vec<u32>>());
    }

    #[test]
    fn newest_entries_stay_unique_with_one_comparison() {
        let mut ix = Index::default();
        for e in 0..1000 {
            ix.insert_newest(7, e);
            ix.insert_newest(7, e);
        }
        assert_eq!(ix.get(7).count(), 1000);
    }

    #[test]
    fn summaries_are_kept_until_forgotten() {
        let mut ix = IdentifierIndex::default();
        let s = Summary {
            flags: Flags::new(Bars::Domain(Domain::ALL[1]), None, true),
            days: [19_000, 19_001, 19_366, 20_000],
        };
        ix.insert(&ident(1), 1, Some(s));
        ix.insert(&ident(1), 2, Some(s));
        // A pair already there is left as it is.
        ix.insert(&ident(1), 1, None);
        assert_eq!(
            ix.get(&ident(1)).collect::<Vec<_>>(),
            [(1, Some(s)), (2, Some(s))]
        );
        ix.forget_summary(&ident(1), 2);
        ix.forget_summary(&ident(2), 1);
        assert_eq!(
            ix.get(&ident(1)).collect::<Vec<_>>(),
            [(1, Some(s)), (2, None)]
        );
    }

    #[test]
    fn identifiers_keep_their_entries_in_order_as_the_table_grows() {
        let mut ix = IdentifierIndex::with_capacity(0);
        // Identifiers homed on the last of the 8 lines run past the end of the table to its
        // start.
        let last = 7;
        let wrapping: Vec<Ident18> = (0..)
            .map(ident)
            .filter(|k| ix.home_line(k) == last)
            .take(3)
            .collect();
        for (e, k) in [(5, 0), (1, 1), (3, 0), (7, 2), (2, 0)] {
            ix.insert(&wrapping[k], e, None);
        }
        assert_eq!(entries(&ix, &wrapping[0]), [5, 3, 2]);
        assert_eq!(ix.slot(0).entry, 3, "the run wraps");
        for i in 100..20_000 {
            ix.insert(&ident(i), i, None);
        }
        assert!(ix.slots() * 3 >= ix.len * 4);
        assert_eq!(entries(&ix, &wrapping[0]), [5, 3, 2]);
        assert_eq!(entries(&ix, &wrapping[1]), [1]);
        assert_eq!(entries(&ix, &wrapping[2]), [7]);
        for i in 100..20_000 {
            assert_eq!(entries(&ix, &ident(i)), [i], "{i}");
        }
        assert_eq!(entries(&ix, &ident(20_000)), [] as [u32; 0]);
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
