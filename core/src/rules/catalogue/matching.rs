//! Which items a catalogue row is about, within the domains checked: by the names real
//! catalogues give the items (the rule table's `catalogueNames` rows, layerable like any row),
//! then, for a row whose name is a heading (招标投标), by the items its 公开内容 lists.

use std::collections::HashMap;

use crate::model::catalog::CatalogEntry;
use crate::model::domain::Domain;
use crate::model::item::ItemKind;
use crate::rules::{Check, RuleSet};

/// How a row was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// The row says which item (`item`).
    Explicit,
    /// Its 三级 or 二级事项 is a name of the item.
    Name,
    /// Its 公开内容 lists items by name (one row covering several).
    Content,
    /// Nothing matched.
    Unmatched,
}

/// The names of the items of the domains checked, normalised.
pub(crate) struct Names {
    exact: HashMap<String, Vec<ItemKind>>,
    /// Names of three characters or more, longest first, for names printed inside longer ones.
    contained: Vec<(String, ItemKind)>,
    /// Per item, per element key, the element's names (its own and the table's).
    elements: HashMap<ItemKind, Vec<(&'static str, Vec<String>)>>,
}

/// A name without spaces, brackets, punctuation or list numbers, for comparing.
pub(crate) fn norm(s: &str) -> String {
    s.chars().filter(|c| !skipped(*c)).collect()
}

/// Spaces, brackets, punctuation and list marks, which names are compared without.
fn skipped(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '（' | '）'
                | '('
                | ')'
                | '【'
                | '】'
                | '['
                | ']'
                | '〔'
                | '〕'
                | '<'
                | '>'
                | '《'
                | '》'
                | '「'
                | '」'
                | '“'
                | '”'
                | '"'
                | '\''
                | '‘'
                | '’'
                | '、'
                | '，'
                | ','
                | ';'
                | '；'
                | ':'
                | '：'
                | '·'
                | '.'
                | '。'
                | '!'
                | '！'
                | '?'
                | '？'
                | '-'
                | '—'
                | '_'
                | '/'
                | '／'
                | '●'
                | '〇'
                | '○'
                | '■'
                | '□'
                | '√'
        )
}

impl Names {
    pub(crate) fn new(rules: &RuleSet, domains: &[Domain]) -> Names {
        let mut exact: HashMap<String, Vec<ItemKind>> = HashMap::new();
        let mut contained = Vec::new();
        let mut elements = HashMap::new();
        let mut add = |name: &str, item: ItemKind, exact: &mut HashMap<String, Vec<ItemKind>>| {
            let n = norm(name);
            if n.is_empty() {
                return;
            }
            let v = exact.entry(n.clone()).or_default();
            if !v.contains(&item) {
                v.push(item);
            }
            if n.chars().count() >= 3 {
                contained.push((n, item));
            }
        };
        for item in ItemKind::all().filter(|i| domains.contains(&i.domain())) {
            let zh = item.spec().zh;
            add(zh, item, &mut exact);
            // 公开 names the act, not the information: a catalogue's 采购意向 is the item
            // 采购意向公开.
            if let Some(stem) = zh.strip_suffix("公开")
                && stem.chars().count() >= 3
            {
                add(stem, item, &mut exact);
            }
            let mut elems: Vec<(&'static str, Vec<String>)> = item
                .elements()
                .iter()
                .map(|e| (e.key, vec![norm(e.zh)]))
                .collect();
            for rule in rules.for_item(item) {
                if let Check::CatalogueNames(n) = &rule.check
                    && rule.item == Some(item)
                {
                    for name in &n.names {
                        add(name, item, &mut exact);
                    }
                    for (key, names) in &n.elements {
                        if let Some(slot) = elems.iter_mut().find(|(k, _)| k == key) {
                            slot.1.extend(names.iter().map(|s| norm(s)));
                        }
                    }
                }
            }
            elements.insert(item, elems);
        }
        contained.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
        contained.dedup();
        Names {
            exact,
            contained,
            elements,
        }
    }

    /// The items a row is about, and how they were found.
    pub(crate) fn match_row(&self, row: &CatalogEntry) -> (Vec<ItemKind>, Via) {
        if let Some(item) = row.item {
            return (vec![item], Via::Explicit);
        }
        for name in [&row.level3, &row.level2] {
            let items = self.by_name(&norm(name));
            if !items.is_empty() {
                return (items, Via::Name);
            }
        }
        let mut items = Vec::new();
        for piece in row.content.split(['、', ';', '；', '，', ',', '\n']) {
            let piece = piece.trim_start_matches(|c: char| {
                c.is_ascii_digit() || c.is_whitespace() || "．.、①②③④⑤⑥⑦⑧⑨⑩".contains(c)
            });
            if let Some(found) = self.exact.get(&norm(piece)) {
                for i in found {
                    if !items.contains(i) {
                        items.push(*i);
                    }
                }
            }
        }
        if items.is_empty() {
            (items, Via::Unmatched)
        } else {
            (items, Via::Content)
        }
    }

    fn by_name(&self, name: &str) -> Vec<ItemKind> {
        if name.is_empty() {
            return Vec::new();
        }
        if let Some(items) = self.exact.get(name) {
            return items.clone();
        }
        let mut best: Option<usize> = None;
        let mut items = Vec::new();
        for (alias, item) in &self.contained {
            if best.is_some_and(|b| alias.len() < b) {
                break;
            }
            if name.contains(alias.as_str()) {
                best = Some(alias.len());
                if !items.contains(item) {
                    items.push(*item);
                }
            }
        }
        items
    }

    /// The names of an item's elements (its own name first), normalised.
    pub(crate) fn elements(&self, item: ItemKind) -> &[(&'static str, Vec<String>)] {
        self.elements.get(&item).map_or(&[], Vec::as_slice)
    }
}
