//! The spot-check sample (抽查, 粤办函〔2018〕201号 四): `n` records per responsible body, stratified
//! by domain, drawn by a seeded hash of each record's id, so that two evaluators with the same
//! records and the same seed pick the same records whatever order their files are in.
//!
//! The draw is made as the records go by ([`SpotCheck`]): it keeps, per body and domain, the `n`
//! records with the smallest keys, so a year of records is sampled without holding it.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::Domain;
use crate::model::record::DisclosureRecord;

/// A record drawn for a spot check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Drawn {
    /// Position of the record in the input, as the caller counts it ([`spot_check`]: the index
    /// in its slice; [`SpotCheck::add`]: the index it was given).
    pub index: usize,
    /// Its responsible body.
    pub body: String,
    /// Its domain.
    pub domain: Domain,
    /// Its id.
    pub record_id: String,
    /// Its title, for the report's table.
    pub title: String,
}

/// Draws up to `per_body` records from each responsible body: each record is given a key, a
/// hash of `seed`, the body's name and the record's id (so input order does not matter); the
/// body's records are split by domain, each domain's taken in key order, and the domains are
/// taken in turn, so a body with records in three domains has all three in its sample when
/// `per_body ≥ 3`. Records with the same id are told apart by position.
///
/// # Example
/// ```
/// use gongkai::assessment::sample::spot_check;
/// # use gongkai::DisclosureRecord;
/// # let rec = |id: &str, item: &str, domain: &str| DisclosureRecord::from_json(&format!(
/// #   r#"{{"id":"{id}","domain":"{domain}","item":"{item}","title":"t","responsibleBody":{{"name":"云江市某局"}},"formedOn":"2024-01-02","status":"draft"}}"#)).unwrap();
/// let records = vec![rec("a", "procurementResult", "governmentProcurement"),
///                    rec("b", "procurementContract", "governmentProcurement"),
///                    rec("c", "housingAllocationResult", "housing")];
/// let drawn = spot_check(&records, 2, 42);
/// assert_eq!(drawn.len(), 2);
/// assert!(drawn.iter().any(|d| d.record_id == "c")); // both domains are in the sample
/// let mut reversed = records.clone();
/// reversed.reverse();
/// let again: Vec<_> = spot_check(&reversed, 2, 42).into_iter().map(|d| d.record_id).collect();
/// assert_eq!(again, drawn.iter().map(|d| d.record_id.clone()).collect::<Vec<_>>());
/// ```
pub fn spot_check(records: &[DisclosureRecord], per_body: usize, seed: u64) -> Vec<Drawn> {
    let mut s = SpotCheck::new(per_body, seed);
    for (i, r) in records.iter().enumerate() {
        s.add(i, r);
    }
    s.finish()
}

/// The spot-check sample drawn one record at a time: the same draw as [`spot_check`], keeping
/// at most `per_body` candidates per body and domain.
#[derive(Debug, Clone)]
pub struct SpotCheck {
    per_body: usize,
    seed: u64,
    /// Per body, per domain: the candidates with the smallest keys, in key order.
    bodies: BTreeMap<String, BTreeMap<Domain, Vec<Candidate>>>,
}

#[derive(Debug, Clone)]
struct Candidate {
    key: u64,
    index: usize,
    record_id: String,
    title: String,
}

impl Candidate {
    fn order(&self) -> (u64, &str, usize) {
        (self.key, &self.record_id, self.index)
    }
}

impl SpotCheck {
    /// An empty draw of `per_body` records per body, seeded with `seed`.
    pub fn new(per_body: usize, seed: u64) -> SpotCheck {
        SpotCheck {
            per_body,
            seed,
            bodies: BTreeMap::new(),
        }
    }

    /// Offers a record; `index` is its position in the input as the caller counts it (a line
    /// number, say), kept in [`Drawn::index`] and used only to tell records of the same id apart.
    pub fn add(&mut self, index: usize, record: &DisclosureRecord) {
        if self.per_body == 0 {
            return;
        }
        let body = record.responsible_body.name.as_str();
        let key = mix(mix(self.seed ^ fnv1a(body.as_bytes())) ^ fnv1a(record.id.as_bytes()));
        let order = (key, record.id.as_str(), index);
        // Looked up by `&str` first: a body's name is allocated once, not once a record.
        let domains = match self.bodies.get_mut(body) {
            Some(d) => d,
            None => self.bodies.entry(body.to_owned()).or_default(),
        };
        let list = domains.entry(record.domain).or_default();
        if list.len() == self.per_body && list.last().is_some_and(|c| c.order() <= order) {
            return;
        }
        let at = list.partition_point(|c| c.order() < order);
        list.insert(
            at,
            Candidate {
                key,
                index,
                record_id: record.id.clone(),
                title: record.title.clone(),
            },
        );
        list.truncate(self.per_body);
    }

    /// The sample: per body (in name order), the domains taken in turn.
    pub fn finish(self) -> Vec<Drawn> {
        let mut out = Vec::new();
        for (body, domains) in self.bodies {
            let mut lists: Vec<(Domain, std::vec::IntoIter<Candidate>)> = domains
                .into_iter()
                .map(|(d, list)| (d, list.into_iter()))
                .collect();
            let mut taken = 0;
            let mut any = true;
            while taken < self.per_body && any {
                any = false;
                for (domain, list) in &mut lists {
                    if taken == self.per_body {
                        break;
                    }
                    if let Some(c) = list.next() {
                        out.push(Drawn {
                            index: c.index,
                            body: body.clone(),
                            domain: *domain,
                            record_id: c.record_id,
                            title: c.title,
                        });
                        taken += 1;
                        any = true;
                    }
                }
            }
        }
        out
    }
}

/// SplitMix64's output function: a fixed, documented mixing of 64 bits, so samples are
/// reproducible across platforms and versions (std's hashers and `rand` make no such promise).
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// FNV-1a, 64-bit: a stable hash of a body's name or a record's id.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xCBF2_9CE4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01B3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mix_matches_splitmix_reference_output() {
        // SplitMix64 seeded with 0 (Vigna's reference): its first outputs are mix(0), then
        // mix(golden ratio increment).
        assert_eq!(mix(0), 0xE220_A839_7B1D_CDAF);
        assert_eq!(mix(0x9E37_79B9_7F4A_7C15), 0x6E78_9E6A_A1B9_65F4);
    }

    fn record(id: &str, body: &str, domain: &str, item: &str) -> DisclosureRecord {
        DisclosureRecord::from_json(&format!(
            r#"{{"id":"{id}","domain":"{domain}","item":"{item}","title":"t{id}","responsibleBody":{{"name":"{body}"}},"formedOn":"2024-01-02","status":"draft"}}"#
        ))
        .expect("a record")
    }

    /// The draw keeps `per_body` candidates per stratum, yet is the same as sorting the whole
    /// stratum by key: checked against that, on strata far larger than the sample.
    #[test]
    fn the_bounded_draw_is_the_draw_over_all_records() {
        let records: Vec<_> = (0..300)
            .map(|i| {
                let (domain, item) = if i % 2 == 0 {
                    ("housing", "housingAllocationResult")
                } else {
                    ("governmentProcurement", "procurementResult")
                };
                record(
                    &format!("R{i}"),
                    ["甲局", "乙局", "丙局"][i % 3],
                    domain,
                    item,
                )
            })
            .collect();
        for (per_body, seed) in [(1, 0), (3, 7), (5, 2018)] {
            let drawn = spot_check(&records, per_body, seed);
            assert_eq!(drawn.len(), 3 * per_body);
            for d in &drawn {
                let key = |r: &DisclosureRecord| {
                    mix(mix(seed ^ fnv1a(r.responsible_body.name.as_bytes()))
                        ^ fnv1a(r.id.as_bytes()))
                };
                let mut stratum: Vec<&DisclosureRecord> = records
                    .iter()
                    .filter(|r| r.responsible_body.name == d.body && r.domain == d.domain)
                    .collect();
                stratum.sort_by_key(|r| key(r));
                let taken = drawn
                    .iter()
                    .filter(|e| e.body == d.body && e.domain == d.domain)
                    .count();
                let want: Vec<&str> = stratum[..taken].iter().map(|r| r.id.as_str()).collect();
                assert!(
                    want.contains(&d.record_id.as_str()),
                    "{d:?} not in {want:?}"
                );
                assert_eq!(records[d.index].id, d.record_id);
                assert_eq!(d.title, format!("t{}", d.record_id));
            }
        }
    }
}
