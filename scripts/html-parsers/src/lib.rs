//! Each candidate parser reads a page and hands back its visible text (one line per block, cells
//! separated by tabs where the parser can tell), so that speed is compared on the same work and
//! robustness by what each shows.

/// The page's text by the candidate the build's feature names (one feature at a time).
pub fn text(html: &str) -> String {
    #[cfg(feature = "gongkai")]
    return gongkai::notice::HtmlText::parse(html).text().to_owned();
    #[cfg(feature = "scraper")]
    return by_scraper(html);
    #[cfg(feature = "tl")]
    return by_tl(html);
    #[cfg(feature = "html5gum")]
    return by_html5gum(html);
    #[cfg(feature = "lol_html")]
    return by_lol_html(html);
    #[allow(unreachable_code)]
    html.to_owned()
}

#[allow(dead_code)]
const BLOCKS: &[&str] = &["p", "div", "br", "tr", "li", "h1", "h2", "h3", "table", "td", "th"];
#[allow(dead_code)]
const HIDDEN: &[&str] = &["script", "style", "head", "title", "nav", "footer", "select", "noscript"];

#[cfg(feature = "scraper")]
fn by_scraper(html: &str) -> String {
    use scraper::{Html, Node};
    let doc = Html::parse_document(html);
    let mut out = String::new();
    for node in doc.root_element().descendants() {
        match node.value() {
            Node::Text(t) => {
                let hidden = node.ancestors().any(|a| {
                    a.value()
                        .as_element()
                        .is_some_and(|e| HIDDEN.contains(&e.name()))
                });
                if !hidden {
                    out.push_str(t);
                }
            }
            Node::Element(e) if BLOCKS.contains(&e.name()) => {
                out.push(if e.name() == "td" { '\t' } else { '\n' })
            }
            _ => {}
        }
    }
    out
}

#[cfg(feature = "tl")]
fn by_tl(html: &str) -> String {
    let dom = tl::parse(html, tl::ParserOptions::default()).expect("tl parses any str");
    let parser = dom.parser();
    let mut out = String::new();
    fn walk(h: tl::NodeHandle, p: &tl::Parser<'_>, out: &mut String) {
        let Some(node) = h.get(p) else { return };
        match node {
            tl::Node::Raw(b) => out.push_str(&b.as_utf8_str()),
            tl::Node::Tag(t) => {
                let name = t.name().as_utf8_str().to_ascii_lowercase();
                if HIDDEN.contains(&name.as_str()) {
                    return;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.push(if name == "td" { '\t' } else { '\n' });
                }
                for c in t.children().top().iter() {
                    walk(*c, p, out);
                }
            }
            tl::Node::Comment(_) => {}
        }
    }
    for h in dom.children() {
        walk(*h, parser, &mut out);
    }
    out
}

#[cfg(feature = "html5gum")]
fn by_html5gum(html: &str) -> String {
    use html5gum::{Token, Tokenizer};
    let mut out = String::new();
    let mut hidden = 0usize;
    for token in Tokenizer::new(html).flatten() {
        match token {
            Token::StartTag(t) => {
                let name = String::from_utf8_lossy(&t.name).to_ascii_lowercase();
                if HIDDEN.contains(&name.as_str()) {
                    hidden += 1;
                } else if BLOCKS.contains(&name.as_str()) {
                    out.push(if name == "td" { '\t' } else { '\n' });
                }
            }
            Token::EndTag(t) => {
                let name = String::from_utf8_lossy(&t.name).to_ascii_lowercase();
                if HIDDEN.contains(&name.as_str()) {
                    hidden = hidden.saturating_sub(1);
                }
            }
            Token::String(s) if hidden == 0 => out.push_str(&String::from_utf8_lossy(&s.value)),
            _ => {}
        }
    }
    out
}

#[cfg(feature = "lol_html")]
fn by_lol_html(html: &str) -> String {
    use lol_html::{HtmlRewriter, Settings, element, text};
    use std::cell::RefCell;
    let out = RefCell::new(String::new());
    let settings = Settings::new()
        .append_element_content_handler(element!("p, div, br, tr, li, h1, h2, h3, table, th", |_| {
            out.borrow_mut().push('\n');
            Ok(())
        }))
        .append_element_content_handler(element!("td", |_| {
            out.borrow_mut().push('\t');
            Ok(())
        }))
        .append_element_content_handler(element!(
            "script, style, head, nav, footer, select, noscript",
            |e| {
                e.remove();
                Ok(())
            }
        ))
        .append_element_content_handler(text!("body *, body", |t| {
            out.borrow_mut().push_str(t.as_str());
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    let _ = rewriter.write(html.as_bytes());
    let _ = rewriter.end();
    out.into_inner()
}

/// The WASM entry each size is measured on: the text's length of the page at `ptr`.
///
/// # Safety
/// `ptr` points at `len` bytes of UTF-8.
#[cfg(target_arch = "wasm32")]
#[unsafe(no_mangle)]
pub unsafe extern "C" fn run(ptr: *const u8, len: usize) -> usize {
    let bytes = unsafe { std::slice::from_raw_parts(ptr, len) };
    text(std::str::from_utf8(bytes).unwrap_or("")).len()
}

/// Allocates `len` bytes for the caller's page.
#[cfg(target_arch = "wasm32")]
#[unsafe(no_mangle)]
pub extern "C" fn alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}
