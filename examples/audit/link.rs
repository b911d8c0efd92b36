//! Amendments in the audited file (a correction, a suspension naming the notice it changes by
//! `amends`), so that each is judged with the notice it amends and each notice with the
//! suspensions that pause it (`Engine::validate_linked`).
//!
//! A file with no `"amends"` in it is read once, as before: a byte search finds out first. A
//! file with amendments is read twice: once for the amendments (kept, being few), once to judge.
//! An amendment met before the notice it amends waits for it, and is judged after the last
//! record. Standard input cannot be read twice: there, amendments are judged alone, and the
//! audit says so.

use std::collections::{HashMap, HashSet};
use std::io::{self, Read};
use std::path::Path;

use gongkai::DisclosureRecord;

/// The amendments of a file, by the id of the notice each amends.
pub struct Links {
    by_original: HashMap<String, Vec<DisclosureRecord>>,
    originals: HashSet<String>,
}

/// True when the file has the text `"amends"` anywhere: a chunked search, with the chunks
/// overlapping so that a match across two reads is found.
pub fn mentions_amends(path: &Path) -> io::Result<bool> {
    const NEEDLE: &[u8] = b"\"amends\"";
    let finder = memchr::memmem::Finder::new(NEEDLE);
    let mut file = std::fs::File::open(path)?;
    let mut buf = vec![0u8; 1 << 20];
    let mut kept = 0;
    loop {
        let n = file.read(&mut buf[kept..])?;
        if n == 0 {
            return Ok(false);
        }
        let end = kept + n;
        if finder.find(&buf[..end]).is_some() {
            return Ok(true);
        }
        kept = (NEEDLE.len() - 1).min(end);
        buf.copy_within(end - kept..end, 0);
    }
}

impl Links {
    /// The amendments of the file at `path`; `None` when it has none (the file is then read once).
    pub fn scan(path: &Path) -> io::Result<Option<Links>> {
        if path.as_os_str() == "-" || !mentions_amends(path)? {
            return Ok(None);
        }
        let mut by_original: HashMap<String, Vec<DisclosureRecord>> = HashMap::new();
        for (_, record) in crate::input::open(path)?.flatten() {
            if let Some(original) = record.amends.clone() {
                by_original.entry(original).or_default().push(record);
            }
        }
        let originals = by_original.keys().cloned().collect();
        Ok(Some(Links {
            by_original,
            originals,
        }))
    }

    /// The amendments of the notice `id`.
    pub fn amendments_of(&self, id: &str) -> &[DisclosureRecord] {
        self.by_original.get(id).map_or(&[], Vec::as_slice)
    }

    /// True when some record amends the notice `id`.
    pub fn is_amended(&self, id: &str) -> bool {
        self.originals.contains(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The search finds the key across the boundary of two reads, and nothing where it is not.
    #[test]
    fn the_key_is_found_across_reads() {
        let dir = std::env::temp_dir().join(format!("gongkai-link-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let at = (1 << 20) - 3;
        let mut bytes = vec![b' '; at];
        bytes.extend_from_slice(b"\"amends\":\"X\"");
        let found = dir.join("found.json");
        std::fs::write(&found, &bytes).unwrap();
        assert!(mentions_amends(&found).unwrap());
        let none = dir.join("none.json");
        std::fs::write(&none, vec![b' '; 3 << 20]).unwrap();
        assert!(!mentions_amends(&none).unwrap());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
