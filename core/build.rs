//! Writes the national rule table (`rules/national.json`, kept indented for review) to `OUT_DIR`
//! without its layout whitespace: the table is embedded in every build, the size-bound WASM entry
//! included, and the indentation is a sixth of its text.

use std::{env, fs, path::Path};

fn main() {
    let source = "rules/national.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("core/rules/national.json is readable");
    let mut compact = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            compact.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            compact.push(c);
        } else if !c.is_whitespace() {
            compact.push(c);
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("national.json");
    fs::write(out, compact).expect("OUT_DIR is writable");
}
