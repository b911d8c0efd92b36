//! The modules of core import one another as a tree a newcomer can draw: no module reaches itself
//! through its imports, directly (A ↔ B) or through others (A → B → C → A).
//!
//! The graph is read from the source files under `core/src`, one node per file: `lib.rs` is
//! `crate`, `a/mod.rs` is `a`, `a/b.rs` is `a::b`. Inline modules belong to their file. An edge
//! `A → B` is a path in A's code that names something defined in B:
//!
//! - `use` declarations, including those in function bodies, and paths written in code starting
//!   with `crate::`, `super::`, `self::` or the name of a child module (`text::parse`);
//! - paths inside string literals too, since `#[serde(deserialize_with = "crate::date::de")]`
//!   names a function as surely as a call does.
//!
//! A path is followed to the file that defines the item: `crate::blacklist::Registry` names
//! `blacklist::registry`, because `blacklist/mod.rs` has `pub use registry::Registry`. So a
//! `mod.rs` or `lib.rs` that only declares and re-exports its children (a facade) is no node on
//! the way; its `pub use` of its own descendants is not an edge. Code the facade file itself
//! holds (a type, a helper) is a node like any other: a child that uses `super::add_months`
//! depends on `blacklist/mod.rs`, and `blacklist/mod.rs` must then not use that child.
//!
//! Not counted: comments (doc links included, which rustdoc resolves but code never runs), and
//! `#[cfg(test)]` items: a file's `mod tests` is a module of its own that nothing imports, so it
//! can close no cycle.
//!
//! Not seen: a method call names no module. When a type's methods are spread over several files
//! (`impl Registry` blocks in `blacklist::lookup`, `blacklist::screen`, …), each of those files
//! names the type's own module, and the type's module must call none of their methods; this test
//! cannot tell if it does.
//!
//! On failure it prints, for each set of modules that reach one another, one loop through them
//! and every import between them (`file:line: path`), which is what has to change.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// A module, as the path of segments from the crate root (`[]` is `crate`).
type ModPath = Vec<String>;

/// The module graph: each module and the modules it imports, with the place of one import
/// (`file:line: path`) that makes each edge.
type Graph = BTreeMap<String, BTreeMap<String, String>>;

#[test]
fn core_modules_import_each_other_without_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&root, &root, &mut files);
    assert!(
        files.len() > 20,
        "read only {} files from {}",
        files.len(),
        root.display()
    );
    let graph = graph_of(&files);
    assert!(
        graph
            .get("blacklist::registry")
            .is_some_and(|e| e.contains_key("blacklist::entry")),
        "the graph misses an import it must see: {graph:#?}"
    );
    let cycles = cycles(&graph);
    assert!(cycles.is_empty(), "{}", describe(&graph, &cycles));
}

#[test]
fn a_cycle_through_three_modules_is_found() {
    let edges = |list: &[(&str, &str)]| {
        let mut g = Graph::new();
        for (a, b) in list {
            g.entry(a.to_string())
                .or_default()
                .insert(b.to_string(), String::new());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    let g = edges(&[("a", "b"), ("b", "c"), ("c", "a"), ("d", "a"), ("d", "e")]);
    assert_eq!(cycles(&g), [["a", "b", "c"]]);
    assert!(describe(&g, &cycles(&g)).contains("a → b → c → a"));
    let g = edges(&[("a", "b"), ("b", "c"), ("a", "c"), ("d", "a")]);
    assert!(cycles(&g).is_empty());
}

#[test]
fn imports_are_followed_through_re_exports_to_the_defining_file() {
    let files = [
        (
            "lib.rs",
            "pub mod a;\npub mod b;\npub mod c;\npub use a::inner::Thing;\n",
        ),
        ("a/mod.rs", "pub mod inner;\npub(crate) mod x;\n"),
        (
            "a/inner.rs",
            "pub struct Thing;\nfn f() { let s = \"crate::b::y\"; }\n#[cfg(test)]\nmod tests { use crate::c::Z; }\n",
        ),
        ("a/x.rs", "use super::inner::{self, Thing as T};\n"),
        ("b.rs", "// crate::c::Z\nfn y() { crate::Thing; }\n"),
        (
            "c.rs",
            "pub struct Z;\nmod tests2 { use super::super::a::x; }\n",
        ),
    ];
    let files: Vec<_> = files
        .iter()
        .map(|(p, s)| (p.to_string(), s.to_string()))
        .collect();
    let g = graph_of(&files);
    let targets = |m: &str| g[m].keys().cloned().collect::<Vec<_>>();
    assert_eq!(targets("a::inner"), ["b"]); // from the string; not `c`, which only the tests use
    assert_eq!(targets("b"), ["a::inner"]); // through lib.rs's re-export; not `c`, a comment
    assert_eq!(targets("a::x"), ["a::inner"]);
    assert_eq!(targets("c"), ["a::x"]); // `super` of an inline module is its file
    assert!(targets("crate").is_empty() && targets("a").is_empty());
    assert_eq!(cycles(&g), [["a::inner", "b"]]);
}

/// Every `.rs` file under `dir`, as (path relative to `root` with `/`, contents).
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).unwrap();
            let rel: Vec<_> = rel.iter().map(|s| s.to_str().unwrap()).collect();
            out.push((rel.join("/"), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The module a file (relative to `src`) defines.
fn module_of(file: &str) -> ModPath {
    let mut segs: ModPath = file
        .trim_end_matches(".rs")
        .split('/')
        .map(str::to_owned)
        .collect();
    if matches!(segs.last().map(String::as_str), Some("mod" | "lib")) {
        segs.pop();
    }
    segs
}

fn name(m: &[String]) -> String {
    if m.is_empty() {
        "crate".to_owned()
    } else {
        m.join("::")
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    Sep,
    Punct(char),
    Str(String),
}

/// The tokens of Rust source, each with its line, leaving out comments. Only as fine as this test
/// needs: numbers come out as identifiers, lifetimes as `'` and a name.
fn lex(src: &str) -> Vec<(Tok, usize)> {
    let cs: Vec<char> = src.chars().collect();
    let (mut i, mut line, mut out) = (0, 1, Vec::new());
    let at = |i: usize| cs.get(i).copied().unwrap_or('\0');
    while i < cs.len() {
        let c = cs[i];
        let start_line = line;
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < cs.len() && cs[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            loop {
                if at(i) == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if at(i) == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else if i >= cs.len() {
                    break;
                } else {
                    line += usize::from(cs[i] == '\n');
                    i += 1;
                }
            }
        } else if let Some(hashes) = raw_string_start(&cs, i) {
            // r"…", r#"…"#, br"…": no escapes; ends at a quote followed by the same hashes.
            let mut j = i;
            while cs[j] != '"' {
                j += 1;
            }
            j += 1;
            let begin = j;
            while j < cs.len() && !(cs[j] == '"' && (1..=hashes).all(|k| at(j + k) == '#')) {
                line += usize::from(cs[j] == '\n');
                j += 1;
            }
            out.push((
                Tok::Str(cs[begin..j.min(cs.len())].iter().collect()),
                start_line,
            ));
            i = j + 1 + hashes;
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            let mut j = if c == 'b' { i + 2 } else { i + 1 };
            let mut s = String::new();
            while j < cs.len() && cs[j] != '"' {
                if cs[j] == '\\' {
                    s.push(cs[j]);
                    j += 1;
                }
                line += usize::from(at(j) == '\n');
                s.push(at(j));
                j += 1;
            }
            out.push((Tok::Str(s), start_line));
            i = j + 1;
        } else if c == '\'' || (c == 'b' && at(i + 1) == '\'') {
            let j = if c == 'b' { i + 1 } else { i };
            if at(j + 1) == '\\' {
                // An escaped character literal: '\n', '\'', '\u{3000}'.
                let mut k = j + 3;
                while k < cs.len() && cs[k] != '\'' {
                    k += 1;
                }
                i = k + 1;
            } else if at(j + 2) == '\'' {
                i = j + 3; // 'x'
            } else {
                out.push((Tok::Punct('\''), line)); // a lifetime; its name follows
                i = j + 1;
            }
        } else if c == 'r' && at(i + 1) == '#' && (at(i + 2).is_alphabetic() || at(i + 2) == '_') {
            i += 2; // a raw identifier: r#type is `type`
        } else if c.is_alphanumeric() || c == '_' {
            let begin = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_') {
                i += 1;
            }
            out.push((Tok::Ident(cs[begin..i].iter().collect()), line));
        } else if c == ':' && at(i + 1) == ':' {
            out.push((Tok::Sep, line));
            i += 2;
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// The number of `#` of a raw string literal starting at `i`, if one does.
fn raw_string_start(cs: &[char], i: usize) -> Option<usize> {
    let mut j = i;
    if cs.get(j) == Some(&'b') {
        j += 1;
    }
    if cs.get(j) != Some(&'r') || (i > 0 && (cs[i - 1].is_alphanumeric() || cs[i - 1] == '_')) {
        return None;
    }
    j += 1;
    let mut hashes = 0;
    while cs.get(j) == Some(&'#') {
        hashes += 1;
        j += 1;
    }
    (cs.get(j) == Some(&'"')).then_some(hashes)
}

/// One path a file names: where, the module whose scope it is written in, and whether it is a
/// `pub use` (a re-export); the last segment may be `*`.
#[derive(Debug)]
struct Ref {
    line: usize,
    scope: ModPath,
    path: Vec<String>,
    /// For a `use`: the name it brings into scope; `None` for a path in code.
    binds: Option<String>,
    public: bool,
}

/// The paths one file names, `#[cfg(test)]` items left out.
fn refs_of(file_module: &ModPath, toks: &[(Tok, usize)], modules: &BTreeSet<ModPath>) -> Vec<Ref> {
    let mut out = Vec::new();
    // The enclosing braces: `Some(name)` for an inline module, `None` for any other block.
    let mut frames: Vec<Option<String>> = Vec::new();
    let scope_of = |frames: &[Option<String>]| {
        let mut s = file_module.clone();
        s.extend(frames.iter().flatten().cloned());
        s
    };
    let ident = |i: usize| match toks.get(i) {
        Some((Tok::Ident(s), _)) => Some(s.as_str()),
        _ => None,
    };
    let is = |i: usize, t: Tok| toks.get(i).map(|(x, _)| x) == Some(&t);
    let mut public = false;
    let mut i = 0;
    while i < toks.len() {
        let (tok, line) = &toks[i];
        match tok {
            Tok::Punct('#') if is(i + 1, Tok::Punct('[')) => {
                let cfg_test = ident(i + 2) == Some("cfg")
                    && is(i + 3, Tok::Punct('('))
                    && ident(i + 4) == Some("test")
                    && is(i + 5, Tok::Punct(')'))
                    && is(i + 6, Tok::Punct(']'));
                if cfg_test {
                    i = skip_item(toks, i + 7);
                    public = false;
                    continue;
                }
            }
            Tok::Ident(k) if k == "pub" => {
                public = true;
                if is(i + 1, Tok::Punct('(')) {
                    i = skip_group(toks, i + 1);
                    continue;
                }
                i += 1;
                continue;
            }
            Tok::Ident(k) if k == "use" => {
                let scope = scope_of(&frames);
                let mut trees = Vec::new();
                let mut j = i + 1;
                use_tree(toks, &mut j, Vec::new(), &mut trees);
                for (path, binds) in trees {
                    out.push(Ref {
                        line: *line,
                        scope: scope.clone(),
                        path,
                        binds: Some(binds),
                        public,
                    });
                }
                i = j;
                public = false;
                continue;
            }
            Tok::Ident(k) if k == "mod" && is(i + 2, Tok::Punct('{')) => {
                frames.push(ident(i + 1).map(str::to_owned));
                i += 3;
                public = false;
                continue;
            }
            Tok::Punct('{') => frames.push(None),
            Tok::Punct('}') => {
                frames.pop();
            }
            Tok::Ident(first) if is(i + 1, Tok::Sep) && !(i > 0 && is(i - 1, Tok::Sep)) => {
                let scope = scope_of(&frames);
                let mut path = vec![first.clone()];
                let mut j = i + 1;
                while is(j, Tok::Sep) {
                    match ident(j + 1) {
                        Some(s) => path.push(s.to_owned()),
                        None => break,
                    }
                    j += 2;
                }
                if starts_in_crate(&scope, &path[0], modules) {
                    out.push(Ref {
                        line: *line,
                        scope,
                        path,
                        binds: None,
                        public: false,
                    });
                }
                i = j;
                continue;
            }
            Tok::Str(s) => {
                let scope = scope_of(&frames);
                for r in refs_of(&scope, &lex(s), modules) {
                    if r.binds.is_none() {
                        out.push(Ref { line: *line, ..r });
                    }
                }
            }
            _ => {}
        }
        if !matches!(tok, Tok::Punct('#' | '[' | ']')) {
            public = false;
        }
        i += 1;
    }
    out
}

/// Whether a path whose first segment is `first`, written in `scope`, names something in this
/// crate (rather than in another crate, or a local name).
fn starts_in_crate(scope: &ModPath, first: &str, modules: &BTreeSet<ModPath>) -> bool {
    matches!(first, "crate" | "super" | "self") || {
        let mut child = scope.clone();
        child.push(first.to_owned());
        modules.contains(&child)
    }
}

/// The index after the group (`(…)`, `[…]` or `{…}`) opening at `i`.
fn skip_group(toks: &[(Tok, usize)], mut i: usize) -> usize {
    let mut depth = 0i32;
    while i < toks.len() {
        match toks[i].0 {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    i
}

/// The index after the item starting at `i` (after its attributes): at a `;` outside any
/// group, or after its body's `}`.
fn skip_item(toks: &[(Tok, usize)], mut i: usize) -> usize {
    while i < toks.len() {
        match toks[i].0 {
            Tok::Punct(';') => return i + 1,
            Tok::Punct('{') => return skip_group(toks, i),
            Tok::Punct('(' | '[') => i = skip_group(toks, i),
            _ => i += 1,
        }
    }
    i
}

/// Reads a use tree at `*i` (after `use`, or inside braces) onto `prefix`, pushing each path
/// with the name it binds, through the `;`, `,` or `}` that ends it.
fn use_tree(
    toks: &[(Tok, usize)],
    i: &mut usize,
    prefix: Vec<String>,
    out: &mut Vec<(Vec<String>, String)>,
) {
    let mut path = prefix;
    loop {
        match toks.get(*i).map(|(t, _)| t) {
            Some(Tok::Sep) => *i += 1,
            Some(Tok::Ident(s)) if s == "as" => {
                let alias = match toks.get(*i + 1) {
                    Some((Tok::Ident(a), _)) => a.clone(),
                    _ => String::new(),
                };
                *i += 2;
                out.push((path.clone(), alias));
                path.clear();
            }
            Some(Tok::Ident(s)) => {
                path.push(s.clone());
                *i += 1;
            }
            Some(Tok::Punct('*')) => {
                path.push("*".to_owned());
                *i += 1;
            }
            Some(Tok::Punct('{')) => {
                *i += 1;
                while !matches!(toks.get(*i).map(|(t, _)| t), None | Some(Tok::Punct('}'))) {
                    use_tree(toks, i, path.clone(), out);
                }
                *i += 1;
                path.clear();
            }
            Some(Tok::Punct(',')) => {
                *i += 1;
                break;
            }
            Some(Tok::Punct('}')) => break,
            Some(Tok::Punct(';')) | None => {
                *i += 1;
                break;
            }
            Some(_) => *i += 1,
        }
    }
    if !path.is_empty() {
        let mut path = path;
        if path.last().map(String::as_str) == Some("self") {
            path.pop();
        }
        let binds = path.last().cloned().unwrap_or_default();
        out.push((path, binds));
    }
}

/// What the files define and re-export, for following paths.
struct Crate {
    modules: BTreeSet<ModPath>,
    /// For each module, the names its `pub use` declarations (at the file's top level) bring in,
    /// each with the path it stands for (`*` for a glob).
    exports: HashMap<ModPath, Vec<(String, Vec<String>)>>,
}

impl Crate {
    /// The module (file) that defines what `path`, written in `scope`, names; `None` outside the
    /// crate.
    fn resolve(&self, scope: &ModPath, path: &[String], depth: usize) -> Option<ModPath> {
        if depth > 32 {
            return None;
        }
        let mut cur = scope.clone();
        let mut rest = path;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                cur.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    cur.pop();
                    rest = &rest[1..];
                }
            }
            Some(first) if starts_in_crate(scope, first, &self.modules) => {}
            _ => return None,
        }
        // An inline module belongs to its file.
        while !cur.is_empty() && !self.modules.contains(&cur) {
            cur.pop();
        }
        for (k, seg) in rest.iter().enumerate() {
            let mut child = cur.clone();
            child.push(seg.clone());
            if self.modules.contains(&child) {
                cur = child;
                continue;
            }
            let exports = self
                .exports
                .get(&cur)
                .map(Vec::as_slice)
                .unwrap_or_default();
            if let Some((_, target)) = exports.iter().find(|(n, _)| n == seg) {
                let mut target = target.clone();
                target.extend(rest[k + 1..].iter().cloned());
                return self.resolve(&cur, &target, depth + 1);
            }
            for (_, glob) in exports.iter().filter(|(n, _)| n == "*") {
                let mut target = glob[..glob.len() - 1].to_vec();
                target.extend(rest[k..].iter().cloned());
                if let Some(m) = self.resolve(&cur, &target, depth + 1) {
                    if m != cur {
                        return Some(m);
                    }
                }
            }
            return Some(cur);
        }
        Some(cur)
    }
}

/// The module graph of the given source files (paths relative to `src`).
fn graph_of(files: &[(String, String)]) -> Graph {
    let modules: BTreeSet<ModPath> = files.iter().map(|(f, _)| module_of(f)).collect();
    let refs: Vec<(&str, ModPath, Vec<Ref>)> = files
        .iter()
        .map(|(f, src)| {
            let m = module_of(f);
            let refs = refs_of(&m, &lex(src), &modules);
            (f.as_str(), m, refs)
        })
        .collect();
    let mut exports: HashMap<ModPath, Vec<(String, Vec<String>)>> = HashMap::new();
    for (_, m, rs) in &refs {
        for r in rs.iter().filter(|r| r.public && &r.scope == m) {
            let name = if r.path.last().map(String::as_str) == Some("*") {
                "*".to_owned()
            } else {
                r.binds.clone().unwrap_or_default()
            };
            exports
                .entry(m.clone())
                .or_default()
                .push((name, r.path.clone()));
        }
    }
    let krate = Crate { modules, exports };
    let mut graph = Graph::new();
    for (file, m, rs) in &refs {
        let edges = graph.entry(name(m)).or_default();
        for r in rs {
            let Some(target) = krate.resolve(&r.scope, &r.path, 0) else {
                continue;
            };
            let facade = r.public && target.len() > m.len() && target.starts_with(m);
            if target != *m && !facade {
                edges
                    .entry(name(&target))
                    .or_insert_with(|| format!("{file}:{}: {}", r.line, r.path.join("::")));
            }
        }
    }
    graph
}

/// The cycles of `graph`: each set of modules that reach one another (a strongly connected
/// component of more than one module), sorted.
fn cycles(graph: &Graph) -> Vec<Vec<String>> {
    // Tarjan's algorithm, with recursion: the graph is a few dozen modules.
    struct State<'g> {
        graph: &'g Graph,
        index: HashMap<&'g str, usize>,
        low: HashMap<&'g str, usize>,
        stack: Vec<&'g str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g str) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        for w in s.graph.get(v).into_iter().flat_map(|e| e.keys()) {
            let w = w.as_str();
            if !s.index.contains_key(w) {
                visit(s, w);
                let low = s.low[v].min(s.low[w]);
                s.low.insert(v, low);
            } else if s.stack.contains(&w) {
                let low = s.low[v].min(s.index[w]);
                s.low.insert(v, low);
            }
        }
        if s.low[v] == s.index[v] {
            let mut scc = Vec::new();
            while let Some(w) = s.stack.pop() {
                scc.push(w.to_owned());
                if w == v {
                    break;
                }
            }
            if scc.len() > 1 {
                scc.sort();
                s.out.push(scc);
            }
        }
    }
    let mut s = State {
        graph,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out.sort();
    s.out
}

/// A report of the cycles: for each, one loop through all its modules where there is one (else
/// the shortest from its first module back), and every import between its modules.
fn describe(graph: &Graph, cycles: &[Vec<String>]) -> String {
    let mut out = format!("{} cycle(s) between modules of core:\n", cycles.len());
    for scc in cycles {
        let inside = |m: &String| scc.contains(m);
        // Breadth-first from the first module back to it, within the component.
        let start = &scc[0];
        let mut prev: HashMap<&String, &String> = HashMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        let mut back = None;
        while let Some(v) = queue.pop_front() {
            for w in graph[v].keys().filter(|w| inside(w)) {
                if w == start {
                    back = Some(v);
                    queue.clear();
                    break;
                }
                if !prev.contains_key(w) {
                    prev.insert(w, v);
                    queue.push_back(w);
                }
            }
        }
        let mut path = vec![start.clone()];
        let mut v = back.unwrap();
        while v != start {
            path.push(v.clone());
            v = prev[v];
        }
        path[1..].reverse();
        path.push(start.clone());
        out += &format!("\n  {}\n", path.join(" → "));
        for a in scc {
            for (b, why) in graph[a].iter().filter(|(b, _)| inside(b)) {
                out += &format!("    {a} → {b}  ({why})\n");
            }
        }
    }
    out
}
